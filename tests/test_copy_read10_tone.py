"""Blind read 10 (2026-12-03-j): readers took "postable" away for voice more than for
anything else. An excited brief got calm copy, a "very formal" one got "Nearly over.",
"It's today." and "Use PILOT2027 now", a deadpan one "The Rambla Bags difference:" and
"See for yourself:", a blunt one "There's an easy way to find out." These tests plan whole
calendars for several kinds of business in each voice and read every sentence of ours."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pytest

from planner.planning.phrasebook import post_in_voice
from planner.planning.tone import says_excited, voice_for_tone
from planner.planning.voice import voice_of
from planner.planning.voice_check import brief_words, voice_breaks

FORMAL = "very formal and precise. No superlatives, no exclamation marks, no jokes."
EXCITED = "excitable!! high energy and lots of cheering"
DEADPAN = "dry and deadpan. we don't do hype, we make things"
BLUNT = "blunt. short sentences, no fluff"
GENTLE = "gentle and cosy, like chatting to a neighbour. nothing pushy"

#: four kinds of business, each with facts whose own words carry contractions and "now"
BUSINESSES = {
    "candles": {"product": "hand-poured soy candles", "brand": "Wickford", "kind": "product",
                "url": "https://wickford.example", "platforms": ["instagram", "facebook"],
                "tips": ["Trim the wick to 5 mm before every burn, or it'll smoke."],
                "differentiators": ["Every candle is poured by hand in small batches."],
                "quotes": [{"text": "It's the only candle that doesn't give me a headache!",
                            "by": "Jo"}],
                "offer": {"code": "GLOW15", "discount": "15% off everything",
                          "starts": dt.date(2027, 3, 8), "ends": dt.date(2027, 3, 14)}},
    "swim school": {"product": "swimming lessons for kids", "brand": "Little Otters",
                    "kind": "service", "url": "https://otters.example/book",
                    "platforms": ["instagram", "facebook", "tiktok"],
                    "tips": ["Don't feed them a big meal right before a lesson."],
                    "faqs": [{"question": "What age can they start?",
                              "answer": "Babies from 6 months, kids classes from 3."}],
                    "differentiators": ["Never more than 4 kids per instructor."]},
    "payroll": {"product": "managed payroll", "brand": "Ledgerline", "kind": "service",
                "b2b": True, "url": "https://ledgerline.example", "platforms": ["linkedin", "x"],
                "action": "call",
                "differentiators": ["One named payroll specialist for every client."],
                "tips": ["Send new starters' details before the 15th so they're paid that month."],
                "offer": {"code": "PILOT27", "discount": "the first month free",
                          "starts": dt.date(2027, 3, 8), "ends": dt.date(2027, 3, 14)}},
    "app": {"product": "a budgeting app", "brand": "Pennywise", "kind": "digital",
            "url": "https://pennywise.example", "platforms": ["instagram", "tiktok"],
            "differentiators": ["Works offline, and your data never leaves your phone."],
            "problems": ["money running out before payday"]},
}


@lru_cache(maxsize=None)
def _calendar(business: str, tone: str):
    from planner.domain.brief import brief_from_dict
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    data = dict(BUSINESSES[business]) | {"tone": tone, "posts_per_week": 3, "weeks": 2,
                                         "start": dt.date(2027, 3, 1)}
    brief = brief_from_dict(data)
    return brief, plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))[0]


def _ours(text: str, brief) -> str:
    """The post without the brief's words, quotations, links, hashtags and codes."""
    for words in sorted(brief_words(brief), key=len, reverse=True):
        text = text.replace(words, " Fact ")
    text = re.sub(r"“[^”]*”|\"[^\"]*\"|https?://\S+|[#@]\w+", " Fact ", text)
    return text


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_CONTRACTION = re.compile(r"(?i)\b\w+(?:n['’]t|['’](?:re|ve|ll|d|m))\b|"
                          r"\b(?:it|that|there|here|what|who|let)['’]s\b")


@pytest.mark.slow
@pytest.mark.parametrize("business", list(BUSINESSES))
def test_a_formal_voice_has_no_contraction_fragment_or_exclamation_of_ours(business):
    brief, cal = _calendar(business, FORMAL)
    assert cal.posts
    for post in cal.posts:
        ours = _ours(post.text, brief)
        assert not _CONTRACTION.search(ours), (post.template, post.text)
        assert "!" not in ours, post.text
        for sentence in _SENTENCES.split(ours):
            s = sentence.strip()
            if re.fullmatch(r"\d+\.", s):
                continue  # a numbered list's "1." is no sentence
            if s.endswith(".") and "Fact" not in s and ":" not in s:
                # "Nearly over.", "It's today.", "Try this.": a fragment is no formal sentence
                assert len(s.split()) >= 3 or s.startswith(("Thank you", "Please")), \
                    (post.template, s)
        assert not re.search(r"(?m)^Use \S+ now\b", post.text), post.text
        assert not re.search(r"(?i)\bthe \w+(?: \w+)? difference:|see for yourself", post.text)


@pytest.mark.slow
@pytest.mark.parametrize("business", ["candles", "swim school", "app"])
def test_an_excited_voice_cheers_on_most_posts(business):
    brief, cal = _calendar(business, EXCITED)
    cheering = [p for p in cal.posts if "!" in p.text]
    assert len(cheering) >= 0.6 * len(cal.posts), [p.text for p in cal.posts if "!" not in p.text]
    emoji = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
    # (two in five at least: since s24 the swim school's five posts lost the honest-fit post,
    # a business buyer's only, which carried one; a question-led story carries none)
    assert sum(bool(emoji.search(p.text)) for p in cal.posts) >= 0.4 * len(cal.posts)


@pytest.mark.slow
def test_an_excited_tone_is_never_shouted_at_a_business_buyer():
    brief, cal = _calendar("payroll", EXCITED)
    _, calm = _calendar("payroll", "friendly")
    # the phrasebook adds no exclamation marks for B2B: no more than a warm tone has
    assert sum("!" in p.text for p in cal.posts) <= sum("!" in p.text for p in calm.posts) + 1


@pytest.mark.slow
@pytest.mark.parametrize("tone", [DEADPAN, BLUNT])
@pytest.mark.parametrize("business", list(BUSINESSES))
def test_a_dry_or_blunt_voice_uses_no_hype_or_teaser_frames(business, tone):
    brief, cal = _calendar(business, tone)
    hype = re.compile(r"(?i)\bthe [^\n:.]{1,40} difference:|see for yourself|an easy way to find "
                      r"out|not to brag|game[- ]changer|trust us|you'll love")
    for post in cal.posts:
        assert not hype.search(_ours(post.text, brief)), (post.template, post.text)
        assert "!" not in _ours(post.text, brief), post.text


@pytest.mark.slow
@pytest.mark.parametrize("business", ["candles", "swim school", "app"])
def test_a_gentle_voice_does_not_press(business):
    brief, cal = _calendar(business, GENTLE)
    pressure = re.compile(r"(?i)\b(?:hurry|don't miss|last chance|last call|nearly over|"
                          r"quick one|(?:book|shop|use \S+|order|start) now)\b")
    for post in cal.posts:
        assert not pressure.search(_ours(post.text, brief)), (post.template, post.text)


@pytest.mark.slow
@pytest.mark.parametrize("business", list(BUSINESSES))
def test_the_brief_facts_and_quotes_are_told_word_for_word_in_every_voice(business):
    for tone in (FORMAL, EXCITED, DEADPAN, GENTLE):
        brief, cal = _calendar(business, tone)
        text = "\n".join(p.text for p in cal.posts)
        for quote in brief.facts.quotes:
            if quote.text[:20] in text:
                assert quote.text in text, tone
        for code in ([brief.offer.code] if brief.offer else []):
            assert code in text


@pytest.mark.slow
@pytest.mark.parametrize("business", ["candles", "swim school"])
def test_two_tones_give_audibly_different_posts(business):
    _, formal = _calendar(business, FORMAL)
    _, excited = _calendar(business, EXCITED)
    a, b = {p.text for p in formal.posts}, {p.text for p in excited.posts}
    assert len(a & b) <= len(a) // 4
    _, gentle = _calendar(business, GENTLE)
    _, blunt = _calendar(business, BLUNT)
    assert {p.text for p in gentle.posts} != {p.text for p in blunt.posts}


# --- the phrasebook on its own -----------------------------------------------------------


def test_formal_phrasebook_says_fragments_in_full_and_leaves_the_customer_alone():
    text = ("It's today. Webinar: MDR audits starts at 2pm here.\n"
            "“It's brilliant, we'd recommend them!” — a client\n\n"
            "Nearly over.\nCode PILOT27: the first month free.\n\nUse PILOT27 now: https://x.example/it's")
    said, cta = post_in_voice(text, "Use PILOT27 now: https://x.example/it's", "formal",
                              keep=("the first month free",))
    # (read 23: "This takes place today." points to nothing before it; said without "this")
    assert "It's today" not in said and "A reminder for today." in said
    assert "“It's brilliant, we'd recommend them!”" in said  # the customer's words, as said
    assert "Nearly over." not in said and "The offer closes soon." in said
    assert cta == "Please use PILOT27: https://x.example/it's" and said.endswith(cta)


def test_formal_phrasebook_writes_out_our_contractions_only():
    said, _ = post_in_voice("Here's what we'll cover.\nDon't overwater it.", "", "formal",
                            keep=("Don't overwater it.",))
    assert said == "Here is what we will cover.\nDon't overwater it."


def test_direct_phrasebook_drops_hype_frames_and_capitalises_the_fact():
    said, cta = post_in_voice("The Rambla difference: waterproof zips on everything.\n"
                              "See for yourself: https://r.example", "See for yourself: https://r.example",
                              "direct", keep=("waterproof zips on everything.", "Rambla"))
    assert said.startswith("Waterproof zips on everything.")
    assert "See for yourself" not in cta and cta.endswith("https://r.example")
    said, _ = post_in_voice("Wondering if our tiles would work? There's an easy way to find out.",
                            "", "direct")
    assert said == "Wondering if our tiles would work?"


def test_excited_phrasebook_cheers_the_lead_and_the_ask_but_not_for_b2b():
    text = "A tip worth stealing.\n\nDon't feed them before a lesson.\n\nFollow us for more tips"
    said, cta = post_in_voice(text, "Follow us for more tips", "playful", excited=True,
                              platform="instagram", keep=("Don't feed them before a lesson.",))
    assert said.startswith("A tip worth stealing! 💡") and cta == "Follow us for more tips!"
    assert "Don't feed them before a lesson.\n" in said  # the fact keeps its full stop
    plain, _ = post_in_voice(text, "Follow us for more tips", "playful", excited=True, b2b=True,
                             platform="instagram")
    assert plain == text
    linkedin, _ = post_in_voice(text, "Follow us for more tips", "playful", excited=True,
                                platform="linkedin")
    assert "💡" not in linkedin and "!" in linkedin


def test_warm_phrasebook_takes_the_pressure_off():
    said, cta = post_in_voice("Last call: 15% off with code COSY.\nHurry. It ends Sunday.\n\n"
                              "Shop now: link in bio", "Shop now: link in bio", "warm")
    assert said.startswith("A last reminder: 15% off with code COSY.\nIt ends Sunday.")
    assert cta == "Shop here: link in bio"


# --- reading the tone, and the critic ----------------------------------------------------


def test_no_hype_is_a_plain_word_not_a_playful_one():
    assert voice_for_tone("dry and deadpan. we don't do hype, we make bags") == "direct"
    assert voice_of("product", "", "dry and deadpan. we don't do hype, we make bags").style == "plain"
    assert not says_excited("calm, professional, reassuring, no hype")
    assert says_excited(EXCITED) and says_excited("bubbly and enthusiastic")
    assert not says_excited("witty, dry, a bit cheeky")  # wit, not energy
    assert voice_of("service", "", EXCITED).context()["excited"] is True


def test_the_critic_names_a_sentence_out_of_voice():
    assert voice_breaks("Nearly over. Book a call: https://x.example", "formal")[0][1] == \
        "a fragment as a sentence"
    assert voice_breaks("We can't wait.", "formal")[0][1] == "a contraction"
    assert voice_breaks("A poll for you.\nPlease vote.", "formal") == []
    assert voice_breaks("“We can't fault them.” — a client", "formal") == []
    assert voice_breaks("Is there parking?\nYes. Behind the building.", "formal") == []
    assert voice_breaks("The Rambla difference: zips.", "direct")[0][1] == "hype"
    assert voice_breaks("Hurry, it ends Sunday.", "warm")[0][1] == "pressure"
    assert voice_breaks("Hurry, it ends Sunday.", "playful") == []


def test_a_private_use_character_in_a_brief_never_hangs_or_breaks_the_phrasebook():
    from planner.planning.phrasebook import post_in_voice

    hostile = "\ue0000\ue001 and \ue0009\ue001"  # what our own marks look like
    for voice in ("formal", "direct", "warm", "playful"):
        text, cta = post_in_voice(f"Nearly over. {hostile}\n\nShop now: link in bio",
                                  "Shop now: link in bio", voice, excited=True,
                                  keep=(hostile, "\ue0000\ue001"))
        assert "link in bio" in text and cta
