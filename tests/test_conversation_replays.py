"""Issue 14, deliver 6, through the conversation core (``ChatSession.respond``, no Textual):
three whole conversations replayed, the brief checked after every message and the
calendar at the end (``tests/conversation_scripts.py``)."""

from __future__ import annotations

import pytest

from planner.chat.session import ChatSession
from tests.conversation_scripts import SCRIPTS, TODAY, brief_fields, expected_briefs

pytestmark = pytest.mark.slow  # each plans a calendar once or twice


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_a_whole_conversation(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    script, end = SCRIPTS[name]
    session = ChatSession()
    session.today = TODAY
    for step, (turn, expected) in enumerate(zip(script, expected_briefs(script), strict=True), 1):
        said = turn.text(session)
        reply = session.respond(said)
        where = f"{name}, message {step} {said!r}: {reply.text[:300]!r}"
        assert turn.reply in reply.text, where
        if turn.error is not None:
            assert reply.error == turn.error, where
        assert brief_fields(session.brief) == expected, where
    end(session)


def test_the_replays_own_finds_fail_without_their_fixes():
    """The two misreadings the replays found, each on its own: "I already said - founders"
    with the audience stored keeps the product; "thx" after "What's your brand?" is no brand."""
    session = ChatSession()
    session.today = TODAY
    session.respond("we sell onboarding audits, mostly to founders and heads of CS")
    session.respond("I already said - founders")
    assert (session.brief.product, session.brief.audience) == ("onboarding audits",
                                                               "founders and heads of CS")
    other = ChatSession()
    assert "brand" in other.respond("we sell beeswax wraps on etsy").text
    assert other.respond("thx").text.startswith("You're welcome!")
    assert other.brief.brand == ""
    assert other.respond("Hive & Honey").changed == {"brief"}  # the question still stands
    assert other.brief.brand == "Hive & Honey"
