"""Replies to the chat's questions: "no brand", "no hashtag", and a bare answer such as
"soy candles" right after "What do you sell?"."""

from __future__ import annotations

import re

from planner.brief.fields.about import AUDIENCE_CUT, DESCRIPTION_PRONOUN, PEOPLE, infer_kind
from planner.brief import interview
from planner.brief.fields.brand import BUSINESS_MARK, is_place
from planner.brief.fields.product import PRODUCT_CUT
from planner.brief.fields.sentence import a_sentence_about_something_else
from planner.brief.reading import BriefReader
from planner.brief.replies import (
    NO_BRAND,
    NO_HASHTAG,
    NO_REFERRAL,
    is_decline,
    plausible_answer,
)
from planner.brief.segments import clean_phrase, clip, strip_end
from planner.brief.vocabulary import (
    AUDIENCE_STOP,
    CHANGE_WORDS,
    FIELD_LABELS,
    OTHER_CHANNELS,
    PRODUCT_STOP,
)


def extract_declines(reader: BriefReader) -> None:
    """Fields the seller says they do not have: "no hashtag", "no referrals", "no brand"."""
    for m in NO_HASHTAG.finditer(reader.text):
        reader.add(m.start(), "decline", "hashtag")
    for m in NO_REFERRAL.finditer(reader.text):
        reader.add(m.start(), "decline", "referral_reward")
    if any(f.kind == "brand" for f in reader.findings):
        return  # "no brand, it's just me, Dana Okafor": a personal brand is a brand
    if reader.brief.brand and re.search(r"(?i:\b(?:just|only)\s+me\b|\bmy\s+(?:own\s+)?name\b)", reader.text):
        return  # "I'm Dana Okafor", then "no brand, its just me": her name stays the brand
    for m in NO_BRAND.finditer(reader.text):
        reader.add(m.start(), "decline", "brand")


#: a verb opening what else a seller does ("also run workshops", "and rent them too")
_DOING = re.compile(r"(?i:^(?:(?:we|i)\s+)?(?:do|does|run|runs|offer|offers|teach|teaches|host|hosts|rent|rents|hire|"
                    r"hires|provide|provides|make|makes|sell|sells)\s+(?:out\s+)?)")
#: what a thing done says nothing of: "them", "it", "a … thing"
_NOTHING_SOLD = re.compile(r"(?i:\b(?:them|it|those|these|that|this|stuff)\b|\bthing$)")


def _what_is_also_done(value: str, lead: int) -> tuple[str, int]:
    """Another thing sold, said as what is done: "run workshops" is "workshops"; "rent them"
    and "do a nappy library rental thing" name nothing new to sell, and "discord" is a
    channel the planner does not post to, so nothing is added."""
    words = value.split()
    if words and words[0].lower() in OTHER_CHANNELS:
        return "", lead  # "also discord but whatever", "and bandcamp is where i sell": a channel
    doing = _DOING.match(value)
    if doing is None:
        return value, lead
    rest = value[doing.end():]
    if not rest or _NOTHING_SOLD.search(rest):
        return "", lead
    return rest, lead + doing.end()


#: a clause with its own verb, said of something ("mock exams are in january", "the shop
#: was my nan's"): a statement, never a noun phrase of who buys
_STATEMENT = re.compile(r"(?i:^(?:the\s+|our\s+|my\s+)?(?:(?!who\b|that\b|which\b|mostly\b|mainly\b|usually\b)[a-z'-]+\s+){1,3}"
                        r"(?:is|are|was|were)\s+(?:in|on|at|during|around|before|after|when|usually|always|every)\b)")


def _a_statement(text: str) -> bool:
    return _STATEMENT.match(text.strip()) is not None


def extract_bare_answer(reader: BriefReader) -> None:
    """A short reply to the question just asked, e.g. "soy candles" after "What do you sell?"."""
    asked = reader.asked
    if not asked:
        return
    text = reader.text.strip()
    if interview.SKIP_ALL.search(text) and not asked.startswith(interview.PREFIX) and asked != "product":
        # "no more questions" while a brief question waits: none of the questions left is
        # asked (it was once stored as the audience)
        brief = reader.brief
        for name in ("brand", "description", "audience", "sells_on", "offer", "hashtag", "referral_reward"):
            if not getattr(brief, name):
                reader.add(0, "decline", name, mode="quiet")
        for name in interview.FACT_QUESTIONS:
            reader.add(0, "decline", interview.PREFIX + name, mode="quiet")
        reader.add(0, "note", "no more questions: I'll plan with what you've told me")
        return
    if asked.startswith(interview.PREFIX):
        _fact_answer(reader, asked[len(interview.PREFIX):], text)
        return
    if is_decline(text):
        if asked != "product" and not any(f.kind != "decline" for f in reader.findings):
            reader.add(0, "decline", asked)
        return
    if not plausible_answer(text):
        return
    if asked == "product":
        _bare_product(reader)
        return
    if asked == "brand" and (_goods_of_a_place(reader, text) or _name_first(reader)):
        return
    if any(f.kind != "country" for f in reader.findings) or (
            reader.findings and asked not in ("brand", "audience", "description")) or (
            reader.findings and asked == "audience" and not _names_people(text)) or (
            reader.findings and asked == "description" and (len(text.split()) < 4 or re.match(
                r"(?i:\s*(?:we'?re|we\s+are|i'?m|i\s+am|based|located|from|in)\b)", text))):
        # (… and after a description, "they're poured in Lyon in old café cups", once read
        # as the country alone; "we're in Lyon" says where, not what makes them special)
        # (a town after the name, "Gloss Boss Detailing in Perth", still lets it be read; and
        # after the people, "dog owners across cardiff", once read as the country alone)
        return
    body = text.strip()
    also = re.match(r"(?i:^(?:oh\s+)?(?:and\s+)?(?:also|plus|and)\s+)", body)
    if also and asked in ("brand", "description", "audience", "sells_on", "offer", "hashtag",
                          "referral_reward"):
        # "also wax melts": another product, said between questions
        value, lead, _end = clean_phrase(body[also.end():], PRODUCT_CUT, PRODUCT_STOP, 6, 200)
        value, lead = _what_is_also_done(value, lead)
        if value:
            reader.add(also.end() + lead, "product", value, mode="append")
        return
    if asked in ("brand", "description", "audience") and _names_people(body):
        asked = "audience"  # "mostly small local businesses": who buys, whatever was asked
    if asked == "audience" and _a_statement(text):
        return  # "mock exams are in january so thats when parents panic": when, not who
    if asked == "audience" and re.match(r"(?i:\s*(?:we|i)\s+(?!(?:sell|serve|work|cater)\b)[a-z]+\s+\S)", text) \
            and not _names_people(text) and len(text.split()) >= 5:
        # "we park at the hawthorne food cart pod tuesday to saturday": what we do, a line
        # of the description, never the audience "we park" (chat test 38)
        value = strip_end(text)
        reader.add(0, "description", clip(value[:1].upper() + value[1:], 500), mode="append")
        return
    if asked == "audience":
        body = re.sub(r"(?i:^(?:it's\s+|they're\s+|mostly\s+|mainly\s+|usually\s+|for\s+)+)", "", text)
        value, _lead, _end = clean_phrase(body, AUDIENCE_CUT, AUDIENCE_STOP, 20, 500)
        if value:
            reader.add(0, "audience", value)
    elif asked == "description":
        value = strip_end(text)
        m = DESCRIPTION_PRONOUN.match(value)
        if m:
            value = value[m.end():]
        if any(f.kind == "fact" and f.value[0] == "story" for f in reader.findings):
            return  # (how it began is the story, said.extract_story: never the description too)
        if len(value.split()) >= 2:
            reader.add(0, "description", clip(value[:1].upper() + value[1:], 500))
    elif asked == "referral_reward":
        value = strip_end(text)
        if len(value.split()) >= 2:
            reader.add(0, "referral_reward", clip(value, 300))
    elif asked == "hashtag":
        m = re.fullmatch(r"#?([A-Za-z_]\w{1,60})", text.strip(" .!"))
        if m:
            reader.add(0, "hashtag", "#" + m.group(1))
    elif asked == "brand":
        where = re.match(r"(?i:(?:we're\s+|we\s+are\s+|i'm\s+|im\s+)?(?P<said>(?:based|located|living)\s+)?"
                         r"(?:in|near|from)\s+)(?P<p>.+)", strip_end(text))
        if where and (where.group("said") or is_place(where.group("p"))):
            return  # "based in berlin", "in Lima": where the business is ("In Bloom Florals" is a name)
        value = re.sub(r"(?i:^(?:it's\s+|its\s+|we're\s+|we\s+are\s+|i'm\s+|im\s+|i\s+am\s+|called\s+|"
                       r"the\s+brand\s+is\s+|(?:(?:my|our|the)\s+)?(?:studio|shop|store|firm|company|"
                       r"business|salon|clinic|practice|agency|bakery|label|farm|brand|page)(?:'s\s+name|\s+name)?\s+is\s+"
                       r"(?:called\s+)?|(?:(?:my|our|the)\s+)?name(?:'s|\s+is|:)\s*|it'?s\s+called\s+)(?=[A-Z0-9]))",
                       "", strip_end(text))
        value = strip_end(re.split(r"(?i:,?\s+not\s+|,?\s+i\s+mean|\s*\()", value)[0])
        while (placed := re.search(r"(?:,\s*|\s+(?i:in|from|based\s+in)\s+)(?P<p>[^,]+)$", value)) \
                and is_place(placed.group("p")) and len(value[:placed.start()].split()) >= 2:
            # "Gloss Boss Detailing in Perth": the name, then where it is ("… in Lima, Perú":
            # each place in turn)
            value = value[:placed.start()]
            if value[:1].islower() and re.search(r"\s(?i:in|from)\s*$", text[:text.find(value) + len(value) + 4]):
                return  # "little bakery in Lima": what and where, no name
        start = text.find(value) if value else -1
        if value and len(value.split()) <= 6 and _name_like(value) and start >= 0:
            reader.add(start, "brand", clip(value, 200))
            # "ceremonial grade", "custom shaped": in lower case it may describe the goods;
            # a name sent alone next ("Kumo Matcha") is then the brand
            reader.guessed_brand = value == value.lower() and not re.search(r"[&\d]", value)


def extract_name_reply(reader: BriefReader) -> None:
    """"Anatolia Grill", "Bright Spark Electrical" sent alone when the chat asked what is sold
    or the brand's name, and no brand is known: every word in capitals, two to six of them,
    is a name (goods are not typed in title case), so the brand, not the product."""
    if reader.asked not in ("product", "brand") or reader.brief.brand:
        return
    from planner.brief.fields.brand import _NOT_NAME_WORDS, caps_run, no_name_start

    text = reader.text
    name = strip_end(text.strip())
    words = name.split()
    if not 2 <= len(words) <= 6 or caps_run(name) != name or no_name_start(words) \
            or re.search(r"[:=/@,!?]", name) or not _business_name(name, any_two=True) \
            or not re.search(r"[^\W\d_]{2}", name.replace("and", "")):
        return  # "3 and 2": numbers, never a name
    if {w.lower() for w in words} & (_NOT_NAME_WORDS | FIELD_LABELS):
        return
    if re.match(r"(?i:(?:name'?s|it'?s|we'?re|i'?m|called)\s)", name):
        return  # "Name's Priya Shah Music": the name follows its lead, read as the brand answer
    if reader.asked == "product" and re.search(r"[^s's]s$", words[-1]) and "&" not in name:
        return  # "Soy Candles" when asked what is sold: goods, typed in capitals
    start = text.find(name)
    if any(start <= e.start < start + len(name) for e in reader.entities):
        return
    reader.claim(start, start + len(name))
    reader.add(start, "brand", name)


def extract_name_after_guess(reader: BriefReader) -> None:
    """A message that is only a name ("Swell Shapes", "PeoplePulse"), after a brand read
    from a lower-case reply ("custom shaped"): the name is the brand. One word must have a
    capital inside it, so a town sent alone ("Toronto") is no name."""
    if not reader.brand_guess or any(f.kind == "brand" for f in reader.findings):
        return
    from planner.brief.fields.brand import caps_run, no_name_start

    text = reader.text
    name = strip_end(text.strip())
    words = name.split()
    if not 1 <= len(words) <= 6 or caps_run(name) != name or no_name_start(words) \
            or not _name_like(name) or re.search(r"[:=/@,]", name):
        return
    if len(words) == 1 and not re.search(r"[a-z][A-Z]", name):
        return
    start = text.find(name)
    if reader.is_claimed(start, start + len(name)) or any(
            start <= e.start < start + len(name) for e in reader.entities):
        return
    if words[0].lower() in FIELD_LABELS:
        return
    reader.claim(start, start + len(name))
    reader.add(start, "brand", name)


def _fact_answer(reader: BriefReader, key: str, text: str) -> None:
    """A reply to a facts-interview question: the fact, and nothing else read from it
    ("I started making candles in 2020" is the story, not a new product)."""
    if interview.SKIP_ALL.search(text):
        for name in interview.FACT_QUESTIONS:
            reader.add(0, "decline", interview.PREFIX + name)
        return
    if is_decline(text):
        reader.add(0, "decline", interview.PREFIX + key)
        return
    if text.startswith("/") or len(text) > 600 or (text.endswith("?") and key != "faqs"):
        return
    value = interview.read_fact_answer(key, text, lambda span: reader.date(span, "first"))
    if value is not None:
        reader.findings[:] = [f for f in reader.findings if f.kind == "decline"]
        reader.add(0, "fact", (key, value))


#: a product that is where things are sold, not what: "we run a cafe"
_PLACES = {"cafe", "café", "bakery", "shop", "store", "studio", "salon", "farm", "bar", "restaurant",
           "deli", "boutique", "parlour", "parlor", "pub", "bistro", "kitchen", "stall", "van"}


def _goods_of_a_place(reader: BriefReader, text: str) -> bool:
    """"we run a cafe", then "coffee and brunch" when asked for the brand: in lower case
    and no name, it says what the place sells, so it is the product."""
    product = reader.brief.product.lower()
    if product.split()[-1:] == [] or product.split()[-1] not in _PLACES or len(product.split()) > 2:
        return False
    if reader.findings or not text.islower() or not 1 <= len(text.split()) <= 6:
        return False
    value, lead, _end = clean_phrase(text, PRODUCT_CUT, PRODUCT_STOP, 6, 200)
    if not value or value.lower() == product:
        return False
    reader.add(lead, "product", value)
    return True


_NAME_FIRST = re.compile(r"(?i:^\s*(?:it'?s|its|it\s+is|we'?re|we\s+are|we'?re\s+called|called|"
                         r"the\s+(?:brand|name)\s+is)\s+)")


def _name_first(reader: BriefReader) -> bool:
    """Asked for the brand, "it's Clay Day Studio, and we're on instagram": a name in
    capitals opening the reply is the answer, whatever else the reply goes on to say."""
    if any(f.kind == "brand" for f in reader.findings) or not reader.segments:
        return False
    first = reader.segments[0]
    said = _NAME_FIRST.match(reader.text[first.start:first.end])
    from planner.brief.fields.brand import caps_run

    if said is None:
        # "Lantern Lane! on etsy and instagram": a sentence that is only a name
        name = strip_end(reader.text[first.start:first.end])
        alone = not any(s.sentence == first.sentence for s in reader.segments[1:])
        if not (alone and name and caps_run(name) == name and 1 <= len(name.split()) <= 6
                and not reader.entities_in(first) and _name_like(name)
                and not re.search(r"[:=/]", name) and name.split()[0].lower() not in FIELD_LABELS):
            return False
        said = re.match(r"\s*", reader.text[first.start:first.end])
    start = first.start + said.end()
    name = caps_run(reader.text[start:first.end])
    if not name or len(name.split()) > 6 or not _name_like(name) \
            or reader.is_claimed(start, start + len(name)) \
            or any(c.start <= start < c.end for c in reader.codes):
        # (a promo code opening the reply is the offer's, never the brand: "sorry its
        # FILM25, 25% off", chat test 37)
        return False
    reader.claim(start, start + len(name))
    reader.add(start, "brand", name)
    return True


def _names_people(text: str) -> bool:
    """"mostly small local businesses", "pet owners lol": a reply that names who buys."""
    body = re.sub(r"(?i:^(?:mostly|mainly|usually|probably|i'd\s+say|for)\s+)", "", text)
    words = body.split()
    return bool(words) and len(words) <= 12 and bool(PEOPLE.search(" ".join(words[:5])))


#: words of posting that are never part of a brand's name said alone (not "threads", "pins"
#: or "li": "Northern Threads", "Pretty Pins", "Li Wei Studio" are names)
_CHANNEL_WORDS = {"platforms", "platform", "yt", "ig", "fb", "tt", "insta", "instagram", "facebook",
                  "tiktok", "youtube", "linkedin", "pinterest"}


def _name_like(value: str) -> bool:
    """Whether a reply to "what's your brand called?" reads as a name: not a clause
    ("they're digital, i send a file"), not a description ("polymer clay ones, handmade")."""
    words = value.split()
    if words[0].lower() in ("no", "not", "maybe", "ok", "okay", "nope", "yes", "yeah", "later", "probably") \
            or any(w.lower().strip(".,!?") in _CHANNEL_WORDS for w in words):
        return False  # "maybe yt later", "no other platforms": about the posting, never a name
    if "," in value or words[0] != "The" and words[0].lower() in ("they're", "they", "it", "i", "we", "it's", "its",
                                            "my", "our", "this", "that", "the", "mostly"):
        return False
    if re.search(r"(?i:\b(?:i|we|i'm|we're|i've|we've)\s+(?-i:[a-z])|\b(?:myself|ourselves)\b)", value):
        return False  # "blends I make myself": a clause about the goods, never a name
    if words[0] in ("for", "to", "with", "at", "on", "in", "by", "from", "about", "mostly", "mainly",
                    "specifically", "especially", "particularly", "namely"):
        return False  # "for illustrators": who it is for, not a name
    if re.search(r"\d", value) and not any(ch.isupper() for ch in value):
        return False  # "sourdough fermented 48 hours"
    if value.islower() and (words[0] in ("a", "an", "online", "offline", "mobile")
                            or re.search(r"\b(?:over|via|through|actually|only|just|too)\b", value)):
        # "a level", "online over zoom": what or how, said in passing, never a name typed
        # in lower case ("knots by nina" is one)
        return False
    if re.search(r"\s(?i:actually|really)$", value):
        return False  # "CrossFit box actually": what the business is, corrected
    goods = [w for w in words if w.lower() not in ("and", "or", "plus")]
    if value.islower() and "&" not in value and len(goods) >= 2 \
            and all(w.endswith("s") and not w.endswith("ss") for w in goods):
        return False  # "hats scarves jumpers": what is sold, listed, not a name
    return any(ch.isupper() or ch == "&" for ch in value) or len(words) <= 3


def _bare_product(reader: BriefReader) -> None:
    """The first clause as the product, unless a product was already read."""
    if any(f.kind == "product" for f in reader.findings):
        return
    first = reader.segments[0] if reader.segments else None
    if first is None:
        return
    if any(e.label == "PLATFORM" and e.start < first.end for e in reader.entities):
        return  # "youtube belki ileride": about a platform, never the goods
    if not reader.brief.brand and _business_name(reader.text.strip()) and not reader.findings:
        # "Mud & Fire Studio" after "What do you sell?": a name, so the brand
        start = len(reader.text) - len(reader.text.lstrip())
        reader.add(start, "brand", strip_end(reader.text))
        return
    lead_words = re.match(r"(?i:\s*(?:they're|they\s+are|it's|its|it\s+is|we\s+sell|mostly|mainly|"
                          r"just|basically)\s+)", first.text)
    skip = lead_words.end() if lead_words else 0
    value, lead, end = clean_phrase(first.text[skip:], PRODUCT_CUT,
                                    PRODUCT_STOP | CHANGE_WORDS | {"we", "i", "our", "my", "they"}, 10, 200)
    lead, end = lead + skip, end + skip
    if not value or reader.is_claimed(first.start + lead, first.start + end) or reader.entities_in(
            first, "DISCOUNT") or reader.has_code_in(first) or any(
            w in OTHER_CHANNELS for w in re.findall(r"[\w'-]+", value.lower())):
        return  # "customers are cafes", "first month is 50% off", "spotify and youtube"
    if a_sentence_about_something_else(value, first.text[end:]):
        return
    if not any(first.start + lead <= f.start < first.start + end for f in reader.findings):
        service = re.search(r"(?i:(?<=\w)\s+services?$)", value)
        if service and infer_kind(value[:service.start()]) == "service":
            # "bookkeeping services": the service, and its kind ("fractional CFO services" stay)
            value = value[:service.start()]
            reader.add(first.start + lead, "kind", "service")
        reader.add(first.start + lead, "product", value)


def _business_name(text: str, any_two: bool = False) -> bool:
    """Whether a short reply is a business's name: every word capitalised, and "&", a
    business word ("Co", "Studio", "Books") or three words or more (two with ``any_two``)."""
    words = strip_end(text).split()
    if not 2 <= len(words) <= 6:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "and", "of", "the", "by", "+")
               for w in words):
        return False
    return bool(BUSINESS_MARK.search(text)) or len(words) >= (2 if any_two else 3)
