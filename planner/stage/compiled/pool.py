"""Compiled stage probabilities in batches, spread over forked worker processes when the
input is large (forked, so nothing is reloaded), streamed as the input is read; and the
compiled :class:`~planner.stage.backend.Backend`."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Iterator

import numpy as np

from planner.stage.backend import PARALLEL_MIN
from planner.stage.compiled.arrays import CompiledModel
from planner.stage.compiled.featurizer import Featurizer, load_featurizer
from planner.stage.maths import calibrate, shrink
from planner.stage.rules import RuleLayer

BATCH = 4000


def probabilities(model: CompiledModel, featurizer: Featurizer, texts: list[str],
                  temperature: float, layer: RuleLayer | None = None) -> np.ndarray:
    """Calibrated, thin-post-shrunk stage probabilities (columns in ``model.classes`` order),
    then the model's rules layer (:mod:`planner.stage.rules`), if it has one."""
    encoder = model.encoder(featurizer)
    logits, weights = [], []
    for i in range(0, len(texts), BATCH):  # batches keep the arrays in cache
        batch = texts[i:i + BATCH]
        ids, rows, w = encoder.encode(batch)
        logits.append(model.logits(ids, rows, len(batch)))
        weights.append(w)
    if not logits:
        return np.zeros((0, len(model.classes)))
    probs = shrink(calibrate(np.concatenate(logits), temperature), np.concatenate(weights))
    return probs if layer is None else layer.apply(probs, model.classes, texts)


_FORKED: tuple | None = None


def _forked_probabilities(texts: list[str]) -> np.ndarray:
    model, featurizer, temperature, layer = _FORKED
    return probabilities(model, featurizer or load_featurizer(), texts, temperature, layer)


#: posts per task when work is spread over processes
CHUNK = 10_000


def stream_probabilities(model: CompiledModel, featurizer: Featurizer | None,
                         chunks: Iterable[list[str]], temperature: float,
                         jobs: int | None = None, layer: RuleLayer | None = None) -> Iterator[np.ndarray]:
    """Probabilities for each chunk of texts, in order, computed in forked worker processes
    once the input is large. Chunks are submitted as ``chunks`` yields them, so the caller
    can still be reading its input while the first chunks are classified; every chunk is
    taken (and any error reading the input raised) before the first result is yielded.
    ``featurizer=None`` loads the shipped one where it is needed (in the workers only, when
    there are workers)."""
    import multiprocessing
    import os

    global _FORKED
    jobs = jobs or os.cpu_count() or 1
    if threading.active_count() > 1:
        jobs = 1  # never fork a process that runs other threads (the chat): they could deadlock it
    chunks = iter(chunks)
    head: list[list[str]] = []
    for chunk in chunks:  # small inputs are not worth a process
        head.append(chunk)
        if sum(map(len, head)) >= min(PARALLEL_MIN, CHUNK):
            break
    if (jobs <= 1 or sum(map(len, head)) < min(PARALLEL_MIN, CHUNK)
            or "fork" not in multiprocessing.get_all_start_methods()):
        featurizer = featurizer or load_featurizer()
        for chunk in head + list(chunks):  # all input first, as in the parallel case
            yield probabilities(model, featurizer, chunk, temperature, layer)
        return
    from concurrent.futures import ProcessPoolExecutor

    _FORKED = (model, featurizer, temperature, layer)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
    try:
        futures = [pool.submit(_forked_probabilities, chunk)
                   for chunk in _rechunk(itertools.chain(head, chunks), CHUNK)]
        for future in futures:
            yield future.result()
    finally:
        _FORKED = None
        pool.shutdown(cancel_futures=True)


def _rechunk(chunks: Iterable[list[str]], size: int) -> Iterator[list[str]]:
    """The same texts in chunks of ``size`` (the last may be shorter)."""
    buf: list[str] = []
    for chunk in chunks:
        buf += chunk
        while len(buf) >= size:
            yield buf[:size]
            buf = buf[size:]
    if buf:
        yield buf


def parallel_probabilities(model: CompiledModel, featurizer: Featurizer, texts: list[str],
                           temperature: float, jobs: int | None = None,
                           layer: RuleLayer | None = None) -> np.ndarray:
    """Probabilities for all texts (worker processes for large inputs)."""
    if len(texts) < PARALLEL_MIN:
        return probabilities(model, featurizer, texts, temperature, layer)
    parts = list(stream_probabilities(model, featurizer, [texts], temperature, jobs, layer))
    return np.concatenate(parts) if parts else np.zeros((0, len(model.classes)))


class CompiledBackend:
    """A compiled model with the shipped featurizer (loaded where it is first needed)."""

    def __init__(self, model: CompiledModel, temperature: float,
                 layer: RuleLayer | None = None) -> None:
        self.model = model
        self.classes: list[str] = model.classes
        self.temperature = temperature
        self.layer = layer

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return parallel_probabilities(self.model, load_featurizer(), texts, self.temperature,
                                      layer=self.layer)

    def probabilities_stream(self, chunks: Iterable[list[str]]) -> Iterator[np.ndarray]:
        return stream_probabilities(self.model, None, chunks, self.temperature, layer=self.layer)
