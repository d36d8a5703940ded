"""Whether a phrase read where a product was looked for is a sentence about something else:
a subject and its verb ("my budget is small"), words of a sentence ("hi", "we", "post"), a
word that is never a product, or what the business is ("it's a family business")."""

from __future__ import annotations

import re

from planner.brief.vocabulary import NOT_A_PRODUCT, NOT_PRODUCT_LEAD

#: words in an opening phrase that make it a sentence, not a product named on its own
SENTENCE_WORDS = {"i", "we", "you", "it", "is", "are", "am", "was", "were", "be", "have", "has", "do",
                   "does", "did", "can", "will", "would", "should", "post", "posting", "sell", "sold",
                   "want", "need", "help", "plan", "this", "that", "what", "how", "why", "me", "my",
                   "our", "your", "im", "i'm", "we're", "it's", "its", "hmm", "lol", "idk", "thanks",
                   "ok", "okay", "yes", "no", "hi", "hey", "hello", "please", "said", "told", "already",
                   "again", "know", "think", "there", "here", "week", "weeks", "daily", "times", "get",
                   "gets", "find", "us", "running", "doing", "going", "use", "using", "try", "start",
                   "check", "follow", "visit", "buy", "order", "book", "day", "every", "each", "take",
                   "save", "here", "fortnight", "month", "name", "brand", "called", "right", "well",
                   "only", "just", "mostly", "also", "sure", "thank", "pls", "cool", "great", "nice"}


#: "sales training", "content writing", "video editing": a service whose first word alone
#: would be filler ("more sales", "content", "videos")
FILLER_SERVICE = re.compile(
    r"(?i:^\s*(?:(?:a|an|the|our|my)\s+)?(?P<w>sales|content|videos?|ads?|posts?)\s+(?:training|coaching|"
    r"consult\w*|enablement|strategy|creation|writing|production|editing|management|marketing|"
    r"services?|design|audits?|calendars?|planning|scheduling|outsourcing|funnels?|copy)\b)")


#: verbs after a subject: a sentence, never a product named on its own ("my budget is small",
#: "weekends are busiest", "sustainability matters to us")
VERBS = (r"(?:is|are|was|were|isn't|aren't|wasn't|has|have|had|will|would|can|could|should|might|"
         r"must|matters?|helps?|loves?|likes?|starts?|started|comes?|coming|goes|going|gets?|makes?|"
         r"runs?|works?|means?|sells?|sold|needs?|wants?|seems?|looks?)")
_VERB_AFTER = re.compile(rf"(?i:^\s+{VERBS}\b)")
#: ... unless the sentence says the subject is what is sold ("bath salts are what we sell")
_IS_WHAT_WE_SELL = re.compile(r"(?i:^\s+(?:is|are)\s+(?:(?:our|my)\s+(?:main\s+|best[- ]selling\s+|"
                              r"biggest\s+)?(?:thing|products?|bestsellers?|speciality|specialty)|"
                              r"what\s+(?:we|i))\b)")
#: words a reply about the business (not what it sells) ends with ("it's a family business")
_ABOUT_BUSINESS = re.compile(r"(?i:\b(?:business|company|side\s+hustle|hustle|venture|startup|"
                             r"start-up|project|thing|brand|team)$)")


#: words that trail off a reply without starting a sentence ("cupcakes mostly")
_FILLERS = {"mostly", "mainly", "too", "now", "lol", "haha", "really", "only", "just", "also",
            "though", "tbh", "btw", "pls", "please", "atm", "currently", "mainly", "i", "guess",
            "think", "x", "xx"}


def a_sentence_about_something_else(value: str, after: str) -> bool:
    """Whether a reply to "What do you sell?" says something else: a subject and its verb,
    words of a sentence, a word that is never a product, or what the business is."""
    if _IS_WHAT_WE_SELL.match(after):
        return False
    words = re.findall(r"[\w'-]+", value.lower())
    # the word right after, in the same clause ("soy candles i make" goes on as a sentence)
    following = [w for w in re.findall(r"[\w'-]+", after.lower()) if w not in _FILLERS][:1] \
        if re.match(r"\s+\w", after) else []
    first = words[0] if words and not FILLER_SERVICE.match(value) else ""  # "sales training"
    if first and re.fullmatch(VERBS + r"|ends|ending|expires|expiring|lasts|valid|applies", first) \
            and re.match(r"\s+\w", after):
        return True  # "runs until jan 5", "ends sunday": a sentence about something said before
    return bool(_VERB_AFTER.match(after) or _ABOUT_BUSINESS.search(value)
                or any(w in SENTENCE_WORDS for w in words + following)
                or any(re.fullmatch(VERBS, w) for w in words[1:])
                or first in NOT_A_PRODUCT or first in NOT_PRODUCT_LEAD)
