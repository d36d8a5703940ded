"""Links, offers and giveaways, from blind read 13 (reported), each on a brief of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.links import launch_is_goods, threshold, with_threshold
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary


def _plan(data: dict):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=3))
    return brief, cal


_NAILS = {
    "product": "gel manicures and nail art", "kind": "service", "brand": "Studio Lacca",
    "description": "nail studio in Leeds. gel manicure £32, nail art from £5 a nail",
    "platforms": ["instagram", "facebook"], "url": "https://lacca.example/book",
    "action": "book", "start": "2027-06-07", "weeks": 2, "cadence": {"instagram": 3, "facebook": 2},
    "launch": {"what": "Lacca cuticle oil, our own blend in a 10ml bottle", "date": "2027-06-16"},
}


def test_goods_a_service_launches_are_not_sent_to_the_booking_page():
    brief, cal = _plan(_NAILS)
    assert launch_is_goods(brief)
    day = [p for p in cal.posts if p.date == dt.date(2027, 6, 16) and "cuticle oil" in p.text]
    assert day, "the launch is told on its day"
    for post in day:
        assert "lacca.example/book" not in post.text and "link in bio" not in post.text, post.text
        assert not post.link, post.text
        assert "booking" not in post.text.lower() and "book " not in post.text.lower(), post.text
        assert "next time you're in" in post.text.lower() or "ask" in post.cta.lower(), post.text


def test_a_new_service_of_a_service_business_is_still_booked():
    data = dict(_NAILS, launch={"what": "Saturday nail art classes for beginners",
                                "date": "2027-06-16"})
    brief, cal = _plan(data)
    assert not launch_is_goods(brief)
    day = [p for p in cal.posts if p.date == dt.date(2027, 6, 16) and "nail art classes" in p.text]
    assert day and any(p.link for p in day)


@pytest.mark.parametrize("free, limit", [
    ("on orders over 45$ anywhere in Québec", "on orders over 45$"),
    ("free on orders over $35 CAD to canada & usa", "on orders over $35 CAD"),
    ("free UK delivery for orders of £40+", "for orders of £40+"),
    ("free shipping worldwide", ""),
    (True, ""),
])
def test_the_free_shipping_threshold_is_read_from_the_brief(free, limit):
    assert threshold(free) == limit


def test_free_shipping_said_without_its_threshold_gets_it():
    text = "Do you ship abroad?\nYes, across the EU. Free shipping is Germany only.\n\nShop: link in bio"
    mended = with_threshold(text, "free over €60 within Germany")
    assert "Free shipping is Germany only (on orders over €60)." in mended
    # said with it already, or no threshold to say: left alone
    said = "Shipping is free on orders over €60."
    assert with_threshold(said, "free over €60") == said
    assert with_threshold(text, "free within Germany") == text
