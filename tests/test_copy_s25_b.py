"""Calendars fixed after blind read 24 (2026-12-05, helper b): a medium brief's description
features each carry a post of their own, a long offer is reminded of in each week it runs,
and the features are spread over the plan's weeks. Every brief here is our own, never a read
brief."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import description_features

#: a medium brief: a description listing four features, two tips, one FAQ and an offer
TIDE = {
    "product": "surf forecast app",
    "brand": "Swellwise",
    "kind": "digital",
    "country": "PT",
    "platforms": ["tiktok", "x"],
    "tone": "relaxed, a bit playful",
    "description": "surf forecasts for the Portuguese coast with hourly swell charts, live "
                   "webcams at 40 beaches, tide alerts on your lock screen, works without signal",
    "tips": [
        "Check the tide an hour before you paddle out: most beach breaks change fast on the push.",
        "Offshore wind in the morning usually means cleaner waves than the afternoon session.",
    ],
    "faqs": [{"question": "Can I use it on the beach with no signal?",
              "answer": "Yes, the forecast for your saved beaches is kept on your phone."}],
    "offer": {"code": "GLASSY", "discount": "€10 off the yearly plan", "ends": "2027-01-27"},
    "cadence": {"tiktok": 4, "x": 3},
}


def _plan(raw: dict) -> list[CalendarPost]:
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=4))
    return cal.posts


# ---- 1. a description's features, each the subject of a post ------------------------------

def test_a_description_list_is_read_as_features():
    features = description_features(brief_from_dict(TIDE))
    assert "hourly swell charts" not in features[0] or len(features) >= 4
    assert "live webcams at 40 beaches" in features
    assert "tide alerts on your lock screen" in features
    assert "works without signal" in features
    # a one-word part opens the list after it; a price is no feature
    frames = brief_from_dict({"product": "steel bike frames", "platforms": ["instagram"],
                              "description": "steel bike frames brazed in our Porto shed, "
                                             "touring, gravel and track frames, from €900"})
    assert description_features(frames) == ["steel bike frames brazed in our Porto shed",
                                            "touring, gravel and track frames"]
    # a description of one thing has no features to spread
    assert description_features(brief_from_dict(
        {"product": "oak chopping boards", "platforms": ["instagram"],
         "description": "oak chopping boards oiled by hand"})) == []


def test_a_medium_brief_fills_most_of_what_it_asks_with_one_feature_a_post():
    posts = _plan(TIDE)
    asked = 4 * (4 + 3)
    assert len(posts) >= asked * 3 // 5, len(posts)
    # each feature is the subject of a post, said after a lead of ours
    spot = [p for p in posts if p.template == "consideration/one-feature"]
    assert len(spot) >= 2  # (a feature the detail lines told twice has no post of its own)
    told = {f for f in description_features(brief_from_dict(TIDE))
            for p in spot if f"{f}." in p.text}
    assert len(told) >= 2, [p.text for p in spot]
    # (every feature is told somewhere: session 41 says a fact once in a calendar, so a
    # feature a selling post told first has no post of its own after it)
    whole = "\n".join(p.text for p in posts)
    assert all(f in whole for f in description_features(brief_from_dict(TIDE)))
    # ... never the same sentence twice, nor the same feature twice on a platform
    first = [p.text.split("\n")[0] for p in spot]
    assert len(set(first)) == len(first)
    per = Counter((p.platform, f) for p in spot for f in told if f"{f}." in p.text)
    assert max(per.values()) == 1


def test_a_sparse_brief_gets_no_feature_posts():
    posts = _plan({"product": "restored brass ship lamps", "kind": "product",
                   "platforms": ["instagram", "pinterest"]})
    assert not any(p.template == "consideration/one-feature" for p in posts)


# ---- 2. an offer over several weeks is reminded of in each week it runs --------------------

def test_an_offer_over_several_weeks_is_reminded_of_in_a_week_between():
    # (two TikToks and one X post a week: the offer's first posts in week 1, its last call in
    # week 4; week 2 hears of it on TikTok too, in a line before the ask)
    raw = TIDE | {"cadence": {"tiktok": 2, "x": 1}}
    posts = _plan(raw)
    weeks = sorted({p.date.isocalendar()[1] for p in posts
                    if p.platform == "tiktok" and "GLASSY" in p.text})
    assert len(weeks) >= 3, weeks
    # ... its last call still on every platform
    for platform in ("tiktok", "x"):
        assert any(p.platform == platform and "GLASSY" in p.text
                   and p.date in (dt.date(2027, 1, 26), dt.date(2027, 1, 27)) for p in posts)


# ---- 4. every platform the brief names gets a post when a job fits it ----------------------

def test_a_sparse_brief_posts_on_each_of_its_platforms():
    # (Pinterest named first: the introduction goes where people follow, the next job to the
    # board with no post yet)
    posts = _plan({"product": "hand-thrown stoneware planters", "kind": "product",
                   "platforms": ["pinterest", "instagram"]})
    assert {p.platform for p in posts} == {"pinterest", "instagram"}, \
        [(p.date, p.platform) for p in posts]
    # ... still honest and short: one job a post, at most one post a week a platform
    assert len(posts) <= 5
    weeks = Counter((p.date.isocalendar()[1], p.platform) for p in posts)
    assert max(weeks.values()) == 1


def test_a_feature_that_names_the_workshop_is_no_event_claimed():
    # (read 24: "… in our Accra workshop" cut from the description read as a workshop
    # announced with no date, so no post could tell it)
    stools = {"product": "oak bar stools", "brand": "Carvalho Lathe", "kind": "product",
              "platforms": ["instagram", "facebook"],
              "description": "oak stools turned in our Braga workshop, bar, kitchen and "
                             "counter heights, oiled with linseed",
              "differentiators": ["every leg is turned from one piece of oak, never glued up"],
              "story": ["My grandfather's lathe still runs in the corner of the shop."],
              "cadence": {"instagram": 2, "facebook": 1}}
    features = description_features(brief_from_dict(stools))
    assert "oak stools turned in our Braga workshop" in features
    spot = [p for p in _plan(stools) if p.template == "consideration/one-feature"]
    assert any("our Braga workshop." in p.text for p in spot), [p.text for p in spot]


def test_an_apps_features_are_its_parts_never_its_core():
    """(s25, after the merge) an app's core, what it is, is no "one part of" it, and a part
    typed "with …" is the feature without its "with"; a clause with its own subject is none."""
    app = brief_from_dict({"product": "kanji flashcard app", "kind": "digital",
                           "brand": "Kanjiloop", "platforms": ["instagram"],
                           "description": "flashcards for the JLPT N5 to N3 kanji with over "
                                          "900 cards, all the readings, and stroke-order "
                                          "animations for every kanji, works offline"})
    features = description_features(app)
    assert "over 900 cards" in features and "works offline" in features
    assert not any(f.startswith(("with ", "flashcards for", "you ")) for f in features), features


def test_a_feature_is_told_three_times_at_most_and_never_in_a_run():
    """(s25, read 25) a feature the calendar's other posts told twice in passing is a feature
    post's subject once at most ("7 sizes from chihuahua to leonberger" a third and fourth
    time), and two feature posts on one platform stand five days apart at least."""
    import re

    posts = _plan(TIDE)
    for feature in description_features(brief_from_dict(TIDE)):
        words = {w for w in re.findall(r"[\w'’-]+", feature.lower()) if len(w) > 3 or w.isdigit()}
        words -= {"with", "that", "from", "your", "they", "them", "this", "their", "there",
                  "what", "when", "which", "into", "than", "just", "only", "also", "like"}
        told = [p for p in posts if words <= set(re.findall(r"[\w'’-]+", p.text.lower()))]
        assert len(told) <= 3, (feature, [p.text for p in told])
    spot = sorted((p for p in posts if p.template == "consideration/one-feature"),
                  key=lambda p: (p.platform, p.date))
    for a, b in zip(spot, spot[1:]):
        assert a.platform != b.platform or (b.date - a.date).days >= 5, (a.date, b.date)
