"""What is sold when no selling verb says it: a role ("I'm a wedding photographer"), a kind of
business ("we're a web design agency", "a small candle business"), what is done to people
("I coach first-time managers"), "we do X", a message that opens with the product and no
verb at all ("handmade leather wallets, etsy, 3x a week"), or what an offer is on ("BOGO on
all lip balms"). These readings run after the surer ones of :mod:`.product`, and only when
those found nothing.
"""

from __future__ import annotations

import dataclasses
import difflib
import re

from planner.brief.fields import discounted, set_off
from planner.brief.fields.about import AUDIENCE_CUT, PEOPLE, infer_kind
from planner.brief.fields.kind import GOODS
from planner.brief.fields.product import (
    LIST_CUT,
    PLACE_TRADES,
    PRODUCT_CUT,
    SMALL,
    goods_of,
    stop_words,
    strip_sizes,
    take_product,
    what_else_we_do,
)
from planner.brief.fields.sentence import SENTENCE_WORDS, a_sentence_about_something_else
from planner.brief.reading import BriefReader
from planner.brief.replies import plausible_answer
from planner.brief.segments import MAX_PHRASE, clean_phrase, strip_end
from planner.brief.vocabulary import (
    AUDIENCE_STOP,
    DEMONYMS,
    FIELD_LABELS,
    NOT_A_PRODUCT,
    NOT_PRODUCT_LEAD,
    OTHER_CHANNELS,
    PRODUCT_STOP,
)

#: "we do bookkeeping", "we build dashboards": read only when nothing surer was said
_WEAK_TRIGGER = re.compile(r"(?i:(?<![-\w])(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|just\s+)?"
                           r"(?P<verb>do|build|tutor|provide|deliver)\s+)")
#: what follows "we deliver" when it says where or how, not what ("within 10 miles of
#: Bristol", "to your door", "nationwide"): no product (a chat test of session 39)
_WHERE_NEXT = re.compile(r"(?i:(?:within|to|across|around|throughout|all\s+over|anywhere|"
                         r"everywhere|nationwide|locally|free|same[- ]day|next[- ]day|in|into|"
                         r"on|at|from|by|up\s+to|\d)\b)")
#: "Handmade wallets, sold on Etsy": what may stand between an opening product and its store
_LEADING_SOLD = re.compile(r"(?i:\s*,?\s*(?:(?:sold|selling|available)\s+)?(?:on|at|via|through)\s+$)")
#: shops named for what kind of shop they are, not for what they sell
_NO_GOODS = {"charity", "thrift", "corner", "village", "convenience", "department", "concept",
             "pop-up", "popup", "second-hand", "secondhand", "online", "farm", "general",
             "souvenir", "duty-free", "discount", "pound", "dollar", "e-commerce", "ecommerce"}
#: "I'm a wedding photographer": what the person does, as the product
ROLES = {
    "photographer": "photography", "videographer": "videography", "bookkeeper": "bookkeeping",
    "accountant": "accounting", "coach": "coaching", "trainer": "training",
    "copywriter": "copywriting", "writer": "writing", "designer": "design",
    "consultant": "consulting", "tutor": "tutoring", "therapist": "therapy",
    "physiotherapist": "physiotherapy", "physio": "physiotherapy", "nutritionist": "nutrition coaching",
    "illustrator": "illustration", "mechanic": "mechanic services", "cleaner": "cleaning",
    "gardener": "gardening", "plumber": "plumbing", "electrician": "electrical work",
    "developer": "development", "hairdresser": "hairdressing", "hairstylist": "hair styling",
    "groomer": "grooming", "tailor": "tailoring", "architect": "architecture",
    "translator": "translation", "editor": "editing", "marketer": "marketing",
    "dog walker": "dog walking", "makeup artist": "makeup", "virtual assistant": "virtual assistance",
    "doula": "doula support", "midwife": "midwifery", "personal chef": "private dining",
    "dj": "DJ sets", "florist": "flowers", "ceramicist": "ceramics", "potter": "pottery",
    "jeweller": "jewellery", "jeweler": "jewelry", "knitter": "knitwear", "woodworker": "woodwork",
    "candle maker": "candles", "soap maker": "soap", "silversmith": "silver jewellery", "tattoo artist": "tattoos", "tattooist": "tattoos",
    "massage therapist": "massage", "yoga teacher": "yoga classes", "teacher": "lessons",
    "instructor": "lessons", "planner": "planning", "stylist": "styling", "recruiter": "recruitment",
    "dentist": "dentistry", "solicitor": "legal services", "lawyer": "legal services",
    "celebrant": "ceremonies", "chiropractor": "chiropractic", "osteopath": "osteopathy",
    "acupuncturist": "acupuncture", "hypnotherapist": "hypnotherapy", "counsellor": "counselling",
    "counselor": "counseling", "caterer": "catering", "decorator": "decorating",
    "landscaper": "landscaping", "carpenter": "carpentry", "joiner": "joinery", "roofer": "roofing",
    "childminder": "childminding", "beautician": "beauty treatments", "animator": "animation",
    "nail technician": "nails", "barber": "haircuts", "locksmith": "locksmith services",
    "engineer": "engineering", "surveyor": "surveying", "handyman": "handyman services",
    "broker": "broking", "advisor": "advice", "adviser": "advice", "estate agent": "property sales",
    "nail tech": "nails", "nail artist": "nail art", "lash tech": "lash extensions",
    "lash artist": "lash extensions", "brow artist": "brows", "esthetician": "skin treatments",
    "aesthetician": "skin treatments", "pet sitter": "pet sitting", "house sitter": "house sitting",
    "piano teacher": "piano lessons", "swim teacher": "swimming lessons",
}
_MAKERS = {"ceramicist", "potter", "jeweller", "jeweler", "knitter", "woodworker", "candle maker",
           "soap maker", "silversmith", "florist", "illustrator"}
_ROLE = re.compile(
    r"(?i:\b(?:i'?m|i\s+am|im|i\s+work\s+as|we'?re|we\s+are|we\s+r)\s+(?:a|an)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<role>" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\b)")
#: "i'm a freelance bookkeper for…": a role said with a letter wrong (read by :func:`_role_of`)
_LOOSE_ROLE = re.compile(
    r"(?i:\b(?:i'?m|i\s+am|im|i\s+work\s+as)\s+(?:a|an)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
    r"(?P<role>[a-z]{7,}))(?=\s+(?:for|in|based|and|from|who|with|covering)\b|\s*[,.!;]|\s*$)")


def _role_of(word: str) -> str | None:
    """The role a word names: itself, or the one role it is a letter or two away from."""
    word = word.lower()
    if word in ROLES:
        return word
    close = difflib.get_close_matches(word, [r for r in ROLES if " " not in r and len(r) >= 7], 1, 0.85)
    return close[0] if close else None


_BUSINESS = re.compile(
    r"(?i:\b(?:(?:we'?re|we\s+are|we\s+r|i\s+run|we\s+run|i\s+own|we\s+own|it'?s|i\s+have|we\s+have|"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:starting|launching|opening|setting\s+up))"
    r"\s+(?:a|an)|(?:my|our))\s+"  # "…for my dog grooming business": what the business is, said in passing
    r"(?P<what>(?:[\w-]+\s+){1,3}?)(?P<trade>agency|studio|clinic|company|firm|practice|salon|"
    r"consultancy|parlou?r|business|school|academy|centre|center|garage|service|shop|store|"
    r"van|truck|trailer|cart|stall|kiosk|bar|bakery|cafe|café|restaurant|deli|brewery|roastery|"
    r"winery|distillery|farm|florist|boutique|pub|bistro)\b)")
#: a word that describes a trade and names nothing on its own: an adjective ("dental",
#: "veterinary", "cosmetic") or a short acronym ("HR", "IT")
_NOT_ALONE = re.compile(r"(?:[a-z]+(?:al|ic|ary|ive|ous)|[A-Z]{2,3})")
#: a line that is only goods, in lower case: "tacos al pastor and birria", "flat whites + buns"
_GOODS_LINE = re.compile(r"^[a-z][a-z0-9'&+/ -]*(?:\s*,\s*[a-z][a-z0-9'&+/ -]*)*$")


def _goods_line_after(reader: BriefReader, place) -> bool:
    """"so I have a food truck ⏎ tacos al pastor and birria": a line of goods alone, on the
    line after the place, is what the place sells."""
    text = reader.text
    newline = text.find("\n", place.start)
    if newline < 0:
        return False
    line_end = text.find("\n", newline + 1)
    line = text[newline + 1:line_end if line_end >= 0 else len(text)].strip()
    words = re.findall(r"[\w']+", line.lower())
    if not line or not _GOODS_LINE.match(line) or not 1 <= len(words) <= 8 \
            or any(w in SENTENCE_WORDS or w in NOT_PRODUCT_LEAD for w in words) \
            or any(newline < e.start < newline + 1 + len(line) + 1 for e in reader.entities):
        return False
    start = text.index(line, newline)
    segment = reader.segment_at(start)
    return segment is not None and take_product(reader, segment, start - segment.start, strong=False)


#: ", mostly houseplants and pots", "- mainly sourdough": the goods said after the place
_MOSTLY = re.compile(r"(?i:\s*(?:,|;|\s[-–—])\s*(?:(?:and\s+)?(?:we|i)\s+(?:do|sell|make|have|stock)\s+)?"
                     r"(?:mostly|mainly|largely|primarily|chiefly|specialising\s+in|specializing\s+in)\s+(?=[a-z]))")


def _goods_said_after(reader: BriefReader, place) -> bool:
    """"i run a little plant shop in leeds called Fern & Fig, mostly houseplants and pots":
    the goods said after the place, set off by "mostly" or "mainly", are what it sells."""
    sentence_end = re.search(r"[.!?\n]", reader.text[place.start:])
    stop = place.start + sentence_end.start() if sentence_end else len(reader.text)
    for m in _MOSTLY.finditer(reader.text, place.start + len(place.value), stop):
        segment = reader.segment_at(m.end())
        if segment is not None and not reader.is_claimed(m.end(), m.end() + 1) \
                and take_product(reader, segment, m.end() - segment.start, strong=False):
            return True
    return False


#: how a seller says what their business is: the lead kept, as they said it, in the story
_STORY_LEADS = {"we're": "We're", "we are": "We're", "we r": "We're", "i run": "I run", "we run": "We run",
                "i own": "I own", "we own": "We own", "i have": "I have", "we have": "We have",
                "it's": "It's", "its": "It's"}
#: words that make "a … farm" say something about the business beyond its trade
_TELLING = re.compile(r"(?i:\b(?:family(?:[- ]run)?|small|little|tiny|local|independent|indie|"
                      r"(?:\w+[- ])?generation|organic|women[- ]led|women[- ]owned|husband[- ]and[- ]wife|"
                      r"mother[- ]and[- ]daughter|father[- ]and[- ]son|community)\b)")


def extract_place_story(reader: BriefReader) -> None:
    """"we're a family farm in devon, mainly lamb and beef boxes": when the goods said after
    the place are the product, the place itself is told as the business's story ("We're a
    family farm in Devon."), if it says more than the trade: where it is, or how it is run
    (a farm, a bakery); a shop or store only with its town."""
    text = reader.text
    products = [f for f in reader.findings if f.kind == "product"]
    if not products or any(f.kind == "fact" and f.value[0] == "story" for f in reader.findings):
        return
    for m in _BUSINESS.finditer(text):
        trade = m.group("trade").lower()
        if trade not in PLACE_TRADES and trade not in ("shop", "store"):
            continue
        if not any(f.start >= m.end() for f in products) \
                or any(f.start < m.end() and f.start + len(str(f.value)) > m.start("what") for f in products):
            continue  # the place is the product, or nothing is sold after it
        lead = re.match(r"(?i:(we'?re|we\s+are|we\s+r|i\s+run|we\s+run|i\s+own|we\s+own|it'?s|its|"
                        r"i\s+have|we\s+have)\s+(an?)\s+)", text[m.start():])
        said = _STORY_LEADS.get(re.sub(r"\s+", " ", lead.group(1).lower())) if lead else None
        business = text[m.start() + lead.end():m.end()].strip() if lead else ""
        if said is None or re.search(r"[^\w\s&'-]", business):
            continue
        where = ""
        town = re.match(r"\s+(?:in|near|outside|just\s+outside)\s+", text[m.end():])
        if town:
            from planner.brief import places

            at = m.end() + town.end()
            found = places.place_at(text, at)
            if found is not None:
                name = " ".join(w[:1].upper() + w[1:] if w.islower() else w
                                for w in text[at:found[0]].split())
                where = f"{town.group().strip()} {name}"
        if not where and (trade in ("shop", "store") or not _TELLING.search(business)):
            continue  # "we're a bakery", "a little shop": the trade alone is no story
        sentence = f"{said} {lead.group(2).lower()} {business}{(' ' + where) if where else ''}."
        reader.add(m.start(), "fact", ("story", [sentence]))
        return

def _shop_goods(place) -> None:
    """"a little plant shop" with nothing more said sells plants (as "a plant shop" does when
    read loosely): the shop's size and the word "shop" are never the product."""
    m = re.fullmatch(r"(?i:(?:(?:small|little|tiny|local|independent|indie|new|family[- ]run)\s+)*"
                     r"([a-z][\w-]*)\s+(?:shop|store))", place.value)
    if m and m.group(1).lower() not in _NO_GOODS and m.group(1).lower() not in DEMONYMS \
            and m.group(1).lower() not in SMALL:
        place.value = goods_of(m.group(1))


#: the vehicles and stands street food is sold from
_FOOD_VEHICLES = {"van", "truck", "trailer", "cart", "stall", "kiosk"}
#: street food the goods nouns do not name
_STREET_FOOD = re.compile(r"(?i:\b(?:taco|burrito|burger|hot\s+dog|crepe|bao|kebab|falafel|churro|"
                          r"arepa|empanada|sandwich|curry|pho|gyro|pierogi|momo|samosa|waffle)s?\b)")
#: a van or a cart hired for events: a service ("a mobile coffee van serving events")
_HIRED = re.compile(r"(?i:\b(?:mobile|hire|hired|events?|weddings?|parties|party|festivals?|"
                    r"corporate)\b)")
_PLACE_END = re.compile(r"(?i:\b(?:truck|cart|van|trailer|stall|kiosk|stand|booth|pop-?up|bakery|cafe|café|"
                        r"deli|bistro|restaurant|takeaway|salon|studio|shop|store|garage|bar|pub)$)")


def extract_goods_after_place(reader: BriefReader) -> None:
    """"so I have a food truck", then "tacos al pastor and birria": a message that is only
    goods, in lower case, after a product that is a place, is what the place sells."""
    product = reader.brief.product
    line = reader.text.strip()
    # ("menu is birria tacos, al pastor and elote": the menu's label, then its goods)
    label = re.match(r"(?i)(?:(?:our|the)\s+)?menu\s*(?:is|:|-)\s*", line)
    if label:
        line = line[label.end():].strip()
    words = re.findall(r"[\w']+", line.lower())
    if not product or not _PLACE_END.search(product) or not _GOODS_LINE.match(line) \
            or not 2 <= len(words) <= 8 or any(w in SENTENCE_WORDS for w in words) \
            or words[0] in NOT_PRODUCT_LEAD or reader.entities or reader.codes:
        return
    start = reader.text.index(line)
    segment = reader.segment_at(start)
    before = len(reader.findings)
    if segment is not None and take_product(reader, segment, start - segment.start, strong=False):
        reader.claim(0, len(reader.text))
        if not any(f.kind == "product" for f in reader.findings[before:]):
            del reader.findings[before:]


#: a clause that says what something done is for: how the business works, not what it sells
_PURPOSE = re.compile(r"(?i:\bso\s+(?:that|it|they|you|this|nothing|no\s+one|nobody)\b|"
                      r"\bto\s+(?:make\s+sure|stop|avoid|prevent)\b)")


#: "…, i go to people's houses and do gel manis": what someone in a role does, said after it
_DONE_AFTER = re.compile(r"(?i:(?:^\s*|\b(?P<who>i|we|and)\s+)(?:also\s+|mainly\s+|mostly\s+|just\s+)?(?P<verb>do|offer)\s+"
                         r"(?!it\b|this\b|that\b|them\b|so\b|a\s+lot\b|you\b|we\b|i\b|they\b))")


def _done_after_role(reader: BriefReader, after: int, solo: bool) -> None:
    """"hiya im a mobile nail tech in glasgow, i go to peoples houses and do gel manis, biab
    and nail art": the role is the trade (the product), and what it does, said after it, is
    the description in the seller's words ("I do gel manis, biab and nail art")."""
    if any(f.kind == "description" for f in reader.findings):
        return
    for segment in reader.segments:
        if segment.start + len(segment.text) <= after:
            continue
        for m in _DONE_AFTER.finditer(segment.text, max(0, after - segment.start)):
            value, lead, _end = clean_phrase(segment.text[m.end():m.end() + MAX_PHRASE], PRODUCT_CUT,
                                             PRODUCT_STOP, 8, 200)
            if not value or len(value.split()) < 2 and "," not in segment.text[m.end():]:
                continue
            rest = strip_end(segment.text[m.end() + lead:])
            if len(rest) > 160 or re.search(r"[.!?]", rest):
                continue
            who = (m.group("who") or "").lower()
            subject = "We" if who == "we" or (who != "i" and not solo) else "I"
            start = segment.start + m.start()
            reader.claim(start, segment.start + len(segment.text))
            reader.add(start, "description", f"{subject} {m.group('verb').lower()} {rest}")
            return


def extract_loose_product(reader: BriefReader) -> None:
    """When no selling verb named the product: a role ("I'm a wedding photographer"), a
    kind of business ("we're a web design agency"), "we do X", or an opening phrase."""
    place = reader.place_product
    if any(f.kind == "product" and f is not place for f in reader.findings):
        if place is not None:  # "I run a tiny studio in Porto. We make ceramic tableware"
            reader.findings.remove(place)
        return
    text = reader.text
    if place is not None:  # "I run a small bakery called Crumb & Co, we do sourdough and buns"
        for segment in reader.segments:
            for m in _WEAK_TRIGGER.finditer(segment.text):
                if segment.start + m.start() > place.start and take_product(
                        reader, segment, m.end(), strong=False):
                    reader.findings.remove(place)
                    return
        if _goods_line_after(reader, place) or _goods_said_after(reader, place):
            reader.findings.remove(place)
            return
        _shop_goods(place)
        return
    for brand in [f for f in reader.findings if f.kind == "brand"]:
        # "We're Copper Kettle Preserves, jams and chutneys", "I run Jess's Kitchen, a meal prep
        # service", "Luna Bakes - custom celebration cakes": what a name is set off with
        name_end = brand.start + len(brand.value)
        after = re.match(r"\s*(?:,|\s-)\s*", text[name_end:])
        if after is None:
            continue
        pos = name_end + after.end()
        segment = reader.segment_at(pos)
        opens = brand.start == len(text) - len(text.lstrip()) or re.search(r"[.!?\n]\s*$", text[:brand.start])
        # "Ink & Well Studio, custom tattoos": a name opening the message is set off too
        apposition = re.match(r"(?i:an?\s+)", text[pos:]) is not None or "-" in after.group() \
            or bool(opens)
        said_we_are = re.search(r"(?i:\b(?:we'?re|we\s+are)\s+(?:the\s+)?$)",
                                text[max(0, brand.start - 12):brand.start]) is not None
        if segment is None or not (apposition or said_we_are):
            continue
        first_word = re.findall(r"[\w']+", text[pos:pos + 40].lower())[:1]
        if first_word and first_word[0] not in SENTENCE_WORDS and first_word[0] not in NOT_PRODUCT_LEAD \
                and take_product(reader, segment, pos - segment.start, strong=False):
            return
    if set_off.named_thing(reader) or set_off.kind_then_what(reader) or set_off.named_is_a(reader):
        return
    m = _ROLE.search(text) or _LOOSE_ROLE.search(text)
    role = _role_of(m.group("role")) if m else None
    if m and role and not reader.is_claimed(m.start("role"), m.end("role")):
        mods = [w for w in m.group("mods").split() if w.lower() not in SMALL
                and w.lower() not in ("freelance", "self-employed", "qualified", "certified")]
        value = " ".join(mods + [ROLES[role]])
        start = m.start("mods") if mods else m.start("role")
        reader.claim(m.start(), m.end())
        reader.add(start, "product", value)
        if role not in _MAKERS:  # a potter sells pots, a coach a service
            reader.add(start, "kind", "service")
        _audience_after(reader, m.end())
        _done_after_role(reader, m.end(), solo=not re.match(r"(?i:we)", m.group()))
        return
    m = next((b for b in _BUSINESS.finditer(text) if not any(
        e.start < b.end("what") and b.start("what") < e.end for e in reader.entities)), None)
    goods = m is not None and m.group("trade").lower() in ("business", "company", "shop", "store") \
        and infer_kind(m.group("what")) != "service"
    if goods:  # "a small candle business", "a plant shop": what it sells, in the plural
        words = [w for w in m.group("what").split() if w.lower() not in SMALL and w.lower() not in (
            "indie", "online", "independent", "little")]
        if words and (words[-1].lower() in _NO_GOODS or words[-1].lower() in DEMONYMS):
            return  # "a charity shop", "an Irish company": the shop's kind or home, not its goods
        if len(words) == 1 and not reader.is_claimed(m.start("what"), m.end("what")):
            reader.claim(m.start(), m.end())
            reader.add(m.start("what"), "product", goods_of(words[0]))
            return
    if m and not goods and (m.group("trade").lower() not in ("business", "company", "shop", "store")
                            or infer_kind(m.group("what")) == "service"):
        words = [w for w in strip_sizes(m.group("what").split()) if w.lower() not in SMALL]
        if not words and (reader.brief.product or re.search(
                r"(?i:\b(?:in|at|from|through|via)\s+(?:(?:our|my|the|a)\s+)?(?:[\w-]+\s+){0,2}$)",
                text[max(0, m.start("what") - 40):m.start("what")])):
            return  # "sell on etsy and in our little boutique": where it is sold, not what
        if m.group("trade").lower() in PLACE_TRADES:  # "a 2 person bakery in leeds": a place
            words.append(m.group("trade"))
        elif m.group("trade").lower() in ("school", "academy", "centre", "center", "garage", "van",
                                          "truck", "trailer", "cart", "stall", "kiosk", "bar"):
            words.append(m.group("trade"))  # "a language school", "a coffee van" is what it is
        elif len(words) == 1 and _NOT_ALONE.fullmatch(words[0]):
            words.append(m.group("trade"))  # "a dental clinic", "an HR consultancy": "dental" alone says nothing
        if words and not reader.is_claimed(m.start("what"), m.end("what")):
            reader.claim(m.start(), m.end())
            reader.add(m.start("what"), "product", " ".join(words))
            food = m.group("trade").lower() in _FOOD_VEHICLES and (
                GOODS.search(m.group("what")) or _STREET_FOOD.search(m.group("what"))) \
                and not _HIRED.search(text)
            if food:
                # "a taco truck", "a coffee van": goods handed over in person, never said to be
                # a service (a chat test of session 39: the default kind, goods, stands)
                pass
            elif m.group("trade").lower() in PLACE_TRADES:
                reader.place_product = reader.findings[-1]
                if _goods_said_after(reader, reader.place_product):
                    # ("a small bakery in york, mostly sourdough and cinnamon buns")
                    reader.findings.remove(reader.place_product)
                    reader.place_product = None
                    return
            else:
                reader.add(m.start("what"), "kind", "service")
            _audience_after(reader, m.end())
            return
    if set_off.a_service_place(reader) or _people_verb(reader) or _thing_verb(reader) \
            or set_off.sold_there_then_what(reader) \
            or set_off.promoted_thing(reader):
        return
    for segment in reader.segments:
        for m in _WEAK_TRIGGER.finditer(segment.text):
            if reader.is_claimed(segment.start + m.start(), segment.start + m.end()):
                continue
            if reader.brief.product and _PURPOSE.search(segment.text, m.end()):
                continue  # "i do quarterly check ins so that doesnt happen": how, not what
            if _WHERE_NEXT.match(segment.text, m.end()):
                continue  # "we deliver within 10 miles of Bristol": where, never what
            if what_else_we_do(reader, segment, m):
                return
            suffix = " tutoring" if m.group("verb").lower() == "tutor" else ""
            if take_product(reader, segment, m.end(), strong=False, suffix=suffix):
                return
    extract_leading_product(reader)
    _trade_headline(reader)
    if not any(f.kind == "product" for f in reader.findings):
        discounted.extract_discounted_product(reader)
    if not any(f.kind == "product" for f in reader.findings):
        extract_listed_service(reader)


#: "Small accounting firm in Leeds.", "Design agency for climate startups": a message that opens
#: with the kind of firm it is
_TRADE_HEADLINE = re.compile(r"(?i:^(?P<what>(?:[\w-]+\s+){1,3}?)(?P<trade>firm|agency|consultancy|practice|company)$)")
#: the work a firm does, said as one word: "accounting", "design", "translation", "photography"
_WORK = re.compile(r"(?i:.*(?:ing|design|tion|ment|graphy|ics))")


def _trade_headline(reader: BriefReader) -> None:
    """The opening phrase read as the product is the kind of firm ("Small accounting firm"):
    the product is its work ("accounting", a service), or, when one word cannot say the work
    ("law firm", "dental practice"), the firm's kind without its size."""
    found = [f for f in reader.findings if f.kind == "product" and isinstance(f.value, str)]
    if len(found) != 1:
        return
    finding = found[0]
    m = _TRADE_HEADLINE.match(finding.value.strip())
    if m is None:
        return
    words = [w for w in strip_sizes(m.group("what").split()) if w.lower() not in SMALL]
    if not words:
        return
    value = " ".join(words) if _WORK.fullmatch(words[-1]) else " ".join(words + [m.group("trade")])
    if value[:1].isupper() and not value.split()[0].isupper():
        value = value[0].lower() + value[1:]  # "Accounting firm" opened the sentence
    offset = finding.value.find(words[0])
    reader.findings[reader.findings.index(finding)] = dataclasses.replace(
        finding, value=value, start=finding.start + max(offset, 0))
    if not any(f.kind == "kind" for f in reader.findings):
        reader.add(finding.start, "kind", "service")


#: roles that are also the names of goods ("a weekly planner", "oven cleaner", "trainers")
_ROLES_THAT_ARE_GOODS = {"planner", "trainer", "cleaner", "editor", "developer", "writer", "coach"}
_ROLE_AT_END = re.compile(
    r"(?i:\b(?P<role>" + "|".join(sorted(set(ROLES) - _ROLES_THAT_ARE_GOODS, key=len, reverse=True))
    + r")$)")


def roles_as_services(reader: BriefReader) -> None:
    """A product read as a person ("just me, Sam Reid, freelance photographer") is the work
    that person does: "freelance photography", a service (a maker's goods stay goods)."""
    for i, finding in enumerate(reader.findings):
        if finding.kind != "product" or not isinstance(finding.value, str):
            continue
        m = _ROLE_AT_END.search(finding.value)
        if m is None:
            continue
        role = m.group("role").lower()
        finding.value = finding.value[:m.start()] + ROLES[role]
        if role not in _MAKERS and not any(f.kind == "kind" for f in reader.findings):
            reader.findings.insert(i + 1, type(finding)(finding.start, "kind", "service"))
        return


def extract_listed_service(reader: BriefReader) -> None:
    """A message typed as a list, one item of which is a service said bare: "we help
    ecommerce brands fix their checkout, consultancy, linkedin + x" → consultancy."""
    if reader.brief.product:
        return
    for m in re.finditer(r"[^,;\n]+", reader.text):
        item = m.group().strip()
        start = m.start() + m.group().find(item)
        words = item.split()
        if not 1 <= len(words) <= 3 or not re.fullmatch(r"[a-z][a-z -]*", item) \
                or any(w in SENTENCE_WORDS or w in NOT_PRODUCT_LEAD for w in words) \
                or infer_kind(item) != "service" or reader.is_claimed(start, start + len(item)) \
                or any(e.start < start + len(item) and start < e.end for e in reader.entities):
            continue
        reader.claim(start, start + len(item))
        reader.add(start, "product", item)
        return


#: "I coach first-time managers": a service said as what the seller does to people
_PEOPLE_VERB = re.compile(r"(?i:\b(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|just\s+|now\s+)?"
                          r"(?P<verb>coach|mentor|train|tutor|advise|photograph|style)\s+)")
_SERVICE_OF = {"coach": "coaching", "mentor": "mentoring", "train": "training",
               "tutor": "tutoring", "advise": "consulting", "photograph": "photography",
               "style": "styling"}


def _people_verb(reader: BriefReader) -> bool:
    """"I coach first-time managers" → coaching, for first-time managers; "we train dogs"
    is read by the other rules."""
    for m in _PEOPLE_VERB.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        value, lead, _end = clean_phrase(reader.text[m.end():m.end() + MAX_PHRASE], AUDIENCE_CUT,
                                         AUDIENCE_STOP, 8, 200)
        if not value or not PEOPLE.search(value):
            continue
        start = m.end() + lead
        reader.claim(m.start(), start + len(value))
        service = _SERVICE_OF[m.group("verb").lower()]
        subject = re.search(r"\s+in\s+(?P<s>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", value)
        if subject and not PEOPLE.search(subject.group("s")):  # "kids in maths": maths tutoring
            service = f"{subject.group('s')} {service}"
            value = value[:subject.start()]
        reader.add(m.start("verb"), "product", service)
        reader.add(m.start("verb"), "kind", "service")
        if not any(f.kind == "audience" for f in reader.findings):
            reader.add(start, "audience", value)
        return True
    return False


#: "we translate legal documents", "i walk dogs": a service said as what is done to things
_THING_VERB = re.compile(
    r"(?i:\b(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|just\s+|now\s+)?(?P<verb>translate|proofread|"
    r"transcribe|clean|walk|groom|wash|valet|tile|plaster|insulate|frame|photograph|film|"
    r"service|declutter|organi[sz]e|landscape|renovate|refurbish)\s+)")
_NOUN_OF = {"translate": "translation", "proofread": "proofreading", "transcribe": "transcription",
            "clean": "cleaning", "walk": "walking", "groom": "grooming", "wash": "washing",
            "valet": "valeting", "tile": "tiling", "plaster": "plastering", "insulate": "insulation",
            "frame": "framing", "photograph": "photography", "film": "filming",
            "service": "servicing", "declutter": "decluttering", "organise": "organising",
            "organize": "organizing", "landscape": "landscaping", "renovate": "renovation",
            "refurbish": "refurbishment"}


def _singular(word: str) -> str:
    """"windows" → "window", "bodies" → "body"; a word not in the plural stays."""
    low = word.lower()
    if len(word) <= 3 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return word
    if low.endswith("ies"):
        return word[:-3] + "y"
    return word[:-2] if low.endswith(("xes", "ches", "shes")) else word[:-1]


def _thing_verb(reader: BriefReader) -> bool:
    """"we translate legal documents" → legal document translation, "i walk dogs" → dog
    walking, "we clean windows" → window cleaning: a service."""
    for m in _THING_VERB.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        said = re.match(r"(?i:(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)(?=\s+(?:from|for|in|into|across|around|at|on|"
                        r"to|with|and\s+(?:we|i)|near|all)\b|\s*[,.!;(]|\s*$)", reader.text[m.end():])
        if said is None:
            continue
        words = said.group().split()
        if words[0].lower() in PRODUCT_STOP or words[0].lower() in SENTENCE_WORDS or PEOPLE.search(said.group()):
            continue  # "we deliver to…", "i walk you through…"; people are read by _people_verb
        # "windows and gutters" → "window and gutter": each thing named as a kind of work
        kept = [_singular(w) if i + 1 == len(words) or words[i + 1].lower() in ("and", "&") else w
                for i, w in enumerate(words)]
        value = " ".join(kept + [_NOUN_OF[m.group("verb").lower()]])
        reader.claim(m.start(), m.end() + said.end())
        reader.add(m.start("verb"), "product", value)
        reader.add(m.start("verb"), "kind", "service")
        return True
    return False


def _audience_after(reader: BriefReader, pos: int) -> None:
    """"I'm a copywriter for tech startups", "a broker helping first-time buyers": the people
    after a role."""
    m = re.match(r"(?i:\s+(?:for|to|helping|serving|working\s+with)\s+)", reader.text[pos:pos + 16])
    if not m:
        return
    value, lead, _end = clean_phrase(reader.text[pos + m.end():pos + m.end() + MAX_PHRASE],
                                     AUDIENCE_CUT, AUDIENCE_STOP, 20, 500)
    start = pos + m.end() + lead
    if value and PEOPLE.search(value) and not reader.is_claimed(start, start + len(value)):
        reader.claim(start, start + len(value))
        reader.add(start, "audience", value, mode="weak")


def _only_stores_after(reader: BriefReader, start: int, end: int) -> bool:
    """Whether [start, end) holds nothing but store or platform names ("on etsy")."""
    rest = list(reader.text[start:end])
    for e in reader.entities:
        if start <= e.start < end:
            rest[e.start - start:e.end - start] = " " * (min(e.end, end) - e.start)
    return re.fullmatch(r"(?i:[\s,&+]*(?:(?:on|at|via|and)\b[\s,&+]*)*)", "".join(rest)) is not None


#: what may follow a name in its own sentence: nothing, or where it is ("in Leeds")
_PLACE_ONLY = re.compile(r"(?:\s*(?:,\s*)?(?:(?:based\s+)?in|from|of)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?[\s.!]*")


#: a verbless opening named for where the work is done: "acupuncture clinic", "nail salon",
#: "candle + wax melt shop", "physiotherapy + pilates studio"
_PLACE_OF = re.compile(r"(?i:(?P<what>[a-z][\w'-]*(?:\s*(?:\+|&|and|,)?\s*[a-z][\w'-]*){0,3})\s+"
                       r"(?:clinic|salon|studio|boutique|centre|center|parlou?r|shop|store))")
#: a place's first word that names the place's trade, not what it sells ("hair salon" sells no
#: hair, "beauty salon" no beauty): such openings are left to the other readings
_TRADE_ONLY = {"hair", "beauty", "dental", "medical", "design", "creative", "brand", "branding",
               "photo", "photography", "record", "recording", "game", "games", "web",
               "coffee", "flower", "plant", "bike", "pet", "barber", "gift", "concept", "health"}
#: what is done in the place, said as is ("physio clinic": physio)
_DONE_THERE = {"physio", "acupuncture", "massage", "yoga", "pilates", "tuition", "osteo", "chiro",
               "reflexology", "tattooing", "piercing"}


def _sold_in_place(what: str) -> bool:
    words = re.findall(r"[\w'-]+", what.lower())
    return bool(words) and not (set(words) & (_NO_GOODS | NOT_A_PRODUCT | SMALL | set(SENTENCE_WORDS))) \
        and words[0] not in _TRADE_ONLY and not any(w in _TRADE_ONLY for w in words[-1:]) \
        and not re.search(r"\d", what)


def _goods_line(what: str) -> str:
    """ "candle + wax melt" → "candle + wax melts", "abaya" → "abayas", "nail" → "nails"."""
    m = re.search(r"[a-z][\w'-]*$", what, re.IGNORECASE)
    if not m or re.search(r"(?i)(?:tion|sion|ment|ance|ence|ery|ry|ics|ism|cy|ogy|phy|care|work)$",
                          m.group(0)):
        return what  # work, not goods: "tile restoration", "pet care", "metalwork"
    return what[:m.start()] + goods_of(m.group(0))


def extract_leading_product(reader: BriefReader) -> None:
    """A message that opens with the product and no verb: "Handmade leather wallets on
    Etsy", "handmade leather wallets, etsy, 3x a week", "Hand-dyed yarn! We sell on…"."""
    if reader.brief.product or any(f.kind == "product" for f in reader.findings) or not reader.segments:
        return
    first = reader.segments[0]
    if len(reader.segments) > 1 and any(f.kind == "brand" and f.start <= first.start + len(
            first.text) - len(first.text.lstrip()) and _only_stores_after(reader, f.start + len(f.value),
                                                                           first.end)
                                        for f in reader.findings):
        first = reader.segments[1]  # "Saddle & Stitch - handmade leather bags", "X on etsy - bags"
    else:  # "Brand name's Little Sprout. organic baby clothes.", "We're Oak & Ash, in York. chairs"
        after = next((g for g in reader.segments if g.sentence != first.sentence), None)
        if after is not None and any(
                f.kind == "brand" and first.start <= f.start < first.end and _PLACE_ONLY.fullmatch(
                    reader.text[f.start + len(f.value):after.start]) for f in reader.findings):
            first = after
    if re.fullmatch(r"(?i:\s*(?:hi|hey|hello|ok|okay|so|b2b|b2c|hiya|yo|right|well|um|so\s+yeah)\s*)",
                    first.text) \
            and len(reader.segments) > 1:
        first = reader.segments[1]
    head_start = first.start
    for f in reader.findings:  # "Glow & Co here 👋 candles and diffusers": after the name
        said = re.match(r"(?i:\s*(?:here\b|[-:,])\s*)", reader.text[f.start + len(str(f.value)):first.end]) \
            if f.kind == "brand" and first.start <= f.start < first.end else None
        if said and f.start + len(f.value) + said.end() < first.end:
            head_start = f.start + len(f.value) + said.end()
    head_end = first.end
    for entity in reader.entities:
        if first.start <= entity.start < head_end:
            head_end = entity.start
            break
    for code in reader.codes:
        if first.start <= code.start < head_end:
            return
    for start, _end in sorted(reader.claimed_spans):  # "handmade soap, mainly women over 40"
        if head_start < start < head_end:
            head_end = start
            break
    head = reader.text[head_start:head_end]
    label = re.match(r"\s*([a-z][a-z ]{0,20}?)\s*[:=]", head, re.IGNORECASE)
    if head.lstrip().startswith("@") or (label and label.group(1).lower() in FIELD_LABELS):
        return  # "@lunabakes_ on insta", "cadence: 3x/wk": a handle or a label, not what is sold
    sold = _LEADING_SOLD.search(head)
    if sold and sold.start() > 0:
        head = head[:sold.start()]
    head = re.split(r"\s+-\s+|[:;]", head)[0]
    head_words = re.findall(r"[\w']+", head.lower())
    if (not head_words or head_words[0] in NOT_PRODUCT_LEAD or head_words[0] in SENTENCE_WORDS
            or re.search(r"\d(?![A-Za-z])|\?", re.split(r",", head)[0]) or not plausible_answer(head.strip())
            or any(head_start <= f.start < head_start + len(head)
                   and f.kind not in ("audience", "brand", "kind", "country") for f in reader.findings)):
        return
    # "candles, wax melts and reed diffusers": a list that ends in "and" is one product line
    listed = re.search(r"(?i:,[^,]+\s(?:and|&)\s)", head) is not None
    value, lead, end = clean_phrase(head, LIST_CUT if listed else PRODUCT_CUT,
                                    stop_words(head) | NOT_PRODUCT_LEAD, 8, 200)
    shop = re.fullmatch(r"(?i:([a-z][\w-]*)\s+(?:shop|store|business|company|brand))", value)
    place = _PLACE_OF.fullmatch(value)
    if shop and shop.group(1).lower() not in _NO_GOODS | SMALL and shop.group(1).lower() not in NOT_A_PRODUCT \
            and infer_kind(shop.group(1)) != "service":
        value = goods_of(shop.group(1))  # "Candle shop. Glasshouse Candle Co.": candles
        end = lead + len(shop.group(1))
    elif place and _sold_in_place(place.group("what")):
        # "acupuncture clinic in vancouver", "abaya boutique in riyadh": what is done or sold there
        what = place.group("what")
        value = what if (infer_kind(what) == "service" and what.lower() != "tattoo") \
            or what.lower() in _DONE_THERE else _goods_line(what)
        end = lead + len(what)
    words = re.findall(r"[\w']+", re.sub(r"(?i:\bsales(?=\s+(?:training|coaching|consulting)))",
                                         "", value.lower()))
    if not words or any(w in NOT_A_PRODUCT or w in SENTENCE_WORDS or w in OTHER_CHANNELS for w in words) \
            or re.search(r"\d(?![A-Za-z])", value):
        return
    if a_sentence_about_something_else(value, head[end:]):
        return  # "weekends are busiest": a subject and its verb, not a product said on its own
    if value and not reader.is_claimed(head_start + lead, head_start + end):
        reader.claim(head_start + lead, head_start + end)
        service = re.search(r"(?i:(?<=\w)\s+services?$)", value)
        if service and infer_kind(value[:service.start()]) == "service":
            # "bookkeeping services": the service, and its kind ("fractional CFO services" stay)
            value = value[:service.start()]
            reader.add(head_start + lead, "kind", "service")
        reader.add(head_start + lead, "product", value)
        tail = reader.text[head_start + end:first.end]
        m = re.match(r"(?i:\s+(?:for|to)\s+)", tail)
        if m:
            _audience_after(reader, head_start + end)
