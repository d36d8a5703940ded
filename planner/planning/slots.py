"""When posts go out and which stage each serves: slots from cadence and posting times,
stages spread by quota, the offer touched on every platform and in its last days, and
short awareness → consideration → conversion run-ups.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
from typing import Any
from collections.abc import Collection
from dataclasses import dataclass

from planner.domain.brief import Brief
from planner.domain.funnel import STAGES
from planner.domain.platforms import WEEKDAYS, Platform
from planner.planning.conditions import is_last_call_day, last_call_days
from planner.planning.context import THANKS_DAYS, offer_active
from planner.planning.sequencing import GIVEAWAY_REMIND
from planner.planning.needs import GIVEAWAY_OPEN_DAYS, LAUNCH_AFTER_DAYS, LAUNCH_EVE_DAYS
from planner.planning.when import LASTING
from planner.planning.wording import place_said


@dataclass
class Slot:
    date: dt.date
    time: dt.time
    platform: str
    stage: str = ""
    #: a dated moment the slot is kept for: "events" (announce a live), "event_today",
    #: "launch" (tease it), "launch_day" or "offer_over" (thank those who used the offer)
    purpose: str = ""
    #: "tomorrow" or "today": the slot is the day before, or the morning of, a day the
    #: business sells at its market stall (:func:`selling_days`)
    market: str = ""
    #: the brief's event an "events" or "event_today" slot is kept for (two events a few
    #: days apart: the second's announcement may go out before the first has happened)
    event: Any = None


def choose_days(preferred: list[int], others: list[int], n: int,
                busy: Collection[int] = ()) -> list[int]:
    """Pick n day offsets: best days first, but spaced at least two days apart when possible,
    and away from the days in ``busy`` (the days the brand's other platforms post that week,
    blind read 28: three platforms' one post a week each, all on a Monday or a Tuesday):
    first a best day two days from every post of the brand, then two days from the
    platform's own and on a day of its own, then a day of its own, then as before."""
    chosen: list[int] = []

    def apart(o: int, gap: int, also: Collection[int]) -> bool:
        return all(abs(o - c) >= gap for c in (*chosen, *also))

    passes = ((2, busy), (2, ()), (1, ()), (2, None), (1, None)) if busy else ((2, None), (1, None))
    for gap, also in passes:
        for o in preferred:
            if len(chosen) < n and o not in chosen and apart(o, gap, also or ()) \
                    and (also is None or o not in busy):
                chosen.append(o)
    for own in ((o for o in others if o not in busy), others):
        for o in own:
            if len(chosen) < n and o not in chosen:
                chosen.append(o)
    return sorted(chosen)


def weekly_counts(brief: Brief) -> dict[str, int]:
    """Posts per week per platform: the brief's cadence, else the total split round-robin."""
    if brief.cadence:
        counts = {p: brief.cadence.get(p, 0) for p in brief.platforms}
        if sum(counts.values()) > 0:
            return counts
    counts = {p: 0 for p in brief.platforms}
    for i in range(brief.posts_per_week):
        counts[brief.platforms[i % len(brief.platforms)]] += 1
    return counts


_DAY_NAMES = r"(mon|tues|wednes|thurs|fri|satur|sun)days?"
#: a day the business sells in person: "Saturday market", "stall every Sunday", "Friday
#: night pop-up"; the day's name beside the place, a few words apart at most
_SELLING_DAY = re.compile(
    rf"(?i)\b{_DAY_NAMES}\b(?:[\s-]+[\w'’&-]+){{0,3}}?[\s-]+(?:farmers'? )?"
    rf"(?:markets?|stalls?|stands?|fairs?|pop-?ups?|booths?|car ?boot)(?:\s+(?:stands?|stalls?|booths?))?\b"
    rf"|\b(?:markets?|stalls?|stands?|fairs?|pop-?ups?|booths?)\b(?:\s+[\w'’&-]+){{0,5}}?\s+"
    rf"(?:on|every|each)\s+(?:\w+\s+)?{_DAY_NAMES}\b")
#: the time of the post on a selling day's morning, before the stall opens
MARKET_MORNING = "08:00"
#: the time of the day before's post, where the platform has no slot that day
MARKET_EVE = "18:00"


def selling_days(brief: Brief) -> list[int]:
    """The weekdays (0 = Monday) the brief says the business sells in person, from where
    it sells and its description ("Saturday stall at the farmers market")."""
    days: list[int] = []
    for text in (*brief.sells_on, brief.description):
        for m in _SELLING_DAY.finditer(text or ""):
            name = next(g for g in m.groups() if g).lower()
            day = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun").index(name)
            if day not in days:
                days.append(day)
    return days


def selling_place(brief: Brief) -> str:
    """Where the business sells on its market days, as a post says it after "at": the
    place it names in ``sells_on`` ("the Saturday stall at Lawrence Farmers Market"), else
    the words of the description that say it ("the Saturday market")."""
    place = next((p for p in brief.sells_on if _SELLING_DAY.search(p)), "")
    if not place:
        m = _SELLING_DAY.search(brief.description or "")
        place = m.group(0) if m else ""
    return place_said(place.strip()) if place else ""


#: the market day's line, in turn: the first a post of the calendar has not said (``said``)
MARKET_LINES = ("We're at {0} {1}.", "Find us at {0} {1}.", "Come and see us at {0} {1}.",
                "Meet us at {0} {1}.", "You'll find us at {0} {1}.")


def market_line(text: str, cta: str, when: str, place: str,
                told: Collection[str] = frozenset()) -> str:
    """``text`` saying that the business is at its market ``when`` ("today", "tomorrow"):
    in its call to action when that sends people to the place already, else in a line
    before it, in the first wording (MARKET_LINES) no post said, the sentences in ``told``
    (planning/once.py's keys). Unchanged when the post names the place and its day
    already."""
    if not place or not when or re.search(rf"(?i)\b(?:{when}|this morning)\b", text):
        return text
    said = "this morning" if when == "today" else "tomorrow"
    sent = re.search(rf"(?i)\b(find|see|meet) us at {re.escape(place)}", text)
    if sent:
        return text[:sent.end()] + f" {said}" + text[sent.end():]
    place = market_place(place)
    from planner.planning.once import sentence_keys

    told = set(told)
    # (a wording said inside a longer sentence counts: "Shop: find us at … this morning")
    lines = [w.format(place, said) for w in MARKET_LINES]
    line = next((w for w in lines if not any(k in told or any(k in t for t in told)
                                             for k in sentence_keys(w))), lines[0])
    if cta and text.endswith(cta):
        head = text[:-len(cta)].rstrip()
        return f"{head}\n\n{line}\n{cta}" if head else f"{line}\n{cta}"
    return f"{text}\n\n{line}"


def market_place(place: str) -> str:
    """The market's place as said beside "tomorrow" or "this morning": the stall is ours and
    its day goes ("our stall at the Coburg Farmers Market tomorrow", never "the Saturday
    stall at … tomorrow", read 41's tuning set)."""
    return re.sub(rf"(?i)^the\s+{_DAY_NAMES}\s+(?=(?:[\w'’-]+\s+){{0,2}}?(?:stall|stand|booth|"
                  rf"table|pitch|pop-?up)\b)", "our ", place)


def make_slots(brief: Brief, platforms: dict[str, Platform], start: dt.date, weeks: int) -> list[Slot]:
    slots: list[Slot] = []
    counts = weekly_counts(brief)
    market = selling_days(brief)
    #: the days each week the platforms before this one post on
    busy: dict[int, set[int]] = {}
    for week in range(weeks):
        week_start = start + dt.timedelta(days=7 * week)
        for pid in brief.platforms:
            n = counts[pid]
            if n <= 0:
                continue
            plat = platforms[pid]
            # days in the week window, as offsets from week_start, best ones first
            weekday_of = {o: WEEKDAYS[(week_start + dt.timedelta(days=o)).weekday()] for o in range(7)}
            offset_of = {d: o for o, d in weekday_of.items()}
            preferred = [offset_of[d] for d in plat.day_order if plat.times.get(d)]
            others = sorted((o for o in range(7) if o not in preferred),
                            key=lambda o: (weekday_of[o] == "sun", o))
            # a business that sells at a market on given days posts the day before and the
            # morning of (on a platform read that day: a Pin or a video is found for weeks)
            # (both with three posts a week or more; else one, the platforms taking turns)
            sale = [] if pid in LASTING else list(dict.fromkeys(
                o for d in market for o in (offset_of[WEEKDAYS[(d - 1) % 7]], offset_of[WEEKDAYS[d]])))
            if sale and n < 3:
                turn = brief.platforms.index(pid) % 2
                sale = sale[turn::2][:max(1, n - 1)] if n == 2 else sale[turn:turn + 1]
            chosen = sorted(sale + choose_days([o for o in preferred if o not in sale],
                                               [o for o in others if o not in sale], n - len(sale),
                                               busy=busy.setdefault(week, set()) if n == 1 else ()))
            busy.setdefault(week, set()).update(chosen)
            per_day: dict[int, int] = {}
            extra = n - len(chosen)
            days = sorted(chosen + [chosen[i % len(chosen)] for i in range(extra)])
            for o in days:
                day = week_start + dt.timedelta(days=o)
                times = plat.times.get(weekday_of[o]) or ("19:00",)
                if o in sale:
                    on_day = WEEKDAYS.index(weekday_of[o]) in market
                    times = (MARKET_MORNING,) + tuple(t for t in times if t > MARKET_MORNING) \
                        if on_day else (plat.times.get(weekday_of[o]) or (MARKET_EVE,))
                k = per_day.get(o, 0)
                per_day[o] = k + 1
                hh, mm = (times[k] if k < len(times) else _later(times[-1], k)).split(":")
                when = ("today" if WEEKDAYS.index(weekday_of[o]) in market else "tomorrow") \
                    if o in sale and k == 0 else ""
                slots.append(Slot(day, dt.time(int(hh), int(mm)), pid, market=when))
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
    return slots


def market_days(slots: list[Slot], brief: Brief) -> None:
    """Each market slot's day said again from its date, after the slots were moved
    (`spread_days`, the offer's and the moments' own days): "today" on a market day,
    "tomorrow" the day before one, else no market line."""
    days = selling_days(brief)
    for s in slots:
        if s.market:
            weekday = s.date.weekday()
            s.market = "today" if weekday in days else "tomorrow" \
                if (weekday + 1) % 7 in days else ""


def _later(hhmm: str, k: int) -> str:
    h, m = map(int, hhmm.split(":"))
    h = min(22, h + 2 * k)
    return f"{h:02d}:{m:02d}"


def assign_stages(slots: list[Slot], quota: dict[str, int]) -> None:
    """Spread each stage's quota evenly over the slots (largest lag first)."""
    n = len(slots)
    given = {s: 0 for s in STAGES}
    for i, slot in enumerate(slots):
        def lag(s: str) -> float:
            return quota[s] * (i + 1) / n - given[s]
        open_stages = [s for s in STAGES if given[s] < quota[s]]
        stage = max(open_stages, key=lambda s: (lag(s), -STAGES.index(s)))
        slot.stage = stage
        given[stage] += 1


#: how many days a post may move to land in an offer's last 48 hours
_LAST_CALL_REACH = 6
#: an offer this many days long (first day in the plan to last) or more is told early on
#: every platform, even one whose only post in it would be its last call
_OFFER_OPEN_DAYS = 4


def ensure_offer_touch(slots: list[Slot], brief: Brief, end: dt.date | None = None) -> None:
    """A real offer inside the plan gets at least one conversion post while it runs.

    Quotas alone may put every conversion slot after the offer has ended (or give
    conversion no slot at all when past posts were sales-heavy); a social media
    manager would still promote a live offer, so a conversion slot is moved into the
    offer's window, or the last slot in the window becomes one. ``end`` is the plan's last
    day (by default its last slot's): an offer that ends on a Sunday with no post gets its
    last call on the Saturday.
    """
    if brief.offer is None:
        return
    window = [s for s in slots if offer_active(brief, s.date)]
    if not window:
        return
    wanted: list[Slot] = []
    ends = brief.offer.ends
    if ends is not None and ends <= (end or max(s.date for s in slots)):
        for platform in brief.platforms:
            mine = [s for s in window if s.platform == platform]
            calls = last_call_days(brief, platform)
            last_days = [s for s in mine if s.date in calls]
            before = [s for s in mine if calls and s.date < calls[-1]
                      and (ends - s.date).days <= _LAST_CALL_REACH]
            if not last_days and before:
                # no post of this platform in the offer's last 48 hours (the last two days
                # its condition allows): move its latest one before them there, so a
                # last-call reminder goes out; to the earlier of the two when another
                # platform already has the later
                moved = before[-1]
                taken = any(s.date == calls[0] and s.platform != platform for s in slots)
                moved.date = calls[-1] if taken and moved.date < calls[-1] else calls[0]
                last_days = [moved]
            if last_days and not any(s.stage == "conversion" for s in last_days):
                wanted.append(last_days[-1])
        slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
    for platform in brief.platforms:
        mine = [s for s in window if s.platform == platform]
        # followers first hear of the offer before its last call: a platform whose only
        # conversion posts fall in the last 48 hours gets one near the start as well
        early = [s for s in mine if ends is None or (ends - s.date).days > 1]
        if early and not any(s.stage == "conversion" for s in early):
            # ... after a post or two of lead-up when the offer runs from the plan's start
            room = [s for s in early if sum(o.date < s.date for o in slots) >= 2] or early
            wanted.append(room[0] if len(mine) >= 3 else room[-1])
        elif mine and not any(s.stage == "conversion" or s in wanted for s in mine):
            wanted.append(mine[-1])
    for target in wanted:
        if target.stage == "conversion":
            continue
        donors = [s for s in slots if s.stage == "conversion" and s not in window]
        if donors:
            donors[0].stage = target.stage
        target.stage = "conversion"


def build_sequences(slots: list[Slot], brief: Brief) -> dict[int, str]:
    """Multi-touch sequences: awareness, then consideration, then conversion, within a week.

    Shoppers meet a product several times before buying (docs/funnel.md). With an offer,
    the lead-up is built before the first conversion post in the offer's window; without
    one, before the first conversion post of every four weeks. The two slots just before
    that post become awareness and consideration, swapping stages with the nearest
    other slots so the quotas hold. Returns slot index -> sequence id.
    """
    anchors: list[tuple[int, str]] = []
    if brief.offer is not None:
        conv = next((i for i, s in enumerate(slots)
                     if s.stage == "conversion" and offer_active(brief, s.date)), None)
        if conv is not None:
            anchors.append((conv, f"offer-{brief.offer.code or 'sale'}".lower()))
    else:
        # (an ask on a platform that has posted before: a platform's first post says what
        # the business is, and a product's ask there would not be the sequence's)
        met = {i for i, s in enumerate(slots) if any(o.platform == s.platform for o in slots[:i])}
        blocks: dict[int, int] = {}
        for i, s in enumerate(slots):
            if s.stage == "conversion" and i in met:
                blocks.setdefault((s.date - slots[0].date).days // 28, i)
        anchors += [(i, f"product-{n + 1}") for n, i in sorted(blocks.items())]
    tagged: dict[int, str] = {}
    for conv, name in anchors:
        before = [i for i in range(conv - 1, -1, -1)
                  if (slots[conv].date - slots[i].date).days <= 7 and i not in tagged
                  and not slots[i].purpose]
        if len(before) < 2:
            continue
        p1, p2 = before[0], before[1]
        chain = {conv, p1, p2}
        for idx, want in ((p1, "consideration"), (p2, "awareness")):
            if slots[idx].stage == want:
                continue
            donors = sorted((j for j in range(len(slots))
                             if j not in chain and j not in tagged and slots[j].stage == want
                             and not slots[j].purpose),
                            key=lambda j: (abs(j - idx), j))
            if donors:
                slots[donors[0]].stage = slots[idx].stage
            slots[idx].stage = want
        tagged.update({p2: name, p1: name, conv: name})
    return tagged


def ensure_moments(slots: list[Slot], brief: Brief, end: dt.date | None = None) -> None:
    """The offer's opening post first (``open_offer``), then the dated moments
    (``place_moments``), then the offer told early on every platform (``tell_offer_early``).
    ``end`` is the plan's last day (by default its last slot's)."""
    open_offer(slots, brief)
    place_moments(slots, brief, end)
    tell_offer_early(slots, brief)


def tell_offer_early(slots: list[Slot], brief: Brief) -> None:
    """A platform whose only post while the offer runs falls in its last 48 hours has it
    moved to the offer's first day: its followers hear of the offer with days to use it
    (the post says when it ends), not on its last day (read 13: Facebook, posting once a
    week, heard of a week-long offer only the day before it closed). Only for an offer of
    four days or more; a platform with a post earlier in the offer (a launch's day that
    carries the offer line) keeps its last call."""
    offer = brief.offer
    if offer is None or not offer.discount or offer.ends is None:
        return
    window = [s for s in slots if offer_active(brief, s.date)]
    if not window:
        return
    first = max(min(s.date for s in window), offer.starts or min(s.date for s in window))
    if (offer.ends - first).days < _OFFER_OPEN_DAYS:
        return
    for platform in brief.platforms:
        mine = [s for s in window if s.platform == platform]
        if len(mine) != 1 or mine[0].purpose or not is_last_call_day(brief, mine[0].date,
                                                                           platform):
            continue
        # its post of the days just before the offer moves to its first day, where there is
        # one, and the last call stays (read 14: a once-a-week YouTube and Pinterest never
        # reminded of an offer in its last 48 hours); else the one post moves there
        prior = [s for s in slots if s.platform == platform and not s.purpose
                 and 0 < (first - s.date).days <= _LAST_CALL_REACH]
        if prior:
            moved = prior[-1]
            if moved.stage != "conversion":
                donors = [s for s in slots if s.stage == "conversion" and not s.purpose
                          and not offer_active(brief, s.date) and s is not moved]
                if donors:
                    donors[-1].stage = moved.stage
            moved.date, moved.stage = first, "conversion"
            mine[0].stage = "conversion"
            continue
        last = mine[0].date
        mine[0].date = first
        mine[0].stage = "conversion"
        # ... else its post of the days just after the offer takes the last call, where one
        # is free: the week after goes quieter, the offer is reminded of before it closes
        after = [s for s in slots if s.platform == platform and not s.purpose
                 and 0 < (s.date - offer.ends).days <= _LAST_CALL_REACH]
        if after and last != first:
            after[0].date = last
            if after[0].stage != "conversion":
                donors = [s for s in slots if s.stage == "conversion" and not s.purpose
                          and not offer_active(brief, s.date)]
                if donors:
                    donors[-1].stage = after[0].stage
                after[0].stage = "conversion"
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))


def _moment_count(slots: list[Slot]) -> int:
    return sum(1 for s in slots if s.purpose and s.purpose != "offer_open")


def open_offer(slots: list[Slot], brief: Brief) -> None:
    """An offer that starts inside the plan is told on its first posting day, on one platform
    at least, before the dated moments (a launch on every platform, an event's run-up) take
    that week's slots: an offer whose first week says nothing of it has lost its start. The slot kept for it (purpose
    "offer_open") is the one whose keeping costs the moments least (tried on a copy), then
    one already meant for conversion, then the platform that posts most. When every choice
    would cost a launch its day and the launch is that very day, the launch's posts carry
    the offer line instead (plan.py) and no slot is kept."""
    offer = brief.offer
    if offer is None or not offer.discount or offer.starts is None or \
            not slots or offer.starts < slots[0].date:
        return  # an offer already running when the plan starts has no first day to tell
    window = [s for s in slots if offer_active(brief, s.date) and not s.purpose]
    if not window:
        return
    first = min(s.date for s in window)
    if offer.ends is not None and (offer.ends - first).days <= 1:
        return  # the offer's first post is its last call: that has its own slot already
    if any(s.purpose == "offer_open" for s in slots):
        return
    counts = weekly_counts(brief)
    base = copy.deepcopy(slots)
    place_moments(base, brief)
    best: tuple | None = None
    for i, s in enumerate(slots):
        if s.date != first or s.purpose or not offer_active(brief, s.date):
            continue
        trial = copy.deepcopy(slots)
        trial[i].purpose = "offer_open"
        place_moments(trial, brief)
        key = (_moment_count(trial), s.stage == "conversion", counts.get(s.platform, 0),
               -brief.platforms.index(s.platform))
        if best is None or key > best[0]:
            best = (key, s)
    if best is None:
        return
    launch = brief.facts.launch
    if best[0][0] < _moment_count(base) and launch is not None and launch.date == first:
        return  # the launch's posts that day say the offer
    chosen = best[1]
    if chosen.stage != "conversion":
        donors = [s for s in slots if s.stage == "conversion" and not s.purpose
                  and not offer_active(brief, s.date)]
        if donors:
            donors[0].stage = chosen.stage
        chosen.stage = "conversion"
    chosen.purpose = "offer_open"


def place_moments(slots: list[Slot], brief: Brief, end: dt.date | None = None) -> None:
    """Dated moments get their posts on the right day and platform.

    A live or webinar is announced on its own platform in the week before and reminded
    of on the day; a dated launch is teased in the week before and announced on its day;
    an offer that closes inside the plan is followed by a thank-you. A slot is moved to
    the day when none falls on it, and stages are swapped with other slots so the stage
    quotas hold. Slots the offer needs (its conversion posts) are left alone.
    """
    if not slots:
        return
    first, last = slots[0].date, slots[-1].date
    launch = brief.facts.launch
    if launch is not None and launch.date and first <= launch.date <= last:
        # a launch's day first, a fixed date, before an event's announcement (which may go
        # out on another day) takes its slots
        _claim(slots, brief, launch.date, launch.date, "", "awareness", "launch_day",
               move_to=launch.date)
        # every platform says so on the day: a launch told on one is missed on the others,
        # and a platform with no post that day has its nearest one moved there
        for plat in brief.platforms:
            if not any(s.purpose == "launch_day" and s.platform == plat for s in slots):
                _claim(slots, brief, launch.date, launch.date, plat, "awareness", "launch_day",
                       move_to=launch.date, reach=_LAUNCH_MOVE_DAYS) or \
                    _add(slots, brief, plat, launch.date, "awareness", "launch_day")
    # (an event after the plan's last slot but inside its days is still told: its day's post
    # moved or added there, blind read 31: a Saturday event with no post, the week's last
    # slot on its Wednesday)
    plan_end = max(end or last, last)
    for event in sorted(brief.facts.events, key=lambda e: e.when):
        day = event.when.date()
        if not first <= day <= plan_end:
            continue
        plat = event.platform if event.platform in brief.platforms else ""
        claim = functools.partial(_claim, slots, brief, event=event)
        # announced at least two days ahead: an announcement the day before its day's post
        # on the same platform is the same news twice, and a slot the brief's facts could use;
        # about a week ahead where the calendar allows, and an event in person, which people
        # travel to, earlier still on each platform that fits it (blind read 25: an open
        # morning first told two days before, on one platform)
        # (... whatever other event comes first: the slot says which event it is for, so a
        # post before that one's day may announce this one; blind read 27: an open morning two
        # days after a live, told only on its morning)
        lo = day - dt.timedelta(days=_IN_PERSON_LEAD if event.place else 7)
        # (on one platform: an announcement on each took the slots a crowded brief's
        # customers' words needed; every platform says so on the day or the day before)
        # (an event in person, of no platform: on a platform that tells it, never a Pin)
        among = () if plat else tuple(event_platforms(brief, event))
        for p in [plat]:
            claim(lo, day - dt.timedelta(days=4), p, "consideration", "events",
                  earliest=True, among=among) or \
                claim(lo, day - dt.timedelta(days=_ANNOUNCE_GAP), p,
                      "consideration", "events", earliest=True, among=among)
        if not claim(day, day, plat, "consideration", "event_today", move_to=day):
            # no post of its own platform can be that day: another platform says where it is
            claim(day, day, "", "consideration", "event_today")
        # every platform it concerns reminds of it on the day, or the day before (blind read
        # 26: a YouTube live's day with no post anywhere, a webinar's day given to another post)
        concerned = event_platforms(brief, event)
        for other in concerned:
            if not any(s.platform == other and s.purpose in ("event_today", "events")
                       and s.event == event
                       and 0 <= (day - s.date).days <= 1 for s in slots):
                claim(day, day, other, "consideration", "event_today") or \
                    claim(day - dt.timedelta(days=1), day - dt.timedelta(days=1),
                           other, "consideration", "events") or \
                    claim(day, day, other, "consideration", "event_today",
                           move_to=day) or \
                    _add(slots, brief, other, day, "consideration", "event_today", event=event)
        # ... and each of them first tells it about a week ahead, where it has a post then
        # (a platform with one post that week keeps it for the reminder)
        for other in concerned:
            if not any(s.platform == other and s.purpose == "events" and s.event == event
                       and (day - s.date).days >= _ANNOUNCE_GAP for s in slots):
                claim(lo, day - dt.timedelta(days=_ANNOUNCE_GAP), other,
                       "consideration", "events", earliest=True) or \
                    claim(lo - dt.timedelta(days=2),
                           day - dt.timedelta(days=_ANNOUNCE_GAP), other, "consideration",
                           "events", earliest=True)
        # the day's reminder goes out a couple of hours ahead, not as the live starts
        latest = (dt.datetime.combine(day, event.when.time()) - dt.timedelta(hours=2)).time()
        for s in slots:
            if s.date == day and s.purpose == "event_today" and s.time > latest:
                s.time = max(latest, dt.time(7, 0))
    launch = brief.facts.launch
    if launch is not None and launch.date and plan_end < launch.date <= \
            plan_end + dt.timedelta(days=LAUNCH_EVE_DAYS):
        # a launch just after the plan is reminded of in its last days, as near its day as
        # a post can be (the day before, where the plan reaches it): the teaser a week or
        # two earlier is not the last word
        near = min(launch.date - dt.timedelta(days=1), plan_end)
        _claim(slots, brief, max(first, launch.date - dt.timedelta(days=LAUNCH_EVE_DAYS)), near,
               "", "awareness", "launch_eve", move_to=near, reach=_LAUNCH_MOVE_DAYS)
    if launch is not None and launch.date and first <= launch.date <= last:
        # teased in the days before, where a post is seen then (not a Pin or a video found
        # for weeks after; there only when no other platform has a slot)
        fresh = tuple(p for p in brief.platforms if p not in _EVERGREEN)
        _claim(slots, brief, launch.date - dt.timedelta(days=5),
               launch.date - dt.timedelta(days=2), "", "awareness", "launch", among=fresh) or \
            _claim(slots, brief, launch.date - dt.timedelta(days=7),
                   launch.date - dt.timedelta(days=1), "", "awareness", "launch", among=fresh) or \
            _claim(slots, brief, launch.date - dt.timedelta(days=7),
                   launch.date - dt.timedelta(days=1), "", "awareness", "launch")
        # ... and told again a few days after, for the followers who missed its day (blind
        # read 25: nothing followed a launch); a day or a week after where no slot is free
        if FOLLOW_UP and launch.date < last:
            after = lambda n: min(last, launch.date + dt.timedelta(days=n))  # noqa: E731
            _claim(slots, brief, after(2), after(5), "", "awareness", "launch_after",
                   earliest=True, among=fresh) or \
                _claim(slots, brief, after(1), after(LAUNCH_AFTER_DAYS), "", "awareness",
                       "launch_after", earliest=True, among=fresh) or \
                _claim(slots, brief, after(1), after(LAUNCH_AFTER_DAYS), "", "awareness",
                       "launch_after", earliest=True) or \
                _claim(slots, brief, after(2), after(2) - dt.timedelta(days=1), "", "awareness",
                       "launch_after", move_to=after(min(2, LAUNCH_AFTER_DAYS)), among=fresh) or \
                _claim(slots, brief, after(LAUNCH_AFTER_DAYS), after(LAUNCH_AFTER_DAYS) -
                       dt.timedelta(days=1), "", "awareness", "launch_after",
                       move_to=after(LAUNCH_AFTER_DAYS), among=fresh)
    giveaway_slots(slots, brief, first, last)
    offer = brief.offer
    if offer is not None and offer.discount and offer.ends:
        _claim(slots, brief, offer.ends + dt.timedelta(days=1),
               offer.ends + dt.timedelta(days=THANKS_DAYS), "", "loyalty", "offer_over",
               earliest=True)


#: a giveaway opens on all its platforms within this many days of its first opening post
GIVEAWAY_SPREAD = 3


def giveaway_slots(slots: list[Slot], brief: Brief, first: dt.date, last: dt.date) -> None:
    """Slots kept for the brief's giveaway: it opens on every platform it runs on within a
    few days (GIVEAWAY_SPREAD), is reminded of 1-3 days before entries close on each platform
    that opened it, and its winner is announced on every platform that ran it (blind read
    20: opened on Instagram on the 6th, on Facebook only on the 18th, its winner on one)."""
    ends = brief.giveaway_ends
    if not brief.giveaway or ends is None or not first <= ends <= last:
        return
    fits = [p for p in brief.platforms if p in GIVEAWAY_PLATFORMS]
    lo, hi = ends - dt.timedelta(days=GIVEAWAY_REMIND[1]), ends - dt.timedelta(days=GIVEAWAY_REMIND[0])
    day = lambda n: max(first, ends - dt.timedelta(days=n))  # noqa: E731
    # (not on a platform with one post in the fortnight before it closes, unless it is the
    # only one: its one post there would be the giveaway and nothing else)
    busy = [p for p in fits if sum(s.platform == p and day(GIVEAWAY_OPENS) <= s.date <= ends
                                   for s in slots) >= 2] or fits[:1]
    # the winner is announced on every platform where it runs: on the draw day the brief
    # gives (or in the days after, when no slot can move there); without one, in the days
    # after entries close, on the platform's first post then (moved the day after where it
    # has none); kept before its reminders
    draw = brief.giveaway_draw
    won = draw or ends + dt.timedelta(days=1)
    after = min(last, won + dt.timedelta(days=THANKS_DAYS - 1))
    for p in busy if won <= last else ():
        if draw is None and _claim(slots, brief, won, after, p, "loyalty", "giveaway_over",
                                   earliest=True):
            continue
        # a platform whose draw day already carries another moment (a launch's day, a live's)
        # tells the winner in the days after: the two on one day bunched a week's posts there
        # (blind read 29: six of a week's eight posts on a launch's Monday)
        nxt = won + dt.timedelta(days=1)
        if nxt <= after and any(s.platform == p and s.date == won and s.purpose in ("launch_day", "event_today")
                                for s in slots) and \
                (_claim(slots, brief, nxt, after, p, "loyalty", "giveaway_over", earliest=True)
                 or _claim(slots, brief, nxt, nxt, p, "loyalty", "giveaway_over", move_to=nxt)):
            continue
        _claim(slots, brief, won, won, p, "loyalty", "giveaway_over", move_to=won) or \
            _add(slots, brief, p, won, "loyalty", "giveaway_over") or \
            _claim(slots, brief, won, after, p, "loyalty", "giveaway_over", earliest=True)
    # (a giveaway runs only where its winner can be told: a platform with no post left after
    # the close, its week's one post a launch's, opens no giveaway, blind read 26)
    if won <= last:
        busy = [p for p in busy if any(s.platform == p and s.purpose == "giveaway_over"
                                       for s in slots)] or busy[:1]
    # reminded in its last days on each platform it runs on (a slot moved there if need be)
    reminded = [p for p in busy if _claim(slots, brief, lo, hi, p, "awareness", "giveaway",
                                          keep_offer=True)
                or _claim(slots, brief, hi, hi, p, "awareness", "giveaway", move_to=hi,
                          keep_offer=True)]
    # it opens a week or two before entries close; where that fortnight is full (a launch,
    # an event), up to three weeks before; only then later. It is opened all the same when
    # its last days are taken by other moments: a prize never announced is the brief's best
    # fact lost
    def opened(p: str, latest: dt.date) -> bool:
        return _claim(slots, brief, day(GIVEAWAY_OPENS), day(7), p, "awareness", "giveaway",
                      earliest=True, keep_offer=True) or \
            _claim(slots, brief, day(GIVEAWAY_OPEN_DAYS), day(GIVEAWAY_OPENS + 1), p,
                   "awareness", "giveaway", earliest=True, keep_offer=True) or \
            _claim(slots, brief, day(6), latest, p, "awareness", "giveaway", earliest=True,
                   keep_offer=True)

    for p in busy:
        opened(p, (lo - dt.timedelta(days=1)) if p in reminded else ends)
    if not any(s.purpose in ("giveaway", "giveaway_over") for s in slots):
        # no platform could tell its winner and the one tried had no slot free before the
        # close (a launch and an event took its weeks): it is opened where another platform
        # has a slot free, its opening post giving the draw's day (blind read 31: a giveaway
        # in the brief never in a caption)
        # (... and where none has, in one of the offer's posts on a platform that has
        # others: the offer is still told there, the prize is told once)
        for p in fits:
            if p not in busy and opened(p, ends):
                break
        else:
            for p in fits:
                if _claim(slots, brief, day(GIVEAWAY_OPEN_DAYS), ends, p, "awareness",
                          "giveaway", earliest=True):
                    break
    _open_together(slots, brief, busy, lo)
    for s in slots:  # (no winner where it never ran)
        if s.purpose == "giveaway_over" and not any(
                o.platform == s.platform and o.purpose == "giveaway" for o in slots):
            s.purpose = ""


def _open_together(slots: list[Slot], brief: Brief, platforms: list[str], lo: dt.date) -> None:
    """A giveaway opened on one platform days after another is opened on all of them within
    GIVEAWAY_SPREAD days: the first window of those days, from its first opening to its
    last, where every platform has its opening or a slot free to take it (moved there if
    need be); as it was when there is none."""
    def openings(among: list[Slot]) -> dict[str, Slot]:
        out: dict[str, Slot] = {}
        for s in among:
            if s.purpose == "giveaway" and s.date < lo and s.platform in platforms \
                    and (s.platform not in out or s.date < out[s.platform].date):
                out[s.platform] = s
        return out

    opens = openings(slots)
    if len(opens) < 2:
        return
    dates = sorted(s.date for s in opens.values())
    if (dates[-1] - dates[0]).days <= GIVEAWAY_SPREAD:
        return
    for n in range((dates[-1] - dates[0]).days + 1):
        start = dates[0] + dt.timedelta(days=n)
        until = min(start + dt.timedelta(days=GIVEAWAY_SPREAD), lo - dt.timedelta(days=1))
        trial = copy.deepcopy(slots)
        ok = True
        for p, slot in openings(trial).items():
            if start <= slot.date <= until:
                continue
            slot.purpose = ""
            if not _claim(trial, brief, start, until, p, "awareness", "giveaway",
                          earliest=True, keep_offer=True, move_to=start):
                ok = False
                break
        if ok and len(openings(trial)) == len(opens):
            slots[:] = trial
            return


def _add(slots: list[Slot], brief: Brief, platform: str, day: dt.date, stage: str,
         purpose: str, event: Any = None) -> bool:
    """A post added for a moment on ``day`` when no slot of ``platform`` could move there:
    only while the plan's week of that day has fewer posts there than the brief's cadence
    (posts_per_week or [cadence]) gives it, so the weekly count is never exceeded."""
    mine = [s for s in slots if s.platform == platform]
    if not mine or day < slots[0].date or day > slots[-1].date + dt.timedelta(days=6):
        return False
    week = (day - slots[0].date).days // 7
    in_week = [s for s in mine if (s.date - slots[0].date).days // 7 == week]
    if len(in_week) >= weekly_counts(brief).get(platform, 0):
        return False
    near = min(mine, key=lambda s: abs((s.date - day).days))
    slots.append(Slot(day, near.time, platform, stage, purpose, event=event))
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
    return True


#: a launch followed up in the week after its day: off for now (session 26: the post took the
#: slot a brief's referral reward was told in, tests/test_copy_voice_grammar.py yoga-porto)
FOLLOW_UP = False
#: an event's own announcement goes out at least this many days before it
_ANNOUNCE_GAP = 2
#: ... and an event in person's first one up to this many days before (people travel to it)
_IN_PERSON_LEAD = 10
#: how far a slot may move to land on the day of a live or a launch
_MOVE_DAYS = 3
#: how far a platform's post may move to tell a launch on its day
_LAUNCH_MOVE_DAYS = 6
#: a giveaway opens this many days before entries close (or on the plan's first day)
GIVEAWAY_OPENS = 14
#: where a giveaway is run (entered by following, liking, commenting)
GIVEAWAY_PLATFORMS = ("instagram", "facebook", "tiktok", "threads", "x")
#: platforms whose posts last for weeks: no dated event is announced there for its day
_EVERGREEN = ("pinterest", "youtube")


def event_platforms(brief: Brief, event) -> list[str]:
    """The brief's platforms that tell an event: every platform but those whose posts are
    found for weeks (a Pin, a video), and a live's own platform whatever it is (a webinar on
    LinkedIn is told on LinkedIn and on X; a YouTube live on YouTube, Instagram and
    Facebook)."""
    own = event.platform if not event.place and event.platform in brief.platforms else ""
    return [p for p in brief.platforms if p not in _EVERGREEN or p == own]


def _claim(slots: list[Slot], brief: Brief, lo: dt.date, hi: dt.date, platform: str,
           stage: str, purpose: str, *, move_to: dt.date | None = None,
           earliest: bool = False, reach: int = _MOVE_DAYS, keep_offer: bool = False,
           among: tuple[str, ...] = (), event: Any = None) -> bool:
    """Give a slot between ``lo`` and ``hi`` (on ``platform`` if named) the ``purpose``;
    False when none is free. With ``keep_offer`` no post of the offer is taken (a giveaway's
    posts leave the offer's to it); with ``among``, only a slot of those platforms."""
    def offer_needs(s: Slot) -> bool:
        """The offer's last call, or its only post on that platform while it runs."""
        if not (s.stage == "conversion" and offer_active(brief, s.date)):
            return False
        ends = brief.offer.ends if brief.offer else None
        if ends is not None and is_last_call_day(brief, s.date, s.platform):
            # the platform's one last call: a second in the same 48 hours is not needed
            return not any(o is not s and o.platform == s.platform and o.stage == "conversion"
                           and not o.purpose and is_last_call_day(brief, o.date, o.platform)
                           for o in slots)
        return sum(1 for o in slots if o.platform == s.platform and o.stage == "conversion"
                   and offer_active(brief, o.date)) <= 1 or keep_offer

    def free(s: Slot) -> bool:
        return not s.purpose and (not platform or s.platform == platform) and not offer_needs(s) \
            and (not among or s.platform in among)

    inside = [s for s in slots if lo <= s.date <= hi and free(s)]
    if not inside and move_to is not None:
        near = sorted((s for s in slots if free(s) and 0 < abs((s.date - move_to).days) <= reach),
                      key=lambda s: (abs((s.date - move_to).days), s.date))
        if near:
            near[0].date = move_to
            slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
            inside = [near[0]]
    if not inside:
        return False
    chosen = inside[0] if earliest else inside[-1]
    if chosen.stage != stage:
        donors = sorted((s for s in slots if s.stage == stage and not s.purpose and s is not chosen),
                        key=lambda s: abs((s.date - chosen.date).days))
        if donors:
            donors[0].stage = chosen.stage
        chosen.stage = stage
    chosen.purpose = purpose
    chosen.event = event
    return True


def separate_times(slots: list[Slot], brief: Brief, platforms: dict[str, Platform],
                   taken: set[tuple[dt.date, dt.time, str]] | None = None) -> None:
    """No two posts on one platform at one date and time (blind read 19: a giveaway's winner
    and an offer post both "Mon 09:00 facebook"): the later of two moves to the platform's
    next posting time that day, else two hours on (by 22:00 at the latest), else to the
    next day with no post there, at its first posting time. ``taken`` holds the times of
    posts kept from before (--update)."""
    used = set(taken or ())
    last = max((s.date for s in slots), default=None)
    # (an event's reminder of the day keeps its minute, set two hours before the event: the
    # other post of its platform moves; blind read 27: an open morning's only post at 10am,
    # as it opened)
    for slot in sorted(slots, key=lambda s: s.purpose != "event_today"):
        key = (slot.date, slot.time, slot.platform)
        if key not in used:
            used.add(key)
            continue
        plat = platforms.get(slot.platform)

        def times_on(day: dt.date) -> list[dt.time]:
            raw = (plat.times.get(WEEKDAYS[day.weekday()]) if plat else None) or ("19:00",)
            return [dt.time(*map(int, t.split(":"))) for t in raw]

        that_day = [t for t in times_on(slot.date) if t > slot.time]
        later = [dt.time(slot.time.hour + 2 * k, slot.time.minute)
                 for k in range(1, 12) if slot.time.hour + 2 * k <= 22]
        moved = next(((slot.date, t) for t in [*that_day, *later]
                      if (slot.date, t, slot.platform) not in used), None)
        if moved is None and last is not None:
            day = slot.date + dt.timedelta(days=1)
            while day <= last and moved is None:
                if not any(d == day and p == slot.platform for d, _, p in used):
                    moved = (day, times_on(day)[0])
                day += dt.timedelta(days=1)
        if moved is None:
            used.add(key)
            continue
        slot.date, slot.time = moved
        used.add((slot.date, slot.time, slot.platform))
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
    apart_across(slots, brief, taken)


#: how far a post moves off another platform's post at the same minute
_APART = dt.timedelta(minutes=30)


def apart_across(slots: list[Slot], brief: Brief,
                 taken: set[tuple[dt.date, dt.time, str]] | None = None) -> None:
    """No two platforms' posts at the same minute (blind read 26: three event reminders at
    exactly 07:00, two of them near-duplicates): the later platform's post moves half an
    hour on, again until its minute is free (by 22:00 at the latest); an event's reminder of
    the day, which goes out ahead of the event, moves no later than an hour before it starts
    (earlier instead, from 06:30)."""
    used = {(d, t) for d, t, _ in taken or ()}
    for slot in slots:
        if (slot.date, slot.time) not in used:
            used.add((slot.date, slot.time))
            continue
        here = dt.datetime.combine(slot.date, slot.time)
        latest = dt.datetime.combine(slot.date, dt.time(22, 0))
        event = next((e for e in brief.facts.events if e.when.date() == slot.date), None) \
            if slot.purpose == "event_today" else None
        if event is not None:
            latest = min(latest, event.when - dt.timedelta(hours=1))
        earliest = dt.datetime.combine(slot.date, dt.time(6, 30))
        tries = [here + _APART * k for k in range(1, 30)] + [here - _APART * k for k in range(1, 30)]
        if event is not None:  # (... earlier first: two hours ahead of it, not one)
            tries = tries[29:] + tries[:29]
        moved = next((t for t in tries if earliest <= t <= latest
                      and (t.date(), t.time()) not in used), None)
        if moved is not None:
            slot.time = moved.time()
        used.add((slot.date, slot.time))
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))


#: how far a post may move to a day of its week with fewer posts
_SPREAD_DAYS = 3


def spread_days(slots: list[Slot], brief: Brief, platforms: dict[str, Platform]) -> None:
    """A platform's week spread across its days (blind read 26: four posts on one Tuesday,
    three on each Saturday, and the Thursdays and Fridays around them empty): a post that is
    its platform's second that day, or a day's third post or more, moves to the nearest day
    of its week (up to three days off) where its platform has no post and fewer posts go out,
    at the platform's posting time that day. Only a post whose day is free to change moves:
    one kept for no dated moment (or a giveaway's reminder, within its last days), and no
    post of the offer moves in or out of the offer, or of its last call."""
    if not slots:
        return
    start, last = slots[0].date, slots[-1].date
    ends = brief.giveaway_ends
    calls = {p: last_call_days(brief, p) for p in brief.platforms} if brief.offer is not None \
        else {}

    def window(s: Slot) -> tuple[dt.date, dt.date] | None:
        week = start + dt.timedelta(days=7 * ((s.date - start).days // 7))
        lo, hi = max(week, start), min(week + dt.timedelta(days=6), last)
        if s.market:
            return None
        if s.purpose == "giveaway" and ends is not None \
                and (ends - s.date).days <= GIVEAWAY_REMIND[1]:
            return max(lo, ends - dt.timedelta(days=GIVEAWAY_REMIND[1])), \
                min(hi, ends - dt.timedelta(days=GIVEAWAY_REMIND[0]))
        return (lo, hi) if not s.purpose else None

    def fits(s: Slot, day: dt.date) -> bool:
        if offer_active(brief, day) != offer_active(brief, s.date):
            return False
        mine = calls.get(s.platform, ())
        return (day in mine) == (s.date in mine) or s.stage != "conversion"

    def count(day: dt.date, platform: str = "") -> int:
        return sum(o.date == day and (not platform or o.platform == platform) for o in slots)

    for _ in range(len(slots)):
        moved = False
        for s in sorted(slots, key=lambda o: (o.date, o.time)):
            here = count(s.date)
            if count(s.date, s.platform) < 2 and here < 3:
                continue
            span = window(s)
            if span is None:
                continue
            days = sorted((s.date + dt.timedelta(days=k) for k in range(-_SPREAD_DAYS, _SPREAD_DAYS + 1)
                           if k), key=lambda d: (abs((d - s.date).days), d))
            to = next((d for d in days if span[0] <= d <= span[1] and count(d, s.platform) == 0
                       and count(d) < here - 1 and fits(s, d)), None)
            if to is None:
                continue
            plat = platforms.get(s.platform)
            times = (plat.times.get(WEEKDAYS[to.weekday()]) if plat else None) or ()
            s.date = to
            if times:
                s.time = dt.time(*map(int, times[0].split(":")))
            moved = True
            break
        if not moved:
            break
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
