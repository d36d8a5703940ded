"""Replies to the chat's questions: "no brand", "no hashtag", and a bare answer such as
"soy candles" right after "What do you sell?"."""

from __future__ import annotations

import re

from planner.brief.fields.about import AUDIENCE_CUT, DESCRIPTION_PRONOUN, PRODUCT_CUT
from planner.brief.reading import BriefReader
from planner.brief.replies import (
    NO_BRAND,
    NO_HASHTAG,
    NO_REFERRAL,
    is_decline,
    plausible_answer,
)
from planner.brief.segments import clean_phrase, clip, strip_end
from planner.brief.vocabulary import AUDIENCE_STOP, PRODUCT_STOP


def extract_declines(reader: BriefReader) -> None:
    """Fields the seller says they do not have: "no hashtag", "no referrals", "no brand"."""
    for m in NO_HASHTAG.finditer(reader.text):
        reader.add(m.start(), "decline", "hashtag")
    for m in NO_REFERRAL.finditer(reader.text):
        reader.add(m.start(), "decline", "referral_reward")
    for m in NO_BRAND.finditer(reader.text):
        reader.add(m.start(), "decline", "brand")


def extract_bare_answer(reader: BriefReader) -> None:
    """A short reply to the question just asked, e.g. "soy candles" after "What do you sell?"."""
    asked = reader.asked
    if not asked:
        return
    text = reader.text.strip()
    if is_decline(text):
        if asked != "product" and not any(f.kind != "decline" for f in reader.findings):
            reader.add(0, "decline", asked)
        return
    if not plausible_answer(text):
        return
    if asked == "product":
        _bare_product(reader)
        return
    if reader.findings:
        return
    if asked == "audience":
        body = re.sub(r"(?i:^(?:it's\s+|they're\s+|mostly\s+|mainly\s+|usually\s+|for\s+)+)", "", text)
        value, _lead, _end = clean_phrase(body, AUDIENCE_CUT, AUDIENCE_STOP, 20, 500)
        if value:
            reader.add(0, "audience", value)
    elif asked == "description":
        value = strip_end(text)
        m = DESCRIPTION_PRONOUN.match(value)
        if m:
            value = value[m.end():]
        if len(value.split()) >= 2:
            reader.add(0, "description", clip(value[:1].upper() + value[1:], 500))
    elif asked == "referral_reward":
        value = strip_end(text)
        if len(value.split()) >= 2:
            reader.add(0, "referral_reward", clip(value, 300))
    elif asked == "hashtag":
        m = re.fullmatch(r"#?([A-Za-z_]\w{1,60})", text.strip(" .!"))
        if m:
            reader.add(0, "hashtag", "#" + m.group(1))
    elif asked == "brand":
        value = re.sub(r"(?i:^(?:it's\s+|we're\s+|we\s+are\s+|called\s+|the\s+brand\s+is\s+))",
                       "", strip_end(text))
        if value and len(value.split()) <= 6:
            reader.add(0, "brand", clip(value, 200))


def _bare_product(reader: BriefReader) -> None:
    """The first clause as the product, unless a product was already read."""
    if any(f.kind == "product" for f in reader.findings):
        return
    first = reader.segments[0] if reader.segments else None
    if first is None:
        return
    value, lead, end = clean_phrase(first.text, PRODUCT_CUT,
                                    PRODUCT_STOP | {"we", "i", "our", "my", "they"}, 10, 200)
    if value and not any(first.start + lead <= f.start < first.start + end for f in reader.findings):
        reader.add(first.start + lead, "product", value)
