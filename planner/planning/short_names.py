"""The product line said by its head noun once the reader has heard it whole (blind read 28:
"handbound notebooks and sketchbooks" twelve times in eight posts): a pass over a planned
calendar (:func:`say_product_short`), apart from wording.py so that it may ask the critic."""

from __future__ import annotations

from dataclasses import replace

from planner.domain.brief import Brief
from planner.planning.critic import post_findings
from planner.planning.wording import said_short


#: a platform's posts within four weeks of one that named the product line whole say it
#: by its head noun after a determiner ("our library"); a Pin is found alone, by search, and
#: says it whole
SHORT_NAME_DAYS = 28
_ALONE = frozenset({"pinterest"})


def say_product_short(posts: list, brief: Brief) -> None:
    """The calendar's posts (in date order) with the product line said whole once a post, and
    by its head noun where a platform's post of the last four weeks named it whole
    (:func:`said_short`): a pass over the planned posts that changes no choice of post, and
    keeps a caption as planned where the short name would give the critic a finding ("Our
    socks are knitted in …" read as the description pasted)."""
    whole: list = []  # (post, its caption as planned)
    for post in posts:
        text = post.text
        here = () if post.platform in _ALONE else tuple(
            t for p, t in whole if p.platform == post.platform
            and 0 <= (post.date - p.date).days < SHORT_NAME_DAYS)
        short = said_short(text, brief, here)
        if short != text and not set(post_findings(replace(post, text=short), brief)) - \
                set(post_findings(post, brief)):
            post.text = short
        whole.append((post, text))
