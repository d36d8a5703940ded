"""Messages typed for someone else's business, read as if its owner typed them.

Agency staff and helpers write "posting for our client: Harbour Physio, a physio clinic",
"Client: The Daily Grind — coffee roaster", "I'm from Brightside Digital, we manage socials
for a few clients", "setting this up for my mum's business ⏎ she does alterations". The
brief is the client's: the framing words are dropped (the agency is never the brand), the
client introduced is read as "we're <client>", and in such a conversation the third person
("they do…", "she sells…", "their code") is the business speaking ("we do…", "I sell…",
"our code"), so the rules written for owners read it.

:func:`frames` says whether a message sets up such a conversation; :func:`reframe` rewrites
a message of one (the chat remembers it in the dialogue: the framing may come first, alone).
"""

from __future__ import annotations

import re

_CLIENT = r"(?:(?:a|an|our|my|the|one\s+of\s+our)\s+)?(?:new\s+)?client(?:\s+of\s+(?:ours|mine))?"
_KIN = (r"(?:mum|mom|mam|mother|dad|father|sister|brother|wife|husband|partner|friend|aunt|auntie|"
        r"uncle|gran|granny|grandma|grandad|grandpa|cousin|boss|daughter|son|neighbou?r)")

#: what makes a message one written for another's business
_FRAMES = re.compile(
    rf"(?i:\bon\s+behalf\s+of\s+{_CLIENT}\b|\bfor\s+{_CLIENT}\b|(?:^|(?<=[\n.!?]))\s*client\s*:"
    r"|\bagency\s+here\b|\bwe\s+(?:manage|run|do|handle)\s+(?:the\s+)?(?:socials|social\s+media|"
    r"social|accounts|marketing|content)\s+for\b|\bthe\s+client\s+is\b"
    rf"|\bfor\s+my\s+{_KIN}'?s?\s+(?:business|shop|company|bakery|salon|studio|cafe|café|garage|"
    r"restaurant|store|farm|practice|brand)\b|\b(?:please\s+)?set\s+up\s+for\s*:)")

#: (pattern, replacement), in order
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    # a sentence that only says who is typing: dropped
    (re.compile(rf"(?i:\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:typing|writing|posting|doing|setting|"
                rf"messaging|asking|sending)\s+(?:this\s+)?(?:up\s+)?(?:on\s+behalf\s+of|for)\s+{_CLIENT}\b[.:,!]?)"),
     ""),
    (re.compile(r"(?i:\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:from|with|at)\s+[^,.\n]{1,40}?,?\s*(?:and\s+)?"
                r"we\s+(?:manage|run|do|handle)\s+(?:the\s+)?(?:socials|social\s+media|social|accounts|"
                r"marketing|content)\s+for\s+(?:a\s+few|several|some|many|lots\s+of|\d+|a\s+bunch\s+of)"
                r"(?:\s+\w+)?\s+clients\b[.:,!]?)"), ""),
    (re.compile(rf"(?i:\b(?:content|brief|post(?:ing)?|planning)\s+request\s+from\s+[^\n:]{{1,40}}?\s+"
                rf"on\s+behalf\s+of\s+{_CLIENT}\s*:?)"), ""),
    (re.compile(r"(?i:\bagency\s+here\b\s*[-—–,.:!]*)"), ""),
    # the client introduced: "posting for our client: X", "the client is X", "Client: X"
    (re.compile(rf"(?i:\b(?:posting|setting\s+(?:this\s+)?up|writing|planning(?:\s+posts)?|doing\s+(?:this|posts)|"
                rf"this\s+is|here'?s\s+one)\s+for\s+{_CLIENT}\s*[:,]?\s+(?=(?-i:[A-Z0-9])))"), "we're "),
    (re.compile(r"(?i:\b(?:please\s+)?set\s+up\s+for\s*:\s*)"), "we're "),
    (re.compile(rf"(?i:\b(?:the\s+|our\s+|my\s+)?client(?:'s\s+name)?\s+is\s+(?=(?-i:[A-Z0-9])))"), "we're "),
    (re.compile(r"(?im:^(\s*)client\s*:\s*(?=(?-i:[A-Z0-9])))"), r"\1we're "),
    (re.compile(rf"(?i:\b(?:on\s+behalf\s+of|for)\s+{_CLIENT}\s*[:,]?\s+(?=(?-i:[A-Z0-9])))"), "we're "),
    # "need help planning posts for a client, they're an HVAC company": the client unnamed
    (re.compile(rf"(?i:\s*\b(?:on\s+behalf\s+of|for)\s+{_CLIENT}\b\s*[:,]?)"), " "),
    (re.compile(r"(?i:\b(?:this|the\s+next|the)\s+one\s+is\s+)"), "we're "),
]

#: the third person, read as the business speaking
_THEY = [
    (re.compile(r"\b(?:they'?re|they\s+are)\b"), "we're"), (re.compile(r"\b(?:They'?re|They\s+are)\b"), "We're"),
    (re.compile(r"\bthey\b"), "we"), (re.compile(r"\bThey\b"), "We"),
    (re.compile(r"\btheir\b"), "our"), (re.compile(r"\bTheir\b"), "Our"),
    (re.compile(r"\bthem\b(?=\s+(?:on|at|via|through|in|from)\b)"), "us"),
]
_SHE = re.compile(r"(?i:\b(?:she|he)(?:'s|s|\s+is)?\b(?:\s+(?P<v>[a-z]+))?)")
_HER = re.compile(r"\b(?:her|his)\s+(?=(?:business|shop|brand|company|bakery|salon|studio|cafe|café|"
                  r"garage|store|farm|practice|customers|clients|code|website|site|page|products?)\b)", re.I)


def frames(text: str) -> bool:
    """Whether ``text`` says it is written for someone else's business."""
    return bool(_FRAMES.search(text))


_IRREGULAR = {"does": "do", "goes": "go", "has": "have", "is": "am", "was": "was", "says": "say"}


def _first_person(m: re.Match[str]) -> str:
    """"she does" → "I do", "he's in Leeds" → "I'm in Leeds", "she" → "I"."""
    verb = m.group("v")
    head = m.group(0)[:len(m.group(0)) - len(verb)].strip() if verb else m.group(0).strip()
    if head.lower() not in ("she", "he"):  # "she's", "shes", "she is"
        return "I'm" + (" " + verb if verb else "")
    if not verb:
        return "I"
    low = verb.lower()
    if low in _IRREGULAR:
        verb = _IRREGULAR[low]
    elif re.search(r"(?:ch|sh|ss|x|z)es$", low):
        verb = verb[:-2]
    elif low.endswith("ies") and len(low) > 4:
        verb = verb[:-3] + "y"
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        verb = verb[:-1]
    return f"I {verb}"


def reframe(text: str) -> str:
    """``text`` as the business's owner would have typed it (see the module's doc)."""
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    for pattern, replacement in _THEY:
        text = pattern.sub(replacement, text)
    text = _SHE.sub(_first_person, text)
    text = _HER.sub("my ", text)
    return re.sub(r"(?m:^[ \t]*[-—–,.:;!]+[ \t]*)", "", text)
