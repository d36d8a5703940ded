"""What a brief with few facts can still say honestly, and what it must not ask.

A sparse brief (a product line, a kind, the platforms) still tells what the business is:
"We offer mobile bike servicing in Bristol.", "Verbling Nights is an evening course in
conversational Portuguese." That sentence is the fact the fact-light templates (meta
``last_resort = true``) are built on, and the line a post adds to say what the business
sells when the description gives none.

A brief that gives no sign of existing customers (no reviews, quotes, community,
ambassadors, perk for customers, referral reward, and no past posts given to the plan)
gets no asks to customers: no "tell us what you think", no tag-and-share, no reviews
asked for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from planner.domain.brief import Brief
from planner.domain.vocabularies import MARKETPLACES, ONLINE_PLATFORMS, OWN_STORES
from planner.planning.wording import COURSE_WORDS, is_solo
from planner.planning.visuals import drop_in
from planner.planning.voice import subscribed_unit

#: a name, then what it is: "Pocket Greek - an online course in…", "Lumen: a meditation app"
_NAMED = re.compile(r"^(?P<name>[^,:;()–—-]{2,60}?)\s*(?:\s[-–—]\s|:\s|,\s)(?P<what>(?:an?|the)\s.+)$",
                    re.IGNORECASE)
#: words a product line opens with that are a list, not a name ("handmade, small-batch…")
_NOT_A_NAME = {"handmade", "hand-made", "small", "organic", "local", "fresh", "custom"}


#: goods said without "a": "We sell sourdough bread", never "a sourdough bread"
_MASS_GOODS = {"bread", "coffee", "tea", "honey", "jewellery", "jewelry", "furniture", "soap",
               "chocolate", "cheese", "wine", "beer", "granola", "pottery", "clothing", "skincare",
               "art", "knitwear", "homeware", "stationery", "software", "fudge", "jam", "cider",
               "gin", "olive oil", "oil", "salt", "seafood", "fish", "meat", "produce", "yarn",
               "wool", "linen", "ceramics", "glassware", "decor", "décor", "merch", "kombucha"}


def _is_plural_or_mass(head: str, kind: str) -> bool:
    """Whether the product's head noun reads without "a": plural goods ("mugs"), or the
    work of a service ("repair", "cleaning", "lessons")."""
    from planner.planning.wording import _TRAILING_PARTICIPLE

    words = head.lower().split()
    while len(words) > 1 and _TRAILING_PARTICIPLE.fullmatch(words[-1]):
        words = words[:-1]  # "silk lanterns made (in …)": the noun is "lanterns"
    word = words[-1] if words else ""
    if kind == "service" or word in _MASS_GOODS:
        return True
    return word.endswith("s") and not word.endswith("ss") or word.endswith("ing")


def _head(product: str) -> str:
    """The product's noun phrase before "for", "in", "with" and a comma."""
    return re.split(r"\s(?:for|with|in|from|by|to|of|on|at)\s|[,(/;]", product)[0].strip()


#: a product line that names the work, then lists its parts after a dash or a colon: "ski
#: servicing in Zakopane - waxing, edges, base repair"
_LINE_LIST = re.compile(r"^(?P<head>[^,:;()–—-]{3,80}?)\s*(?:\s[-–—]\s|:\s)(?P<parts>[^:;()]+)$")
#: nouns of a part said with "a" ("an online option", "a gas safety check")
_ONE_OF = re.compile(r"(?i)^(?:option|check|service|visit|session|class|consultation|inspection|report|test|"
                     r"callout|call-out|quote|assessment|plan|lesson|survey|clean|tune-up|tour)$")


#: the last word of a part that is a piece of the job ("refrigerant check", "written report")
_JOB = re.compile(r"(?i)\b(?:checks?|cleaning|clean|inspections?|tests?|reports?|repairs?|service|"
                  r"servicing|maintenance|removal|installation|visits?|call-?outs?|survey|"
                  r"assessment|tune-?up|sharpening|waxing|fitting|replacement)$")


def product_parts(product: str) -> tuple[str, list[str]]:
    """A product line typed as what the work is, then its parts after a dash or a colon
    ("bathroom tile regrouting in Porto - regrouting, sealing, mould removal"): the head
    ("bathroom tile regrouting in Porto") and the parts, each a short noun phrase; the line
    and no parts when it is not such a list (a name and what it is, "Lumen: a meditation
    app", stays whole)."""
    line = " ".join(product.split()).rstrip(".")
    m = _LINE_LIST.match(line)
    if not m or _NAMED.match(line) and m.group("head")[:1].isupper():
        return line, []
    parts = [re.sub(r"(?i)^(?:and|or|&)\s+", "", p).strip()
             for p in re.split(r",\s*|\s+(?:and|&)\s+", m.group("parts"))]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) > 4 or re.search(r"\d", p) for p in parts):
        return line, []
    return m.group("head").strip(), parts


def _part_of_work(part: str, brief: Brief, turn: int) -> str:
    """One part of a product line's list said as a sentence of ours ("Mould removal is part
    of what we do.", "We do base repair too."), in a wording that changes with ``turn`` so no
    two parts read as one sentence pasted."""
    from planner.planning.facts_said import _plural

    words = part.split()
    many = _plural(words[-1].lower())
    said = _small(part)
    if not many and _ONE_OF.match(words[-1]) and words[0].lower() not in ("a", "an", "the", "one"):
        # (never "An a photo report?")
        said = ("an " if said[:1] in "aeiou" else "a ") + said
    we = "I" if is_solo(brief) else "we"
    lead = said[:1].upper() + said[1:]
    if brief.kind == "service":
        frames = [f"{lead} {'are' if many else 'is'} part of what {we} do.",
                  f"{we.capitalize()} do {said} too.",
                  f"{lead}? Yes, {we} do that."]
    elif brief.kind == "digital":
        frames = [f"{lead} {'are' if many else 'is'} part of it.",
                  f"{lead} {'are' if many else 'is'} in there too.",
                  f"{lead}? Yes, that's in there."]
    else:
        frames = [f"{we.capitalize()} make {said} too.",
                  f"{lead} {'are' if many else 'is'} part of the range.",
                  f"{lead}? Yes, {we} make {'those' if many else 'that'} too."]
    return frames[turn % len(frames)]


def what_it_is(brief: Brief) -> str:
    """What the business is, said from the product line alone, as a sentence of ours;
    empty when there is no product line. Nothing is added the line does not say (a line
    that lists its parts after a dash says its head here; each part is a line of its own,
    :func:`thin_facts`)."""
    product = product_parts(brief.product)[0]
    if not product:
        return ""
    m = _NAMED.match(product)
    if m and m.group("name").split()[0].lower() not in _NOT_A_NAME \
            and m.group("name")[:1].isupper():
        what = m.group("what")
        return f"{m.group('name').strip()} is {what[:1].lower()}{what[1:]}."
    we = "I" if is_solo(brief) else "We"
    venue = drop_in(brief)
    if venue:
        # a place is what the business is: "La Ficha Roja is a board game café.", never
        # "… offers board game café." (read 41's tuning set)
        return f"{brief.brand} is {venue}." if brief.brand else f"We're {venue}."
    if brief.brand and brief.brand.lower() not in product.lower() and not is_solo(brief):
        subject, verb_s = brief.brand, "s"
    else:
        subject, verb_s = we, ""
    body = product[:1].lower() + product[1:] if not product.split()[0].isupper() \
        and not (len(product) > 1 and product[1:2].isupper()) else product
    if brief.product[:1].isupper() and brief.product.split()[0][1:].islower() \
            and brief.product.split()[0].lower() not in _NOT_A_NAME and len(brief.product.split()) > 1 \
            and brief.product.split()[0].lower() not in ("hand", "mobile", "online"):
        body = product  # a name of its own ("Lakeside pottery classes") keeps its capital
    named = re.match(r"^(?P<name>(?:[A-Z][\w'’&-]*\s+)+)(?P<rest>[a-z][\w\s'’-]*)$", body)
    if named and brief.kind == "digital" and not _is_plural_or_mass(_head(product), brief.kind):
        # a course or an app by its own name is that name: "Backyard Chooks is our online
        # course.", never "We teach a Backyard Chooks online course." (blind read 35)
        return f"{named.group('name').strip()} is {'my' if we == 'I' else 'our'} {named.group('rest').strip()}."
    if not _is_plural_or_mass(_head(product), brief.kind) \
            and not re.match(r"(?i)(?:an?|the|our|my)\s", body):
        body = ("an " if body[:1].lower() in "aeiou" else "a ") + body
    if brief.kind == "service":
        verb = "offer"
    elif brief.kind == "digital":
        # a course is taught, never made (read 29: "We make an online tango footwork course")
        # (... by what it is, its last word: "a printable lesson plan pack" is made, never
        # "We teach a printable lesson plan pack", blind read 39)
        last = (_head(product).split() or [""])[-1]
        verb = "teach" if re.fullmatch(r"(?i)(?:course|class|classes|lessons?|masterclass|"
                                       r"tutorials?|workshops?|bootcamp)", last) else "make"
    elif subscribed_unit(brief):
        # a lending library or a club is run, a subscription offered, never "sold" (read 28:
        # "Piecemeal… sells a jigsaw puzzle library by post")
        verb = "run" if re.search(r"(?i)\b(?:library|libraries|club|clubs)\b", product) else "offer"
    else:
        verb = "sell"
    if verb_s:
        verb += "s"
    return f"{subject} {verb} {body}."


def _body(first: str) -> str:
    """The object of :func:`what_it_is`'s sentence ``first`` ("oyster mushroom grow kits",
    "a tote")."""
    first = first.rstrip(".")
    for verb in ("offers ", "offer ", "makes ", "make ", "sells ", "sell ", "runs ", "run "):
        at = first.find(" " + verb)
        if at >= 0:
            return first[at + 1 + len(verb):]
    return ""


def what_it_is_variants(brief: Brief) -> list[str]:
    """What the business is, in a few wordings of ours, each as a person would say it: the
    first as :func:`what_it_is`, the others for a calendar that says it again, so no post
    repeats another's sentence ("Mobile dog grooming is what we do.", "It's all about
    hand-thrown mugs here.")."""
    first = what_it_is(brief)
    if not first:
        return []
    venue = drop_in(brief)
    if venue:
        return [first, f"Looking for {venue}? That's us.", f"If you're new here, we're {venue}."]
    product = product_parts(brief.product)[0]
    m = _NAMED.match(product)
    if m and m.group("name").split()[0].lower() not in _NOT_A_NAME \
            and m.group("name")[:1].isupper():
        name, what = m.group("name").strip(), m.group("what")
        what = what[:1].lower() + what[1:]
        return [first, f"Put simply, {name} is {what}.", f"If you're new here, {name} is {what}.",
                f"Meet {name}, {what}."]
    body = _body(first)
    if not body:
        return [first]
    noun = re.sub(r"(?i)^(?:an?|the)\s", "", body)
    solo = is_solo(brief)
    we = "I" if solo else "we"
    # the thing itself at a sentence's start: "Mobile dog grooming is…", a name kept as typed
    said = noun if _is_plural_or_mass(_head(noun), brief.kind) else body  # "A tote is…"
    lead = said if said[:1].isupper() else said[:1].upper() + said[1:]
    many = _is_plural_or_mass(_head(noun), "product") and _head(noun).lower().endswith("s") \
        and brief.kind != "service"
    if brief.kind == "service":
        from planner.planning.facts_said import _plural

        # "Guided kayak trips are what we do", never "… trips is what we do"
        heads = re.split(r"\s(?:off|near|around|across|along|over|under|round)\s", _head(noun))[0].split()
        plural = bool(heads) and _plural(heads[-1].lower()) and not re.match(r"(?i)an?\s", body)
        second = f"{lead} {'are' if plural else 'is'} what {we} do."
        third = f"Day to day, {we} do {body}."
    elif brief.kind == "digital":
        second = f"{lead} {'are' if many else 'is'} what {we} make."
        third = f"Here, it's all about {body}."
    elif subscribed_unit(brief):
        # a subscription or a lending library is never "what we sell" (s29)
        second = f"{lead} {'are' if many else 'is'} what {we} do."
        third = f"Here, it's all about {said}."
    else:
        second = f"{lead} {'are' if many else 'is'} what {we} sell."
        third = f"Here, it's all about {said}."
    fourth = f"Looking for {said}? That's {'me' if solo else 'us'}."
    if brief.kind == "service":
        fourth = f"Need {said}? That's {'me' if solo else 'us'}."
    return [first, second, third, fourth]


#: what tells that a business already has customers to ask
CUSTOMER_SIGNS = ("reviews", "quotes", "community", "ambassadors")


def has_customers(brief: Brief) -> bool:
    """Whether the brief gives a sign of existing customers: reviews, customers' quotes, a
    community, ambassadors, a perk for existing customers or a referral reward."""
    facts = brief.facts
    return bool(any(getattr(facts, name) for name in CUSTOMER_SIGNS)
                or brief.customer_perk or brief.referral_reward)



# --- what a thin brief gives, each part its own fact ---------------------------------------
#
# A busy owner fills the form in a line each: "baths, nail trims and deshedding, small and
# medium breeds, done in our van outside your door"; "busy dog owners in Headingley and
# Horsforth". Every part of it is a fact a post can be built around, said as a sentence of
# ours ("We work with small and medium breeds.", "We cover Headingley and Horsforth."), never
# the list pasted.

#: a part that says where: "in Headingley, Horsforth and Kirkstall", "across north Leeds"
_AREA_SPLIT = re.compile(r"^(?P<who>.+?)\s+(?:in|across|around|near|throughout)\s+(?P<where>[A-Z].*)$")
#: a part that is a size or a size range: "10cm to 30cm", "A5 and A4", "sizes 6-16"
_SIZE = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:mm|cm|m|in|inch|inches|ml|l|litres?|liters?|g|kg|oz|lb)\b"
                   r"|^sizes?\b|\b(?:XS|S|M|L|XL|XXL)\s*(?:-|to)\s*(?:XS|S|M|L|XL|XXL)\b")
#: a verb in the third person that opens a part ("works in Google Sheets and Excel")
_VERB_S = re.compile(r"^(?!(?:as|is|was|its|this|thus|plus|us|yes|less|towards|besides|whereas)\s)"
                     r"(?P<verb>[a-z]+(?<!s)s|does|goes|has)\s+(?P<rest>.+)$")
#: participles that say how a thing is made, sold, sent or done ("done in our van…")
_HOW = re.compile(r"^(?:hand[\s-])?(?P<p>[a-z]+(?:ed|en|wn)|made|done|sold|sent|built|cut|run|kept|"
                  r"held|taught|grown|sewn|thrown|brought|spun|shipped|posted|bound|set|shot)\s+"
                  r"(?P<rest>.+)$")


#: a part that opens with how many ("three glazes", "12 colours")
_COUNT_LEAD = re.compile(r"(?i)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b")


def area_split(audience: str) -> tuple[str, str]:
    """Who an audience is and where they are: ("busy dog owners", "Headingley and
    Horsforth"). Only the run of place names is the area; a clause after it still says who
    ("busy women in Leeds who want nice nails…": the area is "Leeds", never "Leeds who
    want…")."""
    m = _AREA_SPLIT.match(audience)
    if not m:
        return audience, ""
    who, where = m.group("who"), m.group("where")
    words = where.split()
    for i, word in enumerate(words):
        bare = word.strip(",")
        if i and not (bare[:1].isupper() or bare in ("and", "or", "&")):
            place = " ".join(words[:i]).rstrip(",")
            place = re.sub(r"\s+(?:and|or|&)$", "", place)
            return f"{who} {' '.join(words[i:])}".strip(), place
    return who, where


def _listed(text: str) -> str:
    """A list typed with commas only ("Baner, Wakad, Kothrud") said with "and" before its last."""
    if "," in text and not re.search(r"\s(?:and|or|&)\s", text):
        head, _, last = text.rpartition(",")
        return f"{head} and {last.strip()}"
    return text


def _groups(text: str) -> list[str]:
    """A line typed as a list, split at its commas into the things it lists: a run of short
    items closed by "…and…" is one thing ("baths, nail trims and deshedding"), each other
    part a thing of its own ("small and medium breeds", "done in our van")."""
    from planner.planning.wording import _comma_parts

    parts = _comma_parts(" ".join(text.split()).rstrip("."))
    out: list[str] = []
    run: list[str] = []
    for part in parts:
        joined = re.search(r"\s(?:and|or|&)\s", part) is not None
        short = len(part.split()) <= 3 and not re.match(r"\d", part) \
            and not _HOW.match(part.lower()) and not _VERB_S.match(part.lower())
        if joined and run and len(part.split()) <= 6:
            out.append(", ".join(run + [part]))
            run = []
        elif joined and not run and out and (
                len(part.split()) <= 6 and len(out[-1].split()) <= 5
                # (or a list whose "and" comes early, then where: "for restaurants, cafés
                # and food brands across Brisbane and the Gold Coast", read 37's "We offer
                # an on-location food photography for restaurants.")
                or re.match(r"(?:[\w'’-]+\s+){1,2}(?:and|or|&)\s", part) is not None
                and len(out[-1].split()) <= 8) \
                and re.search(r"\b(?:for|with|from|of|on|in)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$",
                              out[-1]) \
                and not re.match(r"\d", part):
            # "licensed for menus, delivery apps and social": the list its participle
            # opened, said whole (blind read 37: "We work with delivery apps and social.")
            out[-1] += ", " + part
        elif short and not joined:
            run.append(part)
        else:
            out.extend(run)
            run = []
            out.append(part)
    out.extend(run)
    return [re.sub(r"^(?:and|or)\s+", "", g).strip() for g in out if g.strip()]


def _small(text: str) -> str:
    """A part mid-sentence: its first letter small unless it is a name ("Parker 51s")."""
    words = text.split()
    word = words[0] if words else ""
    if word[:1].isupper() and (word[1:2].isupper() or any(ch.isdigit() for ch in word)
                               or len(words) > 1 and (words[1][:1].isupper()
                                                      or words[1][:1].isdigit())):
        return text
    return text[:1].lower() + text[1:]


def _subject(brief: Brief) -> tuple[str, bool]:
    """What a fact is said of: "our hand-thrown stoneware planters" (plural?)."""
    head = _head(" ".join(brief.product.split()))
    if not head:
        return ("it", False)
    plural = _is_plural_or_mass(head, "product") and head.lower().endswith("s")
    if head[:1].isupper() and len(head.split()) <= 3 and not head.split()[0].lower() in _NOT_A_NAME:
        return (head, False) if not plural else (head, True)
    words = head.split()
    if len(words) > 2:  # "our stoneware planters", said again and again: the short name
        head = " ".join(words[-2:])
    return ("our " + _small(head), plural)


def _with_articles(group: str) -> str:
    """A list of things, each with its article ("an invoice tracker, a tax set-aside sheet
    and a client log"); plural and mass nouns as they are."""
    from planner.planning.facts_said import _article

    items = re.split(r",\s+|\s+(?:and|&)\s+", group)
    if len(items) < 2 or any(len(i.split()) > 4 for i in items):
        return _article(_small(group))
    # (an item typed with a capital mid-list is a name: "Sheaffers")
    said = [_article(_small(i) if n == 0 else i) for n, i in enumerate(items)]
    return ", ".join(said[:-1]) + " and " + said[-1]


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip().rstrip(".,;:")
    return text[:1].upper() + text[1:] + "." if text else ""


def _part_sentence(part: str, brief: Brief, first: bool) -> str:
    """One part of a thin brief's description said as a sentence of ours; "" when it is a
    price (the price line is told on its own budget) or too short to say anything."""
    from planner.planning.facts_said import PRICE_RE, _plural, part_shape

    low = part.lower()
    if PRICE_RE.search(part) or len(part.split()) < 2 and not first:
        return ""
    shaped = part_shape(part)  # the one table of part shapes (facts_said.PART_SHAPES)
    if shaped:
        return shaped
    from planner.planning.facts_said import _TOPIC, _course_noun, no_need_said

    if _TOPIC.match(part) and (brief.kind == "digital" or _course_noun(brief.product)):
        # a topic a course teaches is learned: "You learn how to centre clay on a wheel.",
        # never "You get a how to centre clay…"
        return _sentence(f"You learn {_small(part)}")
    subject, many = _subject(brief)
    are, have = ("are", "have") if many else ("is", "has")
    kind = brief.kind
    if no_need_said(part):
        return no_need_said(part)
    handed = re.match(r"(?i)^((?:\d+\s+)?(?:[a-z-]+\s+)?[a-z-]+s)\s+((?:delivered|sent|emailed|"
                      r"shipped|returned|posted)\b.*)$", part)
    if handed and brief.kind == "service":
        # what the work hands over, and when: "You get maps, delivered in two days.", never
        # "Our drone surveys map delivered in two days." (the noun read as a verb)
        return _sentence(f"You get {handed.group(1)}, {handed.group(2)}")
    if kind == "service" and _JOB.search(part) and len(part.split()) <= 4:
        # "refrigerant check", "written report": a part of the job, never who we work with
        # ("We work with refrigerant check.", "It's all written report.")
        return _part_of_work(part, brief, len(part))
    m = _HOW.match(low)
    if m:
        if kind == "service":
            return _sentence(f"It's all {_small(part)}")
        return _sentence(f"{subject} {are} {_small(part)}")
    words = low.split()
    if len(words) == 2 and _plural(words[0]) and (words[1].endswith("ed") or _HOW.match(
            words[1] + " x")):
        # "nibs tuned", "seams taped": what is done to each one
        return _sentence(f"The {words[0]} are {words[1]}")
    if re.match(r"(?i)as\s+\S", part) and kind != "service":
        # "as A4 and US letter PDFs": the form the goods come in ("Our planner templates come
        # as A4 and US letter PDFs.", once "… a A4 and US letter PDFs.": "as" read as a verb)
        return _sentence(f"{subject} {'come' if many else 'comes'} {_small(part)}")
    m = _VERB_S.match(low)
    if m and m.group("verb") in ("sizes", "prices", "colours", "colors", "options", "styles"):
        m = None  # "sizes 140x200 to 220x200": a noun, never "Our sets size …"
    if m and len(m.group("rest").split()) == 1 and m.group("rest").endswith("s") \
            and m.group("verb") not in ("includes", "has", "does", "offers", "covers", "takes",
                                        "fits", "suits", "needs", "uses", "holds", "sleeps"):
        m = None  # "kids clubs": two nouns, never "Our climbing gym kids clubs."
    if m:
        verb = m.group("verb")
        if many:
            verb = {"does": "do", "goes": "go", "has": "have"}.get(
                verb, verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1])
        return _sentence(f"{subject} {verb} {part.split(None, 1)[1]}")
    if re.match(r"(?i)(?:for|with)\s", part):
        return _sentence(f"{subject} {are} {_small(part)}" if kind != "service"
                         else f"We work {_small(part)}")
    if re.match(r"(?i)(?:in|at|on|across|around|near)\s", part):
        return _sentence(f"{'We work' if kind == 'service' else subject + ' ' + are + ' sold'} "
                         f"{_small(part)}")
    if _SIZE.search(part):
        span = re.match(r"^(?P<a>\S+)\s*(?:-|–|to)\s*(?P<b>\S+)$", part)
        said = f"from {span.group('a')} to {span.group('b')}" if span else f"in {_small(part)}"
        return _sentence(f"{subject} come in sizes {said}" if many else
                         f"It comes in sizes {said}")
    if first:
        verb = {"service": "We offer", "digital": "You get"}.get(kind, "We sell")
        if verb == "We sell" and subscribed_unit(brief):
            verb = "We offer"  # a lending library or a subscription is never "sold" (s29)
        return _sentence(f"{verb} {_with_articles(part)}")
    if re.match(r"(?i)(?:an?|one)\s", part):
        # a thing a service or a course hands over is what you get ("You get a written
        # report."); "There's the…", "There's every…" is no sentence (read 22)
        lead = "There's" if kind == "product" else "You get"
        return _sentence(f"{lead} {_small(part)}")
    if _COUNT_LEAD.match(low):
        return _sentence(f"{subject} come in {_small(part)}" if many and kind == "product"
                         else f"You get {_with_articles(part)}")
    from planner.planning.facts_said import fact_sentences

    # a part the description's own rules say as a statement ("first lesson half price": "The
    # first lesson is half price.", "royalty free": "Our … are royalty free.")
    said = fact_sentences([part], brief.product, kind)
    if said and not re.match(r"(?:There|You get)\b", said[0]):
        return said[0]
    if said and (kind != "product" and said[0].startswith("You get ")
                 or re.match(r"There are \d", said[0])):
        # "You get the same walker every week.", "There are 140 routes.": never "We work
        # with the same walker…", which says who we work for (read 22's description parts)
        return said[0]
    if kind == "service":
        return _sentence(f"We work with {_small(part)}")
    if kind == "digital":
        return _sentence(f"You get {_with_articles(part)}")
    return _sentence(f"Each one comes with {_small(part)}")


def _desc_groups(text: str) -> list[str]:
    """`_groups` of a description's opening line; a line typed as "what: its details"
    ("self-paced video course: 30 lessons from …") is what is sold, then its details."""
    groups = _groups(text)
    if len(groups) < 2 and ": " in text:
        head, tail = text.split(": ", 1)
        if head.strip() and len(head.split()) <= 6:
            return [head.strip()] + _groups(tail)
    return groups


def thin_core(brief: Brief) -> str:
    """What the business sells, from the first part of a description typed as a list ("We
    offer baths, nail trims and deshedding."), when the description is such a list of
    several parts; "" otherwise."""
    from planner.planning.facts_said import opening_sentence

    text = opening_sentence(brief.description.strip())
    if not text or re.search(r"(?i)^(?:we|i|our|my)\b", text):
        return ""
    groups = _desc_groups(text)
    if len(groups) < 2 or _HOW.match(groups[0].lower()) or _SIZE.search(groups[0]) \
            or _COUNT_LEAD.match(groups[0]) or _VERB_S.match(groups[0].lower()) \
            or re.match(r"(?i)(?:for|with|in|at|on)\s", groups[0]):
        return ""  # "three glazes, …": a fact of the goods, not the goods
    if len(_groups(text)) < 2:
        # "self-paced video course: 30 lessons …": what it is, said of ours by its name
        # ("Our Flamenco Guitar course is a self-paced video course.")
        from planner.planning.wording import short_name

        item, head = short_name(brief), groups[0]
        many = item.lower().endswith("s") and not item.lower().endswith("ss")
        head = head[:1].lower() + head[1:] if not head[:2].isupper() else head
        if many or re.match(r"(?i)(?:a|an|the|one)\s", head):
            return _sentence(f"Our {item} {'are' if many else 'is'} {head}")
        article = "an" if head[:1].lower() in "aeiou" else "a"
        return _sentence(f"Our {item} is {article} {head}")
    return _part_sentence(groups[0], brief, True)


def listed(brief: Brief) -> bool:
    """Whether the description's opening is typed as a list of several parts."""
    from planner.planning.facts_said import opening_sentence

    text = opening_sentence(brief.description.strip())
    return bool(text) and not re.search(r"(?i)^(?:we|i|our|my)\b", text) and len(_desc_groups(text)) >= 2


def thin_facts(brief: Brief) -> list[str]:
    """Every part of a brief given in a line each, as its own sentence of ours, for a
    fact-light post to be built around: the description's parts after what is sold ("We work
    with small and medium breeds.", "It's all done in our van outside your door."), the
    areas of its audience ("We cover Headingley, Horsforth and Kirkstall.") and who it is for
    ("We work with busy dog owners."). Each says one thing; none pastes a list as typed."""
    from planner.planning.facts_said import opening_sentence

    out: list[str] = []
    text = opening_sentence(brief.description.strip())
    if text and not re.search(r"(?i)^(?:we|i|our|my)\b", text):
        groups = _desc_groups(text)
        start = 1 if thin_core(brief) else 0
        if len(groups) >= 2:
            out += [_part_sentence(g, brief, False) for g in groups[start:]]
    if not brief.description.strip():
        # a product line that lists its parts ("… - waxing, edges, base repair"): each part
        # a post of its own can be built around
        out += [_part_of_work(p, brief, i) for i, p in enumerate(product_parts(brief.product)[1])]
    audience = " ".join(brief.audience.split()).rstrip(".")
    if audience:
        who, where = area_split(audience)
        if where:
            out.append(_sentence(f"{'We cover' if brief.kind == 'service' else 'We are based in'} "
                                 f"{_listed(where)}") if brief.kind == "service" else "")
        if who and len(who.split()) >= 2 and not re.search(r"\d", who):
            subject, many = _subject(brief)
            if brief.kind == "service":
                out.append(_sentence(f"We work with {_small(who)}"))
            else:
                out.append(_sentence(f"{subject} {'are' if many else 'is'} made for {_small(who)}"))
    solo = is_solo(brief)
    if solo:
        from planner.planning.voice import first_person_singular

        out = [first_person_singular(s) for s in out]
    return list(dict.fromkeys(s for s in out if s and len(s.split()) >= 3))


#: the lines worked out per brief (`brief_lines`), at most this many briefs kept
_LINES_KEPT = 32
_LINES: dict[tuple, tuple[tuple[str, ...], tuple[str, ...], str]] = {}


def brief_lines(brief: Brief) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """:func:`what_it_is_variants`, :func:`thin_facts` and :func:`thin_core` of ``brief``,
    worked out once per brief: the critic asks for them on every wording it checks."""
    key = (brief.product, brief.brand, brief.kind, brief.description, brief.audience,
           tuple(brief.facts.story), tuple(brief.facts.differentiators), brief.facts.solo, brief.tone)
    hit = _LINES.get(key)
    if hit is None:
        if len(_LINES) >= _LINES_KEPT:
            _LINES.pop(next(iter(_LINES)))
        area = area_line(brief)
        hit = _LINES[key] = (tuple(what_it_is_variants(brief)),
                             tuple(thin_facts(brief) + ([area] if area else [])),
                             thin_core(brief))
    return hit


def light_lines(brief: Brief) -> tuple[str, ...]:
    """Every sentence of ours a thin brief's posts are built around: what the business is in
    each wording, each part of the brief, and what it sells (a list's first part)."""
    variants, thin, core = brief_lines(brief)
    # (... and each part's second telling, in a sentence of its own: `retellings`)
    again = tuple(r for line in thin for r in retellings(line, brief))
    # (... and each group the audience names, spoken to by name: no audience pasted)
    return variants + thin + again + ((core,) if core else ()) + tuple(group_lines(brief))



# --- a sparse brief: the product line, its kind and the platforms, nothing else -------------
#
# Such a brief has a handful of honest things to say, each once: what the business is, how
# the goods are made when their name says so, a question that needs no facts, how to order or
# book, and what followers would like to see. A calendar of it is those few posts, one job
# each, never the product line restated in stock frames (blind read 19: "New here? Hello. X
# are what we sell." eight times over).

#: the jobs of a sparse brief's posts, in the order they run: each a template of its own
#: (meta ``needs = ["sparse"]``)
SPARSE_JOBS = ("intro", "made", "question", "ask", "wishes")
SPARSE_TEMPLATES = {"intro": "awareness/sparse-intro", "made": "consideration/sparse-made",
                    "question": "consideration/sparse-question", "ask": "conversion/sparse-ask",
                    "wishes": "consideration/sparse-wishes"}
#: jobs that ask followers to answer: a Pin is saved, not replied to, so they go elsewhere
SPARSE_REPLIES = {"question", "wishes"}
#: the most posts a sparse brief gets, however long the plan
SPARSE_MOST = 5

#: the brief's fields whose any value makes it more than sparse
_MORE_THAN_SPARSE = ("description", "audience", "sells_on", "referral_reward", "offer",
                     "free_shipping", "giveaway", "customer_perk")
_FACTS_BEYOND = ("problems", "differentiators", "story", "tips", "quotes", "reviews", "faqs",
                 "launch", "creators", "ambassadors", "shop_features", "events", "pillars",
                 "community", "price_point")
#: a word of the product's name that says each one is worked on before it is sold
_WORKED_ON = re.compile(r"(?i)\b(restored|refurbished|reconditioned|renovated|repaired)\b")


def is_sparse(brief: Brief) -> bool:
    """Whether the brief gives only a product line (with its kind, platforms, and maybe a
    tone, a brand, a link): no description, audience, fact list, offer or moment, and a
    product line that lists no parts."""
    if not brief.product.strip() or product_parts(brief.product)[1]:
        return False
    if any(getattr(brief, name) for name in _MORE_THAN_SPARSE):
        return False
    return not any(getattr(brief.facts, name) for name in _FACTS_BEYOND)


def made_line(brief: Brief) -> tuple[str, str]:
    """What the product's own words say of how each one is made or readied, as our sentence,
    and the verb of it ("Each of our spoons is carved by hand.", "carved by hand"); two empty
    strings when its words say nothing of it. Goods only."""
    from planner.planning.visuals import name_lines

    if brief.kind != "product":
        return "", ""
    lines = name_lines(brief)
    if lines:
        m = re.search(r"\bis (\w+ by hand)\.$", lines[0])
        return lines[0], (m.group(1) if m else "")
    m = _WORKED_ON.search(_head(brief.product))
    if m:
        done = m.group(1).lower()
        return f"Each one is {done} before it goes out.", done
    return "", ""


def sparse_noun(brief: Brief) -> str:
    """What the business sells, as the object of a sentence of ours ("hand-carved wooden
    spoons", "a meditation app", "Lumen")."""
    product = product_parts(brief.product)[0]
    m = _NAMED.match(product)
    if m and m.group("name").split()[0].lower() not in _NOT_A_NAME \
            and m.group("name")[:1].isupper():
        return m.group("name").strip()
    noun = _body(what_it_is(brief)) or product
    head, comma, tail = noun.partition(", ")
    if comma and len(head.split()) >= 2 and re.match(
            r"(?i)(?:[a-z]+ed|complete|new|used|tested|boxed|clean|unused|vintage|handmade|"
            r"hand-\w+|made|sewn|built|grown)\b", tail):
        # "second-hand LEGO sets, checked and complete": what they are, without how they
        # are ("Would you buy second-hand LEGO sets for yourself?", never "…, checked and
        # complete for yourself?", blind read 40)
        return head
    return noun


@functools.cache
def _booked_units() -> dict[str, str]:
    """What a service is booked as, one at a time, by its plural: "consultations" →
    "consultation"; the units of facts_said._UNITS and a reading or a check."""
    from planner.planning.facts_said import _UNITS

    units = _UNITS | {"reading", "check", "audit", "inspection", "assessment", "review",
                      "survey", "valuation", "appraisal", "tasting", "clean"}
    return {u + ("es" if u.endswith(("s", "sh", "ch", "x")) else "s"): u for u in units}


def one_booked(brief: Brief) -> str:
    """One booking of a service named by its unit, as the object of "Have you booked …
    before?": "a sleep consultation" for "baby and toddler sleep consultations" (a lead of
    whom it is for, joined by "and", left out), "a Lindy hop class"; "" for a service not
    named by a unit ("mobile bike repair"), which is booked as it is named (blind read 36:
    "Have you booked baby and toddler sleep consultations before?")."""
    if brief.kind != "service":
        return ""
    # (whom or where it is for left out: "allergen compliance audits for food businesses"
    # asked of food businesses is "an allergen compliance audit", blind read 38)
    words = _FOR_TAIL.split(product_parts(brief.product)[0].strip())[0].split()
    units = _booked_units()
    if words and words[-1].lower() in units.values() and not re.match(r"(?i)(?:an?|the|our|my)$",
                                                                       words[0]):
        # ("cooking class", said in the singular with no article: "a cooking class", never
        # "Have you booked cooking class before?", chat test 38)
        words = words[:-1] + [next(k for k, v in units.items() if v == words[-1].lower())]
    if not words or words[-1].lower() not in units:
        return ""
    low = [w.lower() for w in words]
    joins = [i for i, w in enumerate(low) if w in ("and", "&")]
    if joins:
        words = words[joins[-1] + 2:] or words[-1:]
    phrase = " ".join(words[:-1] + [units[words[-1].lower()]])
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


#: where a service's name goes on to say whom or where it is for
_FOR_TAIL = re.compile(r"\s+(?:for|in|on|across|near|around|at|with)\s+")


def booked_noun(brief: Brief) -> str:
    """What a service is booked as, in "Want to book …?": one of its unit ("an allergen
    compliance audit", "a sleep consultation") or its name as `sparse_noun` has it."""
    return one_booked(brief) or sparse_noun(brief)


#: things a service makes for each client, by their plural: hired for, never booked ("gel
#: nails", "lashes" and "brows" are booked as they are named)
_MADE_FOR_YOU = frozenset({
    "websites", "logos", "portraits", "headshots", "illustrations", "murals", "signs",
    "invitations", "cakes", "videos", "animations", "apps", "brochures", "menus", "labels",
    "bouquets", "dresses", "suits", "rings", "tattoos", "caricatures", "podcasts", "translations",
    "floorplans", "renderings", "drawings", "plans", "kitchens", "wardrobes", "gardens"})


def made_for_you(brief: Brief) -> str:
    """One of what a service makes for each client, when its name is those things in the
    plural and no unit, place or trade ("websites" of a web designer: "a website"); ""
    otherwise. It is hired for, never booked (chat test 38: "Want to book websites?")."""
    if brief.kind != "service" or one_booked(brief):
        return ""
    product = product_parts(brief.product)[0].strip()
    if _NAMED.match(product) and product[:1].isupper():
        return ""
    name = _FOR_TAIL.split(re.sub(r"(?i)^(?:our|my)\s+", "", product))[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or any(w.lower() in ("and", "&", "or") for w in words):
        return ""
    if words[-1].lower() not in _MADE_FOR_YOU:
        return ""
    one = " ".join(words[:-1] + [words[-1][:-1]])
    return ("an " if one[:1].lower() in "aeiou" else "a ") + _small(one)


def booked_ask(brief: Brief) -> str:
    """The sparse ask to buy a service, in the verb its name takes: "Want to book a sleep
    consultation?", "Need a website?" (a thing made for each client), "Planning a visit to
    La Ficha Roja?" (a place people drop in to)."""
    if drop_in(brief):
        return f"Planning a visit to {brief.brand}?" if brief.brand else "Planning a visit?"
    made = made_for_you(brief)
    if made:
        return f"Need {made}?"
    return f"Want to book {booked_noun(brief)}?"


#: a service named by the place it is ("surf school", "yoga studio"): it is been to, not booked
_PLACES = {"school", "studio", "salon", "academy", "clinic", "gym", "spa", "club", "camp",
           "centre", "center", "parlour", "parlor", "barbershop", "bakery", "café", "cafe"}


def booked_question(brief: Brief) -> str:
    """Whether the reader has used a service of this kind before, in the verb its name
    takes: "Have you booked a sleep consultation before?" (a unit), "Have you been to a surf
    school before?" (a place), "Have you hired someone for menu and food photography
    before?" (a trade, a mass noun); "" for goods or a name none of these fits (chat test
    37: "Have you booked surf school before?"; read 37: "Have you booked menu and food
    photography for restaurants and cafés before?")."""
    if brief.kind != "service":
        return ""
    one = one_booked(brief)
    if one:
        return f"Have you booked {one} before?"
    from planner.planning.facts_said import _MASS, _MASS_ENDS

    product = product_parts(brief.product)[0].strip()
    if _NAMED.match(product):
        return ""
    name = re.sub(r"(?i)^(?:(?:an?|the|our|my)\s+)", "", product)
    name = _FOR_TAIL.split(name)[0].strip()
    name = re.sub(r"(?i)\s+services?$", "", name)
    words = name.split()
    if not 1 <= len(words) <= 5:
        return ""
    head = words[-1].lower()
    if head in _PLACES:
        return f"Have you been to {'an' if name[:1].lower() in 'aeiou' else 'a'} {_small(name)} before?"
    if head in _MASS or head.endswith(_MASS_ENDS):
        return f"Have you hired someone for {_small(name)} before?"
    made = made_for_you(brief)
    if made:
        return f"Have you hired someone for {made} before?"
    return ""


def sparse_jobs(brief: Brief) -> list[str]:
    """The jobs a sparse brief's calendar has posts for, in order: the made-by-hand post only
    when the product's words say how each one is made; the questions only where some
    platform takes replies (not a Pinterest-only plan); the ask only with the brief's link."""
    jobs = []
    for job in SPARSE_JOBS:
        if job == "made" and not made_line(brief)[0]:
            continue
        if job in SPARSE_REPLIES and all(p == "pinterest" for p in brief.platforms):
            continue
        if job == "wishes" and brief.facts.b2b:
            # a business buyer is asked nothing about what it would like to see: "What would
            # you like to see from us here?" of an audit or a grease-trap service read as no
            # content (blind reads 37 and 38)
            continue
        if job == "ask" and not brief.url and (brief.kind != "service" and not _shop_named(
                brief) or all(p in ("pinterest", "youtube") for p in brief.platforms)):
            # how to order goods is not known without a link: "ordering is done by message"
            # was a process the brief never gave (blind read 20); a service is booked by
            # asking, and an invitation to message where messages are taken says only that
            # (blind read 36: a B2B service's month on LinkedIn and X with no way in); goods
            # sold in a shop the brief names are ordered there ("Order: link in bio" for a
            # website, a search on Etsy: blind read 36, a surf wax with 2 posts of 20)
            continue
        jobs.append(job)
    return jobs[:SPARSE_MOST]


#: stores of the seller's own or a platform's, besides the marketplaces
_OWN_STORES = frozenset(OWN_STORES)


def _shop_named(brief: Brief) -> bool:
    """Whether the brief names an online shop its goods are ordered from (its website, Etsy,
    Amazon…), which a call to action can point at without a link of the brief's."""
    # (the stores planning/context.py names, from the vocabularies it builds them from:
    # context imports this module)
    return any(s in _OWN_STORES or s in MARKETPLACES or s in ONLINE_PLATFORMS
               for s in brief.sells_on)


def sparse_note(brief: Brief) -> str:
    """What the calendar of a sparse brief says of its empty slots: why so few posts, and the
    facts that would give more."""
    from planner.brief.interview import keys_to_fill

    keys = ", ".join(keys_to_fill(brief)[:6])
    return (f"the brief gives only what you {'offer' if brief.kind == 'service' else 'sell'}, "
            f"so each post here does a different job and none says it again; add facts to the "
            f"brief ({keys}) and each gives posts of its own")


def sparse_many(brief: Brief) -> bool:
    """Whether the product line names goods of which there are many to show side by side:
    plural goods ("mugs") or goods sold by the batch ("yarn", "bread"), not one thing ("a
    tote")."""
    noun = re.sub(r"(?i)^(?:an?|the)\s", "", sparse_noun(brief))
    return not re.match(r"(?i)(?:an?|the)\s", sparse_noun(brief)) \
        and _is_plural_or_mass(_head(noun), "product") and noun == sparse_noun(brief)


_SIZES = re.compile(r"(?i)\b(?:in\s+(?:\w+\s+)?sizes|(?:two|three|four|five|six|\d+)\s+sizes|"
                    r"one\s+size|sizes?\s+(?:s|xs|small)\b)")
_VARIED_WORDS = (r"colou?r(?:way)?s?|designs?|styles?|patterns?|prints?|scents?|flavou?rs?|"
                 r"shades?|finish(?:es)?|glazes?|blends?|models?|editions?|motifs?|fabrics?|"
                 # (the wood they are made of is no choice: "ash wood sledges", read 41's
                 # tuning set; woods to choose from are)
                 r"woods|varieties|kinds|types")
_VARIED = re.compile(r"(?i)\b(?:" + _VARIED_WORDS + r")\b")


def sizes_only(brief: Brief) -> bool:
    """Whether the brief says its goods differ only in size ("in two sizes", no colours or
    designs): two of them side by side are no choice to put to anyone (blind read 38: "Left
    or right: which would you pick?" of kids' snowshoes sized by age)."""
    text = f"{brief.product} {brief.description}"
    return bool(_SIZES.search(text)) and not _VARIED.search(text)


#: two kinds the brief names of one thing that varies: "glow and UV finishes", "cedar or pine
#: scents", "tungsten and lead jigs" is no pair (no varying word after it)
_PAIR = re.compile(r"(?i)\b([a-z][\w-]*)\s+(?:and|or|&)\s+([a-z][\w-]*)\s+(?:"
                   + _VARIED_WORDS + r")\b")
#: goods each one of which is made by hand, so that no two are alike
_ONE_OFF = re.compile(r"(?i)\b(?:hand[- ]?(?:thrown|poured|painted|dyed|carved|knit(?:ted)?|blown|"
                      # (made, built, forged or stitched by hand: no two to choose between in
                      # a photo, read 41's tuning set's sledges)
                      r"turned)|one[- ]of[- ]a[- ]kind|no two (?:are|alike)|"
                      r"each (?:one|piece) (?:is )?unique)\b")


def poll_pair(brief: Brief) -> tuple[str, str] | None:
    """The two kinds a left-or-right poll puts side by side, when the brief names them ("glow
    and UV finishes" -> ("glow", "UV")): a poll names its options (blind read 39: "Two of our
    jigs, side by side. Left or right" of a brief that said glow and UV)."""
    for text in (brief.product, brief.description):
        for m in _PAIR.finditer(text or ""):
            a, b = m.group(1), m.group(2)
            if a.lower() in {"in", "with", "of", "and", "or", "many", "several", "all", "both",
                             "different", "other", "more", "new", "our", "your", "two",
                             "three", "four", "five", "six"} or b.lower() in {"more", "other"}:
                continue
            return a, b
    return None


def sparse_varied(brief: Brief) -> bool:
    """Whether two of the goods side by side are a choice: the brief says they come in
    colours, scents or designs, or each is made by hand. Goods of one kind from one batch
    ("rooibos and sea salt bath soaks") are no left or right (blind read 39: "claims two
    variants the brief never gives")."""
    text = f"{brief.product} {brief.description}"
    return bool(_VARIED.search(text) or _ONE_OFF.search(text))


_FOR_KIDS = re.compile(r"(?i)\b(?:kids?'?|children'?s?|child's|baby|babies'?|toddlers?'?|"
                       r"infants?'?|newborns?)(?=\s|$)")


def for_kids(brief: Brief) -> bool:
    """Whether the goods are for children ("kids' snowshoes", "baby sleeping bags"): bought
    for a child by a grown-up, never "for yourself"."""
    return bool(_FOR_KIDS.search(product_parts(brief.product)[0]))


def sparse_countable(brief: Brief) -> bool:
    """Whether one of the goods is said "one" ("mugs", "a tote"), not "a batch" ("yarn")."""
    words = _head(re.sub(r"(?i)^(?:an?|the)\s", "", sparse_noun(brief))).lower().split()
    return not (words and words[-1] in _MASS_GOODS)


# --- a thin brief's part told a second time, in a sentence of its own ----------------------
#
# A thin brief has a handful of parts; a calendar of a month tells each on two platforms.
# The second telling is the same fact in another sentence of ours ("We cover Rathmines,
# Ranelagh and Terenure." / "If you're in Rathmines, Ranelagh or Terenure, we cover you."),
# never the first sentence pasted again (planning/once.py).

def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _or_list(where: str) -> str:
    """"Rathmines, Ranelagh and Terenure" as places one is in: "… Ranelagh or Terenure"."""
    head, sep, last = where.rpartition(" and ")
    return f"{head} or {last}" if sep and "," in head or sep and len(head.split()) == 1 else where


def _area(brief: Brief) -> str:
    """Where a service is done, from a product line that names it and nothing else does
    ("boiler servicing in Leeds - …": "Leeds"); "" when the brief says it elsewhere."""
    if brief.kind != "service" or brief.description.strip() or brief.audience.strip():
        return ""
    head = product_parts(brief.product)[0]
    m = re.search(r"\s(?:in|across|around)\s(?P<where>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})$", head)
    return m.group("where") if m else ""


def area_line(brief: Brief) -> str:
    """A service's area said as a fact of its own, when only its product line names it
    ("We work all over Leeds." would claim more than the brief: "We work in Leeds.")."""
    where = _area(brief)
    if not where:
        return ""
    return f"{'I' if is_solo(brief) else 'We'} work in {where}."


#: the other wording of a thin brief's line, by its shape: (the line without its full stop,
#: the sentence of ours that tells it again from the match and "we"/"I", the kinds it is for)
_RETOLD: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str], str], tuple[str, ...]], ...] = (
    (re.compile(r"^(?:We|I) work with (?P<who>.+)$"),
     lambda m, we: f"{_cap(m['who'])}: that's who {we} work with.", ()),
    (re.compile(r"^(?:We|I) cover (?P<where>.+)$"),
     lambda m, we: f"If you're in {_or_list(m['where'])}, {we} cover you.", ()),
    (re.compile(r"^(?:We|I) work in (?P<where>.+)$"),
     lambda m, we: f"Based in {m['where']}? That's where {we} work.", ()),
    (re.compile(r"^It's all (?P<how>\w+) (?P<rest>.+)$"),
     lambda m, we: f"All of it is {m['how']} {m['rest']}.", ()),
    (re.compile(r"^You get (?P<what>.+)$"), lambda m, we: f"Included: {m['what']}.", ("digital",)),
    (re.compile(r"^(?P<subject>.+?) (?:is|are) made for (?P<who>.+)$"),
     lambda m, we: f"Made with {m['who']} in mind.", ()),
    (re.compile(r"^(?P<subject>.+?) (?P<verb>works|work|runs|run) in (?P<where>.+)$"),
     lambda m, we: f"{'It runs' if m['verb'].endswith('s') else 'They run'} in {m['where']}.", ()),
    (re.compile(r"^(?P<subject>.+?) (?:is|are) delivered (?P<how>.+)$"),
     lambda m, we: f"Delivery is {m['how']}.", ()),
)


def retellings(line: str, brief: Brief) -> list[str]:
    """Other sentences of ours that tell the fact of a thin brief's ``line`` (`thin_facts`,
    `area_line`), for its second telling: the same fact, never the same words in the same
    order; [] when the line has no other wording."""
    we = "I" if is_solo(brief) else "we"
    out: list[str] = []
    parts = product_parts(brief.product)[1] if not brief.description.strip() else []
    for i, part in enumerate(parts):
        if _part_of_work(part, brief, i) == line:
            out += [_part_of_work(part, brief, i + n) for n in (1, 2)]
    body = line.rstrip(".")
    for pattern, said, kinds in _RETOLD:
        m = pattern.match(body)
        if m and (not kinds or brief.kind in kinds):
            out.append(said(m, we))
    return [s for s in dict.fromkeys(out) if s != line and len(s.split()) >= 3]


# ---- a description's features, one a post (session 25) -------------------------------------

#: where a description's list of features breaks: a comma or semicolon, with "and" after it
#: (never inside a list of numbers: "sizes for 1, 2, 4 and 6 cups" is one feature, read 29;
#: nor inside brackets: "for your kid's age (0-2, 3-5 or 6-8)" is one feature)
_FEATURE_BREAK = re.compile(r"\s*(?:;|(?<!\d),|,(?!\s+(?:(?:and|or|&)\s+)?\d))\s+(?:and\s+)?(?![^()]*\))")


#: a part of a description that says when something runs: days and clock times
_WHEN_PART = re.compile(r"(?i)^(?:every\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
                        r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|"
                        r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:to|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b")


def description_features(brief: Brief) -> list[str]:
    """The features a description lists, each a phrase as the seller wrote it, each the
    subject of a post of its own ("practice tests with over 900 questions, all the road
    signs, mock tests timed like the real one, works offline": four). A one-word part opens
    a list with the part after it ("road, city and cargo frames"), as does a short "X and Y"
    after a plural ("shop windows, facades and van doors"); a price or a term of sale is no
    feature (it has its own lines). Fewer than two features: none (the description says one
    thing, which every post says already)."""
    return list(_features(brief.description or "", brief.kind))


@functools.lru_cache(maxsize=64)
def _features(description: str, brief_kind: str = "product") -> tuple[str, ...]:
    from planner.planning.facts_said import PRICE_RE, is_terms, opening_sentence
    from planner.planning.wording import _LIST_CLOSE, _LIST_OPENS, description_parts

    first = opening_sentence(description.strip())
    if not first:
        return ()
    core, facts = description_parts(first.strip().rstrip("."))
    from planner.planning.facts_said import each_named

    facts = [each_named(f, core) for f in facts]
    pieces: list[str] = []
    # (the core of an app or a service, what the business is, is every post's subject
    # already: never "one part of K53 Ready: practice tests for the learner's licence"; goods
    # said with how they are made are a feature, "frames made from bamboo in our workshop")
    # (… but how its goods are made from a list is one: "made from real G-pen, maru pen and
    # brush pen strokes I scanned at 1200dpi")
    made = re.search(r"(?i)\b(?:made|scanned|drawn|recorded|built|cut)\s+from\s+[^,]+, \S.*", core)
    # (... and what a course or an app is made of, listed after its head with "with": "a
    # beginner course with 40 short video lessons, filmed by me, with exercises and a PDF"
    # gives the lessons, the filming and the extras, each a feature; the head, what it is,
    # is none)
    inside = _digital_parts(core) if brief_kind == "digital" and not made else \
        _service_parts(core) if brief_kind == "service" and not made else ""
    for part in ([core] if brief_kind == "product" else [made.group(0)] if made
                 else [inside] if inside else []) + list(facts):
        if part in facts and is_terms(part):
            continue  # (what is included, said whole: never "all clay" cut from its list)
        for bit in _FEATURE_BREAK.split(part.strip().rstrip(".")):
            # ("with over 900 questions" is a feature, "over 900 questions")
            bit = re.sub(r"(?i)^(?:with|and|plus)\s+", "", bit.strip())
            if not bit:
                continue
            if pieces and re.search(r"(?i)\b(?:me|us)$", pieces[-1]) \
                    and re.match(r"(?i)(?:an?|the)\s+\S+(?:\s+\S+)?$", bit):
                pieces[-1] += ", " + bit  # ("filmed by me, a Deaf teacher": who "me" is)
            elif pieces and (len(pieces[-1].split()) == 1 or len(pieces[-1].split()) == 2
                             and re.match(r"(?i)(?:an?|the|our|my)\s", pieces[-1])):
                # ("road" opens "road, city and cargo frames"; "a calm" is "a calm,
                # independent hair salon")
                pieces[-1] += ", " + bit
            elif pieces and re.match(r"[A-Z][a-zà-ÿ]", bit) and not PRICE_RE.search(bit) and re.search(r"\b[A-Z][\w.'’-]*$", pieces[-1]) \
                    and not re.match(r"(?:I|We|You|It|They|Our|My|The|A|An|Each|Every|All)\b", bit):
                # a list of names goes on ("fits Urban Arrow Family, Babboe City and Curve,
                # Bakfiets.nl Classic…"; "in Comonfort, Guanajuato"): never "Droogrijder fits
                # Urban Arrow Family." alone (read 30)
                pieces[-1] += ", " + bit
            elif pieces and re.search(r"(?i)\b(?:for|from|of|with|using|on|in)\s+[a-z][\w'’-]*"
                                      r"(?:,\s+[a-z][\w'’-]*)*$", pieces[-1]) \
                    and re.fullmatch(r"[a-z][\w'’-]*(?:\s+(?:and|or|&)\s+[a-z][\w'’-]*)?", bit):
                # a list after "for" goes on, one word at a time: "safe for veg, fruit,
                # flowers and houseplants" is one feature, never "safe for veg" and "fruit,
                # flowers and houseplants" ("My feed has fruit, …", read 39's tuning set)
                pieces[-1] += ", " + bit
            elif pieces and _LIST_CLOSE.match(bit) and _LIST_OPENS.search(pieces[-1]) \
                    and not re.search(r"\d", bit.split(" and ")[0]):
                pieces[-1] += ", " + bit  # ("made from real G-pen, maru pen and brush pen…")
            elif pieces and " and " in bit and (len(bit.split()) <= 4 or len(bit.split()) <= 6
                                                and re.search(r"\bfor (?:[a-z-]+ ){0,2}[a-z-]+s$", pieces[-1])) \
                    and not re.search(r"\d", bit) and pieces[-1].split()[-1].endswith("s") and bit.split()[0][:1].islower() \
                    and not re.match(r"(?i)(?:all|every|each|no|free|works?)\b", bit):
                pieces[-1] += ", " + bit  # ("shop windows, facades and van doors")
            else:
                pieces.append(bit)
    # (a clause with its own subject, "you download and print at home", is no feature to
    # put after "One thing about X:")
    # (... nor a part that only goes on from the one before, "then you walk around Higashiyama
    # and bring it back by 6pm", nor a number to ring: read 30)
    # (... nor when it runs, "Tuesday and Thursday evenings 7 to 9pm": "One part of X in
    # focus: Tuesday and Thursday evenings…" with a clip of "just this", blind read 39)
    out = [p for p in pieces if len(p.split()) >= 2 and not is_terms(p) and not _WHEN_PART.search(p)
           and not re.match(r"(?i)(?:we|you|i|it|they|our|my|then|so|and|but|or|plus|phone|tel|"
                            r"whatsapp|e-?mail|call(?: or whatsapp| us)?(?: on)?\s*[+\d(]|call us|"
                            r"call or)\b", p)]
    return tuple(dict.fromkeys(out)) if len(out) >= 2 else ()


#: where a course's or an app's head ends and what it comes with begins ("beginner course in
#: Libras with 40 short video lessons"): the first "with" after two words or more
_WITH = re.compile(r"^(?P<head>\S+(?:\s+\S+)+?)\s+with\s+(?P<rest>\S.*)$")


#: what a listed part of a service opens with: an article, a number, a count ("a written
#: sleep plan", "two weeks of follow-up messages", "free aftercare")
_PART_OPENS = re.compile(r"(?i)(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"twelve|\d+|free|unlimited|weekly|monthly|daily)\s")


def _service_parts(core: str) -> str:
    """What a service's description lists after what it is, as one list ("one-to-one video
    consultations with a certified sleep consultant, a written sleep plan for your family,
    and two weeks of follow-up messages" gives the plan and the messages: what the booking
    includes, blind read 36's three selling points in no post); "" unless the line is a list
    of three or more whose every later part opens as a thing of its own ("a …", "two …"),
    never a list of whom it is for ("for puppies, older dogs and big breeds")."""
    items = [i.strip() for i in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:an?|the|one|two|three|"
                                        r"four|five|six|\d+|free)\s)", core) if i.strip()]
    if len(items) < 3 or not all(_PART_OPENS.match(i) for i in items[1:]):
        return ""
    return ", ".join(items[1:])


def _digital_parts(core: str) -> str:
    """What a digital product's description lists after its head, as one list ("40 short
    video lessons (8 to 12 minutes each), filmed by me, with exercises and a PDF"); "" when
    the head lists nothing with "with" (or the head is a whole clause: "an app that…")."""
    m = _WITH.match(core.strip())
    if not m or re.search(r"(?i)\b(?:that|which|who)\b", m.group("head")) \
            or not re.search(r"[,;]", m.group("rest")):
        return ""
    return m.group("rest")


# ---- an audience of named groups, one a post (session 27) ----------------------------------
#
# A brief whose audience names its groups ("parents and grandparents of deaf kids, school
# teachers, nurses and receptionists who serve deaf people") has a post for each: the group
# spoken to by name, in the seller's words, with one thing the description lists said in a
# line of its own ("Inside: 40 short video lessons."), so the post says who it is for and
# what they get, never the audience pasted whole.

#: the most groups an audience may name to be read as a list of them
_GROUPS_MOST = 6


#: words that name people, one of which each group of an audience has
_PEOPLE = re.compile(
    r"(?i)\b(?:anyone|everyone|people|persons?|folks?|parents?|grandparents?|mums?|moms?|dads?|"
    r"mothers?|fathers?|famil(?:y|ies)|couples?|friends?|kids?|children|teens?|teenagers?|"
    r"students?|teachers?|nurses?|doctors?|carers?|receptionists?|owners?|managers?|directors?|"
    r"chefs?|cooks?|bakers?|buyers?|fans?|lovers?|artists?|makers?|players?|beginners?|"
    r"learners?|drivers?|riders?|commuters?|hikers?|runners?|guys?|women|men|ladies|girls?|"
    r"boys?|brides?|grooms?|coordinators?|planners?|bursars?|tourists?|travell?ers?|"
    r"freelancers?|founders?|designers?|developers?|engineers?|workers?|staff|employers?|"
    r"downsizers?|gardeners?|anglers?|fishers?|knitters?|sewists?|crafters?|collectors?|"
    r"gamers?|readers?|writers?|musicians?|singers?|dancers?|athletes?|climbers?|surfers?|"
    r"swimmers?|cyclists?|walkers?|shoppers?|customers?|clients?|teams?|groups?|schools?|"
    r"South Africans|\w+ians|\w+ers)\b")


def audience_groups(brief: Brief) -> list[str]:
    """The groups the audience names, each as the seller wrote it ("school teachers",
    "nurses and receptionists who serve deaf people"); [] when the audience is not a plain
    list of three to six short groups (a sentence about them, a note in brackets, a second
    sentence: "…, so basically everyone in Norway")."""
    from planner.planning.wording import _comma_parts

    text = " ".join((brief.audience or "").split()).rstrip(".")
    if not text or re.search(r"[.;:()/!?\"]|\b(?:so|but|also|mostly|usually|basically|etc)\b", text):
        return []
    parts = [re.sub(r"(?i)^(?:and|or|&)\s+", "", p).strip() for p in _comma_parts(text)]
    if not 3 <= len(parts) <= _GROUPS_MOST or any(not 1 <= len(p.split()) <= 10 for p in parts) \
            or any(re.match(r"(?i)(?:we|i|you|they|the person)\b", p) for p in parts):
        return []
    # (a part that only finishes the one before it, "in Ghent and East Flanders", "walk
    # dogs", "Kildare", is no group: each names people)
    if any(re.match(r"(?i)(?:in|from|across|who|that|with|for|aged|not|plus)\b", p)
           or not _PEOPLE.search(p) for p in parts):
        return []
    return parts


def group_line(group: str, turn: int, solo: bool) -> str:
    """A group of the audience spoken to by name, a sentence of ours: "School teachers,
    this one's for you.", in a wording that changes with ``turn``."""
    lead = group if group.split()[0][1:2].isupper() or group[:1].isupper() else group[:1].upper() + group[1:]
    we = "I" if solo else "we"
    frames = [f"{lead}, this one's for you.",
              f"{lead}: {we} made this with you in mind.",
              f"This one goes out to {_small(group)}.",
              f"{lead}, this is for you."]
    return frames[turn % len(frames)]


def feature_asides(feature: str, kind: str) -> list[str]:
    """One feature a course's or an app's description lists, said as a short line of its own
    beside a group's address, in a few wordings ("Inside: 40 short video lessons (8 to 12
    minutes each).", "Included: exercises and a sign dictionary PDF."): a thing that is in
    what is sold; [] for a feature that is no such thing (how it is made, what it does),
    which is told in its own post, and for goods and services (what is "inside" a service?)."""
    text = " ".join(feature.split()).rstrip(".")
    low = text[:1].lower() + text[1:] if not text[1:2].isupper() else text
    if kind != "digital" or not text:
        return []
    if re.match(r"(?i)(?:\d+|over|more than|two|three|four|five|six|seven|eight|nine|ten|"
                r"twelve)\b", low):
        return [f"Inside: {low}.", f"What's inside: {low}.", f"What you get: {low}."]
    from planner.planning.facts_said import feature_sentence

    said = feature_sentence(feature, "course", "", kind)
    m = re.match(r"^Our course comes with (?P<what>.+)$", said.rstrip("."))
    return [f"Included: {m.group('what')}.", f"Also in there: {m.group('what')}.",
            f"What you get: {m.group('what')}."] if m else []


def group_lines(brief: Brief) -> list[str]:
    """Every group's address in each of its wordings, for the critic (a group spoken to by
    name is no audience pasted) and for what a post tells."""
    groups = audience_groups(brief)
    if not groups:
        return []
    solo = is_solo(brief)
    asides = [a for f in description_features(brief) for a in feature_asides(f, brief.kind)]
    return [group_line(g, turn, solo) for g in groups for turn in range(4)] + asides


# ---- a price's second wording: the instalments (session 27) --------------------------------

#: instalments a description gives after its price: "or 12x of R$19,70", "or 6 payments of €26",
#: "3 monthly instalments of £40"
_INSTALMENTS = re.compile(
    r"(?i)\b(?:or\s+)?(?:in\s+)?(?P<n>\d{1,2})\s?(?:x|×|(?:monthly\s+)?(?:payments|instalments|"
    r"installments))\s+(?:of\s+)?(?P<price>\S*\d[\d.,]*\S*(?:\s?(?:€|kr|zł|USD|EUR|GBP|BRL))?)")


def instalment_line(brief: Brief) -> str:
    """The price's second wording, when the description gives instalments beside it: "You
    can also pay in 12 instalments of R$19,70." (a sentence of ours, told on a platform the
    price line was not); "" when it gives none."""
    from planner.planning.facts_said import PRICE_RE

    m = _INSTALMENTS.search(brief.description or "")
    if not m or not PRICE_RE.search(m.group("price")) or int(m.group("n")) < 2:
        return ""
    price = m.group("price").rstrip(".,;")
    return f"You can pay in {int(m.group('n'))} instalments of {price}."


#: crafts named by the verb of doing them ("a braai course"): learned "to" do
_DONE_CRAFTS = frozenset({"braai", "cook", "bake", "knit", "sew", "crochet", "draw", "paint",
                          "sing", "dance", "swim", "surf", "ski", "code", "skate", "sketch",
                          "quilt", "grill", "barbecue", "ferment", "forage", "juggle", "weld"})
#: a digital product learned from ("course", "lessons"), as its last word
_LEARNED = re.compile(rf"(?i)^(?:{COURSE_WORDS})$")


def sparse_tried(brief: Brief) -> str:
    """A digital brief's question of whether followers have done the like before, in the
    words of what it is for, never its product line pasted ("Have you tried anything like
    online tango footwork course for leaders before?", read 29): "Have you ever learned tango
    footwork online?", "Have you ever used an audio walking tour app?"; empty when the
    line does not say what it is."""
    if brief.kind != "digital":
        return ""
    line = product_parts(brief.product)[0]
    m = _NAMED.match(line)
    if m and m.group("name")[:1].isupper():
        line = m.group("what")
    else:
        m = re.match(r"^[^,:;()–—-]{2,60}?\s(?:[-–—]|:)\s(?P<what>.+)$", line)
        line = m.group("what") if m and line[:1].isupper() else line
    line = re.sub(r"(?i)^(?:an?|the|our|my)\s", "", line.strip())
    core = _head(line)
    words = core.split()
    # (the brand's own words and the format said by no one asking: "online", "audio", "30-day")
    brand = {w.lower() for w in (brief.brand or "").split()}
    while words and words[0].lower() in brand:
        words = words[1:]
    if not words:
        return ""
    head = words[-1]
    mods = [w for w in words[:-1] if not re.fullmatch(r"(?i)online|audio|video|digital|\d+-\w+", w)]
    if not _LEARNED.match(head) and any(_LEARNED.match(w) for w in line.split()) \
            and not re.search(r"(?i)\blessons?\s+plans?\b", line):
        # a course named before what it is ("Violin for Beginners online course"); a
        # lesson plan is no lesson ("a printable lesson plan pack" is used, blind read 39)
        return ""
    if _LEARNED.match(head):
        if sum(w[:1].isupper() for w in mods) >= 2:
            # a course's title ("Bolo de Pote que Vende"), never what is learned: asked of
            # the course itself (blind read 35: "Have you tried something like this
            # before?" named nothing)
            return "Have you ever taken a course online?"
        if mods:
            # (a craft named by its verb is learned "to" do: "Have you ever learned to braai
            # online?", never "learned braai", blind read 38)
            to = "to " if len(mods) == 1 and mods[0].lower() in _DONE_CRAFTS else ""
            return f"Have you ever learned {to}{' '.join(mods)} online?"
        topic = re.search(r"(?i)\s(?:on|about|in)\s(?P<t>.+?)(?:\s(?:for|with|from|by)\s|$)",
                          line[len(core):] + " ")
        if topic and len(topic["t"].split()) <= 5:
            return f"Have you ever learned about {topic['t'].strip()} online?"
        return "Have you ever taken a course online?"
    if not mods or len(words) > 6 or any(w[:1].isupper() for w in mods[:1]) and len(mods) == 1:
        return ""
    thing = " ".join(words)
    if not _is_plural_or_mass(thing, "product") and head.lower() not in ("software", "equipment"):
        thing = ("an " if thing[:1].lower() in "aeiou" else "a ") + thing
    verb = "joined" if head.lower() in ("membership", "club") else "used"
    return f"Have you ever {verb} {thing}?"
