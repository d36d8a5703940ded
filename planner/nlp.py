"""spaCy language work: a social-media tokenizer, lemmas and stage cues.

The pipeline is ``spacy.blank("en")`` with the tokenizer taught to keep hashtags,
@mentions, URLs, promo codes, prices and percentages whole, multi-codepoint emoji
merged, and a lookup lemmatizer whose tables come from spacy-lookups-data at build
time and are saved with the pipeline (``models/nlp``, under 1 MB), so running the
planner never needs the 99 MB lookups package or a downloaded model.
"""

from __future__ import annotations

import re
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

#: Tokens the tokenizer must keep whole.
TOKEN_MATCH = re.compile(
    r"^(?:[#@][\w.]*\w"                      # hashtags and @mentions
    r"|[$£€¥]\d[\d,]*(?:\.\d+)?[kKmM]?"      # prices
    r"|\d+(?:\.\d+)?%"                       # percentages
    r"|[A-Z][A-Z0-9]{2,}\d+[A-Z0-9]*"        # promo codes: GLOW15, SAVE20NOW
    r"|\d+[A-Z]{3,}\d*)$"                    # codes that start with digits: 2FORYOU
)
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}
_SKIN_TONES = {chr(c) for c in range(0x1F3FB, 0x1F400)}
PRICE_RE = re.compile(r"^[$£€¥]\d")
PERCENT_RE = re.compile(r"^\d+(?:\.\d+)?%$")
CODE_RE = re.compile(r"^(?:[A-Z][A-Z0-9]{2,}\d+[A-Z0-9]*|\d+[A-Z]{3,}\d*)$")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")


@Language.component("planner_merge_emoji")
def merge_emoji(doc: Doc) -> Doc:
    """Merge emoji joined by ZWJ, variation selectors, keycaps and skin tones into one token."""
    if not any(ch in doc.text for ch in _JOINERS | _SKIN_TONES):
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


#: where the English lookup table picks the wrong word for social captions ("does" is not a deer)
LEMMA_FIXES = {"does": "do", "doesn't": "do", "has": "have", "was": "be", "were": "be",
               "'s": "'s", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would",
               "ca": "can", "wo": "will", "sha": "shall"}
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
    _customise_tokenizer(nlp)
    nlp.add_pipe("planner_merge_emoji")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def _customise_tokenizer(nlp: Language) -> None:
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
    out = []
    for tok in doc:
        text = tok.text
        if tok.is_space or tok.is_punct and text not in ("!", "?"):
            continue
        if text.startswith("#") and len(text) > 1:
            out.append("HASHTAG")
            out.append(text.lower())
        elif text.startswith("@") and len(text) > 1:
            out.append("MENTION")
        elif tok.like_url or tok.like_email:
            out.append("URL")
        elif PRICE_RE.match(text):
            out.append("PRICE")
        elif PERCENT_RE.match(text):
            out.append("PERCENT")
        elif CODE_RE.match(text):
            out.append("PROMOCODE")
        elif tok.like_num:
            out.append("NUM")
        elif EMOJI_RE.match(text):
            # a row of stars is a rating shown as proof; other emoji are mood
            out.append("STARS" if "⭐" in text or "🌟" in text else "EMOJI")
        else:
            out.append(lemma_of(tok.lower_))
    out.extend(f"CUE_{c.name}" for c in cues)
    return " ".join(out) if out else "EMPTY"


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
