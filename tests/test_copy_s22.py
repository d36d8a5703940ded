"""Wordings fixed while the no-repeat, facts and frames work was put together (2026-12-05):
a price said in a few words is one post's sentence, a live named "Live Q&A: …" is invited to
as ours, and features typed as a list are what the thing comes with."""

from __future__ import annotations

from planner.planning.context import event_invite
from planner.planning.facts_said import difference_sentence
from planner.planning.once import sentence_keys
from planner.planning.openers import own_leads


def test_a_short_price_sentence_counts_for_the_once_rule_and_a_short_line_does_not():
    assert "6 a round" in sentence_keys("Soft goat cheese. £6 a round.")
    assert sentence_keys("Shop now.") == set()


def test_a_live_named_live_something_is_joined_as_ours():
    assert event_invite("Live Q&A: caring for leather", False) == \
        "Join our live Q&A: caring for leather"
    assert event_invite("Live: how to balance a kite", False) == \
        "Join us live: how to balance a kite"


def test_features_typed_as_a_list_are_what_the_thing_comes_with():
    assert difference_sentence("120gsm ivory paper, lay-flat spines", "journals", "product",
                               False) == "Our journals come with 120gsm ivory paper and lay-flat spines."
    # a list that is not plain features keeps its own shape
    assert "come with" not in difference_sentence("4 flavours max, no sugar, no gums",
                                                  "ice lollies", "product", False)


def test_a_voice_has_leads_of_its_own_and_the_neutral_one_keeps_the_plain_ones():
    plain = ("Worth knowing:",)
    assert own_leads("cheeky", "crossed", plain) != plain
    assert own_leads("neutral", "crossed", plain) == plain


def test_a_tag_from_a_list_of_one_thing_keeps_the_thing():
    from planner.domain.brief import brief_from_dict
    from planner.planning.hashtags import product_tags

    def tags(product: str) -> list[str]:
        return product_tags(brief_from_dict({"product": product, "platforms": ["instagram"]}))

    assert "#house" not in tags("house and flat removals in Galway")
    assert tags("soaps and bath bombs")[0] == "#soaps"


def test_a_course_on_a_platform_with_no_search_is_reached_by_its_link():
    import datetime as dt

    from planner.domain.brief import brief_from_dict
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    brief = brief_from_dict({
        "product": "whetstone knife sharpening course", "kind": "digital", "brand": "Edgewise",
        "platforms": ["threads", "instagram"], "sells_on": ["teachable"],
        "url": "https://edgewise.example/course", "posts_per_week": 3,
        "start": dt.date(2027, 1, 4), "weeks": 2,
        "tips": ["Use a marker on the edge to see where the stone is cutting."],
        "offer": {"code": "EDGE10", "discount": "10% off", "ends": dt.date(2027, 1, 15)}})
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))
    asks = [p for p in cal.posts if p.stage == "conversion"]
    assert asks
    assert not any("on Teachable" in p.text and "search" in p.text.lower() for p in cal.posts)


def test_a_quality_typed_as_a_phrase_is_the_things():
    assert difference_sentence("soft enough for newborns", "baby alpaca blankets", "product",
                               False) == "Our baby alpaca blankets are soft enough for newborns."
    assert difference_sentence("safe for the dishwasher", "mugs", "product",
                               False) == "Our mugs are safe for the dishwasher."
    # "so …" is a result, never a quality of the thing
    assert not difference_sentence("so parents can watch", "swimming lessons", "service",
                                   False).startswith("Our swimming lessons are so")


def test_a_discount_that_names_its_own_thing_is_not_put_on_the_product():
    from planner.domain.brief import brief_from_dict
    from planner.planning.sequencing import offer_goods

    def named(discount: str) -> bool:
        brief = brief_from_dict({"product": "house and flat removals", "platforms": ["facebook"],
                                 "offer": {"code": "MOVE50", "discount": discount}})
        return offer_goods(brief, "house and flat removals")["named"]

    assert named("€50 off a full-day move")
    assert not named("15% off")
    assert not named("15% off all adult pairs")


def test_a_venue_the_title_names_is_said_once():
    from planner.planning.context import event_place

    assert event_place("Kilimani Business Centre, Ring Road Kilimani",
                       "Free fire safety walk-through for tenants of Kilimani Business Centre",
                       "FireSafe Kilimani") == "Ring Road Kilimani"
    assert event_place("The Corn Exchange, Market Square", "Spring craft fair", "Bramble") == \
        "The Corn Exchange, Market Square"
