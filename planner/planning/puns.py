"""Puns on the goods, for a seller whose tone asks for them ("cheerful, a bit cheeky, cheese
puns are fine"): blind read 25 graded a cheese box's calendar flat because that tone got
none. A pun is a lead-in of the punning register's (:mod:`planner.planning.openers`), said
in place of a stock one, on the goods the brief sells; never a fact, never a claim.

The lines live in ``planner/data/puns.toml`` (23 kinds of goods), each our own, written for
this planner. The lines of a kind keep the form of its stock lead-ins: a launch lead takes
the name after it, "dated" and "ending" leads take a colon, the others are sentences of
their own.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from planner.resources import data_dir

#: a tone that asks for puns or wordplay in so many words ("cheese puns are fine", "punny",
#: "wordplay welcome"); never "no puns"
_ASKS = re.compile(r"(?i)\b(?:puns?|punny|punning|wordplay|word play)\b")
_REFUSES = re.compile(r"(?i)\b(?:no|not|never|without|zero|avoid)\s+(?:\w+\s+){0,2}?"
                      r"(?:puns?|punny|wordplay|word play)\b")

#: the kinds of lead a pun may stand in for (planner/planning/openers.py's register kinds)
KINDS = ("offer", "tip", "problem", "launch", "ending", "today", "dated", "story")


@lru_cache(maxsize=1)
def _puns() -> tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]]], ...]:
    """What the goods are, by the words a brief says them in (``planner/data/puns.toml``),
    and the puns each kind of lead may be said with. The file ships with the package; a
    malformed entry is a bug in it, reported by name."""
    with open(data_dir() / "puns.toml", "rb") as fh:
        entries = tomllib.load(fh)["goods"]
    table = []
    for entry in entries:
        name = entry.get("name", "?")
        unknown = set(entry) - {"name", "words", *KINDS}
        if unknown or not isinstance(entry.get("words"), str):
            raise ValueError(f"puns.toml: goods {name!r}: unknown keys {sorted(unknown)} "
                             "or no words")
        leads = {kind: tuple(entry[kind]) for kind in KINDS if kind in entry}
        table.append((re.compile("(?i)" + entry["words"]), leads))
    return tuple(table)


def asks_for_puns(tone: str) -> bool:
    """Whether the tone asks for puns in so many words, and does not rule them out."""
    tone = tone or ""
    return bool(_ASKS.search(tone)) and not _REFUSES.search(tone)


def pun_leads(tone: str, *goods: str) -> dict[str, tuple[str, ...]]:
    """The pun lead-ins of each kind for goods named in ``goods`` (the product, then the
    description), when the tone asks for puns; the goods named first win. {} otherwise."""
    if not asks_for_puns(tone):
        return {}
    for text in goods:
        found = [(m.start(), leads) for pattern, leads in _puns() if (m := pattern.search(text or ""))]
        if found:
            return min(found, key=lambda f: f[0])[1]
    return {}
