"""Finds the shipped templates, models and data: packaged copy first, source tree second.

A wheel maps the top-level ``templates/`` and ``models/`` folders into the package;
an editable install does not, so both places are tried.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent


def _first_existing(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, SOURCE_ROOT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the planner's {name}/ folder is missing from the installation")


def templates_dir() -> Path:
    """The built-in Jinja2 template library."""
    return _first_existing("templates")


def models_dir() -> Path:
    """The shipped stage model, its spaCy pipeline and its training data."""
    return _first_existing("models")


def data_dir() -> Path:
    """Data files the user may override: funnel, platforms, tactics, demo."""
    return PACKAGE_DIR / "data"
