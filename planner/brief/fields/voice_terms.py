"""Who speaks and on what terms: a seller who works alone ("it's just me", "I'm a one-woman
shop", "I teach…"), read as ``solo = true`` so posts say I and my; and an offer's condition
("for bookings on weekdays", "first order only", "orders over £40", "new clients only"),
read into ``[offer] condition`` so posts say it and its last call falls on a day it holds."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader

#: one person, said of themselves
_SOLO = re.compile(
    r"(?i)\b(?:(?:it'?s|it\s+is|i'?m|i\s+am)\s+(?:just|only)\s+me\b|just\s+me\b(?!\s+and\b)|"
    r"(?:i'?m|i\s+am)\s+(?:a\s+)?(?:one|1)[- ](?:wo)?man\s+(?:shop|band|show|business|operation|team)|"
    r"(?:a\s+)?one[- ](?:wo)?man\s+(?:shop|band|show|business|operation)|"
    r"(?:a\s+)?one[- ]person\s+(?:shop|business|studio|operation|team)|"
    r"(?:i'?m|i\s+am)\s+(?:a\s+)?solo\b|solo\s+(?:maker|teacher|tutor|founder|business|"
    r"practitioner|artist|baker|trainer|coach|photographer|designer|seller)|"
    r"i\s+(?:run|do)\s+(?:it|everything|the\s+(?:whole\s+)?(?:thing|business|shop))\s+"
    r"(?:all\s+)?(?:by\s+myself|on\s+my\s+own|alone|solo)|"
    r"i\s+(?:make|bake|sew|build|paint|knit|pour|throw|carve)\s+(?:every|each|all)\b[^.!?]{0,40}\bmyself|"
    r"i\s+teach\b|i'?m\s+the\s+only\s+(?:teacher|tutor|maker|one))")
#: more than one: "a team of four", "there are three of us", "not just me"
_NOT_SOLO = re.compile(
    r"(?i)\b(?:not\s+just\s+me|(?:a\s+)?team\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)|(?:there\s+are|we'?re|we\s+are)\s+(?:\d+|two|three|four|five|six)\s+of\s+us|"
    r"(?:my|our)\s+(?:staff|employees|team\s+(?:of|and)))\b")

#: words that tie a condition to the offer in the same sentence
_OFFER_WORDS = re.compile(r"(?i)(?:%|\b(?:off|offer|code|discount|deal|promo|voucher|coupon|valid|"
                          r"applies|redeemable|sale)\b|[$£€]\s?\d)")
_SHIPPING = re.compile(r"(?i)\bfree\s+(?:shipping|delivery|postage|p&p)\b")
_FOLK = r"(customers|clients|students|members|patients|subscribers|users|guests|buyers|shoppers)"
#: (pattern, how the condition is kept): each a phrase that reads after "The offer is valid"
_CONDITIONS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"(?i)\b(?:(?:booked|bought|ordered|used|redeemed|valid|made|placed)\s+)?"
                r"(?:on|for|during)\s+(?:a\s+|any\s+)?(?:weekdays?|week\s*days?)(?:\s+only)?\b|"
                r"\bweekdays?\s+only\b|\bmon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?\b(?:\s+only)?"),
     lambda m: "on weekdays only (Monday to Friday)"),
    (re.compile(r"(?i)\b(?:(?:booked|bought|ordered|used|redeemed|valid|made|placed)\s+)?"
                r"(?:on|for|at|during)\s+(?:the\s+|a\s+)?weekends?(?:\s+only)?\b|\bweekends?\s+only\b"),
     lambda m: "at weekends only (Saturday and Sunday)"),
    (re.compile(r"(?i)\b(?:on\s+|for\s+)?(?:your\s+|the\s+|a\s+)?first[- ]?(order|booking|visit|session|class|"
                r"lesson|purchase|box|month|appointment)s?(?:\s+only)?\b"),
     lambda m: f"on your first {m.group(1).lower()} only"),
    (re.compile(r"(?i)\b(?:on\s+|for\s+)?(orders?|purchases?|bookings?|baskets?|spends?)\s+"
                r"(over|above|of|from)\s+([$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|euros?|usd|gbp|dollars|pounds))"),
     lambda m: f"on {_plural(m.group(1).lower())} {m.group(2).lower()} {m.group(3)}"),
    (re.compile(r"(?i)\b(?:for\s+|to\s+)?(?:new|first[- ]time)\s+" + _FOLK + r"(?:\s+only)?\b"),
     lambda m: f"for new {m.group(1).lower()} only"),
]


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"


def extract_solo(reader: BriefReader) -> None:
    """"It's just me", "I'm a one-woman shop", "I teach…": the seller works alone, so posts
    say I and my; "a team of four", "there are three of us": not."""
    found = _SOLO.search(reader.text)
    against = _NOT_SOLO.search(reader.text)
    if against:
        reader.add(against.start(), "fact", ("solo", False))
    elif found:
        reader.add(found.start(), "fact", ("solo", True))


#: "no repeats", "never repeat a line", "don't repeat yourself", "I hate repetition"
_NO_REPEATS = re.compile(
    r"(?i)\b(?:no|zero|without)\s+(?:repeats|repetition|repeated\s+(?:lines|posts|sentences))\b|"
    r"\b(?:never|don'?t|do\s+not|dont)\s+repeat(?:\s+(?:yourself|a\s+line|lines|posts|anything|"
    r"the\s+same\s+(?:line|thing|sentence)s?))?\b|\bhate\s+repetition\b")


def extract_no_repeats(reader: BriefReader) -> None:
    """"No repeats", "never repeat the same line": the calendar tells nothing over and over,
    and leaves a slot empty rather than say a line again (``no_repeats``)."""
    found = _NO_REPEATS.search(reader.text)
    if found:
        reader.add(found.start(), "fact", ("no_repeats", True))


def extract_offer_condition(reader: BriefReader) -> None:
    """An offer's condition said in a sentence about the offer ("20% off custom pieces
    booked on a weekday", "code HELLO15, first order only"): kept as a phrase that reads
    after "The offer is valid" ("on weekdays only (Monday to Friday)", "on your first order
    only", "on orders over £40", "for new clients only"). A free-shipping threshold is no
    offer condition."""
    found: list[tuple[int, str]] = []
    for pattern, said in _CONDITIONS:
        for m in pattern.finditer(reader.text):
            segment = reader.segment_at(m.start())
            if segment is None:
                continue
            sentence = " ".join(s.text for s in reader.segments if s.sentence == segment.sentence)
            if not _OFFER_WORDS.search(sentence) and not reader.has_code_in(segment):
                continue
            if _SHIPPING.search(reader.text[max(segment.start, m.start() - 40):m.start()]):
                continue  # "free shipping on orders over £40": the shipping's terms
            found.append((m.start(), said(m)))
            break
    if found:
        # the condition said first: "new students only: 25% off the first month"
        start, condition = min(found)
        reader.add(start, "offer_condition", condition)
