"""One existing post, as every reader returns it and every consumer takes it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Post:
    """One existing post. ``stage`` is only set for labelled data."""

    text: str
    id: str = ""
    date: str = ""
    platform: str = ""
    stage: str = ""
    source: str = ""
    extra: dict[str, str] = field(default_factory=dict)
