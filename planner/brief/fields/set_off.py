"""What is sold, said beside something else: a thing with a name ("i have a habit tracker app
called Streakly"), what kind of business and then what it sells ("we're a b2b saas, payroll
software", "a van business - mobile dog grooming"), a service said as the place ("we're a dog
daycare in Austin") or where it is sold and then what ("we sell on etsy - mainly resin
coasters"). Read by :func:`planner.brief.fields.business.extract_loose_product` when no selling
verb named the product.
"""

from __future__ import annotations

import re

from planner.brief.fields.about import infer_kind
from planner.brief.fields.product import (
    BUSINESS_DOING,
    PLACE_TRADES,
    SMALL,
    strip_sizes,
    take_product,
)
from planner.brief.fields.sentence import SENTENCE_WORDS
from planner.brief.reading import BriefReader
from planner.brief.segments import UPPER
from planner.brief.vocabulary import (
    BRAND_STOP,
    NOT_A_PRODUCT,
    NOT_PRODUCT_LEAD,
    PRODUCT_STOP,
)

#: "i have a habit tracker app called Streakly": a thing with a name is what is sold
_NAMED_THING = re.compile(
    r"(?i:\b(?:i|we)\s+(?:have|'ve\s+got|have\s+got|built|created|launched|developed|designed|"
    r"wrote|published|started)\s+)(?P<what>(?i:a|an)\s+(?:[\w-]+\s+){1,5}?)(?i:called|named)\s+"
    rf"(?=[{UPPER}0-9])")
#: "we're a b2b saas, payroll software", "I run a van business - mobile dog grooming": what
#: kind of business, then what it sells, set off by a comma, dash or colon
_KIND_THEN_WHAT = re.compile(
    r"(?i:\b(?:we'?re|we\s+are|we\s+r|i\s+run|we\s+run|i\s+own|we\s+own|i\s+have|we\s+have|"
    r"it'?s|i'?m)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:saas|startup|start-up|company|business|brand|"
    r"agency|studio|firm|label|shop|store|service|van|truck|stall|cart|trailer|kiosk|stand|booth|"
    r"consultancy|practice|app|platform|tool|bakery|cafe|café|restaurant|deli|brewery|roastery|winery|"
    r"distillery|farm|florist|boutique|pub|bistro|dairy|creamery|apiary|potter|ceramicist|jewell?er|"
    r"knitter|woodworker|candle\s+maker|soap\s+maker|silversmith|maker)"
    r"(?:\s+(?:in|near|from|based\s+in)\s+[\w'-]+(?:\s+[\w'-]+)?)?"  # "a bakery in york, sourdough…"
    r"(?:\s*,\s*|\s+-\s+|\s*:\s*))(?=[a-z])"
    # "Tutoring business - GCSE maths and science": the kind opening a sentence, set off
    r"|(?:^|(?<=[.!?]\s))\s*(?i:(?:a|an|my|our)\s+)?(?P<what>(?:[\w-]+\s+){0,3}?)(?i:business|company|"
    r"service|agency|studio|practice|consultancy)(?:\s+-\s+|\s*:\s*)(?=[a-z]|[A-Z]{2,}\b)")
#: who or where a service is done for, said after what the business is ("a cleaning company,
#: offices and small warehouses"): never what is sold
_SERVED = re.compile(r"(?i:^(?:(?:small|large|big|local|commercial|residential|private|busy|new|"
                     r"independent)\s+)*(?:offices|homes|houses|households|warehouses|businesses|"
                     r"schools|shops|restaurants|hotels|landlords|clients|customers|gyms|practices|sites|"
                     r"buildings|properties|venues|kitchens|factories|care\s+homes|retailers|charities|"
                     r"startups|families|homeowners|tenants|developers|builders|contractors)\b)")
#: words that say how old, big or where a business is, never what it sells
_ABOUT_THE_BUSINESS = {"based", "since", "founded", "est", "established", "years", "old", "run",
                       "owned", "people", "person", "employees", "staff", "located", "pre-revenue"}


#: "we're a dog daycare in Austin": what the business is, when that is a service
_A_SERVICE = re.compile(r"(?i:\b(?:we'?re|we\s+are|i'?m|i\s+am|i\s+run|we\s+run)\s+(?:a|an)\s+)"
                        r"(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:in|at|based|from|near|for|"
                        r"serving)\b|\s*[,.!;]|\s*$)")
#: "we sell on etsy - mainly resin coasters": where, then what
_SOLD_THERE = re.compile(r"(?i:\b(?:we|i)\s+(?:only\s+|mostly\s+|mainly\s+)?sell\s+(?:on|at|through|via|"
                         r"from)\s+[^.;!?]{1,40}?(?:\s+-\s+|\s*:\s*|\s*,\s*)(?=[a-z]))")


def a_service_place(reader: BriefReader) -> bool:
    """"we're a dog daycare in Austin" → dog daycare, a service."""
    for m in _A_SERVICE.finditer(reader.text):
        what = " ".join(w for w in strip_sizes(m.group("what").split()) if w.lower() not in SMALL)
        doing = BUSINESS_DOING.match(what + " ")
        if doing:  # "a two-person agency doing bookkeeping": what it does
            what = what[doing.end():].strip()
        if not what or infer_kind(what) != "service" or reader.is_claimed(m.start("what"), m.end("what")):
            continue
        start = m.start("what") + m.group("what").find(what.split()[0])
        reader.claim(m.start(), m.end())
        reader.add(start, "product", what)
        reader.add(start, "kind", "service")
        return True
    return False


def sold_there_then_what(reader: BriefReader) -> bool:
    """"we sell on etsy - mainly resin coasters": the store said first, the product after."""
    for m in _SOLD_THERE.finditer(reader.text):
        if not any(m.start() < e.start < m.end() and e.label in ("STORE", "PLATFORM")
                   for e in reader.entities):
            continue
        segment = reader.segment_at(m.end())
        if segment is not None and take_product(reader, segment, m.end() - segment.start, strong=False):
            return True
    return False


def named_thing(reader: BriefReader) -> bool:
    """"i have a habit tracker app called Streakly" → habit tracker app (a shop or studio
    called something is read by the other rules)."""
    for m in _NAMED_THING.finditer(reader.text):
        what = m.group("what").split()
        segment = reader.segment_at(m.start("what"))
        if segment is None or what[-1].lower() in PLACE_TRADES or what[-1].lower() in (
                "shop", "store", "business", "company", "brand", "studio", "agency", "salon", "label"):
            continue
        if take_product(reader, segment, m.start("what") - segment.start, strong=False):
            return True
    return False


def kind_then_what(reader: BriefReader) -> bool:
    """What a business sells, said after what kind of business it is."""
    for m in _KIND_THEN_WHAT.finditer(reader.text):
        words = re.findall(r"[\w'-]+", reader.text[m.end():m.end() + 80].lower())
        if words[:2] == ["small", "batch"]:
            words = words[1:]  # "small batch gin": how it is made, not the size of the business
        segment = reader.segment_at(m.end())
        if segment is None or not words or words[0] in SENTENCE_WORDS or words[0] in NOT_PRODUCT_LEAD \
                or words[0] in BRAND_STOP or words[0] in NOT_A_PRODUCT or words[0] in PRODUCT_STOP \
                or _SERVED.match(reader.text[m.end():]):
            continue
        before = len(reader.findings)
        if take_product(reader, segment, m.end() - segment.start, strong=False):
            if any(w in _ABOUT_THE_BUSINESS for w in reader.findings[-1].value.lower().split()):
                del reader.findings[before:]
                continue
            if m.group("what") and infer_kind(m.group("what")) == "service" \
                    and not any(f.kind == "kind" for f in reader.findings):
                reader.add(m.start(), "kind", "service")  # "Tutoring business - …" sells a service
            return True
    return False


#: "Hablo is a conversation-first Spanish app for adults": a name, then the thing it is
_NAME_IS_A = re.compile(
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<name>[{UPPER}][\w&'.-]*(?:\s+(?:[{UPPER}&][\w&'.-]*)){{0,3}})\s+is\s+"
    r"(?:a|an)\s+(?P<what>(?:[\w-]+\s+){0,3}?(?i:(?P<digital>app|platform|software|plugin|extension|game|"
    r"online\s+course)|tool|marketplace|subscription(?:\s+box)?|podcast|newsletter|service))\b")


def named_is_a(reader: BriefReader) -> bool:
    """"Hablo is a conversation-first Spanish app for adults…" → conversation-first Spanish app."""
    for m in _NAME_IS_A.finditer(reader.text):
        words = strip_sizes(m.group("what").split())
        if not words or len(words) < 2 or reader.is_claimed(m.start("what"), m.end("what")):
            continue
        what = " ".join(words)
        start = m.end("what") - len(what)
        reader.claim(start, m.end("what"))
        reader.add(start, "product", what)
        if m.group("digital"):
            reader.add(start, "kind", "digital")
        return True
    for m in _NAME_IS_ANY.finditer(reader.text):
        # "Tally Tutor is a flashcard pack for nurses - ...": the business named (read as the
        # brand), then what it is, cut as any product is
        if not any(f.kind == "brand" and f.start == m.start("name") for f in reader.findings):
            continue
        segment = reader.segment_at(m.end())
        if segment is None or reader.is_claimed(m.end(), m.end() + 1):
            continue
        before = len(reader.findings)
        if take_product(reader, segment, m.end() - segment.start, strong=False):
            finding = reader.findings[-1]
            value = finding.value if finding.kind == "product" and isinstance(finding.value, str) else ""
            kept = [w for w in strip_sizes(value.split()) if w.lower() not in SMALL]
            if kept and (len(kept) >= 2 or finding is reader.place_product) and not (
                    kept[0].lower() in NOT_A_PRODUCT or kept[0].lower() in PRODUCT_STOP
                    or _NO_THING.search(" ".join(kept))):
                finding.value = " ".join(kept)  # "a small bakery": the bakery
                return True
            del reader.findings[before:]
    return False


#: a phrase that praises or places, never names what is sold ("a great way", "a labour of love")
_NO_THING = re.compile(r"(?i:\b(?:way|place|thing|things|one|idea|option|choice|lot|bit|must|"
                       r"labou?r\s+of\s+love|dream|passion|hobby|work\s+in\s+progress)$|^(?:great|good|"
                       r"nice|new|simple|easy|better|best|fun|perfect|real|true)\s+(?:way|place|thing|one)\b)")
#: a name, then "is a/an" and any phrase: the phrase is what the business is
_NAME_IS_ANY = re.compile(
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<name>[{UPPER}][\w&'.-]*(?:\s+(?:[{UPPER}&][\w&'.-]*)){{0,3}})\s+is\s+"
    r"(?:a|an)\s+(?=[\w-])")


#: "help me promote my soy candles on instagram": what the seller wants posts about
_PROMOTED = re.compile(r"(?i:\b(?:promote|promoting|advertise|advertising|market|marketing|showcase|"
                       r"showcasing|sell\s+more|post\s+about|posts\s+about|grow\s+sales\s+of)\s+"
                       r"(?:my|our)\s+)")


def promoted_thing(reader: BriefReader) -> bool:
    """"help me promote my soy candles" → soy candles (never "my business" or "my page")."""
    for m in _PROMOTED.finditer(reader.text):
        segment = reader.segment_at(m.end())
        if segment is None:
            continue
        before = len(reader.findings)
        if take_product(reader, segment, m.end() - segment.start, strong=False):
            value = reader.findings[-1].value.lower()
            if any(w in NOT_A_PRODUCT or w in PRODUCT_STOP for w in re.findall(r"[\w'-]+", value)) \
                    or re.search(r"\b(?:business|page|account|brand|company|work|stuff)$", value):
                del reader.findings[before:]
                continue
            return True
    return False
