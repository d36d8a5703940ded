"""What a classifier backend offers the stage model, and when backends go parallel.

Two backends compute the same stage probabilities: the compiled copy
(:mod:`planner.stage.compiled`, numpy only, for classifying) and the spaCy +
scikit-learn reference (:mod:`planner.stage.reference`, which defines the model).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Protocol

import numpy as np

#: Inputs at least this many posts long are split across worker processes.
PARALLEL_MIN = 20_000


class Backend(Protocol):
    """A way to compute a stage model's probabilities."""

    #: the stage of each probability column
    classes: list[str]

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Calibrated stage probabilities, thin posts shrunk (a row per text)."""
        ...

    def probabilities_stream(self, chunks: Iterable[list[str]], *,
                             start: bool = False) -> Iterator[np.ndarray]:
        """The probabilities of the texts of ``chunks``, in order, as arrays of consecutive
        rows; every chunk is taken before the first array comes. ``start`` takes them (and
        starts classifying them, where there are workers) before the iterator is returned."""
        ...

    def kept_workers(self) -> AbstractContextManager:
        """A block within which worker processes (and their caches) last from one
        ``probabilities_stream`` to the next."""
        ...
