"""Exports: icalendar parses the ics; each format matches its golden file."""

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from planner.domain.calendar import Calendar, CalendarPost
from planner.errors import PlannerError
from planner.planning.exports import BULK_ROW_LIMIT, export

GOLDEN = Path(__file__).parent / "golden"


def calendar() -> Calendar:
    posts = [
        CalendarPost(date=dt.date(2026, 12, 7), time=dt.time(10, 30), platform="instagram",
                     stage="awareness", tactic="storytelling", template="awareness/origin-story",
                     format="reel", text="How it started, in one photo.\nA second line, with a comma.",
                     hashtags=["#GlowAtHome", "#soycandles"], cta="Follow along", metrics=["reach"],
                     visual="An early photo"),
        CalendarPost(date=dt.date(2026, 12, 8), time=dt.time(17, 0), platform="tiktok",
                     stage="conversion", tactic="discount code", template="conversion/code",
                     format="reel", text='15% off with code GLOW15 until December 14 — "link in bio"',
                     hashtags=["#GlowAtHome"], status="approved", notes="film on Sunday"),
    ]
    return Calendar(product="Glow soy candles", start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 20),
                    seed=7, posts=posts)


@pytest.mark.parametrize("fmt,ext", [("ics", "ics"), ("csv", "csv"), ("markdown", "md"),
                                     ("hootsuite", "csv"), ("sprout", "csv")])
def test_golden(fmt, ext, request):
    cal = calendar()
    if fmt in ("hootsuite", "sprout"):  # one file per social profile
        for p in cal.posts:
            p.platform = "instagram"
    out = export(cal, fmt)
    path = GOLDEN / f"export-{fmt}.{ext}"
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
    assert path.exists(), f"missing golden file {path}: run pytest --update-golden"
    with open(path, encoding="utf-8", newline="") as fh:
        assert out == fh.read()


def test_ics_parses_with_icalendar():
    from icalendar import Calendar as ICal

    cal = ICal.from_ical(export(calendar(), "ics"))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    assert events[0]["DTSTART"].dt == dt.datetime(2026, 12, 7, 10, 30)
    assert "How it started" in str(events[0]["DESCRIPTION"])
    assert "#GlowAtHome" in str(events[0]["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 2


def test_hootsuite_shape():
    with pytest.raises(PlannerError, match="one file per social profile"):
        export(calendar(), "hootsuite")
    rows = list(csv.reader(io.StringIO(export(calendar(), "hootsuite", platform="instagram"))))
    assert len(rows) == 1
    cal = calendar()
    cal.posts[1].platform = "instagram"
    rows = list(csv.reader(io.StringIO(export(cal, "hootsuite"))))
    assert rows[0][0] == "12/07/2026 10:30" and len(rows[0]) == 3
    assert rows[1][1].startswith("15% off with code GLOW15")


def test_sprout_headers():
    rows = list(csv.reader(io.StringIO(export(calendar(), "sprout", platform="instagram"))))
    assert rows[0] == ["date", "time_24hr", "message_text"]
    assert rows[1][:2] == ["12/07/2026", "10:30"]


def test_platform_filter_and_row_limit():
    cal = calendar()
    rows = list(csv.reader(io.StringIO(export(cal, "csv", platform="tiktok"))))
    assert len(rows) == 2 and rows[1][1] == "tiktok"
    cal.posts = cal.posts * (BULK_ROW_LIMIT + 1)
    with pytest.raises(PlannerError, match="at most 350"):
        export(cal, "hootsuite", platform="instagram")


def test_ics_pins_posts_to_the_brief_time_zone(tmp_path):
    import tomllib

    from planner.domain.brief import brief_from_dict
    from planner.domain.calendar import calendar_from_dict, calendar_to_toml
    from planner.planning.exports import to_ics
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    brief = brief_from_dict({"product": "soy candles", "timezone": "new york", "weeks": 1,
                             "posts_per_week": 2, "start": dt.date(2026, 12, 7)})
    assert brief.timezone == "America/New_York"
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))
    assert cal.timezone == "America/New_York"
    again = calendar_from_dict(tomllib.loads(calendar_to_toml(cal)))
    assert again.timezone == "America/New_York"
    ics = to_ics(again, again.posts)
    assert "BEGIN:VTIMEZONE" in ics and "TZID:America/New_York" in ics
    assert f"DTSTART;TZID=America/New_York:{again.posts[0].when():%Y%m%dT%H%M%S}" in ics
    assert to_ics(again, again.posts) == ics  # deterministic
    floating = to_ics(cal.__class__(product=cal.product, start=cal.start, end=cal.end,
                                    posts=cal.posts), cal.posts)
    assert "VTIMEZONE" not in floating and "TZID" not in floating


def test_unknown_time_zones_are_refused_with_the_key():
    from planner.domain.brief import brief_from_dict
    from planner.domain.calendar import calendar_from_dict
    from planner.errors import PlannerError

    with pytest.raises(PlannerError, match="timezone.*unknown time zone 'Mars/Base'"):
        brief_from_dict({"product": "x", "timezone": "Mars/Base"})
    with pytest.raises(PlannerError, match="calendar.timezone"):
        calendar_from_dict({"calendar": {"product": "x", "start": dt.date(2026, 1, 5),
                                         "end": dt.date(2026, 1, 11), "timezone": "Nowhere"}})


@pytest.mark.parametrize("value", [0, False, [], {}])
def test_a_calendar_time_zone_must_be_a_string(value):
    from planner.domain.calendar import calendar_from_dict

    with pytest.raises(PlannerError, match="calendar.timezone"):
        calendar_from_dict({"calendar": {"product": "x", "start": dt.date(2026, 1, 5),
                                         "end": dt.date(2026, 1, 11), "timezone": value}})


def test_the_calendar_time_zone_is_the_one_plan_update_keeps():
    from planner.domain.calendar import Calendar, brief_of

    cal = Calendar(product="x", start=dt.date(2026, 1, 5), end=dt.date(2026, 1, 11),
                   timezone="Europe/London", brief={"product": "x", "timezone": "America/New_York"})
    assert brief_of(cal, "cal.toml").timezone == "Europe/London"


def test_added_hashtags_are_dropped_only_when_the_caption_has_that_very_tag():
    post = CalendarPost(date=dt.date(2026, 1, 5), time=dt.time(9), platform="instagram",
                        stage="awareness", tactic="hook", template="t", format="static",
                        text="Love #glowup and #Candles", hashtags=["#glow", "#candles"])
    assert post.full_text().endswith("\n\n#glow")


def test_places_name_their_current_zone():
    from planner.domain.timezones import canonical, find_place

    assert canonical("Indianapolis") == "America/Indiana/Indianapolis"
    assert canonical("buenos aires") == "America/Argentina/Buenos_Aires"
    assert canonical("Hawaii") == "Pacific/Honolulu"
    assert canonical("EST") == "America/New_York" and canonical("Eastern Time") == "America/New_York"
    assert find_place("Christmas") is None and find_place("Easter") is None
    assert find_place("Victoria") is None  # an Australian state's old name, or a city in Canada


def test_markdown_says_which_time_zone_the_times_are_in():
    from planner.planning.exports import to_markdown

    cal = Calendar(product="x", start=dt.date(2026, 1, 5), end=dt.date(2026, 1, 11),
                   timezone="Europe/London")
    assert "times in Europe/London" in to_markdown(cal, [])
    cal.timezone = ""
    assert "times in" not in to_markdown(cal, [])


def test_the_chat_moves_a_made_plan_to_a_new_time_zone(_isolated_home):
    from planner.chat.session import ChatSession

    session = ChatSession()
    session.respond("we sell soy candles, we're called Glow & Co, 3 posts a week on instagram")
    session.respond("/plan")
    assert session.calendar is not None and session.calendar.timezone == ""
    reply = session.respond("we post on New York time")
    assert session.calendar.timezone == "America/New_York"
    assert "calendar" in reply.changed and "now America/New_York" in reply.text


def test_the_markdown_heading_names_the_brand_with_the_product():
    import datetime as dt

    from planner.domain.calendar import Calendar
    from planner.planning.exports import to_markdown

    def head(**brief):
        cal = Calendar(product="physiotherapy", start=dt.date(2027, 4, 5), end=dt.date(2027, 4, 11),
                       brief=brief or None)
        return to_markdown(cal, []).splitlines()[0]

    assert head(brand="Kinetic Physio") == "# Kinetic Physio — physiotherapy: content calendar"
    # (a heading starts on a capital, however the product was typed: blind read 23's
    # "# dried flower bouquets: content calendar")
    assert head() == "# Physiotherapy: content calendar"
    assert head(brand="physiotherapy") == "# Physiotherapy: content calendar"


def test_a_service_calendar_says_book_now_where_a_shop_says_shop_now():
    import datetime as dt

    from planner.domain.calendar import Calendar, CalendarPost
    from planner.planning.exports import to_markdown

    post = CalendarPost(date=dt.date(2027, 4, 5), time=dt.time(9), platform="instagram",
                        stage="conversion", tactic="shop now CTA", template="x", format="static",
                        text="Book now: link in bio")
    for kind, label in (("service", "book now CTA"), ("digital", "sign-up CTA"),
                        ("product", "shop now CTA")):
        cal = Calendar(product="p", start=post.date, end=post.date, brief={"kind": kind},
                       posts=[post])
        assert f"*{label}*" in to_markdown(cal, [post])


def test_the_markdown_says_how_many_slots_are_empty_and_what_would_fill_them():
    import datetime as dt

    from planner.domain.brief import brief_from_dict
    from planner.planning.exports import to_markdown
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    bare = brief_from_dict({"product": "hand-carved wooden spoons", "platforms": ["pinterest"],
                            "posts_per_week": 5, "weeks": 3, "start": dt.date(2027, 3, 1)})
    cal, warnings = plan_calendar(bare, TemplateLibrary(), options=PlanOptions(seed=1))
    # (a sparse brief: its few posts each do a job of their own, the rest of the slots empty)
    empty = 15 - len(cal.posts)
    assert empty and cal.extra["plan"]["empty_slots"] == empty
    assert any(w.startswith(f"{empty} of 15 slots are empty") for w in warnings), warnings
    text = to_markdown(cal, cal.posts)
    assert f"**{empty} of 15 slots left empty**" in text and "description" in text
    # a calendar with every slot filled says nothing of the kind
    full = dict(cal.extra["plan"])
    full.pop("empty_slots"), full.pop("to_fill_them")
    cal.extra["plan"] = full
    assert "slots left empty" not in to_markdown(cal, cal.posts)
