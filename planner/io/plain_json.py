"""Posts of plain JSON files: JSON Lines (one post a line) and a JSON document listing posts."""

from __future__ import annotations

import json

from planner.domain.post import Post
from planner.errors import PlannerError
from planner.io.records import post_from_value


def parse_jsonl(text: str, source: str) -> list[Post]:
    """Posts of a JSON Lines file: one post (an object or a string) a line, blank lines skipped."""
    posts = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            raise PlannerError(f"line {n}: not valid JSON ({msg})", source=source) from None
        posts.append(post_from_value(value, source, f"line {n}"))
    return posts


def posts_from_document(value: object, source: str) -> list[Post]:
    """Posts of a parsed JSON document: a list of posts (objects or strings), or an object holding
    one under ``posts``, ``data`` or ``items``."""
    if isinstance(value, dict):
        for key in ("posts", "data", "items"):
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if not isinstance(value, list):
        raise PlannerError("expected a JSON list of posts (objects or strings)", source=source)
    return [post_from_value(v, source, f"item {i}") for i, v in enumerate(value, start=1)]
