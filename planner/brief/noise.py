"""Words that never make a product on their own: platform and shop names, how often, and
greetings. A candidate product made of nothing else ("ig 4x/wk", "tt daily", "hola",
"etsy + insta") is something else said where a product was looked for."""

from __future__ import annotations

import re

from planner.brief.gloss import GREETINGS
from planner.brief.vocabulary import STORE_ALIASES
from planner.domain.vocabularies import EXPORT_PLATFORM_ABBREVIATIONS, PLATFORM_ALIASES

#: words of platforms' and shops' names that are words of English too ("website", "shorts")
_GENERIC = {"website", "shop", "store", "online", "marketplace", "shopping", "local", "shops",
            "markets", "market", "fairs", "craft", "wholesale", "handmade", "own", "site", "big", "cartel",
            "in", "page", "threads", "shorts", "stories", "reels", "you tube"}
#: the words of every platform's and shop's names
_CHANNEL_WORDS = ({word for names in PLATFORM_ALIASES.values() for name in names
                   for word in re.findall(r"[a-z]+", name)} | set(EXPORT_PLATFORM_ABBREVIATIONS)
                  | {word for sid in STORE_ALIASES for word in re.findall(r"[a-z]+", sid)}) - _GENERIC
#: how often, and what is posted
_CADENCE_WORDS = {"x", "a", "an", "per", "each", "every", "times", "time", "week", "weeks", "wk", "wks",
                  "w", "day", "days", "daily", "weekly", "month", "monthly", "pw", "ppw", "posts", "post",
                  "reels", "reel", "stories", "story", "videos", "video", "and", "or", "plus", "only",
                  "once", "twice", "thrice", "ish", "about", "around", "maybe", "like", "also", "too",
                  "on", "both", "total", "mostly", "lol"}
_GREETING = re.compile(rf"(?i:^(?:hi|hey|hello|hiya|yo|{GREETINGS})$)")


#: a page's heading pasted with it ("About", "Our Story"), never what is sold
_HEADING = re.compile(r"(?i:^(?:about(?:\s+us)?|our\s+story|welcome|home|faq|contact(?:\s+us)?)$)")
#: words said in passing ("sorry", "oops", "lol"), never what is sold
_INTERJECTION = re.compile(r"(?i:^(?:sorry|soz|oops|whoops|lol|haha|ha|thanks|thank\s+you|ok|okay|yes|yeah|"
                           r"yep|no|nope|wait|hmm|um|erm|ah|oh|right|cool|great|sure)(?:[\s,.!]+(?:sorry|lol|haha|"
                           r"wait|ok|oops))*$)")


def _noise(word: str) -> bool:
    return word in _CHANNEL_WORDS or word in _CADENCE_WORDS or bool(re.fullmatch(r"\d+(?:x|ish)?|x\d+", word))


def channel_talk(value: str) -> bool:
    """Whether ``value`` is made only of platform or shop names, cadence words and numbers,
    or is a greeting, a heading or a word said in passing: "ig 4x/wk", "tiktok daily", "etsy +
    insta", "Bonjour", "About", "sorry"."""
    text = value.strip().lower()
    if _GREETING.match(text.strip(" !,.")) or _HEADING.match(text.strip(" !,.:")) \
            or _INTERJECTION.match(text.strip(" !,.")):
        return True
    words = re.findall(r"[^\W_]+", text)
    return bool(words) and all(_noise(w) for w in words) and any(
        w in _CHANNEL_WORDS or re.fullmatch(r"\d+x?", w)
        or w in ("daily", "weekly", "once", "twice", "thrice") for w in words)
