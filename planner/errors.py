"""The one exception type the CLI and the chat turn into a single clear line."""

from __future__ import annotations

from pathlib import Path


class PlannerError(Exception):
    """Bad input or a failed step; the message names the file, line or key."""

    def __init__(self, message: str, *, source: str | Path | None = None) -> None:
        self.source = str(source) if source is not None else None
        super().__init__(f"{source}: {message}" if source is not None else message)
