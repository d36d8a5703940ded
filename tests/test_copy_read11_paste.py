"""Blind read 11 (reported): brief lines pasted into frames. A difference written as a
fragment is said with the thing as its subject, never "You get …" in front of it; event
titles with commas, discounts and names are said so a sentence can carry them."""

from __future__ import annotations

import pytest

from planner.planning.facts_said import difference_sentence


@pytest.mark.parametrize("fact, item, kind, formal, said", [
    ("beans from one farm near Huila, we visit every year", "coffee beans", "product", False,
     "Our beans come from one farm near Huila — we visit every year."),
    ("visits done before 8am so the shop can open on time", "window cleaning", "service", True,
     "The visits are done before 8am, so the shop can open on time."),
    ("old frame and glass kept, only the hinges replaced", "restored cabinets", "product", False,
     "The old frame and glass are kept; only the hinges are replaced."),
    ("free tote bag with the first order", "teas", "product", False,
     "There's a free tote bag with the first order."),
    ("every seam and buttonhole checked twice, not just the visible ones", "shirts", "product",
     False, "Every seam and buttonhole is checked twice, not just the visible ones."),
    ("24 months warranty on the motor", "e-bikes", "product", False,
     "There's a 24-month warranty on the motor."),
    ("smoked 12 hours, no sugar added", "smoked salts", "product", False,
     "Our salts are smoked 12 hours; no sugar is added."),
    ("blades sharpened by hand, handles oiled with linseed", "knives", "product", False,
     "The blades are sharpened by hand; the handles are oiled with linseed."),
    ("free returns within 30 days", "shoes", "product", False,
     "There are free returns within 30 days."),
])
def test_a_fragment_is_said_with_the_thing_as_its_subject(fact, item, kind, formal, said):
    out = difference_sentence(fact, item, kind, formal)
    assert out == said
    assert not out.startswith(("You get", "You receive"))


# ---- events, FAQs, names -----------------------------------------------------------------

import datetime as dt  # noqa: E402
import re  # noqa: E402

from planner.domain.brief import brief_from_dict  # noqa: E402
from planner.domain.platforms import load_platforms  # noqa: E402
from planner.planning.context import template_context  # noqa: E402
from planner.planning.needs import needs_met  # noqa: E402
from planner.planning.render import TemplateLibrary  # noqa: E402
from planner.planning.sequencing import offer_goods  # noqa: E402
from planner.planning.wording import mend, said_title, short_name  # noqa: E402

LIB = TemplateLibrary()
PLATS = load_platforms()


def _renders(template_id, brief, day, facts=None, platforms=None, part="text"):
    """``part`` of every render of the template on each platform and format it suits, eight
    seeds each."""
    t = LIB.get(template_id)
    assert needs_met(t, brief, day), template_id
    out = []
    for pid in platforms or brief.platforms:
        if not t.suits(pid):
            continue
        plat = PLATS[pid]
        for fmt in [f for f in t.formats if f in plat.formats]:
            ctx = template_context(brief, plat, fmt, "", facts or {}, day)
            for seed in range(8):
                out.append(getattr(LIB.render(t, ctx, f"{seed}|{pid}|{fmt}|{template_id}"), part))
    return out


def _pottery(**more):
    return brief_from_dict({
        "product": "hand-thrown stoneware mugs", "brand": "Kiln Nine", "kind": "product",
        "audience": "people who drink a lot of tea", "url": "https://kilnnine.example",
        "platforms": ["instagram", "facebook", "x", "threads"], "start": dt.date(2027, 5, 3),
        "weeks": 4, "posts_per_week": 4} | more)


def test_an_event_title_with_a_comma_is_a_name_and_a_detail():
    assert said_title("Glazing for beginners, free online class") \
        == "Glazing for beginners (free online class)"
    assert said_title("Tea, cake and pots") == "Tea, cake and pots"  # a list stays whole
    assert said_title("Webinar: kiln safety, part 2") == "our webinar, ‘Kiln safety, part 2’"
    brief = _pottery(events=[{"title": "Glazing for beginners, free online class",
                              "when": dt.datetime(2027, 5, 12, 19, 0), "platform": "instagram"}])
    texts = _renders("consideration/live-workshop", brief, dt.date(2027, 5, 11)) \
        + _renders("consideration/live-today", brief, dt.date(2027, 5, 12))
    assert texts
    for text in texts:
        # the comma of the title never runs on into the date: "…, free online class, tomorrow"
        assert "beginners, free" not in text, text
        assert not re.search(r"(?i)class(?: starts| is) ", text), text


def test_an_evening_event_is_not_this_evening_twice_and_a_plural_title_takes_no_is():
    brief = _pottery(events=[
        {"title": "Open evening at the studio", "when": dt.datetime(2027, 5, 12, 18, 0),
         "place": "12 Mill Lane, Leeds"},
        {"title": "Free throwing demos at the market stall", "when": dt.datetime(2027, 5, 20, 9, 0),
         "place": "Kirkgate Market, Leeds"}])
    evening = _renders("consideration/live-today", brief, dt.date(2027, 5, 12))
    morning = _renders("consideration/live-today", brief, dt.date(2027, 5, 20))
    assert evening and morning
    for text in evening:
        assert "this evening" not in text.lower(), text
    for text in morning:
        assert not re.search(r"(?i)stall is ", text), text
    for text in _renders("consideration/live-workshop", brief, dt.date(2027, 5, 10)):
        # "Open evening…, at 12 Mill Lane, Leeds. Wednesday…": no comma before the place
        assert ", at 12 Mill Lane" not in text, text


def test_a_faq_is_never_pasted_as_if_we_asked_ourselves():
    brief = _pottery(faqs=[{"question": "Do you take wholesale orders?",
                            "answer": "yes, from 24 mugs, with an invoice"}])
    for tid in ("consideration/faq-answered", "conversion/answer-then-link", "loyalty/first-week-guide"):
        texts = _renders(tid, brief, dt.date(2027, 5, 4))
        assert texts, tid
        for text in texts:
            assert not text.startswith("Do you take"), (tid, text)


def test_an_offer_that_names_its_scope_gets_no_on_our_goods():
    brief = _pottery(offer={"code": "MUG10", "discount": "10% off everything",
                            "starts": dt.date(2027, 5, 10), "ends": dt.date(2027, 5, 16)})
    assert offer_goods(brief, "stoneware mugs")["named"]
    brief = _pottery(offer={"code": "MUG10", "discount": "10% off",
                            "starts": dt.date(2027, 5, 10), "ends": dt.date(2027, 5, 16)})
    assert not offer_goods(brief, "stoneware mugs")["named"]


def test_two_decades_are_one_thing_in_a_short_name():
    brief = brief_from_dict({"product": "refurbished 1970s and 80s hi-fi amplifiers",
                             "platforms": ["instagram"]})
    assert short_name(brief) == "refurbished hi-fi amplifiers"


def test_a_launch_named_before_its_comma_keeps_its_name():
    brief = _pottery(launch={"what": "Ember, our first speckled glaze, a warm rust brown",
                             "date": dt.date(2027, 5, 14)})
    ctx = template_context(brief, PLATS["instagram"], "static", "", {}, dt.date(2027, 5, 14))
    assert ctx["launch"]["ours"] == "Ember"


def test_a_tip_joined_by_a_comma_is_parted():
    assert mend("Never fire a wet pot in the kiln, a trapped drop can crack it.") \
        == "Never fire a wet pot in the kiln — a trapped drop can crack it."


def _titles(template_id, brief, day, facts=None):
    return _renders(template_id, brief, day, facts, platforms=("youtube", "pinterest"), part="title")


def _lamps(**more):
    return brief_from_dict({
        "product": "rewired 1930s and 40s brass desk lamps", "brand": "Lampwerk",
        "kind": "product", "audience": "people furnishing a study", "url": "https://lampwerk.example",
        "platforms": ["youtube", "pinterest"], "start": dt.date(2027, 5, 3), "weeks": 4} | more)


def test_a_title_says_the_brand_once():
    brief = _lamps(tips=["Dust the shade with a dry brush, never a damp cloth.",
                         "Use a warm 2700K bulb for the old glow.",
                         "Check the cord once a year for cracks."],
                   differentiators=["every lamp rewired with cloth flex", "original switches kept"])
    titles = _titles("consideration/how-to-walkthrough", brief, dt.date(2027, 5, 4)) \
        + _titles("consideration/honest-comparison", brief, dt.date(2027, 5, 4),
                  {"differentiator": "original switches kept"})
    assert titles
    for title in titles:
        assert title.count("Lampwerk") <= 1, title


def test_a_tip_title_names_what_its_pronoun_stands_for():
    brief = _lamps(tips=["Keep it away from the curtains so the shade stays cool."])
    titles = _titles("awareness/quick-tip", brief, dt.date(2027, 5, 4),
                     {"tip": "Keep it away from the curtains so the shade stays cool."})
    assert titles
    for title in titles:
        assert not title.startswith("Keep it"), title
        assert "lamps" in title.lower(), title


def test_a_referral_reward_that_names_the_code_is_not_followed_by_it_again():
    brief = _pottery(referral_reward="£5 off for you and your friend when they order with your personal code")
    texts = _renders("advocacy/refer-a-friend", brief, dt.date(2027, 5, 4))
    assert texts
    for text in texts:
        assert text.lower().count("personal code") == 1, text


def test_a_reward_said_as_a_sentence_follows_no_what_you_get():
    brief = _pottery(referral_reward="you and your friend both get £5 off when they order with your link")
    texts = _renders("advocacy/refer-a-friend", brief, dt.date(2027, 5, 4))
    assert texts
    for text in texts:
        assert "What you get: you" not in text, text


def test_a_list_point_prints_a_span_of_time_and_a_result_well():
    from planner.planning.facts_said import tidy

    assert tidy("24 months warranty on the motor") == "24-month warranty on the motor"
    assert tidy("visits before 8am so the shop can open") == "visits before 8am, so the shop can open"
    assert tidy("we do not sell racks, so there is no reason to condemn them") \
        == "we do not sell racks, so there is no reason to condemn them"
    assert mend("we do not sell racks, so there is no reason to condemn them") \
        == "We do not sell racks, so there is no reason to condemn them"
