"""Stage probabilities as results: one Prediction per post, the best stage of each row,
and probabilities printed to four places (the CLI's classify output)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.funnel import STAGES


@dataclass
class Prediction:
    stage: str
    confidence: float
    scores: dict[str, float]


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
