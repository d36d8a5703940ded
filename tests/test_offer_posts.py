"""An offer as the followers of each platform meet it: announced before its last call,
named in the shop posts that run while it lasts, and a "final reminder" only where it was
announced."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import Brief, brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.context import template_context, with_offer
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

OFFER = {"code": "HARU15", "discount": "15% off everything", "starts": dt.date(2027, 3, 8),
         "ends": dt.date(2027, 3, 21)}


@pytest.fixture(scope="module")
def calendar():
    brief = brief_from_dict({
        "product": "hand-dyed tenugui cloths", "brand": "Asanoha Dye Works",
        "url": "https://asanoha.example", "platforms": ["instagram", "pinterest", "youtube"],
        "posts_per_week": 6, "start": dt.date(2027, 3, 1), "weeks": 5, "offer": OFFER})
    return plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]


def test_every_platform_hears_of_the_offer_before_its_last_two_days(calendar):
    for platform in ("instagram", "pinterest", "youtube"):
        told = [p.date for p in calendar.posts if p.platform == platform and "HARU15" in p.text]
        assert told, platform
        assert min(told) < OFFER["ends"] - dt.timedelta(days=1), (platform, told)


def test_a_final_reminder_only_follows_an_announcement(calendar):
    for p in calendar.posts:
        if "final reminder" in p.text.lower():
            earlier = [o for o in calendar.posts if o.platform == p.platform and o.date < p.date
                       and "HARU15" in o.text]
            assert earlier, p.text


def test_a_shop_post_inside_the_offer_names_the_code():
    brief = Brief(product="tenugui cloths", url="https://asanoha.example")
    brief.offer = brief_from_dict({"product": "x", "offer": OFFER}).offer
    ctx = template_context(brief, load_platforms()["instagram"], "static", "", None,
                           dt.date(2027, 3, 10))
    cta = f"Shop now: {ctx['go']}"
    text = f"Our cloths dry in an hour.\n\n{cta}"
    said = with_offer(text, cta, ctx, "conversion", brief, dt.date(2027, 3, 10))
    assert said == ("Our cloths dry in an hour.\n\nUntil March 21: 15% off everything with code "
                    f"HARU15.\n\n{cta}")
    # worded three ways by day and platform, so one day's posts do not share the line
    lines = {with_offer(text, cta, ctx, "conversion", brief, dt.date(2027, 3, d)).split("\n\n")[1]
             for d in (10, 11, 12)}
    assert len(lines) == 3 and all("HARU15" in line and "15% off everything" in line for line in lines)
    # not before it starts, not on a post that sends nowhere, not twice
    assert with_offer(text, cta, ctx, "conversion", brief, dt.date(2027, 3, 2)) == text
    assert with_offer("Tell us below", "Tell us below", ctx, "conversion", brief,
                      dt.date(2027, 3, 10)) == "Tell us below"
    assert with_offer(said, cta, ctx, "conversion", brief, dt.date(2027, 3, 10)) == said


def test_a_pin_gives_the_end_date_not_tomorrow():
    brief = Brief(product="tenugui cloths")
    brief.offer = brief_from_dict({"product": "x", "offer": OFFER}).offer
    day = dt.date(2027, 3, 20)
    pin = template_context(brief, load_platforms()["pinterest"], "pin", "", None, day)
    post = template_context(brief, load_platforms()["instagram"], "static", "", None, day)
    # (and with its year: a Pin is still found months later)
    assert pin["offer"]["ends"] == "March 21, 2027"
    assert post["offer"]["ends"] == "tomorrow, March 21"


def test_a_live_days_ahead_is_never_announced_in_a_story():
    brief = brief_from_dict({
        "product": "physiotherapy appointments", "brand": "Kinetic Physio", "kind": "service",
        "platforms": ["instagram"], "posts_per_week": 4, "weeks": 3,
        "start": dt.date(2027, 4, 5), "url": "https://kinetic.example/book",
        "events": [{"title": "Free live Q&A", "platform": "instagram",
                    "when": dt.datetime(2027, 4, 21, 19, 0)}]})
    cal = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]
    told = [p for p in cal.posts if "Free live Q&A" in p.text]
    assert told
    for p in told:
        if (dt.date(2027, 4, 21) - p.date).days > 1:
            assert p.format != "story", p.date


def test_dates_follow_the_briefs_country():
    import datetime as dt

    from planner.planning.context import human_date, human_when

    day = dt.date(2027, 3, 21)
    assert human_date(day, "AU") == "21 March" and human_date(day, "SG") == "21 March"
    assert human_date(day, "US") == "March 21" and human_date(day, "") == "March 21"
    when = dt.datetime(2027, 3, 18, 18, 30)
    assert human_when(when, "AU") == "Thursday 18 March at 6:30pm"
    assert human_when(when, "CA") == "Thursday, March 18 at 6:30pm"
