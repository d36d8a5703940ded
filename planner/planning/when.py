"""Dates, times and places as a caption says them: "Thursday 10 December at 6pm",
"10am CEST", and whether an event happens somewhere or online.
"""

from __future__ import annotations

import datetime as dt
import re

#: platforms whose posts are found for weeks after their day (a Pin, a video): they keep a
#: date, never "tomorrow", and no market-day post goes there
LASTING = ("pinterest", "youtube")

#: countries that write the month before the day ("December 10"); the rest write "10 December"
MONTH_FIRST = {"US", "CA", "PH"}


def human_when(when: dt.datetime, country: str = "") -> str:
    """"Thursday 10 December at 6pm" ("Thursday, December 10 at 6pm" where the month comes
    first): an event's date and time as a caption says it."""
    if country.upper() in MONTH_FIRST:
        return f"{when:%A}, {when:%B} {when.day} at {human_clock(when)}"
    return f"{when:%A} {when.day} {when:%B} at {human_clock(when)}"


#: a title that says the event happens somewhere, not online
_IN_PERSON = re.compile(r"(?i)\b(?:in (?:the|our) (?:shop|store|studio|salon|workshop|bakery|caf[eé]|"
                        r"kitchen|showroom|gallery)|in[- ]store|in[- ]person|at (?:the|our) (?:shop|"
                        r"store|studio|stall|market)|open day|open house|market day|meet-?up)\b")


def in_person(event) -> bool:
    """Whether an event happens in a place (it names one, or its title says so) rather than
    as a live on a platform."""
    return bool(event.place) or bool(_IN_PERSON.search(event.title))


def zone_label(when: dt.datetime, timezone: str, online: bool) -> str:
    """" CEST", " UTC+8": the time zone after an event's time, for an audience online that
    may sit in other zones (a business audience, an app's users); empty for a local crowd or
    when the brief names no time zone."""
    if not (online and timezone):
        return ""
    from planner.domain.timezones import zone

    tz = zone(timezone)
    name = when.replace(tzinfo=tz).tzname() or ""
    if name.isalpha():
        return f" {name}"
    # a zone known only by its offset ("-03") is said by its city, as its people say it:
    # "4pm Santiago time", not "4pm UTC-3" (blind read 19)
    key = str(getattr(tz, "key", "") or "")
    if "/" in key and not key.startswith("Etc/"):
        city = key.rsplit("/", 1)[-1].replace("_", " ")
        if re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", city):
            return f" {city} time"
    m = re.fullmatch(r"([+-])(\d\d)(\d\d)?", name)
    if not m:
        return ""
    minutes = f":{m[3]}" if m[3] and m[3] != "00" else ""
    return f" UTC{m[1]}{int(m[2])}{minutes}"


def human_clock(when: dt.datetime) -> str:
    """"6pm", "6:30pm": the time of day as a caption says it."""
    hour = when.hour % 12 or 12
    return f"{hour}{when:%p}".lower() if when.minute == 0 else f"{hour}:{when:%M}{when:%p}".lower()


def human_date(day: dt.date | None, country: str = "US") -> str:
    """"December 10" or, where the day comes first, "10 December"."""
    if not day:
        return ""
    return f"{day:%B} {day.day}" if not country or country.upper() in MONTH_FIRST \
        else f"{day.day} {day:%B}"


def _weekday_date(day: dt.date | None, country: str = "") -> str:
    """"Sunday 21 March" ("Sunday, March 21" where the month comes first)."""
    if not day:
        return ""
    return f"{day:%A}, {human_date(day, country)}" if not country or \
        country.upper() in MONTH_FIRST else f"{day:%A} {human_date(day, country)}"


_MONTHS = {m.lower(): i for i, m in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"), start=1)}
#: (a month's name capitalised, as a date writes it: "you may 5 …" is no date)
_MONTH = r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#: a day and a month, either way round ("8 January", "8th of Jan", "January 8th")
_DAY_MONTH = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH.format("m1") + r"\b"
    r"|" + _MONTH.format("m2") + r"\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b)")
#: a date named in a line is "past" this many days after it at most (a date further back is
#: read as next year's: "5 January" in a December post)
PAST_DAYS = 180


def named_dates(text: str, year: int) -> list[dt.date]:
    """The day-month dates a line names ("Orders placed before 8 January …"), in ``year``."""
    out = []
    for m in _DAY_MONTH.finditer(text or ""):
        day = int(m.group("d1") or m.group("d2"))
        name = (m.group("m1") or m.group("m2")).lower()
        month = next(i for full, i in _MONTHS.items() if full.startswith(name[:3]))
        try:
            out.append(dt.date(year, month, day))
        except ValueError:
            continue
    return out


def date_passed(text: str, day: dt.date) -> bool:
    """Whether a line names a day-month date that has passed by ``day`` (blind read 19: an
    FAQ's "Orders placed before 8 January reach most cities before the festival" posted on
    27 January): such a line is not posted after its date."""
    return any(0 < (day - d).days <= PAST_DAYS for d in named_dates(text, day.year))
