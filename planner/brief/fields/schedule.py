"""When: the start date, the plan's length, the offer's dates, the time zone posts are read
in, and the three-digit cadences and lengths the cadence patterns (:mod:`.cadence`) leave."""

from __future__ import annotations

import datetime as dt
import math
import re

from planner.brief.dates import DATE, MONTH, WEEKDAY
from planner.brief.fields.cadence import (
    NUMBER,
    TOO_MANY_POSTS,
    cadence_value,
    number_value,
    round_half_up,
)
from planner.brief.fields.offer import clears_offer, offer_context
from planner.brief.reading import BriefReader
from planner.brief.segments import overlaps
from planner.brief.vocabulary import BARE_WEEKS_BEFORE
from planner.domain.timezones import find, find_place

# ---- dates -----------------------------------------------------------------------------

_START_TRIGGER = (r"\b(?:(?:start|begin)(?:ing)?\s+(?:the\s+|my\s+|our\s+)?(?:plan|calendar|posting|posts|schedule|"
                  r"content)|start(?:ing|s)?|begin(?:ning|s)?|kick(?:ing)?\s+off|launch(?:ing)?|runs?|running|"
                  r"go(?:ing)?\s+live|from|as\s+of|commencing)(?:\s+date)?")
_END_TRIGGER = (r"(?:\b(?:until|till|til|through|thru|ends?|ending|expires?|expiring|"
                r"(?:is\s+)?(?:valid|good)\s+(?:until|till|til|through|thru|to)|"
                r"runs?\s+(?:until|till|through|thru|to)|last\s+day(?:\s+is)?|by|before|to)|'til)")
_TRIGGER_GAP = r"\s*[:=]?\s*(?:(?:on|from|in|at)\s+)?(?:the\s+week\s+of\s+)?"
_START_RE = re.compile(rf"(?i:{_START_TRIGGER}(?=[\s:=]){_TRIGGER_GAP}(?P<d>{DATE}))")
_END_RE = re.compile(rf"(?i:{_END_TRIGGER}(?=[\s:=]){_TRIGGER_GAP}(?P<d>{DATE}))")
# without "start"/"from", only "next Monday"-style phrases are read as the start
_BARE_START_RE = re.compile(rf"(?i:\b(?P<d>(?:next|this\s+coming|coming)\s+{WEEKDAY})\b)")


_PLAN_WORDS = re.compile(r"(?i:\b(?:post|posts|posting|plan|calendar|schedule|weeks?)\b)")


_DAY_N = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE_DASH = r"\s*(?:-|–|—|to|until|till|til|thru|through)\s*"
#: "Mar 3-9", "March 3rd to 9th", "3–9 March", "3rd - 9th of March": one month, two days
_DATE_RANGES = [
    re.compile(rf"(?i:\b(?P<mon>{MONTH})\.?\s+{_DAY_N.format('a')}{_RANGE_DASH}{_DAY_N.format('b')}"
               r"\b(?!\s*(?:%|am\b|pm\b|:|[$£€]|x\b|times\b|posts?\b|a\s+week)))"),
    re.compile(rf"(?i:\b{_DAY_N.format('a')}{_RANGE_DASH}{_DAY_N.format('b')}\s+(?:of\s+)?(?P<mon>{MONTH})\b)"),
]


def extract_offer_ranges(reader: BriefReader) -> None:
    """An offer's days said as one month and two days: "20% off Mar 3-9", "3–9 March", in a
    clause (or sentence) about the offer."""
    for pattern in _DATE_RANGES:
        for m in pattern.finditer(reader.text):
            if reader.is_claimed(m.start(), m.end()):
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            if not 1 <= a < b <= 31:
                continue
            segment = reader.segment_at(m.start())
            if segment is None or not any(offer_context(reader, s) for s in reader.segments
                                          if s.sentence == segment.sentence):
                continue
            starts = reader.date(f"{m.group('mon')} {a}", "first")
            ends = reader.date(f"{m.group('mon')} {b}", "first")
            if starts is None or ends is None:
                continue
            if ends < starts:  # read into two years: the days are in one month
                continue
            reader.claim(m.start(), m.end())
            reader.add(m.start(), "offer_starts", starts)
            reader.add(m.start(), "offer_ends", ends)
            return


#: what a business runs to its own calendar: a term, a course, a season ("new term starts
#: jan 12", "a 10 week course"), never the plan's dates or length
_OWN_CALENDAR = re.compile(r"(?i:\b(?:terms?|course|courses|programme|program|semester|season|"
                           r"block|bootcamp|intake|cohort|classes|class|lessons|sessions|retreat)\b)")
#: the plan named outright: its dates and length may sit beside a course's
_PLAN_SAID = re.compile(r"(?i:\b(?:post|posts|posting|plan|calendar|schedule|content|socials?)\b)")


def extract_dates(reader: BriefReader) -> None:
    """Start and end dates: the plan's ("from Dec 7 to Jan 17") or the offer's ("ends Dec 14")."""
    extract_offer_ranges(reader)
    text = reader.text
    starts: list[tuple[int, int, dt.date, bool]] = []
    for m in _START_RE.finditer(text):
        if reader.is_claimed(m.start("d"), m.end("d")):
            continue
        segment = reader.segment_at(m.start())
        date = reader.date(m.group("d"), "first")
        if date is None or segment is None:
            continue
        if _OWN_CALENDAR.search(text[max(segment.start, m.start() - 30):m.start() + 8]) \
                and not _PLAN_SAID.search(segment.text):
            continue  # "new term starts jan 12": the business's own dates, not the plan's
        in_offer = offer_context(reader, segment) or (
            re.match(r"(?i:runs?|running)\b", m.group()) is not None and not _PLAN_WORDS.search(segment.text)
            and any(offer_context(reader, s) for s in reader.segments))  # "… 30% off. runs dec 12 to dec 23"
        starts.append((m.start("d"), m.end(), date, in_offer))
        reader.add(m.start("d"), "offer_starts" if in_offer else "start", date)
    taken = [(start, end) for start, end, _date, _in_offer in starts]
    for m in _BARE_START_RE.finditer(text):
        if reader.is_claimed(m.start(), m.end()) or overlaps(m.start(), m.end(), taken):
            continue
        segment = reader.segment_at(m.start())
        if segment is None or offer_context(reader, segment):
            continue
        if re.search(r"(?i:\b(?:until|till|through|ends?|by|before|to)\s+$)", text[max(0, m.start() - 12):m.start()]):
            continue
        date = reader.date(m.group("d"), "first")
        if date is not None:
            reader.add(m.start(), "start", date)
            taken.append((m.start(), m.end()))
    for m in _END_RE.finditer(text):
        if reader.is_claimed(m.start("d"), m.end("d")) or overlaps(m.start("d"), m.end("d"), taken):
            continue
        segment = reader.segment_at(m.start())
        if segment is None:
            continue
        word = m.group().split()[0].lower()
        paired_start = next((s for s in starts
                             if s[1] <= m.start() and reader.segment_at(s[0]) is segment), None)
        if word == "to" and paired_start is None:
            continue
        date = reader.date(m.group("d"), "last")
        if date is None:
            continue
        in_offer = offer_context(reader, segment) if paired_start is None else paired_start[3]
        if not in_offer and paired_start is None and not _PLAN_WORDS.search(segment.text) and any(
                offer_context(reader, s) for s in reader.segments if s.sentence == segment.sentence):
            in_offer = True  # "15% off - code FIRST15 - until end of november": the offer's clause
        if re.match(r"(?i:ends?|ending|expir|valid|good|is\s+valid|runs?|last\s+day)", m.group()):
            in_offer = True  # "ends Dec 14", "valid till the 20th": deadlines are offers
        if not in_offer and word in ("by", "before"):
            continue
        if in_offer or (paired_start is None and reader.brief.offer is not None
                        and not re.search(r"(?i:\b(?:post|posting|plan|calendar|schedule)\b)", segment.text)):
            reader.add(m.start("d"), "offer_ends", date)
        else:
            start = paired_start[2] if paired_start else None
            reader.add(m.start("d"), "plan_end", (start, date))


#: "free shipping this weekend only", "£20 off driveways booked this month": the offer's period
_THIS_PERIOD = re.compile(r"(?i:(?<!\bfrom\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bthrough\s)\bthis\s+"
                          r"(?P<p>weekend|week|month)\b)")
#: "launching this weekend", "I'll post about it this weekend": the weekend something else happens
_WEEKEND_OTHER = re.compile(r"(?i:\b(?:announc\w*|launch\w*|post\w*|tell\w*|start\w*|open\w*|market|fair|"
                            r"stall|event|pop-?up|workshop|class)\b)")


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
#: "10% off all feb", "free shipping the whole of March", "all month": the offer runs the month
_ALL_MONTH = re.compile(r"(?i:\b(?:all|(?:the\s+)?whole(?:\s+of)?|all\s+of|throughout)\s+(?:the\s+)?"
                        r"(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|month)\b)")


def _whole_month(reader: BriefReader) -> bool:
    """An offer said to run a whole month ("all feb"): its first and last days (the month
    named, this year or, once it is past, next year's; "all month" is this one)."""
    for m in _ALL_MONTH.finditer(reader.text):
        segment = reader.segment_at(m.start())
        if segment is None or reader.is_claimed(m.start(), m.end()) or not offer_context(reader, segment) \
                or clears_offer(segment.text):
            continue
        today = reader.today
        word = m.group("m").lower()
        month = today.month if word == "month" else _MONTHS.index(word[:3]) + 1
        year = today.year + (1 if month < today.month else 0)
        first = dt.date(year, month, 1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        reader.add(m.start(), "offer_starts", max(first, today) if word == "month" else first)
        reader.add(m.start(), "offer_ends", following - dt.timedelta(days=1))
        reader.claim(m.start(), m.end())
        return True
    return False


#: "20% off for the next 2 weeks", "free shipping for 10 days", "all week", "through the
#: weekend": an offer's end said as a length of time from today
_FOR_A_WHILE = re.compile(
    r"(?i:\bfor\s+(?:the\s+)?(?:next\s+)?(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|ten|fourteen)\s+"
    r"(?P<u>days?|weeks?)\b|\b(?P<week>all|the\s+whole)\s+week\b(?!\s*end)"
    r"|\b(?:through|thru|over|until|till|til)\s+the\s+(?P<weekend>weekend)\b)")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
          "fourteen": 14}


def _for_a_while(reader: BriefReader) -> bool:
    """An offer's end said as a length of time from today (see ``_FOR_A_WHILE``)."""
    for m in _FOR_A_WHILE.finditer(reader.text):
        segment = reader.segment_at(m.start())
        rest = segment.text.replace(m.group(), " ") if segment is not None else ""
        if segment is None or reader.is_claimed(m.start(), m.end()) or not offer_context(reader, segment) \
                or _PLAN_WORDS.search(rest) or clears_offer(segment.text):
            continue
        today = reader.today
        sunday = today + dt.timedelta(days=6 - today.weekday())
        if m.group("week"):
            ends = sunday
        elif m.group("weekend"):
            ends = sunday
        else:
            n = m.group("n").lower()
            days = (int(n) if n.isdigit() else _SMALL[n]) * (7 if m.group("u").lower().startswith("week") else 1)
            ends = today + dt.timedelta(days=days - 1)
        reader.add(m.start(), "offer_ends", ends)
        reader.claim(m.start(), m.end())
        return True
    return False


def extract_offer_period(reader: BriefReader) -> None:
    """An offer said to run "this weekend only" (Saturday to Sunday; "this weekend" alone may
    be when it is announced), "this week" or "this month" (until its last day), in a clause
    about the offer and with no date of its own."""
    if any(f.kind in ("offer_starts", "offer_ends") for f in reader.findings):
        return
    if _whole_month(reader):
        return
    if _for_a_while(reader):
        return
    for m in _THIS_PERIOD.finditer(reader.text):
        segment = reader.segment_at(m.start())
        rest = segment.text.replace(m.group(), " ") if segment is not None else ""
        if segment is None or reader.is_claimed(m.start(), m.end()) or not offer_context(reader, segment) \
                or _PLAN_WORDS.search(rest) or clears_offer(segment.text):
            continue  # ("this week" is no word of the plan's itself)
        today = reader.today
        period = m.group("p").lower()
        if period == "weekend" and not re.match(r"(?i:\s+only\b)", reader.text[m.end():]):
            # "25% off with code GLOW25 this weekend": the weekend is the offer's when the clause
            # holds its discount or code and nothing else that happens then
            sentence = [s for s in reader.segments if s.sentence == segment.sentence]
            if not any(reader.entities_in(s, "DISCOUNT") or reader.has_code_in(s) for s in sentence) \
                    or _WEEKEND_OTHER.search(" ".join(s.text for s in sentence)):
                continue
        if period == "weekend":
            saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7)
            reader.add(m.start(), "offer_starts", saturday)
            reader.add(m.start(), "offer_ends", saturday + dt.timedelta(days=1))
        elif period == "week":
            reader.add(m.start(), "offer_ends", today + dt.timedelta(days=6 - today.weekday()))
        else:
            following = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            reader.add(m.start(), "offer_ends", following - dt.timedelta(days=1))
        reader.claim(m.start(), m.end())
        return


# ---- the plan's length -----------------------------------------------------------------

_PERIOD = r"(?P<u>weeks?|months?|fortnights?|quarters?|years?)"
_WEEKS_PATTERNS = [
    re.compile(rf"(?i:\b(?:for|over|lasting|covering|spanning|plan(?:ning)?(?:\s+for)?|"
               rf"calendar\s+for|schedule\s+for|run(?:ning)?\s+for)\s+(?:the\s+)?(?:next\s+|coming\s+|"
               rf"first\s+)?(?P<n>{NUMBER}|a|an|one)?\s*[- ]?{_PERIOD}\b)"),
    re.compile(rf"(?i:\b(?:the\s+)?next\s+(?P<n>{NUMBER})\s+{_PERIOD}\b)"),
    re.compile(rf"(?i:\b(?P<n>{NUMBER}|a|one)[- ]{_PERIOD}[- ](?:content\s+)?(?:plan|calendar|campaign|"
               rf"schedule|run|sprint)\b)"),
    re.compile(rf"(?i:\b(?P<n>{NUMBER})\s+{_PERIOD}\s+of\s+(?:content|posts|posting)\b)"),
    re.compile(rf"(?i:\b(?P<n>{NUMBER})\s+(?P<u>weeks|months)\b)"),  # bare: checked for context
]
_TOO_MANY_WEEKS = re.compile(r"(?i:\b(?:(?:plan(?:ning)?|calendar|schedule|posts?|posting|content)\s+"
                             r"(?:for|over|covering)\s+(?:the\s+)?(?:next\s+)?|(?:for|over)\s+the\s+"
                             r"(?:next|coming)\s+)(?P<n>\d{3,})\s+(?P<u>weeks|months|days)\b)")


def extract_weeks(reader: BriefReader) -> None:
    """The plan's length: "for two months", "a 6-week plan", "6 weeks" (1 to 52 weeks)."""
    text = reader.text
    taken: list[tuple[int, int]] = []
    for i, pattern in enumerate(_WEEKS_PATTERNS):
        for m in pattern.finditer(text):
            if reader.is_claimed(m.start(), m.end()) or overlaps(m.start(), m.end(), taken):
                continue
            segment = reader.segment_at(m.start())
            if segment is None:
                continue
            if reader.has_code_in(segment) or reader.entities_in(segment, "DISCOUNT"):
                continue
            if (_OWN_CALENDAR.search(segment.text) or re.match(r"\s+(?:for|at)\s+(?:[$£€¥]|\d)", text[m.end():])) \
                    and not _PLAN_SAID.search(segment.text):
                continue  # "its 10 weeks for €140", "a 6-week course": how long what is sold lasts
            if i == len(_WEEKS_PATTERNS) - 1:
                words_before = re.findall(r"[A-Za-z']+", text[max(0, m.start() - 15):m.start()])
                words_after = text[m.end():m.end() + 15].lower().split()
                if words_before and words_before[-1].lower() in BARE_WEEKS_BEFORE:
                    continue
                if words_after and words_after[0] in ("ago", "later", "before", "after", "left",
                                                      "out", "from"):
                    continue
            n = number_value(m.group("n")) if m.group("n") else 1
            if n is None:
                continue
            unit = m.group("u").lower().rstrip("s")
            weeks = {"week": n, "fortnight": 2 * n, "month": round_half_up(n * 52 / 12),
                     "quarter": 13 * n, "year": 52 * n}[unit]
            taken.append((m.start(), m.end()))
            if weeks > 52:
                reader.add(m.start(), "note", f"a plan covers at most 52 weeks, not {weeks}; using 52")
            elif weeks < 1:
                reader.add(m.start(), "note", "a plan covers at least one week; using 1")
            reader.add(m.start(), "weeks", max(1, min(52, weeks)))


def extract_three_digit_numbers(reader: BriefReader) -> None:
    """Three-digit cadences and plan lengths, which the main patterns do not read: taken
    when they fit a plan ("100 posts a month", "plan for 120 days"), else said back."""
    for m in TOO_MANY_POSTS.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        n, unit = int(m.group("n")), m.group("u").lower()
        weekly = cadence_value(m, unit)
        reader.claim(m.start(), m.end())
        if 1 <= weekly <= 70:
            reader.add(m.start(), "posts_per_week", weekly)
        else:
            reader.add(m.start(), "note", f"{n} posts a {unit} is more than a plan holds "
                                          "(at most 70 a week); the cadence is unchanged")
    for m in _TOO_MANY_WEEKS.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        n, unit = int(m.group("n")), m.group("u").lower()
        weeks = {"days": math.ceil(n / 7), "weeks": n, "months": round_half_up(n * 52 / 12)}[unit]
        reader.claim(m.start(), m.end())
        if weeks <= 52:
            reader.add(m.start(), "weeks", weeks)
        else:
            reader.add(m.start(), "note", f"a plan covers at most 52 weeks, not {n} {unit}; "
                                          "the length is unchanged")


# ---- time zone -------------------------------------------------------------------------

_TIMEZONE_HINT = re.compile(r"(?i:\btime\b|\btz\b|zone)")
_TIMEZONE_NAMED = re.compile(r"(?i:\b(?:time\s*zone|timezone|tz)\s*(?:is|:|=|of)?\s*)"
                             r"(?P<z>[A-Za-z_]+(?:/[A-Za-z_+\-]+){1,2}|[A-Za-z]+(?:\s[A-Za-z]+)?)")
_TIMEZONE_PLACE = re.compile(r"(?i:(?:\b(?:on|in|using|are|is|all)\s+|\d\s*(?:[ap]m)?\s+)"
                             r"(?P<z>[a-z]+(?:\s[a-z]+)?)\s+time\b)")


def extract_timezone(reader: BriefReader) -> None:
    """"time zone: America/New_York", "we post on New York time", "times are UK time"."""
    if _TIMEZONE_HINT.search(reader.text) is None:
        return
    for pattern, look_up in ((_TIMEZONE_NAMED, find), (_TIMEZONE_PLACE, find_place)):
        for m in pattern.finditer(reader.text):
            if reader.is_claimed(m.start("z"), m.end("z")):
                continue
            name = look_up(m.group("z"))
            if name:
                reader.claim(m.start(), m.end())
                reader.add(m.start("z"), "timezone", name)
                return
