"""Autosave: the brief, the calendar in progress and the session's flags, kept in the
user data dir after every change so a crash or a closed terminal loses nothing;
``/restore`` reads them back.

The file is ``session.toml`` in the autosave dir: a ``[session]`` table (unsaved flag,
where the calendar was saved or opened), the ``[brief]`` with the ``[dialogue]`` about it
(fields the seller declined, the last question), and the ``[calendar]``.

A session's first autosave moves the last session's file aside to ``previous.toml``
rather than writing over it, so a seller who types a message before ``/restore`` still
gets the old session back: ``/restore`` reads ``session.toml`` while this session has
written nothing, and ``previous.toml`` once it has. Leaving cleanly removes both only
when this session wrote (the seller had the offer in front of them); a session that
changed nothing leaves the old autosave for next time.
"""

from __future__ import annotations

from pathlib import Path

from planner.chat.replies import Reply
from planner.chat.state import SessionState
from planner.errors import PlannerError
from planner.fileio import write_atomic
from planner.userdata import autosave_dir


def autosave_path() -> Path:
    return autosave_dir() / "session.toml"


def previous_path() -> Path:
    """Where the last session's autosave goes when this session first writes its own."""
    return autosave_dir() / "previous.toml"


def autosaved(state: SessionState | None = None) -> Path | None:
    """The autosave of the session before ``state`` (before any session when None), when
    there is one."""
    path = previous_path() if state is not None and state.autosaved_once else autosave_path()
    return path if path.is_file() else None


def save_session(state: SessionState, *, clear: bool = False) -> None:
    """Write the session to the autosave file (crash-safe), or remove it with ``clear``.

    The first write of a session keeps the last session's file as ``previous.toml``."""
    path = autosave_path()
    try:
        if clear:
            if state.autosaved_once:  # the seller saw the restore offer and moved on
                path.unlink(missing_ok=True)
                previous_path().unlink(missing_ok=True)
            return
        if not state.autosaved_once:
            if path.is_file():
                path.replace(previous_path())
            else:  # older than the last session, which left cleanly
                previous_path().unlink(missing_ok=True)
            state.autosaved_once = True
        import tomli_w

        from planner.domain.brief import brief_to_dict
        from planner.domain.calendar import calendar_to_dict

        data: dict = {"session": {"unsaved": state.unsaved}}
        if state.calendar_path is not None:
            data["session"]["calendar_path"] = str(state.calendar_path)
        if state.brief.product:
            data["brief"] = brief_to_dict(state.brief)
            if state.dialogue is not None:
                data["dialogue"] = state.dialogue.to_dict()
        if state.calendar is not None:
            data["calendar"] = calendar_to_dict(state.calendar)
        write_atomic(path, tomli_w.dumps(data, multiline_strings=True), force=True)
    except (OSError, PlannerError):
        pass  # autosave must never break the chat


def restore_session(state: SessionState, _args: list[str]) -> Reply:
    """``/restore``: bring back the brief, the calendar and the flags autosaved last time."""
    import tomllib

    from planner.brief import Dialogue
    from planner.domain.brief import brief_from_dict
    from planner.domain.calendar import calendar_from_dict

    path = autosaved(state)
    if path is None:
        return Reply("There is no autosaved session from before this one.", error=True)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return Reply(f"{path}: the autosave is unreadable ({exc}).", error=True)
    changed = set()
    if "brief" in data:
        state.brief = brief_from_dict(data["brief"], source=f"{path} [brief]")
        state.dialogue = Dialogue.from_dict(data.get("dialogue"))
        state.dialogue.asked = None  # the last question is no longer on screen to be answered
        changed.add("brief")
    if "calendar" in data:
        state.calendar = calendar_from_dict(data["calendar"], source=f"{path} [calendar]")
        changed.add("calendar")
    session = data.get("session", {})
    state.unsaved = bool(session.get("unsaved", False))
    if session.get("calendar_path"):
        state.calendar_path = Path(session["calendar_path"])
    what = " and ".join(sorted(changed)) or "nothing"
    note = (" It replaces what you told me here; /undo brings that back."
            if state.autosaved_once and changed else "")
    return Reply(f"Restored the {what} from your last session.{note}", changed=changed)
