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
    posts = state.calendar.posts
    if not posts:
        return Reply("The calendar has no posts: say “plan” for new ones.")
    approved = sum(p.status == "approved" for p in posts)
    # the count first: "how many posts is that" is answered here
    lines = [f"{len(posts)} post{'s' if len(posts) != 1 else ''}, {min(p.date for p in posts):%a %d %b} to "
             f"{max(p.date for p in posts):%a %d %b}" + (f", {approved} approved" if approved else "") + ":"]
    week = None
    for number, p in enumerate(posts, start=1):
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
    state.focus = i
    p = state.calendar.posts[i]
    head = (f"Post {i + 1}: {p.date} {p.time:%H:%M} {p.platform} · {p.stage} · {p.tactic} · "
            f"{p.format} · {p.status}")
    extra = (f"\n\nVisual: {p.visual}" if p.visual else "") + (f"\nNotes: {p.notes}" if p.notes else "")
    return Reply(f"{head}\n\n{p.full_text()}{extra}")


def approve_post(state: SessionState, args: list[str]) -> Reply:
    """``/approve N``: an approved post is kept by ``plan --update`` and by ``/plan``."""
    i = calendar_index(state, args, "/approve N")
    state.focus = i
    state.calendar.posts[i].status = "approved"
    state.unsaved = True
    return Reply(f"Post {i + 1} approved: a new /plan keeps it.", changed={"calendar"})


def describe(number: int, post) -> str:
    """A post as a message names it: "post 2 (Tue 08 Dec 09:00 instagram, consideration:
    “first words of it…”)"."""
    first = post.text.splitlines()[0] if post.text else ""
    first = first if len(first) <= 40 else first[:40].rsplit(" ", 1)[0] + "…"
    return (f"post {number} ({post.date:%a %d %b} {post.time:%H:%M} {post.platform}, "
            f"{post.stage}: “{first}”)")


def delete_post(state: SessionState, args: list[str]) -> Reply:
    """``/delete N``: remove a planned post (``/undo`` brings it back)."""
    i = calendar_index(state, args, "/delete N")
    post = state.calendar.posts.pop(i)
    state.unsaved = True
    state.focus = None
    moved = (f" Posts after it move up one: post {i + 2} is now post {i + 1}."
             if i < len(state.calendar.posts) else "")
    return Reply(f"Deleted {describe(i + 1, post)}.{moved} /undo brings it back.",
                 changed={"calendar"})


#: what /regen N HOW says of each variation (planning/variations.py)
HOW_WORDS = {"softer": "less salesy", "shorter": "shorter", "casual": "more casual",
             "formal": "more formal", "mine": "more in your own words"}


def regenerate_post(state: SessionState, args: list[str]) -> Reply:
    """``/regen N [HOW]``: a new variant of a draft post (approved and posted ones stay);
    HOW asks for one that is softer, shorter, casual, formal or more in the seller's words."""
    from planner.planning.variations import regenerate_post as new_variant
    from planner.planning.render import TemplateLibrary
    from planner.planning.variations import HOWS, vary_post

    how = args[1].lower() if len(args) == 2 else None
    if len(args) > 2 or (how is not None and how not in HOWS):
        return Reply(f"Usage: /regen N [HOW] with HOW one of {', '.join(HOWS)}", error=True)
    i = calendar_index(state, args[:1], "/regen N [HOW]")
    state.focus = i
    old = state.calendar.posts[i]
    if old.status != "draft":
        return Reply(f"Post {i + 1} is {old.status}; only drafts are "
                     "regenerated.", error=True)
    library = TemplateLibrary(state.template_dirs)
    if how is None:
        state.variants_made += 1
        try:
            new = new_variant(state.calendar, i, state.brief, library, variant=state.variants_made)
        except PlannerError:
            # no raw "no other template fits": why, in plain words, and what the seller can do
            return Reply(f"I have no other post for that slot: post {i + 1} ({old.date:%a %d %b}, "
                         f"{old.platform}, {old.stage}) keeps its words. Every other kind of "
                         f"{old.stage} post would repeat one already in the plan or needs a fact the "
                         "brief doesn't have yet. Tell me one (a tip, a customer's words, the problem "
                         f"it solves) and ask again, or edit post {i + 1} yourself in the calendar "
                         "view (ctrl+l, e).", error=True)
        said = f"Post {i + 1}, new variant ({new.tactic})"
    else:
        if not state.brief.product:
            return Reply("I need the brief to rewrite a post: tell me what you sell, or /open "
                         "the calendar with its brief.", error=True)
        try:
            new = vary_post(state.calendar, i, state.brief, library, how)
        except PlannerError as exc:
            if how == "softer":
                soft = _already_soft(state, i)
                if soft:
                    return Reply(soft)
            # a rewrite that cannot go further offers the next step a seller can take with one
            # word (five of six such requests once ended at the refusal)
            state.pending = f"/regen {i + 1}"
            return Reply(f"{str(exc)[:1].upper()}{str(exc)[1:]}. Say “yes” for a different post "
                         f"in that slot (/regen {i + 1}), or edit it yourself in the calendar view "
                         "(ctrl+l, e).", error=True)
        changed_tactic = f", now {new.tactic}" if new.tactic != old.tactic else ""
        said = f"Post {i + 1}, {HOW_WORDS[how]} ({old.tactic}{changed_tactic})"
    state.calendar.posts[i] = new
    state.unsaved = True
    return Reply(f"{said}:\n\n{new.full_text()}\n\n/undo brings the old one back.",
                 changed={"calendar"})


def _already_soft(state: SessionState, index: int) -> str:
    """Why a post asked to be less salesy needs no change, when it sells nothing (no offer,
    price or ask to buy), and which posts do sell: "" when it does sell (chat test 38: "make
    it less salesy" of a question to followers was refused as an error)."""
    from planner.planning.variations import salesiness

    cal, brief = state.calendar, state.brief
    post = cal.posts[index]
    if post.stage == "conversion" or salesiness(post, brief) >= 1.5:
        return ""
    selling = [n for n, p in enumerate(cal.posts)
               if n != index and (p.stage == "conversion" or salesiness(p, brief) >= 3)]
    said = (f"Post {index + 1} doesn't sell anything: it has no offer, no price and no ask to "
            f"buy, so there's nothing to take out.")
    if not selling:
        return said + " No post in the plan is a hard sell."
    named = ", ".join(f"{n + 1} ({cal.posts[n].date:%a %d %b})" for n in selling[:4])
    return (f"{said} The posts that ask to buy are {named}: say “make post {selling[0] + 1} "
            "less salesy” to soften one.")


def edit_caption(state: SessionState, index: int, text: str) -> Reply:
    """Replace a planned post's caption (the calendar view's editor; ``index`` counts from 0)."""
    if state.calendar is None or not 0 <= index < len(state.calendar.posts):
        return Reply("No such post.", error=True)
    post, text = state.calendar.posts[index], text.strip()
    if not text:
        return Reply(f"A caption can't be empty: post {index + 1} keeps its caption.", error=True)
    if text == post.text.strip():
        return Reply(f"Post {index + 1}'s caption is unchanged.")
    post.text = text
    state.unsaved = True
    state.focus = index
    return Reply(f"Saved post {index + 1}'s caption. /undo brings the old one back; /save "
                 "writes the calendar.", changed={"calendar"})
