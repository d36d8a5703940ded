"""Shared fixtures: an isolated user data dir, the demo files, and an in-process CLI runner."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "planner" / "data" / "demo"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never read or write the developer's own planner data."""
    home = tmp_path_factory.mktemp("planner-home")
    monkeypatch.setenv("PLANNER_HOME", str(home))
    monkeypatch.delenv("PLANNER_DEBUG", raising=False)
    return home


@pytest.fixture
def demo_brief() -> Path:
    return DEMO / "brief.toml"


@pytest.fixture
def demo_posts() -> Path:
    return DEMO / "posts.csv"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys, monkeypatch):
    """Run ``planner ARGS`` in-process through the real entry point (exit codes and all)."""
    from planner.cli import main

    def _run(*args: str, stdin: str | None = None) -> Result:
        monkeypatch.setattr(sys, "argv", ["planner", *map(str, args)])
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output")
