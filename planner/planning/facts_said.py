"""Brief lines said as sentences of our own: a difference written as a fragment ("one project
manager per client for all languages") becomes "You get one project manager per client for
all languages."; a checklist takes only differences a buyer can check anywhere; a problem is
answered only by a line that shares one of its words (as spaCy lemmas); a perk that names who
it is for is said once ("Families already swimming with us get 10% off…"); a launch is "our
new …". Used by the template context (planning/context.py) and the plan."""

from __future__ import annotations

import functools
import itertools
import re

from planner.planning.wording import _VERBS as _CLAUSE_VERBS
from planner.planning.wording import role_led
from planner.planning.wording import (
    COURSE_WORDS,
    _ACTIVITY,
    _is_activity,
    _ING_NOUNS,
    about_line,
    description_parts,
    list_sentence,
    place_and_list,
    sentence_details,
    _ADVERB_LEADS,
    _VERB_BASES,
    _VERBS,
    content_words,
    is_imperative,
    mend,
    said_title,
)
from planner.planning.when import in_person

#: words that make a line a statement on their own: a verb that agrees with a subject
_FINITE = (_VERBS - _ADVERB_LEADS) | {"are", "was", "were", "have", "am", "get", "gets", "goes",
                                      "stays", "loses", "do", "don't", "aren't", "isn't"}
#: a pronoun that opens a statement ("we repair…", "you can pause…")
_SUBJECTS = {"we", "i", "you", "they", "it", "he", "she", "we're", "we've", "i'm", "it's",
             "they're", "you're", "there's", "there", "everything", "nothing", "everyone"}
#: where a fragment's main phrase ends and a clause of its own begins ("… if you miss one")
_SUBORDINATE = {"if", "so", "when", "whenever", "because", "until", "while",
                "including", "since", "unless", "once", "where", "as"}
_RELATIVE = {"that", "which", "who"}
_BASES = set(_VERB_BASES.split()) | {"approve", "soften", "swap", "decide", "choose", "love"}
#: a subject that opens a statement about our own things ("The colours soften…")
_NOUN_CLAUSE_LEADS = {"the", "these", "those", "most", "many"}
#: participles said of how something is made or held ("heated", "certified", "built")
_IRREGULAR_PARTICIPLES = {"built", "made", "grown", "sewn", "woven", "spun", "hand-sewn", "done",
                          "run", "kept", "held", "cut", "sold", "taught", "brought", "thrown",
                          "written", "handwritten", "hand-written", "chosen", "given", "drawn",
                          "shown", "worn", "hand-knit", "hand-sewn", "hand-built", "hand-drawn",
                          "wound", "bound", "ground", "hung", "laid", "hand-wound", "hand-bound"}
#: what a business is, not how a thing is made: "we are ISO 17100 certified"
_STANDING = {"certified", "qualified", "insured", "accredited", "registered", "licensed",
             "trained", "approved", "regulated", "vetted", "based", "audited", "bonded"}
#: nouns said without "a": "You get lifetime access", never "a lifetime access"
_MASS = {"access", "support", "advice", "data", "help", "care", "coffee", "tea", "water", "wool",
         "food", "delivery", "shipping", "postage", "insurance", "training", "parking", "feedback",
         "information", "equipment", "software", "time", "money", "service", "storage", "wifi",
         "wi-fi", "aftercare", "cover", "guidance", "pricing", "hosting", "oil", "wax", "cotton",
         "linen", "leather", "silver", "gold", "clay", "music", "onboarding", "returns",
         # materials, said without "a" ("real 23-carat gold leaf", read 24's "There's a real
         # 23-carat gold leaf")
         "leaf", "paint", "enamel", "wood", "timber", "bamboo", "hemp", "silk", "glass",
         "steel", "brass", "copper", "paper", "yarn", "resin", "velvet", "denim", "fabric",
         "felt", "ink",
         # crafts and trades said without "a"
         "pottery", "jewellery", "jewelry", "joinery", "embroidery", "upholstery", "cutlery",
         "crockery", "stationery", "artwork", "woodwork", "metalwork", "needlework",
         "bodywork", "research", "advertising", "bookkeeping", "tuition"}
#: endings of nouns said without "a" ("on-location food photography", blind read 37's "We
#: offer an on-location food photography"; "stoneware", "physiotherapy")
_MASS_ENDS = ("ing", "ness", "graphy", "ware", "therapy")
_DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "every", "each", "all", "any", "some", "no", "our", "your", "their",
                "its", "free", "unlimited", "up", "more", "fewer", "only", "both", "zero"}
_HEAD_END = {"with", "for", "from", "on", "in", "of", "to", "so", "if", "that", "which", "who",
             "including", "per", "at", "by", "when", "whenever", "and", "or", "across", "within",
             "after", "before", "until", "since", "into", "over", "under", "near", "around",
             # ("snaps instead of velcro": the head is "snaps", read 24)
             "instead", "rather", "than"}

#: a verb that makes a difference typed as a clause ("bamboo soaks up road buzz, so …"):
#: said as the seller wrote it, never "There's a bamboo soaks up road buzz" (read 24)
_CLAUSE_VERB = re.compile(r"(?:soaks|lasts|keeps|makes|takes|works|comes|goes|stays|holds|"
                          r"fits|dries|needs|gets|gives|uses|runs|looks|feels|smells|tastes|"
                          r"lets|means|saves|protects|helps|absorbs|handles|rides|grows|"
                          r"breathes|washes|folds|packs|ships|arrives|costs|weighs|won't|"
                          r"flexes|bends|repels|resists|blocks|stops|cuts|lives|sits|fades|"
                          r"wears|ages|cleans|softens|warms|cools|floats|glows|burns|"
                          r"doesn't|never|always|can|will|is|are|was|were|has|have)$")


#: a word that says what a thing is like, not what it is ("snappable", "dishwasher-safe")
_QUALITY = re.compile(r"(?i)(?:able|ible|proof|safe|free|ful|less|ous|ive|friendly)$")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+|[,;:—–]", text.lower().replace("’", "'"))


def is_fragment(text: str) -> bool:
    """Whether a brief line has no statement of its own ("one project manager per client",
    "makeup lessons if you miss one", "pool heated to 31 degrees"): no subject pronoun to
    open it and no verb that agrees with a subject before its first comma or clause."""
    words = _words(text)
    if not words:
        return False
    if words[0] in _SUBJECTS or words[0] in _SUBORDINATE or words[0] in _NOUN_CLAUSE_LEADS:
        # "if your duct has no panels, we fit them": its main clause follows; "the colours
        # soften…" is a statement whose verb no list knows
        return False
    if len(words) > 1 and words[1] == "by" and words[0] not in _FINITE \
            or _participle(words[0]) and words[0] not in _FINITE:
        return True  # "set by three setters…", "bottled in runs of 300": how a thing is done
    inside = 0  # verbs of a clause "that"/"which"/"who" opens ("any plant that declines is…")
    for i, w in enumerate(words):
        if w in _RELATIVE:
            inside += 1
            continue
        if w in _SUBORDINATE or w in (",", ";", ":", "—", "–"):
            break
        if i and (w in _BASES or w in _INSTRUCTIONS) and _plural(words[i - 1]) and not inside \
                and not (i > 1 and re.match(r"\d", words[i - 2])):  # "12 months guarantee"
            return False  # "carers swap shifts…", "managers approve…"
        if w in _FINITE and not (i == 0 and len(words) > 1 and _participle(words[1])) \
                and not (i == 1 and words[0] in ("free", "unlimited", "extra")) \
                and not (i + 1 < len(words) and words[i + 1] == "of"):  # "PDF packs of…"
            # ("handles wrapped in leather": a noun before a participle)
            # "is" well after "that" is the main verb: "any plant that declines is replaced"
            if inside and not (w in ("is", "are", "was", "were") and words[i - 1] not in _RELATIVE):
                inside -= 1
                continue
            return False
    # an instruction ("pause your membership…", "skip, pause or cancel…") stands as a sentence
    return not (is_imperative(words[0]) or words[0] in _INSTRUCTIONS)


#: instructions a difference may open with that are no verb of the shared list
_INSTRUCTIONS = {"skip", "pause", "cancel", "choose", "pick", "swap", "try", "order", "book",
                 "bring", "ask", "mix", "switch", "upgrade", "downgrade", "return", "keep"}


def _keep_case(word: str) -> bool:
    """A first word that keeps its capital mid-sentence: a name ("Leafwork"), a day or a
    month, an initialism ("UK-hosted", "ISO")."""
    return (word[1:2].isupper() or len(word.split("-")[0]) > 1 and word.split("-")[0].isupper()
            or word.lower().rstrip("s") in _DAYS_MONTHS
            or re.fullmatch(r"I(?:'m|'ve|'ll|'d)?", word) is not None)  # ("I can engrave…", read 29)


_DAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "easter", "christmas"}


def _lower_first(text: str, brand: str = "") -> str:
    words = text.split()
    first = words[0] if words else ""
    if not first or _keep_case(first) or (brand and first.lower() in brand.lower().split()):
        return text
    if len(words) > 2 and words[0].isalpha() and words[1].isalpha() and words[1][:1].isupper() \
            and words[0].lower() not in ("the", "a", "an", "our", "my", "this", "these", "we",
                                         "you", "every", "each", "there", "your", "one") \
            and any(w[:1].islower() for w in words[2:]):
        return text  # a name of two words in a line of small ones: "Google Sheets and Excel …"
    return text[:1].lower() + text[1:]
    return text[:1].lower() + text[1:]


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _MASS


def _head(words: list[str]) -> tuple[int, str]:
    """The index and word that ends a fragment's noun phrase ("viewing gallery" in "viewing
    gallery with coffee…")."""
    last = 0
    for i, w in enumerate(words):
        if w in _HEAD_END or not re.match(r"[\w'-]+$", w) or i and _participle(w):
            break
        last = i
    return last, words[last] if words else ""


def _article(np: str) -> str:
    """"a viewing gallery…", "an …", or the phrase as it is (a plural, a mass noun, a number,
    a determiner of its own)."""
    words = _words(np)
    if words and (re.match(r"\d+-(?:year|month|week|day|hour|minute|min|hr)$", words[0])
                  or re.match(r"\d+-[a-z]+$", words[0]) and not _plural(words[0].split("-")[-1])):
        # "12-module video course", "20-lesson course": a count said before its noun
        _, head = _head(words)
        return np if _plural(head) or head in _MASS else "a " + np
    # (a number that opens a standard's name is no count: "21 CFR Part 11 audit trail" is
    # "a 21 CFR Part 11 audit trail", blind read 31)
    named = len(np.split()) > 1 and re.fullmatch(r"[A-Z]{2,}", np.split()[1]) is not None
    if not words or words[0] in _DETERMINERS - {"free", "unlimited"} \
            or re.match(r"\d", words[0]) and not named:
        return np
    at, head = _head(words)
    if at + 1 < len(words) and words[at + 1] in ("and", "or"):
        return np  # "pepper and cardamom bought straight from…": two things, no "a"
    if re.match(r"(?i)^[\w'’-]+(?:\s[\w'’-]+)?,\s+[\w'’-]+(?:,\s+[\w'’-]+)*,?\s+(?:and|or|&)\s", np):
        return np  # "pallet collection, repair and recycling": a list of work, no "a" (read 40)
    if len(words) > 1 and words[1] in ("the", "every", "each", "within") and _plural(words[0]):
        return np  # "certificates the same day": things, then when (never "a certificates…", read 27)
    if _plural(head) or head in _MASS or head.endswith(_MASS_ENDS):
        return np
    first = np.split()[0]
    if first.lower().startswith(("one-", "one ", "uni", "use", "eu")):
        return "a " + np
    vowel = (first[:1].lower() in "aeio" or first[:1] == "u" and not first.startswith(("uni", "use"))
             or first.isupper() and first[:1] in "AEFHILMNORSX")
    return ("an " if vowel else "a ") + np


#: words before a participle that say by what or how a thing is done ("hand tested", "lab
#: tested", "sun-dried", "wood-fired"): the two are one participle
_MANNER = {"hand", "lab", "kiln", "sun", "air", "machine", "oven", "wood", "stone", "slow",
           "small-batch", "batch", "field", "triple", "double", "cold"}


def _participle(word: str) -> bool:
    """"heated", "dyed", "built": a word that says how a thing is made or kept (never a
    compound such as "UK-hosted", which describes the noun after it; "hand-stitched" and
    "sun-dried" say how)."""
    lead, hyphen, rest = word.partition("-")
    if hyphen and lead in _MANNER and rest and "-" not in rest and _participle(rest):
        return True
    return ("-" not in word and word.endswith("ed") and len(word) >= 4
            and word not in ("need", "feed", "seed", "reed", "weed", "shed", "speed", "breed"))\
        or word in _IRREGULAR_PARTICIPLES


#: words after a participle that make it say how a thing is made ("dyed by hand", "roasted
#: weekly", "cured for six weeks"), not what the noun after it is like ("unmarked cars")
_PREDICATE_NEXT = {"by", "in", "with", "for", "from", "to", "on", "at", "over", "under", "and",
                   "or", "twice", "once", "fresh", "daily", "weekly", "overnight", "here",
                   "locally", "until", "since", "into", "using", "without", "after", "before",
                   "every", "each", "per", "as", "so", "then", "right", "only", "a", "an", "the",
                   "our", "your", "up", "out", "off", "down", "through", "within", "inside",
                   "outside", "near", "around", "not", "never", "always", "again", "slowly"}


def _attributive(words: list[str]) -> bool:
    """Whether a fragment's first word, a participle, describes the noun after it ("unmarked
    cars", "heated floors") rather than saying how our things are made ("dyed by hand")."""
    if len(words) < 2:
        return False
    nxt = words[1]
    return nxt not in _PREDICATE_NEXT and not nxt.endswith("ly") and not _participle(nxt) \
        and not re.match(r"\d", nxt) and words[0] not in _STANDING


#: a choice of two ways to have the goods, typed as two verbs on "it" ("rent it for one fair
#: or buy it for the season", "hire them by the week or buy them outright")
_CHOICE = re.compile(r"(?i)^[a-z]+ (?:it|them)\b[^,;]*?\bor (?:[a-z]+ )?[a-z]+ (?:it|them)\b")


#: a thing a buyer may bring or not: "vet referral welcome but not required"
_WELCOME = re.compile(r"(?i)^(?P<np>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+(?P<rest>(?:welcome|optional|"
                      r"appreciated|encouraged|recommended)(?:,?\s+(?:but\s+)?not\s+(?:required|"
                      r"needed|necessary|essential|compulsory))?)$")


def difference_sentence(fact: str, item: str = "", kind: str = "product", formal: bool = False) -> str:
    """A difference as a whole sentence of our own, capitalised and ending in a full stop: a
    statement stays as the seller wrote it; "no cage drying, ever" is "There's no cage drying,
    ever."; "never more than 4 kids per instructor" is "There are never more than…"; "ISO
    17100 certified since 2014" is "We have been ISO 17100 certified since 2014."; "dyed by
    hand…" is "Our tenugui cloths are dyed by hand…"; any other noun phrase is what "you
    get" ("You get a viewing gallery with coffee so parents can watch.")."""
    # "… make them in the same lane": the goods named, the line said on its own
    text = named_pronoun(mend(fact.strip()).rstrip("."), item if kind == "product" else "")
    if not text:
        return ""
    shaped = part_shape(text)
    if shaped:
        return shaped
    said = _quality_so(text, item) or _another_kind(text, item, kind) or _each_in(text) \
        or _free_for(text)
    if said:
        return said
    hyph = re.match(r"(?i)^(?P<pp>[a-z]+-(?:cut|ground|sewn|built|made|set|spun|dried|cured|"
                    r"washed|checked|tested|sealed|packed|finished|fired|[a-z]+ed))\s+"
                    r"(?P<rest>(?:to|in|by|from|at|with|on|into|for|before|after)\s\S.*)$", text)
    if hyph and item:
        # "cross-cut to 4 x 40 mm particles, not strip-cut": how the work or the goods are
        # done, never "There's a cross-cut to …" (read 41's tuning set)
        if kind == "product":
            many = _plural(item.split()[-1].lower())
            return _full(f"{_ours(item)} {'are' if many else 'is'} {_lower_first(text)}")
        return _full(f"everything is {_lower_first(text)}")
    m = _WELCOME.match(text)
    if m:
        # "vet referral welcome but not required": "A vet referral is welcome but not
        # required.", never "The vet referral welcome but not is required." (read 39's
        # tuning set)
        np = _lower_first(m.group("np"))
        many = _plural(np.split()[-1].lower())
        np = np if many or re.match(r"(?i)(?:an?|the|your|our)\s", np) else _article(np)
        return _full(f"{np} {'are' if many else 'is'} {m.group('rest')}")
    if _CHOICE.match(text):
        # "rent it for one fair or buy it for the season": two ways to have it, said as
        # the reader's choice, never "There's a rent it for one fair…" (blind read 28)
        said = text[:1].lower() + text[1:]
        head = (re.split(r",|\s(?:for|with|in|by|from|of|and|or)\s", item)[0].split() or [""])[-1]
        if re.fullmatch(r"[a-z]{3,}[^s]s", head) and not re.search(r"(?:x|ch|sh|ss|ie)es$", head):
            # (what "it" is, named at its first: "rent a stand for one fair or buy it…")
            said = re.sub(r"^(\w+) it\b", rf"\1 a {head[:-1]}", said, count=1)
            said = re.sub(r"^(\w+) them\b", rf"\1 our {head}", said, count=1)
        return _full(f"you can {said}")
    done = _work_done(text, kind)
    if done:
        return done
    head, comma, rest = text.partition(", ")
    if comma and rest and part_shape(head):
        # "up to 10 students, each with a wheel": the shape, then the rest as typed
        joint = ", " if re.match(r"(?i)(?:each|with|all|so|and)\b", rest) else " — "
        return _full(part_shape(head).rstrip(".") + joint + rest)
    first, *clauses = _SPLICE.split(text)
    lead = _words(first)
    if clauses and first.strip() and not (lead and _participle(lead[0]) and _attributive(lead)):
        # "we fly only when the wind is right, if we cancel you get…": a comma splice, said
        # as sentences of their own
        return " ".join([difference_sentence(first, item, kind, formal)]
                        + [_clause_sentence(c) for c in clauses])
    head, dash, tail = text.partition(" — ")
    if dash and tail and is_fragment(head):
        # "snappable - breaks in 4 for small dogs": a quality, then what it does; each part
        # said as ours ("Our dog biscuits are snappable — each one breaks in 4…")
        words = head.split()
        if item and len(words) <= 2 and _QUALITY.search(words[-1]):
            many = _plural(item.split()[-1])
            first = tail.split()[0].lower()
            does = first.endswith("s") and not first.endswith("ss") and first not in _MASS \
                and len(tail.split()) > 1
            who = ("each one " if many else "it ") if does else ""
            return _full(f"{_ours(item)} {'are' if many else 'is'} {head.lower()} — {who}{tail}")
        said = difference_sentence(head, item, kind, formal).rstrip(".")
        return _full(f"{said} — {tail}") if said else ""
    two = text.split()
    if len(two) == 2 and item and kind == "product" and re.fullmatch(r"[A-Za-z][a-z-]+", two[0]) \
            and re.fullmatch(r"[a-z]+[^s]s", two[1]) and not _participle(two[0]) \
            and two[0].lower() not in _DETERMINERS | {"everything", "nothing", "it", "price",
                                                      "stock", "shipping", "delivery"} \
            and two[1] not in _VERBS_S:
        # "goatskin covers", "oak handles": a part of what we sell, never a verb ("Goatskin
        # covers." alone on a line): "Our notebooks have goatskin covers."
        many = _plural(item.split()[-1])
        return _full(f"{_ours(item)} {'have' if many else 'has'} {_lower_first(text)}")
    lead_words = text.split()
    if len(lead_words) > 1 and lead_words[0].lower() in _MANNER and _participle(lead_words[1].lower()):
        # "hand tested before packing": one participle, how the goods are done ("The hand is
        # tested…" took "hand" for a noun)
        text = f"{lead_words[0]}-{' '.join(lead_words[1:])}"
    if item and kind == "product" and re.match(r"(?i)(?:just|only|pure|100%)\s+(?!(?:one|two|three|four|five|six|a|an)\b)[a-z]", text) \
            and is_fragment(text):
        # "just fruit, nothing added": what the goods are made of, said of them ("Our fruit
        # rolls are just fruit, nothing added."), never "come with a just fruit…" (read 35)
        many = _plural(item.split()[-1])
        return _full(f"{_ours(item)} {'are' if many else 'is'} {_lower_first(text)}")
    if re.match(r"(?i)the\s+same\s+(?!day\b|week\b|night\b|hour\b)\w", text) and is_fragment(text.split(None, 1)[1]):
        # "the same driver every week": what you get, never a line of its own
        return _full("You get " + _lower_first(text))
    if re.match(r"(?i)(?:about |around |just |only )?(?:\d+|one|two|three|four|five|six|seven|eight|"
                r"nine|ten|twelve)(?:[-–]\d+)?\s+(?:working |business )?(?:minutes?|hours?|days?|"
                r"weeks?|months?)\s+(?:from|between)\s", text):
        # a lead time ("six weeks from first call to handover") is how long it takes, never
        # what "you get" (read 30: "You get six weeks from first call to handover.")
        return _full("It takes " + _lower_first(text))
    verb = text.split()[0].lower()
    said = _no_there(text, item, kind)
    if said is not None:
        # a phrase no "There is/are" can carry ("lands on the first Tuesday", "each one with
        # its pestle", "own technicians", "courier to anywhere", "all brands", read 26): said
        # with the subject the business is, or left out
        return said
    if verb in _VERBS_S and item and (kind == "product" and len(text.split()) > 2 or kind in (
            "product", "digital") and len(text.split()) > 1) or item and kind in (
            "product", "digital") and len(text.split()) > 2 and verb in _DOES \
            and text.split()[1].lower() not in _NOT_AFTER_VERB:
        # ("works offline": an app's description part, "K53 Ready works offline.", read 24)
        # "ships in recycled boxes": the goods are its subject ("Our kites ship in…")
        item = re.sub(r"(?i)^(?:an?|the)\s+", "", item)
        many = _plural(item.split()[-1])
        said = _plain_verb(verb)  # ("goes" is "go", never "goe")
        return _full(f"{_ours(item)} {said if many else verb} {' '.join(text.split()[1:])}")
    if not is_fragment(text):
        return _full(text)
    low = _lower_first(text)
    if kind == "product":
        # a comma list of unlike facts ("riveted steel handle, pre-seasoned with…, works on
        # gas, induction…"): a sentence each, never the list after one "There's a"
        unlike = _unlike_facts(re.split(r"(?<=,) ", _so_comma(_spans(low))), item, formal)
        if unlike:
            return _full(unlike)
    # a second clause that is an instruction is parted by a dash ("…, pause your membership")
    low = re.sub(r", (?=(?:" + "|".join(sorted(_INSTRUCTIONS)) + r")\b)", " — ", low)
    words = _words(text)
    owned = re.match(r"(?i)^(?:we(?:'re| are) )?([a-z]+-(?:run|owned|operated|led|managed))\b(.*)$", text)
    if owned:  # "family-run in Leith since 1994": "We have been family-run in Leith since 1994."
        since = " since " in f" {text.lower()} "
        return _full(f"{'We have been' if since else 'We are'} {owned.group(1).lower()}{owned.group(2)}")
    first = re.match(r"(?i)^(first|second|third|every|each)\s+([a-z-]+)\s+(half[- ]price|free|"
                     r"included|in\s+\d.*)$", text)
    if first:  # "first lesson half price" -> "The first lesson is half price."
        which, noun, rest = first.groups()
        lead = "the " + which.lower() if which.lower() in ("first", "second", "third") \
            else which.lower()
        verb = "comes" if rest.lower().startswith("in ") else "is"
        return _full(f"{lead} {noun} {verb} {rest}")
    if words[0] == "never" and len(words) > 2 and words[1] in ("more", "fewer", "less", "over"):
        return _full("There are " + low)
    if words[0] in ("no", "zero"):
        _, head = _head(words[1:])
        return _full(("There are " if _plural(head) else "There's ") + low)
    # "unmarked cars, we come before opening": a participle before its noun describes that
    # noun, never our product ("Our pest control agreements are unmarked cars")
    if _participle(words[0]) and _attributive(words):
        first_part, comma, clause = low.partition(", ")
        if comma and re.match(r"(?:we|you|i|it|they|our|your|my|there)\b", clause):
            return _full(f"{first_part}: {clause}")
        at, noun = _head(words)
        return _full(("There are " if _plural(noun) else "There's ") + _article(low))
    # "dyed by hand…", "cured for six weeks…": how our things are made
    if _participle(words[0]) or len(words) > 1 and words[1] == "by":
        standing = words[0] in _STANDING
        since = " since " in f" {text.lower()} "
        first, *parts = re.split(r"(?<=,) ", low)
        low = _later_parts(first.rstrip(","), parts, item)
        if standing and kind != "product" or not item:
            verb = "have been" if since else "are"
            return _full(f"We {verb} {low}")
        # "Our chilli sauces are fermented…", never "Our fermented chilli sauces are fermented…"
        named = " ".join(w for w in item.split() if w.lower() != words[0]) or item
        return _full(f"{_ours(named)} {_be(item, since)} {low}")
    # "ISO 17100 certified since 2014", "TGA listed": a standard we meet
    for i, w in enumerate(words[1:4], start=1):
        if _participle(w) and (w in _STANDING or w in ("listed", "marked", "tested")) \
                and all(re.match(r"[A-Z0-9&]", t) for t in text.split()[:i]) \
                and (i > 1 or re.fullmatch(r"[A-Z0-9&-]{2,}", text.split()[0])):
            # (a name or a code before it: "germination tested", capitalised as a sentence's
            # first word, is no standard)
            since = " since " in f" {text.lower()} "
            if kind == "product" and item:
                return _full(f"{_ours(item)} {_be(item, since)} {text}")
            return _full(f"We {'have been' if since else 'are'} {text}")
    # "all work done overnight", "every pair felted by hand": "is" makes it a statement
    if words[0] in ("all", "every", "each") and len(words) > 2:
        for i, w in enumerate(words[2:5], start=2):
            if _participle(w):
                if i > 2 and words[i - 1] in _MANNER:
                    i -= 1  # "every batch lab tested": "Every batch is lab tested."
                many = words[0] == "all" and _plural(words[i - 1])
                head = " ".join(text.split()[:i])
                return _full(f"{head} {'are' if many else 'is'} {' '.join(text.split()[i:])}")
            if w in _HEAD_END:
                break
    if re.search(r"(?i)\b(?:us|our|me|my)\b", " ".join(text.split()[:4])):
        # "two of us sewing in a workshop in Girona" is about us, nothing "you get"
        return _full(text)
    if len(words) <= 4 and _FILE_FORMAT.search(text) and not re.search(r"\d+\s*(?:files|loops)", low):
        # "24-bit WAV", "PDF and SVG": what the files are, never "There's 24-bit WAV"
        return _full(f"the files are {text}")
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    if item and len(pieces) >= 2 and all(_MEASURE.fullmatch(p) or len(p.split()) <= 3
                                         and _QUALITY_END.search(p.split()[-1]) for p in pieces):
        # "350ml, dishwasher safe": what the thing measures and is like, never "There's
        # 350ml, dishwasher safe"
        many = _plural(item.split()[-1])
        low_pieces = [_lower_first(p) for p in pieces]
        return _full(f"{_ours(item)} {'are' if many else 'is'} " + ", ".join(low_pieces[:-1])
                     + " and " + low_pieces[-1])
    if item and len(words) <= 3 and _QUALITY_END.search(words[-1]):
        # "royalty free", "dishwasher safe", "gluten-free": a quality of what we sell
        many = _plural(item.split()[-1])
        return _full(f"{_ours(item)} {'are' if many else 'is'} {low}")
    said = _thing_said(low, item, formal)
    if kind == "service" and re.match(r"(?i)there(?:'s| is) (?:a|an) ", said or "") \
            and (_delivered(low.split()) or _LENT.search(low)):
        # a thing a client of a service is handed: "You get a loan machine while yours is in
        # the workshop.", never "There is a loan machine …" (read 40's tuning set)
        said = re.sub(r"(?i)^there(?:'s| is) ", "You get ", said)
    return _full(said) if said else ""


#: verbs of arriving, said of the buyer's goods: "lands on the first Tuesday" -> "Your box
#: lands on the first Tuesday."
_ARRIVE = {"lands", "drops", "turns", "shows"}
#: verbs of sending that are nouns too ("courier to anywhere in South Africa"): what we do
_SEND = {"courier", "ship", "post", "deliver", "send", "dispatch", "mail"}
_SEND_NEXT = {"to", "anywhere", "everywhere", "nationwide", "worldwide", "across", "all",
              "throughout", "within", "overnight", "abroad", "internationally", "same-day"}
#: a word after a verb that opens the phrase it governs ("lands on", "works with")
_AFTER_VERB = {"on", "in", "at", "to", "with", "every", "each", "the", "a", "an", "up", "out",
               "off", "into", "onto", "by", "within", "straight", "right", "directly", "from",
               "across", "through", "over", "around", "once", "twice", "monthly", "weekly"}


def _quality_so(text: str, item: str) -> str:
    """A quality and what follows from it ("unpasteurised, so the cultures are still alive
    when it reaches you") said of the goods: "Our miso is unpasteurised, so the cultures are
    still alive …", never "There's an unpasteurised, so …" (read 41's tuning set); "" for
    any other text."""
    m = re.match(r"(?i)^(?P<q>[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?),?\s+so\s+(?P<rest>\S.*)$", text)
    if not m or not item:
        return ""
    q = m["q"].lower()
    last = q.split()[-1]
    if not (_participle(last) or re.search(r"(?:ed|free|proof|able|ible|safe|made|wn|ful|ic|al|ous)$", last)):
        return ""
    kept = [w for w in item.split() if w.lower() not in q.split()] or item.split()[-1:]
    name = " ".join(kept)
    be = "are" if _plural(name.split()[-1].lower()) else "is"
    return _full(f"{_ours(name)} {be} {q}, so {m['rest']}")


def _free_for(text: str) -> str:
    """"free collection for loads of 40 pallets or more": what is free and when ("Collection
    is free for loads of 40 pallets or more."), never "There's a free collection for …"
    (read 40); "" for any other text."""
    m = re.match(r"(?i)^free\s+(?P<x>[a-z-]+(?:\s[a-z-]+)?)\s+(?P<rest>(?:for|over|above|on orders|"
                 r"on loads)\s\S.*)$", text.strip().rstrip("."))
    if not m or m["x"].split()[-1].lower() in ("for", "on", "with", "in", "to"):
        return ""
    x = m["x"]
    many = x.lower().endswith("s") and not x.lower().endswith(("ss", "us", "is"))
    return _full(f"{x} {'are' if many else 'is'} free {m['rest']}")


def _each_in(text: str) -> str:
    """"each in three levels", "each with its own stand": what every one of them comes in
    or with ("Each one comes in three levels."), never "You get each in three levels" (read
    41's tuning set); "" for any other text."""
    m = re.match(r"(?i)^each(?P<one>\s+[a-z-]+)?\s+(?P<how>in|with)\s+(?P<rest>\S.*)$",
                 text.strip().rstrip("."))
    one = (m["one"] or " one").strip().lower() if m else ""
    return _full(f"each {one} comes {m['how'].lower()} {m['rest']}") if m else ""


def _another_kind(text: str, item: str, kind: str, bare: bool = False) -> str:
    """A kind of the goods named as a difference ("a soy-free chickpea miso" of a miso
    maker): one more of what is sold, "There's also a soy-free chickpea miso.", never "Our
    unpasteurised miso is a soy-free chickpea miso." (an allergen claim of every jar, read
    41's tuning set); "" for any other text. A kind named with no "a" ("soy-free chickpea
    miso") only where ``bare`` (a description that lists its kinds), since "hand-poured
    candles" is how the candles are, no other kind."""
    head = (item.split() or [""])[-1].lower()
    words = text.split()
    if kind != "product" or not head or len(words) < 2 or len(words) > 7 \
            or words[-1].lower().rstrip(".") != head or re.search(r"\d|[,;:]", text) \
            or re.search(r"(?i)\b(?:is|are|was|were|has|have|we|our|you|your|it|they)\b", text) \
            or " ".join(words).lower() == item.lower():
        return ""
    np = _lower_first(text)
    if words[0].lower() in ("a", "an"):
        return _full(f"there's also {np}")
    if not bare:
        mods = [w.lower() for w in words[:-1]]
        if mods and all(_participle(w) or re.search(r"(?:free|proof|made|poured|dyed|wn|ed)$", w)
                        for w in mods):
            # "hand-poured candles" of "soy candles": how ours are ("Our soy candles are
            # hand-poured."), never "Our soy candles have hand-poured candles."
            be = "are" if _plural(head) else "is"
            return _full(f"{_ours(item)} {be} {' and '.join(mods)}")
        return ""
    if _plural(head):
        return _full(f"there are also {np}")
    return _full(f"there's also {'an' if np[:1] in 'aeio' else 'a'} {np}")


def _work_verb(item: str) -> str:
    """The verb of the work a service's line names ("saddle fitting" -> "fit"), or ""."""
    last = (item.split() or [""])[-1].lower()
    return _WORK_NOUNS.get(last, "")


def _no_there(text: str, item: str, kind: str) -> str | None:
    """A fragment that is no noun phrase a "There is/are" can carry, said with a subject of
    its own, "" to leave it out, or None when the fragment is a plain noun phrase (or a shape
    of its own) the other rules say. "lands on the first Tuesday" -> "Your box lands on the
    first Tuesday."; "each one with its pestle" -> "Each one comes with its pestle.";
    "own technicians, no subcontracting" -> "We have our own technicians, no
    subcontracting."; "courier to anywhere in Kenya" -> "We courier to anywhere in Kenya.";
    "all brands" -> "We fit all brands." for saddle fitting, else left out."""
    words = _words(text)
    if not words:
        return None
    first = words[0]
    nxt = words[1] if len(words) > 1 else ""
    m = re.match(r"(?i)^(each|every)\s+(one|piece|[a-z-]+)\s+(?:with|has|comes\s+with)\s+(\S.*)$", text)
    if m:
        return _full(f"{m.group(1)} {m.group(2)} comes with {m.group(3)}")
    m = re.match(r"(?i)^all\s+([a-z-]+(?:\s+[a-z-]+)?)\s+(?:with|come\s+with)\s+(\S.*)$", text)
    if m and _plural(m.group(1).split()[-1].lower()):
        return _full(f"all {m.group(1)} come with {m.group(2)}")
    if first == "own" and nxt and nxt not in _HEAD_END:
        return _full("we have our " + _lower_first(text))
    if first in _SEND and nxt in _SEND_NEXT:
        return _full("we " + _lower_first(text))
    if first in _ARRIVE and nxt in _AFTER_VERB and item:
        noun = (item.split() or [""])[-1].lower()
        if not re.fullmatch(r"[a-z-]+", noun) or _plural(noun) or _ACTIVITY.search(item.strip()):
            return ""
        return _full(f"your {noun} {_lower_first(text)}")
    if first in ("all", "any", "every", "each") and len(words) <= 4 \
            and not any(_participle(w) or w in _FINITE or w in _HEAD_END for w in words[1:]):
        # "all brands", "any make": the work they are to is the service's own ("We fit all
        # brands."), never "There are all brands." (read 26)
        verb = _work_verb(item) if kind != "product" else ""
        return _full(f"we {verb} {_lower_first(text)}") if verb else ""
    if len(words) > 1 and first.endswith("s") and not first.endswith("ss") \
            and (first in _VERBS_S or first in _DOES) and nxt in _AFTER_VERB \
            and (kind == "service" or not item):
        return ""  # a verb with no subject we can give it: left out, never "There are lands…"
    return None


#: verbs a two-word line may end in ("Everything ships.", "Price rises."): a sentence, never
#: a part of what we sell
_VERBS_S = {"ships", "sells", "lasts", "works", "fits", "comes", "goes", "arrives", "rises",
            "stays", "keeps", "runs", "opens", "closes", "starts", "ends", "includes", "matters",
            "counts", "helps", "changes", "grows", "returns", "happens", "applies", "sends",
            "delivers", "travels", "washes", "folds", "wears", "ages", "improves"}


#: verbs a description part with no subject may open on ("packs down small"): said of the goods
_DOES = frozenset(v for v in _CLAUSE_VERBS if v.endswith("s") and v not in (
    "is", "has", "does", "was", "always", "also", "just", "needs", "means", "lets"))


#: words after a plural noun that reads as a verb ("scans from our test roll", "prints of…")
_NOT_AFTER_VERB = frozenset({"from", "of", "for", "in", "on", "by", "and", "or", "at"})


#: a measure typed alone ("350ml", "30 x 40 cm", "1.2kg")
_MEASURE = re.compile(r"(?i)\d+(?:[.,]\d+)?\s?(?:x\s?\d+(?:[.,]\d+)?\s?)*(?:ml|cl|l|litres?|liters?|g|"
                      r"kg|oz|lb|lbs|mm|cm|m|in|inches|ft)")
#: a file format named in a fragment ("24-bit WAV", "PDF + SVG")
_FILE_FORMAT = re.compile(r"\b(?:WAV|MP3|FLAC|AIFF|MIDI|PDF|SVG|PNG|JPE?G|EPUB|MOBI|DOCX|XLSX|"
                          r"PSD|EPS|STL|OBJ|FBX|TTF|OTF|LUTs?|presets?)\b")
#: the last word of a fragment that is a quality ("royalty free", "dishwasher safe")
_QUALITY_END = re.compile(r"(?i)^(?:[\w-]*-?free|safe|proof|[\w-]+proof|friendly|[\w-]+-friendly|"
                          r"compatible|resistant|washable|recyclable|compostable|biodegradable|"
                          r"vegan|organic|handmade|hand-made)$")


#: a span of time said before a noun as one word: "12 months guarantee" -> "12-month guarantee"
_SPAN = re.compile(r"\b(\d+) (year|month|week|day|hour|minute|min|hr)s? (?=([a-z][\w-]*))")


def _spans(text: str) -> str:
    return _SPAN.sub(lambda m: m.group(0) if m.group(3) in _HEAD_END or m.group(3) in _NO_SPAN
                     else f"{m.group(1)}-{m.group(2)} ", text)


#: words after a span of time that make it no word before a noun ("in 20 mins flat")
_NO_SPAN = {"old", "of", "flat", "max", "maximum", "min", "minimum", "tops", "ago", "later",
            "early", "late", "long", "away", "left", "notice", "each", "a", "an", "the"}


def _np_end(tokens: list[str]) -> int:
    """Where a fragment's noun phrase stops: the index of its first participle ("original
    cloth and cabinet | kept"), of a word that opens a phrase of its own ("chillies | from…"),
    or the end; -1 when a comma ends it first."""
    for i, tok in enumerate(tokens):
        w = tok.lower().strip(",;:")
        if i and _participle(w) and tokens[i - 1].lower() not in ("and", "or"):
            # ("water sampling and certified disinfection": a participle after "and" is the
            # next noun's, never "Our water sampling and are certified…", read 26)
            return i
        if i and w in _HEAD_END and w not in ("and", "or"):
            return i
        if tok.endswith((",", ";", ":")):
            return -1
    return len(tokens)


#: the people a business's work is done by
_STAFF = frozenset("technicians technician engineers engineer staff team crew instructors "
                   "instructor coaches coach tutors tutor teachers teacher therapists therapist "
                   "physios physio nurses nurse mechanics mechanic fitters fitter cleaners cleaner "
                   "drivers driver guides guide trainers trainer stylists stylist groomers groomer "
                   "electricians electrician plumbers plumber inspectors inspector auditors "
                   "auditor consultants consultant translators translator".split())


def _subject(np: str, item: str) -> tuple[str, bool]:
    """A noun phrase made the subject of a sentence, with whether it is plural: "original
    cloth and cabinet" -> "the original cloth and cabinet"; a phrase naming what we sell
    ("inspections" of "pallet racking inspections") is "our …"."""
    words = [w.lower().strip(",") for w in np.split()]
    many = " and " in f" {np.lower()} " or _plural(words[-1]) and words[0] not in ("every", "each")
    if words[0] in ("every", "each", "nothing", "everything", "none"):
        many = False
    if words[0] in _DETERMINERS - {"free", "unlimited", "more", "fewer", "up"} \
            or words[0] in ("nothing", "everything", "none") or re.match(r"\d", words[0]):
        return np, many
    ours = set(_words(item)) & {words[-1], words[-1].rstrip("s")}
    # (the people who do the work are ours: "Our technicians are trained by the
    # manufacturers.", never "The technicians are…", read 40's tuning set)
    ours = ours or words[-1] in _STAFF
    return ("our " if ours else "the ") + np, many


def _clause(chunk: str, item: str) -> str:
    """A later part of a fragment that is a noun phrase and a participle ("only the
    electrics renewed", "no vinegar added") said with its verb ("only the electrics are
    renewed"); any other part as it is."""
    tokens = chunk.split()
    at = _np_end(tokens)
    if at <= 0 or at >= len(tokens) or not _participle(tokens[at].lower()) \
            or tokens[0].lower() in ("not", "never", "but", "just", "unlike", "instead"):
        return ""
    lead = 1 if tokens[0].lower() == "only" else 0
    np, many = _subject(" ".join(tokens[lead:at]), item) if lead < at else ("", False)
    if not np:
        return ""
    return " ".join(tokens[:lead] + [np, "are" if many else "is"] + tokens[at:])


def _later_parts(out: str, rest: list[str], item: str) -> str:
    """A fragment's first part followed by its later ones, each that is a noun phrase and a
    participle said as a clause after a semicolon ("…; only the electrics are renewed")."""
    for part in rest:
        said = _clause(part.rstrip(","), item)
        if said:
            out = out.rstrip(",") + "; " + said + ("," if part.endswith(",") else "")
        else:
            out = f"{out.rstrip(',')}, {part}"
    return out


#: a size of group said with its limit ("groups of four riders at most", "classes of 6 max")
_AT_MOST = re.compile(r"(?i)^(?:small\s+)?(?P<unit>groups|classes|sessions|lessons|tours|workshops|teams|"
                      r"rides|trips|walks)\s+of\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|"
                      r"nine|ten|twelve)\s+(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+(?P<lim>at\s+most|max(?:imum)?|"
                      r"or\s+fewer|or\s+less|tops)$")


def _counted(things: list[str], how: list[str], rest: list[str], item: str) -> str:
    """A count of things and how they come, said with the count as the subject: "You get 30
    edited images, delivered in five working days" (handed over), "There are 42 short
    lessons, filmed in my kitchen"; a second participle of the same things joined by "and"
    ("…, delivered in five working days and licensed for menus, delivery apps and social")."""
    lead = "You get" if how[0].lower() in _HANDED else "There are"
    said = f"{lead} {' '.join(things)}, {' '.join(how)}"
    if rest and _participle(rest[0].split()[0].lower()):
        return f"{said.rstrip(',')} and " + " ".join(rest)
    return _later_parts(said, rest, item)


def tidy(text: str) -> str:
    """A brief line as a post may print it whole (a point of a list): "12 months guarantee"
    as "12-month guarantee", a comma before a result said as a clause ("…on Sundays, so the
    warehouse keeps running")."""
    return _so_comma(_spans(text))


def _so_comma(text: str) -> str:
    return re.sub(r"(?<![,;]) so (?=(?:the|we|you|they|it|your|our|there|everyone|nobody|no one|"
                  r"nothing)\b|(?:\w+ ){1,2}(?:can|can't|could|will|won't|keeps?|stays?|is|are|never|"
                  r"don't|doesn't)\b)", ", so ", text)


#: the length of what is booked, typed as its size: "60-minute sessions", "two-hour classes"
_LENGTH_OF = re.compile(r"(?i)(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ]"
                        r"(minute|hour|day|week|month)\s+((?:[a-z]+ )?(?:sessions|classes|"
                        r"lessons|appointments|consultations|calls|workshops|tours|treatments|"
                        r"massages|courses))")
#: how the things a service makes reach the customer ("30 edited images delivered in …")
_HANDED = {"delivered", "sent", "emailed", "shipped", "returned", "handed", "posted"}


def _thing_said(low: str, item: str, formal: bool) -> str:
    """A difference written as a noun phrase said with the thing as its subject: "original
    cloth and cabinet kept, only the electrics renewed" -> "The original cloth and cabinet are
    kept; only the electrics are renewed."; "chillies from two growers" -> "Our chillies come
    from two growers"; "free team photo with the props" -> "There's a free team photo with
    the props". Never "You get …" in front of a fragment: that reads as a frame."""
    low = _spans(low)
    # a result said as a clause of its own: "… on Sundays so the warehouse keeps running"
    low = _so_comma(low)
    most = _AT_MOST.match(low.strip().rstrip("."))
    if most:
        # "groups of four riders at most": "Each group has four riders at most.", never
        # "There are groups of four riders at most." (blind read 38)
        unit = most.group("unit")
        one = unit[:-3] + "s" if unit.endswith("sses") else unit[:-1]
        lim = most.group("lim").lower()
        lim = lim if lim.startswith("or") else "at most"
        return f"Each {one} has {most.group('n')} {most.group('who')} {lim}"
    # a size of pack with what goes on it ("50g pouches, from small gardens in Assam"): said
    # of the pack, never "comes with 50g pouches and a from small gardens…" when the list
    # rule finds one thing only (s31's older path)
    pack = _pack_said(low) if _PACK.match(low) and not _noun_groups(re.split(r"(?<=,) ", low)) else ""
    if pack:
        return pack
    chunks = re.split(r"(?<=,) ", low)
    tokens = chunks[0].rstrip(",").split()
    at = _np_end(tokens)
    rest = chunks[1:]
    if len(tokens) > 1 and any(_CLAUSE_VERB.match(t.lower().strip(",")) for t in tokens[1:3]):
        # a clause of its own ("bamboo soaks up road buzz, so the ride is smoother", "each
        # frame is built to your height"): the seller's sentence, said as it is (read 24:
        # "There's a bamboo soaks up road buzz")
        return low
    m = _LENGTH_OF.fullmatch(low.strip().rstrip("."))
    if m and not rest:
        # how long each booking runs, typed as its size ("60-minute sessions"): "Each session
        # runs 60 minutes.", never "There are 60-minute sessions." (blind read 37)
        unit = m.group(3)[:-3] + "s" if m.group(3).endswith("sses") else m.group(3)[:-1]
        if unit.endswith("ie"):
            unit = unit[:-2] + "y"
        return f"Each {unit} runs {m.group(1)} {m.group(2)}s"
    if at == 1 and re.fullmatch(r"\d+", tokens[0]) and len(tokens) > 3 \
            and _participle(tokens[1].lower()):
        # a count whose first word after it is the things' own participle ("30 edited images
        # delivered in five working days"): the count and the things are the subject, never
        # "30 is edited images …" (blind read 37)
        j = next((i for i in range(2, min(len(tokens), 5)) if _plural(tokens[i].lower())
                  and i + 1 < len(tokens) and _participle(tokens[i + 1].lower().strip(","))), 0)
        if j:
            return _counted(tokens[:j + 1], tokens[j + 1:], rest, item)
    if 0 < at < len(tokens) and _participle(tokens[at].lower().strip(",")) \
            and not all(t.lower() in _DETERMINERS for t in tokens[:at]):
        # (after a bare "a" the participle is the noun's: "a written report within 48 hours"
        # was "A is written report …", read 23)
        if re.fullmatch(r"\d+", tokens[0]) and at >= 2 and _plural(tokens[at - 1].lower()):
            # a count of things and how they were made ("42 short lessons filmed in my
            # kitchen"): "There are 42 short lessons, filmed in my kitchen", never "42 short
            # lessons are filmed in my kitchen" (blind read 30)
            return _counted(tokens[:at], tokens[at:], rest, item)
        np, many = _subject(" ".join(tokens[:at]), item)
        return _later_parts(f"{np} {'are' if many else 'is'} {' '.join(tokens[at:])}", rest, item)
    if 0 < at < len(tokens) and tokens[at].lower() == "from" and re.match(r"\d", tokens[0]) \
            and _plural(tokens[at - 1].lower().strip(",")):
        # a number of things and their range ("7 sizes from chihuahua to leonberger"): "There
        # are 7 sizes, from chihuahua to leonberger", never "7 sizes come from …" (read 25)
        return f"There are {' '.join(tokens[:at])}, {' '.join(tokens[at:])}" \
            + "".join(", " + r for r in rest)
    if 0 < at < len(tokens) and tokens[at].lower() == "from" and at <= 4:
        np, many = _subject(" ".join(tokens[:at]), item)
        np = re.sub(r"^the ", "our ", np)
        return " ".join([np, "come" if many else "comes"] + tokens[at:] + ([""] if False else [])) \
            + ("".join(", " + r for r in rest) if rest else "")
    if re.match(r"from\s+\d", low):
        # a price typed without its currency sign ("from 4,500 cedis for a city frame")
        return f"Prices start {low}"
    if _UNSHAPED.match(low) or PRICE_RE.search(low):
        # a part no shape of the part table knows ("mon-Sat 8-4", "whatsApp +356…", "max 8",
        # "S/ 185 per lesson"): left out, never forced into "There's a …"
        return ""
    if item and _ABOUT_AMOUNT.match(low) and not re.search(r"\beach\b", low):
        # a size or a weight is each one's: "Each box is about 750 g in total."
        from planner.brief.fields.business import _singular

        noun = item.split()[-1].lower()
        return f"Each {_singular(noun) if _plural(noun) else noun} is {low}"
    if item and (_QUALITY.match(low) or _ABOUT_AMOUNT.match(low)):
        # a quality or a size said as a phrase ("machine washable at 40", "about 750 g in
        # total") is the thing's: "Our dog vests are machine washable at 40." (read 25:
        # "There's a machine washable at 40", "There's an about 750 g in total")
        return f"{_ours(item)} {'are' if _plural(item.split()[-1]) else 'is'} {low}"
    if item and re.match(r"(?:\w+ enough|(?:safe|suitable|ideal|perfect|ready|fit|right|"
                         r"gentle|kind|easy|good) (?:for|to|on)|(?:too|very) \w+)\b", low):
        # a quality said as a phrase ("soft enough for newborns", "safe for the dishwasher")
        # is the thing's: "Our blankets are soft enough for newborns." (read 22: "There's a
        # soft enough for newborns.")
        return f"{_ours(item)} {'are' if _plural(item.split()[-1]) else 'is'} {low}"
    if re.match(r"(?:the\s+)?same\s+\w", low):
        # "same technician every visit": what you get, never "There's a same technician"
        return "You get " + re.sub(r"^(?:the\s+)?", "the ", low)
    unlike = _unlike_facts(chunks, item, formal)
    if unlike:
        return unlike
    groups = _noun_groups(chunks)
    if item and len(groups) >= 2 and any(", " in g or _PACK.match(g) for g in groups):
        # unlike things typed as one list ("150ml bottles, from little makers we find at
        # markets …, tasting card with heat rating"): a sentence each, never the whole list
        # after one "There are" (read 30); a size of pack is what the goods come in
        said = []
        for group in groups:
            said.append(_pack_said(group) or _thing_said(group, item, formal))
        if all(said):
            return ". ".join(x[:1].upper() + x[1:] for x in said)
    phrase = _article(low)
    words = _words(low)
    _, head = _head(words)
    many = (_plural(head) or head.endswith("s") and not head.endswith(("ss", "us", "is"))) \
        and not re.match(r"(?:a|an|one|every|each)\b", phrase)
    # "thermal and 4K photos", "a kettle and a toaster": the phrase's head is past its "and"
    # ("There are …", never "There's thermal and 4K photos")
    np = list(itertools.takewhile(lambda w: w not in _HEAD_END or w in ("and", "or"), words))
    if "and" in np[1:-1] and not re.match(r"(?:one|every|each)\b", phrase):
        after = np[np.index("and") + 1:]
        many = many or _plural(np[-1]) or after[0] in ("a", "an")
    # "5 ingredients max", "3 barbers with 20+ years…": a number of things is many
    many = many or bool(re.match(r"(?:[2-9]|\d{2,})\+?\s+[a-z]+s\b", phrase))
    # (never inside a number: "GH₵4,500" is one price, read 24's "from GH₵4 and 500")
    parts = [part.strip() for part in re.split(r"(?<!\d),|,(?!\d)", low) if part.strip()]
    if item and len(parts) >= 2 and all(2 <= len(part.split()) <= 5 and not re.match(
            r"(?:no|not|never|so|and|or|but|with|max|only|plus|all|each|every)\b", part)
            and not _participle(part.split()[0]) and part.split()[1] not in ("in", "by", "at", "on")
            and not re.search(r"\b(?:max|min|included|and|or)$", part) for part in parts) \
            and not any(re.match(r"[A-Z]", part) for part in parts[1:]):
        # (a list of names goes on the part before it: "free delivery in Stellenbosch, Paarl
        # and Franschhoek" is one thing, never "comes with free delivery in Stellenbosch and
        # Paarl and Franschhoek", read 26)
        # features typed as a list ("120gsm ivory paper, lay-flat spines") are what the
        # thing comes with, never "There's 120gsm ivory paper, lay-flat spines"
        many_items = _plural(item.split()[-1])
        listed = ", ".join(_article(part) for part in parts[:-1]) + " and " + _article(parts[-1])
        return f"{_ours(item)} {'come' if many_items else 'comes'} with {listed}"
    if words and (words[0] in _HEAD_END - {"no"} or _ADJECTIVE_HEAD.search(head)):
        # a phrase that opens on a preposition ("into all 24 EU languages") or whose head is
        # no noun ("eligible for the grant", "t-shaped, so it stays put", "brass 2mm thick"):
        # no "There's" can carry it, so it is left out (read 26's rule)
        return ""
    if not re.match(r"(?:free|no|a|an|the|one|\d)", low) and (head in _WORK_NOUNS or head in _CARRIED_OUT):
        # work done ("water sampling and certified disinfection of…"): what we carry out,
        # never "There's water sampling…"
        return "We carry out " + low
    measured = _measure_said(low, item)
    if measured:
        return measured
    if len(parts) >= 4 and not re.match(r"\d", parts[0]) and ":" not in low:
        # a long list with no head noun ("single needle and 3RL, botanical, lettering, tiny
        # animals, constellations"): no "There are" makes it a sentence, so it is left out
        # (blind read 31)
        return ""
    if "and" in np[1:-1] and np.index("and") == 1 and len(after) >= 2 \
            and not _plural(np[-1]) and after[0] not in ("a", "an") and not _plural(after[0]):
        # two words for one thing ("SMS and WhatsApp alert within 60 seconds"): one thing,
        # never "There are SMS and WhatsApp alert…" (blind read 31)
        many, phrase = False, _an(low) + " " + low
    if formal:
        lead = "There are " if many else "There is "
    else:
        lead = "There are " if many else "There's "
    return lead + phrase


#: a word a value never follows as its measure ("only 2 left", "open 9 to 5", "up to 40")
_NOT_MEASURE = {"only", "just", "over", "under", "about", "around", "up", "from", "since",
                "open", "max", "min", "maximum", "minimum", "approx", "nearly", "almost",
                "roughly", "until", "till", "by", "at", "in", "on", "for", "to", "with", "no",
                "not", "never", "less", "more", "than", "each", "every", "per", "and", "or",
                "ready", "delivered", "shipped", "sold", "made", "ages", "age", "aged", "day",
                "days", "week", "weeks", "month", "months", "year", "years", "mon", "tue", "wed",
                "thu", "fri", "sat", "sun", "daily", "weekly", "call", "phone", "tel", "whatsapp"}
_MEASURE_PART = re.compile(r"^(?P<what>[a-z][a-z-]{2,})\s+(?P<value>[-+±~≈<>]?\s?\d[^,;]*)$")


def _an(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    if first.lower().startswith(("one-", "one ", "uni", "use", "eu")):
        return "a"
    vowel = (first[:1].lower() in "aeio" or first[:1] == "u"
             or first.isupper() and len(first) > 1 and first[:1] in "AEFHILMNORSX")
    return "an" if vowel else "a"


def _measure_said(low: str, item: str) -> str:
    """A measure typed as its name and its value ("range -30 to +70 °C", "accuracy ±0.3
    °C", "weight 1.2 kg") said as what the goods have: "Our loggers have a range of -30 to
    +70 °C.", never "There's a range -30 to +70 °C." (blind read 31); "" for any other
    part, or with no goods to say it of."""
    m = _MEASURE_PART.match(low.strip())
    if not item or not m:
        return ""
    what = m.group("what").lower()
    if what in _NOT_MEASURE or what in _DETERMINERS or what in _HEAD_END or _plural(what) \
            or what.endswith(("ly", "ed", "ing")) or what in _BASES:
        return ""
    # (the goods' name without what they are for: "data loggers", never "data loggers for
    # pharma cold chain has …")
    name = re.split(r"\s(?:for|with|from|in|by|of)\s", item)[0].strip()
    many = _plural(name.split()[-1].lower())
    ours = name if name.split()[-1][:1].isupper() else "Our " + name
    return f"{ours} {'have' if many else 'has'} {_an(what)} {what} of {m.group('value').strip()}"


#: a size of pack a thing comes in: "150ml bottles", "250 g bags", "1 kg tins"
_PACK = re.compile(r"(?i)^(\d+(?:[.,]\d+)?\s?(?:ml|cl|l|g|kg|oz|lb))\s+([a-z]+s)\b")


def _pack_said(group: str) -> str:
    """A part that opens on a size of pack said of the pack: "150ml bottles, from little makers
    …" is "each bottle is 150ml, and they're from little makers …", never "Our subscription
    comes in 150ml bottles"; "" for any other part."""
    pack = _PACK.match(group)
    if not pack:
        return ""
    from planner.brief.fields.business import _singular

    rest = group[pack.end():].lstrip(", ")
    return (f"each {_singular(pack.group(2))} is {pack.group(1)}"
            + (f", and they're {rest}" if re.match(r"(?:from|made|by)\b", rest)
               or rest and _participle(rest.split()[0].lower().strip(","))
               else f", {rest}" if rest else ""))


def _noun_groups(chunks: list[str]) -> list[str]:
    """The comma parts of a list put back into the things it names: a part that opens on
    "from", "with", "in"… or on a name goes on the part before it ("150ml bottles, from little
    makers around Vic, NSW and QLD" is one thing); [] when a part is no noun phrase (a verb,
    a participle, a quality) or the list names fewer than two things."""
    groups: list[str] = []
    for chunk in (c.rstrip(",").strip() for c in chunks):
        if not chunk:
            continue
        first = chunk.split()[0]
        if groups and (first.lower() in ("from", "with", "in", "by", "for", "at", "on", "around")
                       or first[:1].isupper()):
            groups[-1] += ", " + chunk
            continue
        if len(chunk.split()) < 2 or _fact_kind(chunk) or _participle(first.lower()) \
                or first.lower() in _HEAD_END or first.lower() in ("no", "not", "and", "or",
                                                                    "so", "but", "plus"):
            return []
        groups.append(chunk)
    return groups if len(groups) >= 2 else []


def _fact_kind(chunk: str) -> str:
    """What a part of a comma list is: "made" (a participle and how: "pre-seasoned with
    linseed oil"), "does" (a verb of the thing's: "works on gas"), else "" (a noun phrase or
    a list's next item)."""
    words = chunk.lower().split()
    if not words:
        return ""
    first = words[0].strip(",")
    # ("pre-seasoned", "re-stitched", "hand-forged": the participle after its prefix)
    first = first.rsplit("-", 1)[-1] if re.match(r"(?:pre|re|un|hand|double|triple|part|fully)-", first) \
        else first
    if _participle(first) and len(words) > 1 and words[1] in _PREDICATE_NEXT:
        return "made"
    if _CLAUSE_VERB.match(words[0]) and words[0] not in ("is", "are", "was", "were", "has",
                                                          "have", "can", "will", "never", "always") \
            and not (len(words) > 1 and _participle(words[1].strip(","))):
        # ("handles oiled with linseed" is a noun and its participle, never "it handles")
        return "does"
    return ""


def _plain_verb(verb: str) -> str:
    """A verb said of many things: "works" -> "work", "doesn't" -> "don't"."""
    irregular = {"doesn't": "don't", "goes": "go", "does": "do", "won't": "won't"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "sses", "xes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _unlike_facts(chunks: list[str], item: str, formal: bool) -> str:
    """A comma list of unlike facts ("riveted steel handle, pre-seasoned with linseed oil so
    you can cook on it the day it arrives, works on gas, induction, in the oven") said as a
    sentence each, with a subject that fits it: "There's a riveted steel handle. Our pans
    come pre-seasoned with linseed oil… They work on gas, induction, in the oven" (blind read
    27: the whole list after one "There's a …"); "" when the list is no such list."""
    if not item or len(chunks) < 2 or _PACK.match(chunks[0]):
        # (a size of pack first is said of the pack, `_pack_said`: never "There are 1 kg
        # tins. Our craft beer club comes made in Lyon.")
        return ""
    kinds = [_fact_kind(c.rstrip(",")) for c in chunks]
    first = chunks[0].rstrip(",").split()
    if kinds[0] or not any(kinds[1:]) or _np_end(first) != len(first):
        # (only a bare noun phrase first: "blades sharpened by hand, …" is said as before)
        return ""
    groups: list[tuple[str, list[str]]] = []
    for chunk, kind in zip(chunks, kinds):
        if kind or not groups:
            groups.append((kind, [chunk.rstrip(",")]))
        else:
            groups[-1][1].append(chunk.rstrip(","))
    many = _plural(item.split()[-1])
    sentences: list[str] = []
    named = False
    for kind, parts in groups:
        text = ", ".join(parts)
        if not kind:
            said = _thing_said(text, item, formal)
            if not said:
                continue
            sentences.append(said)
            continue
        subject = ("They" if many else "It") if named else _ours(item)
        named = True
        if kind == "made":
            verb = "come" if many else "comes"
            sentences.append(f"{subject} {verb} {text}")
        else:
            first, _, rest = text.partition(" ")
            verb = _plain_verb(first) if many else first
            sentences.append(f"{subject} {verb} {rest}".rstrip())
    if len(sentences) < 2:
        return ""
    return ". ".join(s[:1].upper() + s[1:] for s in sentences)


#: the end of a word that says what a thing is like, never what it is ("eligible", "t-shaped")
_ADJECTIVE_HEAD = re.compile(r"(?:able|ible|ful|ous|-shaped|-sized|resistant|thick|wide|deep|tall)$")


#: work a business carries out, named by its noun ("water sampling", "a risk assessment")
_CARRIED_OUT = {"sampling", "monitoring", "surveying", "auditing", "disinfection", "treatment",
                "treatments", "assessment", "assessments", "analysis", "surveys", "audits",
                "decontamination", "descaling", "flushing", "chlorination", "servicing"}


#: a part that opens with a word no "There's a …" can carry: a word capitalised inside it
#: ("tue-Sun", "whatsApp"), a limit ("max", "min", "up to"), a phone number
_UNSHAPED = re.compile(r"^(?:\S*[a-z][-/]?[A-Z]\S*|max\.?|maximum|min\.?|minimum|up to|approx\.?)(?:\s|$)"
                       r"|^\+?\d[\d\s().-]{6,}$")


#: a quality typed as a phrase: washable, reusable, waterproof, dishwasher-safe, gluten-free
_QUALITY = re.compile(r"(?i)^(?:\w+[- ])?(?:\w*(?:washable|wearable|reusable|recyclable|"
                      r"compostable|adjustable|breathable|durable|stackable|foldable|portable|"
                      r"degradable|refillable|removable|waterproof|windproof|rustproof|"
                      r"shatterproof|proof)|(?:dishwasher|oven|microwave|food|freezer|baby|pet|"
                      r"child)[- ]safe|\w+-free)\b")
#: a size or a weight said as roughly so much ("about 750 g in total")
_ABOUT_AMOUNT = re.compile(r"(?i)^(?:about|around|roughly|approximately|nearly|almost|"
                           r"just (?:over|under))\s+\d")


def _ours(item: str) -> str:
    """"Our tenugui cloths"; a name of its own ("Ziarno Coffee Club") as it is."""
    return item if item[:1].isupper() else f"Our {item}"


def _be(item: str, since: bool) -> str:
    many = _plural(item.split()[-1])
    return ("have been" if many else "has been") if since else ("are" if many else "is")


def lower_start(sentence: str, names: tuple[str, ...] = ()) -> str:
    """A sentence of ours said after "but" or a comma: its first letter small, unless it
    starts with a name ("Munshi works offline…") or an initialism."""
    if any(n and sentence.startswith(n) for n in names):
        return sentence
    return _lower_first(sentence)


def _full(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text[-1:] in ".!?" else ".")


#: a tail that only insists ("…, no questions", "…, ever"): no part of a point to look for
_INSIST = re.compile(r"(?i),\s*(?:no questions(?: asked)?|ever|promise[d]?|always|guaranteed|"
                     r"full stop|period)\s*\.?$")
#: words a seller says of itself, never a point a buyer can check with anyone
_SELF = re.compile(r"(?i)\b(?:we|we're|we've|we'll|us|our|ours|i|i'm|i've|me|my|mine|best|"
                   r"only|first|favourite|favorite|promise|nobody|no one else|unlike)\b")


#: words of taste: a claim, not a point a buyer can check
_TASTE = re.compile(r"(?i)\b(?:beautiful(?:ly)?|lovely|gorgeous|amazing|perfect(?:ly)?|delicious|"
                    r"stunning|incredible|best|finest|softest|nicest)\b")


def criteria(differentiators: list[str], brand: str = "", solo: bool = False) -> list[str]:
    """The differences a buyer could check with any seller ("Never more than 4 kids per
    instructor", "ISO 17100 certified"), as checklist points: never one said of ourselves
    ("we repair our own bags", "zero judgement. We've seen worse"), of the brand, or of how
    the business began ("built by a freelancer who…"); "since 2014" and "no questions" are
    our record and our tone, not the point."""
    out = []
    for d in differentiators:
        text = mend(d.strip())
        if _SELF.search(text):
            continue  # "Zero judgement. We've seen worse": our own voice, all of it
        text = re.split(r"(?<=[.!?])\s+", text)[0].rstrip(".")
        if _SELF.search(text) or (brand and brand.lower() in text.lower()):
            continue
        # what we charge, a perk, an instruction, a taste or one of our own things ("The
        # colours soften beautifully", "All three sauces…") is no point to look for
        first = text.split()[0].lower().strip(",") if text.split() else ""
        if re.search(r"[$£€¥₹]\s?\d|\d\s?(?:%|euros?|dollars?|pounds?)\b", text) \
                or is_imperative(first) or first in _INSTRUCTIONS or _TASTE.search(text) \
                or re.match(r"(?i)(?:the|these|this|both|all (?:two|three|four|five|\d+))\b", text):
            continue
        # a name (a farm, a street, a person) is ours alone; a standard met ("TGA listed",
        # "City & Guilds qualified") is a point anyone can check
        named = [w for w in text.split()[1:] if w[:1].isupper() and not w.isupper() and w != "&"]
        if named and not re.search(r"(?i)\b(?:" + "|".join(sorted(_STANDING)) + r"|listed|marked)\b", text):
            continue
        text = re.split(r"\s+[—–]\s+|;\s+", text)[0]
        if re.search(r"(?i)\b(?:built|made|started|founded|designed) by\b", text):
            continue
        text = re.sub(r"(?i)\s+since (?:19|20)\d\d\b", "", text)
        text = _INSIST.sub("", text).strip(" ,")
        if len(text.split()) < 2:
            continue
        out.append(_full(text))
    return out


#: who a perk is for, said in the perk itself ("… for families already swimming with us")
_WHO = re.compile(r"(?i)\s+for\s+((?:\w+\s+){0,3}?(?:existing|returning|current|loyal|regular|"
                  r"repeat|past)\b.*|(?:all\s+|our\s+)?(?:members|subscribers|customers|clients|"
                  r"regulars|families|students|patients|owners)\b.*|(?:\w+\s+){0,2}\w+\s+(?:already|"
                  r"who (?:already|have|has))\b.*)$")
_WHO_CLAUSE = re.compile(r"(?i)^(?:existing|returning|current|loyal|regular|repeat|past|members?|"
                         r"subscribers?|customers?|clients?|families|students|patients|anyone who|"
                         r"everyone who)\b")


def perk_names_who(perk: str) -> bool:
    """Whether the perk says who it is for ("…for families already swimming with us",
    "existing framework clients receive…"): a post never says it again around it."""
    return bool(_WHO.search(perk) or _WHO_CLAUSE.match(perk.strip()))


def perk_sentence(perk: str) -> str:
    """A perk that names its people, as a sentence of our own: "10% off the second child's
    term for families already swimming with us" -> "Families already swimming with us get 10%
    off the second child's term."; one written as a clause stays as it is; empty for a perk
    that does not say who (the template names the customers itself)."""
    text = perk.strip().rstrip(".")
    if _WHO_CLAUSE.match(text) or not is_fragment(text):
        return _full(text) if perk_names_who(text) else ""
    m = _WHO.search(text)
    if not m:
        return ""
    who, what = m.group(1).strip(), text[:m.start()].strip(" ,")
    verb = "gets" if re.match(r"(?i)(?:each|every|any)\b", who) else "get"
    return _full(f"{who} {verb} {what}")


def launch_named(name: str, brand: str = "") -> str:
    """What is launched, said as ours and new in the middle of a sentence ("client portal
    with live access…" -> "our new client portal with live access…"; "our spring collection"
    -> "our new spring collection"); a name of its own ("the Onam Sadya Box") as it is."""
    words = name.split()
    if not words:
        return name
    low = words[0].lower()
    if " our " in f" {name.lower()} " and low not in ("our", "a", "an", "the") \
            and not (words[0][:1].isupper() and len(words) > 1
                     and (words[1][:1].isupper() or words[0].endswith(","))):
        # "facade moisture scans with our new thermal camera": ours already, never "our …
        # with our new …" (read 23); a name of its own keeps its capital (below)
        return _lower_first(name, brand)
    if " new " in f" {name.lower()} ":
        return name if low in ("our", "a", "an", "the") else "our " + name
    if low == "our":
        return "our new " + " ".join(words[1:])
    if low in ("a", "an"):
        return "a new " + " ".join(words[1:])
    if low == "the" or words[0][:1].isupper() and len(words) > 1 and (
            words[1][:1].isupper() or words[0].endswith(",")):
        # "the Onam Sadya Box", "Leafwork Moss Walls", "Piwnica, our third room…": a name
        return name
    return "our new " + _lower_first(name, brand)


#: words any problem and any answer of a business may share without being about one thing
_LOOSE = {"charge", "cost", "price", "time", "client", "customer", "service", "work", "month",
          "year", "week", "day", "people", "thing", "need", "make", "like", "good", "only",
          "every", "never", "always", "something", "someone", "case", "happen", "have", "being",
          "want", "help", "keep", "right", "really", "still", "first", "last", "home", "little",
          "nobody", "anybody", "everybody", "anyone", "everyone", "whole", "much", "many",
          "within", "without", "buy", "sell", "get", "take", "give", "use", "come", "bring",
          "find", "know", "think", "look", "start", "stop", "end", "able", "sure", "full"}


@functools.lru_cache(maxsize=1)
def _lemma_table() -> dict:
    """spaCy's English lookup lemmas as the planner ships them (read from the exported
    language rules, without loading spaCy); empty when they cannot be read."""
    try:
        from planner.stage.compiled.spacy_rules import load_rules

        return dict(load_rules()["lemma_lookup"])
    except Exception:  # noqa: BLE001 (without the table, words are compared as written)
        return {}


def lemmas(text: str) -> list[str]:
    """The words of ``text`` as spaCy lemmas, lower-case ("waters" -> "water")."""
    from planner.text.rules import lemma

    table = _lemma_table()
    return [lemma(w, table) for w in re.findall(r"[a-z]+(?:-[a-z]+)*", (text or "").lower())]


#: who a line is about, never what it is about
_PEOPLE = {"kid", "child", "children", "parent", "mum", "mom", "dad", "family", "person", "adult",
           "baby", "owner", "staff", "team", "user", "student", "beginner", "manager", "friend"}
#: units of time: "the minute you step outside" is not answered by "90 minutes" (blind read
#: 29: "…grey on you the minute you step outside? It lasts 90 minutes.")
_NO_THING = {"back", "up", "out", "off", "away", "down", "over", "around", "where", "when",
             "there", "here", "then", "still", "again", "even", "just"}
_TIME_WORDS = {"second", "minute", "hour", "day", "week", "month", "year", "moment", "time"}


def content_lemmas(text: str) -> set[str]:
    """The words of a line that carry its meaning, as spaCy lemmas ("waters", "watering" ->
    "water"), without small words or words every business uses."""
    # a compound is its parts too: "hand-dyed" says "hand"
    text = f"{text} {' '.join(re.findall(r'[a-z]+-[a-z-]+', (text or '').lower())).replace('-', ' ')}"
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())
    keep = content_words(text)
    return {lem for w, lem in zip(words, lemmas(text))
            if (w in keep or w[:-1] in keep) and len(lem) >= 3 and lem not in _LOOSE}


def answer_for(problem: str, candidates: list[str], unhelpful: set[str]) -> str:
    """The line that answers ``problem``: the candidate sharing most content lemmas with it,
    not counting ``unhelpful`` ones (the product's and brand's words, the audience's, the
    business's everyday vocabulary); a lone shared word must be a thing in both lines, not
    a verb after "to". Empty when none shares one: a post then says the problem and what we
    sell, never an unrelated difference as its answer."""
    # (a particle or a "where" shares no thing: guests who "do not come back" are not
    # answered by panels "taken back" when you move, read 30)
    wanted = content_lemmas(problem) - unhelpful - _NO_THING
    if not wanted:
        return ""

    def score(c: str) -> int:
        shared = wanted & content_lemmas(c)
        # ... and no person: "kids" in both lines does not make one answer the other
        lone = {w for w in shared if w not in _PEOPLE and w not in _TIME_WORDS
                and not re.search(rf"(?i)\bto {w}\w*\b", c + " " + problem)}
        return len(shared) if len(shared) >= 2 or lone else 0

    best = max(candidates, key=score, default="")
    return best if best and score(best) else ""


#: short words a full stop follows that end no sentence ("ul. Józefa 18", "St. Kilda")
_ABBREVIATIONS = {"ul", "st", "nr", "no", "al", "ave", "rd", "dr", "mr", "mrs", "ms", "co",
                  "ltd", "inc", "approx", "incl", "e.g", "i.e", "etc", "vs", "pl", "os"}


def opening_sentence(text: str) -> str:
    """The first sentence of a seller's text, its full stop after an abbreviation ("ul.
    Józefa 18") or a decimal no end, and its final stop dropped."""
    for m in re.finditer(r"[.!?](?=\s+\S)", text):
        last = re.search(r"(\S+)$", text[:m.start()])
        if last and last.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        return text[:m.start()].strip()
    return text.strip().rstrip(".!?").strip()


#: goods sold as a kit of things: the unit each order is ("starter kits": a kit)
_PACKED = re.compile(r"(?i)\b(kit|box|set|pack|bundle|hamper|crate|bag|case|parcel)(?:s|es)?\s*$")


def core_sentence(description: str, kind: str = "product", product: str = "") -> str:
    """What the business sells, from the opening of its description, as a sentence of our
    own: a phrase that only names the goods ("Philips and Grundig valve radios, fully
    recapped") is what we sell, a service ("annual racking inspections to SANS 10263-2") what
    we offer, or what we are when it opens with "a" ("a bouldering hall with…"), a membership that opens with "a" ("a new cryptic crossword every weekday at
    7am") what you get; a sentence the seller wrote whole is kept as it is. Empty when the
    opening is too short to say anything or too long for one line of a caption."""
    # an opening typed as a list of facts: what is sold is its first part, the facts are
    # told as sentences of their own (`description_details`), never pasted behind it
    first = mend(place_and_list(description_parts(opening_sentence(description.strip()))[0])[0]
                 ).strip().rstrip(",;:")
    words = first.split()
    if len(words) < 3 or len(words) > 40 or _PARTICIPLE_LEAD.match(first):
        return ""
    what = re.match(r"(?i)^(?P<head>[^,]+?\s(?:in|across|around|near)\s[^,]+),\s+(?P<items>[\w'’-]+"
                    r"(?:\s[\w'’-]+)?(?:,\s+[\w'’-]+(?:\s[\w'’-]+)?)*,?\s+(?:and|&)\s+[\w'’-]+"
                    r"(?:\s[\w'’-]+)?)$", first)
    if what and not re.search(r"\d", what["items"]) and kind != "product":
        # "residential snow clearing in Ottawa's west end, driveways, walkways and front
        # steps": what the work is done to, after a colon ("… in Ottawa's west end:
        # driveways, walkways and front steps."), never one more item of the place (read
        # 41's tuning set)
        first = f"{what['head']}: {what['items']}"
    listed = re.match(r"(?i)^(?P<head>.*?\bwith\s+)(?P<items>[^,]+(?:,\s+[^,]+){2,})$", first)
    if listed and not re.search(r"(?i)\b(?:and|or)\b", listed.group("items").rsplit(", ", 1)[1]):
        # a list after "with" typed without its "and": "a membership with a new plan every
        # Sunday, a grocery list for one shop and one batch-cook session on your day off"
        # (read 40's tuning set: the list read as pasted)
        items = listed.group("items").rsplit(", ", 1)
        first = f"{listed.group('head')}{items[0]} and {items[1]}"
    unit = _PACKED.search(product or "")
    if kind == "product" and unit and re.match(r"(?i)(?:an?|one)\s[^,]+,\s.*\s(?:and|&)\s"
                                               r"(?:an?|one|two|three|four|five|six)\s", first):
        # what comes in a kit, item by item: "Each kit comes with a dried rye starter, a
        # glass jar and a printed feeding guide.", never "We sell a dried rye starter, …"
        return _full(f"each {unit.group(1).lower()} comes with {_lower_first(first)}")
    lead_words = _words(first)[:3]
    if not lead_words:
        return ""  # (no word in it: "{ { {")
    if lead_words[0] in ("we", "we're", "our", "i", "i'm", "my") or not is_fragment(first) \
            and not content_words(" ".join(lead_words)) & content_words(product):
        # the seller's own sentence ("We groom dogs at your door"), up to a list typed after
        # it ("…in Singapore, monthly or fortnightly visits, water testing…": its parts are
        # facts told on their own, never spliced on, blind read 20)
        head, _, rest = first.partition(", ")
        return _full(head if len(head.split()) >= 5 and ", " in rest else first)
    if re.match(r"(?i)^(?:every|each|once a|twice a)\s+(?:day|week|fortnight|month|season|"
                r"quarter|year),?\s+(?:I|we)\s+\S+\s+\S", first):
        # "each month we send you a game…" is the seller's sentence whole: never split at
        # "we" into "We sell each month." (s29)
        return _full(first[:1].upper() + first[1:])
    # a seller's "I" clause inside the goods' name ("seeds I grow and save myself on…") is
    # no phrase to put after "We sell": the goods alone, the rest a fact of its own
    first = re.split(r"\s(?=(?:I|I'm|I've|we|we've)\s)", first)[0].strip().rstrip(",;:—– ") \
        if len(re.split(r"\s(?=(?:I|I'm|I've|we|we've)\s)", first)[0].split()) >= 2 else first
    # a capital kept where it starts a list of names ("Philips, Grundig and Telefunken …")
    # ("Nymphs, dries and streamers": a capital typed at the start, the list's words small)
    names = re.match(r"[A-Z][\w'’-]*(?:, [A-Z]| and [A-Z])", first) \
        and not _DEFINITION_START.match(first)
    late = re.match(r"(?i)^(?P<what>\S.+?\S)\s+(?P<when>(?:every|each)\s+(?:week|fortnight|month|"
                    r"season|quarter))$", first)
    if late and not re.match(r"(?i)(?:every|each|once a|twice a)\b", first) \
            and not _participle(late.group("what").split()[-1].lower()):
        # "3 small batch hot sauces in the box every month": how often said first, for the
        # rule below ("Every month, we send 3 small batch hot sauces in the box."), never "We
        # offer 3 small batch hot sauces in the box every month" (blind read 30)
        what = late.group("what")
        typed = description.strip()[:1]  # (its case as the seller typed it: "Colombian")
        first = f"{late.group('when')} {what[:1].lower() + what[1:] if typed.islower() else what}"
    often = re.match(r"(?i)^(?P<when>(?:every|each|once a|twice a)\s+(?:day|week|fortnight|month|"
                     r"season|quarter|year))\s+(?P<rest>\S.+)$", first)
    if often and not _PARTICIPLE_LEAD.match(often.group("rest")):
        # a description that opens on how often ("every month 3 cheeses from …"): "Every
        # month, we send 3 cheeses from …", never "We sell every month 3 cheeses" (read 25)
        when = often.group("when")
        verb = "send" if kind == "product" else "offer"
        return _full(f"{when[:1].upper()}{when[1:]}, we {verb} {often.group('rest')}")
    # ... and a name the seller capitalises inside the product line too ("Procreate brush
    # packs …" for "Sumikobo Procreate brushes": never "I offer procreate brush packs", read 25)
    opening = first.split()[0]
    goods = (product or "").split()
    proper = opening[:1].isupper() and (opening in goods[1:] or (
        # ... or one the product line opens on, its other words small ("Legionella risk
        # assessments": never "We offer legionella risk assessments", blind read 35)
        goods[:1] == [opening] and len(goods) > 1 and all(w[:1].islower() for w in goods[1:])))
    phrase = first if names or proper else _lower_first(first)
    lead = _words(phrase)[0]
    teaching = re.match(r"^(?P<np>(?:[\w'’-]+ ){0,4}?(?:course|class|programme|program|app|workshop|"
                        r"masterclass|bootcamp|guide|book|ebook))\s+(?P<verb>teaching|showing|"
                        r"helping|training)\s+(?P<rest>(?:you|your|kids|children|beginners|"
                        r"people|anyone)\b.+)$", phrase)
    if teaching and lead not in ("a", "an", "the", "our", "my"):
        # "online video course teaching you to make and sell …": what it does, said of it
        # ("Our online video course teaches you to make and sell …"), never "I offer an
        # online video course teaching you…" (blind read 30)
        does = {"teaching": "teaches", "showing": "shows", "helping": "helps",
                "training": "trains"}[teaching.group("verb")]
        return _full(f"our {teaching.group('np')} {does} {teaching.group('rest')}")
    if kind == "service" and role_led(phrase):
        # "Mobile nail tech covering Leeds and Wakefield": a person, who is one ("I'm a
        # mobile nail tech covering…"), never "We offer mobile nail tech…" (s34)
        article = "" if lead in ("a", "an") else "an " if lead[:1] in "aeiou" else "a "
        return _full(f"I'm {article}{phrase}")
    if kind == "product" and re.search(r"(?i)\b(?:subscriptions?|library|club)\b", product or ""):
        verb = "We offer"  # a lending library or a club is never "sold" (s29)
    elif kind == "product":
        verb = "We sell"
    elif lead in ("a", "an") and kind == "service":
        verb = "We are"  # "a bouldering hall with 200 problems": what the business is
    elif lead in ("a", "an", "one", "every", "each"):
        verb = "You get"
    elif kind == "service" and _PLACE.search(" ".join(_words(phrase)[:_head(_words(phrase))[0] + 1])):
        # "hot yoga studio in Bonfim": what the business is, "We are a hot yoga studio…"
        verb, phrase = "We are", _article(phrase)
        two = re.match(r"^(?P<a>[\w'’ -]+?)\s+(?:and|&)\s+(?P<b>[\w'’ -]+?)(?P<tail>\s+(?:for|in|at|"
                       r"near|with|across|on)\s.*)?$", phrase)
        if two and all(_article(two[k]) != two[k] for k in ("a", "b")):
            # a place of two things ("warm-water pool and underwater treadmill for dogs"):
            # what we have, each with its article, never "We are warm-water pool and …"
            verb = "We have"
            phrase = f"{_article(two['a'])} and {_article(two['b'])}{two['tail'] or ''}"
    else:
        verb = "We offer"
        at, head = _head(_words(phrase))
        if head and not _plural(head) and head not in _MASS and not head.endswith(("ing", "al", "graphy", "therapy", "logy", "tecture", "puncture")) \
                and lead not in _DETERMINERS and (not re.match(r"\d", lead)
                                                  or re.match(r"\d+-[a-z]+$", lead)):
            # "We offer a one-day course…", "… a 20-lesson video course", never "We offer
            # one-day course"
            phrase = _article(phrase)
    return _full(f"{verb} {phrase}")


#: the head of a service that is a place people come to: the business is one ("We are a
#: bouldering hall…"), it does not offer one
_PLACE = re.compile(r"(?i)\b(?:studio|hall|gym|salon|clinic|school|centre|center|bakery|cafe|café|"
                    r"shop|workshop|spa|barbershop|surgery|practice|agency|kitchen|bar|"
                    r"restaurant|garage|dojo|pool|farm|nursery|academy)$")


def _made_core(description: str, kind: str, brand: str, product: str) -> str:
    """What the business sells when the description opens with how the goods are made
    ("Knitted in Portugal from fine merino"): the goods' name as the subject, a sentence of
    ours ("Our merino socks are knitted in Portugal from fine merino."); "" otherwise."""
    first = mend(opening_sentence(description.strip())).strip().rstrip(",;:")
    if kind != "product" or not _PARTICIPLE_LEAD.match(first) or len(first.split()) > 30:
        return ""
    words = product.split()
    while words and brand and words[0].lower().strip("'’s") in brand.lower().split():
        words = words[1:]  # "Trailhead merino socks": the goods are "merino socks"
    if not words or not re.fullmatch(r"[\w' -]+", " ".join(words)) or len(words) > 4:
        return ""
    item = " ".join(words)
    verb = "are" if _plural(words[-1].lower()) else "is"
    return _full(f"Our {item} {verb} {_lower_first(first)}")


#: an opening that says how the goods are made, not what they are ("Knitted in Portugal
#: from fine merino", "Made by hand in Lyon"): "We sell knitted in Portugal" says nothing
_PARTICIPLE_LEAD = re.compile(r"(?i)^(?:hand[\s-]?|[a-z]+-)?[a-z]*(?:ed|en|wn|made|built|cut|spun|sewn|ground|bound|wound|knit)\s+"
                              # (or an adverb first: "glazed inside by hand", read 30)
                              r"(?:(?:inside|outside|throughout|twice|once)\s+)?"
                              r"(?:in|by|from|with|at|on|to|under|since|for)\b")
_DEFINITION_START = re.compile(r"(?i)^(?:a|an|the|our|one|every|each)\b")


def core_sentences(description: str, kind: str = "product", brand: str = "",
                   product: str = "") -> list[str]:
    """`core_sentence` in full, then said shorter for a short caption (an X post): the
    opening cut where a clause ends, never inside a list ("We offer annual racking
    inspections to SANS 10263-2 by a registered professional engineer.")."""
    full = core_sentence(description, kind, product) or _made_core(description, kind, brand,
                                                                   product)
    if not full:
        return []
    first = opening_sentence(description.strip())
    # the abbreviation's stop kept from ending the line ("ul. Józefa 18")
    joined = re.sub(r"(?i)\b(" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\.\s+",
                    "\\1.\u2060", first)
    short = about_line(joined, brand, 14).replace("\u2060", " ")
    cut = core_sentence(short, kind, product) if short and short != first else ""
    stem = cut.rstrip(".")
    rest = full[len(stem):] if stem and full.startswith(stem) else ""
    if rest and re.search(r"\bfor (?:[\w-]+ ){0,2}[\w-]+s$", stem) and len(rest.split()) <= 12 \
            and re.fullmatch(r",(?: [^,.;]+,)* [^,.;\d]+ (?:and|or) [^,.;\d]+\.?", rest) \
            and not re.search(r"(?i)\b(?:so|with|that|which|you|we|it|they)\b", rest):
        # (cut where a list goes on: "We sell loggers for cold rooms." of "… for cold rooms,
        # reefer trucks and vaccine fridges" says less than the seller did, blind read 31)
        cut = ""
    if kind == "digital" and brand:
        # a course or an app with a name is what it is: "Fire & Grid is a self-paced video
        # course in 12 lessons …", never "You get a self-paced video course …" put under a
        # tip as a pitch (blind read 38)
        full, cut = (re.sub(r"^You get (an? )", lambda m: f"{brand} is {m.group(1)}", line)
                     if line else line for line in (full, cut))
    return [full] + ([cut] if cut and cut != full and len(cut.split()) >= 5 else [])


#: a currency written before an amount: a sign ("€", "R$", "S$"), a local abbreviation
#: ("KSh", "Rs", "RM") or an ISO code ("MAD 450", "CZK 890")
CURRENCY_BEFORE = (r"(?:[€$£¥₹₩₦₱₺₪฿₫₵₴₸₼₾₲₡৳₮₭៛]|[A-Z]{1,3}[$₵]|S/\.?|(?:KSh|Ksh|KShs|TSh|USh|Rs\.?|RM|Rp|"
                   r"AED|SAR|QAR|MAD|EGP|NGN|KES|GHS|ZAR|CHF|USD|EUR|GBP|NZD|AUD|CAD|PLN|SEK|"
                   r"NOK|DKK|INR|CZK|HUF|RON|TRY|BRL|MXN|COP|CLP|ARS|PEN|JPY|KRW|SGD|HKD|MYR|"
                   r"IDR|PHP|THB|VND|ILS|R|S/)(?=\s?\d))")
#: a currency written after an amount ("159 zł", "890 Kč", "450 dh", "20 EUR")
CURRENCY_AFTER = (r"(?:€|zł|kr|kn|lei|Kč|Ft|dh|DH|MAD|₫|CHF|EUR|USD|GBP|CZK|SEK|NOK|DKK|PLN|"
                  r"HUF|RON|TRY)")
#: a price in a line: a currency sign or code by a number ("€280", "R4,500", "159 zł")
PRICE_RE = re.compile(rf"(?<![A-Za-z]){CURRENCY_BEFORE}\s?\d|\d\s?{CURRENCY_AFTER}(?!\w)")


def price_line(details: list[str]) -> str:
    """The description's line that gives a price ("From R4,500 for up to 200 bays."), or ""."""
    return next((d for d in details if PRICE_RE.search(d)), "")


#: an offer on the first unit of what is bought ("your first month for $1")
_FIRST_DEAL = re.compile(r"(?i)\bfirst\s+(month|week|box|lesson|class|session|order|visit|year)\b")


def after_first(line: str, discount: str) -> str:
    """The description's price line said beside an offer on the first unit bought: "After
    the first month, it's $7 a month.", never "It costs $7 a month." under "your first month
    for $1" (read 40's tuning set); "" for any other offer or price line."""
    first = _FIRST_DEAL.search(discount or "")
    usual = price_again(line, usual=True) if first and line else ""
    lead = "It's usually "
    if not usual.startswith(lead):
        return ""
    return f"After the first {first.group(1).lower()}, it's {usual[len(lead):]}"


def price_again(line: str, usual: bool = False) -> str:
    """A second wording of the description's price line, for a post that asks to buy on a
    platform after another post said the line itself (a calendar says no sentence twice, and
    a selling post without its price left Threads none, read 26): "Prices start at $690
    MXN." for a list of prices, "It costs €85." for one; "" when the line names none after
    "is" ("A fitting visit is €85"). Charges on top ("plus €0.45 per km") are no price of
    their own. ``usual``: said on an offer's post, where a bare price reads as the deal's or
    not ("15% off … It costs ARS 38.000.", read 28): "It's usually ARS 38.000.", "Prices
    usually start at …"."""
    found = [(m.group(1).rstrip(".,") + (m.group(2) or "") + (m.group(3) or ""))
             for m in re.finditer(rf"(?:\b[Ii]s|\bare|\b[Ii]t's|\b[Ii]t’s)\s+(?:usually\s+)?"
                                  rf"({_PRICE_ONE})(\s[A-Z]{{3}}\b)?(\s(?:a|per)\s(?:month|year|week|"
                                  rf"day|lesson|session|class|hour|night|person|box|bag)|"
                                  # ("$42/month": never "It costs $42." for a monthly box, read 30)
                                  rf"\s?/\s?(?:month|mo|year|yr|week|wk|day|night|person))?", line)]
    if not found:
        return ""
    if len(set(found)) == 1:
        # what costs it named again ("A 90-minute session costs €95."): "It costs €95." after
        # an FAQ or a quote has no "it" to stand for (blind read 34)
        who = re.match(rf"^(?P<s>(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very|[Tt]he)\s[^,;:.!?]{{2,40}}?)\s+(?:is|are)\s+"
                       rf"(?:usually\s+)?{_PRICE_ONE}", line.strip())
        if who and not re.search(r"(?i)\b(?:it|this|that|price|prices)\b", who.group("s")):
            subject = who.group("s")
            subject = subject[:1].upper() + subject[1:]
            many = re.search(r"(?i)\bare\s", line[who.start("s") + len(subject):who.end()])
            return f"{subject} {'usually cost' + ('' if many else 's') if usual else 'cost' + ('' if many else 's')} {found[0]}."
        return f"It's usually {found[0]}." if usual else f"It costs {found[0]}."
    # a list of prices each with what it buys ("A box for 2 is €24 a week, and a box for 4 is
    # €42") is said whole, in a wording of its own: "It's €24 a week for a box for 2 and €42
    # for a box for 4." (read 30: "It costs €24 a week" with €42 also a plan made the claim untrue)
    priced = []
    for i, m in enumerate(re.finditer(
            rf"(?:^|(?:[,;:]|(?<=[,;:]))\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:([A-Za-z][^,;:.!?]{{0,40}}?)\s+"
            rf"(is|are)|([Ii]t's|[Ii]t’s))\s+(?:usually\s+)?{_PRICE_ONE}", line)):
        if i >= len(found):
            break
        if m.group(1):
            priced.append((m.group(1).strip(), found[i], ""))
        else:
            # "… and it's ¥14,300 with hair set": the price with what it comes with
            rest = re.sub(r"^\s+(?:a|per)\s+\w+", "", line[m.end():])
            also = re.match(r"\s+(with\s[^,;.]+)", rest)
            priced.append(("", found[i], also.group(1).strip() if also else ""))
    if len(priced) == len(found) and all(
            (subject or also) and len(subject.split()) <= 6 and (subject.split() or [""])[0].lower() not in (
                "it", "it's", "it’s", "this", "that", "prices", "price", "plus")
            for subject, _, also in priced) and priced[0][0]:
        def lower(subject: str) -> str:
            word = subject.split()[0]
            plain = word in ("A", "An", "The") or word.isalpha() and word[1:].islower()
            return subject[:1].lower() + subject[1:] if plain else subject

        said = [f"{price} for {lower(subject)}" if subject else f"{price} {also}"
                for subject, price, also in priced]
        return ("It's usually " if usual else "It's ") + ", ".join(said[:-1]) + " and " + said[-1] + "."

    def amount(price: str) -> float:
        digits = re.sub(r"[^\d.,]", "", price)
        digits = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", digits).replace(",", ".")
        try:
            return float(digits)
        except ValueError:
            return 0.0

    # (only a list that starts at its lowest: "a day pass is €14,50 and shoe hire is €4"
    # starts at no €4)
    return f"Prices {'usually ' if usual else ''}start at {found[0]}." \
        if amount(found[0]) == min(map(amount, found)) else ""


def offer_part(line: str, discount: str) -> str:
    """Of a price line that prices several things ("A 250g jar is $11 and a 500g jar is
    $18."), the clause of the thing an offer names ("10% off all 500g jars": "A 500g jar is
    $18."), so "usually" is never said of goods the offer leaves as they are (read 41's
    tuning set: "A 250g jar is usually $11 …" beside an offer on 500g jars only); the line
    as it is when the offer names none of them, or all."""
    clauses = [c.strip() for c in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:an?|the|one|each)\s)", line.strip().rstrip("."))
               if c.strip()]
    if len(clauses) < 2 or not all(PRICE_RE.search(c) for c in clauses):
        return line
    wanted = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", discount.lower())}

    def names(clause: str) -> bool:
        subject = re.split(r"\s+(?:is|are|costs?)\s+", clause, maxsplit=1)[0].lower()
        words = {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", subject)} - {"a", "an", "the", "one", "each"}
        return bool(words) and words <= wanted

    hit = [c for c in clauses if names(c)]
    if not hit or len(hit) == len(clauses):
        return line
    return _full(" and ".join(hit))


def usual_price(line: str, names: tuple[str, ...] = ()) -> str:
    """The description's price line said as the usual price on an offer's post: "usually"
    in the line's own verb ("Prices usually start from €395 per building.", "Lifetime access
    is usually ¥6,800.", "It's usually $8 a knife."), never "Usual prices: prices start
    from …" (read 23); a line of no such shape keeps the label ("Usual prices: bowls €28 to
    €46.")."""
    text = line.strip()
    m = re.match(r"^(?P<subj>It|(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:'s|’s|\s+(?P<verb>is|are|start|"
                 r"starts|run|runs|begin|begins))\s+(?P<rest>.+)$", text)
    if m and not PRICE_RE.search(m.group("subj")) \
            and PRICE_RE.match(re.sub(r"^(?:from|between|at|about|around|just|only)\s+", "",
                                      m.group("rest"))) \
            and "usually" not in text.lower():
        verb = m.group("verb")
        if not verb:  # "It's €65 per diver."
            return f"{m.group('subj')}'s usually {m.group('rest')}"
        if verb in ("is", "are"):
            return f"{m.group('subj')} {verb} usually {m.group('rest')}"
        return f"{m.group('subj')} usually {verb} {m.group('rest')}"
    return "Usual prices: " + lower_start(text, names)


#: free shipping said in a line of the brief ("Free shipping is Québec only for now.")
_FREE_NAMED = re.compile(r"(?i)\b(?:free (?:shipping|delivery|postage)|ships? (?:for )?free|"
                         r"(?:shipping|delivery|postage) (?:is|'s) free)\b")
#: the amount free shipping starts at, as the brief's free_shipping says it
_THRESHOLD = re.compile(r"(?i)\b(?:on |for )?(?:(?:all |any )?orders? |everything |baskets? )?"
                        r"(?:over|above|from|of|at least|more than)\s+(?:[$£€¥₹]|[A-Z]{1,3}\$)?\s?"
                        r"\d[\d.,]*\s?(?:[$£€¥₹]|kr|zł|CAD|USD|EUR|AUD|NZD|GBP|CHF)?(?=\W|$)")


def with_threshold(line: str, free_shipping: bool | str) -> str:
    """A brief's line that says shipping is free, with the amount it starts at when the
    brief's free_shipping gives one and the line does not ("Free shipping is Québec only for
    now." -> "Free shipping on orders over 45$ is Québec only for now."): said without it,
    free shipping reads as free on every order."""
    if not isinstance(free_shipping, str) or not line:
        return line
    m = _FREE_NAMED.search(line)
    at = _THRESHOLD.search(free_shipping)
    if not m or not at or re.search(r"\d", line[m.end():m.end() + 40]) \
            or _THRESHOLD.search(line):
        return line
    amount = at.group(0).strip()
    if not re.match(r"(?i)(?:on|for)\b", amount):
        amount = "on " + (amount if re.match(r"(?i)(?:all |any )?orders?\b", amount)
                          else "orders " + amount)
    return f"{line[:m.end()]} {amount}{line[m.end():]}"


_PRICE_AT_END = re.compile(rf"^(?P<label>.+?)(?:\s+is)?\s+(?P<price>(?:from\s+)?(?:{CURRENCY_BEFORE}\s?)?"
                           rf"\d[\d.,]*\s?(?:{CURRENCY_AFTER}(?!\w)|[A-Z]{{3}}(?!\w))?"
                           r"(?:\s+(?:a|an|per|each|for)\b.*)?)$")


def _price_said(part: str, kind: str = "product") -> str:
    """A price typed in a list ("day pass €14,50", "CA$32 a kit", "from £40 a visit") said as
    a clause of our own ("a day pass is €14,50", "a kit is CA$32", "prices start from £40 a
    visit"). For a service the unit is what the price is for, never the thing sold ("$8 a
    knife" -> "it's $8 a knife", not "a knife is $8")."""
    part = part.strip()
    noted = re.match(r"^(?P<core>.*\S)\s*(?P<note>\([^()]*\))$", part)
    if noted and PRICE_RE.search(noted.group("core")) and not PRICE_RE.search(noted.group("note")):
        # "full setup $95 (new strings extra)": the price said, its note kept after it ("the
        # full setup is $95 (new strings extra)"), never the part dropped (blind read 30)
        said = _price_said(noted.group("core"), kind)
        return f"{said} {noted.group('note')}" if said != noted.group("core") else part
    sizes = re.match(r"(?i)^(?P<n>\d+|two|three|four|five|six)\s+(?P<what>sizes|options|versions|"
                     r"lengths|widths|weights|formats)\s*\((?P<list>[^()]+)\)$", part)
    if sizes and PRICE_RE.search(sizes.group("list")):
        # "3 sizes (40x60 1,190 Kč, 50x70 1,490 Kč, travel 30x40 690 Kč)": each size with its
        # price, never the part dropped (blind read 30: no post said what a pillow costs)
        items = [re.match(rf"^(?P<label>.+?)\s+(?P<price>{_PRICE_ONE})$", i.strip())
                 for i in sizes.group("list").split(", ")]
        if all(items):
            said = [f"{i.group('label')} for {i.group('price')}" for i in items]
            listed = ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]
            return f"there are {sizes.group('n')} {sizes.group('what')}: {listed}"
    done = re.match(rf"(?i)^(?P<pp>[a-z]+ed|refurbished|restored|used|reconditioned)\s+(?P<np>(?:\S+\s+){{0,6}}?[a-z]+s)"
                    rf"\s+(?P<how>from|at)\s+(?P<price>{_PRICE_ONE}(?:\s+(?:a|per|each)\s+\w+)?)$", part)
    if done and _participle(done["pp"].lower()):
        # "repaired 1165 x 1165 standard pallets from $14": the goods and their price
        # ("repaired 1165 x 1165 standard pallets start from $14"), never the work said of
        # the business ("Our pallet collection … is repaired …", blind read 40)
        verb = "start from" if done["how"].lower() == "from" else "cost"
        return f"{done['pp']} {done['np']} {verb} {done['price']}"
    typical = re.match(rf"(?i)^(?:an?\s+)?typical\s+(?P<what>.+?)\s+(?P<about>around|about|roughly|approx\.?|"
                       rf"approximately)?\s*(?P<price>{CURRENCY_BEFORE}\s?\d[\d.,]*|\d[\d.,]*\s?"
                       rf"{CURRENCY_AFTER})(?P<rest>[^,]*)$", part)
    if typical:
        # "typical open-plan office of 400 m² around SEK 120,000 installed": "a typical
        # open-plan office of 400 m² comes to around SEK 120,000 installed" (blind read 30:
        # the price anchor in no post)
        about = (typical.group("about") or "").lower()
        return (f"a typical {typical.group('what')} comes to {about + ' ' if about else ''}"
                f"{typical.group('price')}{typical.group('rest')}")
    halves = re.split(r"\s+(?:and|&)\s+", part)
    if len(halves) == 2 and all(PRICE_RE.search(h) for h in halves):
        # two prices typed in one part ("box for 2 €24 a week and box for 4 €42"): each said
        # in its own clause, never the second half pasted ("…and box for 4 €42", read 29)
        said = [_price_said(h, kind) for h in halves]
        if all(a != h for a, h in zip(said, halves)):
            return f"{said[0]}, and {said[1]}"
    m = re.match(r"(?i)^from\s+(.+)$", part)
    if m:
        return f"prices start from {m.group(1)}"
    # a bare price range or price ("£35-£180", "€20 to €45", "$12"): never "There's £35-£180"
    one = rf"{CURRENCY_BEFORE}\s?\d[\d.,]*|\d[\d.,]*\s?{CURRENCY_AFTER}"
    m = re.match(rf"^(?P<a>{one})\s*(?:-|–|to)\s*(?P<b>{one}|\d[\d.,]*)$", part)
    if m:
        return f"prices run from {m.group('a')} to {m.group('b')}"
    if re.fullmatch(one, part):
        return f"the price is {part}"
    bought = re.match(rf"^(?P<what>(?:[\w'’-]+\s+){{0,5}}[\w'’-]+)\s+for\s+(?P<price>{one})$", part)
    if bought and not re.match(r"(?i)(?:from|up|only|just)\b", bought["what"]) \
            and not re.fullmatch(r"(?i)\d+|one|two|three|four|five|six|ten", bought["what"]):
        # (a bundle's count alone, "3 for €24", is a price list's item: said as typed)
        # "three 45-minute sessions for $240": what it buys, and its price ("three 45-minute
        # sessions cost $240"), never left out (blind read 39: no post said the price)
        many = _plural((bought["what"].split() or [""])[-1].lower())
        return f"{bought['what']} {'cost' if many else 'costs'} {bought['price']}"
    m = re.match(rf"^(?P<price>{CURRENCY_BEFORE}\s?\d[\d.,]*)\s+(?:a|an|per|each)\s+"
                 r"(?P<unit>[\w-]+(?: [\w-]+)?)$", part)
    if m:
        if kind != "product" or re.fullmatch(r"(?i)(?:day|night|week|fortnight|month|year|hour|"
                                             r"quarter|season|term)s?", m.group("unit")):
            return f"it's {part}"  # ("€24 a week": never "a week is €24")
        return f"{_article(m.group('unit'))} is {m.group('price')}"
    m = re.match(rf"(?i)^(?P<price>{one})(?P<per>\s+(?:per|a|an|each)\s+[\w-]+)?\s+"
                 r"(?P<name>(?:[\w-]+\s+){0,3}(?:plan|package|option|tier|bundle|pass|ticket|"
                 r"membership|menu|set))$", part)
    if m:
        # "¥8,800 per person basic plan": "the basic plan is ¥8,800 per person", never
        # "it's ¥8,800 per person basic plan" (blind read 27)
        return f"the {m.group('name')} is {m.group('price')}{m.group('per') or ''}"
    if re.match(rf"^{CURRENCY_BEFORE}\s?\d", part):
        # a part that opens on its price ("NOK 349 for XS up to NOK 499 for XXL", "€39 a month
        # or €105 for 3 months"): never its currency read as the thing ("An NOK is 349…",
        # read 25)
        if re.search(r"\b(?:up )?to\b", part):
            return f"prices run from {part}"
        price, comma, tail = part.partition(", ")
        if comma and not PRICE_RE.search(tail) and not _participle(tail.split()[0].lower()) \
                and tail.split()[0].lower() not in ("or", "and", "plus", "with", "incl", "including"):
            # "R$ 197 or 12x of R$ 19,70, lifetime access and the support group": what comes
            # with the price, said so ("It's R$ 197 or 12x of R$ 19,70, with lifetime access
            # and …"), never a list of a price and things (blind read 30)
            return f"it's {price}, with {tail}"
        # ("$42/month shipping included": "it's $42/month, shipping included")
        return "it's " + re.sub(r"(?i)(?<=\S)\s+((?:free\s+)?(?:shipping|delivery|postage|vat|gst|tax(?:es)?)"
                                r"\s+(?:included|incl\.?))$", r", \1", part)
    m = _PRICE_AT_END.match(part)
    if m and PRICE_RE.search(m.group("price")):
        label = m.group("label").rstrip(":")
        if re.search(r"(?i)\b(?:is|are|costs?|was|were|start(?:s)?(?:\s+(?:at|from))?)$", label):
            return part  # "mugs are €38" is a clause already: never "A mugs are is €38."
        # (a plan of a list named by how many it holds, "one puzzle at a time $24 a month",
        # is a label however long: never dropped beside "two at a time $38 a month", read 28)
        counted = re.match(r"(?i)(?:one|two|three|four|five|six|\d+)\s(?:[\w-]+\s)?at a time$", label)
        if len(label.split()) > 4 and not counted or _participle(label.split()[0].lower()) \
                or label.split()[-1].lower() in _HEAD_END or re.match(r"(?i)free\b", label):
            return part  # "sold in sets of 3 (from ¥3,200)", "3 for €24": said as typed
        if re.match(r"\d+\s+[a-z]", label):  # "45 minutes $55": a length and its price
            return f"it's {m.group('price')} for {label}"
        many = _plural(_words(label)[-1]) if _words(label) else False
        # ("both ¥2,800", "all three €60": never "both is ¥2,800", read 25)
        many = many or bool(re.match(r"(?i)(?:both|all)\b", label))
        # ("30-minute sessions $65": "30-minute sessions are $65", never "A 30-minute
        # sessions are", read 39's tuning set)
        said = (label if many else "a " + label) if re.match(r"\d+(?:[a-z]|-\w)", label) \
            else _article(label)
        if re.fullmatch(r"(?i)\d+(?:[.,]\d+)?\s?(?:cm|mm|m|in|inch|inches|ml|cl|l|g|kg|oz|lb)", label):
            said = "the " + label  # one size of a list: "the 20cm is €48", never "a 20cm" (read 27)
        lead = label.split()[0]
        if lead.lower() in _SIZES or lead[:1].isupper() and lead.lower() not in _DETERMINERS:
            # one of a list of sizes or named plans ("small 18 cm", "Snack plan"): "the
            # small 18 cm is $690", never "A small 18 cm is $690." (read 26)
            said = "the " + (label if lead[:1].isupper() else label[:1].lower() + label[1:])
        elif lead.lower().endswith("ing") and lead.lower() not in _ING_NOUNS and len(label.split()) > 1 \
                and label.split()[1].lower() in ("a", "an", "the", "your", "one", "each", "every"):
            said = _lower_first(label)  # "reflocking a whole saddle is €140", never "a reflocking…"
        return f"{_lower_first(said)} {'are' if many else 'is'} {m.group('price')}"
    return part


#: words that name one size of a list of sizes ("small 18 cm $690, medium 22 cm $890")
_SIZES = {"small", "medium", "large", "mini", "regular", "standard", "big", "extra-large",
          "xs", "s", "m", "l", "xl", "xxl", "single", "double", "king", "queen", "half", "full"}


#: one table of the shapes a brief's list part takes when no "There's …" can say it, used by
#: :func:`difference_sentence` and by :func:`planner.planning.sparse._part_sentence` alike:
#: (pattern over the whole part, the sentence of ours with the pattern's groups)
_PRICE_ONE = rf"(?:{CURRENCY_BEFORE}\s?\d[\d.,]*|\d[\d.,]*\s?{CURRENCY_AFTER})"
#: who a price or a group's size counts ("per person", "max 8 guests")
_PER_WHO = (r"(?:person|people|head|guests?|divers?|riders?|participants?|students?|learners?|adults?|"
        r"children|child|kids?|pax|players?|dogs?|walkers?|climbers?|paddlers?)")
#: a day of the week, as typed ("Tue", "tues", "Tuesday")
_DAY = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
        r"sat(?:urday)?|sun(?:day)?)")
#: a time of day ("9:30am", "8am", "9", "17:00")
_TIME = r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)?)"
PART_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "by appointment only", "visits by appointment": how to come, never "a by appointment
    # only" (blind read 30)
    (re.compile(r"(?i)^(?:(?:open|visits?|viewings?|fittings?)\s+)?by appointment(?P<only>\s+only)?$"),
     "Visits are by appointment{only}."),
    # "usually ready in 5-7 days": how long the work takes, never "There's an usually ready…"
    (re.compile(r"(?i)^(?P<adv>(?:usually|normally|often|always|mostly)\s+)?(?P<state>ready|done|"
                r"finished|back)\s+(?P<rest>(?:in|within)\s+(?:about\s+|around\s+)?(?:\d[\d\s–-]*|an?|one|two|"
                r"three|four|five|six|a few)\s*(?:working\s+|business\s+)?(?:minutes?|hours?|days?|"
                r"weeks?|months?)\b.*)$"),
     "Work is {adv}{state} {rest}."),
    # "dry in 4 to 6 hours": what is cleaned is dry, never "Dry in 4 to 6 hours." alone (read
    # 40's tuning set: "what's dry?")
    (re.compile(r"(?i)^(?P<adv>(?:usually|normally|often|always|mostly)\s+)?(?P<state>(?:touch[- ])?dry(?:\s+again)?|"
                r"safe to use|ready to use|ready to walk on)\s+(?P<rest>(?:in|within)\s+(?:about\s+|around\s+)?"
                r"(?:\d[\d\s–-]*(?:to\s+\d+\s*)?|an?|one|two|three|four|five|six|a few)\s*(?:minutes?|hours?|days?)\b.*)$"),
     "Everything is {adv}{state} {rest}."),
    # "no two the same", "no two alike", "no two quite identical": "No two are the same."
    # (read 28: "There's no two the same."); a noun typed in it is kept ("No two gourds are…")
    (re.compile(r"(?i)^no two (?:(?P<noun>[a-z-]+s) )?(?:are |is )?(?P<how>(?:quite |exactly |ever )?"
                r"(?:the same|alike|identical))$"),
     "No two {noun}are {how}."),
    # "₦85,000 one-off", "₹4,999 one-time payment": "It's ₦85,000, paid once."
    (re.compile(rf"(?i)^(?:price\s+)?(?P<price>{_PRICE_ONE})\s*,?\s*(?:one[- ]off|one[- ]time|once|"
                r"single payment|lifetime)(?:\s+(?:payment|fee|price|purchase))?$"),
     "It's {price}, paid once."),
    # "R$197 one-off payment with lifetime access": "It's R$197, paid once, with lifetime
    # access." (read 26: "It's R$197 one-off payment with lifetime access.")
    (re.compile(rf"(?i)^(?:price\s+)?(?P<price>{_PRICE_ONE})\s*,?\s*(?:one[- ]off|one[- ]time|once|"
                r"single)(?:\s+(?:payment|fee|price|purchase))?,?\s+(?P<rest>(?:with|for|and|incl)"
                r"[^,]*)$"),
     "It's {price}, paid once, {rest}."),
    # "one-off ₦85,000", "one-time payment of ₹4,999"
    (re.compile(rf"(?i)^(?:one[- ]off|one[- ]time|single)(?:\s+(?:payment|fee|price))?(?:\s+of)?\s+"
                rf"(?P<price>{_PRICE_ONE})$"),
     "It's {price}, paid once."),
    # "access for 12 months", "12 months access", "12 months' access": "You keep access for 12 months."
    (re.compile(r"(?i)^(?:full\s+)?access\s+for\s+(?P<span>\d+\s+\w+|a\s+\w+|one\s+\w+)$"),
     "You keep access for {span}."),
    (re.compile(r"(?i)^(?P<span>\d+|one|a)[- ](?P<unit>day|week|month|year)s?'?\s+(?:of\s+)?access$"),
     "You keep access for {span} {unit}s."),
    # "lifetime access", "access for life": "You keep access for life."
    (re.compile(r"(?i)^(?:lifetime|unlimited lifetime|life-long|lifelong)\s+access$|^access\s+for\s+life$"),
     "You keep access for life."),
    # "cancel anytime", "cancel any time": "You can cancel at any time."
    (re.compile(r"(?i)^cancel\s+any\s*time$"), "You can cancel at any time."),
    # "lifetime access for ¥6,800", "a day pass for €14": "Lifetime access is ¥6,800." (read 22
    # dropped it, and the course's price with it)
    (re.compile(rf"(?i)^(?P<what>(?:lifetime|full|unlimited|yearly|annual|monthly|a|one)\s+"
                rf"(?:[\w-]+\s+)?(?:access|pass|membership|ticket|licen[cs]e|subscription))\s+for\s+"
                rf"(?P<price>{_PRICE_ONE})$"),
     "{What} is {price}."),
    # "sizes 140x200 to 220x200", "sizes S to XXL": "Sizes run from 140x200 to 220x200."
    (re.compile(r"(?i)^sizes?\s+(?:from\s+)?(?P<a>\S+)\s*(?:-|–|to)\s*(?P<b>\S+)$"),
     "Sizes run from {a} to {b}."),
    # "€65 per diver", "S/ 185 per person", "R350 a head": "It's €65 per diver."
    (re.compile(rf"(?i)^(?P<price>{_PRICE_ONE})\s*(?:per|a|each|/)\s*(?P<unit>{_PER_WHO})$"),
     "It's {price} per {unit}."),
    # "max 8 people", "maximum of 10 guests", "up to 6 divers", "8 people max", "groups of 6
    # max": "Groups are 8 people at most."
    (re.compile(rf"(?i)^(?:max\.?|maximum|up to|no more than)\s+(?:of\s+)?(?P<n>\d+)\s+(?P<unit>{_PER_WHO})"
                r"(?:\s+(?:per|a|each)\s+(?:group|class|session|trip|tour|dive|boat))?$"),
     "Groups are {n} {unit} at most."),
    (re.compile(rf"(?i)^(?P<n>\d+)\s+(?P<unit>{_PER_WHO})\s+(?:max\.?|maximum|at most|tops)$"),
     "Groups are {n} {unit} at most."),
    (re.compile(r"(?i)^(?:small\s+)?groups?\s+of\s+(?:up\s+to\s+)?(?P<n>\d+)\s*(?:max\.?|maximum|at most|"
                r"tops)?$"),
     "Groups are {n} people at most."),
    # "3.5 hours", "about 90 minutes", "2 hrs": "It lasts 3.5 hours."
    (re.compile(r"(?i)^(?:about\s+|around\s+|approx\.?\s+)?(?P<n>\d+(?:[.,]\d+)?|one|two|three|four|"
                r"five|half a|an?)\s*(?P<unit>hours?|hrs?|minutes|mins?|days?)(?:\s+long)?$"),
     "It lasts {n} {unit}."),
    # "Tue-Sun starting 9:30am", "Mon to Fri 9-5", "open Mon-Sat from 8am": "Open Tuesday to
    # Sunday from 9:30am."
    (re.compile(rf"(?i)^(?:open\s+)?(?P<d1>{_DAY})\.?\s*(?:-|–|to|through)\s*(?P<d2>{_DAY})\.?"
                rf"(?:\s*,?\s*(?:(?P<lead>from|starting(?:\s+at|\s+from)?|at)\s+)?(?P<time>{_TIME}"
                rf"(?:\s*(?:-|–|to)\s*{_TIME})?))?$"),
     "Open {d1} to {d2}{time}."),
    # "WhatsApp +356 7912 3456": "Message us on WhatsApp: +356 7912 3456."
    (re.compile(r"(?i)^(?:on\s+)?(?:whats\s?app|wa)\s*:?\s*(?:us\s+)?(?:on\s+)?(?P<num>\+?\d[\d\s().-]{5,}\d)$"),
     "Message us on WhatsApp: {num}."),
    # "tel 0803 412 7765", "phone: +44 …": "Call us on 0803 412 7765."
    (re.compile(r"(?i)^(?:tel\.?|phone|ph\.?|call(?:\s+us)?(?:\s+on)?)\s*:?\s*(?P<num>\+?\d[\d\s().-]{5,}\d)$"),
     "Call us on {num}."),
    # "contact sales on +46 33 555 21 40", "call Maria on …": who to call, as typed
    # (blind read 30: "There are contact sales on +46 …")
    (re.compile(r"(?i)^(?:contact|call|ring|phone|text|message)\s+(?P<who>(?:our\s+)?[\w'’-]+(?:\s+team)?)"
                r"\s+(?:on|at)\s*:?\s*(?P<num>\+?\d[\d\s().-]{5,}\d)$"),
     "Call {who} on {num}."),
    # "class A absorption (αw 0.90-1.00 …)", "grade 1 fire rating": the property is of that
    # class, never "There's a class A absorption" (blind read 30)
    (re.compile(r"(?i)^(?P<c>class|grade|category)\s+(?P<v>[A-Z0-9][\w+.-]*)\s+(?P<what>[a-z][a-z -]*?)"
                r"(?P<rest>\s*\(.*\))?$"),
     "{What} is {c} {v}{rest}."),
    # "every swim one-to-one with a certified hydrotherapist", "each session 45 minutes",
    # "every order gift wrapped": what each one is (read 39's tuning set: "You get every swim
    # one-to-one…", "There's every class under 8 people.", "Every order gift is wrapped.")
    (re.compile(r"(?i)^(?P<q>every|each)\s+(?P<n>(?!one\b|day\b|week\b|month\b|year\b|time\b)[a-z][a-z-]*)\s+"
                r"(?!(?:is|are|was|has|have|comes?|gets?|includes?|can|will|and|or|of|we|you|i|"
                r"they|to|for|from|at|in|on)\b)(?!\w+s\s)(?P<rest>(?:one|under|over|up|just|only|"
                r"about|around|at|no|fully|hand|gift|[a-z-]+ed|[a-z-]+en|[a-z-]+wn|\d)[^,;]*)$"),
     "{Q} {n} is {rest}."),
)

#: the days of a week, as typed
_DAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
         "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
         "sat": "Saturday", "sun": "Sunday"}


def _day(word: str) -> str:
    """A day of the week as typed ("tue", "Tues", "Tuesday") said in full ("Tuesday")."""
    w = word.lower()
    return next(_DAYS[k] for k in sorted(_DAYS, key=len, reverse=True) if w.startswith(k))


def part_shape(part: str) -> str:
    """A brief's list part said by :data:`PART_SHAPES`, or "" when no shape there fits."""
    text = " ".join(part.split()).strip().rstrip(".")
    for pattern, said in PART_SHAPES:
        m = pattern.match(text)
        if m:
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if "what" in groups:
                groups["What"] = groups.pop("what")[:1].upper() + m.group("what")[1:]
            if "c" in groups:  # ("Absorption is class A", never "… is Class A")
                groups["c"] = groups["c"].lower()
            if "q" in groups:  # ("Every", "Each": the quantifier opens the sentence)
                groups["Q"] = groups.pop("q").capitalize()
            if "state" in groups:  # ("Everything is dry in …", never "is Dry")
                groups["state"] = groups["state"].lower()
            for key in ("only", "adv"):  # (optional words, said as typed or not at all)
                groups.setdefault(key, "")
                groups[key] = groups[key].lower()
            if "how" in groups:  # ("No two are the same.", "No two gourds are the same.")
                groups["noun"] = groups["noun"] + " " if groups.get("noun") else ""
            if "d1" in groups:  # "Tue-Sun starting 9:30am": "Open Tuesday to Sunday from 9:30am."
                time = groups.get("time", "")
                span = re.search(r"-|–|\bto\b", time)
                groups = {"d1": _day(groups["d1"]), "d2": _day(groups["d2"]),
                          "time": (", " if span else " from ") + time if time else ""}
            elif "n" in groups and groups.get("unit", "").lower() in ("person", "head"):
                groups["unit"] = "people"
            if "unit" in groups and groups.get("n") in ("1", "one", "a", "an", "half a"):
                groups["unit"] = groups["unit"].rstrip("s")  # "It lasts 1 hour."
            if groups.get("span", "").lower() in ("one", "a", "1") and "unit" in groups:
                return said.replace("{span} {unit}s", "one {unit}").format(**groups)
            return said.format(**groups)
    return ""


#: a comma before a clause of its own: a person and a verb, or "if"/"when" and a clause
_SPLICE = re.compile(r",\s+(?=(?:we|we're|we'll|you|you'll|you're|i|i'm|they|it's|there's|"
                     r"(?:if|when)\s+(?:we|you|it|it's|the|they|there's))\s+\S+\s+\S)", re.I)


def _clause_sentence(clause: str) -> str:
    """A clause cut off a comma splice said as a sentence: its "if" part set off by a
    comma ("If we cancel, you get the money back.")."""
    clause = re.sub(r"(?i)^((?:if|when)\s+[\w']+\s+\w+)\s+(?=(?:you|we|i|they)\b)", r"\1, ",
                    clause.strip().rstrip(","))
    return _full(mend(clause))


#: a course's list part that is a topic taught, not a thing handed over
_TOPIC = re.compile(r"(?i)^(?:how (?:to|you|we)|what (?:to|you|the|your)|when to|why)\b")

#: what a course is called in its product line
_TAUGHT = re.compile(rf"(?i)\b(?:{COURSE_WORDS})\b")


def _course_noun(item: str) -> str:
    """What the product line calls its course ("course", "class"), singular; "" when it names
    no course."""
    taught = _TAUGHT.search(item or "")
    return re.sub(r"(?<=[^s])s$|(?<=ss)es$", "", taught.group(0).lower()) if taught else ""


def _outside_brackets(text: str) -> list[str]:
    """``text`` split at its commas, but for those inside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and not depth:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def _topics(fact: str, item: str, kind: str) -> str:
    """A course's list of what it teaches ("9 recipes (…), how to work out your cost and price
    per pote, labels and what the health inspector asks for") said as what it covers: "The
    course covers 9 recipes (…), how to work out your cost…, and labels and what…", never "There are
    9 recipes, how to work out…" or "comes with a how to…" (blind read 30); "" for any other
    fact."""
    noun = _course_noun(item)
    if not (noun or kind == "digital" and _TAUGHT.search(fact)):
        return ""
    parts = [p for p in _outside_brackets(fact) if p]
    if len(parts) < 2 or not any(_TOPIC.match(p) for p in parts) or PRICE_RE.search(fact):
        return ""
    parts = [re.sub(r"(?i)^and\s+", "", p) for p in parts]
    listed = ", ".join(parts[:-1]) + ", and " + parts[-1] if len(parts) > 2 else " and ".join(parts)
    # ("The course covers …": never "It covers …" after a line that names the brand)
    return _full(f"{'the ' + noun if noun else 'it'} covers {listed}")


def _topic_runs(facts: list[str], item: str, kind: str) -> list[str]:
    """A course's facts with each run of list parts that holds a topic taught ("6 recipes",
    "how to price a batch", "how to sell at work") made one part, for :func:`_topics` to say
    whole: never "There's a how to price a batch." (blind read 30)."""
    if not _course_noun(item):
        return facts
    out: list[str] = []
    run: list[str] = []
    for fact in [*facts, ""]:
        if fact and not PRICE_RE.search(fact) and not part_shape(fact):
            run.append(fact)
            continue
        if len(run) >= 2 and any(_TOPIC.match(p) for r in run for p in _outside_brackets(r)):
            out.append(", ".join(run))
        else:
            out.extend(run)
        run = []
        if fact:
            out.append(fact)
    return out


def fact_sentences(facts: list[str], item: str = "", kind: str = "product",
                   formal: bool = False) -> list[str]:
    """The facts :func:`description_parts` splits off, each as a sentence of our own; the
    prices together in one ("A day pass is €14,50, and shoe hire is €4.")."""
    # "€38 to €64, shipped in a reusable tin": a price, then how the goods come, each said
    # on its own ("Prices run from €38 to €64." "Our notebooks are shipped in a tin.")
    split: list[str] = []
    for fact in facts:
        price, comma, rest = fact.partition(", ")
        if comma and PRICE_RE.search(price) and _price_said(price, kind) != price \
                and (_participle(rest.split()[0].lower()) or rest.split()[0].lower() in _INSTRUCTIONS
                     # (… or a thing and what is done to it: "broken timber chipped into mulch")
                     or re.match(r"(?i)^[a-z-]+\s+[a-z-]+\s+(?:[a-z]+ed|ground|cut|sewn|made|built|"
                                 r"spun|thrown|woven|sold|kept|shorn|grown)\s", rest)
                     # (… or what it comes with: "$89 a pair, with easy one-pull bindings" is
                     # a price and a feature, never one line told three times, read 38)
                     or rest.split()[0].lower() == "with" and len(rest.split()) >= 3) \
                and not PRICE_RE.search(rest):
            # (… or what you may do: "£12 a month, skip a month any time" is two sentences)
            split += [price, rest]
        else:
            split.append(fact)
    facts = _topic_runs(split, item, kind)
    runs: list[str] = []
    for fact in facts:
        # ("weekdays at 05:45 and 06:45" then "Saturdays at 07:30": one timetable, one line)
        if runs and _DAY_TIMES.fullmatch(fact.strip().rstrip(".")) \
                and _DAY_TIMES.fullmatch(runs[-1].strip().rstrip(".")):
            runs[-1] = f"{runs[-1].strip().rstrip('.')}, {fact.strip()}"
        else:
            runs.append(fact)
    facts = runs
    # (a price a shape of the part table says, "€65 per diver", is said by it: "It's €65 per
    # diver.", never "A diver is €65.")
    prices = [f for f in facts if PRICE_RE.search(f) and not part_shape(f) and (
        _price_said(f, kind) != f or re.match(r"\d+ for ", f)) and not _CHARGE.match(f)
        and not _OR_PRICE.match(f)]
    # a charge or a second way to pay typed right after a price of the list is said with it
    tails = {facts[i - 1]: f for i, f in enumerate(facts)
             if i and (_CHARGE.match(f) or _OR_PRICE.match(f)) and facts[i - 1] in prices}
    out: list[str] = []
    gets: list[str] = []  # what a service hands over, said together: "You get A, and B."
    for fact in facts:
        covered = _topics(fact, item, kind)
        if covered:
            gets = []
            out.append(covered)
            continue
        sized = re.match(r"(?i)^sizes?\s+(?P<rest>[^,]+?)(?:,\s*(?:and\s+)?(?P<more>[^,]+))?$",
                         fact.strip().rstrip("."))
        if sized and sized["more"] and re.match(r"\d", sized["more"]):
            # "sizes 0-6 months, 6-18 months and 18-36 months": one list of sizes, said
            # whole ("… come in sizes 0-6 months, 6-18 months and 18-36 months.")
            sized = re.match(r"(?i)^sizes?\s+(?P<rest>.+?)(?P<more>)$", fact.strip().rstrip("."))
        if sized and item and kind == "product" and not PRICE_RE.search(fact):
            # "sizes 1/32 to 1/4 oz, glow and UV finishes": what they come in ("Our jigs come
            # in sizes 1/32 to 1/4 oz, and in glow and UV finishes."), never "come with a
            # sizes …" (blind read 39)
            gets = []
            many = _plural(item.split()[-1].lower())
            more = f", and in {sized['more']}" if sized["more"] else ""
            out.append(_full(f"{_ours(item)} {'come' if many else 'comes'} in sizes "
                             f"{sized['rest']}{more}"))
            continue
        if _DAYS_LEAD.match(fact.strip()) and item and kind == "service" \
                and not PRICE_RE.search(fact) and not part_shape(fact) \
                and re.search(r"(?i)\b(?:mornings?|afternoons?|evenings?|nights?)\b", fact):
            # (opening hours have a shape of their own, "Open Monday to Friday, 9-5.")
            # "Tuesday and Thursday evenings 7 to 9pm": when it runs ("Our classes run on
            # Tuesday and Thursday evenings, 7 to 9pm."), never "There's a Tuesday …"
            gets = []
            when = re.sub(r"(?i)\b(mornings?|afternoons?|evenings?|nights?|days?)\s+(?=\d)", r"\1, ",
                          fact.strip().rstrip("."))
            when = re.sub(r"(?i)\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(day)",
                          lambda m: m.group(0)[:1].upper() + m.group(0)[1:], when)
            many = _plural(item.split()[-1].lower())
            out.append(_full(f"{_ours(item)} {'run' if many else 'runs'} on {when}"))
            continue
        timed = timetable_said(fact, item, kind)
        if timed:
            gets = []
            out.append(timed)
            continue
        shaped = part_shape(fact) if ", " not in fact else ""
        if shaped and re.match(r"(?i)(?:every|each)\s", fact.strip()):
            # ("every swim one-to-one with …" is what each one is, before "You get …" takes
            # it as something handed over)
            gets = []
            out.append(shaped)
            continue
        shapes = [part_shape(p) for p in fact.split(", ")] if ", " in fact else []
        if shapes and all(shapes):
            # "usually ready in 5-7 days, by appointment only": parts a shape says each, a
            # sentence each, never one "come with" list of them (blind read 30)
            gets = []
            out.extend(shapes)
            continue
        if _AT_MOST.match(fact.strip().rstrip(".")):
            # (a group's size with its limit, before "You get …" takes it as handed over)
            gets = []
            out.append(_full(_thing_said(fact.strip(), item, formal)))
            continue
        done = _work_done(fact, kind) or _each_in(fact)
        if done:
            gets = []
            out.append(done)
            continue
        got = _handed_over(fact, kind)
        if got:
            if gets:
                out.pop()  # the "You get …" of the fact before, said again with this one
            gets.append(got)
            out.append(_you_get(gets))
            continue
        gets = []
        charge = _CHARGE.match(fact)
        if charge or _OR_PRICE.match(fact):
            # a charge on top ("plus €0.45 per km beyond 30 km") or a second way to pay ("or
            # 12x of R$19,70") goes with the price before it, never "You also get €0.45 per
            # km…" (read 26: a fee said as a perk); alone, a charge is said as extra
            if fact in tails.values():
                continue
            if out and PRICE_RE.search(out[-1]):
                out[-1] = out[-1].rstrip(".") + ", " + _instalments(fact.strip()) + "."
            elif charge:
                out.append(_full(f"it's {charge.group('price')} extra{charge.group('rest')}"))
            continue
        also = re.match(r"(?i)^(?:plus|and also)\s+(\S.*)$", fact.strip())
        if also:
            # "plus screentone brushes that don't moiré when you resize": a second thing
            # sold, said so it stands alone ("Our screentone brushes don't moiré when you
            # resize."), never "There are plus screentone brushes…" (read 25)
            thing = re.match(r"(?i)^(?P<np>(?!the\b|a\b|an\b)[\w'’ -]+?)\s+(?:that|which)\s+"
                             r"(?P<vp>\S.*)$", also.group(1))
            out.append(_full(f"our {thing.group('np')} {thing.group('vp')}") if thing
                       else _full(f"you also get {also.group(1)}"))
            continue
        comes = re.match(r"(?i)^with\s+(\S.*)$", fact.strip())
        if comes and item and kind != "service":
            # a description's "with" list said whole, with what has it as the subject:
            # "Our tents come with a porch, two doors, and a groundsheet."
            many = _plural(item.split()[-1])
            out.append(_full(f"{_ours(item)} {'come' if many else 'comes'} with {comes.group(1)}"))
            continue
        then = re.match(r"(?i)^(?:and\s+)?(?:then|after that|afterwards),?\s+"
                        r"(?P<rest>(?:you|we|i|they)\b\s+\S.*)$", fact.strip())
        if then:
            # "then you walk around Higashiyama and bring it back by 6pm": a step said as
            # a sentence of its own, never "There's a then you walk…" (blind read 27)
            out.append(_full(then.group("rest")))
            continue
        if re.match(r"(?i)^(?:takes|lasts)\s+\S", fact.strip()):
            # how long it takes, said of one visit or of it: "Each appointment takes about 45
            # minutes with hair.", never "Takes about 45 minutes…" or the business taking it
            out.append(_full(f"{_each_unit(item, kind)} {fact.strip()}"))
            continue
        done_to = re.match(r"(?i)^(?P<np>[a-z-]+\s+[a-z-]+s)\s+(?P<pp>[a-z]+ed)\s+(?P<rest>\S.*)$",
                           fact.strip().rstrip(".")) or kind == "service" and re.match(
            r"(?i)^(?P<np>[a-z-]+s)\s+(?P<pp>[a-z]+ed)\s+(?P<rest>\S.*)$", fact.strip().rstrip("."))
        if done_to and not PRICE_RE.search(fact) and _participle(done_to["pp"].lower()) \
                and done_to["np"].split()[0].lower() not in _DETERMINERS:
            # "locked consoles emptied fortnightly or monthly": "Locked consoles are emptied
            # fortnightly or monthly.", never "There are locked consoles emptied …" (read
            # 41's tuning set)
            out.append(_full(f"{done_to['np']} are {done_to['pp']} {done_to['rest']}"))
            continue
        own = _own_phrase(fact, item, kind)
        if own:
            out.append(own)
            continue
        head, *clauses = _SPLICE.split(fact)
        if clauses and head.strip():
            # "photos included, we only go out when…, if we cancel you get…": a comma
            # splice of whole clauses, said as sentences of their own
            said = fact_sentences([head], item, kind, formal)
            out.append(" ".join(said + [_clause_sentence(c) for c in clauses]))
            continue
        if fact in prices:
            if fact is prices[0]:
                said = [_price_said(p, kind) + (", " + _instalments(tails[p].strip()) if p in tails
                                                else "") for p in prices]
                joined = said[0] if len(said) == 1 else \
                    ", ".join(said[:-1]) + (", and " if len(said) > 2 or any(", " in x for x in said)
                                            else " and ") + said[-1]
                out.append(_full(joined))
            continue
        given = re.match(r"(?i)^([a-z][\w',’ -]*?)\s+(included|incl\.?|provided|on request)$", fact)
        if given and len(given.group(1).split()) <= 8:  # "shoes included": "Shoes are included."
            thing = given.group(1)
            # ("all clay, glazing and firing included": "… are included", never "is")
            many = _plural(thing.split()[-1].lower()) or bool(re.search(r",| and ", thing))
            end = "included" if given.group(2).lower().startswith("incl") else given.group(2)
            out.append(_full(f"{thing} {'are' if many else 'is'} {end}"))
            continue
        head = (item.split() or [""])[-1].lower()
        part = _part_said(fact, item) if kind == "product" else ""
        if not part and kind == "product" and head and sum(
                head in f.lower().split()[:3] for f in facts) >= 3:
            # (a description listing the kinds of its goods: "white miso aged 3 months, red
            # miso aged 12 months, soy-free chickpea miso")
            part = _another_kind(fact, item, kind, bare=True)
        if part:
            out.append(part)
            continue
        sentence = difference_sentence(fact, item, kind, formal)
        if sentence:
            out.append(sentence)
    return out


#: a part of the goods a buyer handles ("a two-way zip", "a removable cover"), and a way the
#: goods come ("summer weight", "matte finish")
_GOODS_PARTS = re.compile(r"zip|zipper|pocket|strap|lid|handle|hood|cover|lining|sole|"
                          r"button|snap|clasp|spout|drawstring|loop|hook|insert|liner|cuff|"
                          r"collar|seam|buckle|wick|base|stand|case|sleeve|belt|cord|chain", re.I)
_GOODS_WAYS = re.compile(r"weight|finish|colou?r|scent|flavou?r|style|edition|"
                         r"strength|thickness|roast|grind|fit|cut|length|width", re.I)


def _part_said(fact: str, item: str) -> str:
    """A product's list part naming a part of the goods and what it is for ("two-way zip for
    night nappy changes": "Each bag has a two-way zip for night nappy changes.") or the ways
    they come ("1.0 tog summer weight and 2.5 tog winter weight": "Our sleeping bags come in
    1.0 tog summer weight and 2.5 tog winter weight."); "" for any other part (blind read
    40: "Two-way zip for night nappy changes." and "There's 1.0 tog summer weight …")."""
    text = " ".join(fact.split()).strip().rstrip(".")
    words = text.split()
    if not item or len(words) < 2 or len(words) > 12 or PRICE_RE.search(text) \
            or words[0].lower() in ("a", "an", "the", "no", "free", "every", "each", "all") \
            or re.search(r"(?i)\b(?:is|are|was|were|has|have|we|you|they|it)\b", text):
        return ""
    many = _plural(item.split()[-1].lower())
    ways = re.split(r"\s+(?:and|or|&)\s+|,\s+", text)
    if len(ways) >= 2 and all(re.search(rf"(?i)\b(?:{_GOODS_WAYS.pattern})s?$", w) for w in ways):
        return _full(f"{_ours(item)} {'come' if many else 'comes'} in {text}")
    for i, w in enumerate(words[:4]):
        plural = re.fullmatch(rf"(?:{_GOODS_PARTS.pattern})(?:s|es)", w, re.I) is not None
        if (_GOODS_PARTS.fullmatch(w) or plural) and (i + 1 == len(words) or words[i + 1].lower() in (
                "for", "so", "that", "with", "to", "on", "in", "at")):
            if i == 0 and i + 1 == len(words) or plural and i + 1 == len(words):
                return ""  # ("kidskin covers": "Our sketchbooks have kidskin covers.", below)
            last = item.split()[-1].lower()
            single = re.sub(r"(?:(?<=ss)es|(?<=[sxz]h)es|(?<=[^s])s)$", "", last) if many else last
            np = _lower_first(text)
            if not plural:
                np = ("an " if np[:1] in "aeio" else "a ") + np
            return _full(f"each {single} has {np}")
    return ""


#: days and the times something runs on them, one run or several ("weekdays at 05:45 and
#: 06:45", "Saturdays at 07:30", "Tuesdays and Thursdays at 7pm")
_DAY_NAME = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|weekdays?|"
             r"weekends?|weeknights?)")
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?"
_DAY_RUN = rf"{_DAY_NAME}(?:\s*(?:,|and|&|to|-)\s*{_DAY_NAME})*\s+(?:at|from)\s+{_CLOCK}" \
           rf"(?:\s*(?:,|and|&|or|to|-)\s*{_CLOCK})*"
_DAY_TIMES = re.compile(rf"(?i){_DAY_RUN}(?:,\s+(?:and\s+)?{_DAY_RUN})*")


def _plural_unit(unit: str) -> str:
    """"class" -> "Classes", "session" -> "Sessions"."""
    word = unit + ("es" if unit.endswith(("s", "sh", "ch", "x")) else "s")
    return word[:1].upper() + word[1:]


def timetable_said(fact: str, item: str, kind: str) -> str:
    """When a service runs and how long one of it lasts, said of it: "weekdays at 05:45 and
    06:45, Saturdays at 07:30" is "Classes run on weekdays at 05:45 and 06:45, and Saturdays
    at 07:30."; "45 minutes" is "Each class lasts 45 minutes."; "60 minutes per session" is
    "Each session lasts 60 minutes." (blind read 40: "There are Saturdays at 07:30.", "Each
    class comes with 45 minutes!"); "" for any other part. Shared by the description's facts
    and the posts about one feature."""
    text = " ".join(fact.split()).strip().rstrip(".")
    if not item or PRICE_RE.search(text):
        return ""
    unit = _each_unit(item, kind)
    if _DAY_TIMES.fullmatch(text) and kind == "service":
        text = text[:1].lower() + text[1:]
        when = re.sub(r"(?i)\b(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(day)",
                      lambda m: m.group(0)[:1].upper() + m.group(0)[1:], text)
        when = re.sub(r",\s+(?!.*,)(?!and\b)", ", and ", when) if "," in when else when
        if unit != "it":
            return _full(f"{_plural_unit(unit[5:])} run on {when}")
        many = _plural(item.split()[-1].lower())
        return _full(f"{_ours(item)} {'run' if many else 'runs'} on {when}")
    shaped = part_shape(text) if ", " not in text else ""
    if shaped.startswith("It lasts ") and unit != "it":
        return unit.capitalize() + shaped[2:]
    per = re.fullmatch(r"(?i)(?P<n>\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+)?)\s*(?P<u>minutes?|mins?|hours?|"
                       r"hrs?)\s+(?:per|a|each)\s+(?P<unit>[a-z]+)", text)
    if per and per["unit"].lower().rstrip("s") in _UNITS:
        u = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours"}.get(
            per["u"].lower(), per["u"])
        return _full(f"each {per['unit'].lower().rstrip('s')} lasts {per['n']} {u}")
    return ""


#: a part that opens on the days something runs ("Tuesday and Thursday evenings 7 to 9pm")
_DAYS_LEAD = re.compile(r"(?i)^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b")


#: a charge on top of a price ("plus €0.45 per km if you're more than 30 km away")
_CHARGE = re.compile(rf"(?i)^(?:plus|\+|extra|surcharge|call-out(?: fee)?)\s+(?P<price>{_PRICE_ONE}"
                     r"(?:\s+(?:per|a|an|each)\s+[\w-]+)?)(?P<rest>.*)$")
#: a second way to pay a price ("or 12x of R$19,70", "or €20 a month")
_OR_PRICE = re.compile(rf"(?i)^or\s+.*{_PRICE_ONE}")


#: what one booking of a service is ("kimono dressing appointments": an appointment)
_UNITS = {"appointment", "session", "class", "visit", "treatment", "lesson", "fitting", "tour",
          "consultation", "massage", "workshop", "ride", "trip", "course", "shoot", "walk"}


#: what nobody needs to bring or have ("no partner needed", "no experience required")
_NO_NEED = re.compile(r"(?i)^no\s+[\w'’ -]{2,40}?\s+(?:needed|required|necessary)$")


def no_need_said(text: str) -> str:
    """What nobody needs, said as it is: "No partner needed.", never "Our classes have no
    partner needed." or "We work with no partner needed." (blind read 36); "" for any other
    text. The one test for it, shared by description sentences, features and thin briefs'
    parts."""
    text = " ".join(text.split()).strip().rstrip(".")
    return _full(text) if _NO_NEED.match(text) else ""


def _each_unit(item: str, kind: str) -> str:
    """Who a length of time is said of: "each appointment" for "kimono dressing
    appointments", else "it"."""
    last = (item.split() or [""])[-1].lower()
    single = re.sub(r"(?:(?<=ss)es|(?<!s)s)$", "", last)
    return f"each {single}" if kind != "product" and single in _UNITS else "it"


def _instalments(text: str) -> str:
    """"or 12x of R$19,70" said as "or 12 instalments of R$19,70"; any other part as typed."""
    return re.sub(r"(?i)\b(\d+)\s*x\s*(?:of\s+)?(?=\S*\d)", r"\1 instalments of ", text)


#: a noun for a piece of work and the verb that does it ("refills of CO2 units": "We refill
#: CO2 units."): a service's list part naming work it does, never a thing there "is"
_WORK_NOUNS = {"refill": "refill", "refills": "refill", "repair": "repair", "repairs": "repair",
               "inspection": "inspect", "inspections": "inspect", "cleaning": "clean",
               "servicing": "service", "installation": "install", "installations": "install",
               "removal": "remove", "removals": "remove", "replacement": "replace",
               "replacements": "replace", "testing": "test", "tests": "test",
               "checks": "check", "maintenance": "maintain", "collection": "collect",
               "collections": "collect", "delivery": "deliver", "sharpening": "sharpen",
               "recharging": "recharge", "restoration": "restore", "assembly": "assemble",
               "fitting": "fit", "disposal": "dispose of", "translation": "translate",
               "translations": "translate", "valeting": "valet", "calibration": "calibrate"}


def _work_done(fact: str, kind: str) -> str:
    """A service's list part that names work done to something ("refills of CO2 and dry
    powder units", "repairs to sash windows") said as what we do ("We refill CO2 and dry
    powder units."), never "There are refills of…" (read 22); "" for any other part."""
    if kind == "product":
        return ""
    text = " ".join(fact.split()).strip().rstrip(".")
    m = re.match(r"(?i)^(?P<how>(?:[\w-]+ ){0,2}?)(?P<noun>[a-z]+) (?:of|to) (?P<rest>\S.*)$", text)
    if not m or m.group("noun").lower() not in _WORK_NOUNS or PRICE_RE.search(text):
        return ""
    if m.group("how").strip():
        return ""  # "a free inspection of…", "yearly checks of…": a thing offered, said otherwise
    return _full(f"We {_WORK_NOUNS[m.group('noun').lower()]} {m.group('rest')}")


def _handed_over(fact: str, kind: str) -> str:
    """A noun phrase of a service's description list that is something the client gets
    ("photos before and after", "a cleaning certificate for your files"), as it is said
    after "You get"; "" for any other fact (a number, a price, a statement)."""
    text = " ".join(fact.split()).strip().rstrip(".")
    words = text.lower().split()
    if kind != "product" and _delivered(words):
        return _article(_lower_first(text))
    if kind == "product" or len(words) < 2 or re.search(r"(?<![A-Za-z])\d", text) \
            or PRICE_RE.search(text) \
            or words[0] in ("no", "zero", "never", "free") or _participle(words[0]) \
            or words[0] in _SUBJECTS or re.search(r"(?i)\b(?:is|are|was|were|has|have|will|can|"
                                                  r"do|does|we|you|they)\b", text):
        return ""
    if words[0] in ("a", "an"):
        return _lower_first(text)
    if not is_fragment(text):
        return ""
    at, head = _head(_words(text))
    # a bare noun and the phrase after it: "photos before and after", "a report for your files"
    if 0 < at + 1 < len(words) <= 10 and words[at + 1] in ("before", "after", "for", "of", "with",
                                                          "from", "on", "in"):
        # ("a certificate of 60 hours", never "You get certificate of 60 hours", read 26)
        return _article(_lower_first(text))
    return ""


#: what a service hands over when the work is done: a part naming one is "You get …"
_DELIVERABLE = re.compile(r"(?:photo|picture|image|report|certificate|video|print|file|drawing|"
                          r"quote|estimate|record|checklist|recording|map|scan|reading|"
                          r"transcript|write-up|summary|summaries|album|plan|logbook)s?|footage")


#: a thing a client of a service is lent while the work is done ("a loan machine while
#: yours is in the workshop", "a courtesy car")
_LENT = re.compile(r"(?i)^(?:an?\s+)?(?:loan|courtesy|replacement|spare)\s+\w+")


def _delivered(words: list[str]) -> bool:
    """Whether a service's list part names something the client is handed ("thermal and 4K
    photos", "a written report within 48 hours"): its noun phrase, "and" and all, ends in a
    deliverable; never a count ("40 photos"), a price, nor something offered free or none."""
    if len(words) < 2 or words[0] in ("no", "zero", "never", "free", "unlimited") \
            or re.match(r"\d", words[0]) or PRICE_RE.search(" ".join(words)):
        return False
    np: list[str] = []
    for w in words:
        if w in _HEAD_END and w not in ("and", "or") or w in ("every", "each", "twice", "once"):
            break  # ("a recycling certificate every month": the thing, then how often)
        np.append(w)
    # a number inside the phrase is a spec ("4K", "A3"), never a count ("photos of 40 rooms"
    # ends the phrase first)
    return bool(np) and len(np) <= 6 and bool(_DELIVERABLE.fullmatch(np[-1].strip(",;"))) \
        and not any(re.fullmatch(r"\d+", w) for w in np)


def _you_get(things: list[str]) -> str:
    if len(things) == 1:
        return _full(f"You get {things[0]}")
    return _full("You get " + ", ".join(things[:-1]) + ", and " + things[-1])


def _own_phrase(fact: str, item: str, kind: str) -> str:
    """A fact of a description list said with what it is about as its subject: how the
    work is done ("done at night or on your closed day": "We do the work at night or on
    your closed day."), a part of the goods and what it has ("cotton string with no glass":
    "Our cotton string has no glass."); "" when neither fits."""
    text = " ".join(fact.split()).strip().rstrip(".")
    m = re.match(r"(?i)^done\s+(?!by\b)(?P<rest>\S.*)$", text)
    if m and kind != "product":
        return _full(f"We do the work {m.group('rest')}")
    words = _words(text)
    at, head = _head(words)
    if kind == "product" and 0 < at + 1 < len(words) and words[at + 1] == "with" \
            and at <= 3 and words[0] not in _DETERMINERS and not _participle(words[0]) \
            and is_fragment(text) and not re.search(r"\d", text):
        np = " ".join(text.split()[:at + 1])
        rest = " ".join(text.split()[at + 2:])
        verb = "have" if _plural(head) else "has"
        return _full(f"our {_lower_first(np)} {verb} {rest}")
    return ""


def brief_kind(brief) -> str:
    """The kind a brief's description list is told as: the brief's own when it says a service
    or a digital thing (a noun phrase of a service's list is what the client gets, "You get a
    service tag and certificate…", never "There's a service tag…", read 22); "" for a product,
    the default, so the product line's words still decide (`description_details`)."""
    kind = getattr(brief, "kind", "") or ""
    return "" if kind == "product" else kind


def description_details(description: str, product: str = "", kind: str = "") -> list[str]:
    """The description's lines a post can carry whole: the facts of an opening typed as a
    list ("climbing hall in Leith, 140 routes, day pass £12": "There are 140 routes.", "A
    day pass is £12."), each a sentence of ours, then its other sentences as the seller wrote
    them (:func:`planner.planning.wording.sentence_details`)."""
    if not kind:
        # a service named as an activity ("hood degreasing") or a description that opens on
        # what we do ("we degrease…"): its list tells what the client gets
        last = (product.split() or [""])[-1].lower()
        kind = "service" if _ACTIVITY.search(product.strip()) and last not in _ING_NOUNS or re.match(
            r"(?i)we\s+(?!sell\b|make\b|bake\b|brew\b|roast\b)[a-z]+", description.strip()) \
            else "product"
    return list(_details(description, product, kind))


def brief_details(brief) -> list[str]:
    """:func:`description_details` of a brief's description, told by the brief's own kind
    (:func:`brief_kind`): the one way every planner module reads them."""
    details = description_details(brief.description, brief.product, brief_kind(brief))
    brand, product = getattr(brief, "brand", ""), brief.product
    if brand and brief.kind == "digital":
        # an app's line about itself names it by its brand ("K53 Ready works offline."), one
        # wording a calendar counts, never its product line ("K53 learner's licence practice
        # app works offline.")
        details = [brand + d[len(product):] if d.lower().startswith(product.lower() + " ") else d
                   for d in details]
    return details


@functools.lru_cache(maxsize=64)
def each_named(fact: str, core: str) -> str:
    """A part that says "each" of what the description's opening names ("each in three
    levels" after "new hymn arrangements every month"): "each arrangement in three levels",
    so a post that carries it alone says what each one is (read 41's tuning set: "First time
    seeing us? Each one comes in three levels."); the part as it is otherwise."""
    if not re.match(r"(?i)each\s+(?:in|with|comes|has|is)\b", fact.strip()):
        return fact
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", core)]
    stops = ("every", "as", "for", "with", "in", "from", "on", "at", "by", "and", "of")
    head = ""
    for w in words:
        if w in stops:
            break
        head = w
    if not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return fact
    single = head[:-3] + "y" if head.endswith("ies") else head[:-2] if head.endswith(("ches", "shes", "xes")) \
        else head[:-1]
    return re.sub(r"(?i)^each\b", f"each {single}", fact.strip(), count=1)


def _details(description: str, product: str, kind: str = "product") -> tuple[str, ...]:
    first = opening_sentence(description.strip())
    core, facts = description_parts(first.strip())
    facts = [each_named(f, core) for f in facts]
    place, items = place_and_list(core)
    listed = (list_sentence(place, items),) if items else ()
    return listed + tuple(_made_said(mend(f), product) for f in fact_sentences(facts, product, kind)) + \
        tuple(_made_said(_price_list_said(s), product) for s in sentence_details(description, product))


def _made_said(line: str, product: str) -> str:
    """A description's sentence that says how the goods are made or looked after, with no
    subject ("Installed and serviced from Hyderabad and Bengaluru."), said of the goods: "Our
    data loggers are installed and serviced from …" (blind read 31: the fragment pasted);
    any other sentence as it is."""
    name = re.split(r"\s(?:for|with|from|in|by|of)\s|,", product.strip())[0].strip()
    line = line.strip()
    lack = re.match(r"^There's (no\s+[^.!?]+)\.$", line)
    if lack and no_need_said(lack.group(1)):
        return no_need_said(lack.group(1))
    if lack and name and not name.split()[-1][:1].isupper() and len(name.split()) <= 4:
        # a lack said bare names what lacks it: "Our fruit rolls have no added sugar.", never
        # "There's no added sugar." as a post's one line about them (blind read 35)
        have = "have" if _plural(name.split()[-1].lower()) else "has"
        return f"Our {name} {have} {lack.group(1)}."
    if not name or not _plural(name.split()[-1].lower()) or name.split()[-1][:1].isupper():
        return line
    m = re.match(r"^([A-Z][a-z]+)\s+(?:and|&)\s+([a-z]+)\s+(?=(?:from|in|by|at|on|across)\b)", line)
    if m and (_participle(m.group(1).lower()) or m.group(1).lower() in _IRREGULAR_PARTICIPLES
              | {"bent", "cast", "knit", "cut", "dyed", "fired"}) and _participle(m.group(2)):
        return f"Our {name} are {line[:1].lower()}{line[1:]}"
    # what they fit, with no subject: "Fit railings 3 to 6 cm thick." -> "Our planters fit …"
    if re.match(r"^(?:Fit|Suit|Hold|Take)\s+[a-z]", line):
        return f"Our {name} {line[:1].lower()}{line[1:]}"
    # the sizes they come in, typed as a list: "Two lengths, 60 cm for €39 and 80 cm for €49,
    # colours anthracite, sage and clay red." -> "Our planters come in two lengths, …, in
    # anthracite, sage and clay red."
    if re.match(r"(?i)^(?:two|three|four|five|six|\d+)\s+(?:sizes|lengths|widths|heights|colours|"
                r"colors|weights|styles|finishes)\b", line) and not re.search(
                    r"(?i)\b(?:is|are|costs?|comes?)\b", line):
        said = re.sub(r"(?i),\s+(?:in\s+)?(?:colours|colors)\s+", ", in ", line)
        return f"Our {name} come in {said[:1].lower()}{said[1:]}"
    return line


#: a price typed as a line of its own with no verb, "each" said as "per": "Rs 6,800 per
#: logger plus Rs 150 per logger per month for the cloud and alerts."
_PER_PRICE = re.compile(rf"^(?P<price>{CURRENCY_BEFORE}\s?\d[\d.,]*|\d[\d.,]*\s?{CURRENCY_AFTER})"
                        r"\s+(?:per|a|each)\s+(?P<unit>[a-z][a-z-]+)\b(?P<rest>[^.!?]*)[.!?]?$")


def _price_list_said(line: str) -> str:
    """A description's sentence that is a price with no verb said as a sentence: "Rs 6,800
    per logger plus Rs 150 per logger per month for the cloud." is "Each logger costs Rs
    6,800, plus Rs 150 a month for the cloud." (blind read 31: the price list pasted); any
    other sentence as it is."""
    low = re.match(rf"(?i)^(?:minimum|min\.?|minimum price|minimum charge)\s+(?P<price>{_PRICE_ONE})"
                   r"(?:,\s+(?P<rest>\S.*))?$", line.strip())
    if low:
        # "Minimum R$280, most pieces … are …": where prices start, then the rest its own
        # sentence (blind read 31: the price list pasted with no verb)
        rest = (low.group("rest") or "").rstrip(".")
        return f"Prices start at {low.group('price')}." + (f" {rest[:1].upper()}{rest[1:]}." if rest else "")
    m = _PER_PRICE.match(line.strip())
    if not m or m.group("unit") in ("month", "year", "week", "day", "hour", "person", "night") \
            or re.search(r"(?i)\b(?:is|are|costs?|was|will|includes?|gets?|pays?)\b", m.group("rest")):
        return line
    unit = m.group("unit")
    rest = re.sub(rf"\bper {re.escape(unit)} (?=per |a )", "", m.group("rest")).rstrip(" ,")
    rest = re.sub(r"\bper (month|year|week)\b", r"a \1", rest)
    rest = re.sub(r"^\s*(?:plus|\+)\s", ", plus ", rest)
    return f"Each {unit} costs {m.group('price')}{rest}."


#: things a business is or sells one of at a time, said with "a" mid-line
_COUNTED = re.compile(r"course|class|app|programme|program|platform|tool|toolkit|kit|box|"
                      r"subscription|membership|van|plan|newsletter|podcast|guide|template|"
                      r"service|marketplace|website|community|club|library|bootcamp")


def about_said(about: str) -> str:
    """What the business is, finishing a line, with its article where a thing counted one at
    a time needs one ("What we offer: an online course on…", never "…: online course"; never
    before stuff, "syrup from our own taps", nor two things, "course and workbook")."""
    if not about[:1].islower():
        return about
    # (the noun phrase ends before a verb taking its object, "course teaching you to…", and
    # before a bracket or a comma: "tent (huif) for…", read 30's "comes in: online video
    # course teaching you…")
    words = _words(re.split(r"[(,;]", about)[0])
    verb = next((i for i, w in enumerate(words[1:], 1) if w.endswith("ing") and len(w) > 5
                 and words[i + 1:i + 2] and words[i + 1] in ("you", "your", "people", "them",
                                                              "us", "the", "a", "an")), 0)
    words = words[:verb] if verb else words
    at, noun = _head(words)
    if noun and words[at + 1:at + 2] != ["and"] and (_PLACE.search(noun) or _COUNTED.fullmatch(noun)):
        return _article(about)
    return about


#: a line that gives a term of sale (a price, what is included, access, cancelling, a
#: refund), not what the work or the goods are like
_TERMS = re.compile(r"(?i)\b(?:included|includes?|access|paid once|one[- ]off|one[- ]time|refund|"
                    r"money back|cancel\w*|per month|a month|/month|subscription|free (?:delivery|"
                    r"shipping|returns)|group is|community is|licen[cs]ed (?:for|to)|"
                    r"usage rights)\b")


def is_terms(line: str) -> bool:
    """Whether a brief line is a term of sale ("WhatsApp study group is included.", "You keep
    access for 12 months."): under a photo of a working day or a caption contest it is a
    line dropped in, unrelated to the post's frame."""
    return bool(line) and (bool(_TERMS.search(line)) or bool(PRICE_RE.search(line)))



# ---- a problem typed as a phrase, asked as a real question ----------------------------------

#: a problem that opens on who has it and what happens ("my dog pulls on the lead", "I never
#: know…"): a sentence of the seller's, asked as it is
_PROBLEM_SUBJECT = re.compile(r"(?i)^(?:i|i'm|we|we're|you|you're|they|they're|he|she|it|it's|"
                              r"there|there's|my|your|our|their|his|her|everyone|nobody)\b")
#: "not having any paper to show…", "not having a plan": said "No paper to show…?"
_NOT_HAVING = re.compile(r"(?i)^not\s+having\s+(?:any\s+|a\s+|an\s+)?(?P<rest>\S.*)$")
#: a gerund that opens a problem ("waiting three weeks…", "not knowing which…")
_GERUND = re.compile(r"(?i)^(?:not\s+|never\s+)?[a-z]{2,}ing\b")



#: words after "being" that say how someone is ("being afraid to…"), not what is done to them
#: ("being put on hold")
_STATES = {"afraid", "scared", "frightened", "worried", "nervous", "anxious", "unsure", "unable",
           "stuck", "late", "short", "embarrassed", "ashamed", "confused", "overwhelmed", "lost",
           "alone", "behind", "too", "so", "tired", "fed", "sick", "unhappy", "uncomfortable",
           "cold", "hot", "hungry", "bored", "lonely", "terrified", "stressed", "self-conscious"}


#: the frames a problem phrase is asked in, three wordings each, by its shape and register
_ASKED = {
    ("np", False): ("Tired of {}?", "Fed up with {}?", "Sick of {}?"),
    ("np", True): ("Dealing with {}?", "Struggling with {}?", "Still dealing with {}?"),
    ("gerund", False): ("Still {}?", "Tired of {}?", "Fed up with {}?"),
    ("gerund", True): ("Still {}?", "Finding yourself {}?", "Tired of {}?"),
    ("state", False): ("Still {}?", "{}?", "Ever {}?"),
    ("state", True): ("Still {}?", "{}?", "Often {}?"),
    ("none", False): ("{}?", "Still {}?", "Left with {}?"),
    ("none", True): ("{}?", "Still {}?", "Left with {}?"),
}


#: a problem phrase about people who have it ("people with diabetes who can't feel a small
#: cut…", "older dogs that struggle with stairs"): who, then what happens to them
_WHO_HAS_IT = re.compile(
    r"(?i)^(?P<who>(?:(?:many|most|some|older|elderly|young|new|busy|first[- ]time|working|"
    r"anxious|nervous)\s+)*(?:people|persons|folks|adults|kids|children|teens|teenagers|parents|"
    r"mums|moms|dads|women|men|runners|patients|clients|customers|owners|families|"
    r"seniors|students|pupils|dogs|cats|pets|horses|babies|toddlers)"
    r"(?:\s+(?:with|over|under|in|on|at|from|of)\s+[^,]+?)?)\s+(?:who|that)\s+(?P<what>\S.+)$")


#: ... a people noun the list above lacks, said with "who" ("nervous riders who …")
_WHO_ELSE = re.compile(
    r"(?i)^(?P<who>(?:[a-z-]+\s+){0,2}?[a-z-]+(?:s|men|people|folk))\s+who\s+"
    r"(?P<what>\S.+)$")
#: a verb said in the past, after the adverbs that may come first ("always wanted", "had")
_PAST_FIRST = re.compile(
    r"(?i)^(?:(?:always|never|once|recently|just|already|ever|all)\s+)*(?:[a-z]+ed|had|was|were|got|"
    r"lost|took|fell|gave|went|bought|left|saw|tried|grew|spent|broke|quit|gave\s+up)\b")
_YOU_FOR_THEM = {"they": "you", "their": "your", "theirs": "yours", "them": "you",
                 "themselves": "yourself", "they've": "you've", "they're": "you're",
                 "they'd": "you'd", "they'll": "you'll"}


def _people_problem(text: str) -> re.Match[str] | None:
    return _WHO_HAS_IT.match(text) or _WHO_ELSE.match(text)


def _asked_of_you(what: str) -> str:
    """What the people of a problem did, asked of the reader: "always wanted to ride and
    think they've left it too late" → "Always wanted to ride, and think you've left it too
    late?"."""
    said = re.sub(r"(?i)\b(?:they've|they're|they'd|they'll|themselves|theirs|their|them|they)\b",
                  lambda m: _YOU_FOR_THEM[m.group().lower()], what)
    said = re.sub(r"\s+and\s+(?=(?:think|thinks|feel|feels|worry|worries|want|wants|can't|don't)\b)",
                  ", and ", said, count=1)
    return said[:1].upper() + said[1:] + "?"


def problem_statement(problem: str) -> str:
    """A problem typed as a phrase about the people who have it, said as a statement: "people
    with diabetes who can't feel a small cut until it's infected" is "People with diabetes
    can't feel a small cut until it's infected", never asked "Sick of people with diabetes
    who…?" (blind read 25: read as fed up with the clinic's own patients). "" for any other
    problem."""
    text = " ".join(str(problem).split()).strip().rstrip(".!;:,")
    m = _WHO_HAS_IT.match(text)
    if not m or _PAST_FIRST.match(m.group("what")):
        # (what they did in the past is asked of the reader, `problem_question`: "Adults
        # always wanted to ride …" read as broken, blind read 38)
        return ""
    said = f"{m.group('who')} {m.group('what')}"
    return said[:1].upper() + said[1:]


def problem_question(problem: str, formal: bool = False, turn: int = 0) -> str:
    """A brief's problem typed as a phrase, asked as a question a person would write: a
    noun phrase ("kites that tear on the first tug", "a fan motor caked in fat") is "Tired
    of …?" ("Dealing with …?" in a formal or B2B voice); a gerund ("waiting three weeks for
    a plumber") is "Still …?"; "not having any paper to show…" is "No paper to show…?"; "no
    …" is asked as typed. ``turn`` picks one of three wordings, so two posts on one problem
    ask it differently. "" when the problem is a sentence of its own ("my dog pulls on the
    lead", "the pool is always too cold") or already a question: it is said as written."""
    text = " ".join(str(problem).split()).strip().rstrip(".!;:,")
    if not text or text.endswith("?") or _PROBLEM_SUBJECT.match(text) or problem_statement(text):
        return ""
    who = _people_problem(text)
    if who and _PAST_FIRST.match(who.group("what")):
        # people and what they went through, asked of the reader who is one of them: "Had
        # a bad fall somewhere else?", never "Sick of nervous riders who had a bad fall…?"
        # (blind read 38: the problem turned against the riders it is about); what others
        # do now stays theirs ("Tired of tenants who never report leaks?")
        return _asked_of_you(who.group("what"))
    first = text.split()[0].lower()
    low = _lower_first(text)
    unsure = re.match(r"(?i)not (?:knowing|being sure(?: of)?)\s+(?P<rest>.+)$", text)
    if unsure:
        # "not knowing what lettering will fit your building" is being unsure of it: "Not
        # sure what lettering will fit your building?" (read 24: "Still not knowing…?")
        return ("Not sure {}?", "Still not sure {}?", "Unsure {}?")[turn % 3].format(
            unsure.group("rest"))
    m = _NOT_HAVING.match(text)
    if m:
        shape, said = "none", f"no {m.group('rest')}"
    elif first in ("no", "zero", "never"):
        shape, said = "none", low
    elif first == "being" and len(text.split()) > 1 and text.split()[1].lower() in _STATES:
        # "being afraid to scratch…" is a state: "Still afraid to scratch…?", never "Still
        # being afraid…?" (read 22); "being charged twice" stays a gerund
        shape, said = "state", _lower_first(text.split(None, 1)[1])
    elif _GERUND.match(text) and first not in _ING_NOUNS:
        shape, said = "gerund", low
    elif not is_fragment(text) and not re.search(r"(?i)\b(?:that|who|which)\b", text):
        return ""  # "the pool is always too cold": a statement, said as the seller wrote it
    elif len(text.split()) > 12 or re.search(r"(?i)\bsince\s+(?:\d{4}|last|the)\b", text):
        # a long noun phrase, or one with a "since 2020", is said as the seller wrote it,
        # never asked: "Struggling with discomfort and strain reports that HR only hears about
        # once someone is off work?", "Dealing with staff working from kitchen tables and
        # sofas since 2020?" (blind read 39)
        return ""
    else:
        shape, said = "np", low
    frames = _ASKED[(shape, bool(formal))]
    frame = frames[turn % len(frames)]
    if frame.startswith("{}"):
        said = said[:1].upper() + said[1:]
    return frame.format(said)


# ---- a pronoun that refers to nothing once the line is out of the brief ---------------------

#: words that open a clause of its own, where "them" may refer back to a noun of another one
_CLAUSE_BREAK = re.compile(r"(?i),|;|:|—|–|\b(?:and|or|but|that|which|who|because|so|when|if|"
                           r"while|until|once|before|after|since|where)\b")
#: words after an object "it" that say how or where it is done ("make it by hand"), never
#: what it is made ("make it easy")
_IT_AFTER = re.compile(r"(?i)^(?:by|in|on|at|from|with|to|for|ourselves|"
                       r"here|there|every|each|one|all|fresh|daily|weekly|locally|slowly|"
                       r"properly|right|again)\b")


def product_noun(item: str) -> str:
    """What a line calls the goods in passing, "our kites" for "handmade paper kites and
    cotton kite string": the first thing named, by its last word; a name of its own whole."""
    first = re.split(r",\s*|\s(?:and|or|&)\s", item.strip())[0].strip()
    last = (item.split() or [""])[-1].lower()
    if not first or _is_activity(item) or last in ("service", "services", "sessions", "classes",
                                                  "lessons", "course", "courses", "membership"):
        return ""  # a service's "them" is most often the client's things, not ours
    if first[:1].isupper():
        return first
    return "our " + first.split()[-1]


def named_pronoun(line: str, item: str) -> str:
    """A brief line with an object pronoun that refers to nothing once the line is said on
    its own ("three generations of our family make them in the same lane") said with the
    goods named ("… make our kites in the same lane"); "it" only where a phrase of how or
    where follows ("we sew it by hand"), never "make it easy". A "them" with a clause
    before it that could hold what it refers to is left as it is."""
    if not item:
        return line
    m = re.search(r"(?i)(?<=\w )(them|it)\b(?!['’])", line)
    if not m or _CLAUSE_BREAK.search(line[:m.start()]):
        return line
    before = line[:m.start()].split()
    if not before or before[-1].lower() in _HEAD_END | {"is", "was", "are", "of", "about"}:
        return line  # "… for it", "… is it": a pronoun after a preposition points elsewhere
    if len(before) < 2 and before[0].lower() not in ("we", "i"):
        return line
    if m.group(1).lower() == "it" and not _IT_AFTER.match(line[m.end():].strip()):
        return line
    noun = product_noun(item)
    if not noun:
        return line
    return line[:m.start()] + noun + line[m.end():]


#: features that say what the goods come in ("7 sizes from chihuahua to leonberger")
_COMES_IN = re.compile(r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|many|"
                       r"several)\s+(?:sizes|colours|colors|lengths|widths|styles|finishes|"
                       r"flavours|flavors|scents|shades|fits|weights|strengths|designs)\b")


#: things said without "a" after "comes with" ("lifetime access", "support")
_UNCOUNTED = {"access", "support", "feedback", "help", "training", "software", "music", "audio",
              "video", "homework", "practice", "coaching", "guidance", "advice", "material",
              "materials", "content", "lifetime", "unlimited", "free", "personal", "live"}


#: a plural verb after "Our <goods>" and its singular after "Each of our <goods>"
_SINGULAR = {"are": "is", "have": "has", "come": "comes", "fit": "fits", "suit": "suits",
             "hold": "holds", "take": "takes", "last": "lasts", "arrive": "arrives",
             "ship": "ships", "work": "works", "use": "uses", "need": "needs"}


def vary_subject(sentence: str, item: str, kind: str = "product", turn: int = 0) -> str:
    """A feature's sentence with its subject in turn: "Our nest boxes are built from …" as
    it is, then "Each of our nest boxes is sized for …", then "Every one of our nest boxes
    is …" (never "Every one of them": a post has no antecedent for it; blind read 36: three
    feature posts opening "Our nest boxes are …"). Other sentences are kept as they are."""
    if not turn or not sentence or not item:
        return sentence
    m = re.match(rf"^Our {re.escape(item)} (?P<verb>\w+)\b(?P<rest>.*)$", sentence)
    if not m or m.group("verb") not in _SINGULAR or not _plural(item.split()[-1].lower()):
        return sentence
    one = _SINGULAR[m.group("verb")]
    if turn % 2 == 1 or kind != "product":
        return f"Each of our {item} {one}{m.group('rest')}"
    return f"Every one of our {item} {one}{m.group('rest')}"


def feature_sentence(feature: str, item: str, brand: str = "", kind: str = "product") -> str:
    """One feature of a description, the subject of a post, as a whole sentence with a
    subject of ours, never a fragment after a formula lead ("One thing about Lysvakt: 7 sizes
    from chihuahua to leonberger.", blind read 25): "Our dog vests come in 7 sizes, from
    chihuahua to leonberger."; "We sew our hi-vis dog vests in Ålesund."; "Our screentone
    brushes don't moiré when you resize."; "" when no shape fits (the template then says
    the feature its own way)."""
    text = mend(" ".join(feature.split()).strip().rstrip("."))
    text = re.sub(r"(?<=\w) not (just|only)\b", r", not \1", text)  # "round, not just on the back"
    low = text[:1].lower() + text[1:]
    if not text:
        return ""
    if no_need_said(text):
        return no_need_said(text)
    if timetable_said(text, item, kind):
        return timetable_said(text, item, kind)
    if _each_in(text):
        return _each_in(text)  # ("each arrangement in three levels", never "comes with each in …")
    if part_shape(low):
        # a part a shape says whole ("max 12 people per class": "Groups are 12 people at
        # most."), never the fragment after a lead ("Zooming in on Tide Fit: max 12 people
        # per class.", blind read 40)
        return part_shape(low)
    ours = f"our {item}" if item else "ours"
    many = bool(item) and _plural((item.split() or [""])[-1].lower())
    be, have, come = ("are", "have", "come") if many else ("is", "has", "comes")
    words = low.split()
    # the goods named again before how they are made ("fruit rolls made from Ceres apricots"):
    # "Our fruit rolls are made from …", never "Our sun-dried fruit rolls have fruit rolls
    # made from …" (blind read 35)
    head = item.split()[-1].lower() if item else ""
    at = next((i for i, w in enumerate(words[:4]) if w == head), -1) if head else -1
    if at >= 0 and _PARTICIPLE_LEAD.match(" ".join(words[at + 1:])):
        return _full(f"our {' '.join(words[:at + 1])} {be} {' '.join(words[at + 1:])}")
    if at == len(words) - 1 and at > 0 and kind == "product" and not re.search(r"\d", low):
        # a kind of the goods ("baby shower cakes" of "custom celebration cakes") is what we
        # sell, never a part they have ("Our cakes have baby shower cakes.", chat test 35)
        return _full(f"we sell {low}")
    # how the goods are made: "made from real G-pen, …": "Our brushes are made from …"
    # ("sun-dried on our family farm" of "sun-dried fruit rolls": "Our fruit rolls are
    # sun-dried on…", the goods never named by the word said of them)
    if _PARTICIPLE_LEAD.match(low) and item and low.split()[0] in item.lower().split() \
            and len(item.split()) > 1:
        return _full(f"our {' '.join(w for w in item.split() if w.lower() != low.split()[0])} {be} {low}")
    if _PARTICIPLE_LEAD.match(low) or re.match(r"(?i)(?:hand-?)?[a-z]+(?:ed|en|wn)\s+(?:and|or)\s"
                                              r"+[a-z]+(?:ed|en|wn)\b", low):
        return _full(f"{ours} {be} {low}")
    # what they come in: "7 sizes from chihuahua to leonberger"
    if _COMES_IN.match(low):
        rest = re.sub(r"^(\S+\s+\S+)\s+(from|in)\s", r"\1, \2 ", low)
        return _full(f"{ours} {come} in {rest}")
    # a thing and what it does: "screentone brushes that don't moiré when you resize"
    m = re.match(r"(?i)^(?:an?\s+)?(?P<np>(?!the\b)[\w'’ -]+?)\s+(?:that|which)\s+(?P<vp>\S.*)$", low)
    if m and len(m.group("np").split()) <= 4:
        return _full(f"our {m.group('np')} {m.group('vp')}")
    # the goods and how we make them: "hi-vis dog vests we sew in Ålesund"
    m = re.match(r"(?i)^(?P<np>[\w'’ -]+?)\s+we\s+(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$", low)
    if m and len(m.group("np").split()) <= 4 and m.group("verb") not in ("are", "have", "do"):
        return _full(f"We {m.group('verb')} our {m.group('np')} {m.group('rest')}")
    # a quality said of them: "machine washable at 40", "waterproof to 10 m"
    if re.match(r"(?i)^(?:[a-z-]+\s+)?[a-z-]*(?:able|ible|proof|free|safe|resistant)\b", low):
        # (a quality before its noun is a part they have: "PVC-free clear windows" is "Our
        # rain tent has PVC-free clear windows.", never "is pVC-free clear windows")
        q = next(i for i, w in enumerate(words[:2])
                 if re.search(r"(?i)(?:able|ible|proof|free|safe|resistant)$", w.strip(",")))
        after = words[q + 1] if q + 1 < len(words) else ""
        if not after or words[q].endswith(",") or re.match(
                r"(?i)(?:at|to|in|on|for|from|and|or|up|down|so|when|if|with|after|even|all|"
                r"until|up|by)\b", after):
            return _full(f"{ours} {be} {low}")
        up = text if re.match(r"[A-Z]{2,}", text) else low
        return _full(f"{ours} {have} {up}")
    # a measure and its value: "range -30 to +70 °C" is "Our loggers have a range of -30
    # to +70 °C.", never "One part in focus: range -30 to +70 °C." (blind read 31)
    measured = _measure_said(low, item)
    if measured:
        return _full(measured)
    # how long it takes: said of one visit or of it, never of the business (read 27)
    if words and words[0] in ("takes", "lasts"):
        return _full(f"{_each_unit(item, kind)} {low}")
    # what it does, with no subject: "works offline"
    # (what it fits, a list of names: "fits Urban Arrow Family, Babboe City and Curve, …")
    if words and words[0] in _CLAUSE_VERBS and (len(words) <= 8 or words[0] in ("fits", "suits")
                                                and len(words) <= 24):
        return _full(f"{brand or ours} {low}")
    if re.match(r"\d+\s+[a-z]+(?:ed|en|wn)\s", low):
        # a count of things the work hands over ("30 edited images delivered in five working
        # days"): "You get 30 edited images, delivered in …", never the fragment after a lead
        # ("A short look at Plated Studio: 30 edited images…", blind read 37)
        said = _thing_said(low, item, False)
        if said.startswith(("You get ", "There are ")):
            return _full(said)
    # what a booking of a service comes with (blind read 36): "a written sleep plan for your
    # family" of "sleep consultations" is "Each consultation comes with a written sleep plan
    # for your family."; only where the service is counted in units (a consultation, a
    # session), so no claim is made of work that is not booked one at a time
    if kind == "service" and words and re.match(
            r"(?i)(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|free|"
            r"unlimited|weekly|monthly)\s", low) and _each_unit(item, kind) != "it" \
            and not re.search(r"(?i)\b(?:we|you|i|it|they)\b", low):
        return _full(f"{_each_unit(item, kind)} comes with {low}")
    # what a course or an app is made of (session 27): "40 short video lessons (8 to 12
    # minutes each)" is "Our course has 40 short video lessons (…)."; "exercises and a PDF"
    # is "Our course comes with exercises and a PDF."; a thing said without "a" gets one
    # ("certificate of 60 hours at the end": "… comes with a certificate of 60 hours …")
    if kind == "digital" and item and re.match(r"(?i)an?\s+[a-z-]+\s", low) \
            and re.search(r"(?i)\b(?:you|your)\b", low) and not re.search(r"(?i)\b(?:we|i|it)\b", low):
        # "a coach in your ear telling you when to run": a thing it has, said of it ("Our
        # app has a coach in your ear …"), never after a lead and a colon (read 40)
        return _full(f"{ours} {have} {low}")
    if kind == "digital" and words and not _PARTICIPLE_LEAD.match(low) \
            and words[0] not in _CLAUSE_VERBS and not re.search(r"(?i)\b(?:we|you|i|it)\b", low):
        if re.match(r"(?i)(?:\d|over\b|more than\b|all\b|every\b|" + "|".join(
                n for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine",
                            "ten", "twelve")) + r")\b", low) or low[:1].isdigit():
            return _full(f"{ours} {have} {low}")
        # (the thing's head: its words before "of", "at", "like"… or a participle)
        head = re.split(r"\s(?:of|at|in|on|for|with|from|like|to|that|which|by)\s|\s[a-z]+ed\b",
                        low)[0].split()
        lead, last = words[0].lower(), (head[-1].lower() if head else "")
        if lead.endswith("ing") or re.search(r"(?:free|proof|safe|able|ible)$", last) \
                or not last.isalpha():
            return ""  # ("painting…", "royalty free": no thing to come with)
        if lead not in _DETERMINERS and not _plural(last) and lead not in _UNCOUNTED \
                and last not in _UNCOUNTED and " and " not in " ".join(head):
            low = ("an " if lead[:1] in "aeiou" else "a ") + low
        mine = (item.split() or [""])[-1].lower()
        if brand and mine and mine.rstrip("s") in {w.lower().rstrip("s") for w in head}:
            # (a part named like the goods: "Night Shift Kitchen comes with a new 7-day meal
            # plan every Sunday.", never "My weekly meal plans come with a new 7-day meal
            # plan…", read 40's tuning set)
            return _full(f"{brand} comes with {low}")
        return _full(f"{ours} {come} with {low}")
    # a material and how it is put on: "tin lined inside by hand" is "Our cezve is tin-lined
    # inside by hand.", never "has tin lined inside by hand" (read 30)
    m = re.match(r"(?i)^([a-z]+)\s+([a-z]+(?:ed|en|wn))\s+(?=(?:inside|outside|by|with|in|on|at|"
                 r"throughout|all)\b)(.*)$", low)
    if kind == "product" and m and m.group(1) not in _DETERMINERS and not _plural(m.group(1)) \
            and _participle(m.group(2)):
        return _full(f"{ours} {be} {m.group(1)}-{m.group(2)} {m.group(3)}")
    # a choice of parts typed bare: "brass handle or walnut handle" is "Our cezve comes with a
    # brass handle or a walnut handle.", never "has brass handle or walnut handle"
    parts = re.split(r"\s+(or|and)\s+", low)
    if kind == "product" and len(parts) == 3 and all(
            1 <= len(p.split()) <= 3 and p.split()[0] not in _DETERMINERS and not _plural(p.split()[-1])
            and not re.search(r"\d|,", p) and p.split()[-1].isalpha() for p in parts[::2]):
        return _full(f"{ours} {come} with {_article(parts[0])} {parts[1]} {_article(parts[2])}")
    # a size of pack and where it is from: "50g pouches, from small gardens in Assam"
    pack = _pack_said(low)
    if pack:
        return _full(pack)
    # a thing put in with them, typed bare: "brewing card with water temperature" is "Our
    # tea box comes with a brewing card with …", never "has brewing card with …" (read 30)
    thing = re.match(r"(?i)^(?:[a-z-]+\s+){0,2}(card|chart|guide|note|booklet|map|kit|bag|case|"
                     r"pouch|tin|lid|strap|handle|cover|spoon|cloth|sheet|certificate|manual)"
                     r"(?:\s+(?:with|of|for|that|in)\b|$)", low)
    if kind == "product" and thing and words[0] not in _DETERMINERS:
        return _full(f"{ours} {come} with {_article(low)}")
    # a part they have: "reflective tape all the way round not just on the back"
    if kind == "product" and is_fragment(text) and not re.search(r"\d", text) \
            and words and words[0] not in _DETERMINERS and len(words) >= 3:
        return _full(f"{ours} {have} {low}")
    # one thing they come with, a noun said bare ("SMS and WhatsApp alert within 60
    # seconds", "21 CFR Part 11 audit trail on the dashboard"): "Our loggers come with an
    # SMS and WhatsApp alert…", never "A closer look at X: SMS and WhatsApp alert…" (read 31)
    if kind == "product" and item and words and words[0] not in _DETERMINERS and is_fragment(text):
        m = re.match(r"There's (an? \S.*)$", _thing_said(low if not re.match(r"[A-Z]{2}", text) else text,
                                                        item, False))
        if m:
            return _full(f"{ours} {come} with {m.group(1)}")
    if kind == "service" and item:
        # a service's part as the description's sentences say it ("Locked consoles are
        # emptied fortnightly or monthly.", "You get a certificate of destruction after
        # every visit."), never "In detail, from Kagaz Shield: locked consoles emptied …"
        # (read 41's tuning set); a sentence that only opens with "There" says no more
        said = fact_sentences([text], item, kind)
        if len(said) == 1 and not said[0].startswith(("There's", "There are")) \
                and said[0].rstrip(".").lower() != low.rstrip(".").lower():
            return said[0]
    return ""


#: a note at the end of an event's name that asks something of people, in brackets or
#: after a comma: "(bring a knife and some bread)", ", wear old clothes"
_ASIDE = re.compile(r"(?i)(?:\s*\(|,\s+)(?P<aside>(?:bring|wear|dress|come|arrive|grab|pack|byo|"
                    r"no need|please|bookings?|booking|tickets?|free entry|entry)\b[^()]{2,80}?)"
                    r"\)?\s*$")


def event_name(title: str, there: bool = False) -> str:
    """An event's name without the note at its end that asks something of people: "Live
    tasting of the January box with Luca, bring a knife and some bread" is "Live tasting of
    the January box with Luca" (blind read 25: "(bring a knife and some bread)" pasted
    mid-sentence, twice); an event in person named "a gathering: what happens there" is the
    gathering alone ("Open morning at the caleta"), what happens said after it
    (``event_aside``)."""
    m = _ASIDE.search(title or "")
    name = title[:m.start()].rstrip(" ,;:—–-") if m and m.start() > 0 else title
    if there and _what_happens(name):
        return name.split(":", 1)[0].strip()
    return name


#: the words a line about what happens at a gathering opens on ("meet Don Lucho, see the
#: boats come in", "watch our weavers at work"): it stands as a sentence of its own
_HAPPENS_VERBS = frozenset(
    "meet see watch taste try ask join bring learn make build get hear sample explore tour "
    "visit walk browse shop pick chat talk play paint carve meet".split())
_NUMBER_WORD = re.compile(r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                          r"twelve|twenty|thirty|forty|fifty)\b")


def _what_happens(title: str) -> str:
    """What the part after the colon of an in-person event's name ("Open day in our hall:
    three built stands to walk through") says happens there, as a sentence of ours ("There
    are three built stands to walk through.", "Meet Don Lucho, see the boats come in and
    taste ceviche.", "There's a free neck and humidity check."), or "" when the name is not so
    typed or the part reads as the event's own subject ("Supervisor night: how to teach…",
    "Warm or cool? …"), which stays in the name. Blind read 31: the whole name in quotes
    mid-sentence ("Come to ‘Open morning at the caleta: meet Don Lucho, …’")."""
    head, colon, detail = (title or "").partition(":")
    detail = detail.strip().rstrip(".!")
    words = detail.split()
    if not colon or "?" in title or ":" in detail or len(words) < 2 or len(head.split()) < 2 \
            or re.match(r"(?i)live\b", head) or "(" in detail:
        return ""
    first = words[0].lower()
    if first in _HAPPENS_VERBS:
        return detail[:1].upper() + detail[1:] + "."
    part, comma, rest = detail.partition(", ")
    listed = comma and re.search(r"\s(?:and|&)\s", rest)
    said = detail if listed else part
    if _NUMBER_WORD.match(said):
        # "three built stands to walk through", "30 mini designs from R$200": a count of
        # things (a plural among its first words), never "30 min webinar"
        if not any(re.fullmatch(r"[a-z]+[^s]s", w) for w in said.lower().split()[1:4]):
            return ""
        return "There are " + said + "."
    if first in ("what", "how", "why", "when", "who", "which", "where", "with", "for", "the",
                 "a", "an", "our", "your", "my") or first[:1].isupper() or first[:1].isdigit():
        return ""
    article = "an" if first[:1] in "aeiou" else "a"
    head_noun = said.split()[-1].lower()
    if not listed and re.fullmatch(r"[a-z]+[^s]s", head_noun):
        return ""  # "gilding demos": no "a"
    return f"There's {article} {said}."


def without_our(name: str) -> str:
    """An event's name as posts of any voice say it, its "our" or "my" taken off ("free live
    Q&A" of "our free live Q&A" and of one maker's "my free live Q&A")."""
    return re.sub(r"(?i)^(?:our|my)\s+", "", name)


def event_called(event) -> str:
    """An event's name as its posts say it, to find it in them: the title as ``said_title``
    gives it, or the gathering alone when what happens there is said after it
    (``_what_happens``: "Open morning at the caleta")."""
    there = in_person(event)
    name = event_name(event.title, there) if there else event.title
    return said_title(name if name != event_name(event.title) else event.title)


def event_aside(title: str, there: bool = False) -> str:
    """The note at the end of an event's name that asks something of people, as a sentence
    ("Bring a knife and some bread."), after what happens there when the name of an event in
    person says it (``_what_happens``), or ""."""
    m = _ASIDE.search(title or "")
    name = title[:m.start()].rstrip(" ,;:—–-") if m and m.start() > 0 else title
    happens = _what_happens(name) if there else ""
    if not m or m.start() == 0:
        return happens
    aside = m.group("aside").strip().rstrip(".!")
    return " ".join(filter(None, [happens, aside[:1].upper() + aside[1:] + "."]))
