"""Awareness posts after blind read 29 (s30, helper b): what a launch day, an introduction and
an eye-catching image give a follower to stop for. Every brief here is our own."""

from __future__ import annotations

import datetime as dt
import re

from tests.calendar_helpers import plan

#: a one-smith knife forge launching a small knife on a Wednesday, four platforms
_KNIVES = {
    "product": "kitchen knives forged from old files", "kind": "product",
    "brand": "Feilenschmiede Odenthal",
    "description": "each knife is forged by one smith from a worn-out steel file in a barn in "
                   "Odenthal, handles are local walnut, chef's knives from €140",
    "platforms": ["instagram", "facebook", "pinterest", "tiktok"], "posts_per_week": 6,
    "url": "https://feilenschmiede.de",
    "launch": {"what": "a 9 cm paring knife with a walnut handle, €65",
               "date": dt.date(2027, 1, 13)},
}

#: a small yoga studio adding a class on a Sunday, four platforms
_YOGA = {
    "product": "yoga classes", "kind": "service", "brand": "Studio Lindenhof",
    "description": "small yoga classes of eight people at most in a converted bakery in "
                   "Leipzig-Plagwitz, a drop-in class is €16",
    "platforms": ["instagram", "facebook", "tiktok", "threads"], "posts_per_week": 6,
    "url": "https://studio-lindenhof.de/buchen", "action": "book",
    "launch": {"what": "Sunday evening restorative classes, 18:00 to 19:15, for people who sit "
                       "at a desk all week", "date": dt.date(2027, 1, 17)},
}


def _first_sentence(visual: str) -> str:
    return re.split(r"(?<=[.;])\s", visual.strip(), maxsplit=1)[0].lower()


def test_every_platform_s_launch_post_shows_the_whole_new_thing_in_a_shot_of_its_own():
    # (blind read 29: the day's second and third launch posts were "Another shot of the subject
    # of the 29 January Facebook post: a close crop of one detail of it" on Instagram, where
    # followers never saw the whole pan, and "a real photo … getting ready for …" on two
    # platforms the same morning)
    for raw in (_KNIVES, _YOGA):
        day = raw["launch"]["date"]
        cal = plan(raw, weeks=3)
        launch = [p for p in cal.posts if p.date == day and p.stage == "awareness"
                  and p.tactic == "eye-catching image"]
        assert len(launch) >= 3, [(p.platform, p.text) for p in launch]
        for p in launch:
            assert "another shot of the subject" not in p.visual.lower(), (p.platform, p.visual)
            assert "close crop" not in p.visual.lower(), (p.platform, p.visual)
        firsts = [_first_sentence(p.visual) for p in launch]
        assert len(set(firsts)) == len(firsts), firsts
