"""What is sold and to whom: the product, the brand, the audience and the description."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.replies import plausible_answer
from planner.brief.segments import (
    CUT_COMMON,
    MAX_PHRASE,
    MAX_TRIES,
    Segment,
    clean_phrase,
    clip,
    cut,
    strip_end,
)
from planner.brief.vocabulary import (
    AUDIENCE_STOP,
    BRAND_STOP,
    DESCRIPTION_OUR_NOUN_STOP,
    DESCRIPTION_STOP,
    NOT_A_PRODUCT,
    NOT_PRODUCT_LEAD,
    PRODUCT_STOP,
)

# ---- product ---------------------------------------------------------------------------

_PRODUCT_TRIGGER = re.compile(
    r"(?i:(?<![-\w])(?:(?:we|i|they|she|he)(?:'re|'m|\s+are|\s+am)?\s+"
    r"(?:(?:also|mainly|mostly|only|just|currently|now|basically|primarily|actually)\s+)*"
    r"(?:sell|selling|make|making|hand[- ]?make|hand[- ]?making|create|creating|craft|crafting|"
    r"produce|producing|design|designing|bake|baking|brew|brewing|roast|roasting|grow|growing|"
    r"knit|knitting|sew|sewing|print|printing|pour|pouring|offer|offering|stock|stocking|"
    r"carry|manufacture|manufacturing|import|importing|run|running|own|operate|operating)\b"
    r"|(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"(?:sell|sells|selling|makes|creates|crafts|produces|designs|bakes|brews|roasts|stocks)\b"
    r"|(?:our|my|the)\s+(?:main\s+)?products?\s+(?:is|are)\b"
    r"|products?\s*[:=]))")
PRODUCT_CUT = re.compile(
    CUT_COMMON +
    r"|\s+(?i:on|at|through|thru|via|from|to|for|using|under|called|named|which|that|who|but|we|i|you|they|"
    r"because|since|so|while|where|when|if|online|exclusively|only|until|till|is|are|was|"
    r"starting|and\s+post\w*)\b"
    r"|\s+(?i:with)\s+(?=(?i:free|a\s+code|code|coupon|\d|[$£€]))"
    r"|\s+(?i:in)\s+(?=[A-Z]|(?i:the|our|my|stores?|person|shops?|markets?|bulk)\b)"
    r"|:")
#: "Handmade wallets, sold on Etsy": what may stand between an opening product and its store
_LEADING_SOLD = re.compile(r"(?i:\s*,?\s*(?:(?:sold|selling|available)\s+)?(?:on|at|via|through)\s+$)")

# ---- audience --------------------------------------------------------------------------

#: words that show a phrase names people ("eco moms", "women 25-40", "dog owners")
PEOPLE = re.compile(
    r"(?i:\b(?:women|woman|men|man|moms?|mums?|mothers?|dads?|fathers?|parents?|people|persons?|"
    r"customers?|buyers?|shoppers?|clients?|students?|teens?|teenagers?|kids|children|babies|"
    r"toddlers|girls?|boys?|guys|ladies|gents|gentlemen|adults|seniors|retirees|millennials|"
    r"gen[- ]?z|gen[- ]?x|boomers|families|couples|brides?|grooms?|newlyweds|professionals|"
    r"workers|nurses|teachers|doctors|owners|lovers|fans|enthusiasts|fanatics|geeks|nerds|"
    r"gamers|runners|cyclists|hikers|climbers|athletes|crafters|makers|knitters|bakers|cooks|"
    r"chefs|foodies|travell?ers|homeowners|renters|collectors|hobbyists|beginners|vegans|"
    r"vegetarians|readers|writers|artists|designers|developers|founders|entrepreneurs|"
    r"freelancers|creators|businesses|anyone|everyone|folks|gardeners|yogis|musicians|"
    r"photographers|gift[- ]?givers|gifters|skaters|surfers|golfers|anglers|campers|"
    r"pregnant|expecting)\b"
    r"|\b\d{2}\s*(?:-|to)\s*\d{2}\b|\b\d{2}\+|\baged?\s+\d|\bin\s+their\s+\d0s\b|\b\d0s\b)")
AUDIENCE_CUT = re.compile(
    CUT_COMMON + r"|\s+(?i:on|at|through|thru|via|but|so|because|since|until|till|starting)\b|:")
_AUDIENCE_TRIGGERS = re.compile(
    r"(?i:\b(?:(?:our|my|the)\s+)?(?:target\s+(?:audience|market|customers?|buyers?|demographic)|"
    r"ideal\s+(?:customers?|buyers?|clients?))\s*(?:is|are|=|:|-|would\s+be)?\s*"
    r"|\b(?:(?:our|my|the)\s+)?audience\s*(?:is|are|=|:|-)\s*"
    r"|\b(?:our|my)\s+(?:customers|buyers|clients|shoppers|followers|fans|market)\s+(?:are|is)\s+"
    r"(?:(?:mostly|mainly|usually|typically|generally|largely|primarily|all)\s+)?"
    r"|\b(?:customers|buyers|clients)\s+are\s+(?:(?:mostly|mainly|usually|typically)\s+)?"
    r"|\b(?:aimed|targeted|geared|tailored|marketed|pitched)\s+(?:(?:mostly|mainly)\s+)?(?:at|to|towards?)\s+"
    r"|\b(?:we|i)\s+(?:(?:mostly|mainly)\s+)?(?:target|are\s+targeting|am\s+targeting|want\s+to\s+reach|"
    r"sell\s+(?:(?:mostly|mainly)\s+)?to|cater\s+to)\s+"
    r"|\btargeting\s+|\bselling\s+(?:(?:mostly|mainly)\s+)?to\s+|\b(?:popular|big)\s+with\s+"
    r"|\b(?:loved|bought)\s+(?:(?:mostly|mainly)\s+)?by\s+)")
_FOR_PEOPLE = re.compile(r"(?i:\b(?:for|to)\s+)(?!(?i:every|each|a\s+month|the\s+next)\b)")
_FOR = re.compile(r"(?i:\bfor\s+)(?!(?i:every|each|a\s+month|the\s+next|free)\b)")

# ---- brand -----------------------------------------------------------------------------

_BRAND_CUT = re.compile(
    r"[,;!?()\[\]\"]|\.(?:\s|$)|\s+-\s+|:"
    r"|\s+(?i:based|from|in|on|at|selling|who|that|which|but|we|i|making|sells|makes|for|"
    r"creating|offering|with|since|is|are|was|and\s+(?=(?:we|i|our|my|sell|post|make)\b))\b")
#: (trigger, whether the name must start with a capital or digit), tried in order
_BRAND_PATTERNS = [
    (re.compile(r"(?i:\b(?:our|my|the)\s+(?:brand(?:\s+name)?|company(?:\s+name)?|"
                r"business(?:\s+name)?|shop\s+name|store\s+name)\s+is\s+(?:called\s+|named\s+)?)"), False),
    (re.compile(r"(?i:\bbrand(?:\s+name)?\s*[:=]\s*)"), False),
    (re.compile(r"(?i:\b(?:(?:we|they)(?:'re|\s+are)|i(?:'m|\s+am)|it's|it\s+is|"
                r"(?:our|my|the)\s+(?:brand|shop|store|business|company|page)(?:'s|\s+is))\s+"
                r"(?:called|named)\s+)"), False),
    (re.compile(r"(?i:\b(?:our|my)\s+(?:shop|store)\s+is\s+)"), True),
    (re.compile(r"(?i:\bwe(?:'re|\s+are)\s+)"), True),
]
#: "Glow & Co sells soy candles": a capitalised name as the subject of a selling verb
_BRAND_SUBJECT = re.compile(
    r"^(?P<v>[A-Z0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[A-Z0-9][\w&'.+-]*)){0,4})\s+"
    r"(?i:sells|makes|creates|crafts|offers|designs|produces)\b")

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


def extract_product(reader: BriefReader, segment: Segment) -> None:
    """"we sell soy candles", "our product is…", "Product: beeswax wraps" (and an audience
    said with it: "soy candles for eco moms")."""
    if reader.is_claimed(segment.start, segment.end):
        return
    for tries, m in enumerate(_PRODUCT_TRIGGER.finditer(segment.text)):
        if tries >= MAX_TRIES:
            return
        rest = segment.text[m.end():m.end() + MAX_PHRASE]
        value, lead, end = clean_phrase(rest, PRODUCT_CUT, PRODUCT_STOP, 15, 200)
        if not value:
            continue
        start = segment.start + m.end() + lead
        # "X for eco moms" / "X to busy parents": the audience rides along
        tail = rest[end:]
        for_people = _FOR_PEOPLE.match(tail.lstrip())
        if for_people:
            pad = len(tail) - len(tail.lstrip())
            audience, audience_lead, _end = clean_phrase(tail.lstrip()[for_people.end():], AUDIENCE_CUT,
                                                         AUDIENCE_STOP, 20, 500)
            if audience and PEOPLE.search(audience):
                pos = segment.start + m.end() + end + pad + for_people.end() + audience_lead
                reader.claim(pos, pos + len(audience))
                reader.add(pos, "audience", audience)
        additive = bool(re.search(r"(?i:\balso\b|\btoo\b|\bas\s+well\b)", segment.text))
        reader.claim(start, start + len(value))
        reader.add(start, "product", value, mode="append" if additive else "set",
                   end=start + len(value))
        return


def extract_leading_product(reader: BriefReader) -> None:
    """A first message that opens with the product and where it sells, with no verb:
    "Handmade leather wallets on Etsy, 3 posts a week on Instagram"."""
    if reader.brief.product or any(f.kind == "product" for f in reader.findings) or not reader.segments:
        return
    first = reader.segments[0]
    store = next((e for e in reader.entities
                  if e.label == "STORE" and first.start < e.start < first.end), None)
    if store is None:
        return
    head = reader.text[first.start:store.start]
    m = _LEADING_SOLD.search(head)
    if m is None or m.start() == 0:
        return
    phrase = head[:m.start()]
    words = re.findall(r"[\w']+", phrase.lower())
    if (not plausible_answer(phrase) or len(phrase.split()) > 8 or re.search(r"\d", phrase)
            or any(w in NOT_A_PRODUCT for w in words)
            or any(e.label == "PLATFORM" and first.start <= e.start < store.start
                   for e in reader.entities)):
        return
    value, lead, end = clean_phrase(phrase, PRODUCT_CUT, PRODUCT_STOP | NOT_PRODUCT_LEAD, 8, 200)
    if value and end - lead == len(phrase.strip()) and not reader.is_claimed(first.start + lead,
                                                                             first.start + end):
        reader.claim(first.start + lead, first.start + end)
        reader.add(first.start + lead, "product", value)


def extract_brand(reader: BriefReader, segment: Segment) -> None:
    """"our brand is Glow & Co", "we're called “Wick & Wonder”", "Glow & Co sells…"."""
    subject = _BRAND_SUBJECT.match(segment.text)
    candidates: list[tuple[int, bool]] = []
    for trigger, needs_caps in _BRAND_PATTERNS:
        m = trigger.search(segment.text)
        if m:
            candidates.append((m.end(), needs_caps))
            break
    if subject:
        candidates.append((subject.start("v"), True))
    for offset, needs_caps in candidates:
        raw = segment.text[offset:offset + MAX_PHRASE]
        quoted = re.match(r"[\"']([^\"']{1,80})[\"']", raw)
        if quoted:  # we're called "Wick & Wonder"
            offset += 1
            raw = quoted.group(1)
        kept, _end = cut(raw, _BRAND_CUT)
        value = strip_end(kept)
        if not value or not re.search(r"[A-Za-z]", value):
            continue
        first = value.split()[0]
        if first.lower() in BRAND_STOP:
            continue
        if needs_caps and not (first[0].isupper() or first[0].isdigit()):
            continue
        start = segment.start + offset
        if any(e.label in ("STORE", "PLATFORM", "COUNTRY") and e.start == start for e in reader.entities):
            continue
        if len(value.split()) > 6 or reader.is_claimed(start, start + len(value)):
            continue
        reader.claim(start, start + len(value))
        reader.add(start, "brand", clip(value, 200))
        return


def extract_audience(reader: BriefReader, segment: Segment) -> None:
    """"target audience: gen z gamers", "aimed at dog owners", "for eco-conscious women 25-40"."""
    if any(f.kind == "referral_reward" and segment.start <= f.start < segment.end
           for f in reader.findings):
        return
    m = _AUDIENCE_TRIGGERS.search(segment.text)
    if m:
        value, lead, _end = clean_phrase(segment.text[m.end():m.end() + MAX_PHRASE], AUDIENCE_CUT,
                                         AUDIENCE_STOP, 20, 500)
        start = segment.start + m.end() + lead
        if value and not reader.is_claimed(start, start + len(value)):
            reader.claim(segment.start + m.start(), start + len(value))
            reader.add(start, "audience", value)
            return
    # "for …" counts only when what follows names people
    for tries, m in enumerate(_FOR.finditer(segment.text)):
        if tries >= MAX_TRIES:
            return
        after_for = segment.start + m.end()
        if reader.is_claimed(after_for, after_for + 1):
            continue
        value, lead, _end = clean_phrase(segment.text[m.end():m.end() + MAX_PHRASE], AUDIENCE_CUT,
                                         AUDIENCE_STOP, 20, 500)
        if value and PEOPLE.search(value):
            reader.claim(after_for + lead, after_for + lead + len(value))
            reader.add(after_for + lead, "audience", value)
            return


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


def extract_description_sentence(reader: BriefReader, segment: Segment) -> None:
    """A clause nothing else read that describes the product: "they're hand-poured in
    recycled glass jars", "Hand-poured with 100% soy wax"."""
    if any(segment.start <= f.start < segment.end or (f.start < segment.start < f.end)
           for f in reader.findings):
        return
    if reader.entities_in(segment) or reader.has_code_in(segment):
        return
    text = segment.text.strip()
    if text.endswith("?") or len(text) > 400:
        return
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
    reader.add(segment.start, "description", clip(value[:1].upper() + value[1:], 500))


# ---- what kind of thing is sold ---------------------------------------------------------

_DIGITAL = re.compile(
    r"\b(apps?|software|saas|platform|plugin|extension|online courses?|courses?|e-?books?|"
    r"templates?|presets?|printables?|subscriptions? box(?:es)?|membership|newsletter|podcast|"
    r"digital downloads?|game|tool for)\b", re.IGNORECASE)
_SERVICE = re.compile(
    r"\b(salon|barber(?:shop)?|studio classes|classes|coaching|coach|consulting|consultancy|"
    r"agency|clinic|dentist|therapy|cleaning service|services?|tutoring|lessons|photography|"
    r"bookings?|appointments?|gym|personal training|catering|repairs?)\b", re.IGNORECASE)


def infer_kind(text: str) -> str:
    """What the seller sells, from their own words: a physical product unless they say otherwise."""
    if not text:
        return ""
    if _DIGITAL.search(text) and not re.search(r"\b(handmade|hand-poured|printed|shipped?)\b", text, re.IGNORECASE):
        return "digital"
    if _SERVICE.search(text):
        return "service"
    return ""
