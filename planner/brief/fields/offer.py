"""The offer: promo codes, discounts, "no offer", and free shipping with its conditions."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.segments import Segment
from planner.brief.vocabulary import COUNTRY_NAMES, PERCENT_WORDS

#: words that make a clause about an offer, so its dates are the offer's
_OFFER_WORDS = re.compile(r"(?i:\b(?:offer|sale|discount|deal|promo|promotion|code|coupon|voucher|"
                          r"bogo)s?\b|%\s*off|(?<![\w%.,-])[-−–]\s?\d{1,2}\s?%|\boff\b|\b\d-for-\d\b|\bfree\s+(?:shipping|delivery|postage)\b|"
                          r"\bget\s+(?:\d+|one|a)\s+(?:[a-z-]+\s+)?free\b|\bbuy\s+(?:\d+|one|two|three)\s+get\s+(?:\d+|one|a)\b)")
#: a promotion said as over: "BF25 ended monday", "(code X, finished last week)", "is long gone"
_ENDED = re.compile(r"(?i:\b(?:ended|finished|expired|closing|closed|is\s+(?:done|over|finished|gone)|"
                    r"was\s+(?:done|over)|(?:long\s+)?gone|no\s+longer|used\s+to|last\s+(?:week|month|year))\b)")
#: free shipping for a while ("until Dec 20", "this weekend only"): an offer, not a standing policy
_LIMITED = re.compile(r"(?i:\b(?:until|till|til|through|thru|ends?|ending|expires?|only|today|tomorrow|"
                      r"this\s+(?:weekend|week|month)|all\s+(?:month|week(?:end)?|jan(?:uary)?|feb(?:ruary)?|"
                      r"mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
                      r"nov(?:ember)?|dec(?:ember)?))\b|'til\b)")
#: "2 free trial lessons", "a free taster class": a free thing as the discount, beside a code
_NOT_THING = r"(?!(?:with|for|on|at|code|until|till|til|when|if|and|to|in|by|this|per|each)\b)"
_FREE_THING = re.compile(rf"(?i:\b(?:\d+|a|an|one|two|three)\s+free\s+(?!shipping|delivery|postage)"
                         rf"(?:{_NOT_THING}[a-z-]+\s+){{0,2}}{_NOT_THING}[a-z-]+\b)")
#: "first month free", "1st lesson free": the first of something free, beside a code
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|thirty)"
_FIRST_FREE = re.compile(rf"(?i:\b(?:first|1st)\s+(?:{_COUNT}\s+)?(?:[a-z-]+\s+)?[a-z-]+\s+(?:is\s+|are\s+|for\s+)?free\b)")
#: ... and said with no code, as what someone gets ("First lesson is free for new learners",
#: "offices that sign … get their first month of maintenance free", blind read 33)
_FIRST_FREE_SAID = re.compile(rf"(?i:\b(?:first|1st)\s+(?:{_COUNT}\s+)?(?:[a-z-]+\s+){{0,3}}?[a-z-]+\s+"
                              r"(?:is\s+|are\s+)?free\b(?!\s+(?:shipping|delivery|postage|p&p|of\b)))")
_FIRST_FREE_WHY = re.compile(r"(?i:\b(?:new|get|gets|getting|offer|promo|deal|special|intro(?:ductory)?|"
                             r"until|till|through|ends?|no\s+catch|this\s+(?:week|month))\b)")
#: "1-month free trial", "a 14 day free trial", "free 7-day trial": a trial, beside a code
_FREE_TRIAL = re.compile(rf"(?i:\b{_COUNT}[- ](?:day|week|month)s?\s+free\s+trial\b|"
                         rf"\bfree\s+{_COUNT}[- ](?:day|week|month)s?\s+trial\b)")
#: "first week unlimited for $25", "3 classes for $39", "first month for £10": an introductory price
_INTRO_PRICE = re.compile(
    rf"(?i:\b(?:(?:your|the)\s+)?(?:first\s+(?:{_COUNT}\s+)?|{_COUNT}\s+)(?:days?|weeks?|months?|classes|class|"
    r"sessions?|lessons?|visits?|boxes|box|nights?)(?:\s+(?:unlimited|of\s+[a-z]+))?\s+for\s+(?:just\s+|only\s+)?"
    r"(?:[$£€¥₹₦₱₩₺₪฿₫]\s?\d[\d.,]*(?<![.,])"
    # (a price whose currency follows it: "3 classes for 150 zł", chat test 37)
    r"|\d[\d.,]*(?<![.,])\s?(?:zł|zl|pln|kr|czk|kč|huf|ft|lei|ron|aed|dhs?|sar|qar|chf|nok|sek|"
    r"dkk|eur|usd|gbp|euros?|dollars?|pounds?|rand|naira)(?![\w])))")
#: why a price is an offer: new customers, a promo, a time limit
_INTRO_SAID = re.compile(r"(?i:\b(?:new\s+(?:students|customers|clients|members|patients)|first[- ]time|intro(?:ductory)?|"
                         r"trial|promo|promotion|offer|special|deal|until|till|til|through|thru|ends?|only)\b)")
#: "2-for-1", "3-for-2": a multibuy written with hyphens
_HYPHEN_MULTIBUY = re.compile(r"(?i:\b(\d|two|three)-for-(\d|one|two)\b(?!\s*[$£€¥]))")
#: "buy 3 packs get 1 free": a multibuy said with what is bought
_MULTIBUY = re.compile(r"(?i:\bbuy\s+(?:\d+|one|two|three|four)\s+(?:[a-z-]+\s+)?get\s+(?:\d+|one|two|a)\s+"
                       r"(?:[a-z-]+\s+)?(?:free|half\s+(?:price|off)))")
_NO_OFFER = re.compile(
    r"(?i:\b(?:no(?:\s+(?:more|longer))?|not\s+any|without\s+(?:a|an|any)?|forget(?:\s+about)?(?:\s+the)?|drop(?:\s+the)?|"
    r"remove(?:\s+the)?|cancel(?:\s+the)?|scrap(?:\s+the)?|skip(?:\s+the)?|delete(?:\s+the)?|"
    r"kill(?:\s+the)?|ditch(?:\s+the)?|there(?:'s|\s+is)\s+no|"
    r"(?:we|i)(?:'re|\s+are|'m|\s+am)?\s+(?:don't|do\s+not|won't|will\s+not|not|aren't|haven't|"
    r"have\s+not)\s+(?:have|running|run|doing|do|offer|offering|use|using|want|got)?\s*(?:a|an|any)?"
    r"|not\s+(?:running|doing|offering|having)\s+(?:a|an|any)?)\s*"
    r"(?:current\s+|active\s+|special\s+|promo\s+|discount\s+|sale\s+)?"
    r"(?:discounts?|offers?|codes?|promos?|promotions?|coupons?|sale|deals?|vouchers?)\b"
    r"(?!\s+(?:needed|required|necessary)))")
#: what kind of free shipping: "free local delivery", "free UK shipping", "free next-day delivery"
_SHIPPING_KIND = (r"local|uk|us|eu|nationwide|domestic|tracked|standard|next[- ]day|same[- ]day|"
                  r"worldwide|international|express|[a-z]+-wide")
_FREE_SHIPPING = re.compile(r"(?i:\bfree\s+(?:(?P<kind>" + _SHIPPING_KIND + r")\s+)?(?:shipping|delivery|postage|p&p)\b|\bships?\s+(?:for\s+)?free\b|"
                            r"\b(?:shipping|delivery|postage)\s+is\s+(?:always\s+)?free\b)")
_NEGATION_BEFORE = re.compile(r"(?i:\b(?:no|not|don't|do\s+not|doesn't|no\s+longer|without|stop(?:ped)?|"
                              r"end(?:ed)?|drop(?:ped)?|remove[d]?|never|isn't|aren't|won't)\b[^.]{0,15}$)")
#: "free shipping on orders over $50", "ships free over $50", "free delivery in the UK"
#: a country named in lower case, as chat messages are typed ("free shipping in slovenia")
_COUNTRY_SAID = "|".join(sorted({re.escape(n) for names in COUNTRY_NAMES.values() for n in names
                                 if len(n) > 3}, key=len, reverse=True))
_SHIPPING_TERMS = re.compile(r"(?i:\s+((?:anywhere\s+)?(?:in|within|across)\s+(?:the\s+)?(?:"
                             + _COUNTRY_SAID + r")\b"
                             r"|(?:on|for)\s+(?:all\s+)?orders?\s+(?:over|above|of)\s+"
                             r"[$£€]?\s?\d[\d.,]*\s?(?:[$£€]|usd|eur|gbp|dollars|pounds|euros)?"
                             r"|(?:over|above)\s+[$£€]\s?\d[\d.,]*|(?:in|within|across)\s+the\s+[A-Z]{2,3}"
                             # "free shipping Australia wide", "free delivery anywhere in Ireland"
                             r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+|-)wide|(?:anywhere\s+)?(?:in|within|across)\s+"
                             r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?!\s*[-,]?\s*\w*\s*(?:wide|based))))")


#: a condition after "with every order": "over £40", "when you spend $50"
_CONDITION = re.compile(r"(?i:\s+(?:over|above|of\s+(?:over|at\s+least)|(?:when|if)\s+you\s+spend|"
                        r"worth\s+(?:over|more\s+than))\b)")


#: "-15%", "−20 %": a percentage with a minus sign before it, as shops across Europe write a discount
_MINUS_PERCENT = re.compile(r"(?<![\w%.,-])[-−–]\s?(?P<p>\d{1,2})\s?%(?!\s*off\b)")
#: "-20% on all rings", "-10% sur tout": what the minus is taken off, said after it
_MINUS_ON = re.compile(r"(?i:^\s+(?:on|off|sur|auf|en|su|em)\s+(?:all|every|everything|tout|alles|todo|tutto)\b)")

#: "3 for £20" without "buy": a multibuy only when said as a deal ("… on all candles")
_PRICED = re.compile(r"(?i:\d+\s+for\s+[$£€¥]\S+)")
_MULTIBUY_SAID = re.compile(r"(?i:\s+(?:on|across)\s+(?:all|every|any|our)\b)")


def clears_offer(text: str) -> bool:
    """Whether ``text`` says there is no offer ("no discount this month")."""
    return _NO_OFFER.search(text) is not None


def offer_context(reader: BriefReader, segment: Segment) -> bool:
    """Whether a clause is about the offer: it holds a code, a discount or an offer word."""
    if reader.has_code_in(segment):
        return True
    if reader.entities_in(segment, "DISCOUNT"):
        return True
    if any(f.kind == "offer_discount" and segment.start <= f.start < segment.end for f in reader.findings):
        return True  # "offices that sign … before 31 March get their first month free"
    return bool(_OFFER_WORDS.search(segment.text))


def ended(reader: BriefReader, start: int, end: int) -> bool:
    """Whether the promotion said at [start, end) is over: an "ended" word in its brackets
    ("(BLACKFRI40 ended monday)") or in its clause, up to the next code ("promo (SPLASH20) is
    long gone")."""
    segment = reader.segment_at(start)
    if segment is None:
        return False
    lo = max([segment.start] + [c.end for c in reader.codes if c.end <= start])
    hi = min([segment.end] + [c.start for c in reader.codes if c.start >= end])
    opened = reader.text.rfind("(", lo, start)
    if opened >= 0 and ")" not in reader.text[opened:start]:
        closed = reader.text.find(")", end)
        if closed >= 0 and _ENDED.search(reader.text[opened:closed]):
            return True
    return bool(_ENDED.search(reader.text[lo:hi]))


#: a currency as sellers write it around an amount: "EUR 10", "10€", "kr 50", "50 kr", "CHF 20"
_CODES = r"(?:eur|usd|gbp|cad|aud|nzd|chf|sek|nok|dkk|isk|pln|czk|huf|zar|inr|sgd|myr|php|jpy|aed|kr|zł|zl|rs)"
#: currencies written as the seller's own market writes them, kept so: "RM50 off", "Rp 50.000
#: off", "R100 off", "10,000 won off", "₹500 off", "₦5,000 off", "50 TL off", "100 lei off"
_LOCAL = (r"(?:rm|rp|r\$|ksh|kes|ngn|ghs|idr|krw|brl|mxn|cop|clp|pen|ars|try|tl|₹|₦|₱|₩|₺|₫|฿|"
          r"won|yen|baht|naira|rupees?|ringgit|rand|lei|lira|dirhams?|aed|sar|egp|vnd|dong|thb|php)")
_CURRENCY_OFF = re.compile(
    rf"(?i:(?<![\w$£€¥₹₦₱₩₺₫฿])(?:(?P<code>{_CODES}|{_LOCAL}|(?-i:R))\.?\s?(?P<n>\d[\d.,]*(?<![.,]))|"
    rf"(?P<n2>\d[\d.,]*(?<![.,]))\s?"
    rf"(?P<code2>{_CODES}|{_LOCAL}|€|£|\$|¥)(?![a-z]))\s*(?:off|discount)\b)")
_LOCAL_RE = re.compile(rf"(?i:^(?:{_LOCAL}|R)$)")
_SYMBOLS = {"eur": "€", "usd": "$", "gbp": "£", "jpy": "¥", "€": "€", "£": "£", "$": "$", "¥": "¥"}
#: "2 for $30 until Sunday", "3 for £20 this weekend": a multibuy with a time limit is a deal
_LIMITED_AFTER = re.compile(r"(?i:^[^.!?\n]{0,30}?\b(?:until|till|til|through|thru|ends?|ending|only|"
                            r"this\s+(?:weekend|week|month)|today|tomorrow)\b)")


#: a bare percentage just after a code: "TINTA10 10%", "DOCE10 dá 10%", "PRIMAVERA20 sconto 20%"
_CODE_PERCENT = re.compile(r"(?i:^\s*(?:[:=,(-]\s*)?(?:(?:d[áa]|gives?|for|is|sconto|rabatt|descuento|desconto|"
                           r"remise|korting|rabat|indirim|diskon|punguzo|za|=)\s+)?[-−]?\s?(?P<p>\d{1,2})\s?%"
                           r"(?!\s*(?:off|de\s+descuento|de\s+desconto|rabatt)\b))")


def currency_discount(m: re.Match[str]) -> str:
    """"EUR 10 off" → "€10 off", "10€ off" → "€10 off", "kr 50 off" → "50 kr off", "CHF 20 off"."""
    code = (m.group("code") or m.group("code2")).lower()
    n = m.group("n") or m.group("n2")
    if _LOCAL_RE.match(m.group("code") or m.group("code2")) and code not in _SYMBOLS \
            and code not in ("kr", "zł", "zl", "rs"):
        # "RM50 off", "10,000 won off": as the seller's market writes it
        return re.sub(r"\s+", " ", re.sub(r"(?i:\s*discount$)", " off", m.group()))
    if code in _SYMBOLS:
        return f"{_SYMBOLS[code]}{n} off"
    if code in ("kr", "zł", "zl", "rs"):
        return f"{n} {code} off"
    return f"{code.upper()} {n} off"


def extract_discounts_and_codes(reader: BriefReader) -> None:
    """Discounts the EntityRuler marked ("15% off", "BOGO") and the promo codes found; a
    promotion said as over ("BF25 ended monday") is neither. Amounts off in a currency's
    code or with the symbol after ("EUR 10 off", "10€ off", "kr 50 off") too."""
    for m in _CURRENCY_OFF.finditer(reader.text):
        if any(e.label == "DISCOUNT" and e.start < m.end() and m.start() < e.end for e in reader.entities) \
                or reader.is_claimed(m.start(), m.end()) or ended(reader, m.start(), m.end()):
            continue
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "offer_discount", currency_discount(m))
    for m in _MINUS_PERCENT.finditer(reader.text):
        # "Promo : -15% avec le code MAMAN15", "-20% on all rings": a percentage taken off
        segment = reader.segment_at(m.start())
        if segment is None or reader.is_claimed(m.start(), m.end()) or ended(reader, m.start(), m.end()) \
                or any(e.label == "DISCOUNT" and e.start < m.end() and m.start() < e.end for e in reader.entities) \
                or not offer_context(reader, segment) and not _MINUS_ON.match(reader.text[m.end():]):
            continue
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "offer_discount", f"{m.group('p')}% off")
    for m in _MULTIBUY.finditer(reader.text):
        if not any(e.label == "DISCOUNT" and e.start < m.end() and m.start() < e.end for e in reader.entities):
            reader.claim(m.start(), m.end())
            reader.add(m.start(), "offer_discount", m.group().lower())
    for code in reader.codes:
        segment = reader.segment_at(code.start)
        if segment is None or ended(reader, code.start, code.end):
            continue
        clauses = [s for s in reader.segments if s.sentence == segment.sentence]
        if any(reader.entities_in(s, "DISCOUNT") for s in clauses):
            continue
        bare = _CODE_PERCENT.match(reader.text[code.end:code.end + 30])
        if bare and not reader.is_claimed(code.end + bare.start("p"), code.end + bare.end()) \
                and not any(f.kind == "offer_discount" for f in reader.findings):
            # "código TINTA10 10% hasta el domingo", "code X -10%": the percentage after the code is off
            reader.claim(code.end + bare.start("p"), code.end + bare.end())
            reader.add(code.end + bare.start("p"), "offer_discount", f"{bare.group('p')}% off")
            continue
        for clause in clauses:  # "we're doing 2 free trial lessons, code OTTERTRIAL"
            free = (_FREE_THING.search(clause.text) or _FIRST_FREE.search(clause.text)
                    or _FREE_TRIAL.search(clause.text))
            if free and not reader.is_claimed(clause.start + free.start(), clause.start + free.end()):
                reader.add(clause.start + free.start(), "offer_discount", free.group())
                break
    for entity in reader.entities:
        if entity.label == "DISCOUNT" and ended(reader, entity.start, entity.end):
            continue
        if entity.label == "DISCOUNT" and not reader.is_claimed(entity.start, entity.end):
            if _PRICED.fullmatch(entity.text) and not _MULTIBUY_SAID.match(reader.text[entity.end:]) \
                    and not _LIMITED_AFTER.match(reader.text[entity.end:]) \
                    and not any(_OFFER_WORDS.search(s.text) for s in reader.segments
                                if s.start <= entity.start < s.end):
                continue  # "presets, 12 for $15": a price, not an offer
            discount = normalise_discount(entity.text)
            if _CONDITION.match(reader.text[entity.end:entity.end + 30]):
                # "free gift with every order over £40": not every order, so the gift alone
                discount = re.sub(r"\s+with\s+(?:every|each|any)\s+\w+$", "", discount)
            reader.add(entity.start, "offer_discount", discount)
    for code in reader.codes:
        if any(e.label == "DISCOUNT" and e.start <= code.start < e.end for e in reader.entities):
            continue  # "promo: buy 2 get 1 free": the word opening the discount is no code
        if not reader.is_claimed(code.start, code.end) and not ended(reader, code.start, code.end):
            reader.add(code.start, "offer_code", code.text)


def extract_intro_prices(reader: BriefReader) -> None:
    """"first week unlimited for $25" said as a promotion (to new customers, till a date),
    and "2-for-1 on all mugs": discounts the EntityRuler has no pattern for. Read before
    the clause-bound fields, so "New members: first week for $30" is not an audience."""
    if any(e.label == "DISCOUNT" for e in reader.entities):
        return
    for m in _HYPHEN_MULTIBUY.finditer(reader.text):
        if not reader.is_claimed(m.start(), m.end()) and not ended(reader, m.start(), m.end()):
            reader.claim(m.start(), m.end())
            reader.add(m.start(), "offer_discount", normalise_discount(m.group().replace("-", " ")))
            return
    # an introductory price ("first week unlimited for $25") and a first one free ("first
    # lesson is free for new learners"), each with the words around it that make it an offer
    for pattern, why, after in ((_INTRO_PRICE, _INTRO_SAID, 60), (_FIRST_FREE_SAID, _FIRST_FREE_WHY, 40)):
        for m in pattern.finditer(reader.text):
            segment = reader.segment_at(m.start())
            if segment is None or reader.is_claimed(m.start(), m.end()) or ended(reader, m.start(), m.end()):
                continue
            around = reader.text[max(0, m.start() - 60):m.end() + after]
            # "first lesson is free": said as a fact of what a newcomer gets, an offer as it is
            # (never "free to read" or "free of plastic": a free sample or a quality, test_copy_s34)
            stated = pattern is _FIRST_FREE_SAID and re.search(r"(?i:\s(?:is|are)\s+free)$", m.group()) \
                and not re.match(r"(?i:\s*(?:to|of)\b)", reader.text[m.end():m.end() + 6])
            if stated or why.search(around) or reader.has_code_in(segment):
                reader.claim(m.start(), m.end())
                said = re.sub(r"\s+", " ", m.group()).lower()
                reader.add(m.start(), "offer_discount", re.sub(r"\s(?:is|are)\s(?=free$)", " ", said))
                return


#: "the sale ended", "that promo's over": the offer said to be over, with no new one beside it
_OFFER_OVER = re.compile(r"(?i:\b(?:the|that|our|my|this)\s+(?:sale|offer|promo|promotion|discount|deal|code)"
                         r"(?:'s|\s+is|\s+has|\s+was)?\s+(?:ended|over|finished|done|expired|gone)\b)")


def extract_offer_clear(reader: BriefReader) -> None:
    """"no offer", "forget the code", "we don't have any discounts", "no more code, the sale
    ended"; "the sale is over" alone ends an offer the brief has."""
    if reader.brief.offer is not None and not reader.codes and not any(
            e.label == "DISCOUNT" for e in reader.entities) and not _NO_OFFER.search(reader.text):
        m = _OFFER_OVER.search(reader.text)
        if m and not reader.is_claimed(m.start(), m.end()):
            reader.add(m.start(), "offer_clear")
            return
    for m in _NO_OFFER.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        segment = reader.segment_at(m.start())
        over = _OFFER_OVER.search(reader.text) is not None and not reader.codes
        if not over and re.search(r"(?i:\bcodes?$)", m.group()) and segment is not None and any(
                _OFFER_WORDS.search(s.text.replace(m.group(), "")) or reader.entities_in(s, "DISCOUNT")
                for s in reader.segments if s.sentence == segment.sentence):
            continue  # "free shipping this weekend, no code": no code needed, the offer stands
        reader.add(m.start(), "offer_clear")


def extract_free_shipping(reader: BriefReader) -> None:
    """Free shipping: True, its conditions as said ("over $50"), or False when ended."""
    for m in _FREE_SHIPPING.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        segment = reader.segment_at(m.start())
        before = reader.text[(segment.start if segment else 0):m.start()]
        after = reader.text[m.end():m.end() + 25]
        negated = bool(_NEGATION_BEFORE.search(before)) or bool(
            re.match(r"(?i:\s+(?:is\s+)?(?:over(?!\s*[$£€\d])|ended|gone|no\s+longer))", after))
        # keep the seller's conditions: "free shipping on orders over $50" is not "free shipping"
        terms = _SHIPPING_TERMS.match(reader.text[m.end():m.end() + 60])
        if terms:  # "in the US on orders over $35": each term said after the other
            first = m.end() + len(terms.group().rstrip())
            more = _SHIPPING_TERMS.match(reader.text[first:first + 60])
            said = reader.text[m.end():first + (more.end() if more else 0)]
        value = (" ".join(said.split()).rstrip(".,;!") if terms else True) if not negated else False
        if isinstance(value, str):
            # (a country typed in lower case is printed with its capitals: "in Slovenia")
            value = re.sub(r"(?i)\b(?:" + _COUNTRY_SAID + r")\b",
                           lambda c: c.group().title() if c.group().islower() else c.group(), value)
        if value and m.group("kind"):
            # "free local delivery over £30": said whole, for "free shipping over £30" would
            # promise more than the seller does
            said = re.sub(r"(?i)\b(uk|us|eu)\b", lambda k: k.group().upper(), m.group().strip())
            value = said + (f" {value}" if isinstance(value, str) else "")
        rest = reader.text[m.end():segment.end] if segment else ""
        if value and segment is not None and (_LIMITED.search(rest) or (reader.has_code_in(segment) and not any(
                e.label == "DISCOUNT" for e in reader.entities_in(segment)))):
            # "FREESHIP (free shipping) til 12/20", "free shipping over $75 through dec 31": an offer
            reader.add(m.start(), "offer_discount", "free shipping" + (f" {value}" if isinstance(value, str) else ""))
            continue
        reader.add(m.start(), "free_shipping", value)


def normalise_discount(text: str) -> str:
    """A discount in one spelling: "20 percent off" → "20% off", "BOGO" → "buy one get one free"."""
    low = re.sub(r"\s+", " ", text.lower().strip())
    prefix = "up to " if low.startswith("up to ") else ""
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|pct|per cent)", low)
    if m:
        return f"{prefix}{m.group(1)}% off"
    m = re.search(r"([a-z-]+)\s*(?:%|percent|pct|per cent)", low)
    if m and m.group(1) in PERCENT_WORDS:
        return f"{prefix}{PERCENT_WORDS[m.group(1)]}% off"
    m = re.fullmatch(r"(?:buy )?(\w+) for ([$£€¥]\d[\d,]*(?:\.\d+)?)", low.rstrip(",."))
    if m:  # "buy 3 for £20": a multibuy, said as it is
        return f"{m.group(1)} for {m.group(2)}"
    m = re.search(r"([$£€¥]\d[\d,]*(?:\.\d+)?)", text)
    if m:
        return f"{prefix}{m.group(1)} off"
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(dollars?|bucks|usd|pounds|quid|gbp|euros?|eur)", low)
    if m:
        symbol = {"d": "$", "b": "$", "u": "$", "p": "£", "q": "£", "g": "£", "e": "€"}[m.group(2)[0]]
        return f"{prefix}{symbol}{m.group(1)} off"
    if low in ("bogo", "b1g1") or low.replace(",", "") in ("buy one get one", "buy one get one free",
                                                           "buy 1 get 1", "buy 1 get 1 free"):
        return "buy one get one free"
    m = re.match(r"buy (\w+) get (\w+)(?: (free|half))?", low)
    if m:
        tail = {"half": " half price", None: " free", "free": " free"}[m.group(3)]
        if m.group(1) in ("one", "1") and m.group(2) in ("one", "1"):
            return "buy one get one" + tail
        return f"buy {m.group(1)} get {m.group(2)}{tail}"
    if low in ("half off", "half price"):
        return "half price"
    if low in ("2 for 1", "two for one", "two for the price of one"):
        return "2 for 1"
    if low in ("3 for 2", "three for two"):
        return "3 for 2"
    if low.startswith("a free gift"):
        return low[2:]
    return low
