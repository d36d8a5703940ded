"""The words of the business: what a buyer does, what they get, and how the brand sounds.

A candle shop ships orders, a salon takes bookings, a course is started, a bookkeeping
firm gets a call. Templates say ``{{ verb }}`` and ``{{ purchase }}`` instead of
"shop" and "order", so one template reads right for every kind of business, and the
brief's ``tone`` decides the voice (:mod:`planner.planning.tone`: formal, warm, playful or
direct) and whether captions carry emoji and exclamation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.brief import Brief

from planner.planning.tone import (
    register_for_tone,
    says_emoji,
    says_excited,
    says_no_pressure,
    says_playful,
    voice_for_tone,
)

#: The call-to-action verb and what it leads to, by the brief's ``action`` (or kind).
_ACTION_WORDS: dict[str, tuple[str, str, str]] = {
    # action: (verb, the thing bought or booked, the person who has it)
    "shop": ("shop", "order", "customer"),
    "order": ("order", "order", "customer"),
    "book": ("book", "booking", "client"),
    "call": ("book a call", "first call", "client"),
    "start": ("start", "first week", "user"),
    "enrol": ("enrol", "place", "student"),
    "download": ("download", "download", "user"),
    "subscribe": ("subscribe", "subscription", "subscriber"),
    "join": ("join", "membership", "member"),
    "visit": ("visit", "visit", "guest"),
}
_DEFAULT_ACTION = {"product": "shop", "digital": "start", "service": "book"}
#: software is not booked like a haircut: a demo is
_KIND_ACTION_WORDS = {("book", "digital"): ("book a demo", "demo", "customer")}
#: the verb as a call to action's label, where the bare verb would leave "Book:" or
#: "Start:" asking "book what?"
_LABELS = {"book": "Book now", "start": "Get started", "enrol": "Enrol now",
           "download": "Download now", "join": "Join now", "visit": "Plan your visit"}

#: What someone who has it does next, by kind: when a how-to or care post is useful.
_AFTER = {"product": "once yours arrives", "digital": "once you've signed up",
          "service": "after your first appointment"}
#: ... and by the action where the kind's words would be wrong: a one-time download is not
#: signed up to, a call is not an appointment
_AFTER_ACTION = {"download": "once you've downloaded it", "call": "after your first call",
                 "enrol": "once you've started", "start": "once you've started",
                 "join": "once you've joined", "visit": "after your first visit"}

_PLAIN_TONES = re.compile(r"(?i)\b(professional|calm|formal|serious|expert|corporate|minimal|"
                          r"understated|clinical|trustworthy|measured|sober|quiet|b2b)\b")
_PLAYFUL_TONES = re.compile(r"(?i)\b(playful|fun|cheeky|silly|bold|loud|witty|quirky|energetic|"
                            r"bubbly|irreverent|sassy)\b")


_CASUAL_TONES = re.compile(r"(?i)\b(?:no corporate|not corporate|casual|laid[- ]back|cheeky|"
                           r"playful|slang|down[- ]to[- ]earth|jokey|silly|irreverent)")


@dataclass(frozen=True)
class Voice:
    """How this brief's posts speak."""

    #: the call-to-action verb: "shop", "book", "start", "book a call"
    verb: str
    #: what the buyer gets by doing it: "order", "booking", "first week"
    purchase: str
    #: who has it: "customer", "client", "member", "student"
    buyer: str
    #: when help is useful: "once yours arrives", "after your first appointment"
    after: str
    #: "plain" (no emoji, no exclamation marks), "warm" or "playful"
    style: str
    #: how the words sound, from the brief's tone (:mod:`planner.planning.tone`):
    #: "formal", "warm", "playful" or "direct"
    voice: str = "warm"
    #: a playful voice that asks for energy and cheering ("excitable!! high energy"), not
    #: wit: its lead line and ask end in an exclamation mark (never for a B2B brief)
    excited: bool = False
    #: the finer voice (:func:`planner.planning.tone.register_for_tone`): "punning",
    #: "excitable", "deadpan", "nerdy", "direct", "formal", "gentle" or "warm"; it chooses
    #: the openers and closers of our own (:mod:`planner.planning.openers`)
    register: str = "warm"
    #: the tone asks for emoji ("emoji ok") or is playful and sunny: one on the lead line
    emoji: bool = False
    #: the tone rules out pressure ("gentle, no pressure"): no countdowns, no hype lines
    calm: bool = False

    def context(self) -> dict[str, object]:
        verb_cap = self.verb[:1].upper() + self.verb[1:]
        return {"verb": self.verb, "Verb": verb_cap, "Act": _LABELS.get(self.verb, verb_cap),
                "purchase": self.purchase, "buyer": self.buyer, "buyers": self.buyer + "s",
                "after": self.after, "style": self.style, "plain": self.style == "plain",
                "playful": self.style == "playful", "voice": self.voice,
                "formal": self.voice == "formal", "direct": self.voice == "direct",
                "excited": self.excited, "register": self.register, "emoji": self.emoji,
                "calm": self.calm}


def action_of(brief: Brief) -> str:
    """The brief's ``action``; when it names none, "shop" for a digital download bought once
    (templates, presets, patterns: bought and downloaded, never "Start your first week"), and
    empty otherwise (the kind's default)."""
    if brief.facts.action:
        return brief.facts.action
    from planner.planning.offering import digital_is, food_ordered

    if food_ordered(brief):
        return "order"  # food sold through a delivery app is ordered, never "Ready to shop?" (read 40)
    return "shop" if digital_is(brief) == "download" else ""


def brief_voice(brief: Brief) -> Voice:
    """The voice of a brief (`voice_of` its kind, `action_of` it and its tone)."""
    return voice_of(brief.kind, action_of(brief), brief.tone)


def voice_of(kind: str, action: str = "", tone: str = "") -> Voice:
    """The voice of a brief from its kind, its stated action and its tone."""
    action = action or _DEFAULT_ACTION.get(kind, "shop")
    verb, purchase, buyer = _KIND_ACTION_WORDS.get((action, kind), _ACTION_WORDS[action])
    said = voice_for_tone(tone)
    if said == "formal" or said == "direct" and not says_playful(tone):
        style = "plain"
    elif said == "playful" or said == "direct":
        style = "playful"
    elif _PLAIN_TONES.search(tone or ""):
        style = "plain"  # "calm, warm and welcoming": warm words, no emoji
    elif _PLAYFUL_TONES.search(tone or ""):
        style = "playful"
    else:
        style = "warm"
    if buyer == "client" and verb == "book" and _CASUAL_TONES.search(tone or ""):
        # a bike shop that talks casually has customers; "clients" is the corporate word
        buyer = "customer"
    after = ((kind != "product" and _AFTER_ACTION.get(action))
             or (kind == "digital" and action in ("shop", "order") and _AFTER_ACTION["download"])
             or _AFTER.get(kind, _AFTER["product"]))
    return Voice(verb, purchase, buyer, after, style, said, says_excited(tone),
                 register_for_tone(tone), says_emoji(tone), says_no_pressure(tone))


#: how each call-to-action verb takes the brand: "Order from X", "Download X", never
#: "Download with X"; a verb not listed takes "with"
_WITH_BRAND = {"order": "from", "buy": "from", "download": "", "install": "", "visit": "",
               "join": "", "subscribe": "to", "sign up": "for", "start": "with",
               "book a demo": "of", "upgrade": "to"}


def verb_with(verb: str, brand: str) -> str:
    """The call-to-action verb with the brand as its object: "book with Alberta Cycle Works",
    "download Munshi", "subscribe to Ziarno". "start" reads "get started with"."""
    if verb == "start":
        verb = "get started"
    word = _WITH_BRAND.get(verb, "with")
    if not brand:  # no name: "shop with us", "order from us", but "download", not "download us"
        brand = "us" if word in ("with", "from") else ""
        word = word if brand else ""
    return " ".join(part for part in (verb, word, brand) if part)


_OWN_LINK = re.compile(r"(?i)\b(?:with |using |through |via )?(your (?:own |personal |unique )?"
                       r"(?:invite|invitation|referral|refer-a-friend|friend|share|sharing)?\s*"
                       r"(?:link|code))\b")


def own_link(reward: str) -> str:
    """What the friend needs from the customer when the reward says so: "your invite link",
    "your referral code"; "" when the reward needs nothing of the kind. A referral whose
    friend must use the customer's own link is asked for with that link, not "link in bio"."""
    found = _OWN_LINK.search(reward or "")
    return re.sub(r"\s+", " ", found.group(1)).lower() if found else ""


_PLACE = re.compile(
    r"(?i)\b(?:at|to|from|in) ((?:our|the) (?:[\w'-]+ ){0,2}(?:stall|shop|store|counter|studio|market|"
    r"workshop|salon|till|bar|café|cafe|farm|gym|clinic|bakery|kitchen|taproom|showroom))\b")


def perk_place(perk: str, sells_on: list[str] | tuple[str, ...] = ()) -> str:
    """Where a perk is had in person ("our market stall", "the counter"), or "" when it
    is used online: a perk at the stall is not redeemed by tapping a link. Where the brief
    names the place in full among where it sells ("our stall at South Melbourne Market"),
    that is said."""
    found = _PLACE.search(perk or "")
    if not found:
        return ""
    place = found.group(1)
    head = place.split()[-1].lower()
    named = [s for s in sells_on if head in s.lower().split() and len(s) > len(place) - 4]
    return named[0] if named and named[0][:1].islower() else place


_ONLINE_GROUP = re.compile(r"(?i)\b(?:group|forum|discord|slack|whatsapp|telegram|server|"
                           r"subreddit|channel|newsletter|online|app|chat|circle|community on)\b")
_MEETS = re.compile(r"(?i)\b(?:rides?|runs?|walks?|hikes?|swims?|meet-?ups?|meets|get-togethers?|"
                    r"leaving from|starts? from|at the (?:shop|studio|store|café|cafe)|"
                    r"in the (?:shop|studio|store)|\d\s?(?:am|pm)\b|\d:\d\d)")


def meets_in_person(community: str) -> bool:
    """Whether the brief's community meets somewhere ("our Thursday evening shop ride,
    leaving from the shop at 6:30 pm") rather than online ("our Facebook group"): one is
    come along to, the other joined by a link."""
    return bool(community) and bool(_MEETS.search(community)) and not _ONLINE_GROUP.search(community)


_QUOTED = re.compile(r"(“[^”]*”|\"[^\"]*\")")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764\u200d\ufe0f]+ ?")


def apply_style(text: str, style: str) -> str:
    """A plain voice drops emoji and turns exclamation marks into full stops."""
    if style != "plain":
        return text
    parts = _QUOTED.split(text)
    for i in range(0, len(parts), 2):  # the odd parts are a customer's words, kept as said
        part = _EMOJI.sub("", parts[i])
        part = re.sub(r"!+", ".", part)
        parts[i] = re.sub(r"\.\.(?!\.)", ".", part)
    text = "".join(parts)
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


#: "we" as one maker says it; longer phrases first. Verbs after "we" that change with "I"
#: are listed whole ("we are" -> "I am"); the rest read the same ("we make" -> "I make").
_SINGULAR = [
    # one person has no team: "a tip from the team" -> "a tip from me", "our team will
    # reply" -> "I will reply" (the brand's name before "team" goes with it)
    (r"\b(?:the|our)(?: [A-Z][\w&'’-]*)* team (?:is|are)\b", "I am"),
    (r"\b(?:the|our)(?: [A-Z][\w&'’-]*)* team (?:has|have)\b", "I have"),
    (r"\b(?:the|our)(?: [A-Z][\w&'’-]*)* team was\b", "I was"),
    (r"(?m)^(?:the|our)(?: [A-Z][\w&'’-]*)* team (?=(?:will|can|would|could|should)\b)", "I "),
    (r"(?<=[.!?] )(?:the|our)(?: [A-Z][\w&'’-]*)* team (?=(?:will|can|would|could|should)\b)", "I "),
    (r"\b(?:the|our)(?: [A-Z][\w&'’-]*)* team\b", "me"),
    # "we're the ones answering" -> "I'm the one answering", never "I'm the ones"
    (r"\bwe(?:'re| are) the ones(?= \w+ing\b)", "I'm the one"),
    (r"\bwe are\b", "I am"), (r"\bwe were\b", "I was"), (r"\bwe aren't\b", "I'm not"),
    (r"\bwe weren't\b", "I wasn't"), (r"\bare we\b", "am I"), (r"\bwere we\b", "was I"),
    (r"\bwe're\b", "I'm"), (r"\bwe've\b", "I've"), (r"\bwe'll\b", "I'll"), (r"\bwe'd\b", "I'd"),
    (r"\bourselves\b", "myself"), (r"\bours\b", "mine"), (r"\bour\b", "my"), (r"\bus\b", "me"),
    (r"\bwe\b", "I"),
]


#: words of a brand that name a business, never a person ("Swaravalli Violin School")
_BUSINESS_WORD = re.compile(
    r"(?i)^(?:school|studio|studios|academy|co|co\.|company|ltd|llc|inc|gmbh|shop|store|lab|labs|"
    r"works|workshop|care|service|services|solutions|kitchen|bakery|house|club|collective|"
    r"design|designs|craft|crafts|farm|farms|garden|gardens|supply|goods|music|art|arts|"
    r"yoga|fitness|clinic|cafe|café|coffee|tea|press|media|digital|group|agency|partners|"
    r"and|&|the|of|by|for|violin|piano|guitar|solar|cleaning|repairs?|tours?|trips?|"
    r"ceramics|pottery|candles?|leather|wood|woodworks|jewellery|jewelry|photography|"
    r"films?|events?|travel|homes?|pets?|dogs?|salon|barbers?|spa|wellness|health|"
    r"learning|languages?|tutoring|coaching|consulting|online|hq|official|"
    # everyday words a business name is made of, never a person's ("Keys After Dark")
    r"after|before|dark|light|night|day|days|blue|red|green|gold|golden|silver|black|white|"
    r"little|big|old|new|north|south|east|west|keys?|sea|sun|moon|stars?|river|hill|field|"
    r"wild|bright|good|happy|hole|bay|harbour|harbor|island|mountain|forest|wood|woods|"
    r"stone|iron|salt|honey|bread|rose|nest|home|hands?|made|table|ink|paper|thread|"
    r"needle|wheel|fire|water|wind|rain|snow|leaf|tree|roots?|bloom|blossom|petal|"
    r"honest|simple|slow|quiet|kind|true|pure|fresh|local|urban|rural|my|our|your)$")


def brand_is_person(brand: str) -> bool:
    """Whether a brand is a person's name ("Dana Okafor", "Meera Iyer"): two or three
    capitalised words, none a word that names a business ("School", "Studio", "Co")."""
    words = brand.split()
    return 2 <= len(words) <= 3 and all(
        re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in words) \
        and not any(_BUSINESS_WORD.match(w) for w in words)


#: a sentence whose "we" is the maker and the customer at once
_TOGETHER = re.compile(r"(?i)\b(?:together|with you|you and (?:I|me))\b")
#: a pattern of _SINGULAR that turns a "we" (never "our", "us")
_WE = re.compile(r"\\bwe|\\bare we|\\bwere we")


#: a quantity of people that counts the maker in: "us" stays ("Most of us know this one.")
_OF_US = re.compile(r"(?i)\b(?:most|many|all|some|few|both|none|lots|plenty|any|each|either|"
                    r"neither|the rest|one|two|three) of us\b")


def first_person_singular(text: str) -> str:
    """A post by one maker in their own voice: "we make our bowls" -> "I make my bowls",
    "Tag us" -> "Tag me". Words in quotation marks (a customer's) are left as they are."""
    parts = _QUOTED.split(text)
    for i in range(0, len(parts), 2):  # the odd parts are quotations
        # a "we" of the maker and the customer ("we work it out together", "we rewrite it
        # together in the session") stays "we": never "I work it out together" (blind read 37)
        # "most of us", "all of us": the maker among everyone, never "Most of me" (read 39's
        # tuning set: a solo speech coach)
        parts[i] = _OF_US.sub(lambda m: m.group(0)[:-2] + (
            "\x01" if m.group(0)[-2:].isupper() else "\x00"), parts[i])
        pieces = re.split(r"(?<=[.!?])(\s+)", parts[i])
        for j in range(0, len(pieces), 2):
            piece = pieces[j]
            both = bool(_TOGETHER.search(piece))
            for pattern, said in _SINGULAR:
                if both and _WE.search(pattern):
                    continue
                piece = re.sub(pattern, lambda m, said=said: _same_case(m.group(0), said),
                               piece, flags=re.IGNORECASE)
            pieces[j] = piece
        part = "".join(pieces)
        # a line in capitals on an image ("ASK US ANYTHING") is the maker's too; "US" alone
        # may be the country, so only after a verb that asks something of the reader
        part = re.sub(r"\b(ASK|TAG|FOLLOW|DM|MESSAGE|CALL|EMAIL|VISIT|JOIN|FIND|TELL|SHOW|"
                      r"WRITE TO|SHOP WITH|BOOK WITH) US\b", r"\1 ME", part)
        parts[i] = part.replace("\x00", "us").replace("\x01", "US")
    return "".join(parts)


def _same_case(found: str, said: str) -> str:
    """The replacement capitalised where the found word was ("Our" -> "My"); "I" always;
    a word in capitals ("US", "WE ARE OPEN") is not a pronoun of the caption's."""
    if len(found) > 1 and found.isupper():
        return found
    if said.startswith("I") or not found[:1].isupper():
        return said
    return said[:1].upper() + said[1:]


# --- Goods that are subscribed to, not bought as objects ------------------------------------

#: the product line names a subscription, a lending library or a club: what arrives is this
#: month's one, lent or sent, never "an order" of the library itself
_SUBSCRIBED_RE = re.compile(r"(?i)\b(?:subscriptions?|library|libraries|club|clubs|"
                            r"monthly (?:plan|box|boxes|delivery|deliveries))\b")
#: words of the product line that say how it comes, not what arrives
_CONTAINER_WORDS = frozenset("subscription subscriptions library libraries club clubs box boxes "
                             "plan plans service monthly delivery deliveries rental rentals "
                             "lending membership".split())


def subscribed_unit(brief) -> str:
    """For goods that are subscribed to or lent by post (a puzzle library, a coffee
    subscription, a sock club), the one thing that arrives each time, in the singular
    ("jigsaw puzzle", "coffee"); "" for goods bought as objects, a service or anything
    digital. The brief says so by its action ("subscribe", "join") or its product line."""
    if getattr(brief, "kind", "") != "product":
        return ""
    product = brief.product or ""
    action = getattr(brief.facts, "action", "") or ""
    if action not in ("subscribe", "join") and not _SUBSCRIBED_RE.search(product):
        return ""
    inside = re.search(r"(?i)\b(?:box|boxes|subscription|club|library|bag|crate|parcel)\s+of\s+"
                       r"([\w'’ -]+?)\s*(?:$|[,(;:—–]|\s(?:for|from|by|to|delivered|sent)\s)", product)
    if inside:  # "a weekly box of seasonal fruit and vegetables": what is inside arrives
        return inside.group(1).strip()
    head = re.split(r"\s(?:for|with|in|from|by|to|of|on|delivered|sent|posted)\s|[,(/;:—–]",
                    product)[0].strip()
    words = [w for w in head.split() if w.lower() not in _CONTAINER_WORDS]
    if brief.brand:
        brand_words = {w.lower() for w in brief.brand.split()}
        while words and words[0].lower() in brand_words:
            words = words[1:]
    unit = " ".join(words[-3:])
    if not unit:
        return "box"
    if unit.split()[0][:1].isupper() and unit.split()[0][1:].islower():
        unit = unit[:1].lower() + unit[1:]  # "Ziarno Coffee Club": coffee
    if re.search(r"[^su]s$", unit) and not re.search(r"\s(?:and|&|or)\s", unit):
        unit = unit[:-1]  # "sock club" sends socks, one at a time a sock
    return unit


def units_of(unit: str) -> str:
    """The plural of a subscribed unit ("jigsaw puzzles"); a mass noun stays as it is."""
    if not unit or unit.lower().endswith(("s", "coffee", "tea", "wine", "yarn", "chocolate", "cheese",
                                              "vegetables", "fruit", "produce", "biltong")) \
            or re.search(r"\s(?:and|&|or)\s", unit):
        return unit
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + "s"


def subscribed_period(brief) -> str:
    """"week" for goods that arrive weekly, else "month": "this week's fruit and vegetables"."""
    return "week" if re.search(r"(?i)\bweekly\b|\ba week\b|\bper week\b|\bevery week\b",
                               f"{brief.product} {brief.description}") else "month"
