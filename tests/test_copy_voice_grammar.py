"""Sentences a person wrote: a description typed as a list of facts is split into what the
business sells (said once a calendar) and its facts (each a sentence of ours); brief fields
made into sentences keep their grammar (a/an, capitals, "family-run", "washed, not wiped",
a launch with the thing as subject, a referral reward as its own clause, a pastime booked as
sessions); and one tone cue table decides the register, the wording and the emoji. All on
briefs of our own (tests/voice_briefs.py): eight businesses in seven countries."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.context import _launch
from planner.planning.facts_said import (
    about_said,
    core_sentence,
    core_sentences,
    description_parts,
    difference_sentence,
    fact_sentences,
)
from planner.planning.lint import lint_calendar
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.tone import register_for_tone, says_emoji, voice_for_tone
from planner.planning.facts_said import description_details
from planner.planning.sparse import light_lines, what_it_is_variants
from planner.planning.wording import about_line, mend, short_name
from tests.voice_briefs import VOICE_BRIEFS

LIB = TemplateLibrary()
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")


@functools.lru_cache(maxsize=None)
def _planned(name: str, tone: str | None = None):
    data = dict(VOICE_BRIEFS[name])
    if tone is not None:
        data["tone"] = tone
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
    return brief, cal


def _sentences(text: str) -> list[str]:
    return [s.strip() for line in text.split("\n")
            for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]


# ---- a description typed as a list of facts ---------------------------------------------

@pytest.mark.parametrize("description, core, facts", [
    ("indoor climbing hall in Leith, 140 routes, day pass £12, shoes included",
     "indoor climbing hall in Leith", ["140 routes", "day pass £12", "shoes included"]),
    ("Mugs, bowls and jugs thrown in Leeds, sold in sets of 2 (from £38)",
     "Mugs, bowls and jugs thrown in Leeds", ["sold in sets of 2 (from £38)"]),
    ("gutter clearing for terraced houses, flats and shops across Bristol, from £45 a visit, "
     "no call-out fee", "gutter clearing for terraced houses, flats and shops across Bristol",
     ["from £45 a visit", "no call-out fee"]),
    # a price with a decimal comma is no list's comma
    ("sauna sessions on the pier, 90 minutes €14,50", "sauna sessions on the pier",
     ["90 minutes €14,50"]),
    # one phrase is no list
    ("hand-tied salmon flies for Scottish rivers", "hand-tied salmon flies for Scottish rivers", []),
])
def test_a_description_typed_as_a_list_is_split_into_what_is_sold_and_its_facts(
        description, core, facts):
    assert description_parts(description) == (core, facts)


def test_each_fact_is_a_sentence_of_ours_and_the_prices_are_one():
    _, facts = description_parts("indoor climbing hall in Leith, 140 routes, day pass £12, "
                                 "10-visit card £100, shoes included")
    assert fact_sentences(facts, "climbing sessions", "service") == [
        "There are 140 routes.", "A day pass is £12 and a 10-visit card is £100.",
        "Shoes are included."]
    _, facts = description_parts("beeswax wraps made in Cork, €9 a wrap, 3 for €24")
    assert fact_sentences(facts, "beeswax wraps") == ["A wrap is €9 and 3 for €24."]
    # a fact that is no price list's item is said as a clause with its subject
    assert fact_sentences(["first lesson half price"]) == ["The first lesson is half price."]
    assert fact_sentences(["first harvest in 10 days"]) == ["The first harvest comes in 10 days."]
    assert fact_sentences(["sold in boxes of 6 (from $30)"], "chilli jams") == \
        ["Our chilli jams are sold in boxes of 6 (from $30)."]


def test_what_the_business_sells_is_said_without_the_facts_and_with_its_article():
    assert core_sentence("indoor climbing hall in Leith, 140 routes, day pass £12", "service") == \
        "We are an indoor climbing hall in Leith."
    assert core_sentence("online course on payroll for small charities, 12 lessons, £90",
                         "digital") == "We offer an online course on payroll for small charities."
    # a capital typed at the start of a list of goods is not a list of names
    assert core_sentence("Scarves, hats and mittens knitted in Galway, from €25", "product") == \
        "We sell scarves, hats and mittens knitted in Galway."
    assert core_sentence("Philips, Grundig and Telefunken valve radios, fully recapped",
                         "product") == "We sell Philips, Grundig and Telefunken valve radios, " \
                                       "fully recapped."
    # ... and what the business is, finishing a line, has its article too
    assert about_said(about_line("online course on payroll for small charities, 12 lessons")) \
        == "an online course on payroll for small charities"
    assert about_said(about_line("Syrup from our own 4,000 taps. We boil the syrup over wood.")) \
        == "syrup from our own 4,000 taps"


@pytest.mark.parametrize("name", sorted(VOICE_BRIEFS))
def test_no_calendar_pastes_the_description_or_says_what_it_sells_twice(name):
    brief, cal = _planned(name)
    assert cal.posts, name
    opening = brief.description.split(". ")[0]
    core, facts = description_parts(opening)
    pasted = f"{core}, {facts[0]}" if facts else opening
    for post in cal.posts:
        assert pasted.lower() not in post.text.lower(), (name, post.text)
        for fact in facts:
            # a fact of the list is said in a sentence of ours, never as typed after a comma
            assert f", {fact}" not in post.text, (name, post.text)
    cores = [c.rstrip(".") for c in core_sentences(brief.description, brief.kind, brief.brand,
                                                    brief.product)]
    told = [p.platform for p in cal.posts if any(c in p.text or c.replace("We ", "I ", 1) in p.text
                                                 for c in cores)]
    # once a platform, in a calendar of four weeks or less
    assert len(told) == len(set(told)), (name, told)


@pytest.mark.parametrize("name", sorted(VOICE_BRIEFS))
def test_no_sentence_of_ours_is_said_twice_in_a_calendar(name):
    """A sentence said twice is a fact of the brief retold (a tip, a difference, a price, what
    is sold on a second platform); never a sentence of the templates'."""
    brief, cal = _planned(name)
    facts = [brief.description, *description_details(brief.description, brief.product),
             *core_sentences(brief.description, brief.kind, brief.brand, brief.product),
             *what_it_is_variants(brief), *light_lines(brief), *brief.facts.tips, *brief.facts.differentiators, *brief.facts.story]
    facts_said = [g.lower().rstrip(".") for f in facts if f for g in (mend(f), f)]
    seen: dict[str, int] = {}
    for post in cal.posts:
        for s in set(_sentences(post.text)):
            if len(s.split()) >= 4:
                seen[s] = seen.get(s, 0) + 1
    for s, n in seen.items():
        if n > 1:
            bare = s.lstrip("→ ").lower().rstrip(".")
            assert any(bare in f or f in bare for f in facts_said), (name, s, n)


@pytest.mark.parametrize("name", sorted(VOICE_BRIEFS))
def test_articles_capitals_and_lint(name):
    brief, cal = _planned(name)
    for post in cal.posts:
        for m in re.finditer(r"\b([Aa]n?) (?!or\b)([a-z][\w-]*)", post.text):  # ("A or B")
            word = m.group(2)
            vowel = word[0] in "aeio" or word[0] == "u" and not word.startswith(("uni", "use"))
            if word.startswith(("one", "hour", "honest", "eu")):
                continue
            assert (m.group(1).lower() == "an") == vowel, (name, m.group(0), post.text)
        for s in _sentences(post.text):
            if re.match(r"(?:https?://|www\.|#|@)", s):
                continue
            assert not s[:1].islower(), (name, s, post.text)
        # no brief field spliced in broken
        for broken in ("the reward is both", "The family is", " service service",
                       "I launch", "we launch", "our on ", "(75 minutes.", "pleased to announce",
                       "look forward to your attendance"):
            assert broken not in post.text, (name, broken, post.text)
    assert lint_calendar(cal, brief) == [], name


# ---- brief fields made into sentences ----------------------------------------------------

def test_brief_lines_keep_their_grammar():
    assert difference_sentence("family run in Ballymena since 1998", "bread", "product") == \
        "We have been family-run in Ballymena since 1998."
    assert difference_sentence("sheets washed not wiped", "linen hire", "service") == \
        "The sheets are washed, not wiped."
    assert mend("pressed not tumbled") == "Pressed, not tumbled"
    assert mend("You need not book") == "You need not book"
    assert mend("baked on Friday delivered on Saturday") == "Baked on Friday, delivered on Saturday"


def test_a_launch_note_in_brackets_is_told_after_its_name():
    launch = _launch("the new Harbour tote (canvas, 40 litres)", "3 May")
    assert launch["ours"] == "the new Harbour tote"
    assert launch["more"] == "Canvas, 40 litres."
    brief, cal = _planned("notebooks-kyoto")
    said = [p.text for p in cal.posts if p.template.startswith("awareness/launch")]
    assert said and all("(A6" not in t and "64 pages)" not in t for t in said), said


def test_a_pastime_is_booked_as_sessions_and_a_rental_is_no_service():
    climb = brief_from_dict({"product": "bouldering", "kind": "service"})
    raft = brief_from_dict({"product": "floating sauna raft rental on Lake Pyhä", "kind": "service"})
    clean = brief_from_dict({"product": "oven cleaning", "kind": "service"})
    assert short_name(climb) == "bouldering sessions"
    assert short_name(raft).endswith("rental") and "service" not in short_name(raft)
    assert short_name(clean) == "oven cleaning service"


def test_a_referral_reward_written_as_a_clause_is_its_own_clause():
    _, cal = _planned("yoga-porto")
    said = "\n".join(p.text for p in cal.posts)
    assert "both of you get a free week of classes" in said
    assert "the reward is both" not in said


# ---- one tone cue table ------------------------------------------------------------------

@pytest.mark.parametrize("tone, voice, register", [
    ("calm, knowledgeable, a bit old school", "warm", "gentle"),
    ("calm, professional", "formal", "formal"),
    ("sunny, casual, kinda goofy", "playful", "punning"),
    ("very formal", "formal", "formal"),
    ("dry, a bit nerdy", "direct", "deadpan"),
    ("direct, no fluff", "direct", "direct"),
    ("", "warm", "neutral"),
    ("rustic and earthy", "warm", "neutral"),  # words the table does not know: the stock lines
])
def test_the_tone_is_read_into_a_voice_and_register(tone, voice, register):
    assert voice_for_tone(tone) == voice
    assert register_for_tone(tone) == register


@pytest.mark.parametrize("tone, emoji", [
    ("playful, emoji ok", True), ("sunny, casual, kinda goofy", True),
    ("witty, dry", False), ("very formal", False), ("playful, no emoji", False),
    ("warm, emojis welcome", True), ("direct, emoji ok", False), ("", False),
])
def test_emoji_follow_the_tone(tone, emoji):
    assert says_emoji(tone) is emoji


def test_the_same_brief_in_another_tone_changes_its_words_and_emoji():
    _, goofy = _planned("roastery-nz")
    _, formal = _planned("roastery-nz", "very formal")
    _, calm = _planned("roastery-nz", "calm, knowledgeable, a bit old school")
    texts = {name: "\n".join(p.text for p in cal.posts)
             for name, cal in (("goofy", goofy), ("formal", formal), ("calm", calm))}
    assert _EMOJI.search(texts["goofy"])
    assert not _EMOJI.search(texts["formal"]) and not _EMOJI.search(texts["calm"])
    assert "!" not in texts["formal"]
    assert texts["goofy"] != texts["formal"] != texts["calm"]
    # formal is a good business post, not a letter; calm is never stiff
    for stiff in ("pleased to announce", "look forward to your attendance"):
        assert stiff not in texts["formal"] and stiff not in texts["calm"]
    assert "is a fair question" not in texts["goofy"]


def test_a_calm_old_school_maker_is_gentle_and_speaks_as_one_person():
    brief, cal = _planned("notebooks-kyoto", "calm, knowledgeable, a bit old school")
    said = "\n".join(p.text for p in cal.posts)
    assert "I sell" in said or "my " in said
    assert not re.search(r"\bWe sell\b", said)
    assert not _EMOJI.search(said)
    assert lint_calendar(cal, brief) == []



def test_goods_never_counted_one_at_a_time_are_never_one():
    from planner.planning.context import _counted_one

    assert _counted_one("soy candle") and _counted_one("tote bag")
    for item in ("microgreens", "table linen", "coffee beans", "wildflower honey"):
        assert not _counted_one(item), item


@pytest.mark.parametrize("description, core, facts", [
    ("on-site scaffold inspections at your site, to BS EN 12811 and TG20:21",
     "on-site scaffold inspections at your site, to BS EN 12811 and TG20:21", []),
    ("payroll for dental practices, from £90 a month, for teams of 2 to 20",
     "payroll for dental practices", ["from £90 a month, for teams of 2 to 20"]),
])
def test_a_part_that_finishes_the_one_before_is_no_fact_of_its_own(description, core, facts):
    """"…, to BS EN 12811" finishes what is sold: said alone it became "There's a to BS EN…"."""
    from planner.planning.wording import description_parts
    assert description_parts(description) == (core, facts)


@pytest.mark.parametrize("facts, said", [
    (["£35-£180"], ["Prices run from £35 to £180."]),
    (["€20 to €45", "day pass €12"], ["Prices run from €20 to €45 and a day pass is €12."]),
    (["$12"], ["The price is $12."]),
])
def test_a_bare_price_is_said_as_a_price(facts, said):
    """A price typed alone in a list was "There's £35-£180."."""
    from planner.planning.facts_said import fact_sentences
    assert fact_sentences(facts) == said
