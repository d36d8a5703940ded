"""Blind read 11 (reported): brief lines pasted into frames. A difference written as a
fragment is said with the thing as its subject, never "You get …" in front of it; event
titles with commas, discounts and names are said so a sentence can carry them."""

from __future__ import annotations

import pytest

from planner.planning.facts_said import difference_sentence


@pytest.mark.parametrize("fact, item, kind, formal, said", [
    ("beans from one farm near Huila, we visit every year", "coffee beans", "product", False,
     "Our beans come from one farm near Huila — we visit every year."),
    ("visits done before 8am so the shop can open on time", "window cleaning", "service", True,
     "The visits are done before 8am, so the shop can open on time."),
    ("old frame and glass kept, only the hinges replaced", "restored cabinets", "product", False,
     "The old frame and glass are kept; only the hinges are replaced."),
    ("free tote bag with the first order", "teas", "product", False,
     "There's a free tote bag with the first order."),
    ("every seam and buttonhole checked twice, not just the visible ones", "shirts", "product",
     False, "Every seam and buttonhole is checked twice, not just the visible ones."),
    ("24 months warranty on the motor", "e-bikes", "product", False,
     "There's a 24-month warranty on the motor."),
    ("smoked 12 hours, no sugar added", "smoked salts", "product", False,
     "Our salts are smoked 12 hours; no sugar is added."),
    ("blades sharpened by hand, handles oiled with linseed", "knives", "product", False,
     "The blades are sharpened by hand; the handles are oiled with linseed."),
    ("free returns within 30 days", "shoes", "product", False,
     "There are free returns within 30 days."),
])
def test_a_fragment_is_said_with_the_thing_as_its_subject(fact, item, kind, formal, said):
    out = difference_sentence(fact, item, kind, formal)
    assert out == said
    assert not out.startswith(("You get", "You receive"))
