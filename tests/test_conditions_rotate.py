"""An offer's condition rotates its wordings in every calendar (blind read 19: "The offer is
valid for new clients only." in five posts): the render path passes the posts before it, and
a wording a formal register spelt out ("It is valid…") still counts as used."""

from __future__ import annotations

from planner.domain.brief import brief_from_dict
from planner.planning.conditions import condition_line
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

WINDOWS = brief_from_dict({
    "product": "commercial window cleaning", "brand": "ClearPane Services", "kind": "service",
    "country": "ZA", "platforms": ["linkedin", "facebook", "instagram"],
    "cadence": {"linkedin": 2, "facebook": 2, "instagram": 2}, "tone": "professional, friendly",
    "b2b": True, "audience": "office managers in Cape Town",
    "differentiators": ["rope-access team for high-rise glass"], "start": "2027-01-04", "weeks": 4,
    "offer": {"code": "FIRSTSHINE", "discount": "20% off the first clean",
              "condition": "new clients only", "starts": "2027-01-04", "ends": "2027-01-24"},
})


def test_a_wording_spelt_out_by_the_register_counts_as_used():
    before = ("Book now.\nIt is valid for new clients only.",)
    assert condition_line("new clients only", before) == "The offer is valid for new clients only."
    before += ("The offer is valid for new clients only.",)
    assert condition_line("new clients only", before) == "Valid for new clients only."
    # a wording inside a longer one ("The small print: it's valid…") is not the shorter one used
    assert condition_line("new clients only", ("The small print: it's valid for new clients only.",)) \
        == "The offer is valid for new clients only."


def test_no_condition_sentence_repeats_in_a_calendar():
    cal, _ = plan_calendar(WINDOWS, TemplateLibrary(), options=PlanOptions(seed=1))
    lines = [ln.strip() for p in cal.posts for ln in p.text.split("\n") if "new clients only" in ln]
    assert len(lines) >= 4
    assert len(set(lines)) == len(lines)
