"""Cutting a message into the pieces the brief parser reads, and trimming captured phrases.

A message is normalised (curly quotes, dashes, control characters), split into
sentences, and each sentence into segments at the commas and "and"s that start a new
clause, so "we sell candles on Etsy, post daily on TikTok" is read as two facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.brief.vocabulary import ABBREVIATIONS

MAX_CHARS = 10_000  # a brief is a few sentences; longer text is cut, not rejected
MAX_PHRASE = 600    # how far past a trigger a phrase is looked for
MAX_TRIES = 8       # trigger matches tried per segment before giving up

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff\u2028\u2029]")
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                            "\u2013": "-", "\u2014": " - ", "\u00a0": " ", "\r": "\n",
                            "\u2032": "'", "\u00d7": "x", "\u2022": "\n", "\u00b7": "\n",
                            "\u25aa": "\n", "\u25cf": "\n", "|": "\n"})


#: emoji and pictographs (with their joiners, variation selectors and skin tones): a value
#: said with "🕯️ bougies parfumées ✨" is "bougies parfumées", never pasted into captions raw
EMOJI = re.compile("[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f"
                   "\u2b00-\u2bff\u3030\u303d\u3297\u3299\ufe0e\ufe0f\u200d\u20e3"
                   "\U0001f000-\U0001faff\U000e0020-\U000e007f]+")


#: the capital letters of the Latin, Greek and Cyrillic alphabets, for a character class: a
#: name such as "Élodie", "Ñam Ñam" or "Øresund" starts with a capital too
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper())


#: words that open a clause of their own after an emoji ("Café Tacuba ☕ we roast…")
_OPENS_CLAUSE = re.compile(r"(?i:we|i|i'm|im|we're|were|our|my|it's|its|they|they're|brand|shop|"
                           r"business|store|company|you|can|please|pls)")
#: words that carry a phrase on past an emoji ("bouquets 💐 and wreaths", "a bakery 🥐 called …")
_CARRIES_ON = re.compile(r"(?i:and|or|n|&|\+|called|named|by|from|on|in|at|for|with|here|of|to|"
                         r"that|which|who|made|sold|x)")


#: what a business is, after which an emoji sets off what it sells
_BUSINESS_NOUN = re.compile(r"(?i:truck|van|cart|stall|kiosk|trailer|bakery|cafe|café|shop|store|studio|"
                            r"brewery|distillery|roastery|farm|florist|salon|business|company|brand)")


def _emoji_break(text: str, m: re.Match[str]) -> str:
    """What an emoji between two words stands for. Sellers use one as punctuation: before a
    new clause it ends the sentence ("… in denmark 🇩🇰 we sell …"), or after a name sets the
    name off as a dash would ("Café Tacuba ☕ we roast", "we're Bloom Box 🌸 flower boxes");
    anywhere else ("we sell 🕯️ bougies", "bouquets 💐 and wreaths") it is a space."""
    before = re.search(r"([^\W_][\w'&.-]*)[ \t]*$", text[:m.start()])
    after = re.match(r"[ \t]*([\w'&+]+)", text[m.end():])
    if before is None or after is None:
        return " "
    name = before.group(1)[:1].isupper()
    word = after.group(1)
    if _BUSINESS_NOUN.fullmatch(before.group(1)) and word[:1].islower() and not _CARRIES_ON.fullmatch(word) \
            and not _OPENS_CLAUSE.fullmatch(word):
        return " - "  # "a food truck 🌮 birria tacos": what the business sells, set off
    if _OPENS_CLAUSE.fullmatch(word):
        return " - " if name else ". "
    if name and word[:1].islower() and not _CARRIES_ON.fullmatch(word):
        return " - "
    return " "


def normalise(text: str) -> str:
    """Cut to MAX_CHARS, straighten quotes and dashes, blank out control characters, read
    emoji as the punctuation they stand for (:func:`_emoji_break`), and close up the runs of
    spaces they leave."""
    text = _CONTROL.sub(" ", text[:MAX_CHARS].translate(_TRANSLATE))
    text = EMOJI.sub(lambda m: _emoji_break(text, m), text)
    text = _spoken_punctuation(text)
    text = _WE.sub(lambda m: "We" if m.group(0)[:1].isupper() else "we", text)
    return re.sub(r"[ \t]{2,}", " ", text)


_KIN = (r"(?:buddy|friend|best\s+friend|mate|partner|business\s+partner|wife|husband|sister|brother|"
        r"mum|mom|dad|son|daughter|cousin|bf|gf|boyfriend|girlfriend|fianc[eé]e?|co-?founder|aunt|uncle)")
#: "me and my buddy run…", "my wife and I make…": the seller and another, said as "we" so
#: the clause reads as "we run…" (it opens a message or a sentence)
_WE = re.compile(rf"(?:(?<=^)|(?<=[.!?\n,]\s)|(?<=\n))(?i:(?:me|i)\s+(?:and|&|n)\s+my\s+(?:\w+\s+)?{_KIN}"
                 rf"|my\s+(?:\w+\s+)?{_KIN}\s+(?:and|&|n)\s+(?:i|me))(?=\s+(?i:run|make|own|sell|do|bake|"
                 r"brew|grow|started|founded|have|are|build|design|teach|offer|clean|fix|repair|"
                 r"roast|sew|knit|print|paint|cook|host|manage|operate|restore))")


#: what follows a spoken "period": a new sentence ("… in Austin period we're called …")
_NEW_SENTENCE = r"(?:we|we're|were|i|i'm|im|our|my|it|it's|its|the|and|so|also|plus|then|they|you)\b"


def _spoken_punctuation(text: str) -> str:
    """Punctuation said aloud by voice typing: "dog harnesses comma no pull ones comma and",
    "in Austin period we're called …". Only in lower case between words, and "period" only
    before a word that starts a sentence ("a trial period", "period pants" stay)."""
    if "comma" not in text and "period" not in text and "full stop" not in text:
        return text
    text = re.sub(r"(?<=\w)\s+comma\s+(?=\w)", ", ", text)
    text = re.sub(rf"(?<=\w)\s+(?:period|full\s+stop)(?:\s+(?={_NEW_SENTENCE})|\s*$)",
                  ". ", text, flags=re.IGNORECASE)
    return text.rstrip(" ") if text.endswith(". ") else text


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of white space; "Co." and "Dec." do not end one."""
    spans = []
    start = 0
    for m in re.finditer(r"[.!?;]+(?=\s|$)|\n+", text):
        if m.group() == ".":
            word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[start:m.start()])
            if word and word.group(1).lower() in ABBREVIATIONS:
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            out.append((begin, end))
    return out


#: words after "and" that start a new clause ("… and we post daily")
AND_NEXT = (r"(?:we|i|our|my|us|they|it|post|posts|posting|ship|ships|shipping|offer|offering|"
            r"run|running|have|has|are|is|sell|sells|selling|target|targeting|aim|aimed|want|"
            r"plan|planning|use|do|also|add|drop|remove|then|code|start|starting|no|not|only|"
            r"just|keep|make|refer|based)")
#: words after a comma that start a new clause ("…, post daily")
_STARTERS = (r"(?:we|i|our|my|us|they|it|it's|post|posting|posts|code|use|offer|ends|ending|"
             r"valid|starting|start|aimed|target|targeting|audience|hashtag|referral|refer|ship|"
             r"ships|shipping|plus|also|add|drop|remove|only|just|no|not|sell|selling|based|"
             r"located|brand|product|description|launch|launching|plan|every|daily|then|instead|"
             r"but|tone|keep|make|friends|customers|free|actually)")
_SEGMENT_SPLIT = re.compile(
    # not the comma of a thousands separator: "₦150,000" is one number
    rf"(?i:,(?!(?<=\d,)\d{{3}}(?!\d))\s*(?={_STARTERS}\b|\d|\$|#)"
    r"|\s+(?:but|although|though|whereas)\s+"
    rf"|\s+(?:and|&)\s+(?={AND_NEXT}\b)"
    r"|\s+-\s+)")


@dataclass
class Segment:
    """One clause of the message: where it starts and ends, its text, its sentence's index."""

    start: int
    end: int
    text: str
    sentence: int


def segments(text: str) -> list[Segment]:
    """The message's clauses, in order, empty ones dropped."""
    found = []
    for index, (begin, end) in enumerate(sentences(text)):
        sentence = text[begin:end]
        pos = 0
        for m in _SEGMENT_SPLIT.finditer(sentence):
            if m.start() > pos:
                found.append(Segment(begin + pos, begin + m.start(), sentence[pos:m.start()], index))
            pos = m.end()
        if pos < len(sentence):
            found.append(Segment(begin + pos, end, sentence[pos:], index))
    return [segment for segment in found if segment.text.strip()]


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(start < span_end and span_start < end for span_start, span_end in spans)


# ---- phrase cleaning --------------------------------------------------------------------

#: where a captured phrase ends in every field: punctuation, " - ", or "and" before a new clause
CUT_COMMON = (r"[,;!?()\[\]\"]|\.(?:\s|$)|\s+-\s+|\s+(?i:and|&)\s+(?=(?i:" + AND_NEXT + r")\b)"
              r"|\s+(?i:it'?s|its)\s+(?i:call?e?d|calld|named)\b"
              r"|\s+(?i:(?:and\s+)?the\s+(?:business|brand|company|shop|store)(?:'s)?\s+(?:is|name|called)\b)")
_LEAD_STRIP = re.compile(
    r"^(?i:(?:our\s+own|my\s+own|a\s+range\s+of|a\s+variety\s+of|a\s+(?:new\s+)?line\s+of|"
    r"a\s+collection\s+of|a\s+little\s+range\s+of|the\s+(?:very\s+)?(?:best|finest|tastiest|comfiest)|"
    r"family[-\s](?:run|owned)|award[-\s]winning|"
    r"the\s+(?:whole|entire|full)|"
    r"a|an|the|our|my|some|mostly|mainly|primarily|only|just|also|really|actually|"
    r"basically|a\s+range\s+of|a\s+variety\s+of|all\s+kinds\s+of|lots\s+of|different\s+kinds\s+of|"
    r"a\s+(?:new\s+)?line\s+of|a\s+collection\s+of|a\s+little\s+range\s+of|"
    r"(?:range|line|collection|selection|variety)\s+of|[$£€]\d+(?:\.\d+)?)\s+)+")
_TRAIL_STRIP = re.compile(r"(?i:\s+(?:now|too|as\s+well|also|here|mostly|mainly|these\s+days|"
                          r"right\s+now|at\s+the\s+moment|anymore|actually|lol|lmao|haha|tbh|"
                          r"obvs|obviously|btw|pls|please|really|i\s+guess|i\s+think|ok|x+|specifically|exactly|mainly|"
                          r"mostly|mainly|these\s+days|ever|out\s+there|around|etc\.?|"
                          r"(?:,\s*)?(?:and|&|n)\s+(?:stuff|things|more|so\s+on|the\s+like|that|all\s+that|"
                          r"other\s+bits|bits\s+and\s+bobs|bits)|"
                          r"(?:,\s*)?(?:that|this)\s+(?:kind|sort)\s+of\s+(?:thing|stuff)))+$")
#: the words a value never ends with: "an ebook about", "socks with cats on"
TRAIL_WORD = re.compile(r"(?i:\s+(?:about|of|with|for|to|and|or|the|a|an|my|our|by|from|at|on|in))+$")


def trim(value: str) -> str:
    """``value`` without trailing fillers and dangling words: "belts now" → "belts"."""
    return strip_end(TRAIL_WORD.sub("", _TRAIL_STRIP.sub("", strip_end(value))))


def clip(value: str, limit: int) -> str:
    """``value`` stripped and cut to ``limit`` characters at a word boundary."""
    value = value.strip()
    if len(value) <= limit:
        return value
    cut_short = value[:limit].rsplit(" ", 1)[0]
    return cut_short.strip() or value[:limit]


def strip_end(value: str) -> str:
    """``value`` without surrounding white space, quotes and end punctuation."""
    return value.strip().strip(" .,;:!-\"'").strip()


def cut(value: str, regex: re.Pattern[str]) -> tuple[str, int]:
    """The value up to the first cut; also where the kept part ends."""
    m = regex.search(" " + value)
    end = (m.start() - 1) if m else len(value)
    return value[:max(end, 0)], max(end, 0)


def clean_phrase(value: str, regex: re.Pattern[str], stop: set[str], max_words: int,
                 limit: int) -> tuple[str, int, int]:
    """Cut a captured phrase: (value, offset of its start, offset of its end) within the input.

    The phrase ends at the first ``regex`` cut, loses leading articles and trailing fillers
    ("now", "too"), and is refused ("", 0, 0) when it starts with a ``stop`` word, has no
    letters, is a percentage or is longer than ``max_words``."""
    kept, _end = cut(value, regex)
    pad = len(kept) - len(kept.lstrip())  # "we sell| a budgeting app": skip the space first
    lead = _LEAD_STRIP.match(kept[pad:])
    start = pad + lead.end() if lead else 0
    core = kept[start:]
    core = TRAIL_WORD.sub("", _TRAIL_STRIP.sub("", core))
    core = strip_end(core)
    if core and kept[start:].lstrip().startswith(core):
        start += len(kept[start:]) - len(kept[start:].lstrip())
    words = core.split()
    acronym = len(words[0]) >= 2 and words[0].isupper() if words else False  # "IT recruitment"
    if not words or (words[0].lower() in stop and not acronym) or not re.search(r"[A-Za-z]", core):
        return "", 0, 0
    if re.match(r"^(?!100\s*%\s+(?!off\b)[a-z])\d+(?:\.\d+)?\s*%", core) or len(words) > max_words:
        return "", 0, 0
    core = clip(core, limit)
    return core, start, start + len(core)


#: chat shorthand, spelled out where a post may say the seller's words: "u dont need" →
#: "you don't need" (a post once printed "so u dont need to find a babysitter")
_SHORTHAND = {
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "cuz": "because",
    "bc": "because", "w/": "with", "b4": "before", "tho": "though", "thru": "through",
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "havent": "haven't", "hasnt": "hasn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "ive": "I've",
    "i": "I", "thats": "that's", "theyre": "they're", "youre": "you're",
    "youll": "you'll", "weve": "we've", "whats": "what's", "theres": "there's",
}
_SHORTHAND_RE = re.compile(r"(?<![\w'&@#/.-])(" + "|".join(
    re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w'&/-])")


#: words only an English line has: shorthand is spelled out only there ("i biscotti", "wij
#: helpen u", "im Schwarzwald" are Italian, Dutch and German, never "I", "you", "I'm")
_ENGLISH = re.compile(r"(?i)\b(?:the|and|with|you|your|my|our|dont|doesnt|cant|wont|isnt|so\s+u)\b")


def spelled_out(value: str) -> str:
    """``value`` with chat shorthand spelled out ("u" → "you", "dont" → "don't", "i" → "I"),
    for a line posts may quote, when the line is English; words in capitals are left as
    typed ("ID", "ILL")."""
    value = _ITS_IS.sub(r"\1t's", value)  # "its 10 weeks for €140": "it's", never "its" of a thing
    if not _ENGLISH.search(value):
        return value
    return _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1)], value)


#: "its" typed for "it's": before a number, a price or a word that never follows the possessive
_ITS_IS = re.compile(r"(?<![\w'&@#/.-])([Ii])ts(?=\s+(?:\d|[$£€]|(?:a|an|the|just|only|all|about|so|very|not|"
                     r"been|got|free|open|closed|always|never|really|still|also|now|going|gonna|like)\b))")
