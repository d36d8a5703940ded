"""Compiled stage probabilities in batches, spread over forked worker processes when the
input is large (forked, so nothing is reloaded), streamed as the input is read; and the
compiled :class:`~planner.stage.backend.Backend`."""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

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
    logits, weights, stages = [], [], []
    with paused_cycle_collection():
        for i in range(0, len(texts), BATCH):  # batches keep the arrays in cache
            batch = texts[i:i + BATCH]
            ids, rows, w, s = encoder.encode_with_rules(batch, rules=layer is not None)
            logits.append(model.logits(ids, rows, len(batch)))
            weights.append(w)
            stages += s
    if not logits:
        return np.zeros((0, len(model.classes)))
    probs = shrink(calibrate(np.concatenate(logits), temperature), np.concatenate(weights))
    return probs if layer is None else layer.apply(probs, model.classes, texts, stages)


@contextmanager
def paused_cycle_collection():
    """The cycle collector paused (and left as it was after): classifying makes no cycles,
    but the caches it fills hold so many objects that each full collection walks them all
    (a few % of the time)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


_FORKED: tuple | None = None


def _forked_probabilities(texts: list[str]) -> np.ndarray:
    model, featurizer, temperature, layer = _FORKED
    return probabilities(model, featurizer or load_featurizer(), texts, temperature, layer)


#: posts per task when work is spread over processes
CHUNK = 10_000
#: posts classified in this process before the workers are forked: enough to teach the
#: caches the common words, few enough that the workers start soon (the rest of the first
#: chunk goes to them)
WARM = 2000


def stream_probabilities(model: CompiledModel, featurizer: Featurizer | None,
                         chunks: Iterable[list[str]], temperature: float,
                         jobs: int | None = None, layer: RuleLayer | None = None, *,
                         start: bool = False) -> Iterator[np.ndarray]:
    """Probabilities for each chunk of texts, in order, computed in forked worker processes
    once the input is large. The first :data:`WARM` texts are classified in this process,
    and the workers forked after them inherit what that taught the caches (and the loaded
    language files); the other texts are submitted as ``chunks`` yields them, so the caller
    can still be reading its input while they are classified. Every chunk is taken (and any
    error reading the input raised) before the first result is yielded. ``featurizer=None``
    loads the shipped one. Inside :func:`kept_workers`, the workers forked by one call serve
    the next calls with the same model too.

    Like any generator, the stream does nothing until its first result is asked for;
    ``start=True`` takes the chunks and hands them to the workers now, so they are being
    classified while the caller does something else (writes the window before, say)."""
    stream = _stream(model, featurizer, chunks, temperature, jobs, layer)
    if start:
        next(stream)  # taken and submitted; the results come from the same generator
        return stream
    return _after_start(stream)


def _after_start(stream: Iterator) -> Iterator[np.ndarray]:
    next(stream)
    yield from stream


def _stream(model: CompiledModel, featurizer: Featurizer | None, chunks: Iterable[list[str]],
            temperature: float, jobs: int | None, layer: RuleLayer | None) -> Iterator:
    """``stream_probabilities``' work: one ``None`` once every chunk is taken (and, with
    workers, submitted), then the probabilities."""
    import os

    global _FORKED
    key = (model, featurizer, temperature, layer)
    kept = _KEPT[-1] if _KEPT else None
    pool = kept[1] if kept is not None and all(a is b for a, b in zip(kept[0], key)) else None
    jobs = jobs or os.cpu_count() or 1
    if threading.active_count() > 1 and pool is None:
        jobs = 1  # never fork a process that runs other threads (the chat): they could deadlock it
    chunks = iter(chunks)
    head: list[list[str]] = []
    for chunk in chunks:  # small inputs are not worth a process
        head.append(chunk)
        if sum(map(len, head)) >= min(PARALLEL_MIN, CHUNK):
            break
    if pool is None and (jobs <= 1 or sum(map(len, head)) < min(PARALLEL_MIN, CHUNK)
                         or not _can_fork()):
        featurizer = featurizer or load_featurizer()
        everything = head + list(chunks)  # all input first, as in the parallel case
        yield None
        for chunk in everything:
            yield probabilities(model, featurizer, chunk, temperature, layer)
        return
    done: list[np.ndarray] = []
    if pool is None:
        # the first chunk is classified here: the workers forked after it start with its
        # tokens, pieces and rule triggers known (each would otherwise learn them itself)
        featurizer = featurizer or load_featurizer()
        first = head.pop(0)
        if len(first) > WARM:  # the workers take the rest of it
            head.insert(0, first[WARM:])
            first = first[:WARM]
        done.append(probabilities(model, featurizer, first, temperature, layer))
        if not head:
            head = [c for c in [next(chunks, None)] if c is not None]
            if not head:  # nothing more: no workers needed
                yield None
                yield done[0]
                return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
        if _KEPT and _KEPT[-1] is None:
            kept = _KEPT[-1] = (key, pool)
    futures = []
    _FORKED = key  # the workers are forked, each with its copy, at the first submit
    try:
        for chunk in _rechunk(itertools.chain(head, chunks), CHUNK):
            futures.append(pool.submit(_forked_probabilities, chunk))
        _FORKED = None
        yield None
        yield from done
        for future in futures:
            yield future.result()
    finally:
        _FORKED = None
        if kept is None or kept[1] is not pool:
            pool.shutdown(cancel_futures=True)
        else:
            for future in futures:  # left early: the kept workers drop what is still queued
                future.cancel()


def _can_fork() -> bool:
    import multiprocessing  # only for inputs large enough for workers

    return "fork" in multiprocessing.get_all_start_methods()


#: the kept worker pools of the open :func:`kept_workers` blocks, innermost last: (the
#: arguments the pool's workers were forked with, the pool), or None before it is made
_KEPT: list = []


@contextmanager
def kept_workers():
    """Within the block, the workers that ``stream_probabilities`` forks (and the caches they
    fill) serve every later call with the same model, and are shut down when the block ends:
    a long input classified a window at a time warms one set of caches, not one per window."""
    _KEPT.append(None)
    try:
        yield
    finally:
        kept = _KEPT.pop()
        if kept is not None:
            kept[1].shutdown(cancel_futures=True)


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

    def probabilities_stream(self, chunks: Iterable[list[str]], *,
                             start: bool = False) -> Iterator[np.ndarray]:
        return stream_probabilities(self.model, None, chunks, self.temperature, layer=self.layer,
                                    start=start)

    def kept_workers(self):
        """A block within which the worker processes last from one stream to the next."""
        return kept_workers()
