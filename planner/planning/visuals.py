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


def shown(brief: Brief, item: str) -> str:
    """What a photo of the goods shows: the goods themselves, or for a service the work being
    done, or for an app or a course its screen (a service is not an object on a table)."""
    if brief.kind == "service":
        return f"the {item} work being done"
    if brief.kind == "digital":
        return f"the {item} on a real screen"
    return f"the {item}"
