"""The chat plans from its own day (``session.today``), not from the clock: the replays
once failed the Monday the real date passed the one they were written for."""

from __future__ import annotations

import datetime as dt

from planner.chat.session import ChatSession


def test_the_chats_plan_starts_the_monday_after_its_today():
    session = ChatSession()
    session.today = dt.date(2031, 3, 5)  # a Wednesday, years from any clock this runs on
    session.respond("we sell soy candles on etsy, brand is Glow Lab")
    reply = session.respond("/plan 2")
    assert not reply.error, reply.text
    assert session.calendar.start == dt.date(2031, 3, 10)
    assert "from 2031-03-10" in reply.text
