"""The social-text rules both readers of captions share: the spaCy pipeline
(:mod:`planner.text.language`) and the compiled classifier (:mod:`planner.stage.compiled`).

Each rule is defined here once: which tokens stay whole, what counts as a price,
percentage, promo code or emoji, which characters glue emoji together and which tokens
they merge, how long a post is read, and where the English lemma table is wrong for
social captions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: What counts as a promo code, defined once: GLOW15 and SAVE20NOW (a capital, two more
#: capitals or digits, then digits), and codes that start with digits, such as 2FORYOU.
PROMO_CODE = r"[A-Z][A-Z0-9]{2,}\d+[A-Z0-9]*|\d+[A-Z]{3,}\d*"

#: Tokens the tokenizer must keep whole (spaCy's ``token_match``).
TOKEN_MATCH = re.compile(
    r"^(?:[#@][\w.]*\w"                      # hashtags and @mentions
    r"|[$£€¥]\d[\d,]*(?:\.\d+)?[kKmM]?"      # prices
    r"|\d+(?:\.\d+)?%"                       # percentages
    rf"|{PROMO_CODE})$"                      # promo codes
)
PRICE_RE = re.compile(r"^[$£€¥]\d")
PERCENT_RE = re.compile(r"^\d+(?:\.\d+)?%$")
CODE_RE = re.compile(rf"^(?:{PROMO_CODE})$")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")

#: Only the first this many characters of a post are read (longer text is noise or an attack).
MAX_POST_CHARS = 20_000

#: The zero-width joiner: the token after it joins the emoji before it.
ZWJ = "\u200d"
#: Characters that glue onto the emoji before them: ZWJ, variation selectors, the keycap.
JOINERS = frozenset({ZWJ, "\ufe0f", "\ufe0e", "\u20e3"})
#: The five skin-tone modifiers (U+1F3FB to U+1F3FF).
SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
#: Every emoji glue character.
GLUE = JOINERS | SKIN_TONES
#: Finds a glue character: a text without one has nothing to merge.
GLUE_RE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(GLUE)) + "]")

#: A token opening with one of these is a hashtag or @mention.
TAG_MARKS = "#@"

#: where the English lookup table picks the wrong word for social captions ("does" is not a deer)
LEMMA_FIXES = {"does": "do", "doesn't": "do", "has": "have", "was": "be", "were": "be",
               "'s": "'s", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would",
               "ca": "can", "wo": "will", "sha": "shall"}


def emoji_merge_spans(texts: Sequence[str], spaces: Sequence[bool]) -> list[tuple[int, int]]:
    """The token spans (start, end) that form one emoji: a glue character, or any token
    right after a ZWJ, joins the token before it when no space separates them.

    ``texts`` are the token texts and ``spaces`` whether each is followed by a space.
    """
    spans: list[tuple[int, int]] = []
    start = None
    for i in range(1, len(texts)):
        if (texts[i] in GLUE or texts[i - 1] == ZWJ) and not spaces[i - 1]:
            if start is None:
                start = i - 1
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(texts)))
    return spans


def is_mention(text: str) -> bool:
    """Whether a token is an @mention (an ``@`` with something after it)."""
    return text.startswith("@") and len(text) > 1


def lemma(lower: str, table) -> str:
    """The lemma of a lower-cased token: a hashtag or @mention is its own lemma, a word
    in :data:`LEMMA_FIXES` its fix, anything else what the lookup ``table`` (anything with
    ``get(key, default)``, or None before one is loaded) gives, else the word itself."""
    if lower[:1] in TAG_MARKS:
        return lower
    fixed = LEMMA_FIXES.get(lower)
    if fixed is not None:
        return fixed
    return table.get(lower, lower) if table is not None else lower


def token_feature(text: str, lower: str, is_space: bool, is_punct: bool, like_url: bool,
                  like_num: bool, lemmatise) -> tuple[str, ...]:
    """The feature tokens one token contributes (shared by the spaCy and compiled paths)."""
    if is_space or is_punct and text not in ("!", "?"):
        return ()
    if text.startswith("#") and len(text) > 1:
        return ("HASHTAG", lower)
    if is_mention(text):
        return ("MENTION",)
    if like_url:
        return ("URL",)
    if PRICE_RE.match(text):
        return ("PRICE",)
    if PERCENT_RE.match(text):
        return ("PERCENT",)
    if CODE_RE.match(text):
        return ("PROMOCODE",)
    if like_num:
        return ("NUM",)
    if EMOJI_RE.match(text):
        # a row of stars is a rating shown as proof; other emoji are mood
        return ("STARS" if "⭐" in text or "🌟" in text else "EMOJI",)
    return (lemmatise(lower),)
