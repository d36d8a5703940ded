"""Loading existing posts from every format of INTERFACE.md into plain ``Post`` records.

One loader for posts: the CLI, the chat, batch mode and training all read through it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from planner.domain.post import Post
from planner.domain.vocabularies import INPUT_FORMATS as FORMATS
from planner.domain.vocabularies import TEXT_COLUMNS
from planner.errors import PlannerError
from planner.fileio import decode_bytes, read_text

csv.field_size_limit(16 * 1024 * 1024)


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix in ("ndjson",):
        return "jsonl"
    if suffix in ("text",):
        return "txt"
    raise PlannerError(
        f"unknown posts format {('.' + suffix) if suffix else '(no extension)'} "
        "(use .csv, .jsonl, .json, .txt or .md)",
        source=path,
    )


def load_posts(paths: list[str | Path], *, input_format: str | None = None,
               stdin: io.TextIOBase | None = None) -> list[Post]:
    """Load posts from files (``-`` is stdin, with ``input_format``); ids default to position."""
    return [post for chunk in iter_post_chunks(paths, input_format=input_format, stdin=stdin)
            for post in chunk]


def iter_post_chunks(paths: list[str | Path], *, input_format: str | None = None,
                     stdin: io.TextIOBase | None = None, size: int = 10_000) -> Iterator[list[Post]]:
    """The posts of :func:`load_posts`, in chunks: a plain CSV file yields its rows about
    ``size`` at a time as it is parsed, so work on the first rows can start early."""
    count = 0
    for path in paths:
        for chunk in _path_chunks(path, input_format, stdin, size):
            for post in chunk:
                count += 1
                if not post.id:
                    post.id = str(count)
            yield chunk


def _path_chunks(path: str | Path, input_format: str | None, stdin, size: int) -> Iterator[list[Post]]:
    if str(path) == "-":
        if not input_format:
            raise PlannerError("reading posts from stdin needs --input-format csv|jsonl|json|txt")
        stream = stdin if stdin is not None else sys.stdin
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
        text = decode_bytes(raw, "<stdin>") if isinstance(raw, bytes) else raw
        yield _valid_unicode(parse_posts(text, input_format, "<stdin>"))
        return
    from planner.io.sources import load_source  # folders, zips and platform archives

    exported = load_source(path, input_format=input_format)
    if exported is not None:
        yield _valid_unicode(exported)
        return
    fmt = input_format or format_of(path)
    if fmt == "csv":
        yield from _csv_chunks(read_text(path), str(path), size)
    else:
        yield _valid_unicode(parse_posts(read_text(path), fmt, str(path)))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(posts: list[Post]) -> list[Post]:
    """JSON can spell half of a character ("\\ud83d" alone); such halves become U+FFFD,
    as a decoder does with broken bytes, so the text can be written out again."""
    for post in posts:
        if _SURROGATE.search(post.text) is not None:
            post.text = post.text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return posts


def parse_posts(text: str, fmt: str, source: str) -> list[Post]:
    """Parse the text of one posts file in the given format."""
    if fmt == "csv":
        return _parse_csv(text, source)
    if fmt == "jsonl":
        return _parse_jsonl(text, source)
    if fmt == "json":
        return _parse_json(text, source)
    if fmt in ("txt", "md"):
        return _parse_txt(text, source)
    raise PlannerError(f"unknown input format {fmt!r}", source=source)


def _parse_csv(text: str, source: str) -> list[Post]:
    return [post for chunk in _csv_chunks(text, source) for post in chunk]


def _csv_chunks(text: str, source: str, size: int = 10_000) -> Iterator[list[Post]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise PlannerError("empty CSV file (expected a header row)", source=source) from None
    except csv.Error as exc:
        raise PlannerError(f"line 1: bad CSV ({exc})", source=source) from None
    lowered = [h.strip().lower() for h in header]
    text_col = next((lowered.index(c) for c in TEXT_COLUMNS if c in lowered), None)
    from planner.io import sources as sources

    if text_col is None or sources.export_scheme(lowered) is not None:
        exported = sources.parse_export_csv(text, source)  # LinkedIn, Hootsuite, Buffer, Sprout
        if exported is not None:
            yield exported
            return
    if text_col is None:
        raise PlannerError(
            f"line 1: no text column (expected one of {', '.join(TEXT_COLUMNS)})", source=source
        )
    if len(set(lowered)) == len(lowered):
        yield from _plain_csv_chunks(reader, lowered, text_col, source, size)
        return
    posts = []
    try:
        for row in reader:
            if not row or all(not cell.strip() for cell in row):
                continue
            record = {lowered[i]: cell for i, cell in enumerate(row) if i < len(lowered)}
            record["text"] = row[text_col] if text_col < len(row) else ""
            if not record["text"].strip():
                continue  # a row without text is not a post (as in the other formats)
            posts.append(_post_from_record(record, source, f"line {reader.line_num}"))
    except csv.Error as exc:
        raise PlannerError(f"line {reader.line_num}: bad CSV ({exc})", source=source) from None
    yield posts


def _plain_csv_chunks(reader, lowered: list[str], text_col: int, source: str,
                      size: int) -> Iterator[list[Post]]:
    """Rows of a CSV whose column names are unique, ``size`` posts at a time: as
    ``_post_from_record`` would read them, without building a record per row."""
    cols = {name: lowered.index(name) for name in ("id", "date", "platform", "stage") if name in lowered}
    extras = [(i, name) for i, name in enumerate(lowered) if name not in _CORE_FIELDS]
    i_id, i_date, i_platform, i_stage = (cols.get(n, -1) for n in ("id", "date", "platform", "stage"))
    posts = []
    append = posts.append
    width = len(lowered)
    try:
        for row in reader:
            if len(posts) >= size:
                yield posts
                posts = []
                append = posts.append
            n = len(row)
            if n >= width and not extras and i_stage < 0 and i_date < 0 and i_platform < 0:
                # the common shape (text and maybe id): no per-field checks
                text = row[text_col]
                if text and not text.isspace():
                    append(Post(text, row[i_id].strip() if i_id >= 0 else "", "", "", "", source, {}))
                continue
            text = row[text_col] if text_col < n else ""
            if not text.strip():
                continue  # a row without text is not a post (as in the other formats)
            stage = row[i_stage].strip().lower() if 0 <= i_stage < n else ""
            if stage:
                stage = _stage_of(stage, source, f"line {reader.line_num}")
            append(Post(
                text=text,
                id=row[i_id].strip() if 0 <= i_id < n else "",
                date=row[i_date].strip() if 0 <= i_date < n else "",
                platform=row[i_platform].strip().lower() if 0 <= i_platform < n else "",
                stage=stage,
                source=source,
                extra={name: row[i] for i, name in extras if i < n},
            ))
    except csv.Error as exc:
        raise PlannerError(f"line {reader.line_num}: bad CSV ({exc})", source=source) from None
    if posts:
        yield posts


def _stage_of(stage: str, source: str, where: str) -> str:
    from planner.domain.funnel import STAGES, parse_stage

    try:
        return parse_stage(stage)
    except PlannerError:
        raise PlannerError(f"{where}: unknown stage {stage!r} (stages: {', '.join(STAGES)})",
                           source=source) from None


def _parse_jsonl(text: str, source: str) -> list[Post]:
    posts = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            raise PlannerError(f"line {n}: not valid JSON ({msg})", source=source) from None
        posts.append(_post_from_value(value, source, f"line {n}"))
    return posts


def json_value(text: str, source: str):
    """Parse a whole JSON document; errors name the file and line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlannerError(f"line {exc.lineno}: not valid JSON ({exc.msg})", source=source) from None
    except RecursionError:
        raise PlannerError("JSON is nested too deeply", source=source) from None


def _parse_json(text: str, source: str) -> list[Post]:
    value = json_value(text, source)
    from planner.io.sources import posts_from_json

    exported = posts_from_json(value, source)  # Instagram and Facebook exports
    if exported is not None:
        return exported
    if isinstance(value, dict):
        for key in ("posts", "data", "items"):
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if not isinstance(value, list):
        raise PlannerError("expected a JSON list of posts (objects or strings)", source=source)
    return [_post_from_value(v, source, f"item {i}") for i, v in enumerate(value, start=1)]


def _parse_txt(text: str, source: str) -> list[Post]:
    chunks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == "---":
            chunks.append([])
        else:
            chunks[-1].append(line)
    return [Post(text="\n".join(c).strip(), source=source) for c in chunks if "\n".join(c).strip()]


def _post_from_value(value: object, source: str, where: str) -> Post:
    if isinstance(value, str):
        return Post(text=value, source=source)
    if isinstance(value, dict):
        record = {str(k).lower(): v for k, v in value.items()}
        key = next((c for c in TEXT_COLUMNS if c in record), None)
        if key is None:
            raise PlannerError(f"{where}: no text field (expected one of {', '.join(TEXT_COLUMNS)})",
                               source=source)
        record["text"] = record[key]
        return _post_from_record(record, source, where)
    raise PlannerError(f"{where}: expected an object or a string, got {type(value).__name__}",
                       source=source)


def _post_from_record(record: dict, source: str, where: str) -> Post:
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
        stage = _stage_of(stage, source, where)
    return Post(
        text=text,
        id=field_str("id"),
        date=field_str("date"),
        platform=field_str("platform").lower(),
        stage=stage,
        source=source,
        extra={k: str(v) for k, v in record.items()
               if k not in _CORE_FIELDS and isinstance(v, (str, int, float))},
    )


_CORE_FIELDS = {"text", "id", "date", "platform", "stage", *TEXT_COLUMNS}
