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


#: a bike-fitting studio whose problem says "the minute" and whose description "120 minutes"
_FITTING = {
    "product": "bike fitting", "kind": "service", "brand": "Zadelwerk",
    "description": "a full bike fitting in our workshop in Utrecht-Lombok, 120 minutes, "
                   "pressure mapping of the saddle, cleat and bar adjustments, a printed fit "
                   "sheet to take home, €185",
    "tone": "friendly, a bit cheeky, emoji ok",
    "platforms": ["threads", "instagram", "tiktok"], "url": "https://zadelwerk.nl/boek",
    "action": "book",
    "problems": ["knees that start aching the minute the road goes uphill",
                 "numb hands after an hour on the bike"],
    "differentiators": ["we watch you ride on your own bike, not a jig"],
}


def _problem_posts(raw: dict):
    from planner.domain.brief import brief_from_dict
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context
    from planner.planning.render import TemplateLibrary

    brief, lib, plats = brief_from_dict(raw), TemplateLibrary(), load_platforms()
    t = lib.get("awareness/name-the-problem")
    for pid in brief.platforms:
        fmt = next(f for f in t.formats if f in plats[pid].formats)
        for problem in brief.facts.problems:
            ctx = template_context(brief, plats[pid], fmt, "", {"problem": problem},
                                   dt.date(2027, 1, 6))
            for seed in range(4):
                yield problem, lib.render(t, ctx, f"{seed}|{pid}|{problem}").text


def test_a_problem_s_time_words_are_not_answered_by_a_length_of_time():
    # (blind read 29: "Still buying a foundation that looks grey on you the minute you step
    # outside? It lasts 90 minutes." read as the foundation lasting 90 minutes)
    seen = 0
    for problem, text in _problem_posts(_FITTING):
        seen += 1
        assert "120 minutes" not in text, (problem, text)
    assert seen


#: a tea shop giving away a year of tea on three platforms
_TEA = {
    "product": "loose-leaf oolong teas", "kind": "product", "brand": "Cha Lan Hao",
    "description": "oolong from two family gardens in Nantou, roasted in small batches in our "
                   "shop in Taichung, 100 g tins from NT$450",
    "tone": "warm and a little playful",
    "platforms": ["instagram", "tiktok", "threads"], "posts_per_week": 5,
    "url": "https://chalanhao.tw",
    "giveaway": "a tin a month for a year, sent to your door",
    "giveaway_ends": dt.date(2027, 1, 24),
    "giveaway_rules": "https://chalanhao.tw/giveaway",
}


def _giveaway_lines(raw: dict, seeds=(1,)) -> list[tuple[str, str]]:
    cal = plan(raw, weeks=4)
    return [(p.platform, line) for p in cal.posts if p.tactic == "follow giveaway"
            for line in p.text.splitlines() if line.strip() and not line.startswith("#")]


def test_a_giveaway_s_lines_end_on_a_stop_and_its_prize_is_not_from_us_again():
    # (blind read 29: "How to enter: follow Palette Room, like this post and reply" with no
    # full stop, twice on Threads; "three months of the Braai plan, delivered to your door
    # from us" and "our analysis: a couple session … from us")
    lines = _giveaway_lines(_TEA)
    assert any(p == "threads" for p, _ in lines), lines
    for platform, line in lines:
        assert not line.rstrip(" ⏳🎉📅✨").endswith(" from us."), (platform, line)
        if line.startswith(("How to enter", "To enter", "Entering is easy")):
            assert line.rstrip()[-1] in ".!?", (platform, line)
