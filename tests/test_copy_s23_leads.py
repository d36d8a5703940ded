"""Wordings fixed from blind read 22 (2026-12-05, session 23): a lead that tells a fact again
says only that, a story that says how it began gets no coda saying so again, and a rating is
introduced as how buyers rate the business."""

from __future__ import annotations

import pytest

from planner.planning.openers import own_leads
from planner.planning.render import _environment

#: leads that say what a fact is to us, or who it is for: wrong before a tip or a problem
_EVALUATIVE = ("proud", "love", "like to say", "new here")


@pytest.mark.parametrize("register", ["warm", "cheeky", "nerdy", "neutral"])
def test_a_retelling_lead_says_only_that_it_is_said_again(register):
    for kind in ("retold", "crossed"):
        for lead in own_leads(register, kind, ("Worth knowing:",)):
            assert not any(w in lead.lower() for w in _EVALUATIVE), lead


@pytest.mark.parametrize("line, starts", [
    ("Wanjiru started FireSafe in 2019 after ten years as a firefighter.", True),
    ("Two brothers, one van, since 2016.", True),
    ("We set up the first stall at Union Square market.", True),
    ("We are a group of eight women in Kathmandu who learned felting from our mothers.", False),
    ("Every rug is woven from offcuts of a Lisbon textile mill.", False),
])
def test_a_story_line_that_says_how_it_began_is_told_so(line, starts):
    assert _environment().from_string("{{ x | tells_start }}").render(x=line) == str(starts)


def test_the_rating_card_never_says_in_numbers():
    from pathlib import Path

    text = (Path(__file__).parent.parent / "templates/conversion/rated-by-buyers.j2").read_text()
    assert "in numbers" not in text


def test_a_participle_after_a_bare_article_is_the_nouns():
    from planner.planning.facts_said import difference_sentence

    said = difference_sentence("a written report within 48 hours", "drone inspections", "service")
    assert said.startswith(("There's a written report", "You get a written report")), said
    # (a participle after a noun phrase still says how the thing is done)
    assert difference_sentence("original cloth and cabinet kept, only the electrics renewed",
                               "radios", "product") == \
        "The original cloth and cabinet are kept; only the electrics are renewed."
