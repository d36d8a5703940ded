"""The content calendar: dataclasses and the one TOML writer and reader for them.

A calendar written by ``plan`` loads back unchanged, and users may edit it by hand
(approve posts, add notes), so the reader validates with errors naming the key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.domain.facts import date_out_of_range
from planner.domain.funnel import STAGES
from planner.domain.toml_files import read_user_toml
from planner.errors import PlannerError

STATUSES = ("draft", "approved", "posted")


@dataclass
class CalendarPost:
    date: dt.date
    time: dt.time
    platform: str
    stage: str
    tactic: str
    template: str
    format: str
    text: str
    hashtags: list[str] = field(default_factory=list)
    cta: str = ""
    metrics: list[str] = field(default_factory=list)
    status: str = "draft"
    notes: str = ""
    visual: str = ""
    #: a multi-touch sequence this post belongs to ("offer-1"), if any
    sequence: str = ""
    #: the post's title where the platform shows one (Pinterest, YouTube)
    title: str = ""
    #: where the post sends people: a Pin's destination, the link sticker's or the bio's
    #: address, a scheduler's link column; empty when it sends nowhere
    link: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def when(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.time)

    def full_text(self) -> str:
        """The caption as it would be posted: text, then hashtags."""
        from planner.domain.platforms import HASHTAG_RE

        present = {h.lower() for h in HASHTAG_RE.findall(self.text)}  # "#glowup" is not "#glow"
        tags = " ".join(t for t in self.hashtags if t.lower() not in present)
        return f"{self.text}\n\n{tags}" if tags else self.text


@dataclass
class Calendar:
    product: str
    start: dt.date
    end: dt.date
    funnel: str = "five-stage"
    seed: int = 0
    generator: str = ""
    model: str = ""
    #: IANA time zone of the post times; empty means floating local time
    timezone: str = ""
    #: share of existing posts per stage, when posts were given
    coverage: dict[str, Any] | None = None
    posts: list[CalendarPost] = field(default_factory=list)
    #: the brief the calendar was planned from, for `plan --update`
    brief: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_POST_KEYS = ("date", "time", "platform", "stage", "tactic", "template", "format", "title",
              "text", "hashtags", "cta", "link", "metrics", "status", "notes", "visual",
              "sequence")


def calendar_to_dict(cal: Calendar) -> dict[str, Any]:
    head: dict[str, Any] = {"product": cal.product, "start": cal.start, "end": cal.end,
                            "funnel": cal.funnel, "seed": cal.seed}
    if cal.generator:
        head["generator"] = cal.generator
    if cal.model:
        head["model"] = cal.model
    if cal.timezone:
        head["timezone"] = cal.timezone
    out: dict[str, Any] = {"calendar": head}
    if cal.coverage is not None:
        out["coverage"] = cal.coverage
    if cal.brief is not None:
        out["brief"] = cal.brief
    for key, value in cal.extra.items():
        out.setdefault(key, value)
    posts = []
    for p in cal.posts:
        row: dict[str, Any] = {}
        for key in _POST_KEYS:
            value = getattr(p, key)
            if key in ("notes", "visual", "sequence", "cta", "title", "link") and not value:
                continue
            row[key] = list(value) if isinstance(value, list) else value
        for key, value in p.extra.items():
            row.setdefault(key, value)
        posts.append(row)
    out["posts"] = posts
    return out


def calendar_to_toml(cal: Calendar) -> str:
    import tomli_w

    return tomli_w.dumps(calendar_to_dict(cal), multiline_strings=True)


def load_calendar(path: str) -> Calendar:
    return calendar_from_dict(read_user_toml(path), source=path)


def brief_of(cal: Calendar, cal_path: str, brief_path: str | None = None):
    """The brief a calendar was planned from: --brief wins, else its [brief] table, else None."""
    from planner.domain.brief import brief_from_dict, load_brief

    if brief_path:
        return load_brief(brief_path)
    if cal.brief is not None:
        brief = brief_from_dict(cal.brief, source=f"{cal_path} [brief]")
        if cal.timezone:  # what the exports use: an edit to [calendar] timezone sticks
            brief.timezone = cal.timezone
        return brief
    return None


def calendar_from_dict(data: dict[str, Any], *, source: str = "calendar") -> Calendar:
    def err(key: str, what: str) -> PlannerError:
        return PlannerError(f"key {key!r}: {what}", source=source)

    head = data.get("calendar")
    if not isinstance(head, dict):
        raise PlannerError("missing the [calendar] table", source=source)
    for key in ("product", "start", "end"):
        if key not in head:
            raise err(f"calendar.{key}", "is missing")
    if not isinstance(head["product"], str):
        raise err("calendar.product", "must be a string")
    for key in ("start", "end"):
        if not isinstance(head[key], dt.date) or isinstance(head[key], dt.datetime):
            raise err(f"calendar.{key}", "must be a date (YYYY-MM-DD)")
        if date_out_of_range(head[key]):
            raise err(f"calendar.{key}", date_out_of_range(head[key]))
    if head["end"] < head["start"]:
        raise err("calendar.end", f"{head['end']} is before the start, {head['start']}")
    seed = head.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise err("calendar.seed", "must be a whole number")
    cal = Calendar(product=head["product"], start=head["start"], end=head["end"],
                   funnel=str(head.get("funnel", "five-stage")), seed=seed,
                   generator=str(head.get("generator", "")), model=str(head.get("model", "")))
    zone_name = head.get("timezone", "")
    if not isinstance(zone_name, str):
        raise err("calendar.timezone", "must be a string")
    if zone_name:
        from planner.domain.timezones import UnknownTimezone, canonical

        try:
            cal.timezone = canonical(zone_name)
        except UnknownTimezone as exc:
            raise err("calendar.timezone", str(exc)) from None
    cal.extra = {k: v for k, v in data.items() if k not in ("calendar", "coverage", "posts", "brief")}
    if "coverage" in data:
        if not isinstance(data["coverage"], dict):
            raise err("coverage", "must be a table")
        cal.coverage = data["coverage"]
    if "brief" in data:
        if not isinstance(data["brief"], dict):
            raise err("brief", "must be a table")
        cal.brief = data["brief"]
    raw_posts = data.get("posts", [])
    if not isinstance(raw_posts, list):
        raise err("posts", "must be an array of tables ([[posts]])")
    for i, raw in enumerate(raw_posts, start=1):
        where = f"posts[{i}]"
        if not isinstance(raw, dict):
            raise err(where, "must be a table")
        for key in ("date", "time", "platform", "stage", "text"):
            if key not in raw:
                raise err(f"{where}.{key}", "is missing")
        if not isinstance(raw["date"], dt.date) or isinstance(raw["date"], dt.datetime):
            raise err(f"{where}.date", "must be a date (YYYY-MM-DD)")
        if date_out_of_range(raw["date"]):
            raise err(f"{where}.date", date_out_of_range(raw["date"]))
        if not isinstance(raw["time"], dt.time):
            raise err(f"{where}.time", "must be a time (HH:MM:SS)")
        if raw["stage"] not in STAGES:
            raise err(f"{where}.stage", f"unknown stage {raw['stage']!r}")
        status = raw.get("status", "draft")
        if status not in STATUSES:
            raise err(f"{where}.status", f"must be one of {', '.join(STATUSES)}, not {status!r}")
        for key in ("platform", "text", "tactic", "template", "format", "cta", "notes", "visual",
                    "sequence", "title", "link"):
            if key in raw and not isinstance(raw[key], str):
                raise err(f"{where}.{key}", "must be a string")
        for key in ("hashtags", "metrics"):
            if key in raw and (not isinstance(raw[key], list)
                               or not all(isinstance(v, str) for v in raw[key])):
                raise err(f"{where}.{key}", "must be a list of strings")
        cal.posts.append(CalendarPost(
            date=raw["date"], time=raw["time"], platform=raw["platform"], stage=raw["stage"],
            tactic=raw.get("tactic", ""), template=raw.get("template", ""),
            format=raw.get("format", ""), text=raw["text"], hashtags=list(raw.get("hashtags", [])),
            cta=raw.get("cta", ""), metrics=list(raw.get("metrics", [])), status=status,
            notes=raw.get("notes", ""), visual=raw.get("visual", ""),
            sequence=raw.get("sequence", ""), title=raw.get("title", ""),
            link=raw.get("link", ""),
            extra={k: v for k, v in raw.items() if k not in _POST_KEYS},
        ))
    return cal
