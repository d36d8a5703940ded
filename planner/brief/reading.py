"""The brief parser's state for one message: its segments, entities, claimed spans and findings."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from planner.brief.dates import parse_date
from planner.brief.noise import channel_talk
from planner.brief.language import LOCK, STRICT_CODE, pipeline
from planner.brief.replies import is_decline
from planner.brief.segments import Segment, overlaps, segments
from planner.brief.vocabulary import CODE_STOP, CODE_TRIGGERS, COUNTRY_ABBREVIATIONS, DEMONYMS, NUMBER_WORDS
from planner.domain.brief import Brief
from planner.domain.vocabularies import PLATFORM_ALIASES


@dataclass
class Finding:
    """One thing the message says: a field ``kind``, its value, and where it was said.

    ``mode`` says how a value combines with the brief: "set", "append" (a product said
    with "also"), or for platforms and stores "add", "remove" or "only", with a trailing
    "+" when the segment says "also" or "too"."""

    start: int
    kind: str
    value: Any = None
    mode: str = "set"
    end: int = -1


@dataclass
class Entity:
    """A span the EntityRuler or the code Matcher marked: PLATFORM, STORE, COUNTRY, DISCOUNT,
    HASHTAG or CODE, with the id it stands for ("instagram", "GB") and its text."""

    label: str
    id: str
    start: int
    end: int
    text: str


#: the names of peoples and nationalities, said with a capital ("Europeans", "Irish expats")
_PEOPLES = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({*DEMONYMS, "european", "asian", "african",
                                                          "scandinavian", "nordic", "latino",
                                                          "latina", "arab", "kiwi"}, key=len,
                                                         reverse=True)) + r")s?(?![\w-])")


class BriefReader:
    """Reads one chat message into findings about the brief.

    How it works:

    1. **Segments.** The text is normalised and cut into sentences and clauses
       (:mod:`planner.brief.segments`), so each fact is read within its own clause.
    2. **Entity pass.** :meth:`read_entities` runs the blank spaCy pipeline once: the
       EntityRuler marks platforms, stores, countries, discounts and hashtags; the Matcher
       and the shared promo-code rule mark codes.
    3. **Extractors.** The field extractors (:mod:`planner.brief.fields`, run in order by
       :mod:`planner.brief.parse`) look for their phrasings; each one records
       :class:`Finding` objects with :meth:`add` and marks the span it used with
       :meth:`claim`, so a later extractor does not read "for eco moms" as both a product
       and an audience.
    4. **Applying.** :func:`planner.brief.apply.apply_findings` applies the findings to a
       copy of the brief in the order they were said.

    The reader never changes the brief it was given; ``asked`` is the field the chat asked
    about last, so a bare reply ("soy candles") can be read as its answer.
    """

    def __init__(self, text: str, brief: Brief, today: dt.date, asked: str | None) -> None:
        #: the normalised message
        self.text = text
        #: the brief as it was before this message (read, never changed)
        self.brief = brief
        self.today = today
        #: the field the chat asked about last, or None
        self.asked = asked
        #: what the extractors found, in the order they found it
        self.findings: list[Finding] = []
        #: spans an extractor has used; later extractors leave them alone
        self.claimed_spans: list[tuple[int, int]] = []
        self.segments = segments(text)
        #: entities from the EntityRuler, in text order (see read_entities)
        self.entities: list[Entity] = []
        #: promo codes, in text order
        self.codes: list[Entity] = []
        self._segment_starts = [segment.start for segment in self.segments]
        self._entity_starts: list[int] = []
        self._dates_left = 24  # dateparser is slow; a brief names a handful of dates
        #: the message opened as a correction ("no,", "sorry, I meant", "I already said")
        self.correcting = False
        #: a product read as a place ("a small bakery"), which "we do sourdough" may replace
        self.place_product: Finding | None = None
        #: platforms, and how often to post, were said in an earlier message
        self.platforms_said = False
        self.cadence_said = False
        #: the brand so far was read from a lower-case reply ("ceremonial grade" when asked
        #: for the brand), so a name that follows alone ("Kumo Tea") may replace it
        self.brand_guess = False
        #: this message's brand was read that way
        self.guessed_brand = False
        #: a brand read from the seller introducing themself ("my name is Omar Haddad"): a
        #: business's name said in the same message ("…, Haddad Breads") replaces it
        self.introduced: Finding | None = None
        #: the message was in another language, glossed into English (planner.brief.gloss)
        self.foreign = False
        #: how often each platform was said to get posts, in earlier messages ("ig 3", then
        #: "fb 2"): a number said later for one platform adds to them
        self.platform_counts: dict[str, int] = {}
        #: the per-platform numbers this message said
        self.counts_said: dict[str, int] = {}
        #: towns and regions read as where the seller is ("in Leeds"): never a product or brand
        self.places: list[tuple[int, int]] = []

    # ---- recording --------------------------------------------------------------------------
    def add(self, start: int, kind: str, value: Any = None, mode: str = "set", end: int = -1) -> None:
        """Record a finding said at ``start``; a product made only of platform names, how
        often or a greeting ("ig 4x/wk", "hola") is never recorded."""
        if kind == "product" and isinstance(value, str) and channel_talk(value):
            return
        if kind == "product" and isinstance(value, str) and self._only_a_country(value):
            return  # "kenya", "uk": where the seller is, never what is sold
        if kind in ("product", "brand") and isinstance(value, str) and self._only_a_place(value):
            return  # "in Leeds": where the seller is, never what is sold or the name
        if kind == "audience" and isinstance(value, str):
            # "europeans", "americans": peoples keep their capital (a chat test of session 39)
            value = _PEOPLES.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], value)
        self.findings.append(Finding(start, kind, value, mode, end))

    def _only_a_country(self, value: str) -> bool:
        """Whether ``value`` is only the name of a country the message marks."""
        bare = value.strip(" .,!?").lower()
        return any(e.label == "COUNTRY" and self.text[e.start:e.end].lower() == bare
                   for e in self.entities)

    def _only_a_place(self, value: str) -> bool:
        """Whether ``value`` is only a town or region read as where the seller is."""
        bare = value.strip(" .,!?").lower()
        return any(self.text[a:b].lower() == bare for a, b in self.places)

    def claim(self, start: int, end: int) -> None:
        """Mark [start, end) as used by an extractor."""
        if end > start:
            self.claimed_spans.append((start, end))

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span an extractor has used."""
        return overlaps(start, end, self.claimed_spans)

    # ---- looking up -------------------------------------------------------------------------
    def segment_at(self, pos: int) -> Segment | None:
        """The clause that holds position ``pos``, or None between clauses."""
        i = bisect.bisect_right(self._segment_starts, pos) - 1
        if i >= 0 and self.segments[i].start <= pos < self.segments[i].end:
            return self.segments[i]
        return None

    def entities_in(self, segment: Segment, label: str | None = None) -> list[Entity]:
        """The entities (of ``label``, or all) that start inside ``segment``."""
        lo = bisect.bisect_left(self._entity_starts, segment.start)
        hi = bisect.bisect_left(self._entity_starts, segment.end)
        return [e for e in self.entities[lo:hi] if label is None or e.label == label]

    def has_code_in(self, segment: Segment) -> bool:
        """Whether a promo code starts inside ``segment``."""
        return any(segment.start <= code.start < segment.end for code in self.codes)

    def date(self, span: str, prefer: str) -> dt.date | None:
        """A date span read relative to today and the brief's country (a few per message)."""
        if self._dates_left <= 0:
            return None
        self._dates_left -= 1
        # prices in pounds or euros, and no country said: dates are written day first
        country = self.brief.country or ("GB" if re.search(r"[£€]", self.text) else "")
        return parse_date(span, self.today, country, prefer)

    def declines_the_question(self) -> bool:
        """Whether the message is a bare "no" to the question just asked."""
        return bool(self.asked) and is_decline(self.text)

    # ---- the entity pass --------------------------------------------------------------------
    def read_entities(self) -> None:
        """Run the spaCy pipeline once: fill :attr:`entities` and :attr:`codes`."""
        nlp, matcher = pipeline()
        with LOCK:
            doc = nlp(self.text)
            matches = matcher(doc)
        for ent in doc.ents:
            if ent.label_ == "PLATFORM" and not _is_platform(doc, ent):
                continue
            self.entities.append(Entity(ent.label_, ent.ent_id_ or ent.text.lower(),
                                        ent.start_char, ent.end_char, ent.text))
        self._entity_starts = [e.start for e in self.entities]
        seen = set()
        for _match_id, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            token = doc[end - 1]
            word = token.text
            if token.i in seen or word.lower() in CODE_STOP:
                continue
            if doc[start].lower_ in ("with", "use", "using") and not STRICT_CODE.match(word):
                # "£10 off with TENNER": a word in capitals is a code only beside a discount
                segment = self.segment_at(token.idx)
                if not ((word.isalpha() or word.islower()) and segment is not None
                        and self.entities_in(segment, "DISCOUNT")):
                    continue
            if not (re.search(r"[A-Za-z]", word) and (word.isupper() or re.search(r"\d", word))) \
                    and not self._lower_code(doc, start, end):
                continue
            seen.add(token.i)
            self.codes.append(Entity("CODE", word, token.idx, token.idx + len(word), word))
        codes_at = {code.start for code in self.codes}
        discounts_at = {doc.char_span(e.start, e.end, alignment_mode="expand").start
                        for e in self.entities if e.label == "DISCOUNT"}
        for token in doc:  # stand-alone codes, only where an offer is being described
            if token.idx in codes_at:
                continue
            if _WORD_CODE.match(token.text) and token.lower_ not in CODE_STOP and (
                    token.i + 1 in discounts_at or (token.i + 2 in discounts_at and doc[
                        token.i + 1].lower_ in ("for", "=", "gets", "gives", "is", ":", "-"))
                    # ("sorry its FILM25, 25% off": a code of letters and digits, a comma,
                    # its discount; chat test 37 took it for the brand)
                    or (token.i + 2 in discounts_at and doc[token.i + 1].text == ","
                        and STRICT_CODE.match(token.text) and re.search(r"\d", token.text))
                    or _FOR_FREE_SHIPPING.match(self.text, token.idx + len(token.text))):
                # "FIRSTBOX for 20% off", "HELLO = 10% off": a word in capitals naming a discount
                self.codes.append(Entity("CODE", token.text, token.idx,
                                         token.idx + len(token.text), token.text))
                continue
            if not STRICT_CODE.match(token.text):
                continue
            segment = self.segment_at(token.idx)
            if segment is None:
                continue
            if self.entities_in(segment, "DISCOUNT") or self.asked == "offer":
                if token.text.upper() in ("BOGO", "B1G1") or token.text in COUNTRY_ABBREVIATIONS:
                    continue
                self.codes.append(Entity("CODE", token.text, token.idx,
                                         token.idx + len(token.text), token.text))


    def _lower_code(self, doc, start: int, end: int) -> bool:
        """"code is xmas at checkout, 15% off": a word in lower case after "code" is the code
        when the offer is said around it (a discount in its sentence, or "at checkout")."""
        word = doc[end - 1]
        if doc[start].lower_ not in CODE_TRIGGERS or not word.is_alpha or len(word.text) < 3:
            return False
        if doc[end:end + 2].text.lower() == "at checkout":
            return True
        sentence = [s for s in self.segments if s.start <= word.idx < s.end]
        return bool(sentence) and any(self.entities_in(s, "DISCOUNT") for s in self.segments
                                      if s.sentence == sentence[0].sentence)


#: "FREESHIP (free shipping)", "SHIPFREE for free delivery": a word in capitals naming free shipping
_FOR_FREE_SHIPPING = re.compile(r"(?i:\s*(?:\(|for\s+|=\s*|gets\s+(?:you\s+)?|gives\s+(?:you\s+)?|:\s*|-\s*)"
                                r"free\s+(?:shipping|delivery|postage))")
#: a code that is a word in capitals ("FIRSTBOX"), read only right before its discount
_WORD_CODE = re.compile(r"^[A-Z][A-Z0-9]{3,14}$")


#: words around a short platform name ("X", "Threads", "Shorts") that make it the platform
_PLATFORM_GLUE = {"on", "and", "or", ",", "&", "/", "to", "from", "drop", "remove", "add", "with",
                  "plus", "+", "only", "just", "not", "no", "use", "using", "like", ":", "("}


#: every platform's names, one word each ("instagram", "insta", "meta")
#: words that drop a platform named after them ("no pins", "scratch tt", "drop LI")
_DROP_WORDS = {"no", "not", "scratch", "drop", "skip", "remove", "without", "ditch", "minus"}

_PLATFORM_WORDS = {word for names in PLATFORM_ALIASES.values() for name in names
                   for word in name.split()} | {"meta"}


def _is_platform(doc, ent) -> bool:
    """Whether an ambiguous platform name is the platform: "3 x a week" and "the threads
    of the shirt" are not, "on X" and "TikTok, X and Threads" are."""
    low = ent.text.lower().rstrip(".")
    prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    following = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if low == "x":
        if prev and (doc[ent.start - 1].like_num or prev in NUMBER_WORDS):
            return False
        if (prev in {"and", "&", "+", "/", ",", "on", "", ".", "!", "?", "\n", ";"}
                and following in {"daily", "weekly", "every", "each"}):
            return True  # "linkedin 3x a week and x daily", "on X every day", "… site. x daily"
        if following in {"a", "per", "times", "week", "weekly", "day", "daily", "month", "/",
                         "each", "every", "an"}:
            return False
        if ent.end < len(doc) and (re.fullmatch(r"\d{1,2}x?", following) or following in {
                "once", "twice", "thrice"} or following in NUMBER_WORDS):
            return True  # "maybe x once", "X 5x/week", "and x 2": the platform, with how often

        # "X and threads, 3 a week", "X only", "Mostly video. X: 2 a week": a capital X opening
        # a message or a sentence, joined to a list or a count; never "x" mid-sentence alone
        opens = prev in {"", ".", "!", "?", "\n", ";"}
        return prev in _PLATFORM_GLUE or (opens and ent.text.startswith("X") and following in {
            ",", "and", "&", "/", "(", "+", "or", "only", "n", ":", "-", "mostly", "mainly"})
    if low == "threads":
        if (prev in {"", "\n", ",", ";"} or doc[ent.start - 1].like_num) and ent.end < len(doc) \
                and (doc[ent.end].like_num or re.match(r"\d+x?$", following)):
            return True  # "ig 4 threads 3": between counts, lowercase too
        if ent.start > 0 and doc[ent.start - 1].text[:1].isupper() and prev not in _PLATFORM_GLUE \
                and prev not in _PLATFORM_WORDS:
            return False  # "Northern Threads" is a name, at a sentence's start too; "Instagram Threads" is not
        return ent.text.startswith("T") or prev in _PLATFORM_GLUE
    if low == "shorts":
        return prev in _PLATFORM_GLUE
    if low in ("tt", "li", "pins"):
        # "tt 3x", "LI 2/wk", "pins 3x", "ig 3x, tt 3x": the short name only with how often beside
        # it; "li" and "pins" also in a list of platforms ("IG, FB, LI"), never after a word of
        # their own ("enamel pins 3x" are goods)
        counted = ent.end < len(doc) and (doc[ent.end].like_num or following in {
            "daily", "every", "each", "once", "twice", ":", "-", "x", "weekly"}
            or bool(re.match(r"\d+(?:x|/wk|/w|/week|/day|pw)?$", following)))
        # "ok no pins", "scratch tt": dropped by its short name, the message ending there
        dropped = prev in _DROP_WORDS and (ent.end == len(doc) or following in {".", "!", ",", "\n", "pls",
                                                                               "please", "thanks"})
        if low == "tt":
            return counted or dropped
        if low == "li" and ent.text == "Li" and prev not in _PLATFORM_GLUE:
            return False  # "Li" with a capital alone is a name
        listed = prev in {",", "+", "/", "&", "and"} and ent.start > 1 \
            and doc[ent.start - 2].lower_ in _PLATFORM_WORDS
        after_word = bool(prev) and prev.isalpha() and prev not in _PLATFORM_GLUE
        return (counted and not after_word) or listed or dropped
    return True
