"""Session 30, on reads 26-29's offer posts: a first-order code's post never carries the
referral reward (two deals for two audiences read as one: "Valid for new customers only." then
a reward for existing customers), and a maker's "no two the same" is said as a sentence ("No
two are the same.", never "There's no two the same.")."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.planning.facts_said import difference_sentence, part_shape
from tests.calendar_helpers import posts

#: a maker with a first-order code and a referral reward for existing buyers
BOWLS = {
    "product": "wood-fired stoneware bowls", "brand": "Kiln & Crow",
    "description": "stoneware bowls thrown on the wheel and fired in our wood kiln in Asturias, "
                   "no two alike, bowls from €26",
    "platforms": ["instagram", "facebook", "pinterest", "threads"], "posts_per_week": 5,
    "url": "https://kilnandcrow.example",
    "referral_reward": "€8 off your next bowl for every friend who orders with your name",
    "offer": {"code": "FIRST12", "discount": "12% off your first order",
              "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 24)},
}


def test_an_offer_post_never_carries_the_referral_reward():
    cal = posts(BOWLS)
    coded = [p for p in cal if "FIRST12" in p.text]
    assert coded
    mixed = [p.text for p in coded if "€8 off" in p.text or "refer" in p.text.lower()]
    assert not mixed, mixed[0]
    # (the reward still has its own post)
    assert any("€8 off" in p.text for p in cal if "FIRST12" not in p.text)


@pytest.mark.parametrize("typed, said", [
    ("no two alike", "No two are alike."),
    ("no two the same", "No two are the same."),
    ("no two exactly alike", "No two are exactly alike."),
    ("no two bowls are the same", "No two bowls are the same."),
])
def test_no_two_the_same_is_said_as_a_sentence(typed, said):
    assert part_shape(typed) == said
    assert difference_sentence(typed, "stoneware bowls") == said


def test_no_two_alike_in_a_description_reads_whole_in_the_calendar():
    text = "\n".join(p.text for p in posts(BOWLS))
    assert "There's no two" not in text and "There are no two" not in text


def test_a_price_said_again_on_an_offers_post_is_the_usual_one():
    from planner.planning.facts_said import price_again

    # (read 28: "15% off all sets … It costs ARS 38.000." — before or after the code?)
    assert price_again("A tasting flight is R$ 64.", usual=True) == "It's usually R$ 64."
    assert price_again("A tasting flight is R$ 64.") == "It costs R$ 64."
    assert price_again("A small bowl is €26 and a large one is €38.", usual=True) \
        == "Prices usually start at €26."


#: a one-price product with a running code: the price line said more than once
LAMPS = {
    "product": "paper pendant lamps", "brand": "Washi Lane",
    "description": "pendant lamps of handmade washi paper on a bamboo frame, made in Porto. "
                   "A lamp is €68",
    "platforms": ["instagram", "facebook", "threads"], "posts_per_week": 5,
    "url": "https://washilane.example",
    "offer": {"code": "LIGHT10", "discount": "10% off every lamp",
              "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 31)},
}


def test_no_offer_post_says_a_bare_price_beside_the_code():
    coded = [p.text for p in posts(LAMPS) if "LIGHT10" in p.text]
    assert coded
    assert not [t for t in coded if "It costs €68" in t], [t for t in coded if "It costs" in t][0]
