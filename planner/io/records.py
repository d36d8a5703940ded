"""Field helpers every posts reader shares: one record (a dict, a JSON value, a cell) into ``Post`` fields.

The format modules import these; this module imports none of them.
"""

from __future__ import annotations

import json
import re

from planner.domain.funnel import STAGES, parse_stage
from planner.domain.post import Post
from planner.domain.vocabularies import (
    EXPORT_PLATFORM_ABBREVIATIONS,
    PLATFORM_ALIASES,
    PLATFORMS,
    TEXT_COLUMNS,
)
from planner.errors import PlannerError

#: Field names a record's own columns use; every other field is kept in ``Post.extra``.
CORE_FIELDS = {"text", "id", "date", "platform", "stage", *TEXT_COLUMNS}


def stage_of(stage: str, source: str, where: str) -> str:
    """A stage id from a record's stage field; an unknown one is an error naming the line or item."""
    try:
        return parse_stage(stage)
    except PlannerError:
        raise PlannerError(f"{where}: unknown stage {stage!r} (stages: {', '.join(STAGES)})",
                           source=source) from None


def post_from_value(value: object, source: str, where: str) -> Post:
    """A post from one JSON item: a string is the text, an object needs a text field."""
    if isinstance(value, str):
        return Post(text=value, source=source)
    if isinstance(value, dict):
        record = {str(k).lower(): v for k, v in value.items()}
        key = next((c for c in TEXT_COLUMNS if c in record), None)
        if key is None:
            raise PlannerError(f"{where}: no text field (expected one of {', '.join(TEXT_COLUMNS)})",
                               source=source)
        record["text"] = record[key]
        return post_from_record(record, source, where)
    raise PlannerError(f"{where}: expected an object or a string, got {type(value).__name__}",
                       source=source)


def post_from_record(record: dict, source: str, where: str) -> Post:
    """A post from a record whose keys are lower case and whose text is under ``"text"``."""
    text = record.get("text")
    if not isinstance(text, str):
        raise PlannerError(f"{where}: text must be a string", source=source)

    def field_str(name: str) -> str:
        value = record.get(name)
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            raise PlannerError(f"{where}: {name} must be a plain value", source=source)
        return str(value).strip()

    stage = field_str("stage").lower()
    if stage:
        stage = stage_of(stage, source, where)
    return Post(
        text=text,
        id=field_str("id"),
        date=field_str("date"),
        platform=field_str("platform").lower(),
        stage=stage,
        source=source,
        extra={k: str(v) for k, v in record.items()
               if k not in CORE_FIELDS and isinstance(v, (str, int, float))},
    )


def json_value(text: str, source: str):
    """Parse a whole JSON document; errors name the file and line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlannerError(f"line {exc.lineno}: not valid JSON ({exc.msg})", source=source) from None
    except RecursionError:
        raise PlannerError("JSON is nested too deeply", source=source) from None


def text_or_empty(value: object) -> str:
    """The value if it is a string, else ``""`` (export fields that may be missing or odd)."""
    return value if isinstance(value, str) else ""


def platform_id(value: object) -> str:
    """A network name as exports write it ("Twitter", "LinkedIn Company Page") as a platform id.

    Unknown names are kept, lower-cased, as the plain readers keep them.
    """
    v = " ".join(str(value or "").strip().lower().split())
    if not v or v in PLATFORMS:
        return v
    if "twitter" in v or re.match(r"x\b", v):
        return "x"
    # a precedence order, not the vocabulary's: "Instagram Threads" is Threads
    for pid in ("threads", "instagram", "facebook", "linkedin", "pinterest", "youtube", "tiktok"):
        if pid in v:
            return pid
    return _NAMED.get(v, v)


#: Every name a platform goes by in exports: the free-text aliases and the terse ones.
_NAMED = {**{alias: pid for pid, names in PLATFORM_ALIASES.items() for alias in names},
          **EXPORT_PLATFORM_ABBREVIATIONS}
