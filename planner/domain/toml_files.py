"""Reading a user's TOML file (a brief, a calendar, platform facts) for the domain loaders."""

from __future__ import annotations

from pathlib import Path

from planner.errors import PlannerError
from planner.fileio import read_toml


def read_user_toml(path: str | Path) -> dict:
    """:func:`planner.fileio.read_toml`, with a file nested too deeply to parse (arrays or
    tables inside each other thousands deep: the parser recurses) named like any bad file."""
    try:
        return read_toml(path)
    except RecursionError:
        raise PlannerError("not valid TOML (arrays or tables nested too deeply)",
                           source=path) from None
