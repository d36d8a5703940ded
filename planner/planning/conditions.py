"""An offer's condition (``[offer] condition``: "on weekdays only", "for new clients only",
"on orders over £40"): said in every post that gives the offer (a long one whole in a
platform's first offer post, then "Conditions apply" there), and a condition on the day
("weekdays only", "weekends only") keeps the offer's last call off a day it cannot be used.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import Brief

_WEEKDAYS = re.compile(r"(?i)\b(?:week\s*days?|mon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?)\b")
_WEEKENDS = re.compile(r"(?i)\bweekends?\b|\bsat(?:urday)?\s*(?:and|&|-|–|to)\s*sun(?:day)?\b")
#: a condition that begins as a phrase after "valid" reads as it is
_PREPOSITION = re.compile(r"(?i)^(?:on|for|at|with|when|if|in|to|from|until|before|after|over|"
                          r"only|during|between)\b")


def allowed_day(brief: Brief, day: dt.date) -> bool:
    """Whether the offer can be used on ``day``: its condition names weekdays (Monday to
    Friday) or weekends, or says nothing of days (every day)."""
    condition = brief.offer.condition if brief.offer else ""
    if not condition:
        return True
    if _WEEKDAYS.search(condition) and not _WEEKENDS.search(condition):
        return day.weekday() < 5
    if _WEEKENDS.search(condition) and not _WEEKDAYS.search(condition):
        return day.weekday() >= 5
    return True


#: platforms read at work: nobody there sees a post on a Saturday or a Sunday
_WORKDAY_PLATFORMS = ("linkedin",)


def workdays_only(brief: Brief, platform: str) -> bool:
    """Whether ``platform``'s posts go out on working days only: LinkedIn, and every
    platform of a business that sells to businesses (``b2b``), whose buyers read at work."""
    return bool(platform) and (platform in _WORKDAY_PLATFORMS or bool(brief.facts.b2b))


def last_call_days(brief: Brief, platform: str = "") -> tuple[dt.date, ...]:
    """The days of the offer's last call, latest first: its last two days (the end and the
    day before), or for an offer with a day condition the last two days on or before its end
    that the condition allows (a weekday-only offer ending on a Sunday: Friday and Thursday).
    On a ``platform`` read on working days only (:func:`workdays_only`) the last two working
    days on or before the end (blind read 28: LinkedIn's "last 48 hours" on a Sunday).
    Empty without an end."""
    offer = brief.offer
    if offer is None or offer.ends is None:
        return ()
    work = workdays_only(brief, platform)
    days: list[dt.date] = []
    day = offer.ends
    while len(days) < 2 and (offer.starts is None or day >= offer.starts) and \
            (offer.ends - day).days < 7:
        if allowed_day(brief, day) and not (work and day.weekday() >= 5):
            days.append(day)
        day -= dt.timedelta(days=1)
    return tuple(days)


def is_last_call_day(brief: Brief, day: dt.date, platform: str = "") -> bool:
    """Whether ``day`` is one of the offer's last-call days (:func:`last_call_days`), on
    ``platform`` where one is named."""
    return day in last_call_days(brief, platform)


#: the condition said in turn, each offer post in a wording the last did not use (blind
#: read 18: "minimum 2 nights" in the same sentence in seven posts); {0} the phrase after
#: "valid" ("on weekdays only"), {1} a bare condition ("no refunds on sale items")
_VALID = ("The offer is valid {0}.", "Valid {0}.", "It's valid {0}.",
          "The small print: it's valid {0}.", "One condition: it's valid {0}.",
          "Please note, it's valid {0}.")
_TERMS = ("Terms: {1}.", "The small print: {1}.", "One condition: {1}.", "Please note: {1}.")


def condition_lines(condition: str) -> tuple[str, ...]:
    """Every wording of the condition as a sentence of its own, the first the plain one: "on
    weekdays only" -> "The offer is valid on weekdays only.", "Valid on weekdays only.", …;
    "first order only" -> "The offer is valid on your first order only.", …; "new clients
    only" -> "The offer is valid for new clients only.", …"""
    said = " ".join(condition.split()).rstrip(" .;,")
    if not said:
        return ()
    if re.match(r"(?i)^(?:your\s+)?first\b", said):
        said = "on " + (said if said.lower().startswith("your") else "your " + said)
    elif re.match(r"(?i)^(?:new|first[- ]time|returning|existing)\b", said):
        said = "for " + said
    elif re.match(r"(?i)^(?:orders?|bookings?|purchases?|baskets?|weekdays?|weekends?)\b", said):
        said = "on " + said
    elif not _PREPOSITION.match(said):
        bare = said[:1].lower() + said[1:] if said[1:2].islower() else said
        return tuple(w.format("", bare) for w in _TERMS)
    return tuple(w.format(said, "") for w in _VALID)


def condition_line(condition: str, said_before: tuple[str, ...] = ()) -> str:
    """The condition as a sentence of its own (:func:`condition_lines`): the wording the
    posts in ``said_before`` used least, the plain one first."""
    lines = condition_lines(condition)
    if not lines:
        return ""
    texts = [_plain(t) for t in said_before]

    def used(wording: str) -> int:
        # a sentence of its own in a post, whatever the register made of it ("It is valid…")
        said = re.compile(r"(?:^|[\n.!?]\s*)" + re.escape(_plain(wording)))
        return sum(bool(said.search(t)) for t in texts)

    return min(lines, key=lambda w: (used(w), lines.index(w)))


#: a condition of more words than this is small print: said whole in the first post that gives
#: the offer on a platform, and in that platform's later offer posts as "conditions apply"
#: (blind read 28: "valid for first fittings booked in January for weddings between April and
#: June 2027" in seven posts); a shorter one ("on weekdays only") is said every time
LONG_CONDITION_WORDS = 6
#: the short form, in turn: that there are terms and where to ask, never a part of them (a
#: part said alone is another claim: "for first fittings booked in January" drops the weddings)
_SHORT = ("Conditions apply: ask us for the details.",
          "Some conditions apply, so ask us if you're not sure.",
          "Conditions apply, as in our first post about it: ask us if in doubt.",
          "The usual conditions apply, and we're happy to explain them.",
          "Conditions apply: a quick message to us clears up any doubt.",
          "As before, some conditions apply: just ask us.")
_SHORT_SAID = re.compile(r"(?i)\bconditions apply\b")


def is_long_condition(condition: str) -> bool:
    """Whether ``condition`` is small print said whole once a platform (LONG_CONDITION_WORDS)."""
    return len(condition.split()) > LONG_CONDITION_WORDS


def short_condition_line(said_before: tuple[str, ...] = ()) -> str:
    """The short form of a long condition, the wording the posts in ``said_before`` used least."""
    texts = [_plain(t) for t in said_before]
    return min(_SHORT, key=lambda w: (sum(_plain(w) in t for t in texts), _SHORT.index(w)))


def _plain(text: str) -> str:
    """``text`` in lower case with its contractions spelt out, as a formal register writes them."""
    text = text.lower().replace("’", "'")
    return re.sub(r"\b(it|that|there|here)'s\b", r"\1 is", text)


def said_condition(text: str, condition: str) -> bool:
    """Whether a post already says the condition (its words, or the sentence of ours)."""
    if not condition:
        return True
    words = {w for w in re.findall(r"[a-z£$€\d]{3,}", condition.lower())
             if w not in {"only", "the", "your", "for", "and", "monday", "friday", "saturday",
                          "sunday", "valid"}}
    low = text.lower()
    return bool(words) and all(w in low for w in words)


#: a line that tells a referral reward, not the offer: the condition never follows it
_REFERRAL_LINE = re.compile(r"(?i)\b(?:refer(?:s|red|ral)?|recommend\w*|invite link|your friend|a friend)\b")


def with_condition(text: str, cta: str, condition: str, code: str, discount: str,
                   said_before: tuple[str, ...] = (), said_here: tuple[str, ...] | None = None,
                   formal: bool = False) -> str:
    """The post with the offer's condition said after the line that gives the code or the
    discount (or before the call to action), unless it says it already; in the wording the
    posts in ``said_before`` used least (:func:`condition_line`). A long condition
    (:func:`is_long_condition`) one of the posts ``said_here`` (the platform's earlier posts)
    said whole is said short: "Conditions apply: ask us for the details."; with ``formal``,
    its contractions spelt out ("One condition: it is valid…")."""
    if not condition or said_condition(text, condition) or _SHORT_SAID.search(text):
        return text
    if said_here is not None and is_long_condition(condition) and \
            any(said_condition(t, condition) for t in said_here):
        line = short_condition_line(said_before)
    else:
        line = condition_line(condition, said_before)
    if not line:
        return text
    if formal:
        line = re.sub(r"\b([Ii]t|[Tt]hat|[Tt]here)['’]s\b", r"\1 is", line)
    body, tail = (text[:-len(cta)], cta) if cta and text.endswith(cta) else (text, "")
    lines = body.split("\n")
    keys = [k.lower() for k in (code, discount) if k]
    at = next((i for i, ln in enumerate(lines) if any(k in ln.lower() for k in keys)), None)
    if at is None:
        stripped = body.rstrip()
        return stripped + "\n" + line + body[len(stripped):] + tail
    # at the end of the offer's own paragraph (a list of "→ What:" lines included)
    # (but never past a referral told in the same paragraph: "And for every colleague you
    # refer: …" then "Valid for new customers only." reads as the referral's terms, read 27)
    while at + 1 < len(lines) and lines[at + 1].strip() and not _REFERRAL_LINE.search(lines[at + 1]):
        at += 1
    lines.insert(at + 1, line)
    return "\n".join(lines) + tail
