"""How the brief's own words are said in a post: the product in passing, and the
description's sentences that can stand as lines of their own. Shared by the template
context and the critic."""

from __future__ import annotations

import functools
import itertools
import re

from planner.domain.brief import Brief
from planner.domain.vocabularies import MARKETPLACES, ONLINE_PLATFORMS


#: a word that says how a thing is made or kept, never the end of its name in passing
_TRAILING_PARTICIPLE = re.compile(
    r"(?i)(?!(?:need|feed|seed|reed|weed|shed|speed|breed|bed|sled|steed|hundred|kindred|red)$)"
    r"[a-z]{2,}ed|made|sewn|woven|grown|built|sold|thrown|spun|knit|drawn|hewn|dyed|cut|"
    r"brewed|fired|kept|shipped|delivered|printed|carved|forged|blown|poured|baked|roasted")


def short_name(brief: Brief) -> str:
    """What the seller would call the product in passing ("stove gap covers" for "Gapwell
    silicone stove gap covers"): the name before any "for"/"of" clause, without a leading
    brand, cut to its last three words when longer than four."""
    product = brief.product
    if brief.brand and re.match(rf"{re.escape(brief.brand)}\s*[,:(—–-]\s*", product, re.I):
        # "PartLine, an app for learning your choir part": what it is, not the name again
        product = re.sub(rf"^{re.escape(brief.brand)}\s*[,:(—–-]\s*(?:(?:an?|the)\s+)?", "",
                         product, flags=re.I)
    # a name in capitals keeps its small words ("Birding by Ear, an online course…")
    named = re.match(r"[A-Z][\w'’-]*(?:\s+(?:by|of|the|and|for|in|on|to|with|a|&)\s+[A-Z][\w'’-]*)+"
                     r"(?=\s*(?:[,:(—–-]|$))", product)
    if named:
        return named.group(0)
    course = _COURSE_TAIL.search(product)
    # a colon between digits ("1:1 coaching") is part of the name, not a break; a place
    # after it ("driving lessons on Brisbane's northside", "dumplings at weekend markets")
    # is where, not what
    product = re.sub(r"\s(?:at|on)\s+(?:weekend|weekly|local|farmers'?|night|street|car[- ]boot|"
                     r"craft|christmas)\b.*$", "", product, flags=re.I)
    head = re.split(r"\s(?:for|with|in|from|by|to|of)\s|\s(?:on|at|near|around|across|over|along|"
                    r"through|under|above|off|down|up|into)\s+"
                    # "… at your car", "… at home": where the work is done, not what it is
                    r"(?=[A-Z]|the\s|(?:your|yours|you|home|my|our)\b)|[,(/;]|:(?!\d)", product)[0].strip()
    if brief.brand and head.lower().startswith(brief.brand.lower() + " "):
        head = head[len(brief.brand):].strip()
    elif brief.brand and len(head.split()) >= 3 and head.split()[1][:1].islower() and \
            head.split()[0].isalpha() and head.split()[0].lower() == brief.brand.split()[0].lower():
        # "Harbourline managed payroll" from Harbourline Advisory: the brand's word is a name,
        # the rest says what it is ("Ziarno Coffee Club" is a name whole)
        head = head.split(maxsplit=1)[1]
    # a specification is not how anyone says the product in passing: "sunscreen SPF 50+"
    head = re.sub(r"\s+[A-Z]{2,}\s*\d[\d.,]*\+?$", "", head)
    # how it is made, said after it, is no item of a list: "…, made to order"
    base = re.split(r",\s*(?=\w+ed\b|made\b|sold\b|grown\b|built\b|shipped\b)",
                    re.split(r"\s(?:for|with|in|from|by|to|of)\s", product)[0])[0]
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s", base)
             if i.strip()]
    if len(items) == 3 and "," not in base and len(items[0].split()) == 1 \
            and not items[0].lower().endswith("s") and len(items[1].split()) >= 2:
        # "guitar and bass setups and repairs": the first "and" joins what the setups are
        # of ("guitar and bass setups"), never a list of three ("guitar, bass setups and
        # repairs" gave "I'm giving away my guitar", blind read 30)
        items, joined = [], True
    else:
        joined = False
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items):
        # a list of things is named whole, never by its first: "tent pitches, campervan
        # pitches and wooden lodges" -> "pitches and wooden lodges" (things of one kind once)
        by_head: dict[str, list[str]] = {}
        for i in items:
            by_head.setdefault(i.split()[-1].lower(), []).append(i)
        said = [group[0] if len(group) == 1 else group[0].split()[-1] for group in by_head.values()]
        return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    words = head.split()
    pair = re.split(r"\s(?:and|or|&|\+)\s", head)
    if joined and len(pair) == 3:
        pair = [f"{pair[0]} and {pair[1]}", pair[2]]
    if len(pair) == 2 and len(pair[1].split()) >= 2 and re.fullmatch(r"['’]?\d+s", pair[0].split()[-1]) \
            and re.match(r"['’]?\d+s\b", pair[1]):
        # "restored 1950s and 60s valve radios": two values of one thing (decades, sizes), said
        # by what they share ("restored valve radios"), never cut to "restored 1950s"
        words = pair[0].split()[:-1] + pair[1].split()[1:]
        if len(words) > 4:
            words = words[-3:]
    elif len(pair) == 2 and brief.kind == "product" and len(words) > 5 \
            and len(pair[0].split()) == 1 and len(pair[1].split()) >= 3:
        # "rooibos and sea salt bath soaks": one word that shares the rest of the name is no
        # item of its own; the goods are what they share ("bath soaks", never "our
        # rooibos", blind read 39)
        words = pair[1].split()[-2:]
    elif len(pair) == 2 and len(pair[1].split()) >= 2 and (
            _MATERIAL.fullmatch(pair[0].split()[-1])
            # "pork and chive dumplings": two fillings of one thing, said whole when short
            or brief.kind == "product" and len(words) <= 5
            and not pair[0].split()[-1].lower().endswith("s")):
        # "oak and walnut cutting boards": two materials of one thing, not two things; the
        # thing is named whole when short, else by what they share ("cutting boards")
        words = words if len(words) <= 5 else pair[1].split()[1:]
    elif len(pair) == 2 and len(pair[0].split()) == 1 and len(words) <= 6 and brief.kind == "service" \
            and not _ACTIVITY.search(pair[0]):
        # "solar and inverter maintenance contracts": one word before "and" shares the rest
        # of the name, never cut to it ("What we do: solar")
        pass
    elif len(pair) == 2 and brief.kind == "service" and len(words) > 4 and _is_activity(pair[1]) \
            and not _is_activity(pair[0]):
        # "kitchen extraction hood and duct degreasing": two things one activity is done to;
        # the activity is the service, never cut off ("our kitchen extraction hood"): said by
        # the last thing before "and" and all after it ("hood and duct degreasing")
        words = words if len(words) <= 5 else pair[0].split()[-1:] + ["and"] + pair[1].split()[-3:]
    elif len(pair) == 2 and len(pair[1].split()) >= 2 and _shares_head(pair[0], pair[1]):
        # "drone roof and facade inspections": the first part is no thing of its own (a
        # singular before "and", a plural noun after it) but what the head noun is done to;
        # never cut to it ("our drone roof"): the name whole when short, else by the last word
        # before "and" and what follows ("roof and facade inspections")
        words = words if len(words) <= 6 else pair[0].split()[-1:] + ["and"] + pair[1].split()[-4:]
    elif len(words) > 5 or (len(words) > 4 and (len(pair) != 2 or brief.kind != "product")):
        # "cushion covers and table linen" is said whole; of two longer names, the first
        first = pair[0].split()
        joint = next((i for i, w in enumerate(words) if i and w in _JOINS), 0)
        # "Salsa macha de Doña Tere": the thing before a name joined to it in another
        # language, never the last three words ("de Doña Tere")
        words = first if len(first) <= 4 else words[:joint] if 2 <= joint <= 4 else _tail(words)
    while words and words[0].lower() in ("and", "or", "&", "+", "the", "a", "an"):
        words = words[1:]
    # how it is made, left at the end once its place is cut ("silk lanterns made | in Hội
    # An"): never part of the name ("our silk lanterns made?")
    while len(words) > 1 and _TRAILING_PARTICIPLE.fullmatch(words[-1]):
        words = words[:-1]
    name = hyphened(" ".join(words).strip(" -") or product)
    if course and not _COURSE_TAIL.search(name) and name[:1].isupper() and not words == product.split():
        # "Carnatic Violin for Beginners online course": a course named by its subject is
        # the course ("my Carnatic Violin course"), never the instrument ("my Carnatic Violin")
        name = f"{name} {course.group('noun').lower()}"
    if brief.kind == "service" and _ACTIVITY.search(name) and name.split()[-1][:1].islower():
        last = name.split()[-1].lower()
        if _PASTIME.fullmatch(last):
            # a pastime is booked as a session: "our bouldering sessions", never "our
            # bouldering service"
            name += " sessions"
        elif last not in ("rental", "hire", "servicing", "service", "services"):
            # an activity is not a thing to own: "our mobile dog grooming service", never
            # "our mobile dog grooming"; a rental is what is booked ("our kayak rental")
            name += " service"
    return name


def _tail(words: list[str], n: int = 3) -> list[str]:
    """The last ``n`` words of a long product line, or fewer where they would start inside a
    name in capitals: "Bolo de Pote que Vende online course" is "online course", never
    "Vende online course" (blind read 30, seven posts)."""
    at = len(words) - n
    if at > 0 and words[at][:1].isupper() and (
            words[at - 1][:1].isupper() or words[at - 1].lower() in _JOINS | _NAME_SMALL):
        rest = list(itertools.dropwhile(lambda w: w[:1].isupper(), words[at:]))
        if rest:
            return rest
    return words[-n:]


#: small words inside a name in capitals in other languages ("Bolo de Pote que Vende")
_NAME_SMALL = frozenset("que e y et i och und en of the and para por com con sin sem per pour sur avec "
                         "für mit al au o a".split())


#: the marketplaces a brief may sell on, by the name a post prints
_MARKETS = {"amazon": "Amazon", "etsy": "Etsy", "ebay": "eBay", "walmart": "Walmart",
            "tiktok shop": "TikTok Shop", "depop": "Depop", "poshmark": "Poshmark",
            "mercadolibre": "Mercado Libre", "bol": "bol.com", "emag": "eMAG",
            # (and every marketplace the brief reader knows, by the name it prints)
            **{k: v for k, v in MARKETPLACES.items() if k not in ("etsy", "amazon", "ebay")},
            **ONLINE_PLATFORMS}


def marketplaces(brief: Brief) -> list[str]:
    """Every marketplace the brief sells on, by its name, in the brief's order."""
    return [_MARKETS[s] for s in brief.sells_on if s in _MARKETS]


def _marketplace(brief: Brief) -> str:
    """The marketplace the brief sells on, by its name ("Etsy"), or empty for an own shop."""
    return next((_MARKETS[s] for s in brief.sells_on if s in _MARKETS), "")


#: a phone number as sellers write it: "+353 21 455 0192", "(785) 555-0147", "021 4550192"
PHONE = re.compile(r"(?:\+|\b0|\()\d[\d\s().-]{6,}\d\b|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b")

#: what a course is called: the one vocabulary every test for a course uses (its product
#: line's last word here, a product line's word in facts_said and sparse)
COURSE_WORDS = (r"courses?|class(?:es)?|lessons?|programmes?|programs?|masterclass(?:es)?|"
                r"tutorials?|workshops?|bootcamps?")

#: a product line that ends in what a course is ("… for Beginners online course", "… classes")
_COURSE_TAIL = re.compile(rf"(?i)\b(?:online\s+|video\s+|live\s+|self-paced\s+)?(?P<noun>{COURSE_WORDS}|"
                          r"tuition|coaching)$")


#: a service that is a pastime, booked as sessions (never "our bouldering service")
_PASTIME = re.compile(r"(?:boulder|climb|swimm|surf|skat|div|sail|kayak|paddl|rid|row|ski|"
                      r"danc|box|skydiv|fish|hik|paddleboard|horse-?rid|trampolin|bowl|"
                      r"golf|shoot|archer)ing|yoga|pilates|archery|karate|judo|sauna")


#: small words that join a thing to whose or where it is, in the languages sellers name
#: things in ("salsa macha de Doña Tere", "Apfelkuchen von Oma", "torta della nonna")
_JOINS = frozenset("de del della di da du des dos das von vom van der la le".split())

#: what things are made of, said before them: "oak and walnut cutting boards" are boards
_MATERIAL = re.compile(r"(?i)oak|walnut|maple|cherry|ash|beech|teak|bamboo|cedar|pine|olive|"
                       r"cotton|linen|wool|merino|cashmere|silk|hemp|jute|leather|suede|denim|"
                       r"silver|gold|brass|copper|steel|iron|pewter|glass|ceramic|porcelain|"
                       r"stoneware|clay|marble|concrete|resin|soy|beeswax|coconut|rattan|cork")

def _shares_head(first: str, second: str) -> bool:
    """Whether "FIRST and SECOND" names one kind of thing, FIRST only saying what it is of:
    a singular noun before "and" that is no activity, and a plural head noun after it
    ("drone roof and facade inspections", "boat hull and deck surveys"), never two things
    ("leather wallets and card holders", "managed payroll and CPF compliance service")."""
    last, head = first.split()[-1].lower(), second.split()[-1].lower()
    plural = re.fullmatch(r"[a-z'’-]*[^su]s", head) is not None
    return plural and not re.search(r"[^s]s$", last) and not _is_activity(first) \
        and not _MATERIAL.fullmatch(last)


def _is_activity(name: str) -> bool:
    """Whether a name ends in an activity a service is ("degreasing", "repair"), not in a
    thing ending like one ("string", "bedding")."""
    last = (name.split() or [""])[-1].lower()
    return bool(_ACTIVITY.search(last)) and last not in _ING_NOUNS


#: the last word of a service named as an activity rather than a thing bought
_ACTIVITY = re.compile(r"(?i)(?:\w+ing|rehab|therapy|physio|care|repair|tuition|payroll|advice|"
                       r"support|maintenance|hire|rental|removal|cleaning|translation|"
                       r"locali[sz]ation|design|photography|videography|consultancy|admin)$")


#: -ing words that are nouns, never a gerund opening a problem nor
#: an activity a service is named by ("ceiling stains")
_ING_NOUNS = {"ceiling", "building", "clothing", "wedding", "bedding", "ring", "thing", "things",
              "morning", "evening", "spring", "string", "king", "wing", "ceilings", "buildings",
              "wiring", "plumbing", "roofing", "flooring", "heating", "lighting", "packaging",
              "parking", "housing", "pudding", "icing", "stuffing", "filling", "fillings",
              "sling", "swing", "railing", "siding", "shipping", "pricing", "billing", "nothing",
              "something", "anything", "everything", "listing", "listings", "painting"}


_DETAIL_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9€$£¥₹])")
#: a short word a full stop follows that ends no sentence ("ul. Józefa 18", "St. Kilda")
_ABBREVIATED = re.compile(r"(?i)(?:^|\s)(?:ul|st|nr|no|al|ave|rd|dr|mr|mrs|ms|co|approx|incl)\.$")
#: a description's opening that only defines the product ("An app for boulderers that…")
_DEFINITION = re.compile(r"(?i)^(?:a|an|the|our|we(?:'re| are))\b")


def sentence_details(description: str, product: str = "") -> list[str]:
    """The description's sentences a post can carry whole, as a line of its own ("Roasted in
    Puebla the week it ships."): every sentence but an opening one that only defines the
    product (it starts "A…", "We are…", or names the ``product`` in its first words:
    "One-to-one physiotherapy appointments of…"), and none too short to say anything or
    too long for a caption line."""
    return list(_details(description, product))


#: a price in a sentence of a few words ("£6 a round", "$12 each")
_SHORT_PRICE = re.compile(r"[£$€¥₹]\s?\d")


@functools.lru_cache(maxsize=64)
def _details(description: str, product: str) -> tuple[str, ...]:
    """description_details, worked out once per brief: the critic asks for every wording."""
    out = []
    sentences: list[str] = []
    for part in _DETAIL_SPLIT.split(description.strip()):
        if sentences and _ABBREVIATED.search(sentences[-1]):  # "ul. Józefa 18" ends nothing
            sentences[-1] += " " + part
        else:
            sentences.append(part)
    named = {w for w in re.findall(r"[a-z]{4,}", product.lower())}
    for i, sentence in enumerate(sentences):
        sentence = sentence.strip()
        if i == 0 and named & set(re.findall(r"[a-z]{4,}", " ".join(sentence.lower().split()[:6]))):
            continue
        # a lone phrase ("solid cedar stands with a drip tray") names the product, like an
        # opening definition: it is the brief's description, not a fact to tell
        if not sentence or (i == 0 and (_DEFINITION.match(sentence) or len(sentences) == 1
                                         or sentence[0].islower())):
            continue
        # (a price said in a few words, "£6 a round", is a fact of its own too)
        if 4 <= len(sentence.split()) <= 50 or 2 <= len(sentence.split()) < 4 and i > 0 \
                and _SHORT_PRICE.search(sentence):
            sentence = mend(sentence)
            out.append(sentence + ("" if sentence[-1] in ".!?" else "."))
    return tuple(out)


# ---- a description typed as a list of facts -------------------------------------------------

#: a part of a description's opening that is a fact of its own, not more of what is sold:
#: it has a number or a price ("180 problems", "day pass €14,50"), or opens or ends on a
#: word that makes it a statement ("no minimum term…", "sold in boxes of 12", "… included")
_FACT_LEAD = re.compile(r"(?i)^(?:no|zero|free|first|every|each|all|incl(?:uding|\.)?|open)\b")
_FACT_END = re.compile(r"(?i)\b(?:included|incl\.?|free|half[- ]price|provided|on request|"
                       r"slots|available)$")  # (", evening and Saturday slots": blind read 37)


def _comma_parts(text: str) -> list[str]:
    """``text`` split at its commas, never inside brackets ("(A6, 64 pages)"), between
    digits ("€14,50") or inside a list of numbers ("sizes for 1, 2, 4 and 6 cups")."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        if ch == "," and depth <= 0 and text[i + 1:i + 2] == " " \
                and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    out: list[str] = []
    for part in (p for p in parts if p):
        if out and re.match(r"(?i)sizes?\s+\S*\d", out[-1]) and re.match(r"\d", part) \
                and len(part.split()) <= 8 and not _PRICED.search(part):
            out[-1] += ", " + part  # "sizes 0-6 months, 6-18 months and …": one list (read 40)
        elif out and _NUMBER_ITEM.fullmatch(part) and re.search(r"\d$", out[-1]):
            out[-1] += ", " + part  # "sizes for 1, 2, 4 and 6 cups": one list of numbers (read 29)
        else:
            out.append(part)
    return out


#: a part that finishes the one before it ("…training at your warehouse, to Ontario Regulation
#: 851"; "…, for teams of 5 to 50"): never a fact of its own, whatever its numbers
_ATTACHED = re.compile(r"(?i)^(?:to|for|with|under|per|by|via|according\s+to|in\s+line\s+with|"
                       r"compliant\s+with|certified\s+to|meeting)\b")


def _is_fact_part(part: str) -> bool:
    """A part with a number or a price, or one a word makes a statement of its own; how the
    goods are made ("…, scented with essential oils") and a part that finishes the one before
    it ("…, to ISO 9001") are more of what is sold."""
    if _ATTACHED.match(part):
        return False
    if re.match(r"(?i)(?:our|we|we're|we've|your|you|you're)\s+(?:\S+\s+){2,}\S", part):
        return True  # "…, our truck-mounted shredder shreds at your premises": a clause of its own
    if re.match(r"(?i)[a-z-]+\s+[a-z-]+s\s+(?!and\b|or\b)[a-z]+ed\s+\S", part) \
            and not _PRICED.search(part):
        return True  # "…, locked consoles emptied fortnightly or monthly": what is done, said apart
    if re.match(r"(?i)(?:plus|and also)\s+(?:\S+\s+){2,}\S", part):
        return True  # "…, plus screentone brushes that don't moiré": a second thing sold
    return bool(re.search(r"\d", part) or _FACT_LEAD.match(part) or _FACT_END.search(part))


#: words that open a part finishing the phrase before it ("…, and ducts", "…, which…")
_JOINED = re.compile(r"(?i)^(?:and|or|but|plus|so|which|that|who|whose|where|including|"
                     r"especially|like|such|as|not|nor|then|than|also|even|all|both|each)\b")
#: words that open a phrase of its own after a noun ("cotton string | with no glass")
_PHRASE_WORDS = {"with", "from", "for", "before", "after", "in", "on", "of", "to", "at", "by",
                 "without", "under", "over", "inside", "near", "across", "per", "into"}
#: a participle that says how the work is done ("done at night", "quoted from photos")
_WORK_PARTICIPLE = re.compile(r"(?i)^(?:done|carried out|finished|completed|booked|quoted|"
                              r"priced|scheduled|delivered|fitted|installed|collected|"
                              r"returned|dropped off|picked up|handled|checked|signed off)\b")


#: participles not ending in -ed that say how goods are made or sold
_MADE_WORDS = {"made", "built", "grown", "sewn", "woven", "spun", "done", "run", "kept", "held",
               "cut", "sold", "taught", "brought", "thrown", "written", "chosen", "given",
               "drawn", "shown", "worn", "knit", "set", "shot", "bound", "sent", "ground",
               "hung", "spun", "dug", "caught", "fed", "bred", "led", "lit", "known"}


def _new_phrase(part: str, clause: bool) -> bool:
    """A part of a description's opening that starts a noun phrase or a clause of its own,
    not one more item of a list ("filters and ducts" in "hoods, filters and ducts"): a
    phrase of three words or more with an article ("a cleaning certificate for your files")
    or a phrase after its noun ("cotton string with no glass", "photos before and after");
    after an opening that is a clause ("we degrease hoods, …"), also how the work is done
    ("done at night or on your closed day"). Conservative: when unsure, no."""
    words = part.lower().split()
    if len(words) < 3 or _ATTACHED.match(part) or _JOINED.match(part) or words[0] in _PHRASE_WORDS:
        return False
    if clause and _WORK_PARTICIPLE.match(part):
        return True
    # a list's last items: "filters and ducts", "flats and shops across Bristol"
    for i, w in enumerate(words[:3]):
        if w in ("and", "or", "&"):
            if not any(x in _PHRASE_WORDS for x in words[:i]):
                return False
            break
    if words[0] in ("a", "an"):
        return True
    if words[0] in ("the", "this", "these", "those", "our", "your", "my", "their", "its") \
            or not re.fullmatch(r"[a-z][a-z'-]*", words[0]) or words[0].endswith(("ed", "ing")) \
            or words[0].split("-")[-1] in _MADE_WORDS:
        # ("…, made in small batches": how the goods are made stays with them)
        return False
    # a noun, or an adjective and a noun, then a phrase of its own: "photos before and after"
    return any(w in _PHRASE_WORDS for w in words[1:3])


def _in_list(before: list[str]) -> bool:
    """Whether the parts before a new phrase end a phrase a list could (no part left open
    on "and", "or", a preposition)."""
    last = before[-1].lower().split()[-1] if before and before[-1].split() else ""
    return last not in _PHRASE_WORDS and last not in ("and", "or", "a", "an", "the")


def description_parts(first: str) -> tuple[str, list[str]]:
    """A description's opening typed as a list of facts ("indoor climbing hall in Leith, 140
    routes, day pass £12, shoes included") split into what the business sells ("indoor
    climbing hall in Leith") and its facts, each as the seller wrote it ("140 routes", "day
    pass £12", "shoes included"). A list of the goods themselves ("Mugs, bowls and jugs
    thrown in Leeds") stays whole; a part that follows a fact and is no fact of its own
    belongs to it. No facts when the opening is one phrase."""
    parts = _comma_parts(first.strip().rstrip("."))
    if len(parts) < 2:
        return first.strip(), []
    parts = _lists_whole(parts)
    if re.match(r"(?i)(?:an?|one)\s", parts[0]) and not _PRICED.search(parts[0]):
        # "a dried rye starter, a glass jar and a printed feeding guide, £18 a kit": what
        # comes in it, item by item, is one list (never "A glass jar and a are printed
        # feeding guide.", read 39's tests)
        for i in range(1, len(parts)):
            if not re.match(r"(?i)(?:an?|one|two|three|four|five|six)\s", parts[i]) \
                    or _PRICED.search(parts[i]) or re.search(r"\d", parts[i]):
                break
            if re.search(r"(?i)\s(?:and|&)\s(?:an?|one|two|three|four|five|six)\s", parts[i]):
                parts = [", ".join(parts[:i + 1])] + parts[i + 1:]
                break
    for i, part in enumerate(parts[:-1]):
        # "…over Zoom, for best men, maids of honour, fathers of the bride and couples, three
        # sessions for $240": whom it is for, listed after "for", is one list (never "You get
        # maids of honour, and fathers of the bride and couples.", blind read 39)
        if not re.search(r"(?i)(?:^|\s)for\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$", part) \
                or _PRICED.search(part) or re.search(r"\d", part.rsplit(" for ", 1)[-1]):
            continue
        for j in range(i + 1, len(parts)):
            if _PRICED.search(parts[j]) or re.search(r"\d", parts[j]) or len(parts[j].split()) > 6:
                break
            if re.search(r"(?i)\s(?:and|or|&)\s", parts[j]):
                parts = parts[:i] + [", ".join(parts[i:j + 1])] + parts[j + 1:]
                break
        break
    opened = next((i for i, p in enumerate(parts) if ": " in p), None)
    if opened is not None and len(parts) - opened >= 2 \
            and re.match(r"(?i)(?:and|or|&)\s", parts[-1]) \
            and not any(_PRICED.search(p) for p in parts[opened:]):
        # a list after a colon that closes with "and …" is one list, said whole: "…in South
        # Africa: rent and deposit tracker, arrears log, …, and a yearly income summary",
        # never cut before its last item ("You get an and a yearly income summary…", read
        # 39's tuning set)
        parts = parts[:opened] + [", ".join(parts[opened:])]
    if len(parts) < 2:
        return first.strip(), []
    # what it does, typed last with no subject ("…, works offline"): a fact of its own, never
    # more of the list before it ("There are all the road signs, …, works offline", read 24)
    does: list[str] = []
    while len(parts) > 2 and _does(parts[-1]):
        does.insert(0, parts.pop())
    core, facts = _description_parts(parts)
    if len(facts) == 1 and re.match(r"(?i)(?:and|or)\s", facts[0].rsplit(", ", 1)[-1]) \
            and " with " in core and not re.search(r"\d", facts[0].split(", ")[0]):
        # "practice tests for … with over 900 questions, all the road signs, and mock tests…":
        # the list goes on what the thing comes with, said whole ("… comes with over 900
        # questions, all the road signs, and mock tests…"), never cut after its first item
        head, _, listed = core.rpartition(" with ")
        if len(head.split()) >= 2:
            core, facts = head, [f"with {listed}, {facts[0]}"]
    return core, facts + does


#: a part that ends a list begun in the part before it: "maru pen and brush pen strokes …"
#: after "… made from real G-pen" (its "and" within its first words, no number before it)
_LIST_CLOSE = re.compile(r"(?i)^(?!(?:[a-z]+(?:ed|en|wn)|made|cut|sewn|built|spun|call|text|"
                         r"email|message|book|order)\b)(?:[a-z][\w'’-]*\s+){1,3}(?:and|or|&)\s+"
                         r"(?![a-z]+(?:ed|en|wn)\b)[a-z]")
#: a part ending on the phrase a list opens in: "made from real G-pen", "cut from oak"
_LIST_OPENS = re.compile(r"(?i)\b(?:from|of|with|using)\s+(?!(?:a|an|the|one|our|your|my)\s)(?:[\w'’-]+\s+){0,2}[\w'’-]+$")


#: one more number of a list of numbers, perhaps its last and the unit they share ("2",
#: "4 and 6 cups", "or 12 kg")
_NUMBER_ITEM = re.compile(r"(?i)(?:(?:and|or|&)\s+)?\d+(?:[.,]\d+)?(?:\s*(?:and|or|&|to|-)\s*\d+(?:[.,]\d+)?)?"
                          r"(?:\s*[a-z%\"'][\w%\"'-]*(?:\s+[a-z][\w-]*)?)?")
_PRICED = re.compile(r"[€$£¥₹₩₦₱₺₪฿₫]|\b(?:R\$|kr|zł|NOK|SEK|DKK|EUR|USD|GBP|CHF)\b")


def _lists_whole(parts: list[str]) -> list[str]:
    """Comma parts with a list "X, Y and Z" inside one phrase put back together: "…made from
    real G-pen, maru pen and brush pen strokes I scanned at 1200dpi" is one part, never cut
    after its first item because a number follows the list (read 25)."""
    out = [parts[0]]
    for part in parts[1:]:
        head = part.split(" and ")[0].split(" or ")[0]
        if _LIST_CLOSE.match(part) and not re.search(r"\d", head) and not _PRICED.search(part) \
                and _LIST_OPENS.search(out[-1]) and not _is_fact_part(out[-1]) \
                and not _JOINED.match(part) and part.split()[0].lower() not in _PHRASE_WORDS:
            out[-1] += ", " + part
        elif len(out) > 1 and re.search(r"(?i)\b(?:and|&)\s+[\w'’ -]+\s+(?:included|provided|"
                                        r"supplied)$", part) \
                and len(out[-1].split()) <= 3 and not re.search(r"\d", out[-1]):
            # "all clay, glazing and firing included": one list of what is included, never
            # "all clay" as a fact of its own (blind read 37: "Worth knowing: all clay.")
            out[-1] += ", " + part
        else:
            out.append(part)
    return out


#: the head of a place a service is ("podiatry clinic in Batel"), and what it is said to do
#: with a list of what it sees to: a clinic treats, a salon or a workshop does
_SERVICE_PLACE = re.compile(r"(?i)^(?:[\w'’-]+\s+){0,3}(?P<head>clinic|practice|surgery|studio|salon|"
                            r"barbershop|workshop|garage|spa|centre|center)\s+(?:in|on|at|near)\s+\S")
_TREATS = {"clinic", "practice", "surgery"}


def place_and_list(core: str) -> tuple[str, list[str]]:
    """What a service is and the list of what it sees to, when its description opens on a
    place ("podiatry clinic in Batel, Curitiba") and goes on with a list of short things
    ("ingrown toenails, calluses and corns, cracked heels"): the place alone is what the
    business is, the list said whole as a sentence of its own (`list_sentence`), never
    pasted behind the place (read 25). ``(core, [])`` for any other opening."""
    parts = _comma_parts(core.strip().rstrip("."))
    if not parts or not _SERVICE_PLACE.match(parts[0]):
        return core, []
    at = 1
    while at < len(parts) and re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}", parts[at]):
        at += 1  # the place's town and region ("Batel, Curitiba")
    items = parts[at:]
    if len(items) < 3 or any(re.search(r"\d", p) or len(p.split()) > 5 or not re.match(r"[a-z]", p)
                             or _JOINED.match(p) or p.split()[0] in _PHRASE_WORDS for p in items):
        return core, []
    return ", ".join(parts[:at]), items


#: the work a service's list names as something done, not something treated ("diabetic foot
#: checks", "gait analysis", "nail cutting")
_DONE_ITEM = re.compile(r"(?i)\b(?:checks?|tests?|testing|screenings?|assessments?|analysis|"
                        r"consultations?|fittings?|cutting|care|massages?|scans?|reviews?|"
                        r"appointments?|visits?|sessions?|classes|lessons?)$")


def list_sentence(place: str, items: list[str]) -> str:
    """A service's list of what it sees to as a sentence of ours: a clinic treats what is
    wrong and does its checks ("We treat ingrown toenails, calluses and corns and cracked
    heels, and we do diabetic foot checks."), any other place does its list ("We do cuts,
    colour and balayage.")."""
    def said(things: list[str]) -> str:
        if len(things) == 1:
            return things[0]
        return ", ".join(things[:-1]) + (", and " if " and " in things[-1] else " and ") + things[-1]
    m = _SERVICE_PLACE.match(place)
    if not m or m.group("head").lower() not in _TREATS:
        return f"We do {said(items)}."
    treated = [i for i in items if not _DONE_ITEM.search(i)]
    done = [i for i in items if _DONE_ITEM.search(i)]
    if not treated:
        return f"We do {said(done)}."
    if not done:
        return f"We treat {said(treated)}."
    return f"We treat {said(treated)}, and we do {said(done)}."


def _does(part: str) -> bool:
    """A part that is what the thing does, with no subject: "works offline", "ships free"."""
    words = part.split()
    return 1 < len(words) <= 8 and words[0] in _VERBS and words[0] not in _ADVERB_LEADS \
        and words[0] not in ("is", "can", "will", "won't", "can't", "doesn't", "isn't")


def _description_parts(parts: list[str]) -> tuple[str, list[str]]:
    first = ", ".join(parts)
    if len(parts) < 2:
        return first.strip(), []
    clause = bool(re.match(r"(?i)(?:we|i)\s+[a-z]", parts[0]))
    # a part that opens a phrase of its own ("…, cotton string with no glass", "…, photos
    # before and after") is a fact too, unless more of a list follows it ("…, bread from a
    # wood oven, pastries and coffee"): then the opening is read as before, whole
    split = _split_parts(parts, lambda p: _new_phrase(p, clause))
    if split is None:
        split = _split_parts(parts, lambda p: False)
    return split or (first.strip(), [])


#: a part that says where or how the goods are made: "sewn in Christchurch", "made by hand"
_MADE_PART = re.compile(r"(?i)^(?:hand[- ]?)?(?:" + "|".join(sorted(_MADE_WORDS)) +
                        r"|[a-z]+ed)\s+(?:in|by|at|on|from)\s+\S")


def _split_parts(parts: list[str], new) -> tuple[str, list[str]] | None:
    """What is sold and its facts, a fact opening on a part with a number or a word of its
    own, or one ``new`` says opens a phrase; None when a part ``new`` opened takes another
    that is no fact after it."""
    at = next((i for i, p in enumerate(parts) if i and (
        _is_fact_part(p) or new(p) and _in_list(parts[:i]))), len(parts))
    core = ", ".join(parts[:at])
    facts: list[str] = []
    opened_new = False
    for part in parts[at:]:
        if facts and not _is_fact_part(part) and not new(part):
            last = part.split()[-1].lower() if part.split() else ""
            if len(part.split()) <= 4 and last in (w.lower() for w in facts[-1].split()[:3]) \
                    and not _JOINED.match(part) and part.split()[0].lower() not in _PHRASE_WORDS:
                # "red miso aged 12 months, soy-free chickpea miso": one more kind of the
                # goods, never said of the one before ("Our red miso is aged 12 months,
                # soy-free chickpea miso.", read 41's tuning set)
                facts.append(part)
                opened_new = False
                continue
            if opened_new and _MADE_PART.match(part):
                # "…, two-way zip for night nappy changes, sewn in Christchurch": how the
                # goods are made, typed last, is a fact of its own (blind read 40: the price,
                # the zip and the town pasted as one "Prices run from …" sentence)
                facts.append(part)
                opened_new = False
                continue
            if opened_new:
                return None
            facts[-1] += ", " + part
        else:
            opened_new = not _is_fact_part(part)
            facts.append(part)
    return core, facts


_ABOUT_BREAK = re.compile(r":\s+|;\s+|\s+[—–]\s+|\s+-\s+")


def about_line(description: str, brand: str = "", most: int = 20) -> str:
    """What the business is, as a phrase a post can finish a line with ("That's where Suds on
    Wheels comes in: a fully kitted-out grooming van that parks in your driveway."): the
    description's first sentence up to its first colon or dash, cut at its first comma that
    ends a clause when it is long (never inside a list: "vinyasa, yin and gentle classes").
    Empty when no part of it is short enough to say in passing, or when it is a sentence of
    its own ("Harbourline Advisory provides…")."""
    first = _DETAIL_SPLIT.split(description.strip(), maxsplit=1)[0].strip().rstrip(".!")
    if brand and first.lower().startswith(brand.lower()):
        return ""
    # a list of facts after it ("…, 9 short lessons, lifetime access 249 zł") is told as
    # sentences of their own, never finishing this line
    first = place_and_list(description_parts(first)[0])[0]
    text = _ABOUT_BREAK.split(first, maxsplit=1)[0].strip()
    if len(text.split()) > most:
        parts = text.split(", ")

        def in_list(part: str) -> bool:  # "orejas", "yin and gentle classes", "and clay"
            n = len(part.split())
            return n <= 2 or re.match(r"(?:and|or)\b", part) is not None or (
                n <= 4 and re.search(r"\b(?:and|or)\b", part) is not None)

        def mid_list(part: str) -> bool:  # "orejas" in "conchas, orejas, sourdough…"
            return len(part.split()) <= 2 and re.search(r"\b(?:and|or)\b", part) is None

        text = next((", ".join(parts[:i]) for i in range(1, len(parts))
                     if 6 <= len(", ".join(parts[:i]).split()) <= most
                     and not in_list(parts[i]) and not mid_list(parts[i - 1])
                     and not (_LIST_CLOSE.match(parts[i]) and _LIST_OPENS.search(parts[i - 1]))), "")
    if len(text.split()) < 3:
        return ""
    text = mend(text)
    # mid-line it starts small, unless its first word is a name ("Notion templates…")
    head = text.split()[0]
    first_part = head.lower().split("-")[0]
    # ... or a word the description itself writes small elsewhere ("Syrup from our taps…
    # our maple syrup")
    later = description.split(None, 1)[1] if len(description.split()) > 1 else ""
    common = (head.lower() in _LOWER_STARTS or first_part in _LOWER_STARTS
              or re.search(r"(?:ed|ing|made|free|based|batch)$", head.lower()) is not None
              or re.search(rf"\b{re.escape(head.lower())}\b", later) is not None)
    text = text[:1].lower() + text[1:] if head[1:] == head[1:].lower() and (
        common or not description[:1].isupper()) else text
    return text




#: first words a description starts with that are not names
_LOWER_STARTS = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "our", "weekly", "monthly", "daily", "handmade", "small", "slim",
                 "thin", "fresh", "family", "family-run", "one-to-one", "local", "independent",
                 "hand", "organic", "natural", "premium", "bespoke", "custom", "vintage", "eco",
                 "plant", "award", "certified", "professional", "friendly", "mobile", "online",
                 "personal", "private", "affordable", "simple", "easy", "quick", "fast"}


#: a participle set against another without its comma: "washed not wiped"
_NOT_CONTRAST = re.compile(r"\b((?!need\b|feed\b|seed\b|indeed\b)[A-Za-z]{3,}(?:ed|en|wn))"
                           r" not (?=[a-z])")
#: a business's ownership said as two words: "family run" is "family-run"
_OWNED = re.compile(r"(?i)\b(family|locally|independently|woman|women|employee|community|"
                    r"owner|veteran|black)[ ](run|owned|operated|led|managed)\b")


def mend(text: str) -> str:
    """A seller's sentence as a post prints it: an apostrophe typed without one ("dont" ->
    "don't"), "i" as "I", "9 years experience" as "9 years' experience", two sentences
    joined by a comma parted by a dash, and a capital to start. Customers' quotes are never
    mended."""
    text = _APOSTROPHE.sub(lambda m: _CONTRACTIONS[m.group(0).lower()]
                           if m.group(0).islower() else m.group(0), text)
    text = re.sub(r"\bi(?=\b(?!['’]?[a-z]{2}))|\bi(?=['’](?:m|ve|d|ll)\b)", "I", text)
    text = re.sub(r"\b(years|months|weeks|days) (experience)\b", r"\1' \2", text)
    # a hyphen typed with spaces for a dash ("snap it in 4 - small rewards"); a range of
    # numbers ("10 - 12") has an en dash
    text = re.sub(r"(?<=\d) - (?=\d)", "–", text)
    text = re.sub(r"(?<=[\w)’'%$€£]) +- +(?=[\w(])", " — ", text)
    text = unsplice(text)
    # "wheat free" said before or of a thing is one word ("Wheat-free, yes.")
    text = _FREE_OF.sub(lambda m: f"{m.group(1)}-{m.group(2)}", text)
    # "family run" is "family-run"; "washed not wiped" has its comma
    text = _OWNED.sub(lambda m: f"{m.group(1)}-{m.group(2)}", text)
    text = _NOT_CONTRAST.sub(r"\1, not ", text)
    # "roasted + sieved twice": two steps typed with a plus are said with "and" (read 30)
    text = re.sub(r"\b([a-z]{3,}ed) \+ ([a-z]{3,}ed)\b", r"\1 and \2", text)
    # "roasted on Monday shipped on Tuesday": two steps parted by a comma
    text = re.sub(r"\b([a-z]{3,}ed (?:on|in|at|by) [\w-]+) ([a-z]{3,}ed (?:on|in|at|by|within) )",
                  r"\1, \2", text)
    # a short answer that ends on its "yes" or "no" has a comma before it
    text = re.sub(r"(?:^|(?<=[.!?] ))((?:[\w'’-]+ ){0,2}[\w'’-]+)(?<!,) (yes|no)(?=[.!]$|[.!] )",
                  lambda m: m.group(0) if m.group(1).split()[-1].lower() in _SAYS
                  else f"{m.group(1)}, {m.group(2)}", text)
    # a sentence the seller started small after a full stop ("… 4,50€. jars back = 20 cent")
    text = re.sub(r"(?<=\S)\. ([a-z])(?=[a-z]* )", lambda m: m.group(0) if _abbreviated(
        text[:m.start()]) else ". " + m.group(1).upper(), text)
    return text[:1].upper() + text[1:]


#: words after which "yes" or "no" is what is said, not an answer ("just say no")
_SAYS = {"say", "says", "said", "saying", "or", "and", "answer", "answered", "the", "a", "with",
         "to", "means", "yes", "no"}

#: what a thing is free of, said with "free" as one word ("gluten-free", "plastic-free")
_FREE_OF = re.compile(r"(?i)\b(gluten|wheat|grain|dairy|lactose|sugar|nut|peanut|egg|soy|alcohol|"
                      r"plastic|palm[- ]oil|fragrance|scent|cruelty|fat|salt|caffeine|paraben|"
                      r"sulphate|sulfate|chemical|preservative|additive|meat|tax|duty|hassle|"
                      r"stress|commission|ad|ink|latex|nickel|fluoride|allergen|grease|fuss)"
                      r" (free)\b")


#: short words written with a full stop that ends no sentence ("incl. linen", "approx. 2")
_ABBREVIATIONS = {"incl", "approx", "eg", "ie", "e.g", "i.e", "av", "ave", "st", "no", "nr",
                  "vs", "etc", "min", "max", "hr", "hrs", "mins", "excl", "ca", "esp", "dept",
                  "mt", "ft", "dr", "mr", "mrs", "ms", "co", "ltd", "inc", "vol", "p", "pp", "fig",
                  "cf", "resp", "tel", "str", "bzw", "ggf", "usw", "zb", "z.b", "u.a", "a.m", "p.m"}


def _abbreviated(before: str) -> bool:
    """Whether the word before a full stop is an abbreviation, not a sentence's end."""
    word = re.split(r"\s", before.strip())[-1].lower() if before.strip() else ""
    return word in _ABBREVIATIONS or len(word) == 1 and word.isalpha()


#: an opening that makes what comes before the comma a clause of the sentence after it
_SUBORDINATE = re.compile(r"(?i)^(?:if|when|whenever|once|before|after|because|as|since|while|"
                          r"although|though|unless|whether|until|so|even|just|for|with|without)\b")


#: titles said before a first name ("Nonno Aldo", "Dr. Anita")
_NAME_TITLES = {"nonno", "nonna", "grandma", "grandpa", "granny", "uncle", "aunt", "auntie",
                "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "chef", "doña", "don"}


def story_told(parts: list[str]) -> list[str]:
    """The story's parts, each able to stand in a post of its own: a later part that says
    "she" or "his" of the person the first part names says the name instead ("In 2024 she
    bought…" -> "In 2024 Kayla bought…"), as a post telling that part alone has no one for
    the pronoun to point at. Only one named person (not "Priya and Tomás") is resolved."""
    if not parts:
        return parts
    parts = _founders_named(parts)
    words = re.findall(r"[\w.'’-]+", parts[0])
    lead = [w for w in words[:3] if w[:1].isupper()]
    while lead and lead[0].lower() in _NAME_TITLES:
        lead = lead[1:]
    if not lead or lead[0] in ("I", "We", "The", "Our", "My", "It", "This", "In", "Since") \
            or re.match(r"^[\w.'’ -]+ and [A-Z]", parts[0]):
        return parts
    name = lead[0]
    out = [parts[0]]
    for part in parts[1:]:
        head = " ".join(part.split()[:4])
        m = re.search(r"\b(she|he|her|his)\b", head, flags=re.IGNORECASE)
        # a name before the pronoun ("Aldo, now 84, … his") is its person already
        if not m or re.search(r"\b[A-Z][a-z]+\b", head[1:m.start()]):
            out.append(part)
            continue
        word = m.group(1).lower()
        said = name if word in ("she", "he") else name + "'s"
        if word == "her" and not re.match(r"\s+(?:own\s+)?[a-z]", part[m.end():]):
            said = name  # "with her" is not "her sister"
        out.append(part[:m.start()] + said + part[m.end():])
    return out


_FOUNDED = re.compile(r"^(?P<a>[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?(?: and (?P<b>[A-Z][\w'’-]+)"
                      r"(?: [A-Z][\w'’-]+)?)? (?:started|founded|co-founded|set up|opened|launched)\b")


def _founders_named(parts: list[str]) -> list[str]:
    """A later part that names a founder the first part introduced ("Priya and Tomás
    started Greenfork…" then "The first boxes were delivered by Tomás…") says who they are,
    once: "by co-founder Tomás", since a post telling that part alone never met them."""
    m = _FOUNDED.match(parts[0])
    if not m:
        return parts
    names = [n for n in (m["a"], m["b"]) if n]
    role = "co-founder" if len(names) == 2 else "founder"
    out = [parts[0]]
    for part in parts[1:]:
        if len(names) == 2 and re.match(r"They\b", part):
            out.append(f"{names[0]} and {names[1]}{part[4:]}")  # "They were cooking…"
            continue
        for name in names:
            hit = re.search(rf"(?<![\w-])(?<!founder ){re.escape(name)}\b", part)
            if hit and not part.startswith(name):
                part = f"{part[:hit.start()]}{role} {part[hit.start():]}"
                break
            if hit:
                part = f"{role.capitalize()} {part}"
                break
        out.append(part)
    return out


def unsplice(text: str) -> str:
    """Two sentences joined by a comma ("Grind right before you brew, ground coffee loses its
    aroma") parted by a dash at their last such comma, once; a sentence that opens with
    "if", "when"… is left alone, as is one that already has a dash. Each sentence of a
    line is read on its own ("We go out early. If we cancel, you get a new date.")."""
    sentences = re.split(r"(?<=[.!?]) (?=[A-Z])", text)
    if len(sentences) > 1:
        return " ".join(unsplice(s) for s in sentences)
    if _SUBORDINATE.match(text) or " — " in text or " - " in text:
        return text
    # "Hi, I'm Dana", "Yes, it is": a word or two before the comma is not a sentence
    found = [m for m in _SPLICE.finditer(text) if len(text[:m.start()].split()) >= 3
             # ", she says, the Instagram" is an aside, not a second sentence
             and not re.match(r", \w+ (?:says|said|thinks|reckons|jokes),", text[m.start():])]
    if not found or _clause_series(text):
        return text
    at = found[-1].start()
    return text[:at] + " — " + text[at + 2:]


def _clause_series(text: str) -> bool:
    """Whether the commas of ``text`` (after its last colon) join a series of three or more
    short clauses of one shape ("red tells you no, blue tells you what you must do, yellow
    warns you"): the seller's own list, whose commas stay; never a splice to part."""
    tail = text.rsplit(": ", 1)[-1].rstrip(".!?")
    parts = [p for p in re.split(r",\s+(?:and\s+|or\s+)?", tail) if p.strip()]
    if len(parts) < 3 or any(len(p.split()) > 9 for p in parts):
        return False
    shaped = [p for p in parts if _SPLICE.match(", " + p)]
    return len(shaped) >= len(parts) - 1 and len(shaped) >= 2


_VERB_BASES = (
    "work come ship include reply run use let give take keep need fit cost offer sync send "
    "answer cover handle arrive last wash dry save make help turn show track plan change learn "
    "get go stay hold grow tell pay print fold pack deliver connect export import integrate "
    "support cut clean protect charge stack store travel open lock heat cool warm smell taste "
    "feel look read write stick slide fix replace adapt adjust match sit stand wrap hang stretch "
    "breathe absorb dissolve melt wear remind respond refund return guarantee cook bake brew "
    "grind roast source test check scan log count calculate file submit teach train coach guide "
    "carry suit play calm soothe label mean become put set bring build find avoid prevent reduce "
    "remove block filter catch trap come talk speak call text email message visit arrive start "
    "finish end begin last double triple lower raise save earn donate plant recycle compost "
    "refill fill pour light burn mix blend cure dye weave knit sew stitch carve turn fire glaze "
    "frame mount ride walk cycle swim lift ease relieve support hug cradle grip pair link share")


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


_VERBS = {_third_person(b) for b in _VERB_BASES.split()} | {
    "is", "has", "does", "can", "will", "won't", "can't", "doesn't", "isn't", "never", "always",
    "only", "also", "still", "just", "even"}
_ADVERB_LEADS = {"never", "always", "only", "also", "still", "just", "even"}
#: a clause after a comma that has its own subject and verb: "…, it tastes cleaner",
#: "…, there have been 11 so far", "…, ground coffee loses its aroma"
_SPLICE = re.compile(
    r", (?=(?:it|they|there|she|he|we|you|I)(?:['’](?:s|re|ll|ve|d))?\s+(?!and\b|or\b|who\b)\w"
    r"|(?!(?:so|and|but|or|yet|then|because|which|who|that|since)\b)"
    r"(?:(?:the|a|an|your|our|my|its|their|this|that)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:"
    + "|".join(sorted((_VERBS - _ADVERB_LEADS) | {"are", "was", "were", "have", "gets", "goes",
                                                   "loses", "stays"}, key=len, reverse=True))
    + r")\b)")


def claim(text: str, subject: str) -> str:
    """A fact written as a phrase with no subject ("works on the free Notion plan") as a
    sentence about ``subject`` ("Freela OS works on the free Notion plan"), so that it can
    follow a colon or stand on its own; anything else, or no subject, as it is."""
    words = text.split(maxsplit=2)
    if not subject or not words:
        return text
    first = words[0].lower()
    if first not in _VERBS:
        return text
    if first in _ADVERB_LEADS:
        # "never sits in a warehouse", "only uses soy wax": the adverb needs a verb after it
        if len(words) < 2 or words[1].lower() not in _VERBS - _ADVERB_LEADS:
            return text
    return f"{subject} {text[:1].lower()}{text[1:]}"


_CLAUSE_OPENERS = {"we", "we're", "we've", "our", "every", "each", "all", "it", "it's", "they",
                   "i", "i'm", "my", "you", "your", "nothing", "no", "everything"}


def tells_same(line: str, fact: str) -> bool:
    """Whether a line (as a post says it) tells this fact of the brief: most of its words."""
    a, d = (set(re.findall(r"[a-z0-9]+", t.lower())) for t in (line, fact))
    return bool(d) and len(a & d) / len(d) >= 0.8


def is_imperative(text: str) -> bool:
    """Whether a line starts with a verb telling the reader what to do ("bring five empty
    bottles back…"): it stands as a sentence, never after "you get"."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in _VERB_BASES.split()


def is_clause(text: str, subject: str = "") -> bool:
    """Whether a fact reads as a statement ("we pay farmers…", "Freela OS works…") rather
    than a noun phrase ("City & Guilds qualified groomer"): only a statement fits "One thing
    we do differently: …"."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in _CLAUSE_OPENERS or bool(subject and text.startswith(subject))


def subject_of(brief: Brief) -> str:
    """What a subjectless fact is about, as the subject of a sentence: the product when it
    has a name of its own ("Freela OS"), else the brand, else "our <product>" when that is
    one thing; empty when nothing fits ("our bowls works" would not do)."""
    item = short_name(brief)
    plural = item.endswith("s") and not item.endswith("ss")  # "OS" is one thing
    if brief.product[:1].isupper() and item[:1].isupper() and not plural:
        return item
    if brief.brand:
        return brief.brand
    return "" if plural else f"our {item}"


#: contractions typed without their apostrophe ("thats it"): unambiguous ones only
_CONTRACTIONS = {w.replace("'", ""): w for w in (
    "that's", "don't", "doesn't", "isn't", "can't", "won't", "didn't", "wasn't", "aren't",
    "you're", "they're", "we've", "what's", "there's", "here's", "couldn't", "wouldn't",
    "shouldn't", "haven't", "hasn't")}
_APOSTROPHE = re.compile(r"\b(?:" + "|".join(_CONTRACTIONS) + r")\b", re.IGNORECASE)


#: said only of one person: "I turn every bowl myself", "built by a freelancer"
_SOLO = re.compile(r"(?i)\b(?:myself|just me|only me|one[- ]person|solo|one[- ](?:wo)?man|"
                   r"(?:by|from) one (?:person|maker)|a freelancer|single[- ]handed(?:ly)?)\b")
#: the seller speaking as "I": one person, unless the brief also speaks of a "we"
_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'll|I'd)\b")
_MINE = re.compile(r"(?i)\b(?:my|me|mine)\b")
_PLURAL = re.compile(r"(?i)\b(?:we|we're|we've|our team|the (?:two|three|four|five) of us|"
                     r"(?:two|three|four|five|\d+) (?:people|of us)|co-?founders?|staff)\b")


#: the words that end a trade's noun phrase ("nail tech covering…", "bookkeeper for cafés")
_ROLE_END = {"with", "for", "from", "on", "in", "of", "to", "so", "if", "that", "which", "who",
             "including", "per", "at", "by", "when", "and", "or", "across", "within", "after",
             "before", "since", "into", "over", "under", "near", "around", "based", "covering",
             "serving", "working"}


def role_led(text: str) -> bool:
    """Whether a description opens on one person's trade ("Mobile nail tech covering…",
    "a wedding photographer based in…"): its noun phrase, up to a preposition or a
    participle, ends on a trade the brief reader knows (a nail tech, a photographer, a dog
    walker), and goes on no further ("carpet cleaner hire" is no trade)."""
    from planner.brief.fields.business import ROLES

    words = re.findall(r"[\w'’-]+|[,;:—–.]", text.lower().replace("’", "'"))
    if not words or words[0] in ("we", "our", "i", "my", "the"):
        return False

    def ends(word: str, ing: bool = False) -> bool:
        return word in _ROLE_END or not re.match(r"[\w'-]+$", word) \
            or len(word) >= 5 and word.endswith("ed") or ing and word.endswith("ing")

    for i in range(min(len(words), 6)):
        if i and ends(words[i]):
            return False
        after = words[i + 1] if i + 1 < len(words) else ""
        if after and not ends(after, ing=True):
            continue  # ("carpet cleaner hire": the phrase goes on past "cleaner")
        phrase = " ".join(words[:i + 1])
        if any(phrase == role or phrase.endswith(" " + role) for role in ROLES):
            return True
    return False


def is_solo(brief: Brief) -> bool:
    """True when the brief says one person makes or runs it: ``solo = true`` (False says
    otherwise), or its own sentences say so ("I turn every bowl myself") and never speak of
    a "we" ("We are just three people: me, my mother…")."""
    if brief.facts.solo is not None:
        return brief.facts.solo  # said in so many words (`solo = true`, "it's just me")
    said = " ".join([brief.description, *brief.facts.story, *brief.facts.differentiators])
    if _PLURAL.search(said):
        return False
    # "carved and printed by hand in my studio": one person's "my", where no "our" or "us"
    # says there are more
    ours = re.search(r"(?i)\b(?:our|ours|us)\b", said)
    mine = _MINE.search(said) and not ours
    if brief.kind == "service" and not ours:
        # a description that opens on one person's trade ("Mobile nail tech covering…")
        mine = mine or role_led(re.split(r"(?<=[.!?])\s", brief.description.strip(), 1)[0])
    return bool(_SOLO.search(said) or _SINGULAR.search(said) or mine)


def said_title(title: str) -> str:
    """An event's title as posts say it: its own name, word for word ("Webinar: Year-end
    payroll" stays so; a reader notices a re-cut name), as a noun phrase a sentence can carry:
    a title with a comma is its name and a detail ("Cryptics for beginners, free online
    workshop" -> "Cryptics for beginners (free online workshop)"), so the comma never runs on
    into the date after it. A list ("Wine, cheese and jazz") stays as it is."""
    title = " ".join(title.split()).rstrip(".")
    kind_named = _kind_and_name(title)
    if kind_named:
        return kind_named
    # "noche de navaja - hot towel shave night at the shop": a name and what it is, the
    # hyphen typed for a dash; said as the name and its detail in brackets
    name, *detail = re.split(r"(?<=[^\W\d]) [-–—] (?=\w)", title, maxsplit=1)
    if detail and len(name.split()) >= 2 and "(" not in title and ":" not in title:
        return f"{name} ({detail[0]})"
    name, comma, detail = title.partition(", ")
    listed = re.search(r"(?i)\s(?:and|or|&)\s", detail) and (
        len(name.split()) < 3 or re.search(r"(?i)\s(?:and|or|&)\s", name))
    if not comma or ":" in title or "(" in title or len(name.split()) < 2 or listed:
        return title  # "Wine, cheese and jazz", "Bread and butter, jam and honey": a list
    return f"{name} ({detail})"


#: what an event is, typed before its name and a colon ("Lunchtime webinar: …"); "Live: …"
#: and "Live from the studio: …" are said as they are ("Join us live: repotting a fern")
_EVENT_KIND = re.compile(r"^(?P<kind>[^\W\d][^:()\d]{2,40}?):\s+(?P<name>[^\W_].*)$")


def _kind_and_name(title: str) -> str:
    """A title typed as what the event is, a colon, then its name ("Lunchtime webinar: a
    tank in your office without the headaches") as a sentence carries it: "our lunchtime
    webinar, ‘A tank in your office without the headaches’" (blind read 20: the title run
    into the sentence, "For your calendar — Lunchtime webinar: a tank…, Wednesday…"). A
    kind with a name's capitals ("Tea & Tarot Night: …") keeps them and takes no "our"; ""
    when the title is not so typed."""
    m = _EVENT_KIND.match(title)
    if not m or len(m.group("kind").split()) > 4 or m.group("kind").lower().split()[0] == "live" \
            or ":" in m.group("name"):
        return ""
    kind, name = m.group("kind").strip(), m.group("name").strip()
    named = any(w[:1].isupper() and w[1:2].islower() for w in kind.split()[1:])
    if not named:
        first = kind.split()[0]
        proper = first.lower() in _PROPER_KINDS or first.isupper() or re.search(r"[a-z][A-Z]", first)
        kind = "our " + (kind if proper else kind[:1].lower() + kind[1:])
    # a detail in brackets at the name's end ("… for your 2027 fairs (45 minutes, in
    # German)") is said of the event, outside the quotes: "our 45-minute webinar in German,
    # ‘…’", never inside the name (read 30, three posts)
    tail = re.search(r"\s*\((?P<detail>[^()]+)\)$", name)
    if tail:
        name, before, after, rest = name[:tail.start()].strip(), [], [], []
        for part in (p.strip() for p in tail["detail"].split(",")):
            length = re.fullmatch(r"(?i)(?P<n>\d+)[ -](?P<unit>minute|hour)s?", part)
            if length:
                before.append(f"{length['n']}-{length['unit'].lower()}")
            elif re.fullmatch(r"(?i)free", part):
                before.insert(0, "free")
            elif re.fullmatch(r"(?i)online", part):
                before.append("online")
            elif re.fullmatch(r"in [A-Z][a-z]+(?: and [A-Z][a-z]+)?", part):
                after.append(part)
            else:
                rest.append(part)
        if kind.startswith("our ") and not rest:
            kind = "our " + " ".join(before + [kind[4:]] + after)
        else:
            return f"{kind}, ‘{name[:1].upper()}{name[1:]}’ ({tail['detail'].strip()})"
    return f"{kind}, ‘{name[:1].upper()}{name[1:]}’"


#: the first word of an event's kind that keeps its capital ("our Instagram live", "our Q&A")
_PROPER_KINDS = {"instagram", "facebook", "youtube", "tiktok", "linkedin", "zoom", "twitch",
                 "pinterest", "threads", "whatsapp", "discord", "twitter", "google", "teams"}


def event_lead(title: str) -> str:
    """What leads into an event's name in a line ("Today at 3pm: Open day"): a colon, or a
    dash when the name has a colon of its own ("Today at 3pm — Webinar: Year-end payroll"),
    never two colons in one line."""
    return " — " if ":" in title else ": "


#: words too common to tie two lines to one subject
_SMALL_WORDS = {"with", "that", "this", "they", "their", "your", "from", "have", "when", "what",
                "just", "every", "into", "over", "than", "them", "then", "there", "which",
                "about", "after", "before", "because", "never", "always", "without", "outside",
                "inside", "around", "under", "side", "whole", "first", "last", "still", "even",
                "start", "only", "more", "most", "less", "much", "many", "some", "each",
                "built", "made", "take", "takes", "keep", "keeps", "gets"}


def content_words(text: str) -> set[str]:
    """The words of a line that carry its meaning, crudely singular ("salons" -> "salon")."""
    words = re.findall(r"[a-zà-ÿ]{4,}", text.lower())
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w
            for w in words if w not in _SMALL_WORDS}


# ---- names the brief writes in lower case ------------------------------------------------

#: names of services and places every reader capitalises, as they are spelt
_KNOWN_NAMES = {
    "etsy": "Etsy", "instagram": "Instagram", "facebook": "Facebook", "tiktok": "TikTok",
    "youtube": "YouTube", "whatsapp": "WhatsApp", "google maps": "Google Maps", "google": "Google", "pinterest": "Pinterest",
    "linkedin": "LinkedIn", "ebay": "eBay", "shopify": "Shopify", "airbnb": "Airbnb",
    "paypal": "PayPal", "trustpilot": "Trustpilot", "telegram": "Telegram", "discord": "Discord",
    "substack": "Substack", "patreon": "Patreon", "kickstarter": "Kickstarter",
    "spotify": "Spotify", "vinted": "Vinted", "depop": "Depop", "tripadvisor": "Tripadvisor",
    "yelp": "Yelp", "gopro": "GoPro", "iphone": "iPhone", "ipad": "iPad", "imac": "iMac",
    "macbook": "MacBook", "airpods": "AirPods", "playstation": "PlayStation", "xbox": "Xbox",
    "wechat": "WeChat", "whatsapp business": "WhatsApp Business", "mailchimp": "Mailchimp",
    "canva": "Canva", "mercadolibre": "Mercado Libre", "tiktok shop": "TikTok Shop",
    "app store": "App Store", "google play": "Google Play",
    "kakaotalk": "KakaoTalk", "linkedin learning": "LinkedIn Learning",
    "zoom": "", "canada": "Canada", "usa": "USA", "mexico": "Mexico",
    "germany": "Germany", "france": "France", "spain": "Spain", "italy": "Italy",
    "japan": "Japan", "norway": "Norway", "australia": "Australia", "ireland": "Ireland",
    "england": "England", "scotland": "Scotland", "argentina": "Argentina",
    "brazil": "Brazil", "portugal": "Portugal", "netherlands": "Netherlands",
    "belgium": "Belgium", "switzerland": "Switzerland", "austria": "Austria",
    "sweden": "Sweden", "denmark": "Denmark", "finland": "Finland", "poland": "Poland",
    "india": "India", "europe": "Europe", "japanese": "Japanese", "french": "French",
    "german": "German", "italian": "Italian", "spanish": "Spanish", "mexican": "Mexican",
    "canadian": "Canadian", "american": "American", "british": "British",
    "english": "English", "norwegian": "Norwegian", "welsh": "Welsh", "scottish": "Scottish",
    "irish": "Irish", "swedish": "Swedish", "danish": "Danish", "dutch": "Dutch",
    "portuguese": "Portuguese", "greek": "Greek", "korean": "Korean", "thai": "Thai",
    "australian": "Australian", "european": "European", "argentinian": "Argentinian",
    "brazilian": "Brazilian", "colombian": "Colombian", "peruvian": "Peruvian",
    "icelandic": "Icelandic", "scandinavian": "Scandinavian", "nordic": "Nordic",
}
# every marketplace and booking or course site the brief reader knows, as its name is written
# (one table: planner.domain.vocabularies)
_KNOWN_NAMES.update({k: v.removeprefix("the ") for k, v in {**MARKETPLACES, **ONLINE_PLATFORMS}.items()
                     if k not in _KNOWN_NAMES and k != "noon"})  # "at noon" is a time
_KNOWN_NAMES = {k: v for k, v in _KNOWN_NAMES.items() if v}

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: short forms of a day, said whole in a post ("every tues and thurs" -> "every Tuesday and
#: Thursday"); "mon", "wed", "sat", "sun" are words of their own unless beside another day
_DAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3,
              "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_DAY_AMBIGUOUS = {"mon", "wed", "sat", "sun"}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
#: months that are words of their own ("you may", "a march", "an august house"): a name
#: only beside a number ("may 2022", "12 march")
_MONTH_AMBIGUOUS = {"may", "march", "august"}
_MONTH_SHORT = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec"}
_HOLIDAYS = {"christmas": "Christmas", "easter": "Easter", "halloween": "Halloween",
             "thanksgiving": "Thanksgiving", "diwali": "Diwali", "hanukkah": "Hanukkah",
             "ramadan": "Ramadan", "eid": "Eid"}

_DAY_TOKEN = r"(?:" + "|".join(sorted([*_WEEKDAYS, *_DAY_SHORT], key=len, reverse=True)) + r")s?"
_DAY_JOIN = r"\s*(?:-|–|—|/|&|,|\bto\b|\band\b|\bor\b|\bthrough\b|\btill\b|\buntil\b)\s*"
_DAY_RUN = re.compile(rf"(?<![\w@#./-]){_DAY_TOKEN}(?:{_DAY_JOIN}{_DAY_TOKEN})*(?![\w-])")
_MONTH_WORD = re.compile(r"(?<![\w@#./-])(" + "|".join([*_MONTHS, *sorted(_MONTH_SHORT)])
                         + r")(?![\w-])")
#: what a post prints as it is: a link, a hashtag, an @handle, a customer's quotation
_VERBATIM = re.compile(r"(“[^”]*”|https?://\S+|www\.\S+|\S+@\S+\.\w+|[#@][\w.]+|\S+\.(?:com|ca|"
                       r"de|fr|es|no|uk|ar|mx|it|net|org|io|co|shop|store)\b\S*)")


def _day_said(word: str) -> str:
    low = word.lower()
    many = low.endswith("s") and low[:-1] in (*_WEEKDAYS, *_DAY_SHORT) and low not in _DAY_SHORT
    base = low[:-1] if many else low
    day = _WEEKDAYS[_DAY_SHORT[base]] if base in _DAY_SHORT else base
    return day.capitalize() + ("s" if many else "")


def _days(text: str) -> str:
    def run(m: re.Match) -> str:
        said = m.group(0)
        tokens = list(re.finditer(_DAY_TOKEN, said))
        whole = [t for t in tokens if t.end() - t.start() and re.fullmatch(_DAY_TOKEN, t.group(0))]
        if not whole or any(t.group(0)[:1].isupper() for t in whole):
            return said  # the seller's own capitals stay ("Mon–Fri")
        alone = len(whole) == 1 and whole[0].group(0).lower().rstrip("s") in _DAY_AMBIGUOUS \
            and whole[0].group(0).lower() not in ("weds",)
        if alone and whole[0].group(0).lower() not in [d + "s" for d in _WEEKDAYS]:
            return said  # "the sun", "sat down", "mon ami"
        out, at = [], 0
        for t in whole:
            out.append(said[at:t.start()])
            out.append(_day_said(t.group(0)))
            at = t.end()
        out.append(said[at:])
        return "".join(out)

    return _DAY_RUN.sub(run, text)


_NUMBER_NEAR = r"\d{1,4}(?:st|nd|rd|th)?\b"


def _months(text: str) -> str:
    def month(m: re.Match) -> str:
        word = m.group(1)
        low = word.lower()
        before, after = text[max(0, m.start() - 6):m.start()], text[m.end():m.end() + 6]
        near = re.search(rf"(?:^|\s){_NUMBER_NEAR}\s*(?:of\s+)?$", before) \
            or re.match(rf"\s*,?\s*{_NUMBER_NEAR}", after)
        if low in _MONTH_SHORT or low in _MONTH_AMBIGUOUS:
            return word[:1].upper() + word[1:] if near else word
        return word[:1].upper() + word[1:]

    return _MONTH_WORD.sub(month, text)


def brief_names(brief: Brief) -> tuple[str, ...]:
    """The names of places the brief writes with a capital somewhere ("in Halifax NS",
    "around Göttingen", an event's address, the time zone's city), so that a line of the
    same brief that writes them small ("ships from halifax") prints them as names. Never a
    word of the brand or the product ("Brass & Bark" is no reason to write "Brass")."""
    facts = brief.facts
    lines = [brief.description, brief.audience, *brief.sells_on, *facts.story,
             *facts.differentiators, *facts.problems, *facts.tips,
             *(e.place for e in facts.events), *(f.answer for f in facts.faqs),
             facts.community, facts.reviews,
             brief.free_shipping if isinstance(brief.free_shipping, str) else ""]
    found: dict[str, str] = {}
    for line in lines:
        words = re.findall(r"[^\W\d_][\w'’-]*", line or "")
        if words and sum(w[:1].isupper() for w in words) > 0.5 * len(words):
            continue  # a line in Title Case ("Made In Small Batches") names no place by it
        for m in re.finditer(r"\b(?:in|on|from|around|near|across|at|outside)\s+((?:[A-ZÀ-Þ]"
                             r"[\w'’-]+)(?:\s+[A-ZÀ-Þ][\w'’-]+)*)", line or ""):
            # a name of several words is one name ("Mexico City", "South Beach"): never
            # "park" or "south" on its own; a region in capitals after it is no part of it
            words = m.group(1).split()
            while len(words) > 1 and words[-1].isupper():
                words.pop()
            name = re.sub(r"['’]s$", "", " ".join(words))
            found.setdefault(_folded(name), name)
    for event in facts.events:
        # the town of an address ("…, Almagro, CABA", "…, Goodwood NS"): a part of its own
        for part in (event.place or "").split(","):
            m = re.fullmatch(r"\s*([A-ZÀ-Þ][\w'’-]+)(?:\s+[A-Z]{2,3})?\s*", part)
            if m:
                found.setdefault(_folded(m.group(1)), m.group(1))
    zone = brief.timezone.split("/")[-1].replace("_", " ") if "/" in brief.timezone else ""
    if zone[:1].isupper():
        found.setdefault(_folded(zone), zone)
    own = {_folded(w) for w in re.findall(r"[\w'’-]+", f"{brief.brand} {brief.product}")}
    return tuple(w for k, w in found.items()
                 if not set(k.split()) <= own and len(k) >= 3 and not w.isupper()
                 and k not in _NOT_PLACES)


#: capitalised words that follow "in"/"from" and are no place ("in March", "from Monday")
_NOT_PLACES = {*_WEEKDAYS, *_MONTHS, "the", "our", "my", "your", "this", "that", "every",
               "each", "all", "some", "any", "one", "two", "three", "four", "five", "we", "i",
               "you", "they", "it", "yes", "no", "new", "old", "open", "free", "road", "street",
               "avenue", "rue", "calle", "av", "st", "marché", "market", "shop", "store"}


def _folded(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if unicodedata.category(c) != "Mn")


def cased(text: str, names: tuple[str, ...] = (), quotes: tuple[str, ...] | None = None) -> str:
    """A post as it is printed: the days, months and holidays, the services and countries
    and the brief's own places a seller writes small ("order by thursday", "4.9 stars on
    google", "ships from halifax to canada & usa") with their capitals, a day said short
    said whole ("every tues and thurs" -> "every Tuesday and Thursday"), and a hyphen with
    spaces round it a dash ("snappable - breaks in 4" -> "snappable — breaks in 4"; "10 - 12"
    -> "10–12"). Links, hashtags, @handles and a customer's words in quotation marks are
    printed as they are: with ``quotes`` given (the customers' words of the brief), only a
    quotation of one of them; the brand's own words quoted on a card are printed cased."""
    if not text:
        return text
    known = dict(_KNOWN_NAMES)
    known.update(_HOLIDAYS)
    known.update({_folded(n): n for n in names})
    pattern = re.compile(r"(?<![\w@#./-])(" + "|".join(
        re.escape(k) for k in sorted(known, key=len, reverse=True)) + r")(?![\w-])(?!\.\w)",
        re.IGNORECASE)
    parts = _VERBATIM.split(text)
    theirs = [re.sub(r"\W+", " ", q).strip().lower() for q in quotes or ()]
    for i in range(1, len(parts), 2):
        inside = re.sub(r"\W+", " ", parts[i][1:-1]).strip().lower() if parts[i][:1] == "“" else ""
        if inside and quotes is not None and not any(inside in q for q in theirs):
            parts[i] = "“" + cased(parts[i][1:-1], names) + "”"
    for i in range(0, len(parts), 2):
        part = parts[i]
        part = re.sub(r"(?<=\d) - (?=\d)", "–", part)
        part = re.sub(r"(?<=[\w)’'%$€£.!?]) +- +(?=[\w(¿¡])", " — ", part)
        part = _days(part)
        part = _months(part)
        part = pattern.sub(lambda m: m.group(0) if not m.group(0).islower()
                           else known.get(_folded(m.group(0)), m.group(0)), part)
        parts[i] = part
    return "".join(parts)


#: "hand forged", "hand painted": how a thing is made, said before it as one word
_HAND_MADE = re.compile(r"\b([Hh]and) ((?:\w+ed|made|sewn|knit|thrown|spun|drawn|built|woven|cast|"
                        r"blown|dyed|cut|bound))\b(?= [a-z])")


def hyphened(name: str) -> str:
    """A product's name with the words that say how it is made joined as they are before a
    noun: "hand forged garden tools" -> "hand-forged garden tools"."""
    return _HAND_MADE.sub(r"\1-\2", name)


def product_said(product: str) -> str:
    """The product as a sentence or an image's text carries it: its name without a list or a
    detail the seller added after a comma or in brackets ("hand forged garden tools from
    Pen-y-Bryn forge, trowels hoes and dibbers" -> "hand forged garden tools from Pen-y-Bryn
    forge"; "Salsa macha de Doña Tere, chile de árbol + cacahuate, frasco 250g" -> "Salsa
    macha de Doña Tere"; "kintsugi repair kit (real urushi + gold powder)" -> "kintsugi
    repair kit"). A product that is a list itself ("corte, barba y afeitado", "tent pitches,
    tents and lodges") is said whole: its first part is too short to be the name."""
    text = hyphened(" ".join(product.split()))
    cut = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    if len(cut.split()) >= 2:
        text = cut
    head, comma, _ = text.partition(", ")
    if comma and len(head.split()) >= 3 and "(" not in head:
        return head
    return text


def maker_of(brief: Brief) -> str:
    """What a post calls the business when the brief names no brand: the name the product
    says it comes from ("… from Pen-y-Bryn forge" -> "Pen-y-Bryn forge"), else the product as
    a sentence carries it, capitalised."""
    said = product_said(brief.product)
    # "Cielo Sur – online astrophotography course…": a name, then what it is
    name, *rest = re.split(r"\s+[-–—:]\s+", said, maxsplit=1)
    if rest and name[:1].isupper() and len(name.split()) <= 4:
        return name
    m = re.search(r"\s(?:from|by)\s+([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*(?:\s+[a-z]+)?)$",
                  said)
    if m and m.group(1).split()[-1] not in ("the", "a", "an", "our"):
        return m.group(1)
    return said[:1].upper() + said[1:]


#: words a place may open with that need no article before them
_PLACE_OPENERS = {"our", "my", "the", "a", "an", "their", "your", "every", "each", "any",
                  "most", "all", "some", "selected", "local"}


def place_said(place: str) -> str:
    """A place the seller sells at, said after "at" or "in": a common noun gets "the" ("find us
    at the Saturday market stand on the Marktplatz", "the hofladen"); a name ("Marktplatz
    Göttingen"), a place already said as ours ("our stall at…") or many places ("farm shops
    near Lyon") as written."""
    words = place.split()
    if not words or words[0].lower() in _PLACE_OPENERS:
        return place
    head = re.split(r"\s(?:on|at|in|by|near|next|off|of|from|behind|opposite)\s|,", place)[0].split()
    common = [w for w in head if re.fullmatch(r"[a-zà-ÿ'’-]+", w)]
    if not common or head[-1].lower().endswith("s") and not head[-1].lower().endswith("ss"):
        return place
    return "the " + place


def title_mid_sentence(text: str, title: str) -> str:
    """``text`` with the event's ``title`` said as a sentence carries it wherever it stands
    mid-sentence: a capitalised ordinary first word in lower case ("Please mark your diary:
    free fire safety walk-through for tenants…", never "…: Free fire safety…", blind read 22),
    a name with a colon or a question of its own in quotes; at the start of a line or a
    sentence, and a name of its own ("Open Day at the Forge"), it is kept as typed."""
    words = title.split()
    if len(words) < 2 or not title or title not in text:
        return text
    if re.search(r"[:?]", title):
        mid = f"‘{title}’"
    elif words[0][:1].isupper() and words[0][1:2].islower() and not any(
            w[:1].isupper() and not w.isupper() for w in words[1:4]):
        mid = title[:1].lower() + title[1:]
    else:
        return text
    out, at = [], 0
    for m in re.finditer(re.escape(title), text):
        before = text[:m.start()]
        start = not before.strip() or before.endswith("\n") or re.search(r"[.!?]\s+$", before) \
            or re.search(r"[‘“'\"]$", before)
        out.append(text[at:m.start()] + (title if start else mid))
        at = m.end()
    return "".join(out) + text[at:]


def by_brand(text: str, item: str, brand: str, product: str = "") -> str:
    """An app's product line said in passing ("our licence practice app", "the shift
    scheduling software") as a person says it: by the brand the first time a post names it,
    unless the post names the brand already, then by its short noun ("our app", "the app");
    "K53 Ready licence practice app" as the brand alone. Blind read 24: "our licence practice
    app" in five posts of K53 Ready's calendar, the brand once."""
    words = item.split()
    if not brand or len(words) < 2 or item.lower() == brand.lower() or not text:
        return text
    noun = words[-1]
    # "anything like a Purlwise row counter app": one of a kind, said by its kind ("a row
    # counter app"), never "a Purlwise"
    kinds = "|".join(re.escape(x) for x in sorted({item, product} - {""}, key=len, reverse=True))
    text = re.sub(rf"\b([Aa])n?\s+(?:{re.escape(brand)}(?:['’]s)?\s+)?(?:{kinds})\b",
                  lambda m: f"{m.group(1)}{'n' if item[:1].lower() in 'aeiou' else ''} {item}",
                  text)
    text = re.sub(rf"(?i)\b{re.escape(brand)}(?:['’]s)?\s+{re.escape(item)}\b", brand, text)
    if product and product.lower() != item.lower() and brand.lower() not in product.lower():
        # the product line whole ("K53 learner's licence practice app works offline")
        text = re.sub(rf"(?:\b([Oo]ur|[Tt]he)\s+)?(?<![Aa] )(?<![Aa]n )\b{re.escape(product)}\b",
                      lambda m: f"{m.group(1) or ('The' if m.group(0)[:1].isupper() else 'the')} {item}",
                      text, flags=re.IGNORECASE)
    named = [brand.lower() in text.lower()]

    def said(m: re.Match) -> str:
        det = m.group(1)
        if not named[0]:
            named[0] = True
            return brand
        return f"{det} {noun}"

    return re.sub(rf"\b(our|the|Our|The)\s+{re.escape(item)}\b", said, text)


#: the words before a product line that let it be said by its head noun ("my handbound
#: notebooks and sketchbooks" -> "my notebooks"): the thing is known, the determiner says whose
_DETERMINER = r"(?:[Mm]y|[Oo]ur|[Tt]he|[Yy]our|[Tt]his|[Tt]hese|[Ee]ach of (?:my|our|the))"


def head_name(brief: Brief) -> str:
    """The product line by its head noun, as it is said once a post has named it ("notebooks"
    for "handbound notebooks and sketchbooks", "library" for "jigsaw puzzle library by post",
    "stands" for "modular trade fair stands, rented or bought"); empty where the short name is
    a name of its own ("Birding by Ear") or a word already, or where the head would not agree
    with the whole (a singular head of a pair: "mate and bombilla")."""
    name = short_name(brief)
    if not name or name[:1].isupper() or len(name.split()) < 3:
        # (a name of two words is short already: "our merino socks", never "our socks")
        return ""
    parts = re.split(r"\s(?:and|or|&|\+)\s|,\s*", name)
    if not parts[0].split():
        return ""  # (a line that opens on its comma, ", 0 0": no head to say; hypothesis)
    head = parts[0].split()[-1]
    if not re.fullmatch(r"[a-z][a-z'’-]+", head) or head.lower() == name.lower():
        return ""
    if len(parts) > 1 and not head.endswith("s"):
        return ""
    if len(parts) == 1 and head != name.split()[-1]:
        return ""
    words = parts[0].split()
    if head.lower() in _CONTAINERS and len(words) >= 3:
        # a box, a kit, a library is said with what it holds: "our book box", "our puzzle
        # library", never "Ordering our box?"
        return " ".join(words[-2:])
    return head


#: head nouns that say nothing alone: said with the word before them ("book box")
_CONTAINERS = frozenset("""box boxes kit kits set sets plan plans pack packs bundle bundles club
    clubs library libraries subscription subscriptions app apps course courses range ranges
    collection collections line lines service services tool tools system systems""".split())


def said_short(text: str, brief: Brief, said_here: tuple[str, ...] = ()) -> str:
    """``text`` with the product line said whole once: after a post has named it ("my
    handbound notebooks and sketchbooks"), its later sentences say it by its head noun ("my
    notebooks"), and where one of the platform's posts ``said_here`` named it whole, this
    post does from the first (blind read 28: "handbound notebooks and sketchbooks" twelve
    times in eight posts). Only after a determiner ("my", "our", "the"): the bare line is
    what the business is ("I sell handbound notebooks and sketchbooks") and stays."""
    head = head_name(brief)
    if not head:
        return text
    names = sorted({n for n in (brief.product, short_name(brief)) if n and " " in n}, key=len,
                   reverse=True)
    whole = re.compile(r"(?i)\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    if not whole.search(text):
        return text
    out, at, seen = [], 0, any(whole.search(t) for t in said_here)
    for m in whole.finditer(text):
        out.append(text[at:m.start()])
        lead = re.search(r"\b" + _DETERMINER + r"\s+$", text[max(0, m.start() - 16):m.start()])
        if seen and lead:
            out.append(head)
        else:
            out.append(m.group(0))
        seen = True
        at = m.end()
    out.append(text[at:])
    return "".join(out)


#: free shipping in any of the ways a caption says it (one rule for lint, the critic and the
#: shipping sentences; here, so shipping.py needs no import of the critic): "free local
#: delivery", "free UK shipping" too
FREE_SHIP_RE = re.compile(
    r"(?i)\b(free (?:(?:local|uk|us|eu|nationwide|domestic|tracked|standard|next[- ]day|"
    r"same[- ]day|worldwide|international|express|[a-z]+-wide) )?(?:shipping|delivery|postage)|"
    r"ships? (?:for )?free|shipping'?s on us|"
    r"(?:shipping|delivery|postage) (?:is|'s) (?:always |also |still )?(?:free|on us)"
    r"(?: as (?:well|ever))?)\b")
