"""A giveaway's prize and closing date, as a seller writes them.

A giveaway post a manager can publish says when entries close. Sellers give the date in
``giveaway_ends`` or inside the prize line itself ("a tasting pack, drawn on 12 Feb 2027",
"…(closes March 21)"); either way the planner needs it, and the prize is said without it.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+20\d\d)?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE = (rf"(?:{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}"
         rf"|{_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR}"
         r"|20\d\d-\d\d-\d\d)")
#: the closing clause inside a prize line: ", drawn on 12 Feb 2027", "(closes March 21)";
#: "21/3" is not read (day and month order differ by country)
_CLOSING = re.compile(
    r"(?i)\s*(?:[,;(–—-]\s*|\s)(?:and\s+)?(?:the\s+)?(?:winner\s+(?:is\s+)?)?"
    r"(?:entries\s+)?(?:closes?|closing|ends?|ending|drawn|picked|announced|runs?\s+until|"
    r"until|till|by)\s+(?:on\s+)?(?P<date>" + _DATE + r")\)?")


def _date_of(span: str, after: dt.date | None) -> dt.date | None:
    span = span.lower()
    iso = re.search(r"20\d\d-\d\d-\d\d", span)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group())
        except ValueError:
            return None
    month = _MONTHS[re.search(_MONTH, span).group()[:3]]
    days = re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", span)
    written = re.search(r"\b(20\d\d)\b", span)
    year = int(written.group(1)) if written else (after.year if after else None)
    if not days or year is None:
        return None
    try:
        date = dt.date(year, month, int(days[0]))
    except ValueError:
        return None
    if not written and after and date < after:
        date = date.replace(year=year + 1)
    return date


def giveaway_terms(prize: str, ends: dt.date | None = None,
                   after: dt.date | None = None) -> tuple[str, dt.date | None]:
    """The prize as a post says it, and the closing date: ``ends`` when the brief gives
    it, else a date the prize line names ("…, drawn on 12 Feb 2027"), read as the first
    such date on or after ``after`` when no year is written. The closing clause is cut
    from the prize either way."""
    prize = (prize or "").strip()
    m = _CLOSING.search(prize)
    if not m:
        return prize.rstrip(". "), ends
    before = prize[:m.start()].rstrip(" ,;.-–—")
    # what follows the date is a condition of entry ("Canadian residents only"): kept, in
    # brackets, so the prize still reads mid-sentence
    rest = prize[m.end():].strip(" ,;.:-–—)")
    said = f"{before} ({rest})" if rest else before
    return said, ends or _date_of(m.group("date"), after)
