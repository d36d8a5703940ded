"""Short replies in the chat: a seller saying no ("no brand", "nope", "skip"), and
whether a short message could be a bare answer to the question just asked."""

from __future__ import annotations

import re

from planner.brief.vocabulary import NOT_ANSWER

NO_BRAND = re.compile(r"(?i:\b(?:no|without\s+a|don't\s+have\s+a)\s+(?:brand(?:\s+name)?|name\s+yet|"
                      r"name(?=\s*(?:[.!,;]|$|\s+(?:really|tbh|lol|just)\b))|"
                      r"(?:shop|business)\s+name)\b)")
NO_HASHTAG = re.compile(r"(?i:\b(?:no|without\s+a|don't\s+have\s+a|do\s+not\s+have\s+a|"
                        r"drop\s+the|remove\s+the|skip\s+the|forget\s+the)\s+(?:branded\s+)?hashtag)")
NO_REFERRAL = re.compile(
    r"(?i:\b(?:no|without\s+a|(?:don't|do\s+not)\s+(?:have|do|offer|run)\s*(?:a|any)?|"
    r"drop\s+the|remove\s+the|skip\s+the|forget\s+the)\s*(?:referral|referrals|refer-a-friend|"
    r"refer\s+a\s+friend)(?:\s+(?:program(?:me)?|scheme|reward|rewards|bonus))?\b)")
#: a whole message that only says no, or "I don't know"
_DECLINE = re.compile(
    r"(?i:^\s*(?:no|nope|nah|none|nothing|skip(?:\s+it)?|pass|n/?a|not\s+now|later|no\s+thanks|"
    r"not\s+really|not\s+yet|not\s+sure|idk|dunno|don't\s+know|i\s+don't\s+know|"
    r"(?:we|i)\s+don't(?:\s+have\s+(?:one|any))?|don't\s+have\s+(?:one|any)|no\s+(?:we|i)\s+don't)"
    r"\s*[.!]*\s*$)")


def is_decline(text: str) -> bool:
    """Whether the whole message only says no ("nope", "skip it", "we don't have one")."""
    return bool(_DECLINE.match(text))


#: a whole message that is only thanks, praise, a goodbye or an apology: never an answer
#: ("thx" is no brand name)
_SMALL_TALK = re.compile(
    r"(?i:^\s*(?:thx|thnx|thanx|thanks?(?:\s+(?:so\s+much|a\s+lot|again|heaps))?|"
    r"thank\s+(?:you|u)(?:\s+(?:so\s+much|again))?|ty|tysm|cheers|ta|ok(?:ay)?|k|cool|great|"
    r"nice|perfect|awesome|lovely|brilliant|amazing|bye|goodbye|lol|haha|sorry|my\s+bad|nvm|"
    r"never\s*mind|got\s+it)(?:[\s,!.]+(?:thx|thanks|ty|lol|haha|again|:\)))*[\s!.:)]*$)")


def plausible_answer(text: str) -> bool:
    """Whether a short message could be a bare answer: not a question, command, greeting
    or thanks."""
    if not text or text.endswith("?") or text.startswith("/") or len(text) > 300 \
            or _SMALL_TALK.match(text):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    if not words or len(words) > 30 or words[0].lower() in NOT_ANSWER:
        return False
    return sum(ch.isalpha() for ch in text) >= 3
