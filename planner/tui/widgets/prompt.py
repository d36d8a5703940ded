"""The prompt: an Input that completes slash commands and file paths with Tab."""

from __future__ import annotations

import os
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input

from planner.chat.session import COMMANDS
from planner.domain.vocabularies import EXPORT_FORMATS

#: commands whose first argument is a path
PATH_COMMANDS = ("/posts", "/open", "/save", "/save-brief")


def complete(value: str) -> str | None:
    """The completed prompt for ``value``, or None when nothing fits."""
    if not value.startswith("/"):
        return None
    names = sorted({c.split()[0] for c in COMMANDS} | {"/restore"})
    if " " not in value:
        hits = [n for n in names if n.startswith(value) and n != value]
        return hits[0] + " " if len(hits) == 1 else (_common(hits, value) if hits else None)
    command, _, rest = value.partition(" ")
    if command == "/export":
        fmt, space, path = rest.partition(" ")
        if not space:
            hits = [f for f in EXPORT_FORMATS if f.startswith(fmt) and f != fmt]
            return f"{command} {hits[0]} " if len(hits) == 1 else None
        done = _path(path)
        return f"{command} {fmt} {done}" if done else None
    if command in PATH_COMMANDS:
        done = _path(rest)
        return f"{command} {done}" if done else None
    return None


def _common(hits: list[str], prefix: str) -> str | None:
    common = os.path.commonprefix(hits)
    return common if len(common) > len(prefix) else None


def _path(partial: str) -> str | None:
    base = Path(partial).expanduser()
    folder = base if partial.endswith("/") else base.parent
    stem = "" if partial.endswith("/") else base.name
    try:
        entries = sorted(p for p in folder.iterdir() if p.name.startswith(stem)
                         and not p.name.startswith("."))
    except OSError:
        return None
    if not entries:
        return None
    names = [e.name + ("/" if e.is_dir() else "") for e in entries]
    if len(names) == 1:
        choice = names[0]
    else:
        choice = os.path.commonprefix(names)
        if len(choice) <= len(stem):
            return None
    head = partial[: len(partial) - len(stem)] if stem else partial
    return head + choice


class CommandSuggester(Suggester):
    """Shows the completion greyed out; Tab accepts it."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete(value)


class PromptInput(Input):
    BINDINGS = [Binding("tab", "complete", "Complete", show=False, priority=True)]

    def __init__(self, **kwargs) -> None:
        super().__init__(suggester=CommandSuggester(), **kwargs)

    def action_complete(self) -> None:
        done = complete(self.value)
        if done:
            self.value = done
            self.cursor_position = len(done)
