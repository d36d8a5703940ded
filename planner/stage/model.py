"""The stage model: load and verify it, pick its backend, classify posts, explain one.

The saved model is a scikit-learn pipeline over the feature text of the spaCy path
(:mod:`planner.stage.reference`), stored with skops, with a compiled copy beside it
(``.npz``, plain arrays; see :mod:`planner.stage.compiled`) that classifying uses. What
is checked when a model is loaded (hashes, trusted types) is in :mod:`planner.stage.files`,
the language files it reads captions with in :mod:`planner.stage.nlpfiles`; a skops file
that is not the one its compiled copy was made from is refused here.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from planner.domain.funnel import STAGES
from planner.errors import PlannerError
from planner.stage.backend import Backend
from planner.stage.compiled.arrays import CompiledModel
from planner.stage.compiled.pool import CompiledBackend
from planner.stage.explain import Explanation, explanation, with_rule
from planner.stage.files import (
    compiled_path,
    default_model_path,
    file_sha256,
    load_sklearn_pipeline,
    meta_path,
    verify,
)
from planner.stage.nlpfiles import verify_nlp
from planner.stage.output import Prediction, predictions
from planner.stage.reference import ReferenceBackend
from planner.stage.rules import RuleLayer, rule_hits


class StageModel:
    """A loaded stage model.

    ``predict`` runs the compiled copy (:mod:`planner.stage.compiled`) when the model has one
    whose hash its metadata records; the scikit-learn pipeline (and spaCy, for
    explanations) is loaded, through skops' trusted-type check, only when needed.
    """

    def __init__(self, pipeline, meta: dict, path: Path, compiled: CompiledModel | None = None) -> None:
        self.meta = meta
        self.path = path
        self.compiled = compiled
        self.classes: list[str] = [str(c) for c in (compiled.classes if compiled is not None
                                                     else pipeline.classes_)]
        missing = set(STAGES) - set(self.classes)
        if missing:
            raise PlannerError(f"model does not know the stages {sorted(missing)}", source=path)
        self.temperature = float(meta["temperature"])  # checked by files.read_meta
        #: docs/labelling.md's rules and the prior correction, on top of the model (both paths)
        self.layer = RuleLayer.from_meta(meta, source=path)
        #: the spaCy + scikit-learn path (explanations; classifying without a compiled copy)
        self.reference = ReferenceBackend(path, self.classes, self.temperature, pipeline, self.layer)
        #: the path ``predict`` takes
        self.backend: Backend = self.reference
        if compiled is not None:
            self.backend = CompiledBackend(compiled, self.temperature, self.layer)

    @property
    def pipeline(self):
        """The scikit-learn pipeline (loaded through skops on first use)."""
        return self.reference.pipeline

    @property
    def processor(self):
        """The spaCy text processor (loaded on first use: explanations, the reference path)."""
        return self.reference.processor

    def prepare_explanations(self) -> None:
        """Load what ``explain`` needs now (the chat does this in the background)."""
        _ = self.pipeline, self.processor

    @property
    def id(self) -> str:
        return str(self.meta.get("id") or f"stage-model-{file_sha256(self.path)[:12]}")

    def probabilities(self, texts: list[str], *, reference: bool = False) -> np.ndarray:
        """Stage probabilities (columns in ``self.classes`` order), thin posts shrunk.

        ``reference=True`` takes the spaCy + scikit-learn path even when a compiled
        copy exists (the tests compare the two).
        """
        return (self.reference if reference else self.backend).probabilities(texts)

    def probabilities_stream(self, chunks, *, start: bool = False):
        """Probabilities of the texts of ``chunks``, in order, as arrays of consecutive rows
        (not necessarily one per chunk). All chunks are taken before the first array comes;
        with a compiled copy they are classified in worker processes while the caller is
        still producing the next. Nothing happens until the first array is asked for, unless
        ``start``: then the chunks are taken (and handed to the workers) at once."""
        return self.backend.probabilities_stream(chunks, start=start)

    def kept_workers(self):
        """A block within which the worker processes of ``probabilities_stream`` (and the
        caches they fill) serve every stream, instead of new ones forked for each: a long
        input classified a window at a time warms them once."""
        return self.backend.kept_workers()

    def predict(self, texts: list[str]) -> list[Prediction]:
        if not texts:
            return []
        return predictions(self.probabilities(texts), self.classes)

    def explain(self, text: str, top: int = 8) -> Explanation:
        """Why ``text`` got its stage: the model's strongest words for it, the cues found,
        and the labelling rule that decided it, if one did (named first among the cues)."""
        feats, cue_lists, _docs = self.processor.process([text])
        prediction = self.predict([text])[0]
        explained = explanation(self.pipeline, self.classes, prediction, feats[0], cue_lists[0], top)
        hits = rule_hits(text) if self.layer is not None else []
        return with_rule(explained, hits[0] if hits else None)


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime: float) -> StageModel:
    p = Path(path)
    meta = verify(p, deep=False)
    compiled = None
    cp = compiled_path(p)
    expected = meta.get("compiled_sha256")
    if expected and not cp.is_file():
        raise PlannerError(f"the model's compiled copy ({cp.name}) is missing; refusing to load "
                           "the model", source=p)
    if expected:
        if file_sha256(cp) != expected:
            raise PlannerError("compiled model does not match its recorded hash (tampered?); "
                               "refusing to load it", source=cp)
        compiled = CompiledModel(cp)
        # the copy names the skops file it was made from: a foreign model file beside it
        # (even with metadata forged to match) is refused, not trusted by association
        # (the recorded sha256 was just checked against the file, so it stands for it)
        if compiled.source_sha256 != meta["sha256"]:
            raise PlannerError("model file is not the one its compiled copy was made from; "
                               "refusing to load it", source=p)
    pipeline = load_sklearn_pipeline(p) if compiled is None else None
    # the language files both paths read the captions with: those the model was trained with
    verify_nlp(meta, meta_path(p))
    return StageModel(pipeline, meta, p, compiled=compiled)


def load_model(path: str | os.PathLike | None = None) -> StageModel:
    """Load (once per process) and verify a stage model; ``None`` means the default one."""
    p = Path(path) if path else default_model_path()
    try:
        mtime = p.stat().st_mtime
    except OSError:
        raise PlannerError("no such model file", source=p) from None
    return _load_cached(str(p.resolve()), mtime)
