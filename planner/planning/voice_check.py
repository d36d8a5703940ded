"""Whether a written post keeps the brief's voice: the critic's ``tone`` rule.

The phrasebook (:mod:`planner.planning.phrasebook`) says most lines in the voice; what it
cannot say another way is found here, so the planner picks another wording:

- ``formal``: a contraction, an exclamation mark, a sentence of one or two words ("Try
  this.", "You asked."), hype ("amazing", "game-changer", "you'll love").
- ``direct``: a hype or teaser frame ("The X difference:", "See for yourself",
  "There's an easy way to find out", "Not to brag", "game-changer", "Trust us").
- ``warm``: pressure ("Hurry", "Don't miss", "Last chance", "before it's gone").

Only our own words are judged: a customer's quotation, a link, a hashtag, a code and the
brief's own facts are left out first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.domain.brief import Brief
from planner.planning.phrasebook import _mask

_HYPE = (r"amazing|incredible|awesome|unbelievable|game[- ]changer|next[- ]level|obsessed|"
         r"mind[- ]blowing|must[- ]have|you(?:'ll| will) love|best[- ]ever|epic|insane")
_CONTRACTION = re.compile(r"(?i)\b[a-z]+(?:n['’]t|['’](?:re|ve|ll|d|m))\b|"
                          r"\b(?:it|that|there|here|what|who|let|he|she)['’]s\b")
_BREAKS: dict[str, list[tuple[re.Pattern, str]]] = {
    "formal": [
        (_CONTRACTION, "a contraction"),
        (re.compile(r"!"), "an exclamation mark"),
        (re.compile(r"(?i)\b(?:" + _HYPE + r")\b"), "hype"),
        # (not an abbreviation, "Dr. Kessler"; not a short answer after its question, "Yes.")
        (re.compile(r"(?:^|(?<=[.!]\s))(?!(?:Dr|Mr|Mrs|Ms|St|No|Nr|Co|Ltd|Inc|Fig|Vol)\.|Please\b|Thank you\b)"
                    r"[A-Z][\w'’-]*(?: [\w'’-]+)?\.(?=\s|$)", re.M),
         "a fragment as a sentence"),
    ],
    "direct": [
        (re.compile(r"(?i)\b(?:the [^\n:.]{1,40} difference:|see for yourself|an easy way to find "
                    r"out|not to brag|trust us|believe us|big news|exciting news|" + _HYPE + r")"),
         "hype"),
    ],
    "warm": [
        (re.compile(r"(?i)\b(?:hurry|don['’]t miss|last chance|before it['’]s gone|"
                    r"act fast|don['’]t wait|now or never)\b"), "pressure"),
    ],
}


def voice_breaks(text: str, voice: str, keep: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The words of ``text`` that break the voice, each with what they are: ("Nearly
    over.", "a fragment as a sentence"). ``keep`` are the brief's own words, not judged."""
    checks = _BREAKS.get(voice)
    if not checks:
        return []
    masked, _ = _mask(text, tuple(keep))
    # a fact stands for a word in a sentence: "Kessler GmbH." is a name, not our fragment
    own = re.sub("\ue000\\d+\ue001", "Fact", masked)
    own = re.sub(r"\?\n(?:Yes|No)\b", "?\nFact", own)  # "Is there parking?\nYes." answers
    found = []
    for pattern, what in checks:
        for m in pattern.finditer(own):
            words = m.group(0)
            if "Fact" in words and what == "a fragment as a sentence":
                continue
            found.append((words.strip(), what))
            break
    return found


def brief_words(brief: Brief) -> tuple[str, ...]:
    """The brief's own words a post may tell: its names, facts and quotations."""
    from planner.planning.facts_said import brief_details
    from planner.planning.wording import mend, said_title

    facts = brief.facts
    offer = brief.offer
    said = tuple(w for w in (
        brief.product, brief.brand, brief.description, brief.customer_perk, brief.referral_reward,
        brief.audience, offer.code if offer else "", offer.discount if offer else "",
        *facts.problems, *facts.differentiators, *facts.story, *facts.tips,
        *(q.text for q in facts.quotes), *(f.answer for f in facts.faqs),
        *(f.question for f in facts.faqs), facts.reviews or "",
        facts.launch.what if facts.launch else "",
        *(e.title for e in facts.events), *(e.place for e in facts.events),
        # (and its title as posts say it: "our webinar, ‘…’" for "Webinar: …")
        *(said_title(e.title) for e in facts.events),
        *facts.creators, facts.community, facts.ambassadors,
        *brief_details(brief)) if isinstance(w, str) and w)
    return said + tuple(mend(w) for w in said)
