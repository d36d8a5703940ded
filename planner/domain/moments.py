"""Retail moments (data/moments.toml) and public holidays (the holidays package) near a date."""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import lru_cache

from planner.resources import data_dir

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(data_dir() / "moments.toml", "rb") as fh:
        return tomllib.load(fh)


def _rules() -> dict[str, str]:
    return {name: spec["rule"] for name, spec in _data()["moments"].items()}


def _resolve(name: str, year: int, rules: dict[str, str], depth: int = 0) -> dt.date | None:
    rule = rules[name]
    if depth > 5:
        return None
    if rule.startswith("nth-weekday:"):
        _, month, n, wd = rule.split(":")
        month, n, weekday = int(month), int(n), _WEEKDAYS.index(wd)
        if n > 0:
            first = dt.date(year, month, 1)
            offset = (weekday - first.weekday()) % 7
            return first + dt.timedelta(days=offset + 7 * (n - 1))
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    if rule.startswith("after:"):
        _, base, days = rule.split(":")
        anchor = _resolve(base, year, rules, depth + 1)
        return anchor + dt.timedelta(days=int(days)) if anchor else None
    month, day = rule.split("-")
    return dt.date(year, int(month), int(day))


def kept_in(name: str, country: str) -> bool:
    """Whether the retail moment ``name`` is kept on its date in ``country`` (any country
    when none is given): Valentine's Day is not Brazil's day for couples (blind read 32)."""
    spec = _data()["moments"].get(name, {})
    code = (country or "").upper()
    if not code:
        return True
    if spec.get("only_in") and code not in spec["only_in"]:
        return False
    return code not in spec.get("not_in", ())


def moments_between(start: dt.date, end: dt.date, country: str = "") -> dict[dt.date, str]:
    """Retail moments and (when a country is given) public holidays from start to end."""
    rules = _rules()
    found: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        for name in rules:
            if not kept_in(name, country):
                continue
            day = _resolve(name, year, rules)
            if day and start <= day <= end:
                found.setdefault(day, name)
        if country:
            try:
                import holidays

                for day, name in sorted(holidays.country_holidays(country, years=year).items()):
                    if start <= day <= end:
                        found.setdefault(day, name)
            except (NotImplementedError, KeyError, AttributeError):
                pass
    return dict(sorted(found.items()))


def is_retail(name: str) -> bool:
    """True for a shopping moment (data/moments.toml); false for a public holiday, which may
    be commemorative (Good Friday, Remembrance Day) and is never a reason to sell."""
    return name in _rules()


def is_commemorative(name: str) -> bool:
    """True for a day of remembrance (Good Friday, Memorial Day, Remembrance Day): no post
    sells on it or names it beside a sale."""
    low = name.lower()
    return any(n.lower() in low for n in _data().get("commemorative", {}).get("names", []))


def commemorative_between(start: dt.date, end: dt.date, country: str) -> dict[dt.date, str]:
    """The days of remembrance among the country's public holidays from start to end."""
    return {d: n for d, n in moments_between(start, end, country).items() if is_commemorative(n)}


def moment_near(day: dt.date, moments: dict[dt.date, str], ahead: int = 6) -> str:
    """The moment on ``day`` or within the next ``ahead`` days, else an empty string."""
    for when, name in moments.items():
        if day <= when <= day + dt.timedelta(days=ahead):
            return name
    return ""
