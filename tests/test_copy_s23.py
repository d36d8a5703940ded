"""Wordings fixed after blind read 22 (2026-12-05, helper b): description parts said as
sentences by what kind of part they are, a story line framed with the business, no invented
reason the business was set up, the rich brief's proof (quotes, rating, referral) used, and a
problems poll worded by how often the thing happens. Every brief here is our own, never a
read brief."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import description_details, difference_sentence, problem_question


# ---- 1. description parts as sentences, by what kind of part they are ----------------------

@pytest.mark.parametrize("description, product, kind, said, never", [
    # a noun naming work a service does is what we do, never a thing there "is"
    ("chimney sweeping in Bristol, inspections of flues and liners, a smoke test certificate, "
     "£70 per chimney", "chimney sweeping", "service",
     ["We inspect flues and liners.", "You get a smoke test certificate.",
      "It's £70 per chimney."], ["There are inspections", "There's a smoke", "A chimney is"]),
    ("boiler servicing in Leeds, repairs to combi and system boilers, a Gas Safe record",
     "boiler servicing", "service",
     ["We repair combi and system boilers.", "You get a Gas Safe record."], ["There are repairs"]),
    # a digit inside a word (CO2, H2O) is no number: the part is still what the client gets
    ("aquarium care for offices, a CO2 and pH check, glass cleaning every visit",
     "aquarium maintenance", "service",
     ["You get a CO2 and pH check"], ["There's a CO2"]),
    # a number of things and a participle after a comma: never "comes with … and a filmed in"
    ("an online pottery course, 30 short videos, shot in our Kyoto studio, lifetime access "
     "for $49", "pottery course", "digital",
     ["There are 30 short videos, shot in our Kyoto studio.", "Lifetime access is $49."],
     ["and a shot in"]),
    # measures and qualities typed as a list are the thing's
    ("stoneware mugs thrown in Cornwall, 350ml, dishwasher safe", "stoneware mugs", "",
     ["Our stoneware mugs are 350ml and dishwasher safe."], ["There's 350ml"]),
])
def test_a_description_part_is_said_as_a_sentence_of_its_kind(description, product, kind, said,
                                                             never):
    lines = description_details(description, product, kind)
    text = " ".join(lines)
    for s in said:
        assert s in text, lines
    for n in never:
        assert n not in text, lines


def test_a_brief_that_says_service_tells_its_list_as_a_service():
    from planner.planning.facts_said import brief_kind

    # the product line alone reads as goods ("… for cafés and bakeries"); the brief's kind says
    brief = brief_from_dict({"product": "espresso machine descaling for cafés and bakeries",
                             "kind": "service", "platforms": ["instagram"],
                             "description": "espresso machine care in Lyon, a descaling "
                                            "report for your insurer, €90 per machine"})
    lines = description_details(brief.description, brief.product, brief_kind(brief))
    assert "You get a descaling report for your insurer." in lines
    assert "It's €90 per machine." in lines
    assert brief_kind(brief_from_dict({"product": "mugs", "platforms": ["instagram"]})) == ""


def test_a_service_difference_naming_work_is_what_we_do():
    assert difference_sentence("replacements of worn hinges", "cabinet repairs", "service") == \
        "We replace worn hinges."
    # a product's is left to the product shapes
    assert not difference_sentence("replacements of worn hinges", "hinges",
                                   "product").startswith("We replace")


@pytest.mark.parametrize("problem, casual", [
    ("being afraid to crack the glaze in the kiln", "Still afraid to crack the glaze in the kiln?"),
    ("being nervous on the first dive", "Still nervous on the first dive?"),
    # a thing done to someone keeps its "being"
    ("being put on hold for an hour", "Still being put on hold for an hour?"),
])
def test_a_state_problem_is_asked_without_being(problem, casual):
    assert problem_question(problem) == casual
    assert "being afraid" not in problem_question(problem, True, 1)


@pytest.mark.parametrize("kind, description, said, never", [
    ("service", "gutter clearing in Cork, a photo report, every downpipe flushed, the same crew "
     "each time", ["A photo report", "You get the same crew each time."],
     ["An a photo", "We work with the same crew"]),
    ("digital", "ukulele lessons online, a chord chart pack, one live call a month",
     ["You get a chord chart pack.", "You get one live call a month."], ["There's"]),
    ("service", "bouldering gym in Derby, 90 problems, kids clubs", [], ["Our bouldering gym kids"]),
    ("product", "linen tea towels, washes well, fixes to any rail",
     ["tea towels wash well."], ["washe well"]),
])
def test_a_thin_brief_tells_each_description_part_as_a_real_sentence(kind, description, said,
                                                                     never):
    from planner.planning.sparse import thin_facts

    brief = brief_from_dict({"product": description.split(",")[0], "kind": kind,
                             "platforms": ["instagram"], "description": description})
    text = " ".join(thin_facts(brief))
    for s in said:
        assert s in text, text
    for n in never:
        assert n not in text, text
