"""Free text to brief updates, for the chat and ``planner brief TEXT``.

Rules, not a trained model, so it runs offline, is deterministic and can be read:
a blank spaCy pipeline with an EntityRuler (platforms, stores, countries,
discounts, hashtags) and a Matcher (promo codes), regexes where they are simpler
(cadence, dates, weeks, the free-text fields), and dateparser only on the date
spans found. It never raises: text it cannot read changes nothing.

Choices worth knowing:

* "every other day" is 4 posts a week (3.5 rounded up); ranges like "4-5 times a
  week" take the rounded-up middle.
* Platforms named for the first time replace the untouched default
  ``["instagram"]``; after that they are added, unless the text says "only".
* A cadence for one platform sets ``posts_per_week``; cadences for two or more
  platforms fill ``brief.cadence`` and ``posts_per_week`` is their sum.
* A little state that is not a brief field (fields the seller declined, the
  last question asked) rides on the Brief object as private attributes, so the
  chat does not ask the same thing twice and can read a bare answer.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import math
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from planner.domain.brief import Brief, Offer, next_monday
from planner.domain.vocabularies import PLATFORM_ALIASES, PLATFORMS
from planner.text.rules import TOKEN_MATCH

__all__ = ["BriefUpdate", "parse_brief_text", "next_question"]

MAX_CHARS = 10_000  # a brief is a few sentences; longer text is cut, not rejected
_MAX_PHRASE = 600   # how far past a trigger a phrase is looked for
_MAX_TRIES = 8      # trigger matches tried per segment before giving up

# private attributes on Brief objects (not dataclass fields: not saved, not compared)
_DECLINED = "_brief_text_declined"
_ASKED = "_brief_text_asked"
_PLATFORMS_SAID = "_brief_text_platforms_said"


@dataclass
class BriefUpdate:
    brief: Brief
    changed: list[str] = field(default_factory=list)
    understood: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# vocabulary

STORE_ALIASES: dict[str, list[str]] = {
    "amazon": ["amazon", "amazon.com", "amazon uk", "amazon handmade", "amzn"],
    "etsy": ["etsy", "etsy.com"],
    "shopify": ["shopify", "shopify store"],
    "ebay": ["ebay", "e-bay"],
    "website": ["website", "web site", "own site", "our site", "my site", "own website",
                "our website", "my website", "our own website", "my own website", "online store",
                "online shop", "webshop", "web shop", "own online shop", "own online store"],
    "tiktok shop": ["tiktok shop", "tik tok shop"],
    "instagram shop": ["instagram shop", "instagram shopping", "insta shop", "ig shop"],
    "facebook marketplace": ["facebook marketplace", "fb marketplace"],
    "facebook shop": ["facebook shop", "fb shop"],
    "walmart": ["walmart"],
    "depop": ["depop"],
    "poshmark": ["poshmark"],
    "vinted": ["vinted"],
    "mercari": ["mercari"],
    "faire": ["faire"],
    "notonthehighstreet": ["notonthehighstreet", "not on the high street"],
    "woocommerce": ["woocommerce", "woo commerce"],
    "squarespace": ["squarespace"],
    "wix": ["wix"],
    "bigcommerce": ["bigcommerce"],
    "big cartel": ["big cartel", "bigcartel"],
    "gumroad": ["gumroad"],
    "redbubble": ["redbubble"],
    "wholesale": ["wholesale"],
    "markets": ["markets", "farmers markets", "farmers' markets", "farmer's market",
                "farmers market", "local markets", "craft markets", "market stall",
                "christmas markets", "makers markets", "pop-ups", "pop ups", "pop-up shops"],
    "craft fairs": ["craft fairs", "craft fair", "fairs", "trade shows"],
    "local shops": ["local shops", "local stores", "boutiques", "gift shops"],
}

COUNTRY_NAMES: dict[str, list[str]] = {
    "GB": ["united kingdom", "great britain", "britain", "england", "scotland", "wales",
           "northern ireland"],
    "US": ["united states", "united states of america", "america", "the states"],
    "CA": ["canada"], "AU": ["australia"], "NZ": ["new zealand"], "IE": ["ireland"],
    "DE": ["germany"], "FR": ["france"], "ES": ["spain"], "IT": ["italy"],
    "NL": ["netherlands", "the netherlands", "holland"], "BE": ["belgium"], "SE": ["sweden"],
    "NO": ["norway"], "DK": ["denmark"], "FI": ["finland"], "PL": ["poland"],
    "PT": ["portugal"], "AT": ["austria"], "CH": ["switzerland"], "IN": ["india"],
    "JP": ["japan"], "SG": ["singapore"], "MX": ["mexico"], "BR": ["brazil"],
    "ZA": ["south africa"], "NG": ["nigeria"], "KE": ["kenya"],
    "AE": ["united arab emirates", "dubai"], "PH": ["philippines", "the philippines"],
    "ID": ["indonesia"], "MY": ["malaysia"], "KR": ["south korea", "korea"],
    "HK": ["hong kong"], "GR": ["greece"], "CZ": ["czech republic", "czechia"],
    "RO": ["romania"], "HU": ["hungary"], "IL": ["israel"], "AR": ["argentina"],
    "CL": ["chile"], "CO": ["colombia"], "EG": ["egypt"], "SA": ["saudi arabia"],
    "PK": ["pakistan"], "VN": ["vietnam"], "TH": ["thailand"], "LU": ["luxembourg"],
    "IS": ["iceland"], "EE": ["estonia"], "LT": ["lithuania"], "LV": ["latvia"],
    "HR": ["croatia"], "SI": ["slovenia"], "SK": ["slovakia"], "BG": ["bulgaria"],
    "UA": ["ukraine"], "CN": ["china"], "TW": ["taiwan"],
}
# upper-case abbreviations, matched case-sensitively ("US" is not "us")
COUNTRY_ABBREVIATIONS = {
    "UK": "GB", "U.K.": "GB", "GB": "GB", "US": "US", "U.S.": "US", "USA": "US",
    "U.S.A.": "US", "UAE": "AE", "NZ": "NZ",
}
# where a numeric date like 7/12 means 7 December
_DMY_COUNTRIES = {"GB", "IE", "AU", "NZ", "IN", "ZA", "DE", "FR", "ES", "IT", "NL", "BE", "SE",
                  "NO", "DK", "FI", "PL", "PT", "AT", "CH", "BR", "MX", "AR", "NG", "KE", "SG",
                  "MY", "HK", "GR", "CZ", "RO", "HU", "IL", "EG", "PK", "VN", "TH", "LU", "IS",
                  "EE", "LT", "LV", "HR", "SI", "SK", "BG", "UA", "AE", "SA", "ID", "PH", "CL",
                  "CO"}

DISCOUNT_PHRASES = [
    "bogo", "b1g1", "buy one get one", "buy one get one free", "buy one, get one free",
    "buy one get one half off", "buy one get one half price", "free gift", "a free gift",
    "free gifts", "free gift with purchase", "free gift with every order",
    "free gift with every purchase", "free gift with each order", "half price", "half off",
    "2 for 1", "two for one", "two for the price of one", "free sample", "free samples",
]

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "a": 1, "an": 1, "couple": 2, "a couple": 2, "a couple of": 2,
    "couple of": 2, "a few": 3, "few": 3, "several": 3, "once": 1, "twice": 2, "thrice": 3,
}

# ---------------------------------------------------------------------------------------
# the spaCy pipeline

# hashtags, @mentions, prices, percentages and promo codes stay whole, as in the stage model
_TOKEN_MATCH = TOKEN_MATCH
_CODE_SHAPE = re.compile(r"^(?=.{3,25}$)[A-Za-z0-9][A-Za-z0-9_-]{2,24}$")
# the length look-ahead keeps matching linear on very long tokens
_STRICT_CODE = re.compile(r"^(?=[A-Z0-9]{3,25}$)(?:[A-Z][A-Z0-9]{2,}\d+[A-Z0-9]*|\d+[A-Z]{3,}\d*)$")
_CODE_TRIGGERS = ["code", "coupon", "promo", "promocode", "voucher", "codeword"]
_CODE_FILLERS = ["is", ":", "=", "-", '"', "'", "called", "named", "will", "be", "would",
                 "of", "word"]
_CODE_STOP = {"is", "for", "the", "and", "gives", "get", "gets", "applies", "expires", "word",
              "code", "codes", "coupon", "promo", "valid", "works", "needed", "required", "off",
              "will", "be", "bogo", "b1g1", "free", "sale", "new", "none", "this", "that",
              "ends", "until", "till", "through", "here", "there", "use", "with"}

_LOCK = threading.RLock()


@lru_cache(maxsize=1)
def _build_pipeline():
    """Build the blank pipeline once per process: tokenizer tweaks, EntityRuler, code Matcher."""
    import spacy
    from spacy.matcher import Matcher
    from spacy.util import compile_prefix_regex

    nlp = spacy.blank("en")
    prefixes = [p for p in nlp.Defaults.prefixes if p not in ("#", "@")]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.token_match = _TOKEN_MATCH.match
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns: list[dict[str, Any]] = []
    for pid, aliases in PLATFORM_ALIASES.items():
        patterns += [{"label": "PLATFORM", "pattern": a, "id": pid} for a in aliases]
    patterns.append({"label": "PLATFORM", "pattern": [{"LOWER": "x."}], "id": "x"})
    for sid, aliases in STORE_ALIASES.items():
        patterns += [{"label": "STORE", "pattern": a, "id": sid} for a in aliases]
    for iso, names in COUNTRY_NAMES.items():
        patterns += [{"label": "COUNTRY", "pattern": n, "id": iso} for n in names]
    for abbr, iso in COUNTRY_ABBREVIATIONS.items():
        patterns.append({"label": "COUNTRY", "pattern": [{"ORTH": abbr}], "id": iso})
    patterns += [{"label": "DISCOUNT", "pattern": p} for p in DISCOUNT_PHRASES]
    off = {"LOWER": {"IN": ["off", "discount"]}}
    pct = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d+)?%$"}}
    price = {"TEXT": {"REGEX": r"^[$£€¥]\d[\d,]*(?:\.\d+)?$"}}
    num = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d+)?$"}}
    up_to = [{"LOWER": "up"}, {"LOWER": "to"}]
    for core in ([pct, off], [num, {"LOWER": {"IN": ["%", "percent", "pct"]}}, off],
                 [num, {"LOWER": "per"}, {"LOWER": "cent"}, off], [price, off],
                 [num, {"LOWER": {"IN": ["dollars", "dollar", "bucks", "pounds", "quid",
                                         "euros", "euro", "usd", "gbp", "eur"]}}, off]):
        patterns.append({"label": "DISCOUNT", "pattern": core})
        patterns.append({"label": "DISCOUNT", "pattern": up_to + core})
    patterns.append({"label": "DISCOUNT", "pattern": [
        {"LOWER": "buy"}, {"LIKE_NUM": True}, {"LOWER": "get"}, {"LIKE_NUM": True},
        {"LOWER": {"IN": ["free", "half"]}, "OP": "?"}]})
    patterns.append({"label": "HASHTAG", "pattern": [{"TEXT": {"REGEX": r"^#[A-Za-z_]\w*$"}}]})
    ruler.add_patterns(patterns)
    matcher = Matcher(nlp.vocab)
    matcher.add("CODE", [
        [{"LOWER": {"IN": _CODE_TRIGGERS}}, {"LOWER": {"IN": _CODE_FILLERS}, "OP": "*"},
         {"TEXT": {"REGEX": _CODE_SHAPE.pattern}}],
        [{"LOWER": {"IN": ["use", "using", "with"]}}, {"TEXT": {"REGEX": _STRICT_CODE.pattern}}],
    ])
    return nlp, matcher


def _pipeline():
    with _LOCK:
        return _build_pipeline()


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


# ---------------------------------------------------------------------------------------
# small text helpers

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\u2028\u2029]")
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                            "\u2013": "-", "\u2014": " - ", "\u00a0": " ", "\r": "\n",
                            "\u2032": "'", "\u00d7": "x"})


def _normalise(text: str) -> str:
    text = text[:MAX_CHARS].translate(_TRANSLATE)
    return _CONTROL.sub(" ", text)


def _num(word: str | None) -> int | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.strip().lower())
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def _clip(value: str, limit: int) -> str:
    value = value.strip()
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0]
    return cut.strip() or value[:limit]


def _strip_end(value: str) -> str:
    return value.strip().strip(" .,;:!-\"'").strip()


_ABBREV = {"co", "inc", "ltd", "llc", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "st", "mr", "mrs", "ms", "dr", "e.g", "i.e",
           "etc", "vs", "approx", "no", "mt", "jr", "sr", "u.s", "u.k", "a.m", "p.m", "u.s.a"}


def _sentences(t: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in re.finditer(r"[.!?;]+(?=\s|$)|\n+", t):
        if m.group() == ".":
            w = re.search(r"([A-Za-z][A-Za-z.]*)$", t[start:m.start()])
            if w and w.group(1).lower() in _ABBREV:
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(t)))
    out = []
    for s, e in spans:
        while s < e and t[s].isspace():
            s += 1
        while e > s and t[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_AND_NEXT = (r"(?:we|i|our|my|us|they|it|post|posts|posting|ship|ships|shipping|offer|offering|"
             r"run|running|have|has|are|is|sell|sells|selling|target|targeting|aim|aimed|want|"
             r"plan|planning|use|do|also|add|drop|remove|then|code|start|starting|no|not|only|"
             r"just|keep|make|refer|based)")
_STARTERS = (r"(?:we|i|our|my|us|they|it|it's|post|posting|posts|code|use|offer|ends|ending|"
             r"valid|starting|start|aimed|target|targeting|audience|hashtag|referral|refer|ship|"
             r"ships|shipping|plus|also|add|drop|remove|only|just|no|not|sell|selling|based|"
             r"located|brand|product|description|launch|launching|plan|every|daily|then|instead|"
             r"but|and|tone|keep|make|friends|customers|free|actually)")
_SEG_SPLIT = re.compile(
    rf"(?i:,\s*(?={_STARTERS}\b|\d|\$|#)"
    r"|\s+(?:but|although|though|whereas)\s+"
    rf"|\s+(?:and|&)\s+(?={_AND_NEXT}\b)"
    r"|\s+-\s+)")


@dataclass
class _Seg:
    start: int
    end: int
    text: str
    sent: int


def _segments(t: str) -> list[_Seg]:
    segs = []
    for si, (s, e) in enumerate(_sentences(t)):
        sent = t[s:e]
        pos = 0
        for m in _SEG_SPLIT.finditer(sent):
            if m.start() > pos:
                segs.append(_Seg(s + pos, s + m.start(), sent[pos:m.start()], si))
            pos = m.end()
        if pos < len(sent):
            segs.append(_Seg(s + pos, e, sent[pos:], si))
    return [g for g in segs if g.text.strip()]


# ---------------------------------------------------------------------------------------
# findings


@dataclass
class _Find:
    pos: int
    kind: str
    value: Any = None
    mode: str = "set"
    end: int = -1


@dataclass
class _Ent:
    label: str
    id: str
    start: int
    end: int
    text: str


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


# ---- product / brand / audience / description / referral / tone ----------------------

_PRODUCT_TRIGGER = re.compile(
    r"(?i:(?<![-\w])(?:(?:we|i|they|she|he)(?:'re|'m|\s+are|\s+am)?\s+"
    r"(?:(?:also|mainly|mostly|only|just|currently|now|basically|primarily|actually)\s+)*"
    r"(?:sell|selling|make|making|hand[- ]?make|hand[- ]?making|create|creating|craft|crafting|"
    r"produce|producing|design|designing|bake|baking|brew|brewing|roast|roasting|grow|growing|"
    r"knit|knitting|sew|sewing|print|printing|pour|pouring|offer|offering|stock|stocking|"
    r"carry|manufacture|manufacturing|import|importing|run|running|own|operate|operating)\b"
    r"|(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"(?:sell|sells|selling|makes|creates|crafts|produces|designs|bakes|brews|roasts|stocks)\b"
    r"|(?:our|my|the)\s+(?:main\s+)?products?\s+(?:is|are)\b"
    r"|products?\s*[:=]))")
_CUT_COMMON = (r"[,;!?()\[\]\"]|\.(?:\s|$)|\s+-\s+|\s+(?i:and|&)\s+(?=(?i:" + _AND_NEXT + r")\b)")
_PRODUCT_CUT = re.compile(
    _CUT_COMMON +
    r"|\s+(?i:on|at|through|thru|via|from|to|for|using|under|called|named|which|that|who|but|we|i|you|they|"
    r"because|since|so|while|where|when|if|online|exclusively|only|until|till|is|are|was|"
    r"starting|and\s+post\w*)\b"
    r"|\s+(?i:with)\s+(?=(?i:free|a\s+code|code|coupon|\d|[$£€]))"
    r"|\s+(?i:in)\s+(?=[A-Z]|(?i:the|our|my|stores?|person|shops?|markets?|bulk)\b)"
    r"|:")
_LEAD_STRIP = re.compile(
    r"^(?i:(?:a|an|the|our|my|some|mostly|mainly|primarily|only|just|also|really|actually|"
    r"basically|a\s+range\s+of|a\s+variety\s+of|all\s+kinds\s+of|lots\s+of|different\s+kinds\s+of)\s+)+")
_TRAIL_STRIP = re.compile(r"(?i:\s+(?:now|too|as\s+well|also|here|mostly|mainly|these\s+days|"
                          r"right\s+now|at\s+the\s+moment|anymore|actually))+$")
_PRODUCT_STOP = {
    "it", "them", "this", "that", "these", "those", "stuff", "things", "more", "sure", "money",
    "sales", "content", "posts", "post", "videos", "video", "reels", "time", "sense", "well",
    "out", "up", "friends", "lot", "lots", "everything", "anything", "something", "nothing",
    "free", "off", "good", "better", "best", "on", "at", "through", "via", "to", "for", "with",
    "from", "in", "online", "and", "or", "but", "we", "i", "you", "our", "my", "here", "there",
    "what", "how", "why", "whatever", "discount", "discounts", "code", "codes", "shipping",
    "referral", "referrals", "a", "an", "the", "is", "are", "fast", "quickly", "mostly",
    "only", "sell", "selling", "buy", "deals", "deal", "it's", "hashtag", "us", "them.",
    "your", "their", "his", "her", "its", "one", "ones", "ads", "ad", "campaigns", "a", "late",
    "out", "low", "promotions", "promos", "giveaways", "contests",
}


def _cut(value: str, regex: re.Pattern[str]) -> tuple[str, int]:
    """The value up to the first cut; also where the kept part ends."""
    m = regex.search(" " + value)
    end = (m.start() - 1) if m else len(value)
    return value[:max(end, 0)], max(end, 0)


def _clean_phrase(value: str, regex: re.Pattern[str], stop: set[str], max_words: int,
                  limit: int) -> tuple[str, int, int]:
    """Cut a captured phrase: (value, offset of its start, offset of its end) within the input."""
    kept, end = _cut(value, regex)
    pad = len(kept) - len(kept.lstrip())  # "we sell| a budgeting app": skip the space first
    lead = _LEAD_STRIP.match(kept[pad:])
    start = pad + lead.end() if lead else 0
    core = kept[start:]
    core = _TRAIL_STRIP.sub("", core)
    core = _strip_end(core)
    if core and kept[start:].lstrip().startswith(core):
        start += len(kept[start:]) - len(kept[start:].lstrip())
    words = core.split()
    if not words or words[0].lower() in stop or not re.search(r"[A-Za-z]", core):
        return "", 0, 0
    if re.match(r"^\d+(?:\.\d+)?\s*%", core) or len(words) > max_words:
        return "", 0, 0
    core = _clip(core, limit)
    return core, start, start + len(core)


_PEOPLE = re.compile(
    r"(?i:\b(?:women|woman|men|man|moms?|mums?|mothers?|dads?|fathers?|parents?|people|persons?|"
    r"customers?|buyers?|shoppers?|clients?|students?|teens?|teenagers?|kids|children|babies|"
    r"toddlers|girls?|boys?|guys|ladies|gents|gentlemen|adults|seniors|retirees|millennials|"
    r"gen[- ]?z|gen[- ]?x|boomers|families|couples|brides?|grooms?|newlyweds|professionals|"
    r"workers|nurses|teachers|doctors|owners|lovers|fans|enthusiasts|fanatics|geeks|nerds|"
    r"gamers|runners|cyclists|hikers|climbers|athletes|crafters|makers|knitters|bakers|cooks|"
    r"chefs|foodies|travell?ers|homeowners|renters|collectors|hobbyists|beginners|vegans|"
    r"vegetarians|readers|writers|artists|designers|developers|founders|entrepreneurs|"
    r"freelancers|creators|businesses|anyone|everyone|folks|gardeners|yogis|musicians|"
    r"photographers|gift[- ]?givers|gifters|skaters|surfers|golfers|anglers|campers|"
    r"pregnant|expecting)\b"
    r"|\b\d{2}\s*(?:-|to)\s*\d{2}\b|\b\d{2}\+|\baged?\s+\d|\bin\s+their\s+\d0s\b|\b\d0s\b)")
_AUDIENCE_CUT = re.compile(
    _CUT_COMMON + r"|\s+(?i:on|at|through|thru|via|but|so|because|since|until|till|starting)\b|:")
_AUDIENCE_TRIGGERS = re.compile(
    r"(?i:\b(?:(?:our|my|the)\s+)?(?:target\s+(?:audience|market|customers?|buyers?|demographic)|"
    r"ideal\s+(?:customers?|buyers?|clients?))\s*(?:is|are|=|:|-|would\s+be)?\s*"
    r"|\b(?:(?:our|my|the)\s+)?audience\s*(?:is|are|=|:|-)\s*"
    r"|\b(?:our|my)\s+(?:customers|buyers|clients|shoppers|followers|fans|market)\s+(?:are|is)\s+"
    r"(?:(?:mostly|mainly|usually|typically|generally|largely|primarily|all)\s+)?"
    r"|\b(?:customers|buyers|clients)\s+are\s+(?:(?:mostly|mainly|usually|typically)\s+)?"
    r"|\b(?:aimed|targeted|geared|tailored|marketed|pitched)\s+(?:(?:mostly|mainly)\s+)?(?:at|to|towards?)\s+"
    r"|\b(?:we|i)\s+(?:(?:mostly|mainly)\s+)?(?:target|are\s+targeting|am\s+targeting|want\s+to\s+reach|"
    r"sell\s+(?:(?:mostly|mainly)\s+)?to|cater\s+to)\s+"
    r"|\btargeting\s+|\bselling\s+(?:(?:mostly|mainly)\s+)?to\s+|\b(?:popular|big)\s+with\s+"
    r"|\b(?:loved|bought)\s+(?:(?:mostly|mainly)\s+)?by\s+)")
_FOR_PEOPLE = re.compile(r"(?i:\b(?:for|to)\s+)(?!(?i:every|each|a\s+month|the\s+next)\b)")
_AUDIENCE_STOP = {"a", "the", "is", "are", "on", "at", "and", "or", "every", "each", "them",
                  "it", "us", "you", "me", "free", "post", "posting", "sell"}

_BRAND_STOP = {
    "a", "an", "about", "all", "based", "small", "new", "growing", "known", "focused",
    "eco-friendly", "sustainable", "on", "in", "at", "for", "from", "not", "still", "just",
    "very", "really", "pretty", "quite", "mostly", "only", "also", "now", "available", "vegan",
    "local", "family", "handmade", "built", "more", "like", "into", "big", "tiny", "young",
    "it", "this", "that", "she", "he", "they", "we", "i", "who", "what", "everyone", "nobody",
    "everything", "selling", "located", "open", "here", "back", "ready", "excited", "happy",
    "looking", "trying", "launching", "going", "currently", "called", "named", "so", "too",
    "super", "always", "never", "there", "our", "my", "your", "their", "hoping", "planning",
    "doing", "posting", "making", "active", "live", "out", "ok", "okay", "fine", "good",
    "great", "thinking", "one", "two", "the", "no", "yes",
}
_BRAND_CUT = re.compile(
    r"[,;!?()\[\]\"]|\.(?:\s|$)|\s+-\s+|:"
    r"|\s+(?i:based|from|in|on|at|selling|who|that|which|but|we|i|making|sells|makes|for|"
    r"creating|offering|with|since|is|are|was|and\s+(?=(?:we|i|our|my|sell|post|make)\b))\b")
_BRAND_PATTERNS = [
    (re.compile(r"(?i:\b(?:our|my|the)\s+(?:brand(?:\s+name)?|company(?:\s+name)?|"
                r"business(?:\s+name)?|shop\s+name|store\s+name)\s+is\s+(?:called\s+|named\s+)?)"), False),
    (re.compile(r"(?i:\bbrand(?:\s+name)?\s*[:=]\s*)"), False),
    (re.compile(r"(?i:\b(?:(?:we|they)(?:'re|\s+are)|i(?:'m|\s+am)|it's|it\s+is|"
                r"(?:our|my|the)\s+(?:brand|shop|store|business|company|page)(?:'s|\s+is))\s+"
                r"(?:called|named)\s+)"), False),
    (re.compile(r"(?i:\b(?:our|my)\s+(?:shop|store)\s+is\s+)"), True),
    (re.compile(r"(?i:\bwe(?:'re|\s+are)\s+)"), True),
]
_BRAND_SUBJECT = re.compile(
    r"^(?P<v>[A-Z0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[A-Z0-9][\w&'.+-]*)){0,4})\s+"
    r"(?i:sells|makes|creates|crafts|offers|designs|produces)\b")

_REFERRAL_PATTERNS = [
    re.compile(r"(?i:\b(?:referrals?|refer[- ]a[- ]friend)(?:\s+(?:reward|bonus|program(?:me)?|"
               r"scheme|perk|offer|deal|incentive))?\s*(?::|=|-|\bis\b|\bwill\s+be\b|\bgives(?:\s+you)?\b|"
               r"\bgets(?:\s+you)?\b|\bearns?(?:\s+you)?\b)\s*)"),
    re.compile(r"(?i:\b(?:friends|customers|people|anyone|everyone|those|buyers|fans|members|"
               r"clients|you|shoppers|someone|whoever)\s+(?:who|that)\s+refers?(?:\s+(?:a\s+friend|"
               r"friends|someone|others|people|a\s+buddy))?\s+(?:will\s+)?(?:get|gets|receive|"
               r"receives|earn|earns|win|wins|are\s+rewarded\s+with|score|scores)\s+)"),
    re.compile(r"(?i:\brefer\s+(?:a|your|one)?\s*(?:friend|friends|buddy|pal)\s*(?:and|,|&|to)?\s*"
               r"(?:(?:you|they|we)(?:'ll)?\s+)?(?:both\s+)?(?:get|gets|receive|earn|score|save|win)\s+)"),
    re.compile(r"(?i:\b(?:we\s+(?:give|offer)|you\s+get|they\s+get|customers\s+get|give|"
               r"referrers\s+get)\s+)(?=.+?\b(?:for|per)\s+(?:every|each)\s+(?:friend|referral|"
               r"person|new\s+customer)\b)"),
    re.compile(r"(?i:^)(?=(?:an?|one)\s+.+?\b(?:for|per)\s+(?:every|each)\s+(?:friend|referral)\b)"),
]

_TONE_PATTERNS = [
    re.compile(r"(?i:\b(?:(?:our|my|the|brand)\s+)?(?:tone(?:\s+of\s+voice)?|brand\s+voice|voice)\s*"
               r"(?::|=|-|\bis\b|\bshould\s+be\b)\s*)"),
    re.compile(r"(?i:\b(?:keep|make)\s+(?:it|the\s+posts|posts|everything|the\s+captions)\s+)"
               r"(?=(?i:playful|friendly|warm|professional|casual|fun|funny|witty|luxurious|luxe|"
               r"calm|bold|cheeky|minimal|elegant|cozy|cosy|upbeat|chill|formal|informal|quirky|"
               r"sassy|sincere|honest|relaxed|energetic|inspiring|educational|light)\b)"),
]

_DESC_EXPLICIT = re.compile(r"(?i:\b(?:product\s+)?description\s*(?::|=|-|\bis\b)\s*)")
_DESC_PRONOUN = re.compile(
    r"^(?i:(?:and\s+|also\s+|plus\s+)?(?:they're|they\s+are|it's|it\s+is|these\s+are|those\s+are|"
    r"each\s+(?:one|piece|item)?\s*is|every\s+(?:one|piece|item)\s+is|all\s+of\s+them\s+are)\s+)")
_DESC_SENTENCE = re.compile(
    r"^(?i:(?:they|it|each\s+one|each|every\s+one|our\s+\w+(?:\s+\w+)?)\s+(?:come|comes|last|lasts|"
    r"use|uses|contain|contains|feature|features|burn|burns|smell|smells|have|has|fit|fits|"
    r"are\s+made|is\s+made|are\s+hand\w*|is\s+hand\w*|are|is)\b"
    r"|(?:hand[- ]?(?:made|poured|crafted|sewn|stitched|painted|dyed|knit|thrown|tied|built|bound)|"
    r"made\s+(?:from|with|of|in|by)|crafted|designed|sustainably|ethically|locally|100%|vegan|"
    r"organic|eco-friendly|all[- ]natural|natural|recycled|small[- ]batch)\b)")
_DESC_OUR_NOUN_STOP = {"brand", "product", "products", "customers", "audience", "buyers", "hashtag",
                       "code", "offer", "discount", "referral", "tone", "voice", "website", "site",
                       "shop", "store", "name", "company", "business", "target", "clients",
                       "followers", "market", "sales", "plan", "goal", "budget", "team", "posts"}
_DESC_STOP = {"me", "us", "you", "him", "her", "them", "not", "ok", "okay", "fine", "going",
              "been", "just", "time", "hard", "difficult", "tricky", "complicated", "busy",
              "that", "this", "what", "how", "why", "true", "correct", "right", "wrong", "done",
              "all", "about", "a", "so", "very", "too", "really", "good", "great", "bad", "late",
              "early", "there", "here", "now", "still", "free", "on", "in", "at", "off"}


# ---- cadence ---------------------------------------------------------------------------

_NUMW = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
         r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a\s+couple(?:\s+of)?|"
         r"couple\s+of|a\s+few|few|several)")
_RANGE = rf"(?P<n>{_NUMW})(?:\s*(?:-|to|or)\s*(?P<n2>{_NUMW}))?"
_UNIT = (r"(?:x|times?|(?:new\s+)?posts?|reels?|videos?|tiktoks?|pins?|updates?|stories|"
         r"carousels?|days?)")
_UNIT_NOX = r"(?:(?:new\s+)?posts?|reels?|videos?|tiktoks?|pins?|updates?|stories|carousels?)"
_WEEK = r"(?:(?:a|per|each|every|in\s+a)\s+(?:week|wk)\b|/\s*(?:week|wk|w)\b|weekly\b)"
_DAY = r"(?:(?:a|per|each|every)\s+day\b|/\s*day\b|daily\b)"
_MONTH = r"(?:(?:a|per|each|every)\s+month\b|/\s*(?:month|mo)\b|monthly\b)"
_CADENCE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?i:\b{_RANGE}\s*{_UNIT}?\s*{_WEEK})"), "week"),
    (re.compile(rf"(?i:\b(?:a|an|one)\s+{_UNIT_NOX}\s+{_WEEK})"), "one_week"),
    (re.compile(r"(?i:\b(?P<n>once|twice|thrice)\s+(?:(?:a|per|each|every)\s+(?:week|wk)\b|weekly\b))"), "week"),
    (re.compile(rf"(?i:\b{_RANGE}\s*{_UNIT}?\s*{_DAY})"), "day"),
    (re.compile(rf"(?i:\b(?:a|an|one)\s+{_UNIT_NOX}\s+{_DAY})"), "one_day"),
    (re.compile(r"(?i:\b(?P<n>once|twice|thrice)\s+(?:(?:a|per|each|every)\s+day\b|daily\b))"), "day"),
    (re.compile(r"(?i:\b(?:daily|every\s*day|each\s+day|every\s+single\s+day|seven\s+days\s+a\s+week)\b)"), "daily"),
    (re.compile(r"(?i:\bevery\s+(?:other|second|2nd|two|2)\s+days?\b|\bevery\s+couple\s+(?:of\s+)?days\b)"), "other_day"),
    (re.compile(r"(?i:\bevery\s+(?P<n>3|4|5|6|three|four|five|six)\s+days\b)"), "every_n_days"),
    (re.compile(r"(?i:\b(?:every\s+weekday|on\s+weekdays|weekdays(?:\s+only)?|monday\s+(?:to|through|thru|-)\s+friday|mon\s*-\s*fri)\b)"), "weekdays"),
    (re.compile(r"(?i:\b(?:on\s+weekends|every\s+weekend|weekends\s+only)\b)"), "weekends"),
    (re.compile(rf"(?i:\b{_RANGE}\s*{_UNIT}?\s*{_MONTH})"), "month"),
    (re.compile(r"(?i:\bonce\s+a\s+month\b|\bpost(?:s|ing)?\s+monthly\b)"), "once_month"),
    (re.compile(r"(?i:\bpost(?:s|ing)?\s+weekly\b|\bweekly\s+posts?\b)"), "weekly"),
]
_AFTER_GAP = re.compile(r"(?i:\s*(?:(?:on|for|in|at|to|via|across|over|posting\s+on)\s+)?(?:(?:the|our|my)\s+)?)")
_CHAIN_GAP = re.compile(r"(?i:\s*(?:,|and|&|/|or|\+|plus)?\s*(?:(?:and|or)\s+)?(?:on\s+)?)")
_BEFORE_GAP = re.compile(
    r"(?i:\s*(?:[:\-,]\s*)?(?:(?:we|i)\s+)?(?:(?:post|posts|posting|gets?|is|at|do|go|upload|uploads|"
    r"uploading)\s+)?(?:(?:about|around|roughly|maybe|like|only|just)\s+)?)")


def _cadence_value(m: re.Match[str], kind: str) -> int | None:
    gd = m.groupdict()
    if kind in ("week", "day", "month"):
        n = _num(gd.get("n"))
        n2 = _num(gd.get("n2"))
        if n is None:
            return None
        if n2 is not None and n2 >= n:
            n = _round_half_up((n + n2) / 2)
        if kind == "week":
            return n
        if kind == "day":
            return n * 7
        return max(1, _round_half_up(n * 12 / 52))
    if kind == "every_n_days":
        return max(1, _round_half_up(7 / (_num(gd.get("n")) or 7)))
    return {"one_week": 1, "one_day": 7, "daily": 7, "other_day": 4, "weekdays": 5,
            "weekends": 2, "once_month": 1, "weekly": 1}.get(kind)


# ---- dates and weeks -------------------------------------------------------------------

_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WD = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|"
       r"fri|sat|sun)")
_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_HOLIDAY = (r"(?:christmas(?:\s+eve|\s+day)?|xmas(?:\s+eve)?|new\s+year'?s?(?:\s+(?:eve|day))?|"
            r"valentine'?s(?:\s+day)?|halloween|black\s+friday|cyber\s+monday|boxing\s+day)")
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    rf"|(?:{_WD},?\s+)?{_MON}\s+{_ORD}\b(?:,?\s+\d{{4}}\b)?"
    rf"|(?:{_WD},?\s+)?(?:the\s+)?{_ORD}\s+(?:of\s+)?{_MON}(?:,?\s+\d{{4}}\b)?"
    rf"|(?:next|this|coming|this\s+coming)\s+(?:{_WD}\b|week(?:end)?\b|month\b)"
    r"|(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"|today\b|tomorrow\b|tonight\b"
    r"|in\s+(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?)\b"
    rf"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:week|month|year|{_MON})\b"
    rf"|{_HOLIDAY}\b"
    rf"|{_WD}\b"
    rf"|{_MON}(?!\s*\d)\b)")
_START_TRIGGER = (r"\b(?:start(?:ing|s)?|begin(?:ning|s)?|kick(?:ing)?\s+off|launch(?:ing)?|"
                  r"go(?:ing)?\s+live|from|as\s+of|commencing)(?:\s+date)?")
_END_TRIGGER = (r"(?:\b(?:until|till|til|through|thru|ends?|ending|expires?|expiring|"
                r"(?:is\s+)?(?:valid|good)\s+(?:until|till|til|through|thru|to)|"
                r"runs?\s+(?:until|till|through|thru|to)|by|before|to)|'til)")
_TRIGGER_GAP = r"\s*[:=]?\s*(?:(?:on|from|in|at)\s+)?(?:the\s+week\s+of\s+)?"
_START_RE = re.compile(rf"(?i:{_START_TRIGGER}(?=[\s:=]){_TRIGGER_GAP}(?P<d>{_DATE}))")
_END_RE = re.compile(rf"(?i:{_END_TRIGGER}(?=[\s:=]){_TRIGGER_GAP}(?P<d>{_DATE}))")
# without "start"/"from", only "next Monday"-style phrases are read as the start
_BARE_START_RE = re.compile(rf"(?i:\b(?P<d>(?:next|this\s+coming|coming)\s+{_WD})\b)")
_OFFER_WORDS = re.compile(r"(?i:\b(?:offer|sale|discount|deal|promo|promotion|code|coupon|voucher|"
                          r"bogo)s?\b|%\s*off|\boff\b)")

_PERIOD = r"(?P<u>weeks?|months?|fortnights?|quarters?|years?)"
_TZ_HINT = re.compile(r"(?i:\btime\b|\btz\b|zone)")
_TZ_NAMED = re.compile(r"(?i:\b(?:time\s*zone|timezone|tz)\s*(?:is|:|=|of)?\s*)"
                       r"(?P<z>[A-Za-z_]+(?:/[A-Za-z_+\-]+){1,2}|[A-Za-z]+(?:\s[A-Za-z]+)?)")
_TZ_CITY_TIME = re.compile(r"(?i:(?:\b(?:on|in|using|are|is|all)\s+|\d\s*(?:[ap]m)?\s+)"
                           r"(?P<z>[a-z]+(?:\s[a-z]+)?)\s+time\b)")
_TOO_MANY_POSTS = re.compile(r"(?i:\b(?P<n>\d{3,})\s*(?:x|times?|(?:new\s+)?posts?)\s+(?:a|per|each|every)\s+"
                             r"(?P<u>week|day|month)\b)")
_TOO_MANY_WEEKS = re.compile(r"(?i:\b(?:(?:plan(?:ning)?|calendar|schedule|posts?|posting|content)\s+"
                             r"(?:for|over|covering)\s+(?:the\s+)?(?:next\s+)?|(?:for|over)\s+the\s+"
                             r"(?:next|coming)\s+)(?P<n>\d{3,})\s+(?P<u>weeks|months|days)\b)")
_WEEKS_PATTERNS = [
    re.compile(rf"(?i:\b(?:for|over|lasting|covering|spanning|plan(?:ning)?(?:\s+for)?|"
               rf"calendar\s+for|schedule\s+for|run(?:ning)?\s+for)\s+(?:the\s+)?(?:next\s+|coming\s+|"
               rf"first\s+)?(?P<n>{_NUMW}|a|an|one)?\s*[- ]?{_PERIOD}\b)"),
    re.compile(rf"(?i:\b(?:the\s+)?next\s+(?P<n>{_NUMW})\s+{_PERIOD}\b)"),
    re.compile(rf"(?i:\b(?P<n>{_NUMW}|a|one)[- ]{_PERIOD}[- ](?:content\s+)?(?:plan|calendar|campaign|"
               rf"schedule|run|sprint)\b)"),
    re.compile(rf"(?i:\b(?P<n>{_NUMW})\s+{_PERIOD}\s+of\s+(?:content|posts|posting)\b)"),
    re.compile(rf"(?i:\b(?P<n>{_NUMW})\s+(?P<u>weeks|months)\b)"),
]
_BARE_WEEKS_BEFORE = {"in", "every", "per", "each", "within", "after", "than", "about", "last",
                      "past", "ago", "around", "ends", "expires"}

# ---- offer, shipping, declines, hashtag, url, country ---------------------------------

_NO_OFFER = re.compile(
    r"(?i:\b(?:no|not\s+any|without\s+(?:a|an|any)?|forget(?:\s+about)?(?:\s+the)?|drop(?:\s+the)?|"
    r"remove(?:\s+the)?|cancel(?:\s+the)?|scrap(?:\s+the)?|skip(?:\s+the)?|delete(?:\s+the)?|"
    r"kill(?:\s+the)?|ditch(?:\s+the)?|there(?:'s|\s+is)\s+no|"
    r"(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:don't|do\s+not|won't|will\s+not|not|aren't|haven't|"
    r"have\s+not)\s+(?:have|running|run|doing|do|offer|offering|use|using|want|got)?\s*(?:a|an|any)?"
    r"|not\s+(?:running|doing|offering|having)\s+(?:a|an|any)?)\s*"
    r"(?:current\s+|active\s+|special\s+|promo\s+|discount\s+|sale\s+)?"
    r"(?:discounts?|offers?|codes?|promos?|promotions?|coupons?|sale|deals?|vouchers?)\b)")
_FREE_SHIP = re.compile(r"(?i:\bfree\s+(?:shipping|delivery|postage|p&p)\b|\bships?\s+(?:for\s+)?free\b|"
                        r"\b(?:shipping|delivery|postage)\s+is\s+(?:always\s+)?free\b)")
_NEG_BEFORE = re.compile(r"(?i:\b(?:no|not|don't|do\s+not|doesn't|no\s+longer|without|stop(?:ped)?|"
                         r"end(?:ed)?|drop(?:ped)?|remove[d]?|never|isn't|aren't|won't)\b[^.]{0,15}$)")
_NO_HASHTAG = re.compile(r"(?i:\b(?:no|without\s+a|don't\s+have\s+a|do\s+not\s+have\s+a|"
                         r"drop\s+the|remove\s+the|skip\s+the|forget\s+the)\s+(?:branded\s+)?hashtag)")
_NO_REFERRAL = re.compile(
    r"(?i:\b(?:no|without\s+a|(?:don't|do\s+not)\s+(?:have|do|offer|run)\s*(?:a|any)?|"
    r"drop\s+the|remove\s+the|skip\s+the|forget\s+the)\s*(?:referral|referrals|refer-a-friend|"
    r"refer\s+a\s+friend)(?:\s+(?:program(?:me)?|scheme|reward|rewards|bonus))?\b)")
_HASHTAG_EXPLICIT = re.compile(r"(?i:\bhashtag\s*(?:is|:|=|-)?\s*)#?(?P<v>[A-Za-z_]\w{1,60})\b")
_URL = re.compile(r"(?i:(?<![@\w.])(?:https?://[^\s,;]+|www\.[^\s,;]+|[a-z0-9][a-z0-9-]{1,62}"
                  r"\.(?:com|co\.uk|co|shop|store|net|org|io|uk|de|fr|ca|au|eu|us|me|art|design|ie|nl)"
                  r"(?:/[^\s,;]*)?)(?![\w.]*@))")
_SOCIAL_DOMAINS = ("instagram.", "tiktok.", "facebook.", "fb.", "x.com", "twitter.", "linkedin.",
                   "pinterest.", "youtube.", "youtu.be", "threads.", "amazon.", "etsy.com", "ebay.")
_COUNTRY_BEFORE = re.compile(r"(?i:\b(?:in|from|based\s+in|based\s+out\s+of|located\s+in|out\s+of|"
                             r"ship(?:s|ping)?\s+from|operate\s+in|across|country\s*[:=]?|"
                             r"country\s+is)\s+(?:the\s+)?$)")

# ---- polarity --------------------------------------------------------------------------

_NEG = re.compile(
    r"(?i:\b(?:drop(?:ping|ped)?|remov(?:e|ing|ed)|delet(?:e|ing|ed)|stop(?:ping|ped)?|"
    r"quit(?:ting)?|ditch(?:ing|ed)?|leav(?:e|ing)|left|scrap(?:ping)?|exclud(?:e|ing)|except|"
    r"without|no\s+longer|not|no\s+more|never|get\s+rid\s+of|forget(?:\s+about)?|take\s+off|"
    r"cancel(?:led|ling|ing)?|no|none\s+of|instead\s+of|rather\s+than|replac(?:e|ing)|"
    r"swap(?:ping)?(?:\s+out)?|switch(?:ing)?(?:\s+from)?|mov(?:e|ing)\s+(?:away\s+)?from)\b|n't\b)")
_NEUTRAL = re.compile(r"(?i:\bnot\s+(?:just|only)\b|\bno\s+matter\b|\bnot\s+sure\b)")
_ONLY_GAP = re.compile(
    r"(?i:\b(?:only|just|exclusively|solely|purely)\s+(?:(?:on|use|using|post(?:ing)?(?:\s+on)?|"
    r"sell(?:ing)?(?:\s+on)?|be\s+on|do|want|through|via|at|focus(?:ing)?\s+on)\s+)?"
    r"(?:(?:the|our|my)\s+)?$)")
# "TikTok isn't working for us", "Facebook is dead", "X? not anymore"
_POST_NEG = re.compile(
    r"(?i:^\s*(?:(?:is|are|has\s+been|have\s+been|was|were)\s+)?(?:isn't|is\s+not|aren't|are\s+not|"
    r"doesn't|does\s+not|don't|do\s+not|wasn't|weren't|never|hasn't|haven't|not)\s+"
    r"(?:\w+\s+){0,2}?(?:work|works|working|worked|doing|done|performing|convert|converting|worth|"
    r"bringing|getting|selling|for\s+us|right|good)\b"
    r"|^\s*(?:(?:is|are)\s+)?(?:dead|over|gone|a\s+flop|a\s+waste|not\s+for\s+us)\b"
    r"|^\s*[?,]?\s*(?:not\s+)?any\s*more\b|^\s*[?,]?\s*no\s+more\b)")
_ADD_WORDS = re.compile(r"(?i:\b(?:also|too|as\s+well|add(?:ing)?|plus|additionally|expand(?:ing)?|"
                        r"now\s+on|another|and\s+on)\b)")
_RESET = re.compile(r"(?i:\b(?:to|with|for|by|into)\b)")


# ---------------------------------------------------------------------------------------
# the parser


class _Parser:
    def __init__(self, text: str, brief: Brief, today: dt.date, asked: str | None) -> None:
        self.t = text
        self.brief = brief
        self.today = today
        self.asked = asked
        self.finds: list[_Find] = []
        self.claimed: list[tuple[int, int]] = []
        self.segs = _segments(text)
        self.shadow = _NEUTRAL.sub(lambda m: " " * len(m.group()), text)
        self.ents: list[_Ent] = []
        self.codes: list[_Ent] = []
        self._seg_starts = [g.start for g in self.segs]
        self._date_budget = 24  # dateparser is slow; a brief names a handful of dates
        self._ent_starts: list[int] = []

    # -- helpers --
    def add(self, pos: int, kind: str, value: Any = None, mode: str = "set", end: int = -1) -> None:
        self.finds.append(_Find(pos, kind, value, mode, end))

    def seg_of(self, pos: int) -> _Seg | None:
        i = bisect.bisect_right(self._seg_starts, pos) - 1
        if i >= 0 and self.segs[i].start <= pos < self.segs[i].end:
            return self.segs[i]
        return None

    def ents_in(self, seg: _Seg, label: str | None = None) -> list[_Ent]:
        lo = bisect.bisect_left(self._ent_starts, seg.start)
        hi = bisect.bisect_left(self._ent_starts, seg.end)
        return [e for e in self.ents[lo:hi] if label is None or e.label == label]

    def sentence_text(self, seg: _Seg) -> str:
        return " ".join(g.text for g in self.segs if g.sent == seg.sent)

    def date(self, span: str, prefer: str) -> dt.date | None:
        if self._date_budget <= 0:
            return None
        self._date_budget -= 1
        return _parse_date(span, self.today, self.brief.country, prefer)

    # -- entities --
    def run_spacy(self) -> None:
        nlp, matcher = _pipeline()
        with _LOCK:
            doc = nlp(self.t)
            matches = matcher(doc)
        for ent in doc.ents:
            if ent.label_ == "PLATFORM" and not self._keep_platform(doc, ent):
                continue
            self.ents.append(_Ent(ent.label_, ent.ent_id_ or ent.text.lower(), ent.start_char,
                                  ent.end_char, ent.text))
        self._ent_starts = [e.start for e in self.ents]
        seen = set()
        for _mid, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
            tok = doc[end - 1]
            word = tok.text
            if tok.i in seen or word.lower() in _CODE_STOP:
                continue
            if doc[start].lower_ in ("with", "use", "using") and not _STRICT_CODE.match(word):
                continue
            if not (re.search(r"[A-Za-z]", word) and (word.isupper() or re.search(r"\d", word))):
                continue
            seen.add(tok.i)
            self.codes.append(_Ent("CODE", word, tok.idx, tok.idx + len(word), word))
        codes_at = {c.start for c in self.codes}
        for tok in doc:  # stand-alone codes, only where an offer is being described
            if tok.idx in codes_at or not _STRICT_CODE.match(tok.text):
                continue
            seg = self.seg_of(tok.idx)
            if seg is None:
                continue
            has_discount = bool(self.ents_in(seg, "DISCOUNT"))
            if has_discount or self.asked == "offer":
                if tok.text.upper() in ("BOGO", "B1G1") or tok.text in COUNTRY_ABBREVIATIONS:
                    continue
                self.codes.append(_Ent("CODE", tok.text, tok.idx, tok.idx + len(tok.text), tok.text))

    @staticmethod
    def _keep_platform(doc, ent) -> bool:
        low = ent.text.lower().rstrip(".")
        prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
        glue = {"on", "and", "or", ",", "&", "/", "to", "from", "drop", "remove", "add", "with",
                "plus", "+", "only", "just", "not", "no", "use", "using", "like", ":", "("}
        if low == "x":
            if prev and (doc[ent.start - 1].like_num or prev in _NUMBER_WORDS):
                return False
            if nxt in {"a", "per", "times", "week", "weekly", "day", "daily", "month", "/", "each",
                       "every", "an"}:
                return False
            return prev in glue or (prev == "" and ent.text.startswith("X")
                                    and nxt in {",", "and", "&", "/", "(", "+", "or"})
        if low == "threads":
            return ent.text.startswith("T") or prev in glue
        if low == "shorts":
            return prev in glue
        return True

    # -- extraction steps --
    def extract(self) -> None:
        self.run_spacy()
        self.extract_declines()
        for seg in self.segs:
            self.extract_referral(seg)
            self.extract_tone(seg)
            self.extract_description_explicit(seg)
            self.extract_product(seg)
            self.extract_brand(seg)
            self.extract_audience(seg)
        self.extract_entities()
        self.extract_cadence()
        self.extract_dates()
        self.extract_weeks()
        self.extract_too_large()
        self.extract_offer_clear()
        self.extract_free_shipping()
        self.extract_hashtag()
        self.extract_url()
        self.extract_timezone()
        for seg in self.segs:
            self.extract_description_sentence(seg)
        self.extract_bare_answer()
        self.extract_leading_product()

    def claim(self, s: int, e: int) -> None:
        if e > s:
            self.claimed.append((s, e))

    def extract_declines(self) -> None:
        for m in _NO_HASHTAG.finditer(self.t):
            self.add(m.start(), "decline", "hashtag")
        for m in _NO_REFERRAL.finditer(self.t):
            self.add(m.start(), "decline", "referral_reward")
        for m in _NO_BRAND.finditer(self.t):
            self.add(m.start(), "decline", "brand")

    def extract_referral(self, seg: _Seg) -> None:
        if self.asked_decline_text():
            return
        for rx in _REFERRAL_PATTERNS:
            m = rx.search(seg.text)
            if not m:
                continue
            raw = seg.text[m.end():m.end() + _MAX_PHRASE]
            value = _strip_end(raw)
            if not re.search(r"[A-Za-z0-9$£€]", value) or value.lower().split()[0] in ("is", "the", "and"):
                continue
            if _NO_REFERRAL.search(seg.text):
                return
            value = _clip(value, 300)
            s = seg.start + m.end() + (len(raw) - len(raw.lstrip()))
            self.claim(seg.start + m.start(), seg.end)
            self.add(s, "referral_reward", value, end=seg.end)
            return

    def extract_tone(self, seg: _Seg) -> None:
        for rx in _TONE_PATTERNS:
            m = rx.search(seg.text)
            if not m:
                continue
            value, a, b = _clean_phrase(seg.text[m.end():m.end() + _MAX_PHRASE], _AUDIENCE_CUT,
                                        {"is", "a", "the"}, 8, 200)
            if value:
                s = seg.start + m.end()
                self.claim(seg.start + m.start(), s + b)
                self.add(s + a, "tone", value)
                return

    def extract_description_explicit(self, seg: _Seg) -> None:
        m = _DESC_EXPLICIT.search(seg.text)
        if not m:
            return
        # the rest of the sentence: descriptions often hold commas
        sent_end = max(g.end for g in self.segs if g.sent == seg.sent)
        s = seg.start + m.end()
        value = _strip_end(self.t[s:sent_end])
        if len(value.split()) >= 2 or (value and self.asked == "description"):
            self.claim(seg.start + m.start(), sent_end)
            self.add(s, "description", _clip(value[:1].upper() + value[1:], 500))

    def extract_product(self, seg: _Seg) -> None:
        if _overlaps(seg.start, seg.end, self.claimed):
            return
        for tries, m in enumerate(_PRODUCT_TRIGGER.finditer(seg.text)):
            if tries >= _MAX_TRIES:
                return
            rest = seg.text[m.end():m.end() + _MAX_PHRASE]
            value, a, b = _clean_phrase(rest, _PRODUCT_CUT, _PRODUCT_STOP, 15, 200)
            if not value:
                continue
            s = seg.start + m.end() + a
            # "X for eco moms" / "X to busy parents": the audience rides along
            tail = rest[b:]
            am = _FOR_PEOPLE.match(tail.lstrip())
            if am:
                off = len(tail) - len(tail.lstrip())
                aud, aa, ab = _clean_phrase(tail.lstrip()[am.end():], _AUDIENCE_CUT, _AUDIENCE_STOP, 20, 500)
                if aud and _PEOPLE.search(aud):
                    pos = seg.start + m.end() + b + off + am.end() + aa
                    self.claim(pos, pos + len(aud))
                    self.add(pos, "audience", aud)
            additive = bool(re.search(r"(?i:\balso\b|\btoo\b|\bas\s+well\b)", seg.text))
            self.claim(s, s + len(value))
            self.add(s, "product", value, mode="append" if additive else "set", end=s + len(value))
            return

    def extract_brand(self, seg: _Seg) -> None:
        m2 = _BRAND_SUBJECT.match(seg.text)
        candidates: list[tuple[int, bool]] = []
        for rx, needs_caps in _BRAND_PATTERNS:
            m = rx.search(seg.text)
            if m:
                candidates.append((m.end(), needs_caps))
                break
        if m2:
            candidates.append((m2.start("v"), True))
        for start, needs_caps in candidates:
            raw = seg.text[start:start + _MAX_PHRASE]
            quoted = re.match(r"[\"']([^\"']{1,80})[\"']", raw)
            if quoted:  # we're called "Wick & Wonder"
                start += 1
                raw = quoted.group(1)
            kept, _end = _cut(raw, _BRAND_CUT)
            value = _strip_end(kept)
            if not value or not re.search(r"[A-Za-z]", value):
                continue
            first = value.split()[0]
            if first.lower() in _BRAND_STOP:
                continue
            if needs_caps and not (first[0].isupper() or first[0].isdigit()):
                continue
            s = seg.start + start
            if any(e.label in ("STORE", "PLATFORM", "COUNTRY") and e.start == s for e in self.ents):
                continue
            if len(value.split()) > 6 or _overlaps(s, s + len(value), self.claimed):
                continue
            self.claim(s, s + len(value))
            self.add(s, "brand", _clip(value, 200))
            return

    def extract_audience(self, seg: _Seg) -> None:
        if any(f.kind == "referral_reward" and seg.start <= f.pos < seg.end for f in self.finds):
            return
        m = _AUDIENCE_TRIGGERS.search(seg.text)
        if m:
            value, a, _b = _clean_phrase(seg.text[m.end():m.end() + _MAX_PHRASE], _AUDIENCE_CUT,
                                         _AUDIENCE_STOP, 20, 500)
            s = seg.start + m.end() + a
            if value and not _overlaps(s, s + len(value), self.claimed):
                self.claim(seg.start + m.start(), s + len(value))
                self.add(s, "audience", value)
                return
        for tries, m in enumerate(re.finditer(r"(?i:\bfor\s+)(?!(?i:every|each|a\s+month|the\s+next|free)\b)", seg.text)):
            if tries >= _MAX_TRIES:
                return
            s0 = seg.start + m.end()
            if _overlaps(s0, s0 + 1, self.claimed):
                continue
            value, a, _b = _clean_phrase(seg.text[m.end():m.end() + _MAX_PHRASE], _AUDIENCE_CUT,
                                         _AUDIENCE_STOP, 20, 500)
            if value and _PEOPLE.search(value):
                self.claim(s0 + a, s0 + a + len(value))
                self.add(s0 + a, "audience", value)
                return

    def polarity(self, ent: _Ent, seg: _Seg, prev: tuple[_Ent, str] | None) -> str:
        before = self.shadow[seg.start:ent.start]
        if prev is not None and prev[1] in ("remove", "only"):
            gap = self.t[prev[0].end:ent.start]
            if _CHAIN_GAP.fullmatch(gap):
                return prev[1]
        negs = [m for m in _NEG.finditer(before)]
        if negs:
            last = negs[-1]
            gap = before[last.end():]
            other = any(e.start >= seg.start + last.end() and e.end <= ent.start
                        for e in self.ents_in(seg, ent.label))
            if len(gap) <= 40 and not (other and _RESET.search(gap)):
                return "remove"
        pos = ent.end
        for other in self.ents_in(seg, ent.label):
            if other.start >= pos and _CHAIN_GAP.fullmatch(self.t[pos:other.start]):
                pos = other.end
        if _POST_NEG.match(self.t[pos:min(seg.end, pos + 60)]):
            return "remove"
        if _ONLY_GAP.search(before) or re.match(r"(?i:\s*only\b)", self.t[ent.end:seg.end]):
            return "only"
        return "add"

    def extract_entities(self) -> None:
        for label, kind in (("PLATFORM", "platforms"), ("STORE", "sells_on")):
            for seg in self.segs:
                prev: tuple[_Ent, str] | None = None
                group: list[str] = []
                group_mode = ""
                group_pos = -1
                additive = bool(_ADD_WORDS.search(seg.text))
                for ent in self.ents_in(seg, label):
                    if _overlaps(ent.start, ent.end, self.claimed):
                        continue
                    mode = self.polarity(ent, seg, prev)
                    prev = (ent, mode)
                    if group and mode != group_mode:
                        self.add(group_pos, kind, group, mode=group_mode + ("+" if additive else ""))
                        group = []
                    if not group:
                        group_pos, group_mode = ent.start, mode
                    if ent.id not in group:
                        group.append(ent.id)
                if group:
                    self.add(group_pos, kind, group, mode=group_mode + ("+" if additive else ""))
        for ent in self.ents:
            if _overlaps(ent.start, ent.end, self.claimed):
                continue
            if ent.label == "COUNTRY":
                before = self.t[max(0, ent.start - 40):ent.start]
                after = self.t[ent.end:ent.end + 10]
                if _COUNTRY_BEFORE.search(before) or re.match(r"(?i:\s*-?\s*based\b)", after):
                    self.add(ent.start, "country", ent.id)
            elif ent.label == "DISCOUNT":
                self.add(ent.start, "offer_discount", _normalise_discount(ent.text))
        for code in self.codes:
            if not _overlaps(code.start, code.end, self.claimed):
                self.add(code.start, "offer_code", code.text)

    def extract_cadence(self) -> None:
        found: list[tuple[int, int, int]] = []
        for rx, kind in _CADENCE_PATTERNS:
            for m in rx.finditer(self.t):
                value = _cadence_value(m, kind)
                if value is None:
                    continue
                if _overlaps(m.start(), m.end(), self.claimed):
                    continue
                if value <= 0:
                    self.add(m.start(), "note", "a plan needs at least one post a week; "
                                                "the cadence is unchanged")
                    continue
                found.append((m.start(), m.end(), value))
        # keep the longest of overlapping matches
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        chosen: list[tuple[int, int, int]] = []
        for f in found:
            if not any(f[0] < c[1] and c[0] < f[1] for c in chosen):
                chosen.append(f)
        chosen.sort()
        if not chosen:
            return
        plats = sorted((e for e in self.ents if e.label == "PLATFORM"
                        and not _overlaps(e.start, e.end, self.claimed)), key=lambda e: e.start)
        after_first: dict[int, _Ent | None] = {}
        bound: dict[int, int] = {}  # platform start -> cadence index
        for i, (s, e, _v) in enumerate(chosen):
            nxt = next((p for p in plats if p.start >= e), None)
            ok = nxt is not None and _AFTER_GAP.fullmatch(self.t[e:nxt.start]) is not None
            after_first[i] = nxt if ok else None
        for i, (s, e, _v) in enumerate(chosen):
            if after_first[i] is not None:
                continue
            prv = next((p for p in reversed(plats) if p.end <= s), None)
            if prv is not None and _BEFORE_GAP.fullmatch(self.t[prv.end:s]) and prv.start not in bound:
                bound[prv.start] = i
        assigned: dict[int, list[str]] = {i: [] for i in range(len(chosen))}
        for pstart, i in bound.items():
            p = next(p for p in plats if p.start == pstart)
            assigned[i].append(p.id)
        for i, first in after_first.items():
            if first is None or first.start in bound:
                continue
            chain = [first]
            for p in plats:
                if p.start <= chain[-1].start:
                    continue
                if p.start in bound or not _CHAIN_GAP.fullmatch(self.t[chain[-1].end:p.start]):
                    break
                if any(c[0] >= chain[-1].end and c[0] < p.start for c in chosen):
                    break
                chain.append(p)
            assigned[i] += [p.id for p in chain if p.id not in assigned[i]]
        pairs: dict[str, int] = {}
        totals: list[tuple[int, int]] = []
        first_pos = chosen[0][0]
        for i, (s, e, v) in enumerate(chosen):
            ps = assigned[i]
            near = self.t[max(0, s - 12):min(len(self.t), e + 60)]
            if len(ps) == 1 or (len(ps) > 1 and re.search(r"(?i:\beach\b|\bevery\s+platform\b)", near)):
                for p in ps:
                    pairs[p] = min(v, 21)
                if v > 21:
                    self.add(s, "note", f"{v} posts a week is more than one platform takes; "
                                        "using 21 (three a day)")
            else:
                if v > 70:
                    self.add(s, "note", f"{v} posts a week is more than a plan holds; using 70")
                totals.append((s, v))
        old = self.brief.cadence
        if len(pairs) >= 2 or (pairs and old):
            self.add(first_pos, "cadence", pairs)
        elif pairs and not totals:
            self.add(first_pos, "posts_per_week", min(next(iter(pairs.values())), 70))
        elif totals:
            self.add(totals[-1][0], "posts_per_week", min(totals[-1][1], 70))

    def offer_context(self, seg: _Seg) -> bool:
        if any(seg.start <= c.start < seg.end for c in self.codes):
            return True
        if self.ents_in(seg, "DISCOUNT"):
            return True
        return bool(_OFFER_WORDS.search(seg.text))

    def extract_dates(self) -> None:
        starts: list[tuple[int, int, dt.date, bool]] = []
        for m in _START_RE.finditer(self.t):
            if _overlaps(m.start("d"), m.end("d"), self.claimed):
                continue
            seg = self.seg_of(m.start())
            d = self.date(m.group('d'), "first")
            if d is None or seg is None:
                continue
            in_offer = self.offer_context(seg)
            starts.append((m.start("d"), m.end(), d, in_offer))
            self.add(m.start("d"), "offer_starts" if in_offer else "start", d)
        taken = [(s, e) for s, e, _d, _o in starts]
        for m in _BARE_START_RE.finditer(self.t):
            if _overlaps(m.start(), m.end(), taken + self.claimed):
                continue
            seg = self.seg_of(m.start())
            if seg is None or self.offer_context(seg):
                continue
            if re.search(r"(?i:\b(?:until|till|through|ends?|by|before|to)\s+$)", self.t[max(0, m.start() - 12):m.start()]):
                continue
            d = self.date(m.group('d'), "first")
            if d is not None:
                self.add(m.start(), "start", d)
                taken.append((m.start(), m.end()))
        for m in _END_RE.finditer(self.t):
            if _overlaps(m.start("d"), m.end("d"), self.claimed) or _overlaps(m.start("d"), m.end("d"), taken):
                continue
            seg = self.seg_of(m.start())
            if seg is None:
                continue
            word = m.group().split()[0].lower()
            paired_start = next((x for x in starts if x[1] <= m.start() and self.seg_of(x[0]) is seg), None)
            if word == "to" and paired_start is None:
                continue
            d = self.date(m.group('d'), "last")
            if d is None:
                continue
            in_offer = self.offer_context(seg) if paired_start is None else paired_start[3]
            if re.match(r"(?i:ends?|ending|expir|valid|good|is\s+valid|runs?)", m.group()):
                in_offer = True  # "ends Dec 14", "valid till the 20th": deadlines are offers
            if not in_offer and word in ("by", "before") :
                continue
            if in_offer or (paired_start is None and self.brief.offer is not None
                            and not re.search(r"(?i:\b(?:post|posting|plan|calendar|schedule)\b)", seg.text)):
                self.add(m.start("d"), "offer_ends", d)
            else:
                start = paired_start[2] if paired_start else None
                self.add(m.start("d"), "plan_end", (start, d))

    def extract_weeks(self) -> None:
        taken: list[tuple[int, int]] = []
        for i, rx in enumerate(_WEEKS_PATTERNS):
            for m in rx.finditer(self.t):
                if _overlaps(m.start(), m.end(), taken + self.claimed):
                    continue
                seg = self.seg_of(m.start())
                if seg is None:
                    continue
                if any(c.start >= seg.start and c.start < seg.end for c in self.codes) or any(
                        True for _e in self.ents_in(seg, "DISCOUNT")):
                    continue
                if i == len(_WEEKS_PATTERNS) - 1:
                    prev = re.findall(r"[A-Za-z']+", self.t[max(0, m.start() - 15):m.start()])
                    nxt = self.t[m.end():m.end() + 15].lower().split()
                    if prev and prev[-1].lower() in _BARE_WEEKS_BEFORE:
                        continue
                    if nxt and nxt[0] in ("ago", "later", "before", "after", "left", "out", "from"):
                        continue
                n = _num(m.group("n")) if m.group("n") else 1
                if n is None:
                    continue
                unit = m.group("u").lower().rstrip("s")
                weeks = {"week": n, "fortnight": 2 * n, "month": _round_half_up(n * 52 / 12),
                         "quarter": 13 * n, "year": 52 * n}[unit]
                taken.append((m.start(), m.end()))
                if weeks > 52:
                    self.add(m.start(), "note", f"a plan covers at most 52 weeks, not {weeks}; using 52")
                elif weeks < 1:
                    self.add(m.start(), "note", "a plan covers at least one week; using 1")
                self.add(m.start(), "weeks", max(1, min(52, weeks)))

    def extract_too_large(self) -> None:
        """Three-digit cadences and plan lengths, which the main patterns do not read: taken
        when they fit a plan ("100 posts a month", "plan for 120 days"), else said back."""
        for m in _TOO_MANY_POSTS.finditer(self.t):
            if _overlaps(m.start(), m.end(), self.claimed):
                continue
            n, unit = int(m.group("n")), m.group("u").lower()
            weekly = _cadence_value(m, unit)
            self.claim(m.start(), m.end())
            if 1 <= weekly <= 70:
                self.add(m.start(), "posts_per_week", weekly)
            else:
                self.add(m.start(), "note", f"{n} posts a {unit} is more than a plan holds "
                                            "(at most 70 a week); the cadence is unchanged")
        for m in _TOO_MANY_WEEKS.finditer(self.t):
            if _overlaps(m.start(), m.end(), self.claimed):
                continue
            n, unit = int(m.group("n")), m.group("u").lower()
            weeks = {"days": math.ceil(n / 7), "weeks": n, "months": _round_half_up(n * 52 / 12)}[unit]
            self.claim(m.start(), m.end())
            if weeks <= 52:
                self.add(m.start(), "weeks", weeks)
            else:
                self.add(m.start(), "note", f"a plan covers at most 52 weeks, not {n} {unit}; "
                                            "the length is unchanged")

    def extract_offer_clear(self) -> None:
        for m in _NO_OFFER.finditer(self.t):
            if _overlaps(m.start(), m.end(), self.claimed):
                continue
            self.add(m.start(), "offer_clear")

    def extract_free_shipping(self) -> None:
        for m in _FREE_SHIP.finditer(self.t):
            if _overlaps(m.start(), m.end(), self.claimed):
                continue
            seg = self.seg_of(m.start())
            before = self.t[(seg.start if seg else 0):m.start()]
            after = self.t[m.end():m.end() + 25]
            neg = bool(_NEG_BEFORE.search(before)) or bool(
                re.match(r"(?i:\s+(?:is\s+)?(?:over(?!\s*[$£€\d])|ended|gone|no\s+longer))", after))
            # keep the seller's conditions: "free shipping on orders over $50" is not "free shipping"
            terms = re.match(r"(?i:\s+((?:on|for)\s+(?:all\s+)?orders?\s+(?:over|above|of)\s+"
                             r"[$£€]?\s?\d[\d.,]*\s?(?:[$£€]|usd|eur|gbp|dollars|pounds|euros)?"
                             r"|(?:over|above)\s+[$£€]\s?\d[\d.,]*|(?:in|within)\s+the\s+[A-Z]{2,3}))",
                             self.t[m.end():m.end() + 60])
            value = (terms.group(1).strip().rstrip(".,;!") if terms else True) if not neg else False
            self.add(m.start(), "free_shipping", value)

    def extract_hashtag(self) -> None:
        m = _HASHTAG_EXPLICIT.search(self.t)
        if m and m.group("v").lower() not in ("is", "the", "a", "for", "and", "we", "our", "yet"):
            if not _NO_HASHTAG.search(self.t[max(0, m.start() - 25):m.end()]):
                self.add(m.start(), "hashtag", "#" + m.group("v"))
                return
        for ent in self.ents:
            if ent.label == "HASHTAG" and not _overlaps(ent.start, ent.end, self.claimed):
                self.add(ent.start, "hashtag", ent.text[:100])
                return

    def extract_timezone(self) -> None:
        """"time zone: America/New_York", "we post on New York time", "times are UK time"."""
        if _TZ_HINT.search(self.t) is None:
            return
        from planner.domain.timezones import find, find_place

        for rx, look in ((_TZ_NAMED, find), (_TZ_CITY_TIME, find_place)):
            for m in rx.finditer(self.t):
                if _overlaps(m.start("z"), m.end("z"), self.claimed):
                    continue
                name = look(m.group("z"))
                if name:
                    self.claim(m.start(), m.end())
                    self.add(m.start("z"), "timezone", name)
                    return

    def extract_url(self) -> None:
        for m in _URL.finditer(self.t):
            url = m.group().rstrip(".,;:!?)\"'")
            low = url.lower()
            if any(d in low for d in _SOCIAL_DOMAINS) or _overlaps(m.start(), m.end(), self.claimed):
                continue
            self.add(m.start(), "url", url[:500])
            return

    def extract_description_sentence(self, seg: _Seg) -> None:
        if any(seg.start <= f.pos < seg.end or (f.pos < seg.start < f.end) for f in self.finds):
            return
        if self.ents_in(seg) or any(seg.start <= c.start < seg.end for c in self.codes):
            return
        text = seg.text.strip()
        if text.endswith("?") or len(text) > 400:
            return
        m = _DESC_PRONOUN.match(text)
        if m:
            value = _strip_end(text[m.end():])
        else:
            m = _DESC_SENTENCE.match(text)
            if not m:
                return
            our = re.match(r"(?i:our\s+(\w+))", text)
            if our and our.group(1).lower() in _DESC_OUR_NOUN_STOP:
                return
            value = _strip_end(text)
        words = value.split()
        if len(words) < 2 or words[0].lower().strip(",") in _DESC_STOP:
            return
        self.add(seg.start, "description", _clip(value[:1].upper() + value[1:], 500))

    def asked_decline_text(self) -> bool:
        return bool(self.asked) and _is_decline(self.t)

    def extract_leading_product(self) -> None:
        """A first message that opens with the product and where it sells, with no verb:
        "Handmade leather wallets on Etsy, 3 posts a week on Instagram"."""
        if self.brief.product or any(f.kind == "product" for f in self.finds) or not self.segs:
            return
        first = self.segs[0]
        store = next((e for e in self.ents if e.label == "STORE" and first.start < e.start < first.end),
                     None)
        if store is None:
            return
        head = self.t[first.start:store.start]
        m = _LEADING_SOLD.search(head)
        if m is None or m.start() == 0:
            return
        phrase = head[:m.start()]
        words = re.findall(r"[\w']+", phrase.lower())
        if (not _plausible_answer(phrase) or len(phrase.split()) > 8 or re.search(r"\d", phrase)
                or any(w in _NOT_A_PRODUCT for w in words)
                or any(e.label == "PLATFORM" and first.start <= e.start < store.start for e in self.ents)):
            return
        value, a, b = _clean_phrase(phrase, _PRODUCT_CUT, _PRODUCT_STOP | _NOT_PRODUCT_LEAD, 8, 200)
        if value and b - a == len(phrase.strip()) and not _overlaps(first.start + a, first.start + b,
                                                                    self.claimed):
            self.claim(first.start + a, first.start + b)
            self.add(first.start + a, "product", value)

    def extract_bare_answer(self) -> None:
        """A short reply to the question just asked, e.g. "soy candles" after "What do you sell?"."""
        asked = self.asked
        if not asked:
            return
        text = self.t.strip()
        if _is_decline(text):
            if asked != "product" and not any(f.kind != "decline" for f in self.finds):
                self.add(0, "decline", asked)
            return
        if not _plausible_answer(text):
            return
        if asked == "product" and not any(f.kind == "product" for f in self.finds):
            first = self.segs[0] if self.segs else None
            if first is None:
                return
            value, a, b = _clean_phrase(first.text, _PRODUCT_CUT, _PRODUCT_STOP | {"we", "i", "our", "my", "they"}, 10, 200)
            if value and not any(first.start + a <= f.pos < first.start + b for f in self.finds):
                self.add(first.start + a, "product", value)
            return
        if self.finds:
            return
        if asked == "audience":
            body = re.sub(r"(?i:^(?:it's\s+|they're\s+|mostly\s+|mainly\s+|usually\s+|for\s+)+)", "", text)
            value, _a, _b = _clean_phrase(body, _AUDIENCE_CUT, _AUDIENCE_STOP, 20, 500)
            if value:
                self.add(0, "audience", value)
        elif asked == "description":
            value = _strip_end(text)
            m = _DESC_PRONOUN.match(value)
            if m:
                value = value[m.end():]
            if len(value.split()) >= 2:
                self.add(0, "description", _clip(value[:1].upper() + value[1:], 500))
        elif asked == "referral_reward":
            value = _strip_end(text)
            if len(value.split()) >= 2:
                self.add(0, "referral_reward", _clip(value, 300))
        elif asked == "hashtag":
            m = re.fullmatch(r"#?([A-Za-z_]\w{1,60})", text.strip(" .!"))
            if m:
                self.add(0, "hashtag", "#" + m.group(1))
        elif asked == "brand":
            value = re.sub(r"(?i:^(?:it's\s+|we're\s+|we\s+are\s+|called\s+|the\s+brand\s+is\s+))",
                           "", _strip_end(text))
            if value and len(value.split()) <= 6:
                self.add(0, "brand", _clip(value, 200))


#: first words of an opening phrase that is not a product ("Hi on Etsy…", "Posting on…")
_NOT_PRODUCT_LEAD = {"we", "i", "our", "my", "they", "you", "hi", "hello", "hey", "thanks", "please",
                     "posting", "post", "selling", "sell", "help", "can", "could", "would", "need",
                     "want", "plan", "make", "create", "what", "how", "why", "who", "where", "when",
                     "is", "are", "do", "does", "also", "and", "but", "so", "just", "only", "mostly",
                     "shop", "store", "brand", "business", "company", "products", "product"}
#: words that make an opening phrase news, a promotion or a number, not the product
_NOT_A_PRODUCT = {"sale", "sales", "news", "collection", "collections", "drop", "launch", "launching",
                  "seller", "sellers", "shop", "shops", "store", "stores", "star", "stars", "review",
                  "reviews", "open", "opening", "friday", "monday", "cyber", "christmas", "deal",
                  "deals", "discount", "discounts", "offer", "offers", "update", "updates",
                  "restock", "restocked", "week", "weekend", "today", "tonight", "now", "live",
                  "new", "big", "top", "best", "one", "two", "three", "four", "five", "first",
                  "giveaway", "free", "shipping", "order", "orders", "account", "page", "profile",
                  "listing", "listings", "everything", "all", "anything", "nothing", "more"}
_LEADING_SOLD = re.compile(r"(?i:\s*,?\s*(?:(?:sold|selling|available)\s+)?(?:on|at|via|through)\s+$)")


_NO_BRAND = re.compile(r"(?i:\b(?:no|without\s+a|don't\s+have\s+a)\s+brand(?:\s+name)?\b)")
_DECLINE = re.compile(
    r"(?i:^\s*(?:no|nope|nah|none|nothing|skip(?:\s+it)?|pass|n/?a|not\s+now|later|no\s+thanks|"
    r"not\s+really|not\s+yet|not\s+sure|idk|dunno|don't\s+know|i\s+don't\s+know|"
    r"(?:we|i)\s+don't(?:\s+have\s+(?:one|any))?|don't\s+have\s+(?:one|any)|no\s+(?:we|i)\s+don't)"
    r"\s*[.!]*\s*$)")
_NOT_ANSWER = {"hi", "hello", "hey", "thanks", "thank", "ok", "okay", "yes", "yeah", "yep", "sure",
               "cool", "great", "what", "how", "why", "when", "where", "who", "can", "could",
               "should", "would", "is", "are", "do", "does", "help", "please", "lol", "hmm", "um",
               "uh", "/"}


def _is_decline(text: str) -> bool:
    return bool(_DECLINE.match(text))


def _plausible_answer(text: str) -> bool:
    if not text or text.endswith("?") or text.startswith("/") or len(text) > 300:
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    if not words or len(words) > 30 or words[0].lower() in _NOT_ANSWER:
        return False
    return sum(ch.isalpha() for ch in text) >= 3


def _normalise_discount(text: str) -> str:
    low = re.sub(r"\s+", " ", text.lower().strip())
    prefix = "up to " if low.startswith("up to ") else ""
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct|per cent)", low)
    if m:
        return f"{prefix}{m.group(1)}% off"
    m = re.search(r"([$£€¥]\d[\d,]*(?:\.\d+)?)", text)
    if m:
        return f"{prefix}{m.group(1)} off"
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(dollars?|bucks|usd|pounds|quid|gbp|euros?|eur)", low)
    if m:
        sym = {"d": "$", "b": "$", "u": "$", "p": "£", "q": "£", "g": "£", "e": "€"}[m.group(2)[0]]
        return f"{prefix}{sym}{m.group(1)} off"
    if low in ("bogo", "b1g1") or low.replace(",", "") in ("buy one get one", "buy one get one free", "buy 1 get 1", "buy 1 get 1 free"):
        return "buy one get one free"
    m = re.match(r"buy (\w+) get (\w+)(?: (free|half))?", low)
    if m:
        tail = {"half": " half price", None: " free", "free": " free"}[m.group(3)]
        if m.group(1) in ("one", "1") and m.group(2) in ("one", "1"):
            return "buy one get one" + tail
        return f"buy {m.group(1)} get {m.group(2)}{tail}"
    if low in ("half off", "half price"):
        return "half price"
    if low in ("2 for 1", "two for one", "two for the price of one"):
        return "2 for 1"
    if low.startswith("a free gift"):
        return low[2:]
    return low


# ---------------------------------------------------------------------------------------
# dates


def _holiday(name: str, today: dt.date) -> dt.date | None:
    name = re.sub(r"\s+", " ", name.lower().replace("'", ""))

    def upcoming(month: int, day: int) -> dt.date:
        d = dt.date(today.year, month, day)
        return d if d >= today else dt.date(today.year + 1, month, day)

    def black_friday(year: int) -> dt.date:
        nov1 = dt.date(year, 11, 1)
        first_thu = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7)
        return first_thu + dt.timedelta(days=22)

    if name.startswith(("christmas eve", "xmas eve")):
        return upcoming(12, 24)
    if name.startswith(("christmas", "xmas")):
        return upcoming(12, 25)
    if name == "boxing day":
        return upcoming(12, 26)
    if name.startswith("new year") and name.endswith("eve"):
        return upcoming(12, 31)
    if name.startswith("new year"):
        return upcoming(1, 1)
    if name.startswith("valentine"):
        return upcoming(2, 14)
    if name == "halloween":
        return upcoming(10, 31)
    if name in ("black friday", "cyber monday"):
        d = black_friday(today.year)
        if d + dt.timedelta(days=3) < today:
            d = black_friday(today.year + 1)
        return d + dt.timedelta(days=3 if name == "cyber monday" else 0)
    return None


_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _parse_date(span: str, today: dt.date, country: str, prefer: str) -> dt.date | None:
    """One date span as the seller meant it, relative to ``today``; None when unreadable."""
    s = re.sub(r"\s+", " ", span.strip().lower()).strip(" .,")
    if not s:
        return None
    try:
        d = _holiday(s, today)
        if d is not None:
            return d
        m = re.fullmatch(r"(?:next|this|coming|this coming) (\w+)", s)
        if m:
            what = m.group(1)
            if what == "week":
                return next_monday(today)
            if what == "weekend":
                return today + dt.timedelta(days=((5 - today.weekday()) % 7) or 7)
            if what == "month":
                return dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
            wd = _WEEKDAYS.get(what[:3])
            if wd is not None:
                ahead = (wd - today.weekday()) % 7
                if s.startswith("this") and not s.startswith("this coming") and ahead == 0:
                    return today
                return today + dt.timedelta(days=ahead or 7)
            return None
        m = re.fullmatch(r"(?:the )?end of (?:the )?(\w+)", s)
        if m:
            what = m.group(1)
            if what == "week":
                return today + dt.timedelta(days=(6 - today.weekday()) % 7)
            if what == "year":
                return dt.date(today.year, 12, 31)
            if what == "month":
                nxt = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            prefer = "last"
            s = what
        m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", s)
        if m:
            day = int(m.group(1))
            year, month = today.year, today.month
            for _ in range(3):
                try:
                    d = dt.date(year, month, day)
                except ValueError:
                    d = None
                if d is not None and d >= today:
                    return d
                year, month = year + (month == 12), month % 12 + 1
            return None
        if s in ("today", "tonight"):
            return today
        if s == "tomorrow":
            return today + dt.timedelta(days=1)
        dp = _dateparser()
        order = "DMY" if country.upper() in _DMY_COUNTRIES else "MDY"
        base = dt.datetime(today.year, today.month, today.day, 12, 0)
        parsed = dp.parse(s, languages=["en"], settings={
            "PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "DATE_ORDER": order,
            "PREFER_DAY_OF_MONTH": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False})
        if parsed is None:
            return None
        d = parsed.date()
        if d < today and not re.search(r"\d{4}|/\d{2,4}$", s):
            try:
                d = d.replace(year=d.year + 1)
            except ValueError:
                return None
        return d
    except Exception:  # dateparser on odd input: treat as no date
        return None


# ---------------------------------------------------------------------------------------
# applying findings


def _get_declined(brief: Brief) -> set[str]:
    try:
        return set(getattr(brief, _DECLINED, ()) or ())
    except Exception:
        return set()


def _set_private(brief: Brief, name: str, value: Any) -> None:
    try:
        setattr(brief, name, value)
    except Exception:  # a slotted or frozen Brief: the hints are optional
        pass


def _is_default_platforms(brief: Brief) -> bool:
    return (list(brief.platforms) == ["instagram"] and not brief.cadence
            and not getattr(brief, _PLATFORMS_SAID, False))


def _offer_line(offer: Offer | None) -> str:
    if offer is None:
        return "no offer this month"
    parts = [p for p in (offer.code, offer.discount) if p]
    if offer.starts:
        parts.append(f"starts {offer.starts.isoformat()}")
    if offer.ends:
        parts.append(f"ends {offer.ends.isoformat()}")
    return "offer: " + (", ".join(parts) if parts else "(details to come)")


def _line(fieldname: str, b: Brief) -> str:
    if fieldname == "platforms":
        return "platforms: " + ", ".join(b.platforms)
    if fieldname == "sells_on":
        return "sells on: " + (", ".join(b.sells_on) if b.sells_on else "(nowhere listed)")
    if fieldname == "posts_per_week":
        return f"posts per week: {b.posts_per_week}"
    if fieldname == "cadence":
        if not b.cadence:
            return "cadence: split evenly across platforms"
        return "cadence: " + ", ".join(f"{p} {n}/week" for p, n in b.cadence.items())
    if fieldname == "offer":
        return _offer_line(b.offer)
    if fieldname == "free_shipping":
        if isinstance(b.free_shipping, str):
            return f"free shipping {b.free_shipping}"
        return "free shipping" if b.free_shipping else "no free shipping"
    if fieldname == "start":
        return f"start: {b.start.isoformat() if b.start else '(next Monday)'}"
    if fieldname == "timezone":
        return f"time zone: {b.timezone or '(local time)'}"
    if fieldname == "referral_reward":
        return f"referral reward: {b.referral_reward or '(none)'}"
    value = getattr(b, fieldname)
    return f"{fieldname.replace('_', ' ')}: {value if value not in ('', None) else '(none)'}"


_FIELDS = ["product", "brand", "description", "audience", "platforms", "sells_on",
           "posts_per_week", "cadence", "start", "weeks", "hashtag", "referral_reward", "offer",
           "url", "free_shipping", "country", "timezone", "tone"]


def _apply(parser: _Parser, original: Brief, b: Brief, today: dt.date) -> tuple[list[str], list[str]]:
    finds = sorted(parser.finds, key=lambda f: f.pos)
    touched: dict[str, int] = {}
    notes: list[tuple[int, str]] = []
    declined = _get_declined(b)

    def touch(name: str, pos: int) -> None:
        touched.setdefault(name, pos)

    descriptions: list[_Find] = []
    for f in finds:
        k = f.kind
        if k == "product":
            value = f.value
            old = original.product
            if f.mode == "append" and old and value.lower() not in old.lower() and b.product == old:
                value = _clip(f"{old} and {value}", 200)
            b.product = value
            touch("product", f.pos)
        elif k in ("brand", "audience", "tone", "referral_reward", "url", "country", "hashtag", "timezone"):
            setattr(b, k, f.value)
            declined.discard(k)
            touch(k, f.pos)
        elif k == "description":
            descriptions.append(f)
        elif k == "free_shipping":
            b.free_shipping = f.value if isinstance(f.value, str) else bool(f.value)
            touch("free_shipping", f.pos)
        elif k == "start":
            b.start = f.value
            touch("start", f.pos)
        elif k == "weeks":
            b.weeks = f.value
            touch("weeks", f.pos)
        elif k == "note":
            notes.append((f.pos, f.value))
        elif k == "decline":
            declined.add(f.value)
            if f.value in ("hashtag", "referral_reward") and getattr(b, f.value):
                setattr(b, f.value, "")
                touch(f.value, f.pos)
            else:
                label = {"hashtag": "no branded hashtag", "referral_reward": "no referral reward",
                         "offer": "no offer this month", "description": "skipping the description",
                         "audience": "skipping the audience", "sells_on": "skipping where you sell"
                         }.get(f.value, f"skipping {f.value}")
                notes.append((f.pos, label))
    if descriptions:
        joined = " ".join(d.value.rstrip(".") + "." for d in descriptions).rstrip(".")
        if len(descriptions) == 1:
            joined = descriptions[0].value
        additive = any(re.match(r"(?i:(?:and\s+|also\s+|plus\s+))", parser.t[d.pos:d.pos + 6]) for d in descriptions) \
            or bool(re.search(r"(?i:\balso\b)", " ".join(d.value for d in descriptions)))
        if additive and original.description and b.description == original.description:
            joined = original.description.rstrip(".") + ". " + joined
        b.description = _clip(joined, 500)
        declined.discard("description")
        touch("description", descriptions[0].pos)

    # platforms and stores, in the order said
    default_platforms = _is_default_platforms(original)
    said_platforms = False
    only_done: dict[str, bool] = {}
    for f in finds:
        if f.kind not in ("platforms", "sells_on"):
            continue
        name = f.kind
        mode = f.mode.rstrip("+")
        additive = f.mode.endswith("+")
        cur = list(getattr(b, name))
        ids = [i for i in f.value if name != "platforms" or i in PLATFORMS]
        if not ids:
            continue
        if name == "platforms":
            said_platforms = True
        if mode == "remove":
            new = [p for p in cur if p not in ids]
            if name == "platforms" and not new:
                if cur:
                    notes.append((f.pos, f"kept {', '.join(cur)}: a plan needs at least one platform"))
                continue
            if new != cur:
                setattr(b, name, new)
                touch(name, f.pos)
            continue
        if mode == "only":
            if only_done.get(name):
                new = cur + [i for i in ids if i not in cur]
            else:
                new = list(ids)
                only_done[name] = True
        else:
            if name == "platforms" and default_platforms and not additive:
                cur = []
            new = cur + [i for i in ids if i not in cur]
        if name == "platforms":
            default_platforms = False
        if new != list(getattr(b, name)):
            setattr(b, name, new)
        touch(name, f.pos)
        if name == "sells_on":
            declined.discard("sells_on")

    # posts per week and per-platform cadence
    for f in finds:
        if f.kind == "posts_per_week":
            b.posts_per_week = max(1, min(70, f.value))
            b.cadence = {}
            touch("posts_per_week", f.pos)
            touch("cadence", f.pos)
        elif f.kind == "cadence":
            merged = dict(b.cadence)
            merged.update(f.value)
            b.cadence = merged
            for p in f.value:
                if p not in b.platforms:
                    if _is_default_platforms(b) and not said_platforms:
                        b.platforms = []
                    b.platforms.append(p)
                    touch("platforms", f.pos)
            touch("cadence", f.pos)
            touch("posts_per_week", f.pos)
    if b.cadence:
        pos = min([touched.get("platforms", 10**9), touched.get("cadence", 10**9)])
        kept = {p: n for p, n in b.cadence.items() if p in b.platforms}
        if any(p not in kept for p in b.platforms):
            # a platform without its own cadence: fall back to splitting the total
            total = sum(kept.values()) or b.posts_per_week
            b.cadence = {}
            b.posts_per_week = max(1, min(70, total))
        elif kept:
            b.cadence = kept
            b.posts_per_week = max(1, min(70, sum(kept.values())))
        else:
            b.cadence = {}
        if b.cadence != original.cadence or b.posts_per_week != original.posts_per_week:
            touch("cadence", pos)
            touch("posts_per_week", pos)

    # plan end dates become a number of weeks
    for f in finds:
        if f.kind == "plan_end":
            start, end = f.value
            start = start or b.start_date(today)
            days = (end - start).days + 1
            if days >= 1:
                b.weeks = max(1, min(52, math.ceil(days / 7)))
                touch("weeks", f.pos)

    # the offer: a clear resets it; a new code starts a fresh offer
    offer_finds = [f for f in finds if f.kind.startswith("offer_")]
    if offer_finds:
        last_clear = max((i for i, f in enumerate(offer_finds) if f.kind == "offer_clear"), default=-1)
        setters = offer_finds[last_clear + 1:]
        offer = None if last_clear >= 0 else copy.deepcopy(original.offer)
        new_code = any(f.kind == "offer_code" and (offer is None or f.value != offer.code) for f in setters)
        if new_code and offer is not None and offer.code:
            offer = Offer()
        first_discount = next((f for f in setters if f.kind == "offer_discount"), None)
        for f in setters:
            if offer is None:
                offer = Offer()
            if f.kind == "offer_code":
                offer.code = f.value
            elif f.kind == "offer_discount":
                if f is first_discount:  # "15% off ... 15% off everything" is one discount
                    offer.discount = f.value
            elif f.kind == "offer_ends":
                offer.ends = f.value
            elif f.kind == "offer_starts":
                offer.starts = f.value
        b.offer = offer
        touch("offer", offer_finds[0].pos)
        if offer is None:
            declined.add("offer")
            if original.offer is None:
                notes.append((offer_finds[0].pos, "no offer this month"))
        else:
            declined.discard("offer")

    _set_private(b, _DECLINED, frozenset(declined))
    if said_platforms or getattr(original, _PLATFORMS_SAID, False):
        _set_private(b, _PLATFORMS_SAID, True)

    newly_said = said_platforms and _is_default_platforms(original)
    order = sorted(touched, key=lambda n: (touched[n], _FIELDS.index(n)))
    changed = [name for name in order if getattr(b, name) != getattr(original, name)
               or (name == "platforms" and newly_said)]
    # a restated value is not a change, but the seller should see it was read
    same = [name for name in order if name not in changed and name != "cadence"]
    lines = [(touched[name], _line(name, b)) for name in changed] + notes
    lines += [(touched[name], _line(name, b) + " (as before)") for name in same
              if _line(name, b) not in {line for _p, line in lines}]
    lines.sort(key=lambda x: x[0])
    understood: list[str] = []
    for _pos, line in lines:
        if line not in understood:
            understood.append(line)
    return changed, understood


# ---------------------------------------------------------------------------------------
# public API


def parse_brief_text(text: str, brief: Brief | None = None, *,
                     today: dt.date | None = None) -> BriefUpdate:
    """Read brief details from free text; returns a new brief, what changed and what was understood."""
    today = today or dt.date.today()
    try:
        original = copy.deepcopy(brief) if brief is not None else Brief(product="")
    except Exception:
        original = Brief(product="")
    asked = getattr(original, _ASKED, None)
    _set_private(original, _ASKED, None)
    try:
        _pipeline()
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        clean = _normalise(text)
        if not clean.strip():
            return BriefUpdate(copy.deepcopy(original), [], [])
        parser = _Parser(clean, original, today, asked if isinstance(asked, str) else None)
        parser.extract()
        updated = copy.deepcopy(original)
        changed, understood = _apply(parser, original, updated, today)
        kind = _infer_kind(clean if "product" in changed or "description" in changed else "")
        if kind and kind != updated.kind:
            updated.kind = kind
            changed.append("kind")
            understood.append(f"kind: {kind}" + {"digital": " (no parcels or unboxing posts)",
                                                  "service": " (no parcels or unboxing posts)",
                                                  "product": ""}[kind])
        return BriefUpdate(updated, changed, understood)
    except Exception:  # never let odd input break the chat: nothing understood, nothing changed
        try:
            return BriefUpdate(copy.deepcopy(original), [], [])
        except Exception:
            return BriefUpdate(Brief(product=""), [], [])


_DIGITAL = re.compile(
    r"\b(apps?|software|saas|platform|plugin|extension|online courses?|courses?|e-?books?|"
    r"templates?|presets?|printables?|subscriptions? box(?:es)?|membership|newsletter|podcast|"
    r"digital downloads?|game|tool for)\b", re.I)
_SERVICE = re.compile(
    r"\b(salon|barber(?:shop)?|studio classes|classes|coaching|coach|consulting|consultancy|"
    r"agency|clinic|dentist|therapy|cleaning service|services?|tutoring|lessons|photography|"
    r"bookings?|appointments?|gym|personal training|catering|repairs?)\b", re.I)


def _infer_kind(text: str) -> str:
    """What the seller sells, from their own words: a physical product unless they say otherwise."""
    if not text:
        return ""
    if _DIGITAL.search(text) and not re.search(r"\b(handmade|hand-poured|printed|shipped?)\b", text, re.I):
        return "digital"
    if _SERVICE.search(text):
        return "service"
    return ""


def next_question(brief: Brief) -> str | None:
    """The friendliest question for the most useful missing field, or None when the brief is enough."""
    try:
        declined = _get_declined(brief)
        name = (brief.product or "").strip()
        short = _clip(name, 40) if name else "it"
        them = f"your {short}" if name else "it"
        field_name, question = None, None
        if not name:
            field_name = "product"
            question = "What do you sell? (e.g. “we sell soy candles”)"
        elif not brief.brand and "brand" not in declined:
            field_name = "brand"
            question = ("What's your brand or shop called? Captions use it "
                        "(e.g. “we're Glow & Co”), or say “no brand”.")
        elif not brief.description and "description" not in declined:
            field_name = "description"
            question = (f"What makes {them} special? One sentence is plenty "
                        "(e.g. “they're hand-poured in recycled glass jars”).")
        elif not brief.audience and "audience" not in declined:
            field_name = "audience"
            question = f"Who usually buys {them}? (e.g. “eco-conscious women 25-40”)"
        elif not brief.sells_on and "sells_on" not in declined:
            field_name = "sells_on"
            question = "Where can people buy it: Amazon, Etsy, Shopify, your own website?"
        elif brief.offer is None and "offer" not in declined:
            field_name = "offer"
            question = ("Are you running an offer? Give me the code, the discount and when it ends "
                        "(e.g. “code GLOW15 is 15% off until Dec 14”), or say “no offer”.")
        elif brief.offer is not None and not brief.offer.code and not brief.offer.discount \
                and "offer" not in declined:
            field_name = "offer"
            question = "What's the offer: a code, a discount (e.g. 15% off), or both?"
        elif not brief.hashtag and "hashtag" not in declined:
            field_name = "hashtag"
            question = "Do you have a branded hashtag (like #GlowAtHome)? Say “no hashtag” to skip."
        elif not brief.referral_reward and "referral_reward" not in declined:
            field_name = "referral_reward"
            question = ("Do customers get anything for referring a friend (e.g. “a free candle for "
                        "every friend who orders”)? Say “no referrals” to skip.")
        _set_private(brief, _ASKED, field_name)
        return question
    except Exception:
        return None
