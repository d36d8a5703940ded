"""The planner's one spaCy language: a social-media tokenizer, emoji merging and lemmas.

The pipeline is ``spacy.blank("en")`` with the tokenizer taught to keep hashtags,
@mentions, URLs, promo codes, prices and percentages whole, multi-codepoint emoji
merged, and a lookup lemmatizer whose tables come from spacy-lookups-data at build
time and are saved with the pipeline (``models/nlp``, under 1 MB), so running the
planner never needs the 99 MB lookups package or a downloaded model. The rules
themselves are in :mod:`planner.text.rules`, which the compiled classifier replays too.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from planner.resources import models_dir
from planner.text.rules import (
    GLUE_RE,
    LEMMA_FIXES,
    TAG_MARKS,
    TOKEN_MATCH,
    emoji_merge_spans,
    lemma,
)


@Language.component("planner_merge_emoji")
def merge_emoji(doc: Doc) -> Doc:
    """Merge emoji joined by ZWJ, variation selectors, keycaps and skin tones into one token."""
    if GLUE_RE.search(doc.text) is None:
        return doc
    spans = emoji_merge_spans([tok.text for tok in doc], [bool(tok.whitespace_) for tok in doc])
    with doc.retokenize() as retok:
        for start, end in spans:
            retok.merge(doc[start:end])
    return doc


@Language.component("planner_lower_lemma")
def lower_lemma(doc: Doc) -> Doc:
    """Lemmatise case-insensitively: the lookup tables are lower-case, captions often are not."""
    for tok in doc:
        low = tok.lower_
        tok.lemma_ = low if tok.like_url else lemma_of(low)
    return doc


#: the saved pipeline's lemma table (a spaCy Table: string keys are hashed on lookup), once loaded
_TABLE = None


def lemma_table():
    """The lemma table of the loaded pipeline (None before :func:`load_pipeline`)."""
    return _TABLE


_LEMMAS: dict[str, str] = dict(LEMMA_FIXES)


def lemma_of(lower: str) -> str:
    """The lookup lemma of a lower-cased word, memoised (the same words recur constantly)."""
    hit = _LEMMAS.get(lower)
    if hit is None:
        hit = lemma(lower, _TABLE)
        if len(_LEMMAS) < 200_000:
            _LEMMAS[lower] = hit
    return hit


def customise_tokenizer(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer the social-text rules: hashtags and @mentions are not split
    off as prefixes, and :data:`~planner.text.rules.TOKEN_MATCH` tokens stay whole."""
    prefixes = [p for p in nlp.Defaults.prefixes if p not in tuple(TAG_MARKS)]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.token_match = TOKEN_MATCH.match


def build_pipeline() -> Language:
    """Build the pipeline from scratch; needs spacy-lookups-data (only when rebuilding)."""
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    nlp.add_pipe("planner_merge_emoji")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def load_pipeline(path: str | None = None) -> Language:
    """Load the saved pipeline (``models/nlp``), take its lemma table, add the cue-free lemmatiser."""
    global _TABLE
    with _LOCK:
        target = Path(path) if path else models_dir() / "nlp"
        nlp = spacy.load(target)
        lemmatizer = nlp.get_pipe("lemmatizer")
        _TABLE = lemmatizer.lookups.get_table("lemma_lookup")
        # Our lemmatiser replaces the case-sensitive lookup one at run time.
        nlp.remove_pipe("lemmatizer")
        nlp.add_pipe("planner_lower_lemma")
        return nlp
