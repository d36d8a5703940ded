"""Corrections and restatements: "I already said - women 25-45", "no, it's a service",
"sorry, I meant Glow & Co", "it's bath bombs, not bath salts", "actually make that 5".

A correction's opening words ("no,", "sorry, I meant", "I already said") are blanked
before the message is read (:func:`strip_preamble`), so what follows is read as the value
and never the opening itself; a value said again in another spelling replaces the stored
one; and what kind of thing is sold, when the seller says it, replaces any guess.
"""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.replies import is_decline
from planner.brief.segments import trim
from planner.brief.vocabulary import NUMBER_WORDS, PLATFORM_WORDS

_PREAMBLE = re.compile(
    r"(?i:^\s*(?:(?:no|nope|nah)\s*[,.!:-]+\s*"
    r"|(?:no|nope|nah)\s+(?=(?:it'?s|its|it\s+is|wait|we|i|the|they|actually|sorry|that|make)\b)"
    r"|(?:sorry|oops|whoops|wait|actually|ugh|hmm+|well|oh|ah|erm|um+|correction|update|ok|okay)"
    r"(?:\s+(?:typo|wait))?\b[\s,.!:-]*"
    r"|(?:i\s+(?:already\s+)?(?:said|told\s+you|mentioned|wrote|answered)|as\s+i\s+said|"
    r"like\s+i\s+said|i\s+meant|i\s+mean|typo|my\s+bad|change\s+of\s+plans?|to\s+correct\s+that)"
    r"(?:\s+(?:the\s+)?(?:brand|product|audience|name|platforms?|offer|code|that|this|it|"
    r"all\s+that|everything|before|already|earlier|above|this\s+already))*\b\s*[,.!:;-]*\s*)+)")
_I_MEAN = re.compile(r"(?i:,?\s+i\s+mean[t]?\b.*$)")
_KIND_SAID = re.compile(
    r"(?i:(?:\b(?:it'?s|its|it\s+is|we'?re|we\s+are|i'?m|i\s+am|they'?re|they\s+are|this\s+is|"
    r"that'?s)\s+(?:a\s+|an\s+|all\s+|purely\s+|mostly\s+|just\s+|actually\s+)?|\(\s*)"
    r"(?:(?P<service>service(?:[- ]based)?(?:\s+business)?|services)"
    r"|(?P<digital>digital(?:\s+(?:product|download|thing|goods|files?|art))?|downloads?|"
    r"a\s+download|software|an\s+app|online\s+only)"
    r"|(?P<physical>physical(?:\s+products?)?|a\s+physical\s+product))\b(?!\s+(?:for|to)\b)"
    r"|\b(?:a\s+)?service(?:[- ]based)?\s+business\b|\bdigital\s+products?\b)")
_NOT_CORRECTION = re.compile(
    r"(?i:^\s*(?:(?:it'?s|its|it\s+is|they'?re|they\s+are|we\s+sell|we\s+make)\s+)?"
    r"(?P<x>[^,.;!?]+?),?\s+not\s+(?:a\s+|an\s+|the\s+)?(?P<y>[^,.;!?]+))")
#: "it's not soy, it's coconut wax", "not wallets - belts": the value after the "not" part
_NOT_BUT = re.compile(
    r"(?i:^\s*(?:(?:it'?s|its|it\s+is|they'?re|they\s+are|that'?s|we\s+(?:don't|do\s+not)\s+"
    r"(?:sell|make))\s+)?not\s+(?:a\s+|an\s+|the\s+)?(?P<y>[^,.;!?]+?)\s*(?:,|;|-|\.)\s*"
    r"(?:(?:it'?s|its|it\s+is|they'?re|they\s+are|but|rather|we\s+(?:sell|make))\s+)+"
    r"(?:a\s+|an\s+)?(?P<x>[^,.;!?]+))")
#: "not candles, wax melts": the same, with nothing between the two
_NOT_THEN = re.compile(r"(?i:^\s*not\s+(?P<y>[a-z][\w' -]{1,40}?)\s*[,;-]\s*(?P<x>[a-z][\w' -]{1,60}?)\s*[.!]?\s*$)")


def _no_content(phrase: str) -> bool:
    """Whether a phrase holds no word a value could be ("it's", "that is")."""
    from planner.brief.fields.sentence import SENTENCE_WORDS

    return all(w in SENTENCE_WORDS for w in re.findall(r"[\w']+", phrase.lower()))


_MAKE_THAT = re.compile(
    r"(?i:^\s*(?:make\s+(?:it|that)\s+|only\s+|just\s+|more\s+like\s+)?(?P<n>\d{1,2}|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|weeks?|months?|days?|x\b|times|"
    r"posts?|a\b|per\b))|\bmake\s+(?:it|that)\s+(?P<m>\d{1,2}|one|two|three|four|five|six|seven)\b"
    r"(?!\s*(?:%|weeks?|months?|days?)))")


#: "make fb 3", "change tiktok to 2", "bump ig up to 4": a platform's count set again
_SET_COUNT = re.compile(rf"(?i:\b(?:make|change|set|put|bump|drop|lower|raise|up|cut)\s+(?P<p>{PLATFORM_WORDS})\s+"
                        r"(?:(?:down|up)\s+)?(?:to\s+|at\s+|=\s*)?(?P<n>\d{1,2})(?P<x>x?)\b)")
#: "pins 3 actually", "fb 1 is enough actually", "tiktok 2 a week lets say", "tiktok 3x aja"
_COUNT_THEN_HEDGE = re.compile(rf"(?i:\b(?P<c>{PLATFORM_WORDS}\s+\d{{1,2}}x?(?:\s+(?:a|per)\s+week)?)\s+"
                               r"(?:(?:is|would\s+be|should\s+be)\s+(?:enough|plenty|fine|ok|okay)\s*)?"
                               r"(?:actually|instead|then|lets\s+say|let'?s\s+say|aja|saja|is\s+enough|"
                               r"is\s+plenty|is\s+fine|would\s+be\s+enough|tops)\b)")
#: "make that 3 and 3", "make it 2 and 1": new counts for the platforms said before, in order
_MAKE_PAIR = re.compile(r"(?i:^\s*(?:make|change)\s+(?:it|that|them)\s+(?:to\s+)?"
                        r"(?P<ns>\d{1,2}(?:\s*(?:,|and|&|\+|/)\s*\d{1,2})+)\s*[.!]*\s*$)")


#: "plus 2 pins", "5 TikToks and 2 pins a week", "1 youtube video": a count before what is
#: posted, the platform named by it
_N_OF_PLATFORM = re.compile(r"(?i:(?<![$£€¥\d.,])\b(?P<n>\d{1,2})\s+(?:(?P<unit>pins|tiktoks)|(?P<p>instagram|insta|ig|"
                            r"facebook|fb|linkedin|youtube|yt|threads)\s+(?:posts?|videos?|reels?|carousels?))\b"
                            r"(?!\s+(?:and|&|\+)\s+(?:badges|patches|buttons|magnets|stickers)))")


_GOODS_VERB = re.compile(r"(?i:\b(?:sell|sells|selling|sold|make|makes|making|made|stock|stocks|offer|"
                         r"offers|ship|ships|bundle|set|pack|packs)\b)")


def _platform_first(m: re.Match[str]) -> str:
    clause = re.split(r"[.;!?\n]", m.string[:m.start()])[-1]
    if m["unit"] and _GOODS_VERB.search(clause):
        return m.group()  # "we sell 2 pins and 3 patches": goods, not posts
    if m["unit"] and re.search(r"(?i:\b\d{1,2}\s+(?:videos?|reels?|posts?|carousels?|stories|shorts|lives?)\b)", clause):
        return m.group()  # "1 video, 2 pins per week": kinds of post added up, read as a whole
    if re.search(rf"(?i:\b{PLATFORM_WORDS}\s*[:=-]?\s*$)", clause):
        return m.group()  # "ig 4 tt 2 pins 3": the number is the platform's before it
    platform = {"pins": "pinterest", "tiktoks": "tiktok"}[m["unit"].lower()] if m["unit"] else m["p"]
    return f"{platform} {m['n']}"


def restate_counts(text: str, counts: dict[str, int] | None = None) -> str:
    """A count set again, said the way people correct one ("make fb 3", "change tiktok to 2",
    "pins 3 actually", "fb 1 is enough actually"), restated as the plain "fb 3" the cadence
    reader knows; "make that 3 and 3" names the platforms counted before, in their order."""
    text = _N_OF_PLATFORM.sub(_platform_first, text)
    text = _SET_COUNT.sub(lambda m: f"{m['p']} {m['n']}{m['x']}", text)
    text = _COUNT_THEN_HEDGE.sub(lambda m: m["c"], text)
    m = _MAKE_PAIR.match(text)
    if m and counts:
        numbers = re.findall(r"\d{1,2}", m["ns"])
        if len(numbers) == len(counts):
            text = ", ".join(f"{platform} {n}" for platform, n in zip(counts, numbers))
    return text


def strip_preamble(text: str) -> tuple[str, bool]:
    """The message with a correction's opening words blanked (same length, so positions
    hold), and whether there were any. A whole-message "no" is a decline, left alone."""
    if is_decline(text):
        return text, False
    m = _PREAMBLE.match(text)
    if not m or not m.group().strip():
        return text, False
    return " " * m.end() + text[m.end():], True


def _tokens(value: str) -> set[str]:
    return set(re.findall(r"[\w']+", value.lower().replace("&", " and ")))


def similar(a: str, b: str) -> bool:
    """Whether two short values name the same thing ("Glow Co" / "Glow & Co", "Terra Form" /
    "TerraForm Pots")."""
    x, y = _tokens(a), _tokens(b)
    squashed_a = re.sub(r"\W|and", "", a.lower().replace("&", ""))
    squashed_b = re.sub(r"\W|and", "", b.lower().replace("&", ""))
    if squashed_a and squashed_b and (squashed_a.startswith(squashed_b) or squashed_b.startswith(squashed_a)):
        return True
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.5


#: "digital or printed", "printed only", "both, digital and framed": a reply that is only how
#: the thing is delivered
_FORMS = r"(?:digital(?:\s+(?:files?|downloads?|copies|versions?))?|printed|prints?|physical|framed|downloads?|pdfs?)"
_FORMS_ONLY = re.compile(rf"(?i:^\s*(?:(?:both|either|it'?s|they'?re|we\s+do)\s*,?\s*)?(?P<f>{_FORMS}(?:\s*(?:,|or|and|&|/|\+)\s*{_FORMS})*)"
                         r"(?:\s+(?:only|both|too|versions?))?\s*[.!]*\s*$)")


def extract_kind(reader: BriefReader) -> None:
    """"it's a service", "no, it's a service not a product", "it's a digital product btw",
    "digital or printed" (goods, when a print is sent; digital when only files are)."""
    m = _FORMS_ONLY.match(reader.text)
    if m:
        physical = re.search(r"(?i:printed|prints?|physical|framed)", m.group("f"))
        reader.claim(0, len(reader.text))
        reader.add(m.start("f"), "kind", "product" if physical else "digital")
        return
    for m in _KIND_SAID.finditer(reader.text):
        said = m.group().lower()
        kind = ("service" if m.group("service") or "service" in said else
                "digital" if m.group("digital") or "digital" in said else "product")
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "kind", kind)
        return


def extract_restatement(reader: BriefReader) -> None:
    """A value said again another way replaces the stored one: "sorry, I meant Glow & Co",
    "no it's bath bombs, not bath salts", "Nest and Nook i mean"."""
    brief = reader.brief
    text = reader.text
    start = len(text) - len(text.lstrip())
    body = text[start:]
    m = _NOT_BUT.match(body)  # "it's not soy, it's coconut wax candles"
    if m is None:
        m = _NOT_CORRECTION.match(body)
        if m and _no_content(m.group("x")):
            m = None  # "it's not soy…": "it's" is no value
    if m:
        x, y = trim(m.group("x")), trim(m.group("y"))
        for name in ("product", "brand"):
            old = getattr(brief, name)
            if old and (similar(y, old) or y.lower() in old.lower()) and not _KIND_SAID.search(x):
                reader.claim(start, len(text))
                reader.add(start + m.start("x"), name, x)
                return
    m = _NOT_THEN.match(body)
    if m and brief.product and trim(m.group("y")).lower() in brief.product.lower() \
            and not reader.entities and not _KIND_SAID.search(m.group("x")):
        # "not collars, dog leads" after "dog collars": what is sold, corrected
        reader.claim(start, len(text))
        reader.add(start + m.start("x"), "product", trim(m.group("x")))
        return
    if m and not brief.product and not reader.entities:
        from planner.brief.fields.sentence import SENTENCE_WORDS, a_sentence_about_something_else

        x, y = trim(m.group("x")), trim(m.group("y"))
        words = re.findall(r"[\w']+", f"{x} {y}".lower())
        if x and y and len(x.split()) <= 5 and not any(w in SENTENCE_WORDS for w in words) \
                and y.lower() not in ("much", "sure", "yet", "really", "quite", "exactly", "now") \
                and not _KIND_SAID.search(x) and not a_sentence_about_something_else(x, ""):
            reader.claim(start, len(text))  # "not candles, wax melts": what is sold, said first
            reader.add(start + m.start("x"), "product", x)
            return
    trailing = _TRAILING_FIX.search(body.split(",")[0])
    if trailing and not reader.correcting and _fixed_by_a_trailing_word(reader, start, body, trailing):
        return
    if not (reader.correcting or _I_MEAN.search(body)):
        return
    said = re.match(r"(?i:(?:it'?s|its|it\s+is|they'?re|they\s+are)\s+)(?=[a-z])", body)
    if said and brief.product and not _KIND_SAID.search(body) and _one_clause(reader, body):
        # "actually it's sourdough specifically": the product, said more exactly
        from planner.brief.segments import clean_phrase
        from planner.brief.vocabulary import PRODUCT_STOP
        value, lead, _end = clean_phrase(body[said.end():], re.compile(r"[,;!?]|\.(?:\s|$)"),
                                         PRODUCT_STOP, 6, 200)
        if value:
            reader.claim(start, len(text))
            reader.add(start + said.end() + lead, "product", value)
            return
    candidate = re.split(r"[.!?;]\s", _I_MEAN.sub("", body) + " ")[0].strip(" .!,")  # its first sentence
    candidate = trim(re.sub(r"(?i:\s+(?:mostly|mainly|really|actually|specifically|lol|though|tbh))+$", "",
                            candidate))
    if not candidate or len(candidate.split()) > 8 or "," in candidate:
        return
    labelled = re.match(r"(?i:^(?:the\s+|our\s+|my\s+)?(?:brand|shop|business|company)(?:\s+name)?\s+is\s+)", candidate)
    candidate = re.sub(r"(?i:^(?:it'?s|its|we'?re|it\s+is|the\s+brand\s+is|brand\s+is)\s+)", "", candidate)
    # a capitalised name corrects the brand first: "no wait it's TerraForm Pots"; one said as
    # the brand ("oh brand is Held Birth Support") is the brand only, however like the product
    names = ("brand",) if labelled else ("brand", "product") if candidate[:1].isupper() else ("product", "brand")
    # what the correction says ends with its first sentence: "plant pots! the brand is Pot
    # Luck" goes on to say the brand
    said_end = start + body.find(candidate) + len(candidate)
    for name in names:
        old = getattr(brief, name)
        if old and similar(candidate, old) and candidate != old:
            reader.claim(start, said_end)
            reader.add(start + body.find(candidate), name, candidate)
            return
    if reader.correcting and _restates_a_field(reader, start, body, candidate, said_end):
        return
    from planner.brief.fields.sentence import SENTENCE_WORDS

    words = re.findall(r"[\w']+", candidate.lower())
    if reader.correcting and brief.product and candidate.islower() and 0 < len(words) <= 5 \
            and not _KIND_SAID.search(body) and not re.search(r"\d", candidate) \
            and words[0] not in ("and", "also", "plus", "a", "an", "service", "product") \
            and not any(w in SENTENCE_WORDS or w in ("service", "product") for w in words) \
            and not reader.entities \
            and reader.asked in ("brand", "description", None):
        # "sorry i meant succulents and cacti": lower case, so the product, said better
        reader.claim(start, said_end)
        reader.add(start + body.find(candidate), "product", candidate)


#: a correction said at the end of a short reply: "cloth nappies actually", "sourdough sorry"
_TRAILING_FIX = re.compile(r"(?i:[\s,]+(?:actually|sorry|my\s+bad|instead|rather)[\s.!]*$)")


def _fixed_by_a_trailing_word(reader: BriefReader, start: int, body: str, trailing: re.Match[str]) -> bool:
    """"we sell eco friendly diapers", then "cloth nappies actually": a short lower-case
    phrase closed by a correcting word says the product better; one word like one of the
    product's ("sauerdough bread", then "sourdough sorry") fixes that word's spelling."""
    brief = reader.brief
    candidate = trim(body.split(",")[0][:trailing.start()])
    words = re.findall(r"[\w'-]+", candidate.lower())
    if not brief.product or not candidate or not candidate.islower() or not 0 < len(words) <= 5 \
            or reader.entities or reader.codes or re.search(r"\d", candidate) or _KIND_SAID.search(candidate):
        return False
    from planner.brief.fields.sentence import SENTENCE_WORDS

    if any(w in SENTENCE_WORDS or w in ("service", "product", "i", "we", "it", "my", "our") for w in words):
        return False
    value = candidate
    old_words = brief.product.split()
    if len(words) == 1 and len(old_words) > 1:
        import difflib

        close = [i for i, w in enumerate(old_words)
                 if difflib.SequenceMatcher(None, w.lower(), words[0]).ratio() >= 0.7]
        if len(close) == 1:
            value = " ".join(old_words[:close[0]] + [candidate] + old_words[close[0] + 1:])
    at = start + body.find(candidate)
    reader.claim(at, at + len(candidate))
    reader.add(at, "product", value)
    return True


def _one_clause(reader: BriefReader, body: str) -> bool:
    """Whether a correction says one thing: no comma, or only a short aside after it
    ("it's coaching, 1:1 calls"), not another fact ("it's candles, we post daily")."""
    if "," not in body:
        return True
    aside = body.split(",", 1)[1]
    return len(aside.split()) <= 4 and not reader.entities and not reader.codes \
        and not re.search(r"(?i:\b(?:we|i|our|my|post\w*|sell\w*)\b)", aside)


_REFINED = re.compile(r"(?i:^\s*(?:they'?re|they\s+are|it'?s|its|it\s+is|these\s+are|ours\s+are|"
                      r"(?:we|i)\s+(?:sell|make|do)|mostly|mainly|specifically)\s+)")


def _singular(phrase: str) -> str:
    """The phrase with its last word singular enough to compare ("soaps" / "soap")."""
    return re.sub(r"(?:es|s)$", "", phrase) if not phrase.endswith("ss") else phrase


def extract_refinement(reader: BriefReader) -> None:
    """The product said more exactly, as a description starts: "They're soy candles, hand
    poured" after "candles" is "soy candles" (its last words are the stored product's)."""
    product = reader.brief.product
    m = _REFINED.match(reader.text)
    if m is None and product and len(reader.segments) == 1 and not reader.entities \
            and not re.search(r"\b[A-Z]", reader.text):
        # "hand poured soy wax candles actually": the phrase alone, in lower case (a name in
        # capitals, "Riverbank Prints", is the brand)
        m = re.match(r"\s*", reader.text)
    if not product or m is None or any(f.kind == "product" for f in reader.findings):
        _specifically(reader)
        return
    from planner.brief.fields.product import PRODUCT_CUT, stop_words
    from planner.brief.segments import clean_phrase

    rest = reader.text[m.end():]
    value, lead, _end = clean_phrase(rest, PRODUCT_CUT, stop_words(rest), 6, 200)
    low, old = _singular(value.lower()), _singular(product.lower())
    if value and low != old and low.endswith(" " + old) and len(low.split()) <= len(old.split()) + 3:
        start = m.end() + lead
        reader.claim(start, start + len(value))
        reader.add(start, "product", value)
    else:
        _specifically(reader)


_SPECIFICALLY = re.compile(r"(?i:^\s*(?:more\s+)?(?:specifically|in\s+particular|particularly|"
                           r"especially|namely)\s*[,:]?\s+)")


def _specifically(reader: BriefReader) -> None:
    """"we sell furniture", then "specifically mid-century sideboards": the product said more
    exactly, a short phrase of its own that names no people, store or platform."""
    m = _SPECIFICALLY.match(reader.text)
    if m is None or not reader.brief.product or reader.entities or any(
            f.kind == "product" for f in reader.findings):
        return
    from planner.brief.fields.about import PEOPLE
    from planner.brief.fields.product import PRODUCT_CUT, stop_words
    from planner.brief.segments import clean_phrase

    rest = reader.text[m.end():]
    value, lead, _end = clean_phrase(rest, PRODUCT_CUT, stop_words(rest), 6, 200)
    if value and not PEOPLE.search(value) and not reader.is_claimed(m.end() + lead, m.end() + lead + 1):
        reader.claim(m.end() + lead, m.end() + lead + len(value))
        reader.add(m.end() + lead, "product", value)


def _restates_a_field(reader: BriefReader, start: int, body: str, candidate: str,
                      said_end: int) -> bool:
    """"I already said - founders": what follows the correction's opening is part of a
    value already stored (the audience "founders and heads of CS"), so that value stands;
    or, stored nowhere, it names people, so it is the audience. Never the product."""
    from planner.brief.fields.about import PEOPLE

    said = candidate.lower()
    for name in ("audience", "product", "brand", "description"):
        old = getattr(reader.brief, name)
        if old and re.search(rf"(?<![\w']){re.escape(said)}(?![\w'])", old.lower()):
            reader.claim(start, said_end)
            reader.add(start + body.find(candidate), name, old)
            return True
    if PEOPLE.search(said) and not re.search(r"(?i:\bfor\b)", said) and not reader.entities:
        reader.claim(start, said_end)
        reader.add(start + body.find(candidate), "audience", candidate)
        return True
    return False


#: "no wait, 3x", "make it 2 times instead": a number of times with no period, the whole message
_TIMES_ALONE = re.compile(
    r"(?i:^\s*(?:make\s+(?:it|that)\s+|only\s+|just\s+|more\s+like\s+|actually\s+)?(?P<n>\d{1,2}|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:x|times|posts?)(?:\s+(?:instead|then|"
    r"please|pls|tops|max))?\s*[.!]*\s*$)")


def extract_number_correction(reader: BriefReader) -> None:
    """"actually make that 5", "no wait, only 3": a bare number corrects the posts a week."""
    body = reader.text.lstrip()
    m = _MAKE_THAT.search(body)
    times = m is None and (reader.correcting or reader.cadence_said)
    if times:
        m = _TIMES_ALONE.search(body)  # "no wait, 3x": how often, said before, corrected
    if m is None or not (times or reader.correcting or m.group("m")
                         or re.match(r"(?i:make\b)", m.group())):
        return
    if m.group("n") and m.start() > 0:
        return
    word = (m.group("n") or ("" if times else m.group("m"))).lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if n is None or not 1 <= n <= 21 or any(f.kind in ("posts_per_week", "cadence")
                                            for f in reader.findings):
        return
    pos = len(reader.text) - len(body) + m.start()
    reader.claim(pos, pos + len(m.group()))
    reader.add(pos, "posts_per_week", n)


# ---- a value corrected inside the message -----------------------------------------------

_CURRENCY = r"[$£€¥₹₦₱₩₺₽₫₴₪]"
_CURRENCY = rf"(?:{_CURRENCY}|\b(?:kes|ksh|usd|eur|gbp|inr|rs|r|ngn|php|cad|aud|nzd|sgd)(?=\s?\d))"
_MONEY_VALUE = rf"{_CURRENCY}\s?\d[\d,]*(?:\.\d{{1,2}})?"
_BARE_VALUE = r"(?<![\w.,$£€¥₹₦₱₩₺₽₫₴₪])\d{1,3}(?:\.\d{1,2})?(?![\d,.]\d)"
#: the words that take back what was just said: "sorry", "no wait", "actually make it"
_TAKE_BACK = (r"(?:sorry|no\s+wait|wait\s+no|wait|i\s+mean[t]?|or\s+rather|correction|actually|my\s+bad|"
              r"oops)(?:\s*[,:]?\s*(?:no|sorry|i\s+mean[t]?))?\s*[,:]?\s*"
              r"(?:(?:make|change)\s+(?:it|that)\s+(?:to\s+)?|(?:it'?s|its|it\s+is)\s+|more\s+like\s+|only\s+|just\s+)?")
#: "₦150,000, sorry ₦120,000", "3 posts a week, actually make it 2": the second value stands
_VALUE_FIX = re.compile(
    rf"(?i:(?:(?P<money>{_MONEY_VALUE})|(?P<bare>{_BARE_VALUE}))(?P<mid>[^,.;!?\d]{{0,30}}?)\s*[,;]?\s*"
    rf"\b{_TAKE_BACK}(?:(?P<money2>{_MONEY_VALUE})|(?P<bare2>\d{{1,3}}(?:[.,]\d{{1,3}})*(?:\.\d{{1,2}})?))"
    r"(?:x\b)?"  # ("2x a week, actually 3x": chat test 37)
    r"(?P<tail>\s*(?:[,.;!?)]|$|\s(?:instead|then|now|actually|really|tbh|lol)\b))?)")
#: "you just need a power point. no wait we have a generator": the clause before is taken back
_CLAUSE_FIX = re.compile(r"(?i:(?:^|(?<=[,.;!?]))(?P<prev>[^,.;!?]{3,}?)\s*[,.;!?]?\s*"
                         r"\b(?:no\s+wait|wait\s+no|scratch\s+that|no\s+actually|actually\s+no)\b[\s,.!:;-]*"
                         r"(?=[a-z]))")


_HOW_OFTEN = (r"(?:\d{1,2}\s*(?:x|times)|once|twice|one\s+time|two\s+times|three\s+times|four\s+times|"
              r"five\s+times|(?:one|two|three|four|five)x?)")
#: a count taken back with only a new count after it ("facebook 3 times a week, no wait
#: twice, and tiktok once"): the count changes, the platform it was said of stays (chat test
#: 38: Facebook lost, every post on TikTok)
_COUNT_FIX = re.compile(rf"(?i:\b(?P<old>{_HOW_OFTEN})(?P<per>\s+(?:a|per)\s+week|\s*/\s*w(?:ee)?k)?"
                        r"\s*[,.;]?\s*\b(?:no\s+wait|wait\s+no|no\s+actually|actually|sorry|i\s+mean)\b"
                        rf"[\s,:-]*(?P<new>{_HOW_OFTEN})(?P<per2>\s+(?:a|per)\s+week)?(?=\s*(?:[,.;!?]|$|\s+and\b)))")


def inline(text: str) -> str:
    """The message as the seller meant it, with a value or a clause taken back inside it
    ("12 week programme is ₦150,000, sorry ₦120,000"; "maybe 3 posts a week, actually make
    it 2"; "you just need a power point. no wait we have a generator") replaced by what
    corrects it, so only the corrected value is ever read. A correction opening the
    message is :func:`strip_preamble`'s."""
    def value(m: re.Match[str]) -> str:
        first, second = m.group("money") or m.group("bare"), m.group("money2") or m.group("bare2")
        if m.group("bare2") and m.group("tail") is None:
            return m.group()  # "3 posts, actually 2 reels": a number of something else
        if m.group("bare") and m.group("money2"):
            return m.group()  # "3 mugs, sorry $30": not the same kind of value
        if m.group("money") and not m.group("money2"):
            second = re.match(_CURRENCY + r"\s?", first, re.IGNORECASE).group() + second  # "₦150,000, sorry 120,000"
        if re.search(r"\d", m.group("mid")) or not second:
            return m.group()
        return second + m.group("mid") + (m.group("tail") or "")
    text = _VALUE_FIX.sub(value, text)
    text = _COUNT_FIX.sub(lambda m: m.group("new") + (m.group("per2") or m.group("per") or ""), text)
    out, pos = [], 0
    for m in _CLAUSE_FIX.finditer(text):
        if not m.group("prev").strip() or m.start() < pos:
            continue
        out.append(text[pos:m.start()].rstrip(" ,;"))
        pos = m.end()
    out.append(text[pos:])
    return ", ".join(o for o in out if o) if len(out) > 1 else text
