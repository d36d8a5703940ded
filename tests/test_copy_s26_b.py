"""Calendars fixed after blind read 25 (2026-12-05, helper b): which posts a plan makes for
the brief's moments, and when. A launch is teased before its day, told on its day on every
platform that posts then; an event is told from a week ahead; a gift occasion is named only in the
fortnight before it. Every brief here is our own, never a read brief."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary


def _plan(raw: dict, start: dt.date, weeks: int) -> list[CalendarPost]:
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1, start=start, weeks=weeks))
    return cal.posts


# ---- 1. a launch every platform hears of ----------------------------------------------------

#: a tea shop with a new blend out mid-plan, on four platforms (a video channel among them)
KETTLE = {
    "product": "loose-leaf tea",
    "brand": "Kettle & Fern",
    "kind": "product",
    "country": "GB",
    "platforms": ["x", "instagram", "youtube", "threads"],
    "url": "https://kettleandfern.co.uk",
    "tone": "warm, a little nerdy about tea",
    "description": "loose-leaf teas we blend in small batches in Whitby, 50 g tins from £7",
    "differentiators": ["every blend is tasted by the three of us before it goes on sale",
                        "tins are refillable, and refills ship in paper pouches"],
    "tips": ["Brew green tea at 80°C, not boiling, or it turns bitter in a minute.",
             "Warm the pot first so the water doesn't lose its heat on the way in.",
             "Three minutes is enough for most black teas: past five, it's all tannin."],
    "launch": {"what": "Harbour Smoke, a pine-smoked black tea with dried orange peel",
               "date": "2027-01-20"},
    "cadence": {"x": 3, "instagram": 2, "youtube": 1, "threads": 2},
}


def _names_launch(post: CalendarPost) -> bool:
    return "harbour smoke" in (post.text + " " + (post.title or "")).lower()


def test_a_launch_is_told_on_its_day_on_every_platform_posting_then():
    posts = _plan(KETTLE, dt.date(2027, 1, 11), 3)
    day = dt.date(2027, 1, 20)
    on_day = [p for p in posts if p.date == day]
    assert {p.platform for p in on_day} == set(KETTLE["platforms"])
    # (before: X told it; YouTube, Instagram and Threads posted something else that day)
    assert all(_names_launch(p) for p in on_day), [
        (p.platform, p.text.splitlines()[0]) for p in on_day if not _names_launch(p)]


# ---- 2. a gift occasion in the fortnight before it, never over the offer -------------------

#: goods sent by post, four weeks into January, with a code that runs its first fortnight
CANDLES = {
    "product": "Wickworth soy candles",
    "brand": "Wickworth",
    "kind": "product",
    "country": "GB",
    "platforms": ["instagram", "facebook", "tiktok"],
    "url": "https://wickworth.example",
    "tone": "calm, plain",
    "description": "soy candles from our Leeds workshop, 40 hour burn, £18 for the small "
                   "tin up to £32 for the large jar",
    "free_shipping": "on orders over £40 in the UK",
    "problems": ["candles that tunnel after two burns and waste half the wax",
                 "scents that smell of nothing once they're lit",
                 "black soot marks on the wall above the shelf"],
    "differentiators": ["cotton wicks, no lead, no paraffin",
                        "every scent is blended in our own kitchen",
                        "a cracked jar in the post is replaced free"],
    "tips": ["Let the first burn go until the whole top is liquid, or it tunnels for ever.",
             "Trim the wick to 5 mm before you light it again."],
    "offer": {"code": "FIRSTLIGHT", "discount": "15% off everything", "starts": "2027-01-04",
              "ends": "2027-01-17"},
    "cadence": {"instagram": 3, "facebook": 2, "tiktok": 2},
}


def test_a_gift_occasion_is_named_only_in_the_fortnight_before_it():
    from planner.planning.needs import needs_met

    brief = brief_from_dict(CANDLES)
    gift = TemplateLibrary().templates["conversion/gift-ready"]
    # (before: "For your Valentine's Day list" on 13 January, a month early)
    assert not needs_met(gift, brief, dt.date(2027, 1, 20))
    # ... its fortnight: a present posted then arrives in time
    plain = brief_from_dict({k: v for k, v in CANDLES.items() if k != "offer"})
    assert needs_met(gift, plain, dt.date(2027, 2, 3))
    # ... but never while the code runs: its posts sell the offer, not a present
    running = brief_from_dict(CANDLES | {"offer": CANDLES["offer"] | {"ends": "2027-02-07"}})
    assert not needs_met(gift, running, dt.date(2027, 2, 3))
    # and no calendar of the brief names it outside that fortnight
    posts = _plan(CANDLES, dt.date(2027, 1, 4), 3)
    assert not [p for p in posts if "valentine" in p.text.lower()]


# ---- 3. an event in person told a week ahead, on each platform, and on its day -------------

#: a bike workshop's open evening in person, and a live on Instagram the week before it
SPOKES = {
    "product": "bicycle servicing",
    "brand": "Spoke & Chain",
    "kind": "service",
    "country": "GB",
    "platforms": ["instagram", "facebook"],
    "url": "https://spokeandchain.example/book",
    "action": "book",
    "description": "bike servicing in our Bristol workshop, a full service from £65, "
                   "most bikes back the same day",
    "problems": ["gears that skip under load on the hill home",
                 "brakes that squeal in the wet"],
    "differentiators": ["you talk to the mechanic who fixes your bike",
                        "we show you the worn parts before we replace them"],
    "tips": ["Clean and oil your chain every 200 km, more in winter.",
             "Check tyre pressure weekly: most flats come from tyres run soft."],
    "faqs": [{"question": "Do you fix e-bikes?", "answer": "Yes, all but the motor itself."}],
    "events": [{"title": "Winter maintenance evening for commuters",
                "when": "2027-01-28T18:30:00",
                "place": "Spoke & Chain, 12 Mill Lane, Bristol"}],
    "cadence": {"instagram": 3, "facebook": 2},
}


def test_an_event_in_person_is_told_a_week_ahead_and_on_its_day_on_each_platform():
    posts = _plan(SPOKES, dt.date(2027, 1, 11), 3)
    day = dt.date(2027, 1, 28)
    about = [p for p in posts if "winter maintenance evening" in p.text.lower()]
    # first told five days ahead or more (before: two days ahead)
    assert about and (day - min(p.date for p in about)).days >= 5, [(p.date, p.platform) for p in about]
    for platform in SPOKES["platforms"]:
        mine = sorted(p.date for p in about if p.platform == platform)
        # ... and each platform reminds of it the day before or on the day
        assert any(0 <= (day - d).days <= 1 for d in mine), (platform, mine)
