"""Where the seller posts and sells: platforms, stores and the country, with whether each
name is added ("we're also on Pinterest"), removed ("drop TikTok") or the only one."""

from __future__ import annotations

import re

from planner.brief import places
from planner.brief.dates import WEEKDAY
from planner.brief.reading import BriefReader, Entity
from planner.brief.vocabulary import COUNTRY_ABBREVIATIONS, COUNTRY_NAMES, DEMONYMS, SOCIAL_DOMAINS
from planner.brief.segments import UPPER, Segment

#: what may stand between two names of one list ("TikTok, Instagram and X")
CHAIN_GAP = re.compile(r"(?i:\s*(?:,|and|&|/|or|\+|plus)?\s*(?:(?:and|or)\s+)?(?:on\s+)?)")
_NEGATION = re.compile(
    r"(?i:\b(?:drop(?:ping|ped)?|remov(?:e|ing|ed)|delet(?:e|ing|ed)|stop(?:ping|ped)?|"
    r"quit(?:ting)?|ditch(?:ing|ed)?|leav(?:e|ing)|left|scrap(?:ping)?|exclud(?:e|ing)|except|"
    r"without|no\s+longer|not|no\s+more|never|get\s+rid\s+of|forget(?:\s+about)?|take\s+off|"
    r"cancel(?:led|ling|ing)?|no|none\s+of|instead\s+of|rather\s+than|replac(?:e|ing)|"
    r"swap(?:ping)?(?:\s+out)?|switch(?:ing)?(?:\s+from)?|mov(?:e|ing)\s+(?:away\s+)?from|"
    r"used\s+to(?:\s+\w+){0,2}?(?:\s+on)?|scratch|skip|"
    # "bitte kein TikTok", "en fait pas pinterest", "sin facebook", "bez fb"
    r"kein|keine|keinen|pas|sans|sin|sem|senza|bez|geen|ingen|hakuna)\b|n't\b)")
#: negative words that are not a negation ("not just Instagram", "not sure"), and days left
#: out ("every day except sunday on facebook" is on Facebook): blanked out
_NEUTRAL = re.compile(
    r"(?i:\bnot\s+(?:just|only)\b|\bno\s+matter\b|\bnot\s+sure\b"
    # "no wait, tiktok 4", "no sorry, make it ig 3": a correction opening, not a negation
    r"|\bno\s*,?\s+(?=(?:wait|sorry|actually|i\s+mean(?:t)?|make\s+(?:it|that))\b)"
    # "scratch that, 4": a correction opening; "snapchat no, tiktok 3": the "no" is snapchat's
    r"|\bscratch\s+that\b|(?<=\w)\s+(?:no|nope|nah)\s*(?=[,;]|$)"
    r"|\b(?:except|but(?:\s+not)?|not|never|apart\s+from|other\s+than|excluding|bar|minus|no)\s+(?:on\s+)?"
    rf"(?:the\s+)?(?:weekends?|{WEEKDAY}s?(?:\s*(?:,|and|or|&|/)\s*{WEEKDAY}s?)*)\b)")
_ONLY_GAP = re.compile(
    r"(?i:\b(?:only|just|exclusively|solely|purely)\s+(?:(?:on|use|using|post(?:ing)?(?:\s+on)?|"
    r"sell(?:ing)?(?:\s+on)?|be\s+on|do|want|through|via|at|focus(?:ing)?\s+on)\s+)?"
    r"(?:(?:the|our|my)\s+)?$)")
#: "TikTok isn't working for us", "Facebook is dead", "X? not anymore"
_NEGATION_AFTER = re.compile(
    r"(?i:^\s*(?:(?:is|are|has\s+been|have\s+been|was|were)\s+)?(?:isn't|is\s+not|aren't|are\s+not|"
    r"doesn't|does\s+not|don't|do\s+not|wasn't|weren't|never|hasn't|haven't|not)\s+"
    r"(?:\w+\s+){0,2}?(?:work|works|working|worked|doing|done|performing|convert|converting|worth|"
    r"bringing|getting|selling|for\s+us|right|good)\b"
    r"|^\s*(?:(?:is|are)\s+)?(?:dead|over|gone|a\s+flop|a\s+waste|not\s+for\s+us|useless|pointless|"
    r"no\s+(?:good|use)|not\s+worth\s+it)\b"
    # "TikTok: none, we tried it", "X - 0"
    r"|^\s*[:=-]\s*(?:none|nothing|no|nope|zero|0|n/?a|not\s+(?:anymore|for\s+us))\b"
    # "tiktok 3x. fb no", "pinterest - nah": the platform, then a bare no
    r"|^\s*(?:no|nope|nah|not\s+needed)(?=\s*(?:[.,;!]|$))"

    r"|^\s*[?,]?\s*(?:not\s+)?any\s*more\b|^\s*[?,]?\s*no\s+more\b)")
#: "we did insta but quit it", "had a facebook page but stopped": tried and left
_LEFT_AFTER = re.compile(
    r"(?i:^\s*(?:(?:page|account|group)\s+)?(?:for\s+a\s+(?:while|bit|year|few\s+\w+)\s+)?,?\s*(?:but|and|then)\s+"
    r"(?:(?:we|i|she|he|they)\s+)?(?:quit|stopped|gave\s+(?:it\s+|that\s+)?up|dropped|abandoned|deleted|"
    r"left|ditched|closed)\b)")
#: "a facebook group but that's community, don't plan posts for it": a platform kept out of the plan
_NOT_PLANNED = re.compile(r"(?i:^[^.!?;]{0,70}?\b(?:don'?t|do\s+not|no\s+need\s+to|never)\s+"
                          r"(?:plan|schedule|post|include)\b|^\s*(?:group|page)?\s*(?:but|,)?\s*"
                          r"(?:that'?s|it'?s)\s+(?:just\s+)?(?:for\s+)?(?:community|personal|friends|family)\b)")
#: a platform only thought about: "thinking about tiktok", "might try Pinterest", "YouTube? not sure"
_MAYBE_BEFORE = re.compile(
    r"(?i:\b(?:thinking\s+(?:about|of)|considering|toying\s+with|wondering\s+about|"
    r"not\s+sure\s+about|undecided\s+about|on\s+the\s+fence\s+about|"
    r"(?:might|may|maybe|could|should)\s+(?:(?:also|eventually|one\s+day)\s+)?(?:try|start|add|join|"
    r"give|look\s+at|get\s+into|branch\s+out\s+(?:in)?to))"
    r"(?:\s+(?:on|with|using|doing|getting\s+into|starting|posting\s+on|out))?\s+(?:the\s+)?$)")
_MAYBE_AFTER = re.compile(r"(?i:^\s*\??\s*,?\s*(?:(?:too|as\s+well|also)\s*,?\s*)?(?:but\s+)?(?:(?:i'?m|we'?re)\s+)?"
                          r"(?:not\s+sure|unsure|undecided|maybe\s+(?:not|later|one\s+day)|eventually|at\s+some\s+point|"
                          r"one\s+day|someday|later\b|(?:maybe|perhaps|possibly)(?=\s*(?:[,.!?;)]|$)|\s+(?:too|later|not|as\s+well)\b)|down\s+the\s+(?:line|road)|"
                          r"in\s+(?:the\s+)?future|if\s+(?:it'?s|its|it\s+is)\s+(?:easy|not\s+too|worth)|"
                          r"if\s+(?:i|we)\s+have\s+time|"
                          # "youtube belki ileride", "pinterest vielleicht später", "tiktok quizás"
                          r"belki|vielleicht|peut-?[eê]tre|quiz[aá]s?|tal\s+vez|talvez|forse|mo[żz]e|"
                          r"misschien|kanske|mungkin|labda|baadaye)\b)")
#: "maybe pinterest too", "perhaps TikTok": a platform hedged, unless a count says how often
#: ("and maybe x once": it is planned, at once a week)
_MAYBE_WORD = re.compile(r"(?i:\b(?:maybe|perhaps|possibly)\s+(?:also\s+)?(?:(?:on|do|try)\s+)?(?:the\s+)?$)")
_COUNT_AFTER = re.compile(r"(?i:^\s*[:=(-]?\s*(?:\d|once|twice|thrice|daily|every|each|weekly|x\s*\d|"
                          r"(?:one|two|three|four|five|six|seven)\b))")
_ADD_WORDS = re.compile(r"(?i:\b(?:also|too|as\s+well|add(?:ing)?|plus|additionally|expand(?:ing)?|"
                        r"now\s+on|another|and\s+on)\b)")
#: "switch from TikTok to Pinterest": after "to", the names are added again
_RESET = re.compile(r"(?i:\b(?:to|with|for|by|into)\b)")
_COUNTRY_BEFORE = re.compile(r"(?i:\b(?:in|from|based\s+in|based\s+out\s+of|located\s+in|out\s+of|"
                             r"ship(?:s|ping)?\s+from|operate\s+in|across|country\s*[:=]?|"
                             r"country\s+is)\s+(?:the\s+)?"
                             # "in lyon, france": a town, then its country
                             r"(?:(?:(?<=\bin\s)|(?<=\bfrom\s)|(?<=\bacross\s))[A-Za-z][\w'-]+(?:\s[A-Za-z][\w'-]+)?,\s+"
                             # "in taghazout morocco": a town typed before its country, no comma
                             r"|(?<=\bin\s)(?!(?:the|a|an|our|my|both|all|every|most|some)\s)[A-Za-z][\w'-]+\s+)?$)")
#: "made in Scotland", "grown in Kenya": where the goods come from, not the seller
_ORIGIN_BEFORE = re.compile(r"(?i:\b(?:made|grown|sourced|crafted|produced|imports?|imported|importing|woven|"
                            r"roasted|printed|harvested|picked|distilled|brewed)\s+(?:\w+\s+)?(?:in|from)\s+(?:the\s+)?$|"
                            r"\b(?:set|filmed|shot)\s+in\s+(?:the\s+)?$|"
                            # "silk from a mill in Como", "beans from a farm in Huila"
                            r"\bfrom\s+(?:a|an|the|one|two|small|family)\s+(?:[\w-]+\s+)?(?:mills?|farms?|"
                            r"factor(?:y|ies)|vineyards?|estates?|tanner(?:y|ies)|suppliers?|orchards?|quarr(?:y|ies)|"
                            r"co-?ops?|cooperatives?|growers?|producers?|weavers?|potter(?:y|ies))\s+(?:in|near)\s+(?:the\s+)?$)")
#: "couples mostly from the US", "guests from Germany": where customers come from, not the seller
_CUSTOMERS_FROM = re.compile(r"(?i:\b(?:customers|clients|couples|guests|buyers|visitors|tourists|travellers|"
                             r"travelers|students|patients|shoppers|fans|followers|orders|people)\s+"
                             r"(?:(?:mostly|mainly|all|often|usually|come|coming|are)\s+){0,2}"
                             r"(?:from|in)\s+(?:all\s+over\s+)?(?:the\s+)?$)")
#: "we're a Canadian brand", "proudly Irish", "we're Dutch": where the business is from; a
#: cuisine or a product's origin ("a French bakery", "Greek yoghurt") is not
_FROM_DEMONYM = re.compile(
    r"(?i:\b(?:(?:we'?re|we\s+are|i'?m|i\s+am|proudly|a|an)\s+(?:(?:small|little|independent|"
    r"family[- ]run|family|proud|proudly|indie|new)\s+)*)(?P<d>[a-z]+(?:\s+african)?)"
    r"(?:(?:[- ](?:owned|based|run))|\s+(?:brand|company|business|start-?up|label|firm|agency|"
    r"maker|makers|manufacturer|family\s+business)\b|(?=\s*(?:[,.!;]|$|\s+(?:and|btw|too)\b))))")


def extract_platforms_and_stores(reader: BriefReader) -> None:
    """Platform and store names, grouped per clause into runs that share a polarity: one
    finding per run, its mode "add", "remove" or "only" (with "+" when the clause says "also")."""
    polarity_text = _NEUTRAL.sub(lambda m: " " * len(m.group()), reader.text)
    for label, kind in (("PLATFORM", "platforms"), ("STORE", "sells_on")):
        for segment in reader.segments:
            previous: tuple[Entity, str] | None = None
            group: list[str] = []
            group_mode = ""
            group_start = -1
            for entity in reader.entities_in(segment, label):
                if reader.is_claimed(entity.start, entity.end) or (
                        label == "STORE" and not _sold_there(reader, entity)):
                    continue
                mode = _polarity(reader, polarity_text, entity, segment, previous)
                previous = (entity, mode)
                if mode == "maybe":
                    continue  # "thinking about tiktok but not sure": not a platform yet
                if group and mode != group_mode:
                    reader.add(group_start, kind, group, mode=group_mode + _added(reader, segment, group_start))
                    group = []
                if not group:
                    group_start, group_mode = entity.start, mode
                if entity.id not in group:
                    group.append(entity.id)
            if group:
                reader.add(group_start, kind, group, mode=group_mode + _added(reader, segment, group_start))
    if any(e.label == "PLATFORM" for e in reader.entities) or not _POSTING.search(reader.text):
        return
    for finding in [f for f in reader.findings if f.kind == "sells_on" and f.mode.startswith("add")]:
        # "sell on instagram shop and etsy, post reels 4x/week": the posts go where the shop is
        shops = [_SHOP_ON[i] for i in finding.value if i in _SHOP_ON]
        if shops:
            reader.add(finding.start, "platforms", shops, mode="add")


#: "we build shopify stores": a store worked on for clients, not where the seller sells
_WORKED_ON = re.compile(r"(?i:\b(?:build|building|built|design|designing|develop|developing|set\s+up|"
                        r"setting\s+up|manage|managing|optimi[sz]e|optimi[sz]ing|fix|fixing|migrate|"
                        r"migrating|audit|auditing|grow|growing|launch|launching)\s+(?:\w+\s+){0,2}$)")
_STORES_OF_OTHERS = re.compile(r"(?i:^\s+(?:stores|shops|sites|websites|themes|apps|listings|sellers|"
                               r"brands|accounts)\b)")
#: "our website is www.…": the address, said; not where things are sold ("our site is
#: leatherlane.co and etsy" lists it with a store, so it is)
_ADDRESS = re.compile(r"(?i:^\s*(?:is|:|=)\s*(?:https?://|www\.|[a-z0-9-]+\.[a-z]{2,})\S*(?!\S)"
                      r"(?!\s*(?:,|and|&|or|plus)\s+(?:on\s+|at\s+)?[a-z]))")


#: channels people post to that the planner has no posts for (the rest of OTHER_CHANNELS are
#: places to listen, message or buy, and said so elsewhere)
_POSTED_ELSEWHERE = {"snapchat", "bluesky", "mastodon", "tumblr", "nextdoor", "reddit", "twitch",
                     "substack", "telegram", "vk", "weibo", "xiaohongshu"}
_NAMES = {"tumblr": "Tumblr", "vk": "VK", "xiaohongshu": "Xiaohongshu"}


def extract_unplanned_platforms(reader: BriefReader) -> None:
    """A channel the seller posts to that the planner cannot plan ("we're on facebook and
    nextdoor"): said back, so it is not dropped without a word."""
    said: list[tuple[int, str]] = []
    for m in re.finditer(r"(?i:\b[a-z]+\b)", reader.text):
        word = m.group().lower()
        if word not in _POSTED_ELSEWHERE or reader.is_claimed(m.start(), m.end()) or word in (s[1] for s in said):
            continue
        segment = reader.segment_at(m.start())
        if segment is None:
            continue
        sentence = " ".join(s.text for s in reader.segments if s.sentence == segment.sentence)
        before = reader.text[segment.start:m.start()]
        if word == "line" and not re.search(r"(?i:\b(?:on|and|,)\s*$)", before):
            continue  # "a line of candles"
        posting = any(e.label == "PLATFORM" for e in reader.entities if reader.segment_at(e.start)
                      and reader.segment_at(e.start).sentence == segment.sentence) \
            or re.search(r"(?i:\b(?:post|posts|posting|active|on)\b)", sentence)
        if posting and not re.search(r"(?i:\b(?:book|order|message|dm|call|text|contact|reach|find|buy|"
                                     r"through|via|reviews?)\b[^,.;]*$)", before):
            said.append((m.start(), word))
    for start, word in said:
        name = _NAMES.get(word, word.capitalize())
        reader.add(start, "note", f"{name}: I can't plan posts there yet; the plan covers Instagram, "
                                  "TikTok, Facebook, X, LinkedIn, Pinterest, YouTube and Threads")


#: "they order through whatsapp", "book on whatsapp", "orders by dm": where people buy is a message
_ORDER_BY_MESSAGE = re.compile(
    r"(?i:\b(?:order|orders|ordering|ordered|book|books|booking|bookings|buy|buys|enquire|enquiries|inquiries|"
    r"reserve|reservations)\s+(?:(?:with\s+)?(?:me|us|it|them)\s+)?(?:(?:directly|direct|easily|only)\s+)?"
    r"(?:through|via|on|by|over|using|in)\s+(?:a\s+|an\s+)?(?P<ch>whats\s?app|wa|dms?|direct\s+messages?|"
    r"messenger|text(?:\s+message)?|sms|telegram|signal|wechat|phone|call)\b)")
_BY_MESSAGE = {"whatsapp": "whatsapp", "whats app": "whatsapp", "wa": "whatsapp", "telegram": "telegram",
               "signal": "signal", "wechat": "wechat", "phone": "phone", "call": "phone"}


def extract_message_orders(reader: BriefReader) -> None:
    """"they order through whatsapp", "walk ins welcome or book on whatsapp": people buy or
    book by message, which is where they buy (said once, so it is not asked again)."""
    found: list[str] = []
    first = -1
    for m in _ORDER_BY_MESSAGE.finditer(reader.text):
        channel = re.sub(r"\s+", " ", m.group("ch").lower())
        value = _BY_MESSAGE.get(channel, "messages")
        if value not in found and value not in reader.brief.sells_on and not reader.is_claimed(m.start("ch"), m.end()):
            reader.claim(m.start("ch"), m.end())
            found.append(value)
            first = m.start("ch") if first < 0 else first
    if found:
        reader.add(first, "sells_on", found, mode="add+")


def _sold_there(reader: BriefReader, entity: Entity) -> bool:
    """Whether a store name says where the seller sells."""
    before = reader.text[max(0, entity.start - 40):entity.start]
    after = reader.text[entity.end:entity.end + 60]
    if _WORKED_ON.search(before) and _STORES_OF_OTHERS.match(after):
        return False
    if entity.id == "website" and _SHOWN.search(before) and _ADDRESS.match(" is " + after):
        return False  # "here's our site https://…": the address, shown
    return not (entity.id == "website" and _ADDRESS.match(after)
                and not re.search(r"(?i:\b(?:sell|sold|shop|buy|order|on|via|through|from|at|ship)\w*\s*$)", before))


#: words that show an address rather than say where things are sold
_SHOWN = re.compile(r"(?i:\b(?:here'?s|heres|here\s+is|check\s+out|visit|see|this\s+is|that'?s|"
                    r"link\s+to)\s+(?:(?:our|my|the)\s+)?$)")


#: "sold in local shops and online", "online and at markets": online in a list of stores is
#: the seller's own site ("we sell online" alone may be any of them)
_ONLINE = re.compile(r"(?i:\bonline\b(?!\s*(?:courses?|classes|coaching|lessons|sessions|tutoring|"
                     r"training|workshops?|programmes?|programs?|consultations?|therapy|shop|store|"
                     r"only)\b))")
_LIST_GAP = re.compile(r"(?i:^\s*(?:,|and|&|or|plus)\s*(?:(?:also|at|on|in|through|via)\s+)?(?:the\s+|our\s+)?$)")


#: "we sell tea online at teahouse.com": online, at the seller's own address
_ONLINE_AT = re.compile(r"(?i:\b(?:sell\w*|sold|available|shop|buy|order)\b[^.!?\n]{0,80}?\bonline\s+"
                        r"(?:at|via|through|from|on)\s+(?P<url>(?:https?://|www\.)?[a-z0-9-]+\.[a-z.]{2,}\S*))")


#: "we sell online and at surf shops", "stocked in a few gift shops": shops of others
_AT_SHOPS = re.compile(r"(?i:\b(?:sold|sell|selling|stocked|stock|available|find\s+us)\b[^.!?\n]{0,60}?\b(?:at|in|through|"
                       r"via)\s+(?:(?:a\s+few|a\s+couple\s+of|some|several|lots\s+of|local|independent|indie|"
                       r"[a-z]+)\s+){0,2}?(?P<what>shops|stores|boutiques|stockists|retailers|garden\s+cent(?:re|er)s|delis|"
                       r"galleries|cafes|cafés)\b)")
#: "at the Riverside market", "at Borough Market": a market named
_NAMED_MARKET = re.compile(rf"\b(?i:at|in)\s+(?:the\s+)?(?:[{UPPER}][\w'-]+\s+){{1,3}}(?i:market|markets)\b")
#: ... or typed in lower case after selling ("sell at st nicholas market on saturdays", chat
#: test 38)
_LOWER_MARKET = re.compile(r"(?i:\bat\s+(?:the\s+)?(?:(?!online\b|and\b|or\b)[a-z][\w'-]*\s+){0,3}"
                           r"(?:market|markets)\b)")
_SELLING_BEFORE = re.compile(r"(?i:\b(?:sell|sells|sold|selling|stall|pitch|trade)\b[^.!?\n]{0,20}$)")


def _market_said(text: str) -> re.Match[str] | None:
    named = _NAMED_MARKET.search(text)
    if named:
        return named
    for m in _LOWER_MARKET.finditer(text):
        if _SELLING_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            return m
    return None


def extract_shops_and_markets(reader: BriefReader) -> None:
    """Where it is sold, said with no store's name: "at surf shops" (local shops), "at the
    Riverside market" (markets); "online and at surf shops" adds the website."""
    said = {i for f in reader.findings if f.kind == "sells_on" for i in f.value}
    for find, store in ((_AT_SHOPS.search, "local shops"), (_market_said, "markets")):
        m = find(reader.text)
        if m is None or store in said or reader.is_claimed(m.end() - 5, m.end()) \
                or any(e.start < m.end() and m.start() < e.end and e.label == "STORE" for e in reader.entities):
            continue
        online = re.search(r"(?i:\bonline\s*(?:,|and|&|\+|or)\s*(?:also\s+)?(?:at|in)\b)", m.group()) \
            or re.match(r"(?i:\s*(?:,|and|&|\+|or)\s*online\b)", reader.text[m.end():]) \
            or re.search(r"(?i:(?:,|\band|\balso|\bplus)\s+(?:also\s+)?(?:sell\s+|selling\s+)?online\b)",
                         reader.text[m.end():])
        stores = [store, "website"] if online and "website" not in said else [store]
        reader.add(m.start(), "sells_on", stores, mode="add+")


def extract_online(reader: BriefReader) -> None:
    """"sold in local shops and online": the website, beside a store that is sold in;
    "we sell tea online at teahouse.com": the website, at its address."""
    extract_shops_and_markets(reader)
    if any("website" in f.value for f in reader.findings if f.kind == "sells_on"):
        return
    at = _ONLINE_AT.search(reader.text)
    if at and not any(d in at.group("url").lower() for d in SOCIAL_DOMAINS) \
            and not any(e.start == at.start("url") for e in reader.entities):
        reader.add(at.start("url"), "sells_on", ["website"], mode="add+")
        return
    sold = [(f.start, e) for f in reader.findings if f.kind == "sells_on" and f.mode.startswith("add")
            for e in reader.entities if e.label == "STORE" and e.id in f.value]
    if not sold:
        return
    for m in _ONLINE.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()) or any(e.start <= m.start() < e.end
                                                        for _start, e in sold):
            continue
        if any(_LIST_GAP.match(reader.text[e.end:m.start()]) or _LIST_GAP.match(
                reader.text[m.end():e.start]) for _start, e in sold):
            reader.add(m.start(), "sells_on", ["website"], mode="add+")
            return


#: talk of posting, with no platform named
_POSTING = re.compile(r"(?i:\b(?:post|posts|posting|reels?|stories|lives|videos?)\b)")
#: stores that are a platform's own shop
_SHOP_ON = {"instagram shop": "instagram", "tiktok shop": "tiktok", "facebook shop": "facebook"}


def _added(reader: BriefReader, segment: Segment, start: int) -> str:
    """"+" when the clause says, before the names, that they are added ("we're also on
    Pinterest", "add X"). An "and on X" after the first name adds X to that name, and a
    "too" after them ("we're on tiktok now too") adds to platforms said before, never to
    the untouched default."""
    return "+" if _ADD_WORDS.search(reader.text[segment.start:start]) else ""


def _polarity(reader: BriefReader, polarity_text: str, entity: Entity, segment: Segment,
              previous: tuple[Entity, str] | None) -> str:
    """"remove", "only" or "add" for one name, from the words around it in its clause."""
    before = polarity_text[segment.start:entity.start]
    if re.match(r"(?i:\s*(?:instead|rather)\b(?!\s+of\b))", reader.text[entity.end:entity.end + 16]) \
            and not _NEGATION.search(re.split(r"[,;]", reader.text[segment.start:entity.start])[-1]):
        return "add"  # "not facebook, pinterest instead": the one put in the other's place
    if previous is not None and previous[1] in ("remove", "only", "maybe"):
        gap = reader.text[previous[0].end:entity.start]
        if CHAIN_GAP.fullmatch(gap):
            return previous[1]
    if _MAYBE_BEFORE.search(reader.text[max(segment.start, entity.start - 60):entity.start]) \
            or _MAYBE_AFTER.match(reader.text[entity.end:entity.end + 40]):
        return "maybe"
    if _MAYBE_WORD.search(reader.text[max(segment.start, entity.start - 30):entity.start]) \
            and not _COUNT_AFTER.match(reader.text[entity.end:entity.end + 20]):
        return "maybe"
    sentence = reader.text[_sentence_start(reader, segment):entity.start]
    if _COMPETITOR.search(sentence) and not _WANT_IN.search(reader.text[entity.end:entity.end + 60]):
        return "maybe"  # "our competitor is all over tiktok": theirs, not the seller's
    negations = list(_NEGATION.finditer(before))
    if negations:
        last = negations[-1]
        gap = before[last.end():]
        other = any(e.start >= segment.start + last.end() and e.end <= entity.start
                    for e in reader.entities_in(segment, entity.label))
        if len(gap) <= 40 and not (other and _RESET.search(gap)):
            return "remove"
    pos = entity.end
    for other_entity in reader.entities_in(segment, entity.label):
        if other_entity.start >= pos and CHAIN_GAP.fullmatch(reader.text[pos:other_entity.start]):
            pos = other_entity.end
    if _NEGATION_AFTER.match(reader.text[pos:min(segment.end, pos + 60)]):
        return "remove"
    sentence_end = max(s.end for s in reader.segments if s.sentence == segment.sentence)
    if _LEFT_AFTER.match(reader.text[pos:min(sentence_end, pos + 60)]):
        return "remove"
    sentence_end = max(s.end for s in reader.segments if s.sentence == segment.sentence)
    following = [e.start for e in reader.entities if e.label == "PLATFORM" and pos <= e.start < sentence_end]
    if _NOT_PLANNED.match(reader.text[pos:min(following + [sentence_end, pos + 90])]):
        return "remove"
    if _ONLY_GAP.search(before) or re.match(r"(?i:\s*only\b)", reader.text[entity.end:segment.end]):
        return "only"
    return "add"


#: a platform said of a competitor ("our competitor Bench is everywhere on TikTok")
_COMPETITOR = re.compile(r"(?i:\b(?:competitors?|competition|rivals?)\b[^.!?;\n]{0,60}$)")
#: … unless the seller wants to be there too ("… so we want in")
_WANT_IN = re.compile(r"(?i:^[^.!?\n]{0,30}?\b(?:we|i)\s+(?:want|wanna|need|would\s+like|'d\s+like)\s+"
                      r"(?:in|to\s+(?:be|get|start|try|post))\b)")


def _sentence_start(reader: BriefReader, segment: Segment) -> int:
    return min(s.start for s in reader.segments if s.sentence == segment.sentence)


#: a country's name or short name said alone ("uk", "nz", "germany")
_COUNTRY_ALONE = {**{name: iso for iso, names in COUNTRY_NAMES.items() for name in names},
                  **{k.lower(): v for k, v in COUNTRY_ABBREVIATIONS.items() if k.lower() != "us"}}


def country_alone(name: str) -> str | None:
    """The ISO code of a country's name or short name said alone ("germany", "uk"), or None."""
    return _COUNTRY_ALONE.get(name.lower())


def extract_countries(reader: BriefReader) -> None:
    """A country named where the seller is: "based in Germany", "we ship from the US", "UK-based",
    or a message that is only its name ("uk", "ireland")."""
    bare = re.sub(r"\s+", " ", reader.text.strip(" \t\n.!,")).lower()
    bare = re.sub(r"^(?:(?:we'?re|we\s+are|i'?m|i\s+am|based)\s+)?(?:in|from)\s+(?:the\s+)?", "", bare)
    iso = _COUNTRY_ALONE.get(bare)
    if iso:
        reader.add(0, "country", iso)
        return
    for entity in reader.entities:
        if entity.label != "COUNTRY" or reader.is_claimed(entity.start, entity.end):
            continue
        before = reader.text[max(0, entity.start - 40):entity.start]
        after = reader.text[entity.end:entity.end + 10]
        if _ORIGIN_BEFORE.search(before) or _CUSTOMERS_FROM.search(before):
            continue
        # "We are Nordlys Audio (Norway)": the country in brackets after the business's name
        bracketed = re.search(r"[A-Z][\w'&.-]*\s*\(\s*$", before) and re.match(r"\s*\)", after)
        # "ship UK only", "ships UK-wide", "we ship within the US", "UK only for now": the home market
        home = re.search(r"(?i:\b(?:ship(?:s|ping)?|deliver(?:s|ing)?)\s+(?:(?:within|across|throughout|all\s+over)\s+"
                         r"(?:the\s+)?)?$)", before) is not None and re.match(r"(?i:\s*(?:-?\s*wide\b|only\b))", after) \
            or re.search(r"(?i:\b(?:ship(?:s|ping)?|deliver(?:s|ing)?)\s+(?:within|across|throughout)\s+(?:the\s+)?$)",
                         before) is not None \
            or re.match(r"(?i:\s*-?\s*(?:only|wide)\b)", after) is not None \
            and re.search(r"(?:^|[,—–:;(.!?\n])\s*$", reader.text[:entity.start]) is not None
        if _COUNTRY_BEFORE.search(before) or re.match(r"(?i:\s*-?\s*based\b)", after) or bracketed or home \
                or _set_off(reader.text, entity.start, entity.end) and not _CUSTOMERS_FROM.search(before):
            reader.add(entity.start, "country", entity.id)
            return
    for m in _FROM_DEMONYM.finditer(reader.text):
        iso = DEMONYMS.get(m.group("d").lower())
        if iso and not (m.group("d") == "polish" and iso == "PL") \
                and not reader.is_claimed(m.start("d"), m.end("d")):
            reader.add(m.start("d"), "country", iso)
            return
    extract_place(reader)


#: what puts a town or region as where the seller is: "in Leeds", "based out of Tampere",
#: "near Porto", "here in Bali", "serving Ontario"
_PLACE_BEFORE = re.compile(r"(?i:(?:\b(?:in|from|based\s+in|based\s+out\s+of|located\s+in|out\s+of|near|"
                           r"around|outside(?:\s+of)?|serving|serve|across|throughout|all\s+over|"
                           r"(?:made|baked|brewed|roasted|printed|crafted|handmade|hand-made)\s+in)"
                           r"\s+(?:(?:the|central|downtown|north|south|east|west|northern|southern|"
                           r"greater|rural|sunny|beautiful|lovely)\s+)?)$)")
#: "in"/"from" as other languages say it, before a capitalised town: "aus Köln", "en Sevilla",
#: "em Braga", "à Lyon", "di Bandung", "w Gdańsku", "v Brně", "в Алматы", "i Bergen", "z Krakowa"
_FOREIGN_PLACE_BEFORE = re.compile(r"(?:^|[\s(,])(?:(?i:aus|en|em|à|di|we|ve|во|из|från|fra|uit|desde|ze)"
                                   r"|w|v|в|i|z)\s+$")
#: "Leeds-based", "Accra based"
_PLACE_BASED = re.compile(r"(?i:^\s*-?\s*based\b)")
#: "Phoenix AZ", "austin tx": a town, then its US state's two letters
_US_STATE_AFTER = re.compile(r"^,?\s+(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|"
                             r"MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|"
                             r"al|ak|az|ar|ca|co|ct|fl|ga|hi|ia|ks|ky|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|"
                             r"nc|nd|oh|ok|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)\b")


def extract_place(reader: BriefReader) -> None:
    """A town or region where the seller is ("a bakery in Leeds", "Accra-based", "in
    Tampere"), read as its country (planner/brief/places.py); a message that is only a
    place ("Chicago") says it too. Goods from a place ("olive oil grown in Crete") do not.
    The place is never the product or the brand."""
    text = reader.text
    for m in re.finditer(r"[^\W\d_]", text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-_@./#"):
            continue
        foreign = _FOREIGN_PLACE_BEFORE.search(text[max(0, start - 8):start]) is not None \
            and text[start].isupper()
        found = places.place_at(text, start)
        if found is None and foreign:
            found = places.place_inflected(text, start)  # "w Gdańsku", "в Алматы"
        if found is None:
            continue
        end, iso = found
        if text[end:end + 1].isalnum():
            continue
        said = text[start:end]
        before = text[max(0, start - 40):start]
        based = _PLACE_BASED.match(text[end:end + 10]) is not None
        # "Wedding florist, Lake District.", "Trattoria da Nonna Rosa, Bologna.": a place set off
        # on its own; "Chicago" as a whole message; never one inside a name ("Smile Atelier Dubai")
        alone = (_set_off(text, start, end) and not places.table()[places.fold(said)][1]
                 and not any(f.kind == "brand" and isinstance(f.value, str) and said in f.value
                             and places.fold(f.value) != places.fold(said) for f in reader.findings))
        placed = (_PLACE_BEFORE.search(before) is not None and not _ORIGIN_BEFORE.search(
            re.sub(r"(?i:\b(?:made|baked|brewed|roasted|printed|crafted)\s+in\s+(?:the\s+)?$)", "", before))
            and not _CUSTOMERS_FROM.search(before))
        # "Birmingham UK", "Wellington, NZ": a town, then its own country
        country_after = re.match(r",?\s+([A-Za-z][A-Za-z.]*(?:\s[A-Z][a-z]+)?)(?=\W|$)", text[end:end + 30])
        own_country = (country_after is not None and text[start].isupper()
                       and country_alone(country_after.group(1).rstrip(".")) == iso)
        if not (placed or alone or based or foreign or own_country
                or _US_STATE_AFTER.match(text[end:end + 5]) and iso == "US"):
            continue
        reader.places.append((start, end))
        reader.findings[:] = [f for f in reader.findings if not (
            f.kind in ("product", "brand") and isinstance(f.value, str)
            and (places.fold(f.value.strip(" .,!?")) == places.fold(said)
                 or based and f"{said}-based" in f.value))]  # "Tokyo-based English" is no name
        reader.add(start, "country", iso)
        return


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether a capitalised name stands on its own: after the start, a line break, a comma or
    a dash, and before a full stop, a comma, a line break or the end ("…, Bologna.")."""
    return (re.search(r"(?:^|[,—–:;(.!?\n]|\s-)\s*$", text[:start]) is not None
            and re.match(r"\s*(?:[.,;!)\n]|$|,?\s+(?:and|&)\s)", text[end:]) is not None
            and text[start:start + 1].isupper())


#: what may stand between a product and a town typed after it: spaces, a slash, a dash
_BEFORE_TOWN = re.compile(r"(?:\s*[/|,–—-]\s*|\s+)(?:(?:in|from|based\s+in|aus|en|em|à|di|w|v|в|i)\s+)?$")


def _trailing_place(value: str) -> tuple[str, str] | None:
    """A product with a capitalised town typed after it ("Lash extensions Manchester UK",
    "kombucha / Cape Town /", "brow lamination Sheffield"): (the product without the town,
    the town's ISO country), or None. The town must end the phrase, bar a country said after
    it ("UK"), and something must be left before it."""
    trimmed = value.rstrip(" /|,.–—-")
    for m in re.finditer(r"(?<![\w'’-])[^\W\d_]", trimmed):
        start = m.start()
        if start == 0 or not trimmed[start].isupper():
            continue
        found = places.place_at(trimmed, start)
        if found is None and _FOREIGN_PLACE_BEFORE.search(trimmed[max(0, start - 8):start]):
            found = places.place_inflected(trimmed, start)  # "świece sojowe w Gdańsku"
        if found is None:
            continue
        end, iso = found
        rest = trimmed[end:].strip(" ,/|.–—-")
        if rest and country_alone(rest) != iso:
            continue
        head = _BEFORE_TOWN.sub("", trimmed[:start]).strip(" ,/|–—-")
        if len(head) < 3 or not re.search(r"[^\W\d_]{3}", head):
            continue
        return head, iso
    return None


def cut_places_from_product(reader: BriefReader) -> None:
    """A town typed after the product with no word for "in" ("lash extensions Manchester",
    "we do bouncy castle hire 🏰 Leicester", "kombucha / Cape Town"): the product is what comes
    before it, and the town says the country (unless one was said)."""
    for finding in reader.findings:
        if finding.kind != "product" or not isinstance(finding.value, str):
            continue
        # "handmade soap / vinted + etsy": a separator typed after the product is no part of it
        tidy = re.sub(r"(?:\s+[/|–—-])+\s*$", "", finding.value)
        if tidy != finding.value and len(tidy) >= 3:
            finding.value = tidy
        cut = _trailing_place(finding.value)
        if cut is None:
            continue
        finding.value = cut[0]
        if finding.end >= 0:
            finding.end = finding.start + len(cut[0])
        if not reader.brief.country and not any(f.kind == "country" for f in reader.findings):
            reader.add(finding.start, "country", cut[1])


#: a flag emoji: two regional-indicator letters ("🇵🇹" is PT)
_FLAG = re.compile("([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")


def country_from_flag(reader: BriefReader, raw: str) -> None:
    """"tiny pottery studio in Porto 🇵🇹", "wedding planner, Florence 🇮🇹": one country's flag in
    a message that names no country is where the seller is (several flags say nothing)."""
    if reader.brief.country or any(f.kind == "country" for f in reader.findings):
        return
    flags = {chr(ord(a) - 0x1F1E6 + 65) + chr(ord(b) - 0x1F1E6 + 65) for a, b in _FLAG.findall(raw)}
    if len(flags) == 1 and not flags & {"EU", "UN"}:
        reader.add(0, "country", flags.pop())
