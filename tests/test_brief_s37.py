"""Session 37 (issue 14), from chat test 37's eight sessions, said here by other trades: a
free delivery limited to a country typed in lower case keeps its limit, "2x a week, actually
3x" keeps the 3, a code corrected with "sorry its …" is the code and never the brand, how the
business began is its story, and thanks is never a fact."""

from __future__ import annotations

import datetime as dt

from planner.brief.dialogue import Dialogue
from planner.brief.fields.corrections import inline
from planner.brief.parse import parse_brief_text
from planner.chat.session import ChatSession
from planner.domain.brief import Brief

TODAY = dt.date(2026, 12, 7)


def said(*messages: str, product: str = "", kind: str = "product"):
    brief, dialogue, update = Brief(product=product, kind=kind), Dialogue(), None
    for text in messages:
        update = parse_brief_text(text, brief, dialogue, today=TODAY)
        brief = update.brief
    return brief, update


def test_free_delivery_in_a_country_typed_in_lower_case_keeps_its_limits():
    brief, _ = said("free shipping in portugal over €30", product="tinned sardines")
    assert brief.free_shipping == "in Portugal over €30"


def test_a_posts_count_taken_back_with_an_x_keeps_the_second():
    assert inline("we post 4x a week, actually 2x") == "we post 2x a week"
    assert inline("3 posts, actually 2 reels") == "3 posts, actually 2 reels"


def test_a_code_corrected_after_sorry_is_the_code_never_the_brand():
    session = ChatSession()
    session.today = dt.date(2031, 3, 9)
    session.respond("i sell hand painted phone cases on etsy, instagram 3x a week")
    session.respond("code CASE10 is 10% off until march 31")
    session.respond("sorry its CASE15, 15% off")
    assert session.brief.offer is not None and session.brief.offer.code == "CASE15"
    assert session.brief.brand != "CASE15"


def test_how_the_business_began_is_its_story():
    brief, _ = said("my mum started the bakery in 1991 and I took it over last year",
                    product="sourdough bread")
    assert brief.facts.story == ["My mum started the bakery in 1991 and I took it over last year."]
    assert not brief.description
    brief, _ = said("brand is Oak & Ember, family run, my dad opened the forge in 1985",
                    product="hand-forged knives")
    assert brief.facts.story == ["My dad opened the forge in 1985."]
    # (a sentence that also says what is sold is read for that, not as the story)
    brief, _ = said("we started in 2019 selling soy candles on etsy")
    assert not brief.facts.story and "etsy" in brief.sells_on


def test_thanks_in_any_spelling_is_thanks_never_a_fact():
    session = ChatSession()
    session.today = dt.date(2031, 3, 9)
    session.respond("we sell macramé wall hangings on etsy, instagram 3x a week")
    session.respond("plan")
    reply = session.respond("ty so much")
    assert "welcome" in reply.text.lower()
    assert not session.brief.description and not session.brief.facts.problems


def test_a_question_people_ask_said_with_if_is_a_question_with_its_answer():
    # (chat test 37: "lots of people ask if the silver tarnishes, answer is …" became the
    # audience)
    brief, _ = said("lots of people ask if the linen shrinks, answer is only a little on the "
                    "first wash", product="linen bedding")
    assert [(f.question, f.answer) for f in brief.facts.faqs] == \
        [("Does the linen shrink?", "Only a little on the first wash.")]
    assert not brief.audience
    brief, _ = said("customers always ask if it is dishwasher safe - answer: yes, top rack",
                    product="enamel mugs")
    assert brief.facts.faqs[0].question == "Is it dishwasher safe?"


def test_an_intro_price_with_its_currency_after_is_an_offer_for_new_clients_only():
    # (chat test 37: "intro offer is 3 classes for 150 zł for new clients" became the audience)
    brief, _ = said("intro offer is 2 lessons for 300 kr for new students",
                    product="ceramics lessons", kind="service")
    assert brief.offer is not None and brief.offer.discount == "2 lessons for 300 kr"
    assert brief.offer.condition == "for new students only"
    assert not brief.audience
    brief = Brief(product="ceramics lessons", kind="service", audience="adults in Malmö")
    update = parse_brief_text("intro offer is 2 lessons for 300 kr for new students", brief,
                              Dialogue(), today=TODAY)
    assert update.brief.audience == "adults in Malmö"
