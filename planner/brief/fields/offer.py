"""The offer: promo codes, discounts, "no offer", and free shipping with its conditions."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.segments import Segment
from planner.brief.vocabulary import PERCENT_WORDS

#: words that make a clause about an offer, so its dates are the offer's
_OFFER_WORDS = re.compile(r"(?i:\b(?:offer|sale|discount|deal|promo|promotion|code|coupon|voucher|"
                          r"bogo)s?\b|%\s*off|\boff\b)")
_NO_OFFER = re.compile(
    r"(?i:\b(?:no|not\s+any|without\s+(?:a|an|any)?|forget(?:\s+about)?(?:\s+the)?|drop(?:\s+the)?|"
    r"remove(?:\s+the)?|cancel(?:\s+the)?|scrap(?:\s+the)?|skip(?:\s+the)?|delete(?:\s+the)?|"
    r"kill(?:\s+the)?|ditch(?:\s+the)?|there(?:'s|\s+is)\s+no|"
    r"(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:don't|do\s+not|won't|will\s+not|not|aren't|haven't|"
    r"have\s+not)\s+(?:have|running|run|doing|do|offer|offering|use|using|want|got)?\s*(?:a|an|any)?"
    r"|not\s+(?:running|doing|offering|having)\s+(?:a|an|any)?)\s*"
    r"(?:current\s+|active\s+|special\s+|promo\s+|discount\s+|sale\s+)?"
    r"(?:discounts?|offers?|codes?|promos?|promotions?|coupons?|sale|deals?|vouchers?)\b"
    r"(?!\s+(?:needed|required|necessary)))")
_FREE_SHIPPING = re.compile(r"(?i:\bfree\s+(?:shipping|delivery|postage|p&p)\b|\bships?\s+(?:for\s+)?free\b|"
                            r"\b(?:shipping|delivery|postage)\s+is\s+(?:always\s+)?free\b)")
_NEGATION_BEFORE = re.compile(r"(?i:\b(?:no|not|don't|do\s+not|doesn't|no\s+longer|without|stop(?:ped)?|"
                              r"end(?:ed)?|drop(?:ped)?|remove[d]?|never|isn't|aren't|won't)\b[^.]{0,15}$)")
#: "free shipping on orders over $50", "ships free over $50", "free delivery in the UK"
_SHIPPING_TERMS = re.compile(r"(?i:\s+((?:on|for)\s+(?:all\s+)?orders?\s+(?:over|above|of)\s+"
                             r"[$£€]?\s?\d[\d.,]*\s?(?:[$£€]|usd|eur|gbp|dollars|pounds|euros)?"
                             r"|(?:over|above)\s+[$£€]\s?\d[\d.,]*|(?:in|within)\s+the\s+[A-Z]{2,3}))")


#: a condition after "with every order": "over £40", "when you spend $50"
_CONDITION = re.compile(r"(?i:\s+(?:over|above|of\s+(?:over|at\s+least)|(?:when|if)\s+you\s+spend|"
                        r"worth\s+(?:over|more\s+than))\b)")


#: "3 for £20" without "buy": a multibuy only when said as a deal ("… on all candles")
_PRICED = re.compile(r"(?i:\d+\s+for\s+[$£€¥]\S+)")
_MULTIBUY_SAID = re.compile(r"(?i:\s+(?:on|across)\s+(?:all|every|any|our)\b)")


def offer_context(reader: BriefReader, segment: Segment) -> bool:
    """Whether a clause is about the offer: it holds a code, a discount or an offer word."""
    if reader.has_code_in(segment):
        return True
    if reader.entities_in(segment, "DISCOUNT"):
        return True
    return bool(_OFFER_WORDS.search(segment.text))


def extract_discounts_and_codes(reader: BriefReader) -> None:
    """Discounts the EntityRuler marked ("15% off", "BOGO") and the promo codes found."""
    for entity in reader.entities:
        if entity.label == "DISCOUNT" and not reader.is_claimed(entity.start, entity.end):
            if _PRICED.fullmatch(entity.text) and not _MULTIBUY_SAID.match(reader.text[entity.end:]) \
                    and not any(_OFFER_WORDS.search(s.text) for s in reader.segments
                                if s.start <= entity.start < s.end):
                continue  # "presets, 12 for $15": a price, not an offer
            discount = normalise_discount(entity.text)
            if _CONDITION.match(reader.text[entity.end:entity.end + 30]):
                # "free gift with every order over £40": not every order, so the gift alone
                discount = re.sub(r"\s+with\s+(?:every|each|any)\s+\w+$", "", discount)
            reader.add(entity.start, "offer_discount", discount)
    for code in reader.codes:
        if not reader.is_claimed(code.start, code.end):
            reader.add(code.start, "offer_code", code.text)


def extract_offer_clear(reader: BriefReader) -> None:
    """"no offer", "forget the code", "we don't have any discounts"."""
    for m in _NO_OFFER.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        reader.add(m.start(), "offer_clear")


def extract_free_shipping(reader: BriefReader) -> None:
    """Free shipping: True, its conditions as said ("over $50"), or False when ended."""
    for m in _FREE_SHIPPING.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        segment = reader.segment_at(m.start())
        before = reader.text[(segment.start if segment else 0):m.start()]
        after = reader.text[m.end():m.end() + 25]
        negated = bool(_NEGATION_BEFORE.search(before)) or bool(
            re.match(r"(?i:\s+(?:is\s+)?(?:over(?!\s*[$£€\d])|ended|gone|no\s+longer))", after))
        # keep the seller's conditions: "free shipping on orders over $50" is not "free shipping"
        terms = _SHIPPING_TERMS.match(reader.text[m.end():m.end() + 60])
        value = (terms.group(1).strip().rstrip(".,;!") if terms else True) if not negated else False
        reader.add(m.start(), "free_shipping", value)


def normalise_discount(text: str) -> str:
    """A discount in one spelling: "20 percent off" → "20% off", "BOGO" → "buy one get one free"."""
    low = re.sub(r"\s+", " ", text.lower().strip())
    prefix = "up to " if low.startswith("up to ") else ""
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct|per cent)", low)
    if m:
        return f"{prefix}{m.group(1)}% off"
    m = re.search(r"([a-z-]+)\s*(?:%|percent|pct|per cent)", low)
    if m and m.group(1) in PERCENT_WORDS:
        return f"{prefix}{PERCENT_WORDS[m.group(1)]}% off"
    m = re.fullmatch(r"(?:buy )?(\w+) for ([$£€¥]\d[\d,]*(?:\.\d+)?)", low)
    if m:  # "buy 3 for £20": a multibuy, said as it is
        return f"{m.group(1)} for {m.group(2)}"
    m = re.search(r"([$£€¥]\d[\d,]*(?:\.\d+)?)", text)
    if m:
        return f"{prefix}{m.group(1)} off"
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(dollars?|bucks|usd|pounds|quid|gbp|euros?|eur)", low)
    if m:
        symbol = {"d": "$", "b": "$", "u": "$", "p": "£", "q": "£", "g": "£", "e": "€"}[m.group(2)[0]]
        return f"{prefix}{symbol}{m.group(1)} off"
    if low in ("bogo", "b1g1") or low.replace(",", "") in ("buy one get one", "buy one get one free",
                                                           "buy 1 get 1", "buy 1 get 1 free"):
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
    if low in ("3 for 2", "three for two"):
        return "3 for 2"
    if low.startswith("a free gift"):
        return low[2:]
    return low
