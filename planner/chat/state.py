"""What one chat works on: the brief, the loaded posts, the calendar in progress.

The state is kept apart from the turn loop (``session.py``) so that the command
modules can name it without importing the loop that dispatches to them. Autosave
(``autosave.py``) writes and restores these fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.brief import Dialogue
    from planner.domain.brief import Brief
    from planner.domain.calendar import Calendar
    from planner.workflow import Classified

# The brief, calendar and TOML modules load on first use: the chat's first frame
# should not wait for them.


def _empty_brief() -> Brief:
    from planner.domain.brief import Brief

    return Brief(product="")


class SessionState:
    """The brief, the loaded posts and their classification, the calendar and where it lives."""

    def __init__(self, brief: Brief | None = None, *, seed: int = 0,
                 template_dirs: list[str] | None = None) -> None:
        #: the brief as understood so far (see the ``brief`` property: made on first use)
        self._brief: Brief | None = brief
        #: what the brief conversation remembers (declined fields, the last question), made
        #: by brief_dialogue(); None again when a brief is loaded from a file
        self.dialogue: Dialogue | None = None
        #: posts loaded with /posts, and their classification and coverage
        self.posts: list = []
        self.classified: Classified | None = None
        #: the calendar in progress and where it was last saved or opened
        self.calendar: Calendar | None = None
        self.calendar_path: Path | None = None
        self.seed = seed
        #: the calendar changed since it was last saved
        self.unsaved = False
        self.template_dirs: list[str] = list(template_dirs or [])
        #: called as progress(done, total) while posts are classified (the TUI shows it)
        self.progress: Callable[[int, int], None] | None = None
        #: /quit already warned once about unsaved changes
        self.quit_warned = False
        #: how many /regen variants were asked for (each one asks the planner for a new one)
        self.variants_made = 0
        #: the day relative dates in messages are read from ("until Friday"); None is today
        self.today: dt.date | None = None
        #: a command waiting for the seller's yes ("replace the unsaved calendar?"): the
        #: command line a yes runs; anything else drops it
        self.pending: str | None = None
        #: the planned post last talked about (index from 0): "make it shorter" means this one
        self.focus: int | None = None
        #: the last plan left many slots empty and asked for a fact (calendar_commands):
        #: the next message answers it, unless it tells other details of the brief
        self.fact_asked_after_plan = False
        #: what /undo brings back, newest last (undo.py)
        self.history: list = []
        #: the last message's request failed (its reply's first sentence): "undo" right
        #: after it means that request, which changed nothing, not the change before it
        self.last_failed: str | None = None
        #: this session has written its autosave (the last session's is then previous.toml)
        self.autosaved_once = False
        #: what the calendar held when it was last exported (next_step.fingerprint), or None
        self.exported: tuple | None = None

    @property
    def brief(self) -> Brief:
        """The brief as understood so far; an empty one is made on first use, so the chat's
        first frame does not wait for the brief module."""
        if self._brief is None:
            self._brief = _empty_brief()
        return self._brief

    @brief.setter
    def brief(self, value: Brief) -> None:
        self._brief = value

    @property
    def brief_made(self) -> bool:
        """Whether the brief exists yet (a view may show "nothing said yet" without making it)."""
        return self._brief is not None

    def brief_dialogue(self) -> Dialogue:
        """The brief conversation's memory, made on first use (with the parser, not at start-up)."""
        if self.dialogue is None:
            from planner.brief import Dialogue

            self.dialogue = Dialogue()
        return self.dialogue
