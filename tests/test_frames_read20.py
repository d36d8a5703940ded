"""Frames with nothing in them, and what a post opens on (blind read 20).

A medium brief (a few tips, a question answered, two problems) got half its calendar from
fact-light templates that only said what the business sells ("Windscreen repair is what we
do.") around lines that announce the post ("Questions first, decisions later.", "One post,
one thing to know: where to book."), a checklist of three things never answered and
"getting started" steps the brief never gave. The briefs here are made up for these tests.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from functools import lru_cache

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import thin_facts

LIB = TemplateLibrary()
START = dt.date(2027, 3, 1)

#: a medium brief: a service with two problems, two tips and an answered question
MEDIUM = {
    "product": "mobile bike fitting at your home", "kind": "service", "brand": "Saddlewise",
    "platforms": ["facebook", "instagram"], "country": "FR", "tone": "plain",
    "problems": ["sore knees after a long ride", "a bike bought online that never felt right"],
    "tips": ["Raise the saddle a few millimetres at a time, never a whole centimetre.",
             "Ride ten minutes before you judge a new position."],
    "faqs": [{"question": "Do I need a turbo trainer?",
              "answer": "No, we bring our own stand and tools."}],
    "cadence": {"facebook": 3, "instagram": 2},
}
#: a thin brief: a description typed as a list, and nothing else
THIN = {
    "product": "sourdough baking classes", "kind": "service", "brand": "Crumb Club",
    "description": "three-hour classes, six people at most, you take home a starter and "
                   "two loaves, held in our kitchen in Leith",
    "platforms": ["instagram", "facebook"], "cadence": {"instagram": 2, "facebook": 2},
}
#: lines that only announce what the post is
META = ("Questions first, decisions later", "That's what this post is for",
        "One post, one thing to know", "What we do, in one line", "New here? Hello",
        "Here's what you would be looking at", "in one post.", "No long story",
        "Where to book, in one post")


@lru_cache(maxsize=None)
def _plan(name: str, seed: int = 0):
    data = {"MEDIUM": MEDIUM, "THIN": THIN}[name]
    brief = brief_from_dict({"start": START, "weeks": 4} | data)
    return brief, plan_calendar(brief, LIB, options=PlanOptions(seed=seed))[0]


def test_a_brief_with_facts_of_its_own_gets_no_fact_light_post():
    for seed in (0, 1, 2):
        _, cal = _plan("MEDIUM", seed)
        assert cal.posts
        light = [p.template for p in cal.posts if LIB.get(p.template).last_resort]
        assert light == [], light


def test_a_fact_light_post_carries_a_part_of_the_brief():
    brief, cal = _plan("THIN")
    parts = [f.rstrip(".") for f in thin_facts(brief)]
    light = [p for p in cal.posts if LIB.get(p.template).last_resort]
    assert light
    for post in light:
        assert any(part in post.text for part in parts), post.text
        # never only what the business sells, said again
        assert "is what we do" not in post.text and "That's us" not in post.text, post.text


def test_no_post_opens_on_a_line_that_only_announces_it():
    for name in ("MEDIUM", "THIN"):
        _, cal = _plan(name)
        for post in cal.posts:
            assert not any(m in post.text for m in META), post.text


def test_no_template_of_the_library_holds_a_meta_line():
    root = pathlib.Path(LIB.get("awareness/who-we-are").path).parents[1]
    for path in root.rglob("*.j2"):
        text = path.read_text(encoding="utf-8")
        assert not any(m in text for m in META), (path.name, [m for m in META if m in text])


def test_the_unanswered_checklist_and_made_up_steps_left_the_library():
    ids = set(LIB.templates)
    assert "consideration/worth-knowing-first" not in ids
    assert "consideration/how-it-starts" not in ids
