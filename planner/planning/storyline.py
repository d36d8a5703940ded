"""The plan as a whole: the stage mix a business needs, the moments it may lean on,
and the weekly themes and post notes that tell the manager how posts build on each other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from planner.domain.brief import Brief
from planner.domain.vocabularies import FIRST_LANGUAGES
from planner.domain.giveaway import giveaway_terms
from planner.domain.moments import is_retail, moments_between
from planner.planning.links import bio_note
from planner.planning.when import in_person
from planner.planning.facts_said import brief_details, event_called
from planner.planning.wording import said_title

#: the brief's lists of facts to write from
FACT_LISTS = ("problems", "differentiators", "story", "tips", "quotes", "faqs")


def retail_moments(start: dt.date, end: dt.date, country: str) -> dict[dt.date, str]:
    """Shopping moments only: a public holiday may be commemorative, and no post sells on it."""
    return {d: n for d, n in moments_between(start, end, country).items() if is_retail(n)}


#: how far a business fact moves the default stage mix, and where the share comes from
_MIX_SHIFTS = {
    "considered": ("consideration", 0.10, ("awareness", "advocacy")),
    "new": ("awareness", 0.10, ("loyalty", "advocacy")),
    "offer": ("conversion", 0.05, ("awareness",)),
}


def business_target(brief: Brief, start: dt.date, end: dt.date) -> tuple[dict[str, float], list[str]]:
    """The stage mix to plan toward, with the reasons it differs from the default.

    A mix the brief states is kept as it is. Otherwise the default mix follows the
    business: a B2B or high-price purchase is considered for longer (more consideration),
    a brand new to its audience needs to be met first (more awareness), and an offer
    running inside the plan earns more conversion posts.
    """
    target = brief.target_mix()
    if brief.target:
        return target, []
    reasons: list[str] = []
    facts = brief.facts
    shifts = []
    considered = considered_purchase(brief)
    if considered:
        shifts.append("considered")
        reasons.append("more consideration: " + considered + " is weighed for longer")
    if facts.new_brand:
        shifts.append("new")
        reasons.append("more awareness: a new brand has to be met before it is trusted")
    if offer_in_range(brief, start, end):
        shifts.append("offer")
        reasons.append("more conversion: the offer runs during the plan")
    for name in shifts:
        gain, amount, donors = _MIX_SHIFTS[name]
        share = amount / len(donors)
        for donor in donors:
            moved = min(share, target[donor])
            target[donor] -= moved
            target[gain] += moved
    # a stage the brief gives nothing to say in (no perk, no community, no customers' words)
    # would be filled with empty asks: its share goes where the brief has facts to tell
    # (a brief with little to say at all keeps the default: its other stages could not fill
    # the slots without saying the same things again)
    for stage, backed in (("loyalty", loyalty_backed(brief, start, end)),
                          ("advocacy", advocacy_backed(brief))):
        if backed or target[stage] <= 0 or not enough_to_say(brief):
            continue
        moved, target[stage] = target[stage], 0.0
        gains = ("consideration",) if considered else ("awareness", "consideration")
        for gain in gains:
            target[gain] += moved / len(gains)
        reasons.append(f"no {stage} posts: the brief gives nothing for them ("
                       + _UNBACKED[stage] + ")")
    return target, reasons


_UNBACKED = {
    "loyalty": "no customer perk, community, tips for customers or offer to thank them for",
    "advocacy": "no referral reward, reviews, customers' words or community",
}


#: the brief's facts (problems, differences, story parts, FAQs, tips, a description) it
#: takes for the other stages to fill the slots loyalty and advocacy would have had
_ENOUGH_FACTS = 4


def enough_to_say(brief: Brief) -> bool:
    """Whether the brief has facts enough for posts of awareness and consideration to take
    the slots of a stage it gives nothing for."""
    facts = brief.facts
    return len(facts.problems) + len(facts.differentiators) + len(facts.story) \
        + len(facts.faqs) + len(facts.tips) + bool(brief.description.strip()) >= _ENOUGH_FACTS


def considered_purchase(brief: Brief) -> str:
    """What makes the purchase one that is weighed for longer ("a B2B purchase"), or "" when
    nothing does: a sale to a business, a high price, a service not said to be cheap."""
    facts = brief.facts
    if facts.b2b:
        return "a B2B purchase"
    if facts.price_point == "high":
        return "a high-price purchase"
    if brief.kind == "service" and facts.price_point != "low":
        return "a service booked on trust"
    return ""


def loyalty_backed(brief: Brief, start: dt.date, end: dt.date) -> bool:
    """Whether the brief gives loyalty posts something to say to customers it already has: a
    perk, a community, tips for using what they bought, an offer ending to thank them for."""
    facts = brief.facts
    offer = brief.offer
    thanks = bool(offer and offer.discount and offer.ends
                  and start <= offer.ends < end)
    return bool(brief.customer_perk or facts.community or facts.tips or thanks)


def advocacy_backed(brief: Brief) -> bool:
    """Whether the brief gives advocacy posts something real: a reward for referring, reviews
    or customers' own words to show, a community, creators or ambassadors."""
    facts = brief.facts
    return bool(brief.referral_reward or facts.reviews or facts.quotes or facts.community
                or facts.creators or facts.ambassadors)


def offer_in_range(brief: Brief, start: dt.date, end: dt.date) -> bool:
    offer = brief.offer
    if offer is None or not offer.discount:
        return False
    return not (offer.ends and offer.ends < start) and not (offer.starts and offer.starts > end)


#: a week's theme, by the stage most of its posts serve, when the brief has no pillars
_STAGE_THEMES = {
    "awareness": "Meet {brand}",
    "consideration": "Why {buyers} choose {brand}",
    "conversion": "Ready when you are",
    "loyalty": "For the people who already have it",
    "advocacy": "Pass it on",
}
#: (a client reads these notes too: blind read 27 sent back "product-1: opens the run-up")
_STEP_NOTES = {
    "awareness": "first post: meets the product before any ask",
    "consideration": "middle: proof and answers before the ask",
    "conversion": "the ask it builds to",
}


def weekly_themes(posts: list, brief: Brief, start: dt.date, weeks: int,
                  buyers: str) -> list[dict]:
    """A theme per week: the brief's content pillars in turn, else the week's main stage."""
    themes = []
    brand = brief.brand or brief.product
    for week in range(weeks):
        first = start + dt.timedelta(days=7 * week)
        mine = [p for p in posts if first <= p.date < first + dt.timedelta(days=7)]
        if brief.facts.pillars:
            theme = brief.facts.pillars[week % len(brief.facts.pillars)]
        elif mine:
            counts: dict[str, int] = {}
            for p in mine:
                counts[p.stage] = counts.get(p.stage, 0) + 1
            main = max(counts, key=lambda s: (counts[s], -list(_STAGE_THEMES).index(s)))
            if main == "conversion" and brief.offer is not None and any(
                    brief.offer.mark and brief.offer.mark in p.text for p in mine):
                theme = f"The {brief.offer.discount} offer" if brief.offer.discount else "The offer"
            else:
                theme = _STAGE_THEMES[main].format(brand=brand, buyers=buyers)
        else:
            continue
        themes.append({"week": week + 1, "start": first, "theme": theme})
    return themes


#: the tactics that run a giveaway: where their rules line could not carry the rules page
#: ("Full rules: link in bio"), the post's notes say to put it there
GIVEAWAYS = ("follow giveaway", "customer contest")
_POINTS_TO_RULES = re.compile(r"(?i)\b(?:rules|small print)\b")


def post_note(post, brief: Brief) -> str:
    """What the manager should know about a post: its place in a run-up, the event it
    announces, the offer window it sits in."""
    notes = []
    if post.sequence:
        number = post.sequence.rpartition("-")[2]
        notes.append(f"run-up {number} to an ask, {_STEP_NOTES.get(post.stage, 'one of its posts')}")
    for event in brief.facts.events:
        if event_called(event).lower() in post.text.lower():
            notes.append(f"announces {event.title} ({event.when:%Y-%m-%d %H:%M})"
                         + ("" if in_person(event) else ": schedule the live itself on the day"))
    bio = bio_note(post, brief)  # the bio holds more than one page: a link list
    if bio:
        notes.append(bio)
    elif (brief.giveaway_rules and post.tactic in GIVEAWAYS and brief.giveaway_rules not in post.text
            and _POINTS_TO_RULES.search(post.text)):  # the platform's link hint said instead
        ends = f" until {brief.giveaway_ends}" if brief.giveaway_ends else ""
        notes.append(f"bio link: {brief.giveaway_rules}{ends}, for the giveaway's rules")
    if post.tactic in GIVEAWAYS and brief.giveaway_ends and post.date < brief.giveaway_ends:
        left = (brief.giveaway_ends - post.date).days
        notes.append(f"giveaway {'reminder' if left <= 3 else 'opens'}: entries close "
                     f"{brief.giveaway_ends}; pick and tell the winner after")
    launch = brief.facts.launch
    if launch is not None and launch.date == post.date and launch.what.lower() in post.text.lower():
        notes.append(f"launch day: {launch.what}")
    if post.platform == "pinterest" and not brief.url and not post.link:
        # a Pin that sends people to a marketplace shop the brief gives no address for: the
        # publisher adds the listing as the Pin's link (read 30: "search … on Etsy" alone)
        from planner.planning.wording import _marketplace

        market = _marketplace(brief)
        if market and market in post.text:
            notes.append(f"Pin link: add the {market} listing's address before publishing "
                         "(the brief gives none)")
    elif not brief.url and re.search(r"(?i)\blink (?:in (?:our )?bio|on our (?:page|profile|"
                                     r"channel page|Page))\b", post.text):
        # a post sent to the profile's link for a marketplace shop the brief gives no address
        # for: the publisher puts the shop's address there (blind read 32: Creema named with
        # no way to reach the shop)
        from planner.planning.wording import _marketplace

        market = _marketplace(brief)
        if market and market in post.text:
            notes.append(f"profile link: your {market} shop's address (the brief gives none)")
    offer = brief.offer
    if offer is not None and offer.mark and offer.mark in post.text and offer.ends:
        left = (offer.ends - post.date).days
        if 0 <= left <= 1:
            notes.append(f"last-48-hours reminder: {offer.mark} ends {offer.ends}")
    return "; ".join(notes)


def with_giveaway_read(brief: Brief, start: dt.date) -> Brief:
    """The brief with its giveaway's closing date read from the prize line when only the
    line gives it ("…, drawn on 12 Feb"), and the prize said without it."""
    if not brief.giveaway:
        return brief
    prize, ends = giveaway_terms(brief.giveaway, brief.giveaway_ends, start)
    if (prize, ends) == (brief.giveaway, brief.giveaway_ends):
        return brief
    draw = brief.giveaway_draw
    if draw is None and ends is not None and brief.giveaway_ends is None \
            and re.search(r"(?i)\b(?:drawn|picked|announced)\b", brief.giveaway[len(prize):]):
        # "…, drawn on 12 March": entries close that day and the draw is made, so the
        # winner is told the day after (a day the brief gives, never "once entries close")
        draw = ends + dt.timedelta(days=1)
    return dataclasses.replace(brief, giveaway=prize, giveaway_ends=ends, giveaway_draw=draw)


def plan_notes(brief: Brief, start: dt.date, warnings: list[str], asked: int = 0) -> list[str]:
    """What the seller should know about the plan: facts it could not use, and why (``asked``:
    how many slots the plan had, to say how many of them are empty)."""
    notes = []
    if brief.offer is not None and brief.offer.ends and brief.offer.ends < start:
        notes.append(f"the brief's offer ended on {brief.offer.ends}, before the plan starts: "
                     "no offer posts")
    elif brief.offer is not None and not brief.offer.discount:
        notes.append("the brief's offer needs a discount (what it gives: \"15% off\") before "
                     "posts promote it")
    if brief.giveaway and brief.giveaway_ends is None:
        notes.append("the brief's giveaway has no closing date, and a giveaway post must say "
                     "when entries close: no giveaway posts (add giveaway_ends = YYYY-MM-DD)")
    elif brief.giveaway and not brief.giveaway_rules:
        notes.append("giveaway posts say how to enter and when entries close, but point to no "
                     "rules page: Instagram and Facebook expect official rules (who can enter, "
                     "how the winner is picked); add giveaway_rules = the address of yours")
    elif brief.giveaway and brief.giveaway_ends < start:
        notes.append(f"the brief's giveaway closed on {brief.giveaway_ends}, before the plan "
                     "starts: no giveaway posts")
    empty = sum(w.endswith("slot left empty") for w in warnings)
    if empty:
        notes.append(empty_slots_note(brief, empty, asked))
    linked = [p for p in ("pinterest", "youtube") if p in brief.platforms]
    if linked and not brief.url:
        notes.append(f"the brief has no url, and {' and '.join(linked)} posts are their link: "
                     "add url = \"…\" (your shop's or marketplace page's address) before publishing")
    if not brief.brand:
        notes.append("the brief has no brand: captions speak as \"us\" and skip wordings that "
                     "need a name (add brand = \"…\")")
    read_first = first_language(brief)
    if read_first:
        country, language = read_first
        notes.append(f"the captions are written in English, and an audience in "
                     f"{country} may read {language} first: translate them before "
                     "publishing, or write your own templates in that language (--templates)")
    given = [name for name in FACT_LISTS if getattr(brief.facts, name)]
    # (the empty slots' line names the keys already: one line, not two)
    if len(given) < 2 and not brief_details(brief) and not empty:
        missing = ", ".join(name for name in FACT_LISTS if name not in given)
        notes.append(f"the brief gives few facts to write from: posts can say little more than "
                     f"what you sell; a line or two each of {missing} makes them specific")
    return notes


def empty_slots_note(brief: Brief, empty: int = 0, asked: int = 0) -> str:
    """Why slots were left empty (how many of the slots asked for, when given), and which of
    the brief's keys would fill them, most useful first (planner/brief/interview.py `keys_to_fill`)."""
    from planner.brief.interview import keys_to_fill

    missing = keys_to_fill(brief)
    keys = ", ".join(missing[:6]) if missing else "more problems, tips, quotes or FAQs"
    counted = f"{empty} of {asked} slots are empty" if empty and asked else "some slots are empty"
    return (f"{counted}: every post that fits them would repeat an earlier one or "
            f"say nothing about the business; add facts to the brief ({keys}) for more to say")


#: a region where the other language is read first ("French in Québec"), named in the brief
_OTHER_REGION = re.compile(r"(?i:\b(?:qu[eé]bec|montr[eé]al|gatineau|sherbrooke|trois-rivi[eè]res|"
                           r"francophone|french[- ]speaking)\b)")


def first_language(brief: Brief) -> tuple[str, str] | None:
    """(country, language) when the audience may read a language other than English first.

    The audience's countries, when it names them ("buyers in the US and Germany": German,
    for Germany), else the seller's own; a country where English is read first by most of
    it too ("English or French (French in Québec)") only when the brief names the region of
    the other language. A studio in Lisbon selling to the US and Germany is not told to
    translate into Portuguese."""
    from planner.brief.vocabulary import COUNTRY_ABBREVIATIONS, COUNTRY_NAMES

    said = brief.audience or ""
    named: list[tuple[int, str]] = []
    for code, names in COUNTRY_NAMES.items():
        for name in names:
            m = re.search(rf"(?i:\b{re.escape(name)}\b)", said)
            if m:
                named.append((m.start(), code))
                break
    for word, code in COUNTRY_ABBREVIATIONS.items():
        m = re.search(rf"(?i:(?<![\w.]){re.escape(word)}(?![\w]))", said)
        if m and (word.isupper() and said[m.start():m.end()].lower() != "us" or re.search(
                r"(?i:\b(?:the|in|from|across)\s+$)", said[:m.start()])):
            named.append((m.start(), code))
    countries = [code for _pos, code in sorted(named)] or ([brief.country.upper()] if brief.country else [])
    text = " ".join((brief.audience or "", brief.description or ""))
    for code in dict.fromkeys(countries):
        language = FIRST_LANGUAGES.get(code)
        if not language:
            continue
        if language.startswith("English or") and not _OTHER_REGION.search(text):
            continue  # Canada outside Québec: English
        return code, language
    return None
