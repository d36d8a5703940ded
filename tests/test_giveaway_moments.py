"""A giveaway the brief runs is one giveaway: opened on each platform it runs on (its
announcement cross-posted, not turned down as a repeat of another platform's), never a
second contest of our own making for its prize, and its prize said once, not as
"our scarves: a scarf in the colour of your choice"."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.domain.platforms import load_platforms
from planner.planning.context import prize_said
from planner.planning.needs import photo_entries
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.repeats import repetition_findings

BRIEF = {
    "product": "hand-knitted alpaca hats", "brand": "Puna Knits", "kind": "product",
    "description": "knitted by hand in Cusco from baby alpaca, one size fits most",
    "platforms": ["instagram", "facebook", "tiktok"], "sells_on": ["etsy"],
    "cadence": {"instagram": 3, "facebook": 2, "tiktok": 2},
    "giveaway": "a hat in the colour of your choice", "giveaway_ends": dt.date(2027, 3, 21),
    "giveaway_rules": "https://punaknits.example/giveaway",
}


def _plan(**changes):
    brief = brief_from_dict({**BRIEF, **changes})
    cal, _ = plan_calendar(brief, TemplateLibrary([]), platforms=load_platforms(None),
                           options=PlanOptions(seed=1, start=dt.date(2027, 3, 1), weeks=4))
    return cal


@pytest.mark.parametrize("giveaway, photos", [
    ("a hat in the colour of your choice", False),
    ("a picnic hamper for two", False),
    ("a video call with the maker", False),
    ("a year of candles for the best photo of your candle lit", True),
    ("photo contest: a set of four mugs", True),
    ("post a picture of your pup in our bandana and tag us to win a bed", True),
])
def test_a_giveaway_is_entered_with_photos_only_when_the_brief_says_so(giveaway, photos):
    assert photo_entries(giveaway) is photos


def test_no_photo_contest_of_our_own_beside_the_giveaway_the_brief_runs():
    cal = _plan()
    assert not [p for p in cal.posts if p.tactic == "customer contest"]
    opened = {p.platform for p in cal.posts if p.tactic == "follow giveaway"}
    # opened on every platform it runs on, before its last three days there
    for platform in BRIEF["platforms"]:
        first = min(p.date for p in cal.posts
                    if p.tactic == "follow giveaway" and p.platform == platform)
        assert (BRIEF["giveaway_ends"] - first).days > 3, (platform, first)
    assert opened == set(BRIEF["platforms"])


def test_a_photo_giveaway_may_be_run_as_a_photo_contest():
    cal = _plan(giveaway="a hat of your choice for the best photo of your hat on a mountain")
    told = [p for p in cal.posts if p.tactic in ("customer contest", "follow giveaway")]
    assert told


def test_the_prize_is_said_once_when_its_line_names_what_is_sold():
    assert prize_said("a scarf in the colour of your choice", "hand-dyed merino scarves") == \
        "a scarf in the colour of your choice"
    assert prize_said("two loaves a week for a month", "sourdough loaves") == \
        "two loaves a week for a month"
    assert prize_said("a berry of the month box", "mixed berries") == "a berry of the month box"
    assert prize_said("a family set of four pairs", "felted slippers") == \
        "a family set of four pairs of our felted slippers"
    assert prize_said("a Puna voucher", "alpaca hats", "Puna") == "a Puna voucher"
    assert prize_said("", "hats") == ""
    cal = _plan()
    for p in cal.posts:
        if "giveaway" in p.tactic:
            assert "our hand-knitted alpaca hats: a hat" not in p.text, p.text


def _announce(day: int, platform: str, text: str) -> CalendarPost:
    return CalendarPost(date=dt.date(2027, 3, day), time=dt.time(10), platform=platform,
                        stage="awareness", tactic="follow giveaway",
                        template="awareness/follow-giveaway", format="static", text=text,
                        hashtags=[], cta="To enter: follow us and comment")


def test_a_giveaway_announced_on_another_platform_is_a_cross_post_not_a_repeat():
    text = ("Giveaway time: a hat in the colour of your choice, for one of you.\n\n"
            "To enter: follow us and comment, by Sunday 21 March.\n\nThe small print: link in bio")
    first = _announce(8, "tiktok", text)
    other = text.replace("Giveaway time: a hat in the colour of your choice, for one of you.",
                         "Up for grabs: a hat in the colour of your choice.")
    assert not repetition_findings(_announce(11, "instagram", other), [first])
    # on its own platform the same announcement twice is still a repeat
    assert repetition_findings(_announce(11, "tiktok", text + "\nSee you there."), [first])
