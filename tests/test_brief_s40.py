"""Session 40 (issue 14), from messages typed the way sellers type them, said here by other
trades: "we deliver within 10 miles of …" is where, never the product; "i mostly get young
couples" is the audience, never the sentence; peoples keep their capital; a food truck sells
goods, and its menu, said after it, is what it sells."""

from __future__ import annotations

import datetime as dt

from planner.chat.session import ChatSession


def _session(*messages: str) -> ChatSession:
    session = ChatSession()
    session.today = dt.date(2026, 12, 7)
    for message in messages:
        session.respond(message)
    return session


def test_where_we_deliver_is_never_the_product():
    brief = _session("we make sourdough loaves in Frome", "we deliver within 5 miles of Frome").brief
    assert brief.product == "sourdough loaves"
    brief = _session("we sell sourdough loaves", "we deliver to your door on fridays").brief
    assert brief.product == "sourdough loaves"


def test_who_we_mostly_get_is_the_audience():
    brief = _session("i'm a wedding photographer in Cork", "i mostly get young couples").brief
    assert brief.audience == "young couples"
    brief = _session("we sell dog beds", "we see a lot of retired couples").brief
    assert brief.audience == "retired couples"


def test_peoples_keep_their_capital():
    brief = _session("we run surf lessons in Ericeira", "most of our students are germans").brief
    assert brief.audience == "Germans"


def test_a_food_truck_sells_goods_and_its_menu_is_what_it_sells():
    session = _session("we're a burrito truck in Denver")
    assert session.brief.kind == "product"
    session.respond("menu is carnitas burritos, chips and salsa")
    assert session.brief.product == "carnitas burritos, chips and salsa"
    assert session.brief.kind == "product"
