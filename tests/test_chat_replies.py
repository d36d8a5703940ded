"""What the chat says back to free text: no contradictions in one reply."""

from __future__ import annotations

import pytest

from planner.chat.session import ChatSession

NOT_FOUND = "I didn't find brief details"


@pytest.fixture
def session(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_HOME", str(tmp_path))
    return ChatSession()


def test_an_understood_message_is_not_also_called_not_understood(session):
    reply = session.respond("we sell soy candles on Etsy, post 3x a week on Instagram")
    assert "Got it" in reply.text
    assert NOT_FOUND not in reply.text


def test_a_message_with_nothing_in_it_says_so(session):
    reply = session.respond("hmm")
    assert NOT_FOUND in reply.text
    assert "Got it" not in reply.text
