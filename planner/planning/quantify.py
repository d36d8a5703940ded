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

:func:`bootstrap_interval` gives a percentile interval for any of them by resampling the
posts (a fixed seed: the same posts give the same interval).
"""

from __future__ import annotations

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


def estimate(probs: np.ndarray, method: str, *, matrix=None, train_prior=None) -> np.ndarray:
    """Shares of ``probs`` (one row per post) by ``method``: cc, pcc, pacc or emq."""
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
    draws = np.array([estimate(probs[rng.integers(0, n, n)], method, **params)
                      for _ in range(rounds)])
    tail = (1.0 - level) / 2 * 100
    return np.percentile(draws, tail, axis=0), np.percentile(draws, 100 - tail, axis=0)


def sample_rows(probs: np.ndarray, limit: int = MAX_ROWS, seed: int = 7) -> np.ndarray:
    """At most ``limit`` rows, uniformly and reproducibly chosen, in their original order."""
    if len(probs) <= limit:
        return probs
    keep = np.sort(np.random.default_rng(seed).choice(len(probs), limit, replace=False))
    return probs[keep]
