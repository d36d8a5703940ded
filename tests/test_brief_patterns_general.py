"""General patterns of the free-text brief parser, continued (``test_brief_patterns.py`` is
full): rules found by studying why messages written blind, by someone who never saw the
parser, were misread. Each is tested on phrasings of its own, never the benchmark's."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.brief import Dialogue, parse_brief_text
from planner.chat.session import ChatSession
from planner.domain.brief import Brief

TODAY = dt.date(2026, 11, 2)


def read(text: str, brief: Brief | None = None, asked: str | None = None):
    dialogue = Dialogue(asked=asked)
    return parse_brief_text(text, brief, dialogue, today=TODAY).brief


def chat(*messages: str) -> ChatSession:
    session = ChatSession()
    session.today = TODAY
    for message in messages:
        session.respond(message)
    return session


# ---- generalising past the phrasings tuned on (names, emoji, typos, days) ---------------------

@pytest.mark.parametrize("text,brand,product", [
    # a name may start with any capital letter, accented ones too
    ("Ébène & Fils - we carve ebony combs", "Ébène & Fils", "ebony combs"),
    ("Øyvind Knits - chunky wool scarves", "Øyvind Knits", "chunky wool scarves"),
    # an emoji after a name sets it off as a dash would
    ("Harbour Loaf 🍞 we bake sourdough", "Harbour Loaf", "sourdough"),
    ("we're Fox Den 🦊 vintage denim jackets", "Fox Den", "vintage denim jackets"),
    # ... and elsewhere it is a space: a verb or a list carries on past it
    ("we sell 🧁 cupcakes and cookies", "", "cupcakes and cookies"),
    ("i knit scarves 🧣 and hats", "", "scarves and hats"),
])
def test_names_and_emoji(text, brand, product):
    brief = read(text)
    assert (brief.brand, brief.product) == (brand, product)


@pytest.mark.parametrize("text,platforms", [
    # a platform's name with a letter wrong, missing or swapped is still the platform
    ("we post on instagarm and pintrest", ["instagram", "pinterest"]),
    ("facebok only", ["facebook"]),
    ("youtbe and twiter", ["youtube", "x"]),
    # a word a letter away from a platform, starting with another letter, is not one
    ("my interests are pottery and glazes", ["instagram"]),
])
def test_platform_names_with_typos(text, platforms):
    assert read(text).platforms == platforms


def test_a_promo_code_is_never_the_brand():
    brief = read("we're running SNOW20 for 20% off this week")
    assert (brief.brand, brief.offer.code) == ("", "SNOW20")


@pytest.mark.parametrize("text,per_week,platforms", [
    # days listed with spaces only
    ("tue thu sat on pinterest", 3, ["pinterest"]),
    # a day left out is taken off, and is no platform left out
    ("post every day except mondays on tiktok", 6, ["tiktok"]),
    ("daily apart from weekends", 5, ["instagram"]),
    ("not on weekends please, linkedin", 5, ["linkedin"]),
])
def test_days_said(text, per_week, platforms):
    brief = read(text)
    assert (brief.posts_per_week, brief.platforms) == (per_week, platforms)


def test_two_bare_day_words_that_are_words_too_are_no_list():
    assert read("the sun sat low over the workshop").posts_per_week == 5


@pytest.mark.parametrize("text,tone", [
    # the tone said before the word "tone"
    ("we'd love a warm, chatty tone", "warm, chatty"),
    ("something calm yet confident voice wise", "calm yet confident"),
    ("gentle tone pls", "gentle"),
    # ... and straight after it
    ("tone casual", "casual"),
])
def test_tone_said_around_the_word(text, tone):
    assert read(text).tone == tone


@pytest.mark.parametrize("text,audience", [
    # any people the seller has ("our members are…") are who buys
    ("our members are retired teachers", "retired teachers"),
    ("my pupils are adult beginners", "adult beginners"),
    ("we sell cv templates for job seekers", "job seekers"),
    # who gets an offer is not who buys
    ("15% off for first-time customers", ""),
])
def test_people_who_buy(text, audience):
    assert read(text).audience == audience


@pytest.mark.parametrize("text,country,brand", [
    # a town, then its country
    ("we're a small shop in porto, portugal", "PT", ""),
    # where the business is from, said with its people's name
    ("we're an Irish brand", "IE", ""),
    ("we're Dutch, we sell bikes", "NL", ""),
    # a cuisine, or a product's origin, is not where the seller is
    ("we're a Mexican restaurant in leeds", "", ""),
    ("we sell Greek yoghurt", "", ""),
])
def test_the_country(text, country, brand):
    brief = read(text)
    assert (brief.country, brief.brand) == (country, brand)
