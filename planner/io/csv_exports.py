"""Posts of the known CSV exports: LinkedIn ``Shares.csv``, Hootsuite, Sprout Social and Buffer reports, Hootsuite bulk files.

The layouts are data in :mod:`planner.io.csv_layouts`. Numeric dates are month
first unless a value in the file can only be day first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from planner.domain.funnel import parse_stage
from planner.domain.post import Post
from planner.errors import PlannerError
from planner.io.csv_layouts import CsvExport
from planner.io.csv_rows import Rows
from planner.io.dates import guess_day_first, iso_date
from planner.io.records import platform_id
from planner.io.sniff import find_export_header


def parse_export_csv(text: str | Iterable[str], source: str) -> list[Post] | None:
    """Posts of a LinkedIn or scheduler CSV export (its text, or its lines as a file
    opened with ``newline=""`` gives them); ``None`` if it is not one.

    The header may follow a few title rows (Hootsuite reports); a Hootsuite bulk
    file has no header at all (``MM/DD/YYYY HH:MM,message,url``).
    """
    reader = Rows(io.StringIO(text, newline="") if isinstance(text, str) else text, source)
    try:
        found = find_export_header(reader)
        if found is None:
            return None
        row, scheme = found
        if scheme is None:
            return _read_hootsuite_bulk(row, reader, source)
        return _read_scheme(reader, row, scheme, source)
    except csv.Error as exc:
        raise PlannerError(f"line {reader.line_num}: bad CSV ({exc})", source=source) from None


def _column(lowered: list[str], names: tuple[str, ...]) -> int | None:
    return next((lowered.index(n) for n in names if n in lowered), None)


def _read_scheme(reader, header: list[str], scheme: CsvExport, source: str) -> list[Post]:
    lowered = [h.strip().lower() for h in header]
    text_col = _column(lowered, scheme.text)
    date_col = _column(lowered, scheme.date)
    if date_col is None:
        date_col = next((i for i, h in enumerate(lowered) if h.startswith("date")), None)
    platform_col = _column(lowered, scheme.platform)
    id_col = _column(lowered, scheme.ids)
    stage_col = _column(lowered, ("stage",))
    extra_cols = [(i, scheme.extra[h]) for i, h in enumerate(lowered) if h in scheme.extra]

    rows: list[tuple[int, list[str]]] = []
    for row in reader:
        if row and any(cell.strip() for cell in row):
            rows.append((reader.line_num, row))

    def cell(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) else ""

    day_first = guess_day_first(cell(r, date_col) for _, r in rows)
    posts = []
    for line, row in rows:
        text = row[text_col] if text_col is not None and text_col < len(row) else ""
        if not text.strip():
            continue  # reshares without a comment, summary rows
        raw_date = cell(row, date_col)
        day = iso_date(raw_date, day_first=day_first)
        extra = {"export": scheme.name}
        for i, key in extra_cols:
            if cell(row, i) and key not in extra:
                extra[key] = cell(row, i)
        if raw_date and not day:
            extra["date_raw"] = raw_date
        stage = cell(row, stage_col)
        if stage:
            stage = parse_stage(stage, source=f"{source} line {line}")
        posts.append(Post(
            text=_one_newline(text),
            id=cell(row, id_col),
            date=day,
            platform=scheme.fixed_platform or platform_id(cell(row, platform_col)),
            stage=stage,
            source=source,
            extra=extra,
        ))
    return posts


def _one_newline(text: str) -> str:
    """Cell text with Windows line ends (LinkedIn, Excel-saved CSVs) made plain newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _read_hootsuite_bulk(first: list[str], reader, source: str) -> list[Post]:
    """Hootsuite bulk composer file: no header; ``MM/DD/YYYY HH:MM`` (or day first), message, URL."""
    rows = [first] + [r for r in reader if r and any(c.strip() for c in r)]
    day_first = guess_day_first(r[0] for r in rows)
    posts = []
    for row in rows:
        if len(row) < 2 or not row[1].strip():
            continue
        extra = {"export": "hootsuite-bulk", "time": row[0].strip().split()[-1]}
        if len(row) > 2 and row[2].strip():
            extra["link"] = row[2].strip()
        posts.append(Post(text=_one_newline(row[1]), date=iso_date(row[0], day_first=day_first),
                          source=source, extra=extra))
    return posts
