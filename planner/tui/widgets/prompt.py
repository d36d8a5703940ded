"""The prompt: an Input that completes slash commands and their arguments with Tab."""

from __future__ import annotations

import os
from pathlib import Path

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input

from planner.chat.commands import COMMANDS, FORMAT, HOW, PATH, STAGE, find
from planner.domain.funnel import STAGES
from planner.domain.vocabularies import EXPORT_FORMATS, VARIATIONS

#: the words Tab completes for a one-word argument of each kind
CHOICES: dict[str, tuple[str, ...]] = {FORMAT: EXPORT_FORMATS, STAGE: STAGES, HOW: VARIATIONS}


def complete(value: str) -> str | None:
    """The completed prompt for ``value``, or None when nothing fits.

    A command name completes from the command table; its arguments complete as the table
    says (``Command.completes``): paths, export formats, stages, variations.
    """
    if not value.startswith("/"):
        return None
    if " " not in value:
        names = sorted(c.name for c in COMMANDS)
        hits = [n for n in names if n.startswith(value) and n != value]
        return hits[0] + " " if len(hits) == 1 else (_common(hits, value) if hits else None)
    name, _, rest = value.partition(" ")
    command = find(name)
    if command is None:
        return None
    done = _arguments(command.completes, rest)
    return f"{name} {done}" if done else None


def _arguments(kinds: tuple[str, ...], typed: str) -> str | None:
    """``typed`` (the arguments so far) with the argument being typed completed, or None."""
    head = ""
    for kind in kinds:
        if kind == PATH:  # a path runs to the end of the line: it may hold spaces
            done = _path(typed)
            return head + done if done else None
        word, space, typed = typed.partition(" ")
        if not space:  # this is the word being typed
            hits = [c for c in CHOICES.get(kind, ()) if c.startswith(word) and c != word]
            return f"{head}{hits[0]} " if len(hits) == 1 else None
        head += word + " "
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
