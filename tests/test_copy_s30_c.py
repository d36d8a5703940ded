"""Copy and days after blind read 29 (s30, helper c): a referral reward that gives each side
its own said as what you get and what your friend gets; a digital brief's question asked of
what it is for, not its product line pasted; a giveaway's winner not piled onto a launch's
day. Every brief here is our own."""

from __future__ import annotations

import collections
import datetime as dt
import re

from tests.calendar_helpers import plan

#: a bike-fitting studio with a referral that gives each side something different
_FIT = {
    "product": "professional bike fitting", "kind": "service", "brand": "Saddle Science",
    "description": "a 2-hour bike fit in our studio in Ghent, motion capture, saddle and cleat "
                   "set-up, a written report with your numbers, €180",
    "audience": "road cyclists and triathletes who ride long and hurt after",
    "tone": "friendly, a bit nerdy",
    "platforms": ["instagram", "facebook", "tiktok"], "posts_per_week": 4,
    "url": "https://saddlescience.be/book", "action": "book",
    "referral_reward": "€25 credit to you and a free cleat check for your friend when they book "
                       "their first fit",
    "differentiators": ["we film you riding before and after", "you keep the report"],
    "tips": ["Bring the shoes you actually ride in."],
}


def test_a_referral_giving_each_side_its_own_says_who_gets_what_once():
    cal = plan(_FIT, weeks=4)
    told = [p.text for p in cal.posts if "€25" in p.text]
    assert told, "the referral reward is in no post"
    for text in told:
        # "you get €25 credit to you and a free cleat check for your friend" said each side twice
        assert "credit to you" not in text, text
        assert "for your friend when" not in text and "check for your friend." not in text, text
    assert any(re.search(r"you get €25 credit and your friend gets a free cleat check", t)
               for t in told), told


#: an online course, nothing else said: a sparse digital brief
_KNOTS = {"product": "online sailing knots course for beginners", "kind": "digital",
          "platforms": ["instagram", "tiktok"]}


def test_a_sparse_digital_question_asks_of_what_it_is_for_not_the_product_line():
    cal = plan(_KNOTS, weeks=4)
    text = "\n".join(p.text for p in cal.posts)
    assert "anything like online sailing knots course" not in text
    asks = [p.text for p in cal.posts if p.tactic == "questions and polls" and "ever" in p.text]
    assert any("Have you ever learned sailing knots online?" in t for t in asks), \
        [p.text for p in cal.posts]


#: a florist whose giveaway is drawn on the day a new line launches
_FLOWERS = {
    "product": "seasonal flower bouquets", "kind": "product", "brand": "Stem & Stone",
    "description": "bouquets tied to order in our Utrecht shop, delivered by cargo bike the same "
                   "day, from €35",
    "audience": "people in Utrecht sending flowers for birthdays and thank-yous",
    "tone": "warm, light",
    "platforms": ["instagram", "facebook", "threads"],
    "cadence": {"instagram": 3, "facebook": 2, "threads": 2},
    "url": "https://stemandstone.nl", "action": "shop",
    "giveaway": "a month of weekly bouquets", "giveaway_ends": dt.date(2027, 1, 24),
    "giveaway_draw": dt.date(2027, 1, 25),
    "launch": {"what": "dried-flower wreaths", "date": dt.date(2027, 1, 25)},
    "differentiators": ["tied by hand the morning they go out", "delivered by cargo bike"],
    "tips": ["Cut the stems at an angle and change the water every two days."],
}


def test_a_launch_and_a_giveaway_winner_on_one_day_do_not_bunch_the_week_there():
    cal = plan(_FLOWERS, weeks=4)
    by_day = collections.Counter(p.date for p in cal.posts)
    week = [p for p in cal.posts if dt.date(2027, 1, 25) <= p.date <= dt.date(2027, 1, 31)]
    # the launch's day carries the launch on each platform, not the winner as well
    assert by_day[dt.date(2027, 1, 25)] <= len(_FLOWERS["platforms"]), \
        [(p.date, p.platform, p.text[:60]) for p in week]
    winners = [p for p in cal.posts if re.search(r"(?i)\bwinner\b", p.text)]
    assert winners, "no winner post"
    assert any(p.date > dt.date(2027, 1, 25) for p in winners)
    # a winner told after the draw day was messaged then, not "today"
    late = [p.text for p in winners if p.date > dt.date(2027, 1, 25)]
    assert not any(re.search(r"(?i)\btoday\b", t) for t in late), late
    # ... and the giveaway still says the day the brief gives for the draw
    assert any(re.search(r"(?i)(?:drawn|draw|pick)[^.]*(?:25 January|January 25)", p.text) for p in cal.posts
               if p.date < dt.date(2027, 1, 25)), [p.text for p in cal.posts if "giveaway" in p.text]


#: a coffee-bean subscription with a referral by the customer's own code
_BEANS = {
    "product": "freshly roasted coffee bean subscription", "kind": "product", "brand": "Kiln Coffee",
    "description": "250 g of a single-origin coffee roasted in Cork every fortnight, €14 a bag, "
                   "skip or cancel from your account",
    "audience": "people in Ireland who make filter coffee at home",
    "tone": "friendly, a little dry",
    "platforms": ["instagram", "facebook", "threads", "tiktok"], "posts_per_week": 5,
    "url": "https://kilncoffee.ie", "action": "subscribe",
    "referral_reward": "a free bag for you when a friend subscribes with your referral code",
    "differentiators": ["roasted the day before it ships", "we tell you the farm"],
    "tips": ["Grind just before you brew.", "Keep beans in the bag, not the fridge."],
    "faqs": [{"question": "Can I skip a delivery?", "answer": "Yes, from your account, up to "
                                                             "two days before it ships."}],
}


def _referral_posts(cal):
    return [p for p in cal.posts if "free bag" in p.text]


def test_a_referral_by_code_invents_no_way_of_getting_the_code():
    cal = plan(_BEANS, weeks=4)
    posts = _referral_posts(cal)
    assert posts, "the referral reward is in no post"
    for p in posts:
        assert not re.search(r"(?i)message us for your|and we'll send it|reply to this story for",
                             p.text + "\n" + (p.cta or "")), p.text


def test_a_referral_code_the_brief_places_is_said_where_it_is():
    raw = dict(_BEANS, referral_reward="a free bag for you when a friend subscribes with your "
                                       "referral code from your account page")
    posts = [p for n in (3, 5, 7) for p in _referral_posts(plan(dict(raw, posts_per_week=n),
                                                                 weeks=6))]
    assert posts
    for p in posts:
        # (the brief says where the code is: "No code yet? Message us" contradicts it)
        assert not re.search(r"(?i)message us for your|and we'll send it|code yet", p.text), p.text


def test_two_referral_posts_stand_a_week_apart_whatever_their_platforms():
    for raw in (_BEANS, dict(_BEANS, posts_per_week=7)):
        days = sorted(p.date for p in plan(raw, weeks=4).posts
                      if p.tactic == "referral programme")
        assert all((b - a).days >= 7 for a, b in zip(days, days[1:])), days


#: a plant shop's Instagram live whose title is two sentences
_PLANTS = {
    "product": "rare houseplants", "kind": "product", "brand": "Leaf Lab",
    "description": "rare aroids and hoyas grown in our Rotterdam greenhouse, shipped in heat packs "
                   "across the Netherlands, from €18",
    "audience": "plant collectors in the Netherlands",
    "tone": "chatty, nerdy",
    "platforms": ["instagram", "tiktok", "threads"],
    "cadence": {"instagram": 3, "tiktok": 3, "threads": 2},
    "url": "https://leaflab.nl", "action": "shop",
    "events": [{"title": "Root rot or thirst? Live plant clinic with your photos",
                "when": dt.datetime(2027, 1, 14, 20, 0), "platform": "instagram"}],
    "differentiators": ["every plant is rooted before it ships", "heat packs from November"],
    "tips": ["Water when the top two centimetres are dry.", "Turn the pot a quarter each week."],
    "faqs": [{"question": "Do you ship in winter?", "answer": "Yes, with a heat pack."}],
}


def test_a_live_whose_title_is_two_sentences_is_told_on_its_own_platform():
    cal = plan(_PLANTS, weeks=3)
    told = [p for p in cal.posts if "Live plant clinic" in p.text]
    insta = [p for p in told if p.platform == "instagram"]
    # announced there ahead of its day, and reminded of there on the day
    assert any(p.date < dt.date(2027, 1, 14) for p in insta), [(p.date, p.platform) for p in told]
    assert any(p.date == dt.date(2027, 1, 14) for p in insta), [(p.date, p.platform) for p in told]
