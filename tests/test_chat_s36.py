"""Session 36 (issue 14), from a chat test typed as sellers type, said here by other trades:
what sets the business apart, once said, answers "what makes it special?"; booking by
message answers where people buy; a post with no other template for its slot is refused in
plain words; and the translation warning goes by where the audience is, not the seller."""

from __future__ import annotations

import datetime as dt

from planner.chat.session import ChatSession
from planner.domain.brief import Brief
from planner.errors import PlannerError


def _session(*said: str) -> tuple[ChatSession, list]:
    session = ChatSession()
    session.today = dt.date(2031, 3, 9)
    return session, [session.respond(text) for text in said]


def test_what_sets_it_apart_answers_what_makes_it_special():
    session, replies = _session(
        "i'm a mobile mechanic in leeds, brand is Spanner Van",
        "what makes us different is we come to your driveway with a full workshop in the van")
    assert session.brief.facts.differentiators
    assert "special?" not in replies[-1].text, replies[-1].text


def test_booking_by_message_answers_where_people_buy():
    session, replies = _session(
        "i run a dog walking service in bath, brand is Muddy Paws",
        "clients book through whatsapp, group walks and solo walks")
    assert "whatsapp" in session.brief.sells_on
    assert "Where do people book you" not in replies[-1].text, replies[-1].text
    assert "Where can people buy" not in replies[-1].text


def test_no_other_post_for_a_slot_is_said_in_plain_words(monkeypatch):
    import planner.planning.variations as variations

    session, _ = _session("we sell linen aprons on etsy, brand is Pinny Lane, instagram 3x a week")
    assert not session.respond("/plan 2").error
    session.respond("show me post 1")

    def none_fits(cal, index, *args, **kwargs):
        raise PlannerError(f"no other template fits post {index + 1}")

    monkeypatch.setattr(variations, "regenerate_post", none_fits)
    reply = session.respond("/regen 1")
    assert "no other template" not in reply.text
    assert "post 1" in reply.text and "calendar view" in reply.text, reply.text


def test_the_translation_warning_goes_by_the_audience_country():
    from planner.planning.storyline import first_language

    lisbon = Brief(product="linen", country="PT", audience="mostly buyers in the us and the uk")
    assert first_language(lisbon) is None
    assert first_language(Brief(product="linen", country="PT", audience="cooks in germany")) == \
        ("DE", "German")
    halifax = Brief(product="quilts", country="CA", audience="quilters in canada")
    assert first_language(halifax) is None
    assert first_language(Brief(product="quilts", country="CA", audience="families in montreal"))
    assert first_language(Brief(product="tiles", country="PT")) == ("PT", "Portuguese")
