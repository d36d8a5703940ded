"""The rows of a CSV file, as ``csv.reader`` reads them, except that a quote opened and never
closed is an error naming the line it opened on.

Python's reader (not strict) takes an unterminated ``"`` as the start of one field that
runs to the end of the file: a thousand rows become one post, silently. Here a row that
is still open when the lines run out is refused instead:
``posts.csv: line 17: a quote opened here is never closed``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from planner.errors import PlannerError


class Rows:
    """``csv.reader(lines)`` that raises :class:`PlannerError` on an unterminated quote;
    ``line_num`` is the reader's."""

    def __init__(self, lines: Iterable[str], source: str) -> None:
        self._ended = [False]
        self._reader = csv.reader(_lines_then_end(lines, self._ended))
        self.source = source

    @property
    def line_num(self) -> int:
        return self._reader.line_num

    def __iter__(self) -> Iterator[list[str]]:
        return self

    def __next__(self) -> list[str]:
        start = self._reader.line_num + 1
        row = next(self._reader)
        if self._ended[0]:
            raise PlannerError(f"line {start}: a quote opened here is never closed",
                               source=self.source)
        return row


def _lines_then_end(lines: Iterable[str], ended: list[bool]) -> Iterator[str]:
    """The lines; ``ended`` is set when a reader asks for one more. ``csv`` ends a row
    with each line unless a quoted field is still open, so a row that comes back after
    that is one whose quote was never closed (a reader between rows asks too, but then
    returns no row)."""
    yield from lines
    ended[0] = True
