"""The brief in the chat: free text read into it, ``/brief`` to show it, ``/save-brief`` to write it."""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path

from planner.chat.replies import NO_DETAILS, Reply
from planner.chat.state import SessionState
from planner.fileio import write_atomic


#: a booking or an order taken by message, call or email ("just dm me", "whatsapp only")
BY_MESSAGE = re.compile(r"(?i)\b(?:dms?|message|messages|messaging|whats\s?app|text(?:s|ing)?|call(?:s|ing)?|"
                        r"ring|phone|e-?mail|inbox)\b")


def read_brief_details(state: SessionState, text: str) -> Reply:
    """A message that is not a command: update the brief from it and ask what is still missing."""
    from planner.brief import next_question, parse_brief_text
    from planner.brief.interview import next_fact_question

    dialogue = state.brief_dialogue()
    if state.fact_asked_after_plan:
        # the question a plan with empty slots asked is answered, unless the message tells
        # other details of the brief ("we post on New York time"): those are read as such
        state.fact_asked_after_plan = False
        probe = copy.deepcopy(dialogue)
        probe.asked = None
        if parse_brief_text(text, copy.deepcopy(state.brief), probe, today=state.today).changed:
            dialogue.asked = None
    declined = set(dialogue.declined)
    asked_before = dialogue.asked
    answering_a_fact = (dialogue.asked or "").startswith("fact:")
    update = parse_brief_text(text, state.brief, dialogue, today=state.today)
    state.brief = update.brief
    if asked_before == "sells_on" and "sells_on" not in update.changed and "url" not in update.changed \
            and BY_MESSAGE.search(text):
        # "just dm me on insta" to "where do people book you?": booked by message, a way the
        # posts already ask for (a message) when there is no link; not asked again
        dialogue.declined.add("sells_on")
        update.understood.append("bookings: by message (no booking page)")
    lines = []
    # a field declined ("no brand") is autosaved with the brief, so /restore won't ask again
    changed = {"brief"} if update.changed or dialogue.declined != declined else set()
    if update.understood:
        lines.append("Got it:")
        lines += [f"  • {u}" for u in update.understood]
    elif not changed:
        lines.append(NO_DETAILS + " Try “we sell soy candles on Etsy, "
                     "post 3x a week on Instagram”, or type /help.")
    if (state.calendar is not None and "timezone" in update.changed
            and state.calendar.timezone != state.brief.timezone):
        # the plan's posts keep their clock times, now read in the new zone
        state.calendar.timezone = state.brief.timezone
        if state.calendar.brief is not None:
            state.calendar.brief["timezone"] = state.brief.timezone
        changed.add("calendar")
        lines.append(f"  • the plan's times are now {state.brief.timezone or 'local time'}")
    question = next_question(state.brief, dialogue)
    if question:
        lines += ["", question]
    else:
        # the facts interview: one fact at a time, each skippable, once a plan can be made
        fact = next_fact_question(state.brief, dialogue)
        if update.understood and not answering_a_fact:
            lines += ["", "That's enough to plan: /plan, or /posts PATH first to fill your gaps."]
        if fact:
            lines += ["", fact if answering_a_fact else "Posts get more specific with a few facts. " + fact]
    return Reply("\n".join(lines), changed=changed)


def show_brief(state: SessionState, _args: list[str]) -> Reply:
    """``/brief``: the brief as TOML, and the next thing to ask."""
    from planner.brief import next_question
    from planner.domain.brief import brief_to_toml

    if not state.brief.product:
        return Reply("No brief yet. Tell me what you sell, e.g. “we sell soy candles on Amazon”.")
    from planner.brief.interview import next_fact_question

    text = "Here's what I have so far:\n\n" + brief_to_toml(state.brief).rstrip()
    dialogue = state.brief_dialogue()
    question = next_question(state.brief, dialogue)
    if not question:
        # nothing a plan needs is missing: the facts that make posts specific, one at a time
        # ("what do you need from me?" once got the brief and no question at all)
        fact = next_fact_question(state.brief, dialogue)
        question = ("That's enough to plan (“plan”). Posts get more specific with a few "
                    f"facts. {fact}") if fact else "That's enough to plan: say “plan”."
    return Reply(text + f"\n\n{question}")


def save_brief(state: SessionState, args: list[str]) -> Reply:
    """``/save-brief PATH [--force]``: write the brief TOML."""
    from planner.domain.brief import brief_to_toml

    paths = [a for a in args if a != "--force"]
    if not paths:
        return Reply("Usage: /save-brief PATH", error=True)
    if not state.brief.product:
        return Reply("No brief yet: tell me what you sell first.", error=True)
    force = "--force" in args
    path = Path(paths[0]).expanduser()
    if os.path.lexists(path) and not force:  # a link, even to nothing, counts
        return Reply(f"{path} already exists. /save-brief {path} --force replaces it.", error=True)
    write_atomic(path, brief_to_toml(state.brief), force=True)
    return Reply(f"Saved the brief to {path}.")
