"""What a whole calendar tells over and over, read as an agency's reviewer reads it: every
platform at once, every week. A sentence in three posts, a fact of the brief in most of
them, one call to action closing three, one visual twice on a platform: each reads pasted,
however far apart the posts are (blind reads: "There's access for 12 months." in six posts,
the what-it-is line in most, "See for yourself:" in three).

One :class:`Ledger` serves both sides: `planner lint` (lint.py) walks a calendar's posts in
order and reports the post that crosses a cap; the planner (plan.py) keeps one while it
plans and turns down a wording that would cross one, so the calendar it writes lints clean.

A dated moment's own posts are exempt for the moment itself: an offer post inside the
offer's window says the offer, its code and its end date (in a wording no other offer post
used), a giveaway post its prize, close date and rules, a live or an event post its date and
time, a launch post the launch, a market seller's post the day before or the morning of a
market day that it is at the market. Those are told once a platform and reminded; no cap
removes them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from planner.domain.brief import Brief
from planner.domain.calendar import CalendarPost
from planner.planning.facts_said import CURRENCY_AFTER, CURRENCY_BEFORE, event_aside
from planner.planning.repeats import SENTENCE_SPLIT, URL
from planner.planning.wording import PHONE
from planner.planning.when import in_person

#: a sentence (three words or more) in this many posts of a calendar reads pasted
SENTENCE_POSTS = 3
#: ... of any this many days (a long plan may say a sentence again a month on)
SENTENCE_DAYS = 28
#: one call to action's wording in this many posts of a calendar reads as the sign-off
CTA_POSTS = 3
#: a fact of the brief is told on one platform once in this many days (a month: CORE_DAYS)
FACT_PLATFORM_DAYS = 28
#: what the business is may reach one platform again a fortnight on, in another wording
#: (a what-it-is line is in at most a post a fortnight on each platform)
WHAT_DAYS = 14
#: the fewest words a sentence has for the ledger to count it
SENTENCE_WORDS = 3
#: a thin brief (none of the fact lists: problems, differences, story, tips, quotes, FAQs)
#: has only what it is and a line or two to tell: a platform may hear what it is once a week
#: (in a wording no two other posts used) and a line of it once a fortnight
THIN_WHAT_DAYS = 7
THIN_LINE_DAYS = 14
#: the facts of the brief a post tells, about (what it is, and a line, a difference or a
#: price): a brief of few facts for its posts tells each again sooner (Ledger.days)
FACTS_PER_POST = 2
_FACT_LISTS = ("problems", "differentiators", "story", "tips", "quotes", "faqs")

_PLAIN = re.compile(r"[a-z0-9à-ÿ']+")
_TAG = re.compile(r"[#@][\w.]+")
_LINK_HINT = re.compile(r"(?i)\(?\b(?:link in (?:the )?(?:bio|profile|description|comments?)|"
                        r"in (?:our|the) bio|tap the link|link below|link above)\b\)?")
#: a price, in any currency the brief reader knows ("₹1,200", "₦5,000", "S/ 45", "RM30")
_PRICE = re.compile(rf"(?<![A-Za-z]){CURRENCY_BEFORE}\s?\d(?:[\d,.]*\d)?"
                    rf"|\d(?:[\d,.]*\d)?\s?{CURRENCY_AFTER}(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
#: words that say a sentence is about a dated moment (a giveaway, a live, a launch)
_MOMENT_WORDS = re.compile(
    r"(?i)\b(giveaway|win|winners?|enter(?:s|ing)?|entries|prize|draw|sponsored|endorsed|"
    r"affiliated|administered|live|launch(?:es|ing|ed)?|tomorrow|tonight|today|this morning|"
    r"closes?|ends?|starts?|doors|join us|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2}(?::\d{2})?\s?(?:am|pm))\b")


#: a market seller's line the day before, or the morning of, a market day (slots.market_line)
_MARKET_DAY = re.compile(r"(?i)\b(?:we're|find us|see us|meet us) at [^.\n]{3,90}? "
                         r"(?:this morning|tomorrow)\b")


def _norm(text: str) -> str:
    return " ".join(_PLAIN.findall(text.lower()))


def _contains(hay: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {hay} "


@dataclass(frozen=True)
class Fact:
    key: str
    label: str
    phrases: tuple[str, ...] = ()   # normalised wordings, any of which tells it
    tokens: tuple[str, ...] = ()    # raw tokens (a price, a phone number), any of which tells it


def brief_facts(brief: Brief | None) -> list[Fact]:
    """The brief's facts a calendar spends: what it is (in every wording of ours), each part
    of the description and of the audience, a price, each difference, the review standing,
    the perk, the referral reward, free shipping and a contact line."""
    if brief is None:
        return []
    from planner.planning.facts_said import brief_details, core_sentences
    from planner.planning.sparse import brief_lines, retellings

    variants, thin, core = brief_lines(brief)
    out: list[Fact] = []
    what = [*variants, *core_sentences(brief.description, brief.kind, brief.brand, brief.product)]
    out.append(Fact("what-it-is", "the what-it-is line",
                    tuple(dict.fromkeys(n for n in map(_norm, what) if len(n.split()) >= 3))))
    # (a description typed as a list: its first part, said as ours, is a part of its own)
    details = brief_details(brief) + ([core] if core else [])
    for i, d in enumerate([*details, *thin]):
        n = _norm(d)
        if len(n.split()) >= 3:
            # (a part of a thin brief told again in a sentence of its own is the same fact)
            again = tuple(_norm(r) for r in retellings(d, brief)) if d in thin else ()
            out.append(Fact(f"detail:{i}", f"the brief's line \"{d[:50]}\"",
                            tuple(dict.fromkeys((n, *again, *_bare(n))))))
    audience = _norm(brief.audience)
    if len(audience.split()) >= 2:
        out.append(Fact("audience", "the audience", (audience,)))
    offer_words = f"{brief.offer.discount} {brief.offer.condition}" if brief.offer else ""
    prices = tuple(dict.fromkeys(
        p.replace(" ", "") for p in _PRICE.findall(brief.description)
        if p.replace(" ", "") not in offer_words.replace(" ", "")))
    if prices:
        out.append(Fact("price", "the price", tokens=prices))
    for i, d in enumerate(brief.facts.differentiators):
        n = _norm(d)
        if len(n.split()) >= 3:
            out.append(Fact(f"difference:{i}", f"the difference \"{d[:50]}\"", (n,)))
    for key, label, value in (("reviews", "the review standing", brief.facts.reviews),
                              ("perk", "the customer perk", brief.customer_perk),
                              ("referral", "the referral reward", brief.referral_reward)):
        n = _norm(value)
        if len(n.split()) >= 2:
            # (a referral reward is told in sentences of ours, "…, you both get a free month":
            # each is the reward told, whatever its frame, blind read 28)
            got = _norm("get " + re.split(r"(?i)\s+(?:for (?:both )?you\b|for (?:every|each)|when|"
                                          r"once|after|as soon as)\s", value.strip(), maxsplit=1)[0])
            out.append(Fact(key, label, (n, got) if key == "referral" and len(got.split()) >= 3
                            else (n,)))
    if brief.free_shipping:
        out.append(Fact("free-shipping", "free shipping", ("free shipping", "ships free",
                                                           "free delivery", "delivery is free",
                                                           "shipping is free")))
    contacts = tuple(dict.fromkeys(
        [re.sub(r"\D", "", p) for p in PHONE.findall(brief.description)]
        + [e.lower() for e in _EMAIL.findall(brief.description)]))
    if contacts:
        out.append(Fact("contact", "the contact line", tokens=contacts))
    return out


#: the fewest words a line of the brief keeps once its subject is cut (_bare)
BARE_WORDS = 4


def _bare(phrase: str) -> tuple[str, ...]:
    """A line of the brief without its first word or two (its subject: "each appointment",
    "you"), the way a spotlight or a card quotes it: "takes about 45 minutes with hair" is
    the fact "Each appointment takes about 45 minutes with hair." told again (blind read 27:
    one such fact in four posts of eleven, the ledger counting it once)."""
    words = phrase.split()
    return tuple(" ".join(words[k:]) for k in (1, 2) if len(words) - k >= BARE_WORDS)


def offer_terms(brief: Brief | None) -> tuple[str, ...]:
    """The offer's words an offer post says again (its code, discount, condition and end
    date), subtracted before sentences are compared, as repeats.py's ``told`` is."""
    if brief is None or brief.offer is None:
        return ()
    offer = brief.offer
    out = [offer.code, offer.discount, offer.condition]
    for day in (offer.ends, offer.starts, brief.giveaway_ends):
        if day:
            out += [f"{day.strftime('%B')} {day.day}", f"{day.day} {day.strftime('%B')}",
                    f"{day.strftime('%b')} {day.day}", f"{day.day} {day.strftime('%b')}",
                    day.strftime("%A")]
    return tuple(sorted((t for t in out if t), key=len, reverse=True))


def moment_kind(post: CalendarPost, brief: Brief | None) -> str:
    """What dated moment ``post`` is about: "offer" (inside the window, saying the code or the
    discount), "giveaway", "event", "launch", "market" (a market seller's day before or
    morning of the market: "We're at the Sunday market this morning."), or ""."""
    if brief is None:
        return ""
    if _MARKET_DAY.search(post.text):  # (slots.market_line's words)
        return "market"
    text = post.text.lower()
    offer = brief.offer
    if offer is not None and (offer.code and offer.code.lower() in text
                              or offer.discount and offer.discount.lower() in text) \
            and not (offer.ends and post.date > offer.ends) \
            and not (offer.starts and post.date < offer.starts):
        return "offer"
    template = post.template.lower()
    if "giveaway" in template or brief.giveaway and brief.giveaway.lower() in text:
        return "giveaway"
    launch = brief.facts.launch
    if "launch" in template or launch is not None and launch.what and launch.what.lower() in text:
        return "launch"
    if "live" in template or "event" in template or any(
            e.title and e.title.lower() in text for e in brief.facts.events):
        return "event"
    return ""


@dataclass(frozen=True)
class Said:
    """What one post tells, as the ledger counts it."""
    sentences: frozenset[str]
    offer_sentences: frozenset[str]
    facts: frozenset[str]
    cta: str
    visual: str
    moment: str


class Ledger:
    """The calendar so far: which sentences, facts, calls to action and visuals its posts
    told, to find what a next post would tell too often."""

    def __init__(self, brief: Brief | None, weeks: int, shapes: bool = False) -> None:
        self.brief = brief
        self.weeks = max(1, weeks)
        #: the planner's own ledger also tells offer sentences of one shape apart
        #: (:func:`offer_shape`): a wording it passes over when another fits, never a lint
        #: finding of a calendar written by hand
        self.shapes = shapes
        #: a fact of the brief is told in at most this many posts of a calendar
        self.fact_cap = max(2, math.ceil(self.weeks / 2))
        self.terms = offer_terms(brief)
        self.facts = brief_facts(brief)
        self.labels = {f.key: f.label for f in self.facts}
        #: the brief has nothing but what it is and a line or two to tell (THIN_WHAT_DAYS)
        self.thin = brief is not None and not any(getattr(brief.facts, n) for n in _FACT_LISTS)
        self.wordings = {f.key: len(f.phrases) for f in self.facts}
        # how often a brief of few facts for its posts may tell one: its facts (and the items
        # of its lists, each a post's own) spread over the calendar's posts; a brief of many
        # facts keeps FACT_PLATFORM_DAYS and the fact cap (issue 13: a brief of five facts
        # on one platform four times a week kept 3 posts of 16 with a month between tellings)
        told = len(self.facts) + (sum(len(getattr(brief.facts, n)) for n in _FACT_LISTS)
                                  if brief is not None else 0)
        week = (brief.posts_per_week / max(1, len(brief.platforms))) if brief is not None else 0
        #: days before one platform may hear a fact of the brief again
        self.days = FACT_PLATFORM_DAYS if not week else min(FACT_PLATFORM_DAYS, max(
            THIN_WHAT_DAYS, math.ceil(7 * max(1, told) / (week * FACTS_PER_POST))))
        #: ... and how many posts of the calendar may tell it
        self.fact_cap = max(self.fact_cap, math.ceil(
            FACTS_PER_POST * brief.posts_per_week * self.weeks / max(1, told))) \
            if brief is not None else self.fact_cap
        self.posts: list[tuple[CalendarPost, Said]] = []
        #: what an event's name asks of people, said on each post about it
        self.asides = {_norm(event_aside(e.title, in_person(e))) for e in brief.facts.events} - {""} \
            if brief is not None else set()

    # -- reading a post ---------------------------------------------------------------

    def said(self, post: CalendarPost) -> Said:
        """What ``post`` tells, as the ledger counts it."""
        moment = moment_kind(post, self.brief)
        text = post.text
        cta = (post.cta or "").strip()
        if cta and cta in text:  # the call to action is counted as one (cta-overused)
            at = text.rfind(cta)
            text = text[:at] + text[at + len(cta):]
        text = _TAG.sub(" ", URL.sub(" ", text))
        sentences, offer_sentences = set(), set()
        code = self.brief.offer.mark.lower() if self.brief and self.brief.offer \
            and self.brief.offer.mark else ""
        for s in SENTENCE_SPLIT.split(text):
            if not s.strip():
                continue
            if moment == "offer" and code and code in s.lower():
                # the offer's own sentence: no other offer post says it in these words
                key = offer_key(s, self.terms)
                if key:
                    offer_sentences.add(key)
                shape = offer_shape(s, self.brief) if self.shapes else ""
                if shape:
                    offer_sentences.add(shape)
                continue
            if moment in ("giveaway", "event", "launch", "market") and _MOMENT_WORDS.search(s):
                continue  # the moment's prize, rules, date and time, told on each platform
            if moment == "event" and _norm(s) in self.asides:
                continue  # (... and what an event's name asks: "Come and see a pan being made.")
            cut = s
            for t in self.terms:
                cut = re.sub(re.escape(t), " ", cut, flags=re.IGNORECASE)
            words = _norm(cut)
            if len(words.split()) >= SENTENCE_WORDS:
                sentences.add(words)
        facts = self._facts_in(post.text)
        if "contact" in facts and cta and "contact" not in self._facts_in(post.text.replace(cta, " ")):
            # a number given as the way to act ("Call us: 0951 700 45 20") is the ask, not a
            # fact told again: an offer's last call may ask for the call too (read 25 after
            # the merge: Instagram's last call refused for the number the launch had given)
            facts.discard("contact")
        if moment == "market":  # (what is on the stall, said on each market day)
            facts.discard("what-it-is")
        if code and code in post.text.lower():
            # every offer post that states the code carries free shipping (blind read 20:
            # Planner.with_offer_shipping): part of the offer's terms, counted outside them
            facts.discard("free-shipping")
        return Said(frozenset(sentences), frozenset(offer_sentences),
                    frozenset(facts), cta_key(cta), _norm(post.visual), moment)

    def _facts_in(self, text: str) -> set[str]:
        words = _norm(URL.sub(" ", text))
        raw = text.replace(" ", "").lower()
        digits = re.sub(r"\D", "", text)
        out = set()
        for fact in self.facts:
            if any(_contains(words, p) for p in fact.phrases):
                out.add(fact.key)
            elif fact.key == "contact" and any(
                    (t in digits if t.isdigit() else t in text.lower()) for t in fact.tokens):
                out.add(fact.key)
            elif fact.key == "price" and any(t.lower() in raw for t in fact.tokens):
                out.add(fact.key)
        return out

    def cap_of(self, key: str) -> int:
        """How many posts of the calendar may tell a fact: max(2, half the weeks); what the
        business is, once to each platform's followers at least (a platform's first post
        says what it is)."""
        if key == "what-it-is" and self.brief is not None:
            if self.thin:  # (each wording in two posts at most: sentence-overused)
                return max(self.fact_cap, (SENTENCE_POSTS - 1) * self.wordings.get(key, 1))
            return max(self.fact_cap, len(self.brief.platforms) * math.ceil(self.weeks / 2))
        if self.thin and self.brief is not None:
            return max(self.fact_cap, len(self.brief.platforms) * self.fact_cap)
        return self.fact_cap

    def window(self, key: str) -> int:
        """Days before one platform may hear a fact again: FACT_PLATFORM_DAYS; of a thin
        brief, a week for what it is and a fortnight for a line of it."""
        if not self.thin:
            # (what it is: the sentence a follower who missed a fortnight needs first)
            return min(self.days, WHAT_DAYS) if key == "what-it-is" else self.days
        return THIN_WHAT_DAYS if key == "what-it-is" else min(self.days, THIN_LINE_DAYS)

    def closed(self, text: str, platform: str, day) -> bool:
        """Whether a line (an offer post's usual price) tells a fact of the brief that a post
        on ``platform`` on ``day`` may not tell again: it would be overtold."""
        for key in self._facts_in(text):
            where = [p for p, s in self.posts if key in s.facts]
            if len(where) + 1 > self.cap_of(key) or any(
                    p.platform == platform and abs((day - p.date).days) < self.window(key)
                    for p in where):
                return True
        return False

    def spent(self, text: str, day) -> bool:
        """Whether a line a post may leave out (an offer post's usual price, its free
        shipping) is told as often as a calendar may tell it, whatever the brief asks: a fact
        of it is in SENTENCE_POSTS - 1 posts already, or a sentence of it is in that many
        posts of the four weeks around ``day``. An offer post's own words are its code,
        discount, dates and condition; its other lines are facts like any other (blind read
        19: "Usual prices: …" in four offer posts)."""
        if not text:
            return False
        if any(sum(key in said.facts for _, said in self.posts) >= SENTENCE_POSTS - 1
               for key in self._facts_in(text)):
            return True
        for s in SENTENCE_SPLIT.split(text):
            words = _norm(s)
            if len(words.split()) >= SENTENCE_WORDS and sum(
                    any(_contains(x, words) for x in said.sentences | said.offer_sentences)
                    and abs((day - p.date).days) < SENTENCE_DAYS
                    for p, said in self.posts) >= SENTENCE_POSTS - 1:
                return True
        return False

    def worn(self, text: str, platform: str, day) -> bool:
        """Whether a line (an item of the brief a post would carry) is spent: its fact may not
        be told on ``platform`` on ``day`` (`closed`), or a sentence of it is in two posts
        already, so a third would read pasted. The planner picks another item first."""
        if not text or self.closed(text, platform, day):
            return bool(text)
        for s in SENTENCE_SPLIT.split(text):
            words = _norm(s)
            if len(words.split()) >= SENTENCE_WORDS and sum(
                    any(_contains(x, words) for x in said.sentences)
                    and abs((day - p.date).days) < SENTENCE_DAYS
                    for p, said in self.posts) + 1 >= SENTENCE_POSTS:
                return True
        return False

    # -- the ledger ----------------------------------------------------------------------

    def add(self, post: CalendarPost) -> None:
        self.posts.append((post, self.said(post)))

    def findings(self, post: CalendarPost,
                 earlier: Iterable[tuple[CalendarPost, Said]] | None = None, *,
                 rules: Collection[str] | None = None) -> list[tuple[str, str]]:
        """What ``post`` would tell too often, given the posts in the ledger; with ``rules``,
        only those rules are checked (the others' work is not done)."""
        mine = self.said(post)
        earlier = list(self.posts if earlier is None else earlier)
        out: list[tuple[str, str]] = []
        every = rules is None
        rules = frozenset(rules or ())
        for sentence in sorted(mine.sentences) if every or "sentence-overused" in rules else ():
            # (of any four weeks: a plan of eight or twelve may say it again a month on)
            where = [p for p, s in earlier if sentence in s.sentences
                     and abs((post.date - p.date).days) < SENTENCE_DAYS]
            if len(where) + 1 >= SENTENCE_POSTS:
                out.append(("sentence-overused",
                            f"\"{sentence[:60]}\" is in {len(where) + 1} posts (the "
                            f"{_where(where)} ones too): say it once, twice at most"))
                break
        for sentence in sorted(mine.offer_sentences) if every or "sentence-overused" in rules \
                else ():
            other = next((p for p, s in earlier if sentence in s.offer_sentences), None)
            if other is not None:
                out.append(("sentence-overused",
                            f"the offer's sentence \"{sentence[:60]}\" is the {other.date} "
                            f"{other.platform} offer post's too: each offer post words it anew"))
                break
        for key in sorted(mine.facts) if every or "fact-overtold" in rules else ():
            where = [p for p, s in earlier if key in s.facts]
            here = [p for p in where if p.platform == post.platform
                    and abs((post.date - p.date).days) < self.window(key)]
            if here:
                out.append(("fact-overtold", f"{self.labels[key]} was told on {post.platform} "
                                             f"on {here[-1].date} already"))
            elif len(where) + 1 > self.cap_of(key):
                out.append(("fact-overtold", f"{self.labels[key]} is in {len(where) + 1} posts; "
                                             f"a {self.weeks}-week calendar tells it in "
                                             f"{self.cap_of(key)} at most"))
        if mine.cta and (every or "cta-overused" in rules):
            where = [p for p, s in earlier if s.cta == mine.cta]
            if len(where) + 1 >= CTA_POSTS:
                out.append(("cta-overused", f"the call to action \"{post.cta[:50]}\" closes "
                                            f"{len(where) + 1} posts ({_where(where)})"))
        if mine.visual and (every or "visual-reused" in rules):
            other = next((p for p, s in earlier if p.platform == post.platform
                          and s.visual == mine.visual), None)
            if other is not None:
                out.append(("visual-reused", f"the visual is the {other.date} {other.platform} "
                                             f"post's too"))
        return out


#: words an offer sentence changes by the day ("until tomorrow, 24 June", "until 24 June 2027")
_DAY_WORDS = re.compile(r"(?i)\b(?:tomorrow|today|tonight|midnight|\d+(?:st|nd|rd|th)?)\b")


def offer_key(sentence: str, terms: Iterable[str]) -> str:
    """An offer post's offer sentence as two offer posts are compared: without the offer's
    terms and the day's words, so "With code X, you get 10% off, until tomorrow, 24 June."
    and "With code X, you get 10% off, until 24 June 2027." are one wording; "" when too
    little is left to compare."""
    for t in terms:
        sentence = re.sub(re.escape(t), " ", sentence, flags=re.IGNORECASE)
    words = _norm(_DAY_WORDS.sub(" ", sentence))
    return words if len(words.split()) >= 2 else ""


def offer_shape(sentence: str, brief: Brief | None) -> str:
    """An offer sentence's shape, as two offer posts are told apart: the words from its first
    term of the offer (the discount, the code, the end date) to its second, the terms marked
    by kind, so "€50 off a move with code MOVE50 ends tomorrow" and "€50 off a move with code
    MOVE50, until the end of today" are one shape ("D with code C"), whatever comes before or
    after (blind read 22: the offer said the same way post after post); "" when the sentence
    holds fewer than two terms."""
    if brief is None or brief.offer is None:
        return ""
    offer = brief.offer
    marks = [(offer.code, " qqc "), (offer.discount, " qqd "), (offer.condition, " qqw ")]
    marks += [(t, " qqe ") for t in offer_terms(brief)
              if t not in (offer.code, offer.discount, offer.condition)]
    for term, mark in sorted((m for m in marks if m[0]), key=lambda m: len(m[0]), reverse=True):
        sentence = re.sub(re.escape(term), mark, sentence, flags=re.IGNORECASE)
    words = _norm(_DAY_WORDS.sub(" ", sentence)).split()
    at = [i for i, w in enumerate(words) if w.startswith("qq") and len(w) == 3]
    if len(at) < 2:
        return ""
    return "shape: " + " ".join(words[at[0]:at[1] + 1])


def cta_key(cta: str) -> str:
    """A call to action's wording with its link taken out ("Book now: https://…" and "Book
    now (link in bio)" are one wording)."""
    cta = _LINK_HINT.sub(" ", URL.sub(" ", cta or ""))
    return _norm(cta)


def _where(posts: list[CalendarPost]) -> str:
    return ", ".join(f"{p.date} {p.platform}" for p in posts[:4])


def overtold_findings(posts: list[CalendarPost], brief: Brief | None,
                      weeks: int) -> list[tuple[int, str, str]]:
    """(1-based post index, rule, message) for every post of a calendar that tells a
    sentence, a fact, a call to action or a visual too often."""
    ledger = Ledger(brief, weeks)
    out = []
    for i, post in enumerate(posts, start=1):
        out += [(i, rule, msg) for rule, msg in ledger.findings(post)]
        ledger.add(post)
    return out
