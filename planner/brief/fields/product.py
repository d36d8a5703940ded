"""What is sold: "we sell soy candles", a role ("I'm a wedding photographer"), a kind of
business ("we're a web design agency"), "we do bookkeeping", or a message that opens with
the product and no verb at all ("handmade leather wallets, etsy, 3x a week").

Readings are tried from the surest to the loosest, and a looser one is used only when no
surer one found the product in the message.
"""

from __future__ import annotations

import re

from planner.brief.fields.about import AUDIENCE_CUT, PEOPLE, infer_kind
from planner.brief.reading import BriefReader
from planner.brief.replies import plausible_answer
from planner.brief.segments import (
    CUT_COMMON,
    MAX_PHRASE,
    MAX_TRIES,
    TRAIL_WORD,
    Segment,
    clean_phrase,
    clip,
    strip_end,
)
from planner.brief.vocabulary import AUDIENCE_STOP, NOT_A_PRODUCT, NOT_PRODUCT_LEAD, PRODUCT_STOP

_SUBJECT = (r"(?:we|i|they|she|he)(?:'re|'m|'ve\s+been|\s+are|\s+am|\s+r|\s+have\s+been|'ve|\s+have|"
            r"\s+(?:also\s+)?(?:hand\s+)?make\s+(?:n|and|&)|\s+make\s+(?:n|and|&))?\s+")
_PRODUCT_TRIGGER = re.compile(
    rf"(?i:(?<![-\w])(?:{_SUBJECT}"
    r"(?:(?:also|mainly|mostly|only|just|currently|now|basically|primarily|actually)\s+)*"
    r"(?:sell|sel|selling|make|making|hand[- ]?make|hand[- ]?making|create|creating|craft|crafting|"
    r"produce|producing|design|designing|bake|baking|brew|brewing|roast|roasting|grow|growing|"
    r"knit|knitting|sew|sewing|print|printing|pour|pouring|offer|offering|stock|stocking|"
    r"carry|manufacture|manufacturing|import|importing|run|running|own|operate|operating|"
    r"teach|teaching|speciali[sz]e\s+in|speciali[sz]ing\s+in|paint|painting|weave|weaving|"
    r"upcycle|upcycling|hire\s+out|rent\s+out|resell|reselling|write|writing|deal\s+in|"
    r"supply|supplying|arrange|illustrate|draw|carve|carving|restore|restoring|refurbish|"
    r"refurbishing|distil|distill|bottle|blend|blending|dye|dyeing|forge|focus\s+on|"
    r"all\s+about|got|launch|launching|install|installing|host|hosting)\b"
    r"(?:\s+(?:and|&|n)\s+(?:repair|fix|service|sell|make|rent|restore|design|install|deliver)\b)?"
    r"|(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"(?:sell|sells|selling|makes|creates|crafts|produces|designs|bakes|brews|roasts|stocks|"
    r"making|creating|crafting|producing|offering|providing)\b"
    r"|(?:our|my|the)\s+(?:main\s+)?(?:products?|thing)\s+(?:is|are)\b"
    r"|what\s+(?:we|i)\s+(?:sell|make|offer|do)\s*(?:is|are|:)"
    r"|(?:our|my)\s+(?:range|collection|line)\s+(?:includes|has|offers|stocks|is|are)\b"
    r"|(?:our|my)\s+(?:shop|store)\s+(?:includes|has|offers|stocks)\b"
    r"|\b(?:company|business|shop|brand|store)\s+(?:of|that\s+sells|that\s+makes)\b"
    r"|\b(?:my|our)\s+(?:business|company|shop|studio|brand)\s+(?:does|offers|sells|makes|provides)\b"
    r"|\b(?:shop|store|business|boutique)\s+(?:for|selling)\b"
    r"|products?\s*[:=]))")
#: "we do bookkeeping", "we build dashboards": read only when nothing surer was said
_WEAK_TRIGGER = re.compile(r"(?i:(?<![-\w])(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|just\s+)?"
                           r"(?P<verb>do|build|tutor|provide|deliver)\s+)")
PRODUCT_CUT = re.compile(
    CUT_COMMON +
    r"|\s+(?i:on)\b(?!\s+(?:demand|[a-z][\w-]*\s+(?:baking|cooking|painting|knitting|gardening|"
    r"photography|design|marketing|writing|skincare|parenting|history|science|coding|yoga|"
    r"fitness|nutrition|finance|investing|wellness|health)\b))"
    r"|\s+(?i:for)\b(?!\s+\w+ing\b)"
    r"|\s+(?i:from)\b(?!\s+(?!(?:our|my|the|a|an|home|here|there|scratch|around|all|across|"
    r"local|\d)\b)[a-z])"  # "jewellery from sea glass" keeps its material; "from home" is cut
    r"|\s+(?i:at|through|thru|via|to|using|under|called|named|which|that|who|but|we|i|you|they|"
    r"because|since|so|while|where|when|if|by(?!\s+numbers?\b)|online(?!\s+(?:courses?|classes|lessons|coaching|workshops|"
    r"programmes?|programs?|sessions|consultations?|training|therapy|tutoring|yoga|fitness|"
    r"piano|guitar|language|cooking|art|music|math|maths|english|spanish))|"
    r"exclusively|only|until|till|is|are|was|not|"
    r"starting|next|lol|haha|delivered|(?:hand-?)?made\s+(?:with|by|in|from)|shipped|sold|available|and\s+post\w*|and\s+sell\w*|n\s+sell\w*)\b"
    r"|\s+(?i:with)\s+(?=(?i:free|a\s+code|code|coupon|\d|[$£€]))"
    r"|\s+(?i:in)\b(?!-)"
    r"|:")
_LIST_CUT = re.compile(PRODUCT_CUT.pattern.replace("[,;", "[;", 1))
#: "Handmade wallets, sold on Etsy": what may stand between an opening product and its store
_LEADING_SOLD = re.compile(r"(?i:\s*,?\s*(?:(?:sold|selling|available)\s+)?(?:on|at|via|through)\s+$)")
#: what a business is, not what it sells: "a small bakery", "a cleaning company" → "cleaning"
_BUSINESS_NOUN = re.compile(r"(?i:\s+(?:agency|studio|clinic|company|firm|practice|salon|business|"
                            r"consultancy|parlou?r|shop|store|bakery|cafe|café|farm|team)$)")
#: what a shop sells that takes no plural ("a coffee shop" sells coffee)
_MASS_NOUNS = {"coffee", "tea", "jewellery", "jewelry", "soap", "honey", "bread", "furniture",
               "clothing", "art", "pottery", "wine", "beer", "chocolate", "skincare", "fashion",
               "food", "cheese", "knitwear", "stationery", "homeware", "glassware", "vintage", "gin",
               "fudge", "cake", "yarn", "fabric", "lingerie", "swimwear", "footwear", "denim"}
#: shops named for what kind of shop they are, not for what they sell
_NO_GOODS = {"charity", "thrift", "corner", "village", "convenience", "department", "concept",
             "pop-up", "popup", "second-hand", "secondhand", "online", "farm", "general",
             "souvenir", "duty-free", "discount", "pound", "dollar", "e-commerce", "ecommerce"}
_SMALL = {"small", "little", "local", "family", "independent", "tiny", "new", "one-man", "one-woman",
          "two-person", "family-run", "family run", "boutique", "own"}
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
}
_MAKERS = {"ceramicist", "potter", "jeweller", "jeweler", "knitter", "woodworker", "candle maker",
           "soap maker", "silversmith", "florist", "illustrator"}
_ROLE = re.compile(
    r"(?i:\b(?:i'?m|i\s+am|im|i\s+work\s+as|we'?re|we\s+are|we\s+r)\s+(?:a|an)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<role>" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\b)")
_BUSINESS = re.compile(
    r"(?i:\b(?:we'?re|we\s+are|we\s+r|i\s+run|we\s+run|i\s+own|we\s+own|it'?s|i\s+have|we\s+have)\s+(?:a|an)\s+"
    r"(?P<what>(?:[\w-]+\s+){1,3}?)(?P<trade>agency|studio|clinic|company|firm|practice|salon|"
    r"consultancy|parlou?r|business|school|academy|centre|center|garage|service|shop|store|"
    r"van|truck|trailer|cart|stall|kiosk|bar)\b)")
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


_LABELLED = re.compile(
    r"(?im:(?:^|(?<=[.!?\n]))\s*(?:-\s*)?(?P<label>products?|what\s+(?:we|i)\s+sell|"
    r"(?:we\s+|i\s+)?sell(?:ing)?)"
    r"\s*(?::|\s-|=)\s*)")


def extract_labelled_product(reader: BriefReader) -> None:
    """A product given as a labelled line: "Products - dog harnesses and leads.",
    "sell: scented candles. brand: Glowbox."."""
    for m in _LABELLED.finditer(reader.text):
        segment = reader.segment_at(m.end()) or reader.segment_at(m.end() + 1)
        if segment is None or reader.is_claimed(m.start("label"), m.end()):
            continue
        offset = m.end() - segment.start
        if offset < 0:
            continue
        if _take_product(reader, segment, offset, strong=True):
            reader.claim(m.start("label"), m.end())
            return


#: "sales training", "content writing", "video editing": a service whose first word alone
#: would be filler ("more sales", "content", "videos")
_FILLER_SERVICE = re.compile(
    r"(?i:^\s*(?:(?:a|an|the|our|my)\s+)?(?P<w>sales|content|videos?|ads?|posts?)\s+(?:training|coaching|"
    r"consult\w*|enablement|strategy|creation|writing|production|editing|management|marketing|"
    r"services?|design|audits?|calendars?|planning|scheduling|outsourcing|funnels?|copy)\b)")


def stop_words(phrase: str) -> set[str]:
    """The words a product phrase may not start with: "sales" is filler ("make more sales")
    unless it names the service ("sales training")."""
    m = _FILLER_SERVICE.match(phrase)
    return PRODUCT_STOP - {m.group("w").lower()} if m else PRODUCT_STOP


_OWNS = re.compile(r"(?i:\b(?:run|running|own|operate|operating)$)")


def extract_product(reader: BriefReader, segment: Segment) -> None:
    """"we sell soy candles", "our product is…", "Product: beeswax wraps" (and an audience
    said with it: "soy candles for eco moms")."""
    for tries, m in enumerate(_PRODUCT_TRIGGER.finditer(segment.text)):
        if tries >= MAX_TRIES:
            return
        if reader.is_claimed(segment.start + m.start(), segment.start + m.end()):
            continue  # another field's words ("i make X (digital, …)": only "(digital" is)
        verb = re.search(r"([A-Za-z]+)\W*$", m.group())
        if verb and verb.group(1).istitle() and m.start() + verb.start(1) > len(
                segment.text) - len(segment.text.lstrip()):
            continue  # "we're Brew Lab": a capitalised word is a name, not the verb "brew"
        if _OWNS.search(m.group()) and re.match(
                r"\s+(?:[A-Z0-9][\w'.-]*\s*(?:&\s*)?){1,5}(?:[,.!]|$|(?:in|from|based|at|on)\b)",
                segment.text[m.end():]):
            continue  # "I run Tandem Press, a letterpress studio": a name, read as the brand
        if _take_product(reader, segment, m.end(), strong=True):
            if re.search(r"(?i:\b(?:hire|rent)\s+out|teach|teaching|install|installing|host|hosting)\b",
                         m.group()):
                reader.add(segment.start + m.start(), "kind", "service")
            return


def _take_product(reader: BriefReader, segment: Segment, offset: int, strong: bool,
                  suffix: str = "") -> bool:
    """Read the product phrase from ``offset`` in ``segment``; whether one was found."""
    rest = segment.text[offset:offset + MAX_PHRASE]
    things_for = re.match(r"(?i:(\s*)((?:stuff|things|bits|gifts|goodies|treats|products)\s+for\s+[a-z][\w-]*))", rest)
    if things_for:  # "we sell stuff for cats"
        value, lead = things_for.group(2), len(things_for.group(1))
        end = lead + len(value)
    else:
        value, lead, end = _listed(rest) or clean_phrase(rest, PRODUCT_CUT, stop_words(rest), 15, 200)
    if not value:
        return False
    business = _BUSINESS_NOUN.search(value)
    place = False
    if business:  # "a cleaning company" → "cleaning"; "a small bakery" stays, unless more is said
        what = _strip_small(value[:business.start()].strip())
        if business.group().strip().lower() in ("agency", "company", "firm", "practice",
                                                 "consultancy", "business", "team") \
                or (what and infer_kind(what) == "service"):
            # "a physiotherapy clinic" sells physiotherapy; "a small bakery" stays a place
            if not what:
                return False
            lead += value.find(what)  # where the kept words start
            value = what
        else:
            place = True
    material = re.search(r"(?i:\s+from\s+)", value)
    if material and len(value[:material.start()].split()) > 1:
        value = value[:material.start()]  # "ethical jewellery"; a bare "jewellery from sea glass" keeps it
    service = _SERVICE_TAIL.search(value)
    if service:  # "wedding vows writing service": the product without the word, the kind service
        value = value[:service.start()]
    named = [e.start for e in reader.entities if e.label in ("PLATFORM", "STORE", "COUNTRY")
             and segment.start + offset + lead < e.start < segment.start + offset + lead + len(value)]
    if named:  # "candles from etsy": a store, platform or country ends the product
        value = TRAIL_WORD.sub("", value[:named[0] - (segment.start + offset + lead)]).strip()
        if not value:
            return False
    if _KIND_WORDS.fullmatch(value.lower()) or _CONTENT.fullmatch(value) or re.search(
            r"(?i:\b(?:posts?|times|x)\s+(?:a|per)\s+(?:week|day|month)\b)", value):
        return False
    start = segment.start + offset + lead
    if reader.is_claimed(start, start + len(value)):
        return False
    # "X for eco moms" / "X to busy parents": the audience rides along
    tail = rest[end:]
    for_people = re.match(r"(?i:\s*(?:,\s*)?(?:mostly\s+|mainly\s+)?(?:for|to)\s+)"
                          r"(?!(?i:every|each|a\s+month|the\s+next)\b)", tail)
    if for_people:
        audience, audience_lead, _end = clean_phrase(tail[for_people.end():], AUDIENCE_CUT,
                                                     AUDIENCE_STOP, 20, 500)
        if audience and PEOPLE.search(audience):
            pos = segment.start + offset + end + for_people.end() + audience_lead
            reader.claim(pos, pos + len(audience))
            reader.add(pos, "audience", audience)
    additive = strong and bool(re.search(r"(?i:\balso\b|\btoo\b|\bas\s+well\b)", segment.text))
    if service:
        reader.add(start, "kind", "service")
    reader.claim(start, start + len(value))
    reader.add(start, "product", clip(value + suffix, 200), mode="append" if additive else "set",
               end=start + len(value))
    if place:
        reader.place_product = reader.findings[-1]
    return True


def _strip_small(what: str) -> str:
    """"one-man IT support" → "IT support": the words that size a business, not what it sells."""
    words = what.split()
    while words and words[0].lower() in _SMALL:
        words.pop(0)
    return " ".join(words)


def _listed(rest: str) -> tuple[str, int, int] | None:
    """"handmade soaps, bath bombs and shower steamers": a list ending in "and" is one product
    line when each item is a short plain phrase; None otherwise."""
    if not re.search(r"(?i:^[^,.;!?]+,[^.;!?]*?\s(?:and|&)\s)", rest):
        return None
    value, lead, end = clean_phrase(rest, _LIST_CUT, PRODUCT_STOP, 15, 200)
    if not re.search(r"(?i:,[^,]*\s(?:and|&)\s[^,]*$)", value):
        return None
    items = re.split(r"(?i:\s*,\s*|\s+(?:and|&)\s+)", value)
    if (len(items) < 3 or any(not item or len(item.split()) > 4 or re.search(r"\d", item)
                              or (item[:1].isupper() and not value[:1].isupper())
                              or item.split()[0].lower() in SENTENCE_WORDS for item in items)):
        return None
    return value, lead, end


#: what a seller posts, not what they sell: "daily stories", "more instagram reels", "posts"
_ONE_CONTENT = (r"(?:(?:more|daily|weekly|regular|short|new|our|my|some|instagram|insta|ig|tiktok|"
                r"youtube|facebook|pinterest|video|photo|carousel|behind[- ]the[- ]scenes|the|\d+)\s+)"
                r"{0,3}(?:stories|posts|reels|videos|lives|content|tiktoks|shorts|pins)")
_CONTENT = re.compile(rf"(?i:{_ONE_CONTENT}(?:\s*(?:,|and|&|\+)\s*{_ONE_CONTENT})*)")
#: "a dog walking service", "custom wedding vows writing service": the product without the word
_SERVICE_TAIL = re.compile(r"(?i:(?<=\w)\s+services?$)")
_KIND_WORDS = re.compile(r"(?:a\s+|an\s+)?(?:service|services|product|products|physical\s+product|"
                         r"digital\s+product|digital|service\s+business|business)")


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
                if segment.start + m.start() > place.start and _take_product(
                        reader, segment, m.end(), strong=False):
                    reader.findings.remove(place)
                    return
        return
    for brand in [f for f in reader.findings if f.kind == "brand"]:
        # "We're Copper Kettle Preserves, jams and chutneys", "I run Jess's Kitchen, a meal prep service"
        name_end = brand.start + len(brand.value)
        after = re.match(r"\s*,\s*", text[name_end:])
        if after is None:
            continue
        pos = name_end + after.end()
        segment = reader.segment_at(pos)
        apposition = re.match(r"(?i:an?\s+)", text[pos:]) is not None
        said_we_are = re.search(r"(?i:\b(?:we'?re|we\s+are)\s+(?:the\s+)?$)",
                                text[max(0, brand.start - 12):brand.start]) is not None
        if segment is None or not (apposition or said_we_are):
            continue
        first_word = re.findall(r"[\w']+", text[pos:pos + 40].lower())[:1]
        if first_word and first_word[0] not in SENTENCE_WORDS and first_word[0] not in NOT_PRODUCT_LEAD \
                and _take_product(reader, segment, pos - segment.start, strong=False):
            return
    m = _ROLE.search(text)
    if m and not reader.is_claimed(m.start("role"), m.end("role")):
        mods = [w for w in m.group("mods").split() if w.lower() not in _SMALL
                and w.lower() not in ("freelance", "self-employed", "qualified", "certified")]
        value = " ".join(mods + [ROLES[m.group("role").lower()]])
        start = m.start("mods") if mods else m.start("role")
        reader.claim(m.start(), m.end())
        reader.add(start, "product", value)
        if m.group("role").lower() not in _MAKERS:  # a potter sells pots, a coach a service
            reader.add(start, "kind", "service")
        _audience_after(reader, m.end())
        return
    m = _BUSINESS.search(text)
    goods = m is not None and m.group("trade").lower() in ("business", "company", "shop", "store") \
        and infer_kind(m.group("what")) != "service"
    if goods:  # "a small candle business", "a plant shop": what it sells, in the plural
        words = [w for w in m.group("what").split() if w.lower() not in _SMALL and w.lower() not in (
            "indie", "online", "independent", "little")]
        if words and words[-1].lower() in _NO_GOODS:
            return  # "a charity shop", "a corner shop": the shop's kind, not its goods
        if len(words) == 1 and not reader.is_claimed(m.start("what"), m.end("what")):
            noun = words[0]
            if not noun.lower().endswith("s") and noun.lower() not in _MASS_NOUNS:
                noun += "s"
            reader.claim(m.start(), m.end())
            reader.add(m.start("what"), "product", noun)
            return
    if m and not goods and (m.group("trade").lower() not in ("business", "company", "shop", "store")
                            or infer_kind(m.group("what")) == "service"):
        words = [w for w in m.group("what").split() if w.lower() not in _SMALL]
        if m.group("trade").lower() in ("school", "academy", "centre", "center", "garage", "van",
                                        "truck", "trailer", "cart", "stall", "kiosk", "bar"):
            words.append(m.group("trade"))  # "a language school", "a coffee van" is what it is
        if words and not reader.is_claimed(m.start("what"), m.end("what")):
            reader.claim(m.start(), m.end())
            reader.add(m.start("what"), "product", " ".join(words))
            reader.add(m.start("what"), "kind", "service")
            _audience_after(reader, m.end())
            return
    if _people_verb(reader):
        return
    for segment in reader.segments:
        for m in _WEAK_TRIGGER.finditer(segment.text):
            if reader.is_claimed(segment.start + m.start(), segment.start + m.end()):
                continue
            suffix = " tutoring" if m.group("verb").lower() == "tutor" else ""
            if _take_product(reader, segment, m.end(), strong=False, suffix=suffix):
                return
    extract_leading_product(reader)
    if not any(f.kind == "product" for f in reader.findings):
        extract_discounted_product(reader)


#: what a discount applies to that is not a product: "15% off your first order", "everything"
_NOT_DISCOUNTED = {"everything", "orders", "order", "purchases", "purchase", "items", "products",
                   "sitewide", "site-wide", "storewide", "store-wide", "month", "months", "year",
                   "subscriptions", "subscription", "bookings", "booking", "shipping", "delivery",
                   "postage", "entry", "tickets", "total", "basket", "cart", "checkout", "spend",
                   "last", "season", "season's", "previous", "remaining", "leftover", "clearance",
                   "subscribers", "members", "customers", "students", "newsletter", "sale"}
_DISCOUNT_ON = re.compile(r"(?i:^\s*(?:on|off|for|across)?\s*(?:(?:all|every|any|our|selected|"
                          r"the|your|my)\s+)*)")
#: when a discount runs: it ends what it applies to ("all candles this weekend")
_WHEN = re.compile(r"(?i:\s+(?:this|next|all|every|each|over\s+the)\s+(?:week|weekend|month|day|"
                   r"year|season|friday|monday|christmas|holiday|black\s+friday)\b|\s+(?:today|"
                   r"tonight|tomorrow|now|only|until|till|til|through|thru|ends?|ending|before|with|valid|"
                   r"using|no\s+code|when|if|during|for\s+(?:\d|one|two|three|a\s+limited))\b|[,;.!?(]|\s+-\s+)")


def extract_discounted_product(reader: BriefReader) -> None:
    """What an offer is on, when nothing else said what is sold: "30% off all candles this
    weekend", "BOGO on all lip balms", "2 for 1 on brownies" → the product. "15% off your
    first order" and "20% off everything" name no product."""
    if reader.brief.product or reader.codes:
        return  # a code's message is about the promotion: "25% off all prints with PRINT25"
    for entity in reader.entities:
        if entity.label != "DISCOUNT":
            continue
        after = reader.text[entity.end:entity.end + MAX_PHRASE]
        lead = _DISCOUNT_ON.match(after)
        if lead is None or not re.search(r"(?i:\b(?:on|all|every)\b)", lead.group()):
            continue  # "on brownies", "off all candles"; "40% off winter coats" may be a range's part
        rest = after[lead.end():]
        when = _WHEN.search(rest)
        value = strip_end(rest[:when.start()] if when else rest)
        words = re.findall(r"[\w'-]+", value.lower())
        if not 1 <= len(words) <= 5 or any(w in _NOT_DISCOUNTED or w in NOT_A_PRODUCT
                                          or w in PRODUCT_STOP or w in SENTENCE_WORDS for w in words) \
                or re.search(r"\d|[$£€]", value):
            continue
        start = entity.end + lead.end() + rest.find(value)
        if reader.is_claimed(start, start + len(value)) or any(
                e.start < start + len(value) and start < e.end for e in reader.entities
                if e is not entity):
            continue
        reader.claim(start, start + len(value))
        reader.add(start, "product", value)
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


def _audience_after(reader: BriefReader, pos: int) -> None:
    """"I'm a copywriter for tech startups": the people after a role."""
    m = re.match(r"(?i:\s+(?:for|to)\s+)", reader.text[pos:pos + 10])
    if not m:
        return
    value, lead, _end = clean_phrase(reader.text[pos + m.end():pos + m.end() + MAX_PHRASE],
                                     AUDIENCE_CUT, AUDIENCE_STOP, 20, 500)
    start = pos + m.end() + lead
    if value and PEOPLE.search(value) and not reader.is_claimed(start, start + len(value)):
        reader.claim(start, start + len(value))
        reader.add(start, "audience", value)


def extract_leading_product(reader: BriefReader) -> None:
    """A message that opens with the product and no verb: "Handmade leather wallets on
    Etsy", "handmade leather wallets, etsy, 3x a week", "Hand-dyed yarn! We sell on…"."""
    if reader.brief.product or any(f.kind == "product" for f in reader.findings) or not reader.segments:
        return
    first = reader.segments[0]
    if len(reader.segments) > 1 and any(f.kind == "brand" and f.start <= first.start + len(
            first.text) - len(first.text.lstrip()) and f.start + len(f.value) >= first.end - 1
                                        for f in reader.findings):
        first = reader.segments[1]  # "Saddle & Stitch - handmade leather bags"
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
    head = reader.text[head_start:head_end]
    sold = _LEADING_SOLD.search(head)
    if sold and sold.start() > 0:
        head = head[:sold.start()]
    head = re.split(r"\s+-\s+|[:;]", head)[0]
    head_words = re.findall(r"[\w']+", head.lower())
    if (not head_words or head_words[0] in NOT_PRODUCT_LEAD or head_words[0] in SENTENCE_WORDS
            or re.search(r"\d|\?", head) or not plausible_answer(head.strip())
            or any(head_start <= f.start < head_start + len(head)
                   and f.kind not in ("audience", "brand", "kind") for f in reader.findings)):
        return
    # "candles, wax melts and reed diffusers": a list that ends in "and" is one product line
    listed = re.search(r"(?i:,[^,]+\s(?:and|&)\s)", head) is not None
    value, lead, end = clean_phrase(head, _LIST_CUT if listed else PRODUCT_CUT,
                                    stop_words(head) | NOT_PRODUCT_LEAD, 8, 200)
    words = re.findall(r"[\w']+", re.sub(r"(?i:\bsales(?=\s+(?:training|coaching|consulting)))",
                                         "", value.lower()))
    if not words or any(w in NOT_A_PRODUCT or w in SENTENCE_WORDS for w in words):
        return
    if value and not reader.is_claimed(head_start + lead, head_start + end):
        reader.claim(head_start + lead, head_start + end)
        reader.add(head_start + lead, "product", value)
        tail = reader.text[head_start + end:first.end]
        m = re.match(r"(?i:\s+(?:for|to)\s+)", tail)
        if m:
            _audience_after(reader, head_start + end)
