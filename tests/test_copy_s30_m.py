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
    assert price_again("A tasting flight is R$ 64.", usual=True) == "A tasting flight usually costs R$ 64."
    assert price_again("A tasting flight is R$ 64.") == "A tasting flight costs R$ 64."
    # (a list each with what it buys said whole, helper a's rule, in the usual wording)
    assert price_again("A small bowl is €26 and a large one is €38.", usual=True) \
        == "It's usually €26 for a small bowl and €38 for a large one."


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


# ---- read 30: the product line, a course's list, a price's note -----------------------------

def _short(product: str, kind: str) -> str:
    from planner.domain.brief import brief_from_dict
    from planner.planning.wording import short_name

    return short_name(brief_from_dict({"product": product, "kind": kind,
                                       "platforms": ["instagram"]}))


@pytest.mark.parametrize("product, kind, said", [
    # (read 30: "guitar, bass setups and repairs", a giveaway of "my guitar")
    ("skate and snowboard waxing and repairs", "service", "skate and snowboard waxing service"),
    ("soap and candle sets and gift boxes", "product", "soap and candle sets"),
    # (read 30: "Vende online course" for "Bolo de Pote que Vende online course")
    ("Pão de Queijo que Rende video course", "digital", "video course"),
    ("Fotografia de Rua para Iniciantes video course", "digital", "video course"),
])
def test_a_short_name_never_splits_a_pair_or_a_name(product, kind, said):
    assert _short(product, kind) == said


def test_a_courses_topics_are_what_it_covers_and_its_price_comes_with_access():
    from planner.planning.facts_said import description_details

    said = description_details(
        "online video course teaching you to bake and sell pão de queijo from home, 30 short "
        "lessons, 6 recipes (classic, cheddar, herb), how to price a batch, how to sell at "
        "work, R$ 147 or 10x of R$ 15,90, lifetime access and a WhatsApp group",
        "Pão de Queijo que Rende video course", "digital")
    assert said == [
        "The course covers 30 short lessons, 6 recipes (classic, cheddar, herb), how to price "
        "a batch, and how to sell at work.",
        "It's R$ 147 or 10x of R$ 15,90, with lifetime access and a WhatsApp group."]


def test_a_course_teaching_you_is_said_as_what_it_does():
    from planner.planning.facts_said import core_sentence

    assert core_sentence("online video course teaching you to bake pão de queijo at home, "
                         "30 lessons", "digital", "Pão de Queijo que Rende video course") \
        == "Our online video course teaches you to bake pão de queijo at home."


def test_a_services_price_note_turnaround_and_appointments_are_said_whole():
    from planner.planning.facts_said import description_details

    said = description_details("bike fittings in my garage in Leith, full fitting £120 (cleats "
                               "extra), usually ready in 2-3 days, by appointment only",
                               "road and gravel bike fittings", "service")
    # (read 30: the $95 setup dropped for its bracket, "come with an usually ready in 5-7
    # days and a by appointment only")
    assert said == ["The full fitting is £120 (cleats extra).", "Work is usually ready in 2-3 days.",
                    "Visits are by appointment only."]


@pytest.mark.parametrize("part, said", [
    # (read 30: the pillow sizes and prices in no post)
    ("3 sizes (single 90 cm 2,400 Kč, double 140 cm 3,100 Kč)",
     "There are 3 sizes: single 90 cm for 2,400 Kč and double 140 cm for 3,100 Kč."),
    # (read 30: the B2B price anchor in no post)
    ("typical meeting room of 20 m² around €2,300 installed",
     "A typical meeting room of 20 m² comes to around €2,300 installed."),
    ("$36/month postage included", "It's $36/month, postage included."),
])
def test_prices_typed_with_their_sizes_or_as_an_anchor_are_said(part, said):
    from planner.planning.facts_said import fact_sentences

    assert fact_sentences([part], "linen duvet covers", "product") == [said]


@pytest.mark.parametrize("part, said", [
    ("contact sales on +31 20 555 0199", "Call sales on +31 20 555 0199."),
    ("class B fire rating (EN 13501)", "Fire rating is class B (EN 13501)."),
])
def test_who_to_call_and_a_class_are_said_as_sentences(part, said):
    from planner.planning.facts_said import part_shape

    # (read 30: "There are contact sales on +46 …", "There's a class A absorption")
    assert part_shape(part) == said


def test_a_subscriptions_how_often_typed_last_is_said_first():
    from planner.planning.facts_said import core_sentence

    # (read 30: "We offer 3 small batch Aussie hot sauces in the box every month.")
    assert core_sentence("4 loose-leaf teas in the tin every month, 50 g each", "product",
                         "teapot club tea subscription") \
        == "Every month, we send 4 loose-leaf teas in the tin."


def test_two_steps_typed_with_a_plus_are_said_with_and():
    from planner.planning.wording import mend

    # (read 30: "roasted + sieved twice")
    assert mend("beans washed + dried in the sun") == "Beans washed and dried in the sun"
    assert mend("mate + bombilla set") == "Mate + bombilla set"


def test_a_count_of_things_and_how_they_were_made_is_a_there_are():
    from planner.planning.facts_said import fact_sentences

    # (read 30: "42 short lessons are filmed in my kitchen in Campinas.")
    assert fact_sentences(["36 short videos recorded in my studio in Recife"], "yoga course",
                          "digital") == ["There are 36 short videos, recorded in my studio in Recife."]


def test_a_monthly_price_typed_with_a_slash_keeps_its_month():
    from planner.planning.facts_said import price_again

    # (read 30: "It costs $42." for a $42/month box read as a one-off price)
    assert price_again("It's €19/month, postage included.") == "It costs €19/month."


def test_only_a_length_of_time_is_a_turnaround():
    from planner.planning.facts_said import part_shape

    assert part_shape("back within 48 hours") == "Work is back within 48 hours."
    # (where the work is done is no turnaround: test_thin_briefs' "It's all done in our van")
    assert part_shape("done in our van outside your door") == ""
