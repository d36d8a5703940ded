"""Reviewing the planned posts one by one: ``/calendar`` lists them, ``/show`` opens one,
``/approve``, ``/regen`` and ``/delete`` change one. The calendar view runs the same commands."""

from __future__ import annotations

from datetime import timedelta

from planner.chat.replies import NO_CALENDAR, Reply
from planner.chat.state import SessionState
from planner.errors import PlannerError


def calendar_index(state: SessionState, args: list[str], usage: str) -> int:
    """The list index of planned post number ``args[0]`` (counted from 1)."""
    if state.calendar is None:
        raise PlannerError(NO_CALENDAR)
    count = len(state.calendar.posts)
    if len(args) != 1 or not args[0].isdigit() or not 1 <= int(args[0]) <= count:
        raise PlannerError(f"Usage: {usage} (N from 1 to {count})")
    return int(args[0]) - 1


def list_calendar(state: SessionState, _args: list[str]) -> Reply:
    """``/calendar``: one line per planned post, by week."""
    if state.calendar is None:
        return Reply(NO_CALENDAR, error=True)
    lines, week = [], None
    for number, p in enumerate(state.calendar.posts, start=1):
        iso = p.date.isocalendar()[:2]
        if iso != week:
            week = iso
            lines.append(f"Week of {p.date - timedelta(days=p.date.weekday())}")
        first = p.text.splitlines()[0][:48] if p.text else ""
        lines.append(f"  {number:>3} {p.date:%a %d %b} {p.time:%H:%M} {p.platform:<9} {p.stage:<13} "
                     f"{p.status:<8} {first}")
    return Reply("\n".join(lines))


def show_post(state: SessionState, args: list[str]) -> Reply:
    """``/show N``: a planned post in full."""
    i = calendar_index(state, args, "/show N")
    p = state.calendar.posts[i]
    head = (f"Post {i + 1}: {p.date} {p.time:%H:%M} {p.platform} · {p.stage} · {p.tactic} · "
            f"{p.format} · {p.status}")
    extra = (f"\n\nVisual: {p.visual}" if p.visual else "") + (f"\nNotes: {p.notes}" if p.notes else "")
    return Reply(f"{head}\n\n{p.full_text()}{extra}")


def approve_post(state: SessionState, args: list[str]) -> Reply:
    """``/approve N``: an approved post is kept by ``plan --update``."""
    i = calendar_index(state, args, "/approve N")
    state.calendar.posts[i].status = "approved"
    state.unsaved = True
    return Reply(f"Post {i + 1} approved.", changed={"calendar"})


def delete_post(state: SessionState, args: list[str]) -> Reply:
    """``/delete N``: remove a planned post."""
    i = calendar_index(state, args, "/delete N")
    post = state.calendar.posts.pop(i)
    state.unsaved = True
    return Reply(f"Deleted post {i + 1} ({post.date} {post.platform}, {post.stage}).",
                 changed={"calendar"})


def regenerate_post(state: SessionState, args: list[str]) -> Reply:
    """``/regen N``: a new variant of a draft post (approved and posted ones stay)."""
    from planner.planning.plan import regenerate_post as new_variant
    from planner.planning.render import TemplateLibrary

    i = calendar_index(state, args, "/regen N")
    if state.calendar.posts[i].status != "draft":
        return Reply(f"Post {i + 1} is {state.calendar.posts[i].status}; only drafts are "
                     "regenerated.", error=True)
    state.variants_made += 1
    new = new_variant(state.calendar, i, state.brief, TemplateLibrary(state.template_dirs),
                      variant=state.variants_made)
    state.calendar.posts[i] = new
    state.unsaved = True
    return Reply(f"Post {i + 1}, new variant ({new.tactic}):\n\n{new.full_text()}",
                 changed={"calendar"})


def edit_caption(state: SessionState, index: int, text: str) -> Reply:
    """Replace a planned post's caption (the calendar view's editor; ``index`` counts from 0)."""
    if state.calendar is None or not 0 <= index < len(state.calendar.posts):
        return Reply("No such post.", error=True)
    state.calendar.posts[index].text = text.strip()
    state.unsaved = True
    return Reply(f"Post {index + 1} edited.", changed={"calendar"})
