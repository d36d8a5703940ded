"""Offers, events, launches and giveaways as a sequence across platforms: which offer post
may go out on a platform on a day, how often free shipping is said, and what a post needs
to know of the posts before it (has this platform's audience seen the offer, the giveaway).

A manager spaces an offer out: on one platform no two offer posts within three days (the
one last call in the offer's final 48 hours excepted), never the same offer post twice,
and "flash sale" only for an offer that is short. Free shipping is a line inside a post
about the goods, said at most twice in a calendar. These are the rules plan.py asks here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from planner.domain.brief import Brief
from planner.domain.calendar import CalendarPost
from planner.planning.conditions import is_last_call_day
from planner.planning.critic import tells_free_shipping
from planner.planning.pacing import OFFER_NEEDS, SPARE_DAYS
from planner.planning.render import Template

#: on one platform, offer posts this many days apart at least (the last call excepted)
OFFER_GAP_DAYS = 3
#: on one platform, two posts that are the offer alone (a card, a code) this many days apart
#: at least, the last call excepted: in between, the offer is a line in other posts
OFFER_CARD_DAYS = 14
#: an offer this short (in days, start to end) is a flash sale; a longer one never is
FLASH_DAYS = 3
#: free shipping is said in at most this many posts of a calendar
SHIPPING_TIMES = 2
#: a giveaway's reminder goes out this many days before entries close (inclusive range)
GIVEAWAY_REMIND = (1, 3)

#: a price as sellers write it: "€85", "R1,440", "NZ$25", "$14 each", "159 zł", "EUR 0.19"
_PRICE = re.compile(r"(?:[$£€¥₹]|\b(?:NZ|AU|A|C|US|HK|S)\$|\bR(?=\s?\d)|\b(?:EUR|USD|GBP|CHF)\s?)"
                    r"\s?\d|\d[\d,.]*\s?(?:zł|kr|EUR|USD|CHF)\b")


def last_days(brief: Brief, day: dt.date, platform: str = "") -> bool:
    """Whether ``day`` is in the offer's last 48 hours (its last day or the one before), or
    for an offer with a day condition ("weekdays only") its last two days the condition
    allows (planning/conditions.py)."""
    return is_last_call_day(brief, day, platform)


def is_offer_post(post: CalendarPost, brief: Brief) -> bool:
    """A post that promotes the offer: it gives the code while the offer runs (a thank-you
    after it has closed is no promotion)."""
    offer = brief.offer
    if offer is None or not offer.mark or offer.mark.lower() not in post.text.lower():
        return False
    return not (offer.ends and post.date > offer.ends)


def flash_sale_fits(brief: Brief) -> bool:
    """"Flash sale" only for an offer the brief says is short: 72 hours or less."""
    offer = brief.offer
    return bool(offer and offer.starts and offer.ends) and \
        (offer.ends - offer.starts).days < FLASH_DAYS


def offer_allowed(brief: Brief, accepted: list[CalendarPost], platform: str,
                  day: dt.date, template: Template | None = None) -> bool:
    """Whether an offer post may go out on ``platform`` on ``day`` (as ``template``): not
    within three days of another offer post there, unless it is the platform's one last
    call in the final 48 hours; never the same offer post twice on a platform, and no second
    card of the offer alone within two weeks but for its last call; a flash
    sale only for a short offer."""
    if template is not None and template.tactic == "flash sale" and not flash_sale_fits(brief):
        return False
    mine = [p for p in accepted if p.platform == platform and is_offer_post(p, brief)]
    if template is not None and any(p.template == template.id for p in mine):
        return False
    if template is not None and "offer" in template.needs and brief.offer is not None and \
            brief.offer.ends is not None and not last_days(brief, day, platform) and any(
                abs((p.date - day).days) < OFFER_CARD_DAYS for p in mine):
        # told here lately: until its last call the offer is a line in a post about the
        # goods (with_offer), not the same card again a week later (a standing code with
        # no end has no last call to save the card for)
        return False
    if last_days(brief, day, platform):
        # one last call per platform: a second one within hours reads as the first again
        return not any(last_days(brief, p.date, platform) for p in mine)
    return not any(abs((p.date - day).days) < OFFER_GAP_DAYS for p in mine)


def is_offer_template(template: Template) -> bool:
    return bool(OFFER_NEEDS & set(template.needs))


def shipping_spent(brief: Brief, accepted: list[CalendarPost]) -> bool:
    """Whether free shipping has been said as often as a calendar should say it."""
    if not brief.free_shipping:
        return False
    return sum(tells_free_shipping(p.text, brief) for p in accepted) >= SHIPPING_TIMES


def giveaway_told(brief: Brief, accepted: list[CalendarPost], platform: str) -> bool:
    """Whether ``platform``'s followers have seen the giveaway: the next post is its reminder."""
    return bool(brief.giveaway) and any(p.tactic == "follow giveaway" and p.platform == platform
                                        for p in accepted)


def price_line(details: list[str]) -> str:
    """The description's sentence that gives a price ("Stock bags €85 to €160."), or ""."""
    return next((d for d in details if _PRICE.search(d)), "")


#: a discount that takes money off ("20% off", "€5 off", "half price", "3 months for €9")
_REDUCES = re.compile(r"(?i)\boff\b|half[- ]price|\binstead of\b|\bsave\b|\bdiscount")
#: a discount that names its own days ("on 29-31 October", "this weekend only", "Fridays")
_DATED = re.compile(r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+(?:jan|feb|mar|apr|may|"
                    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                    r"nov|dec)[a-z]*\s+\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
                    r"weekend|tonight|today|tomorrow|\d{1,2}/\d{1,2}\b)")


def reduces(discount: str) -> bool:
    """Whether the offer takes money off (a price said next to it is the price before)."""
    return bool(_REDUCES.search(discount))


def dated_terms(discount: str) -> bool:
    """Whether the discount names its own days ("20% off games on 29-31 October"): its posts
    never add a deadline of ours ("book by 31 October"), which would misstate its terms."""
    return bool(_DATED.search(discount))


def offer_goods(brief: Brief, item: str) -> dict[str, Any]:
    """What an offer is on, for its posts: ``goods`` the product as said mid-sentence ("our
    felted slippers"), ``named`` whether the discount already names it ("25% off all
    patterns" for PDF patterns)."""
    ours = brief.brand if brief.brand and item.lower() == brief.brand.lower() else f"our {item}"
    head = re.sub(r"(?i)(?:es|s)$", "", item.split()[-1]) if item.split() else ""
    discount = brief.offer.discount if brief.offer else ""
    # "15% off our slippers", "15% off all adult pairs on our slippers"; a discount with
    # "on" terms of its own ("20% off games on 29-31 October") is whole
    bare = discount.strip().lower().endswith(" off")
    # "15% off everything", "your first 3 months for €9": nothing to say it is on
    named = bool(re.search(r"(?i)\son\s|\b(?:everything|anything|sitewide|site-wide|storewide|"
                           r"store-wide|all orders|every order|your (?:first|next))\b", discount)) or (
        # "15% off the first cleaning": a first visit of the service is what it is on, never
        # "… the first cleaning on our hood and duct degreasing service"
        bool(re.search(r"(?i)\bfirst\s+(?:\w+\s+)?(?:\w+ing|visit|job|session|booking|order|"
                       r"lesson|class|appointment|treatment|repair|inspection|consultation|"
                       r"service|clean|wash|walk|groom|cut|tune-up|check)s?\b", discount))) or (
        bool(head) and bool(re.search(rf"(?i)\b{re.escape(head)}", discount))) or (
        # "€50 off a full-day move": the discount names a thing of its own (read 22: "… a
        # full-day move on our house and flat removals" in six posts)
        bool(re.search(r"(?i)\boff\s+(?:a|an|any|every|each)\s+\w", discount)))
    return {"goods": ours, "named": named, "on": " " if bare else " on "}


def on_goods(offer: dict[str, Any], text: str) -> str:
    """" our felted slippers" after a bare "15% off" (" on our …" after "15% off all
    adult pairs"), unless the discount or the post names them."""
    goods = str(offer.get("goods", ""))
    head = re.sub(r"(?i)(?:es|s)$", "", goods.split()[-1]) if goods.split() else ""
    if offer.get("named", True) or not head or re.search(rf"(?i)\b{re.escape(head)}", text):
        return ""
    return f"{offer.get('on', ' on ')}{goods}"


def sequence_context(brief: Brief, accepted: list[CalendarPost], platform: str) -> dict[str, Any]:
    """What a post needs to know of the posts before it."""
    offer = brief.offer
    told = bool(offer and offer.mark) and any(
        p.platform == platform and offer.mark.lower() in p.text.lower() for p in accepted)
    out: dict[str, Any] = {"offer_told": told, "giveaway_told": giveaway_told(brief, accepted, platform)}
    if shipping_spent(brief, accepted):
        out["free_shipping"] = False
    return out


def sequence_allows(template: Template, brief: Brief, accepted: list[CalendarPost],
                    platform: str, day: dt.date) -> bool:
    """Whether ``template`` may be written on ``platform`` on ``day`` after ``accepted``:
    the offer's spacing, free shipping's count, a giveaway opened once and reminded of once."""
    if is_offer_template(template) and not offer_allowed(brief, accepted, platform, day, template):
        return False
    if template.tactic == "follow giveaway" and giveaway_told(brief, accepted, platform) and not (
            brief.giveaway_ends and GIVEAWAY_REMIND[0] <= (brief.giveaway_ends - day).days
            <= GIVEAWAY_REMIND[1]):
        return False  # opened here already: its one reminder comes in the last days
    if template.tactic == "giveaway winner" and any(
            p.tactic == "giveaway winner" and p.platform == platform for p in accepted):
        return False  # the winner is told once on a platform
    return not ("free_shipping" in template.needs and shipping_spent(brief, accepted))


def spared(brief: Brief, accepted: list[CalendarPost], template: Template,
           day: dt.date) -> dict[str, Any]:
    """Standing facts a post adds in passing (the review standing, free shipping, the
    customer perk) left out when a post of the last days already said them, unless the
    template is about that fact: five posts in a row with "4.9 stars" read as filler."""
    out: dict[str, Any] = {}
    recent = [p.text.lower() for p in accepted if abs((day - p.date).days) < SPARE_DAYS]
    if not recent:
        return out
    reviews, perk = brief.facts.reviews, brief.customer_perk
    if reviews and "reviews" not in template.needs and any(reviews.lower() in t for t in recent):
        out["reviews"] = ""
    if perk and "customer_perk" not in template.needs and any(perk.lower() in t for t in recent):
        out["customer_perk"] = out["launch_perk"] = ""
    if brief.free_shipping and "free_shipping" not in template.needs and any(
            tells_free_shipping(t, brief) for t in recent):
        out["free_shipping"] = False
    return out


#: the opening post's line that the draw is one across platforms (follow-giveaway.j2)
_ONE_DRAW = re.compile(r" ?(?P<lead>It's one draw across|One draw for) (?P<names>[^.\n]*?)"
                       r"(?P<tail> together)?\.")


#: where a giveaway is entered, by the name a post gives the platform (as slots.GIVEAWAY_PLATFORMS)
GIVEAWAY_HOSTS = {"instagram": "Instagram", "facebook": "Facebook", "tiktok": "TikTok",
                  "threads": "Threads", "x": "X"}


def one_draw_named(posts: list[CalendarPost], brief: Brief, fixed: int = 0) -> None:
    """A giveaway's "one draw across Instagram, TikTok and Threads" names exactly the
    platforms whose calendar carries a giveaway post (blind read 26: Threads named, and never
    a giveaway post there); where the giveaway runs on the post's platform alone, the line
    goes. Each post names its own platform first; the first ``fixed`` posts (kept from
    before, --update) are left as they are."""
    ran = [p for p in brief.platforms
           if any(q.platform == p and q.tactic == "follow giveaway" for q in posts)]
    for post in posts[fixed:]:
        if post.tactic != "follow giveaway" or post.platform not in GIVEAWAY_HOSTS:
            continue
        m = _ONE_DRAW.search(post.text)
        if m is None:
            continue
        hosts = [GIVEAWAY_HOSTS[post.platform]] + [GIVEAWAY_HOSTS[p] for p in ran
                                                   if p != post.platform and p in GIVEAWAY_HOSTS]
        if len(hosts) < 2:
            line = ""
        else:
            names = ", ".join(hosts[:-1]) + " and " + hosts[-1]
            line = f"{' ' if m.group(0).startswith(' ') else ''}{m['lead']} {names}{m['tail'] or ''}."
        post.text = post.text[:m.start()] + line + post.text[m.end():]
