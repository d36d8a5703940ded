"""What the copy tests of the sessions' fixes (``test_copy_s2*_*.py``) share: a brief of
their own planned the way a seller plans it, with a fixed seed and a fixed first day, and
the checks several of them make on what a reader sees."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import Brief, brief_from_dict
from planner.domain.calendar import Calendar, CalendarPost
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.puns import pun_leads
from planner.planning.render import TemplateLibrary

#: the Monday the copy tests' calendars start on
START = dt.date(2027, 1, 4)


def plan(raw: dict, weeks: int = 4, start: dt.date = START) -> Calendar:
    """The calendar of the brief ``raw`` (a brief TOML's keys), seed 1."""
    return planned(raw, weeks, start)[1]


def planned(raw: dict, weeks: int = 4, start: dt.date = START) -> tuple[Brief, Calendar]:
    """The brief ``raw`` read, and its calendar (seed 1)."""
    brief = brief_from_dict(raw)
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(seed=1, start=start, weeks=weeks))
    return brief, cal


def posts(raw: dict, weeks: int = 4, start: dt.date = START) -> list[CalendarPost]:
    """The posts of :func:`plan`."""
    return plan(raw, weeks, start).posts


def opens_with_a_pun(cal: Calendar, kind: str) -> bool:
    """Whether a post of ``cal`` opens on one of the pun lines of the goods ``kind``."""
    every = [line for lines in pun_leads("puns", kind).values() for line in lines]
    return any(any(p.text.lstrip().startswith(line.rstrip(":.")) for line in every)
               for p in cal.posts)
