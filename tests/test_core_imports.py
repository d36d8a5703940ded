"""The core is plain Python: importing it must not pull in Textual (or load heavy libraries)."""

import json
import subprocess
import sys

#: Only the interfaces may import Textual: the TUI, the CLI that starts it, and ``python -m planner``.
INTERFACES = ("planner.tui", "planner.cli", "planner.__main__")

#: Packages the walk must reach, so that a walk finding nothing cannot pass.
EXPECTED_PACKAGES = {"planner.domain", "planner.text", "planner.brief", "planner.stage", "planner.io",
                     "planner.planning", "planner.chat"}

WALK_AND_IMPORT = f"""
import importlib, json, pkgutil, sys
import planner

interfaces = {INTERFACES!r}
walked = []
for info in pkgutil.walk_packages(planner.__path__, "planner."):
    if any(info.name == skip or info.name.startswith(skip + ".") for skip in interfaces):
        continue
    importlib.import_module(info.name)
    walked.append(info.name)
textual = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print(json.dumps({{"walked": walked, "textual": textual}}))
"""


def test_core_does_not_import_textual():
    result = subprocess.run([sys.executable, "-c", WALK_AND_IMPORT], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert EXPECTED_PACKAGES <= set(found["walked"]), found["walked"]
    assert not any(name.startswith(INTERFACES) for name in found["walked"])
    assert found["textual"] == [], found["textual"]


def test_chat_module_defers_heavy_imports():
    """The TUI's first screen must not wait for spaCy or scikit-learn."""
    code = ("import sys\nimport planner.tui.app\n"
            "heavy = [m for m in ('spacy', 'sklearn') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_chat_loads_its_turn_machinery_on_the_first_turn():
    """The first frame builds a session and reads the command table; the router, the
    command handlers, the autosave and the brief module load only when a turn runs."""
    code = ("import sys\nfrom planner.chat.session import ChatSession\nimport planner.tui.app\n"
            "from planner.tui.widgets.side_panel import panel_text, summary_text\n"
            "s = ChatSession()\npanel_text(s, '', 34)\nsummary_text(s, 58)\n"
            "late = ('planner.chat.conversation', 'planner.chat.intents', 'planner.chat.autosave',\n"
            "        'planner.chat.calendar_commands', 'planner.chat.undo', 'planner.domain.brief')\n"
            "early = [m for m in late if m in sys.modules]\n"
            "assert not early, early\n"
            "assert s.respond('/help').text.startswith('Commands:')\n"
            "assert s.respond('we sell candles').text and s.brief.product == 'candles'\n"
            "assert 'planner.chat.conversation' in sys.modules and 'planner.domain.brief' in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
