"""What a template is given to write from, and whether a template fits a slot at all.

A template is picked only when the brief can fill it (its ``needs``), and rendered with
the brief's facts, the business's words and the platform's link wording.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from planner.domain.brief import Brief
from planner.domain.facts import SHOP_FEATURES
from planner.domain.platforms import Platform
from planner.planning.critic import FREE_SHIP_RE
from planner.planning.render import Template
from planner.planning.voice import meets_in_person, own_link, perk_place, verb_with, voice_of
from planner.planning.wording import (
    about_line,
    claim,
    description_details,
    is_clause,
    is_imperative,
    is_solo,
    mend,
    said_title,
    short_name,
    story_told,
    subject_of,
)

STORE_NAMES = {"amazon": "our Amazon store", "etsy": "our Etsy shop", "shopify": "our shop",
               "website": "our website", "ebay": "our eBay store", "tiktok shop": "our TikTok Shop",
               "app store": "the App Store", "google play": "Google Play"}
#: where to buy when the brief names no store we know: a service or an app has no shop
_DEFAULT_STORE = {"product": "our shop", "digital": "our website", "service": "our website"}
_STOP = {"the", "a", "an", "and", "of", "for", "with", "our", "&", "by", "in"}


#: urgency ("ends soon", "flash sale") only in an offer's last days
ENDING_DAYS = 3


def offer_active(brief: Brief, day: dt.date) -> bool:
    """True when the brief's offer may be promoted on ``day`` (it needs a code and a discount)."""
    offer = brief.offer
    if offer is None or not (offer.code and offer.discount):
        return False
    if offer.starts and day < offer.starts:
        return False
    if offer.ends and day > offer.ends:
        return False
    return True


def needs_met(template: Template, brief: Brief, day: dt.date) -> bool:
    if brief.kind not in template.kinds:
        return False
    for need in template.needs:
        if need == "offer" and not offer_active(brief, day):
            return False
        if need == "offer_ends" and not (offer_active(brief, day) and brief.offer.ends):
            return False
        if need == "offer_ending" and not (offer_active(brief, day) and brief.offer.ends
                                           and (brief.offer.ends - day).days < ENDING_DAYS):
            return False
        if need == "amazon" and "amazon" not in brief.sells_on:
            return False
        if need in ("free_shipping", "customer_perk", "referral_reward", "hashtag", "audience",
                    "url", "giveaway") and not getattr(brief, need):
            return False
        # entries must close after the post, and the post says when
        if need == "giveaway" and not (brief.giveaway_ends and day <= brief.giveaway_ends):
            return False
        if need == "description" and not description_details(brief.description, brief.product):
            return False
        # a post that says more than one thing about the product needs two things to say
        if need == "details2" and len(description_details(brief.description, brief.product)) < 2:
            return False
        # a post needs one fact beyond the product's name: a line of the description, a
        # difference, the reviews, free shipping or where it is sold
        if need == "a_fact" and not (description_details(brief.description, brief.product)
                                     or brief.facts.differentiators or brief.facts.reviews
                                     or brief.free_shipping or _marketplace(brief)):
            return False
        if need in FACT_NEEDS and not brief.facts.has(need):
            return False
        if need in SHOP_FEATURES and need not in brief.facts.shop_features:
            return False
        if need == "events" and upcoming_event(brief, day) is None:
            return False
        if need == "event_today" and event_on(brief, day) is None:
            return False
        if need == "launch" and not launch_ahead(brief, day):
            return False
        if need == "launch_day" and not (brief.facts.launch and brief.facts.launch.date == day):
            return False
        if need == "offer_over" and not offer_just_ended(brief, day):
            return False
    return True


def offer_elsewhere(brief: Brief) -> bool:
    """Whether the offer works only on a marketplace ("15% off in our Etsy shop") that the
    brief's link does not lead to: a Pin or a video, which is its link, cannot carry it."""
    offer = brief.offer
    found = offer and re.search(r"(?i)\b(etsy|amazon|ebay|depop|vinted|folksy|tiktok shop)\b",
                                f"{offer.discount} {offer.code}")
    return bool(found) and found.group(1).lower().split()[0] not in (brief.url or "").lower()


#: a thank-you for an offer goes out within this many days of its end
THANKS_DAYS = 5


def offer_just_ended(brief: Brief, day: dt.date) -> bool:
    """True in the few days after a real offer ended: the time to thank those who used it."""
    offer = brief.offer
    if offer is None or not (offer.code and offer.discount and offer.ends):
        return False
    return 1 <= (day - offer.ends).days <= THANKS_DAYS


def event_on(brief: Brief, day: dt.date):
    """The brief's event on ``day`` itself, or None."""
    return next((e for e in sorted(brief.facts.events, key=lambda e: e.when)
                 if e.when.date() == day), None)


#: needs met by a stated fact of the brief (planner/domain/facts.py)
FACT_NEEDS = ("problems", "differentiators", "story", "tips", "quotes", "reviews", "faqs",
              "creators", "ambassadors", "community")
#: how far ahead a live or a launch is announced
ANNOUNCE_DAYS = 14


def upcoming_event(brief: Brief, day: dt.date):
    """The next event after ``day`` within two weeks, or None (on the day itself a post
    reminds of it instead: `event_on`)."""
    ahead = [e for e in brief.facts.events
             if day < e.when.date() <= day + dt.timedelta(days=ANNOUNCE_DAYS)]
    return min(ahead, key=lambda e: e.when, default=None)


def launch_ahead(brief: Brief, day: dt.date) -> bool:
    """A launch may be teased when it is stated, and still ahead of ``day`` if dated."""
    launch = brief.facts.launch
    if launch is None:
        return False
    return launch.date is None or day < launch.date <= day + dt.timedelta(days=ANNOUNCE_DAYS)


#: countries that write the month before the day ("December 10"); the rest write "10 December"
MONTH_FIRST = {"US", "CA", "PH"}


def human_when(when: dt.datetime, country: str = "") -> str:
    """"Thursday 10 December at 6pm" ("Thursday, December 10 at 6pm" where the month comes
    first): an event's date and time as a caption says it."""
    if country.upper() in MONTH_FIRST:
        return f"{when:%A}, {when:%B} {when.day} at {human_clock(when)}"
    return f"{when:%A} {when.day} {when:%B} at {human_clock(when)}"


#: "with code KILNFRIEND", "(code WIEDER10)", ", use code THANKS5" inside a customer perk
_PERK_CODE = re.compile(r"[,;]?\s*\(?\b(?:with |using |use )?(?:the |our )?(?:code|coupon)\s+"
                        r"[A-Z0-9][A-Z0-9_-]{3,}\b\)?")


#: a title that says the event happens somewhere, not online
_IN_PERSON = re.compile(r"(?i)\b(?:in (?:the|our) (?:shop|store|studio|salon|workshop|bakery|caf[eé]|"
                        r"kitchen|showroom|gallery)|in[- ]store|in[- ]person|at (?:the|our) (?:shop|"
                        r"store|studio|stall|market)|open day|open house|market day|meet-?up)\b")


def in_person(event) -> bool:
    """Whether an event happens in a place (it names one, or its title says so) rather than
    as a live on a platform."""
    return bool(event.place) or bool(_IN_PERSON.search(event.title))


def zone_label(when: dt.datetime, timezone: str, online: bool) -> str:
    """" CEST", " UTC+8": the time zone after an event's time, for an audience online that
    may sit in other zones (a business audience, an app's users); empty for a local crowd or
    when the brief names no time zone."""
    if not (online and timezone):
        return ""
    from planner.domain.timezones import zone

    name = when.replace(tzinfo=zone(timezone)).tzname() or ""
    if name.isalpha():
        return f" {name}"
    m = re.fullmatch(r"([+-])(\d\d)(\d\d)?", name)
    if not m:
        return ""
    minutes = f":{m[3]}" if m[3] and m[3] != "00" else ""
    return f" UTC{m[1]}{int(m[2])}{minutes}"


def human_clock(when: dt.datetime) -> str:
    """"6pm", "6:30pm": the time of day as a caption says it."""
    hour = when.hour % 12 or 12
    return f"{hour}{when:%p}".lower() if when.minute == 0 else f"{hour}:{when:%M}{when:%p}".lower()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def human_date(day: dt.date | None, country: str = "US") -> str:
    """"December 10" or, where the day comes first, "10 December"."""
    if not day:
        return ""
    return f"{day:%B} {day.day}" if not country or country.upper() in MONTH_FIRST \
        else f"{day.day} {day:%B}"


def _weekday_date(day: dt.date | None, country: str = "") -> str:
    """"Sunday 21 March" ("Sunday, March 21" where the month comes first)."""
    if not day:
        return ""
    return f"{day:%A}, {human_date(day, country)}" if not country or \
        country.upper() in MONTH_FIRST else f"{day:%A} {human_date(day, country)}"


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


_possessive = re.compile(r"['’]s\b|['’]")


def _tag_pool(brief: Brief) -> list[str]:
    """Discovery tags: the ones the seller says they use, else one made from the product's
    core noun phrase. Tags are never made from themes or stray words (#mistakeswesee,
    #app): a tag nobody searches for is worse than none."""
    pool = list(brief.facts.hashtags)
    product_tag = _product_tag(brief)
    if product_tag and not pool:
        pool.append(product_tag)
    out: list[str] = []
    for tag in pool:
        if len(tag) > 2 and tag.lower() not in (o.lower() for o in out):
            out.append(tag)
    return out


#: words that name a format, not a thing: "row counter app" is tagged #rowcounter
_GENERIC = {"app", "apps", "kit", "kits", "set", "sets", "service", "services", "box", "boxes",
            "course", "courses", "subscription", "company", "studio", "shop", "store", "co",
            "agency", "firm", "business", "businesses", "solution", "solutions", "product",
            "products", "online", "small", "local", "mobile", "outsourced", "custom", "premium",
            "handmade", "hand", "made", "new"}


_FREE_SAID = re.compile(r"(?i)^\s*(?:(?:free|complimentary) (?:shipping|delivery|postage)(?: is)?|"
                        r"(?:shipping|delivery|postage) (?:is|'s) (?:always |also )?free|"
                        r"ships? (?:for )?free)\s*[:,-]?\s*")


_CONDITION = re.compile(r"(?i)^(?:on|over|above|for|within|in|to|across|when|if|with|anywhere|"
                        r"everywhere|throughout|worldwide|nationwide|from|at|inside|all|"
                        r"only|until|till|before|after|\(|—|-)\b")


_CLAUSE = re.compile(r"(?i)^(?:you|we|our|members?|customers?|clients?|subscribers?|they|"
                     r"anyone|everyone|every|returning|existing|if|when)\b")


def shipping_terms(free_shipping: bool | str) -> str:
    """The conditions of free shipping as a phrase that follows "shipping is free" ("on
    orders over $50"), without the words that already say it is free; empty when the brief
    states none, or states its shipping as a sentence of its own (see shipping_said)."""
    if not isinstance(free_shipping, str):
        return ""
    rest = _FREE_SAID.sub("", free_shipping, count=1).strip()
    if shipping_said(free_shipping):
        return ""
    return rest


def shipping_said(free_shipping: bool | str) -> str:
    """The brief's shipping statement when it is a sentence of its own ("free tracked
    shipping on bodies, and free on lenses over $150"): composing it after "shipping is
    free" would say free twice."""
    if not isinstance(free_shipping, str):
        return ""
    rest = _FREE_SAID.sub("", free_shipping, count=1).strip()
    if not rest or _CONDITION.match(rest):
        return ""
    said = free_shipping.strip().rstrip(".")
    if not re.search(r"(?i)\bfree\b", said):
        return ""
    if not re.search(r"(?i)\b(shipping|delivery|postage|ships?|shipped|delivered)\b", said):
        # "always free within Germany" says what is free only beside its noun
        said = "shipping is " + said
    return said


#: countries where "postage" is the everyday word for sending a parcel; elsewhere a
#: template's "postage" reads as foreign and becomes "delivery"
POSTAGE_COUNTRIES = {"GB", "UK", "IE", "AU", "NZ"}


def ships_free(lead: str, free_shipping: bool | str, country: str = "") -> str:
    """A template's "shipping is free" sentence, finished with the brief's conditions: "And
    shipping is free on orders over $50."; or, when the brief states its shipping as a
    sentence, the lead's opening words and that sentence instead of the lead's own claim."""
    if country.upper() not in POSTAGE_COUNTRIES:
        lead = re.sub(r"\b([Pp])ostage\b", lambda m: "Delivery" if m[1] == "P" else "delivery", lead)
    terms, said = shipping_terms(free_shipping), shipping_said(free_shipping)
    if terms:
        return f"{lead} {terms}."
    if not said:
        return f"{lead}."
    m = FREE_SHIP_RE.search(lead)
    prefix = lead[:m.start()].strip() if m else ""
    if prefix and prefix[-1] not in ",:?.!" and prefix.lower() not in ("and", "also", "plus"):
        prefix = ""
    opening = not prefix or prefix[-1] in ":?.!"
    said = (said[:1].upper() if opening else said[:1].lower()) + said[1:]
    return f"{prefix} {said}.".strip()


def _product_tag(brief: Brief) -> str:
    """A tag from the product's core: its last two plain words before any "and"/"for"
    clause, without the brand's own words or generic words; empty when nothing is left."""
    text = _possessive.sub("", brief.product.lower())
    text = re.split(r"\b(?:and|for|with|in|from|by|to|of)\b|[,(/&+]", text)[0]
    brand = set(re.findall(r"[a-z0-9]+", brief.brand.lower()))
    words = [w for w in re.findall(r"[a-z]+", text)
             if w not in _STOP and w not in _GENERIC and w not in brand]
    if not words:
        return ""
    tag = "#" + "".join(words[-2:])
    return tag if 4 <= len(tag) <= 25 else ""


def _ends(ends: dt.date | None, day: dt.date | None, country: str = "US") -> str:
    """The offer's last day as a post on ``day`` says it: "today, April 25" on the day
    itself, "tomorrow, April 25" the day before, else "April 25"."""
    date = human_date(ends, country)
    if ends is None or day is None:
        return date
    return {0: f"today, {date}", 1: f"tomorrow, {date}"}.get((ends - day).days, date)


def template_context(brief: Brief, platform: Platform, fmt: str, moment: str,
                     picks: dict[str, Any] | None = None, day: dt.date | None = None) -> dict[str, Any]:
    offer = None
    if brief.offer is not None:
        # a Pin is found for weeks after it goes out: "tomorrow" would go stale there
        offer = {"code": brief.offer.code, "discount": brief.offer.discount,
                 "ends": _ends(brief.offer.ends, None if platform.id == "pinterest" else day,
                               brief.country)}
        #: "until the end of today, April 25" on the last day, where "until today" would not do
        offer["until"] = ("the end of " + offer["ends"]) if offer["ends"].startswith("today") \
            else offer["ends"]
    #: a place the seller names that is no online store ("our shop on calle Colima")
    place = next((s for s in brief.sells_on if s not in STORE_NAMES and s not in _MARKETS), "")
    store = next((STORE_NAMES[s] for s in brief.sells_on if s in STORE_NAMES),
                 place or _DEFAULT_STORE.get(brief.kind, "our shop"))
    if not brief.url and not any(s in STORE_NAMES for s in brief.sells_on):
        # no link to point at: the way in is the seller's own place, or a message
        link_hint = ("reply to this story" if fmt == "story" else f"find us at {place}" if place
                     else "ask us in the comments" if platform.id == "youtube"
                     else "send us a message")
    elif fmt == "story":
        link_hint = "tap the link sticker"  # a URL typed into a story cannot be tapped
    elif platform.id == "youtube" and fmt == "short":
        link_hint = "link on our channel page"  # links in a Short's description don't work
    elif platform.id == "tiktok" and "tiktok shop" in brief.sells_on:
        link_hint = "the Shop tab on our profile"  # TikTok Shop buyers never leave the app
    elif brief.url and platform.links_clickable:
        link_hint = brief.url
    else:
        link_hint = platform.link_hint
    marketplace = _marketplace(brief)
    #: where a call to action sends people: the marketplace search when the brief's only
    #: shop is a marketplace its url does not point to, else the link
    market_only = bool(marketplace and brief.brand) and marketplace.lower() not in \
        brief.url.lower() and not ({"website", "shopify"} & set(brief.sells_on))
    # a Pin or a video carries the brief's link itself: its call to action points there, never
    # to a search elsewhere that contradicts it
    linked = bool(brief.url) and platform.id in ("pinterest", "youtube")
    go = f"search “{brief.brand or _capitalised(brief.product)}” on {marketplace}" \
        if market_only and not linked else link_hint
    facts = brief.facts
    event = (event_on(brief, day) or upcoming_event(brief, day)) if day else None
    launch = facts.launch
    item = short_name(brief)
    context = {
        "Product": _capitalised(brief.product),
        "problems": list(facts.problems), "differentiators": list(facts.differentiators),
        "story": list(facts.story), "tips": list(facts.tips), "reviews": facts.reviews,
        "creators": list(facts.creators), "ambassadors": facts.ambassadors,
        "community": facts.community, "shop_features": list(facts.shop_features),
        #: a community that meets somewhere (a shop ride, a run club), not a group online
        "community_in_person": meets_in_person(facts.community),
        "launch": _launch(launch.what, human_date(launch.date, brief.country)) if launch else None,
        # "Today at 3pm: Webinar — Year-end payroll", never two colons in one line
        "event": ({"title": said_title(event.title),
                   # the day before, "tomorrow" (a Pin lasts weeks: it keeps the date alone)
                   "when": ("tomorrow, " if day is not None and platform.id != "pinterest"
                            and (event.when.date() - day).days == 1 else "")
                   + human_when(event.when, brief.country)
                   + zone_label(event.when, brief.timezone, (brief.facts.b2b or brief.kind == "digital")
                                and not in_person(event)),
                   "clock": human_clock(event.when), "today": event.when.date() == day,
                   "part": ("this evening" if event.when.hour >= 17 else "this afternoon"
                            if event.when.hour >= 12 else "this morning"),
                   "platform": "" if in_person(event) else event.platform,
                   #: an event in person: where it is, and no "here on Instagram"
                   "place": event.place, "in_person": in_person(event)} if event else None),
        "marketplace": marketplace, "go": go, "market_only": market_only,
        #: False when the brief names no brand: "us" reads better than the product as a name
        "has_brand": bool(brief.brand),
        #: the product as said in passing, mid-sentence: "our {{ item }}"
        "item": item,
        #: the product is a list of things ("tent pitches, glamping tents and lodges") and
        #: ``item`` only the first of them
        "listed": bool(re.search(r",|\s(?:and|&)\s", brief.product))
        and item.lower() != brief.product.lower(),
        #: what the brief sells, and whether what it sells travels by post
        "kind": brief.kind, "ships": brief.kind == "product", "b2b": brief.facts.b2b,
        #: one person makes it: no "team", no "the people", no "we took this" backstory
        "solo": is_solo(brief),
        #: whether this platform's followers have seen the offer already (the plan sets it)
        "offer_told": False,
    }
    context.update(voice_of(brief.kind, facts.action, brief.tone).context())
    if platform.id == "youtube" and context["verb"] == "subscribe":
        # on YouTube "Subscribe" is the channel's button: the product is signed up to
        context.update({"verb": "sign up", "Verb": "Sign up", "Act": "Sign up"})
    #: "book with X", "download X", "order from X": the verb with the brand, for "Been
    #: meaning to …?" and "… : link"
    context["verb_brand"] = verb_with(str(context["verb"]), brief.brand)
    context["Verb_brand"] = context["verb_brand"][:1].upper() + context["verb_brand"][1:]
    for name in ROTATED:
        context[name] = (picks or {}).get(name, _first(getattr(facts, ROTATED[name])))
    # the seller's own sentences, told as lines of a post, are printed mended ("don't", "I")
    for name in ("tip", "story_fact"):
        if context.get(name):
            context[name] = mend(context[name])
    if context.get("faq"):
        context["faq"] = {**context["faq"], "question": mend(context["faq"]["question"]),
                          "answer": mend(context["faq"]["answer"])}
    context["tips"] = [mend(t) for t in context["tips"]]
    # a difference written as a phrase with no subject is said of the product: "Freela OS
    # works on the free Notion plan", never "One thing we do differently: works on…"
    subject = subject_of(brief)
    # (listed as points, a phrase reads well on its own line: "→ Works on the free plan")
    context["differentiators"] = [_said(d, "") for d in context["differentiators"]]
    if context.get("differentiator"):
        context["differentiator"] = _said(context["differentiator"], subject)
    #: the difference reads as a statement ("we pay…"), not a noun phrase ("qualified groomer")
    context["difference_is_clause"] = is_clause(context.get("differentiator") or "", subject)
    # a later part of the story says who "she" is, for a post that tells it alone
    told = story_told(list(facts.story))
    mended = [mend(t) for t in facts.story]
    if context.get("story_fact") in mended:
        context["story_fact"] = mend(told[mended.index(context["story_fact"])])
    context["story"] = [mend(t) for t in told]
    details = description_details(brief.description, brief.product)
    #: sentences of the description, each fit to stand as a line of a post
    context["details"] = details
    #: what the brief says that answers the post's problem (a difference or a line of the
    #: description sharing its words), or nothing when nothing does
    context["answer"] = answer_to(brief, context.get("problem") or "", details)
    #: what the business is, from the description ("a grooming van that parks in your
    #: driveway"), for a post that says where we come in without a fact that answers it
    context["about"] = about_line(brief.description, brief.brand)
    #: the customer perk when it is about the launch ("subscribers get first pick of our
    #: Thanksgiving box"): said on the launch's day, where it belongs
    context["launch_perk"] = brief.customer_perk if launch and brief.customer_perk and len(
        _content(launch.what) & _content(brief.customer_perk) - _content(brief.product)) >= 2 else ""
    context["detail"] = (picks or {}).get("detail", details[0] if details else "")
    if offer is not None:
        # a code off a paid plan of a free app is used when upgrading, not when downloading
        paid = context["verb"] in ("download", "install", "sign up", "start") and re.search(
            r"(?i)\b(?:pro|premium|plus|yearly|annual|plan|subscription|upgrade)\b", offer["discount"])
        offer["verb"] = "upgrade" if paid else context["verb"]
        offer["Verb"] = offer["verb"][:1].upper() + offer["verb"][1:]
        offer["Act"] = "Upgrade now" if paid else context["Act"]
    return context | {
        #: with no brand, the account speaks as "us" ("Follow us", "tag us"); the critic
        #: turns down any wording where "us" cannot stand for a name ("how us began")
        "product": brief.product, "brand": brief.brand or "us",
        "description": brief.description, "audience": brief.audience, "offer": offer,
        "referral_reward": brief.referral_reward,
        #: "your invite link" when the friend must use the customer's own link or code
        "invite": own_link(brief.referral_reward),
        #: "our market stall": where the perk is had in person, never by a link
        "perk_place": perk_place(brief.customer_perk, brief.sells_on), "hashtag": brief.hashtag, "url": brief.url,
        #: a code kept for existing customers is never printed in a public post: the perk
        #: is said without it, and ``perk_code`` tells the template to offer it by message
        "customer_perk": _PERK_CODE.sub("", brief.customer_perk).strip(" ,;"),
        "perk_code": bool(_PERK_CODE.search(brief.customer_perk)),
        "free_shipping": bool(brief.free_shipping),
        "free_shipping_terms": shipping_terms(brief.free_shipping),
        "ships_free": lambda lead: ships_free(str(lead), brief.free_shipping, brief.country),
        #: the perk is written as a clause ("members can keep…"), not a noun phrase: only a
        #: lead ending in a colon fits before it
        "perk_is_clause": bool(_CLAUSE.match(brief.customer_perk)) or is_imperative(brief.customer_perk),
        "giveaway": brief.giveaway,
        #: "Sunday, 21 March": when giveaway entries close
        "giveaway_ends": _weekday_date(brief.giveaway_ends, brief.country),
        "giveaway_by": human_date(brief.giveaway_ends, brief.country),
        "sells_on": list(brief.sells_on), "store": store, "platform": platform.id, "format": fmt,
        "link_hint": link_hint, "short": platform.short, "moment": moment, "tone": brief.tone,
    }


#: one item of each list fact is given to a post as a singular name, rotating over the plan
ROTATED = {"problem": "problems", "differentiator": "differentiators", "story_fact": "story",
           "tip": "tips", "quote": "quotes", "faq": "faqs", "creator": "creators",
           "pillar": "pillars"}
_MARKETS = {"amazon": "Amazon", "etsy": "Etsy", "ebay": "eBay", "walmart": "Walmart",
            "tiktok shop": "TikTok Shop", "depop": "Depop", "poshmark": "Poshmark"}


#: what a caption says when it sends people to the brief's address
_SENDS = re.compile(r"(?i)\blink (?:in (?:our )?bio|on the pin|sticker|in the description|below)\b|"
                    r"\blink on our channel|\bour website\b")


def post_link(brief: Brief, platform: Platform, fmt: str, text: str) -> str:
    """Where a post sends people: the brief's address on every Pin (a Pin has a link of its
    own) and on every YouTube video (its description links work), and on any post whose
    caption points to a link (bio, sticker, description); else nothing."""
    if not brief.url:
        return ""
    if platform.id in ("pinterest", "youtube") or brief.url in text or _SENDS.search(text):
        return brief.url
    return ""


def with_offer(text: str, cta: str, context: dict[str, Any], stage: str, brief: Brief,
               day: dt.date) -> str:
    """A post that sends people to buy while the offer runs says so, in a line of its own
    before the call to action: "15% off everything with code HARU15, until March 21." """
    offer = context.get("offer")
    if (stage not in ("conversion", "consideration") or not offer or not offer_active(brief, day)
            or not cta or context.get("go", "") not in cta or offer["code"].lower() in text.lower()
            or context.get("platform") in ("pinterest", "youtube") and offer_elsewhere(brief)):
        return text
    line = (f"{_capitalised(offer['discount'])} with code {offer['code']}"
            + (f", until {offer['until']}." if brief.offer and brief.offer.ends else "."))
    if not text.endswith(cta):
        return f"{text}\n\n{line}"
    head = text[:-len(cta)]
    body = head.rstrip()
    gap = head[len(body):] or "\n"
    return f"{body}{gap}{line}{gap}{cta}" if body else f"{line}\n{cta}"


_LAUNCH_BREAK = re.compile(r",\s+|\s+[—–-]\s+|:\s+")


def _launch(what: str, date: str) -> dict[str, str]:
    """A launch as posts say it: ``name`` what it is called ("our spring sakura collection"),
    ``more`` the rest of the seller's line as a sentence ("Six new patterns dyed in soft
    pinks and greys."), ``what`` the whole line."""
    parts = _LAUNCH_BREAK.split(what.strip(), maxsplit=1)
    name, more = parts[0].strip(), (parts[1].strip().rstrip(".") if len(parts) > 1 else "")
    first, _, rest = name.partition(" ")
    if first in ("Our", "A", "An", "The", "My") and rest:
        name = f"{first.lower()} {rest}"  # said mid-sentence: "Coming soon: our spring…"
    return {"what": what, "name": name, "more": mend(more) + "." if more else "", "date": date}


_SMALL_WORDS = {"with", "that", "this", "they", "their", "your", "from", "have", "when", "what",
                "just", "every", "into", "over", "than", "them", "then", "there", "which",
                "about", "after", "before", "because", "never", "always", "without", "outside",
                "inside", "around", "under", "side", "whole", "first", "last", "still", "even",
                "start", "only", "more", "most", "less", "much", "many", "some", "each",
                "built", "made", "take", "takes", "keep", "keeps", "gets"}


def _content(text: str) -> set[str]:
    """The words of a line that carry its meaning, crudely singular ("salons" -> "salon")."""
    words = re.findall(r"[a-zà-ÿ]{4,}", text.lower())
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w
            for w in words if w not in _SMALL_WORDS}


def answer_to(brief: Brief, problem: str, details: list[str]) -> str:
    """The brief's answer to one of its problems: a difference or a line of the description
    (``details``) sharing its words, or empty."""
    subject = subject_of(brief)
    return _answer(problem, [_said(d, subject) for d in brief.facts.differentiators] + details,
                   _content(f"{brief.product} {brief.brand}") | _common_words(brief))


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


#: words any problem and any answer of a business may share without being about one thing
_LOOSE_WORDS = {"charge", "cost", "price", "time", "client", "customer", "service", "work",
                "month", "year", "week", "day", "people", "thing", "need", "make", "like", "good"}


def _answer(problem: str, candidates: list[str], names: frozenset[str] | set[str] = frozenset()) -> str:
    """The line of the brief that best answers ``problem``: the one sharing most of its
    words ("dogs who panic in busy salons" -> "only one dog in the salon at a time"); empty
    when none shares a word, so a post never answers a sprain with insurance billing. One
    word in common counts only when it is not the product's own ("lessons", "payroll") or a
    word every business uses ("charges", "time")."""
    wanted = _content(problem)
    if not wanted:
        return ""

    def score(c: str) -> int:
        shared = wanted & _content(c)
        # a lone word in common must be a thing in both lines, not a verb in one ("start
        # to plate" does not answer "the side of the plate")
        lone = {w for w in shared - names - _LOOSE_WORDS
                if not re.search(rf"(?i)\bto {w}s?\b", c + " " + problem)}
        return len(shared) if len(shared) >= 2 or lone else 0

    best = max(candidates, key=score, default="")
    return best if best and score(best) else ""


def _said(fact: str, subject: str) -> str:
    """A difference as a post says it: mended, with a subject when it has none, and with
    the lower-case start the seller gave it (templates capitalise where a line starts)."""
    text = claim(mend(fact), subject)
    return text if text.startswith(subject) or fact[:1].isupper() else text[:1].lower() + text[1:]


def _marketplace(brief: Brief) -> str:
    """The marketplace the brief sells on, by its name ("Etsy"), or empty for an own shop."""
    return next((_MARKETS[s] for s in brief.sells_on if s in _MARKETS), "")


def _first(items: list) -> Any:
    item = items[0] if items else None
    return _as_data(item)


def _as_data(item: Any) -> Any:
    """Dataclass facts (quotes, FAQs) as plain dicts, which the sandbox reads safely."""
    if item is None or isinstance(item, str):
        return item or ""
    return dict(vars(item))
