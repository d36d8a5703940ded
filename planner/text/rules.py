"""The social-text rules both readers of captions share: the spaCy pipeline
(:mod:`planner.text.language`) and the compiled classifier (:mod:`planner.stage.compiled`).

Each rule is defined here once: which tokens stay whole, what counts as a price,
percentage, promo code or emoji, which characters glue emoji together, and where the
English lemma table is wrong for social captions.
"""

from __future__ import annotations

import re

#: What a promo code looks like: GLOW15, SAVE20NOW, or digits first as in 2FORYOU. The one
#: definition behind CODE_RE, the code branch of TOKEN_MATCH and the brief parser's codes.
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
JOINERS = frozenset({"\u200d", "\ufe0f", "\ufe0e", "\u20e3"})
SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
_GLUE_RE = re.compile("[\u200d\ufe0f\ufe0e\u20e3\U0001F3FB-\U0001F3FF]")
_WS_SPLIT = re.compile(r"(\s+)")

#: where the English lookup table picks the wrong word for social captions ("does" is not a deer)
LEMMA_FIXES = {"does": "do", "doesn't": "do", "has": "have", "was": "be", "were": "be",
               "'s": "'s", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would",
               "ca": "can", "wo": "will", "sha": "shall"}


def token_feature(text: str, lower: str, is_space: bool, is_punct: bool, like_url: bool,
                  like_num: bool, lemma) -> tuple[str, ...]:
    """The feature tokens one token contributes (shared by the spaCy and compiled paths)."""
    if is_space or is_punct and text not in ("!", "?"):
        return ()
    if text.startswith("#") and len(text) > 1:
        return ("HASHTAG", lower)
    if text.startswith("@") and len(text) > 1:
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
    return (lemma(lower),)
