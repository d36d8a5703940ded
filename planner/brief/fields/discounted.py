"""What an offer is on, when nothing else said what is sold: "30% off all candles this
weekend", "BOGO on all lip balms", "2 for 1 on all seed packets, code GROW2" → the product.
Read by :func:`planner.brief.fields.business.extract_loose_product` as a last resort."""

from __future__ import annotations

import re

from planner.brief.fields.sentence import SENTENCE_WORDS
from planner.brief.reading import BriefReader
from planner.brief.segments import MAX_PHRASE, strip_end
from planner.brief.vocabulary import NOT_A_PRODUCT, PRODUCT_STOP

#: what a discount applies to that is not a product: "15% off your first order", "everything"
_NOT_DISCOUNTED = {"everything", "orders", "order", "purchases", "purchase", "items", "products",
                   "sitewide", "site-wide", "storewide", "store-wide", "month", "months", "year",
                   "subscriptions", "subscription", "bookings", "booking", "shipping", "delivery",
                   "postage", "entry", "tickets", "total", "basket", "cart", "checkout", "spend",
                   "last", "season", "season's", "previous", "remaining", "leftover", "clearance",
                   "subscribers", "members", "customers", "students", "newsletter", "sale"}
_DISCOUNT_ON = re.compile(r"(?i:^\s*(?:on|off|for|across)?\s*(?:(?:all|every|any|our|selected|"
                          r"the|your|my)\s+)*)")
#: when a discount runs: it ends what it applies to ("all candles this weekend")
_WHEN = re.compile(r"(?i:\s+(?:this|next|all|every|each|over\s+the)\s+(?:week|weekend|month|day|"
                   r"year|season|friday|monday|christmas|holiday|black\s+friday)\b|\s+(?:today|"
                   r"tonight|tomorrow|now|only|until|till|til|through|thru|ends?|ending|before|with|valid|"
                   r"using|no\s+code|when|if|during|for\s+(?:\d|one|two|three|a\s+limited))\b|[,;.!?(]|\s+-\s+)")


def extract_discounted_product(reader: BriefReader) -> None:
    """What an offer is on, when nothing else said what is sold: "30% off all candles this
    weekend", "BOGO on all lip balms", "2 for 1 on brownies" → the product. "15% off your
    first order" and "20% off everything" name no product."""
    if reader.brief.product:
        return
    for entity in reader.entities:
        if entity.label != "DISCOUNT":
            continue
        after = reader.text[entity.end:entity.end + MAX_PHRASE]
        lead = _DISCOUNT_ON.match(after)
        if lead is None or not re.search(r"(?i:\b(?:on|all|every)\b)", lead.group()):
            continue  # "on brownies", "off all candles"; "40% off winter coats" may be a range's part
        if reader.codes and not re.match(r"(?i:\s*on\s+(?:all|every)\b)", lead.group()):
            continue  # with a code, about the promotion ("25% off all prints with PRINT25"), unless
            # what it is on is said as goods: "2 for 1 on all seed packets, code GROW2"
        rest = after[lead.end():]
        when = _WHEN.search(rest)
        value = strip_end(rest[:when.start()] if when else rest)
        words = re.findall(r"[\w'-]+", value.lower())
        if not 1 <= len(words) <= 5 or any(w in _NOT_DISCOUNTED or w in NOT_A_PRODUCT
                                          or w in PRODUCT_STOP or w in SENTENCE_WORDS for w in words) \
                or re.search(r"\d|[$£€]", value):
            continue
        start = entity.end + lead.end() + rest.find(value)
        if reader.is_claimed(start, start + len(value)) or any(
                e.start < start + len(value) and start < e.end for e in reader.entities
                if e is not entity):
            continue
        reader.claim(start, start + len(value))
        reader.add(start, "product", value)
        return
