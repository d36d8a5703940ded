"""``/undo``: the calendar and brief as they were before the last change a command made.

Commands that change or replace the calendar (``/plan``, ``/open``, ``/restore``,
``/approve``, ``/regen``, ``/delete``, and the calendar view's editor) are marked
``undoable`` in the command table; dispatch takes a snapshot before running one and
keeps it when the command changed something. Nothing is lost to a wrong key or a
re-plan: ``/undo`` (or "undo") steps back, newest first.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.chat.replies import Reply
from planner.chat.state import SessionState

#: how many steps back /undo can go
DEPTH = 20


@dataclass
class Snapshot:
    """The session's calendar and brief at one moment, and what changed them afterwards."""

    calendar: Any
    calendar_path: Path | None
    unsaved: bool
    brief: Any
    dialogue: Any
    #: the first line of the reply of the command that changed them ("Deleted post 2 (…)")
    what: str = ""


def snapshot(state: SessionState) -> Snapshot:
    """A copy of what a command may change, taken before it runs."""
    return Snapshot(copy.deepcopy(state.calendar), state.calendar_path, state.unsaved,
                    copy.deepcopy(state.brief), copy.deepcopy(state.dialogue))


def remember(state: SessionState, snap: Snapshot, what: str) -> None:
    """Keep ``snap`` for /undo; ``what`` says what changed after it."""
    snap.what = first_sentence(what) or "the last change"
    state.history.append(snap)
    del state.history[:-DEPTH]


def first_sentence(text: str) -> str:
    """The first sentence of a reply, without its full stop; brackets and quotes kept whole."""
    line = text.splitlines()[0] if text else ""
    depth = 0
    for i, ch in enumerate(line):
        depth += ch in "(“" and 1 or (ch in ")”" and -1) or 0
        if depth <= 0 and ch in ".:" and (i + 1 == len(line) or line[i + 1] == " "):
            return line[:i]
    return line


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, unless its first word is a name ("I",
    an acronym, a capitalised word after the first)."""
    word = text.split(" ", 1)[0]
    if not word or word == "I" or word.isupper() or not word[:1].isupper() or not word[1:].islower():
        return text
    return text[:1].lower() + text[1:]


def undo(state: SessionState, _args: list[str]) -> Reply:
    """``/undo``: the calendar and brief as they were before the last change."""
    if not state.history:
        return Reply("Nothing to undo.", error=True)
    if state.last_failed:
        # "make it more casual" failed, then "undo": it once undid the plan before it
        return Reply(f"Your last request changed nothing ({lower_first(first_sentence(state.last_failed))}), "
                     f"so there's nothing of it to undo. The change before it was: "
                     f"{lower_first(state.history[-1].what)}. Say “undo” again to step back from that.")
    snap = state.history.pop()
    state.calendar, state.calendar_path, state.unsaved = (snap.calendar, snap.calendar_path,
                                                          snap.unsaved)
    state.brief, state.dialogue = snap.brief, snap.dialogue
    state.focus = None
    now = (f"The calendar is back as it was, {len(state.calendar.posts)} posts."
           if state.calendar is not None else "There is no calendar again.")
    return Reply(f"Undone: {snap.what}. {now}", changed={"calendar", "brief"})
