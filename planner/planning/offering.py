"""What is sold, finer than the brief's ``kind``: a course is no app, a printable pattern is
neither, and reviews kept on Google are not read at the shop's link."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from planner.domain.brief import Brief
from planner.domain.moments import moments_between
from planner.planning.shipping import ships
from planner.text.rules import lemma as rules_lemma

#: words that say what kind of digital thing it is, by kind; the earliest in the product
#: line decides ("an app for Spanish lessons" is an app, "Spanish lessons online" a course)
_DIGITAL_WORDS = (
    ("course", r"courses?|class(?:es)?|programmes?|programs?|masterclass(?:es)?|lessons?|"
               r"bootcamps?|academy|cohorts?|tutorials?|school|training|curriculum|workshops?"),
    ("app", r"apps?|software|platform|saas|plugins?|extensions?|dashboard|api|tool|tools|"
            r"system|crm|widget"),
    ("download", r"templates?|e-?books?|patterns?|printables?|presets?|fonts?|pdfs?|"
                 r"planners?|worksheets?|luts?|sample packs?|stock photos?|downloads?|"
                 r"downloadable|brush(?:es)?|brush packs?|drum kits?|loops?|mockups?|clip ?art|"
                 r"svgs?|wallpapers?|icon packs?|textures?|digital stickers?|beats"),
    ("membership", r"membership|memberships|community|club|subscription box"),
)
_DIGITAL_RE = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _DIGITAL_WORDS),
                         re.IGNORECASE)
#: what each is called in a question about finding "things like ours"
DIGITAL_NOUNS = {"course": "courses", "app": "apps", "download": "downloads",
                 "membership": "memberships"}


_REVIEW_SITES = re.compile(
    r"(?i)\b(google|trustpilot|yelp|tripadvisor|facebook|amazon|etsy|ebay|feefo|reviews\.io|"
    r"judge\.me|checkatrade|houzz|g2|capterra|app store|google play|treatwell|fresha|airbnb|"
    r"booking\.com|product hunt|notonthehighstreet|bol\.com|zalando|mercado libre|shopee)\b")


def reviews_site(reviews: str, url: str) -> str:
    """The review site the brief's standing is on ("4.9 stars from 62 Google reviews" ->
    "Google"), unless the brief's link leads there; empty when the reviews are its own."""
    m = _REVIEW_SITES.search(reviews or "")
    if not m or m.group(1).lower().split()[0].split(".")[0] in (url or "").lower():
        return ""
    name = m.group(1)
    return name if any(c.isupper() for c in name) else name.title()


def digital_is(brief: Brief) -> str:
    """"course", "app", "download" or "membership" for a digital brief, by the first word of
    its product line (then its description) that says so, "course" when it is enrolled in;
    empty when the brief is not digital or does not say."""
    if brief.kind != "digital":
        return ""
    if brief.facts.action == "enrol":
        return "course"
    for text in (brief.product, brief.description):
        m = _DIGITAL_RE.search(text or "")
        if m:
            return next(name for name, value in m.groupdict().items() if value)
    return ""


# --- How the goods are used ----------------------------------------------------------------
#
# A post that shows goods "in use" must know what using them is: a slipper is worn, a tea is
# brewed, a wall tile is put up once and then lived with, a sewing pattern is printed and
# sewn (the buyer makes something), a board game is played, a course is taken, a salon is
# booked. The mode comes from the product line's head noun (its last word before "for",
# "with", a comma…), read as spaCy lemmas; then the rest of the line, then the description.

#: use modes, in the words of ``docs/templates.md``
USE_MODES = ("worn", "eaten", "displayed", "made_with", "tool", "played", "read", "service", "app")

def _w(words: str, verb: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), verb)


#: head nouns (lemmas) by mode, each with the verb a post can say of it ("" = the mode's own)
_NOUNS: dict[str, dict[str, str]] = {
    "worn": _w(
        "shirt tee t-shirt top blouse dress skirt trouser pant jean short legging jacket coat "
        "parka jumper sweater cardigan hoodie sweatshirt knitwear sock slipper shoe boot sandal "
        "sneaker trainer clog loafer hat cap beanie beret scarf shawl poncho glove mitten "
        "jewellery jewelry necklace earring ring bracelet bangle pendant brooch anklet watch "
        "sunglass eyeglass swimwear swimsuit bikini lingerie bra underwear pyjama pajama robe "
        "kimono vest gilet waistcoat tie belt apparel clothing clothes garment outfit uniform "
        "costume activewear sportswear hijab sari romper onesie bodysuit perfume fragrance "
        "cufflink hairclip scrunchie headband badge", ""),
    "eaten": {
        **_w("tea coffee espresso matcha chai", "brew"),
        **_w("wine beer ale lager cider gin vodka whisky whiskey rum spirit juice "
                        "kombucha smoothie soda lemonade cocktail liqueur mead sake milk", "drink"),
        **_w("syrup honey jam marmalade sauce chutney pickle relish dressing "
                        "ketchup mustard pesto", "pour"),
        **_w("bread loaf sourdough cake pastry croissant cookie biscuit brownie "
                        "dumpling pie pizza cheese chocolate truffle fudge candy sweet treat "
                        "snack granola cereal meal dinner lunch breakfast food bagel bun "
                        "doughnut donut macaron tart taco burrito sandwich empanada concha "
                        "oreja samosa pierogi noodle ramen soup curry nut jerky cracker "
                        "preserve kimchi sauerkraut ferment", "eat"),
    },
    "displayed": {
        **_w("print poster painting artwork canvas photograph mirror wallpaper "
                        "tapestry ornament garland wreath clock suncatcher dreamcatcher "
                        "windchime chime mobile", "hang"),
        **_w("tile sign signage plaque mural nameplate numeral", "put up"),
        **_w("sculpture figurine vase statue art decor decoration", "display"),
    },
    "made_with": {
        **_w("pattern kit yarn wool thread fabric bead ingredient "
                        "chart", "make"),
        **_w("spice masala flour seasoning rub marinade stock", "cook with"),
    },
    "played": _w(
        "game boardgame puzzle jigsaw toy doll playset instrument guitar ukulele piano drum "
        "crossword cryptic deck", "play"),
    "read": {
        **_w("book ebook e-book novel zine magazine comic cookbook guide "
                        "guidebook newsletter journal", "read"),
        **_w("course class lesson masterclass workshop tutorial programme program "
                        "bootcamp academy", "take"),
        **_w("audiobook podcast album record vinyl", "listen to"),
        **_w("film video documentary", "watch"),
    },
    "tool": {
        **_w("candle", "light"),
        **_w("soap shampoo", "wash with"),
        **_w("sunscreen sunblock cream lotion balm serum moisturiser moisturizer "
                        "oil salve", "put on"),
        **_w("bedsheet sheet pillow pillowcase mattress", "sleep on"),
        **_w("duvet blanket throw quilt", "sleep under"),
        **_w("bag wallet purse backpack tote holder case pouch bowl board plate "
                        "mug cup knife pan pot kettle camera keyboard lamp towel cloth tenugui "
                        "coaster tent hammock bike bicycle tool gadget device speaker "
                        "headphone charger cover pen pencil notebook planner brush comb "
                        "razor umbrella basket jar bottle tray chair stool table rug cushion "
                        "glassware teapot grinder scale strap leash collar harness fob "
                        "keyring sharpener whisk spoon utensil cookware wrap container lid straw "
                        "sponge brush bin hanger organiser organizer storage", "use"),
    },
}
#: words that say how something is put together, not what it is: the word before decides
#: ("spice blends" are spices, "tea box" is tea)
_CONTAINERS = frozenset("blend box set pack bundle collection range subscription club selection "
                        "hamper sampler batch line tin refill edition series bouquet".split())
#: words that say what the goods are for, past which the words before them are what they
#: are made of: "oat milk bath salts" go in the bath, never drunk (session 40)
_FOR_WORDS = frozenset("bath".split())
#: crafts that say what a pattern, kit or yarn is made into ("sewing patterns" are sewn)
_CRAFTS = {"sew": "sew", "sewing": "sew", "knit": "knit", "knitting": "knit",
           "crochet": "crochet", "quilt": "quilt", "quilting": "quilt",
           "embroidery": "stitch", "cross-stitch": "stitch", "stitch": "stitch",
           "weave": "weave", "weaving": "weave", "bake": "bake", "baking": "bake",
           "cook": "cook", "cooking": "cook", "meal": "cook", "recipe": "cook",
           "paint": "paint", "painting": "paint", "candle-making": "make", "sock": "knit"}
_INDEX = {lemma: (mode, verb) for mode, words in _NOUNS.items() for lemma, verb in words.items()}
#: the mode's own verb when its noun gives none, and a mode's noun for what the buyer has at
#: the end ("your make", "your spot") or does ("a wear")
_MODE_VERB = {"worn": "wear", "eaten": "eat", "displayed": "hang", "made_with": "make",
              "tool": "use", "played": "play", "read": "read", "service": "book", "app": "use"}
_MODE_SCENE = {"worn": "worn on an ordinary day", "eaten": "on a real table, ready to eat",
               "displayed": "in place in a real home",
               "made_with": "on a real work table, with what was made from it",
               "tool": "in everyday use at home", "played": "being played at a real table",
               "read": "open at a real table", "service": "", "app": "on a real screen"}
#: made-with goods a thing is made from (the rest, made with: "knitted with our yarn")
_MADE_FROM = frozenset({"pattern", "chart", "kit", "template"})

#: verb forms: -ing and past participle, for the verbs above ("put up" -> "putting up", "put up")
_IRREGULAR = {"wear": ("wearing", "worn"), "hang": ("hanging", "hung"), "sew": ("sewing", "sewn"),
              "drink": ("drinking", "drunk"), "eat": ("eating", "eaten"), "put": ("putting", "put"),
              "make": ("making", "made"), "take": ("taking", "taken"), "read": ("reading", "read"),
              "light": ("lighting", "lit"), "knit": ("knitting", "knitted"),
              "sleep": ("sleeping", "slept"), "weave": ("weaving", "woven"),
              "book": ("booking", "booked"), "use": ("using", "used"), "bake": ("baking", "baked"),
              "cook": ("cooking", "cooked"), "pour": ("pouring", "poured"),
              "brew": ("brewing", "brewed"), "play": ("playing", "played"),
              "wash": ("washing", "washed"), "quilt": ("quilting", "quilted"),
              "stitch": ("stitching", "stitched"), "paint": ("painting", "painted"),
              "crochet": ("crocheting", "crocheted"), "listen": ("listening", "listened"),
              "watch": ("watching", "watched"), "display": ("displaying", "displayed"),
              "join": ("joining", "joined")}


def _forms(verb: str) -> tuple[str, str]:
    """("put up" -> "putting up", "put up"): the -ing form and past participle of a verb
    phrase, by its first word."""
    head, _, rest = verb.partition(" ")
    ing, done = _IRREGULAR.get(head, (head + "ing", head + "ed"))
    tail = f" {rest}" if rest else ""
    return ing + tail, done + tail


@functools.lru_cache(maxsize=1)
def _lemma_table() -> dict:
    """spaCy's English lookup lemmas, as shipped with the planner's pipeline (read from its
    exported rules, without loading spaCy); empty if they cannot be read."""
    try:
        from planner.stage.compiled.spacy_rules import load_rules

        return dict(load_rules()["lemma_lookup"])
    except Exception:  # noqa: BLE001 (a missing table only makes plurals miss)
        return {}


def lemmas(text: str) -> list[str]:
    """The words of ``text`` as spaCy lemmas, lower-case ("Tiles" -> "tile", "sewn" -> "sew")."""
    table = _lemma_table()
    out = []
    for word in re.findall(r"[a-z]+(?:-[a-z]+)*", (text or "").lower()):
        lem = rules_lemma(word, table)
        # the lookup table's few nouns read as verbs ("number" -> "numb") are kept as written
        if lem == word and word.endswith("s") and word[:-1] in _INDEX:
            lem = word[:-1]  # a plural the lookup table does not know ("suncatchers")
        out.append(word if word in _INDEX or lem in _NOUN_FIXES else lem)
    return out


#: lookup lemmas that are wrong for a product line
_NOUN_FIXES = frozenset({"numb"})
#: where the product line's own noun phrase ends ("patterns for kids clothes": not clothes)
_PHRASE_END = re.compile(r"(?i)\s(?:for|with|by|from|in|at|to|of|on|made|that|which|who)\s|[,:;(/–—]|\s-\s")


@dataclass(frozen=True)
class Use:
    """How the goods are used: the mode, and the verb a post can say ("wear", "put up")."""

    mode: str = ""
    verb: str = ""
    #: made-with goods: "from" (a pattern, a kit) or "with" (yarn, spices)
    prep: str = ""

    @property
    def ing(self) -> str:
        return _forms(self.verb)[0] if self.verb else ""

    @property
    def done(self) -> str:
        return _forms(self.verb)[1] if self.verb else ""

    @property
    def made(self) -> str:
        """The participle with its preposition: "sewn from", "knitted with", "worn"."""
        if not self.prep or self.verb.endswith(" " + self.prep):
            return self.done
        return f"{self.done} {self.prep}"

    @property
    def scene(self) -> str:
        """Where a picture shows the goods: "worn on an ordinary day", "in place…"."""
        return _MODE_SCENE.get(self.mode, "")


def _craft(words: list[str]) -> str:
    return next((_CRAFTS[w] for w in words if w in _CRAFTS), "")


def _read_goods(text: str) -> Use:
    """The mode of the first thing named in ``text``, read from its head noun leftwards
    (a container word, "blend", "box", hands over to the word before it)."""
    head = _PHRASE_END.split(" " + (text or "") + " ")[0]
    words = lemmas(head)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _CONTAINERS:
            continue
        if w in _FOR_WORDS:
            return Use()
        if w in _INDEX:
            mode, verb = _INDEX[w]
            if mode == "made_with":
                # "yarn" and "pattern" name a craft; "sock yarn" is knitted, not worn
                if verb == "make":
                    verb = _craft(lemmas(text)) or verb
                return Use(mode, verb, "from" if w in _MADE_FROM else "with")
            return Use(mode, verb or _MODE_VERB[mode])
    return Use()


#: the apps food is ordered through for delivery
FOOD_APPS = {"uber eats", "ubereats", "deliveroo", "just eat", "rappi", "ifood", "swiggy",
             "zomato", "grabfood", "foodpanda", "glovo", "doordash", "wolt", "bolt food",
             "menulog", "talabat", "gofood"}


def food_ordered(brief: Brief) -> bool:
    """Goods sold through a food delivery app (Glovo, Uber Eats): a meal, ordered."""
    return brief.kind == "product" and any(s.strip().lower() in FOOD_APPS for s in brief.sells_on)


def use_of(brief: Brief) -> Use:
    """How the brief's goods are used: ``Use("worn", "wear")`` for slippers, ``Use("displayed",
    "put up")`` for house number tiles, ``Use("made_with", "sew")`` for sewing patterns,
    ``Use("service", "book")`` for a salon; ``Use()`` when the brief does not say."""
    food = food_ordered(brief)
    return _use_of(brief.kind, brief.product, brief.description, brief.facts.action,
                   digital_is(brief), food)


@functools.lru_cache(maxsize=64)
def _use_of(kind: str, product: str, description: str, action: str, digital: str,
            food: bool = False) -> Use:
    if kind == "service":
        return Use("service", action or "book")
    if food:
        # (sold through a delivery app: a meal, whatever its name says, "jollof rice bowls"
        # never bowls put in place)
        return Use("eaten", "eat")
    if kind == "digital":
        head = _PHRASE_END.split(" " + product + " ")[0].split()
        # "guitar lessons app", "training platform": the last word says what it is
        if head and _DIGITAL_RE.fullmatch(head[-1]) and _DIGITAL_RE.fullmatch(head[-1]).group("app"):
            digital = "app"
        if digital == "app":
            return Use("app", "use")
        if digital == "course":
            return Use("read", "take")
        if digital == "membership":
            return Use("service", "join")
    if re.search(r"(?i)\b(?:enamel|lapel|hat|pin)\s+(?:pins?|badges?)\b", product):
        return Use("worn", "wear")  # (worn on a jacket, never "in use, sped up": read 39's tuning)
    found = _read_goods(product)
    if not found.mode:
        rest = _PHRASE_END.split(" " + product + " ", maxsplit=1)
        found = _read_goods(rest[1]) if len(rest) > 1 else found
    if not found.mode:
        for sentence in re.split(r"(?<=[.!?])\s+", description or ""):
            found = _read_goods(sentence)
            if found.mode:
                break
    if kind == "digital" and found.mode in ("", "tool"):
        # a template or a preset is opened in software; a printable is printed and used
        return Use("app", "use") if digital == "download" and not found.mode else found
    return found


# --- Gifts: an occasion far enough ahead for the goods to arrive ---------------------------

#: occasions a present is bought for
GIFT_OCCASIONS = ("Christmas", "Valentine's Day", "Mother's Day", "Father's Day")
#: goods made by hand or to order: without a stated time, weeks before they can be a gift
_MADE_TO_ORDER = re.compile(
    r"(?i)\b(?:made[- ]to[- ]order|to order|custom(?:ised|ized|-made)?|bespoke|personali[sz]ed|"
    r"commissions?|engraved|monogrammed|hand[- ]?(?:made|painted|stitched|sewn|turned|thrown|"
    r"dyed|felted|knitted|lettered|carved|woven|poured|built|bound|printed)|made by hand|"
    r"by hand)\b")
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3}
#: a stated time to make or send ("about 3 weeks", "2-3 working days", "within 48 hours")
_LEAD = re.compile(
    r"(?i)\b(\d+|a couple of|a few|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*(?:-|–|to)\s*(\d+|two|three|four|five|six|seven|eight|nine|ten))?\s*"
    r"(?:working |business )?(hours?|days?|weeks?)\b")
#: words that make a time in a sentence a time to make or deliver, not to cure or ferment
_LEAD_WORDS = re.compile(
    r"(?i)\b(?:order|custom|made to|turnaround|lead time|dispatch|ship|post|deliver|arriv|"
    r"ready|send|sent|make|takes?|courier|tracked)")
#: days in the post when goods are sent and the brief gives no time of its own
POST_DAYS = 7
#: days to make goods made by hand or to order when the brief gives no time
MAKE_DAYS = 21
#: how long before an occasion a gift post still reads as early enough, beyond the lead
GIFT_WINDOW = 35
#: ... but never earlier than this many days before it, or than a week past the lead: a
#: present pitched a month ahead reads as the wrong season (blind read 25: "For your
#: Valentine's Day list" on 13 January, the day outside the calendar)
GIFT_DAYS = 14


def _days(count: str, unit: str) -> int:
    n = int(count) if count.isdigit() else _NUMBER.get(count.lower(), 1)
    unit = unit.lower()
    return max(1, n // 24) if unit.startswith("hour") else n * 7 if unit.startswith("week") else n


def stated_lead_days(brief: Brief) -> int | None:
    """The longest time the brief states to make or send an order ("about 3 weeks" -> 21),
    or None when it states none. A time in a sentence about curing or fermenting is not one."""
    texts = [brief.description, str(brief.free_shipping or "")]
    texts += [f.answer for f in brief.facts.faqs] + list(brief.facts.differentiators)
    found = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text or ""):
            if not _LEAD_WORDS.search(sentence):
                continue
            for m in _LEAD.finditer(sentence):
                found.append(_days(m.group(2) or m.group(1), m.group(3)))
    return max(found) if found else None


def made_to_order(brief: Brief) -> bool:
    """Whether the goods are made by hand or to order ("hand painted", "custom", "bespoke")."""
    return bool(_MADE_TO_ORDER.search(f"{brief.product} {brief.description}"))


def gift_lead_days(brief: Brief, sent: bool = True) -> int:
    """How many days before an occasion a gift post must go out for the goods to arrive: the
    time the brief states; else three weeks for goods made by hand or to order; else a week
    in the post (two days for goods handed over in person)."""
    stated = stated_lead_days(brief)
    if stated is not None:
        return stated + (3 if sent else 0)
    if made_to_order(brief):
        return MAKE_DAYS
    return POST_DAYS if sent else 2


def gift_occasion(brief: Brief, day: dt.date) -> str:
    """The gift occasion (``GIFT_OCCASIONS``) a post on ``day`` can name: one at least the
    goods' lead time ahead (:func:`gift_lead_days`) and at most ``GIFT_WINDOW`` days more;
    empty when there is none, and then no post pitches the goods as a present."""
    if brief.kind != "product" or brief.facts.b2b:
        return ""  # (a business buys for itself: no present for a B2B brief, read 26)
    lead = gift_lead_days(brief, ships(brief))
    first = day + dt.timedelta(days=lead)
    last = day + dt.timedelta(days=min(lead + GIFT_WINDOW, max(GIFT_DAYS, lead + 7)))
    if any(name in GIFT_OCCASIONS for name in
           moments_between(day, first - dt.timedelta(days=1), brief.country).values()):
        # the post's own days lead up to another gift moment, too near for the goods: naming a
        # later one then reads against the date ("this Valentine's Day" on 24 December, read 23)
        return ""
    return next((name for when, name in moments_between(first, last, brief.country).items()
                 if name in GIFT_OCCASIONS and _gift_for(brief, name)), "")


#: a brief that speaks of its goods as presents itself
_GIFT_WORDS = re.compile(r"(?i)\b(?:gifts?|gifting|presents?|stocking fillers?|valentine'?s?|"
                         r"birthdays?|anniversar(?:y|ies)|wedding|housewarming)\b")


def _gift_for(brief: Brief, occasion: str) -> bool:
    """Whether the goods make a present for ``occasion``: any occasion where the brief speaks
    of presents itself; Valentine's Day, a present for a partner, never for goods made for a
    vehicle or a machine (read 29: "Valentine's Day gift idea: a €189 cargo-bike rain tent"),
    a small child or a pet."""
    facts = brief.facts
    said = " ".join([brief.product, brief.description or "", brief.audience or "",
                     *facts.problems, *facts.pillars, *(f.question for f in facts.faqs),
                     *(f.answer for f in facts.faqs)])
    if _GIFT_WORDS.search(said):
        return True
    if occasion == "Valentine's Day":
        goods = f"{brief.product} {brief.description or ''}"
        # (nor goods made for a small child or a pet: blind read 32, "For your Valentine's
        # Day list: the climbing triangles" for toddlers)
        return not _FOR_A_MACHINE.search(goods) and not _FOR_A_CHILD.search(goods)
    return True


#: goods made for a small child or a pet, not for a partner ("climbing frames for toddlers")
_FOR_A_CHILD = re.compile(r"(?i)\b(?:toddlers?|babies|baby's|infants?|newborns?|preschoolers?|"
                          r"little ones|kids'?|children'?s?|nursery|puppy|puppies|kittens?|"
                          r"(?:for|your)\s+(?:dogs?|cats?|pets?|baby))\b")


#: goods for a vehicle or a machine, not for a person ("rain tents for cargo bikes")
_FOR_A_MACHINE = re.compile(r"(?i)\bfor\s+(?:(?:the|your|a|an|two-wheel|electric|cargo)\s+)*"
                            r"(?:bikes?|bicycles?|bakfiets|cars?|vans?|trucks?|boats?|motorbikes?|"
                            r"scooters?|trailers?|caravans?|tractors?|machines?|engines?|printers?)\b")


#: the use modes each use need is met by (``needs`` in a template's meta)
USE_NEEDS = {
    # the goods' use is known: a post can say what people do with them
    "use_mode": frozenset(USE_MODES) - {"service", "app"},
    # goods lived with day to day, which a camera can show on an ordinary day: worn, eaten,
    # a tool, played with, or in place on a wall (not the buyer's own make, not a service)
    "in_use": frozenset({"worn", "eaten", "tool", "played", "displayed"}),
    # goods kept at home (a challenge to show "where yours lives"): not eaten
    "kept": frozenset({"worn", "tool", "played", "displayed", "read", "made_with"}),
    # a start that can be timed: an app set up, a course started (not a pattern printed)
    "setup": frozenset({"app", "course"}),
    # goods each buyer uses their own way ("How do you wear yours?"): not what is put on the
    # skin or washed with, which is used one way (blind read 37: "How do you use yours?" of a
    # deodorant balm)
    "own_way": frozenset(USE_MODES) - {"service", "app"},
}
#: a tool's verbs that leave no way of one's own to show
_ONE_WAY = frozenset({"put on", "wash with"})


def use_need_met(need: str, brief: Brief) -> bool:
    """Whether the brief's goods meet one of the use needs (:data:`USE_NEEDS`)."""
    use = use_of(brief)
    mode = "course" if use.mode == "read" and use.verb == "take" else use.mode
    if need == "own_way" and use.verb in _ONE_WAY:
        return False
    return mode in USE_NEEDS[need]


# --- What an offer is on -------------------------------------------------------------------

#: a discount that says what it takes money off ("15% off window lettering", "R50 off the
#: full-year pass"): never "… on our <product>" after it; "15% off all adult pairs" and a
#: bare "15% off" name no goods of their own
_OFF_A_THING = re.compile(r"(?i)\boff\s+(?!all\b|orders?\b|everything\b|anything\b)"
                          r"(?:(?:the|your|a|an|any|every|each|one|our)\s+)?[a-z][\w'’-]*")


def names_goods(discount: str) -> bool:
    """Whether the discount names the thing it is off ("15% off window lettering", "R50 off
    the full-year pass"): its posts then never paste the product line after it."""
    return bool(_OFF_A_THING.search(discount or ""))
