"""The copy critic: what a social media manager would refuse to publish, found by rule.

`planner lint` reports these beside the platform and advertising rules, and the
planner runs the same checks on every candidate post while it writes a calendar, so
it never writes a post it would flag. Each rule is one defect class a blind read of
generated calendars found: a brief field pasted word for word, parcel words for a
service or an app, a claim the brief does not back, a frame with nothing in it,
selling on a commemorative day, a missing title or event time, a link that does not
match its call to action, and repetition across the calendar. Calendar-level rules
report brief facts the plan never used.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from planner.domain.brief import Brief
from planner.domain.calendar import Calendar, CalendarPost
from planner.planning.conditions import condition_lines, is_last_call_day
from planner.planning.repeats import (  # noqa: F401 (re-exported)
    _SMALL,
    CTA_DAYS,
    LIVE_TACTICS,
    REPEAT_WINDOW_DAYS,
    SAME_TEMPLATE_DAYS,
    SENTENCE_SPLIT,
    repetition_findings,
)
from planner.planning.links import giveaway_said
from planner.planning.visuals import is_activity, name_lines, with_minors
from planner.planning.sparse import SPARSE_TEMPLATES, brief_lines, is_sparse, light_lines
from planner.planning.facts_said import (brief_details, core_sentences, event_called, without_our, price_again, price_line,
                                        usual_price)
from planner.planning.voice import brief_voice, first_person_singular
from planner.resources import templates_dir
from planner.planning.voice_check import brief_words, voice_breaks
from planner.planning.wording import (
    FREE_SHIP_RE,
    about_line,
    is_solo,
    mend,
    said_title,
    short_name,
)

#: words of parcels and carts: wrong for a service or an app
PARCEL_RE = re.compile(
    r"(?i)\b(unbox(?:ing|ed)?|out of the box|parcels?|packag(?:e|es|ing)|ships?\b|shipping|"
    r"delivered|delivery|in stock|your orders?\b|order history|add(?:ed)? to (?:cart|basket)|"
    r"basket|shopping (?:trip|list)|pick yours|gift[- ]wrap\w*)")


#: the fact-light jobs' templates (planning/sparse.py), each run once a calendar
_JOB_TEMPLATES = frozenset(SPARSE_TEMPLATES.values())

def tells_free_shipping(text: str, brief: Brief) -> bool:
    """Whether ``text`` says shipping is free, in common words or in the brief's own."""
    own = brief.free_shipping if isinstance(brief.free_shipping, str) else ""
    return bool(FREE_SHIP_RE.search(text)) or bool(own) and own.lower().rstrip(".") in text.lower()


#: tactics that show a customer's own content: the brief must give their words
REPOST_TACTICS = {"customer repost", "customer spotlight", "UGC proof"}
#: frames that carry no content of their own
EMPTY_FRAME_RE = re.compile(
    r"(?i)(raise your hand|no fix in this post|we've gone first|this is your sign|"
    r"you know exactly what we mean|calling all\b|can we talk about something|"
    r"something (?:big|new) is coming|stay tuned)")
CREATOR_RE = re.compile(r"(?i)(#ad\b|paid partnership|\bcreators?\b|\binfluencers?\b|"
                        r"\bcollab(?:oration)?s?\b|we sent .{0,40} to)")
AMBASSADOR_RE = re.compile(r"(?i)\bambassadors?\b")
LAUNCH_RE = re.compile(r"(?i)\b(launch(?:es|ing)?|coming soon|new drop|sneak peek|just dropped|"
                       r"brand[- ]new)\b")
SHOP_TAG_RE = re.compile(r"(?i)(tap (?:the|to) (?:tag|shop)|product tags?|shop tab|"
                         r"instagram shop|facebook shop|tiktok shop|product pins?|"
                         r"youtube shopping|tagged (?:products?|items?))")
REVIEW_CLAIM_RE = re.compile(r"(?i)(\b\d(?:\.\d)?\s*(?:stars?|★)|★{2,}|⭐{2,}|\breviews say\b|"
                             r"\brated\b|\bbestsell(?:er|ing)\b|\bbest[- ]selling\b|\baward|#1\b|"
                             r"\bread the reviews\b|\bfive[- ]star\b)")
EVENT_RE = re.compile(r"(?i)\b(go(?:ing)? live|join us live|live (?:q&a|session|demo|workshop)|"
                      r"webinar|workshop)\b")
TIME_RE = re.compile(r"(?i)\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b")
SALES_RE = re.compile(r"(?i)(\bcode\b|% off|\bsale\b|\bdiscount|\bshop now\b|\bbuy\b|\border now\b|"
                      r"\bdeal\b)")
#: a sentence that asks the reader to do something in reply: a post makes one such ask
ASK_RE = re.compile(
    r"(?i)^(?:[^.?!\n]{0,60}\?\s*)?(?:tell us|ask\b|reply\b|comment\b|drop (?:a|us|your|it)\b|"
    r"vote\b|vent\b|send (?:us|this|it|a|your)\b|share (?:this|it|yours|your)\b|"
    r"tag (?:us|a|someone|your)\b|let us know|leave (?:a|us|your)\b|dm us|message us|"
    r"save this|follow (?:along|us|for)\b|turn on|guess below|say (?:hi|hello)\b)")
#: "us" where a brand name would go, in a place a pronoun cannot take
def _no_brand_re(word: str) -> re.Pattern:
    """Wordings where "us" (or, for one maker, "me") stands in for a missing brand name."""
    w, cap = word, word[:1].upper() + word[1:]
    return re.compile(
        rf"(?:^|[.!?:]\s+|\n){cap}\b|\b(?:[Ww]e're|[Ww]e are|I'm|I am|[Ii]t's|[Tt]his is|"
        rf"[Uu]nboxing) {w}\b|"
        rf"\b(?:a|an|the|how|why|about|of|by|is|than) {w}\b|"
        rf"\b{w}(?:'s|’s)|\b{w}\s+(?!(?:know|anything|a|an|your|you|with|below|in|on|here|there|"
        r"first|directly|to|for|about|before|after|if|when|and|or|what|how|why|which|out|up|"
        r"back|now|today|soon|at|via|so|too|again|once|any|some|one|this|that|the|by|see|help|"
        rf"hear|show|tell)\b)[a-z]|#{w}\b|@{w}\b|[“\"]{w}[”\"]", re.M)


NO_BRAND_RE = _no_brand_re("us")
#: the same, for one maker who speaks as "I" (voice.first_person_singular)
NO_BRAND_ME_RE = _no_brand_re("me")
#: chatty lines a brief asking for a formal, professional or calm voice would never say
CASUAL_RE = re.compile(
    r"(?i)\b(?:let's be honest|pull up a chair|come as you are|fair enough|worth trying this week|"
    r"regret nothing|giddy|group therapy|raise your hand|this is your sign|go, go, go|"
    r"blink and it's gone|real talk|you know the drill|stretch your typing|"
    r"nobody should have to live with)\b")
#: asks that need a comment box, wrong on a story
COMMENT_ASK_RE = re.compile(r"(?i)\b(in the comments|comment (?:below|now|your)|below\b)")
#: asks a Pin's reader to write to us: a Pin is saved and tapped through, not answered
PIN_ASK_RE = re.compile(COMMENT_ASK_RE.pattern + r"|(?i:\bmessage us\b|send us a message|by message)")
#: asks a YouTube viewer cannot do there: a channel takes no messages, and a video is saved
#: to a playlist, not "saved for later" like a post
YT_ASK_RE = re.compile(r"(?i)\b(?:message us|send us a message|by message|dm us|direct message|"
                       r"save this(?! video)(?: for later)?\b|reply to this story)")
#: the asks each platform cannot take, by platform
PLATFORM_ASK_RES = {"pinterest": PIN_ASK_RE, "youtube": YT_ASK_RE}
#: asks to tag the brand, wrong where people do not tag brands
TAG_ASK_RE = re.compile(r"(?i)\b(tag (?:us|@|[A-Z]\w+ in)|mention sticker)")
#: asks to tag a friend, and asks to post with a hashtag: neither is done on a Pin or a video
#: (people send one on, or save it, instead)
FRIEND_TAG_RE = re.compile(r"(?i)\b(tag (?:a |your )?(?:friend|colleague|someone|them|him|her|a mate)\b|"
                           r"(?:post|share|join in|add|use|tag your post)\w* (?:\w+ ){0,2}(?:with|using)? ?#\w+)")
UNTAGGABLE = ("youtube", "pinterest")
#: a visual that moves, wrong for a still post
MOVING_RE = re.compile(r"(?i)\b(clip|video|footage|film(?:ed)?|time-?lapse|slow-?mo)\b")
STILL_FORMATS = ("static", "carousel", "pin", "text")
_WORD = re.compile(r"[a-z0-9']+")
_LINK = re.compile(r"https?://\S+|www\.\S+")
_VERB_CLASSES = {
    "buy": {"shop", "buy", "order", "cart", "basket", "checkout", "store", "product", "products"},
    "book": {"book", "booking", "bookings", "appointment", "appointments", "call", "consult",
             "consultation", "schedule"},
    "start": {"start", "enrol", "enroll", "signup", "sign", "join", "download", "subscribe",
              "trial", "register", "app"},
}
TITLED = ("pinterest", "youtube")


def post_findings(post: CalendarPost, brief: Brief | None,
                  holidays: dict[dt.date, str] | None = None) -> list[tuple[str, str]]:
    """The copy defects of one post, as (rule, message) pairs."""
    if brief is None:
        return []
    text = post.text
    out: list[tuple[str, str]] = []
    # (where the brief sells is said as it is: "the Saturday market stand" is no audience)
    # (... nor are the brief's parts said as sentences of ours: "We cover Headingley and…")
    ours = text
    for line in light_lines(brief):
        ours = ours.replace(line.rstrip("."), " ")
    pasted = _pasted(re.sub("|".join(re.escape(p) for p in brief.sells_on if p) or r"(?!)", " ",
                            ours, flags=re.IGNORECASE), brief.audience, 4)
    if pasted and _in_own_facts(pasted, brief):
        # (the words are the seller's own fact as well, told as the fact: an FAQ's "rest of
        # the EU 3-5 days" is no audience pasted because the audience says "the rest of the
        # EU" too)
        pasted = ""
    if pasted:
        out.append(("pasted-audience", f"the brief's audience is pasted in (\"{pasted}\"): "
                                       "speak to the reader as \"you\""))
    # a sentence of the description told whole, as a line of its own, is the seller's fact
    # (the parts of a description typed as a list, said as ours); the light lines go first,
    # and, when that cuts a detail in two, last (blind read 37: "You get 30 edited images,
    # delivered in five working days" is a light line and the start of a detail; taking it
    # first left the detail's tail as pasted)
    told_whole = _told_whole(ours, brief)
    if _pasted(told_whole, brief.description, 6):
        told_whole = _told_whole(text, brief)
        for line in light_lines(brief):
            told_whole = told_whole.replace(line.rstrip("."), " ")
    pasted = _pasted(told_whole, brief.description, 6)
    if pasted:
        out.append(("pasted-description", f"the brief's description is pasted in (\"{pasted}\"): "
                                          "say the fact in a sentence of the post"))
    if brief.kind != "product":
        m = PARCEL_RE.search(without_brief_words(text, brief))
        if m and re.search(rf"(?i)\b{re.escape(m.group(0))}\b", " ".join(
                (brief.product, brief.description, brief.offer.discount if brief.offer else ""))):
            m = None  # the seller's own word for what is sold ("the full speech package")
        if m:
            out.append(("parcel-words", f"\"{m.group(0)}\" is parcel language, wrong for a "
                                        f"{'service' if brief.kind == 'service' else 'digital product'}"))
    sentences = [s for line in (post.title, *text.splitlines())
                 for s in re.split(r"(?<=[.!?])\s+", re.sub(r"https?://\S+", "", line))]
    for sentence in sentences:
        # "make it this: rush service: up to 2,000 words": a fact with a colon of its own
        # after a lead-in's colon (clock times and links aside)
        if len(re.findall(r":(?!\d)", sentence)) >= 2:
            out.append(("two-colons", f"two colons in one sentence (\"{sentence[:60]}\")"))
            break
    echo = _echo(without_brief_words(text, brief), _item_words(brief))
    if echo:
        out.append(("repeated-line", f"says the same thing twice (\"{echo[0][:40]}\" and "
                                     f"\"{echo[1][:40]}\")"))
    # a tip of the seller's that opens with "Leave…" or "Send…" is advice, not an ask
    asks = [s for s in SENTENCE_SPLIT.split(without_brief_words(text, brief))
            if ASK_RE.search(s.strip())]
    if len(asks) > 1:
        out.append(("double-ask", f"asks twice (\"{asks[0].strip()[:40]}\" and "
                                  f"\"{asks[1].strip()[:40]}\"): one ask per post"))
    if post.format == "story" or post.platform == "pinterest":
        m = COMMENT_ASK_RE.search(text)
        if m:
            why = ("in a story, which has no comments: ask for a reply" if post.format == "story"
                   else "on a Pin: people save Pins and tap through; they don't come back to "
                        "comment")
            out.append(("platform-ask", f"\"{m.group(0)}\" {why}"))
    if post.platform in UNTAGGABLE:
        m = TAG_ASK_RE.search(text)
        if m:
            out.append(("platform-ask", f"\"{m.group(0)}\": nobody tags a brand on {post.platform}"))
        m = FRIEND_TAG_RE.search(text)
        if m:
            out.append(("platform-ask", f"\"{m.group(0)}\": there is no tagging on {post.platform}: "
                                        "ask people to send it to someone, or save it"))
    for rule, why in visual_misfits(post.visual or "", brief):
        out.append((rule, why))
    m = MOVING_RE.search(_without_brief_words(post.visual or "", brief))
    if post.format in STILL_FORMATS and m:
        out.append(("visual-format", f"the visual asks for \"{m.group(0)}\" but the post is a "
                                     f"{post.format}"))
    if not brief.brand:
        no_brand = NO_BRAND_ME_RE if is_solo(brief) else NO_BRAND_RE
        m = no_brand.search(text + "\n" + (post.title or ""))
        if m:
            out.append(("no-brand-grammar", f"\"{m.group(0)}\" uses the missing brand as a "
                                            "name: add brand to the brief"))
    voice = brief_voice(brief)
    if voice.style == "plain":
        m = CASUAL_RE.search(text)
        if m:
            out.append(("tone", f"\"{m.group(0)}\" is chatty for a brief that asks for "
                                f"\"{brief.tone}\""))
    for words, what in voice_breaks(text, voice.voice, brief_words(brief))[:1]:
        # the phrasebook (planning/phrasebook.py) says most lines in the voice; the rest
        out.append(("tone", f"\"{words}\" is {what}, not the {voice.voice} voice the brief asks "
                            f"for (\"{brief.tone}\")"))
    m = EMPTY_FRAME_RE.search(text)
    if m:
        out.append(("empty-frame", f"\"{m.group(0)}\" frames nothing the brief states"))
    elif post.stage in SAYING_STAGES and post.template not in _JOB_TEMPLATES \
            and says_nothing(text, post.title if post.platform in TITLED else "", brief):
        # (a title only Pinterest and YouTube show says nothing to an Instagram reader:
        # "Been meaning to get in touch? / Get in touch: link in bio." passed on its unseen
        # title, blind read 37)
        # (a fact-light job's post, a question or how to book, is one by design: it runs once
        # a calendar, where the brief's facts are all told: planning/sparse.py)
        out.append(("empty-frame", "every sentence is our own frame: the post tells no fact of "
                                   "the brief and says nothing of the goods beyond their name"))
    out += _claims(post, brief)
    if post.platform in TITLED and not post.title:
        out.append(("missing-title", f"{post.platform} posts need a title"))
    m = YT_ASK_RE.search(text) if post.platform == "youtube" else None
    if m:
        out.append(("platform-ask", f"\"{m.group(0)}\" is nothing a YouTube viewer can do"))
    # "the workshop" in the seller's own story is a place, not an event announced here
    announced = EVENT_RE.search(without_brief_words(text, brief))
    if announced and not TIME_RE.search(text):
        out.append(("event-without-time", f"announces \"{announced.group(0)}\" "
                                          "without a date and time"))
    mismatch = _link_mismatch(text)
    if mismatch:
        out.append(("link-mismatch", mismatch))
    if post.tactic in REPOST_TACTICS and not brief.facts.quotes:
        out.append(("unbacked-claim", f"a {post.tactic} post needs a real customer's words "
                                      "(quotes in the brief)"))
    if post.title:
        # the seller's own names are not judged: a product may start with a symbol
        judged = post.title
        for name in (brief.product, brief.product[:1].upper() + brief.product[1:], brief.brand):
            if name:
                judged = judged.replace(name, "Name")
        if BROKEN_TITLE_RE.search(judged) or len(post.title) > 100:
            out.append(("broken-title", f"the title \"{post.title[:60]}\" is cut off, broken "
                                        "or over 100 characters"))
    own = without_brief_words(text, brief).lower()
    if holidays and post.date in holidays and (post.stage == "conversion" or SALES_RE.search(own)):
        out.append(("commemorative-selling", f"sells on {holidays[post.date]}, a day of "
                                             "remembrance, not a shopping moment"))
    for name in (holidays or {}).values():
        if name.lower() in own and SALES_RE.search(own):
            out.append(("commemorative-selling", f"ties a sale to {name}"))
            break
    return out


#: the stages whose posts tell a reader who does not know us yet something true: a post
#: there must carry a fact of the brief (a loyalty or advocacy post talks to customers)
SAYING_STAGES = ("awareness", "consideration", "conversion")
_TOKEN = re.compile(r"[a-zà-ÿ]{3,}|\d{2,}")
#: small words of a product's name that say nothing of the goods
_NAME_SMALL = {"the", "and", "for", "with", "our", "you", "your", "from", "all", "new", "one",
               "two", "per", "its", "own", "any", "set", "kit", "box", "pack", "range"}
#: a template's comments (examples of briefs), and the comment lines of its metadata
_TEMPLATE_NOTES = re.compile(r"\{#(?!-?\s*meta)[\s\S]*?#\}|^#.*$", re.M)


def _tokens(text: str) -> set[str]:
    """A text's words of three letters or more (crudely singular) and its numbers."""
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w
            for w in _TOKEN.findall(text.lower())}


@functools.lru_cache(maxsize=1)
def our_words() -> frozenset[str]:
    """Every word the built-in templates write themselves: a word of the brief's that our own
    frames also use ("price", "team", "real") is no sign that a post told the brief's fact."""
    words: set[str] = set()
    for path in sorted(templates_dir().rglob("*.j2")):
        words |= _tokens(_TEMPLATE_NOTES.sub(" ", path.read_text(encoding="utf-8")))
    return frozenset(words)


def fact_words(brief: Brief) -> set[str]:
    """The words only the brief's facts and its product's name give: a post that says none of
    them (beyond the name itself) says nothing a reader could not have guessed."""
    facts, offer, launch = brief.facts, brief.offer, brief.facts.launch
    told = [brief.description, brief.customer_perk, brief.referral_reward,
            brief.giveaway, brief.free_shipping if isinstance(brief.free_shipping, str) else "",
            *facts.problems, *facts.differentiators, *facts.story, *facts.tips, facts.reviews,
            facts.community, facts.ambassadors, *facts.creators,
            *(f"{q.text} {q.by}" for q in facts.quotes),
            *(f"{f.question} {f.answer}" for f in facts.faqs),
            *(f"{e.title} {e.place}" for e in facts.events),
            launch.what if launch else "", f"{offer.discount} {offer.code}" if offer else ""]
    # the goods' own words count even when our frames use them too ("racking", "box")
    return (_tokens(" ".join(t for t in told if t)) - our_words()) | (_tokens(brief.product)
                                                                    - _NAME_SMALL)


def says_nothing(text: str, title: str, brief: Brief) -> bool:
    """Whether a caption (and its title) is all frame: once the brand and the product's
    name are taken out (with links and hashtags), no word of a brief fact is left, nor a
    word of the goods said of them, and it does not say the brief's free shipping."""
    if brief.free_shipping and tells_free_shipping(text, brief):
        return False
    if is_sparse(brief):
        # a brief of a product line alone has no fact beyond it: its posts each do a job of
        # their own (a question, how to order), planned once each (planning/sparse.py)
        return False
    # an offer's code or terms, an event, a launch, a prize: told whole, each is a fact
    if any(len(w) > 3 and w.lower() in text.lower()
           for w in (*told_again(brief), *brief.facts.creators) if w):
        return False
    # where it is sold, when that is a marketplace ("listed on Amazon under our name")
    if any(m.lower() in text.lower() for m in brief.sells_on if m not in ("website", "shopify")):
        return False
    said = f"{title or ''}\n{text}"
    # what the business is, said of the product line as our sentence (planning/sparse.py):
    # the fact a brief with few others gives, and what a reader needs first
    if any(v.rstrip(".").lower() in said.lower() for v in light_lines(brief)):
        return False
    # a fact of the brief told whole, or four words of it in a row, however common its words
    for fact in (*retold_facts(brief), *(q.text for q in brief.facts.quotes),
                 about_line(brief.description, brief.brand)):
        if fact and _pasted(said, fact, min(4, len(_WORD.findall(fact.lower())))):
            return False
    said = re.sub(r"https?://\S+|www\.\S+|[#@][\w.]+", " ", said)
    for name in sorted({brief.product, short_name(brief), brief.brand}, key=len, reverse=True):
        if name:
            said = re.sub(re.escape(name), " ", said, flags=re.IGNORECASE)
    return not (_tokens(said) & fact_words(brief))


#: a visual that shows a minor, or asks a parent's OK: only for a business with children
MINOR_VISUAL_RE = re.compile(r"(?i)\b(under[- ]18s?|minors?|parent(?:'s|s)?\b(?: or guardian)?'?s? ok|"
                             r"a parent or guardian)")


def _without_brief_words(visual: str, brief: Brief) -> str:
    """A visual note without the brief's own sentences it quotes: a tip shown on a card
    ("Store film in the fridge…") asks for no footage by its word "film"."""
    facts = brief.facts
    for said in (*facts.tips, *facts.problems, *facts.differentiators, *facts.story,
                 *facts.quotes, brief.product, brief.description,
                 # (a launch's goods, an event's name, a prize: "a cold-water PP film" in a
                 # launch's photo is the goods, not footage)
                 facts.launch.what if facts.launch else "", brief.giveaway or "",
                 *(e.title for e in facts.events)):
        words = re.findall(r"[^\W_]+", str(said))
        if len(words) >= 2:  # (the brief's words as said, whatever punctuation joins them)
            visual = re.sub(r"(?i)" + r"\W+".join(re.escape(w) for w in words), " ", visual)
    return visual


def visual_misfits(visual: str, brief: Brief) -> list[tuple[str, str]]:
    """A visual that does not fit the business: a minor in shot for a business that has
    nothing to do with children; a photo of a service or an app as if it were an object
    ("a close-up of the pallet racking inspections")."""
    out = []
    if MINOR_VISUAL_RE.search(visual) and not with_minors(brief):
        out.append(("visual-kind", "the visual speaks of minors, and the brief's business has "
                                   "nothing to do with children"))
    if is_activity(brief):
        names = "|".join(re.escape(n) for n in {brief.product, short_name(brief)} if n)
        m = names and re.search(rf"(?i)\b(?:photo|close-?up|flat lay|shot|picture) of (?:the |our )?"
                                rf"(?:{names})\b(?!(?:\s+\w+){{0,2}}\s+(?:work|being|in progress|session|on a)\b)",
                                visual)
        if m:
            out.append(("visual-kind", f"\"{m.group(0)}\" photographs a "
                                       f"{'service' if brief.kind == 'service' else 'digital product'} "
                                       "as if it were an object: show the work, the people or the screen"))
    return out


def told_again(brief: Brief | None) -> tuple[str, ...]:
    """The brief's words every post about them says again: an offer's terms, code and
    condition ("The offer is valid on weekdays only."), what
    is launched, an event's name and place, a giveaway's prize (each platform's followers
    are told them, and a reminder tells them again), what the business sells and its price."""
    if brief is None:
        return ()
    offer, launch = brief.offer, brief.facts.launch
    # (what the business sells and costs, on every post that asks to buy)
    core = (*core_sentences(brief.description, brief.kind, brief.brand, brief.product),
            *brief_lines(brief)[0], brief_lines(brief)[2],
            price_line(brief_details(brief)))
    # (where to shop, "search “Brand” on Etsy", is the way in on every post that asks to buy:
    # the offer's last call says it as its first post did)
    searched = f"“{brief.brand or brief.product[:1].upper() + brief.product[1:]}”"
    if not brief.url and not brief.brand:
        # (... or, with no shop's name to search, the Pin's own link: `context.link_hint`)
        from planner.planning.wording import _marketplace

        searched = f"find us on {_marketplace(brief)} through the Pin's link"
    # (... and so is the market stall where it sells, said the day before each market day)
    return tuple(c for c in core if c) + (searched,) + tuple(p for p in brief.sells_on if p) + \
        ((offer.discount, offer.code) if offer is not None else ()) + \
        ((*condition_lines(offer.condition), offer.condition) if offer and offer.condition
         else ()) + \
        ((launch.what,) if launch is not None else ()) + \
        tuple(w for e in brief.facts.events for w in (e.title, e.place) if w) + \
        ((brief.giveaway,) if brief.giveaway else ()) + giveaway_said(brief)


def retold_facts(brief: Brief | None) -> tuple[str, ...]:
    """The brief's facts as sentences a post tells whole (a tip, a differentiator, a line of
    the description): one platform's followers may hear one that another platform's heard a
    fortnight before, as a manager repurposes a tip from a video into a Pin."""
    if brief is None:
        return ()
    facts = brief.facts
    return (*facts.tips, *facts.differentiators, *facts.problems, *facts.story,
            *(f.answer for f in facts.faqs), *brief_details(brief),
            *name_lines(brief), *brief_lines(brief)[1])


#: a Python None left in a caption, never the word of a sentence ("None at all. Most people
#: in the Tuesday class have never touched clay.": blind read 37's FAQ never posted)
STRAY_NONE = (r"\bNone\b(?!\s+(?:at all|of|needed|required|whatsoever|so far|yet|left|is|"
              r"are|was|were)\b)")
BROKEN_TITLE_RE = re.compile(r"(…|\.\.\.)\W*$|[“\"]\s*—|—\s*…|\(\s*\)|" + STRAY_NONE + r"|^(?![$£€¥₹])\W|\s[,.;:]")


def _referral_said_in(everything: str, brief: Brief) -> bool:
    """Whether the calendar gives the referral reward in words of ours (context.referral_said:
    "…, you both get $5 off."): the reward before its "for you…"/"when…" is in a post."""
    reward = re.split(r"(?i)\s+(?:for (?:both )?you\b|for (?:every|each)|when|once|after|as soon as)\s",
                      brief.referral_reward.strip(), maxsplit=1)[0].lower().rstrip(".")
    # ("…who books a survey and you get €50 off your next one": the noun said before it)
    once = re.sub(r"\bnext [a-z]+\b", "next one", reward, count=1)
    return len(reward) >= 4 and (f"get {reward}" in everything or f"get {once}" in everything)


def calendar_findings(cal: Calendar, brief: Brief | None) -> list[tuple[str, str]]:
    """Brief facts the calendar never uses, and offer coverage gaps."""
    if brief is None or not cal.posts:
        return []
    out: list[tuple[str, str]] = []
    texts = [p.text.lower() for p in cal.posts]
    if len(cal.posts) < FULL_PLAN:
        return _offer_findings(cal, brief)
    everything = "\n".join(texts)
    if brief.free_shipping and not tells_free_shipping(everything, brief):
        out.append(("unused-fact", "the brief's free shipping is in no post"))
    if brief.customer_perk and not any(_pasted(t, brief.customer_perk, 3) or
                                       brief.customer_perk.lower() in t for t in texts):
        out.append(("unused-fact", "the brief's customer perk is in no post"))
    if brief.referral_reward and brief.referral_reward.lower() not in everything \
            and not _referral_said_in(everything, brief):
        out.append(("unused-fact", "the brief's referral reward is in no post"))
    out += _offer_findings(cal, brief)
    for event in brief.facts.events:
        # (its name without "our": one maker's posts say "my free live Q&A", read 39's lint
        # said a live announced three times was never announced)
        called = without_our(event_called(event).lower())
        if cal.start <= event.when.date() <= cal.end and called not in everything:
            out.append(("unused-fact", f"the event \"{event.title}\" is never announced"))
    return out


#: a calendar this long has room for every standing fact (free shipping, the perk…)
FULL_PLAN = 8


def _offer_findings(cal: Calendar, brief: Brief) -> list[tuple[str, str]]:
    """The offer on every platform while it runs, and in its last 48 hours."""
    out: list[tuple[str, str]] = []
    offer = brief.offer
    if offer is not None and offer.discount:
        running = [p for p in cal.posts if (not offer.ends or p.date <= offer.ends)
                   and (not offer.starts or p.date >= offer.starts)]
        called = offer.code or f"“{offer.discount}”"
        if running:
            with_code = [p for p in running if offer.mark.lower() in p.text.lower()]
            missing = sorted({p.platform for p in running} - {p.platform for p in with_code})
            if missing:
                out.append(("unused-fact", f"the offer {called} is never posted on "
                                           f"{', '.join(missing)}"))
            if offer.ends and cal.start <= offer.ends <= cal.end:
                late = sorted({p.platform for p in running if (offer.ends - p.date).days <= 6}
                              - {p.platform for p in with_code
                                 if is_last_call_day(brief, p.date, p.platform)})
                if late:
                    out.append(("unused-fact", f"no {', '.join(late)} post reminds of "
                                               f"{called} in its last 48 hours"))
    return out


_STEMLESS = re.compile(r"(?:ing|ed|es|s)$")


_HANDLE = re.compile(r"[@#][\w.]+")
_LIST_WORDS = {"slide", "step", "first", "second", "third", "then", "next", "day", "week",
               "one", "two", "three", "1", "2", "3", "4", "5", "before", "after"}


def _item_words(brief: Brief) -> set[str]:
    """The words of the product as posts say it in passing: they recur by design."""
    return set(_WORD.findall(short_name(brief).lower()))


def _echo(text: str, names: set[str] = frozenset()) -> tuple[str, str] | None:
    """Two sentences of one post that say nearly the same thing ("Send us one idea as a
    reply." … "Send us your idea as a reply"): three content words shared, or two when both
    open with the same word. Callers take the brief's own words (a question and its answer)
    out first; handles and hashtags never count."""
    seen: list[tuple[str, set[str], str]] = []
    for sentence in SENTENCE_SPLIT.split(text):
        tokens = _WORD.findall(_HANDLE.sub(" ", sentence.lower()))
        words = {_STEMLESS.sub("", w) for w in tokens if w not in _SMALL and w not in names}
        # "Slide one: …" / "Slide two: …" is a list, not an echo
        if len(words) < 2 or tokens[0] in _LIST_WORDS:
            continue
        first = tokens[0] if tokens[0] not in _SMALL else ""
        for other, other_words, other_first in seen:
            shared = words & other_words
            # both open with the same word, and two more words say the same thing
            alike = bool(first) and first == other_first and len(shared - {first}) >= 2
            if alike or (len(shared) >= 3 and len(shared) / min(len(words), len(other_words)) >= 0.6):
                return other.strip(), sentence.strip()
        seen.append((sentence, words, first))
    return None


def _in_own_facts(piece: str, brief: Brief) -> bool:
    """Whether ``piece`` (normalised words) is said in one of the brief's own facts: a tip, a
    part of the story, a problem, a difference, a customer's words, an FAQ, the description,
    where shipping is free, the perk, the referral reward, an event's place (an audience "in
    Valparaíso, Viña del Mar…" and free shipping "in Valparaíso, Viña del Mar…" name the same
    towns: the shipping line tells the fact, read 31, where every conversion post of a
    calendar was turned down for it)."""
    facts = brief.facts
    shipping = brief.free_shipping if isinstance(brief.free_shipping, str) else ""
    for item in (*facts.problems, *facts.differentiators, *facts.story, *facts.tips,
                 *(q.text for q in facts.quotes), *(f.answer for f in facts.faqs),
                 *(f.question for f in facts.faqs), brief.description, shipping,
                 brief.customer_perk or "", brief.referral_reward or "",
                 *(e.place or "" for e in facts.events)):
        if f" {piece} " in " " + " ".join(_WORD.findall(str(item).lower())) + " ":
            return True
    return False


def _told_whole(told_whole: str, brief: Brief) -> str:
    """A caption with the brief's description said as ours taken out: each of its
    details, features, what the business sells and events' places."""
    # a sentence of the description told whole, as a line of its own, is the seller's fact
    # (and what the business is, finishing a line: "That's where X comes in: a van that…")
    for detail in brief_details(brief):
        told_whole = told_whole.replace(detail.rstrip("."), " ")
        told_whole = told_whole.replace(first_person_singular(detail).rstrip("."), " ")
        # (... and the price line as the usual price on an offer's post: "A stand usually
        # starts at €3,900", the seller's fact as it is, blind read 28: a YouTube video's
        # every offer wording turned down for it, the offer never told there)
        # (... or after a lead of ours, "Without the code, a stand starts at €3,900")
        for said in (usual_price(detail), detail):
            said = said.rstrip(".")
            told_whole = told_whole.replace(said, " ").replace(
                ", " + said[:1].lower() + said[1:], ", ")
        # (... and told again after a lead of ours, "Worth knowing: every pair is …")
        told_whole = told_whole.replace(": " + detail[:1].lower() + detail[1:].rstrip("."), ": ")
        if brief.product and detail.lower().startswith(brief.product.lower() + " "):
            # (... with the product line said by the brand: "K53 Ready works offline.")
            told_whole = told_whole.replace(detail[len(brief.product):].rstrip("."), " ")
    # ... and one feature the description lists, a post's subject after a lead of ours
    # ("One thing about K53 Ready: works offline.", planning/sparse.py)
    from planner.planning.sparse import description_features

    from planner.planning.facts_said import feature_sentence
    from planner.planning.wording import short_name

    for feature in description_features(brief):
        told_whole = told_whole.replace(": " + feature + ".", ": ")
        # (... or said as a sentence of ours: "Our dog vests come in 7 sizes, from …")
        said = feature_sentence(feature, short_name(brief), brief.brand, brief.kind)
        if said:
            told_whole = told_whole.replace(said.rstrip("."), " ")
            told_whole = told_whole.replace(first_person_singular(said).rstrip("."), " ")
            # (... whatever the course or app is called before it: "K53 Ready comes with …")
            told_whole = re.sub(r"(?i)\b(?:comes? with|has|have)\s+(?:an?\s+)?" + re.escape(feature),
                                " ", told_whole)
    # ... and what the business sells, said as our sentence ("We offer annual inspections…")
    for core in core_sentences(brief.description, brief.kind, brief.brand, brief.product):
        told_whole = told_whole.replace(core.rstrip("."), " ")
        told_whole = told_whole.replace(first_person_singular(core).rstrip("."), " ")  # (one maker's)
    about = about_line(brief.description, brief.brand)
    if about:
        # (after "is" or a colon, a definition; never a sentence of its own, "PDF packs of
        # chess puzzles for kids aged 6 to 12.", a fragment cut from a list, blind read 20)
        told_whole = re.sub(rf"(?i)(?::| is) (?:an? )?{re.escape(about)}\.", " ", told_whole)
    for event in brief.facts.events:
        # an event's own place, said where it is ("from 11am at Rua …, Curitiba"), is the
        # event's fact, even when the description gives the same address (blind read 31: a
        # Flash Day at the studio's address with no post at all, each wording turned down)
        if event.place:
            told_whole = re.sub(re.escape(event.place), " ", told_whole, flags=re.IGNORECASE)
    return told_whole


def _pasted(text: str, field: str, run: int) -> str:
    """The longest run of at least ``run`` consecutive words of ``field`` found in ``text``."""
    words = _WORD.findall(field.lower())
    if len(words) < run:
        return ""
    haystack = " " + " ".join(_WORD.findall(text.lower())) + " "
    for size in range(len(words), run - 1, -1):
        for start in range(len(words) - size + 1):
            piece = " ".join(words[start:start + size])
            if f" {piece} " in haystack:
                return piece
    return ""


def _moment_words(brief: Brief) -> list[str]:
    launch = brief.facts.launch
    what = launch.what if launch is not None and launch.what else ""
    return [w for w in (what, re.split(r":|\s[-–—]\s|,", what)[0].strip(), brief.giveaway or "",
                        *(e.title for e in brief.facts.events)) if w]


def without_brief_words(text: str, brief: Brief) -> str:
    """The caption without the brief's own words (a product called "gift box" is not a parcel)."""
    from planner.planning.sparse import description_features

    for value in (*description_features(brief),*light_lines(brief), brief.product, brief.brand, brief.description,
                  brief.customer_perk,
                  brief.referral_reward, brief.offer.code if brief.offer else "",
                  # (the offer in its own words: "£20 off the full speech package" is the
                  # seller's bundle, no parcel; its every post was turned down, read 39)
                  brief.offer.discount if brief.offer else "",
                  brief.offer.condition if brief.offer else "",
                  *brief.facts.problems, *brief.facts.differentiators, *brief.facts.story,
                  *brief.facts.tips, *(q.text for q in brief.facts.quotes),
                  *(f.answer for f in brief.facts.faqs), *(f.question for f in brief.facts.faqs),
                  # what the brief launches and gives away, whole and by its name ("the bridal
                  # colour package: colour analysis plus…" is no parcel, read 29)
                  *_moment_words(brief),
                  # the description's sentences, told one at a time ("… in our Leipzig
                  # workshop." is a place, not an event announced)
                  *brief_details(brief),
                  # ... and the price line said again in words of ours ("A four-week course
                  # costs $240." is no echo of an offer "when you book the four-week course")
                  *(price_again(d) for d in brief_details(brief))):
        for told in {value, mend(value)} if value else ():
            text = re.sub(re.escape(told), " ", text, flags=re.IGNORECASE)
    if _OUR_WORKSHOP.search(brief.description or ""):
        # ... and the brief's own workshop said in a sentence of ours ("Our oak stools are
        # turned in our Braga workshop."): a place, never an event announced
        text = _OUR_WORKSHOP.sub(" ", text)
    return text


#: a workshop that is the business's own place ("in our Braga workshop", "from my workshop")
_OUR_WORKSHOP = re.compile(r"(?i)\b(?:in|at|from|inside)\s+(?:our|my)\s+(?:[\w'’-]+\s+){0,2}workshop\b")


def _claims(post: CalendarPost, brief: Brief) -> list[tuple[str, str]]:
    facts = brief.facts
    text = without_brief_words(post.text, brief)
    out = []
    checks = [
        (CREATOR_RE, facts.creators, "a creator collaboration"),
        (AMBASSADOR_RE, facts.ambassadors, "an ambassador programme"),
        (LAUNCH_RE, facts.launch, "a launch"),
        (SHOP_TAG_RE, facts.shop_features, "shop features"),
        (REVIEW_CLAIM_RE, facts.reviews, "ratings or reviews"),
        (EVENT_RE, facts.events, "an event"),
    ]
    for pattern, backed, what in checks:
        m = pattern.search(text)
        if m and not backed:
            out.append(("unbacked-claim", f"\"{m.group(0)}\" claims {what} the brief never states"))
    return out


def _link_mismatch(text: str) -> str:
    for line in text.splitlines():
        for m in _LINK.finditer(line):
            path = set(re.findall(r"[a-z]+", m.group(0).lower().split("/", 3)[-1]))
            before = set(_WORD.findall(line[:m.start()].lower()))
            linked = {c for c, words in _VERB_CLASSES.items() if path & words}
            said = {c for c, words in _VERB_CLASSES.items() if before & words}
            if linked and said and not linked & said:
                return (f"the call to action says {'/'.join(sorted(said))} but the link "
                        f"{m.group(0)} is for {'/'.join(sorted(linked))}")
    return ""
