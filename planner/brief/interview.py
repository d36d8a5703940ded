"""The facts interview: once the brief has what a plan needs, the chat asks for the facts
that make posts specific (the problem it solves, the story, a customer's words, a tip, a
question people ask, a launch), one at a time, and the seller can skip any of them.

``next_fact_question`` picks the next fact not yet told or skipped and records it in the
:class:`~planner.brief.dialogue.Dialogue` as ``"fact:<key>"``; the reply to it is read
by :func:`read_fact_answer` into a ``fact`` finding that :mod:`planner.brief.apply` adds to
``brief.facts``. "skip" skips one; "no more questions" skips them all.
"""

from __future__ import annotations

import re
from typing import Any

from planner.brief.dialogue import Dialogue
from planner.brief.segments import clip, strip_end
from planner.domain.brief import Brief
from planner.domain.facts import Faq, Launch, Quote

#: fact key -> the question, in the order they are asked
FACT_QUESTIONS: dict[str, str] = {
    "problems": ("What problem does it solve for people? A phrase or two is plenty "
                 "(e.g. “candles that tunnel halfway down”), or say skip."),
    "story": "How did it start? One or two sentences of your story, or say skip.",
    "quotes": ("Has a customer said something you could quote? Paste it with their name "
               "if you can (e.g. “Best candle I've owned” - Sam), or say skip."),
    "tips": "What's one tip your customers would find useful, bought or not? Or say skip.",
    "faqs": ("What do people ask you most, and what's your answer? "
             "(e.g. “Are they vegan? Yes, 100% soy”), or say skip."),
    "launch": ("Anything new coming up, and when? (e.g. “a winter scent range on Dec 1”), "
               "or say skip."),
}
PREFIX = "fact:"
#: "no more questions", "stop asking": every fact question is skipped
SKIP_ALL = re.compile(r"(?i:\b(?:no\s+more\s+questions|skip\s+(?:all|the\s+rest|them\s+all)|"
                      r"stop\s+asking|enough\s+questions)\b)")


def next_fact_question(brief: Brief, dialogue: Dialogue) -> str | None:
    """The next fact to ask for (recorded in ``dialogue.asked``), or None when every fact
    is told or skipped."""
    for key, question in FACT_QUESTIONS.items():
        if PREFIX + key in dialogue.declined or brief.facts.has(key):
            continue
        dialogue.asked = PREFIX + key
        return question
    return None


#: the facts that give a calendar the most posts to write, most first: problems run the
#: awareness and consideration posts, tips make posts useful bought or not, questions people
#: ask answer doubts, the story is told in parts, customers' words are proof
FILLS_MOST = ("problems", "tips", "faqs", "story", "quotes", "launch")


#: the brief's fact lists in the order they give a calendar the most posts to write: problems
#: run awareness and consideration posts, tips are useful bought or not, questions people ask
#: answer doubts, the story is told in parts, then differences and customers' words
_LISTS_MOST_FIRST = ("problems", "tips", "faqs", "story", "differentiators", "quotes")


def keys_to_fill(brief: Brief) -> list[str]:
    """The brief keys that would fill a thin calendar's empty slots, most useful first: the
    description when there is none (each of its parts becomes a post of its own), for a
    service the audience (its areas and kinds of customer, a post each), then the fact
    lists the brief leaves empty."""
    keys = []
    if not brief.description.strip():
        keys.append("description")
    if not brief.audience.strip() and brief.kind == "service":
        keys.append("audience")
    keys += [name for name in _LISTS_MOST_FIRST if not getattr(brief.facts, name)]
    if not brief.audience.strip() and brief.kind != "service":
        keys.append("audience")
    return keys


#: brief fields a thin plan asks for after /plan, before the fact lists: each part of a
#: description, or of a service's areas and customers, becomes a post of its own
FIELD_QUESTIONS: dict[str, str] = {
    "description": ("Describe it in a line, the way you'd tell a customer: what's included, "
                    "sizes or materials, how it's delivered or booked, where it sells (e.g. "
                    "“three sizes, glazed inside, posted in recycled card”), or say skip."),
    "audience": ("Who are your customers, and where do you work? (e.g. “families and small "
                 "offices in Didsbury and Chorlton”), or say skip."),
}


def fact_to_fill(brief: Brief, dialogue: Dialogue) -> str | None:
    """After a plan that left many slots empty: the question for the single fact that would
    fill most of them, in the order the plan's warning names them (`keys_to_fill`); recorded
    in ``dialogue.asked``, so the reply is read into the brief. None when every such fact is
    told or skipped."""
    for key in keys_to_fill(brief):
        if key in FIELD_QUESTIONS:
            if key in dialogue.declined:
                continue
            dialogue.asked = key
            return FIELD_QUESTIONS[key]
        if key not in FILLS_MOST or PREFIX + key in dialogue.declined or brief.facts.has(key):
            continue
        dialogue.asked = PREFIX + key
        return FACT_QUESTIONS[key]
    for key in FILLS_MOST:  # (the launch: no key a thin plan lacks, still worth a post)
        if PREFIX + key in dialogue.declined or brief.facts.has(key):
            continue
        dialogue.asked = PREFIX + key
        return FACT_QUESTIONS[key]
    return None


def fact_label(name: str) -> str:
    """How a skipped fact is said back: "skipping the story"."""
    return f"skipping the {name[len(PREFIX):].rstrip('s')}" if name.startswith(PREFIX) else name


def read_fact_answer(key: str, text: str, date_of) -> Any:
    """A reply to the question about ``key`` as the fact's value, or None when it says
    nothing usable. ``date_of(span)`` reads a date (for a launch)."""
    text = " ".join(text.split())
    value = strip_end(text)
    if len(value) < 3 or not re.search(r"[^\W\d_]", value):
        return None
    if key == "problems":
        parts = [strip_end(p) for p in re.split(r"\s*(?:;|\n|,\s+and\s+|,\s+)\s*", value)]
        return [clip(p, 200) for p in parts if len(p.split()) >= 2][:5] or None
    if key in ("story", "tips"):
        sentences = [strip_end(s) for s in re.split(r"(?<=[.!?])\s+", text)]
        return [clip(s[:1].upper() + s[1:], 300) for s in sentences if len(s.split()) >= 3][:4] or None
    if key == "quotes":
        m = re.match(r"^[\"'“]?(?P<q>[^\"”]+?)[\"'”]?\s*(?:[-,]+|\bby\b|\bfrom\b)\s*(?P<by>[A-Z][\w .'-]{0,40})$",
                     value)
        if m and len(m.group("q").split()) >= 2:
            return Quote(clip(m.group("q").strip(), 300), m.group("by").strip())
        return Quote(clip(value.strip("\"“”'"), 300)) if len(value.split()) >= 3 else None
    if key == "faqs":
        m = re.match(r"^(?P<q>[^?]{3,200}\?)\s*(?P<a>.{2,})$", value)
        if m is None:
            return None
        return Faq(m.group("q").strip(), clip(strip_end(m.group("a")), 300))
    if key == "launch":
        m = re.search(r"(?i:\s+(?:on|from|in|by|for|starting|at\s+the\s+start\s+of)\s+(?P<d>[^,.;]+)$)",
                      value)
        what, date = value, None
        if m:
            date = date_of(m.group("d"))
            if date is not None:
                what = value[:m.start()]
        what = re.sub(r"(?i:^(?:yes|yeah|yep)[,!\s]+|^(?:we're|we\s+are|i'm)\s+launching\s+)", "", what)
        return Launch(clip(strip_end(what), 200), date) if len(what.split()) >= 1 else None
    return None
