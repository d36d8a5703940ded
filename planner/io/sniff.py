"""Recognising a platform export by its content and name: the one test that reading a file and scanning a folder or zip share.

An export is recognised by its layout (a CSV header, a path such as
``data/tweets.js``, the start of a file), not only by its extension.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from planner.errors import PlannerError
from planner.fileio import open_input
from planner.io.csv_layouts import CSV_EXPORTS, CsvExport

#: How much of a CSV is read to decide whether it is a scheduler export.
SNIFF_BYTES = 64 * 1024
#: How many rows before the header a report may carry (Hootsuite puts a title and a date range).
HEADER_SCAN_ROWS = 10

LOOKED_FOR = ("data/tweets.js (X/Twitter), content/posts_1.json (Instagram), "
              "your_posts_1.json (Facebook), Shares.csv (LinkedIn), "
              "Hootsuite, Buffer or Sprout Social CSV exports")


def export_scheme(header: Iterable[str]) -> CsvExport | None:
    """The known export whose header this is (names compared case-insensitively), or ``None``."""
    names = {h.strip().lower() for h in header}
    return next((s for s in CSV_EXPORTS if s.matches(names)), None)


def find_export_header(reader) -> tuple[list[str], CsvExport | None] | None:
    """Read up to the header of a known CSV export: (header row, its scheme), or (first
    row, ``None``) for a header-less Hootsuite bulk file; ``None`` if it is not an export.
    The one test both reading and folder scanning use."""
    for n in range(HEADER_SCAN_ROWS):
        row = next(reader, None)
        if row is None:
            return None
        scheme = export_scheme(row)
        if scheme is not None:
            return row, scheme
        if n == 0 and is_hootsuite_bulk_row(row):
            return row, None
        if n == 0 and sum(1 for c in row if c.strip()) > 2:
            return None  # a real header row that is not an export's: no title rows to skip
    return None


_BULK_WHEN = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}")


def is_hootsuite_bulk_row(row: list[str]) -> bool:
    """Whether a CSV row reads as a Hootsuite bulk composer line (``MM/DD/YYYY HH:MM,message[,url]``)."""
    return 2 <= len(row) <= 3 and bool(_BULK_WHEN.fullmatch(row[0].strip())) and bool(row[1].strip())


def is_export_csv(head: str, name: str) -> bool:
    """Whether the start of a CSV is a known export (Shares.csv is taken by its name)."""
    if PurePosixPath(name).name.lower() == "shares.csv":
        return True
    try:
        return find_export_header(csv.reader(io.StringIO(head, newline=""))) is not None
    except csv.Error:
        return False


def member_kind(rel: str) -> str | None:
    """What an export file is, from its path inside the export ("data/tweets.js" → "x")."""
    parts = PurePosixPath(rel).parts
    if not parts:
        return None
    name = parts[-1].lower()
    parent = parts[-2].lower() if len(parts) > 1 else ""
    if re.fullmatch(r"tweets?(-part\d+)?\.js", name):
        return "x"
    if re.fullmatch(r"(posts_\d+|reels)\.json", name) and parent in ("content", "media", ""):
        return "meta"
    if re.fullmatch(r"your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json", name):
        return "meta"
    if name.endswith(".csv"):
        return "csv"
    return None


def is_zip(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a zip, whatever its name."""
    return head[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def starts_like_tweets_js(head: bytes) -> bool:
    """Whether a file starting with ``head`` (64 bytes are enough) is an X/Twitter archive
    data file (``window.YTD.…``), whatever its name."""
    text = head[:64].decode("utf-8", errors="replace")
    return text.lstrip("\ufeff \t\r\n").startswith("window.YTD.")


def head_bytes(path: Path, n: int) -> bytes:
    """The first ``n`` bytes of a file; an unreadable one is an error."""
    with open_input(path) as fh:
        try:
            return fh.read(n)
        except OSError as exc:
            raise PlannerError(f"cannot read: {exc.strerror or exc}", source=path) from None
