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
    "hawaii": "Pacific/Honolulu", "hst": "Pacific/Honolulu", "alaska": "America/Anchorage",
}
_SKIP_AREAS = ("Etc/", "SystemV/", "US/", "posix/", "right/", "Canada/", "Brazil/", "Chile/",
               "Mexico/", "Antarctica/")
#: old names for Australian states and territories (Victoria, BC is not in Australia)
_SKIP_ZONES = {"Australia/" + n for n in ("ACT", "NSW", "North", "Queensland", "South", "Tasmania",
                                          "Victoria", "West", "Yancowinna", "LHI", "Canberra")}
#: islands and bases whose names are everyday words: "Christmas time" is not a time zone
_WORDS = {"christmas", "easter", "reunion", "wake", "midway", "stanley", "palmer", "casey", "davis",
          "troll", "jersey", "guernsey", "phoenix", "regina"}
#: areas whose city names are read from free text ("we post on Denver time")
_TEXT_AREAS = ("Europe/", "America/", "Asia/", "Africa/", "Australia/", "Pacific/Auckland",
               "Pacific/Honolulu")


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
        if "/" not in zone or zone.startswith(_SKIP_AREAS) or zone in _SKIP_ZONES:
            continue
        city = zone.rsplit("/", 1)[1].replace("_", " ").lower()
        found.setdefault(city, set()).add(zone)
    out = {}
    for city, zones in found.items():
        # a city listed twice is a zone and its old alias ("America/Indiana/Indianapolis" and
        # "America/Indianapolis"): the longer name is the current one
        ranked = sorted(zones, key=lambda z: (-z.count("/"), z))
        if len(ranked) == 1 or ranked[0].count("/") > ranked[1].count("/"):
            out[city] = ranked[0]
    return out


def canonical(name: str) -> str:
    """The IANA name as the zone database spells it ("europe/london" → "Europe/London");
    a city or regional name ("New York", "UK", "Pacific", "EST") is taken too. Regional
    abbreviations mean the place, so "EST" is New York time with its summer hour, not the
    database's fixed UTC-5 zone of that name."""
    key = " ".join(name.strip().split()).lower()
    if key.endswith(" time"):
        key = key[:-5].rstrip()
    zones = _zones()
    hit = (ALIASES.get(key) or (zones.get(key.replace(" ", "_")) if "/" in key else None)
           or _cities().get(key) or zones.get(key.replace(" ", "_")))
    if hit is None:
        raise UnknownTimezone(f"unknown time zone {name.strip()!r} (use an IANA name such as "
                              "Europe/London or America/New_York)")
    return hit


def find(name: str) -> str | None:
    """``canonical`` for a name given as a time zone ("time zone: ..."); ``None`` when it
    names no zone."""
    try:
        return canonical(name)
    except UnknownTimezone:
        return None


def find_place(name: str) -> str | None:
    """The zone of "<place> time" in running text: a regional name or a city of a main
    area, never an everyday word ("Christmas time", "Easter time")."""
    key = " ".join(name.strip().split()).lower()
    if key in ALIASES:
        return ALIASES[key]
    zone = _cities().get(key)
    if zone is None or key in _WORDS or not zone.startswith(_TEXT_AREAS):
        return None
    return zone


def zone(name: str) -> dt.tzinfo:
    """The tzinfo of a canonical IANA name."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(canonical(name))
