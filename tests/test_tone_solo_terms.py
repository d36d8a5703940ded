"""Blind read 15 (2026-12-04-o): a nerdy, a warm and a cheeky tone read in the templates'
neutral voice; a one-teacher course said "the team"; a launch dated just after the plan had
no reminder near its day; an offer for weekday bookings had its last calls on a weekend.
Here: the voices change the words (openers, asks, sign-offs), a tone we cannot read stays
neutral; ``solo`` (or "it's just me" typed) makes posts say I and my; a launch just after
the plan is reminded of the day before; ``[offer] condition`` is said in offer posts and
keeps the last call on a day it allows. The businesses below are made up for these tests."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pytest

from planner.domain.brief import brief_from_dict, brief_to_dict
from planner.errors import PlannerError
from planner.planning.conditions import (
    allowed_day,
    condition_line,
    last_call_days,
    with_condition,
)
from planner.planning.lint import lint_calendar
from planner.planning.openers import _ASK_OWN, _FOLLOW, _OWN, _OWN_LEADS
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.tone import register_for_tone, voice_for_tone
from planner.planning.wording import is_solo
from tests.brief_helpers import chat, read

_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")

#: a bindery that posts four times a week, with a launch the day after the plan ends
BINDERY = {
    "product": "Marrowgate hand-bound journals", "brand": "Marrowgate Bindery",
    "description": "A5 journals sewn by hand with waxed linen thread, 120gsm ivory paper, lay-flat spines",
    "platforms": ["instagram", "facebook"], "url": "https://marrowgate.example",
    "posts_per_week": 4, "start": dt.date(2027, 3, 1), "weeks": 4, "country": "GB",
    "problems": ["journals whose spines crack and shed pages"],
    "tips": ["Open a new journal in the middle first and press gently along the spine."],
    "differentiators": ["every signature sewn on a frame, never glued"],
    "story": ["The bindery began on a kitchen table in Hexham in 2018."],
    "launch": {"what": "a pocket-size field journal", "date": dt.date(2027, 3, 29)},
    "offer": {"code": "INK10", "discount": "10% off", "starts": dt.date(2027, 3, 8),
              "ends": dt.date(2027, 3, 21)},
}
TONES = {
    "neutral": "",
    "nerdy": "nerdy, we love the specs",
    "warm": "warm and proud, like nan's kitchen, no fancy words",
    "cheeky": "cheeky, a bit dark",
    "formal": "formal and professional",
}


@lru_cache(maxsize=None)
def _plan(tone: str, **extra):
    brief = brief_from_dict(dict(BINDERY) | {"tone": tone} | extra)
    return brief, plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]


def _first_lines(cal) -> list[str]:
    return [p.text.strip().split("\n", 1)[0] for p in cal.posts]


# ---- reading the tone ---------------------------------------------------------------------

@pytest.mark.parametrize("tone, register", [
    ("nerdy", "nerdy"), ("geeky and technical", "nerdy"), ("precise, spec-obsessed", "nerdy"),
    ("warm, like my grandmother's kitchen", "warm"), ("warm and proud, no fancy words", "warm"),
    ("homely, family feel", "warm"), ("friendly, not salesy", "warm"), ("no fancy words", "warm"),
    ("cheeky, a bit dark", "cheeky"), ("irreverent, dark humour", "cheeky"),
    ("sarcastic but kind to customers", "cheeky"),
    ("formal", "formal"), ("professional, no fluff", "formal"), ("no fluff", "direct"),
    ("", "neutral"), ("lilac and seaweed", "neutral"), ("whatever works", "neutral"),
])
def test_owners_tone_words_land_on_a_voice(tone, register):
    assert register_for_tone(tone) == register


def test_an_unreadable_tone_falls_back_quietly_to_the_neutral_voice():
    brief, cal = _plan("lilac and seaweed")
    _, neutral = _plan("")
    assert voice_for_tone("lilac and seaweed") == "warm"
    assert [p.text for p in cal.posts] == [p.text for p in neutral.posts]


# ---- each voice changes the words -----------------------------------------------------------

def _own_words(register: str) -> set[str]:
    # (... and its leads for a fact told again: a calendar that opens on the brief's facts
    # speaks in its voice there too)
    lines = [*_FOLLOW[register],
             *(line for kind in _OWN[register].values() for line in kind),
             *(line for kind in _OWN_LEADS.get(register, {}).values() for line in kind)]
    return {line.rstrip(".!:") for line in lines}


@pytest.mark.parametrize("register", ["nerdy", "warm", "cheeky", "formal"])
def test_each_voice_writes_other_openers_and_asks_than_neutral(register):
    _, neutral = _plan(TONES["neutral"])
    _, voiced = _plan(TONES[register])
    openers = set(_first_lines(voiced)) - set(_first_lines(neutral))
    ctas = {p.cta for p in voiced.posts} - {p.cta for p in neutral.posts}
    # (one at least since session 41: a fact told again behind a lead within a week is held
    # back, so the voices' retelling leads open fewer posts)
    assert len(openers) >= 1, _first_lines(voiced)
    # (one at least since session 41: the posts that told a fact again behind a voice's lead
    # within a week are held back, and with them some of the voice's own asks)
    assert len(ctas) >= 1, [p.cta for p in voiced.posts]
    if register != "formal":
        # lines of the voice's own, each said once in the calendar
        text = "\n".join(p.text for p in voiced.posts)
        # (one at least: since session 29 a fact, an offer's condition and a referral are told
        # again less often, in frames of their own, and a voice's retelling leads come up less)
        said = [w for w in _own_words(register) if w in text]
        assert len(said) >= 1, said
        for line in said:
            assert len(re.findall(r"(?m)^" + re.escape(line), text)) <= 1, line


def test_a_bare_ask_to_buy_is_said_in_the_voice():
    _, cal = _plan(TONES["cheeky"])
    stems = [o.split("{")[0] for o in _ASK_OWN["cheeky"]]
    assert any(p.cta.startswith(tuple(s for s in stems if s)) for p in cal.posts), \
        [p.cta for p in cal.posts]


def test_formal_has_no_emoji_and_no_exclamation():
    _, cal = _plan(TONES["formal"])
    for post in cal.posts:
        assert "!" not in post.text and not _EMOJI.search(post.text), post.text
        assert not re.search(r"(?i)\b(?:you're|we're|we've|it's)\b", post.cta), post.cta


def test_voiced_calendars_are_clean_and_deterministic():
    for register in ("nerdy", "warm", "cheeky"):
        brief, cal = _plan(TONES[register])
        again = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]
        assert [p.text for p in again.posts] == [p.text for p in cal.posts]
        assert not [f for f in lint_calendar(cal, brief) if "repeat" in str(f).lower()]


# ---- one person ----------------------------------------------------------------------------

def test_a_solo_brief_says_i_and_never_the_team():
    brief, cal = _plan("warm", solo=True)
    assert is_solo(brief)
    text = "\n".join(p.text + "\n" + p.title for p in cal.posts)
    assert not re.search(r"(?i)\b(?:the|our)(?: \w+)? team\b", text), text
    assert not re.search(r"\b(?:we|We|our|Our|us)\b", text), \
        [ln for ln in text.splitlines() if re.search(r"\b(?:we|We|our|Our|us)\b", ln)]
    assert re.search(r"\b(?:I|my|me|My)\b", text)


def test_solo_is_read_from_the_brief_key_or_its_sentences():
    assert brief_from_dict({"product": "pottery", "solo": True}).facts.solo is True
    assert not is_solo(brief_from_dict({"product": "pottery", "solo": False,
                                        "description": "I throw every bowl myself"}))
    # an old brief with no key: its own sentences decide, as before
    assert is_solo(brief_from_dict({"product": "pottery", "description": "I throw every bowl myself"}))
    assert brief_to_dict(brief_from_dict({"product": "pottery", "solo": True}))["solo"] is True
    assert "solo" not in brief_to_dict(brief_from_dict({"product": "pottery"}))
    with pytest.raises(PlannerError, match="solo"):
        brief_from_dict({"product": "pottery", "solo": "yes"})


@pytest.mark.parametrize("text, solo", [
    ("hand-dyed sock yarn on Etsy, it's just me", True),
    ("I'm a one-woman shop selling beeswax wraps", True),
    ("I teach online cello lessons for grown-ups", True),
    ("sourdough bakery, a team of four of us", False),
    ("we sell garden trugs made in Sussex", None),
])
def test_planner_brief_reads_solo_from_free_text(text, solo):
    assert read(text).facts.solo is solo


# ---- a launch just after the plan ------------------------------------------------------------

def test_a_launch_the_day_after_the_plan_is_reminded_of_the_day_before():
    brief, cal = _plan("")
    launch = brief.facts.launch
    assert cal.end == launch.date - dt.timedelta(days=1)
    reminders = [p for p in cal.posts if p.template == "awareness/launch-reminder"]
    assert reminders and reminders[0].date == cal.end, [(p.date, p.template) for p in cal.posts]
    assert "tomorrow" in reminders[0].text.lower() and "field journal" in reminders[0].text
    assert reminders[0].platform in brief.platforms
    teasers = [p for p in cal.posts if p.template == "awareness/launch-teaser"]
    assert teasers, "the teaser still goes out before it"
    assert all(_first_lines_of(t) != _first_lines_of(reminders[0]) for t in teasers)


def _first_lines_of(post) -> str:
    return post.text.strip().split("\n", 1)[0]


def test_a_launch_inside_the_plan_is_told_on_its_day():
    brief = brief_from_dict(dict(BINDERY) | {"launch": {"what": "a pocket-size field journal",
                                                         "date": dt.date(2027, 3, 24)}})
    cal = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]
    assert any(p.date == dt.date(2027, 3, 24) and "field journal" in p.text for p in cal.posts)


# ---- an offer's condition ------------------------------------------------------------------------

#: a physio clinic whose offer is for weekday bookings and ends on a Sunday
CLINIC = {
    "product": "Larchfield sports massage", "brand": "Larchfield Physio", "kind": "service",
    "description": "sports massage and injury rehab in Preston, 45-minute sessions",
    "platforms": ["instagram", "facebook"], "url": "https://larchfield.example/book",
    "posts_per_week": 4, "start": dt.date(2027, 1, 4), "weeks": 3, "country": "GB",
    "offer": {"code": "MIDWEEK20", "discount": "20% off", "starts": dt.date(2027, 1, 4),
              "ends": dt.date(2027, 1, 17), "condition": "on weekdays only"},
}


def test_a_weekday_offer_says_so_and_its_last_call_is_on_a_weekday():
    brief = brief_from_dict(CLINIC)
    cal = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]
    assert last_call_days(brief) == (dt.date(2027, 1, 15), dt.date(2027, 1, 14))
    offer_posts = [p for p in cal.posts if "MIDWEEK20" in p.text and p.date <= brief.offer.ends]
    assert offer_posts
    for post in offer_posts:
        assert "valid on weekdays only" in post.text.lower(), post.text
    late = [p for p in offer_posts if (brief.offer.ends - p.date).days <= 3]
    assert late and all(p.date.weekday() < 5 for p in late), [(p.date, p.platform) for p in late]
    # every platform is reminded on a last-call day, and the critic agrees
    assert {p.platform for p in late if p.date in last_call_days(brief)} == set(brief.platforms)
    assert not [f for f in lint_calendar(cal, brief) if "48 hours" in str(f)]
    # a thank-you after the offer does not repeat its terms
    assert all("valid on" not in p.text.lower() for p in cal.posts if p.date > brief.offer.ends)


def test_without_a_condition_the_last_call_keeps_its_last_two_days():
    data = dict(CLINIC) | {"offer": {k: v for k, v in CLINIC["offer"].items() if k != "condition"}}
    brief = brief_from_dict(data)
    assert last_call_days(brief) == (dt.date(2027, 1, 17), dt.date(2027, 1, 16))
    assert allowed_day(brief, dt.date(2027, 1, 16))


def test_condition_sentences_and_placement():
    assert condition_line("on weekdays only") == "The offer is valid on weekdays only."
    assert condition_line("first order only") == "The offer is valid on your first order only."
    assert condition_line("new clients only") == "The offer is valid for new clients only."
    assert condition_line("orders over £40") == "The offer is valid on orders over £40."
    text = "Code PLUM5 takes 5% off.\nUntil 3 May.\n\nShop: link in bio"
    said = with_condition(text, "Shop: link in bio", "on orders over £40", "PLUM5", "5% off")
    assert said == "Code PLUM5 takes 5% off.\nUntil 3 May.\nThe offer is valid on orders over £40.\n\nShop: link in bio"
    # said once only
    assert with_condition(said, "Shop: link in bio", "on orders over £40", "PLUM5", "5% off") == said


def test_the_condition_key_is_kept_and_checked():
    brief = brief_from_dict(CLINIC)
    assert brief_to_dict(brief)["offer"]["condition"] == "on weekdays only"
    with pytest.raises(PlannerError, match="offer.condition"):
        brief_from_dict(dict(CLINIC) | {"offer": dict(CLINIC["offer"], condition=3)})


@pytest.mark.parametrize("text, condition", [
    ("20% off massages booked on a weekday with code MIDWEEK20", "on weekdays only (Monday to Friday)"),
    ("code HELLO15 for 15% off, first order only", "on your first order only"),
    ("10% off orders over £40 with code LOAF10, free delivery on orders over £25", "on orders over £40"),
    ("New clients only: 25% off a first consultation with code NEW25", "for new clients only"),
    ("15% off everything with code SPRING15 until 30 April", ""),
])
def test_planner_brief_reads_the_offer_condition(text, condition):
    brief = read(text)
    assert brief.offer is not None and brief.offer.condition == condition


def test_a_condition_alone_makes_no_offer():
    assert read("we're open weekdays only, glass repairs in Dundee").offer is None


def test_the_chat_reads_solo_and_the_offer_condition_from_typed_messages():
    session = chat("I make leather dog collars in Cardiff, it's just me in a tiny workshop",
                   "on instagram and facebook",
                   "15% off with code PUPPY15 until 30 April, first order only")
    brief = session.brief
    assert brief.facts.solo is True
    assert brief.offer is not None and brief.offer.code == "PUPPY15"
    assert brief.offer.condition == "on your first order only"
    # and a later message keeps the condition on the offer it belongs to
    session.respond("actually the code is for new customers only")
    assert session.brief.offer.condition == "for new customers only"
