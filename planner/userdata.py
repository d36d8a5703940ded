"""Where the planner keeps per-user state: corrected labels, autosaves, a retrained model.

``PLANNER_HOME`` overrides the platformdirs location (tests and CI use it so a
developer's own files never leak in).
"""

from __future__ import annotations

import os
from pathlib import Path


def data_home() -> Path:
    override = os.environ.get("PLANNER_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("planner", appauthor=False))


def labels_path() -> Path:
    """Stage corrections made with ``/label``; ``planner train`` includes them."""
    return data_home() / "labels.csv"


def autosave_dir() -> Path:
    return data_home() / "autosave"


def label_stages() -> dict[str, str]:
    """The seller's labels so far, text -> stage (empty without a readable labels file: a
    report then estimates shares without them)."""
    import csv

    try:
        with open(labels_path(), newline="", encoding="utf-8") as fh:
            return {r[0]: r[1].strip() for r in list(csv.reader(fh))[1:] if len(r) >= 2}
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
