"""Posts written by hand for the repetition ledger's tests (test_overtold, test_repeats_default)
and what `planner lint` reports on them."""

from __future__ import annotations

import datetime as dt

from planner.domain.calendar import Calendar, CalendarPost
from planner.planning.lint import lint_calendar


def make_post(start: dt.date, day: int, text: str, *, platform: str = "instagram", cta: str = "",
              visual: str = "", template: str = "awareness/t") -> CalendarPost:
    """An awareness post ``day`` days after ``start`` at 10:00, saying ``text``."""
    return CalendarPost(date=start + dt.timedelta(days=day), time=dt.time(10), platform=platform,
                        stage="awareness", tactic="storytelling", template=template,
                        format="static", text=text, cta=cta, visual=visual)


def lint_rules(posts: list[CalendarPost], brief, start: dt.date, weeks: int = 4) -> list[tuple[int, str]]:
    """(post number, rule) of every post finding `planner lint` reports on ``posts`` as a
    calendar of ``weeks`` weeks from ``start``."""
    cal = Calendar(product=brief.product, start=start,
                   end=start + dt.timedelta(days=7 * weeks - 1), posts=posts)
    return [(f.post, f.rule) for f in lint_calendar(cal, brief) if f.post]
