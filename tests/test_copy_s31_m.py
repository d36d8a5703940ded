"""Session 31: what a course is called is one vocabulary (``wording.COURSE_WORDS``), so a
product line in the plural ("masterclasses", "workshops", "bootcamps") is a course wherever the
copy asks, and a thin course brief's topic is learned ("You learn how to …"), never handed over
("You get a how to …")."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from planner.planning.facts_said import _course_noun
from planner.planning.sparse import _LEARNED
from planner.planning.wording import _COURSE_TAIL
from tests.calendar_helpers import posts

#: a thin course brief: a product line and a description whose parts are topics
GLASS = {
    "product": "Online stained glass masterclasses", "brand": "Leadline Studio",
    "kind": "digital",
    "description": "10 video lessons, how to cut glass without breaking it, foiling and "
                   "soldering, fitting a finished panel in a window",
    "platforms": ["instagram", "youtube"], "posts_per_week": 3,
    "url": "https://leadline.example/learn",
}


@pytest.mark.parametrize("word", ["course", "courses", "class", "classes", "lesson", "lessons",
                                  "programme", "programmes", "program", "masterclass",
                                  "masterclasses", "tutorial", "workshops", "bootcamps"])
def test_every_test_for_a_course_knows_the_same_words(word):
    assert _course_noun(f"weekend glass {word}")
    assert _LEARNED.match(word)
    assert _COURSE_TAIL.search(f"glass {word}")


@pytest.mark.parametrize("line", ["classic glass cutters", "a set of lessonboards", "programmers' mugs"])
def test_a_word_that_only_starts_like_one_is_no_course(line):
    assert not _course_noun(line)


def test_a_thin_course_brief_teaches_its_topics():
    text = "\n".join(p.text for p in posts(GLASS, weeks=2))
    assert "You learn how to cut glass without breaking it." in text
    assert not re.search(r"(?i)\ba how to\b", text)
    # the plural product line is a course: asked of as learning, never "used"
    assert "Have you ever used Online stained glass" not in text


def test_a_course_title_is_never_what_is_learned():
    titled = {**GLASS, "product": "Vidro que Brilha online course", "brand": "Ateliê Lume"}
    text = "\n".join(p.text for p in posts(titled, weeks=4))
    assert "learned Vidro que Brilha" not in text


#: towns named by the audience and by free shipping alike, with an offer
VEG = {
    "product": "weekly organic veg box", "brand": "Firth Roots",
    "description": "seasonal veg from three farms in East Lothian, small box £16, large box £24",
    "audience": "busy households in Leith, Portobello and Musselburgh who want to cook more veg",
    "free_shipping": "in Leith, Portobello and Musselburgh",
    "platforms": ["instagram", "facebook"], "posts_per_week": 3, "action": "subscribe",
    "url": "https://firthroots.example",
    "offer": {"code": "FIRSTBOX", "discount": "25% off your first box",
              "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 24)},
}


def test_free_shipping_naming_the_audiences_towns_is_a_fact_not_the_audience_pasted():
    # (read 31: every conversion post of a fish-box calendar was turned down as "the
    # audience pasted" for its free-shipping line, and the offer's code was in no post)
    cal = posts(VEG, weeks=3)
    assert [p for p in cal if p.stage == "conversion"]
    assert any("FIRSTBOX" in p.text for p in cal)
    assert any("Leith, Portobello and Musselburgh" in p.text for p in cal)
