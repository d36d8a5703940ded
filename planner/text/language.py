"""spaCy language work: a social-media tokenizer, lemmas and stage cues.

The pipeline is ``spacy.blank("en")`` with the tokenizer taught to keep hashtags,
@mentions, URLs, promo codes, prices and percentages whole, multi-codepoint emoji
merged, and a lookup lemmatizer whose tables come from spacy-lookups-data at build
time and are saved with the pipeline (``models/nlp``, under 1 MB), so running the
planner never needs the 99 MB lookups package or a downloaded model.
"""

from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from planner.resources import data_dir, models_dir
from planner.text.rules import (
    _GLUE_RE,
    JOINERS,
    LEMMA_FIXES,
    SKIN_TONES,
    TOKEN_MATCH,
    token_feature,
)

# The regexes, lemma fixes and typed-token rules live in planner.stage.compiled (which has no
# spaCy), so the spaCy path and the compiled path read one definition.
_JOINERS = JOINERS
_SKIN_TONES = SKIN_TONES


@Language.component("planner_merge_emoji")
def merge_emoji(doc: Doc) -> Doc:
    """Merge emoji joined by ZWJ, variation selectors, keycaps and skin tones into one token."""
    if _GLUE_RE.search(doc.text) is None:
        return doc
    spans = []
    start = None
    for tok in doc:
        glue = tok.text in _JOINERS or tok.text in _SKIN_TONES
        prev_joiner = tok.i > 0 and doc[tok.i - 1].text == "\u200d"
        if (glue or prev_joiner) and tok.i > 0 and not doc[tok.i - 1].whitespace_:
            if start is None:
                start = tok.i - 1
        else:
            if start is not None and tok.i - start > 1:
                spans.append(doc[start:tok.i])
            start = None
    if start is not None and len(doc) - start > 1:
        spans.append(doc[start:len(doc)])
    with doc.retokenize() as retok:
        for span in spans:
            retok.merge(span)
    return doc


@Language.component("planner_lower_lemma")
def lower_lemma(doc: Doc) -> Doc:
    """Lemmatise case-insensitively: the lookup tables are lower-case, captions often are not."""
    for tok in doc:
        low = tok.lower_
        if low[:1] in "#@" or tok.like_url:
            tok.lemma_ = low
        else:
            tok.lemma_ = lemma_of(low)
    return doc


_TABLE = None


def _lemma_table():
    return _TABLE


_LEMMAS: dict[str, str] = dict(LEMMA_FIXES)


def lemma_of(lower: str) -> str:
    """The lookup lemma of a lower-cased word, memoised (the same words recur constantly)."""
    hit = _LEMMAS.get(lower)
    if hit is None:
        table = _TABLE
        hit = table.get(lower, lower) if table is not None and lower[:1] not in "#@" else lower
        if len(_LEMMAS) < 200_000:
            _LEMMAS[lower] = hit
    return hit


def build_pipeline() -> Language:
    """Build the pipeline from scratch; needs spacy-lookups-data (only when rebuilding)."""
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    nlp.add_pipe("planner_merge_emoji")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def customise_tokenizer(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer the social-text rules: hashtags and @mentions are not split
    off as prefixes, and :data:`~planner.text.rules.TOKEN_MATCH` tokens stay whole."""
    prefixes = [p for p in nlp.Defaults.prefixes if p not in ("#", "@")]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.token_match = TOKEN_MATCH.match


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def load_pipeline(path: str | None = None) -> Language:
    """Load the saved pipeline (``models/nlp``), take its lemma table, add the cue-free lemmatiser."""
    global _TABLE
    with _LOCK:
        target = Path(path) if path else models_dir() / "nlp"
        nlp = spacy.load(target)
        lemmatizer = nlp.get_pipe("lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_lookup")
        _TABLE = table  # a spaCy Table: string keys are hashed on lookup
        # Our lemmatiser replaces the case-sensitive lookup one at run time.
        nlp.remove_pipe("lemmatizer")
        nlp.add_pipe("planner_lower_lemma")
        return nlp


@dataclass(frozen=True)
class Cue:
    name: str
    stage: str
    start: int
    end: int
    text: str


class CueMatcher:
    """Matcher and PhraseMatcher rules from ``data/cues.toml``: what in a post points to a stage."""

    def __init__(self, nlp: Language, path: Path | None = None) -> None:
        with open(path or data_dir() / "cues.toml", "rb") as fh:
            spec = tomllib.load(fh)
        self.stage_of: dict[str, str] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        tokenizer = nlp.tokenizer
        for name, rule in spec.items():
            self.stage_of[name] = rule["stage"]
            if rule.get("phrases"):
                self.phrases.add(name, [tokenizer(p) for p in rule["phrases"]])
            if rule.get("patterns"):
                self.matcher.add(name, rule["patterns"])
        self.stage_of["reply_start"] = "loyalty"
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> list[Cue]:
        found = []
        for match_id, start, end in list(self.phrases(doc)) + list(self.matcher(doc)):
            name = self.vocab.strings[match_id]
            found.append(Cue(name, self.stage_of[name], start, end, doc[start:end].text))
        if len(doc) and doc[0].text.startswith("@") and len(doc[0].text) > 1:
            found.append(Cue("reply_start", "loyalty", 0, 1, doc[0].text))
        found.sort(key=lambda c: (c.start, c.name))
        return found


def features(doc: Doc, cues: list[Cue]) -> str:
    """The text the scikit-learn model reads: lemmas with entity-like tokens typed, plus cues."""
    out: list[str] = []
    for tok in doc:
        out.extend(token_feature(tok.text, tok.lower_, tok.is_space, tok.is_punct,
                                 tok.like_url or tok.like_email, tok.like_num, lemma_of))
    out.extend(f"CUE_{c.name}" for c in cues)
    return " ".join(out) if out else "EMPTY"


def export_rules(nlp: Language, lemma_lookup: dict[str, str]) -> dict:
    """Everything :mod:`planner.stage.compiled` needs to tokenise and featurise as this pipeline does.

    ``lemma_lookup`` is the string table the pipeline's lemmatizer was built from (the saved
    pipeline keeps only hashed keys); it is checked against the pipeline's own table.
    """
    import spacy.lang.en.lex_attrs as en_attrs
    import spacy.lang.lex_attrs as base_attrs
    from spacy.attrs import IS_PUNCT, LIKE_EMAIL, LIKE_NUM, LIKE_URL, ORTH

    getters = nlp.vocab.lex_attr_getters
    expected = {LIKE_NUM: en_attrs.like_num, LIKE_URL: base_attrs.like_url,
                LIKE_EMAIL: base_attrs.like_email, IS_PUNCT: base_attrs.is_punct}
    for attr, func in expected.items():
        if getters.get(attr) is not func:
            raise RuntimeError(f"spaCy lexical attribute {attr} is not {func.__qualname__}; "
                               "planner.stage.compiled would not match it")
    if base_attrs.URL_MATCH is not nlp.tokenizer.url_match:
        raise RuntimeError("like_url and the tokenizer use different URL patterns")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup") \
        if "lemmatizer" in nlp.pipe_names else _TABLE
    if table is None or len(table) != len(lemma_lookup) or any(
            table.get(k) != v for k, v in lemma_lookup.items()):
        raise RuntimeError("the lemma strings do not match the pipeline's lemma table")
    tok = nlp.tokenizer
    return {
        "spacy": spacy.__version__,
        "tokenizer": {
            "prefix": tok.prefix_search.__self__.pattern,
            "suffix": tok.suffix_search.__self__.pattern,
            "infix": tok.infix_finditer.__self__.pattern,
            "token_match": tok.token_match.__self__.pattern,
            "url_match": tok.url_match.__self__.pattern,
            "special_cases": {k: [d[ORTH] for d in v] for k, v in sorted(tok.rules.items())},
        },
        "lexical": {
            "num_words": list(en_attrs._num_words),
            "ordinal_words": list(en_attrs._ordinal_words),
            "tlds": sorted(base_attrs._tlds),
            "email": base_attrs._like_email.__self__.pattern,
            "url": base_attrs.URL_MATCH.__self__.pattern,
        },
        "lemma_lookup": dict(sorted(lemma_lookup.items())),
    }


class TextProcessor:
    """Turns raw posts into model features; one per process, safe to share across threads."""

    def __init__(self, nlp_path: str | None = None) -> None:
        self.nlp = load_pipeline(nlp_path)
        self.cues = CueMatcher(self.nlp)

    def process(self, texts: list[str], batch_size: int = 256) -> tuple[list[str], list[list[Cue]], list[Doc]]:
        docs = list(self.nlp.pipe((t[:20000] for t in texts), batch_size=batch_size))
        cue_lists = [self.cues(d) for d in docs]
        feats = [features(d, c) for d, c in zip(docs, cue_lists)]
        return feats, cue_lists, docs

    def featurize(self, texts: list[str], batch_size: int = 1000) -> list[str]:
        """The fast path: tokenizer and emoji merge only (features() looks lemmas up itself)."""
        out = []
        for doc in self.nlp.tokenizer.pipe((t[:20000] for t in texts), batch_size=batch_size):
            doc = merge_emoji(doc)
            out.append(features(doc, self.cues(doc)))
        return out


#: Inputs at least this long are featurised in several processes.
PARALLEL_MIN = 20_000
_WORKER: TextProcessor | None = None


def _worker_featurize(texts: list[str]) -> list[str]:
    global _WORKER
    if _WORKER is None:
        _WORKER = TextProcessor()
    return _WORKER.featurize(texts)


def featurize_many(processor: TextProcessor, texts: list[str], jobs: int | None = None) -> list[str]:
    """Featurise a large input across CPU cores (each worker loads the pipeline once)."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(texts) < PARALLEL_MIN:
        return processor.featurize(texts)
    size = -(-len(texts) // (jobs * 4))
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(_worker_featurize, chunks))
    return [f for part in parts for f in part]
