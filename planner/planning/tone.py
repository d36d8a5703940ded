"""The brief's free-text ``tone`` read as one of four voices, and what each voice does to
the words of a post.

Sellers write their tone in their own words ("warm and homely, like a letter from your
aunt", "blunt, cheeky, bossy in a loving way. No fluff", "formal, expert, precise"). Each
word that says how the brand sounds counts for one voice:

- ``formal``: professional, formal, corporate, expert, measured, calm, understated,
  serious, "no jokes", "no slang", B2B. Full sentences with full stops, no slang, no
  exclamation marks, no emoji.
- ``warm``: warm, friendly, homely, gentle, welcoming, patient, encouraging,
  "like family", "a letter from your aunt", "a neighbour". Personal words: "you", "us",
  the offer told as a sentence rather than a list. The default when the tone says nothing
  we can read.
- ``playful``: playful, fun, cheeky, witty, quirky, silly, puns, slang, "like a mate".
  The templates' lively wording and emoji.
- ``direct``: blunt, direct, straight to the point, no fluff, no-nonsense, dry, deadpan,
  precise, nerdy, technical, bossy. Short imperatives, no hedges ("when you're sure",
  "no strings"), no exclamation marks.

A word said softly ("a bit cheeky", "a little nerdy") counts half, "very warm" one and a
half, and "dry humour" is a seasoning (half a playful word), not a dry voice. The voice
with most wins; a tie goes to the voice named first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

VOICES = ("formal", "warm", "playful", "direct")

#: the words (regular expressions, whole words) that say each voice
_CUES: dict[str, tuple[str, ...]] = {
    "formal": (r"formal", r"professional", r"corporate", r"expert", r"measured", r"serious",
               r"understated", r"clinical", r"sober", r"polished", r"authoritative",
               r"business-?like", r"trustworthy", r"courteous", r"respectful",
               r"no jokes?", r"no slang", r"b2b", r"quiet", r"minimal", r"reserved"),
    "warm": (r"warm", r"warmly", r"friendly", r"homely", r"homey", r"gentle",
             r"caring", r"welcoming", r"cosy", r"cozy", r"patient", r"reassuring",
             r"encouraging", r"supportive", r"heartfelt", r"personal", r"loving", r"sunny",
             r"upbeat", r"cheerful", r"family", r"neighbou?r", r"aunt(?:ie|y)?", r"gran(?:ny|dma)?",
             r"grandmother", r"letter", r"down[- ]to[- ]earth", r"honest",
             r"old[- ]school", r"old[- ]fashioned", r"traditional",
             # a gentle, unhurried voice is a warm one that takes its time
             r"calm", r"unhurried", r"slow", r"soft", r"soothing", r"relaxed", r"easy[- ]?going",
             r"peaceful", r"mellow", r"serene", r"tranquil", r"restful", r"no rush",
             # plain and kind: how owners say they want no sales talk
             r"proud", r"homemade", r"home-?made", r"kitchen", r"grandma'?s?", r"nan'?s?",
             r"no fancy words?", r"nothing fancy", r"not posh", r"not salesy", r"no sales ?talk",
             r"no hard sell", r"not pushy", r"never pushy", r"humble", r"kind"),
    "playful": (r"playful", r"fun", r"cheeky", r"silly", r"witty", r"quirky", r"bubbly",
                r"irreverent", r"sassy", r"jokey", r"puns?", r"slang", r"humou?rous", r"humou?r",
                r"energetic", r"loud", r"bold", r"mate", r"self-deprecating", r"goofy",
                r"excit(?:ed|able|ing)", r"high[- ]energy", r"enthusiastic", r"cheering",
                r"hype(?:d)?", r"lively", r"peppy", r"exuberant", r"over the top",
                r"no corporate(?: talk)?", r"not corporate", r"casual", r"informal",
                r"chatty", r"emoji(?:s)? (?:ok|okay|welcome|fine)",
                r"dark(?: humou?r)?", r"sarcastic", r"snarky", r"gallows(?: humou?r)?", r"morbid",
                r"tongue[- ]in[- ]cheek", r"teasing", r"mischievous", r"memes?(?: ok| okay| welcome)?"),
    "direct": (r"blunt", r"direct", r"straight(?:[- ]talking)?", r"to the point", r"no fluff",
               r"no[- ]nonsense", r"no waffle", r"no bs", r"no frills", r"dry", r"deadpan",
               r"precise", r"nerdy", r"geeky", r"technical", r"matter[- ]of[- ]fact",
               r"concise", r"terse", r"punchy", r"bossy", r"frank", r"plain[- ]spoken",
               r"factual", r"efficient", r"brisk"),
}
#: "dry humour" is a joke told straight: a little playful, not the dry voice
_SEASONING = re.compile(r"(?i)\bdry (?:humou?r|wit)\b")
_SOFT = re.compile(r"(?i)\b(?:a (?:bit|little|touch)(?: of)?|a little bit|slightly|gently|"
                   r"kinda|kind of|sort of|sorta|a tad|"
                   r"somewhat|mildly|occasionally|sometimes)\s+$")
#: words that colour a voice more than they name one: half a word
_LIGHT = {"calm", "knowledgeable"}
_STRONG = re.compile(r"(?i)\b(?:very|really|super|extremely|always|properly)\s+$")
#: a word said to be absent ("no hype", "we don't do hype", "never salesy"): it is what the
#: voice is NOT, which is itself a plain, direct word
_NEGATED = re.compile(r"(?i)\b(?:no|not|never|nothing|zero|without|don't do|do not do|"
                      r"don't|doesn't)\s+(?:\w+\s+)?$")
def _cue_pattern(cues: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One search for every cue, each a named group "<label><n>" telling its label."""
    return re.compile(r"(?i)\b(?:" + "|".join(
        f"(?P<{label}{i}>{cue})" for label, said in cues.items() for i, cue in enumerate(said))
        + r")\b")


_PATTERN = _cue_pattern(_CUES)


def _scores(tone: str) -> dict[str, list[float]]:
    """Each voice's weight in the tone, and where it is first said."""
    found: dict[str, list[float]] = {}
    text = _SEASONING.sub(lambda m: " " * len(m.group(0)), tone)
    for m in _SEASONING.finditer(tone):
        found.setdefault("playful", [0.0, m.start()])[0] += 0.5
    # "no hype", "we don't do hype": a plain word, not a playful one
    return _weighed(text, _PATTERN, lambda voice, negated: "direct" if negated and
                    voice == "playful" else voice, found)


def _weighed(text: str, pattern: re.Pattern[str], label_of: Callable[[str, bool], str | None],
             found: dict[str, list[float]]) -> dict[str, list[float]]:
    """Add each cue of ``pattern`` in ``text`` to ``found`` (label: [weight, first place]),
    under the label ``label_of(label, negated)`` gives (None: not counted); a word said
    softly counts half, "very" one and a half."""
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 20):m.start()]
        label = label_of(re.sub(r"\d+$", "", m.lastgroup or ""), bool(_NEGATED.search(before)))
        if label is None:
            continue
        weight = 0.5 if _SOFT.search(before) else 1.5 if _STRONG.search(before) else 1.0
        if m.group(0).lower() in _LIGHT:
            weight /= 2  # "calm, professional" is formal; "calm, knowledgeable" is gentle
        entry = found.setdefault(label, [0.0, m.start()])
        entry[0] += weight
        entry[1] = min(entry[1], m.start())
    return found


def _strongest(found: dict[str, list[float]]) -> str:
    """The label said most, and first of those said as much."""
    return max(found, key=lambda label: (found[label][0], -found[label][1]))


def voice_for_tone(tone: str) -> str:
    """The voice of the brief's ``tone``: "formal", "warm", "playful" or "direct"; "warm"
    when the tone is empty or says nothing we can read."""
    found = _scores(tone or "")
    return _strongest(found) if found else "warm"


def says_playful(tone: str) -> bool:
    """Whether the tone asks for play in so many words ("blunt, cheeky"; not "a bit of dry
    humour"): a direct voice then keeps the templates' lively lines and emoji."""
    return _scores(tone or "").get("playful", [0.0])[0] >= 1


#: the words of an excited voice (high energy, cheering), as against a cheeky, witty one
_EXCITED = re.compile(r"(?i)\b(?:excit(?:ed|able|ing)|high[- ]energy|energetic|enthusiastic|"
                      r"cheer(?:ing|s)?|hyped?|exuberant|peppy|bubbly|over the top|loud|"
                      r"full of beans)\b|!{2,}")


def says_excited(tone: str) -> bool:
    """Whether a playful tone asks for energy ("excitable!! high energy and lots of
    cheering", "bubbly, enthusiastic") rather than wit ("witty, dry, a bit cheeky"): an
    excited voice ends its lead line and its ask with an exclamation mark and may carry an
    emoji. "No hype" is no excitement."""
    tone = tone or ""
    if voice_for_tone(tone) != "playful":
        return False
    return any(not _NEGATED.search(tone[max(0, m.start() - 20):m.start()])
               for m in _EXCITED.finditer(tone))


#: a tone that asks for emoji in so many words ("emoji ok", "lots of emojis"), or a playful
#: one that is sunny or goofy rather than dry
_ALLOWED = r"(?:are\s+|is\s+)?(?:ok|okay|welcome|fine|yes|encouraged|allowed"
_EMOJI_OK = re.compile(rf"(?i)\b(?:memes?\s*{_ALLOWED})|emojis?\s*{_ALLOWED}|please|friendly)|"
                       r"(?:lots of|some|use|with|love)\s+emojis?)\b")
_EMOJI_NO = re.compile(r"(?i)\b(?:no|without|never|zero)\s+emojis?\b")
_SUNNY = re.compile(r"(?i)\b(?:sunny|goofy|silly|bubbly|cheerful)\b")


#: a tone that rules out pressure: "gentle", "no pressure", "never pushy", "no hard sell"
_NO_PRESSURE = re.compile(r"(?i)\b(?:gentle|gently|unhurried|(?:no|zero|low|without|never any)[- ]"
                          r"(?:pressure|hard[- ]sell|hype|urgency|pushiness)|(?:never|not|no|nothing)\s+pushy|"
                          r"no pushing|soft[- ]sell)\b")


#: a tone that rules out shop talk: "talk like a friend, not like a shop", "never salesy"
_NOT_A_SHOP = re.compile(r"(?i)\b(?:not|never|no|don't|without)\s+(?:\w+\s+){0,2}?(?:like\s+)?(?:an?\s+)?"
                         r"(?:shop|store|salesy|sales\s?(?:talk|pitch|speak|person)|catalogue|advert|"
                         r"shopkeeper)\b")


def says_not_a_shop(tone: str) -> bool:
    """Whether the brief's tone rules out shop talk ("talk like a friend … not like a shop"):
    its asks never say "Shop with X" or "Shop now", and it never says "We sell X." (read 28)."""
    return bool(_NOT_A_SHOP.search(tone or ""))


def says_no_pressure(tone: str) -> bool:
    """Whether the brief's tone rules out pressure ("gentle, warm, no pressure on brides"):
    its posts carry no countdown sticker on an offer, no "hurry", no "don't miss", no
    "It's giveaway time" and no exclamation-mark hype (blind read 28)."""
    return bool(_NO_PRESSURE.search(tone or ""))


def says_emoji(tone: str) -> bool:
    """Whether the posts carry an emoji on their lead line: the tone asks for emoji ("playful,
    emoji ok"), or is playful and sunny or goofy ("sunny, casual, kinda goofy"); never when
    it says "no emoji", and never in a formal or direct voice."""
    tone = tone or ""
    if _EMOJI_NO.search(tone) or voice_for_tone(tone) in ("formal", "direct"):
        return False
    return bool(_EMOJI_OK.search(tone)) or (voice_for_tone(tone) == "playful"
                                             and bool(_SUNNY.search(tone)))


# ---- calls to action in the voice --------------------------------------------------------

#: words that hedge an ask: a direct voice asks without them
_HEDGE = re.compile(r"(?i)(?:,? then \w+(?: a \w+)? when you(?:'re| are) (?:sure|ready)|"
                    r" when you(?:'re| are) (?:sure|ready)|,? no strings|"
                    r"\b(?:go on|if you like|if you fancy|whenever suits)\b,?\s*)")
#: words a formal voice does not use in a call to action
_SLANG = re.compile(r"(?i)\b(?:drop (?:your|a|us|it)|go on|no strings|been there|grab|"
                    r"pop (?:us|over|in)|lands?\b|ping|DM|shout|stuff|folks|mate|"
                    r"gonna|wanna|awesome|cool)\b|!")


#: a formal call to action's words written out: "when you're ready" -> "when you are ready"
#: (only a pronoun's: "What's" or "Let's" may be part of a brand's name)
_WRITTEN_OUT = {"you're": "you are", "we're": "we are", "you'd": "you would", "we'd": "we would",
                "who'd": "who would", "you'll": "you will", "we'll": "we will",
                "you've": "you have", "we've": "we have"}
_CONTRACTED = re.compile(r"(?i)\b(" + "|".join(re.escape(k) for k in _WRITTEN_OUT) + r")\b")


def cta_fits(cta: str, voice: str) -> bool:
    """Whether a template's call to action already speaks in the voice: a formal one has no
    slang and no exclamation mark, a direct one no hedge and no more than eight words."""
    if voice == "formal":
        return not _SLANG.search(cta)
    if voice == "direct":
        return not _HEDGE.search(cta) and len(re.sub(r"https?://\S+", "", cta).split()) <= 8
    return True


def cta_in_voice(cta: str, voice: str) -> str:
    """The call to action said in the voice: a direct one loses its hedges ("Book when
    you're ready: link" -> "Book now: link", "Ask below, then book when you're sure" ->
    "Ask below, then book"); a formal one says "Have" for "Got", writes out "you're", and
    ends in a full stop (not after a web address, which a full stop would break); a warm one
    says who answers ("Ask us below")."""
    if not cta:
        return cta
    if voice == "direct":
        cta = re.sub(r"(?i) when you(?:'re| are) ready(?=:)", " now", cta)
        cta = re.sub(r"(?i)(,? then \w+(?: a \w+)?) when you(?:'re| are) (?:sure|ready)", r"\1", cta)
        cta = re.sub(r"(?i),? no strings\b", "", cta)
        cta = re.sub(r"(?i)^go on,?\s*(\w)", lambda m: m.group(1).upper(), cta)
        return cta.strip()
    if voice == "warm":
        # a warm ask names who answers: "Questions? Ask us below"
        return re.sub(r"\bAsk (below|in the comments)\b", r"Ask us \1", cta)
    if voice == "formal":
        cta = re.sub(r"^Got (an?|one|another|any)\b", r"Have \1", cta)
        cta = re.sub(r"(?i)\bwhen it lands\b", "when it launches", cta)
        cta = _CONTRACTED.sub(lambda m: _same_start(m.group(0), _WRITTEN_OUT[m.group(0).lower()]), cta)
        cta = cta.rstrip()
        if cta and cta[-1] not in ".?:…" and not re.search(r"(?:https?://|www\.)\S+$", cta):
            cta += "."
    return cta


def _same_start(found: str, said: str) -> str:
    return said[:1].upper() + said[1:] if found[:1].isupper() else said


# ---- the finer voice: eight registers -------------------------------------------------------

#: the registers a tone is read into, each under the voice the templates branch on: a
#: punning and an excitable voice are both playful, a deadpan and a nerdy one both direct,
#: a gentle one warm. The register chooses the openers and closers of our own
#: (:mod:`planner.planning.openers`); the voice still chooses the templates' wordings.
REGISTERS = {"punning": "playful", "excitable": "playful", "cheeky": "playful",
             "deadpan": "direct", "nerdy": "direct", "direct": "direct", "formal": "formal",
             "gentle": "warm", "warm": "warm", "neutral": "warm"}
#: the register a voice has when the tone names none of its registers
_DEFAULT_REGISTER = {"playful": "punning", "direct": "direct", "formal": "formal", "warm": "warm"}
_REGISTER_CUES: dict[str, tuple[str, ...]] = {
    "punning": (r"puns?", r"punning", r"punny", r"wordplay", r"witty", r"wit",
                r"playful", r"quirky", r"jokey", r"jokes", r"silly",
                r"fun", r"humou?r(?:ous)?", r"goofy", r"mate",
                r"self-deprecating", r"slang", r"casual", r"informal", r"chatty"),
    # short, deadpan and teasing: a wink at the reader, never a joke at a customer
    "cheeky": (r"cheeky", r"irreverent", r"sassy", r"cheek", r"dark(?: humou?r)?",
               r"sarcastic", r"snarky", r"gallows(?: humou?r)?", r"morbid",
               r"tongue[- ]in[- ]cheek", r"teasing", r"mischievous", r"edgy", r"cocky",
               # a meme is a joke told with a straight face: "playful, a bit cheeky, memes ok"
               # heard "Know this one?" and a list of facts (blind read 27)
               r"memes?", r"meme[- ]?able"),
    "excitable": (r"excit(?:ed|able|ing)", r"high[- ]energy", r"energetic", r"energy",
                  r"enthusiastic", r"bubbly", r"loud", r"hyped?", r"peppy", r"exuberant",
                  r"over the top", r"full of beans", r"lively", r"cheer(?:ing|s)?",
                  r"buzzing", r"bold"),
    "deadpan": (r"dry", r"deadpan", r"wry", r"laconic", r"sardonic", r"understated",
                r"straight[- ]faced"),
    "nerdy": (r"nerdy", r"nerd", r"geeky", r"geek", r"precise", r"technical", r"detailed",
              r"exacting", r"meticulous", r"anorak", r"specs?", r"data[- ]driven", r"scientific"),
    "direct": (r"blunt", r"direct", r"straight(?:[- ]talking)?", r"to the point", r"no fluff",
               r"no[- ]nonsense", r"no waffle", r"no bs", r"no frills", r"matter[- ]of[- ]fact",
               r"concise", r"terse", r"punchy", r"bossy", r"frank", r"plain[- ]spoken",
               r"factual", r"efficient", r"brisk"),
    "formal": (r"formal", r"professional", r"corporate", r"expert", r"measured", r"serious",
               r"clinical", r"sober", r"polished", r"authoritative", r"business-?like",
               r"trustworthy", r"knowledgeable", r"courteous", r"respectful", r"no jokes?",
               r"no slang", r"b2b", r"reserved"),
    # ("relaxed", "laid-back", "easy-going" are a casual voice's, the warm register's: a
    # kayak tour "relaxed, friendly, a bit cheeky" was told "Come along if you can", "Join
    # us if the timing suits", read as flat in blind read 23)
    "gentle": (r"gentle", r"gently", r"unhurried", r"calm", r"slow", r"quiet", r"soft",
               r"soothing", r"peaceful", r"patient", r"serene",
               r"no rush", r"mellow", r"tranquil", r"restful", r"minimal"),
    "warm": (r"warm", r"warmly", r"friendly", r"homely", r"homey", r"caring", r"welcoming",
             r"cosy", r"cozy", r"reassuring", r"encouraging", r"supportive", r"heartfelt",
             r"personal", r"loving", r"sunny", r"upbeat", r"cheerful", r"family",
             r"neighbou?r", r"aunt(?:ie|y)?", r"gran(?:ny|dma)?", r"grandmother", r"letter",
             r"down[- ]to[- ]earth", r"honest", r"kind", r"proud", r"homemade", r"home-?made",
             r"relaxed", r"laid[- ]back", r"easy[- ]?going",
             r"kitchen", r"grandma'?s?", r"nan'?s?", r"no fancy words?", r"nothing fancy",
             r"not posh", r"not salesy", r"no sales ?talk", r"no hard sell", r"not pushy",
             r"never pushy", r"humble"),
}
_REGISTER_PATTERN = _cue_pattern(_REGISTER_CUES)


def register_for_tone(tone: str) -> str:
    """The register of the brief's ``tone``: "punning", "excitable", "deadpan", "nerdy",
    "direct", "formal", "gentle" or "warm". It is always one of the registers of the voice
    :func:`voice_for_tone` reads ("dry and deadpan, a bit nerdy" is direct: deadpan; "gentle
    and unhurried" is warm: gentle); a word said softly counts half, "very" one and a half,
    a word said to be absent ("no hype") not at all, and a tie goes to the word said first."""
    tone = tone or ""
    voice = voice_for_tone(tone)
    text = _SEASONING.sub(lambda m: " " * len(m.group(0)), tone)
    found = _weighed(text, _REGISTER_PATTERN, lambda register, negated: None if negated
                     or REGISTERS[register] != voice else register, {})
    if voice == "playful" and re.search(r"!{2,}", tone):
        found.setdefault("excitable", [0.0, tone.index("!!")])[0] += 1.0
    if not found:
        if voice == "playful" and says_excited(tone):
            return "excitable"
        # a tone that says nothing we can read keeps the templates' own lines: neutral
        return "neutral" if voice == "warm" and not _scores(tone) else _DEFAULT_REGISTER[voice]
    return _strongest(found)
