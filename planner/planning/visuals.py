"""What a visual may show, from the kind of business the brief describes."""

from __future__ import annotations

import re

from planner.domain.brief import Brief


#: words that say the brief's business is with children
_MINORS_RE = re.compile(r"(?i)\b(kids?|child(?:ren)?|babies|baby|toddlers?|teens?|teenagers?|"
                        r"pupils?|school(?:s|children)?|juniors?|under[- ]1[0-8]s?|youth|"
                        r"parents?|families|family|students?)\b")


def with_minors(brief: Brief) -> bool:
    """Whether the brief's business involves children (so a photo may show one, with a
    parent's OK); a visual for any other business never mentions minors."""
    facts = brief.facts
    text = " ".join([brief.product, brief.description, brief.audience, *facts.story,
                     *facts.differentiators, *facts.problems])
    return bool(_MINORS_RE.search(text))


#: a service named by what is done ("inspections", "repairs", "cleaning", "coaching"),
#: not by a place or a thing a camera can show ("escape rooms", "a camper van")
_ACTIVITY_RE = re.compile(r"(?i)(?:ing|ions?|ments?|repairs?|lessons?|classes|class|services?|"
                          r"care|sessions?|treatments?|cuts?|checks?|audits?|surveys?|advice)$")


def is_activity(brief: Brief) -> bool:
    """Whether the brief sells work done rather than goods or a place: a service named by
    what is done, or anything digital (an app, a course, a membership has no shape)."""
    if brief.kind == "digital":
        return True
    head = re.split(r"\s+(?:for|with|in|at|by|from|to)\s+|,|\s[—–-]\s", brief.product.strip())[0]
    return brief.kind == "service" and bool(_ACTIVITY_RE.search(head.strip()))


def shown(brief: Brief, item: str) -> str:
    """What a photo of the goods shows: the goods themselves (a place, for a service held in
    one), or for a service named by its work that work being done, or for an app or a course
    its screen (an inspection is not an object on a table)."""
    if brief.kind == "service" and is_activity(brief):
        return f"the {item} work being done"
    if brief.kind == "digital":
        return f"the {item} on a real screen"
    return f"the {item}"
