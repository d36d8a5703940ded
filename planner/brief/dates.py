"""Dates as a seller writes them ("Dec 14", "the 20th", "next Monday", "Black Friday"),
read relative to today: the patterns that find them and the reader that turns one into a date.

Holidays, "next …", "end of …" and bare ordinals are worked out here; anything else goes
to dateparser, with day-first order for countries that write 7/12 for 7 December.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.brief.language import dateparser
from planner.brief.vocabulary import DAY_FIRST_COUNTRIES
from planner.domain.brief import next_monday

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|"
           r"fri|sat|sun)")
_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_HOLIDAY = (r"(?:christmas(?:\s+eve|\s+day)?|xmas(?:\s+eve)?|new\s+year'?s?(?:\s+(?:eve|day))?|"
            r"valentine'?s(?:\s+day)?|halloween|black\s+friday|cyber\s+monday|boxing\s+day)")
#: one date span, in any of the forms the parser reads
DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}\b"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|(?<![\d.,£$€])\d{1,2}\.\d{1,2}\.(?:\d{4}\b|\d{2}\b)?"  # "15.12.", "15.12.2026": day first
    rf"|(?:{WEEKDAY},?\s+)?{MONTH}\s+{_ORDINAL}\b(?:,?\s+\d{{4}}\b)?"
    rf"|(?:{WEEKDAY},?\s+)?(?:the\s+)?{_ORDINAL}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}}\b)?"
    # "sunday the 14th", "fri 12th": the day of the month decides, the weekday only names it
    rf"|{WEEKDAY},?\s+(?:the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    rf"|(?:the\s+)?end\s+of\s+(?:next|this)\s+(?:week|month)\b"
    rf"|(?:next|this|coming|this\s+coming)\s+(?:{WEEKDAY}\b|week(?:end)?\b|month\b)"
    r"|(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"|today\b|tomorrow\b|tonight\b"
    r"|in\s+(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?)\b"
    rf"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:week|month|year|{MONTH})\b"
    rf"|{_HOLIDAY}\b"
    rf"|{WEEKDAY}\b"
    rf"|{MONTH}(?!\s*\d)\b)")

_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def holiday(name: str, today: dt.date) -> dt.date | None:
    """The next date of a named holiday ("christmas eve", "black friday"), else None."""
    name = re.sub(r"\s+", " ", name.lower().replace("'", ""))

    def upcoming(month: int, day: int) -> dt.date:
        date = dt.date(today.year, month, day)
        return date if date >= today else dt.date(today.year + 1, month, day)

    def black_friday(year: int) -> dt.date:
        nov1 = dt.date(year, 11, 1)
        first_thursday = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7)
        return first_thursday + dt.timedelta(days=22)

    if name.startswith(("christmas eve", "xmas eve")):
        return upcoming(12, 24)
    if name.startswith(("christmas", "xmas")):
        return upcoming(12, 25)
    if name == "boxing day":
        return upcoming(12, 26)
    if name.startswith("new year") and name.endswith("eve"):
        return upcoming(12, 31)
    if name.startswith("new year"):
        return upcoming(1, 1)
    if name.startswith("valentine"):
        return upcoming(2, 14)
    if name == "halloween":
        return upcoming(10, 31)
    if name in ("black friday", "cyber monday"):
        date = black_friday(today.year)
        if date + dt.timedelta(days=3) < today:
            date = black_friday(today.year + 1)
        return date + dt.timedelta(days=3 if name == "cyber monday" else 0)
    return None


def parse_date(span: str, today: dt.date, country: str, prefer: str) -> dt.date | None:
    """One date span as the seller meant it, relative to ``today``; None when unreadable.

    ``prefer`` is "first" or "last": which day a month alone means ("from March" is the
    1st, "until March" the 31st)."""
    text = re.sub(r"\s+", " ", span.strip().lower()).strip(" .,")
    if not text:
        return None
    date = holiday(text, today)
    if date is not None:
        return date
    m = re.fullmatch(rf"{WEEKDAY},? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?", text)
    if m:
        return _next_day_of_month(int(m.group(1)), today)
    m = re.fullmatch(r"(?:the )?end of (next|this) (week|month)", text)
    if m:
        if m.group(2) == "week":
            sunday = today + dt.timedelta(days=6 - today.weekday())
            return sunday + dt.timedelta(days=7 if m.group(1) == "next" else 0)
        first = today.replace(day=1)
        if m.group(1) == "next":
            first = (first + dt.timedelta(days=32)).replace(day=1)
        return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    m = re.fullmatch(r"(?:next|this|coming|this coming) (\w+)", text)
    if m:
        return _next(m.group(1), text, today)
    m = re.fullmatch(r"(?:the )?end of (?:the )?(\w+)", text)
    if m:
        what = m.group(1)
        if what == "week":
            return today + dt.timedelta(days=(6 - today.weekday()) % 7)
        if what == "year":
            return dt.date(today.year, 12, 31)
        if what == "month":
            following = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        prefer = "last"
        text = what
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?", text)
    if m:
        return _dotted(int(m.group(1)), int(m.group(2)), m.group(3), today)
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", text)
    if m:
        return _next_day_of_month(int(m.group(1)), today)
    if text in ("today", "tonight"):
        return today
    if text == "tomorrow":
        return today + dt.timedelta(days=1)
    return _dateparser_date(text, today, country, prefer)


def _dotted(day: int, month: int, year: str | None, today: dt.date) -> dt.date | None:
    """"15.12." (the next 15 December), "15.12.2026": a date written with dots is day first."""
    try:
        if year:
            return dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        date = dt.date(today.year, month, day)
        return date if date >= today else dt.date(today.year + 1, month, day)
    except ValueError:  # "31.2.": no such day
        return None


def _next(what: str, text: str, today: dt.date) -> dt.date | None:
    """"next week", "this weekend", "next month", "this coming Friday"."""
    if what == "week":
        return next_monday(today)
    if what == "weekend":
        return today + dt.timedelta(days=((5 - today.weekday()) % 7) or 7)
    if what == "month":
        return dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    weekday = _WEEKDAYS.get(what[:3])
    if weekday is None:
        return None
    ahead = (weekday - today.weekday()) % 7
    if text.startswith("this") and not text.startswith("this coming") and ahead == 0:
        return today
    return today + dt.timedelta(days=ahead or 7)


def _next_day_of_month(day: int, today: dt.date) -> dt.date | None:
    """"the 20th": that day this month, or in one of the next two months that has it."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # the 31st in a 30-day month
            date = None
        if date is not None and date >= today:
            return date
        year, month = year + (month == 12), month % 12 + 1
    return None


def _dateparser_date(text: str, today: dt.date, country: str, prefer: str) -> dt.date | None:
    order = "DMY" if country.upper() in DAY_FIRST_COUNTRIES else "MDY"
    base = dt.datetime(today.year, today.month, today.day, 12, 0)
    try:
        parsed = dateparser().parse(text, languages=["en"], settings={
            "PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "DATE_ORDER": order,
            "PREFER_DAY_OF_MONTH": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False})
    except (ValueError, OverflowError):  # an impossible date ("31/2") or year: no date
        return None
    if parsed is None:
        return None
    date = parsed.date()
    if date < today and not re.search(r"\d{4}|/\d{2,4}$", text):
        try:
            date = date.replace(year=date.year + 1)
        except ValueError:  # 29 February, and next year has none
            return None
    return date
