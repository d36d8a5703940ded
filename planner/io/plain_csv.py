"""Posts of a plain CSV file: a header row naming a text column, one post a row.

A scheduler's or LinkedIn's CSV export is told apart and read elsewhere
(:mod:`planner.io.csv_exports`); this reader takes the file as it is.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from planner.domain.post import Post
from planner.domain.vocabularies import TEXT_COLUMNS
from planner.errors import PlannerError
from planner.io.csv_rows import Rows
from planner.io.records import CORE_FIELDS, post_from_record, stage_of

# Long captions and pasted articles exceed csv's 128 KiB default; this is process-wide,
# set when planner.io is imported, so every CSV reader of the package has it.
csv.field_size_limit(16 * 1024 * 1024)


def read_header(lines: Iterable[str], source: str) -> tuple[Rows, list[str]]:
    """A CSV reader past the header row, and that row's names stripped and lower-cased
    (``lines`` as a file opened with ``newline=""`` gives them)."""
    reader = Rows(lines, source)
    try:
        header = next(reader)
    except StopIteration:
        raise PlannerError("empty CSV file (expected a header row)", source=source) from None
    except csv.Error as exc:
        raise PlannerError(f"line 1: bad CSV ({exc})", source=source) from None
    return reader, [h.strip().lower() for h in header]


def text_column(lowered: list[str]) -> int | None:
    """The index of the column holding the post text (the first of ``TEXT_COLUMNS`` found), or ``None``."""
    return next((lowered.index(c) for c in TEXT_COLUMNS if c in lowered), None)


def post_chunks(reader, lowered: list[str], source: str, size: int = 10_000) -> Iterator[list[Post]]:
    """The posts of the rows after the header, ``size`` at a time when the column names are unique."""
    text_col = text_column(lowered)
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
            posts.append(post_from_record(record, source, f"line {reader.line_num}"))
    except csv.Error as exc:
        raise PlannerError(f"line {reader.line_num}: bad CSV ({exc})", source=source) from None
    yield posts


def _plain_csv_chunks(reader, lowered: list[str], text_col: int, source: str,
                      size: int) -> Iterator[list[Post]]:
    """Rows of a CSV whose column names are unique, ``size`` posts at a time: as
    ``post_from_record`` would read them, without building a record per row."""
    cols = {name: lowered.index(name) for name in ("id", "date", "platform", "stage") if name in lowered}
    extras = [(i, name) for i, name in enumerate(lowered) if name not in CORE_FIELDS]
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
                stage = stage_of(stage, source, f"line {reader.line_num}")
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
