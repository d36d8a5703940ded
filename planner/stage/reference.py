"""The reference backend: spaCy features and the scikit-learn pipeline, as trained.

This path defines the model: training featurises with it, explanations read its
pipeline, and tests hold the compiled copy (:mod:`planner.stage.compiled`) equal to it.
spaCy and scikit-learn are imported only when a processor or pipeline is first needed.
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from planner.stage.backend import PARALLEL_MIN
from planner.stage.files import load_sklearn_pipeline
from planner.stage.maths import calibrate, content_words, shrink, thin_weight
from planner.stage.rules import RuleLayer
from planner.text.cues import (
    REPLY_STAGE,
    REPLY_START,
    cue_stages,
    opens_reply,
    read_cues,
)
from planner.text.rules import MAX_POST_CHARS, token_feature

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Cue:
    name: str
    stage: str
    start: int
    end: int
    text: str


class CueMatcher:
    """spaCy Matcher and PhraseMatcher rules from the cues of ``data/cues.toml``."""

    def __init__(self, nlp: Language, path: Path | None = None) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        cues = read_cues(path)
        self.stage_of: dict[str, str] = cue_stages(cues)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        tokenizer = nlp.tokenizer
        for cue in cues:
            if cue.phrases:
                self.phrases.add(cue.name, [tokenizer(p) for p in cue.phrases])
            if cue.patterns:
                self.matcher.add(cue.name, list(cue.patterns))
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> list[Cue]:
        found = []
        for match_id, start, end in list(self.phrases(doc)) + list(self.matcher(doc)):
            name = self.vocab.strings[match_id]
            found.append(Cue(name, self.stage_of[name], start, end, doc[start:end].text))
        if len(doc) and opens_reply(doc[0].text):
            found.append(Cue(REPLY_START, REPLY_STAGE, 0, 1, doc[0].text))
        found.sort(key=lambda c: (c.start, c.name))
        return found


def features(doc: Doc, cues: list[Cue]) -> str:
    """The text the scikit-learn model reads: lemmas with entity-like tokens typed, plus cues."""
    from planner.text.language import lemma_of

    out: list[str] = []
    for tok in doc:
        out.extend(token_feature(tok.text, tok.lower_, tok.is_space, tok.is_punct,
                                 tok.like_url or tok.like_email, tok.like_num, lemma_of))
    out.extend(f"CUE_{c.name}" for c in cues)
    return " ".join(out) if out else "EMPTY"


class TextProcessor:
    """Turns raw posts into model features; one per process, safe to share across threads."""

    def __init__(self, nlp_path: str | None = None) -> None:
        from planner.text.language import load_pipeline

        self.nlp = load_pipeline(nlp_path)
        self.cues = CueMatcher(self.nlp)

    def process(self, texts: list[str], batch_size: int = 256) -> tuple[list[str], list[list[Cue]], list[Doc]]:
        docs = list(self.nlp.pipe((t[:MAX_POST_CHARS] for t in texts), batch_size=batch_size))
        cue_lists = [self.cues(d) for d in docs]
        feats = [features(d, c) for d, c in zip(docs, cue_lists)]
        return feats, cue_lists, docs

    def featurize(self, texts: list[str], batch_size: int = 1000) -> list[str]:
        """The fast path: tokenizer and emoji merge only (features() looks lemmas up itself)."""
        from planner.text.language import merge_emoji

        out = []
        for doc in self.nlp.tokenizer.pipe((t[:MAX_POST_CHARS] for t in texts), batch_size=batch_size):
            doc = merge_emoji(doc)
            out.append(features(doc, self.cues(doc)))
        return out


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


def shrink_thin_posts(probs: np.ndarray, feats: list[str]) -> np.ndarray:
    """Noise ("test", an emoji, a bare link) keeps its nearest stage but with low confidence."""
    weights = np.array([thin_weight(content_words(f.split()), f.count("CUE_")) for f in feats])
    return shrink(probs.copy(), weights)


#: feature texts scored per scikit-learn call
_SCORE_BATCH = 4096


class ReferenceBackend:
    """The stage model's skops pipeline over spaCy features; both are loaded on first use."""

    def __init__(self, path: Path, classes: list[str], temperature: float, pipeline=None,
                 layer: RuleLayer | None = None) -> None:
        self.path = path
        self.classes = classes
        self.temperature = temperature
        #: the rules layer (planner.stage.rules) applied on top of the probabilities, if any
        self.layer = layer
        self._pipeline = pipeline
        self._processor: TextProcessor | None = None
        self._lock = threading.RLock()

    @property
    def pipeline(self):
        """The scikit-learn pipeline (loaded through skops' trusted-type check on first use)."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = load_sklearn_pipeline(self.path)
            return self._pipeline

    @property
    def processor(self) -> TextProcessor:
        """The spaCy text processor."""
        with self._lock:
            if self._processor is None:
                self._processor = TextProcessor()
            return self._processor

    def _calibrated(self, feats: list[str]) -> np.ndarray:
        pipe = self.pipeline
        X = pipe[:-1].transform(feats)
        logits = pipe[-1].decision_function(X)
        if logits.ndim == 1:  # pragma: no cover - binary models are not ours
            logits = np.column_stack([-logits, logits])
        return calibrate(logits, self.temperature)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classes)))
        feats = featurize_many(self.processor, texts)
        parts = [shrink_thin_posts(self._calibrated(feats[i:i + _SCORE_BATCH]), feats[i:i + _SCORE_BATCH])
                 for i in range(0, len(feats), _SCORE_BATCH)]
        probs = np.concatenate(parts)
        return probs if self.layer is None else self.layer.apply(probs, self.classes, texts)

    def probabilities_stream(self, chunks, *, start: bool = False):
        chunks = list(chunks) if start else chunks  # no workers: start only takes the chunks
        return self._stream(chunks)

    def _stream(self, chunks):
        for chunk in list(chunks):
            yield self.probabilities(chunk)

    def kept_workers(self):
        """Nothing to keep: each large call forks its own pool."""
        return nullcontext()
