"""Whether a template can run on a day: the facts its ``needs`` ask for are in the brief,
and the moment (an offer's window, an event ahead, a launch, a giveaway before it closes) is
right.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import Brief
from planner.domain.facts import SHOP_FEATURES
from planner.planning.conditions import is_last_call_day
from planner.planning.offering import USE_NEEDS, gift_occasion, use_need_met
from planner.planning.facts_said import brief_details, criteria, is_terms
from planner.planning.polls import POLL2_ORDER, POLL3_ORDER, poll
from planner.planning.render import Template
from planner.planning.visuals import about_is, name_lines
from planner.planning.sparse import audience_groups, description_features, is_sparse
from planner.planning.shipping import sent_as_parcel
from planner.planning.wording import _MARKETS, _marketplace, content_words, marketplaces  # noqa: F401 (re-exported)

#: a line that only gives a way to get in touch ("Call 0803 412 7765.", "Message us on WhatsApp: …")
_CONTACT = re.compile(r"(?i)^(?:call|phone|ring|text|message|whatsapp|email|e-mail|dm)\b")
#: words that say how a thing is made or a job is done, a scene to show (the same words
#: templates/consideration/how-its-made.j2 looks for in the difference it tells)
MAKING = ("made", "make", "ferment", "roast", "brew", "bake", "stitch", "sew", "knit", "weave",
          "carv", "pour", "dye", "print", "press", "grow", "harvest", "pack", "test", "check",
          "build", "built", "cut", "sand", "oil", "glaz", "fire", "groom", "wash", "paint")
#: words that make a line a policy, never a way of working (the template's too)
POLICY = ("free", "price", "pay", "refund", "guarantee", "cancel", "contract", "repair", "replace",
          "warrant", "return", "year", "month")


def how_made(difference: str) -> bool:
    """Whether a difference says how the goods are made or the work is done ("dried for six
    weeks, then pressed by hand"): a scene a behind-the-scenes post can show; a policy or a
    credential ("registered engineers on every visit") is none."""
    low = difference.lower()
    return any(w in low for w in MAKING) and not any(w in low for w in POLICY)


#: urgency ("ends soon", "flash sale") only in an offer's last days
ENDING_DAYS = 3


def offer_active(brief: Brief, day: dt.date) -> bool:
    """True when the brief's offer may be promoted on ``day``: it says what it gives (a
    discount; a code is optional: "£5 off your first appointment" is an offer too)."""
    offer = brief.offer
    if offer is None or not offer.discount:
        return False
    if offer.starts and day < offer.starts:
        return False
    if offer.ends and day > offer.ends:
        return False
    return True


#: a visual that must carry no price, product or link: a problem shown alone, a boost that
#: runs on for a week
_NO_OFFER_VISUAL = re.compile(r"(?i)\bno (?:price|product)\b|\bcarries no link\b")


def needs_met(template: Template, brief: Brief, day: dt.date, platform: str = "") -> bool:
    if brief.kind not in template.kinds:
        return False
    # an offer's last two days, when a platform's last post says the code and that it ends,
    # are not for a post whose picture may show no price or link (blind read 24: "Last call:
    # 15% off…" under "Show the problem only: no product, no logo, no price"; "ends today"
    # on a post to boost "for a week")
    if brief.offer is not None and _NO_OFFER_VISUAL.search(template.visual) \
            and offer_active(brief, day) and is_last_call_day(brief, day, platform):
        return False
    for need in template.needs:
        if need == "offer" and not offer_active(brief, day):
            return False
        # a post built around the code needs one; an offer without a code has posts of its own
        if need == "code" and not (brief.offer and brief.offer.code):
            return False
        if need == "no_code" and brief.offer is not None and brief.offer.code:
            return False
        if need == "offer_ends" and not (offer_active(brief, day) and brief.offer.ends):
            return False
        if need == "offer_ending" and not (offer_active(brief, day) and brief.offer.ends
                                           and ((brief.offer.ends - day).days < ENDING_DAYS
                                                or is_last_call_day(brief, day, platform))):
            return False
        # a review "where you bought it" needs a marketplace to name
        if need == "marketplace" and not _marketplace(brief):
            return False
        if need == "amazon" and "amazon" not in brief.sells_on:
            return False
        # a parcel to open is for goods that are sent, not handed over at a stall
        if need == "parcel" and not sent_as_parcel(brief):
            return False
        if need in ("free_shipping", "customer_perk", "referral_reward", "hashtag", "audience",
                    "url", "giveaway") and not getattr(brief, need):
            return False
        # a perk on what is launched ("contract customers get our filter exchange at €40")
        # is told from the launch on, never a week before it exists
        if need == "customer_perk" and perk_awaits_launch(brief, day):
            return False
        # entries must close after the post, and the post says when
        if need == "giveaway" and not (brief.giveaway_ends and day <= brief.giveaway_ends):
            return False
        # the brief runs one giveaway: a photo contest for its prize is a second one, with
        # rules of our own, unless the brief says entries are photos
        if need == "giveaway" and template.tactic == "customer contest" and \
                not photo_entries(brief.giveaway):
            return False
        # the winner is announced in the days after entries close
        if need == "giveaway_over" and not giveaway_just_closed(brief, day):
            return False
        # an offer to say honestly whether it fits is how a business buys a service: to a
        # shopper it reads as a consultant's script (blind reads 17 and 23: for a piñata, a
        # kayak tour and a set of brushes)
        if need == "b2b" and not brief.facts.b2b:
            return False
        # a retargeting ad runs only for a seller who says they run ads (blind reads 38 and
        # 39: "Tap the button to pick up where you left off" from a seller with no ads)
        if need == "ads" and not brief.facts.ads:
            return False
        if need == "description" and not brief_details(brief):
            return False
        # a feature's post needs a description that lists two or more, in a brief with facts
        # of its own (a thin brief tells its parts as lines already: Planner.features)
        if need == "features" and not (description_features(brief) and any(
                getattr(brief.facts, n) for n in ("problems", "differentiators", "story",
                                                  "tips", "quotes", "faqs"))):
            return False
        # a group's post needs an audience that names its groups, and a thing the course or
        # app comes with to tell them (Planner.group_post)
        if need == "groups" and not (audience_groups(brief) and description_features(brief)):
            return False
        # a post that says more than one thing about the product needs two things to say,
        # and a demo of it two that show it: a price, a term of sale or a number to call
        # shows nothing (blind read 19: "a product demo with no demo")
        if need == "details2" and len([d for d in brief_details(brief) if not is_terms(d) and not _CONTACT.match(d)]) < 2:
            return False
        # a look behind the scenes needs a scene: a difference that says how the work is
        # made or done, never a policy ("COREN-registered engineers on every visit")
        if need == "differentiators" and template.tactic == "behind the scenes" and \
                not any(how_made(d) for d in brief.facts.differentiators):
            return False
        # a comparison "point by point" needs two points at least: one is no comparison
        # (blind read 33: a carousel of one point and a blank column)
        if need == "differentiators" and template.tactic == "comparison" and \
                len(brief.facts.differentiators) < 2:
            return False
        # a checklist lists three or more points a buyer can check with anyone
        if need == "criteria3" and len(criteria(list(brief.facts.differentiators), brief.brand)) < 3:
            return False
        # a post needs one fact beyond the product's name: a line of the description, a
        # difference, the reviews, free shipping, where it is sold, or what the name itself
        # states ("handwoven": woven by hand)
        if need == "a_fact" and not (brief_details(brief)
                                     or brief.facts.differentiators or brief.facts.reviews
                                     or brief.free_shipping or _marketplace(brief)
                                     or name_lines(brief)
                                     or about_is(brief)):
            return False
        # a poll is made of the brief's facts (planning/polls.py): two or three of one kind
        # what a parcel holds is told of the goods themselves: a marketplace or free
        # shipping is no look inside ("Here's what you'd be opening if you ordered from our
        # Takealot shop." and nothing of what: blind read 39)
        if need == "goods_fact" and not (brief_details(brief) or brief.facts.differentiators
                                         or brief.facts.reviews or name_lines(brief)):
            return False
        if need == "poll2" and poll(brief, 2, POLL2_ORDER) is None:
            return False
        if need == "poll3" and poll(brief, 3, POLL3_ORDER) is None:
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
        if need == "launch_eve" and not launch_eve(brief, day):
            return False
        if need == "launch_after" and not launch_after(brief, day):
            return False
        if need == "offer_over" and not offer_just_ended(brief, day):
            return False
        # a post that shows the goods in use needs goods used that way (planning/offering.py)
        if need in USE_NEEDS and not use_need_met(need, brief):
            return False
        # a present needs an occasion far enough ahead for the goods to be made and arrive
        if need == "gift_occasion" and not gift_occasion(brief, day):
            return False
        # ... and never while an offer runs: its conversion posts are the offer's, and a
        # present pitched in its last days reads against its last call (blind read 25: a
        # Valentine's pitch four days before a code ended, in place of its reminder)
        if need == "gift_occasion" and offer_active(brief, day):
            return False
        # a sparse brief's own posts, for no brief with more to say
        if need == "sparse" and not is_sparse(brief):
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


#: a giveaway's opening posts are kept at most this many days before entries close
#: (slots.place_moments): longer, and its rules page holds the bio for a month
GIVEAWAY_OPEN_DAYS = 21


#: a giveaway whose entries are photos ("best photo of your mug wins", "a photo contest")
_PHOTO_ENTRIES = re.compile(
    r"(?i)\b(?:photo|picture|pic|snap|selfie|reel|video)s?\b[^.;]{0,60}\b(?:contest|competition|"
    r"wins?|entr(?:y|ies|ants?|ant)|enter|post(?:ed)?|tag(?:ged)?|share[ds]?)\b|\b(?:post|share|tag)\b"
    r"[^.;]{0,40}\b(?:photo|picture|pic|snap|selfie)s?\b|\bbest (?:photo|picture|pic|snap|shot)s?\b")


def photo_entries(giveaway: str) -> bool:
    """Whether the brief's giveaway is entered with a photo of the reader's own."""
    return bool(_PHOTO_ENTRIES.search(giveaway or ""))


def giveaway_just_closed(brief: Brief, day: dt.date) -> bool:
    """True in the few days after a giveaway's entries closed, from its draw day when the
    brief gives one: the winner post's time (blind read 32: the winner told the day before
    the draw)."""
    ends = brief.giveaway_ends
    if not (brief.giveaway and ends):
        return False
    drawn = brief.giveaway_draw
    if drawn is not None and day < drawn:
        return False
    return 1 <= (day - ends).days <= THANKS_DAYS + ((drawn - ends).days - 1 if drawn else 0)


def offer_just_ended(brief: Brief, day: dt.date) -> bool:
    """True in the few days after a real offer ended: the time to thank those who used it."""
    offer = brief.offer
    if offer is None or not (offer.discount and offer.ends):
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


#: a launch's reminder goes out at most this many days before its day
LAUNCH_EVE_DAYS = 3


def launch_eve(brief: Brief, day: dt.date) -> bool:
    """Whether ``day`` is one to three days before a dated launch: the time for its reminder
    (the teaser told it a week or two before)."""
    launch = brief.facts.launch
    return bool(launch and launch.date) and 1 <= (launch.date - day).days <= LAUNCH_EVE_DAYS


#: a launch's follow-up goes out at most this many days after its day
LAUNCH_AFTER_DAYS = 7


def launch_after(brief: Brief, day: dt.date) -> bool:
    """Whether ``day`` is one to LAUNCH_AFTER_DAYS days after a dated launch: the time for
    its follow-up, for the followers who missed its day (blind read 25: nothing followed a
    launch)."""
    launch = brief.facts.launch
    return bool(launch and launch.date) and 1 <= (day - launch.date).days <= LAUNCH_AFTER_DAYS


def perk_on_launch(brief: Brief) -> bool:
    """Whether the customer perk is about the launch: two words of its own in common with
    what is launched ("subscribers get first pick of our Thanksgiving box")."""
    launch = brief.facts.launch
    return bool(launch and brief.customer_perk) and len(
        content_words(launch.what) & content_words(brief.customer_perk)
        - content_words(brief.product)) >= 2


def perk_awaits_launch(brief: Brief, day: dt.date) -> bool:
    """Whether the customer perk is about the launch and the launch is still ahead on
    ``day``: it is told from the launch on."""
    launch = brief.facts.launch
    return bool(launch and launch.date and day < launch.date) and perk_on_launch(brief)
