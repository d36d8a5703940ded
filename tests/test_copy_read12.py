"""Fixes from blind read 12 (reported), each on a brief of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.shipping import sold_in_person_only

LIB = TemplateLibrary()


@pytest.mark.parametrize("sells_on", [
    ["Saturday market stand in the old town", "hofladen"],
    ["our farm shop", "the farmers market"],
    ["roadside stand on the B27"],
])
def test_goods_sold_at_a_farm_shop_and_a_market_are_never_sent(sells_on):
    brief = brief_from_dict({"product": "raw wildflower honey", "platforms": ["instagram"],
                             "sells_on": sells_on})
    assert sold_in_person_only(brief)


def test_a_farm_shop_beside_a_website_still_ships():
    brief = brief_from_dict({"product": "raw wildflower honey", "platforms": ["instagram"],
                             "sells_on": ["farm shop", "website"]})
    assert not sold_in_person_only(brief)


def _plan(brief: dict, weeks: int = 4):
    cal, _ = plan_calendar(brief_from_dict(brief), LIB,
                           options=PlanOptions(seed=1, weeks=weeks, start=dt.date(2027, 5, 3)))
    return cal


def test_a_sparse_brief_gets_no_fact_free_ask_twice():
    cal = _plan({"product": "smoked chilli oil in 200g jars", "platforms": ["tiktok", "threads"],
                 "posts_per_week": 4})
    factless = [p.template for p in cal.posts
                if p.template in {"advocacy/tag-a-friend", "advocacy/tag-us-in-your-story",
                                  "loyalty/how-are-we-doing", "loyalty/we-answer-here",
                                  "advocacy/honest-review-ask", "advocacy/stitch-this"}]
    assert len(factless) == len(set(factless)), factless


def test_what_the_business_sells_is_told_to_a_platform_once_a_month():
    # blind read 12: "We sell solid brass dog & cat tags…" in five posts of one calendar
    cal = _plan({"product": "hand-stamped brass pet tags", "brand": "Tagwell",
                 "platforms": ["instagram", "pinterest"], "posts_per_week": 6,
                 "description": "We sell solid brass pet ID tags, stamped by hand in our Leeds "
                                "workshop. From £18 a tag.",
                 "sells_on": ["etsy"], "url": "https://tagwell.example", "tone": "playful",
                 "tips": ["Check the split ring every few months.",
                          "A tag on a harness jingles less than one on a collar."],
                 "differentiators": ["stamped by hand, letter by letter",
                                     "solid brass that will not rust"],
                 "quotes": [{"text": "The tag still looks new after a year of swims.", "by": "Mo"}],
                 "offer": {"code": "TAG10", "discount": "10% off", "starts": "2027-05-10",
                           "ends": "2027-05-30"}}, weeks=5)
    for platform in ("instagram", "pinterest"):
        told = [p.date for p in cal.posts
                if p.platform == platform and "solid brass pet ID tags" in p.text]
        assert all((b - a).days >= 28 for a, b in zip(told, told[1:])), (platform, told)
    assert any("solid brass pet ID tags" in p.text for p in cal.posts)
