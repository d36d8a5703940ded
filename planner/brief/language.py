"""The brief parser's spaCy pipeline and its date reader.

A blank English pipeline (no model to download) whose tokenizer keeps hashtags, prices,
percentages and promo codes whole as the stage model's does, an EntityRuler that marks
platforms, stores, countries, discounts and hashtags, and a Matcher for promo codes.
spaCy and dateparser are imported on first use: importing the parser stays cheap.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from planner.brief.vocabulary import (
    CODE_FILLERS,
    CODE_TRIGGERS,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_NAMES,
    DISCOUNT_PHRASES,
    PERCENT_WORDS,
    STORE_ALIASES,
    STORES_CASED,
)
from planner.domain.vocabularies import PLATFORM_ALIASES
from planner.text.rules import PROMO_CODE

#: a promo code on its own ("use GLOW15"): the shared rule, 3 to 25 characters (the
#: length look-ahead keeps matching linear on very long tokens)
STRICT_CODE = re.compile(rf"^(?=[A-Z0-9]{{3,25}}$)(?:{PROMO_CODE})$")
#: the looser shape accepted right after the word "code" ("code glow15", "coupon GIFTME"):
#: there the trigger word already says it is a code
CODE_SHAPE = re.compile(r"^(?=.{3,25}$)[A-Za-z0-9][A-Za-z0-9_-]{2,24}$")

#: platform names long enough to be read through a typo: one letter wrong, left out or
#: added ("linkdin", "facebok"), two in the longest ("instagarm"); the first letter is kept
FUZZY_PLATFORMS = ("instagram", "pinterest", "facebook", "linkedin", "youtube", "twitter", "tiktok")
#: words a letter away from a platform's name that are words of their own
NOT_PLATFORM_TYPOS = {"twister", "twitted", "youtuber", "tiktoker", "facebooked"}

#: store names read through a typo the same way ("amazn", "shopfy"); a short name such as
#: "etsy" is a letter from words of its own ("easy"): its common typos are listed instead
FUZZY_STORES = ("amazon", "shopify", "poshmark", "squarespace", "woocommerce", "redbubble", "gumroad")
STORE_TYPOS = {"etsy": ["etsey", "esty", "etys", "ettsy", "etsty", "etzy"], "ebay": ["ebya", "eaby"]}

#: spaCy pipelines are not thread-safe; the chat parses from a worker thread
LOCK = threading.RLock()


@lru_cache(maxsize=1)
def _build_pipeline():
    """Build the blank pipeline once per process: tokenizer tweaks, EntityRuler, code Matcher."""
    import spacy
    from spacy.matcher import Matcher

    from planner.text.language import customise_tokenizer  # imports spaCy: deferred

    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_entity_patterns())
    matcher = Matcher(nlp.vocab)
    matcher.add("CODE", [
        [{"LOWER": {"IN": CODE_TRIGGERS}}, {"LOWER": {"IN": CODE_FILLERS}, "OP": "*"},
         {"TEXT": {"REGEX": CODE_SHAPE.pattern}}],
        [{"LOWER": {"IN": ["use", "using", "with"]}}, {"TEXT": {"REGEX": STRICT_CODE.pattern}}],
        [{"LOWER": {"IN": ["use", "using", "with"]}}, {"TEXT": {"REGEX": r"^[A-Z]{4,15}$"}}],
        # "use glow15 at checkout": a code typed in lower case, with its digits
        [{"LOWER": {"IN": ["use", "using"]}}, {"TEXT": {"REGEX": r"^(?=[a-z]*\d)[a-z][a-z0-9]{2,19}$"}}],
    ])
    return nlp, matcher


def _entity_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns: PLATFORM, STORE, COUNTRY, DISCOUNT and HASHTAG."""
    patterns: list[dict[str, Any]] = []
    for pid, aliases in PLATFORM_ALIASES.items():
        patterns += [{"label": "PLATFORM", "pattern": a, "id": pid} for a in aliases]
    patterns.append({"label": "PLATFORM", "pattern": [{"LOWER": "x."}], "id": "x"})
    patterns.append({"label": "PLATFORM", "pattern": [{"LOWER": "tt"}], "id": "tiktok"})  # beside a cadence only
    # "LI 3x/wk", "ig 2x, li 1x", "pins 3x": short names, beside a cadence or in a list of platforms only
    patterns.append({"label": "PLATFORM", "pattern": [{"LOWER": "li"}], "id": "linkedin"})
    patterns.append({"label": "PLATFORM", "pattern": [{"LOWER": "pins"}], "id": "pinterest"})
    # "tweets 3 a week", "tweeting daily": posts on X named by what they are
    patterns.append({"label": "PLATFORM", "pattern": [{"LOWER": {"IN": ["tweets", "tweeting"]}}], "id": "x"})
    for name in FUZZY_PLATFORMS:  # "pintrest", "linkdin", "facebok", "instagarm"
        edits = "FUZZY2" if len(name) >= 9 else "FUZZY1"
        patterns.append({"label": "PLATFORM", "id": "x" if name == "twitter" else name, "pattern": [{"LOWER": {
            edits: name, "REGEX": f"^{name[0]}", "NOT_IN": sorted(NOT_PLATFORM_TYPOS)}}]})
    for sid, aliases in STORE_ALIASES.items():
        patterns += [{"label": "STORE", "pattern": a, "id": sid} for a in aliases]
    for sid, names in STORES_CASED.items():  # "Noon", "Bol": with their capital only
        patterns += [{"label": "STORE", "pattern": [{"ORTH": n}], "id": sid} for n in names]
    for name in FUZZY_STORES:
        edits = "FUZZY2" if len(name) >= 9 else "FUZZY1"
        patterns.append({"label": "STORE", "id": name, "pattern": [{"LOWER": {
            edits: name, "REGEX": f"^{name[0]}"}}]})
    for sid, typos in STORE_TYPOS.items():
        patterns += [{"label": "STORE", "pattern": t, "id": sid} for t in typos]
    for iso, names in COUNTRY_NAMES.items():
        patterns += [{"label": "COUNTRY", "pattern": n, "id": iso} for n in names]
    for abbr, iso in COUNTRY_ABBREVIATIONS.items():
        patterns.append({"label": "COUNTRY", "pattern": [{"ORTH": abbr}], "id": iso})
    for abbr in ("uk", "usa", "uae"):  # "in manchester, uk": no word of English ("us" is)
        patterns.append({"label": "COUNTRY", "pattern": [{"ORTH": abbr}],
                         "id": COUNTRY_ABBREVIATIONS[abbr.upper()]})
    patterns += [{"label": "DISCOUNT", "pattern": p} for p in DISCOUNT_PHRASES]
    off = {"LOWER": {"IN": ["off", "discount"]}}
    pct = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d+)?%$"}}
    price = {"TEXT": {"REGEX": r"^[$£€¥]\d[\d,]*(?:\.\d+)?$"}}
    num = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d+)?$"}}
    words = {"LOWER": {"IN": list(PERCENT_WORDS)}}  # "ten percent off"
    up_to = [{"LOWER": "up"}, {"LOWER": "to"}]
    for core in ([pct, off], [num, {"LOWER": {"IN": ["%", "percent", "pct"]}}, off],
                 [num, {"LOWER": "per"}, {"LOWER": "cent"}, off], [price, off],
                 [words, {"LOWER": {"IN": ["%", "percent", "pct"]}}, off],
                 [words, {"LOWER": "per"}, {"LOWER": "cent"}, off],
                 [num, {"LOWER": {"IN": ["dollars", "dollar", "bucks", "pounds", "quid",
                                         "euros", "euro", "usd", "gbp", "eur"]}}, off]):
        patterns.append({"label": "DISCOUNT", "pattern": core})
        patterns.append({"label": "DISCOUNT", "pattern": up_to + core})
    # "15%off", "discount: 10%": a percentage with "off" run on, or after the word "discount"
    patterns.append({"label": "DISCOUNT", "pattern": [{"TEXT": {"REGEX": r"^\d{1,3}%off$"}}]})
    patterns.append({"label": "DISCOUNT", "pattern": [{"LOWER": "discount"}, {"ORTH": ":"}, pct]})
    # "code MERRY (15%)"
    patterns.append({"label": "DISCOUNT", "pattern": [{"ORTH": "("}, pct, {"ORTH": ")"}]})
    # "save 15% with code GLOW15"
    patterns.append({"label": "DISCOUNT", "pattern": [{"LOWER": "save"}, {"LOWER": "up", "OP": "?"},
                                                      {"LOWER": "to", "OP": "?"}, pct]})
    patterns.append({"label": "DISCOUNT", "pattern": [
        {"LOWER": "buy"}, {"LIKE_NUM": True}, {"LOWER": "get"}, {"LIKE_NUM": True},
        {"LOWER": {"IN": ["free", "half"]}, "OP": "?"}]})
    # "buy 3 for £20", "2 for £10": a multibuy at a price
    patterns.append({"label": "DISCOUNT", "pattern": [
        {"LOWER": "buy", "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": "for"}, price]})
    patterns.append({"label": "HASHTAG", "pattern": [{"TEXT": {"REGEX": r"^#[A-Za-z_]\w*$"}}]})
    return patterns


def pipeline():
    """The shared ``(nlp, code matcher)`` pair, built on first use."""
    with LOCK:
        return _build_pipeline()


@lru_cache(maxsize=1)
def dateparser():
    """The dateparser module, imported on first use (it is slow to import)."""
    import dateparser

    return dateparser
