"""Stage shares of a set of posts estimated as a quantification task, with an interval.

Counting each post's most likely stage (classify and count, CC) inherits every bias of
the classifier: a model that over-calls advocacy reports advocacy as covered. These
estimators correct for it, from the model's probabilities and what is known of its
errors (measured on labelled posts when it was trained):

* **PCC**, probabilistic classify and count: the mean of the posts' probabilities.
* **PACC**, probabilistic adjusted classify and count (Bella et al. 2010): solves
  ``q = Mᵀ p`` for the shares ``p``, where ``M[i, j]`` is the model's mean probability of
  stage ``j`` on posts whose true stage is ``i`` and ``q`` the mean probabilities here;
  the solution is clipped to [0, 1] and renormalised.
* **EMQ** (Saerens, Latinne & Decaestecker 2002): expectation-maximisation of the
  shares, re-weighting each post's probabilities by the ratio of the current estimate to
  the prior the model was calibrated for, until the shares stop moving.
* **PPI**, prediction-powered inference (Angelopoulos et al. 2023; the difference
  estimator of survey sampling): PCC plus the mean error of the probabilities on a
  *random* sample of the same posts whose stages the seller labelled,
  ``mean(probs) + mean(onehot(stage) - probs)`` over that sample. It corrects the errors
  this model makes on this account, which no estimate from probabilities alone can: on
  real sources they differ from its errors elsewhere (models/MODEL_CARD.md, "Stage
  shares"). Labels picked for another reason (the closest calls the report offers to
  teach the model) are no random sample and would bias it; :class:`CheckSample` picks the
  sample, the same posts every time.

:func:`bootstrap_interval` gives a percentile interval for any of them by resampling the
posts (for PPI the labelled sample too, on its own; a fixed seed: the same posts give the
same interval).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

#: how many posts' probabilities an estimate keeps at most (a uniform sample beyond that)
MAX_ROWS = 20_000


def classify_and_count(probs: np.ndarray) -> np.ndarray:
    """The share of posts whose most likely stage is each stage (ties to the earlier)."""
    k = probs.shape[1]
    if not len(probs):
        return np.full(k, 1.0 / k)
    return np.bincount(probs.argmax(axis=1), minlength=k) / len(probs)


def probabilistic_count(probs: np.ndarray) -> np.ndarray:
    """The mean probability of each stage."""
    if not len(probs):
        return np.full(probs.shape[1], 1.0 / probs.shape[1])
    return probs.mean(axis=0)


def pacc(probs: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Shares ``p`` solving ``mean(probs) = matrixᵀ p`` (least squares), clipped and renormalised."""
    q = probabilistic_count(probs)
    p, *_ = np.linalg.lstsq(np.asarray(matrix, dtype=float).T, q, rcond=None)
    p = np.clip(p, 0.0, 1.0)
    total = p.sum()
    return p / total if total > 0 else q


def emq(probs: np.ndarray, train_prior: np.ndarray, *, max_iter: int = 1000,
        tol: float = 1e-8) -> np.ndarray:
    """Saerens-Latinne-Decaestecker EM: the shares these posts' probabilities imply once they
    are re-weighted from ``train_prior`` (what the model was calibrated for) to the shares."""
    train_prior = np.asarray(train_prior, dtype=float)
    if not len(probs):
        return train_prior / train_prior.sum()
    safe = np.where(train_prior > 0, train_prior, 1.0)
    shares = train_prior / train_prior.sum()
    for _ in range(max_iter):
        w = np.where(train_prior > 0, shares / safe, 0.0)
        post = probs * w
        post /= np.clip(post.sum(axis=1, keepdims=True), 1e-300, None)
        new = post.mean(axis=0)
        if np.abs(new - shares).max() < tol:
            return new
        shares = new
    return shares


def ppi(probs: np.ndarray, labelled_probs: np.ndarray, labelled_stages) -> np.ndarray:
    """Prediction-powered shares: the mean probabilities ``probs`` of all posts corrected by
    the mean of ``onehot(stage) - probability`` over a random sample of them whose stages are
    known (``labelled_probs``, a row per post, and ``labelled_stages``, column indices);
    clipped at 0 and renormalised."""
    k = probs.shape[1]
    labelled_probs = np.asarray(labelled_probs, dtype=float).reshape(-1, k)
    stages = np.asarray(labelled_stages, dtype=int)
    if not len(stages):
        return probabilistic_count(probs)
    truth = np.eye(k)[stages].mean(axis=0)
    if not len(probs):
        return truth
    est = np.clip(probs.mean(axis=0) + truth - labelled_probs.mean(axis=0), 0.0, None)
    total = est.sum()
    return est / total if total > 0 else truth


def estimate(probs: np.ndarray, method: str, *, matrix=None, train_prior=None,
             labelled=None) -> np.ndarray:
    """Shares of ``probs`` (one row per post) by ``method``: cc, pcc, pacc, emq, or ppi with
    ``labelled`` = (probabilities, stage indices) of a random sample of the posts."""
    if method == "ppi":
        return ppi(probs, *labelled)
    if method == "cc":
        return classify_and_count(probs)
    if method == "pcc":
        return probabilistic_count(probs)
    if method == "pacc":
        return pacc(probs, matrix)
    if method == "emq":
        return emq(probs, train_prior)
    raise ValueError(f"unknown quantification method {method!r}")


def bootstrap_interval(probs: np.ndarray, method: str, *, rounds: int = 200, level: float = 0.9,
                       seed: int = 7, **params) -> tuple[np.ndarray, np.ndarray]:
    """A ``level`` percentile interval (low, high) of each share: ``rounds`` resamples of
    the posts with replacement, each estimated by ``method``."""
    n = len(probs)
    if n == 0:
        k = probs.shape[1]
        return np.zeros(k), np.ones(k)
    rng = np.random.default_rng(seed)
    if method == "ppi":  # the labelled sample resampled on its own
        lp, ls = (np.asarray(a) for a in params.pop("labelled"))
        m = len(ls)

        def draw():
            pick = rng.integers(0, m, m)
            return ppi(probs[rng.integers(0, n, n)], lp[pick], ls[pick])
    else:
        def draw():
            return estimate(probs[rng.integers(0, n, n)], method, **params)
    draws = np.array([draw() for _ in range(rounds)])
    tail = (1.0 - level) / 2 * 100
    return np.percentile(draws, tail, axis=0), np.percentile(draws, 100 - tail, axis=0)


def sample_rows(probs: np.ndarray, limit: int = MAX_ROWS, seed: int = 7) -> np.ndarray:
    """At most ``limit`` rows, uniformly and reproducibly chosen, in their original order."""
    if len(probs) <= limit:
        return probs
    keep = np.sort(np.random.default_rng(seed).choice(len(probs), limit, replace=False))
    return probs[keep]


#: how many posts the check sample holds
CHECK_SIZE = 25
#: labelled posts of the check sample from which the shares are corrected (PPI)
MIN_CHECKED = 10


def text_rank(text: str) -> int:
    """A post's place in the check sample's order: a hash of its text (the same everywhere)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class CheckSample:
    """A random sample of distinct posts, the same whatever order they come in: the
    :data:`CHECK_SIZE` texts of lowest :func:`text_rank` (a bottom-k sample; a text that
    comes twice is one candidate, at its first position). Posts are offered one at a time,
    so a report of millions keeps a few dozen."""

    size: int = CHECK_SIZE
    #: rank -> (position of the post, its text, its probabilities)
    kept: dict[int, tuple[int, str, list[float]]] = field(default_factory=dict)

    def offer(self, index: int, text: str, row: list[float]) -> None:
        if not text.strip():
            return
        rank = text_rank(text)
        if rank in self.kept or (len(self.kept) >= self.size and rank > max(self.kept)):
            return
        self.kept[rank] = (index, text, row)
        if len(self.kept) > self.size:
            del self.kept[max(self.kept)]

    def members(self) -> list[tuple[int, str, list[float]]]:
        """(position, text, probabilities) of the sample's posts, in rank order."""
        return [self.kept[r] for r in sorted(self.kept)]

    def labelled(self, stages: dict[str, str], names) -> tuple[np.ndarray, np.ndarray]:
        """(probabilities, stage indices in ``names``) of the members ``stages`` (text ->
        stage) labels."""
        names = list(names)
        rows = [(row, names.index(stages[text])) for _i, text, row in self.members()
                if stages.get(text) in names]
        return (np.array([r for r, _ in rows], dtype=float).reshape(-1, len(names)),
                np.array([s for _, s in rows], dtype=int))
