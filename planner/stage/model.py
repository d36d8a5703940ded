"""The stage model: load it safely, classify posts, explain a prediction.

The saved model is a scikit-learn pipeline over the feature text that
:mod:`planner.text.language` produces, stored with skops, with a compiled copy beside it
(``.npz``, plain arrays; see :mod:`planner.stage.compiled`) that classifying uses. The
skops file is only ever unpickled after skops has checked that its object graph
holds no type outside :data:`TRUSTED_TYPES`, so a swapped or foreign file can never
run code. A file whose sidecar metadata records a different hash is refused as
tampered, and so is a skops file that is not the one its compiled copy was made from.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from planner.domain.funnel import STAGES
from planner.errors import PlannerError
from planner.resources import models_dir
from planner.stage.maths import calibrate, content_words, shrink, thin_weight

MODEL_NAME = "stage_model.skops"

#: Every type a model we write may contain; anything else is refused before loading.
TRUSTED_TYPES = [
    "builtins.dict",
    "builtins.list",
    "builtins.slice",
    "builtins.tuple",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
]


@dataclass
class Prediction:
    stage: str
    confidence: float
    scores: dict[str, float]


@dataclass
class Explanation:
    stage: str
    confidence: float
    #: (feature, weight) pairs that pushed the post toward its stage, strongest first
    words: list[tuple[str, float]] = field(default_factory=list)
    #: (cue name, matched text, stage the cue points to)
    cues: list[tuple[str, str, str]] = field(default_factory=list)


def user_model_path() -> Path:
    from planner.userdata import data_home

    return data_home() / MODEL_NAME


def default_model_path() -> Path:
    """The user's retrained model when there is one, else the shipped model."""
    user = user_model_path()
    if user.is_file():
        return user
    return models_dir() / MODEL_NAME


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def meta_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def _verify(path: Path, deep: bool = True) -> dict:
    """Refuse a model file that is missing, foreign, tampered with, or (``deep``) holds
    untrusted types."""
    if not path.is_file():
        raise PlannerError("no such model file", source=path)
    if not zipfile.is_zipfile(path):
        raise PlannerError("not a planner model (not a skops file); refusing to load it", source=path)
    meta: dict = {}
    mp = meta_path(path)
    if mp.is_file():
        try:
            meta = json.loads(mp.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise PlannerError("model metadata is unreadable; refusing the model", source=mp) from None
        if not isinstance(meta, dict) or not all(
                isinstance(meta.get(k, ""), str) for k in ("sha256", "compiled_sha256", "id")):
            raise PlannerError("model metadata is not a planner model's; refusing the model",
                               source=mp)
        try:
            temperature = float(meta.get("temperature", 1.0))
        except (TypeError, ValueError):
            temperature = -1.0
        if not (0.0 < temperature < 1000.0):  # NaN fails too
            raise PlannerError("model metadata has no usable temperature; refusing the model",
                               source=mp)
        expected = meta.get("sha256")
        if expected and expected != file_sha256(path):
            raise PlannerError("model file does not match its recorded hash (tampered?); "
                               "refusing to load it", source=path)
    if not deep:
        return meta
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # skops raises many kinds on a malformed archive
        raise PlannerError(f"not a planner model ({type(exc).__name__}); refusing to load it",
                           source=path) from None
    foreign = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if foreign:
        raise PlannerError(f"model holds untrusted types ({', '.join(foreign[:3])}); "
                           "refusing to load it", source=path)
    return meta


class StageModel:
    """A loaded stage model.

    ``predict`` runs the compiled copy (:mod:`planner.stage.compiled`) when the model has one
    whose hash its metadata records; the scikit-learn pipeline (and spaCy, for
    explanations) is loaded, through skops' trusted-type check, only when needed.
    """

    def __init__(self, pipeline, meta: dict, path: Path, compiled=None) -> None:
        self._pipeline = pipeline
        self._processor = None
        self._lock = threading.RLock()
        self.meta = meta
        self.path = path
        self.compiled = compiled
        self.classes: list[str] = [str(c) for c in (compiled.classes if compiled is not None
                                                     else pipeline.classes_)]
        missing = set(STAGES) - set(self.classes)
        if missing:
            raise PlannerError(f"model does not know the stages {sorted(missing)}", source=path)
        self.temperature = float(meta.get("temperature", 1.0)) or 1.0

    @property
    def pipeline(self):
        """The scikit-learn pipeline (loaded through skops on first use)."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = _load_pipeline(self.path)
            return self._pipeline

    @property
    def processor(self):
        """The spaCy text processor (loaded on first use: explanations, the reference path)."""
        with self._lock:
            if self._processor is None:
                from planner.text.language import TextProcessor

                self._processor = TextProcessor()
            return self._processor

    def prepare_explanations(self) -> None:
        """Load what ``explain`` needs now (the chat does this in the background)."""
        _ = self.pipeline, self.processor

    @property
    def id(self) -> str:
        return str(self.meta.get("id") or f"stage-model-{file_sha256(self.path)[:12]}")

    def _proba(self, feats: list[str]) -> np.ndarray:
        pipe = self.pipeline
        X = pipe[:-1].transform(feats)
        logits = pipe[-1].decision_function(X)
        if logits.ndim == 1:  # pragma: no cover - binary models are not ours
            logits = np.column_stack([-logits, logits])
        return calibrate(logits, self.temperature)

    def probabilities(self, texts: list[str], *, reference: bool = False) -> np.ndarray:
        """Stage probabilities (columns in ``self.classes`` order), thin posts shrunk.

        ``reference=True`` takes the spaCy + scikit-learn path even when a compiled
        copy exists (the tests compare the two).
        """
        if self.compiled is not None and not reference:
            from planner.stage.compiled import load_featurizer, parallel_probabilities

            return parallel_probabilities(self.compiled, load_featurizer(), texts, self.temperature)
        from planner.text.language import PARALLEL_MIN, featurize_many

        if not texts:
            return np.zeros((0, len(self.classes)))
        feats = featurize_many(self.processor, texts) if len(texts) >= PARALLEL_MIN \
            else self.processor.featurize(texts)
        parts = [shrink_thin_posts(self._proba(feats[i:i + 4096]), feats[i:i + 4096])
                 for i in range(0, len(feats), 4096)]
        return np.concatenate(parts)

    def probabilities_stream(self, chunks):
        """Probabilities of the texts of ``chunks``, in order, as arrays of consecutive rows
        (not necessarily one per chunk). All chunks are taken before the first array comes;
        with a compiled copy they are classified in worker processes while the caller is
        still producing the next."""
        if self.compiled is not None:
            from planner.stage.compiled import stream_probabilities

            yield from stream_probabilities(self.compiled, None, chunks, self.temperature)
            return
        for chunk in list(chunks):
            yield self.probabilities(chunk)

    def predict(self, texts: list[str]) -> list[Prediction]:
        if not texts:
            return []
        return predictions(self.probabilities(texts), self.classes)

    def explain(self, text: str, top: int = 8) -> Explanation:
        feats, cue_lists, _docs = self.processor.process([text])
        pred = self.predict([text])[0]
        pipe = self.pipeline
        union = pipe[:-1]
        X = union.transform(feats).tocsr()
        clf = pipe[-1]
        k = self.classes.index(pred.stage)
        coef = clf.coef_
        rel = coef[k] - np.delete(coef, k, axis=0).mean(axis=0)
        names = union.get_feature_names_out()
        row = X.getrow(0)
        contrib = [(names[j], float(v * rel[j])) for j, v in zip(row.indices, row.data)]
        words = []
        for name, w in sorted(contrib, key=lambda t: -t[1]):
            if w <= 0:
                break
            kind, _, feat = name.partition("__")
            readable = readable_feature(feat) if kind == "words" else None
            if readable is None or any(r == readable for r, _ in words):
                continue
            words.append((readable, round(w, 3)))
            if len(words) >= top:
                break
        cues = list(dict.fromkeys((c.name, c.text, c.stage) for c in cue_lists[0]))
        return Explanation(pred.stage, pred.confidence, words, cues)


_TYPED = {"PRICE": "a price", "PERCENT": "a % figure", "PROMOCODE": "a promo code",
          "URL": "a link", "MENTION": "an @mention", "HASHTAG": "a hashtag", "EMOJI": "an emoji",
          "STARS": "star emoji", "NUM": "a number", "EMPTY": "no words"}
_STOPWORDS = {"a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "at", "by",
              "be", "it", "is", "this", "that", "we", "i", "you", "our", "your", "my", "!", "?"}


def readable_feature(feat: str) -> str | None:
    """A model feature as a person would say it; None for cue tokens and stop-word-only n-grams."""
    tokens = feat.split()
    if any(t.startswith("CUE_") for t in tokens) or all(t in _STOPWORDS for t in tokens):
        return None
    return " ".join(_TYPED.get(t, t) for t in tokens)


def shrink_thin_posts(probs: np.ndarray, feats: list[str]) -> np.ndarray:
    """Noise ("test", an emoji, a bare link) keeps its nearest stage but with low confidence."""
    weights = np.array([thin_weight(content_words(f.split()), f.count("CUE_")) for f in feats])
    return shrink(probs.copy(), weights)


_FOUR_PLACES = ["%.4f" % (i / 10000) for i in range(10001)]


def format4(values: np.ndarray) -> list[str]:
    """``"%.4f" % v`` for each value, by table for values in [0, 1] (probabilities); values
    within a hair of a rounding tie, or outside [0, 1], are formatted one by one."""
    scaled = values * 10000.0
    frac = scaled - np.floor(scaled)
    exact = (np.abs(frac - 0.5) < 1e-6) | ~((values >= 0.0) & (values <= 1.0))
    q = np.floor(np.where(exact, 0.0, scaled) + 0.5).astype(np.int64)
    out = [_FOUR_PLACES[i] for i in q.tolist()]
    for i in np.flatnonzero(exact).tolist():
        out[i] = "%.4f" % values[i]
    return out


def stage_columns(probs: np.ndarray, classes: list[str]) -> tuple[list[int], np.ndarray]:
    """Each row's best stage (an index into STAGES; ties go to the earlier stage) and the
    probabilities with their columns in STAGES order."""
    ordered = probs[:, [classes.index(s) for s in STAGES]]
    return ordered.argmax(axis=1).tolist(), ordered  # argmax takes the first maximum


def predictions(probs: np.ndarray, classes: list[str]) -> list[Prediction]:
    """One :class:`Prediction` per row; ties go to the earlier funnel stage."""
    best, ordered = stage_columns(probs, classes)
    out = []
    for row, b in zip(ordered.tolist(), best):
        scores = dict(zip(STAGES, [round(v, 4) for v in row]))
        out.append(Prediction(STAGES[b], round(row[b], 4), scores))
    return out


def _load_pipeline(p: Path):
    """Unpickle the scikit-learn pipeline through skops, refusing untrusted types."""
    import skops.io as sio

    _verify(p, deep=True)
    try:
        pipeline = sio.load(p, trusted=TRUSTED_TYPES)
    except Exception as exc:
        raise PlannerError(f"cannot load model ({type(exc).__name__}: {exc})", source=p) from None
    from sklearn.pipeline import Pipeline

    if not isinstance(pipeline, Pipeline) or not hasattr(pipeline, "classes_"):
        raise PlannerError("not a planner stage model; refusing to use it", source=p)
    return pipeline


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime: float) -> StageModel:
    p = Path(path)
    meta = _verify(p, deep=False)
    compiled = None
    cp = p.with_suffix(".npz")
    expected = meta.get("compiled_sha256")
    if expected and cp.is_file():
        if file_sha256(cp) != expected:
            raise PlannerError("compiled model does not match its recorded hash (tampered?); "
                               "refusing to load it", source=cp)
        from planner.stage.compiled import CompiledModel

        compiled = CompiledModel(cp)
        # the copy names the skops file it was made from: a foreign model file beside it
        # (even with metadata forged to match) is refused, not trusted by association
        # (a recorded sha256 was just checked against the file, so it stands for it)
        if compiled.source_sha256 != (meta.get("sha256") or file_sha256(p)):
            raise PlannerError("model file is not the one its compiled copy was made from; "
                               "refusing to load it", source=p)
    if compiled is None:
        return StageModel(_load_pipeline(p), meta, p)
    return StageModel(None, meta, p, compiled=compiled)


def load_model(path: str | os.PathLike | None = None) -> StageModel:
    """Load (once per process) and verify a stage model; ``None`` means the default one."""
    p = Path(path) if path else default_model_path()
    try:
        mtime = p.stat().st_mtime
    except OSError:
        raise PlannerError("no such model file", source=p) from None
    return _load_cached(str(p.resolve()), mtime)
