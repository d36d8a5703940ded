"""Candidate product phrases in one message, and the features the learned ranker scores
them by (:mod:`planner.brief.ranker`).

A candidate is a run of one to nine tokens of the blank spaCy pipeline's tokenizer (the one
the parser already runs) inside one stretch of the message between punctuation: it neither
starts nor ends with a stop word or punctuation, and holds no full stop, colon, bracket,
emoji or line break ("soy candles", "soaps, bath bombs and shower steamers", "Wick & Wander").

Its features are what a reader would look at: the words just before and after it ("we
sell", "brand is", "on"), the words inside it and how they end, its length, capitals,
digits and letters of other alphabets, where it stands in the message, whether it names a
platform, shop, country, discount or code (the EntityRuler's marks) or is only platform and
cadence talk (:func:`planner.brief.noise.channel_talk`), whether it is the brand or the
audience the rules read, whether the rules picked it as the product, whether the message was
glossed from another language, and whether the chat had just asked what is sold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.brief.language import LOCK, pipeline
from planner.brief.noise import channel_talk
from planner.brief.segments import EMOJI

#: the most tokens a candidate holds
MAX_TOKENS = 9
#: punctuation that may stand inside a candidate ("salt & pepper", "hand-poured", "kid's",
#: "soaps, bath bombs and shower steamers")
_INSIDE = {"&", "-", "'", "+", "/", "'s", ","}
#: stop words that may stand inside a candidate ("houseplants and pots", "jars of honey")
_JOINERS = {"and", "of", "for", "n", "with", "in", "or"}
_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass
class Candidate:
    """One phrase of the message: its character span, its text as a value, its features."""

    start: int
    end: int
    text: str
    features: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What the parser knows around the message, for the features.

    ``rule_products`` are the products the rules read in this message; ``brands`` and
    ``audiences`` the other values they read; ``entities`` the EntityRuler's (label, start,
    end) marks; ``asked`` the field the chat asked about last; ``glossed`` whether the
    message was read from another language; ``had_product`` whether the brief had one."""

    rule_products: list[str] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    entities: list[tuple[str, int, int]] = field(default_factory=list)
    asked: str | None = None
    glossed: bool = False
    had_product: bool = False


def value_of(text: str) -> str:
    """A phrase as a value: emoji out, spaces collapsed, stray punctuation off its ends."""
    return re.sub(r"\s+", " ", EMOJI.sub(" ", text)).strip(" .,!;:-'\"")


def _norm(text: str) -> str:
    return value_of(text).lower()


def _tokens(text: str):
    nlp, _matcher = pipeline()
    with LOCK:
        return nlp.make_doc(text)


#: words a candidate never ends with ("bouquets mainly", "sourdough specifically")
_TRAILERS = {"mainly", "mostly", "specifically", "especially", "mainly", "now", "too", "lol",
             "haha", "tbh", "btw", "obviously", "basically", "etc", "ok", "pls", "please"}


def _breaks(token) -> bool:
    """Whether a token ends every candidate that would hold it: a " - " between spaces does."""
    if token.is_space or "\n" in token.text or EMOJI.fullmatch(token.text):
        return True
    if token.text == "-" and token.whitespace_ and token.i > 0 and token.doc[token.i - 1].whitespace_:
        return True
    return (token.is_punct or not token.text.strip()) and token.text not in _INSIDE


def _edge_ok(token) -> bool:
    """Whether a candidate may start or end on this token."""
    return not (token.is_stop or token.lower_ in _TRAILERS or token.is_punct or token.text in _INSIDE or token.like_url
                or not re.search(r"\w", token.text))


def candidates(text: str, context: Context | None = None) -> list[Candidate]:
    """Every candidate phrase of ``text``, in text order, each with its features."""
    context = context or Context()
    doc = _tokens(text)
    n = len(doc)
    found: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for i in range(n):
        if _breaks(doc[i]) or not _edge_ok(doc[i]):
            continue
        for j in range(i, min(n, i + MAX_TOKENS)):
            token = doc[j]
            if _breaks(token):
                break
            if token.is_stop and token.lower_ not in _JOINERS and j > i:
                # "we sell candles on etsy": a phrase never runs on through "on", "is", "we"
                break
            if not _edge_ok(token):
                continue
            start, end = doc[i].idx, token.idx + len(token.text)
            value = value_of(text[start:end])
            if not value or (start, end) in seen:
                continue
            seen.add((start, end))
            found.append(Candidate(start, end, value,
                                   features(doc, i, j + 1, text, value, context)))
    return found


def _bucket(x: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if x <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _word(token) -> str:
    if token.like_num:
        return "<num>"
    return token.lower_ if _WORD.search(token.text) or token.text in _INSIDE else "<p>"


def features(doc, i: int, j: int, text: str, value: str, context: Context) -> list[str]:
    """The features of the candidate ``doc[i:j]`` (see the module's docstring)."""
    words = [t.lower_ for t in doc[i:j]]
    out = [f"len={min(len(words), MAX_TOKENS)}", f"first={words[0]}", f"last={words[-1]}",
           f"suf={words[-1][-3:]}", f"suf2={words[-1][-2:]}"]
    out += [f"in={w}" for w in set(words)]
    before = [_word(t) for t in doc[max(0, i - 3):i]]
    after = [_word(t) for t in doc[j:j + 2]]
    b1 = before[-1] if before else "<s>"
    b2 = "_".join(before[-2:]) if len(before) >= 2 else "<s>_" + b1
    out += [f"b1={b1}", f"b2={b2}", f"a1={after[0] if after else '</s>'}",
            f"a2={'_'.join(after) if len(after) == 2 else '</s>'}"]
    out += [f"b3={w}" for w in set(before)]
    window = " ".join(t.lower_ for t in doc[max(0, i - 8):i])
    for cue, pattern in _CUES:
        if re.search(pattern, window):
            out.append(f"cue={cue}")
    # shape
    tokens = [t for t in doc[i:j] if _WORD.search(t.text)]
    if tokens and all(t.text[0].isupper() for t in tokens if not t.is_stop):
        out.append("shape=title")
    if tokens and all(t.text.isupper() and len(t.text) > 1 for t in tokens):
        out.append("shape=caps")
    if any(ch.isdigit() for ch in value):
        out.append("shape=digit")
    if any(ord(ch) > 0x24f for ch in value if ch.isalpha()):
        out.append("shape=script")
    elif any(ord(ch) > 0x7f for ch in value if ch.isalpha()):
        out.append("shape=accent")
    # position
    sentence = len(re.findall(r"[.!?\n]+(?:\s|$)", text[:doc[i].idx]))
    out.append(f"sent={_bucket(sentence, (0, 1, 2))}")
    out.append(f"pos={_bucket(int(5 * doc[i].idx / max(1, len(text))), (0, 1, 2, 3))}")
    if not text[:doc[i].idx].strip(" \t\"'!.,-"):
        out.append("pos=opens")
    if not text[doc[j - 1].idx + len(doc[j - 1].text):].strip(" \t\"'!.,-?"):
        out.append("pos=ends")
    # what the rules and the pipeline say about it
    norm = value.lower()
    rules = [_norm(p) for p in context.rule_products]
    if not rules:
        out.append("rule=none")
    elif norm in rules:
        out.append("rule=same")
    elif any(norm in r for r in rules):
        out.append("rule=inside")
    elif any(r in norm for r in rules):
        out.append("rule=holds")
    else:
        out.append("rule=other")
    if norm in (_norm(b) for b in context.brands):
        out.append("is=brand")
    if any(norm == _norm(a) or norm in _norm(a) for a in context.audiences):
        out.append("is=audience")
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    for label, e_start, e_end in context.entities:
        if e_start < end and start < e_end:
            out.append(f"ent={label}")
    if channel_talk(value):
        out.append("noise=channel")
    if context.glossed:
        out.append("msg=glossed")
    if context.asked:
        out.append(f"asked={context.asked}")
        if "pos=opens" in out and "pos=ends" in out:
            out.append(f"whole={context.asked}")
    if context.had_product:
        out.append("had=product")
    return out


#: words shortly before a candidate that say what it is
_CUES = [
    ("sell", r"\b(?:sell|selling|sells|sold|vendo|vendemos|verkaufen)\b"),
    ("make", r"\b(?:make|making|makes|made|craft|bake|bakes|roast|roasts|brew|design|designs|"
             r"create|creates|print|prints|build|builds|grow|grows|knit|sew|pour)\b"),
    ("offer", r"\b(?:offer|offers|offering|provide|provides|do|does|teach|teaches|run|runs|"
              r"specialise|specialize|specialising|specializing)\b"),
    ("is", r"\b(?:is|are|it's|its|'s)\s*$"),
    ("brand", r"\b(?:brand|called|named|name|shop|business|company|store)\b"),
    ("platform", r"\b(?:instagram|insta|ig|tiktok|tt|facebook|fb|pinterest|youtube|linkedin|etsy)\b"),
    ("cadence", r"\b(?:week|wk|daily|times|x|post|posts|posting)\b"),
    ("audience", r"\b(?:for|to|audience|customers|clients|mostly|aimed|target)\s*$"),
    ("code", r"\b(?:code|off|discount|sale|promo)\b"),
]
