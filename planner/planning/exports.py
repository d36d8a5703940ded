"""Calendars out: iCalendar, Hootsuite and Sprout Social bulk CSV, generic CSV, Markdown."""

from __future__ import annotations

import csv
import datetime as dt
import io

from planner.domain.calendar import Calendar, CalendarPost
from planner.domain.vocabularies import EXPORT_FORMATS
from planner.errors import PlannerError

#: Hootsuite and Sprout refuse bulk files longer than this.
BULK_ROW_LIMIT = 350


def export(cal: Calendar, fmt: str, *, platform: str | None = None) -> str:
    """The calendar in ``fmt``; bulk-scheduler formats need one platform (one file per profile)."""
    platforms = sorted({p.platform for p in cal.posts})
    if fmt in ("hootsuite", "sprout") and platform is None and len(platforms) > 1:
        raise PlannerError(f"{fmt} takes one file per social profile: choose a platform "
                           f"({', '.join(platforms)}) with --platform")
    posts = [p for p in cal.posts if platform is None or p.platform == platform]
    if fmt == "ics":
        return to_ics(cal, posts)
    if fmt == "csv":
        return to_csv(posts)
    if fmt == "markdown":
        return to_markdown(cal, posts)
    if fmt == "hootsuite":
        return to_hootsuite(posts)
    if fmt == "sprout":
        return to_sprout(posts)
    raise PlannerError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")


def _uid(cal: Calendar, post: CalendarPost, n: int) -> str:
    import hashlib

    key = f"{cal.product}|{post.date}|{post.time}|{post.platform}|{n}"
    return hashlib.sha256(key.encode()).hexdigest()[:24] + "@planner"


def to_ics(cal: Calendar, posts: list[CalendarPost]) -> str:
    """One VEVENT per post, 15 minutes long, with the full caption: in the calendar's time
    zone (with its VTIMEZONE) when the brief names one, else in floating local time."""
    from icalendar import Calendar as ICal
    from icalendar import Event

    tz = None
    if cal.timezone:
        from planner.domain.timezones import zone

        tz = zone(cal.timezone)

    ical = ICal()
    ical.add("prodid", "-//planner//content calendar//EN")
    ical.add("version", "2.0")
    ical.add("x-wr-calname", f"{cal.product} content calendar")
    stamp = dt.datetime.combine(cal.start, dt.time(0, 0), tzinfo=dt.timezone.utc)
    for n, post in enumerate(posts):
        ev = Event()
        ev.add("uid", _uid(cal, post, n))
        ev.add("dtstamp", stamp)
        when = post.when() if tz is None else post.when().replace(tzinfo=tz)
        ev.add("dtstart", when)
        ev.add("dtend", when + dt.timedelta(minutes=15))
        first = post.text.splitlines()[0] if post.text else ""
        ev.add("summary", f"[{post.platform} · {post.stage}] {first[:80]}")
        ev.add("description", f"{post.full_text()}\n\nTactic: {post.tactic}\nFormat: {post.format}"
               + (f"\nVisual: {post.visual}" if post.visual else "")
               + f"\nStatus: {post.status}")
        ev.add("categories", [post.stage, post.platform])
        if post.link:
            ev.add("url", post.link)
        ical.add_component(ev)
    if tz is not None:
        ical.add_missing_timezones()
    return ical.to_ical().decode("utf-8")


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows)
    return buf.getvalue()


def to_csv(posts: list[CalendarPost]) -> str:
    """Generic scheduler CSV: ISO 8601 timestamp, platform, text, link, plus planning columns."""
    rows = [["timestamp", "platform", "text", "link", "stage", "tactic", "format", "status",
             "title"]]
    for p in posts:
        rows.append([p.when().isoformat(timespec="minutes"), p.platform, p.full_text(), p.link,
                     p.stage, p.tactic, p.format, p.status, p.title])
    return _csv(rows)


def _check_bulk(posts: list[CalendarPost], tool: str) -> None:
    if len(posts) > BULK_ROW_LIMIT:
        raise PlannerError(f"{tool} takes at most {BULK_ROW_LIMIT} posts per file; this calendar "
                           f"has {len(posts)} (export per platform with --platform)")


def to_hootsuite(posts: list[CalendarPost]) -> str:
    """Hootsuite bulk composer: no header; MM/DD/YYYY HH:MM, message, optional URL."""
    _check_bulk(posts, "Hootsuite")
    return _csv([[p.when().strftime("%m/%d/%Y %H:%M"), p.full_text(), p.link] for p in posts])


def to_sprout(posts: list[CalendarPost]) -> str:
    """Sprout Social bulk CSV: date (mm/dd/yyyy), time_24hr, message_text."""
    _check_bulk(posts, "Sprout Social")
    rows = [["date", "time_24hr", "message_text"]]
    rows += [[p.date.strftime("%m/%d/%Y"), p.time.strftime("%H:%M"), p.full_text()] for p in posts]
    return _csv(rows)


#: what a "shop now" call is called for a business that is not a shop
_CALL_LABEL = {"service": "book now CTA", "digital": "sign-up CTA"}


def _tactic_label(tactic: str, cal: Calendar) -> str:
    """The tactic as a reader of this calendar says it: a clinic's "shop now CTA" is a
    "book now CTA" (the calendar's ``tactic`` key keeps the tactic's id)."""
    kind = str((cal.brief or {}).get("kind") or "")
    if tactic == "shop now CTA" and kind in _CALL_LABEL:
        return _CALL_LABEL[kind]
    return tactic


def _heading(cal: Calendar) -> str:
    """Who the calendar is for: the brand with its product ("Kinetic Physio: physiotherapy"),
    the product alone when the brief names no brand or the product already says it."""
    brand = str((cal.brief or {}).get("brand") or "").strip()
    if not brand or brand.lower() in cal.product.lower() \
            or cal.product.lower().startswith(brand.lower().split()[0]):
        # (a heading starts on a capital: "# Dried flower bouquets: content calendar")
        return cal.product[:1].upper() + cal.product[1:]
    return f"{brand} — {cal.product}"


#: platforms whose posts carry a title field (a Pin's title, a video's)
SHOWN_TITLES = {"pinterest", "youtube"}


def to_markdown(cal: Calendar, posts: list[CalendarPost]) -> str:
    lines = [f"# {_heading(cal)}: content calendar", "",
             f"{cal.start.isoformat()} to {cal.end.isoformat()} · {len(posts)} post{'' if len(posts) == 1 else 's'} · "
             f"funnel {cal.funnel} · seed {cal.seed}"
             + (f" · times in {cal.timezone}" if cal.timezone else ""), ""]
    plan = cal.extra.get("plan") if isinstance(cal.extra.get("plan"), dict) else {}
    empty = plan.get("empty_slots")
    if isinstance(empty, int) and empty > 0:
        # whoever is handed the file sees why the cadence is not met, and what would meet it
        why = str(plan.get("to_fill_them", "")).strip()
        lines += [f"**{empty} of {len(cal.posts) + empty} slots left empty**"
                  + (f": {why}." if why else "."), ""]
    language = plan.get("first_language")
    if isinstance(language, str) and language:
        lines += [f"**Captions in English**: this audience may read {language} first; "
                  "translate them before publishing.", ""]
    week = None
    for p in posts:
        iso = p.date.isocalendar()
        if (iso[0], iso[1]) != week:
            week = (iso[0], iso[1])
            monday = p.date - dt.timedelta(days=p.date.weekday())
            lines += [f"## Week of {monday.isoformat()}", ""]
        lines.append(f"### {p.date:%a %Y-%m-%d} {p.time:%H:%M} · {p.platform} · {p.stage}")
        lines.append("")
        lines.append(f"*{_tactic_label(p.tactic, cal)}* · {p.format} · {p.status}")
        lines.append("")
        if p.title and p.platform in SHOWN_TITLES:
            # a feed post has no title field: its title is the planner's label, kept in the
            # TOML and the other exports, not a line the publisher has to skip
            lines += [f"**Title:** {p.title}", ""]
        lines += [f"> {ln}" if ln else ">" for ln in p.full_text().splitlines()]
        lines.append("")
        if p.link:
            lines += [f"Link: {p.link}", ""]
        if p.visual:
            lines += [f"Visual: {p.visual}", ""]
        if p.notes:
            lines += [f"Notes: {p.notes}", ""]
    return "\n".join(lines).rstrip() + "\n"
