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
