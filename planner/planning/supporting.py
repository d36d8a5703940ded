"""A supporting fact told in full once a platform and twice a calendar (blind read 25: "in all
of Italy, always, also the islands" in six posts, free shipping over 600 kr in five, "Every
stroke comes from a real nib on real Deleter paper" in three).

A supporting fact is one a post adds to its subject: free shipping, the review standing, the
customer perk, a difference of the brief. Its full wording (the brief's own words, its
threshold and area) is said at most once on each platform and in at most two posts of the
calendar; a later post that adds it says it short ("Shipping's still free over 600 kr.") or
not at all. A post whose subject the fact is (its first line says it) keeps it: leaving it
out would leave the post with nothing to say; so does a post with nothing else to say.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from planner.domain.brief import Brief
from planner.domain.calendar import CalendarPost
from planner.planning.critic import FREE_SHIP_RE, says_nothing
from planner.planning.shipping import shipping_said, shipping_terms

#: posts of a calendar that may tell a supporting fact in full
CALENDAR_FULL = 2

_WORD = re.compile(r"[a-z0-9à-ÿ']+")
#: a sentence's span inside a line: up to its stop and the spaces after it
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?](?=\s|$)|$)[ \t]*")
#: a threshold in a shipping condition: "over 600 kr", "on orders above €250 net"
_THRESHOLD = re.compile(r"(?i)\b(?:over|above|from)\s+(\S*\d[\d.,]*\s?(?:[^\W\d]{1,3}\b)?)")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _content(text: str) -> int:
    return len([w for w in _WORD.findall(text.lower()) if len(w) > 2])


class _Fact:
    def __init__(self, key: str, phrase: str, short: tuple[str, ...] = ()) -> None:
        self.key = key
        self.phrase = _norm(phrase)
        self.short = short

    def in_sentence(self, sentence: str) -> bool:
        if not self.phrase or len(self.phrase.split()) < 3:
            return False
        norm = f" {_norm(sentence)} "
        if f" {self.phrase} " in norm:
            return self.key != "shipping" or bool(FREE_SHIP_RE.search(sentence)) \
                or "free" in sentence.lower() or "on us" in sentence.lower() \
                or "costs nothing" in sentence.lower()
        if self.key.startswith("difference"):
            # a difference told in a sentence of ours: most of its words, in order
            words = self.phrase.split()
            head = " ".join(words[:min(len(words), 8)])
            return len(words) >= 6 and f" {head} " in norm
        return False


def _shipping_short(free_shipping: str) -> tuple[str, ...]:
    """How a later post says free shipping short, when short words stay true: free shipping
    with no threshold and no area it is limited to ("in all of Italy, always"); none for a
    threshold or an area ("within Metro Cebu on orders over ₱8,000": said short, it would
    promise more than the brief), which a later post leaves out."""
    if _THRESHOLD.search(free_shipping) or re.search(
            r"(?i)\b(?:within|inside|only|except|excluding|to)\b|(?<!anywhere )\bin (?!all\b)[A-Z]",
            free_shipping):
        # (an area it is limited to, "in Stellenbosch, Paarl and Franschhoek"; "anywhere in
        # Portugal" and "in all of Italy" are the whole country)
        return ()
    return ("Shipping's still free.", "Free shipping, as always.")


def supporting_facts(brief: Brief) -> list[_Fact]:
    """The brief's supporting facts, each with the words that tell it in full."""
    out: list[_Fact] = []
    fs = brief.free_shipping
    if isinstance(fs, str) and fs.strip():
        terms = shipping_terms(fs) or shipping_said(fs) or fs
        out.append(_Fact("shipping", terms, _shipping_short(fs)))
    if brief.facts.reviews:
        out.append(_Fact("reviews", brief.facts.reviews))
    if brief.customer_perk:
        out.append(_Fact("perk", brief.customer_perk))
    if brief.referral_reward:
        out.append(_Fact("referral", brief.referral_reward))
    for i, d in enumerate(brief.facts.differentiators):
        out.append(_Fact(f"difference:{i}", d))
    return out


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _subject_line(text: str) -> str:
    """The post's first line with words in it: what the post is about."""
    return next((ln for ln in _lines(text) if _content(ln) >= 2), "")


def tell_supporting_once(posts: Iterable[CalendarPost], brief: Brief, fixed: int = 0) -> None:
    """Each supporting fact in full in one post a platform and CALENDAR_FULL posts of the
    calendar, in date order; a later post that only adds it (it is not the post's first
    line) says it short, once a platform, or drops it. Posts before ``fixed`` (kept from an
    earlier plan) are counted, never changed."""
    facts = supporting_facts(brief)
    if not facts:
        return
    ordered = sorted(enumerate(posts), key=lambda ip: (ip[1].date, ip[1].time, ip[0]))
    full: Counter = Counter()
    platforms: dict[str, set[str]] = {f.key: set() for f in facts}
    shorts: dict[str, set[str]] = {f.key: set() for f in facts}
    short_turn: Counter = Counter()
    for index, post in ordered:
        text = post.text
        subject = _subject_line(text)
        for fact in facts:
            spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)
                     if m.group(0).strip() and fact.in_sentence(m.group(0))]
            if not spans:
                continue
            fresh = post.platform not in platforms[fact.key] and full[fact.key] < CALENDAR_FULL
            first = spans[0]
            said_first = text[first[0]:first[1]]
            on_subject = said_first.strip() and said_first.strip() in subject
            if fresh or index < fixed or on_subject:
                full[fact.key] += 1
                platforms[fact.key].add(post.platform)
                continue
            rest = text[:first[0]] + text[first[1]:]
            # (a post that gives the offer has that to say: its shipping line goes short, as
            # on the offer's last day, session 40)
            offered = brief.offer is not None and bool(brief.offer.mark) \
                and brief.offer.mark.lower() in rest.lower()
            if not offered and (_content(rest) - _content(post.cta or "") < 6
                                or says_nothing(_tidy(rest), post.title, brief)):
                # (nothing else to say: the post keeps its one fact; the critic's empty
                # frame, "What Rootwell gives you, in fifteen seconds." and an ask, is a
                # post with nothing else to say too, test_storyline)
                full[fact.key] += 1
                platforms[fact.key].add(post.platform)
                continue
            replacement = ""
            if fact.short and post.platform not in shorts[fact.key]:
                replacement = fact.short[short_turn[fact.key] % len(fact.short)]
                short_turn[fact.key] += 1
                shorts[fact.key].add(post.platform)
                if said_first.endswith((" ", "\t")):
                    replacement += " "
            text = text[:first[0]] + replacement + text[first[1]:]
        if text != post.text:
            post.text = _tidy(text)


def _tidy(text: str) -> str:
    """A caption with a sentence taken out: no blank line doubled, no line left empty
    between two that were one paragraph, no space before a line's end."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
