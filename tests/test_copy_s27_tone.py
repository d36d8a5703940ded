"""Tone after blind read 26 (s27). Puns for more kinds of goods (blind read 26: a biltong box whose tone said "puns very
welcome" got none, since only fifteen kinds of goods had puns). The lines now live in
planner/data/puns.toml. An excitable voice ("excited, high energy") asks without "when
you're ready". Every brief here is our own."""

from __future__ import annotations

import re

import pytest

from planner.planning.puns import KINDS, _puns, pun_leads
from tests.calendar_helpers import opens_with_a_pun, plan


@pytest.mark.parametrize("goods, line", [
    ("beef jerky and biltong, air-dried", "A deal to get your teeth into."),
    ("small-batch hot sauces", "Some hot news, with a code."),
    ("sterling silver earrings", "A deal that's pure gold."),
    ("hand-thrown stoneware", "A deal fresh from the kiln."),
    ("a neighbourhood barbershop", "A deal that's a cut above."),
    ("refurbished e-bikes", "A deal worth pedalling for."),
])
def test_more_goods_have_puns(goods, line):
    assert line in pun_leads("puns welcome", goods)["offer"]


def test_meat_free_goods_get_no_meat_puns():
    assert pun_leads("punny", "meat-free burgers") == {}


def test_every_pun_kind_is_one_the_openers_know_and_no_line_repeats():
    seen = set()
    for _pattern, leads in _puns():
        assert set(leads) <= set(KINDS)
        for lines in leads.values():
            for line in lines:
                assert line not in seen, line
                seen.add(line)
                assert not re.search(r"sold out|guarantee|limited", line, re.I), line


def test_a_punning_jerky_calendar_carries_a_jerky_pun():
    raw = {"product": "beef jerky subscription", "kind": "product", "brand": "Chew Crew",
           "description": "three bags of small-batch jerky every month, £18",
           "tone": "cheeky, puns very welcome", "platforms": ["instagram", "tiktok"],
           "posts_per_week": 3, "url": "https://chewcrew.co.uk",
           "launch": {"what": "the Smoky Chipotle bag, our first hot one", "date": "2027-01-20"},
           "offer": {"discount": "£5 off your first box", "code": "CHEW5", "ends": "2027-01-17"}}
    cal = plan(raw, weeks=3)
    assert opens_with_a_pun(cal, "jerky"), [p.text.split("\n")[0] for p in cal.posts]


def test_an_excitable_voice_asks_without_a_hedge():
    from planner.planning.openers import in_register

    text = "Forty short lessons, filmed in our studio.\n\nEnrol when you're ready: link in bio"
    cta = "Enrol when you're ready: link in bio"
    said, ask = in_register(text, cta, "excitable", key="e1", verb="enrol")
    assert "when you're ready" not in said, said
    assert ask.endswith("link in bio") and "!" in ask, ask
    # a calm voice keeps its own ask
    calm, _ = in_register(text, cta, "gentle", key="e1", verb="enrol")
    assert calm.endswith(cta), calm
