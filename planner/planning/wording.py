"""How the brief's own words are said in a post: the product in passing, and the
description's sentences that can stand as lines of their own. Shared by the template
context and the critic."""

from __future__ import annotations

import functools
import re

from planner.domain.brief import Brief


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
    # a colon between digits ("1:1 coaching") is part of the name, not a break; a place
    # after it ("driving lessons on Brisbane's northside", "dumplings at weekend markets")
    # is where, not what
    product = re.sub(r"\s(?:at|on)\s+(?:weekend|weekly|local|farmers'?|night|street|car[- ]boot|"
                     r"craft|christmas)\b.*$", "", product, flags=re.I)
    head = re.split(r"\s(?:for|with|in|from|by|to|of)\s|\s(?:on|at|near|around|across)\s+"
                    r"(?=[A-Z]|the\s)|[,(/;]|:(?!\d)", product)[0].strip()
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
    if len(pair) == 2 and len(pair[1].split()) >= 2 and re.fullmatch(r"['’]?\d+s", pair[0].split()[-1]) \
            and re.match(r"['’]?\d+s\b", pair[1]):
        # "restored 1950s and 60s valve radios": two values of one thing (decades, sizes), said
        # by what they share ("restored valve radios"), never cut to "restored 1950s"
        words = pair[0].split()[:-1] + pair[1].split()[1:]
        if len(words) > 4:
            words = words[-3:]
    elif len(pair) == 2 and len(pair[1].split()) >= 2 and (
            _MATERIAL.fullmatch(pair[0].split()[-1])
            # "pork and chive dumplings": two fillings of one thing, said whole when short
            or brief.kind == "product" and len(words) <= 5
            and not pair[0].split()[-1].lower().endswith("s")):
        # "oak and walnut cutting boards": two materials of one thing, not two things; the
        # thing is named whole when short, else by what they share ("cutting boards")
        words = words if len(words) <= 5 else pair[1].split()[1:]
    elif len(words) > 5 or (len(words) > 4 and (len(pair) != 2 or brief.kind != "product")):
        # "cushion covers and table linen" is said whole; of two longer names, the first
        first = pair[0].split()
        joint = next((i for i, w in enumerate(words) if i and w in _JOINS), 0)
        # "Salsa macha de Doña Tere": the thing before a name joined to it in another
        # language, never the last three words ("de Doña Tere")
        words = first if len(first) <= 4 else words[:joint] if 2 <= joint <= 4 else words[-3:]
    while words and words[0].lower() in ("and", "or", "&", "+", "the", "a", "an"):
        words = words[1:]
    name = " ".join(words).strip(" -") or product
    if brief.kind == "service" and _ACTIVITY.search(name) and name.split()[-1][:1].islower():
        # an activity is not a thing to own: "our mobile dog grooming service", never "our
        # mobile dog grooming"
        name += " service"
    return name


#: small words that join a thing to whose or where it is, in the languages sellers name
#: things in ("salsa macha de Doña Tere", "Apfelkuchen von Oma", "torta della nonna")
_JOINS = frozenset("de del della di da du des dos das von vom van der la le".split())

#: what things are made of, said before them: "oak and walnut cutting boards" are boards
_MATERIAL = re.compile(r"(?i)oak|walnut|maple|cherry|ash|beech|teak|bamboo|cedar|pine|olive|"
                       r"cotton|linen|wool|merino|cashmere|silk|hemp|jute|leather|suede|denim|"
                       r"silver|gold|brass|copper|steel|iron|pewter|glass|ceramic|porcelain|"
                       r"stoneware|clay|marble|concrete|resin|soy|beeswax|coconut|rattan|cork")

#: the last word of a service named as an activity rather than a thing bought
_ACTIVITY = re.compile(r"(?i)(?:\w+ing|rehab|therapy|physio|care|repair|tuition|payroll|advice|"
                       r"support|maintenance|hire|rental|removal|cleaning|translation|"
                       r"locali[sz]ation|design|photography|videography|consultancy|admin)$")


_DETAIL_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9€$£¥₹])")
#: a short word a full stop follows that ends no sentence ("ul. Józefa 18", "St. Kilda")
_ABBREVIATED = re.compile(r"(?i)(?:^|\s)(?:ul|st|nr|no|al|ave|rd|dr|mr|mrs|ms|co|approx|incl)\.$")
#: a description's opening that only defines the product ("An app for boulderers that…")
_DEFINITION = re.compile(r"(?i)^(?:a|an|the|our|we(?:'re| are))\b")


def description_details(description: str, product: str = "") -> list[str]:
    """The description's sentences a post can carry whole, as a line of its own ("Roasted in
    Puebla the week it ships."): every sentence but an opening one that only defines the
    product (it starts "A…", "We are…", or names the ``product`` in its first words:
    "One-to-one physiotherapy appointments of…"), and none too short to say anything or
    too long for a caption line."""
    return list(_details(description, product))


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
        if 4 <= len(sentence.split()) <= 50:
            sentence = mend(sentence)
            out.append(sentence + ("" if sentence[-1] in ".!?" else "."))
    return tuple(out)


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
                     and not in_list(parts[i]) and not mid_list(parts[i - 1])), "")
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
    return text[:1].lower() + text[1:] if head[1:] == head[1:].lower() and (
        common or not description[:1].isupper()) else text


#: first words a description starts with that are not names
_LOWER_STARTS = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "our", "weekly", "monthly", "daily", "handmade", "small", "slim",
                 "thin", "fresh", "family", "family-run", "one-to-one", "local", "independent",
                 "hand", "organic", "natural", "premium", "bespoke", "custom", "vintage", "eco",
                 "plant", "award", "certified", "professional", "friendly", "mobile", "online",
                 "personal", "private", "affordable", "simple", "easy", "quick", "fast"}


def mend(text: str) -> str:
    """A seller's sentence as a post prints it: an apostrophe typed without one ("dont" ->
    "don't"), "i" as "I", "9 years experience" as "9 years' experience", two sentences
    joined by a comma parted by a dash, and a capital to start. Customers' quotes are never
    mended."""
    text = _APOSTROPHE.sub(lambda m: _CONTRACTIONS[m.group(0).lower()]
                           if m.group(0).islower() else m.group(0), text)
    text = re.sub(r"\bi(?=\b(?!['’]?[a-z]{2}))|\bi(?=['’](?:m|ve|d|ll)\b)", "I", text)
    text = re.sub(r"\b(years|months|weeks|days) (experience)\b", r"\1' \2", text)
    text = unsplice(text)
    return text[:1].upper() + text[1:]


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
    "if", "when"… is left alone, as is one that already has a dash."""
    if _SUBORDINATE.match(text) or " — " in text or " - " in text:
        return text
    # "Hi, I'm Dana", "Yes, it is": a word or two before the comma is not a sentence
    found = [m for m in _SPLICE.finditer(text) if len(text[:m.start()].split()) >= 3
             # ", she says, the Instagram" is an aside, not a second sentence
             and not re.match(r", \w+ (?:says|said|thinks|reckons|jokes),", text[m.start():])]
    if not found:
        return text
    at = found[-1].start()
    return text[:at] + " — " + text[at + 2:]


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
_PLURAL = re.compile(r"(?i)\b(?:we|we're|we've|our team|the (?:two|three|four|five) of us|"
                     r"(?:two|three|four|five|\d+) (?:people|of us)|co-?founders?|staff)\b")


def is_solo(brief: Brief) -> bool:
    """True when the brief says one person makes or runs it ("I turn every bowl myself"),
    and never speaks of a "we" ("We are just three people: me, my mother…")."""
    said = " ".join([brief.description, *brief.facts.story, *brief.facts.differentiators])
    if _PLURAL.search(said):
        return False
    return bool(_SOLO.search(said) or _SINGULAR.search(said))


def said_title(title: str) -> str:
    """An event's title as posts say it: its own name, word for word ("Webinar: Year-end
    payroll" stays so; a reader notices a re-cut name), as a noun phrase a sentence can carry:
    a title with a comma is its name and a detail ("Cryptics for beginners, free online
    workshop" -> "Cryptics for beginners (free online workshop)"), so the comma never runs on
    into the date after it. A list ("Wine, cheese and jazz") stays as it is."""
    title = " ".join(title.split()).rstrip(".")
    name, comma, detail = title.partition(", ")
    listed = re.search(r"(?i)\s(?:and|or|&)\s", detail) and (
        len(name.split()) < 3 or re.search(r"(?i)\s(?:and|or|&)\s", name))
    if not comma or ":" in title or "(" in title or len(name.split()) < 2 or listed:
        return title  # "Wine, cheese and jazz", "Bread and butter, jam and honey": a list
    return f"{name} ({detail})"


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
