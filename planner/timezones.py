"""Time zones: IANA names, checked and spelled canonically, and the names people use
for them in a brief ("New York time", "UK time", "Pacific time").

The zone data comes from the system or the tzdata package (icalendar depends on it),
so this works offline everywhere the planner is installed.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

#: regional names that mean one zone to a seller writing a brief
ALIASES = {
    "uk": "Europe/London", "british": "Europe/London", "gmt": "Europe/London",
    "eastern": "America/New_York", "et": "America/New_York", "est": "America/New_York",
    "central": "America/Chicago", "ct": "America/Chicago", "cst": "America/Chicago",
    "mountain": "America/Denver", "mt": "America/Denver", "mst": "America/Denver",
    "pacific": "America/Los_Angeles", "pt": "America/Los_Angeles", "pst": "America/Los_Angeles",
    "cet": "Europe/Paris", "central european": "Europe/Paris",
    "aest": "Australia/Sydney", "ist": "Asia/Kolkata", "india": "Asia/Kolkata",
}
_SKIP_AREAS = ("Etc/", "SystemV/", "US/", "posix/", "right/", "Canada/", "Brazil/", "Chile/",
               "Mexico/")


class UnknownTimezone(ValueError):
    """Not a time zone the planner can find."""


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Lower-case IANA name → canonical spelling."""
    from zoneinfo import available_timezones

    return {z.lower(): z for z in available_timezones()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Lower-case city (the last part of a zone name, spaces for underscores) → zone, for
    cities that name exactly one zone."""
    found: dict[str, set[str]] = {}
    for zone in _zones().values():
        if "/" not in zone or zone.startswith(_SKIP_AREAS):
            continue
        city = zone.rsplit("/", 1)[1].replace("_", " ").lower()
        found.setdefault(city, set()).add(zone)
    return {city: next(iter(zones)) for city, zones in found.items() if len(zones) == 1}


def canonical(name: str) -> str:
    """The IANA name as the zone database spells it ("europe/london" → "Europe/London");
    a city or regional name ("New York", "UK", "Pacific") is taken too."""
    key = " ".join(name.strip().split()).lower()
    hit = _zones().get(key.replace(" ", "_")) or ALIASES.get(key) or _cities().get(key)
    if hit is None:
        raise UnknownTimezone(f"unknown time zone {name.strip()!r} (use an IANA name such as "
                              "Europe/London or America/New_York)")
    return hit


def find(name: str) -> str | None:
    """``canonical`` for text a person wrote; ``None`` when it names no zone."""
    try:
        return canonical(name)
    except UnknownTimezone:
        return None


def zone(name: str) -> dt.tzinfo:
    """The tzinfo of a canonical IANA name."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(canonical(name))
