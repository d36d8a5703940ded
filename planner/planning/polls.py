"""Poll options from the brief's own facts.

A poll whose options are ours ("Behind the scenes", "How we work", "The price") says
nothing about the business, so a poll is made only of things the brief states: its
problems, its differences, its customers' questions. Each option is one fact, cut at its
first comma or dash when that leaves a whole point ("We do not sell or install racking"),
and short enough to read as an option. With too few such facts there is no poll.
"""

from __future__ import annotations

import re

from planner.domain.brief import Brief
from planner.planning.wording import mend, short_name

#: an option longer than this is a sentence, not a choice
OPTION_MAX = 60
#: an option a native poll takes whole (X allows 25 characters, LinkedIn 30)
NATIVE_MAX = 25

#: the question each kind of fact answers, and the order the poll templates try them in
QUESTIONS = {
    "problems": ("Which of these have you run into?", "Which of these comes up most for you?",
                 "Which of these have you had to deal with?"),
    "differentiators": ("Which of these matters most to you?",
                        "Which of these would you weigh first?",
                        "If you could only have one of these, which would it be?"),
    "faqs": ("Which of these would you ask us first?", "Which of these questions is yours?",
             "Which of these have you wondered about?"),
}

#: the problems question for a job done once in a while (a move, a yearly service, a
#: course): "comes up most" fits only what happens every day (read 22, a removals firm:
#: "Which of these comes up most for you?")
ONE_OFF_PROBLEMS = ("Which of these have you lived through?", "Which of these worries you most?",
                    "Which of these have you had to deal with?")
#: words that say a service or a course is used again and again (a weekly clean, a membership)
_RECURRING = re.compile(r"(?i)\b(?:daily|weekly|fortnightly|monthly|every (?:day|week|month|"
                        r"morning|evening)|subscriptions?|members?(?:hip)?|per month|a month|"
                        r"/month|regular|ongoing|retainer|walks?|walking|drop-ins?)\b")


def one_off(brief: Brief) -> bool:
    """Whether the brief sells a job done once in a while (a service or a course with no
    sign of coming back weekly or monthly), not an everyday thing."""
    if brief.kind == "product":
        return False
    return not _RECURRING.search(f"{brief.product} {brief.description}")


#: the kinds of fact a two-option poll (a choice) and a three-option poll (a community
#: question) try first
POLL2_ORDER = ("differentiators", "problems", "faqs")
POLL3_ORDER = ("problems", "faqs", "differentiators")


def option(fact: str) -> str:
    """The fact as a poll option: capitalised, no full stop, cut at a comma or dash that
    leaves three words or more; empty when it is still too long."""
    text = mend(fact).strip().rstrip(".!")
    if len(text) > OPTION_MAX:
        head = re.split(r",\s|\s[—–-]\s|;\s", text, maxsplit=1)[0]
        if len(head.split()) >= 3:
            text = head
    if len(text) > OPTION_MAX or not text:
        return ""
    return text[:1].upper() + text[1:]


def poll_sets(brief: Brief) -> dict[str, list[str]]:
    """The options each kind of fact gives, by kind (only kinds that give two or more)."""
    facts = brief.facts
    from planner.planning.facts_said import named_pronoun

    # a difference's "them" said as the goods ("Two sisters glaze our mugs…"): an option
    # is read on its own
    owned = short_name(brief) if brief.kind == "product" else ""
    from planner.planning.facts_said import problem_statement

    # a problem about other people ("runners who keep getting the same knee pain") is no
    # answer to "Which of these have you run into?"
    sources = {"problems": [p for p in facts.problems if not problem_statement(p)],
               "differentiators": [named_pronoun(d, owned) for d in facts.differentiators],
               "faqs": [f.question for f in facts.faqs]}
    out = {}
    for name, items in sources.items():
        options = []
        for item in items:
            said = option(item)
            if said and said.lower() not in (o.lower() for o in options):
                options.append(said)
        if len(options) >= 2:
            out[name] = options
    return out


def poll(brief: Brief, size: int, order: tuple[str, ...]) -> dict | None:
    """The first poll of ``size`` options the brief's facts give, trying the kinds of fact
    in ``order``: ``{"question", "questions" (its other wordings), "options", "native"}`` (``native``: every option fits a
    platform's own poll), or None."""
    sets = poll_sets(brief)
    for name in order:
        options = sets.get(name, [])
        if len(options) >= size:
            chosen = options[:size]
            questions = ONE_OFF_PROBLEMS if name == "problems" and one_off(brief) \
                else QUESTIONS[name]
            return {"question": questions[0], "questions": list(questions),
                    "options": chosen, "kind": name,
                    "native": all(len(o) <= NATIVE_MAX for o in chosen)}
    return None

