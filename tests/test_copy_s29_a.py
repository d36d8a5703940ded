"""Session 29, helper a: brief text said once, not pasted again and again (blind read 28).
The businesses below are made up for these tests."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary


@lru_cache(maxsize=None)
def _plan(key: str):
    brief = brief_from_dict(BRIEFS[key])
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))
    return brief, cal.posts


#: a pottery school with a long offer condition, on three platforms
POTTERY = {
    "product": "wheel-throwing evening courses", "brand": "Kilnhouse Studio", "kind": "service",
    "description": "six-week wheel-throwing courses for beginners in our Leith studio, "
                   "clay and firing included, £210 a course",
    "audience": "adults in Edinburgh who want a hobby away from screens",
    "tone": "friendly, relaxed", "platforms": ["instagram", "facebook", "pinterest"],
    "url": "https://kilnhouse.example/courses", "action": "book", "country": "GB",
    "posts_per_week": 5, "start": dt.date(2027, 3, 1), "weeks": 4,
    "differentiators": ["never more than six people on a course",
                        "your first two pots are glazed and fired by us"],
    "tips": ["Wedge the clay for a full minute before it goes on the wheel."],
    "problems": ["a pot that collapses the moment you pull the walls up"],
    "offer": {"code": "SPRINGCLAY", "discount": "£30 off a six-week course",
              "starts": dt.date(2027, 3, 1), "ends": dt.date(2027, 3, 26),
              "condition": "for courses booked in March that start before the end of May 2027"},
}

BRIEFS = {"pottery": POTTERY}


def test_a_long_condition_is_said_whole_once_a_platform_then_short():
    brief, posts = _plan("pottery")
    offer_posts = sorted((p for p in posts if "SPRINGCLAY" in p.text and p.date <= brief.offer.ends),
                         key=lambda p: (p.date, p.time))
    full = "courses booked in march that start before the end of may 2027"
    platforms = {p.platform for p in offer_posts}
    assert len(offer_posts) > len(platforms), [(p.date, p.platform) for p in offer_posts]
    seen: set[str] = set()
    for post in offer_posts:
        low = post.text.lower()
        if post.platform not in seen:
            # the platform's first offer post: the terms whole
            assert full in low, post.text
            seen.add(post.platform)
        else:
            # later there: that there are terms, never the terms again nor a part of them
            assert full not in low and "booked in march" not in low, post.text
            assert "conditions apply" in low, post.text
    # and the short form is worded anew each time
    shorts = [ln.strip() for p in offer_posts for ln in p.text.split("\n") if "onditions apply" in ln]
    assert len(shorts) == len(set(shorts)), shorts
