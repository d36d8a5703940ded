"""Which hashtags a post carries.

The seller's own tags come first: the branded tag on every post, then the discovery tags
they say they use, rotating so that no one set sits on every post. A seller who names no
discovery tags gets tags made from the product's own words, and only those a buyer might
search: the core noun phrase ("#teatowels", "#framebags") and, where the product is
named by a distinctive word in front of it, that word alone ("#linocut", "#bikepacking").
Tags are never made from themes, adjectives or stray words: a tag nobody searches for is
worse than none.
"""

from __future__ import annotations

import re
import unicodedata

from planner.domain.brief import Brief
from planner.domain.platforms import Platform

_STOP = {"the", "a", "an", "and", "of", "for", "with", "our", "&", "by", "in", "on", "at", "to",
         "from", "near", "into", "onto", "over", "under", "off", "per", "via", "around", "across"}
#: where a product's name goes on to say where or whom it is for ("sauna raft rental on
#: Lake Inari", "tours around Bled"): the tag words end before it
_CLAUSE = re.compile(r"\b(?:for|with|in|on|at|near|around|across|along|inside|over|off|from|"
                     r"by|to|of|via|that|which|who|que|qui|che)\b|[,(/+]")
#: a name joined by "de"/"di" ("bolo de pote", "dulce de leche") is searched whole: its tag
#: is the three words run together (#bolodepote), never the last two ("#depote")
_LINKING = {"de", "di", "da", "do", "del", "della", "dos", "das"}
#: letters that have no accent to drop but are typed as plain letters in a tag
_PLAIN_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d",
                                "ð": "d", "þ": "th", "ı": "i", "ŋ": "ng"})

#: words that name a format, not a thing: "row counter app" is tagged #rowcounter
_GENERIC = {"app", "apps", "kit", "kits", "set", "sets", "service", "services", "box", "boxes",
            "course", "courses", "subscription", "membership", "company", "studio", "shop", "store", "co",
            "agency", "firm", "business", "businesses", "solution", "solutions", "product",
            "products", "online", "small", "local", "mobile", "outsourced", "custom", "premium",
            "handmade", "hand", "made", "new", "agreement", "agreements", "contract", "contracts",
            "package", "packages", "plan", "plans", "scheme", "schemes", "deal", "deals",
            # how a service is booked, not what anyone searches: "podiatry appointments" is
            # #podiatry, never "#podiatryappointments" (blind read 25)
            "appointment", "appointments", "booking", "bookings", "slot", "slots",
            "consultation", "consultations"}

#: a describing word is no tag on its own ("#painted", "#technical", "#cosy")
_DESCRIBING = re.compile(r"(?:ed|al|ic|ive|ous|ful|less|able|ible|ish|est|er|ly)$")
_PLAIN_DESCRIBING = {"soft", "warm", "cosy", "cozy", "big", "tiny", "mini", "little", "large",
                     "best", "fine", "pure", "real", "fresh", "bold", "wild", "easy", "quick",
                     "simple", "modern", "classic", "vintage", "luxury", "budget", "cheap",
                     "eco", "green", "gentle", "pretty", "cute", "kids", "children", "women",
                     "men", "baby", "pdf", "diy", "uk", "us", "eu", "batch", "single", "double", "whole",
                     "extra", "super", "daily", "weekly", "monthly",
                     # (a state of matter or a plain quality is no search: "#liquid" for
                     # "liquid seaweed plant feed", read 39's tuning set)
                     "liquid", "solid", "dry", "raw", "plain", "mixed", "loose", "heavy",
                     "light", "strong", "thick", "thin", "clean", "deep", "dark", "bright",
                     "rich", "smooth", "premium", "new", "fast", "slow",
                     # (where or for whom it is done is no search on its own: "#outdoor" of
                     # "outdoor bootcamp classes", "#private" of "private yoga lessons",
                     # blind read 40)
                     "outdoor", "outdoors", "indoor", "private", "group", "home", "residential",
                     "commercial", "local", "organic", "natural", "artisan", "professional",
                     "personal", "online", "urban", "rural", "family", "corporate", "onsite"}

_possessive = re.compile(r"['’]s\b|['’]")


def hashtags_for(brief: Brief, platform: Platform, turn: int = 0) -> list[str]:
    """Branded hashtag first, then a product tag and a discovery tag that rotate from post to
    post (so no one set sits on every post); capped per platform."""
    tags: list[str] = []
    if brief.hashtag:
        tags.append(brief.hashtag)
    pool = _tag_pool(brief)
    limit = min(platform.max_hashtags, 3)
    rotating = 2 if len(pool) >= 3 and platform.max_hashtags >= 5 else 1
    for k in range(min(rotating, len(pool))):
        tag = pool[(turn + k) % len(pool)]
        if len(tags) < limit and tag.lower() not in (t.lower() for t in tags):
            tags.append(tag)
    return tags[:limit]


def _tag_pool(brief: Brief) -> list[str]:
    """Discovery tags: the ones the seller says they use, else the ones made from the
    product's own words (:func:`product_tags`)."""
    pool = list(brief.facts.hashtags) or product_tags(brief)
    out: list[str] = []
    for tag in pool:
        if len(tag) > 2 and tag.lower() not in (o.lower() for o in out):
            out.append(tag)
    return out


def _folded(text: str) -> str:
    """Lower case without accents: a tag is typed as "#yucatanhammocks"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower().translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(c))


def _core_words(brief: Brief) -> list[str]:
    """The product's plain words before any "for"/"with" clause, without generic ones or
    the brand's own words. Of a list ("soaps and bath bombs") the first thing named; a
    part that names no thing ("restored 1950s and 60s valve radios") is skipped. Words with
    digits or of one letter are no tag words."""
    text = _one_word_names(_possessive.sub("", _folded(brief.product)))
    # a name hyphened through a linking word ("couch-to-10k running app") is one word, never
    # cut at its "to" into "#couch" (blind read 40)
    text = re.sub(r"\b[a-z0-9]+(?:-(?:to|and|in|of|on|the|a)-[a-z0-9]+)+\b",
                  lambda m: m.group(0).replace("-", ""), text)
    if re.match(r"^[a-z0-9-]+(?:,\s*[a-z0-9-]+)+,?\s+(?:and|&)\s+\S", text):
        # ("sofa, mattress and carpet steam cleaning": a list of one-word items, no clause)
        text = re.sub(r",\s*(?:(?:and|&)\s+)?", " and ", text, count=text.count(","))
    text = _CLAUSE.split(text)[0]
    brand = set(re.findall(r"[a-z0-9]+", _folded(brief.brand)))
    parts = [p for p in re.split(r"\band\b|&", text) if p.strip()]
    words_of = [re.findall(r"[a-z0-9]+", p) for p in parts]
    singles = all(len(re.findall(r"[a-z0-9]+", bit)) == 1
                  for p in parts[:-1] for bit in p.split(",") if bit.strip())
    if len(parts) > 2 and singles and len(words_of[-1]) >= 3:
        # "sofa, mattress and carpet steam cleaning": a list of single words that share the
        # last part's thing, so the tag is made from that thing (#steamcleaning, never
        # "#sofa", read 40's tuning set)
        parts = [" ".join(words_of[-1][1:])]
    elif len(parts) > 1 and len(words_of[0]) == 1 and len(words_of[-1]) >= 2 \
            and not words_of[0][0].endswith("s") and words_of[0][0] not in brand:
        # "house and flat removals": the first word shares the last part's thing, so the
        # tag is made from "house removals" (#removals, never "#house")
        parts[0] = f"{words_of[0][0]} {words_of[-1][-1]}"
    part = next((p for p in parts if _names_a_thing(p)), parts[-1] if parts else "")
    words = [w for w in re.findall(r"[a-z0-9]+", part)
             if w not in _STOP and w not in _GENERIC and len(w) > 1 and not any(c.isdigit() for c in w)]
    # the brand's words leading the product are no tag ("Purlwise row counter app"); a word
    # the brand shares mid-phrase stays ("guided kayak trips" of Lagoa Kayak is
    # #kayaktrips, never "#guidedtrips", two words the product never says together)
    from planner.planning.wording import _TRAILING_PARTICIPLE

    while len(words) > 1 and _TRAILING_PARTICIPLE.fullmatch(words[-1]):
        words = words[:-1]  # "notebooks sewn (in Ghent)": how it is made is no tag word
    at = 0
    # (only the brand's own name leading the product, word for word: "pallet" of Westlink
    # Pallet Co's "pallet collection" is the goods, never cut to "#collection", read 40)
    order = re.findall(r"[a-z0-9]+", _folded(brief.brand))
    while at < len(words) - 1 and at < len(order) and words[at] == order[at]:
        at += 1
    kept = words[at:]
    if all(w in brand for w in kept):
        return []
    return kept


#: software named in two words, tagged as one ("Google Sheets templates" is
#: #googlesheetstemplates, never "#sheetstemplates" and "#google", blind read 27)
_TWO_WORD_NAMES = {"google sheets": "googlesheets", "google docs": "googledocs",
                   "google slides": "googleslides", "google forms": "googleforms",
                   "microsoft excel": "excel", "ms excel": "excel", "microsoft word": "word",
                   "apple numbers": "numbers"}
_TWO_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, _TWO_WORD_NAMES)) + r")\b")
#: companies whose name alone is no tag for the goods made for their tools or sold there
_COMPANIES = {"google", "microsoft", "apple", "amazon", "etsy", "shopify", "instagram",
              "tiktok", "facebook", "youtube", "pinterest", "meta", "adobe", "samsung"}


def _one_word_names(text: str) -> str:
    return _TWO_WORD.sub(lambda m: _TWO_WORD_NAMES[m.group(0)], text)


def _names_a_thing(part: str) -> bool:
    """Whether a part of a list ends on a thing, not on a date or a describing word."""
    last = (re.findall(r"[a-z0-9]+", part) or [""])[-1]
    return bool(last) and not any(c.isdigit() for c in last) and not _DESCRIBING.search(last)


def _product_tag(brief: Brief) -> str:
    """A tag from the product's core: its last two plain words; empty when nothing is left."""
    words = _core_words(brief)
    if not words:
        return ""
    pair = words[-2:]
    if len(words) >= 3 and words[-2] in _LINKING:
        # (a relative clause, "… que vende", is cut off with _CLAUSE: a tag is never a
        # sentence fragment such as "#quevende", blind read 30)
        return "#" + "".join(words[-3:]) if len("#" + "".join(words[-3:])) <= 25 else ""
    part = " ".join(re.findall(r"[a-z0-9]+", _one_word_names(_possessive.sub("", _folded(brief.product)))))
    if len(pair) == 2 and (f"{pair[0]} {pair[1]}" not in part or _describing(pair[0])):
        # never two words glued that the product does not say together, nor a describing
        # word on its noun ("#guidedtrips"): the noun alone, when it says something
        pair = pair[1:] if len(pair[1]) >= 5 and pair[1] not in _VAGUE else []
    before = words[-3] if len(words) >= 3 and len(pair) == 2 else ""
    if before in _STATE_WORDS and f"{before} {pair[0]} {pair[1]}" in part \
            and len("#" + before + "".join(pair)) <= 25:
        # a word that says what state the thing is in is part of what it is: dried flower
        # bouquets are no "#flowerbouquets" (blind read 23)
        pair = [before, *pair]
    if len(pair) == 2 and len(words) >= 3 and _three_words(words, part):
        # a thing named in three plain nouns is searched whole: "board game café" is
        # #boardgamecafe, never "#gamecafe" beside "#board" (blind read 40)
        pair = words[-3:]
    tag = "#" + "".join(pair)
    return tag if 4 <= len(tag) <= 25 and pair else ""


def _three_words(words: list[str], part: str) -> bool:
    """Whether the product's three core words are one name said together, none of them
    describing, led by a short word that would mislead alone ("board game café": never
    "#board"), short enough for one tag."""
    three = words[-3:]
    return " ".join(three) in part and not any(_describing(w) or w in _STATE_WORDS for w in three) \
        and len("".join(three)) <= 18 and not _DESCRIBING.search(three[0]) \
        and len(words) == 3 and len(three[0]) <= 5  # (a longer first word tags alone: #linocut)


#: words that say a thing is no longer as it grew or was caught: without them a tag names
#: another thing ("dried flowers" are not flowers to a buyer)
_STATE_WORDS = {"dried", "pressed", "preserved", "smoked", "cured", "pickled", "frozen",
                "dehydrated", "fermented", "roasted", "candied", "salted", "canned", "bottled",
                "freeze", "sundried", "stabilised", "stabilized", "artificial", "faux", "fake",
                "silk", "vegan", "decaf", "refurbished", "secondhand", "used"}


def _describing(word: str) -> bool:
    return bool(_PAIR_DESCRIBING.search(word)) and len(word) >= 5 \
        and word not in _NOUNS_LIKE_DESCRIBING or word in _PLAIN_DESCRIBING


#: a describing word that never makes a searched phrase with its noun ("#guidedtrips"),
#: unlike "technical translation", "number tiles"
_PAIR_DESCRIBING = re.compile(r"(?:ed|ive|ous|ful|less|able|ible|ish|ly)$")


#: nouns that end like describing words ("paper", "leather", "silver")
_NOUNS_LIKE_DESCRIBING = {"paper", "leather", "silver", "copper", "timber", "flower", "water",
                          "butter", "pepper", "cider", "amber", "linen", "poster", "sticker",
                          "planter", "marker", "sweater", "slipper", "jumper", "filter",
                          "ceramic", "metal", "crystal", "herbal", "floral", "fossil", "coral",
                          "sandal", "spiral", "tutorial", "charcoal", "cereal", "opal", "shawl",
                          "pedal", "petal", "vessel", "barrel", "tassel", "bagel", "caramel",
                          "camper", "hammer", "burger", "diaper", "cover", "holder", "kitchen",
                          "garden", "wooden", "hand", "rubber", "winter", "summer", "spring",
                          "feather", "rider", "cutter", "speaker", "player", "printer"}
#: nouns too vague to be a tag alone ("#trips", "#things")
_VAGUE = {"things", "items", "trips", "pieces", "goods", "stuff", "lessons", "classes",
          "sessions", "tours", "works", "products", "services", "designs", "prints"}


def _leading_tag(brief: Brief) -> str:
    """The distinctive word in front of the core noun phrase, alone ("#bikepacking" for
    "bikepacking frame bags", "#linocut" for "hand-printed linocut tea towels"); empty
    when the product has none or the word only describes."""
    words = _core_words(brief)
    if len(words) < 3 or words[-2] in _LINKING:
        return ""  # (the name before "de" is part of the product's tag: no "#dulce")
    part = " ".join(re.findall(r"[a-z0-9]+", _one_word_names(_possessive.sub("", _folded(brief.product)))))
    if _three_words(words, part) and len(words) == 3:
        return ""  # (said whole in the product's tag already: #boardgamecafe)
    product = _folded(brief.product)
    # half of a hyphened word ("hand-bound") is no word of its own
    word = next((w for w in words[:-2] if not _DESCRIBING.search(w) and w not in _COMPANIES
                 and w not in _PLAIN_DESCRIBING and not re.search(rf"-{w}\b|\b{w}-", product)), "")
    return f"#{word}" if 5 <= len(word) <= 20 else ""


def product_tags(brief: Brief) -> list[str]:
    """The tags made from the product's words when the seller names none: the core noun
    phrase, then the distinctive word in front of it."""
    return [t for t in (_product_tag(brief), _leading_tag(brief)) if t]


def spread_hashtags(posts: list, brief: Brief, fixed: int = 0) -> None:
    """No tag but the brand's own on more than half of a platform's posts (blind read 23:
    "#kayaktours" on every post of a seven-post calendar): a platform's posts, in date order,
    keep a tag while it is on fewer than half of them and was not on the post before; the
    first ``fixed`` posts (kept from an earlier plan) are counted, never changed. Changes
    ``posts`` in place."""
    brand = brief.hashtag.lower() if brief.hashtag else ""
    for platform in {p.platform for p in posts}:
        mine = sorted(((i, p) for i, p in enumerate(posts) if p.platform == platform
                       and p.format != "story"), key=lambda ip: (ip[1].date, ip[1].time))
        cap = max(1, len(mine) // 2)
        count: dict[str, int] = {}
        before: set[str] = set()
        for i, post in mine:
            keep = []
            for tag in post.hashtags:
                low = tag.lower()
                if i < fixed or low == brand or (count.get(low, 0) < cap and low not in before):
                    keep.append(tag)
                    count[low] = count.get(low, 0) + 1
            if i >= fixed and keep != post.hashtags:
                post.hashtags = keep
            before = {t.lower() for t in post.hashtags}
