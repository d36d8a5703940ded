"""How often: the cadence, per platform or in total, read from "3x a week on TikTok",
"Instagram daily, Pinterest 3x a week", "twice a week each", "post 2 reels and 3 stories a
week", and a cadence said over two messages ("post on instagram 3x a week", then "tiktok as
well, twice a week").

"every other day" is 4 posts a week (3.5 rounded up); ranges like "4-5 times a week"
take the rounded-up middle. A cadence for one platform sets ``posts_per_week``; cadences
for two or more platforms fill ``brief.cadence``.
"""

from __future__ import annotations

import math
import re

from planner.brief.dates import WEEKDAY
from planner.brief.fields import cadence_lists
from planner.brief.fields.channels import CHAIN_GAP
from planner.brief.reading import BriefReader, Entity
from planner.brief.vocabulary import NUMBER_WORDS

# ---- numbers ---------------------------------------------------------------------------

NUMBER = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a\s+couple(?:\s+of)?|"
           r"couple\s+of|a\s+few|few|several)")


def number_value(word: str | None) -> int | None:
    """"4", "four", "a couple of" → the number; None when it is not one."""
    if not word:
        return None
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


# ---- cadence ---------------------------------------------------------------------------

_RANGE = rf"(?P<n>{NUMBER})(?:ish)?(?:\s*(?:-|to|or)\s*(?P<n2>{NUMBER})(?:ish)?)?(?:\s+or\s+so)?"
_UNIT = (r"(?:x|times?|tims?|(?:new\s+)?posts?|reels?|videos?|tiktoks?|pins?|updates?|stories|"
         r"carousels?|days?)")
_UNIT_NO_X = r"(?:(?:new\s+)?posts?|reels?|videos?|tiktoks?|pins?|updates?|stories|carousels?|shorts)"
#: "1 long video + 3 shorts": a word saying what kind of post, between the number and the unit
_SORT = r"(?:(?:long|longer|short|full|full-length|long-form|short-form|quick|big|small|main)[\s-]+)?"
_WK = r"(?:week|wk|wek|weak|weeek|wekk|weke)"
_WEEK = rf"(?:(?:a|per|each|every|in\s+a|in\s+the)\s+{_WK}\b|/\s*(?:week|wk|w)\b|weekly\b|wkly\b|pw\b)"
#: "3x week", "3 times wk": without "a", only after x or times
_WEEK_BARE = rf"(?:x|times?|tims?)\s*{_WK}\b"
_DAY = r"(?:(?:a|per|each|every)\s+day\b|/\s*day\b|daily\b)"
_MONTH = r"(?:(?:a|per|each|every)\s+month\b|/\s*(?:month|mo)\b|monthly\b)"
#: (pattern, kind): the kind says how the match becomes posts a week (see cadence_value)
_CADENCE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "daily-ish (say 5)", "most days (so 5)": the number said in brackets stands
    (re.compile(r"(?i:\b(?:daily|every\s*day|most\s+days|(?:a\s+)?few\s+times\s+a\s+week)(?:-?ish)?\s*\(\s*"
                r"(?:say|so|about|around|roughly|i\.e\.?|=|like)?\s*(?P<n>\d{1,2})(?:\s*(?:x|times|posts?))?"
                r"(?:\s*(?:a|per|/)\s*(?:week|wk))?\s*\))"), "week"),
    # "2 reels and 3 stories a week": the kinds of post add up
    (re.compile(rf"(?i:\b(?P<n>{NUMBER})\s*{_SORT}{_UNIT_NO_X}\s*(?:,|and|&|\+|plus)\s*(?P<m>{NUMBER})\s*"
                rf"{_SORT}{_UNIT_NO_X}(?:\s+each)?\s*{_WEEK})"), "week_sum"),
    (re.compile(rf"(?i:\b{_RANGE}\s*{_UNIT}?(?:\s+each)?\s*{_WEEK})"), "week"),
    (re.compile(rf"(?i:\b{_RANGE}\s*{_WEEK_BARE})"), "week"),
    (re.compile(rf"(?i:\bx\s*(?P<n>\d{{1,2}})\s*{_WEEK})"), "week"),
    (re.compile(rf"(?i:\b(?:a|an|one)\s+{_UNIT_NO_X}\s+{_WEEK})"), "one_week"),
    (re.compile(rf"(?i:\b(?P<n>once|twice|thrice)\s+(?:(?:a|per|each|every)\s+{_WK}\b|weekly\b|/\s*wk\b))"), "week"),
    (re.compile(rf"(?i:\b{_RANGE}\s*{_UNIT}?\s*{_DAY})"), "day"),
    # "tt 2x day", "3 times day": without "a", only after x or times
    (re.compile(rf"(?i:\b{_RANGE}\s*(?:x|times?)\s*day\b(?!\s*(?:off|trip|pass|rate)))"), "day"),
    (re.compile(rf"(?i:\b(?:a|an|one)\s+{_UNIT_NO_X}\s+{_DAY})"), "one_day"),
    (re.compile(r"(?i:\b(?P<n>once|twice|thrice)\s+(?:(?:a|per|each|every)\s+day\b|daily\b))"), "day"),
    (re.compile(r"(?i:\b(?:daily|every\s*day|each\s+day|every\s+single\s+day|seven\s+days\s+a\s+week)\b)"), "daily"),
    (re.compile(r"(?i:\bevery\s+(?:other|second|2nd|two|2)\s+days?\b|\bevery\s+couple\s+(?:of\s+)?days\b)"), "other_day"),
    (re.compile(r"(?i:\bevery\s+(?P<n>3|4|5|6|three|four|five|six)\s+days\b)"), "every_n_days"),
    (re.compile(r"(?i:\b(?:every\s+weekday|on\s+weekdays|weekdays(?:\s+only)?|mon(?:day)?\s*(?:to|through|thru|till|until|-)\s*fri(?:day)?|"
                r"(?:not|never|except|but\s+not)\s+(?:on\s+)?(?:the\s+)?weekends?)\b)"), "weekdays"),
    (re.compile(r"(?i:\b(?:on\s+weekends|every\s+weekend|weekends\s+only)\b)"), "weekends"),
    (re.compile(rf"(?i:\b{_RANGE}\s*{_UNIT}?\s*{_MONTH})"), "month"),
    (re.compile(r"(?i:\bonce\s+a\s+month\b|\bpost(?:s|ing)?\s+monthly\b)"), "once_month"),
    (re.compile(r"(?i:\bpost(?:s|ing)?\s+weekly\b|\bweekly\s+posts?\b|"
                r"\bweekly(?=\s+(?:on|to)\s))"), "weekly"),
    # "linkedin weekly", "YouTube and Instagram, weekly.": the word alone, ending its clause
    (re.compile(r"(?i:(?<![\w-])weekly(?=\s*(?:[,.!;)]|$|\s+(?:and|&|\+)\s)))"), "weekly_bare"),
    (re.compile(r"(?i:\b(?:once\s+a\s+fortnight|once\s+every\s+(?:two|2)\s+weeks|fortnightly|"
                r"bi-?weekly|every\s+(?:two|2|other)\s+weeks)\b)"), "weekly"),
    (re.compile(rf"(?i:\b(?:on\s+|every\s+)?(?P<days>{WEEKDAY}s?(?:\s*(?:,|and|&|/|\+|\s)\s*{WEEKDAY}s?)+)\b)"),
     "weekdays_named"),
    # "every friday", "on tuesdays", "mondays": one day a week
    (re.compile(rf"(?i:\b(?:(?:every|each)\s+{WEEKDAY}\b|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
                r"friday|saturday|sunday)s\b)(?!\s*(?:,|and|&|/|\+|to|through|till|until|-)\s*\w))"),
     "day_named"),
    (re.compile(r"(?i:\b(?P<n>\d{1,2})\s*ppw\b)"), "week"),
    # "every day except sunday", "daily apart from weekends": the days left out are taken off
    (re.compile(rf"(?i:\b(?:every\s*day|daily|each\s+day)\s*,?\s+(?:except|but(?:\s+not)?|apart\s+from|"
                rf"other\s+than|excluding|bar|minus)\s+(?:on\s+)?(?:the\s+)?(?P<days>weekends?|"
                rf"{WEEKDAY}s?(?:\s*(?:,|and|or|&|/)\s*{WEEKDAY}s?)*)\b)"), "daily_except"),
]
#: between a cadence and the platform after it ("3x a week on TikTok")
_AFTER_GAP = re.compile(r"(?i:\s*(?:(?:on|for|in|at|to|via|across|over|posting\s+on)\s+)?(?:(?:the|our|my)\s+)?)")
#: between a platform and the cadence after it ("TikTok 3x a week", "Instagram: daily")
_BEFORE_GAP = re.compile(
    r"(?i:\s*(?:(?:as\s+well|too|also)\s*)?(?:[:\-,(]\s*)?(?:(?:we|i)\s+)?(?:(?:post|posts|posting|gets?|is|at|do|go|upload|uploads|"
    r"uploading)\s+)?(?:(?:about|around|roughly|maybe|like|only|just)\s+)?)")
TOO_MANY_POSTS = re.compile(r"(?i:\b(?P<n>\d{3,})\s*(?:x|times?|(?:new\s+)?posts?)\s+(?:a|per|each|every)\s+"
                             r"(?P<u>week|day|month)\b)")


def cadence_value(m: re.Match[str], kind: str) -> int | None:
    """Posts a week for one cadence match of ``kind``; None when its number is unreadable."""
    groups = m.groupdict()
    if kind in ("week", "day", "month"):
        n = number_value(groups.get("n"))
        n2 = number_value(groups.get("n2"))
        if n is None:
            return None
        if n2 is not None and n2 >= n:
            n = round_half_up((n + n2) / 2)
        if kind == "week":
            return n
        if kind == "day":
            return n * 7
        return max(1, round_half_up(n * 12 / 52))
    if kind == "week_sum":
        n, n2 = number_value(groups.get("n")), number_value(groups.get("m"))
        return n + n2 if n is not None and n2 is not None else None
    if kind == "weekdays_named":  # "mondays, wednesdays and fridays", "tues and thurs", "mon wed fri"
        said = groups.get("days") or ""
        days = re.findall(r"(?i:mon|tue|wed|thu|fri|sat|sun)", said)
        if not re.search(r"[,&/+]|\band\b", said) and (len(days) < 3 and re.search(
                r"(?i:\b(?:sun|sat|wed)\b)", said)):
            return None  # "sun" and "sat" are words too: two said bare are no list of days
        return len({d.lower() for d in days}) if len(days) >= 2 else None
    if kind == "daily_except":
        said = (groups.get("days") or "").lower()
        left_out = 2 if said.startswith("weekend") else len(set(re.findall(r"mon|tue|wed|thu|fri|sat|sun", said)))
        return 7 - left_out if 0 < left_out < 7 else None
    if kind == "every_n_days":
        return max(1, round_half_up(7 / (number_value(groups.get("n")) or 7)))
    return {"one_week": 1, "day_named": 1, "one_day": 7, "daily": 7, "other_day": 4, "weekdays": 5,
            "weekends": 2, "once_month": 1, "weekly": 1, "weekly_bare": 1}.get(kind)


def extract_cadence(reader: BriefReader) -> None:
    """Cadences, each bound to the platforms said right after or right before it; a
    message that is only a platform and a number ("fb 2"); and a number said for one
    platform added to those said for the others in earlier messages ("ig 3", then "fb 2")."""
    before = len(reader.findings)
    _extract_cadence(reader)
    _drop_removed_later(reader, before)
    new = [f for f in reader.findings[before:] if f.kind in ("cadence", "posts_per_week")]
    if not new:
        _lone_count(reader)
        _bare_number(reader)
        new = [f for f in reader.findings[before:] if f.kind in ("cadence", "posts_per_week")]
    new = _each_of_them(reader, new)
    for f in new:
        if f.kind == "cadence" and isinstance(f.value, dict):
            reader.counts_said = {**reader.counts_said, **f.value}
    if _one_platform_of_a_total(reader, new):
        return
    if not reader.counts_said or not reader.platform_counts:
        return
    # platforms dropped in this message ("no fb, just ig 4") keep no count
    removed = {pid for f in reader.findings if f.kind == "platforms" and f.mode == "remove" for pid in f.value}
    others = {p: n for p, n in reader.platform_counts.items() if p not in reader.counts_said and p not in removed}
    if not others or any(f.kind == "posts_per_week" and not _a_count(reader, f) for f in new):
        return
    merged = {**others, **reader.counts_said}
    start = min(f.start for f in new)
    reader.findings[:] = [f for f in reader.findings if f not in new]
    reader.add(start, "cadence", merged)


def _drop_removed_later(reader: BriefReader, before: int) -> None:
    """"LinkedIn 3 times a week, X daily. actually drop X": a platform dropped after its count
    was said keeps no count; the others keep theirs."""
    removals = [f for f in reader.findings if f.kind == "platforms" and f.mode.startswith("remove")]
    for finding in reader.findings[before:]:
        if finding.kind != "cadence" or not isinstance(finding.value, dict):
            continue
        dropped = {pid for r in removals if r.start > finding.start for pid in r.value}
        kept = {p: n for p, n in finding.value.items() if p not in dropped}
        if kept == finding.value or not kept:
            continue
        if len(kept) == 1:
            finding.kind, finding.value = "posts_per_week", next(iter(kept.values()))
        else:
            finding.value = kept


_TOTAL = re.compile(r"(?i:\b(?:total|in\s+all|overall|altogether|combined|across)\b)")


def _one_platform_of_a_total(reader: BriefReader, new: list) -> bool:
    """"make it 2 a week on fb" after "instagram and facebook, 3 a week": a number said for
    one platform of several that shared a total is that platform's; the others keep their
    share of the old total (split in turn, as the plan splits it)."""
    brief = reader.brief
    if len(new) != 1 or len(reader.counts_said) != 1 or not (new[0].kind == "posts_per_week" or (
            new[0].kind == "cadence" and new[0].value == reader.counts_said)):
        return False
    (platform, n), = reader.counts_said.items()
    named = {e.id for e in reader.entities if e.label == "PLATFORM"}
    if named != {platform} or platform not in brief.platforms or len(brief.platforms) < 2 \
            or brief.cadence or reader.platform_counts or not reader.cadence_said or _TOTAL.search(reader.text) \
            or any(f.kind == "platforms" and f.mode in ("remove", "only") for f in reader.findings):
        return False
    shares = {p: 0 for p in brief.platforms}
    for i in range(brief.posts_per_week):
        shares[brief.platforms[i % len(brief.platforms)]] += 1
    pairs = {p: (n if p == platform else shares[p]) for p in brief.platforms}
    if any(v == 0 for v in pairs.values()):
        return False
    reader.findings.remove(new[0])
    reader.add(new[0].start, "cadence", pairs)
    return True


#: "3 each", "2 times each a week", "every day both", "4x a week on each": the number is
#: every platform's
_EACH = re.compile(r"(?i:\b(?:each|(?<!on\s)(?<!across\s)(?<!between\s)both|apiece|per\s+platform|"
                   r"on\s+(?:each|every)|for\s+(?:each|both)|every\s+platform|each\s+one)\b)")


def _each_of_them(reader: BriefReader, new: list) -> list:
    """A total read where the seller said it is each platform's ("Instagram, TikTok and
    Facebook. 3 each per week"): the number for every platform of the message (or, with
    none named in it, of the brief)."""
    if len(new) != 1 or new[0].kind != "posts_per_week":
        return new
    finding = new[0]
    near = reader.text[finding.start:finding.start + 60]
    segment = reader.segment_at(finding.start)
    sentence = " ".join(s.text for s in reader.segments if segment is not None and s.sentence == segment.sentence)
    if not _EACH.search(near) and not _EACH.search(sentence):
        return new
    ids = list(dict.fromkeys(e.id for e in sorted(reader.entities, key=lambda e: e.start)
                             if e.label == "PLATFORM"))
    if not ids:
        ids = list(reader.brief.platforms) if reader.platforms_said else []
    if len(ids) < 2:
        return new
    value = finding.value
    reader.findings.remove(finding)
    pairs = {p: min(value, 21) for p in ids}
    reader.add(finding.start, "cadence", pairs)
    return [reader.findings[-1]]


def _a_count(reader: BriefReader, finding) -> bool:
    """Whether a posts-a-week finding is one platform's number (recorded as said)."""
    return len(reader.counts_said) == 1 and finding.value == next(iter(reader.counts_said.values()))


#: what may open a message that is only a platform and a number: "and", "actually", "no sorry"
_LONE_BEFORE = re.compile(r"(?i:^\s*(?:(?:oh|ok|so|and|also|plus|actually|actualy|actuly|no|nope|sorry|"
                          r"wait|wiat|make\s+it|i\s+mean)[\s,.!]+)*$)")
_LONE_AFTER = re.compile(r"(?i:^\s*(?:,?\s*(?:too|also|as\s+well)\s*,?)?\s*[:=-]?\s*(?:(?:maybe|about|around|like|just|only|is)\s+)?"
                         r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven)\s*"
                         r"(?:x|times?|tims?|posts?)?\s*(?:(?:a|per|each|every|in\s+a)\s+(?:week|wk|wek)\b|"
                         r"/\s*(?:week|wk|w)\b|weekly\b)?\s*(?:too|as\s+well|also)?"
                         # "linkedin 1 for the wholesale side": what that platform is for
                         r"(?:\s*,?\s+for\s+(?:the|our|my)\s+[a-z][\w\s'-]{0,30}?)?[\s.!]*$)")


def _lone_count(reader: BriefReader) -> None:
    """"fb 2", "and insta 3 too", "actually tiktok 4": a message that is only one platform
    and a number says how often to post there (a week is meant)."""
    platforms = sorted((e for e in reader.entities if e.label == "PLATFORM"), key=lambda e: e.start)
    dropped = _dropped_before(reader, platforms)
    if dropped:  # "no fb, just ig 4": the platform dropped is no part of the count
        platforms = [p for p in platforms if p.start >= dropped]
    if len({p.id for p in platforms}) > 1:
        _listed_each(reader, platforms)
        return
    if not platforms:
        return
    first, last = platforms[0], platforms[-1]
    if not (dropped or _LONE_BEFORE.match(reader.text[:first.start])):
        # "handmade soap / vinted + etsy / ig 3", "dog walking, Wellington NZ, fb 3": the one
        # platform and its number, a clause of their own at the end of a longer message
        if first is not last or not re.search(r"(?:^|[,/;|\n.—–-])\s*$", reader.text[:first.start]):
            return
        rest = reader.text[last.end:]
        if re.match(r"(?i:\s*(?:x|times?|posts?)\b)", rest) or re.search(r"[,/;|\n]", rest) \
                or re.search(r"[.!?]\s+\S", rest):
            return
    if first is last and not _LONE_BEFORE.match(reader.text[:first.start]) and not dropped:
        m = _LONE_AFTER.match(reader.text[last.end:])
        if m is None or reader.is_claimed(last.end + m.start("n"), last.end + m.end("n")) \
                or not number_value(m.group("n")):
            return
    if reader.platform_counts and first.id not in reader.platform_counts and re.fullmatch(
            r"(?i:\s*(?:is\s+)?(?:the\s+)?same(?:\s+(?:too|as\s+well|please|pls))?[\s.!]*)", reader.text[last.end:]):
        # "tiktok twice a week", then "and ig same": the number said last
        reader.counts_said = {first.id: list(reader.platform_counts.values())[-1]}
        reader.add(first.start, "cadence", dict(reader.counts_said))
        return
    m = _LONE_AFTER.match(reader.text[last.end:])
    if m is None or reader.is_claimed(last.end + m.start("n"), last.end + m.end("n")):
        return
    n = number_value(m.group("n"))
    if not n:
        return
    reader.counts_said = {first.id: min(n, 21)}
    if reader.platform_counts or reader.cadence_said:
        reader.add(first.start, "cadence", dict(reader.counts_said))
    else:
        reader.add(first.start, "posts_per_week", min(n, 21))


#: what joins platforms dropped to the one kept: "no fb, just ig 4", "drop tiktok and make ig 3"
_KEPT_AFTER_DROP = re.compile(r"(?i:^\s*[,;.!-]*\s*(?:(?:and|but|so)\s+)?(?:(?:just|only|make(?:\s+it)?)\s+)?$)")


def _dropped_before(reader: BriefReader, platforms: list[Entity]) -> int:
    """Where the rest of a message starts when it opens by dropping platforms ("no fb, just
    ig 4"): just after the last platform dropped, when only "just", "only" or "and" stands
    between it and a platform kept; 0 otherwise."""
    removed = {pid for f in reader.findings if f.kind == "platforms" and f.mode == "remove"
               for pid in f.value}
    if not removed:
        return 0
    i = 0
    while i < len(platforms) and platforms[i].id in removed:
        i += 1
    if i == 0 or i == len(platforms) or platforms[i].id in removed:
        return 0
    head = reader.text[:platforms[0].start]
    if not re.fullmatch(r"(?i:\s*(?:(?:oh|ok|so|and|actually|sorry|wait|hmm+)[\s,.!]+)*"
                        r"(?:no(?:\s+more)?|not|drop|remove|without|stop|ditch|scrap|forget(?:\s+about)?|skip)"
                        r"(?:\s+the)?\s*)", head):
        return 0
    if not _KEPT_AFTER_DROP.match(reader.text[platforms[i - 1].end:platforms[i].start]):
        return 0
    return platforms[i - 1].end


#: how a number is put forward again: "let's do 3", "make it 4", "our CEO wants 3"
_PUT = (r"(?:(?:let'?s|lets)\s+(?:do|say|go\s+with|make\s+it)|make\s+it|change\s+(?:it|that)\s+to|"
        r"go\s+with|how\s+about|(?:our|my|the)\s+[\w-]+\s+wants?)\s+")
_BARE_NUMBER = re.compile(r"(?i:^\s*(?:(?:no|nope|sorry|actually|wait|ok|so|and|um+|uh+|hmm+)[\s,.!]+)*"
                          rf"(?:{_PUT})?"
                          r"(?:(?:maybe|like|about|around|prob(?:ably)?|roughly|just|only)\s+)?"
                          r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|once|twice|thrice)\s*(?:x|times?|posts?)?\s*"
                          r"(?:(?:a|per|each|every|in\s+a)\s+(?:week|wk)\b|/\s*(?:week|wk|w)\b|weekly\b)?\s*"
                          r"(?P<each>each|both|on\s+each|on\s+both|for\s+each|each\s+one)?"
                          r"\s*(?:(?:a|per|every|in\s+a)\s+(?:week|wk)\b|weekly\b)?"  # "one post on each per week"
                          r"(?:[\s,]+(?:sorry|i\s+guess|i\s+think|lol|pls|please|i\s+am\s+busy|i'?m\s+busy))?[\s.!?]*$)")


_N_ALONE = r"(?:\d{1,2}|one|two|three|four|five|six|seven)"
#: "3 and 2", "actually let's do 3 and 3": a number for each platform said, in their order
_BARE_NUMBERS = re.compile(rf"(?i:^\s*(?:(?:no|nope|sorry|actually|wait|ok|so|and|um+|uh+|hmm+)[\s,.!]+)*"
                           rf"(?:{_PUT})?(?P<nums>{_N_ALONE}(?:\s*(?:,|and|&|/|\+)\s*{_N_ALONE})+)"
                           r"\s*(?:(?:a|per|each|every)\s+(?:week|wk)\b|weekly\b)?[\s.!?]*$)")


def _bare_numbers(reader: BriefReader) -> bool:
    """"3 and 2" after a message that named two platforms: one number each, in their order."""
    platforms = list(reader.brief.platforms)
    m = _BARE_NUMBERS.match(reader.text)
    if m is None or len(platforms) < 2:
        return False
    numbers = [number_value(w) for w in re.findall(rf"(?i:{_N_ALONE})", m.group("nums"))]
    if len(numbers) != len(platforms) or not all(numbers):
        return False
    reader.counts_said = {p: min(n, 21) for p, n in zip(platforms, numbers)}
    reader.claim(0, len(reader.text))
    reader.add(0, "cadence", dict(reader.counts_said))
    return True


def _bare_number(reader: BriefReader) -> None:
    """"3", "4 each", "maybe 3?": a message that is only a number, after a message that
    named the platforms and no cadence yet, says how often to post ("each": on every one)."""
    if not reader.platforms_said or any(e.label == "PLATFORM" for e in reader.entities):
        return
    if reader.cadence_said and not reader.correcting and not re.match(r"(?i:\s*(?:no|nope|sorry|actually|wait)\b)",
                                                                    reader.text):
        return
    if _bare_numbers(reader):
        return
    m = _BARE_NUMBER.match(reader.text)
    if m is None:
        return
    n = number_value(m.group("n")) or {"once": 1, "twice": 2, "thrice": 3}.get(m.group("n").lower())
    platforms = list(reader.brief.platforms)
    if not n or not platforms:
        return
    if len(platforms) == 1:
        reader.counts_said = {platforms[0]: min(n, 21)}
        reader.add(0, "posts_per_week", min(n, 21))
    elif m.group("each"):
        reader.counts_said = {p: min(n, 21) for p in platforms}
        reader.add(0, "cadence", dict(reader.counts_said))
    else:
        reader.add(0, "posts_per_week", min(n, 70))


_EACH_AFTER = re.compile(r"(?i:^\s*[:=-]?\s*(?:(?:maybe|about|around|like|just|only)\s+)?"
                         r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven)\s*(?:x|times?|posts?)?\s*"
                         r"(?:each|both|apiece)\s*(?:(?:a|per|every)\s+(?:week|wk)\b|weekly\b)?[\s.!]*$)")


def _listed_each(reader: BriefReader, platforms: list[Entity]) -> None:
    """"ig n tiktok 4 each", "fb ig 3 each": a message of platforms, then one number for each."""
    text = reader.text
    if not _LONE_BEFORE.match(text[:platforms[0].start]):
        return
    for a, b in zip(platforms, platforms[1:]):
        if not re.fullmatch(r"(?i:\s*(?:,|&|\+|/|and|n|or)?\s*)", text[a.end:b.start]):
            return
    m = _EACH_AFTER.match(text[platforms[-1].end:])
    n = number_value(m.group("n")) if m else None
    if not n:
        return
    reader.counts_said = {p.id: min(n, 21) for p in platforms}
    reader.add(platforms[0].start, "cadence", dict(reader.counts_said))


def _extract_cadence(reader: BriefReader) -> None:
    """Cadences, each bound to the platforms said right after or right before it."""
    chosen = _cadence_matches(reader)
    text = reader.text
    platforms = sorted((e for e in reader.entities if e.label == "PLATFORM"
                        and not reader.is_claimed(e.start, e.end)), key=lambda e: e.start)
    _occasional(reader, platforms)
    paired = cadence_lists.respectively(reader, platforms) or cadence_lists.numbers_before(reader, platforms) \
        or cadence_lists.numbers_beside(reader, platforms) or cadence_lists.each_after_list(reader, platforms) \
        or cadence_lists.paired_counts(reader, platforms)
    if paired:  # "ig and yt, 3 and 1", "ig 3x, tt 3x, pinterest 1x a week"
        for platform in platforms:  # "tiktok 4x week, ig 2x, threads 2x": the first said in full
            if platform.id in paired:
                continue
            for start, _end, value in chosen:
                if start >= platform.end and _BEFORE_GAP.fullmatch(text[platform.end:start]):
                    paired = {**paired, platform.id: min(value, 21)}
                    break
        paired = {p.id: paired[p.id] for p in platforms if p.id in paired} | paired
        reader.add(platforms[0].start, "cadence", paired)
        return
    if not chosen:
        _said_again(reader, platforms)
        return
    # a platform right after a cadence ("3x a week on TikTok") starts its chain of platforms
    first_after: dict[int, Entity | None] = {}
    for i, (start, end, _value) in enumerate(chosen):
        following = next((p for p in platforms if p.start >= end), None)
        fits = following is not None and _AFTER_GAP.fullmatch(text[end:following.start]) is not None
        if fits and not text[end:following.start].strip() and _paired_both_sides(
                text, chosen, platforms, i, start, following):
            fits = False  # "instagram 3x week tiktok daily": each platform has its own
        first_after[i] = following if fits else None
    # else one right before it ("TikTok 3x a week")
    bound: dict[int, int] = {}  # platform start -> cadence index
    for i, (start, _end, _value) in enumerate(chosen):
        if first_after[i] is not None:
            continue
        before = next((p for p in reversed(platforms) if p.end <= start), None)
        if (before is not None and _BEFORE_GAP.fullmatch(text[before.end:start])
                and before.start not in bound):
            bound[before.start] = i
    assigned: dict[int, list[str]] = {i: [] for i in range(len(chosen))}
    for platform_start, i in bound.items():
        platform = next(p for p in platforms if p.start == platform_start)
        assigned[i].append(platform.id)
    for i, first in first_after.items():
        if first is None or first.start in bound:
            continue
        chain = [first]
        for platform in platforms:
            if platform.start <= chain[-1].start:
                continue
            if platform.start in bound or not CHAIN_GAP.fullmatch(text[chain[-1].end:platform.start]):
                break
            if any(c[0] >= chain[-1].end and c[0] < platform.start for c in chosen):
                break
            chain.append(platform)
        assigned[i] += [p.id for p in chain if p.id not in assigned[i]]
    for i, (start, end, _value) in enumerate(chosen):
        # "we've dabbled with Instagram … we'd like four posts a week there"
        if not assigned[i] and re.match(r"(?i:\s+(?:on\s+)?there\b)", text[end:end + 12]):
            before = [p for p in platforms if start - 300 < p.end <= start]
            if before:
                assigned[i] = [before[-1].id]
    for i, (start, end, _value) in enumerate(chosen):
        unit = re.search(r"(?i:\b(pin|tiktok)s?\b)", text[start:end])
        if not assigned[i] and unit:  # "3 pins a week"
            assigned[i] = [_UNIT_PLATFORM[unit.group(1).lower()]]
    _each_before(reader, chosen, assigned, platforms)
    cadence_lists.interleaved(reader, chosen, assigned, platforms)
    _elliptical(reader, chosen, assigned, platforms)
    _add_cadence(reader, chosen, assigned)


def _paired_both_sides(text: str, chosen, platforms: list[Entity], i: int, start: int,
                       following: Entity) -> bool:
    """Whether a cadence has a platform right before it and the platform right after it
    has a cadence of its own right after that: "instagram 3x week tiktok daily"."""
    before = next((p for p in reversed(platforms) if p.end <= start), None)
    nxt = chosen[i + 1] if i + 1 < len(chosen) else None
    return before is not None and _BEFORE_GAP.fullmatch(text[before.end:start]) is not None \
        and nxt is not None and _BEFORE_GAP.fullmatch(text[following.end:nxt[0]]) is not None


#: a platform posted to when there is time: "tiktok when i can", "X occasionally"
_OCCASIONAL = re.compile(r"(?i:^\s*,?\s*(?:(?:only|just)\s+)?(?:when(?:ever)?\s+(?:i|we)\s+(?:can|have\s+time|"
                         r"remember|feel\s+like\s+it)|occasionally|sometimes|now\s+and\s+then|"
                         r"every\s+(?:now\s+and\s+then|so\s+often)|here\s+and\s+there|rarely|ad[- ]hoc|"
                         r"once\s+in\s+a\s+while|if\s+(?:i|we)\s+have\s+time)\b)")
#: "… and sometimes Instagram", "the odd facebook post": now and then, said before the platform
_OCCASIONAL_BEFORE = re.compile(r"(?i:\b(?:sometimes|occasionally|now\s+and\s+then|the\s+odd|every\s+so\s+often|"
                                r"rarely)\s+(?:on\s+|post\s+(?:on\s+)?|use\s+)?$)")
#: "and fb once", "instagram 2x": how often, with no unit, in a message after a cadence
_BARE_N = re.compile(r"(?i:^\s*,?\s*(?:(?:about|around|maybe|like|just|only)\s+)?(?P<n>once|twice|thrice|"
                     r"\d{1,2}\s*(?:x|times)|(?:one|two|three|four|five)\s+times)\b(?!\s*(?:a|per|every|each)\s+"
                     r"(?:day|month)\b))")


_N_ON = re.compile(r"(?i:(?:^|[\s,])(?P<n>once|twice|thrice|\d{1,2}(?:\s*(?:x|times|posts?))?|"
                   r"(?:one|two|three|four|five|six|seven)(?:\s+(?:times|posts?))?)\s+(?:on|for)\s+$)")


def _occasional(reader: BriefReader, platforms: list[Entity]) -> None:
    """Platforms posted to now and then: the cadence the seller gives the others stands."""
    ids = [p.id for p in platforms if _OCCASIONAL.match(reader.text[p.end:p.end + 40])
           or _OCCASIONAL_BEFORE.search(reader.text[max(0, p.start - 30):p.start])]
    if ids:
        reader.add(platforms[0].start, "occasional", ids)


def _said_again(reader: BriefReader, platforms: list[Entity]) -> None:
    """"we post on insta 3 times a week", then "and fb once": the second platform's
    cadence, in the unit of the first; with no cadence said before, only "Nx" or "N times"
    after each platform named ("instagram 3x, facebook 2x"), which a week is meant by."""
    pairs: dict[str, int] = {}
    for platform in platforms:
        m = _BARE_N.match(reader.text[platform.end:platform.end + 30])
        if m is None and reader.cadence_said:  # "5 on tiktok and 2 on instagram": the number first
            m = _N_ON.search(reader.text[max(0, platform.start - 24):platform.start])
        if m is None or not (reader.cadence_said or re.search(r"(?i:\d\s*x|times)$", m.group("n"))):
            continue
        word = re.sub(r"\s*(?:x|times|posts?)$", "", m.group("n").lower()).strip()
        n = number_value(word) or {"once": 1, "twice": 2, "thrice": 3}.get(word)
        if n:
            pairs[platform.id] = min(n, 21)
    if len(pairs) == 1 and not reader.cadence_said:
        reader.counts_said = dict(pairs)
        reader.add(platforms[0].start, "posts_per_week", next(iter(pairs.values())))
    elif pairs:
        reader.add(platforms[0].start, "cadence", _with_the_brief(reader, pairs))


def _with_the_brief(reader: BriefReader, pairs: dict[str, int]) -> dict[str, int]:
    """A cadence for a new platform, when the brief's one platform has a cadence said
    before: both, per platform ("instagram 3x a week" then "tiktok as well, twice a week")."""
    brief = reader.brief
    if (reader.cadence_said and reader.platforms_said and not brief.cadence
            and len(brief.platforms) == 1 and brief.platforms[0] not in pairs):
        return {brief.platforms[0]: brief.posts_per_week, **pairs}
    return pairs


def _each_before(reader: BriefReader, chosen, assigned, platforms: list[Entity]) -> None:
    """"Facebook, Instagram and YouTube, twice a week each": every platform of the list
    before the cadence gets it."""
    text = reader.text
    for i, (start, end, _value) in enumerate(chosen):
        if not re.search(r"(?i:\beach\b)", text[start:end + 8]):
            continue
        if not assigned[i] and not platforms and len(reader.brief.platforms) >= 2:
            assigned[i] = list(reader.brief.platforms)  # "about once a week each", after naming them
            continue
        if len(assigned[i]) == 1 and reader.platforms_said and reader.brief.platforms and re.match(
                r"(?i:\s*(?:and|also|plus|&)\b)", text):  # "and pinterest, twice a week each"
            assigned[i] = list(dict.fromkeys(list(reader.brief.platforms) + assigned[i]))
            continue
        if len(assigned[i]) != 1:
            continue
        before = [p for p in platforms if p.end <= start]
        chain = [p for p in before if p.id == assigned[i][0]][-1:]
        for platform in reversed(before):
            if chain and platform.end <= chain[0].start and CHAIN_GAP.fullmatch(
                    text[platform.end:chain[0].start]):
                chain.insert(0, platform)
        assigned[i] = list(dict.fromkeys(p.id for p in chain))


_N = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|once|twice|thrice)"
#: "… 3 times a week on LinkedIn and twice on Instagram"
_AND_ON = re.compile(rf"(?i:^\s*(?:,\s*)?(?:(?:and|plus)\s+|[+&]\s*)?(?:(?:like|maybe|about|around|just|only|prob(?:ably)?)\s+)?"
                     rf"{_N}(?:\s*(?:x|times))?\s+(?:on|for)\s+$)")
#: "TikTok 5 times a week, Instagram 3"
#: "ig reels (same videos so also 5)": a bare number in brackets after a platform
_PAREN_N = re.compile(rf"(?i:^\s*\([^()\d]{{0,30}}?\b(?:also|so|say|about|around|too)?\s*{_N}\s*\))")
_PLATFORM_N = re.compile(rf"(?i:^\s*:?\s*(?:(?:maybe|about|around|like|just|only|roughly)\s+)?{_N}(?:\s*(?:x|times)\b|\b)"
                         r"(?!\s*(?:%|x\b|times|posts?|am|pm|weeks?|days?|months?|years?|yrs?|hours?|hrs?|mins?|"
                         r"followers|k\b|/|:|a\s|per\b|every\b)))")


#: "… and 2 insta posts": the number before the platform, its unit after
_N_BEFORE = re.compile(rf"(?i:^\s*(?:,\s*)?(?:and\s+|plus\s+)?{_N}\s+$)")
#: units that name their platform: "3 pins a week" are on Pinterest
_UNIT_PLATFORM = {"pin": "pinterest", "tiktok": "tiktok"}
#: between one platform's cadence and the next platform ("…twice a week and facebook once")
_LIST_GAP = re.compile(r"(?i:\s*\)?\s*(?:(?:please|pls|plz|ideally|max|tops)\s*)?(?:,|and|&|\+|\.)\s*(?:and\s+)?"
                       # "… and I guess Instagram once", "… and I'm trying threads 2x"
                       r"(?:(?:i|we)\s+(?:guess|think|suppose)\s+|(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:also\s+)?"
                       r"(?:trying|testing|adding|starting)(?:\s+out)?\s+)?"
                       r"(?:(?:maybe|also|plus|then|prob(?:ably)?)\s+)?(?:on\s+)?)")


def _elliptical(reader: BriefReader, chosen, assigned, platforms: list[Entity]) -> None:
    """A second cadence said without its unit, after one said in full."""
    if not chosen or not any(assigned.values()):
        return
    text = reader.text
    taken = {p for ids in assigned.values() for p in ids}
    for platform in platforms:
        if platform.id in taken:
            continue
        previous = [(i, c) for i, c in enumerate(chosen) if c[1] <= platform.start and assigned[i]]
        if not previous:
            continue
        i, (_start, end, _value) = previous[-1]
        gap_start = max([end] + [p.end for p in platforms if p.id in assigned[i] and p.end <= platform.start])
        m = _AND_ON.match(text[gap_start:platform.start])
        if m is None and re.match(r"(?i:\s*(?:posts?|reels?|videos?|stories|pins?|tiktoks?)\b)",
                                  text[platform.end:platform.end + 12]):
            m = _N_BEFORE.match(text[gap_start:platform.start])  # "… and 2 insta posts"
        if m is None:
            m = _PLATFORM_N.match(text[platform.end:platform.end + 20]) or _PAREN_N.match(
                text[platform.end:platform.end + 40])
            if m is None or not _LIST_GAP.fullmatch(text[gap_start:platform.start]):
                continue
        n = number_value(m.group("n")) or {"once": 1, "twice": 2, "thrice": 3}.get(m.group("n").lower())
        if n:
            chosen.append((platform.start, platform.end, n))
            assigned[len(chosen) - 1] = [platform.id]
            taken.add(platform.id)


def _cadence_matches(reader: BriefReader) -> list[tuple[int, int, int]]:
    """(start, end, posts a week) of each cadence said, the longest of overlapping ones, in order."""
    found: list[tuple[int, int, int]] = []
    for pattern, kind in _CADENCE_PATTERNS:
        for m in pattern.finditer(reader.text):
            value = cadence_value(m, kind)
            if value is None:
                continue
            if reader.is_claimed(m.start(), m.end()) or _a_price(reader.text, m):
                continue
            if kind == "daily" and m.group()[:1].isupper() and re.match(r"\s+[A-Z]", reader.text[m.end():]):
                continue  # "Daily Crumb" is a name
            if _of_something_else(reader, m, kind):
                continue  # "weekly or biweekly cleans", "open 8am to 9pm every day": not posts
            if kind in ("day_named", "weekly_bare") and not _about_posting(reader, m.start()):
                continue  # "markets on saturdays", "closed mondays": not when posts go out
            if kind == "daily" and not _about_posting(reader, m.start()) and _about_offer(reader, m.start()):
                continue  # "each day a different product 30% off": the sale's days, not posts
            if value <= 0:
                reader.add(m.start(), "note", "a plan needs at least one post a week; "
                                              "the cadence is unchanged")
                continue
            if kind == "once_month" or kind == "weekly" and re.search(
                    r"(?i:fortnight|two\s+weeks|2\s+weeks|other\s+week|bi-?weekly)", m.group()):
                # (chat test 37: "youtube is once every two weeks" answered "(as before)")
                reader.add(m.start(), "note", f"“{' '.join(m.group().split())}” is planned as once "
                                              "a week: a plan has at least one post a week on "
                                              "each platform (delete the posts you skip)")
            found.append((m.start(), m.end(), value))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen: list[tuple[int, int, int]] = []
    for candidate in found:
        if not any(candidate[0] < c[1] and c[0] < candidate[1] for c in chosen):
            chosen.append(candidate)
    chosen.sort()
    return chosen


#: a currency right before or after a number: "$8/month", "8€ a month", "EUR 8 per month"
_CURRENCY_BEFORE = re.compile(r"(?i:(?:[$£€¥₹₦₱₩₺₽₫₴₪]|\b(?:eur|usd|gbp|cad|aud|nzd|chf|sek|nok|dkk|kr|rs|inr|zar))\s?$)")
_CURRENCY_AFTER = re.compile(r"(?i:^\s?(?:[$£€¥₹₦₱₩₺₽₫₴₪]|(?:eur|usd|gbp|kr|chf|bucks|dollars?|pounds?|euros?|quid)\b))")


def _a_price(text: str, m: re.Match[str]) -> bool:
    """Whether a cadence match's number is a price ("$8/month", "10€ a week", "2 for $30")."""
    start = m.start("n") if "n" in m.re.groupindex and m.group("n") else m.start()
    end = m.end("n") if "n" in m.re.groupindex and m.group("n") else m.start()
    return bool(_CURRENCY_BEFORE.search(text[max(0, start - 5):start])
                or _CURRENCY_AFTER.match(text[end:end + 8])
                # "premium is 4.99 a month": the number after a decimal point is part of a
                # price (it was read as 99 posts a month, so 23 a week)
                or re.search(r"\d[.,]$", text[max(0, start - 2):start]))


#: words a clause about how often one posts may hold besides the count itself ("i try to do
#: about 3 a week", "usually twice a week tbh")
_CADENCE_FILLER = {
    "i", "we", "me", "us", "it", "so", "and", "or", "but", "then", "try", "to", "do", "aim", "for",
    "manage", "go", "going", "usually", "normally", "generally", "mostly", "mainly", "about", "around",
    "roughly", "maybe", "like", "probably", "prob", "ideally", "at", "least", "most", "max", "only",
    "just", "can", "could", "want", "would", "will", "be", "is", "it's", "its", "that's", "thats", "lets",
    "let's", "say", "make", "ok", "okay", "yes", "yeah", "yep", "no", "nope", "sorry", "actually",
    "wait", "hmm", "um", "uh", "tbh", "lol", "haha", "pls", "please", "a", "the", "currently", "now",
    "right", "realistically", "honestly", "time", "times", "x", "or", "so", "somewhere", "between",
    "plan", "planning", "think", "guess", "ish", "more", "less", "than", "up", "over", "under",
    "something", "also", "too", "as", "well", "then", "same", "ideally", "hopefully", "already",
    "aiming", "trying", "doing", "done", "get", "got", "have", "has", "goal", "target", "well", "oh",
    "ah", "hey", "hi", "thanks", "thx", "cheers", "with", "on", "in", "of", "by", "every", "each", "per",
}


def _of_something_else(reader: BriefReader, m: re.Match[str], kind: str) -> bool:
    """Whether a how-often is how often something else happens: one that names what it is
    the frequency of ("regular weekly or biweekly cleans", "daily walks"), or one said in a
    message with no platform and no word of posting in a clause that holds more than the
    count ("open 8am to 9pm every day", "lessons twice a week"). A clause that is the count
    and nothing more ("3 a week", "about twice a week tbh") is a cadence said on its own."""
    segment = reader.segment_at(m.start())
    if segment is None or _about_posting(reader, m.start()):
        return False
    after = re.match(r"\s+([^\W\d_][\w'-]*)", reader.text[m.end():])
    if after and re.search(r"(?i:(?:weekly|fortnightly|daily|monthly)$)", m.group()) \
            and after.group(1).lower() not in _CADENCE_FILLER and not _POSTING_WORD.fullmatch(after.group(1)) \
            and not any(e.start == m.end() + after.start(1) for e in reader.entities) \
            and after.group(1).lower() not in ("and", "or", "basis", "ish", "tops", "max", "posting", "both",
                                               "apiece", "there", "here", "across", "everywhere"):
        return True  # "weekly cleans": the cleans' frequency
    if any(e.label == "PLATFORM" for e in reader.entities) or _POSTING_WORD.search(reader.text) or re.search(
            r"(?i:\b(?:content|cadence|frequency|schedule|post|total|both|each)\b)", reader.text):
        return False
    if kind not in _UNCOUNTED and (reader.platforms_said or reader.cadence_said):
        return False  # "4x a week is plenty", after the platforms: a count goes on with them
    rest = reader.text[segment.start:m.start()] + " " + reader.text[m.end():segment.end]
    words = re.findall(r"[^\W\d_][\w'-]*", rest.lower())
    return any(w not in _CADENCE_FILLER for w in words)


#: how often said with no count of anything: "every day", "weekdays", "weekly"
_UNCOUNTED = {"daily", "weekdays", "weekends", "other_day", "every_n_days", "daily_except", "weekly",
              "weekly_bare", "once_month", "day_named", "weekdays_named"}


#: a word of posting: "post", "reels", "uploading"
_POSTING_WORD = re.compile(r"(?i:\b(?:post|posts|posting|posted|upload\w*|reels?|videos?|tiktoks?|stories|pins?|"
                           r"carousels?|shorts|updates?)\b)")


def _about_offer(reader: BriefReader, pos: int) -> bool:
    """Whether the clause at ``pos`` is about an offer (a discount or a code in it)."""
    segment = reader.segment_at(pos)
    return segment is not None and (reader.has_code_in(segment) or bool(reader.entities_in(segment, "DISCOUNT")))


def _about_posting(reader: BriefReader, pos: int) -> bool:
    """Whether the clause at ``pos`` is about posting: a platform or a posting word in it."""
    segment = reader.segment_at(pos)
    if segment is None:
        return False
    return bool(reader.entities_in(segment, "PLATFORM")) or re.search(
        r"(?i:\b(?:post|posts|posting|upload\w*|reels?|videos?|tiktoks?|stories|pins?)\b)",
        segment.text) is not None


def _only_later_uncounted(reader: BriefReader, pairs: dict[str, int],
                          chosen: list[tuple[int, int, int]]) -> bool:
    """Whether the one count said went with the platform named right before it, and every
    platform without a count is named after that count ("ig 3 times a week and tiktok")."""
    (platform_id,) = pairs
    platforms = [e for e in reader.entities if e.label == "PLATFORM"]
    counted = [e for e in platforms if e.id == platform_id]
    others = [e for e in platforms if e.id != platform_id]
    end = chosen[0][1]
    return bool(counted and others) and counted[0].end <= chosen[0][0] \
        and _BEFORE_GAP.fullmatch(reader.text[counted[0].end:chosen[0][0]]) is not None \
        and all(e.start >= end for e in others)


def _add_cadence(reader: BriefReader, chosen: list[tuple[int, int, int]],
                 assigned: dict[int, list[str]]) -> None:
    """One platform per cadence (or "each"): a per-platform pair; otherwise a total."""
    pairs: dict[str, int] = {}
    totals: list[tuple[int, int]] = []
    first_start = chosen[0][0]
    for i, (start, end, value) in enumerate(chosen):
        platform_ids = assigned[i]
        near = reader.text[max(0, start - 12):min(len(reader.text), end + 60)]
        if len(platform_ids) == 1 or (len(platform_ids) > 1
                                      and re.search(r"(?i:\beach\b|\bevery\s+platform\b|\bboth\b)", near)):
            for platform_id in platform_ids:
                pairs[platform_id] = min(value, 21)
            if value > 21:
                reader.add(start, "note", f"{value} posts a week is more than one platform takes; "
                                          "using 21 (three a day)")
        else:
            if value > 70:
                reader.add(start, "note", f"{value} posts a week is more than a plan holds; using 70")
            totals.append((start, value))
    named = {e.id for e in reader.entities if e.label == "PLATFORM"}
    unnamed = [p for p in pairs if p not in named and p not in reader.brief.platforms]
    if unnamed:  # "3 pins a week": Pinterest, named by its posts
        reader.add(first_start, "platforms", unnamed, mode="add")
    if pairs and not totals:
        pairs = _with_the_brief(reader, pairs)
    if len(pairs) >= 2 or (pairs and reader.brief.cadence):
        reader.add(first_start, "cadence", pairs)
    elif pairs and not totals:
        if not named - set(pairs) or _only_later_uncounted(reader, pairs, chosen):
            # "instagram and facebook, 4 a week": the list's total, no one platform's; but
            # "ig 3 times a week and tiktok": Instagram's 3, TikTok's number still to come
            reader.counts_said = {p: min(n, 21) for p, n in pairs.items()}
        reader.add(first_start, "posts_per_week", min(next(iter(pairs.values())), 70))
    elif totals:
        reader.add(totals[-1][0], "posts_per_week", min(totals[-1][1], 70))
