"""What the brief parser's pattern tests (``test_brief_patterns*.py``) share: the day the
messages are read on, one message read from a fresh brief, a chat replayed from a fresh
session, and the fields a case names."""

from __future__ import annotations

import datetime as dt

from planner.brief import Dialogue, parse_brief_text
from planner.chat.session import ChatSession
from planner.domain.brief import Brief

#: the day the messages are typed (a Monday): "until Friday" is 2026-11-06
TODAY = dt.date(2026, 11, 2)


def read(text: str, brief: Brief | None = None, asked: str | None = None) -> Brief:
    """One message read into ``brief`` (a fresh one by default), ``asked`` the question before it."""
    dialogue = Dialogue(asked=asked)
    return parse_brief_text(text, brief, dialogue, today=TODAY).brief


def chat(*messages: str) -> ChatSession:
    """A fresh chat session after ``messages``, each through ``ChatSession.respond``."""
    session = ChatSession()
    session.today = TODAY
    for message in messages:
        session.respond(message)
    return session


def fields(brief: Brief, expected: dict) -> dict:
    """The brief's values of the fields ``expected`` names, to compare with it whole."""
    return {name: getattr(brief, name) for name in expected}
