"""To whom and how: the audience, the description, and what kind of thing is sold."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.replies import is_decline
from planner.brief.segments import (
    CUT_COMMON,
    MAX_PHRASE,
    MAX_TRIES,
    Segment,
    clean_phrase,
    clip,
    strip_end,
)
from planner.brief.vocabulary import (
    AUDIENCE_STOP,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_NAMES,
    DESCRIPTION_OUR_NOUN_STOP,
    DESCRIPTION_STOP,
)

# ---- audience --------------------------------------------------------------------------

#: words that show a phrase names people ("eco moms", "women 25-40", "dog owners")
_PEOPLE_WORDS = (r"(?:women|men|moms|mums|parents|people|brides|grooms|couples|founders|owners|"
                 r"businesses|companies|startups|teams|brands|families|students|professionals|"
                 r"beginners|creators|retirees|kids|teens|dog|cat|pet|small|busy|young|new)\b")
PEOPLE = re.compile(
    r"(?i:\b(?:women|woman|men|man|moms?|mums?|mothers?|dads?|fathers?|(?:grand)?parents?|people|persons|"
    r"grand(?:mas?|mothers?|dads?|fathers?|kids|children)|nans|grannies|locals|neighbou?rs|"
    r"residents|commuters|tourists|visitors|holidaymakers|guests|patients|members|"
    r"customers?|buyers?|shoppers?|clients?|creatives|bikers|riders|drivers|little\s+ones|tots|"
    r"kiddos|homes|households|students?|teens?|teenagers?|kids|children|babies|"
    r"toddlers|girls?|boys?|guys|ladies|gents|gentlemen|adults|seniors|retirees|millennials|"
    r"gen[- ]?z|gen[- ]?x|boomers|families|couples|brides?|grooms?|newlyweds|professionals|"
    r"workers|nurses|teachers|doctors|owners|lovers|fans|enthusiasts|fanatics|geeks|nerds|"
    r"gamers|runners|cyclists|hikers|climbers|athletes|crafters|makers|knitters|bakers|cooks|"
    r"chefs|foodies|travell?ers|homeowners|renters|collectors|hobbyists|beginners|vegans|"
    r"vegetarians|readers|writers|artists|designers|developers|founders|entrepreneurs|"
    r"freelancers|creators|businesses|anyone|everyone|folks|gardeners|yogis|musicians|"
    r"photographers|gift[- ]?givers|gifters|skaters|surfers|golfers|anglers|campers|"
    r"pregnant|expecting|companies|startups|start-ups|brands|teams|firms|restaurants|cafes|"
    r"bakeries|nonprofits|non-profits|charities|schools|tradespeople|tradesmen|reps|retailers|"
    r"agencies|clinics|practices|landlords|hotels|venues|salons|shops|stores|smes|organisations|"
    r"organizations|bloggers|influencers|marketers|managers|executives|leaders|ceos|cfos|"
    r"recruiters|coaches|therapists|dentists|vets|gyms|studios|sellers|merchants|bosses|heads|"
    r"grads|graduates|undergrads|postgrads|job\s?seekers|candidates|applicants|learners|pupils|"
    r"(?:high\s)?schoolers|users|subscribers|tenants|dwellers|expats|nomads|solopreneurs|"
    r"practitioners|caregivers|carers|veterans|volunteers|hosts|homebuyers|investors|devs|"
    r"engineers|programmers|coders|scientists|researchers|academics|lawyers|solicitors|"
    r"accountants|architects|pharmacists|midwives|hospitals|care\s+homes|nurseries|universities|"
    r"councils|pharmacies|garages|dealerships|manufacturers|estate\s+agents|wholesalers|"
    r"distributors|stockists|boutiques|galleries|libraries|bookshops|bookstores|florists|"
    r"illustrators|painters|sewists|quilters|potters|woodworkers|stylists|hairdressers|barbers|"
    r"tattooists|producers|djs|podcasters|youtubers|streamers|authors|editors|translators|tutors|"
    r"trainers|instructors|realtors|agents|brokers|consultants|contractors|builders|plumbers|"
    r"electricians|farmers|growers|brewers|churches|dads|moms|mums|clubs|bands|societies|choirs|"
    r"associations|leagues|squads|troops|crews|goers|grown-?ups|learners|over-\d0s)\b"
    r"|\b\d{2}\s*(?:-|to)\s*\d{2}\b|\b\d{2}\+|\baged?\s+\d|\bin\s+their\s+\d0s\b|\b\d0s\b)")
AUDIENCE_CUT = re.compile(
    CUT_COMMON + r"|\s+(?i:on)\b(?!\s+(?:a|a\s+tight|a\s+small)\s+budget\b|\s+the\s+go\b|\s+the\s+move\b)"
    r"|(?<!going)(?<!gone)(?<!getting)(?<!went)(?<!living)\s+(?i:through|thru)\b"  # "going through divorce"
    r"|\s+(?i:via|but|so|because|since|until|till|starting|called|named)\b|:"
    r"|\s+(?i:at)\s+(?=[A-Z\d]|(?i:the|our|my|a|an|etsy|markets?|fairs?|home)\b)")
_AUDIENCE_TRIGGERS = re.compile(
    r"(?i:\b(?:(?:our|my|the)\s+)?(?:target\s+(?:audience|market|customers?|buyers?|demographic)|"
    r"ideal\s+(?:customers?|buyers?|clients?))\s*(?:is|are|=|:|-|would\s+be)?\s*"
    r"|\b(?:(?:our|my|the)\s+)?audience\s*(?:is|are|=|:|-)\s*"
    r"|\b(?:(?:our|my|the)\s+)?target\s*(?:is|are|=|:|-)\s*(?=[^.,;]{0,40}?" + PEOPLE.pattern + ")"
    # "audience gym goers", "…, target market dentists": the label, no mark, then the people
    r"|(?:^|(?<=[,;]))\s*(?:(?:our|my|the)\s+)?(?:audience|target\s+market)\s+(?=[a-z])(?!(?:is|are|for|of|in|on|at|and|or|was|size|research)\b)"
    r"|\b(?:our|my)\s+(?:customers|buyers|clients|shoppers|followers|fans|market|patients|students|"
    r"pupils|members|guests|users|readers|subscribers|learners|attendees|visitors|regulars|"
    r"listeners|viewers|players|patrons|diners|families|owners|tenants)\s+(?:are|is|tend\s+to\s+be|"
    r"include|would\s+be)\s+"
    r"(?:(?:mostly|mainly|usually|typically|generally|largely|primarily|all)\s+)?"
    r"|\b(?:customers|buyers|clients)\s+are\s+(?:(?:mostly|mainly|usually|typically)\s+)?"
    # "people who buy are mostly women 25-45": who they are after it (chat test 38)
    r"|\b(?:people|those|the\s+ones|folks)\s+who\s+(?:buy|book|order|shop|come)(?:\s+(?:from|with)\s+(?:us|me))?"
    r"\s+(?:are|is)\s+(?:(?:mostly|mainly|usually|typically|largely)\s+)?"
    # "guests are mostly europeans 22-40": who they are after "mostly" (chat test 37)
    r"|\b(?:guests|students|visitors|shoppers|patients|members|diners|users|learners|"
    r"attendees)\s+are\s+(?:mostly|mainly|usually|typically|largely)\s+"
    # ("offer for new patients: code X" is the offer's condition, not who buys)
    r"|(?<!new )(?<!for )\b(?:customers|clients|buyers|shoppers|users|students|patients|members|followers)\s*[:=]\s*"
    r"|\b(?:aimed|targeted|geared|tailored|marketed|pitched)\s+(?:(?:mostly|mainly)\s+)?(?:at|to|towards?)\s+"
    r"|\b(?:we|i)\s+(?:(?:mostly|mainly)\s+)?(?:target|are\s+targeting|am\s+targeting|want\s+to\s+reach|"
    r"sell\s+(?:(?:mostly|mainly)\s+)?to|cater\s+to)\s+"
    r"|\btargeting\s+|\bselling\s+(?:(?:mostly|mainly)\s+)?to\s+|\b(?:popular|big)\s+with\s+"
    r"|\b(?:mostly|mainly|usually|largely)\s+(?:to|for)\s+(?=(?:\S+\s+){0,4}?" + _PEOPLE_WORDS + r")"
    r"|(?:^|,)\s*(?:(?:mostly|mainly|usually|largely)\s+)(?=(?:(?!(?:for|to|with|of)\b)\S+\s+){0,3}?"
    + _PEOPLE_WORDS + r")"
    r"|\b(?:loved|bought)\s+(?:(?:mostly|mainly)\s+)?by\s+"
    # "i mostly get young couples", "we see a lot of dog owners": who comes (a chat test of
    # session 39 stored the whole sentence)
    r"|\b(?:we|i)\s+(?:(?:mostly|mainly|usually|often)\s+)?(?:get|see)\s+(?:(?:a\s+lot\s+of|lots\s+of|"
    r"loads\s+of|plenty\s+of|mostly|mainly)\s+)?(?=(?:\S+\s+){0,3}?" + _PEOPLE_WORDS + r"))")
_FOR = re.compile(r"(?i:\b(?:(?:we|i)\s+(?:mostly\s+|mainly\s+|usually\s+|only\s+)?(?:work\s+with|serve|"
                  r"supply|partner\s+with|cater\s+for)|for)\s+)(?!(?i:every|each|a\s+month|the\s+next|free)\b)")
# ---- description -----------------------------------------------------------------------

_DESCRIPTION_EXPLICIT = re.compile(r"(?i:\b(?:product\s+)?description\s*(?::|=|-|\bis\b)\s*)")
#: "they're hand-poured…": the pronoun is dropped, the rest is the description
DESCRIPTION_PRONOUN = re.compile(
    r"^(?i:(?:and\s+|also\s+|plus\s+)?(?:they're|they\s+are|it's|it\s+is|these\s+are|those\s+are|"
    r"each\s+(?:one|piece|item)?\s*is|every\s+(?:one|piece|item)\s+is|all\s+of\s+them\s+are)\s+)")
#: a sentence about the product itself, kept whole ("Our candles are hand-poured…")
_DESCRIPTION_SENTENCE = re.compile(
    r"^(?i:(?:they|it|each\s+one|each|every\s+one|our\s+\w+(?:\s+\w+)?)\s+(?:come|comes|last|lasts|"
    r"use|uses|contain|contains|feature|features|burn|burns|smell|smells|have|has|fit|fits|"
    r"are\s+made|is\s+made|are\s+hand\w*|is\s+hand\w*|are|is)\b"
    r"|(?:hand[- ]?(?:made|poured|crafted|sewn|stitched|painted|dyed|knit|thrown|tied|built|bound)|"
    r"made\s+(?:from|with|of|in|by)|crafted|designed|sustainably|ethically|locally|100%|vegan|"
    r"organic|eco-friendly|all[- ]natural|natural|recycled|small[- ]batch)\b)")

#: "customers mostly from the us and uk, women 25-40 who …", "lots from the uk and germany":
#: where the buyers come from (never where the seller is), with who they are after it
_CUSTOMERS_WHERE = re.compile(
    r"(?i:^\s*(?:and\s+|also\s+|but\s+|oh\s+and\s+)?(?:(?:our|my|the)\s+)?(?:customers|clients|buyers|"
    r"guests|students|visitors|shoppers|lots|most|many|loads|plenty|half)(?:\s+of\s+(?:them|our\s+\w+|"
    r"my\s+\w+))?\s+(?:(?:are|come|comes|coming)\s+)?(?:(?:mostly|mainly|usually|largely|often|all)\s+)?"
    r"(?:from|in)\s+(?P<where>[^,.;!?]{2,60}?)\s*(?:[.!?]*\s*$|,\s*(?P<people>\S.*?)[.!]*\s*$))")
#: places said where customers come from besides the countries
_REGIONS = {"europe": "Europe", "the eu": "the EU", "eu": "the EU", "abroad": "abroad",
            "overseas": "overseas", "all over the world": "all over the world",
            "all over": "all over", "scandinavia": "Scandinavia", "asia": "Asia",
            "north america": "North America", "the gulf": "the Gulf", "the middle east":
            "the Middle East", "latin america": "Latin America"}


def _country_said(name: str) -> str:
    """A country as a sentence says it ("the uk" → "the UK", "germany" → "Germany"), or ""
    when ``name`` is no country or region."""
    bare = re.sub(r"(?i)^the\s+", "", name.strip()).strip()
    low = bare.lower()
    if name.strip().lower() in _REGIONS:
        return _REGIONS[name.strip().lower()]
    if low in _REGIONS:
        return _REGIONS[low]
    short = {k.lower(): k for k in COUNTRY_ABBREVIATIONS}
    if low in short:
        return "the " + short[low].replace(".", "")
    for names in COUNTRY_NAMES.values():
        if low in names:
            said = " ".join(w if w in ("and", "of") else w[:1].upper() + w[1:] for w in low.split())
            # ("the netherlands" keeps its "the")
            return ("the " if re.match(r"(?i)the\s", name.strip()) else "") + said
    return ""


#: "flavours are ginger & lemon, hibiscus, and seasonal ones": the kinds there are, a line
#: of the description as typed (chat test 38: only the price beside it was kept)
_KINDS_ARE = re.compile(
    r"(?i:^\s*(?:and\s+|also\s+)?(?:our\s+|the\s+|my\s+)?(?:flavours|flavors|scents|colours|colors|sizes|styles|"
    r"varieties|fillings|blends|designs|fragrances|shades|roasts|strains|fabrics|finishes)\s+"
    r"(?:are|include|:|-)\s*\S)")


def _places_said(where: str) -> str:
    """A list of countries or regions typed loosely ("the us and uk", "germany, poland") as
    a sentence says it ("the US and the UK"); "" when any part is no country or region."""
    parts = [p for p in re.split(r"(?i)\s*,\s*|\s+(?:and|&|or)\s+", where) if p.strip()]
    said = [_country_said(p) for p in parts]
    if not said or not all(said):
        return ""
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def extract_kinds_list(reader: BriefReader) -> None:
    """The kinds of the goods listed at a message's start ("scents are fig, cedar and sea
    salt, 200g tin is £12"): that clause, before any price said after it, is a line of the
    description."""
    m = _KINDS_ARE.match(reader.text)
    if m is None:
        return
    from planner.brief.fields.said import MONEY

    end = len(reader.text.rstrip(" .!"))
    money = MONEY.search(reader.text, m.end())
    if money:
        cut = reader.text.rfind(",", m.end(), money.start())
        if cut < 0:
            return  # ("flavours are £3 each": a price, read as one)
        end = cut
    value = reader.text[m.start():end].strip().rstrip(",;")
    if len(value.split()) < 3 or reader.is_claimed(m.start(), end):
        return
    value = re.sub(r"(?i)^(?:and|also)\s+", "", value)
    reader.claim(m.start(), end)
    reader.add(m.start(), "description", clip(value[:1].upper() + value[1:], 300), mode="append")


_LOTS_FROM = re.compile(r"(?i:^\s*,?\s*(?:and\s+)?(?:lots|most|many|loads|plenty|some)(?:\s+of\s+them)?\s+"
                        r"(?:are\s+)?from\s+(?P<where>[^,.;!?]{2,60}?)\s*(?=[.!?;]|$))")


def _and_where_from(reader: BriefReader, start: int, value: str) -> str:
    """An audience followed by where many of them come from ("women 25-45 with sensitive
    skin, lots from germany and poland"): said with it, "…, many from Germany and Poland",
    and never read as the seller's country (chat test 38: the country set to DE)."""
    end = start + len(value)
    m = _LOTS_FROM.match(reader.text[end:])
    if m is None:
        return value
    where = _places_said(m.group("where"))
    if not where:
        return value
    reader.claim(end, end + m.end())
    return f"{value}, many from {where}"


def extract_customers_from(reader: BriefReader) -> None:
    """Where the buyers come from, said as who they are: "customers mostly from the us and uk,
    women 25-40 who like minimal jewellery" is the audience "women 25-40 who like minimal
    jewellery, mostly from the US and the UK"; "lots from the uk and germany" adds to the
    audience already said. Never the seller's country, never the description (chat test 37:
    stored as the description, the audience asked three more times; the business in
    Morocco set to GB)."""
    m = _CUSTOMERS_WHERE.match(reader.text)
    if m is None or reader.is_claimed(0, len(reader.text)):
        return
    where = _places_said(m.group("where"))
    if not where:
        return
    people = (m.group("people") or "").strip()
    if people and PEOPLE.search(people):
        value = f"{people}, mostly from {where}"
    elif people:
        return
    elif reader.brief.audience:
        value = f"{reader.brief.audience.rstrip('.')}, many from {where}"
    else:
        value = f"customers mostly from {where}"
    reader.claim(0, len(reader.text))
    reader.add(0, "audience", value)


def extract_audience(reader: BriefReader, segment: Segment) -> None:
    """"target audience: gen z gamers", "aimed at dog owners", "for eco-conscious women 25-40"."""
    if any(f.kind == "referral_reward" and segment.start <= f.start < segment.end
           for f in reader.findings):
        return
    m = _AUDIENCE_TRIGGERS.search(segment.text)
    asked_back = _WHO_FOR.match(reader.text) if segment is reader.segments[0] else None
    if asked_back:  # "who for? i already said - founders": the question echoed, then its answer
        value, lead, _end = clean_phrase(reader.text[asked_back.end():asked_back.end() + MAX_PHRASE],
                                         AUDIENCE_CUT, AUDIENCE_STOP, 12, 500)
        start = asked_back.end() + lead
        if value and not reader.is_claimed(start, start + len(value)) and not is_decline(value) \
                and not re.match(r"(?i:idk|dunno|not\s+sure|no\s+idea|unsure|no\s+clue)\b", value):
            reader.claim(0, start + len(value))
            reader.add(start, "audience", value)
            return
    if m:
        value, lead, _end = clean_phrase(segment.text[m.end():m.end() + MAX_PHRASE], AUDIENCE_CUT,
                                         AUDIENCE_STOP, 20, 500)
        start = segment.start + m.end() + lead
        if value and not reader.is_claimed(start, start + len(value)):
            value = _and_more_people(reader, segment, start, value)
            value = _and_what_they_want(reader, start, value)
            value = _and_where_from(reader, start, value)
            lead_start = _people_before_mostly(reader, segment, m)
            if lead_start is not None:  # "knitters, mostly women 30-60": the knitters too
                value, start = reader.text[lead_start:start + len(value)], lead_start
            reader.claim(min(start, segment.start + m.start()), start + len(value))
            reader.add(start, "audience", value)
            return
    if _helped(reader, segment) or _people_then_role(reader, segment) or _people_find_us(reader, segment):
        return
    # "for …" counts only when what follows names people
    for tries, m in enumerate(_FOR.finditer(segment.text)):
        if tries >= MAX_TRIES:
            return
        after_for = segment.start + m.end()
        if reader.is_claimed(after_for, after_for + 1):
            continue
        if any(e.label == "DISCOUNT" and 0 <= segment.start + m.start() - e.end <= 12
               for e in reader.entities_in(segment)):
            continue  # "10% off for newsletter subscribers": who gets the offer, not who buys
        value, lead, _end = clean_phrase(segment.text[m.end():m.end() + MAX_PHRASE], AUDIENCE_CUT,
                                         AUDIENCE_STOP, 20, 500)
        if value and EVENT_OF.match(value):
            continue  # "for kids parties", "for hen parties": an event, not the people who buy
        if value and PEOPLE.search(value):
            reader.claim(after_for + lead, after_for + lead + len(value))
            reader.add(after_for + lead, "audience", value, mode="weak")
            return


#: people named only as whose event it is: "children's birthdays", "Mothers Day" (a party
#: stays: "for kids parties" says who it is for)
EVENT_OF = re.compile(r"(?i:^(?:[\w'-]+\s+){0,2}?(?:events?|birthdays?|showers|celebrations|"
                      r"functions|weddings|christenings|reunions|nights?\s+out|day)\b)")


#: "people book by dm or on booksy": how the people buy, not more of them
_HOW_THEY_BUY = re.compile(r"(?i:(?:people|they|clients|customers|buyers|most|everyone|parents|couples)\s+"
                           r"(?:\w+\s+)?(?:book|buy|order|pay|find|message|dm|enquire|inquire|sign\s+up|"
                           r"come|get\s+in\s+touch)\b)")


def _and_more_people(reader: BriefReader, segment: Segment, start: int, value: str) -> str:
    """"mostly beginners, people who want a cosy hobby": an audience said as a list of
    people is kept whole, never cut at its first comma."""
    end = start + len(value)
    while True:
        m = re.match(r",\s*(?:and\s+|or\s+|also\s+)?", reader.text[end:segment.end])
        if m is None:
            return reader.text[start:end]
        more, lead, _end = clean_phrase(reader.text[end + m.end():segment.end], AUDIENCE_CUT,
                                        AUDIENCE_STOP, 12, 300)
        if not more or not PEOPLE.search(more) or more.split()[0].lower() in (
                "we", "i", "our", "my", "they", "it", "its", "it's", "mostly", "mainly", "based") \
                or _HOW_THEY_BUY.match(more):
            return reader.text[start:end]
        end = end + m.end() + lead + len(more)


#: "who for?", "who's it for?" echoed back at the start of a message, then the answer
_WHO_FOR = re.compile(r"(?i:^\s*(?:who(?:\s+is\s+it|\s+are\s+they|'s\s+it|s\s+it|\s+it'?s)?\s+for|who\s+buys(?:\s+it)?|"
                      r"(?:target\s+)?audience|customers)\s*\?+\s*(?:(?:i|we)\s+(?:already\s+)?said|"
                      r"like\s+i\s+said|as\s+i\s+said)?\s*[-:,]?\s*)")
#: "couples from the UK are my clients", "nurses are who we're targeting": the people first
_ARE_OUR_PEOPLE = re.compile(
    r"(?i:\s+(?:are|is)\s+(?:(?:mostly|mainly|usually|basically)\s+)?(?:(?:my|our)\s+(?:main\s+|usual\s+|"
    r"typical\s+|ideal\s+|target\s+)?(?:customers|clients|buyers|audience|market|crowd|people|"
    r"customer\s+base|demographic|target(?:\s+(?:audience|market))?)|who\s+(?:we|i)(?:'re|'m|\s+are|\s+am)?"
    r"\s+(?:(?:mostly|mainly)\s+)?(?:targeting|target|selling\s+to|sell\s+to|serve|serving|aiming\s+at|"
    r"aim\s+at|for|make\s+(?:it|them|these)\s+for))\b)")
_PEOPLE_LEAD = re.compile(r"(?i:^\s*(?:and\s+|but\s+|so\s+|also\s+|mostly\s+|mainly\s+)*)")


def _people_before_mostly(reader: BriefReader, segment: Segment, m: re.Match[str]) -> int | None:
    """Where "knitters" starts in "knitters, mostly women 30-60": people said alone before
    the comma that opens "mostly …" are part of who buys."""
    if not re.match(r"\s*,\s*(?:mostly|mainly|usually|largely)\b", segment.text[m.start():], re.IGNORECASE):
        return None
    before = segment.text[:m.start()]
    lead = _PEOPLE_LEAD.match(before).end()
    said = before[lead:].strip()
    if not said or len(said.split()) > 3 or not PEOPLE.search(said) or not re.fullmatch(r"[a-z][\w' -]*", said, re.I):
        return None
    return segment.start + lead


#: "people who like slow living and want a mug nobody else has": the wish goes with the people
_AND_WANT = re.compile(r"(?i:^\s+and\s+(?:also\s+)?(?:want|wants|need|needs|love|loves|like|likes|care|cares|"
                       r"prefer|prefers|value|values|appreciate|appreciates)\b[^,.;!?]{2,80})")


def _and_what_they_want(reader: BriefReader, start: int, value: str) -> str:
    """The audience said with "who …" goes on through "and want …" said after it."""
    if not re.search(r"(?i:\bwho\b)", value):
        return value
    m = _AND_WANT.match(reader.text[start + len(value):])
    if m is None or reader.is_claimed(start + len(value), start + len(value) + m.end()):
        return value
    return value + m.group().rstrip()


def _people_then_role(reader: BriefReader, segment: Segment) -> bool:
    """"parents of toddlers are our customers", "accountants are who i'm targeting": the
    people said first, then that they are the ones who buy."""
    m = _ARE_OUR_PEOPLE.search(segment.text)
    if m is None:
        return False
    # the people may hold "and" ("couples from the UK and US"): back to the clause's comma
    sentence_start = min(s.start for s in reader.segments if s.sentence == segment.sentence)
    before = reader.text[sentence_start:segment.start + m.start()]
    mark = max(before.rfind(c) for c in ",;:!?(")
    clause_start = sentence_start + mark + 1
    said = reader.text[clause_start:segment.start + m.start()]
    lead = _PEOPLE_LEAD.match(said).end()
    value = strip_end(said[lead:])
    start = clause_start + lead
    if not value or not PEOPLE.search(value) or len(value.split()) > 12 \
            or reader.is_claimed(start, start + len(value)):
        return False
    reader.claim(start, segment.start + m.end())
    reader.add(start, "audience", value)
    return True


#: "parents find me on facebook mostly", "brides usually book us through instagram"
_FIND_US = re.compile(r"(?i:^\s*(?:(?:and|so|but|mostly|mainly|usually)\s+)*(?P<who>(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)"
                      r"\s+(?:(?:mostly|mainly|usually|often|always|all)\s+)?(?:find|found|follow|book|hire|message|"
                      r"contact|discover|reach|dm)\s+(?:me|us)\b)")
#: people named too loosely to be an audience ("people find us", "customers message me")
_ANYONE = {"people", "customers", "clients", "buyers", "folks", "everyone", "everybody", "they", "most",
           "many", "some", "others", "users", "persons", "followers", "guests", "visitors"}


def _people_find_us(reader: BriefReader, segment: Segment) -> bool:
    """"parents find me on facebook mostly": the people who find, book or message the seller
    are who buys, when they are named more closely than "people" or "customers"."""
    if reader.brief.audience or any(f.kind == "audience" for f in reader.findings):
        return False
    m = _FIND_US.match(segment.text)
    if m is None:
        return False
    who = m.group("who")
    words = who.lower().split()
    if not PEOPLE.search(who) or words[-1] in _ANYONE or words[0] in ("i", "we", "you", "it", "my", "our") \
            or re.search(r"(?i:\b(?:who|that|which|can|will|to)\b)", who):
        return False
    start = segment.start + m.start("who")
    if reader.is_claimed(start, start + len(who)):
        return False
    reader.claim(start, start + len(who))
    reader.add(start, "audience", who, mode="weak")
    return True


_HELP = re.compile(r"(?i:\b(?:we|i)\s+(?:mostly\s+|mainly\s+|usually\s+)?help\s+)")


def _helped(reader: BriefReader, segment: Segment) -> bool:
    """"we help ecommerce brands fix their checkout": the people helped, up to the last word
    that names people in the next five."""
    m = _HELP.search(segment.text)
    if m is None:
        return False
    words = list(re.finditer(r"[\w'-]+", segment.text[m.end():]))[:5]
    last = None
    for i, word in enumerate(words):
        if PEOPLE.fullmatch(word.group()):
            last = i
        elif word.group().lower() in ("to", "with", "get", "make", "find", "grow", "fix", "sell"):
            break
    if last is None:
        return False
    start = segment.start + m.end() + words[0].start()
    end = segment.start + m.end() + words[last].end()
    if reader.is_claimed(start, end):
        return False
    reader.claim(start, end)
    reader.add(start, "audience", reader.text[start:end])
    return True


def extract_explicit_description(reader: BriefReader, segment: Segment) -> None:
    """"description: hand-poured soy candles, in recycled glass jars" (to the sentence's end)."""
    m = _DESCRIPTION_EXPLICIT.search(segment.text)
    if not m:
        return
    # the rest of the sentence: descriptions often hold commas
    sentence_end = max(s.end for s in reader.segments if s.sentence == segment.sentence)
    start = segment.start + m.end()
    value = strip_end(reader.text[start:sentence_end])
    if len(value.split()) >= 2 or (value and reader.asked == "description"):
        reader.claim(segment.start + m.start(), sentence_end)
        reader.add(start, "description", clip(value[:1].upper() + value[1:], 500))


#: words that make an item of a list a clause, not a thing sold ("we bring the setup")
_CLAUSE_WORD = re.compile(r"(?i:\b(?:i|we|you|they|it|he|she|our|my|your|is|are|was|were|be|do|does|did|have|has|"
                          r"can|will|just|need|want|the|a|an|this|that|these|those|and|or|but|so|for|to|of|in|on|at|"
                          r"with|by|from|per|each|only|mostly|mainly|welcome|book|order|call|message)\b)")


def extract_sold_list(reader: BriefReader) -> None:
    """"fades, beard trims, kids cuts, walk ins welcome", "flat whites, oat lattes, chai, we
    bring…": three or more short things listed at a sentence's start, once the product is
    known, are what is sold: kept whole as a line of the description (never the audience)."""
    if not reader.brief.product or reader.asked in ("brand", "product"):
        return  # (asked for the name, a list is left to the name's readers)
    for index in sorted({s.sentence for s in reader.segments}):
        start = min(s.start for s in reader.segments if s.sentence == index)
        end = max(s.end for s in reader.segments if s.sentence == index)
        items, pos = [], start
        for m in re.finditer(r"[^,;]+", reader.text[start:end]):
            item = m.group().strip()
            words = item.split()
            if not words or len(words) > 3 or _CLAUSE_WORD.search(item) or not re.fullmatch(r"[a-z][a-z' -]*", item, re.I) \
                    or any(ch.isupper() for ch in item[1:]):
                break
            items.append(item)
            pos = start + m.end()
        if len(items) < 3 or reader.is_claimed(start, pos) or any(start <= f.start < pos for f in reader.findings) \
                or any(e.start < pos and e.end > start for e in reader.entities):
            continue
        value = ", ".join(items)
        # (not claimed: the product reader still weighs the list as what is sold)
        reader.add(start, "description", value[:1].upper() + value[1:], mode="append")
        rest = reader.text[pos:].strip(" ,;")
        begin = len(reader.text) - len(reader.text[pos:].lstrip(" ,;"))
        if reader.asked == "description" and re.match(r"(?i:(?:we|i)\s)", rest) and not any(
                f.start >= begin for f in reader.findings) and not reader.is_claimed(begin, len(reader.text)):
            # asked what makes it special: "…, we bring the whole setup and a barista" answers it
            value = strip_end(rest)
            reader.claim(begin, len(reader.text))
            reader.add(begin, "description", clip(value[:1].upper() + value[1:], 500), mode="append")
        return


def extract_description_sentence(reader: BriefReader, segment: Segment) -> None:
    """A clause nothing else read that describes the product: "they're hand-poured in
    recycled glass jars", "Hand-poured with 100% soy wax"."""
    if any(segment.start <= f.start < segment.end or (f.start < segment.start < f.end)
           for f in reader.findings):
        return
    if reader.entities_in(segment) or reader.has_code_in(segment):
        return
    text = segment.text.strip()
    if text.endswith("?") or len(text) > 400 or _MADE_BY.match(text):
        return  # ("Made by me, a nurse who …": the story, read by extract_does_lines)
    m = DESCRIPTION_PRONOUN.match(text)
    if m:
        value = strip_end(text[m.end():])
    else:
        m = _DESCRIPTION_SENTENCE.match(text)
        if not m:
            return
        our = re.match(r"(?i:our\s+(\w+))", text)
        if our and our.group(1).lower() in DESCRIPTION_OUR_NOUN_STOP:
            return
        value = strip_end(text)
    words = value.split()
    if len(words) < 2 or words[0].lower().strip(",") in DESCRIPTION_STOP:
        return
    if reader.asked == "brand" and all(w[:1].isupper() or w in ("&", "and") for w in words):
        return  # "it's Black Sheep Roasters", asked for the brand: the name, read as the answer
    reader.add(segment.start, "description", clip(value[:1].upper() + value[1:], 500))


# ---- what kind of thing is sold ---------------------------------------------------------

_DIGITAL = re.compile(
    r"\b(apps?|software|saas|platform|plugin|extension|online courses?|courses?|e-?books?|"
    r"templates?|presets?|printables?|membership|newsletter|podcast|"
    r"digital|downloads?|pdfs?|game|tool for|fonts?|stock photos|canva|notion|lightroom|procreate|"
    r"brushes|svgs?|cut files|wallpapers|web ?app|saas|music|sample packs?|figma|ui\s+kits?|"
    r"icon\s+(?:packs?|sets?)|mockups?|luts|plugins?|widgets?|spreadsheets?|e-?courses?|"
    r"webinars?|digital\s+planners?|audiobooks?|lightroom\s+presets?|themes?\s+for)\b", re.IGNORECASE)
_SERVICE = re.compile(
    r"\b(salon|barber(?:shop)?|studio classes|classes|coaching|coach|consulting|consultancy|"
    r"agency|clinic|dentist|therapy|cleaning service|services?|tutoring|lessons|photography|"
    r"bookings?|appointments?|gym|personal training|catering|repairs?(?!\s+kits?)|audits?|training|"
    r"tailoring|grooming|makeup|cleaning(?!\s+(?:products?|refills?|supplies|sprays?))|cleans|bookkeeping|payroll|accounting|recruitment|"
    r"physiotherapy|massage|copywriting|web design|tattoos?|sessions|workshops|installation|"
    r"dog walking|styling|videography|illustration commissions|facials|treatments|nails|manicures|"
    r"pedicures|daycare|childcare|dog care|hire|rental|tuition|calligraphy|events?|design|"
    r"development|marketing|seo|planning|care|walking|sitting|removals|decorating|landscaping|"
    r"gardening|plumbing|electrical|alterations|hairdressing|barbering|counselling|counseling|"
    r"tax|translation|editing|yoga|pilates|dj|mentoring|support|installations?|valeting|valet|"
    r"detailing|school|academy|parties|party|retreats?|websites?|web\s?sites|management|"
    r"lead\s+generation|surgery|branding|logos?|lash(?:es)?|lash\s+lifts?|brows?|lamination|"
    r"waxing|threading|microblading|spray\s+tans?|tanning|blow[- ]?dry|haircuts?|colou?ring|"
    r"highlights|balayage|perms?|piercings?|botox|fillers|aesthetics|injectables|extensions|"
    r"brand\s+identit(?:y|ies)|identities|rebrands?|brand\s+strategy|ceremonies|translation|"
    r"proofreading|transcription|chiropractic|osteopathy|acupuncture|hypnotherapy|childminding|"
    r"escape\s+rooms?|saunas?|tours|washing|jet\s?washing|removals?|man[- ]with[- ]a[- ]van)\b",
    re.IGNORECASE)


#: words in a message that make what it sells digital, whatever the product is called
DIGITAL_SAID = re.compile(r"(?i:\b(?:pdfs?|downloads?|downloadable|digital|printables?)\b)")
#: ... unless it is also sent as a thing: "digital download or printed"
PHYSICAL_SAID = re.compile(r"(?i:\b(?:printed|prints?|shipped|posted\s+to|delivered|framed|"
                           r"physical|paperbacks?|hardbacks?)\b)")


def infer_kind(text: str) -> str:
    """What the seller sells, from their own words: a physical product unless they say otherwise."""
    if not text:
        return ""
    if _DIGITAL.search(text) and not re.search(r"\b(handmade|hand-poured|printed|shipped?|delivered|flowers?)\b", text, re.IGNORECASE):
        return "digital"
    service = [m for m in _SERVICE.finditer(text)]
    # the service must be what is sold, not a word describing goods: "cork yoga mats" are
    # goods, "yoga retreats" and "dog walking and pet sitting" are services
    if service and not re.match(r"\s*\w", text[service[-1].end():]):
        return "service"
    if service and re.fullmatch(r"(?i:\s*(?:and|&|,|in|for|with|to|at|of|near|around|across|"
                                r"on|from|by)\b.*)", text[service[-1].end():], re.DOTALL):
        return "service"
    return ""


# ---- what the business does, said in sentences nothing else read ----------------------------

#: words of a line about something other than what is sold: the posting, the plan, asking
#: for help, greetings, feelings, and anything dated (an event, a launch, a holiday)
_NOT_ABOUT_IT = re.compile(
    r"(?i:\b(?:posts?|posting|posted|plan|planning|calendar|content|followers?|algorithm|marketing|"
    r"engagement|reach|help|please|pls|thanks|thank|hi|hello|hey|want|wanna|need|needs|hope|"
    r"struggl\w*|honestly|lol|haha|"
    r"will|we'?ll|i'?ll|well\s+be|going\s+to|gonna|soon|next|tomorrow|today|tonight|yesterday|"
    r"last|ago|since|launch\w*|coming|upcoming|holiday|closed|"
    r"jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|christmas|xmas|easter|weekend|"
    r"discount|code|offer|sale|promo|deal|(?<!-)off|giveaway|contest|refer\w*|hashtag|tone|voice|"
    r"brand|name|called|named|story|started|founded|began|founder|owner|based|live|living|located|"
    r"season|bookings?|booked|really|kind\s+of|sort\s+of|also|plus)\b"
    r"|\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\s*(?:am|pm)\b|[?@#%:]|https?:|www\.)")
#: how a run of clauses that is only part of its sentence must open to be a clause of its own:
#: a subject, or a verb said of the business ("tracks invoices…", "we supply and install…")
_CLAUSE_OPENS = re.compile(r"(?i:^(?:and\s+)?(?:we|i|it|they|our|my|each|every|all|[a-z]+(?<!ss)s)\s+\w)")
#: a line of the seller's own story, said as such: "Made by me, a designer who …"
_MADE_BY = re.compile(r"(?i:^(?:hand[- ]?)?(?:made|run|started|founded|created|designed|built|dyed|"
                      r"poured|baked|sewn)\s+by\s+(?:me|us|myself|my\s+\w+|our\s+\w+)\b)")


def extract_does_lines(reader: BriefReader) -> None:
    """In a message that says what is sold, each sentence (or the clauses of one) that
    nothing else read and that says what the business does or what its goods are ("we
    supply, install and maintain indoor plants…", "Vegetable tanned hide that darkens with
    age", "Instructors are all approved") is a line of the description, added to what was
    said; a line of the seller's story said as such ("Made by me, a designer in Halifax…")
    is the story. Never a dated line (an event, a launch), a request, or a line about the
    posting or the offer."""
    products = [f for f in reader.findings if f.kind == "product"]
    # only in a whole brief typed at once, never a reply in a chat ("It kind of grew", "I SAID CANDLES")
    if not products:
        return
    # a whole brief: what is sold said first here, where it is posted too, in four sentences or more
    whole_brief = not (reader.brief.product or reader.asked or len(reader.text.split()) < 40
                       or len({s.sentence for s in reader.segments}) < 4
                       or not any(f.kind == "platforms" for f in reader.findings)
                       or any(f.kind == "description" for f in reader.findings))
    first = min(f.start for f in products)
    runs: list[list[Segment]] = []
    for segment in reader.segments:
        free = segment.start > first and not reader.is_claimed(segment.start, segment.end) \
            and not reader.entities_in(segment) and not reader.has_code_in(segment) and not any(
                (segment.start <= f.start < segment.end or f.start < segment.start < f.end)
                and f.kind not in ("country", "timezone") for f in reader.findings)
        if not free:
            runs.append([])
            continue
        if runs and runs[-1] and runs[-1][-1].sentence == segment.sentence:
            runs[-1].append(segment)
        else:
            runs.append([segment])
    for run in runs:
        if not run:
            continue
        start, end = run[0].start, run[-1].end
        text = strip_end(" ".join(reader.text[start:end].split()))
        whole = all(s in run for s in reader.segments if s.sentence == run[0].sentence)
        words = text.split()
        if len(words) < 4 or len(words) > 45 or '"' in text or "“" in text or text.isupper():
            continue
        if _MADE_BY.match(text) and whole:
            reader.claim(start, end)
            reader.add(start, "fact", ("story", [clip(text[:1].upper() + text[1:] + ".", 300)]))
            continue
        if not whole_brief:
            continue
        if _NOT_ABOUT_IT.search(text) or (not whole and not _CLAUSE_OPENS.match(text)):
            continue
        if words[0].lower().strip(",") in DESCRIPTION_STOP - {"all"} or re.match(
                r"(?i:(?:i'?m|i\s+am|we'?re|we\s+are|it'?s|this\s+is|that'?s|so|but|or|if|when|because|after|then|"
                r"before|once|later|"
                r"which|who|just|also|oh|ok|okay|yes|no|yeah|nope|sorry)\b)", text):
            continue
        reader.claim(start, end)
        value = re.sub(r"(?i:^and\s+)", "", text)
        reader.add(start, "description", clip(value[:1].upper() + value[1:], 300), mode="append")
