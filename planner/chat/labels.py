"""The labels file: stage corrections made with ``/label``, a ``text,stage`` CSV in the
user data dir that ``planner train`` adds to its training data."""

from __future__ import annotations

import csv
from pathlib import Path

from planner.fileio import csv_line, write_atomic


def append_label(path: Path, text: str, stage: str) -> None:
    """Add one correction to the labels CSV (rewritten atomically, header kept).

    A post labelled again keeps only its latest stage.
    """
    rows: list[list[str]] = []
    if path.is_file():
        with open(path, newline="", encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh)][1:]
    rows = [r for r in rows if r and r[0] != text] + [[text, stage]]
    write_atomic(path, "".join(csv_line(r) for r in [["text", "stage"], *rows]), force=True)


def labelled_texts(path: Path) -> set[str]:
    """The texts labelled so far (empty when there is no labels file, or it cannot be read:
    it only keeps them from being offered again)."""
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return {r[0] for r in list(csv.reader(fh))[1:] if r}
    except (OSError, UnicodeDecodeError, csv.Error):
        return set()
