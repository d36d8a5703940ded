"""Thin briefs say more of what they give, and never fill a slot by repeating a line.

Busy owners fill the brief form in a line each: a description typed as a list ("baths,
nail trims and deshedding, small and medium breeds, done in our van…"), an audience with
its areas. Blind read 15 found such calendars filled by three stock lines cycling through
most posts while the areas and kinds of customer the brief gave were never said, a price in
most posts, and a one-line brief's third week empty. Here three thin briefs made up for
these tests (a product, an in-person service, a digital product) and a one-line brief: each
part of the brief is told somewhere, in a sentence of ours; no sentence is in more than two
posts; every week has posts; and the plan's warning names the keys that fill the rest.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

import pytest

from planner.brief.dialogue import Dialogue
from planner.brief.interview import fact_to_fill, keys_to_fill
from planner.domain.brief import brief_from_dict
from planner.planning.lint import lint_calendar
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import retellings, thin_core, thin_facts, what_it_is_variants

LIB = TemplateLibrary()
START = dt.date(2027, 5, 3)

THIN = {
    "service": {
        "product": "mobile dog grooming", "kind": "service", "brand": "Lather Lane",
        "description": "baths, nail trims and deshedding, small and medium breeds, "
                       "done in our van outside your door",
        "audience": "busy dog owners and older owners in Rathmines, Ranelagh and Terenure",
        "platforms": ["facebook", "instagram"], "cadence": {"facebook": 2, "instagram": 2},
    },
    "product": {
        "product": "hand-thrown stoneware planters", "brand": "Kiln & Fern",
        "description": "three glazes, a drainage hole in every pot, 10cm to 30cm, "
                       "sold on Etsy and at our studio in Galway",
        "audience": "people with small flats and balcony gardens",
        "platforms": ["instagram", "pinterest", "tiktok"], "sells_on": ["etsy"],
        "cadence": {"instagram": 2, "pinterest": 1, "tiktok": 2},
    },
    "digital": {
        "product": "spreadsheet templates for freelancers", "kind": "digital",
        "brand": "Ledgerly",
        "description": "invoice tracker, tax set-aside sheet and client log, works in "
                       "Google Sheets and Excel, delivered by email",
        "audience": "freelance designers and writers",
        "platforms": ["linkedin", "x", "threads"], "cadence": {"linkedin": 2, "x": 2, "threads": 1},
    },
}
#: the words of each part of the brief, one of which a post must say for the part to be told
PARTS = {
    "service": [("baths", "nail trims"), ("small and medium breeds",), ("our van",),
                ("Rathmines",), ("older owners",)],
    "product": [("three glazes",), ("drainage hole",), ("10cm",), ("Etsy",), ("small flats",)],
    "digital": [("invoice tracker",), ("Google Sheets",), ("by email",),
                ("freelance designers",)],
}
ONE_LINE = {"product": "oat-milk soap bars", "platforms": ["instagram", "facebook"],
            "posts_per_week": 5}


def _brief(data):
    return brief_from_dict({"start": START, "weeks": 4} | data)


@lru_cache(maxsize=None)
def _plan(kind, seed=0):
    brief = _brief(THIN[kind] if kind in THIN else ONE_LINE)
    cal, warnings = plan_calendar(brief, LIB, options=PlanOptions(seed=seed))
    return brief, cal, warnings


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 3}


@pytest.mark.parametrize("kind", [*sorted(THIN), "one line"])
@pytest.mark.parametrize("seed", [0, 3])
def test_no_sentence_is_in_more_than_two_posts_and_every_week_has_posts(kind, seed):
    brief, cal, _ = _plan(kind, seed)
    counts = Counter(s for p in cal.posts for s in _sentences(p.text))
    assert [s for s, n in counts.items() if n > 2] == []
    weeks = Counter((p.date - START).days // 7 for p in cal.posts)
    if kind == "one line":
        # a brief of only what is sold gets one post a job, each in a week of its own (with
        # no link, no ask: how to order is not known)
        assert len(weeks) == min(4, len(cal.posts)) and len(cal.posts) >= 3, weeks
    else:
        # (three weeks of four at least since session 21: no sentence in two posts, and what
        # it is twice a calendar, so a thin brief's few lines fill fewer weeks; an empty week
        # rather than a post that says a line again)
        assert len(weeks) >= 3 and min(weeks) == 0, weeks
    # (two platforms at least since session 21: a platform of one post a week may get none
    # when the brief's few lines were told on the others, each once; a slot with no fact to
    # carry stays empty, blind read 20)
    assert {p.platform for p in cal.posts} <= set(brief.platforms)
    assert len({p.platform for p in cal.posts}) >= min(2, len(brief.platforms))
    assert [f.line() for f in lint_calendar(cal, brief) if f.post] == []


@pytest.mark.parametrize("kind", sorted(THIN))
def test_every_part_of_a_thin_brief_is_told_in_a_sentence_of_ours(kind):
    brief, cal, _ = _plan(kind)
    text = "\n".join(p.text for p in cal.posts)
    for words in PARTS[kind]:
        assert any(w in text for w in words), words
    # each part in a post of its own: no post says the description as typed, nor an
    # audience that gives its areas (who it is for and where are two posts)
    for post in cal.posts:
        assert brief.description not in post.text
        assert kind != "service" or brief.audience not in post.text
    # every post carries a part of the brief, never only what the business sells (since
    # blind read 20 a slot with no part left stays empty); a service: each part in a post of
    # its own (16, every slot, until session 21: no sentence in two posts, and what it is
    # twice a calendar, leave the rest empty)
    # (a part told a second time is in a sentence of its own since session 22, as no
    # sentence is in two posts: `retellings`)
    facts = thin_facts(brief) + [thin_core(brief)] + \
        [r for f in thin_facts(brief) for r in retellings(f, brief)]
    # (session 23: the slots left after every part is told take the fact-light jobs no post
    # did, a question or what followers would like to see, once each: blind reads 21-22
    # graded those a or b on sparse briefs, and a thin brief had fewer posts than a sparse one)
    jobs = [p for p in cal.posts if "/sparse-" in p.template]
    assert len({p.template for p in jobs}) == len(jobs)
    for post in cal.posts:
        # (case aside: a part told again after a lead of ours starts small, "Worth knowing:
        # our spreadsheet templates work in …", since session 41 lets a retelling a week on)
        assert post in jobs or any(f.rstrip(".").lower() in post.text.lower() for f in facts), post.text
    if kind == "service":
        assert len(cal.posts) >= len(PARTS[kind])


def test_thin_facts_are_sentences_each_about_one_thing():
    service, product, digital = (_brief(THIN[k]) for k in ("service", "product", "digital"))
    assert thin_core(service) == "We offer baths, nail trims and deshedding."
    assert thin_facts(service) == [
        "We work with small and medium breeds.",
        "It's all done in our van outside your door.",
        "We cover Rathmines, Ranelagh and Terenure.",
        "We work with busy dog owners and older owners.",
    ]
    # a list that opens with a fact of the goods ("three glazes") is no list of goods
    assert thin_core(product) == ""
    assert thin_facts(product)[:3] == [
        "Our stoneware planters come in three glazes.",
        "There's a drainage hole in every pot.",
        "Our stoneware planters come in sizes from 10cm to 30cm.",
    ]
    assert thin_core(digital) == "You get an invoice tracker, a tax set-aside sheet and a client log."
    assert "Our spreadsheet templates work in Google Sheets and Excel." in thin_facts(digital)
    # areas typed with commas only are said with "and"; a price is left to the price line
    areas = _brief({"product": "window cleaning", "kind": "service",
                    "audience": "offices and shops in Fairview, Clontarf, Marino",
                    "description": "ladders and poles, from €40 a visit", "platforms": ["x"]})
    assert "We cover Fairview, Clontarf and Marino." in thin_facts(areas)
    assert not any("€40" in s for s in thin_facts(areas))


def test_what_it_is_reads_as_a_person_says_it():
    service = _brief({"product": "gutter clearing", "kind": "service", "platforms": ["x"]})
    assert what_it_is_variants(service) == [
        "We offer gutter clearing.", "Gutter clearing is what we do.",
        "Day to day, we do gutter clearing.", "Need gutter clearing? That's us."]
    goods = _brief({"product": "beeswax candles", "platforms": ["x"]})
    assert what_it_is_variants(goods)[1:3] == ["Beeswax candles are what we sell.",
                                               "Here, it's all about beeswax candles."]
    app = _brief({"product": "habit tracker app", "kind": "digital", "brand": "Streakly",
                  "platforms": ["x"]})
    assert what_it_is_variants(app)[1] == "A habit tracker app is what we make."
    for brief in (service, goods, app):
        for line in what_it_is_variants(brief):
            assert "In short" not in line and "in a line" not in line, line


def test_the_plan_names_the_keys_that_fill_its_empty_slots_most_useful_first():
    brief, cal, warnings = _plan("one line")
    asked = 5 * 4
    lines = [w for w in warnings if "slots are empty" in w]
    assert len(lines) == 1, warnings
    empty = asked - len(cal.posts)
    assert lines[0].startswith(f"{empty} of {asked} slots are empty"), lines[0]
    assert "(description, problems, tips, faqs, story, differentiators)" in lines[0], lines[0]
    assert cal.extra["plan"]["empty_slots"] == empty
    # (one line names the keys: the few-facts note would say them again)
    assert not any(w.startswith("the brief gives few facts") for w in warnings)
    # a service without an audience: its areas and customers come second
    service = _brief({"product": "chimney sweeping", "kind": "service", "platforms": ["x"]})
    assert keys_to_fill(service)[:3] == ["description", "audience", "problems"]
    assert keys_to_fill(_brief(THIN["service"]))[:2] == ["problems", "tips"]


def test_the_chat_asks_for_the_most_useful_missing_fact_first():
    dialogue = Dialogue()
    service = _brief({"product": "chimney sweeping", "kind": "service", "platforms": ["x"]})
    assert fact_to_fill(service, dialogue).startswith("Describe it in a line")
    assert dialogue.asked == "description"
    dialogue.declined.add("description")
    assert fact_to_fill(service, dialogue).startswith("Who are your customers, and where")
    assert dialogue.asked == "audience"
    dialogue.declined.add("audience")
    assert "What problem does it solve" in fact_to_fill(service, dialogue)
    assert dialogue.asked == "fact:problems"
