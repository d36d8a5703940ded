"""The brief conversation's memory in the chat: declined fields survive autosave and /restore."""

from __future__ import annotations

import tomllib

from planner.brief import next_question
from planner.chat.autosave import autosave_path
from planner.chat.session import ChatSession


def test_a_declined_brand_is_not_asked_again_after_restore():
    first = ChatSession()
    assert "brand" in first.respond("we sell soy candles").text.lower()
    first.respond("no brand")  # the brief is unchanged; the decline is autosaved all the same
    saved = tomllib.loads(autosave_path().read_text(encoding="utf-8"))
    assert saved["dialogue"]["declined"] == ["brand"]

    second = ChatSession()
    assert "Restored the brief" in second.respond("/restore").text
    assert second.dialogue is not None and second.dialogue.declined == {"brand"}
    question = next_question(second.brief, second.dialogue)
    assert question and "brand" not in question.lower() and "special" in question.lower()
    assert "What's your brand" not in second.respond("/brief").text


def test_without_restore_the_brand_is_asked_again():
    first = ChatSession()
    first.respond("we sell soy candles")
    first.respond("no brand")
    fresh = ChatSession(brief=first.brief)
    assert "What's your brand" in fresh.respond("/brief").text


def test_a_bare_answer_fills_the_field_the_chat_asked_for():
    session = ChatSession()
    session.respond("we sell soy candles")  # asks for the brand
    session.respond("Glow & Co")
    assert session.brief.brand == "Glow & Co"


def test_restore_does_not_read_the_next_message_as_an_old_answer():
    first = ChatSession()
    first.respond("we sell soy candles")  # asks for the brand, autosaved
    second = ChatSession()
    second.respond("/restore")
    second.respond("Glow & Co")  # no question on screen: not taken as the brand
    assert second.brief.brand == ""
