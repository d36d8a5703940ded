"""What is sold, said with a selling verb: "we sell soy candles", "Products - dog harnesses",
"our range includes…", "a company that automates invoice reconciliation"; and how a
product phrase is cut from what follows it (:func:`take_product`).

These are the surest readings; the looser ones (roles, kinds of business, a message that
opens with the product) are in :mod:`.business` and are used only when these found nothing.
"""

from __future__ import annotations

import re

from planner.brief.fields.about import AUDIENCE_CUT, EVENT_OF, PEOPLE, infer_kind
from planner.brief.fields.sentence import FILLER_SERVICE, SENTENCE_WORDS
from planner.brief.noise import channel_talk
from planner.brief.reading import BriefReader
from planner.brief.segments import (
    CUT_COMMON,
    MAX_PHRASE,
    MAX_TRIES,
    TRAIL_WORD,
    UPPER,
    Segment,
    clean_phrase,
    clip,
    strip_end,
)
from planner.brief.vocabulary import (
    AUDIENCE_STOP,
    DEMONYMS,
    PRODUCT_STOP,
)

_SUBJECT = (r"(?:we|i|they|she|he)(?:'re|'m|'ve\s+been|\s+are|\s+am|\s+r|\s+have\s+been|'ve|\s+have|"
            r"\s+(?:also\s+)?(?:hand\s+)?make\s+(?:n|and|&)|\s+make\s+(?:n|and|&))?\s+")
_PRODUCT_TRIGGER = re.compile(
    rf"(?i:(?<![-\w])(?:{_SUBJECT}"
    r"(?:(?:also|mainly|mostly|only|just|currently|now|basically|primarily|actually)\s+)*"
    r"(?:hand[- ]?(?=[a-z]))?(?:sell|sel|selling|make|making|hand[- ]?make|hand[- ]?making|create|creating|craft|crafting|"
    r"produce|producing|design|designing|bake|baking|brew|brewing|roast|roasting|grow|growing|"
    r"knit|knitting|sew|sewing|print|printing|pour|pouring|offer|offering|stock|stocking|"
    r"carry|manufacture|manufacturing|import|importing|run|running|own|operate|operating|"
    r"teach|teaching|speciali[sz]e\s+in|speciali[sz]ing\s+in|paint|painting|weave|weaving|"
    r"upcycle|upcycling|hire\s+out|rent\s+out|resell|reselling|write|writing|deal\s+in|"
    r"supply|supplying|arrange|illustrate|draw|carve|carving|restore|restoring|refurbish|"
    r"refurbishing|distil|distill|bottle|blend|blending|dye|dyeing|forge|focus\s+on|"
    r"publish|publishing|record|recording|build|building|develop|developing|breed|breeding|"
    r"cook|cooking|tailor|tailoring|engrave|engraving|assemble|curate|curating|smoke|cure|"
    r"ferment|fermenting|pickle|pickling|preserve|churn|press|mill|forage|foraging|"
    r"all\s+about|got|launch|launching|install|installing|host|hosting|"
    r"repair|repairing|fix|fixing|service|servicing|maintain|maintaining|upholster|reupholster|"
    r"start(?:ing|ed)?(?=\s+(?:a|an|my|our)\s+(?!(?:[\w-]+\s+){0,3}(?:business|company|shop|store|"
    r"brand|studio|agency|side\s+hustle|venture|label)\b)))\b"
    r"(?:\s+(?:and|&|n)\s+(?:repair|fix|service|sell|make|rent|restore|design|install|deliver|"
    r"decorate|ship|customi[sz]e|personali[sz]e|print|paint|pack|package|roast|grind|serve|"
    r"distribute|import|frame|finish|build|knit|sew|bake|hand[- ]?make)\b)?"
    r"|(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bwho\s)"
    r"(?:sell|sells|selling|makes|creates|crafts|produces|designs|bakes|brews|roasts|stocks|pours|knits|sews|"
    r"weaves|carves|dyes|grows|delivers|"
    r"making|creating|crafting|producing|offering|providing|builds|develops|provides|"
    r"teaches)\b"
    r"|(?:(?:our|my|the)\s+(?:main\s+)?|^\s*)products?\s+(?:is|are)\b"
    # ("the main thing is freelancers missing deductions": what matters, never the product)
    r"|(?:(?:our|my)\s+(?:main\s+)?|^\s*)thing\s+(?:is|are)\b"
    r"|(?:our|my)\s+(?:best[- ]?sellers?|best[- ]selling\s+\w+|signature\s+\w+|speciality|specialty|"
    r"core\s+products?|(?:flagship|main|core)\s+(?:service|product|offering)s?)\s+(?:is|are)\b"  # "our bestsellers are…"
    r"|\b(?:do|does)\s+(?:just\s+)?one\s+thing\s*:"  # "six engineers who do one thing: managed IT support"
    r"|\bwe\s+(?:also\s+)?ship(?=\s+(?!(?:to|in|within|from|out|worldwide|nationwide|internationally|globally|"
    r"free|fast|daily|everywhere|overseas|abroad|across|all|orders?|same|next|each|every|via|by|with|for|"
    r"only|it|them|uk|us|eu)\b)[a-z])"
    r"|\bspeciali[sz](?:e|es|ing)\s+in\b"
    r"|what\s+(?:we|i)\s+(?:sell|make|offer|do)\s*(?:is|are|:)"
    r"|(?:our|my)\s+(?:range|collection|line)\s+(?:includes|has|offers|stocks|is|are)\b"
    r"|(?:our|my)\s+(?:shop|store)\s+(?:includes|has|offers|stocks)\b"
    r"|\b(?:company|business|shop|brand|store)\s+of\b"
    r"|\b(?:company|business|shop|brand|store|team|studio|family|collective|duo|couple|startup|"
    r"start-up|co-?op|cooperative|farm|bakery)\s+(?:that|who|which)\s+(?:sells|makes|creates|"
    r"designs|produces|bakes|brews|roasts|grows|builds)\b"
    r"|\b(?:company|business|startup|start-up|app|platform|tool|software|product|service)\s+"
    r"(?:\([^)]{1,40}\)\s+)?(?:that|which)\s+(?:automates|simplifies|streamlines|handles|manages|"
    r"tracks|organi[sz]es|speeds\s+up|takes\s+care\s+of)\b"
    r"|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:business|company|shop|studio|brand|school|salon|gym|clinic|farm|"
    r"bakery|cafe|café)\s+(?:does|offers|sells|makes|provides|runs|teaches|hosts)\b"
    # "our cafe serves brunch and coffee": what a place serves
    r"|\b(?:cafe|café|restaurant|bar|pub|bakery|bistro|kitchen|van|truck|stall|deli|tearoom|"
    r"canteen)\s+(?:serves|does|offers|sells|makes)\b"
    r"|\b(?:shop|store|business|boutique)\s+(?:for|selling)\b"
    r"|products?\s*[:=]))")
PRODUCT_CUT = re.compile(
    CUT_COMMON +
    r"|(?<!press)(?<!clip)(?<!slip)(?<!stick)(?<!iron)(?<!sew)(?<!screw)(?<!stick-)\s+(?i:on)\b(?!\s+(?:demand|[a-z][\w-]*\s+(?:baking|cooking|painting|knitting|gardening|"
    r"photography|design|marketing|writing|skincare|parenting|history|science|coding|yoga|"
    r"fitness|nutrition|finance|investing|wellness|health)\b))"
    r"|\s+(?i:for)\b(?!\s+\w+ing\b|\s+(?:cats|dogs|pets|puppies|kittens|horses|ponies|birds|rabbits|"
    r"chickens|hens|parrots|reptiles|fish|ferrets|guinea\s+pigs|hamsters)\b)"
    r"|\s+(?i:from)\b(?!\s+(?!(?:our|my|the|a|an|home|here|there|scratch|around|all|across|"
    r"local|\d)\b)[a-z])"  # "jewellery from sea glass" keeps its material; "from home" is cut
    r"|\s+(?i:(?:made\s+)?out\s+of)\b"  # "lessons out of my home studio"
    # where and when it is done, how it was made, examples: "dog walking around hackney",
    # "sourdough every morning", "coffee beans roasted weekly", "cat furniture like posts"
    r"|\s+(?i:around|across|throughout|all\s+over|near|nationwide|worldwide|like|such\s+as|"
    r"(?-i:(?:covering|serving)(?=\s+(?:[A-Z]|the\b|all\b|most\b|customers\b|clients\b|local\b)))|"
    r"including|e\.g\.?)\b"
    r"|\s+(?i:the\s+(?:[\w-]+\s+){0,2}?way|in\s+the\s+(?:[\w-]+\s+){0,2}?way)\b"  # "… the traditional way"
    r"|\s+(?i:how\s+to)\b"  # "… how to knit": what is taught, said after
    # "crochet plushies mostly frogs", "craft cider direct from the farm", "… selling on etsy"
    r"|(?<=\w)\s+(?i:mostly|mainly|usually|especially|esp|selling|direct(?:ly)?(?=\s+(?:to|from)\b))\b"
    # "wood stoves and install them": what is done to the goods follows them
    r"|\s+(?i:and\s+(?:also\s+)?(?:install|fit|rent|repair|deliver|service|hire|maintain|restore|customi[sz]e|"
    r"sharpen|clean|personali[sz]e|engrave|refurbish|upcycle)s?(?:\s+out)?\s+(?:them|it|those|these))\b"
    # what it does for whom, said after it: "a freight brokerage connecting shippers with
    # carriers", "a 12-week course teaching florists to price"
    r"|(?<=\w)\s+(?i:connecting|helping|teaching|giving|letting|allowing|enabling|bringing|turning|"
    r"supporting|empowering|matching|linking|guiding|showing)\s+(?=[a-z])"
    r"|\s+(?i:this|next|last)\s+(?i:week|weekend|month|year|season|spring|summer|autumn|fall|"
    r"winter|christmas)\b"
    r"|\s+(?i:every|each)\s+(?i:morning|evening|day|night|week|weekend|month|year|season|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?<=\w)\s+(?i:roasted|baked|brewed|crafted|printed|packed|sourced|grown|picked|dyed|poured|"
    r"knitted|sewn|stitched|woven|carved|made|designed|inspired|named|created|produced|fermented|smoked|"
    r"cured|aged|infused|pickled|distilled|forged|"
    r"hand[- ]?\w+ed)(?=\s+(?i:in|on|at|by|with|from|weekly|daily|fresh|freshly|locally|to|every|"
    r"each|here|ourselves|myself|for|after)\b|\s*$)"
    r"|\s+(?i:with)\s+(?=(?i:a|an)\s)"  # "refurbished iphones with a 12 month warranty"
    r"|\s+(?i:as)\b(?!\s+(?:well|seen)\b)"  # "sewing patterns as PDFs"
    r"|\s+(?i:at|through|thru|via|to|using|under|called|named|which|that|who|but|we|i|you|they|"
    r"because|since|so|while|where|when|if|by(?!\s+numbers?\b)|online(?!\s+(?:[a-z][\w-]*\s+){0,2}(?:courses?|classes|lessons|coaching|workshops|"
    r"programmes?|programs?|sessions|consultations?|training|therapy|tutoring|yoga|fitness|"
    r"piano|guitar|language|cooking|art|music|math|maths|english|spanish|counsell?ing|counseling|"
    r"mentoring|consulting|advice|support|teaching|pilates|meditation|physio(?:therapy)?|"
    r"nutrition|bookkeeping|assistance|appointments|psychotherapy|hypnotherapy|life\s+coaching))|"
    r"exclusively|only|until|till|is|are|was|not|"
    r"starting|next|lol|haha|delivered|(?:hand-?)?made\s+(?:with|by|in|from)|shipped|sold|available|and\s+post(?:s|ing|ed)?\b|and\s+sell\w*|n\s+sell\w*|"
    r"and\s+(?:also\s+)?(?:take|takes|taking|do|does|run|runs|offer|offers|teach|teaches|ship|ships))\b"
    r"|\s+(?i:with)\s+(?=(?i:free|a\s+code|code|coupon|\d|[$£€]))"
    r"|\s+(?i:in)\b(?!-)"
    r"|:(?!\d)")  # "1:1 career coaching" keeps its ratio
LIST_CUT = re.compile(PRODUCT_CUT.pattern.replace("[,;", "[;", 1))
#: a business, then what it does: "etsy shop selling svg cut files" → "svg cut files"
BUSINESS_DOING = re.compile(
    r"(?i:^(?:[\w'-]+\s+){0,3}?(?:shop|store|business|agency|company|studio|firm|brand|startup|start-up|"
    r"team|stall|van|truck|practice|consultancy|collective)\s+(?:that\s+|which\s+|who\s+)?"
    r"(?:selling|sells|doing|does|offering|offers|making|makes|providing|provides|specialising\s+in|"
    r"specializing\s+in)\s+)(?=[a-z])")
#: what a business is, not what it sells: "a small bakery", "a cleaning company" → "cleaning"
_BUSINESS_NOUN = re.compile(r"(?i:\s+(?:agency|studio|clinic|company|firm|practice|salon|business|"
                            r"consultancy|parlou?r|shop|store|bakery|cafe|café|farm|team|brand|"
                            r"label|vineyard|orchard|winery|brewery|distillery|roastery|dairy|creamery|"
                            r"smokehouse|bakehouse|mill)$)")
#: words that describe goods and never name them ("handmade, eco-friendly candles")
_ADJECTIVE = re.compile(r"(?i:(?:hand|home|locally|ethically|sustainably|lovingly)[- ]?\w+|\w+-(?:made|"
                        r"friendly|free|based|poured|dyed|painted|crafted)|organic|vegan|natural|"
                        r"sustainable|ethical|affordable|luxury|luxurious|custom|bespoke|personali[sz]ed|"
                        r"vintage|small-batch|artisan|premium|recycled|upcycled|unique|beautiful|cosy|cozy)")
#: a business on wheels or in a stall: "a coffee cart - espresso and pastries"
_VEHICLE = re.compile(r"(?i:\s(?:cart|van|truck|trailer|stall|kiosk|stand|booth|bus|boat)$)")
#: businesses that are a place, whose goods may be said next ("a bakery … sourdough")
PLACE_TRADES = {"bakery", "cafe", "café", "restaurant", "deli", "brewery", "roastery", "winery",
                 "distillery", "farm", "florist", "boutique", "pub", "bistro"}
#: what a shop sells that takes no plural ("a coffee shop" sells coffee)
MASS_NOUNS = {"coffee", "tea", "jewellery", "jewelry", "soap", "honey", "bread", "furniture",
               "clothing", "art", "pottery", "wine", "beer", "chocolate", "skincare", "fashion",
               "food", "cheese", "knitwear", "stationery", "homeware", "glassware", "vintage", "gin",
               "fudge", "cake", "yarn", "fabric", "lingerie", "swimwear", "footwear", "denim",
               "wool", "linen", "silk", "leather", "paper", "glass", "candy", "fruit", "meat",
               "fish", "produce"}
#: what a brand is about rather than what it sells ("a beauty brand", "a pet shop")
CATEGORY_NOUNS = {"beauty", "wellness", "lifestyle", "haircare", "pet", "baby", "outdoor", "fitness",
                  "kitchen", "garden", "craft", "hobby", "wedding", "party", "bath", "body",
                  "health", "self-care", "selfcare", "eco", "kids", "sports", "travel"}
SMALL = {"small", "little", "local", "family", "independent", "tiny", "new", "one-man", "one-woman",
          "two-person", "family-run", "family run", "boutique", "own"}


_LABELLED = re.compile(
    r"(?im:(?:^|(?<=[.!?\n]))\s*(?:-\s*)?(?P<label>products?|what\s+(?:we|i)\s+(?:sell|offer|do)|what(?=\s*:)|"
    r"(?:we\s+|i\s+)?sell(?:s|ing)?|(?P<service>services?|(?:we\s+|i\s+)?offer(?:s|ing)?))"
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
        if take_product(reader, segment, offset, strong=True):
            reader.claim(m.start("label"), m.end())
            if m.group("service") and m.group("service").lower().startswith("service"):
                reader.add(m.start("label"), "kind", "service")  # "Service: guided kayak trips"
            return


def stop_words(phrase: str) -> set[str]:
    """The words a product phrase may not start with: "sales" is filler ("make more sales")
    unless it names the service ("sales training")."""
    m = FILLER_SERVICE.match(phrase)
    if re.match(r"(?i:\s*(?:(?:a|an|the|our|my)\s+)?free[- ](?:range|from|standing)\b)", phrase):
        return PRODUCT_STOP - {"free"}  # "free range eggs", "free-from brownies"
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
                rf"\s+(?:[{UPPER}0-9][\w'.-]*\s*(?:(?:&|by|of|the|and)\s+)?){{1,5}}(?:[,.!]|$|\s-\s|(?:in|from|based|at|on)\b)",
                segment.text[m.end():]):
            continue  # "I run Tandem Press, a letterpress studio": a name, read as the brand
        if re.search(r"(?i:teach(?:es|ing)?)$", m.group()) and _taught_to(reader, segment, m.end()):
            return  # "we teach kids to code": coding lessons, for kids
        place = reader.place_product
        if take_product(reader, segment, m.end(), strong=True):
            if reader.place_product is not place and reader.place_product is reader.findings[-1] \
                    and _later_product(reader, segment, m.end()):
                continue  # "we own a small vineyard and sell our wine": the wine, not the place
            if re.search(r"(?i:\b(?:saas|software|app|platform|(?:fin|ed|health|prop|reg)?tech|ai)\b)",
                         segment.text[:m.end()]) \
                    and re.search(r"(?i:that|which)", m.group()):
                reader.add(segment.start + m.start(), "kind", "digital")  # "a SaaS company that…"
            if re.search(r"(?i:\bteach(?:es|ing)?$)", m.group()):
                _lessons(reader)
            if re.search(r"(?i:\b(?:hire|rent)\s+out|teach|teaching|install|installing|host|hosting|"
                         r"repair|repairing|fix|fixing|servic\w+|maintain\w*|\w*upholster\w*)\b",
                         m.group()) and not re.search(r"(?i:\b(?:sell|make)\b)", m.group()):
                reader.add(segment.start + m.start(), "kind", "service")
            return


#: a correction of what is sold ("no, we do X", "actually we do X"): the product is replaced
_CORRECTING = re.compile(r"(?i:\b(?:actually|no|not|instead|wait|correction|sorry|rather|i\s+meant|"
                         r"we\s+meant|changed|now)\b)")


def what_else_we_do(reader: BriefReader, segment: Segment, m: re.Match[str]) -> bool:
    """"we do keto, high protein and vegetarian" once the product is known: the kinds of it
    there are, a line of the description, never the product (chat test 37: a meal prep
    service's product became "keto, high protein and vegetarian", its posts "Have you booked
    keto, high protein and vegetarian before?"). A correction ("actually we do …") and an
    addition ("we also do …") are read as before."""
    if not reader.brief.product or not re.search(r"(?i:\bdo\s*$)", m.group().rstrip()) \
            or re.search(r"(?i:\b(?:also|too|as\s+well)\b)", segment.text) \
            or _CORRECTING.search(reader.text) or reader.correcting:
        return False
    rest = segment.text[m.end():].strip()
    rest = re.split(r"[.!?;]|\s+(?:but|so|because)\s", rest)[0].strip().rstrip(",")
    # (something done now and then is an event of the business, never what it sells: "i do
    # flash days once a month where small designs are 80€", chat test 37's tattoo artist)
    now_and_then = re.search(r"(?i:\b(?:once|twice)\s+a\s+(?:month|week|year)|every\s+(?:month|week|other|"
                             r"\w+day)|monthly|each\s+month|on\s+\w+days\b|a\s+few\s+times\s+a\s+year)", rest)
    if now_and_then:
        rest = segment.text[m.end():].strip()
        rest = re.split(r"[.!?;]", rest)[0].strip().rstrip(",")
    if not rest or len(rest.split()) > 25 or not now_and_then and (
            len(rest.split()) > 12 or not re.search(r",|\s(?:and|or|&)\s", rest)):
        return False  # (one thing done is what is sold: "we do mobile car valeting")
    start = segment.start + m.start()
    value = segment.text[m.start():m.end()].strip() + " " + rest
    reader.claim(start, start + len(value))
    reader.add(start, "description", clip(value[:1].upper() + value[1:], 300), mode="append")
    return True


#: what is taught said as what is sold: "piano lessons", "pottery classes", "a course"
_TAUGHT_AS = re.compile(r"(?i:\b(?:lessons?|classes?|courses?|workshops?|sessions?|tutoring|tuition|coaching|"
                        r"training|programs?|programmes?|bootcamps?|camps?|clinics?|retreats?|school)\b)")


def _lessons(reader: BriefReader) -> None:
    """"i teach guitar", "we teach pottery to adults": the subject taught is sold as
    lessons ("guitar lessons"); "i teach piano lessons" stays as said."""
    finding = next((f for f in reversed(reader.findings) if f.kind == "product"), None)
    if finding is None or not isinstance(finding.value, str) or _TAUGHT_AS.search(finding.value) \
            or len(finding.value.split()) > 3 or re.search(r"(?i:\b(?:and|&|online|kids|adults|children)\b)",
                                                           finding.value):
        return
    finding.value = f"{finding.value} lessons"


_TAUGHT_TO = re.compile(r"(?i:\s+(?P<who>(?:[\w'-]+,?\s+){0,12}?[\w'-]+)\s+(?:how\s+)?to\s+(?P<v>[a-z]+)\b)")


def _taught_to(reader: BriefReader, segment: Segment, after: int) -> bool:
    """"we teach kids to code" → coding lessons, for kids; "i teach adults how to swim"; "we
    teach babies, toddlers and kids aged 3 to 10 to swim" (a list of who is taught)."""
    m = _TAUGHT_TO.match(segment.text, after)
    if m is None or not PEOPLE.search(m.group("who")):
        return False
    verb = m.group("v").lower()
    if verb.endswith("e") and not verb.endswith("ee"):
        verb = verb[:-1]
    elif len(verb) <= 4 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        verb += verb[-1]  # "swim" → "swimming"
    start = segment.start + m.start("v")
    reader.claim(segment.start + after, segment.start + m.end())
    reader.add(start, "product", f"{verb}ing lessons")
    reader.add(start, "kind", "service")
    reader.add(segment.start + m.start("who"), "audience", m.group("who"), mode="weak")
    return True


def _later_product(reader: BriefReader, segment: Segment, after: int) -> bool:
    """Whether a selling verb later in the clause names the product (then the place read
    first is dropped)."""
    for m in _PRODUCT_TRIGGER.finditer(segment.text, after):
        place = reader.place_product
        before = len(reader.findings)
        if take_product(reader, segment, m.end(), strong=True):
            if reader.place_product is reader.findings[-1]:  # another place: keep the first
                del reader.findings[before:]
                reader.place_product = place
                return False
            reader.findings.remove(place)
            reader.place_product = None
            return True
    return False


#: what a seller does besides selling: a newsletter, a blog, a live, anything done monthly
_SIDE_ACTIVITY = re.compile(r"(?i:^(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?:(?:daily|weekly|fortnightly|monthly|"
                            r"quarterly|yearly|regular)\s+[\w-]+(?:\s+[\w-]+)?|(?:[\w-]+\s+)?(?:newsletters?|blog|"
                            r"podcast|vlogs?|livestreams?|lives|mailing\s+list|email\s+list))$)")


def take_product(reader: BriefReader, segment: Segment, offset: int, strong: bool,
                  suffix: str = "") -> bool:
    """Read the product phrase from ``offset`` in ``segment``; whether one was found."""
    rest = segment.text[offset:offset + MAX_PHRASE]
    things_for = re.match(r"(?i:(\s*)((?:stuff|things|bits|gifts|goodies|treats|products)\s+for\s+[a-z][\w-]*))", rest)
    if things_for:  # "we sell stuff for cats"
        value, lead = things_for.group(2), len(things_for.group(1))
        end = lead + len(value)
    else:
        value, lead, end = _listed(rest) or clean_phrase(rest, PRODUCT_CUT, stop_words(rest), 15, 200)
        more = re.match(r",\s*(?=[a-z])", rest[end:])
        if value and len(value.split()) == 1 and _ADJECTIVE.fullmatch(value) and more:
            # "handmade, eco-friendly candles": adjectives set off by a comma, then the noun
            value2, lead2, end2 = clean_phrase(rest[end + more.end():], PRODUCT_CUT, stop_words(rest), 14, 200)
            if value2 and lead2 == 0:
                value, end = rest[lead:end + more.end() + end2], end + more.end() + end2
    if not value:
        return False
    after = segment.start + offset + end
    appositive = re.match(r",\s+(?:a|an)\s+", reader.text[after:])
    if appositive and all(w[:1].isupper() or w[:1].isdigit() for w in value.split()) \
            and reader.segment_at(after + appositive.end()):
        # "Our main product is TaskNest, a to-do app": the name, then what it is
        later = reader.segment_at(after + appositive.end())
        return take_product(reader, later, after + appositive.end() - later.start, strong, suffix)
    english = reader.foreign and re.match(r"\s+-\s+(?P<e>[a-z][a-z' -]{2,40}?)\s*(?=[,.;!?\n]|\s+-|$)",
                                          reader.text[after:])
    if english and len(english.group("e").split()) <= 4 and reader.segment_at(after + english.start("e")):
        # "ropa de bebé - baby clothes": in a message in another language, the English said beside it
        segment = reader.segment_at(after + english.start("e"))
        offset, lead = 0, after + english.start("e") - segment.start
        value, end = english.group("e"), lead + len(english.group("e"))
        rest = segment.text[:MAX_PHRASE]
    doing = BUSINESS_DOING.match(value)
    if doing:  # "an etsy shop selling svg files", "a two-person agency doing bookkeeping": what it does
        value, lead = value[doing.end():], lead + doing.end()
    channel = re.match(r"(?i:wholesale\s+)(?=[a-z])", value)
    if channel:  # "we sell wholesale coffee beans": how it is sold (a store), then the goods
        value, lead = value[channel.end():], lead + channel.end()
    one = re.search(r"(?i:\s*(?:\+|&|,|\band)\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}one$)", value)
    if one:  # "london dry gin + a rhubarb one": the second is said as a kind of the first
        value = value[:one.start()]
    priced = re.match(r"(?i:(?:fixed|flat|one-off|low)[- ](?:price[d]?|fee|rate|cost)\s+)(?=\S)", value)
    if priced:  # "a fixed-price Shopify audit": how it is priced, not what it is
        value, lead = value[priced.end():], lead + priced.end()
    worn = re.fullmatch(r"(?i:(.+?)\s+(second[- ]?hand|pre-?loved|pre-?owned|used|refurbished|vintage))", value)
    if worn:  # "designer handbags secondhand" → "secondhand designer handbags"
        value = f"{worn.group(2)} {worn.group(1)}"
    included = re.search(r"(?i:(?:,|\s+with)\s+[^,]*?\s+(?:included|thrown(?:\s+in)?)$)", value)
    if included:  # "tea sets, whisks and bowls included": what comes with it is no product
        value = value[:included.start()]
    business = _BUSINESS_NOUN.search(value)
    place = False
    if (business or _VEHICLE.search(value)) and re.match(r"\s*(?:\s-|:)\s*[a-z]",
                                                          reader.text[segment.start + offset + end:]):
        return False  # "a van business - mobile dog grooming": what it sells is said next
    if business:  # "a cleaning company" → "cleaning"; "a small bakery" stays, unless more is said
        what = _strip_small(value[:business.start()].strip())
        if business.group().strip().lower() in ("agency", "company", "firm", "practice",
                                                 "consultancy", "business", "team", "brand",
                                                 "label") \
                or (what and infer_kind(what) == "service"):
            # "a physiotherapy clinic" sells physiotherapy; "a small bakery" stays a place
            if not what:
                return False
            lead += value.find(what)  # where the kept words start
            value = what
            if what.lower() in DEMONYMS:
                return False  # "an Irish company": where it is from, not what it sells
            if business.group().strip().lower() in ("brand", "label", "business", "company") \
                    and len(what.split()) == 1 and infer_kind(what) != "service":
                value = goods_of(what)  # "a small candle brand" sells candles
        else:
            place = True
    material = re.search(r"(?i:\s+from\s+)", value)
    if material and len(value[:material.start()].split()) > 1:
        value = value[:material.start()]  # "ethical jewellery"; a bare "jewellery from sea glass" keeps it
    line = re.search(r"(?i:(?<=\w)\s+(?:product\s+)?(?:line|range))$", value)
    if line:  # "a skincare line", "a new candle range": the goods without the word
        kept = strip_sizes(value[:line.start()].split())
        what = " ".join(kept)
        lead += value.find(what) if what else 0
        value = goods_of(what) if len(kept) == 1 and kept[0].lower() not in CATEGORY_NOUNS else what
    service = _SERVICE_TAIL.search(value)
    if service:  # "wedding vows writing service": the product without the word, the kind service
        value = value[:service.start()]
    named = [e.start for e in reader.entities if e.label in ("PLATFORM", "STORE", "COUNTRY")
             and segment.start + offset + lead < e.start < segment.start + offset + lead + len(value)]
    if named:  # "candles from etsy": a store, platform or country ends the product
        value = strip_end(TRAIL_WORD.sub("", strip_end(value[:named[0] - (segment.start + offset + lead)])))
        if not value or not strip_sizes(value.split()):
            return False  # "a two-person Shopify agency": the size of the business is never sold
    if re.search(r"(?i:\b(?:deals?|sales?|discounts?|offers?|promos?|promotions?|giveaways?|"
                 r"campaigns?)$)", value):
        return False  # "we're running Black Friday deals": a promotion, not what is sold
    if _GROWN.fullmatch(value):
        return False  # "we're building our audience", "growing our brand": what is grown, not sold
    if _KIND_WORDS.fullmatch(value.lower()) or _CONTENT.fullmatch(value) or channel_talk(value) or re.search(
            r"(?i:\b(?:posts?|times|x|\d+\s+[\w-]+)\s+(?:a|per)\s+(?:week|day|month)\b)", value):
        return False
    start = segment.start + offset + lead
    if reader.brief.product and _SIDE_ACTIVITY.search(value) and not re.search(
            r"(?i:\b(?:sell|sells|selling|make|makes|making)\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?$)",
            reader.text[max(0, start - 24):start]):
        return False  # "i do a monthly newsletter", once yarn is known: a side activity, not what is sold
    if reader.text[start + len(value):start + len(value) + 1] == "-" and len(value.split()) == 1:
        return False  # "we run pre- and post-natal classes": a prefix cut off its word
    sized = re.match(r"(?i:(?:small|little|tiny|local|independent|family[- ]run|new)\s+)(?=\S)", value)
    if sized and not place and not re.search(r"(?i:\bbatch\b)", value) and re.search(r"(?i:\b(?:run|own|operate|have|started|opened|opening)\s+(?:a|an)\s+$)",
                           reader.text[max(0, start - 24):start]):
        value, start = value[sized.end():], start + sized.end()  # "I run a small cattery": its size
    if any(e.start == start and e.end >= start + len(value) and e.label in ("PLATFORM", "STORE", "COUNTRY")
           for e in reader.entities):
        return False  # "we sell on amazn, etsey": a store, read through its typo, is never sold
    if reader.is_claimed(start, start + len(value)) or any(
            code.start < start + len(value) and start < code.end for code in reader.codes):
        return False  # "we're running SNOW20 for 20% off": a promo code is never the product
    if value.isupper() and len(value.split()) > 1:
        value = value.lower()  # "WE SELL HANDMADE DOG COLLARS": not shouted in every caption
    # "X for eco moms" / "X to busy parents": the audience rides along
    tail = rest[end:]
    for_people = re.match(r"(?i:\s*(?:,\s*)?(?:mostly\s+|mainly\s+)?(?:for|to)\s+)"
                          r"(?!(?i:every|each|a\s+month|the\s+next)\b)", tail)
    if for_people:
        audience, audience_lead, _end = clean_phrase(tail[for_people.end():], AUDIENCE_CUT,
                                                     AUDIENCE_STOP, 20, 500)
        if audience and PEOPLE.search(audience) and not EVENT_OF.match(audience):
            pos = segment.start + offset + end + for_people.end() + audience_lead
            reader.claim(pos, pos + len(audience))
            reader.add(pos, "audience", audience, mode="weak")
    additive = (strong or bool(reader.brief.product)) and bool(
        re.search(r"(?i:\balso\b|\btoo\b|\bas\s+well\b)", segment.text))  # "we also do workshops"
    if service:
        reader.add(start, "kind", "service")
    reader.claim(start, start + len(value))
    reader.add(start, "product", clip(value + suffix, 200), mode="append" if additive else "set",
               end=start + len(value))
    if place:
        reader.place_product = reader.findings[-1]
    return True


#: "budapest based", "tel aviv based", "london-based": where the business is, before what it is;
#: never a word the goods are based on ("plant-based", "water based")
_BASED_LEAD = re.compile(r"(?i:^(?:[^\W\d][\w.'’]*\s+){1,3}based\s+(?=\w)|^[^\W\d][\w.'’]*-based\s+(?=\w))")
_BASED_ON = re.compile(r"(?i:^(?:plant|water|oil|soy|web|cloud|science|evidence|research|skills?|values?|"
                       r"app|browser|subscription|project|team|community|home|office|farm|land)[- ]based\b)")


def without_base(value: str) -> str:
    """The product without where the business is based: "budapest based pálinka distillery"
    is "pálinka distillery", "a data consultancy based" (in Antwerp) "a data consultancy"."""
    lead = _BASED_LEAD.match(value)
    if lead and not _BASED_ON.match(value):
        value = value[lead.end():]
    return re.sub(r"(?i:\s+based$)", "", value)


def _strip_small(what: str) -> str:
    """"one-man IT support" → "IT support", "2 person bakery" → "bakery": the words that size a
    business, not what it sells."""
    return " ".join(strip_sizes(what.split()))


def strip_sizes(words: list[str]) -> list[str]:
    """The words without the ones that size a business ("small", "2 person", "one-man")."""
    joined = re.sub(r"(?i:^(?:(?:\d+|one|two|three|four|five)[- ]?(?:person|people|man|woman|strong)|"
                    r"family[- ](?:run|owned)|husband[- ]and[- ]wife|independently[- ]owned)\b\s*)",
                    "", " ".join(words))
    kept = joined.split()
    while kept and (kept[0].lower() in SMALL or re.fullmatch(r"\d+", kept[0])):
        kept.pop(0)
    return kept


def goods_of(noun: str) -> str:
    """What a "<noun> shop" sells: "candles" for a candle shop, "coffee" for a coffee shop."""
    if noun[1:].islower():
        noun = noun.lower()  # "Candle shop." opens a sentence: the goods are "candles"
    if noun.lower().endswith(("s", "ing")) or noun.lower() in MASS_NOUNS:
        return noun  # "a roofing company" does roofing
    if noun.lower() in CATEGORY_NOUNS:
        return noun + " products"  # "a beauty brand" sells beauty products
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun.lower()) else noun + "s"


def _listed(rest: str) -> tuple[str, int, int] | None:
    """"handmade soaps, bath bombs and shower steamers": a list ending in "and" is one product
    line when each item is a short plain phrase; None otherwise."""
    if not re.search(r"(?i:^[^,.;!?]+,[^.;!?]*?\s(?:and|&)\s)", rest):
        return None
    value, lead, end = clean_phrase(rest, LIST_CUT, PRODUCT_STOP, 15, 200)
    if not re.search(r"(?i:,[^,]*\s(?:and|&)\s[^,]*$)", value):
        return None
    items = re.split(r"(?i:\s*,\s*|\s+(?:and|&)\s+)", value)
    if any(re.search(r"(?i:(?:ed|bound|made|sewn|spun|built|grown|woven|knit)$)", item) for item in items[1:]):
        return None  # "a workbook, printed and spiral bound": how it is made, not more goods
    place = _BUSINESS_NOUN.search(" " + items[0])
    if place and len(items) >= 3:  # "a small pottery studio, classes and commissions": what it offers
        rest_start = value.index(",") + 1
        rest_lead = len(value[rest_start:]) - len(value[rest_start:].lstrip())
        return value[rest_start + rest_lead:], lead + rest_start + rest_lead, end
    if (len(items) < 3 or any(not item or len(item.split()) > 4 or re.search(r"\d", item)
                              or item.split()[0].lower() in ("mainly", "mostly", "including", "especially",
                                                             "like", "such", "e.g")
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
#: what a seller grows or builds that is not sold ("our audience", "a following", "the brand")
_GROWN = re.compile(r"(?i:(?:(?:our|my|the|a|an|their)\s+)?(?:(?:social(?:\s+media)?|online|instagram|"
                    r"tiktok|local|loyal|email|mailing|customer|client)\s+)?(?:audience|following|followers|"
                    r"brand|presence|community|reach|engagement|business|page|profile|account|list|base|"
                    r"socials?|name|reputation|visibility|awareness)(?:\s+(?:on|online)\b.*)?)")
_KIND_WORDS = re.compile(r"(?:a\s+|an\s+)?(?:service|services|product|products|physical\s+product|"
                         r"digital\s+product|digital|service\s+business|business)")
