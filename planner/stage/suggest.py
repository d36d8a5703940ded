"""Which of a seller's posts to label next: the few whose labels would teach the model most.

Uncertainty sampling by margin: a post the model hesitates over, its two likeliest stages
close together, is one where a label settles what the model could not, and one the
retrained model learns most from. A post it puts well ahead (by :data:`MAX_MARGIN` or
more: among them every post a labelling rule decided, whose stage a label would not move)
is never offered. The few picked are spread over the pairs of stages the model hesitates
between (the closest call of each pair first, then the closest calls left), so five labels
are not five answers to the same question, and a text that comes twice is offered once.

Everything is decided by the probabilities and the order the posts were read in: the same
posts give the same suggestions, ties going to the post read first. Posts can be given a
chunk at a time (:func:`shortlist` keeps a few per pair of stages, so a report of millions
of posts holds at most a few dozen), and the pick from the shortlist is the pick from all
posts at once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from planner.domain.funnel import STAGES

#: how many posts to offer
K = 5
#: a post whose likeliest stage is this far ahead of the next is not worth a label
MAX_MARGIN = 0.5


@dataclass(frozen=True)
class ToLabel:
    """One post worth labelling."""

    #: its position among the posts, from 0, in the order they were read
    index: int
    #: the likeliest stage's probability less the runner-up's
    margin: float
    #: the two stages it hesitates between, likeliest first
    first: str
    second: str
    text: str

    @property
    def number(self) -> int:
        """The post's number as ``/label N`` and ``planner label`` count (from 1)."""
        return self.index + 1

    @property
    def pair(self) -> tuple[str, str]:
        """The two stages it hesitates between, in funnel order (either way round is one pair)."""
        a, b = sorted((self.first, self.second), key=STAGES.index)
        return a, b

    @property
    def key(self) -> str:
        """Its text as compared for repeats: case and spacing do not count."""
        return text_key(self.text)

    @property
    def order(self) -> tuple[float, int]:
        """How it ranks: the closest call first, among equals the post read first."""
        return self.margin, self.index


def text_key(text: str) -> str:
    return " ".join(text.casefold().split())


def shortlist(probs: np.ndarray, texts: Sequence[str], *, start: int = 0,
              kept: Iterable[ToLabel] = (), exclude: Collection[int] = (),
              k: int = K, max_margin: float = MAX_MARGIN) -> list[ToLabel]:
    """The posts :func:`pick` can choose from among ``kept`` (an earlier shortlist) and the
    posts of ``texts``, whose stage probabilities are the rows of ``probs`` (columns in
    :data:`STAGES` order) and whose positions start at ``start``: for each pair of stages,
    its ``k`` closest calls with distinct texts. Empty texts, the positions in ``exclude``
    and posts the model puts ``max_margin`` or more ahead are left out."""
    probs = np.asarray(probs, dtype=np.float64).reshape(-1, len(STAGES))
    if len(probs) != len(texts):
        raise ValueError(f"{len(probs)} rows of probabilities for {len(texts)} posts")
    found = list(kept)
    if len(probs):
        top2 = np.argsort(-probs, axis=1, kind="stable")[:, :2]  # ties: the earlier stage
        rows = np.arange(len(probs))
        margin = probs[rows, top2[:, 0]] - probs[rows, top2[:, 1]]
        close = np.flatnonzero(margin < max_margin)
        close = close[np.lexsort((close, margin[close]))]  # closest first, then read first
        pair = top2.min(axis=1) * len(STAGES) + top2.max(axis=1)
        for code in np.unique(pair[close]).tolist():
            taken: set[str] = set()
            for i in close[pair[close] == code].tolist():
                if start + i in exclude or not text_key(texts[i]) or text_key(texts[i]) in taken:
                    continue
                taken.add(text_key(texts[i]))
                found.append(ToLabel(start + i, float(margin[i]), STAGES[top2[i, 0]],
                                     STAGES[top2[i, 1]], texts[i]))
                if len(taken) >= k:
                    break
    return _per_pair(found, k)


def _per_pair(found: list[ToLabel], k: int) -> list[ToLabel]:
    """At most ``k`` posts of each pair of stages, distinct texts, the closest calls."""
    out: list[ToLabel] = []
    counts: dict[tuple[str, str], int] = {}
    seen: set[str] = set()
    for item in sorted(found, key=lambda t: t.order):
        if item.key in seen or counts.get(item.pair, 0) >= k:
            continue
        seen.add(item.key)
        counts[item.pair] = counts.get(item.pair, 0) + 1
        out.append(item)
    return out


def pick(candidates: Iterable[ToLabel], k: int = K) -> list[ToLabel]:
    """The ``k`` posts whose labels would help most, closest call first: the closest call of
    each pair of stages the model hesitates between, then the closest calls left."""
    ranked = _per_pair(list(candidates), k)
    chosen: list[ToLabel] = []
    pairs: set[tuple[str, str]] = set()
    for item in ranked:  # one per pair of stages first
        if len(chosen) < k and item.pair not in pairs:
            pairs.add(item.pair)
            chosen.append(item)
    for item in ranked:  # then the closest calls left
        if len(chosen) >= k:
            break
        if item not in chosen:
            chosen.append(item)
    return sorted(chosen, key=lambda t: t.order)


def to_label(probs: np.ndarray, texts: Sequence[str], *, k: int = K,
             exclude: Collection[int] = (), max_margin: float = MAX_MARGIN) -> list[ToLabel]:
    """The ``k`` posts of ``texts`` (stage probabilities: the rows of ``probs``, columns in
    :data:`STAGES` order) whose labels would teach the model most, closest call first;
    positions in ``exclude`` (posts labelled already) are never offered."""
    return pick(shortlist(probs, texts, exclude=exclude, k=k, max_margin=max_margin), k)
