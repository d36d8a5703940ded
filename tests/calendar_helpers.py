"""What the copy tests of one session's fixes (``test_copy_s27_*.py``) share: a brief of
their own planned the way a seller plans it, with a fixed seed and a fixed first day."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import Calendar, CalendarPost
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

#: the Monday the copy tests' calendars start on
START = dt.date(2027, 1, 4)


def plan(raw: dict, weeks: int = 4, start: dt.date = START) -> Calendar:
    """The calendar of the brief ``raw`` (a brief TOML's keys), seed 1."""
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1, start=start, weeks=weeks))
    return cal


def posts(raw: dict, weeks: int = 4) -> list[CalendarPost]:
    """The posts of :func:`plan`."""
    return plan(raw, weeks).posts
