"""Where a post sends people, when the link it would use is not the place for it.

Two rules a manager checks before scheduling:

- goods launched by a business that sells a service or an app (a barbershop's beard oil,
  a salon's own leave-in) are not booked: the launch says where to get them (in the shop,
  by message), never "see it for yourself" under the booking page's link;
- while a giveaway's rules page holds a platform's bio link, the other posts there that say
  "link in bio" mean the shop: the bio is a list of links with both, and the notes say so.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import Brief
from planner.planning.when import _weekday_date, human_date
from planner.planning.wording import said_title

#: goods a launch line names: things made, bottled, printed or worn, that are handed over
_GOODS = re.compile(
    r"(?i)\b(?:oils?|balms?|creams?|crème|lotions?|leave-in|wax|pomade|shampoos?|conditioners?|"
    r"serums?|sprays?|soaps?|scrubs?|candles?|mugs?|tees?|t-shirts?|shirts?|hoodies?|caps?|"
    r"totes?|tote bags?|bottles?|jars?|kits?|merch|gift cards?|gift vouchers?|vouchers?|"
    r"sauces?|coffee beans|blends?|prints?|posters?|stickers?|journals?|notebooks?|planners?|"
    r"bars?|tins?|sachets?)\b|"
    r"\b(?:made (?:for us|by us|by hand|in|with)|bottled|hand-?made|our own (?!class|course|service))")
#: where a service is had on its own premises: people come in, and can ask there
_PREMISES = re.compile(
    r"(?i)\b(?:shop|salon|studio|barber(?:ía|ia|shop)?|clinic|gym|café|cafe|spa|parlou?r|"
    r"bakery|taproom|gallery|store|counter|boutique|atelier|chair)\b")


def launch_is_goods(brief: Brief) -> bool:
    """Whether the brief's launch is goods from a business that sells a service or an app:
    its posts say where to get it, not how to book."""
    launch = brief.facts.launch
    if launch is None or brief.kind == "product":
        return False
    return bool(_GOODS.search(launch.what))


def comes_in(brief: Brief) -> bool:
    """Whether customers come to the business's own place (a salon, a shop, a studio)."""
    said = " ".join([brief.product, brief.brand, brief.description,
                     *(e.place for e in brief.facts.events if e.place), *brief.sells_on])
    return bool(_PREMISES.search(said))


def goods_ctas(brief: Brief, fmt: str) -> list[str]:
    """Calls to action for goods a service business launches: ask for them where the
    service is had, or by message; a story's viewers reply to it."""
    if fmt == "story":
        return ["Want one? Reply to this story", "Questions about it? Reply to this story"]
    if comes_in(brief):
        return ["Ask for it next time you're in", "Next time you're in, ask us for it",
                "Ask for it at the counter", "Come in and ask for one"]
    return ["Want one? Send us a message", "Send us a message to get yours",
            "Ask us about it: send us a message"]


#: the part of a free-shipping line that is its threshold ("on orders over 45$", "over $35
#: CAD", "for orders of €50+")
_THRESHOLD = re.compile(
    r"(?i)(?:\b(?:on|for|with)\s+)?(?:(?:all\s+)?(?:orders?|purchases?|baskets?|carts?|spend)\s+)?"
    r"\b(?:over|above|of|from|at least|more than)\s+(?:[$£€¥₹]|[A-Z]{1,2}\$)?\s?\d[\d.,]*\s?"
    r"(?:[$£€¥₹]|zł|kr|CAD|USD|EUR|GBP|AUD|NZD|CHF)?\+?")
_SHIP_SAID = re.compile(
    r"(?i)\b(?:free (?:shipping|delivery|postage)|ships? (?:for )?free|shipping'?s on us|"
    r"(?:shipping|delivery|postage) (?:is|'s) (?:always |also |still )?(?:free|on us))")


def threshold(free_shipping: bool | str) -> str:
    """The brief's free-shipping threshold as a phrase ("on orders over 45$"), or ""."""
    if not isinstance(free_shipping, str):
        return ""
    found = _THRESHOLD.search(free_shipping)
    if not found:
        return ""
    phrase = found.group(0).strip()
    return phrase if re.match(r"(?i)(?:on|for|with)\b", phrase) else "on orders " + phrase \
        if not re.match(r"(?i)(?:orders?|purchases?|baskets?|carts?|spend|all)\b", phrase) \
        else "on " + phrase


def with_threshold(text: str, free_shipping: bool | str) -> str:
    """A post that says shipping is free says above what: a sentence of free shipping
    without the brief's threshold ("Free shipping is Québec only for now.", from an FAQ's
    answer) gets it, in brackets before its end, so the claim does not grow."""
    limit = threshold(free_shipping)
    if not limit:
        return text
    number = re.search(r"\d[\d.,]*", limit)
    said = _SHIP_SAID.search(text)
    if not said or not number or number.group(0).rstrip(".,") in text:
        return text
    end = re.compile(r"[.!?](?=\s|$)|\n|$").search(text, said.end())
    at = end.start() if end else len(text)
    return f"{text[:at].rstrip()} ({limit}){text[at:]}"


#: a caption that sends people to the profile's bio link
_BIO = re.compile(r"(?i)\blink in (?:our )?bio\b")
#: a giveaway's rules page holds the bio from this many days before entries close
GIVEAWAY_BIO_DAYS = 21  # as needs.GIVEAWAY_OPEN_DAYS
#: an event's sign-up page holds the bio from this many days before it
EVENT_BIO_DAYS = 14
#: where a giveaway is entered (as slots.GIVEAWAY_PLATFORMS)
_GIVEAWAY_PLATFORMS = ("instagram", "facebook", "tiktok", "threads", "x")


def _main_link(brief: Brief) -> str:
    if brief.kind == "product":
        return "the shop"
    return "booking" if brief.facts.action == "book" else "the website"


def bio_links(brief: Brief, platform: str, day: dt.date) -> list[tuple[str, str]]:
    """The addresses a platform's bio must hold on ``day``, each with what it is for: the
    brief's link, a running giveaway's rules page, a coming event's sign-up page."""
    links = [(brief.url, _main_link(brief))] if brief.url else []
    ends = brief.giveaway_ends
    if brief.giveaway and brief.giveaway_rules and ends and platform in _GIVEAWAY_PLATFORMS \
            and 0 <= (ends - day).days <= GIVEAWAY_BIO_DAYS:
        links.append((brief.giveaway_rules, f"the giveaway's rules, until {ends}"))
    for event in brief.facts.events:
        when = event.when.date()
        if event.link and 0 <= (when - day).days <= EVENT_BIO_DAYS:
            links.append((event.link, f"sign-up for {said_title(event.title)}, until {when}"))
    seen: set[str] = set()
    return [(a, w) for a, w in links if not (a in seen or seen.add(a))]


def bio_note(post, brief: Brief) -> str:
    """The note on a post that says "link in bio" while the bio must hold more than one
    page (the shop and a giveaway's rules, say): the bio is a list of links, and the post
    says which is its own. Empty when the bio holds one page."""
    if not _BIO.search(post.text):
        return ""
    links = bio_links(brief, post.platform, post.date)
    if len(links) < 2:
        return ""
    listed = "; ".join(f"{a} ({w})" for a, w in links)
    own = f"; this post's is {post.link}" if post.link else ""
    return f"bio: a link list, not one link, while these run: {listed}{own}"


def points_to_rules(brief: Brief, text: str) -> bool:
    """Whether a post is the giveaway's and sends people to its rules ("Full rules: link
    in bio"): its link is the rules page, not the shop."""
    return bool(brief.giveaway and brief.giveaway_rules) and bool(
        re.search(r"(?i)\b(?:rules|small print|who can enter)\b", text)) and bool(
        re.search(r"(?i)\bgiveaway\b|\bto enter\b|\bentries close\b", text))


#: how the giveaway's opening post says when the winner is announced (told_again: every
#: platform's opening post says it, each in a wording of its own: planning/once.py)
#: ... and what the winner's post then says: a winner is drawn and messaged, never promised a
#: name the calendar cannot give (blind read 23: "We'll name the winner here on Friday" and a
#: winner's post that names nobody)
WINNER_ON = ("We'll draw the winner and message them on ", "The winner is drawn and messaged on ",
             "We'll pick a winner and tell them by message on ",
             "The draw is made, and the winner messaged, on ")
#: ... and, where the brief gives no draw day (``giveaway_draw``), no day at all: the winner is
#: drawn after entries close (blind reads 25 and 26: "The winner is drawn and messaged on
#: Monday 25 January", a day the brief never gave)
WINNER_AFTER = ("We'll draw the winner after entries close and message them.",
                "Once entries close, we'll draw the winner and message them.",
                "After entries close, we'll pick a winner and tell them by message.",
                "The winner is drawn after entries close and told by message.",
                "When entries close, the draw is made and the winner hears from us by message.")


def enter_steps(brief: Brief, platform: str) -> str:
    """How to enter the giveaway, the same on every platform and every post (the rules page
    says it once): follow, like, and comment (a reply on X and Threads); no tagging of
    friends, which Facebook's promotion rules do not allow."""
    return (f"follow {brief.brand or 'us'}, like this post and "
            + ("reply" if platform in ("x", "threads") else "leave a comment"))


def enter_steps_short(platform: str) -> str:
    """How to enter, said again in a giveaway's reminder once its opening post said it in
    full (blind read 25: "follow Malga Club, like this post and leave a comment" in four
    posts): "follow, like and comment"."""
    return "follow, like and " + ("reply" if platform in ("x", "threads") else "comment")


def giveaway_said(brief: Brief) -> tuple[str, ...]:
    """The giveaway's words each platform's posts say again (how to enter, when the winner
    is announced): a repeat of them is the giveaway's rule, not a copied sentence."""
    if not brief.giveaway:
        return ()
    # (and on a short platform, when it closes and when the winner is told, in one line;
    # and that the platform does not run it)
    ends = brief.giveaway_ends
    won = brief.giveaway_draw
    short = tuple(f"Closes {human_date(ends, brief.country)}; winner drawn {day}."
                  for day in (_weekday_date(won, brief.country), human_date(won, brief.country))) \
        if ends and won else ()
    return (enter_steps(brief, "instagram"), enter_steps(brief, "x"),
            *(w.strip() for w in WINNER_ON), *WINNER_AFTER, *short,
            "sponsored, endorsed or run by")


#: a way to act that is no link: a message, a call, a reply (what a call to action's colon
#: is followed by when the brief gives no address)
_ACTION = re.compile(r"(?i)^(?P<act>send us a message|message us|send us a dm|dm us|call us|"
                     r"give us a call|reply to this story|reply to this post|ask us in the comments|"
                     r"email us)\.?$")
#: a lead that asks to buy or book: "Book here", "Book with us here", "Book now", "Book when
#: you're ready", "Book before it ends", "Your turn to book"
_ASK_LEAD = re.compile(r"(?i)^(?:your turn to |where to )?(?P<verb>[a-z][a-z ]{1,20}?)"
                       r"(?P<rest>(?: with us)?(?: here| now| today)?"
                       r"(?: when you(?:'re| are) ready| before it ends)?)$")
#: a lead that gives the code: "Use MOVE50 when you book", "Book with code MOVE50", "Code
#: MOVE50, here", "Book with the code", "Put the code to use"
_CODE_LEAD = re.compile(r"(?i)\b(?:code|use [A-Z0-9]{3,})\b")


#: a label that promises a look or more words, not an act: "More about Lumen:", "See it for
#: yourself:", "Find out more:", "Take a closer look:"
#: (an "Ask us about it:" before a booking page asks for words where the page takes a
#: booking, read 30)
_LOOK_LABEL = re.compile(r"(?i)^(?:more about .+|see (?:it )?for yourself|see more|find out more|find it here|"
                         r"ask (?:us|me) about (?:it|them)|"
                         r"(?:take|have) a (?:closer )?look(?: today)?|more details|meet .+)$")
#: a phone or WhatsApp number where a link would be: "0951 700 45 20", "WhatsApp (41) 9981…"
_NUMBER_ASK = re.compile(r"(?i)^(?:whatsapp\s+)?(?:\+|\(|0)?\d[\d\s().-]{6,}\d\.?$")
#: an address whose page is an act (a booking form, a download), not a page to read
_ACT_PAGE = re.compile(r"(?i)^https?://[^/]+/+(?:[\w-]+/)*(?:book(?:ing)?s?|appointments?|reserve|"
                       r"schedule|download|sign-?up|register|enrol|checkout|"
                       # the same pages in the seller's own language: "/agendar", "/reservar",
                       # "/termin-buchen", "/prenota", "/rendez-vous", "/boka", "/bestill"
                       r"agend(?:ar|a|amento)|reserv(?:ar|a|as|eren|er|ation)|marcar|"
                       r"(?:termin-?)?buchen|termine?|prenot(?:a|azioni?)|rendez-?vous|rdv|"
                       r"boka|bestill|afspraak|reserveer)(?:[/?#.].*)?$")
#: where a platform points to the profile's one link, for a post that can carry none
_PROFILE_HINT = re.compile(r"(?i)^link (?:in (?:our )?bio|on our (?:page|channel page|profile))$")


def labelled_cta(cta: str, verb: str, url: str) -> str:
    """A call to action whose label says where it leads: a booking page is "Book here:", never
    "More about Lumen: https://…/book" (blind read 23); "See it for yourself: send us a
    message" is "Send us a message to book" (a message shows nothing). Any other is kept."""
    text = (cta or "").strip()
    head, sep, tail = text.rpartition(": ")
    verb = (verb or "").strip()
    if not sep or not head or not verb or not _LOOK_LABEL.match(head):
        return cta
    tail = tail.strip()
    act = _ACTION.match(tail)
    if act is not None and re.match(r"(?i)^see\b", head):
        said = act.group("act")
        return f"{said[0].upper()}{said[1:]} to {verb}"
    if url and tail == url and _ACT_PAGE.match(url):
        return f"{verb[0].upper()}{verb[1:]} here: {url}"
    if _NUMBER_ASK.match(tail):
        # a number shows nothing to see (read 25 after the merge: "Have a look today: 0951
        # 700 45 20"): the ask is to ring or message it
        if tail.lower().startswith("whatsapp"):
            return f"{verb[0].upper()}{verb[1:]}: {tail}"
        return f"{'Call us' if 'call' in verb.lower() else verb[0].upper() + verb[1:]}: {tail}"
    if url and _PROFILE_HINT.match(tail.rstrip(".")) and _ACT_PAGE.match(url):
        # the bio holds the booking page: "Book: link in bio", never "More about Pés Leves
        # Podologia: link in bio" (blind read 25, a "/agendar" page)
        return f"{verb[0].upper()}{verb[1:]}: {tail}"
    if url and (tail == url or _PROFILE_HINT.match(tail.rstrip("."))) and _CONTACT_PAGE.match(url):
        # a contact form shows nothing to see (blind read 24: "See for yourself:
        # https://…/contact")
        said = "order" if verb.lower() == "shop" else verb.lower()
        to = "" if said in ("call", "contact", "message", "ask", "get in touch", "talk") \
            else f" to {said}"
        return f"Get in touch{to}: {url}"
    return cta


#: an address whose page is a way to get in touch: a contact form, an enquiry, a quote
_CONTACT_PAGE = re.compile(r"(?i)^https?://[^/]+/+(?:[\w-]+/)*(?:contact(?:-?us)?|kontakt|contacto|"
                           r"contatti|get-?in-?touch|enquir(?:e|y|ies)|inquir(?:e|y|ies)|"
                           r"(?:get-?a-?)?quote)(?:[/?#.].*)?$")


def leading_cta(cta: str, verb: str, code: str = "") -> str:
    """A call to action that leads somewhere: one whose way to act is a message, a call or a
    reply is said as that act ("Send us a message to book", never "Book here: send us a
    message", blind read 22), a code with it quoted ("Reply to this story to book, and quote
    MOVE50", never "Use MOVE50 when you book: reply to this story"); a "here:" followed by no
    address is dropped ("Book: link in bio"). Any other ask is kept."""
    text = (cta or "").strip()
    head, sep, tail = text.rpartition(": ")
    if not sep or not head:
        return cta
    where = re.search(r"(?i) on (?P<m>[A-Z][\w.]*(?: [A-Z][\w.]*)?)$", head)
    if where is not None and tail.endswith(" on " + where.group("m")):
        # "Find us on Etsy: search “Ayllu” on Etsy" says the marketplace twice
        return f"{head}: {tail[:-len(' on ' + where.group('m'))]}"
    act = _ACTION.match(tail.strip())
    verb = (verb or "").strip()
    verb = "order" if verb.lower() == "shop" else verb  # (a message is no shop)
    if act is not None and verb:
        said = act.group("act")
        said = said[0].upper() + said[1:]
        after = " before it ends" if re.search(r"(?i)\bbefore it ends\b", head) else ""
        if code and (code.lower() in head.lower() or _CODE_LEAD.search(head)):
            return f"{said} to {verb}{after}, and quote {code}"
        lead = _ASK_LEAD.match(head)
        if lead is not None and lead.group("verb").lower() == verb.lower():
            if re.search(r"(?i)when you(?:'re| are) ready", head):
                return f"{said} when you're ready to {verb}"
            return f"{said} to {verb}{after}"
        if re.search(r"(?i)\bhere$", head):
            return f"{said} to {verb}"
        about = re.match(r"(?i)^more about (?P<what>.+)$", head)
        if about is not None:
            return f"{said} to hear more about {about.group('what')}"
        return cta
    if re.search(r"(?i),? here$", head) and not re.match(r"(?i)(?:https?://|www\.|@)", tail):
        # "Book here: link in bio": nothing follows "here" to click
        return re.sub(r"(?i),? here$", "", head) + ": " + tail
    return cta


#: a call to action that asks people to sign up for an event
_SIGN_UP = re.compile(r"(?i)^(?:register|sign up(?: here)?|your (?:seat|spot|place)|save your (?:seat|spot|place)|"
                      r"book your (?:seat|spot|place)|reserve your (?:seat|spot|place)|"
                      r"grab your (?:seat|spot|place))(?: now| here)?(?=:|\s*$|\.)")


def stream_cta(cta: str, platform: str, said: tuple[str, ...] = ()) -> str:
    """A call to action for a live stream: nobody registers for a YouTube live or an
    Instagram live, they set a reminder or follow (read 26: "Register: https://youtube.com/…");
    any other call to action as it is."""
    if not _SIGN_UP.match(cta):
        return cta
    # (never "Subscribe…" or "Follow…": a sign-off, which a calendar says only so often)
    # (a second wording where a post of the calendar said the first)
    leads = ("Set a reminder on our channel", "Tap Notify me on the live",
             "Get a reminder from YouTube", "Catch it live on our channel",
             "Watch it live on our channel", "Find the live on our channel") \
        if platform == "youtube" else \
        ("Turn on notifications to catch it live", "Set a reminder so you catch it live",
         "Catch it as it happens", "Be there when we go live")
    done = " ".join(said).lower()
    lead = next((lead for lead in leads if lead.lower() not in done), leads[0])
    return _SIGN_UP.sub(lead, cta, count=1)
