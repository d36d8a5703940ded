"""Session 35 (issue 13), from blind reads 33 and 35, each on briefs of other trades than the
reads': no "comparison" of one point; a stand at someone else's show is where to find us; no
sparse ask that claims online booking; a capital the product line opens on is kept; a list of
who it is for is never cut to its first group; features that name the goods, or open on a
hyphenated participle, said as sentences; a lack said with what lacks it; a venue named in an event's title takes no street after it; a
formal problem's "Finding yourself …?"."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import brief_from_dict
from planner.planning.context import event_invite, event_place
from planner.planning.facts_said import core_sentences, feature_sentence, problem_question
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

LIB = TemplateLibrary()
START = dt.date(2027, 1, 4)


def _posts(brief_dict, seed=1, weeks=4):
    brief = brief_from_dict(brief_dict)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=seed, start=START, weeks=weeks))
    return cal.posts


# ---- a comparison needs two points ------------------------------------------------------------

ROOFER = {
    "product": "flat roof repairs", "brand": "Topside Roofing", "kind": "service",
    "description": "EPDM and felt flat roof repairs for homes and garages across Derby",
    "differentiators": ["a 10-year guarantee on every new membrane"],
    "faqs": [{"question": "Can you repair a roof in the rain?",
              "answer": "Small patches yes, a new membrane waits for two dry days."}],
    "platforms": ["facebook", "instagram"], "posts_per_week": 4, "country": "GB",
}


def test_a_comparison_of_one_point_is_never_planned():
    for seed in (1, 2, 3, 4):
        posts = _posts(ROOFER, seed=seed)
        assert not [p for p in posts if p.tactic == "comparison"], seed


def test_two_points_may_still_be_compared():
    two = dict(ROOFER, differentiators=["a 10-year guarantee on every new membrane",
                                        "photos of the finished roof sent the same day"])
    from planner.planning.needs import needs_met

    brief = brief_from_dict(two)
    comparison = LIB.templates["consideration/honest-comparison"]
    assert needs_met(comparison, brief, START, "facebook")
    assert not needs_met(comparison, brief_from_dict(ROOFER), START, "facebook")


# ---- events -----------------------------------------------------------------------------------

def test_a_stand_at_a_show_is_where_to_find_us_not_our_show():
    assert event_invite("Harrogate Home Show (stand 12)", True) == \
        "Find us at the Harrogate Home Show (stand 12)"
    assert event_invite("Bristol Wedding Fair, booth B7", True).startswith(
        "Find us at the Bristol Wedding Fair")
    # (an event of our own is still ours)
    assert event_invite("Repair afternoon for old radios", True) == \
        "Come to our repair afternoon for old radios"


def test_a_venue_named_in_the_title_takes_no_street_after_it():
    assert event_place("Riverside Hall, 12 Mill Lane, Otley", "Repair café at Riverside Hall", "") == ""
    assert event_place("12 Mill Lane, Otley", "Repair café at Riverside Hall", "") == ""
    # (a title that names no venue keeps the address)
    assert event_place("12 Mill Lane, Otley", "Repair café", "") == "12 Mill Lane, Otley"


# ---- what the business is ---------------------------------------------------------------------

def test_a_capital_the_product_line_opens_on_is_kept():
    said = core_sentences("Xero bookkeeping and payroll for cafes in Cardiff", "service",
                          product="Xero bookkeeping")[0]
    assert said.startswith("We offer Xero bookkeeping"), said


def test_who_it_is_for_is_never_cut_to_its_first_group():
    said = core_sentences("Gutter clearing and repairs for landlords, letting agents and small "
                          "offices across Leeds and York, a typical terrace is from £60",
                          "service", product="gutter clearing")
    assert not any(s.rstrip(".").endswith("for landlords") for s in said), said


def test_features_that_name_the_goods_or_open_on_a_hyphenated_participle():
    assert feature_sentence("loaves baked in a wood-fired oven", "sourdough loaves") == \
        "Our loaves are baked in a wood-fired oven."
    assert feature_sentence("stone-ground on our own mill", "stone-ground spelt flour") == \
        "Our spelt flour is stone-ground on our own mill."


def test_what_the_goods_are_made_of_is_said_of_them():
    from planner.planning.facts_said import difference_sentence

    assert difference_sentence("just oats, nothing added", "toasted oat clusters") == \
        "Our toasted oat clusters are just oats, nothing added."
    assert "a just" not in difference_sentence("only beeswax, nothing else", "beeswax candles")


def test_a_lack_in_the_description_names_what_lacks_it():
    from planner.planning.facts_said import _details

    said = _details("oat clusters baked in Hull, no added sugar, a 400 g bag is £6",
                    "toasted oat clusters")
    assert "Our toasted oat clusters have no added sugar." in said, said
    assert "There's no added sugar." not in said


SOAP = {
    "product": "cold-process soap bars", "brand": "Suds & Sea", "kind": "product",
    "description": "handmade in Galway, no palm oil, a bar is €7",
    "platforms": ["instagram", "facebook"], "posts_per_week": 4, "country": "IE",
    "url": "https://sudsandsea.ie",
}


def test_a_lack_is_said_with_what_lacks_it():
    for seed in (1, 2, 3):
        for p in _posts(SOAP, seed=seed):
            for line in p.text.splitlines():
                if line.startswith("There's no palm oil"):
                    assert "soap" in line, (seed, p.text)


def test_a_sparse_service_ask_claims_no_online_booking():
    sparse = {"product": "sofa upholstery cleaning", "kind": "service",
              "platforms": ["facebook", "instagram"], "posts_per_week": 3,
              "url": "https://freshweave.co.uk/contact", "country": "GB"}
    text = "\n".join(p.text for p in _posts(sparse))
    assert "book online" not in text.lower()
    assert "pick the day" not in text.lower()


def test_a_formal_gerund_problem_is_asked_plainly():
    asked = {problem_question("waiting three weeks for a plumber", True, turn) for turn in range(3)}
    assert not any(re.match(r"Struggling with \w+ing\b", q) for q in asked), asked
    assert "Finding yourself waiting three weeks for a plumber?" in asked


def test_a_named_course_is_its_name_and_asked_of_as_a_course():
    from planner.planning.sparse import sparse_tried, what_it_is

    brief = brief_from_dict({"product": "Knit Club Nights online course", "kind": "digital",
                             "platforms": ["instagram", "youtube"]})
    assert what_it_is(brief) == "Knit Club Nights is our online course."
    assert sparse_tried(brief) == "Have you ever taken a course online?"


def test_a_price_said_again_names_what_it_is_for():
    from planner.planning.facts_said import price_again

    # ("It costs €95." after an FAQ had no "it" to stand for, blind read 34)
    assert price_again("A one-hour lesson is £38.") == "A one-hour lesson costs £38."
    assert price_again("Each tray is $24.", usual=True) == "Each tray usually costs $24."



def test_customers_who_are_clinics_make_no_care_business():
    from planner.planning.visuals import is_care

    def service(description, product):
        return brief_from_dict({"product": product, "kind": "service",
                                "description": description, "platforms": ["instagram"]})

    # (blind read 33: office plant hire got "a calm, tidy treatment room")
    assert not is_care(service("we clean windows for shops, offices and dental clinics",
                               "commercial window cleaning"))
    assert is_care(service("a podiatry clinic for runners and walkers", "podiatry"))


def test_a_price_typed_as_a_clause_and_a_kind_of_the_goods():
    from planner.planning.facts_said import _details

    # (chat test 35: "mugs are €38" gave "A mugs are is €38.", "baby shower cakes" of
    # celebration cakes gave "Our cakes have baby shower cakes.")
    assert _details("thrown on the wheel in my studio so no two are alike, bowls are €30",
                    "stoneware bowls and plates") == ("Bowls are €30.",)
    assert feature_sentence("wedding bouquets", "seasonal flower bouquets") == \
        "We sell wedding bouquets."
