"""Awareness posts a manager would publish, after blind read 31 (2026-12-06-d, s32 helper b):
a launch's sentence is said once a day, not on three platforms word for word; a person who
joins is met, never "looked after" or cut off after a comma; no "at last" on a platform that
never had the teaser; a brief that gives only the goods' name says where to buy them, never
"photographed from above"; a bold card says its fact without a brochure question; a Pin's
title names the goods, not the light. Every brief here is our own, never a read's."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import brief_from_dict
from planner.planning.openers import _OWN
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

#: a bakery's bag with an add-on launched on three platforms, its price inside the line
BREAD = {
    "product": "weekly sourdough bread bag", "brand": "Korst", "kind": "product",
    "description": "a paper bag of two sourdough loaves baked on Friday night in our Utrecht "
                   "bakery, picked up on Saturday morning",
    "audience": "households in Utrecht who want real bread", "tone": "warm, friendly",
    "platforms": ["facebook", "instagram", "tiktok"], "sells_on": ["website"],
    "url": "https://korst.example", "country": "NL", "posts_per_week": 5,
    "start": dt.date(2027, 3, 1), "weeks": 4,
    "differentiators": ["the dough rests for 36 hours before it is baked"],
    "problems": ["supermarket bread that goes stale by Tuesday"],
    "launch": {"what": "rye add-on: two dark rye loaves for €9 on top of any bag",
               "date": dt.date(2027, 3, 15)},
}

#: a barber's shop whose launch is a new barber, said as a sentence with her name first
BARBER = {
    "product": "haircuts and beard trims", "brand": "Schaar & Mes", "kind": "service",
    "description": "walk-in and booked haircuts and beard trims in our shop on the Oudegracht",
    "audience": "men in Utrecht", "tone": "warm, friendly",
    "platforms": ["instagram", "facebook", "threads"], "sells_on": ["website"],
    "url": "https://schaarenmes.example/book", "country": "NL", "posts_per_week": 5,
    "start": dt.date(2027, 3, 1), "weeks": 4, "action": "book",
    "launch": {"what": "Marta, our third barber, takes bookings for skin fades and hot towel "
                       "shaves", "date": dt.date(2027, 3, 15)},
}

#: nothing but the goods' name and two marketplaces
KEYRINGS = {"product": "hand-stitched leather keyrings", "platforms": ["instagram", "x"],
            "sells_on": ["etsy", "creema"], "posts_per_week": 3,
            "start": dt.date(2027, 5, 3), "weeks": 4}

#: a maker with differences and a Pinterest account, in a dry voice
TILES = {
    "product": "encaustic cement tiles", "brand": "Tegelhuis", "kind": "product",
    "description": "encaustic cement tiles poured by hand in our Gouda workshop, 20 x 20 cm, "
                   "sold by the square metre",
    "audience": "people redoing a hallway or a bathroom floor", "tone": "precise, dry",
    "platforms": ["instagram", "facebook", "pinterest", "x"], "sells_on": ["website"],
    "url": "https://tegelhuis.example", "country": "NL", "posts_per_week": 6,
    "start": dt.date(2027, 6, 7), "weeks": 4,
    "differentiators": ["each tile is pressed at 150 bar and cured for 28 days",
                        "the colour goes 4 mm deep, so it never wears off"],
}


def _posts(raw: dict, seed: int = 1):
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(), options=PlanOptions(seed=seed))
    return cal.posts


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 5]


def test_a_person_who_joins_is_met_not_looked_after():
    posts = [p for p in _posts(BARBER) if p.template.startswith("awareness/launch")]
    assert any(p.template == "awareness/launch-day" for p in posts)
    for p in posts:
        said = f"{p.title}\n{p.text}\n{p.visual}"
        assert "looks after Marta" not in said, said
        assert "our third barber, takes" not in said, said
        assert "first booking of Marta" not in said, said
        assert "Ready for you from today: Marta" not in said, said


def test_no_launch_lead_waits_for_a_teaser():
    for register, kinds in _OWN.items():
        for lead in kinds.get("launch", ()):
            assert "at last" not in lead, (register, lead)


def test_a_name_only_brief_says_where_not_the_photo():
    posts = _posts(KEYRINGS)
    for p in posts:
        assert "photographed" not in p.text, p.text
        assert "from above" not in p.text, p.text
        assert "What would you add" not in p.text + p.cta, p.text
    board = [p for p in posts if p.template == "awareness/mood-board-pin"]
    assert board and all("Etsy and Creema" in p.text for p in board), [p.text for p in board]


def test_a_bold_card_says_its_fact_without_a_brochure_question():
    for seed in (1, 2, 3):
        for p in _posts(TILES, seed):
            assert not re.search(r"Why choose|What sets .* apart|What do we do differently|"
                                 r"remember this", p.text), p.text


def test_a_pin_title_names_the_goods_not_the_light():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    brief, library, plats = brief_from_dict(TILES), TemplateLibrary(), load_platforms()
    t = library.templates["awareness/striking-still"]
    for seed in range(6):
        ctx = template_context(brief, plats["pinterest"], "pin", "", None, dt.date(2027, 6, 9))
        title = library.render(t, ctx, f"{seed}|pinterest").title
        assert "photographed" not in title, title
        assert "encaustic cement tiles" in title.lower(), title


def test_a_short_video_of_name_only_goods_says_the_name_once_and_plainly():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    brief, library, plats = brief_from_dict(KEYRINGS), TemplateLibrary(), load_platforms()
    t = library.templates["awareness/scroll-stopper-hook"]
    for seed in range(8):
        ctx = template_context(brief, plats["instagram"], "reel", "", None, dt.date(2027, 5, 5))
        text = library.render(t, ctx, f"{seed}|instagram").text
        assert "From us" not in text, text
        assert "real use" not in text, text
        assert "at speed" not in text, text
        assert text.lower().count("hand-stitched") + text.lower().count("by hand") <= 1, text
