"""Calendars fixed after blind read 26 (2026-12-05, helper c): a medium brief's facts go
further without any sentence said twice. A course's description that lists what it comes
with gives a feature post each ("My pottery course has 24 short video lessons."), and an
audience of named groups gives a post each, the group spoken to by name with one thing the
course comes with in a line of its own. Every brief here is our own, never a read brief."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.calendar import CalendarPost
from planner.planning.once import sentence_keys
from tests.calendar_helpers import posts as planned_posts


def _plan(raw: dict, weeks: int = 4) -> list[CalendarPost]:
    return planned_posts(raw, weeks, start=dt.date(2027, 3, 1))


#: an online wheel-throwing course by one potter: a description that lists what the course
#: comes with, four named groups, a few tips, a story and FAQs, on three platforms
WHEEL = {
    "product": "Slow Wheel online pottery course",
    "brand": "Slow Wheel",
    "kind": "digital",
    "country": "IE",
    "platforms": ["tiktok", "instagram", "youtube"],
    "url": "https://slowwheel.ie/course",
    "solo": True,
    "tone": "warm, chatty",
    "description": ("beginner course in wheel throwing with 24 short video lessons (10 minutes "
                    "each), recorded by me, a studio potter, with glaze recipes and a printable "
                    "kiln log, €149 one-off, or 6 payments of €26, lifetime access"),
    "audience": ("people who just bought a second-hand wheel, art teachers, retired folks "
                 "looking for a slow hobby, and anyone who tried a taster class and got hooked"),
    "tips": ["Wedge your clay for longer than feels necessary, air bubbles crack in the kiln.",
             "Keep your elbows braced on your thighs when you centre, your arms alone will wobble.",
             "Trim when the pot is leather hard, earlier and it tears, later and it chips."],
    "story": ["I threw my first pot in a night class in Galway in 2011.",
              "I've run a small studio in Clifden for eight years."],
    "faqs": [{"question": "Do I need my own wheel?",
              "answer": "Yes, any electric wheel works, the lessons use a basic one."},
             {"question": "Can I fire at home?",
              "answer": "You need a kiln or a studio that fires for you, lesson 20 covers both."}],
    "cadence": {"tiktok": 4, "instagram": 3, "youtube": 1},
}

GROUPS = ["people who just bought a second-hand wheel", "art teachers",
          "retired folks looking for a slow hobby", "anyone who tried a taster class and got hooked"]


def _said(posts: list[CalendarPost]) -> str:
    return "\n".join(p.text for p in posts)


def test_each_named_group_gets_a_post_of_its_own_with_a_thing_the_course_comes_with():
    posts = _plan(WHEEL)
    named = {g: [p for p in posts if g in p.text.lower()] for g in GROUPS}
    told = [g for g, found in named.items() if found]
    # (before: no post named any group; the calendar left over half its slots empty)
    assert len(told) >= 3, told
    for group in told:
        for post in named[group]:
            # the group is spoken to by name, with one thing the course comes with beside it
            # (never the audience pasted whole, never a frame with nothing in it)
            assert re.search(r"(?m)^(?:Inside|What's inside|Included|Also in there|What you get): \S", post.text), post.text
            assert sum(g in post.text.lower() for g in GROUPS) == 1, post.text


def test_a_course_description_lists_features_each_said_as_a_sentence():
    said = _said(_plan(WHEEL))
    # (before: the course's list stayed inside what it is, and no feature had a post)
    assert re.search(r"(?m)^My (?:\w+ )*course has 24 short video lessons \(10 minutes each\)", said), said
    assert re.search(r"comes with glaze recipes and a printable kiln log", said), said
    assert "comes with a glaze" not in said  # (a list of things takes no "a")


def test_the_medium_brief_fills_most_of_its_slots_and_says_no_sentence_twice():
    posts = _plan(WHEEL)
    slots = sum(WHEEL["cadence"].values()) * 4
    # (before: 8 of 32)
    assert len(posts) >= 14, len(posts)
    seen: dict[str, CalendarPost] = {}
    for post in posts:
        for key in sentence_keys(post.text):
            assert key not in seen, (key, seen[key].date, post.date)
            seen[key] = post
    assert len(posts) <= slots


def test_an_audience_said_as_a_sentence_names_no_groups():
    raw = dict(WHEEL, audience="hobby potters, mostly in Connacht, so basically anyone with a "
                              "wheel in the shed. Also a few art teachers")
    said = _said(_plan(raw, weeks=2)).lower()
    assert "this one's for you" not in said and "this is for you" not in said
    assert "with you in mind" not in said and "this one goes out to" not in said
