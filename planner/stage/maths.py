"""The scoring maths both classifier backends share: calibration, and how far a post
with little text is pulled toward "unsure"."""

from __future__ import annotations

import numpy as np

#: Posts with fewer content words than this get their confidence pulled toward uniform.
THIN_WORDS = 4


def content_words(tokens) -> int:
    """Feature tokens that are words (lower-case letters; not typed tokens, tags or cues)."""
    return sum(1 for t in tokens if t.isalpha() and t.islower())


def thin_weight(words, cues):
    """How much of its own evidence a post keeps (scalars or arrays): posts with fewer than
    THIN_WORDS content words, a cue counting as two, lean toward uniform."""
    return np.minimum(1.0, (words + 2 * cues) / THIN_WORDS)


def calibrate(logits: np.ndarray, temperature: float) -> np.ndarray:
    """Probabilities from decision values, through the fitted temperature."""
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def shrink(probs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Pull each row toward uniform by its thin-post weight (in place; returns ``probs``)."""
    thin = weights < 1.0
    if thin.any():
        w = weights[thin, None]
        probs[thin] = w * probs[thin] + (1 - w) / probs.shape[1]
    return probs
