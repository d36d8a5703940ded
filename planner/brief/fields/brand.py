"""The brand: said outright ("brand is Wick & Wander", "Shop name: Pickle Jar Press"), a
business called something ("a small bakery called Crumb & Co"), the subject of a selling
verb ("Glow & Co sells…"), or the seller's own name (a personal brand: "no brand, it's
just me, Dana Okafor")."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.segments import MAX_PHRASE, Segment, clip, cut, strip_end
from planner.brief.segments import UPPER as U
from planner.brief.vocabulary import ABBREVIATIONS, BRAND_STOP, DEMONYMS, FIELD_LABELS

_BRAND_CUT = re.compile(
    r"[,;!?()\[\]\"]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])\.(?:\s|$)|\s+-\s+|:"
    r"|\s+(?i:for)\b(?!\s+[A-Z0-9])"  # "Table for Six" holds its "for"
    # in lower case only: "Shine On", "Made In Hull" hold theirs; "Suds on Wheels" too, but
    # "on Etsy" is where it is sold
    r"|\s+(?:in|at)\b|\s+on\b(?!\s+[A-Z](?!(?i:tsy|mazon|nstagram|nsta|G|ikTok|iktok|acebook|B|hopify|"
    r"bay|epop|interest|ouTube|outube|inkedIn|inkedin|hreads|witter|inted|oshmark|umroad|ajabi|"
    r"otonthehighstreet|ur|y)\b))"
    r"|\s+(?i:based|from|selling|who|that|which|but|we|i|making|sells|makes|"
    r"creating|offering|with(?!\s+(?-i:[A-ZÀ-Ý]))|since|is|are|was|not|i\s+mean|i\s+meant|one\s+word|lol|haha|"
    r"and\s+(?=(?:we|i|our|my|sell|post|make|its|it's)\b))\b")
_OWNER = r"(?:(?:our|my|the)\s+)?"
_BUSINESS = r"(?:brand|company|business|shop|store|studio|bakery|cafe|café|page|agency|practice|farm|salon|label)"
#: (trigger, whether the name must be capitalised), tried in order
_BRAND_PATTERNS = [
    (re.compile(rf"(?i:\b{_OWNER}(?:brand|company|business|shop|store|studio|pen|trading|stage|author|artist)(?:'s)?\s+name(?:'s)?"
                r"\s*(?:is|:|=|-)?\s+(?:called\s+|calld\s+|caled\s+|named\s+)?)"), False),
    (re.compile(rf"(?i:\b{_OWNER}brand(?:'s|\s+is|\s*[:=?]|\s+-)\s*(?:(?:just|now|actually|simply|it'?s|it\s+is)\s+)*"
                r"(?:called\s+|calld\s+|caled\s+|named\s+)?)"), False),
    # "shop name on ebay is Second Shutter", "my name on etsy is knotsbykim": the name a store knows
    (re.compile(r"(?i:\b(?:(?:my|our|the)\s+)?(?:shop|store|seller|user|account|page)?\s*name\s+on\s+[\w.]+"
                r"\s+(?:is|=|:)\s+)"), False),
    # "just my ebay name crate_digger_99", "our etsy shop name is…": the name a store knows
    (re.compile(r"(?i:\b(?:my|our)\s+(?:ebay|etsy|depop|vinted|poshmark|amazon|instagram|insta|ig|tiktok|"
                r"shopify|seller|user)\s+(?:shop\s+|store\s+|account\s+|user)?(?:name|handle)\s*(?:is|:|=)?\s+)"), False),
    (re.compile(rf"(?i:\b{_OWNER}(?:[\w-]+\s+){{0,2}}?(?:{_BUSINESS[3:-1]}|biz)(?:'s|\s+is)?\s+"
                r"(?:called|calld|caled|named)\s+)"), False),
    (re.compile(r"(?i:\bunder\s+the\s+(?:name|brand|label|brand\s+name)\s+(?:of\s+)?)"), False),
    # ... typed without the apostrophe too: "were called Petal & Pine", "im called…", "its called…"
    (re.compile(r"(?i:\b(?:(?:we|they)(?:'re|\s+are|\s+r)|(?:^|(?<=[.!?,]\s))were|i(?:'m|\s+am)|im|it'?s|"
                r"it\s+is)\s+(?:called|calld|caled|named)\s+)"), False),
    (re.compile(r"(?i:(?<!\bmy\s)\b(?:the\s+)?name(?:'s|\s+is|\s*:)\s+)"), True),
    (re.compile(r"(?i:\b(?:business|shop|store|company)\s*:\s*)"), True),
    (re.compile(rf"(?i:\b{_OWNER}(?:shop|store|company|business)\s+is\s+)"), True),
    (re.compile(r"(?i:\b(?:we|i)\s+go\s+by\s+|\b(?:we|i)\s+trade\s+as\s+|\btrading\s+as\s+)"), True),
    # "people know us as Hanami Studio", "we're known as…", "you may know me as…"
    (re.compile(r"(?i:\bknows?\s+(?:us|me)\s+as\s+|\b(?:(?:we|i)(?:'re|'m|\s+are|\s+am)\s+)?(?:better\s+|also\s+)?known\s+as\s+)"), True),
    (re.compile(r"(?i:\b(?:a|an|my|our)\s+(?:[\w&'-]+\s+){0,5}?(?:called|calld|caled|named)\s+)"), True),
    # "i own a tattoo studio, Black Lotus Ink": the name set off after what the business is
    (re.compile(r"(?i:\b(?:a|an|my|our)\s+(?:[\w&'-]+\s+){0,3}?(?:studio|shop|store|salon|bakery|cafe|café|"
                r"company|business|brand|agency|practice|farm|boutique|firm|clinic|label),\s+)(?=[A-Z0-9])"), True),
    # "…hot sauce range under Fire Kitchen": sold under a name
    (re.compile(r"(?i:\b(?:sell|sold|selling|trade|trading|sells)\b[^.;!?]{0,80}?\bunder\s+)(?=[A-Z])"), True),
    (re.compile(r"(?i:\b(?:practice|business|shop|studio|company|agency|bakery|firm|store)\s+-\s+)"), True),
    (re.compile(r"(?i:\b(?:we|i)\s+(?:started|founded|launched|set\s+up)\s+)"), True),
    # "Nell started Hedgerow Bakes in her kitchen": someone named founding it
    (re.compile(rf"\b[{U}][a-z]+(?:\s+and\s+[{U}][a-z]+)?\s+(?i:started|founded|launched|set\s+up)\s+(?=[{U}])"), True),
    # "Just launched Bramble Box", "called Lumi, we make lamps", "Hi from Saltwater Studio!"
    (re.compile(r"(?:^|(?<=[.!?]\s))(?i:(?:just\s+)?(?:launched|started|founded)|called|named)\s+"), True),
    # "we make vegan handbags, called Verde, sold on…": the name set off after what is made
    (re.compile(r"(?<=,\s)(?i:called|named)\s+"), True),
    (re.compile(r"(?i:\b(?:hi|hello|hey|hiya|greetings|love|cheers|regards|best)\s+from\s+)"), True),
    # "Meet Luna & Lark!", "Welcome to Hearth & Home", "its Sprout & Sow"
    (re.compile(r"(?i:\b(?:meet|welcome\s+to|say\s+hi\s+to|introducing)\s+)"), True),
    # "my shop Pebble & Pine sells…", "our studio, Mud & Fire, does…", "one half of Salt & Stone",
    # "Ada from Wickly here", "a small team at Wickly"
    (re.compile(r"(?i:\b(?:my|our)\s+(?:shop|store|brand|business|company|studio|bakery|label|page|app|"
                r"platform|little\s+business|small\s+business),?\s+)"), True),
    (re.compile(r"(?i:\b(?:one\s+half|part|half)\s+of\s+)"), True),
    (re.compile(rf"(?:^|(?<=[.!?]\s))[{U}][\w'-]+\s+(?i:from|at)\s+"), True),
    (re.compile(r"(?i:\bteam\s+(?:at|behind)\s+)"), True),
    (re.compile(rf"^(?i:it'?s|its|it\s+is)\s+(?=[{U}][^,.!?;]{{0,30}}\s&\s)"), True),
    (re.compile(r"(?i:\b(?:owner|founder|co-?founder|ceo|director|maker)\s+(?:of|at)\s+)"), True),
    # "I'm the practice manager at Oakfield Dental", "this is the office of Berg Dakwerken"
    (re.compile(r"(?i:\b(?:manager|administrator|receptionist|marketer|marketing\s+(?:person|lead|manager)|"
                r"head\s+of\s+[\w-]+|office|team)\s+(?:of|at|for)\s+(?:the\s+)?)(?=[A-Z0-9])"), True),
    # "Our main product is TaskNest, a to-do app", "building Pratos, a menu app": a thing named,
    # then what it is
    (re.compile(r"(?i:\b(?:product|app|tool|platform|game|course|book|podcast|software)\s+is\s+|"
                r"\b(?:building|launching|developing|created|built|launched|run|running|making)\s+)"
                r"(?=[A-Z0-9][\w'&.-]*(?:\s+[A-Z0-9&][\w'&.-]*){0,3},\s+(?i:a|an)\s)"), True),
    # "Petal Maths is a 10-week online course": a name opening a sentence, said to be a thing
    (re.compile(r"(?:^|(?<=[.!?]\s))(?=[A-Z0-9][\w'&.-]*(?:\s+(?:[A-Z0-9&][\w'&.-]*|of|the|de|by)){0,3}\s+is\s+(?i:a|an)\s)"), True),
    # "Seoul-based skincare brand, Moonlit Lab.": what the business is, then its name
    (re.compile(r"(?:^|(?<=[.!?]\s))(?i:(?:[\w-]+\s+){0,3}?(?:brand|company|studio|shop|bakery|agency|firm|"
                r"practice|clinic|label|startup|label|cafe|café|restaurant)\s*,\s+)(?=[A-Z0-9])"), True),
    (re.compile(rf"\b(?i:i'?m|i\s+am|im)\s+[{U}][\w'-]+(?:\s+[{U}][\w'-]+)?\s+(?i:from|at|of)\s+"), True),
    (re.compile(r"(?i:\bthis\s+is\s+)"), True),
    # "Brand name?? ok it's Mud Pie Studio", "wait actually its Hen & Hound": a name of two words
    # or more, said as what "it" is
    (re.compile(rf"(?:^|(?<=[\s,.!?]))(?i:it'?s|it\s+is)\s+(?i:(?:just|now|actually)\s+)?"
                rf"(?=[{U}0-9][\w'&.-]*\s+(?:[{U}0-9&]|(?:of|the|by|de|and|n)\s+[{U}]))"), True),
    # "we're a salsa school, Salsa Sol Academy", "I run a barber shop in Leeds, Fade Street": the
    # name set off by commas after what the business is (the whole item in capitals)
    (re.compile(r"(?i:\b(?:we'?re|we\s+are|i\s+run|we\s+run|i\s+own|we\s+own|i\s+have|we\s+have)\s+"
                r"(?:a|an)\s+)[^.!?;,]{2,60}(?:,\s+[^.!?;,A-Z]{1,30})?,\s+"
                rf"(?=(?:[{U}0-9][\w'&.-]*)(?:\s+(?:[{U}0-9][\w'&.-]*|&|of|the|de|by|in|on))*\s*(?:[,.!?;)]|$|\s-\s))"), True),
    # "About Little Otters Swim School", then the page: a heading naming the business
    (re.compile(rf"(?im:^\s*(?:about|welcome\s+to)\s+(?!(?:us|me|our|the\s+company)\b)(?=[{U}][^\n.!?]{{1,50}}(?:\n|$)))"), True),
    # "Name by Niamh" alone on its line
    (re.compile(rf"^(?=[{U}][\w'&-]*(?:\s+[{U}][\w'&-]*){{0,3}}\s+by\s+[{U}][\w'-]+(?:\s+[{U}][\w'-]+)?\s*$)"), True),
    # "a B2B SaaS company (Ledgerly) that…", "we're a small roastery (Northbound Coffee)": the
    # name in brackets after what the business is
    (re.compile(r"(?i:\b(?:company|business|startup|start-up|agency|studio|shop|store|brand|app|"
                rf"platform|firm|practice|bakery|cafe|café|label|consultancy)\s*\(\s*)(?=[{U}0-9])"), True),
    (re.compile(r"(?i:\b(?:we'?re|we\s+are|i\s+run|we\s+run|i\s+own|we\s+own|i\s+have|we\s+have)\s+"
                rf"(?:a|an)\s+(?:[\w-]+\s+){{1,4}}?\(\s*)(?=[{U}0-9])"), True),
    (re.compile(rf"(?:^|(?<=[.!?]\s))(?i:at)\s+(?=[{U}])"), True),
    (re.compile(rf"(?:^|(?<=\s))[a-z][\w'-]*\s+by\s+(?=[{U}][\w'-]+(?:\s+(?:&\s+)?[{U}][\w'-]+)*\s*$)"), True),
    (re.compile(r"(?i:\b(?:we(?:'re|\s+are)|we\s+r)\s+)(?:the\s+)?"), True),
    (re.compile(rf"(?i:\b(?:i|we)\s+(?:run|own|operate)\s+|\brunning\s+)(?=[{U}0-9])"), True),
]
#: "Glow & Co sells soy candles", "Glasshouse Candle Co. - we sell…": a capitalised name
#: as the subject of a selling verb, or opening the message before "we"
_BRAND_SUBJECT = re.compile(
    r"^(?:(?i:hi|hello|hey|hiya|morning|good\s+morning|yo)(?:\s+(?i:there|all|everyone|again))?\s*[,!.]*\s+){0,2}"
    rf"(?P<v>[{U}0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[{U}0-9][\w&'.+-]*)){{0,4}})\s+"
    r"(?:(?i:sells|makes|creates|crafts|offers|designs|produces|pours|bakes|brews|roasts|knits|sews|"
    r"delivers|teaches|here)\b|-\s+(?i:we|i)\b"
    r"|(?i:is\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:business|shop|brand|company|store|bakery|studio|"
    r"label|baby|thing))\b)")
#: ", Saddle & Stitch is our brand", "My Etsy shop, Button & Bow, sells hair bows", and in a
#: pasted quote ("from our about page: 'Tide Soap Co makes…'")
_BRAND_CLAUSE = re.compile(
    rf"(?:^|,\s*|:\s*['\"]?\s*|(?<=\s)['\"])(?P<v>[{U}0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[{U}0-9][\w&'.+-]*)){{0,4}}),?\s+"
    r"(?:(?i:is\s+(?:our|my|the)\s+(?:brand|name|shop|business|company)|sells|makes)\b"
    # "About us: Fern & Fox Kids is a small online shop for…"
    r"|(?i:is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:brand|shop|business|company|store|studio|bakery|"
    r"label|boutique|startup|start-up|agency|cafe|café|collective|practice|salon|app|platform|tool|"
    r"grove|orchard|vineyard|farm|distillery|brewery|roastery|school|academy|gym|clinic|charity|"
    r"restaurant|service|consultancy|firm|workshop|atelier|kitchen|apiary|nursery|dairy|creamery)\b)"
    # "Brightpath IT has been keeping practices running since 2014", "Hollow Oak was founded in…"
    r"|(?i:(?:has|have)\s+been\s+\w+ing\b|(?:was|were)\s+(?:founded|started|born|established|set\s+up)\b))")
#: "The Clay Room (that's us!) sells…", "Lumen Labs - that's us": a name the seller points at
_THATS_US = re.compile(
    rf"(?P<v>[{U}0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[{U}0-9][\w&'.+-]*)){{0,4}})\s*[(,-]?\s*"
    r"(?i:that'?s|thats|this\s+is|which\s+is|is)\s+(?i:us|me)\b")
#: "Müller & Söhne, family bakery since 1962": a name, then what kind of business it is
_NAME_THEN_WHAT = re.compile(
    rf"^(?P<v>[{U}0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[{U}0-9][\w&'.+-]*)){{0,4}})[,:]\s+"
    r"(?i:(?:a|an|the|your|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?i:bakery|studio|shop|store|company|brand|business|label|agency|practice|salon|farm|cafe|"
    r"café|boutique|atelier|workshop|roastery|brewery|kitchen|collective|firm|clinic|startup|"
    r"consultancy|maker|makers)\b")
_MARKED_NAME = re.compile(rf"^(?P<v>[{U}0-9][\w&'.+-]*(?:\s+(?:&|and|\+|[{U}0-9][\w&'.+-]*)){{1,5}}?)"
                          # "Hilltop Tutoring in Leeds, we do …": where it is, between the name and the rest
                          rf"(?:\s+(?:in|from|near)\s+[{U}][\w'-]*(?:\s+[{U}][\w'-]*)?)?,\s+"
                          r"(?=[a-z])")
_LEADING_NAME = re.compile(rf"^(?P<v>[{U}0-9][\w&'.+-]*(?:\s+(?:&|and|\+|by|of|the|[{U}0-9][\w&'.+-]*)){{0,4}})"
                           r"(?:\s+(?i:on|at|via)\s+[\w.]+)?"  # "Wool & Wonder on etsy - knitted toys"
                           r"\s+-\s+(?=[a-z])")
#: connecting words a capitalised name may hold ("Briar & Bramble", "Maison de la Mer")
_NAME_GLUE = {"&", "+", "and", "of", "the", "de", "la", "le", "du", "des", "et", "di", "da",
              "von", "van", "der", "den", "del", "y", "on", "n", "'n'", "by"}
#: words that never open a name, though capitalised: pronouns, greetings, pointers
_NEVER_FIRST = (r"today|tomorrow|this|here|there|based|also|I|I'm|It|It's|We|We're|Hi|Hello|Hey|"
                r"Thanks|Ok|Okay|meet|welcome|introducing|"
                # "Hosted on Kajabi.", "Listed on the App Store.": how, not who
                r"hosted|listed|sold|shipped|available|located|stocked|delivered|founded|established|"
                r"sorry|paste")
#: words that open a name only with more of it after them ("Black Sheep Roasters", "New Leaf
#: Nursery"), never alone or as a date ("Black Friday", "Next Week", "Dec 14")
_ALONE_NOT_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|"
                    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|"
                    r"friday|saturday|sunday|christmas|xmas|black|cyber|next|last|just|back|open|"
                    r"live|ready|still|new")
_NOT_NAMES = re.compile(rf"(?i:^(?:{_NEVER_FIRST}|{_ALONE_NOT_NAMES})$)")
_NEVER_NAMES = re.compile(rf"(?i:^(?:{_NEVER_FIRST})$)")
#: a date or a sale, though capitalised: "Black Friday", "Next Week", "New Year", "Dec 14"
_DATE_PAIR = re.compile(r"(?i:^\S+\s+(?:friday|monday|day|eve|week|weekend|month|year|years|sale|"
                        r"sales|deals?|\d+\S*|\w+day)$)")


def no_name_start(words: list[str]) -> bool:
    """Whether a capitalised run cannot start a name with its first word: "It", "Hi", or a
    word of dates ("Black", "Next", "Dec") alone or making a date ("Black Friday")."""
    if not words:
        return True
    first = words[0].rstrip(".,")
    if _NEVER_NAMES.match(first):
        return True
    if not _NOT_NAMES.match(first):
        return False
    if len(words) < 2 or not (words[1][:1].isupper() or words[1][:1].isdigit() or words[1] == "&"):
        return True
    return bool(_DATE_PAIR.match(f"{first} {words[1].rstrip('.,!')}"))

# ---- a personal brand --------------------------------------------------------------------

_PERSONAL_CUE = re.compile(
    r"(?i:\b(?:just\s+me|only\s+me|my\s+(?:own\s+|full\s+)?name|personal\s+brand|"
    r"brand(?:'s|\s+is)?\s+(?:just\s+)?me|(?:i|we)\s+trade\s+as|trading\s+as|i\s+go\s+by|"
    r"sole\s+trader|(?:founder|owner|maker)'s\s+name)\b)")
_PERSON = re.compile(rf"(?:(?:I'm|I\s+am|it's|its|is)\s+)?(?P<name>(?!I\b|I'm\b)[{U}][\w'-]+"
                     rf"(?:\s+(?:[{U}][\w'.-]*|&)){{1,3}})")


_SET_OFF = re.compile(r"(?i:\b(?:practice|business|shop|studio|company|agency|bakery|firm|store)"
                      rf"\s+-\s+)(?P<v>[{U}][^-]{{1,60}}?)\s+-\s+")


_LABELLED = re.compile(r"(?im:(?:^|(?<=[.!?\n]))\s*(?:brand|shop|business|company|store)"
                       r"(?:\s+name)?(?:\s+-|\s*\?+)\s+(?:(?:it'?s|it\s+is|just)\s+)*"
                       r"(?P<v>(?:[^.\n!?,]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\b[A-Z])\.)+))")
#: "brand FuelUp", "…, brand Hive & Honey, sold on…": the label with no mark after it, then
#: a name in capitals (the name alone is kept)
_LABELLED_BARE = re.compile(rf"(?im:(?:^|(?<=[.!?\n,;]))\s*(?:brand|shop|business|company|store)"
                            rf"(?:\s+name)?\s+(?P<v>[{U}0-9][^.\n!?,;]*))")


def extract_set_off_brand(reader: BriefReader) -> None:
    """"I run a bookkeeping practice - Tally Ho Books - for tradespeople", "Brand - Trail Hound",
    "Saddle & Stitch - handmade leather bags"."""
    # a name set off at the start of the message, or of a later sentence ("@lunabakes_ on insta
    # is us! Luna Bakes - custom celebration cakes"), or set off by what the business is
    # ("Müller & Söhne, family bakery since 1962")
    starts = [len(reader.text) - len(reader.text.lstrip())] + [
        segment.start for i, segment in enumerate(reader.segments)
        if i and segment.sentence != reader.segments[i - 1].sentence]
    for lead in starts:
        m = _LEADING_NAME.match(reader.text[lead:]) or _NAME_THEN_WHAT.match(reader.text[lead:]) \
            or _COINED_LEAD.match(reader.text[lead:])
        if m is not None and m.group("v").lower() in _LABEL_WORDS:
            m = None  # "Business: Tandem Studio": a form's label, not the name
        if m is None:  # "Ink & Well Studio, custom tattoos": a business's name, then what it does
            m = _MARKED_NAME.match(reader.text[lead:])
            if m is not None and not BUSINESS_MARK.search(m.group("v")):
                m = None
        if m is None or caps_run(m.group("v")) != m.group("v") or no_name_start(m.group("v").split()) \
                or any(e.start == lead and e.label in ("PLATFORM", "STORE", "COUNTRY")
                       for e in reader.entities):
            continue
        words = m.group("v").split()
        if len(words) >= 2 or (m.re is _NAME_THEN_WHAT and words[0].lower() not in BRAND_STOP
                               and not words[0].lower().endswith("ly")) or (
                m.re in (_LEADING_NAME, _COINED_LEAD) and _COINED.fullmatch(words[0])
                and words[0].lower() not in BRAND_STOP):
            reader.claim(lead, lead + len(m.group("v")))
            reader.add(lead, "brand", m.group("v"))
            return
    m = _LABELLED.search(reader.text)
    if m:
        value = strip_end(cut(m.group("v"), _BRAND_CUT)[0])
        if value and len(value.split()) <= 6 and not reader.is_claimed(m.start("v"), m.end("v")):
            reader.claim(m.start("v"), m.start("v") + len(value))
            reader.add(m.start("v"), "brand", value)
            return
    for m in _LABELLED_BARE.finditer(reader.text):
        value = caps_run(strip_end(cut(m.group("v"), _BRAND_CUT)[0]))
        if value and len(value.split()) <= 6 and not no_name_start(value.split()) \
                and not reader.is_claimed(m.start("v"), m.start("v") + len(value)) \
                and not any(e.start == m.start("v") for e in reader.entities):
            reader.claim(m.start("v"), m.start("v") + len(value))
            reader.add(m.start("v"), "brand", value)
            return
    m = _SET_OFF.search(reader.text)
    if m:
        name = caps_run(m.group("v"))
        if name and name == m.group("v").strip() and not reader.is_claimed(m.start("v"), m.end("v")):
            reader.claim(m.start("v"), m.end("v"))
            reader.add(m.start("v"), "brand", name)


#: one word that is a made-up name, not a word of English: a capital inside it ("KaraBites",
#: "StockPulse") or a letter English does not write ("Sprachbrücke", "Lumière")
_COINED = re.compile(r"(?:[A-Z][a-z0-9]+[A-Z][\w'-]*|[^\W\d_]*[^\W\d_a-zA-Z][\w'-]*)")


#: "CrumbJar - Korean-style cream buns": a made-up name set off, what follows capitalised or not
_COINED_LEAD = re.compile(r"^(?P<v>[^\W\d_][\w'-]*)\s+-\s+(?=[^\W\d_])")


#: a form's labels, which a name set off by a colon never is
_LABEL_WORDS = FIELD_LABELS | {"business", "shop", "store", "company", "product", "products", "what", "services",
                               "service", "about", "about us", "hi", "hello", "note", "ps"}
#: what marks a capitalised phrase as a business's name ("Glasshouse Candle Co", "Mud & Fire Studio")
BUSINESS_MARK = re.compile(r"(?:&|\b(?:Co\.?|Ltd|LLC|Inc|Studio|Studios|Shop|Store|Cafe|Café|Bakery|"
                           r"Books|Company|Collective|Labs?|Works|Workshop|Boutique|Atelier|Kitchen|"
                           r"Retreats|Designs?|Crafts?|Goods|Supply|Trading|House|Gallery|Roasters|"
                           r"Roastery|Brewing|Brewery|Distillery|Bakes|Florists?|Farm|Ink|Tattoo|"
                           r"Salon|Barbers|Apothecary|Candles?|Ceramics|Pottery|Press|Creations|School|Academy|Tutoring|"
                           r"Garage|Repairs|Grooming|Cleaning|Detailing|Landscaping|Removals|Physio|Dental)\b)")


#: words of a sentence said in passing, never a name said alone ("Thank You.", "Kind Regards.")
_NOT_NAME_WORDS = {"thank", "thanks", "you", "regards", "kind", "best", "cheers", "love", "happy",
                   "merry", "christmas", "good", "morning", "afternoon", "evening", "hello", "hi",
                   "hey", "please", "help", "soon", "yes", "no", "ok", "okay", "sure", "great",
                   "nice", "cool", "wishes", "friday", "monday", "sale", "new", "launch", "about",
                   "us", "our", "story"}  # "About Us", "Our Story": a page's heading


def extract_named_sentence(reader: BriefReader) -> None:
    """"Candle shop. Glasshouse Candle Co. Etsy + own website": a sentence that is only a
    business's name is the brand, and so is a message's last clause ("we sell coffee,
    Dark Horse Coffee Roasters")."""
    if _business_named(reader):
        return
    last = re.search(r",\s*(?P<v>[^,]+?)[\s.!]*$", reader.text)
    if last and 2 <= len(last.group("v").split()) <= 6 and caps_run(last.group("v")) == last.group("v") \
            and BUSINESS_MARK.search(last.group("v")) and not no_name_start(last.group("v").split()) \
            and not reader.is_claimed(last.start("v"), last.end("v")) \
            and not any(last.start("v") <= e.start < last.end("v") for e in reader.entities):
        _instead_of_the_person(reader)
        reader.claim(last.start("v"), last.end("v"))
        reader.add(last.start("v"), "brand", last.group("v"))
        return
    if len(reader.segments) < 2:
        return
    sold = {w.lower() for f in reader.findings if f.kind == "product" and isinstance(f.value, str)
            for w in re.findall(r"[\w'-]+", f.value)}
    for segment in reader.segments:
        if any(s.sentence == segment.sentence and s is not segment for s in reader.segments):
            continue
        name = strip_end(segment.text)
        words = name.split()
        # "We're a bookkeeping firm. Ledger Lads. LinkedIn": a name alone, beside what is sold
        bare = sold and len(words) <= 4 and not no_name_start(words) \
            and not {w.lower() for w in words} & (sold | _NOT_NAME_WORDS)
        if 2 <= len(words) <= 6 and caps_run(name) == name and (BUSINESS_MARK.search(name) or bare) \
                and not re.search(r"[:=]", name) \
                and not reader.entities_in(segment) and not reader.is_claimed(segment.start, segment.end):
            start = segment.start + segment.text.find(name)
            reader.claim(start, start + len(name))
            reader.add(start, "brand", name)
            return


#: a clause set off on both sides by punctuation: ". Sail Away Bags.", "— Pixel & Pine —",
#: ", Fresh Fibre Cleaning,"
_SET_OFF_CLAUSE = re.compile(r"(?:(?<=[.!?;,:])|(?<=\s-)|(?<=^))\s*(?P<v>[^.!?;,:\n]+?)"
                             r"(?=\s*(?:[.!?;,:\n]|\s-\s|$))")
#: words that open a phrase, never a name: "From Turkey", "With Love And Care"
_LEADS = {"from", "in", "for", "with", "by", "at", "on", "to", "of", "near", "since", "made", "based",
          "handmade", "shipping", "ships", "we", "i", "our", "my", "only", "just", "all", "every"}
#: what a clause that ends like this sets off is a place: "in Perth, Western Australia"
_AFTER_PLACE = re.compile(rf"(?:\b(?:in|from|at|near|of|to|across|around)\s+[{U}][\w'-]*(?:\s+[{U}][\w'-]*)*"
                          r"|\b(?:in|from|at|near|based|of)\s*)[\s,]*$")


def extract_set_off_name(reader: BriefReader) -> None:
    """"we clean carpets in Leeds, Fresh Fibre Co, fb 3", "We sell kites - Sky High Kites.
    Gujarat": after what is sold, a clause of its own made only of a capitalised name is the
    brand: two words or more (or one with a capital inside: "VaultLex"), no platform, shop or
    country in it, not a place after "in", and not only the words of the product. A brand
    said before stands; so does one said in this message, unless it is only the seller's own
    name ("My name is Omar Haddad and I run a bakery in Amman, Haddad Breads")."""
    if reader.brief.brand or _business_named(reader):
        return
    products = [f for f in reader.findings if f.kind == "product" and isinstance(f.value, str)]
    if not products and not reader.brief.product:
        return
    after = min((f.start for f in products), default=0)
    sold = {w.lower() for f in products for w in re.findall(r"[\w'-]+", f.value)} | {
        w.lower() for w in re.findall(r"[\w'-]+", reader.brief.product)}
    text = reader.text
    for m in _SET_OFF_CLAUSE.finditer(text):
        name = m.group("v").strip()
        start = m.start("v") + (len(m.group("v")) - len(m.group("v").lstrip()))
        if start <= after or not name or caps_run(name) != name:
            continue
        words = name.split()
        if not (2 <= len(words) <= 6 or (len(words) == 1 and re.search(r"[a-z][A-Z]", name))):
            continue
        if no_name_start(words) or words[0].lower() in _NOT_NAME_WORDS | FIELD_LABELS | _LEADS:
            continue
        own = [w for w in words if w.lower().strip("'&") not in sold | {"", "and", "of", "the", "by"}]
        if len(own) < len(words) and len(own) < 2 and not any(
                re.search(r"'s$|[a-z][A-Z]|[^\x00-\x7f]", w) for w in own):
            continue  # "Soy Candles", "Fresh Roses": the goods again, in capitals
        if reader.is_claimed(start, start + len(name)) or any(
                e.start < start + len(name) and start < e.end for e in reader.entities) or is_place(name):
            continue
        if reader.introduced is not None and not all(w[:1].isalpha() for w in words):
            continue  # "I'm Lucía Romero … Online 1:1 lessons": the seller's name stands
        if _AFTER_PLACE.search(text[:start].rstrip(" ,.-")) and text[:start].rstrip()[-1:] == "," \
                and not BUSINESS_MARK.search(name) and len(own) == len(words) and _names_a_place(name):
            # "in Perth, North Texas": a place, then its region (a name names the goods); "in
            # Melbourne Australia, Lockbox Escapes" names no place: the brand
            continue
        _instead_of_the_person(reader)
        reader.claim(start, start + len(name))
        reader.add(start, "brand", name)
        return


#: a name in single quotes or guillemets: "brand 'Masseria Santoro'", "« Le Petit Four »"
_QUOTED = re.compile(rf"(?:(?<=[\s(:,])|^)(?:'|«|‹)\s*(?P<v>[{U}][^'«»‹›\n]{{0,60}}?)\s*(?:'|»|›)"
                     r"(?=[\s.,;:!?)]|$)")


def extract_quoted_name(reader: BriefReader) -> None:
    """A capitalised name in single quotes or guillemets is the brand ("Name 'Kain Bali'",
    "— 'Lueur de Provence'."), unless a brand was read from the message already."""
    if any(f.kind == "brand" for f in reader.findings):
        return
    for m in _QUOTED.finditer(reader.text):
        name = m.group("v").strip()
        words = name.split()
        if not 1 <= len(words) <= 7 or no_name_start(words) or reader.is_claimed(m.start("v"), m.end("v")) \
                or any(e.start < m.end("v") and m.start("v") < e.end for e in reader.entities) \
                or re.search(r"[.!?]\s", name):
            continue
        cued = re.search(r"(?i:\b(?:brand|name|called|named)(?:\s+is)?[\s:]*$)", reader.text[:m.start()])
        if (reader.brief.brand or len(words) == 1) and not cued:
            continue  # "I'm 'Sam' to my customers": one quoted word, said of nothing, is no brand
        reader.claim(m.start(), m.end())
        reader.add(m.start("v"), "brand", name)
        return


def extract_personal_brand(reader: BriefReader) -> None:
    """A seller's own name as the brand: "no brand its just me, Dana Okafor", "I sell under
    my name - Amara Nwosu", "it's a personal brand, I'm Jordan Reyes"."""
    for cue in _PERSONAL_CUE.finditer(reader.text):
        tail = reader.text[cue.end():cue.end() + 60]
        m = _PERSON.search(tail)
        if m is None or "." in tail[:m.start()].replace("Co.", "") or m.start() > 30:
            continue
        name = caps_run(m.group("name"))
        start = cue.end() + m.start("name")
        if name and not reader.is_claimed(start, start + len(name)):
            reader.claim(cue.start(), start + len(name))
            reader.add(start, "brand", name)
            if re.fullmatch(r"(?i:my\s+name)", cue.group()) and re.match(r"(?i:\s*(?:is|'s)\s)", tail):
                reader.introduced = reader.findings[-1]  # "my name is Omar Haddad": an introduction
            return


#: "hi i'm Priya Nair", "my name is Tom Okoro": a seller who gives a full name and no business
#: name sells under their own
_INTRODUCED = re.compile(
    r"(?:^|(?<=[\s,.!]))(?i:i'?m|i\s+am|im|my\s+name\s+is|my\s+name's|this\s+is)\s+"
    rf"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[{U}][\w'-]+(?:\s+[{U}][\w'-]+){{1,2}})"
    r"(?=\s*(?:[,.!;:]|$|\s+(?:and|here|-|its|it's|just)\b))")


#: "Maya Cole, wedding photographer in Bath": a full name, then a role
_NAME_THEN_ROLE = re.compile(rf"^(?P<name>[{U}][\w'-]+(?:\s+[{U}][\w'-]+){{1,2}}),\s+(?i:(?:a|an|the)\s+)?"
                             r"(?P<what>[^,.!?;]{2,60})")


def extract_introduced_name(reader: BriefReader) -> None:
    """A full name the seller introduces themself with is the brand, when no other name is
    given: "hi i'm Priya Nair, i build websites", "Maya Cole, wedding photographer". A first
    name alone ("I'm Priya") is not."""
    if reader.brief.brand or any(f.kind == "brand" for f in reader.findings):
        return
    from planner.brief.fields.business import ROLES

    lead = len(reader.text) - len(reader.text.lstrip())
    m = _NAME_THEN_ROLE.match(reader.text[lead:])
    if m and re.match(r"(?i:(?:[\w-]+\s+){0,3}?(?:" + "|".join(ROLES) + r")s?\b)", m.group("what")):
        name = m.group("name")
        if caps_run(name) == name and not no_name_start(name.split()) and not BUSINESS_MARK.search(name):
            reader.claim(lead, lead + len(name))
            reader.add(lead, "brand", name)
            return
    for m in _INTRODUCED.finditer(reader.text):
        name = m.group("name")
        words = name.split()
        if caps_run(name) != name and not re.match(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.\s", name) \
                or no_name_start(words) or words[0].lower() in BRAND_STOP \
                or name.lower() in DEMONYMS or reader.is_claimed(m.start("name"), m.end("name")) \
                or any(e.start < m.end("name") and m.start("name") < e.end for e in reader.entities):
            continue
        reader.claim(m.start("name"), m.end("name"))
        reader.add(m.start("name"), "brand", name)
        reader.introduced = reader.findings[-1]
        return


def _business_named(reader: BriefReader) -> bool:
    """Whether a brand was read from this message other than the seller's own name."""
    return any(f.kind == "brand" and f is not reader.introduced for f in reader.findings)


def _instead_of_the_person(reader: BriefReader) -> None:
    """A business's name was read: the seller's own name, read before it, is not the brand."""
    if reader.introduced is not None and reader.introduced in reader.findings:
        reader.findings.remove(reader.introduced)
    reader.introduced = None


#: "the name is Fern & Fable, no wait, it's Fern & Folly": a name corrected in the same message
_CORRECTED_NAME = re.compile(r"(?i:\b(?:(?:no\s+wait|wait\s+no|sorry|i\s+mean|i\s+meant|oops|scratch\s+that|"
                             r"correction|actually)[,.!\s-]+(?:no[,\s]+)?(?:make\s+(?:that|it)\s+|change\s+(?:that|it)\s+to\s+)?"
                             r"|(?:make\s+(?:that|it)|change\s+(?:that|it)\s+to)\s+)"
                             r"(?:(?:it'?s|its|it\s+is|the\s+(?:brand|name)"
                             rf"(?:'s|\s+is)|we'?re)\s+)?)(?=[{U}0-9])")


def extract_corrected_brand(reader: BriefReader) -> None:
    """A brand said, then corrected in the same message: the name after the correction stands."""
    said = [f for f in reader.findings if f.kind == "brand"]
    if not said:
        return
    for m in _CORRECTED_NAME.finditer(reader.text, said[0].start + len(said[0].value)):
        name = caps_run(strip_end(cut(reader.text[m.end():m.end() + MAX_PHRASE], _BRAND_CUT)[0]))
        if name and name != said[0].value and not no_name_start(name.split()) and len(name.split()) <= 6 \
                and not reader.is_claimed(m.end(), m.end() + len(name)) \
                and not any(e.start < m.end() + len(name) and m.end() < e.end for e in reader.entities):
            reader.claim(m.end(), m.end() + len(name))
            reader.add(m.end(), "brand", name)
            return


def caps_run(value: str) -> str:
    """The capitalised name at the start of ``value``: "Briar & Bramble three years ago" →
    "Briar & Bramble"; "" when it does not start with one."""
    words = value.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        if kept and kept[-1].endswith(".") and kept[-1].rstrip(".").lower() not in ABBREVIATIONS \
                and not re.fullmatch(r"(?:[A-Z]|Mr|Mrs|Ms|Dr|St)\.", kept[-1]):  # "E. J. Whitcombe", "Mr. Haider's"
            kept[-1] = kept[-1].rstrip(".")  # "I trade as Marcus Bell IT. Keep it…": a sentence ends
            break
        capital = word[:1].isupper() or word[:1].isdigit() or bool(re.match(rf"(?:d|l|dell|dall)'[{U}]", word))
        glue = word.lower() in _NAME_GLUE and kept and i + 1 < len(words) \
            and (words[i + 1][:1].isupper() or words[i + 1][:1].isdigit())
        if capital and not (kept == [] and no_name_start(words[i:i + 2])):
            kept.append(word)
        elif glue:
            kept.append(word)
        else:
            break
    return " ".join(kept).rstrip(",")


def extract_brand(reader: BriefReader, segment: Segment) -> None:
    """"our brand is Glow & Co", "we're called “Wick & Wonder”", "Glow & Co sells…"."""
    if any(f.kind == "brand" for f in reader.findings):
        return
    candidates: list[tuple[int, bool]] = []
    for trigger, needs_caps in _BRAND_PATTERNS:
        for m in trigger.finditer(segment.text):
            candidates.append((m.end(), needs_caps))
    subject = _BRAND_SUBJECT.match(segment.text) or _BRAND_CLAUSE.search(segment.text) \
        or _THATS_US.search(segment.text)
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
        if needs_caps and not quoted:
            lower_name = re.match(r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+&\s+[a-z][\w'-]*", value)
            # "we're glow & co": a name typed in lower case, held together by "&"
            value = lower_name.group() if lower_name else caps_run(value)
        if not value or not re.search(r"[^\W\d_]", value):
            continue
        first = value.split()[0]
        named = len(value.split()) >= 2 and value.split()[1][:1].isupper() and (
            needs_caps or first.lower() == "the" or caps_run(value) == value)
        # "Two Left Feet…", "the Green Grocer Box", "shop's called Good Boy Goods"
        if ((first.lower() in BRAND_STOP and not named) or (needs_caps and no_name_start(value.split()))) \
                and not quoted:
            continue
        if value.lower() in DEMONYMS:
            continue  # "we're Dutch": where the seller is from, not a name
        if needs_caps and not (first[0].isupper() or first[0].isdigit()) and " & " not in value:
            continue
        start = segment.start + offset
        if any(e.label in ("STORE", "PLATFORM", "COUNTRY") and e.start <= start < e.end
               for e in reader.entities) or any(c.start <= start < c.end for c in reader.codes):
            continue  # "running GLOW15 for 15% off": a promo code is never the brand
        if len(value.split()) > 6 or reader.is_claimed(start, start + len(value)):
            continue
        reader.claim(start, start + len(value))
        reader.add(start, "brand", clip(value, 200))
        return


#: a place's region after it: "Phoenix AZ", "Denver, CO", "Perth WA"
_REGION_AFTER = re.compile(r"^,?\s+[A-Z]{2,3}\.?$")


_COMPASS = re.compile(r"(?i:^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
                      r"greater|inner|outer)(?:[- ](?:east|west))?$)")


def _names_a_place(value: str) -> bool:
    """Whether any words of ``value`` name a town, region or country, or a compass part of
    one ("North Texas", "Western Cape")."""
    from planner.brief import places

    for m in re.finditer(r"[^\W\d_][\w'-]*", value):
        if _COMPASS.match(m.group()) or places.place_at(value, m.start()) is not None:
            return True
    return False


def is_place(value: str) -> bool:
    """Whether a value is only a town, region or country ("Abuja", "Phoenix AZ", "Perú"),
    which names where the seller is, never the business."""
    from planner.brief import places
    from planner.brief.fields.channels import country_alone

    said = value.strip(" .,!;:")
    if not said:
        return False
    if country_alone(places.fold(said)):
        return True
    found = places.place_at(said, 0)
    return found is not None and (found[0] == len(said) or _REGION_AFTER.match(said[found[0]:]) is not None)


def drop_places(reader: BriefReader) -> None:
    """"I'm Olu from Abuja … Name: Olu's Party Décor", "Clearflow Plumbing, Denver CO": a
    brand read as only a place is where the seller is, not the business; it is dropped, so a
    name said elsewhere may still be read."""
    reader.findings[:] = [f for f in reader.findings
                          if not (f.kind == "brand" and isinstance(f.value, str) and is_place(f.value))]


#: "My clinic is SkinFirst Clinic", "our studio is Clay Corner": the business's name, said
#: after the kind of business it is
_BUSINESS_IS = re.compile(
    r"(?i:\b(?:my|our)\s+(?:little\s+|small\s+|own\s+)?(?:clinic|shop|studio|salon|store|bakery|company|"
    r"business|firm|agency|practice|label|caf[eé]|restaurant|gym|school|boutique|brand|kitchen|"
    r"workshop|stall|atelier)(?:'?s\s+name|\s+name)?\s+is\s+(?:called\s+|named\s+)?)"
    rf"(?P<name>[{U}][^\s,;!?]*(?:\s+[^\s,;!?]+){{0,5}})")


def extract_business_is_named(reader: BriefReader) -> None:
    """"My clinic is SkinFirst Clinic": the capitalised name after "my <business> is" is the
    brand (never a product "clinic is SkinFirst"), unless it is a platform, shop or place."""
    for m in _BUSINESS_IS.finditer(reader.text):
        name = caps_run(m.group("name")).rstrip(".")
        start = m.start("name")
        if not name or no_name_start(name.split()) or is_place(name) \
                or reader.is_claimed(start, start + len(name)) \
                or any(e.start < start + len(name) and start < e.end for e in reader.entities):
            continue
        reader.claim(m.start(), start + len(name))
        reader.add(start, "brand", name)
        return
