"""The core is plain Python: importing it must not pull in Textual (or load heavy libraries)."""

import subprocess
import sys

CORE = ["planner.chat.session", "planner.domain.brief", "planner.domain.calendar", "planner.planning.coverage",
        "planner.planning.exports", "planner.domain.funnel", "planner.planning.lint", "planner.planning.plan", "planner.io",
        "planner.planning.render", "planner.planning.report", "planner.stage.train", "planner.stage.model", "planner.text.language",
        "planner.workflow", "planner.batch", "planner.cli", "planner.stage.compiled", "planner.domain.timezones"]


def test_core_does_not_import_textual():
    code = ("import sys\n" + "".join(f"import {m}\n" for m in CORE)
            + "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
            + "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_chat_module_defers_heavy_imports():
    """The TUI's first screen must not wait for spaCy or scikit-learn."""
    code = ("import sys\nimport planner.tui.app\n"
            "heavy = [m for m in ('spacy', 'sklearn') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)
