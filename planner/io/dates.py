"""Dates as platform exports write them, read as ``YYYY-MM-DD``, with day-first guessing for a column of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone

_MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}

_X_DATE = re.compile(r"[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def iso_date(value: object, *, day_first: bool | None = None) -> str:
    """``YYYY-MM-DD`` of a date as exports write it; ``""`` when it cannot be read.

    Understands Unix timestamps (seconds or milliseconds, read as UTC), ISO dates,
    X's ``Wed Oct 10 20:19:24 +0000 2018`` (converted to UTC), ``Apr 5, 2024``,
    ``5 April 2024`` and numeric ``a/b/yyyy``: month first (US tools) unless
    ``day_first`` says otherwise or the first number cannot be a month.
    Only the date is kept; a time and offset written next to it are ignored.
    """
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return from_timestamp(value)
    s = str(value).strip()
    if not s:
        return ""
    if re.fullmatch(r"\d{9,13}(\.\d+)?", s):
        return from_timestamp(float(s))
    if m := _X_DATE.fullmatch(s):
        month = _MONTHS.get(m[1].lower())
        try:
            offset = timedelta(hours=int(m[7]), minutes=int(m[8])) * (1 if m[6] == "+" else -1)
            when = datetime(int(m[9]), month or 0, int(m[2]), int(m[3]), int(m[4]), int(m[5]),
                            tzinfo=timezone(offset))
        except ValueError:
            return ""
        return when.astimezone(UTC).date().isoformat()
    if m := _YMD.match(s):
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(s):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if year < 100:
            year += 2000
        first_is_day = day_first if day_first is not None else a > 12
        return _ymd(year, b, a) if first_is_day else _ymd(year, a, b)
    if (m := _MONTH_DAY_YEAR.search(s)) and m[1].lower() in _MONTHS:
        return _ymd(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if (m := _DAY_MONTH_YEAR.search(s)) and m[2].lower() in _MONTHS:
        return _ymd(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    return ""


def guess_day_first(values: Iterable[str]) -> bool | None:
    """Whether a column of numeric ``a/b/yyyy`` dates is day-first; ``None`` if nothing tells."""
    month_first = False
    for v in values:
        m = _DMY.match(v.strip())
        if not m or _YMD.match(v.strip()):
            continue
        if int(m[1]) > 12:
            return True
        if int(m[2]) > 12:
            month_first = True
    return False if month_first else None


def timestamp_date(stamp: object) -> str:
    """The date of a JSON timestamp field: a number (Unix time) or a date string; ``""`` otherwise."""
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
        return from_timestamp(stamp)
    return iso_date(stamp) if isinstance(stamp, str) else ""


def from_timestamp(value: float) -> str:
    """The UTC date of a Unix time in seconds or milliseconds; ``""`` when out of range."""
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return ""


def _ymd(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
