"""Issue 14, deliver 3: the facts interview. Once the brief can be planned, the chat asks
for the facts that make posts specific, one at a time; any can be skipped, or all."""

from __future__ import annotations

import datetime as dt

from planner.chat.session import ChatSession

ESSENTIALS = ["we sell soy candles on etsy, brand is Glow & Co, post 3x a week on instagram",
              "hand-poured in recycled glass jars", "women 25-45", "no offer", "no hashtag",
              "no referrals"]


def ready() -> ChatSession:
    chat = ChatSession()
    chat.today = dt.date(2026, 11, 2)
    for message in ESSENTIALS:
        reply = chat.respond(message)
    assert "What problem does it solve" in reply.text
    return chat


def test_facts_are_asked_one_at_a_time_and_stored():
    chat = ready()
    reply = chat.respond("candles that tunnel halfway down; cheap wax that smells of nothing")
    assert chat.brief.facts.problems == ["candles that tunnel halfway down",
                                         "cheap wax that smells of nothing"]
    assert "problem it solves: candles that tunnel" in reply.text
    assert "How did it start" in reply.text and "What problem" not in reply.text
    reply = chat.respond("I started pouring candles in my kitchen in 2020 after my dad got ill. "
                         "Friends kept asking for more.")
    assert chat.brief.facts.story[0].startswith("I started pouring candles in my kitchen")
    assert chat.brief.product == "soy candles"  # the story is not read as a new product
    assert "customer said something" in reply.text
    chat.respond('"Best candle I\'ve ever owned" - Sam')
    quote = chat.brief.facts.quotes[0]
    assert (quote.text, quote.by) == ("Best candle I've ever owned", "Sam")
    chat.respond("skip")
    chat.respond("Are they vegan? Yes, 100% soy")
    faq = chat.brief.facts.faqs[0]
    assert (faq.question, faq.answer) == ("Are they vegan?", "Yes, 100% soy")
    reply = chat.respond("a winter scent range on Dec 1")
    assert chat.brief.facts.launch.what == "a winter scent range"
    assert chat.brief.facts.launch.date == dt.date(2026, 12, 1)
    assert "fact:tips" in chat.dialogue.declined
    assert chat.dialogue.asked is None  # every fact told or skipped: nothing more to ask
    assert "Anything new coming up" not in reply.text


def test_any_fact_can_be_skipped_and_all_of_them_at_once():
    chat = ready()
    reply = chat.respond("skip")
    assert "skipping the problem" in reply.text and "How did it start" in reply.text
    assert "fact:problems" in chat.dialogue.declined
    reply = chat.respond("no more questions please")
    assert "Posts get more specific" not in reply.text and "?" not in reply.text.split("Got it:")[-1]
    assert chat.brief.facts.story == [] and chat.brief.facts.problems == []
    reply = chat.respond("we're on tiktok too")
    assert chat.brief.platforms == ["instagram", "tiktok"]
    assert "Posts get more specific" not in reply.text and chat.dialogue.asked is None
