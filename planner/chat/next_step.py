"""``/next`` ("what's next?"): the one most useful thing for the seller to do now, worked
out from where the session is, in the order a week's work goes:

1. the brief: what is sold, then the details posts lean on (brand, what makes it special,
   who buys, where to buy) — asked as the chat's own question, so the answer is read;
2. the plan, when there is none;
3. the review: the first draft still to read and approve;
4. saving the calendar, when it has unsaved changes;
5. exporting it to a calendar app or scheduler, when this version was not exported;
6. nothing left: what to ask next week.
"""

from __future__ import annotations

import copy
import datetime as dt

from planner.chat.replies import Reply
from planner.chat.state import SessionState

#: the brief's fields a plan is much better for; offers, hashtags and referrals are extras
BRIEF_STEPS = ("brand", "description", "audience", "sells_on")


def fingerprint(state: SessionState) -> tuple | None:
    """What the calendar holds, to tell whether the version exported is this one."""
    cal = state.calendar
    if cal is None:
        return None
    return (cal.start, cal.end, tuple((p.date, p.time, p.platform, p.status, p.text)
                                      for p in cal.posts))


def _missing_detail(state: SessionState) -> str | None:
    """The brief's question for the first missing detail a plan leans on, or None."""
    from planner.brief import next_question

    dialogue = state.brief_dialogue()
    probe = copy.deepcopy(dialogue)
    next_question(state.brief, probe)
    if probe.asked not in BRIEF_STEPS:
        return None
    return next_question(state.brief, dialogue)  # asked for real: the next message answers it


def _first_draft(state: SessionState) -> tuple[int, object] | None:
    """The draft to review first: the first one from today on, else the first one."""
    today = state.today or dt.date.today()
    drafts = [(n, p) for n, p in enumerate(state.calendar.posts, 1) if p.status == "draft"]
    return next(((n, p) for n, p in drafts if p.date >= today), drafts[0] if drafts else None)


def what_next(state: SessionState, _args: list[str]) -> Reply:
    """``/next``: the next useful step, and how to say it."""
    brief, cal = state.brief, state.calendar
    if not brief.product:
        return Reply("First, tell me what you sell and where, e.g. “we sell soy candles on Etsy, "
                     "post 3x a week on Instagram”.")
    if cal is None:
        question = _missing_detail(state)
        if question:
            return Reply(f"One more detail makes the posts more specific. {question}\n"
                         "(Or say “plan” and I'll plan with what I have.)")
        return Reply(f"Make the plan: say “plan” ({brief.weeks} week{'s' if brief.weeks != 1 else ''}"
                     f" of {brief.posts_per_week} posts a week), or “plan 2 weeks” for another "
                     "length.")
    first = _first_draft(state)
    if first is not None:
        n, post = first
        drafts = sum(p.status == "draft" for p in cal.posts)
        return Reply(f"Review the plan: {drafts} of {len(cal.posts)} posts are still drafts. "
                     f"Start with post {n} ({post.date:%a %d %b}, {post.platform}): “show me post "
                     f"{n}”, then “approve {n}”, or “make it shorter” or “less salesy”.")
    if state.unsaved or state.calendar_path is None:
        return Reply("Every post is approved. Save the calendar: say “save”"
                     + (f" (it goes to {state.calendar_path})." if state.calendar_path else "."))
    if state.exported != fingerprint(state):
        return Reply("Saved. Put it in your calendar or scheduler: “export as ics” for calendar "
                     "apps, or csv, markdown, hootsuite or sprout.")
    return Reply(f"All done: every post is approved, saved and exported. Ask “what should I post "
                 f"this week?” whenever you like; the plan runs to {cal.end:%a %d %b}, so say "
                 "“plan” again after that.")


def next_step(state: SessionState) -> str:
    """The next useful step as one short sentence (small talk ends with it)."""
    cal = state.calendar
    if not state.brief.product:
        return "Tell me what you sell and where, e.g. “we sell soy candles on Etsy”."
    if cal is None:
        return "When you're ready, say “plan” (or “plan 2 weeks”)."
    if any(p.status == "draft" for p in cal.posts):
        return "Next: review the drafts (“what's next?” says where to start)."
    if state.unsaved:
        return "Say “save” to keep the plan."
    if state.exported != fingerprint(state):
        return "Next: “export as ics” to put it in your calendar."
    return "Ask me “what should I post this week?” whenever you like."
