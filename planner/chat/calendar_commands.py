"""The calendar in the chat: ``/plan`` makes it, ``/save``, ``/export`` and ``/open`` move it
to and from files, ``/lint`` checks it."""

from __future__ import annotations

import datetime as dt

import os
import re
from pathlib import Path

from planner.chat.replies import NO_CALENDAR, Reply
from planner.chat.state import SessionState
from planner.domain.funnel import STAGES
from planner.errors import PlannerError
from planner.fileio import write_atomic

#: where /save puts a calendar that was never saved or opened
DEFAULT_DIR = Path("content_calendar")



def _posts(n: int) -> str:
    """"1 post", "12 posts"."""
    return f"{n} post" if n == 1 else f"{n} posts"

def default_path(state: SessionState) -> Path:
    """``content_calendar/<product>-<start>.toml``: the product only names the file, never a folder."""
    slug = re.sub(r"[^a-z0-9]+", "-", (state.brief.product or "calendar").lower()).strip("-")
    start = state.calendar.start.isoformat() if state.calendar else "plan"
    return DEFAULT_DIR / f"{slug or 'calendar'}-{start}.toml"


def plan(state: SessionState, args: list[str], *, start: dt.date | None = None) -> Reply:
    """``/plan [WEEKS]``: a new calendar from the brief, filling the loaded posts' gaps first.
    WEEKS becomes the brief's plan length, so the next /plan, the side panel and the saved
    brief say the plan's real length.

    Planned again over a calendar with approved or posted posts, it keeps them where they
    are and redoes only the drafts, as ``planner plan --update`` does (the calendar's start,
    length and seed stay unless WEEKS is given)."""
    from planner.planning.plan import PlanOptions
    from planner.workflow import make_calendar, update_request

    if not state.brief.product:
        return Reply("I need to know the product first: what do you sell?", error=True)
    weeks = None
    if args:
        if not args[0].isdigit() or not 1 <= int(args[0]) <= 52:
            return Reply("Usage: /plan [WEEKS] with WEEKS from 1 to 52", error=True)
        weeks = int(args[0])
    replaced = state.calendar is not None
    kept = [p for p in state.calendar.posts if p.status != "draft"] if state.calendar else []
    if kept:
        request = update_request(state.calendar, state.brief, weeks=weeks,
                                 new_posts=state.classified is not None)
        options, classified = request.options, state.classified or request.classified
    else:
        options = PlanOptions(weeks=weeks, seed=state.seed, today=state.today, start=start)
        classified = state.classified
    before = state.brief.weeks
    if weeks is not None:
        state.brief.weeks = weeks
    try:
        cal, warnings = make_calendar(state.brief, [], options, classified=classified,
                                      template_dirs=state.template_dirs)
    except PlannerError:
        state.brief.weeks = before
        raise
    state.calendar = cal
    state.unsaved = True
    state.focus = None
    counts = {s: sum(p.stage == s for p in cal.posts) for s in STAGES}
    mix = ", ".join(f"{s} {n}" for s, n in counts.items() if n)
    lines = [f"Planned {_posts(len(cal.posts))} from {cal.start} to {cal.end}: {mix}."]
    changed = {"calendar"}
    if weeks is not None:
        lines.append(f"Plan length: {_weeks(weeks)}"
                     + (f" (was {before})." if weeks != before else "."))
        changed |= {"brief"} if weeks != before else set()
    if kept:
        numbers = [n for n, p in enumerate(cal.posts, 1) if p.status != "draft"]
        lines.append(f"Kept your {len(kept)} approved or posted post{'s' if len(kept) != 1 else ''}"
                     f" as {'they were' if len(kept) != 1 else 'it was'} (now {_numbers(numbers)});"
                     " only drafts were redone. "
                     "/undo brings the last plan back.")
    elif replaced:
        lines.append("It replaces the last plan: /undo brings that one back.")
    if state.classified is not None and state.classified.coverage.gaps:
        lines.append(_gaps_filled(cal, state.classified.coverage.gaps))
    lines += [f"warning: {w}" for w in warnings]
    lines.append("/save to keep it, /lint to check it.")
    question = _ask_to_fill(state, cal)
    if question:
        lines += ["", question]
    return Reply("\n".join(lines), changed=changed)


#: a plan with at least this share of its slots empty asks for the fact that fills them
ASK_WHEN_EMPTY = 0.25
#: the words of that ask after "N of M" (``/week`` finds the ask by them)
EMPTY_ASK = "slots are empty: the brief gives too little to say in them"


def _ask_to_fill(state: SessionState, cal) -> str:
    """When a quarter or more of the slots the brief asked for were left empty: how many,
    and the one question whose answer would fill most of them (the next message is read as
    its answer and stored in the brief; "skip" skips it)."""
    from planner.brief.interview import fact_to_fill

    empty = int((cal.extra.get("plan") or {}).get("empty_slots", 0))
    slots = sum(p.status == "draft" for p in cal.posts) + empty
    if not empty or empty < ASK_WHEN_EMPTY * slots:
        return ""
    question = fact_to_fill(state.brief, state.brief_dialogue())
    if question is None:
        return ""
    state.fact_asked_after_plan = True
    return (f"{empty} of {slots} {EMPTY_ASK}. "
            f"One fact would fill most of them. {question} Then say “plan” again.")


def _weeks(n: int) -> str:
    return f"{n} week{'s' if n != 1 else ''}"


def _gaps_filled(cal, gaps: list[str]) -> str:
    """What the plan did about the loaded posts' gaps, naming only the gap stages it has new
    posts for, in the order the plan reaches them; the gaps it has no room for are counted,
    never named as filled."""
    first: dict[str, int] = {}
    for n, post in enumerate(cal.posts):
        if post.status == "draft" and post.stage in gaps:
            first.setdefault(post.stage, n)
    filled = sorted(first, key=first.get)
    weeks = -(-((cal.end - cal.start).days + 1) // 7)
    left = len(gaps) - len(filled)
    if not filled:
        return (f"None of your posts' gaps got a post in {_weeks(weeks)}: a longer plan has "
                "more room.")
    count = {s: sum(p.stage == s and p.status == "draft" for p in cal.posts) for s in filled}
    said = ", ".join(f"{s} ({count[s]} post{'s' if count[s] != 1 else ''})" for s in filled)
    line = f"Filled the gaps your posts left: {said}."
    if left:
        line += (f" {left} more gap{'s' if left != 1 else ''} got no post in {_weeks(weeks)}: "
                 "a longer plan has more room.")
    return line


def _numbers(numbers: list[int]) -> str:
    """"post 4", "posts 2 and 7", "posts 1, 3 and 9"."""
    if len(numbers) == 1:
        return f"post {numbers[0]}"
    return "posts " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def save_calendar(state: SessionState, args: list[str]) -> Reply:
    """``/save [PATH] [--force]``: write the calendar TOML (where it came from, by default)."""
    from planner.domain.calendar import calendar_to_toml

    if state.calendar is None:
        return Reply("Nothing to save yet: /plan first.", error=True)
    force = "--force" in args
    args = [a for a in args if a != "--force"]
    path = Path(args[0]).expanduser() if args else (state.calendar_path or default_path(state))
    same = state.calendar_path is not None and path.resolve() == state.calendar_path.resolve()
    if os.path.lexists(path) and not (force or same):  # a link, even to nothing, counts
        return Reply(f"{path} already exists. /save {path} --force replaces it.", error=True)
    write_atomic(path, calendar_to_toml(state.calendar), force=True)
    state.calendar_path = path
    state.unsaved = False
    return Reply(f"Saved {_posts(len(state.calendar.posts))} to {path}.", changed={"calendar"})


#: what an export is called next to the calendar's TOML, by format
EXPORT_SUFFIXES = {"ics": ".ics", "csv": ".csv", "markdown": ".md",
                   "hootsuite": "-hootsuite.csv", "sprout": "-sprout.csv"}


def export_calendar(state: SessionState, args: list[str]) -> Reply:
    """``/export FORMAT [PATH] [PLATFORM] [--force]``: the calendar for another tool; by
    default next to where /save puts the calendar (``content_calendar/<product>-<start>.ics``)."""
    from planner.domain.vocabularies import EXPORT_FORMATS, PLATFORMS
    from planner.planning.exports import export

    force = "--force" in args
    args = [a for a in args if a != "--force"]
    if not args:
        return Reply(f"Usage: /export FORMAT [PATH] ({', '.join(EXPORT_FORMATS)})", error=True)
    if state.calendar is None:
        return Reply(NO_CALENDAR, error=True)
    fmt = args[0].lower()
    if fmt not in EXPORT_FORMATS:
        return Reply(f"Unknown format {fmt!r}: use {', '.join(EXPORT_FORMATS)}.", error=True)
    if len(args) == 2 and args[1].lower() in PLATFORMS:  # "/export csv instagram"
        args = [fmt, "", args[1]]
    platform = args[2].lower() if len(args) > 2 else None
    if len(args) > 1 and args[1]:
        path = Path(args[1]).expanduser()
    else:
        base = state.calendar_path or default_path(state)
        path = base.with_name(base.stem + (f"-{platform}" if platform else "")
                              + EXPORT_SUFFIXES[fmt])
    if os.path.lexists(path) and not force:  # a link, even to nothing, counts
        return Reply(f"{path} already exists. Add --force to replace it.", error=True)
    write_atomic(path, export(state.calendar, fmt, platform=platform), force=True)
    from planner.chat.next_step import fingerprint

    state.exported = fingerprint(state)
    return Reply(f"Exported {len(state.calendar.posts)} posts as {fmt} to {path}.")


def open_calendar(state: SessionState, args: list[str]) -> Reply:
    """``/open PATH [--force]``: a saved calendar, and the brief it was planned from.
    An unsaved calendar in progress is not replaced without the seller's yes (or --force)."""
    import shlex

    from planner.domain.brief import brief_from_dict
    from planner.domain.calendar import load_calendar

    force = "--force" in args
    args = [a for a in args if a != "--force"]
    if not args:
        return Reply("Usage: /open PATH", error=True)
    path = Path(args[0]).expanduser()
    cal = load_calendar(str(path))  # a file that cannot be opened says so before any question
    if state.calendar is not None and state.unsaved and not force:
        where = f", last saved to {state.calendar_path}" if state.calendar_path else ", never saved"
        state.pending = f"/open {shlex.quote(str(path))} --force"
        return Reply(f"The calendar in progress ({len(state.calendar.posts)} posts{where}) has "
                     f"unsaved changes, and opening {path} would replace it. Open it anyway? "
                     "Say yes (/undo would still bring this one back), or /save first.")
    state.calendar = cal
    state.calendar_path = path
    state.unsaved = False
    state.focus = None
    changed = {"calendar"}
    if cal.brief is not None:
        try:
            state.brief = brief_from_dict(cal.brief, source=f"{path} [brief]")
            state.dialogue = None  # a new brief: its conversation starts afresh
            changed.add("brief")
        except PlannerError:
            pass
    return Reply(f"Opened {path}: {_posts(len(cal.posts))} from {cal.start} to {cal.end}.",
                 changed=changed)


def lint(state: SessionState, _args: list[str]) -> Reply:
    """``/lint``: platform limits and the funnel rules, the first 30 findings."""
    from planner.planning.lint import lint_calendar

    if state.calendar is None:
        return Reply(NO_CALENDAR, error=True)
    findings = lint_calendar(state.calendar, state.brief if state.brief.product else None)
    if not findings:
        return Reply(f"{len(state.calendar.posts)} posts, no findings.")
    return Reply("\n".join(f.line() for f in findings[:30])
                 + (f"\n… and {len(findings) - 30} more" if len(findings) > 30 else ""),
                 error=True)
