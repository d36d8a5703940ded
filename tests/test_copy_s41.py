"""Session 41, from blind read 40 (benchmarks/blind_read/2026-12-07-f) and its tuning set,
each said here by another trade: a description's list said a fact at a time (a price never
carries the parts after it, a list of sizes stays one list, a part of the goods is what each
one has, the ways they come are what they come in); when a class runs and how long one lasts
said of the class; an event whose title says where is not told its place again."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.context import event_place
from planner.planning.facts_said import description_details, fact_sentences, feature_sentence
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.wording import description_parts

LIB = TemplateLibrary()
START = dt.date(2027, 3, 1)


def _plan(data: dict, seed: int = 1, weeks: int = 4):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=seed, start=START, weeks=weeks))
    return brief, cal


def test_a_price_never_carries_the_parts_typed_after_it():
    desc = ("waxed cotton dog coats, $64 to $88, two-way zip for the harness, "
            "sewn in Hobart")
    core, facts = description_parts(desc)
    assert core == "waxed cotton dog coats"
    assert facts == ["$64 to $88", "two-way zip for the harness", "sewn in Hobart"]
    said = description_details(desc, "waxed cotton dog coats", "product")
    assert "Prices run from $64 to $88." in said
    assert "Each coat has a two-way zip for the harness." in said
    assert "Our waxed cotton dog coats are sewn in Hobart." in said


def test_a_list_of_sizes_is_one_list():
    desc = "linen sun hats, sizes 2-4 years, 4-6 years and 6-8 years, $29"
    core, facts = description_parts(desc)
    assert facts[0] == "sizes 2-4 years, 4-6 years and 6-8 years"
    said = description_details(desc, "linen sun hats", "product")
    assert said[0] == "Our linen sun hats come in sizes 2-4 years, 4-6 years and 6-8 years."


def test_the_ways_goods_come_and_a_part_each_one_has():
    item = "beeswax wraps"
    assert fact_sentences(["light weight and heavy weight"], item) == \
        ["Our beeswax wraps come in light weight and heavy weight."]
    assert fact_sentences(["removable cover for washing"], "floor cushions") == \
        ["Each cushion has a removable cover for washing."]
    assert fact_sentences(["adjustable straps for growing feet"], "sandals") == \
        ["Each sandal has adjustable straps for growing feet."]


def test_when_a_class_runs_and_how_long_one_lasts():
    item = "beginner pottery classes"
    said = fact_sentences(["90 minutes", "Tuesdays at 18:30 and 20:15", "Sundays at 10:00"],
                          item, "service")
    assert said == ["Each class lasts 90 minutes.",
                    "Classes run on Tuesdays at 18:30 and 20:15, and Sundays at 10:00."]
    assert fact_sentences(["50 minutes per lesson"], "swimming lessons", "service") == \
        ["Each lesson lasts 50 minutes."]
    # a feature post says the same whole sentences, never "Each class comes with 90 minutes"
    assert feature_sentence("90 minutes", item, "Kiln Club", "service") == "Each class lasts 90 minutes."
    assert feature_sentence("max 8 people per class", item, "Kiln Club", "service") == \
        "Groups are 8 people at most."


def test_an_event_whose_title_says_where_is_not_told_the_place_again():
    assert event_place("Riverside Park bandstand, next to the boathouse",
                       "Free tai chi morning at the Riverside Park bandstand", "Still Water") == ""
    assert event_place("Harbour Green, 12 Quay Road", "Open day on the harbour green",
                       "Tidewater") == "12 Quay Road"
    # a title that names no place keeps it
    assert event_place("Harbour Green, 12 Quay Road", "Open day", "Tidewater") == \
        "Harbour Green, 12 Quay Road"


def test_a_class_calendar_says_the_timetable_as_sentences():
    brief, cal = _plan({
        "product": "early-morning rowing machine classes", "kind": "service",
        "brand": "Oarhouse", "platforms": ["instagram"],
        "description": "indoor rowing classes in Leith, 40 minutes, max 10 people per class, "
                       "weekdays at 06:15 and 07:15, Saturdays at 08:00, £9 a class",
        "cadence": {"instagram": 4}})
    text = "\n".join(p.text for p in cal.posts)
    assert "There are weekdays" not in text and "There are Saturdays" not in text
    assert "comes with 40 minutes" not in text
    assert ": max 10 people per class" not in text


def test_a_product_tag_never_misleads_alone():
    from planner.planning.hashtags import product_tags

    def tags(product):
        return product_tags(brief_from_dict({"product": product, "platforms": ["instagram"]}))
    # where or for whom is no tag on its own; a name hyphened through "to" is one word
    assert tags("indoor bouldering sessions") == ["#boulderingsessions"]
    assert "#private" not in tags("private swimming lessons")
    assert not any(t.startswith("#couch") for t in tags("couch-to-5k walking app"))
    # three plain nouns said whole, never the first alone
    assert tags("card game bar") == ["#cardgamebar"]
