"""Fixtures the CLI tests share: a calendar planned from the demo brief, and a small labelled file.

The in-process runner (``run``) and the demo files live in tests/conftest.py, since other
tests use them too.
"""

import pytest


@pytest.fixture
def planned_calendar(run, demo_brief, tmp_path):
    """Plan from the demo brief (plus any extra ARGS) into tmp_path/cal.toml and return that path."""

    def _plan(*args: str):
        cal = tmp_path / "cal.toml"
        result = run("plan", "--brief", demo_brief, *args, "-o", cal)
        assert result.code == 0, result.err
        return cal

    return _plan


@pytest.fixture
def five_stage_labels(tmp_path):
    """A labelled CSV of 30 short posts, six of each stage: enough to train a model quickly."""
    data = tmp_path / "d.csv"
    data.write_text("text,stage\n" + "".join(f"shop now {i},conversion\nthanks for your order {i},loyalty\n"
                                             f"refer a friend {i},advocacy\nhow it is made {i},consideration\n"
                                             f"happy monday {i},awareness\n" for i in range(6)))
    return data
