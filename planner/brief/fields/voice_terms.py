"""Who speaks and on what terms: a seller who works alone ("it's just me", "I'm a one-woman
shop", "I teach…"), read as ``solo = true`` so posts say I and my; and an offer's condition
("for bookings on weekdays", "first order only", "orders over £40", "new clients only"),
read into ``[offer] condition`` so posts say it and its last call falls on a day it holds."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader

#: one person, said of themselves
_SOLO = re.compile(
    r"(?i)\b(?:(?:it'?s|it\s+is|i'?m|i\s+am)\s+(?:just|only)\s+me\b|just\s+me\b(?!\s+and\b)|"
    r"(?:i'?m|i\s+am)\s+(?:a\s+)?(?:one|1)[- ](?:wo)?man\s+(?:shop|band|show|business|operation|team)|"
    r"(?:a\s+)?one[- ](?:wo)?man\s+(?:shop|band|show|business|operation)|"
    r"(?:a\s+)?one[- ]person\s+(?:shop|business|studio|operation|team)|"
    r"(?:i'?m|i\s+am)\s+(?:a\s+)?solo\b|solo\s+(?:maker|teacher|tutor|founder|business|"
    r"practitioner|artist|baker|trainer|coach|photographer|designer|seller)|"
    r"i\s+(?:run|do)\s+(?:it|everything|the\s+(?:whole\s+)?(?:thing|business|shop))\s+"
    r"(?:all\s+)?(?:by\s+myself|on\s+my\s+own|alone|solo)|"
    r"i\s+(?:make|bake|sew|build|paint|knit|pour|throw|carve)\s+(?:every|each|all)\b[^.!?]{0,40}\bmyself|"
    r"i\s+teach\b|i'?m\s+the\s+only\s+(?:teacher|tutor|maker|one))")
#: more than one: "a team of four", "there are three of us", "not just me"
_NOT_SOLO = re.compile(
    r"(?i)\b(?:not\s+just\s+me|(?:a\s+)?team\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)|(?:there\s+are|we'?re|we\s+are)\s+(?:\d+|two|three|four|five|six)\s+of\s+us|"
    r"(?:my|our)\s+(?:staff|employees|team\s+(?:of|and)))\b")

#: words that tie a condition to the offer in the same sentence
_OFFER_WORDS = re.compile(r"(?i)(?:%|\b(?:off|offer|code|discount|deal|promo|voucher|coupon|valid|"
                          r"applies|redeemable|sale)\b|[$£€]\s?\d)")
_SHIPPING = re.compile(r"(?i)\bfree\s+(?:shipping|delivery|postage|p&p)\b")
_FOLK = (r"(customers|clients|students|members|patients|subscribers|users|guests|buyers|shoppers|"
         # people named by what they do: "new learners", "new drivers", "new parents", "new trainees"
         r"(?!(?:orders|papers|posters|stickers|covers|flavours|flavors|colours|colors|sellers|"
         r"products|arrivals|releases|items|designs)\b)[a-z]{2,}(?:ers|ors|ents|ists|ians|ees))")
#: (pattern, how the condition is kept): each a phrase that reads after "The offer is valid"
_CONDITIONS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"(?i)\b(?:(?:booked|bought|ordered|used|redeemed|valid|made|placed)\s+)?"
                r"(?:on|for|during)\s+(?:a\s+|any\s+)?(?:weekdays?|week\s*days?)(?:\s+only)?\b|"
                r"\bweekdays?\s+only\b|\bmon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?\b(?:\s+only)?"),
     lambda m: "on weekdays only (Monday to Friday)"),
    (re.compile(r"(?i)\b(?:(?:booked|bought|ordered|used|redeemed|valid|made|placed)\s+)?"
                r"(?:on|for|at|during)\s+(?:the\s+|a\s+)?weekends?(?:\s+only)?\b|\bweekends?\s+only\b"),
     lambda m: "at weekends only (Saturday and Sunday)"),
    (re.compile(r"(?i)\b(?:on\s+|for\s+)?(?:your\s+|the\s+|a\s+)?first[- ]?(order|booking|visit|session|class|"
                r"lesson|purchase|box|month|appointment)s?(?:\s+only)?\b"),
     lambda m: f"on your first {m.group(1).lower()} only"),
    # "20% off your first clean until 31 Jan": what the discount is taken off, any first thing
    (re.compile(r"(?i)(?<=\boff\s)\s*(?:your|their)\s+first\s+(?!(?:order|booking|visit|session|class|"
                r"lesson|purchase|box|month|appointment)s?\b)((?:[a-z-]+\s+){0,2}?[a-z-]+)"
                r"(?=\s*(?:[.!?;,]|$|\s+(?:until|till|through|before|when|if|with|and|for)\b))"),
     lambda m: f"on your first {m.group(1).lower()}"),
    # "first clean is 20% off", "your first two walks are half price": the first of anything
    (re.compile(r"(?i)\b(?:(?:your|the|their|a)\s+)?first\s+(?!(?:time|of|order|booking|visit|session|class|lesson|purchase|box|month|appointment)s?\b)"
                r"((?:[a-z-]+\s+)?[a-z-]+)\s+"
                r"(?:is|are|gets?|get)\s+(?=(?:\d{1,2}\s?%|[$£€¥₹₦]\s?\d[\d.,]*)\s*off\b|half\s+(?:price|off)\b)"),
     lambda m: f"on your first {m.group(1).lower()}"),
    (re.compile(r"(?i)\b(?:on\s+|for\s+)?(orders?|purchases?|bookings?|baskets?|spends?)\s+"
                r"(over|above|of|from)\s+([$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|euros?|usd|gbp|dollars|pounds))"),
     lambda m: f"on {_plural(m.group(1).lower())} {m.group(2).lower()} {m.group(3)}"),
    (re.compile(r"(?i)\b(?:for\s+|to\s+)?(?:new|first[- ]time)\s+" + _FOLK + r"(?:\s+only)?\b"),
     lambda m: f"for new {m.group(1).lower()} only"),
]


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"


def extract_solo(reader: BriefReader) -> None:
    """"It's just me", "I'm a one-woman shop", "I teach…": the seller works alone, so posts
    say I and my; "a team of four", "there are three of us": not."""
    found = _SOLO.search(reader.text)
    against = _NOT_SOLO.search(reader.text)
    if against:
        reader.add(against.start(), "fact", ("solo", False))
    elif found:
        reader.add(found.start(), "fact", ("solo", True))


#: "no repeats", "never repeat a line", "don't repeat yourself", "I hate repetition"
_NO_REPEATS = re.compile(
    r"(?i)\b(?:no|zero|without)\s+(?:repeats|repetition|repeated\s+(?:lines|posts|sentences))\b|"
    r"\b(?:never|don'?t|do\s+not|dont)\s+repeat(?:\s+(?:yourself|a\s+line|lines|posts|anything|"
    r"the\s+same\s+(?:line|thing|sentence)s?))?\b|\bhate\s+repetition\b")


def extract_no_repeats(reader: BriefReader) -> None:
    """"No repeats", "never repeat the same line": the calendar tells nothing over and over,
    and leaves a slot empty rather than say a line again (``no_repeats``)."""
    found = _NO_REPEATS.search(reader.text)
    if found:
        reader.add(found.start(), "fact", ("no_repeats", True))


#: "we run facebook ads", "we do paid ads", "the meta pixel is on our site": a seller who
#: pays for ads (``ads``: retargeting ads are planned)
_ADS = re.compile(
    r"(?i)\b(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:also\s+|already\s+|currently\s+)?"
    r"(?:run(?:ning)?|do(?:ing)?|us(?:e|ing)|buy(?:ing)?|pay\s+for|spend\s+on)\s+"
    r"(?:some\s+|a\s+few\s+)?(?:paid\s+|(?:facebook|meta|instagram|tiktok|pinterest|google|"
    r"retargeting)\s+)*(?:ads|advertising|ad\s+campaigns)\b|\b(?:meta|facebook|tiktok|pinterest)?"
    r"\s*pixel\s+(?:is\s+)?(?:installed|on\s+(?:our|my|the)\s+(?:site|website|shop))")
#: ... said not to: "we don't run ads", "no ads", "never paid for ads"
_NO_ADS = re.compile(r"(?i)\b(?:no|zero|never|don'?t|do\s+not|dont|not)\b[^.!?,]{0,30}\b(?:ads|advertising)\b")


def extract_ads(reader: BriefReader) -> None:
    """"we run facebook ads", "the meta pixel is on our site": the seller pays for ads, so
    the calendar may hold a retargeting ad for people who visited the site (``ads``); never
    for "we don't run ads"."""
    m = _ADS.search(reader.text)
    if m is None or reader.brief.facts.ads or _NO_ADS.search(m.group()):
        return
    reader.add(m.start(), "fact", ("ads", True))


_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")
#: "we opened … in september", "I launched last month", "we're brand new": a business its
#: audience has not met yet (``new_brand``: more awareness first)
_NEW_BRAND = re.compile(
    r"(?i)\b(?:(?:we|i)(?:'ve|\s+have)?\s+(?:only\s+|just\s+|recently\s+)*(?:opened|launched|started|"
    r"set\s+up|began|opened\s+up)\b[^.!?]{0,80}?\b(?P<when>in\s+" + _MONTHS + r"(?:\s+(?P<year>\d{4}))?\b|"
    r"in\s+(?P<year2>20\d\d)\b|last\s+(?:month|week|year|spring|summer|autumn|fall|winter)\b|"
    r"this\s+(?:year|month|spring|summer|autumn|fall|winter)\b|recently\b|"
    r"(?:a\s+(?:few|couple(?:\s+of)?)|\d+|two|three|four|five|six)\s+(?:weeks|months)\s+ago\b)"
    r"|\b(?:we|i)\s+(?:only\s+)?(?:just|recently)\s+(?:opened|launched|started)\b"
    r"|\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:a\s+)?(?:brand\s+new|new\s+(?:business|brand|shop|studio|"
    r"company))\b|\bnewly\s+opened\b)")


def extract_new_brand(reader: BriefReader) -> None:
    """"we opened a reformer pilates studio in september", "I launched last month": a new
    business, whose calendar meets its audience first (chat test 37: a studio three months
    old had no awareness post and was asked for reviews). A year said that is not this one
    or the last is an established business ("we started in 2019")."""
    m = _NEW_BRAND.search(reader.text)
    if m is None or reader.brief.facts.new_brand:
        return
    year = m.group("year") or m.group("year2")
    if year and int(year) < reader.today.year - 1:
        return
    if re.search(r"(?i)\b(?:opened|launched|started|set\s+up|began)\s+(?:a|an|our|my|the)\s+(?:new|second|"
                 r"another)\b", m.group()) or re.search(
                 r"(?i)\b(?:launched|started)\s+(?:a|an|our|my)\s+", m.group()) and not re.search(
                 r"(?i)\b(?:business|shop|studio|company|brand|store|salon|bakery|caf[eé]|practice|"
                 r"agency|label|clinic|school|gym|restaurant|bar|venue|service)\b", m.group()):
        return  # "we launched a new scent in may", "a podcast": a launch, not a new business
    reader.add(m.start(), "fact", ("new_brand", True))


#: who gets the offer, opening its sentence: "New customers get £10 off their first groom",
#: "Students who book before Friday get 20% off", "Offices that sign a 12 month contract … get …"
_WHO_GETS = re.compile(
    r"(?P<who>(?i:(?:new|first[- ]time|local|returning)\s+)?(?-i:[A-Za-z][a-z]+s)"
    r"(?:\s+(?:that|who)\s+(?P<doing>[^.!?;:,]{3,80}?))?)\s+(?:get|gets|receive|can\s+get|will\s+get)\s+")
#: a deadline said inside who gets it ("… sign a contract before 31 March"): the offer's end, read apart
_DEADLINE_TAIL = re.compile(r"(?i:\s+(?:before|by|until|till|through|no\s+later\s+than)\s+[^.!?;,]+$)")
#: what the discount is taken off, said after it: "off their first full groom", "on your first box"
_OFF_FIRST = re.compile(r"(?i:^\s*(?:(?:off|on)\s+)?(?:their|your|the|a)\s+(?P<what>first\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)"
                        r"(?=\s*(?:[.!?;,]|$|\s+(?:until|till|through|before|when|if|with)\b)))")
#: people who are never who an offer is for
_NOT_FOLK = {"we", "they", "you", "i", "it", "this", "that", "there", "prices", "posts", "things", "orders",
             "weeks", "months", "days", "plans", "items", "goods", "products", "sales", "results"}


def _who_gets(reader: BriefReader) -> tuple[int, str, int] | None:
    """An offer said as who gets it, opening its sentence, with a discount read just after
    "get": "New customers get £10 off their first full groom" is valid "for new customers on
    their first full groom"; "Offices that sign a 12 month contract before 31 March get their
    first month free" "for offices that sign a 12 month contract" (the date is the offer's end)."""
    discounts = [f for f in reader.findings if f.kind == "offer_discount"]
    if not discounts:
        return None
    for m in _WHO_GETS.finditer(reader.text):
        segment = reader.segment_at(m.start())
        if segment is None or reader.text[segment.start:m.start()].strip() not in ("", "-", "and", "And"):
            continue
        before = reader.text[:m.start()].rstrip()
        if before and before[-1] not in ".!?:\n-" and segment.start != m.start() and not re.search(
                r"(?i:\band$)", before):
            continue  # only a sentence's opening words name who gets it
        if m.group("who").split()[-1 if not m.group("doing") else 0].lower() in _NOT_FOLK \
                or not any(m.end() <= f.start <= m.end() + 12 for f in discounts):
            continue
        who = _DEADLINE_TAIL.sub("", " ".join(m.group("who").split()))
        if who.lower() in ("customers", "clients", "people", "buyers", "shoppers", "guests", "visitors",
                           "folks", "followers"):
            continue  # "Customers get 10% off": everyone, no condition
        who = who[:1].lower() + who[1:] if not who[1:2].isupper() else who
        condition = f"for {who}"
        discount = next(f for f in discounts if m.end() <= f.start <= m.end() + 12)
        taken = discount.end if discount.end > 0 else discount.start + len(str(discount.value))
        first = _OFF_FIRST.match(reader.text[taken:taken + 60]) if reader.text[
            discount.start:taken].lower().startswith(str(discount.value).lower()[:4]) else None
        if re.fullmatch(r"(?i:(?:new|first[- ]time)\s+[a-z]+s)", who) and not (
                first and "first" not in str(discount.value).lower()):
            condition += " only"  # "new clients get first day free": for new clients only
        if first and "first" not in str(discount.value).lower():
            # ("for students who book, on their first block": the clause of who ends first)
            condition += f"{',' if m.group('doing') else ''} on their {first.group('what')}"
        return m.start(), condition, m.end()
    return None


def extract_offer_condition(reader: BriefReader) -> None:
    """An offer's condition said in a sentence about the offer ("20% off custom pieces
    booked on a weekday", "code HELLO15, first order only"): kept as a phrase that reads
    after "The offer is valid" ("on weekdays only (Monday to Friday)", "on your first order
    only", "on orders over £40", "for new clients only"). A free-shipping threshold is no
    offer condition."""
    found: list[tuple[int, str]] = []
    who = _who_gets(reader)
    if who is not None:
        found.append(who)
    for pattern, said in _CONDITIONS:
        for m in pattern.finditer(reader.text):
            segment = reader.segment_at(m.start())
            if segment is None:
                continue
            sentence = " ".join(s.text for s in reader.segments if s.sentence == segment.sentence)
            if not _OFFER_WORDS.search(sentence) and not reader.has_code_in(segment) and not any(
                    f.kind == "offer_discount" and reader.segment_at(f.start) is not None
                    and reader.segment_at(f.start).sentence == segment.sentence for f in reader.findings):
                continue  # ("First lesson is free for new learners": the offer read in its sentence)
            if _SHIPPING.search(reader.text[max(segment.start, m.start() - 40):m.start()]):
                continue  # "free shipping on orders over £40": the shipping's terms
            if any(f.kind == "offer_discount" and f.start <= m.start() < (
                    f.end if f.end > 0 else f.start + len(str(f.value))) for f in reader.findings):
                continue  # "First lesson is free": the discount itself, no condition of it
            if who is not None and who[0] <= m.start() < who[2]:
                break  # said within who gets the offer, read whole there
            found.append((m.start(), said(m)))
            break
    found = [(start, condition) for start, condition, *_end in found]
    claim = _claimed_by(reader)
    if found:
        # the condition said first: "new students only: 25% off the first month"
        start, condition = min(found)
        reader.add(start, "offer_condition", condition + (f" ({claim[1]})" if claim else ""))
        # who the offer is for is not who buys: "3 classes for 150 zł for new clients" keeps
        # the audience the seller gave (chat test 37: "new clients" replaced it)
        people = re.sub(r"(?i)^for\s+|\s+only$", "", condition).strip().lower()
        reader.findings = [f for f in reader.findings if not (
            f.kind == "audience" and isinstance(f.value, str) and f.value.strip().lower()
            in (people, people.removeprefix("new ")))]
    elif claim:
        reader.add(claim[0], "offer_condition", f"if you {claim[1]}")  # "valid if you mention it when you book"


#: how an offer with no code is claimed: "just mention it when you book", "show this post at the till"
_CLAIM = re.compile(r"(?i:\b(?:just\s+|simply\s+)?(?P<how>(?:mention|quote|show|say)\s+(?:it|this(?:\s+post)?|the\s+offer|"
                    r"this\s+offer|the\s+post)\s+(?:when|as)\s+you\s+(?:book|order|pay|call|visit|check\s+out|arrive)"
                    r"|(?:show|mention)\s+(?:this\s+post|it)\s+at\s+the\s+(?:till|counter|desk|door))\b)")


def _claimed_by(reader: BriefReader) -> tuple[int, str] | None:
    """How an offer without a code is claimed, said in the sentence of its discount
    ("£10 off …, just mention it when you book"): "mention it when you book"."""
    if reader.codes:
        return None
    for m in _CLAIM.finditer(reader.text):
        segment = reader.segment_at(m.start())
        if segment is None or not any(
                f.kind == "offer_discount" and reader.segment_at(f.start) is not None
                and reader.segment_at(f.start).sentence == segment.sentence for f in reader.findings):
            continue
        reader.claim(m.start(), m.end())
        how = " ".join(m.group("how").split())
        return m.start(), how[:1].lower() + how[1:]
    return None
