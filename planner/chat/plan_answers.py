"""Questions about the plan: ``/week`` ("what should I post this week?") and ``/why N``
("why is post 3 consideration?") — the seller's questions, answered from the calendar."""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import lru_cache

from planner.chat.replies import Reply
from planner.chat.review_commands import calendar_index
from planner.chat.state import SessionState
from planner.resources import data_dir


def _line(number: int, post, today: dt.date) -> str:
    first = post.text.splitlines()[0][:60] if post.text else ""
    mark = " (today)" if post.date == today else ""
    status = "" if post.status == "draft" else f" · {post.status}"
    return (f"  {number:>3} {post.date:%a %d %b} {post.time:%H:%M} {post.platform} · "
            f"{post.stage}{status}{mark}: {first}")


def this_week(state: SessionState, _args: list[str]) -> Reply:
    """``/week``: the planned posts of this week (planning first when there is no calendar
    and the brief says what is sold), or of the plan's first week when it starts later."""
    from planner.chat.calendar_commands import EMPTY_ASK, plan

    lines: list[str] = []
    changed: set[str] = set()
    ask = ""
    if state.calendar is None:
        if not state.brief.product:
            return Reply("There's no plan yet, and I need to know what you sell to make one: "
                         "tell me, e.g. “we sell soy candles on Etsy”.")
        today = state.today or dt.date.today()
        # (asked on a weekday, the plan starts today: "what should i post this week" on a
        # Monday once answered "Nothing is planned this week; the plan starts Mon 14 Dec",
        # chat test 38; at the weekend the week about to start is planned, as before)
        made = plan(state, [], start=today if today.weekday() < 5 and state.brief.start is None
                    else None)
        if made.error:
            return made
        lines += ["There was no plan yet, so I made one. " + made.text.splitlines()[0], ""]
        changed = made.changed
        # a plan with many empty slots asks for the fact that fills them: the week's answer
        # keeps that ask (it once listed 2 posts of 12 with no word on why, or what would help)
        ask = next((part for part in made.text.split("\n\n") if EMPTY_ASK in part), "")
    cal = state.calendar
    today = state.today or dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    if today.weekday() >= 5:
        # on a Saturday or a Sunday, "this week" is the one about to start: the seller plans
        # it at the weekend (it once answered "Nothing is planned this week" on a Sunday)
        monday += dt.timedelta(days=7)
    week = [(n, p) for n, p in enumerate(cal.posts, 1)
            if monday <= p.date <= monday + dt.timedelta(days=6)]
    if week:
        lines.append(f"This week ({monday:%a %d %b} to {monday + dt.timedelta(days=6):%a %d %b}), "
                     f"{len(week)} post{'s' if len(week) != 1 else ''}:")
    else:
        later = [(n, p) for n, p in enumerate(cal.posts, 1) if p.date > today]
        if not later:
            return Reply(f"Nothing is planned this week or after: the plan ended on {cal.end}. "
                         "Say “plan” for a new one.", changed=changed)
        first = later[0][1].date
        start = first - dt.timedelta(days=first.weekday())
        week = [(n, p) for n, p in later if p.date <= start + dt.timedelta(days=6)]
        lines.append(f"Nothing is planned this week; the plan starts {first:%a %d %b}. "
                     f"Its first week, {len(week)} post{'s' if len(week) != 1 else ''}:")
    lines += [_line(n, p, today) for n, p in week]
    lines += ["", f"“show me post {week[0][0]}” reads one in full; “approve {week[0][0]}” "
              "when it's good to go."]
    if ask:
        lines += ["", ask]
    return Reply("\n".join(lines), changed=changed)


@lru_cache(maxsize=1)
def _funnel_words() -> tuple[dict, dict]:
    """The stages' reader and job (funnel.toml) and each tactic's one line (tactics.toml)."""
    with open(data_dir() / "funnel.toml", "rb") as fh:
        stages = tomllib.load(fh)["stage"]
    with open(data_dir() / "tactics.toml", "rb") as fh:
        tactics = {t: line for table in tomllib.load(fh).values() if isinstance(table, dict)
                   for t, line in table.items() if isinstance(line, str)}
    return stages, tactics


def why_planned(state: SessionState, args: list[str]) -> Reply:
    """``/why N``: why planned post N has its stage and tactic."""
    i = calendar_index(state, args, "/why N")
    state.focus = i
    cal = state.calendar
    post = cal.posts[i]
    stages, tactics = _funnel_words()
    about = stages.get(post.stage, {})
    count = sum(p.stage == post.stage for p in cal.posts)
    article = "an" if post.stage[:1] in "aeiou" else "a"  # "an awareness post"
    lines = [f"Post {i + 1} ({post.date:%a %d %b}, {post.platform}) is {article} {post.stage} post."]
    if about:
        lines.append(f"  For {about['reader']}: its job is to {about['job']}.")
    if post.tactic:
        said = tactics.get(post.tactic)
        if said and said.lower().startswith(post.tactic.lower() + ","):
            said = said[len(post.tactic) + 1:].strip()  # ("free shipping, free shipping, when…")
        lines.append(f"  Tactic: {post.tactic}" + (f", {said}." if said else "."))
    outline = cal.extra.get("plan", {}) if isinstance(cal.extra.get("plan"), dict) else {}
    share = outline.get("mix", {}).get(post.stage) if isinstance(outline.get("mix"), dict) else None
    mix = f" (the mix gives it {share:.0%}" if isinstance(share, (int, float)) else ""
    reasons = [r for r in outline.get("why", []) if isinstance(r, str) and post.stage in r]
    mix += (f": {'; '.join(reasons)})" if reasons else ")") if mix else ""
    lines.append(f"  The plan has {count} {post.stage} post{'s' if count != 1 else ''} of "
                 f"{len(cal.posts)}{mix}.")
    if cal.coverage and post.stage in cal.coverage.get("gaps", []):
        lines.append(f"  Your own posts had too little {post.stage}: the plan fills that gap.")
    if post.sequence:
        lines.append(f"  It is one step of a run of posts ({post.sequence}).")
    if post.metrics:
        lines.append(f"  Watch: {', '.join(post.metrics[:4])}.")
    lines.append(f"“make post {i + 1} less salesy”, “shorter” or “more casual” changes it; "
                 f"/explain is for your own loaded posts.")
    return Reply("\n".join(lines))
