"""Golden calendars: the shipped example and a second brief, byte for byte."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "example": (ROOT / "content_calendar" / "example.toml",
                ["--brief", "planner/data/demo/brief.toml", "--posts", "planner/data/demo/posts.csv",
                 "--seed", "7"]),
    "studio-mugs": (GOLDEN / "calendar-studio-mugs.toml",
                    ["--brief", "tests/fixtures/brief-mugs.toml", "--seed", "3"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_calendar(name, run, request, monkeypatch):
    monkeypatch.chdir(ROOT)
    path, args = CASES[name]
    r = run("plan", *args)
    assert r.code == 0, r.err
    if request.config.getoption("--update-golden"):
        path.write_text(r.out, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: run pytest --update-golden"
    assert r.out == path.read_text(encoding="utf-8")
    lint = run("lint", path)
    assert lint.code == 0, lint.out
