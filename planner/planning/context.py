"""What a template is given to write from, and whether a template fits a slot at all.

A template is picked only when the brief can fill it (its ``needs``), and rendered with
the brief's facts, the business's words and the platform's link wording.
"""

from __future__ import annotations

import dataclasses

import datetime as dt
import re
from typing import Any

from planner.domain.brief import Brief
from planner.domain.vocabularies import MARKETPLACES, OWN_STORES
from planner.domain.platforms import Platform
from planner.planning.sequencing import (  # noqa: F401 (GIVEAWAY_HOSTS re-exported)
    GIVEAWAY_HOSTS,
    dated_terms,
    offer_goods,
    on_goods,
    price_line,
    reduces,
)
from planner.planning.needs import (  # noqa: F401 (re-exported: where templates are judged)
    ANNOUNCE_DAYS,
    ENDING_DAYS,
    FACT_NEEDS,
    THANKS_DAYS,
    _marketplace,
    marketplaces,
    _MARKETS,
    event_on,
    launch_ahead,
    needs_met,
    offer_active,
    offer_elsewhere,
    offer_just_ended,
    perk_on_launch,
    upcoming_event,
)
from planner.planning.when import (  # noqa: F401 (re-exported)
    LASTING,
    MONTH_FIRST,
    _weekday_date,
    human_clock,
    human_date,
    human_when,
    in_person,
    zone_label,
)
from planner.planning.hashtags import hashtags_for  # noqa: F401 (re-exported)
from planner.planning.links import (
    WINNER_AFTER,
    WINNER_ON,
    enter_steps,
    enter_steps_short,
    goods_ctas,
    launch_is_goods,
    points_to_rules,
    with_threshold,
)
from planner.planning.facts_said import (
    about_said,
    event_aside,
    event_called,
    event_name,
    feature_sentence,
    vary_subject,
    answer_for,
    brief_details,
    usual_price,
    offer_part,
    after_first,
    named_pronoun,
    content_lemmas,
    criteria,
    difference_sentence,
    tidy,
    launch_named,
    with_threshold,
    lower_start,
    perk_sentence,
)
from planner.planning.offering import (DIGITAL_NOUNS, digital_is, food_ordered, gift_occasion, names_goods,
                                       reviews_site, use_of)
from planner.planning.polls import POLL2_ORDER, POLL3_ORDER, poll
from planner.planning.sparse import drop_in, what_it_is
from planner.planning.visuals import about_is, is_care, name_lines, shown, with_minors
from planner.planning.shipping import (  # noqa: F401 (re-exported)
    POSTAGE_COUNTRIES,
    shipping_said,
    shipping_terms,
    ships_free,
    ships,
)
from planner.planning.tone import says_no_pressure
from planner.planning.voice import brand_is_person, brief_voice, subscribed_unit, units_of
from planner.planning.voice import meets_in_person, own_link, perk_place, verb_with
from planner.planning.wording import PHONE
from planner.planning.wording import (
    about_line,
    brief_names,
    cased,
    claim,
    content_words as _content,
    event_lead,
    is_clause,
    is_imperative,
    is_solo,
    maker_of,
    mend,
    place_said,
    product_said,
    said_title,
    short_name,
    story_told,
    subject_of,
)

STORE_NAMES = {**OWN_STORES,
               **{k: f"our {v} shop" for k, v in {
                   "shopee": "Shopee", "lazada": "Lazada", "tokopedia": "Tokopedia",
                   "allegro": "Allegro", "mercado libre": "Mercado Libre",
                   "mercadolibre": "Mercado Libre", "jumia": "Jumia", "flipkart": "Flipkart",
                   "rakuten": "Rakuten", "trendyol": "Trendyol", "zalando": "Zalando",
                   "bol.com": "bol.com", "takealot": "Takealot", "vinted": "Vinted",
                   "emag": "eMAG", "olx": "OLX"}.items()}}
#: ... and every other marketplace the brief reader knows: a shop there is a store with a
#: page of its own, so a post points to it by the profile's link (blind read 32: "Find us on
#: Creema: send us a message", a marketplace named with no way to reach the shop)
from planner.planning.offering import FOOD_APPS as _FOOD_APPS  # noqa: E402
STORE_NAMES.update({k: f"our {v} {'page' if k in _FOOD_APPS else 'shop'}"
                    for k, v in MARKETPLACES.items() if k not in STORE_NAMES})
#: where to buy when the brief names no store we know: a service or an app has no shop
_DEFAULT_STORE = {"product": "our shop", "digital": "our website", "service": "our website"}


#: "with code KILNFRIEND", "(code WIEDER10)", ", use code THANKS5" inside a customer perk
_PERK_CODE = re.compile(r"[,;]?\s*\(?\b(?:with |using |use )?(?:the |our )?(?:code|coupon)\s+"
                        r"[A-Z0-9][A-Z0-9_-]{3,}\b\)?")



#: a perk's code that reaches the customer by itself ("a code on a card in your parcel",
#: "emailed after your first order")
_CODE_DELIVERED = re.compile(r"(?i)\b(?:in|inside|with)\s+(?:your|the|each|every)\s+(?:parcel|"
                             r"package|box|order|bag|delivery)\b|\b(?:by|via)\s+e-?mail\b|"
                             r"\bemailed\b|\bon\s+(?:your|the)\s+receipt\b")



#: how a customer's words reached the seller, said after their name: "by email", "Instagram DM"
_CHANNEL = re.compile(r"(?i)\s*(?:,|\(|\s-\s|\s—\s)\s*(?:(?:sent\s+)?(?:by|via|in|over|on)\s+(?:an?\s+)?)?"
                      r"(?:(?:instagram|insta|ig|facebook|fb|whatsapp|linkedin|tiktok|x|twitter)\s+)?"
                      r"(?:e-?mails?|dms?|direct messages?|messages?|texts?|sms|whatsapp|"
                      r"phone(?: call)?|voicemail|voice note)\)?\s*$")


def credit_of(by: str) -> str:
    """Who said a quote, without how it reached the seller ("Marco from Verona, by email"
    -> "Marco from Verona"); the whole of it when that is all it says."""
    cut = _CHANNEL.sub("", by).strip()
    return cut or by


def _perk_said(perk: str) -> str:
    """A customer perk as a public post says it: its code left out; where the code reaches
    the customer by itself, "the code" named without it ("…with the code on a card in your
    parcel")."""
    if _CODE_DELIVERED.search(perk):
        perk = _PERK_CODE.sub(" with the code", perk, count=1).strip(" ,;").replace("  ", " ")
    else:
        perk = _PERK_CODE.sub("", perk).strip(" ,;")
    # "…, just show us your old order number": what to do is no clause run on with a comma
    # (read 23's comma splice): a dash parts it
    return _PERK_STEP.sub(" — ", perk)


#: a perk's step after a comma: an instruction ("…, just show us your order number")
_PERK_STEP = re.compile(r",\s+(?=(?:just|simply)\s+[a-z]+\b|(?:show|bring|quote|mention|tell|send|"
                        r"use|ask|reply|message|email|call|sign|enter|book|pop|drop)\s+"
                        r"(?:us|me|your|the|it|in|by|a|an)\b)")


#: a title that says where already ("… in the shop", "at our studio")
#: a title that ends on a named venue: "… at Johnsonville Community Centre", "… at the Old Mill"
_VENUE_END = re.compile(r"\bat (?:the )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|&))*\s*$")
_SAYS_WHERE = re.compile(r"(?i)\b(?:in|at) (?:the|our)(?: \S+){0,2}? (?:shop|store|studio|workshop|"
                         r"caf[eé]|bakery|gallery|salon|showroom|kitchen|yard|barn|school|office|"
                         r"space)\b")


#: course platforms with no search for buyers: a course there is reached by its own link
#: (blind read 22: "search “Togishi Online” on Teachable" in five posts beside the course's URL)
_NO_SEARCH = frozenset({"teachable", "kajabi", "thinkific", "podia"})


#: the platforms a live is streamed on, and the addresses of their pages
_STREAMS = {"youtube": ("youtube.com", "youtu.be"), "instagram": ("instagram.com",),
            "tiktok": ("tiktok.com",), "facebook": ("facebook.com", "fb.me"),
            "twitch": ("twitch.tv",)}


def _streamed(event) -> bool:
    """Whether an event is a live stream on a platform: its platform streams and its link,
    if any, is that platform's own page (a webinar's sign-up page is no stream)."""
    hosts = _STREAMS.get((event.platform or "").lower())
    return bool(hosts) and (not event.link or any(h in event.link.lower() for h in hosts))


#: a place part that is a street ("A. S. Fortuna Street", "Tanner Lane")
_STREET = re.compile(r"(?i)\b(?:street|st\.?|road|rd\.?|lane|avenue|ave\.?|way|drive|close|"
                     r"row|place|square|quay|terrace|crescent|boulevard|blvd\.?|highway|hill)$")


def event_place(place: str, title: str, brand: str) -> str:
    """Where an event in person is, said once: a place that starts with the brand's name
    ("Patang Ghar, Relief Road, Ahmedabad") loses it when the title already says where ("…
    in the shop"); else the place as the brief gives it."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if _VENUE_END.search(title) and parts and (re.match(r"\d", parts[0])
                                               or parts[0].lower() in title.lower()):
        # a title that ends on the venue's name ("Free clinic at Johnsonville Community
        # Centre") says where: its street address after it read "at … on Saturday at 10am
        # at 30 Moorefield Road" (blind read 35), so the posts say the venue alone
        return ""
    named_in_title = len(parts) > 1 and parts[0].lower() in title.lower()
    ends_where = re.search(r"(?i)\b(?:on|at|in|by)\s+the\s+(?P<where>(?:[\w'’-]+\s+){0,3}[\w'’-]+)$",
                           title.strip())
    if ends_where and parts:
        from planner.planning.wording import content_words
        shared = content_words(ends_where["where"]) & content_words(parts[0])
        if len(shared) >= 2 or shared and len(content_words(ends_where["where"])) == 1:
            # "Free taster class on the Sea Point lawns" at "Sea Point Promenade lawns,
            # opposite the Sea Point Pavilion": the title says where; the place's name never
            # said a second time in the sentence (blind read 40), only a street after it
            rest = [p for p in parts[1:] if not re.match(
                r"(?i)(?:opposite|next|near|behind|beside|by|across|outside|inside|above|below|"
                r"between|in front|off|just)\b", p)]
            return ", ".join(rest)
    if not _SAYS_WHERE.search(title) and not named_in_title:
        # ("… for tenants of Kilimani Business Centre" at "Kilimani Business Centre, Ring Road"
        # says the building once: read 22 had it twice in one sentence)
        owned = re.match(rf"(?i){re.escape(brand)}(?:['’]s)?\s+(?P<noun>[a-z][a-z -]*)$",
                         parts[0]) if brand and len(parts) > 1 else None
        if owned:
            # the brand's own place is ours, its street said after it ("our workshop on A. S.
            # Fortuna Street, Mandaue City"), never the field as typed ("at Balay Rattan
            # workshop, A. S. Fortuna Street, …", read 23)
            street = parts[1]
            joint = ", " if re.match(r"\d", street) or not _STREET.search(street) else " on "
            return f"our {owned.group('noun')}{joint}" + ", ".join(parts[1:])
        return place
    # the place's first parts the title already says (the brand's name, "ReefKeep workshop"
    # for "Open house at our Ubi workshop") go; the street and the town stay
    from planner.planning.wording import content_words

    said = content_words(title) | ({brand.lower()} if brand else set())
    while len(parts) > 1 and (brand and parts[0].lower().startswith(brand.lower())
                              or content_words(parts[0]) & said):
        parts.pop(0)
    return ", ".join(parts)


def _ours(name: str, whole: str) -> str:
    """A gathering's name cut from what happens there (``event_name``: "Open atelier
    afternoon") said as ours mid-sentence, "our open atelier afternoon", as its name was
    before the cut ("our open atelier afternoon, ‘Bring your dress…’"); a name of its own
    ("Flash Day") and a name not cut stay as they are."""
    words = name.split()
    if name == whole or len(words) < 2 or not (words[0][:1].isupper() and words[0][1:2].islower()) \
            or any(w[:1].isupper() and not w.isupper() for w in words[1:4]):
        return name
    return "our " + name[:1].lower() + name[1:]


def event_invite(title: str, in_person: bool) -> str:
    """The event's name as an invitation: "Come to our kite-making afternoon for kids in
    the shop", "Join our online talk: what inspectors check", "Join us live: how to balance a
    kite"; a name of its own keeps its capitals ("Join our Tea & Tarot Night")."""
    said = said_title(title)
    words = said.split()
    if not words:
        return "Join us"
    if re.search(r"[:?]", said) and not re.match(
            r"(?i)^(?:live\b|[^:]*\b(?:webinar|workshop|talk|q&a|class|session|masterclass|demo|"
            r"course|tasting|meetup|walk|tour|live)\s*:)", said):
        # a name with a colon of its own is quoted whole, never run into the sentence ("Join
        # our ice hygiene for bar owners: what the inspector checks here", blind read 21)
        return ("Come to " if in_person else "Join us for ") + f"‘{said}’"
    named = any(w[:1].isupper() and not w.isupper() for w in words[1:4])  # "Open Day at the Forge"
    if words[0][:1].isupper() and words[0][1:2].islower() and not named:
        said = said[:1].lower() + said[1:]
    said = re.sub(r"(?i)^(?:a|an|the|our)\s+", "", said)
    live = re.match(r"(?i)live\s*[:–—-]\s*", said)
    if live and ("," in said or len(words) > 10):
        # a long name with a comma of its own is quoted, never run into what follows
        # ("Join us live: labelling rules …, what must be on the label in 2027 here on
        # LinkedIn", blind read 25)
        rest = said[live.end():]
        return f"Join us live for ‘{rest[:1].upper()}{rest[1:]}’"
    if live:
        return "Join us " + said  # "Join us live: how to balance a kite"
    # "Live Q&A: caring for leather" is a live's name: "Join our live Q&A: …", never "Join us
    # live Q&A: …"
    if in_person and _STAND.search(said):
        # a stand at someone else's show is where to find us, never "our" show (blind read
        # 33: "Come to our Auckland Workplace Expo (stand 42)" for an exhibitor)
        the = "" if re.match(r"(?i)the\b", said) or not _SHOW.search(said.split("(")[0]) else "the "
        return "Find us at " + the + said
    return ("Come to our " if in_person else "Join our ") + said


#: a stand, booth or stall at a show: the business exhibits there, the show is not its own
_STAND = re.compile(r"(?i)\b(?:stand|booth|stall|pitch|table)\s*(?:no\.?\s*|number\s*|#\s*)?"
                    r"[A-Z]?\d+[A-Z]?\b")
#: the name of a show someone else runs, said with "the" ("the Auckland Workplace Expo")
_SHOW = re.compile(r"(?i)\b(?:expo|show|fair|conference|summit|festival|convention|exhibition|"
                   r"market)\s*(?:\d{4})?\s*(?:,|$)")


#: countries that span several time zones: a live online there says whose 7pm it is
MULTI_ZONE = frozenset({"US", "CA", "AU", "BR", "MX", "RU", "ID"})


def spread_out(brief: Brief) -> bool:
    """Whether the people a live online reaches sit in more than one time zone: a business
    audience, an app's or a course's users, or anyone in a country of several zones (blind
    read 39: "7pm" for a US speech coach's Instagram live)."""
    return brief.facts.b2b or brief.kind == "digital" or brief.country.upper() in MULTI_ZONE


def _day_part(hour: int, title: str) -> str:
    part = "evening" if hour >= 17 else "afternoon" if hour >= 12 else "morning"
    return "today" if re.search(rf"(?i)\b{part}", title) else f"this {part}"

def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


#: a perk written as a clause ("members get 20% off…") stands as its own sentence
_CLAUSE = re.compile(r"(?i)^(?:you|we|our|members?|customers?|clients?|subscribers?|they|"
                     r"anyone|everyone|every|returning|existing|if|when)\b")


def _ends(ends: dt.date | None, day: dt.date | None, country: str = "US") -> str:
    """The offer's last day as a post on ``day`` says it: "today, April 25" on the day
    itself, "tomorrow, April 25" the day before, else "April 25"."""
    date = human_date(ends, country)
    if ends is None or day is None:
        return date
    return {0: f"today, {date}", 1: f"tomorrow, {date}"}.get((ends - day).days, date)




#: a link that books a call: a booking, contact or scheduling page, or a phone link (a shop's
#: home page is no place to book one)
_BOOKING_PAGE = re.compile(r"(?i)^tel:|calendly\.|cal\.com|/[^?#]*(?:book|call|contact|appointment|"
                           r"schedul|consult|meet|termin|reserv|kontakt|afspraak)")


def can_call(brief: Brief) -> bool:
    """Whether a post can ask for a call: the brief gives a page to book one on (its url,
    when it is a booking or contact page) or a number to ring."""
    return bool(_BOOKING_PAGE.search(brief.url or "")) or any(
        PHONE.search(t or "") for t in (brief.description, brief.audience, *brief.sells_on))


def phone_number(brief: Brief) -> str:
    """The number the brief gives to ring ("phone 0951 700 45 20"), or ""."""
    m = next((m for t in (brief.description, brief.audience, *brief.sells_on)
              if (m := PHONE.search(t or ""))), None)
    return m.group(0).strip() if m else ""


#: a WhatsApp number the brief gives ("WhatsApp (41) 99812-4407", "whatsapp us on +34 …")
_WHATSAPP = re.compile(r"(?i)\bwhats\s?app\b(?:\s+(?:us|me|only|number|no\.?|on|at|:|-|–))*\s*")


def whatsapp_number(brief: Brief) -> str:
    """The number the brief says to WhatsApp ("WhatsApp (41) 99812-4407"), or ""."""
    for text in (brief.description, brief.audience, *brief.sells_on):
        for m in _WHATSAPP.finditer(text or ""):
            number = PHONE.match(text, m.end())
            if number:
                return number.group(0).strip()
    return ""


def _with_year(said: str, day: dt.date) -> str:
    """"March 21, 2027" / "21 March 2027": a date as a post found for months says it."""
    return f"{said}, {day.year}" if said.endswith(str(day.day)) else f"{said} {day.year}"


#: a call to action's way in that is no link: a message, a reply, a comment, a place
_MESSAGE_WAY = re.compile(r"^(?:send (?:us|me) a message|reply to this story|ask us in the "
                          r"comments|find us at )")
#: where a profile keeps its one link, for a post that can carry none of its own
PROFILE_LINK = {"instagram": "link in bio", "tiktok": "link in bio", "threads": "link in bio",
                "x": "link in our bio", "youtube": "link on our channel page",
                "facebook": "link on our Page", "linkedin": "link on our page",
                "pinterest": "link on our profile"}


def _features_of(brief: Brief) -> list[str]:
    from planner.planning.sparse import description_features

    return description_features(brief)


def event_finds(event, platform_id: str, brand: str) -> list[str]:
    """How a post on one platform tells people to reach a live held on another when the
    brief gives no link to it, said after the post names that platform ("… on Facebook."):
    "To join, look for Corra Tax there.", in wordings of its own for each post (a template
    takes the first no earlier post said). Empty for a live on the post's own platform, one
    with a link, one in person, or a brief with no name to look for."""
    if in_person(event) or not event.platform or event.platform == platform_id \
            or event.link or not brand:
        return []
    return [f"To join, look for {brand} there.", f"You'll find us there as {brand}.",
            f"Search for {brand} there to join.", f"Our page there is {brand}."]


def template_context(brief: Brief, platform: Platform, fmt: str, moment: str,
                     picks: dict[str, Any] | None = None, day: dt.date | None = None,
                     event: Any = None) -> dict[str, Any]:
    sent = ships(brief)
    digital = digital_is(brief)
    use = use_of(brief)
    offer = None
    if brief.offer is not None:
        # a Pin is found for weeks after it goes out: "tomorrow" would go stale there
        # ... and names the year: a Pin still read next spring says which March it meant
        offer = {"code": brief.offer.code, "discount": brief.offer.discount,
                 "condition": brief.offer.condition,
                 "ends": _ends(brief.offer.ends, None if platform.id == "pinterest" else day,
                               brief.country)}
        if platform.id == "pinterest" and brief.offer.ends is not None:
            offer["ends"] = _with_year(offer["ends"], brief.offer.ends)
        #: "until the end of today, April 25" on the last day, where "until today" would not do
        offer["until"] = ("the end of " + offer["ends"]) if offer["ends"].startswith("today") \
            else offer["ends"]
        #: the offer's last days: only then may a post press "before it ends" (read 23 had it
        #: 20 days before the end)
        offer["closing"] = day is None or brief.offer.ends is None or \
            0 <= (brief.offer.ends - day).days <= 3
    #: a place the seller names that is no online store ("our shop on calle Colima")
    place = place_said(next((s for s in brief.sells_on if s not in STORE_NAMES
                             and s not in _MARKETS), ""))
    store = next((STORE_NAMES[s] for s in brief.sells_on if s in STORE_NAMES),
                 place or _DEFAULT_STORE.get(brief.kind, "our shop"))
    if not brief.url and not any(s in STORE_NAMES for s in brief.sells_on) and not place \
            and brief.kind == "digital" and not _marketplace(brief):
        # a download or a sign-up is a link, never a message or a comment (blind read 23:
        # "Download now: send me a message"): with none in the brief, the profile's own link
        link_hint = PROFILE_LINK.get(platform.id, platform.link_hint)
    elif not brief.url and not any(s in STORE_NAMES for s in brief.sells_on):
        # no link to point at: the way in is the seller's own place, or a message
        link_hint = ("reply to this story" if fmt == "story" else f"find us at {place}" if place
                     else "ask us in the comments" if platform.id == "youtube"
                     else "send us a message")
    elif fmt == "story":
        link_hint = "tap the link sticker"  # a URL typed into a story cannot be tapped
    elif platform.id == "youtube" and fmt == "short":
        # a Short's description shows a link but nobody can tap it (blind read 25): the
        # channel page's link
        link_hint = PROFILE_LINK["youtube"]
    elif platform.id == "youtube" and brief.url:
        # a video's description takes the link itself (blind read 23: "Book: link on our
        # channel page" under a video whose description could carry it)
        link_hint = brief.url
    elif platform.id == "tiktok" and "tiktok shop" in brief.sells_on:
        link_hint = "the Shop tab on our profile"  # TikTok Shop buyers never leave the app
    elif brief.url and platform.links_clickable:
        link_hint = brief.url
    elif not brief.url and platform.links_clickable and platform.id != "youtube":
        # a platform a link can go in, but the brief gives none: "link in the comments"
        # would point at nothing (blind read 22, Facebook); the marketplace is searched
        # for the brand, else we are messaged
        # (with no name to search for, the profile's link, the shop's page: never "Find us
        # on Creema: send us a message", blind read 32)
        market = _marketplace(brief)
        link_hint = f"search “{brief.brand}” on {market}" if market and brief.brand else \
            PROFILE_LINK.get(platform.id, platform.link_hint) if market else "send us a message"
    elif not brief.url and platform.id == "pinterest":
        # a Pin with no address behind it: "link on the Pin" points at nothing (read 26); the
        # marketplace is searched for the name, else the Pin asks nothing of the sort
        # (a search for the goods' own words finds other sellers' listings, read 30: with no
        # shop's name, the Pin points at the listing the publisher adds as its link, a note
        # says so, `post_note`)
        market = _marketplace(brief)
        link_hint = (f"search “{brief.brand}” on {market}" if brief.brand
                     else f"find us on {market} through the Pin's link") if market \
            else "send us a message"
    else:
        link_hint = platform.link_hint
    marketplace = _marketplace(brief)
    #: where buyers left a review: the marketplace they bought on, but never on a Pin or a
    #: video that links to the seller's own site ("Write it on Etsy" under a website link)
    bought_on = marketplace
    if marketplace and brief.url and marketplace.lower() not in brief.url.lower() and \
            {"website", "shopify"} & set(brief.sells_on):
        # the link is the seller's own shop: posts follow it, never "search for us on Etsy"
        # or "our shop is on Etsy" beside a link to the website
        marketplace = ""
        store = STORE_NAMES["shopify" if "shopify" in brief.sells_on else "website"]
        if platform.id in ("pinterest", "youtube"):
            bought_on = ""
    #: where a call to action sends people: the marketplace search when the brief's only
    #: shop is a marketplace its url does not point to, else the link
    market_only = bool(marketplace and brief.brand) and marketplace.lower() not in \
        brief.url.lower() and not ({"website", "shopify"} & set(brief.sells_on)) \
        and not (brief.url and marketplace.lower() in _NO_SEARCH) \
        and not brief.url  # the brief's own page is where its link leads: "link in bio", never
    # "search “Mãos em Libras” on Hotmart" beside the course's own url (read 26)
    #: the marketplace is the only shop there is (no site of the seller's own, no link
    #: elsewhere): never "in our Etsy shop too" (blind read 27)
    sole_shop = market_only or bool(marketplace) and len(brief.sells_on) <= 1 \
        and not ({"website", "shopify"} & set(brief.sells_on)) \
        and (not brief.url or marketplace.lower() in brief.url.lower())
    # a Pin or a video carries the brief's link itself: its call to action points there, never
    # to a search elsewhere that contradicts it
    linked = bool(brief.url) and platform.id in ("pinterest", "youtube")
    # every marketplace named, with its own name and "on" ("on Shopee or Lazada")
    markets = [m for m in marketplaces(brief) if m.lower() not in brief.url.lower()] or [marketplace]
    markets_said = marketplace if len(markets) < 2 or marketplace not in markets else \
        ", ".join(markets[:-1]) + " or " + markets[-1]
    go = f"search “{brief.brand or _capitalised(brief.product)}” on {markets_said}" \
        if market_only and not linked and not (platform.id == "pinterest" and not brief.brand) \
        else link_hint
    phone = phone_number(brief) if brief.facts.action == "call" else ""
    if phone and not (brief.url and platform.links_clickable and fmt not in ("story", "short")):
        # a call is asked for with the number to ring, where no link can be tapped (blind
        # read 25: action "call" and "phone 0951 700 45 20" in the brief, "Book a call: link
        # in bio" in every post)
        go = link_hint = phone
    whatsapp = whatsapp_number(brief) if brief.facts.action in ("book", "call", "message",
                                                                "order", "contact") else ""
    if whatsapp and not (brief.url and platform.links_clickable and fmt not in ("story", "short")):
        # where no link can be tapped, the way the brief's customers book: "Book: WhatsApp
        # (41) 99812-4407" (blind read 25: a clinic whose patients book by WhatsApp, the
        # number in no post)
        go = link_hint = f"WhatsApp {whatsapp}"
    facts = brief.facts
    # (the event a slot is kept for, where the planner says which: `Slot.event`)
    event = event or ((event_on(brief, day) or upcoming_event(brief, day)) if day else None)
    launch = facts.launch
    item = short_name(brief)
    unit = subscribed_unit(brief)
    # (whose time an event's time is, said after its day and after its clock alike)
    zone = zone_label(event.when, brief.timezone, spread_out(brief) and not in_person(event)) \
        if event else ""
    context = {
        #: the product as a sentence or an image carries it: no list or detail after a
        #: comma or in brackets ("hand forged garden tools from Pen-y-Bryn forge")
        "Product": _capitalised(product_said(brief.product)),
        #: what posts call the business when the brief names no brand ("Pen-y-Bryn forge")
        "maker": maker_of(brief),
        "problems": list(facts.problems), "differentiators": list(facts.differentiators),
        "story": list(facts.story), "tips": list(facts.tips),
        #: the rating as a sentence of ours ("we have 4.9 stars from 86 Google reviews"),
        #: never a bare fragment; the brief's words kept whole inside it
        "reviews": reviews_sentence(facts.reviews),
        #: the brief's link leads to where the reviews are: only then "read them for yourself"
        "reviews_linked": reviews_linked(brief),
        #: the site the reviews are on when it is not the brief's own ("Google"): no link
        #: to the shop is offered as the place to read them
        "reviews_site": reviews_site(facts.reviews, brief.url),
        "creators": list(facts.creators), "ambassadors": facts.ambassadors,
        "community": facts.community, "shop_features": list(facts.shop_features),
        #: a community that meets somewhere (a shop ride, a run club), not a group online
        "community_in_person": meets_in_person(facts.community),
        "launch": _launch(launch.what, human_date(launch.date, brief.country), brief.brand,
                          _launch_when(launch.date, day, brief.country))
        if launch else None,
        #: the launch is goods from a business that sells a service or an app (a salon's
        #: own leave-in): its posts say where to get it, never the booking link
        "launch_goods": launch_is_goods(brief),
        #: a teaser of the launch went out before this post (set by the planner): a launch's
        #: day points back to it only then (blind read 28: "the same detail as the teaser"
        #: in a calendar with no teaser)
        "teased": False,
        "goods_ctas": goods_ctas(brief, fmt),
        # its own name, word for word; "Today at 3pm — Webinar: Year-end payroll", never
        # two colons in one line
        "event": ({"title": _ours(said_title(event_name(event.title, in_person(event))),
                                  event_name(event.title)),
                   "lead": event_lead(said_title(event_name(event.title, in_person(event)))),
                   #: what the name's brackets ask of people, as a sentence of its own ("Bring
                   #: a knife and some bread."), never pasted in brackets mid-line
                   "aside": event_aside(event.title, in_person(event)),
                   # the day before, "tomorrow" (a Pin lasts weeks: it keeps the date alone)
                   "when": ("tomorrow, " if day is not None and platform.id != "pinterest"
                            and (event.when.date() - day).days == 1 else "")
                   + human_when(event.when, brief.country) + zone,
                   "clock": human_clock(event.when) + zone,
                   "today": event.when.date() == day,
                   # "today" where the name says the part ("A reminder for this evening: Open
                   # evening…" says it twice)
                   "part": _day_part(event.when.hour, event.title),
                   "platform": "" if in_person(event) else event.platform,
                   #: an event in person: where it is, and no "here on Instagram"
                   "place": event_place(event.place, event.title, brief.brand),
                   "in_person": in_person(event),
                   #: the event said as an invitation, never a verbless headline
                   "invite": event_invite(event_name(event.title, in_person(event)), in_person(event)),
                   #: a live stream on a platform (a YouTube live, an Instagram live): nobody
                   #: registers for it, people set a reminder (read 26: "Register: youtube.com/…")
                   "stream": not in_person(event) and _streamed(event),
                   #: where to sign up: a call to action to it, where links are allowed
                   #: a live on another platform with no link to it: how to get there from
                   #: this one ("To join, look for Corra Tax there." after "on Facebook"), never "on Facebook"
                   #: alone (blind read 32: Threads and Instagram posts sent to a Facebook
                   #: live with no way to find it)
                   "finds": event_finds(event, platform.id, brief.brand),
                   "link": (event.link if platform.links_clickable and fmt != "story" else
                            "tap the link sticker" if fmt == "story" else platform.link_hint)
                   if event.link else ""}
                  if event else None),
        "marketplace": marketplace, "bought_on": bought_on, "go": go, "market_only": market_only, "sole_shop": sole_shop,
        #: every marketplace, said "Creema and Etsy": where we are, never the first alone
        "markets_and": (", ".join(markets[:-1]) + " and " + markets[-1]) if marketplace and len(markets) > 1
        and marketplace in markets else marketplace,
        #: False when the brief names no brand: "us" reads better than the product as a name
        "has_brand": bool(brief.brand),
        #: the product as said in passing, mid-sentence: "our {{ item }}"
        "item": item,
        #: "one" of it when it is counted one at a time ("Want one of your own?"), else
        #: "some": microgreens, table linen, coffee are never "one"
        "one": "one" if _counted_one(item) else "some",
        #: one of it, for a visual: "a real soy candle", "one of our film cameras"
        "a_real": (f"one of our {item}" if re.search(r"[^s]s$", item.split(",")[0].split(" and ")[0])
                   else f"a real {item}"),
        #: the product is a list of things ("tent pitches, glamping tents and lodges") and
        #: ``item`` only the first of them
        "listed": bool(re.search(r",|\s(?:and|&)\s", brief.product))
        # "1950s and 60s valve radios": two decades of one thing, no list
        and not re.search(r"\d0s\s+(?:and|&|or)\s+['’]?\d+0s\b", brief.product)
        and item.lower() != brief.product.lower(),
        #: what the brief sells, and whether what it sells travels by post
        "kind": brief.kind, "ships": sent,
        #: goods subscribed to or lent by post (a puzzle library, a coffee subscription): the
        #: one thing that arrives each time ("jigsaw puzzle"), else ""; such goods are never
        #: "an order", "sold" or "photographed for the shop"
        "subscribed": bool(unit), "unit": unit, "units": units_of(unit),
        #: a digital brief's own kind ("course", "app", "download"): a course has no devices
        "digital_is": digital, "digital_noun": DIGITAL_NOUNS.get(digital, ""),
        #: how the goods are used (planning/offering.py): "worn", "displayed", "made_with"…,
        #: and what a post can say of it ("wear"/"wearing"/"worn", "sew"/"sewn from")
        #: polls made of the brief's own facts (planning/polls.py), or None
        "poll2": poll(brief, 2, POLL2_ORDER), "poll3": poll(brief, 3, POLL3_ORDER),
        "use_mode": use.mode, "use_verb": use.verb, "use_ing": use.ing, "use_done": use.done,
        "use_made": use.made, "use_scene": use.scene,
        "use_prep": "" if use.verb.endswith(" " + use.prep) else use.prep,
        #: a gift occasion far enough ahead for the goods to arrive, or empty
        "gift_occasion": gift_occasion(brief, day) if day else "",
        "b2b": brief.facts.b2b,
        #: one person makes it: no "team", no "the people", no "we took this" backstory
        "solo": is_solo(brief),
        #: the brand is a person's name ("Dana Okafor"): only then may one maker say "I'm …"
        #: (and a person the brief names in its story: "Hi, I'm Zadelpas Hendriks" was a
        #: business introduced as a person, read 26)
        "brand_is_person": brand_is_person(brief.brand) and any(
            re.search(rf"\b{re.escape(brief.brand.split()[0])}\b", line) for line in facts.story),
        #: the brief's places written with a capital somewhere, printed so in every post
        "names": brief_names(brief),
        #: the customers' own words: printed as they wrote them, never cased
        "quoted": tuple(q.text for q in facts.quotes),
        #: the brief's business is with children: only then does a visual speak of minors
        "minors": with_minors(brief),
        #: the business looks after people's health, or the tone rules out alarming
        #: pictures: no complaint acted out, no health story asked for in public
        "care": is_care(brief),
        #: what a photo of the goods shows ("the pallet racking inspections work being done")
        "shown": shown(brief, item),
        #: what the product's name itself says of the goods, as our sentence, or empty
        "name_line": next(iter(name_lines(brief)), "") or about_is(brief),
        #: the brief gives facts beyond its goods' name (a description, a difference, a
        #: tip): a post that would say only where they are sold is left to another
        "has_facts": bool(brief.description.strip() or facts.differentiators or facts.tips
                          or facts.problems or facts.faqs or facts.story),
        #: what the business is, said from the product line alone (planning/sparse.py): the
        #: one fact every brief gives, for the fact-light templates
        "what_it_is": what_it_is(brief),
        #: a place people drop in to ("a board game café"), or ""
        "drop_in": drop_in(brief),
        #: food sold through a delivery app (Glovo, Uber Eats): a meal ordered
        "food_app": food_ordered(brief),
        #: one feature the description lists, the subject of a post (the plan gives each in
        #: turn: Planner.feature_post; planning/sparse.py)
        "feature": next(iter(_features_of(brief)), ""),
        #: whether this platform's followers have seen the offer already (the plan sets it)
        "offer_told": False,
    }
    context.update(brief_voice(brief).context())
    if context["verb"] == "book a call" and not can_call(brief):
        # no number to ring and no page to book on: the call to action asks for what the
        # brief gives (a message), never "book a call" with nowhere to book it
        context.update(verb="get in touch", Verb="Get in touch", Act="Get in touch")
    if phone and go == phone:
        # a number is rung, never booked: "Call us: +372 …", not "Book a call: +372 …"
        # (read 30); "Been meaning to book a call?" keeps its verb
        context.update(Verb="Call us", Act="Call us")
    #: the call to action's way in is a number to ring
    context["ring"] = bool(phone) and go == phone
    if not sent and context["after"] == "once yours arrives":
        context["after"] = "once you've got yours home"  # a stall's goods never "arrive"
    if platform.id == "youtube" and context["verb"] == "subscribe":
        # on YouTube "Subscribe" is the channel's button: the product is signed up to
        context.update({"verb": "sign up", "Verb": "Sign up", "Act": "Sign up"})
    #: "book with X", "download X", "order from X": the verb with the brand, for "Been
    #: meaning to …?" and "… : link"
    context["verb_brand"] = verb_with(str(context["verb"]), brief.brand)
    if context["verb"] in ("download", "install") and brief.brand and digital != "app" \
            and brief.brand.lower() not in brief.product.lower():
        # what is downloaded is the goods, never the studio that made them: "download our
        # calligraphy brushes", not "download Meokmul Studio" (read 23); an app is its name
        context["verb_brand"] = f"{context['verb']} our {item}"
    context["Verb_brand"] = _capitalised(context["verb_brand"])
    if context["ring"]:
        # "Call Towerline Hire: 0113 …", never "Book a call with Towerline Hire: 0113 …"
        context["Verb_brand"] = f"Call {brief.brand}" if brief.brand else "Call us"
    for name in ROTATED:
        context[name] = (picks or {}).get(name, _first(getattr(facts, ROTATED[name])))
    quote = context.get("quote")
    # how the words reached the seller is no part of the credit ("— Giulia R.", never
    # "— Giulia R., Instagram DM", blind read 27)
    if isinstance(quote, dict) and quote.get("by"):
        context["quote"] = {**quote, "by": credit_of(str(quote["by"]))}
    elif quote is not None and getattr(quote, "by", ""):
        context["quote"] = dataclasses.replace(quote, by=credit_of(quote.by))
    # the seller's own sentences, told as lines of a post, are printed mended ("don't", "I")
    for name in ("tip", "story_fact"):
        if context.get(name):
            context[name] = mend(context[name])
    if context.get("faq"):
        # ... and free shipping said with the amount it starts at ("Free shipping on orders
        # over 45$ is Québec only for now"), where the brief gives one
        # (a question about "it" names it: "Does K53 Ready work without data?", never "Does
        # it work…?" before a reader who scrolled in and has not met it, read 24)
        asked = mend(context["faq"]["question"])
        # (... by its own name where it has one: "Is Freela OS only in English?")
        name = short_name(brief)
        own = name if name[:1].isupper() and not name.split()[0].isupper() else brief.brand
        if brief.kind == "product" and brief.brand and own == brief.brand and name \
                and brief.brand.lower() not in brief.product.lower():
            # a maker's name is not the pan: "Do our steel frying pans work on induction?",
            # never "Does Ferro & Fumo work on induction?" (blind read 27)
            many = name.split()[-1].lower().endswith("s") and \
                not name.split()[-1].lower().endswith(("ss", "us", "is"))
            plural = {"Does": "Do", "Is": "Are", "Has": "Have"} if many else {}
            asked = re.sub(r"^(Does|Is|Can|Will|Would|Has) it\b",
                           lambda m: f"{plural.get(m.group(1), m.group(1))} our {name}", asked)
        elif own and brief.kind != "service":
            asked = re.sub(r"^(Does|Is|Can|Will|Would|Has) it\b",
                           lambda m: f"{m.group(1)} {own}", asked)
        context["faq"] = {**context["faq"], "question": asked,
                          "answer": with_threshold(mend(context["faq"]["answer"]),
                                                   brief.free_shipping)}
    context["tips"] = [mend(t) for t in context["tips"]]
    # a difference written as a phrase with no subject is said of the product: "Freela OS
    # works on the free Notion plan", never "One thing we do differently: works on…"
    subject = subject_of(brief)
    #: the goods a difference's dangling "them" means ("… make them in the same lane")
    owned = item if brief.kind == "product" else ""
    # (listed as points, a phrase reads well on its own line: "→ Works on the free plan")
    context["differentiators"] = [with_threshold(_said(d, "", owned), brief.free_shipping)
                                  for d in context["differentiators"]]
    #: lists of differences start at this post's own, so two lists in a calendar differ
    raw = list(facts.differentiators)
    turn = raw.index(context["differentiator"]) if context.get("differentiator") in raw else 0
    context["differentiators"] = context["differentiators"][turn:] + context["differentiators"][:turn]
    #: the differences a buyer can check with anyone, as checklist points
    context["criteria"] = criteria(raw[turn:] + raw[:turn], brief.brand)
    if context.get("differentiator"):
        context["differentiator"] = _said(context["differentiator"], subject, owned)
    #: the difference as a whole sentence of ours ("You get one project manager per client…")
    context["difference"] = difference_sentence(context.get("differentiator") or "", item,
                                                brief.kind, bool(context.get("formal")))
    #: ... as said mid-line ("Not to brag, but there's no cage drying, ever.")
    context["difference_mid"] = lower_start(context["difference"], (brief.brand, subject, item))
    #: the difference reads as a statement ("we pay…"), not a noun phrase ("qualified groomer")
    context["difference_is_clause"] = is_clause(context.get("differentiator") or "", subject)
    # a later part of the story says who "she" is, for a post that tells it alone
    told = story_told(list(facts.story))
    mended = [mend(t) for t in facts.story]
    if context.get("story_fact") in mended:
        context["story_fact"] = mend(told[mended.index(context["story_fact"])])
    context["story"] = [mend(t) for t in told]
    details = [with_threshold(d, brief.free_shipping)
               for d in brief_details(brief)]
    #: sentences of the description, each fit to stand as a line of a post
    context["details"] = details
    #: what the brief says that answers the post's problem (a difference or a line of the
    #: description sharing its words), or nothing when nothing does
    answer = answer_to(brief, context.get("problem") or "", details)
    context["answer"] = difference_sentence(answer, item, brief.kind, bool(context.get("formal"))) \
        if answer else ""
    #: what the business is, from the description ("a grooming van that parks in your
    #: driveway"), for a post that says where we come in without a fact that answers it
    context["about"] = about_said(about_line(brief.description, brief.brand))
    #: the customer perk when it is about the launch ("subscribers get first pick of our
    #: Thanksgiving box"): said on the launch's day, where it belongs
    context["launch_perk"] = brief.customer_perk if perk_on_launch(brief) else ""
    #: the price a launch's day says: the range's own when the launch is a new item of it
    context["launch_price"] = launch_price(brief, details)
    context["detail"] = (picks or {}).get("detail", details[0] if details else "")
    if offer is not None:
        # a code off a paid plan of a free app is used when upgrading, not when downloading
        paid = context["verb"] in ("download", "install", "sign up", "start") and re.search(
            r"(?i)\b(?:pro|premium|plus|yearly|annual|plan|subscription|upgrade|pass|full-year|"
            r"lifetime)\b", offer["discount"])
        offer["verb"] = "upgrade" if paid else context["verb"]
        offer["Verb"] = offer["verb"][:1].upper() + offer["verb"][1:]
        offer["Act"] = "Upgrade now" if paid else context["Act"]
        #: the discount reads after "for"/"gets you" ("15% off", "£5 off", "free delivery");
        #: "first 3 months half price" only opens its own line
        offer["noun"] = bool(re.match(r"(?i)(?:\d|[$£€¥₹]|free\b|an?\b|one\b|two\b|half\b|up to\b)",
                                      offer["discount"]))
        #: what the offer is on ("our felted slippers") and the description's price line:
        #: an offer post says what is on offer before its terms (planning/sequencing.py)
        price = offer["plain_price"] = price_line(details)
        if price and reduces(offer["discount"]) and not re.search(
                r"(?i)\b(?:when you|together|if you|with any|on orders)\b", offer["discount"]):
            # (an offer on a bundle or a condition leaves each price as it is: "A two-seater
            # sofa is usually €75" beside "€20 off when you book a three-seater and a mattress
            # together" read as a discount on it, read 40's tuning set)
            # the description's price is the usual one, never "the offer": said as that
            # ("Prices usually start from €395 per building.", "Lifetime access is usually
            # ¥6,800.", never "Usual prices: prices start from …", read 23)
            price = offer_part(price, offer["discount"])
            offer["usual"] = lower_start(price, (brief.brand, item))
            price = usual_price(price, (brief.brand, item))
        # (beside a first month's deal the price is what comes after it)
        price = after_first(price, offer["discount"]) or price
        offer |= offer_goods(brief, item) | {"price": price}
        #: what an offer line says after the discount: "" when the discount names its goods
        if names_goods(offer["discount"]):
            # "15% off window lettering" says what it is off: no "… on my hand-painted
            # shopfront signs" after it (read 24, six posts)
            offer["named"] = True
        offer["on_goods"] = "" if offer.get("named", True) else \
            f"{offer.get('on', ' on ')}{offer.get('goods', '')}"
        #: the discount names its own days: no "by …" deadline of ours on its posts
        offer["dated"] = dated_terms(offer["discount"])
    return context | {
        #: with no brand, the account speaks as "us" ("Follow us", "tag us"); the critic
        #: turns down any wording where "us" cannot stand for a name ("how us began")
        "product": product_said(brief.product), "brand": brief.brand or "us",
        "description": brief.description, "audience": brief.audience, "offer": offer,
        "referral_reward": brief.referral_reward,
        #: the reward as a sentence of ours that says who it is for ("If you already shop
        #: with us and a friend places their first order, you both get $5 off."), or empty
        "referral_said": referral_said(brief),
        #: the same in rotating wordings of ours (refer-a-friend picks one)
        "referral_saids": referral_wordings(brief),
        #: ... and in frames of their own, for a calendar that told it already (render.py)
        "referral_frames": referral_wordings(brief) + referral_reframes(brief),
        #: the platform's followers read an earlier part of the story (the planner says so)
        "story_heard": False,
        #: a thank-you may carry the customer perk (the planner: in two posts at most)
        "perk_due": bool(brief.customer_perk),
        #: "your invite link" when the friend must use the customer's own link or code
        "invite": own_link(brief.referral_reward),
        #: where a customer gets that code or link: the brief never says, so we ask them to
        #: ask us ("Message us for your code, then send it to them"), never "send them your
        #: code" with no word on where it is
        "invite_short": re.sub(r"\b(?:own|personal|unique) ", "", own_link(brief.referral_reward)),
        "invite_from": ("Reply to this story" if fmt == "story" else "Ask us in the comments"
                        if platform.id == "youtube" else "Message us"),
        #: how the customer passes that link or code on, in three wordings: where it is when
        #: the brief says ("from your account page"), never a way of getting it the brief does
        #: not give ("Message us for your invite link", blind read 29)
        "invite_asks": invite_asks(brief.referral_reward),
        #: "our market stall": where the perk is had in person, never by a link
        "perk_place": perk_place(brief.customer_perk, brief.sells_on), "hashtag": brief.hashtag, "url": brief.url,
        #: a code kept for existing customers is never printed in a public post: the perk
        #: is said without it, and ``perk_code`` tells the template to offer it by message
        "customer_perk": _perk_said(brief.customer_perk),
        #: ... unless the perk says how the code reaches them ("on a card in your parcel"):
        #: then no "Message us for your code" that contradicts it
        #: the perk is used when buying (a discount, a code, "with your next order"): only
        #: then may a post say where or when to use it; a perk the brief gives no way to claim
        #: ("a free tank refresh once a year for clients on a 12-month plan") gets none of ours
        "perk_used_buying": bool(_PERK_USED.search(brief.customer_perk)),
        "perk_code": bool(_PERK_CODE.search(brief.customer_perk))
        and not _CODE_DELIVERED.search(brief.customer_perk),
        #: a perk that names its own people, said as our sentence ("Families already swimming
        #: with us get 10% off…"): no "For existing customers:" around it
        "perk_line": perk_sentence(_perk_said(brief.customer_perk)),
        "free_shipping": bool(brief.free_shipping),
        "free_shipping_terms": shipping_terms(brief.free_shipping),
        "ships_free": lambda lead: ships_free(str(lead), brief.free_shipping, brief.country),
        #: a feature of the description as a sentence of ours with a subject (one-feature)
        "feature_said": lambda feature, turn=0: vary_subject(
            feature_sentence(str(feature), item, brief.brand, brief.kind), item, brief.kind, turn),
        #: the perk is written as a clause ("members can keep…"), not a noun phrase: only a
        #: lead ending in a colon fits before it
        "perk_is_clause": bool(_CLAUSE.match(brief.customer_perk)) or is_imperative(brief.customer_perk),
        "giveaway": brief.giveaway, "giveaway_rules": brief.giveaway_rules,
        #: "Open to people in New Zealand only.": who may enter, from the brief's own words
        "giveaway_open_to": giveaway_open_to(brief),
        #: the giveaway's other platforms by name, where one draw runs on several
        "giveaway_also_on": [GIVEAWAY_HOSTS[p] for p in brief.platforms
                             if p in GIVEAWAY_HOSTS and p != platform.id],
        #: the prize named with what we sell ("our felted slippers: a family set of four
        #: pairs"), unless the prize line says it already ("a scarf in your colour" for
        #: scarves), names the brand, has a colon of its own or is "our …"
        "prize": prize_said(brief.giveaway, item, brief.brand),
        #: "Sunday, 21 March": when giveaway entries close
        "giveaway_ends": _weekday_date(brief.giveaway_ends, brief.country),
        "giveaway_by": human_date(brief.giveaway_ends, brief.country),
        #: the day the winner is drawn, where the brief gives one (``giveaway_draw``; slots.py
        #: keeps a post for it that day on every platform the giveaway ran on); else "", and
        #: the post says the winner is drawn after entries close (winner_after)
        "giveaway_winner_on": _weekday_date(brief.giveaway_draw, brief.country)
        if brief.giveaway_draw else "",
        #: whether the post goes out on the draw day (or the brief gives none): a winner told
        #: in the days after says they were messaged, not that they are "today"
        "drawn_today": brief.giveaway_draw is None or day is None or day == brief.giveaway_draw,
        #: the same day without its weekday ("March 27"), where a short post has no room
        "giveaway_winner_by": human_date(brief.giveaway_draw, brief.country)
        if brief.giveaway_draw else "",
        #: how to enter, the same on every platform and every post (links.enter_steps)
        "enter_steps": enter_steps(brief, platform.id), "winner_on": WINNER_ON,
        "winner_after": WINNER_AFTER,
        #: ... and said short in a reminder, once the opening post said it in full
        "enter_steps_short": enter_steps_short(platform.id),
        "sells_on": list(brief.sells_on), "store": store, "platform": platform.id, "format": fmt,
        #: where the giveaway's full rules are, as this platform points to a page: the
        #: address where a link works, "link in bio" where it does not (the post's notes
        #: say to put the rules there while it runs); empty without a rules page
        "rules_link": (brief.giveaway_rules if platform.links_clickable else platform.link_hint)
        if brief.giveaway_rules else "",
        "link_hint": link_hint,
        #: the way in is a link (the brief's, the profile's to a shop it names, a marketplace
        #: search), not a message or a comment
        "shop_link": bool(brief.url) or not _MESSAGE_WAY.match(link_hint),
        "short": platform.short, "moment": moment, "tone": brief.tone,
        #: Monday to Wednesday: a week told in photos is last week's, never "this week" on
        #: its first morning (read 41's tuning set)
        "early_week": day is not None and day.weekday() <= 2,
    }


#: one item of each list fact is given to a post as a singular name, rotating over the plan
ROTATED = {"problem": "problems", "differentiator": "differentiators", "story_fact": "story",
           "tip": "tips", "quote": "quotes", "faq": "faqs", "creator": "creators",
           "pillar": "pillars"}


#: what a caption says when it sends people to the brief's address
_SENDS = re.compile(r"(?i)\blink (?:in (?:our )?bio|on the pin|sticker|in the description|below)\b|"
                    r"\blink on our channel|\bour website\b")


def post_link(brief: Brief, platform: Platform, fmt: str, text: str) -> str:
    """Where a post sends people: the brief's address on every Pin (a Pin has a link of its
    own) and on every YouTube video (its description links work), and on any post whose
    caption points to a link (bio, sticker, description); else nothing."""
    for event in brief.facts.events:
        # a post about an event with its own sign-up page sends people there (the bio link
        # or the story's sticker is that page while the post is up)
        # (its name as said, "our open studio, ‘Gilding demo’", in one maker's voice too:
        # "my open studio…" sent people to the contact page, read 24)
        named = re.sub(r"^(?:our|my)\s+", "", event_called(event).lower())
        # ("Join us live for ‘Curing a new…’" names "Live: curing a new…" without its label)
        bare = re.sub(r"^(?:live|webinar|workshop|masterclass|q&a)\s*[:—–-]\s*", "", named)
        if event.link and (named in text.lower() or event.title.lower() in text.lower()
                           or len(bare.split()) >= 3 and bare in text.lower()) and (
                event.link in text or _SENDS.search(text)):
            return event.link
    if points_to_rules(brief, text) and (brief.giveaway_rules in text or _SENDS.search(text)):
        return brief.giveaway_rules  # "Full rules: link in bio": the bio is the rules page
    if not brief.url:
        return ""
    if platform.id in ("pinterest", "youtube") or brief.url in text or _SENDS.search(text):
        return brief.url
    return ""


#: a call to action that asks for a question or a wish ("Tell us what you'd like to know")
_ASKS = re.compile(r"(?i)\b(?:tell us|ask (?:us|away|below)|your questions?|questions\b|"
                   r"like to know|want to know|send us)")


def story_sticker(visual: str, cta: str, fmt: str) -> str:
    """A story that asks its viewers for a question has a question sticker to answer in: a
    story has no comments, and "Tell us what you'd like to know" with nothing to tap leaves
    them nowhere to say it (a reply to the story itself needs no sticker)."""
    if fmt != "story" or not _ASKS.search(cta or "") or "sticker" in visual.lower() \
            or re.search(r"(?i)\breply to this story\b", cta):
        return visual
    return visual.rstrip(". ") + ". A question sticker on it for the answers"


def with_offer(text: str, cta: str, context: dict[str, Any], stage: str, brief: Brief,
               day: dt.date) -> str:
    """A post that sends people to buy while the offer runs says so, in a line of its own
    before the call to action: "15% off everything with code HARU15, until March 21."; and
    a post that says shipping is free says above what (links.with_threshold)."""
    return with_threshold(_offer_line(text, cta, context, stage, brief, day), brief.free_shipping)


#: an ask that only points at the link ("More on it here: link in bio", "Take a look: URL"):
#: on a post that gives the offer, it says nothing of the code (blind read 19)
_VAGUE_ASK = re.compile(r"(?i)^(?:More on it here|More on it|More on what we do|See more|"
                        r"Find out more|Take a (?:closer )?look|Have a look(?: when you've a minute)?|"
                        r"See (?:it )?for yourself|See it here|Read more|Details|More details)"
                        r"(?: here)?: (?P<link>\S.*)$")


def offer_ask(cta: str, brief: Brief, day: dt.date, verb: str = "") -> str:
    """A post that gives the offer asks for it: a call to action that only points at the link
    ("More on it here: link in bio") becomes the offer's own ("Use ENERO15 before it ends:
    link in bio" in its last two days, else "Use ENERO15 when you book: …"); any other ask is
    kept."""
    offer = brief.offer
    m = _VAGUE_ASK.match((cta or "").strip())
    if m is None or offer is None or not offer.code:
        return cta
    ending = offer.ends is not None and 0 <= (offer.ends - day).days <= 2
    if ending and not says_no_pressure(brief.tone):
        # (a gentle, no-pressure brief is told the date in the post, never pressed: read 28)
        return f"Use {offer.code} before it ends: {m.group('link')}"
    return f"Use {offer.code} when you {verb}: {m.group('link')}" if verb else \
        f"Use {offer.code} here: {m.group('link')}"


def _offer_line(text: str, cta: str, context: dict[str, Any], stage: str, brief: Brief,
                day: dt.date) -> str:
    offer = context.get("offer")
    if (stage not in ("conversion", "consideration") or not offer or not offer_active(brief, day)
            or not cta or context.get("go", "") not in cta
            or brief.offer.mark.lower() in text.lower()
            or context.get("platform") in ("pinterest", "youtube") and offer_elsewhere(brief)):
        return text
    until = offer["until"] if brief.offer and brief.offer.ends else ""
    # the line names what the offer is on when the post has not (sequencing.offer_goods)
    # (... once a post of this platform: the followers know what the offer is on)
    offer = offer | {"discount": offer["discount"]
                     + ("" if context.get("offer_told") else on_goods(offer, text))}
    # wordings in turn, by day and platform: the same line on every post of a day reads
    # pasted; one an offer post of the calendar said already is passed over ("offer_said",
    # normalised: planning/overtold.py), so no two offer posts share their offer sentence
    code, discount = offer["code"], offer["discount"]
    # an offer with no code is said as the brief gives it: what it gives and until when
    # (a discount that is no noun, "your first lesson free", stands after a colon: never
    # "There's your first lesson free", read 33)
    wordings = ([f"There's {discount}" + (f" until {until}." if until else " at the moment."),
                 f"Good to know: {discount}" + (f" until {until}." if until else " right now."),
                 f"Until {until}, there's {discount}." if until else "",
                 f"{_capitalised(discount)} runs until {until}." if until else ""]
                if offer.get("noun", True) else
                [f"Until {until}: {discount}." if until else f"Right now: {discount}.",
                 f"Good to know: {discount}" + (f", until {until}." if until else "."),
                 f"On now: {discount}" + (f", until {until}." if until else ".")]) \
        if not code else [f"{_capitalised(discount)} with code {code}" + (f", until {until}." if until else "."),
                f"Until {until}: {discount} with code {code}." if until else "",
                f"Code {code} gives you {discount}" + (f" until {until}." if until else ".")
                if offer.get("noun", True) else "",
                f"Use code {code} for {discount}" + (f" before {until}." if until else "."),
                f"With code {code}, it's {discount}" + (f" through {until}." if until else "."),
                f"{_capitalised(discount)} is yours with code {code}"
                + (f" until {until}." if until else ".")]
    turn = (day.toordinal() + sum(map(ord, str(context.get("platform", ""))))) % 3
    names = tuple(context.get("names", ()))
    said = context.get("offer_said", frozenset())
    first = wordings[1] if turn == 1 and until else \
        wordings[2] if turn == 2 and offer.get("noun", True) else wordings[0]
    order = [first] + [w for w in wordings if w and w != first]
    from planner.planning.overtold import offer_key, offer_shape, offer_terms

    terms = offer_terms(brief)
    line = next((w for w in order if offer_key(cased(w, names), terms) not in said
                 and offer_shape(cased(w, names), brief) not in said), None) or \
        next((w for w in order if offer_key(cased(w, names), terms) not in said), order[0])
    # printed as the rest of the post is ("on Tuesdays"; planning/wording.py)
    line = cased(line, names)
    return line_before_cta(text, cta, line)


def line_before_cta(text: str, cta: str, line: str) -> str:
    """``text`` with ``line`` as a paragraph of its own just before the call to action (the
    gap the post puts before its call to action, on both sides), or at the end when the
    post does not end on it."""
    if not cta or not text.endswith(cta):
        return f"{text}\n\n{line}"
    head = text[:-len(cta)]
    body = head.rstrip()
    gap = head[len(body):] or "\n"
    return f"{body}{gap}{line}{gap}{cta}" if body else f"{line}\n{cta}"


#: the offer's last call on a post about something else, in turn by platform: {0} the code,
#: {1} the discount, {2} when it ends ("today", "tomorrow", "on Sunday")
_LAST_CALL = ("Last call: {1} with code {0} ends {2}.",
              "A reminder before it goes: code {0} for {1} ends {2}.",
              # (never "meaning to use it": "it" points at nothing, read 30)
              # (one sentence: a question before it made two, and the wording said on one
              # platform was no longer seen as said, ci49)
              "If you've been waiting for a code, {0} for {1} ends {2}.",
              "The last day for {1} is coming: code {0} ends {2}.")


#: … and of an offer with no code ({0} the discount capitalised, {1} as typed, {2} when)
_LAST_CALL_UNCODED = ("Last call: {1} ends {2}.", "A reminder before it goes: {1} ends {2}.",
                      "The last chance for {1}: it ends {2}.",
                      # (a shape of its own: on a Pin and a video the two above both end "ends
                      # on January 31", and a warm voice rules out the third, read 39)
                      "There's still time: {1} runs until {3}.",
                      "You have until {3} for {1}.")
#: … and of one whose words run long or carry their condition ("your first class free when
#: you book the four-week course"): the offer is the subject, its words after a colon, never
#: "Last call: your first class free when you book … ends tomorrow." (blind read 37)
_LAST_CALL_LONG = ("Last call, our offer ends {2}: {1}.", "Our offer ends {2}: {1}.",
                   "A reminder before it goes, our offer ends {2}: {1}.")


def with_last_call(text: str, cta: str, brief: Brief, day: dt.date, platform: str,
                   said: frozenset[str] = frozenset()) -> str:
    """A platform's last post in the offer's final 48 hours says the code and that it ends
    (blind read 19: Facebook's only post on the offer's last day was an origin story without
    the code): a line of its own before the call to action, "Last call: 15% off with code
    X ends today."; the text as it is when it has the code or the offer has no end. ``said``
    holds the offer sentences other offer posts used (overtold.offer_key), passed over."""
    offer = brief.offer
    if offer is None or not offer.discount or offer.ends is None \
            or offer.mark.lower() in text.lower() or day > offer.ends:
        return text
    left = (offer.ends - day).days
    when = "today" if left == 0 else "tomorrow" if left == 1 else \
        f"on {offer.ends.strftime('%A')}"
    if platform in LASTING:
        # a Pin or a video is found for weeks after its day: the date, never "tomorrow"
        # (blind read 39)
        when = f"on {human_date(offer.ends, brief.country)}" + (
            f", {offer.ends.year}" if platform == "pinterest" and brief.country.upper()
            in MONTH_FIRST else f" {offer.ends.year}" if platform == "pinterest" else "")
    until = ("the end of today" if left == 0 else "the end of tomorrow") if left <= 1 \
        and platform not in LASTING else when[3:] if when.startswith("on ") \
        else when
    from planner.planning.overtold import offer_key, offer_shape, offer_terms

    terms = offer_terms(brief)
    turn = sum(map(ord, platform)) % len(_LAST_CALL)
    order = _LAST_CALL[turn:] + _LAST_CALL[:turn]
    # (never "The last day … is coming" on the last day itself: "is coming: code X ends
    # today", read 28)
    lines = [w.format(offer.code, offer.discount, when) for w in order
             if left > 0 or "is coming" not in w] if offer.code else \
        [w.format(_capitalised(offer.discount), offer.discount, when, until) for w in (
            _LAST_CALL_LONG if len(offer.discount.split()) > 5 or re.search(
                r"(?i)\b(?:when|if|with|for new|on your)\b", offer.discount) else
            _LAST_CALL_UNCODED[-1:] + _LAST_CALL_UNCODED[:-1] if platform == "youtube"
            else _LAST_CALL_UNCODED)]
    from planner.planning.tone import voice_for_tone

    if brief.facts.b2b or voice_for_tone(brief.tone) == "formal":
        # (a formal voice says it without a contraction: "If you've been meaning to…" turned
        # an open day's post down on LinkedIn's last working day of an offer)
        lines = [w for w in lines if "'" not in w] or lines
    from planner.planning.voice_check import voice_breaks

    # (nor words the brief's voice rules out: "The last chance for …" in a warm voice, every
    # post of a speech coach's last offer day on YouTube turned down for it, blind read 39)
    lines = [w for w in lines if not voice_breaks(w, voice_for_tone(brief.tone))] or lines
    if re.search(r"(?i)\b(?:no|not)\s+(?:a\s+)?(?:hard|pushy)[- ]?sell|no\s+pressure|soft[- ]sell|"
                 r"not\s+pushy|never\s+pushy", brief.tone or ""):
        # ("Last call, our offer ends tomorrow" for "friendly and honest, no hard sell": read
        # 40's tuning set)
        lines = [w for w in lines if not re.search(r"(?i)last (?:call|chance)", w)] or lines
    # (nor in a shape an offer post said: "D with code C" twice read pasted, read 24)
    line = next((w for w in lines if offer_key(w, terms) not in said
                 and offer_shape(w, brief) not in said),
                next((w for w in lines if offer_key(w, terms) not in said), lines[0]))
    return line_before_cta(text, cta, line)


_LAUNCH_BREAK = re.compile(r",\s+|\s+[—–-]\s+|:\s+")

#: what an appositive calls a person ("Bia, our second artist, …"): a launch of a person is
#: said with "who", shown at work, never "looked after" as if a product
_PERSON_NOUNS = frozenset({
    "artist", "tattooist", "designer", "teacher", "tutor", "instructor", "coach", "trainer",
    "stylist", "barber", "hairdresser", "chef", "cook", "baker", "therapist", "physio",
    "nurse", "doctor", "dentist", "vet", "mechanic", "technician", "photographer", "maker",
    "member", "colleague", "partner", "hire", "apprentice", "founder", "owner", "guide",
    "host", "presenter", "consultant", "advisor", "adviser", "engineer", "developer",
    "illustrator", "potter", "tailor", "seamstress", "florist", "massage", "groomer",
    "piercer", "luthier", "midwife", "counsellor", "counselor", "accountant", "lawyer"})


def _counted_one(item: str) -> bool:
    """Whether a buyer takes "one" of the item: a thing counted singly ("soy candle", "tote
    bag"), not goods in the plural ("microgreens") nor stuff ("table linen", "coffee")."""
    from planner.planning.facts_said import _MASS

    last = (re.split(r",|\s(?:and|&)\s", item)[0].split() or [""])[-1].lower()
    return bool(last) and not last.endswith("s") and last not in _MASS and last not in _STUFF


#: goods sold by weight or bunch, never "one"
_STUFF = {"bread", "honey", "jam", "granola", "fudge", "chocolate", "soap", "microgreens",
          "produce", "fruit", "veg", "salad", "meat", "cheese", "flour", "yarn", "fabric",
          "firewood", "compost", "seed", "jerky", "candy", "toffee", "bedding", "hire", "rental"}


#: words a launch line shares with any description: none says it is an item of the range
_LAUNCH_LOOSE = {"new", "our", "first", "range", "collection", "line", "edition", "limited"}


def launch_price(brief: Brief, details: list[str]) -> str:
    """The price a launch's day says when the brief's launch line gives none: a product
    business's new item described in the description's own words ("a new open-pollinated
    sweetcorn" in a range of "open-pollinated heirloom seeds … $4.50 a packet") costs what
    the range's price line says; empty when the launch line names its price, the brief gives
    none, or the launch is not plainly an item of what is sold."""
    launch = brief.facts.launch
    from planner.planning.facts_said import PRICE_RE

    if launch is None or brief.kind != "product" or PRICE_RE.search(launch.what):
        return ""
    price = price_line(details)
    if not price or len(price) > 80 or len(PRICE_RE.findall(price)) > 1:
        # (a line of two prices, "the A5 is from R$ 89 and the A6 pocket ones are R$ 59",
        # says nothing of which the new item costs: blind read 28 gave an A5 line both)
        return ""
    shared = (content_lemmas(launch.what) & content_lemmas(
        f"{brief.product} {brief.description}")) - _LAUNCH_LOOSE
    if not shared:
        return ""
    price = price.strip()
    return price[:1].upper() + price[1:] + ("" if price.endswith((".", "!")) else ".")


def _launch_when(date: dt.date | None, day: dt.date | None, country: str = "") -> str:
    """When the launch is, said from the post's day: "tomorrow", "on Monday, 1 February"."""
    if date is None or day is None:
        return ""
    if (date - day).days == 1:
        return "tomorrow"
    return f"on {date.strftime('%A')}, {human_date(date, country)}"


def _launch(what: str, date: str, brand: str = "", when: str = "") -> dict[str, str]:
    """A launch as posts say it: ``name`` what it is called ("our spring sakura collection"),
    ``more`` the rest of the seller's line as a sentence ("Six new patterns dyed in soft
    pinks and greys."), ``what`` the whole line, ``ours`` the name as ours and new ("our new
    client portal with live access…")."""
    # a note in brackets ("the Field notebook (A6, 64 pages)") is what it is, told after
    # its name, never cut at its comma nor left in brackets mid-sentence
    bracket = re.match(r"^(?P<name>[^()]+?)\s*\((?P<note>[^()]+)\)\s*(?P<rest>.*)$", what.strip())
    # a whole sentence, its subject a name said with what it is ("Jonas, our new tutor,
    # runs the Thursday class"): its verb goes on in a clause of the appositive's, never
    # cut off after a comma ("our second artist, opens her books for …", read 31)
    told = re.match(r"^(?P<name>[A-Z][^,]{0,40}),\s+(?P<app>(?:our|my|a|an|the)\s[^,]{2,60}),\s+"
                    r"(?P<pred>(?P<verb>[a-z]+s)\s+.+)$", what.strip())
    if told and told.group("verb") not in ("plus", "as", "is", "has", "was", "its", "this", "thus"):
        head = told.group("app").split()[-1].lower()
        rel = "who" if head.rstrip("s") in _PERSON_NOUNS else "which"
        name = told.group("name").strip()
        pred = told.group("pred").strip().rstrip(".")
        more = f"{told.group('app').strip()}, {rel} {pred}"
        whole = mend(more) + "."
        return {"what": what, "name": name, "more": whole, "ours_short": "",
                # (the teaser says it as the seller did, a sentence of its own)
                "tease": f"{name} {pred}.", "short": told.group("app").strip(),
                "more_all": whole, "date": date, "person": rel == "who",
                "ours": name, "when": when, "many": False}
    if bracket and re.match(r"[a-z]", bracket.group("rest").strip()):
        # a gloss inside the name ("mugi (barley) miso, aged 14 months"): the name goes on
        # after it ("our new mugi (barley) miso"), never "mugi … barley. Miso, aged …" (read
        # 41's tuning set)
        cont, _, after = bracket.group("rest").strip().partition(", ")
        name = f"{bracket.group('name').strip()} ({bracket.group('note').strip()}) {cont.strip()}"
        more = after.strip().rstrip(".")
    elif bracket:
        rest = bracket.group("rest").lstrip(",;:—–- ").strip()
        name = bracket.group("name").strip()
        note = bracket.group("note").strip()
        more = (note[:1].upper() + note[1:]) + (". " + rest[:1].upper() + rest[1:] if rest else "")
        more = more.rstrip(".")
    else:
        parts = _LAUNCH_BREAK.split(what.strip(), maxsplit=1)
        name, more = parts[0].strip(), (parts[1].strip().rstrip(".") if len(parts) > 1 else "")
    first, _, rest = name.partition(" ")
    if first in ("Our", "A", "An", "The", "My") and rest:
        name = f"{first.lower()} {rest}"  # said mid-sentence: "Coming soon: our spring…"
    # "Piwnica, our third room…": a capitalised name the rest says what it is of is a name
    # of its own, never "our new piwnica"
    named = name[:1].isupper() and re.match(r"(?i)(?:our|a|an|the|my)\s", more)
    # its head noun, before what it comes with: "facade moisture scans with our new thermal
    # camera" are many ("… start on 25 January", never "starts", read 23)
    head = re.split(r"\s(?:with|for|from|in|by|to|of|on|at|that|which|made)\s", name)[0].split()
    many = bool(head) and re.search(r"[^s'’]s$", head[-1]) is not None \
        and not re.search(r"(?:os|us|is)$", head[-1])  # "Chilli Bite Chaos is out", one thing
    # whom it is for ("…, €24 a month, for people who live alone"): said once, by the launch
    # day's own post (``more_all``); the teaser and the reminder say the rest (blind read 25:
    # "for people who live alone" glued to the same line in two posts)
    whole = mend(more) + "." if more else ""
    for_whom = re.match(r"(?is)^(?P<rest>.+?),\s+(?P<who>for\s+(?:people|anyone|those|everyone|"
                        r"families|kids|children|teams|students|beginners|you|small|busy|"
                        r"households?|couples|singles)\b[^,]*)$", more.strip())
    if for_whom and len(for_whom.group("rest").split()) >= 3:
        more = for_whom.group("rest")
    # the price said apart: a teaser holds it back for the day, and a platform's launch post
    # after the day's first one says the launch short, by its name and price (read 26: "20
    # cm, with the little pig head carved on the front like the old ones, $990 MXN" in four
    # posts)
    from planner.planning.facts_said import PRICE_RE

    pieces: list[str] = []
    for p in (p.strip() for p in re.split(r",\s+(?![\d])", more) if p.strip()) if more else ():
        # a list's next item ("a guide for hanbok, dress and wedding makeup colours") is more
        # of the piece before it, never a piece of its own (read 29: "a guide for hanbok")
        close = re.match(r"(?i)^((?:\S+\s+){0,2}?)\S+\s+(?:and|or|&)\s", p)
        if pieces and not PRICE_RE.search(p) and not PRICE_RE.search(pieces[-1]) \
                and (close and len(p.split()) <= 6 or len(p.split()) == 1):
            pieces[-1] += ", " + p
        else:
            pieces.append(p)
    priced = [p for p in pieces if PRICE_RE.search(p)]
    unpriced = [p for p in pieces if not PRICE_RE.search(p)]
    tease = mend(", ".join(unpriced)) if priced and unpriced else mend(more) if more and not priced else ""
    short = priced[-1] if priced else (unpriced[0] if unpriced else "")
    # a long name said short by a platform's launch post after the day's first one: what it
    # is before what it comes with ("a new back-to-school line of A5 notebooks", never the
    # whole "… with kraft covers and lined or dotted paper" on three platforms, read 28)
    cut = re.split(r"\s(?:with|that|which|made)\s", name, maxsplit=1)
    ours_short = launch_named(cut[0].strip(" ,"), brand) if not named and len(name.split()) > 5 \
        and len(cut) == 2 and len(cut[0].split()) >= 2 else ""
    return {"what": what, "name": name, "more": mend(more) + "." if more else "",
            "ours_short": ours_short,
            "tease": (tease[:1].upper() + tease[1:] + ".") if tease else "",
            "short": short,
            "more_all": whole, "date": date, "person": False,
            "ours": name if named else launch_named(name, brand), "when": when, "many": many}




def answer_to(brief: Brief, problem: str, details: list[str]) -> str:
    """The brief's answer to one of its problems: a difference or a line of the description
    (``details``) sharing its words, or empty."""
    subject = subject_of(brief)
    # what we sell, who buys it and the business's everyday words answer no one problem
    unhelpful = content_lemmas(f"{brief.product} {brief.brand} {brief.audience}") \
        | content_lemmas(" ".join(_common_words(brief)))
    return answer_for(problem, [_said(d, subject) for d in brief.facts.differentiators] + details,
                      unhelpful)


def _common_words(brief: Brief) -> set[str]:
    """Words in four or more of the brief's problems, differences and description: the
    business's own vocabulary ("recipe" for a meal kit), which two lines share without being
    about one thing ("cilantro for one recipe" is not answered by "every recipe is tested")."""
    lines = [*brief.facts.problems, *brief.facts.differentiators, brief.description]
    counts: dict[str, int] = {}
    for line in lines:
        for word in _content(line):
            counts[word] = counts.get(word, 0) + 1
    return {w for w, n in counts.items() if n >= 4}


def _said(fact: str, subject: str, item: str = "") -> str:
    """A difference as a post says it: mended, with a subject when it has none, a pronoun
    that refers to nothing out of the brief said as the goods ("make our kites…"), and with
    the lower-case start the seller gave it (templates capitalise where a line starts)."""
    text = claim(named_pronoun(mend(tidy(fact)), item), subject)
    return text if text.startswith(subject) or fact[:1].isupper() else text[:1].lower() + text[1:]


def _first(items: list) -> Any:
    item = items[0] if items else None
    return _as_data(item)


def _as_data(item: Any) -> Any:
    """Dataclass facts (quotes, FAQs) as plain dicts, which the sandbox reads safely."""
    if item is None or isinstance(item, str):
        return item or ""
    return dict(vars(item))


def reviews_sentence(reviews: str) -> str:
    """The brief's standing said as a clause a post finishes as its sentence: a rating
    given bare ("4.9 stars from 86 Google reviews") is what we have ("we have 4.9 stars
    from 86 Google reviews"), "rated 4.8 on Google" is what we are; a sentence of the
    brief's own as it is."""
    said = (reviews or "").strip().rstrip(".")
    if re.match(r"^\d(?:[.,]\d+)?(?:\s*/\s*5|\s+out of 5)?\s+(?:on|at|from|across)\b", said):
        # a score and where it was given ("4.9 on Google from 63 reviews") is how we're
        # rated, never "we have 4.9 on Google" (read 23)
        return "we're rated " + said
    if re.match(r"^(?:\d|[★⭐])", said):
        return "we have " + said
    if re.match(r"(?i)^rated\b", said):
        return "we are " + said[:1].lower() + said[1:]  # (no contraction: a formal voice says it too)
    if re.match(r"(?i)^[a-z]+ing\b.*\bsince\b", said):
        # a track record typed as what we have been doing ("shooting for more than 60
        # hospitality venues since 2019"): "we've been shooting …", never "Where we stand
        # today: shooting for …" (blind read 37)
        return "we've been " + said[:1].lower() + said[1:]
    return said


def reviews_linked(brief: Brief) -> bool:
    """Whether the brief's link leads to where its reviews are (a site the reviews name,
    in the address: "Etsy" reviews and an etsy.com shop)."""
    url = (brief.url or "").lower()
    if not url or not brief.facts.reviews:
        return False
    names = re.findall(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*)*", brief.facts.reviews)
    return any(n.lower().replace(" ", "").split(".")[0] in url.replace("-", "")
               for n in names if len(n) > 2)


#: a perk that is used when buying: a discount, a code, "with your next order"
_PERK_USED = re.compile(r"(?i)\bnext (?:order|booking|visit|purchase|appointment|class|session|"
                        r"box|stay|service)\b|\boff\b|\bdiscount|%|\bcode\b|\bat checkout\b")
#: a referral reward written "<reward> [for you and a friend] when <they do something>"
_REFERRAL = re.compile(r"(?i)^(?P<reward>.+?),?\s+(?:(?P<both>for (?:both )?you and (?:for )?(?:a|your) "
                       r"(?:friend|mate|colleague|business)|for (?:both )?you and (?:for )?(?:the|a|any|every) "
                       r"(?P<whom>[a-z]+(?: you (?:send us|send our way|refer|recommend|bring us))?)|"
                       r"for (?:both of )?you),?\s+)?"
                       r"(?P<when>when|once|after|as soon as)\s+(?P<cond>.+?)\.?$")
#: a reward given a second way, in the passive: "…credit on your next order, or donated to a
#: charity of your choice" said as ours ("…, or we donate it to a charity of your choice")
_OR_PASSIVE = re.compile(r"(?i),? or (?P<verb>donated|given|paid out|paid|sent|passed on) (?P<rest>to .+)$")
_OR_ACTIVE = {"donated": "donate", "given": "give", "paid": "pay", "paid out": "pay out",
              "sent": "send", "passed on": "pass on"}
#: a condition's subject, said for who is referred: "they place" -> "a friend places"
#: what the friend gets, told after the referral's condition: ", and your friend gets …"
_FRIEND_GETS = re.compile(r"(?i)[,;]?\s+(?:and|while|plus)\s+(?P<clause>(?:your friend|your mate|the friend|"
                          r"they)\s+(?:gets?|receives?|pays?|saves?)\b.+"
                          # (... or what theirs is: "and their first box is 20% off", never
                          # read as part of the condition, blind read 31)
                          r"|(?:their|your friend's|your mate's) (?:first |own )?[a-z]+ (?:is|are|comes?) .+)$")
#: a reward giving each side its own: "<yours> (to|for) you and <theirs> (for|to) your friend"
_EACH_SIDE = re.compile(r"(?i)^(?P<mine>.+?)\s+(?:to|for) you,? and (?:for )?(?P<theirs>.+?)\s+"
                        r"(?:for|to) (?:your|a|the) (?P<who>friend|mate|colleague)$")
_THEY = re.compile(r"(?i)^(?:they|she|he|your friend|a friend|your mate|a mate|the friend)\s+"
                   # (never a pronoun opening who the friend is: "a friend you bring books …" is
                   # no verb "you", read 38's "a friend yous bring")
                   r"(?P<verb>(?!(?:you|we|i|they|who|that|whom|whose)\b)[a-z]+)\b")


def _third_person(verb: str) -> str:
    """"place" -> "places", "buy" -> "buys", "try" -> "tries"; a verb already in it kept."""
    low = verb.lower()
    if low in ("are", "were"):
        return "is" if low == "are" else "was"
    if low == "have":
        return "has"
    if low.endswith("s") and not low.endswith("ss"):
        return verb
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    if low.endswith(("sh", "ch", "ss", "x", "o")):
        return verb + "es"
    return verb + "s"


#: a referral reward written "<reward> for every <one> you send us [who <does something>]":
#: who is referred is in its own words, said once ("€50 off your next survey for every
#: manager you send us who books one")
_REFERRAL_EACH = re.compile(r"(?i)^(?P<reward>.+?)\s+for (?:every|each) (?P<who>[a-z][\w -]*?) you "
                            r"(?:send us|send our way|refer(?: to us)?|recommend(?: us)?|bring(?: us)?|introduce)"
                            r"(?:\s+(?:who|that)\s+(?P<cond>.+?))?\.?$")


def _referral_each(m: re.Match) -> str:
    """A "for every <one> you send us who …" reward as one clause of ours: "Send us a manager
    who books a survey and you get €50 off your next one.", never the field after a label
    that says who again ("For every business you refer: €50 off … for every manager you send
    us who books one.", read 23)."""
    reward, who = m["reward"].strip(), m["who"].strip()
    reward = reward[:1].lower() + reward[1:] if reward[1:2].islower() else reward
    a = "an" if re.match(r"(?i)[aeio]", who) else "a"
    if not m["cond"]:
        verb = re.search(r"(?i)\byou (recommend(?: us)?)", m.group(0))
        if verb:
            # in the brief's own verb, the reward first ("You get €150 off your next service
            # for every restaurant you recommend")
            return f"You get {reward} for every {who} you {verb[1]}."
        return f"For every {who} you send us, you get {reward}."
    cond = m["cond"].strip()
    noun = re.search(r"(?i)\bnext (?P<noun>[a-z]+)\b", reward)
    if noun and re.search(r"\bone\b", cond):
        # "books one" said before the reward names it: "books a survey", then "your next one"
        cond = re.sub(r"\bone\b", ("an " if noun["noun"][:1] in "aeiou" else "a ") + noun["noun"],
                      cond, count=1)
        reward = reward[:noun.start()] + "next one" + reward[noun.end():]
    return f"Send us {a} {who} who {cond} and you get {reward}."


#: where the brief says a customer finds their own link or code ("from your account page")
_INVITE_WHERE = re.compile(r"(?i)\b(?:from|on|in|under) (?P<place>your (?:[\w-]+ ){0,2}"
                           r"(?:page|account|app|profile|dashboard|settings|email|order confirmation))\b")


def invite_asks(reward: str) -> tuple[str, str, str]:
    """Three calls to pass the customer's own link or code on ("your invite link"), saying
    where it is when the reward says so; empty strings when the reward needs none."""

    link = re.sub(r"\b(?:own|personal|unique) ", "", own_link(reward or ""))
    if not link:
        return ("", "", "")
    where = _INVITE_WHERE.search(reward)
    if where:
        place = where["place"]
        return (f"Your {link[5:]} is on {place}: send it to them",
                f"Find {link} on {place} and pass it on",
                f"Copy {link} from {place} and send it to them")
    return (f"Send them {link}", f"Pass {link} on to them", f"Share {link} with them")


def referral_said(brief: Brief) -> str:
    """The brief's referral reward as a sentence of ours, saying who it is for (those who
    already buy from us) and who is referred (a friend; for a business that sells to
    businesses, a business you refer): "If you already shop with us and a friend places
    their first order, you both get $5 off."; empty when its words do not read as a reward
    and when it is earned (the templates then say it as they did)."""
    reward = (brief.referral_reward or "").strip()
    # a reward the brief wrote as a clause ("you both get a free bottle … when a mate
    # subscribes"): its reward and condition, said in our frame like any other (read 30's
    # two referral posts carried it word for word)
    clause = re.match(r"(?i)^you (?P<both>both )?get (?P<rest>.+)$", reward)
    if clause:
        reward = re.sub(r"(?i)\s+(?=(?:when|once|after|as soon as)\s)", " for you and your friend ",
                        clause["rest"], count=1) if clause["both"] else clause["rest"]
    each = _REFERRAL_EACH.match(reward)
    if each and len(each["reward"].split()) <= 10:
        return _referral_each(each)
    m = _REFERRAL.match(reward)
    sides = _EACH_SIDE.match(m["reward"].strip()) if m else None
    alt = _OR_PASSIVE.search(m["reward"]) if m else None
    if not m or len((m["reward"][:alt.start()] if alt else m["reward"]).split()) > (16 if sides else 12):
        return ""
    who = "a business you refer" if brief.facts.b2b else "a friend"
    if m["whom"]:
        # who is referred in the brief's own words ("for you and for the bride you send us"):
        # the condition names them, never "a friend"
        whom = m["whom"].strip()
        who = ("an " if whom[:1].lower() in "aeiou" else "a ") + whom
    cond = m["cond"].strip()
    # what the friend gets, said after the condition in the brief ("when a friend subscribes
    # …, and your friend gets the first box for R$ 59,90"): a clause of its own after what
    # you get, never part of the condition (blind read 27)
    friend_gets = ""
    f = _FRIEND_GETS.search(cond)
    if f:
        cond, friend_gets = cond[:f.start()].rstrip(" ,;"), f["clause"].strip().rstrip(".")
        friend_gets = re.sub(r"(?i)^(?:they|the friend)\b", "your friend", friend_gets)
        friend_gets = re.sub(r"(?i)^(your friend|your mate) get\b", r"\1 gets", friend_gets)
    t = _THEY.match(cond)
    if t:
        if re.match(r"(?i)(?:a|your) mate\b", cond):
            who = "a mate"
        rest = re.sub(r"(?i)\b(?<=and )(?P<v>[a-z]+)(?= (?:your|their|us|it|the)\b)",
                      lambda v: _third_person(v["v"]), cond[t.end():], count=1)
        cond = f"{who} {_third_person(t['verb'])}{rest}"
    elif not re.match(r"(?i)(?:a|the|your) (?:business|company|client|customer|friend|mate|colleague"
                      r"|[a-z]+ you (?:send us|send our way|refer|recommend|bring us)\b)", cond):
        return ""
    if brief.facts.b2b and re.search(r"(?i)\bfriend", cond):
        return ""
    cond = re.sub(r"(?i)\bthey\b", "they", cond)
    getter = "you both get" if m["both"] and "you and" in m["both"].lower() else "you get"
    reward_words = m["reward"].strip()
    alt = _OR_PASSIVE.search(reward_words)
    if alt:
        # "SEK 5,000 credit …, or donated to a charity" -> "…, or we donate it to a charity",
        # never "you get … or donated to …" (read 30)
        reward_words = (f"{reward_words[:alt.start()]}, or we {_OR_ACTIVE[alt['verb'].lower()]} it "
                        f"{alt['rest']} if you prefer")
    # a reward that gives each side its own ("₩10,000 back to you and ₩10,000 off for your
    # friend"): what you get, then what your friend gets, never "you get … back to you and …
    # off for your friend" (blind read 29)
    # (a reward that says both itself: "you and your mate both get $5 off", "€15 off each")
    both = re.match(r"(?i)^you and (?:your|a) (?:friend|mate|colleague) both get (?P<what>.+)$",
                    reward_words)
    if both:
        getter, reward_words = "you both get", both["what"]
    if getter == "you both get":
        reward_words = re.sub(r"(?i)\s+each$", "", reward_words)
    split = _EACH_SIDE.match(reward_words) or re.match(
        r"(?i)^(?P<mine>.+?),? and (?P<theirs>.+?) (?:for|to) (?:your|a|the) (?P<who>friend|mate|colleague)$",
        reward_words)
    if split and not friend_gets and not m["both"]:
        reward_words = split["mine"].strip()
        friend_gets = f"your {split['who'].lower()} gets {split['theirs'].strip()}"
    noun = re.search(r"(?i)\bnext (?P<noun>[a-z]+)\b", reward_words)
    if noun and re.search(r"\bfirst one\b", cond):
        # "when they book their first one" said before the reward names it: "their first session"
        cond = re.sub(r"\bfirst one\b", "first " + noun["noun"], cond, count=1)
    reward_words = reward_words[:1].lower() + reward_words[1:] if reward_words[1:2].islower() \
        else reward_words
    # (no contraction for a business-to-business brief: its formal voice would have the post
    # turned down, and the reward never told, read 22)
    already = ("If you are already a client" if brief.facts.b2b else "If you're already a client") \
        if brief.facts.b2b or brief.kind == "service" \
        else _ALREADY_DIGITAL.get(digital_is(brief), "") \
        or _ALREADY_JOINED.get(brief.facts.action, "If you already shop with us")
    if friend_gets:
        return f"{already} and {cond}, {getter} {reward_words} and {friend_gets}."
    return f"{already} and {cond}, {getter} {reward_words}."


#: who already buys, said in a digital business's own verb: a course is taken, an app used
#: ("If you already shop with me" for a course, read 23)
_ALREADY_DIGITAL = {"course": "If you've already taken the course", "app": "If you already use the app",
                    "membership": "If you're already a member", "download": "If you've already bought from us"}
#: ... and in the verb of a plan that is subscribed to or joined (a puzzle library by post
#: "shopped with", read 28)
_ALREADY_JOINED = {"subscribe": "If you're already a subscriber", "join": "If you're already a member"}


def referral_wordings(brief: Brief) -> tuple[str, ...]:
    """referral_said in two more wordings of ours, so that the posts giving the reward do not
    all read the same (a template picks one): each keeps "If you already shop with us" (or
    "…a client") and "get <reward>" (critic._referral_said_in); empty when referral_said is."""
    first = referral_said(brief)
    m = re.match(r"(?P<already>If you(?: already shop with us|'re already a client| are already a "
                 r"client|'ve already taken the course| already use the app|'re already a member|"
                 r"'ve already bought from us|'re already a subscriber)) and "
                 r"(?P<cond>.+), (?P<getter>you (?:both )?get) (?P<reward>.+)\.$", first)
    if not m:
        return (first,) if first else ()
    here = "here is" if brief.facts.b2b else "here's"
    return (first,
            f"{m['already']}, {here} our thank-you for a recommendation: when {m['cond']}, "
            f"{m['getter']} {m['reward']}.",
            f"{m['already']} and {m['cond']}, {m['getter']} "
            + (re.sub(r" and your friend ", " as our thank-you, and your friend ", m["reward"], count=1)
               if " and your friend " in m["reward"] else f"{m['reward']} as our thank-you") + ".")


def referral_reframes(brief: Brief) -> tuple[str, ...]:
    """The referral reward in frames of their own, the reward first, for a calendar that told
    it already (render.py picks the wording it said least): a second referral post never the
    first's words in the first's order (blind read 28's "If you're already a subscriber and a
    friend signs up…" word for word a week apart); each keeps "get <reward>"; empty where
    referral_said has no clauses to turn round, or the friend gets something too ("you get a
    free month and your friend gets … when a friend subscribes" names the friend twice)."""
    m = re.match(r"(?P<already>If you(?: already shop with us|'re already a client| are already a "
                 r"client|'ve already taken the course| already use the app|'re already a member|"
                 r"'ve already bought from us|'re already a subscriber)) and "
                 r"(?P<cond>.+), (?P<getter>you (?:both )?get) (?P<reward>.+)\.$", referral_said(brief))
    if not m or " and your friend " in m["reward"]:
        return ()
    here = "here is" if brief.facts.b2b else "here's"
    whose = _FOR_WHOM.get(m["already"], "")
    return ((f"{whose}: {m['getter']} {m['reward']} when {m['cond']}.",) if whose else ()) + \
        (f"{m['already']}, {here} our thank-you for a recommendation: {m['getter']} "
         f"{m['reward']} once {m['cond']}.",)


#: who already buys, said as whom a reward is for ("For our subscribers: you both get…")
_FOR_WHOM = {"If you already shop with us": "For everyone who shops with us",
             "If you're already a client": "For our clients", "If you are already a client":
             "For our clients", "If you've already taken the course": "For everyone who has taken "
             "the course", "If you already use the app": "For everyone who uses the app",
             "If you're already a member": "For our members", "If you've already bought from us":
             "For everyone who has bought from us", "If you're already a subscriber":
             "For our subscribers"}


#: a place: capitalised words ("New Zealand", "the UK", "NZ")
_PLACE = r"(?P<where>(?:the )?[A-Z][\w'’-]*(?: (?:(?:and|of) (?:the )?)?[A-Z][\w'’-]*)*)"
#: the brief's words that limit who can enter a giveaway: in the giveaway's own line ("NZ
#: only", "open to UK residents only"), or where it sends only to one place (an FAQ's answer,
#: the shipping line: "I only post within New Zealand", "ships only to Canada")
_GIVEAWAY_ONLY = (re.compile(r"\bopen to (?P<who>[^.,;:]+?) only\b"),
                  re.compile(r"\b(?:with)?in " + _PLACE + r" only\b"),
                  re.compile(r"(?:^|[,;(—-] *|\b(?:for|entrants? in) )" + _PLACE + r" only\b"))
_SENDS_ONLY = (re.compile(r"\bonly (?:post|ship|deliver|send)s?(?: [a-z]+)?"
                          r" (?:with)?in(?:side)? " + _PLACE),
               re.compile(r"\b(?:post|ship|deliver|send)s? only (?:(?:with)?in(?:side)?|to) " + _PLACE),
               re.compile(r"\bonly (?:post|ship|deliver|send)s? to " + _PLACE))


def giveaway_open_to(brief: Brief) -> str:
    """Who may enter the brief's giveaway, as a sentence ("Open to people in New Zealand
    only."), when the brief's own words limit it: its giveaway line, or an FAQ's answer or
    the shipping line saying it sends only to one place; empty otherwise (never invented)."""
    if not brief.giveaway:
        return ""
    for rx in _GIVEAWAY_ONLY:
        m = rx.search(brief.giveaway)
        if m:
            who = m.groupdict().get("who")
            return f"Open to {who} only." if who else f"Open to people in {m['where']} only."
    answers = [str(getattr(f, "answer", "")) for f in brief.facts.faqs]
    shipping = brief.free_shipping if isinstance(brief.free_shipping, str) else ""
    for text in answers + [shipping]:
        for rx in _SENDS_ONLY:
            m = rx.search(text)
            if m:
                return f"Open to people in {m['where']} only."
    return ""


def prize_said(giveaway: str, item: str, brand: str = "") -> str:
    """The giveaway's prize as a post names it: the prize line as it is when it says what is
    sold (its head noun, singular or plural: "scarves" is said by "a scarf"), names the brand,
    has a colon of its own or begins "our"/"my"; else "our {item}: {prize}"."""
    if not giveaway:
        return ""
    low = giveaway.lower()
    last = (item.split() or [""])[-1].lower()
    heads = {last, last.rstrip("s")} | ({last[:-3] + "f"} if last.endswith("ves") else set()) \
        | ({last[:-3] + "y"} if last.endswith("ies") else set())
    said = any(h and re.search(r"\b" + re.escape(h), low) for h in heads)
    # a prize that names a thing of its own ("a 2 kg piece of 24-month Puzzone di Moena and
    # a wooden board…"): said as the brief gives it, never "our monthly cheese box: a 2 kg
    # piece…" (blind read 25)
    named = len(giveaway.split()) >= 4 and (
        re.search(r"\s[A-ZÀ-Ý][a-zà-ÿ]{2,}", giveaway) is not None
        or re.search(r"(?i)\band (?:a|an|one|two|three)\s", giveaway) is not None)
    if said or named or (brand and brand.lower() in low) or ":" in giveaway \
            or low.startswith(("our ", "my ")):
        return giveaway
    # never "our {item}: {prize}", a label and a colon where a sentence says the prize ("Win
    # our personal colour analysis: a couple session for two", read 30): a count of the goods
    # ("a family set of four pairs") is of them, any other prize is said as the brief gives it
    count = re.search(r"\b(?:of|set of) (?:two|three|four|five|six|seven|eight|nine|ten|twelve|"
                      r"\d+)\b(?! \w+s\b)", low)
    if count is not None:
        # "a set of four in any glaze you like" is a set of four mugs
        return f"{giveaway[:count.end()]} {item}{giveaway[count.end():]}"
    if "(" not in giveaway and "," not in giveaway and re.search(r"\b(?:pairs|sets|jars|bags|"
                                                               r"boxes|packs|bottles|bars|pieces)$", low):
        return f"{giveaway} of our {item}"
    return giveaway
