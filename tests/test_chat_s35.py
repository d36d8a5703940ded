"""Session 35, from a chat test typed as sellers type: a short edit request just after a post
was shown ("that's too long", "make it funnier") is about that post, never the answer to the
brief question the chat had asked (it was stored as the description and the audience)."""

from __future__ import annotations

import datetime as dt

from planner.chat.intents import variations
from planner.chat.session import ChatSession


def _shown_post():
    session = ChatSession()
    session.today = dt.date(2031, 3, 9)
    session.respond("we sell linen aprons on etsy, brand is Pinny Lane, instagram 3x a week")
    assert not session.respond("/plan 2").error
    session.respond("show me post 1")
    return session


def test_an_edit_request_after_a_post_is_shown_is_no_brief_answer():
    session = _shown_post()
    for said in ("that's too long", "make it funnier"):
        reply = session.respond(said)
        assert "post 1" in reply.text.lower(), (said, reply.text)
    assert session.brief.description == ""
    assert session.brief.audience == ""


def test_funnier_asks_for_the_casual_wording():
    assert variations("make it funnier") == ["casual"]



def test_thanks_after_a_brief_question_is_thanks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    session = ChatSession()
    session.today = dt.date(2031, 3, 9)
    for said in ("hi i sew linen aprons at home in bristol",
                 "the shop is called Pinny Lane, its on etsy",
                 "i post on instagram 3 times a week, oh and pinterest once a week",
                 "most buyers are keen home cooks who like things that last",
                 "each apron is cut from linen offcuts so nothing goes to waste, aprons are £34",
                 "make me a plan for next week", "show me post 2", "make it shorter",
                 "why is this one conversion",
                 "save it", "thanks :)"):
        session.respond(said)
    assert not [p for p in session.brief.facts.problems if "thank" in p.lower()], \
        session.brief.facts.problems
