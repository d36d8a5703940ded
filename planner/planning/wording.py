"""How the brief's own words are said in a post: the product in passing, and the
description's sentences that can stand as lines of their own. Shared by the template
context and the critic."""

from __future__ import annotations

import re

from planner.domain.brief import Brief


def short_name(brief: Brief) -> str:
    """What the seller would call the product in passing ("stove gap covers" for "Gapwell
    silicone stove gap covers"): the name before any "for"/"of" clause, without a leading
    brand, cut to its last three words when longer than four."""
    # a colon between digits ("1:1 coaching") is part of the name, not a break
    head = re.split(r"\s(?:for|with|in|from|by|to|of)\s|[,(/;]|:(?!\d)", brief.product)[0].strip()
    if brief.brand and head.lower().startswith(brief.brand.lower() + " "):
        head = head[len(brief.brand):].strip()
    words = head.split()
    if len(words) > 4:
        # "cushion covers and table linen": the first of two things, whole
        first = re.split(r"\s(?:and|or|&|\+)\s", head)[0].split()
        words = first if len(first) <= 4 else words[-3:]
    while words and words[0].lower() in ("and", "or", "&", "+", "the", "a", "an"):
        words = words[1:]
    return " ".join(words).strip(" -") or brief.product


_DETAIL_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9€$£¥₹])")
#: a description's opening that only defines the product ("An app for boulderers that…")
_DEFINITION = re.compile(r"(?i)^(?:a|an|the|our|we(?:'re| are))\b")


def description_details(description: str) -> list[str]:
    """The description's sentences a post can carry whole, as a line of its own ("Roasted in
    Puebla the week it ships."): every sentence but an opening one that only defines the
    product, and none too short to say anything or too long for a caption line."""
    out = []
    sentences = _DETAIL_SPLIT.split(description.strip())
    for i, sentence in enumerate(sentences):
        sentence = sentence.strip()
        # a lone phrase ("solid cedar stands with a drip tray") names the product, like an
        # opening definition: it is the brief's description, not a fact to tell
        if not sentence or (i == 0 and (_DEFINITION.match(sentence) or len(sentences) == 1
                                         or sentence[0].islower())):
            continue
        if 4 <= len(sentence.split()) <= 50:
            sentence = mend(sentence)
            out.append(sentence + ("" if sentence[-1] in ".!?" else "."))
    return out


def mend(text: str) -> str:
    """A seller's sentence as a post prints it: an apostrophe typed without one ("dont" ->
    "don't"), "i" as "I", and a capital to start. Customers' quotes are never mended."""
    text = _APOSTROPHE.sub(lambda m: _CONTRACTIONS[m.group(0).lower()]
                           if m.group(0).islower() else m.group(0), text)
    text = re.sub(r"\bi(?=\b(?!['’]?[a-z]{2}))|\bi(?=['’](?:m|ve|d|ll)\b)", "I", text)
    return text[:1].upper() + text[1:]


#: contractions typed without their apostrophe ("thats it"): unambiguous ones only
_CONTRACTIONS = {w.replace("'", ""): w for w in (
    "that's", "don't", "doesn't", "isn't", "can't", "won't", "didn't", "wasn't", "aren't",
    "you're", "they're", "we've", "what's", "there's", "here's", "couldn't", "wouldn't",
    "shouldn't", "haven't", "hasn't")}
_APOSTROPHE = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b", re.IGNORECASE)
