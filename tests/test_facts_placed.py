"""The brief's facts used where they belong (blind read 20): a rich brief's own knowledge
(its tips, story, problems, FAQs and differences) reaches posts before promotion mechanics
repeat, and promotions take at most about half a calendar that has other facts."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PROMOTION_NEEDS, PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

LIB = TemplateLibrary()

# a business of our own: hand-dyed yarn from the west of Ireland, every mechanic there is
YARN = {
    "product": "hand-dyed merino yarn", "kind": "product", "brand": "Bog Cotton Yarns",
    "description": "small-batch merino and mohair yarn dyed in a shed outside Westport, "
                   "about 30 colourways, €18 a skein",
    "audience": "knitters around Ireland, from first scarves to fair isle jumpers",
    "tone": "warm, chatty",
    "platforms": ["instagram", "facebook", "pinterest"], "sells_on": ["website"],
    "url": "https://bogcotton.example", "start": dt.date(2027, 3, 1), "weeks": 4,
    "country": "IE", "solo": True, "action": "shop",
    "cadence": {"instagram": 3, "facebook": 2, "pinterest": 2},
    "referral_reward": "€5 off for you and a friend when they place their first order",
    "customer_perk": "a free mini skein with your next order, code MINIBACK",
    "free_shipping": "on orders over €60 within Ireland",
    "giveaway": "a sweater's worth of yarn in the colourway of your choice",
    "giveaway_ends": dt.date(2027, 3, 24),
    "reviews": "4.8 stars from 140 Etsy buyers",
    "community": "our Facebook group, Westport Knit Night",
    "problems": ["skeins that bleed dye into the rest of the jumper on the first wash",
                 "colourways that look nothing like the photo when they arrive"],
    "differentiators": ["every skein is washed twice before it leaves the shed",
                        "each colourway is photographed outdoors in daylight"],
    "story": ["My aunt taught me to dye wool with onion skins in her kitchen.",
              "I sold my first twelve skeins at the Westport craft fair in 2019.",
              "The dye pots live in a converted turf shed behind the house."],
    "tips": ["Soak a new skein in cool water before you wind it, and it relaxes into an even ball.",
             "Alternate two skeins every couple of rows so a hand-dyed jumper has no stripes.",
             "Dry hand knits flat on a towel, never on a radiator."],
    "faqs": [{"question": "Do you post to the UK?", "answer": "Yes, tracked post to the UK takes four to six days."},
             {"question": "Is the mohair ethical?", "answer": "It comes from a mulesing-free farm in South Africa."}],
    "offer": {"code": "SPRING15", "discount": "15% off all yarn",
              "starts": dt.date(2027, 3, 5), "ends": dt.date(2027, 3, 14)},
}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _told(item: str, posts) -> bool:
    said = " " + " ".join(_words(p.text) for p in posts) + " "
    words = _words(item).split()
    return " ".join(words[1:6]) in said


def _plan(brief_dict=YARN, seed=3):
    brief = brief_from_dict(brief_dict)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=seed))
    return brief, cal.posts


def test_every_tip_and_the_story_reach_a_post_of_a_rich_brief():
    for seed in (1, 3):
        _, posts = _plan(seed=seed)
        assert all(_told(t, posts) for t in YARN["tips"]), seed
        assert _told(YARN["story"][0], posts), seed
        assert sum(_told(f["answer"], posts) for f in YARN["faqs"]) == len(YARN["faqs"]), seed


def test_promotions_take_at_most_about_half_a_calendar_with_other_facts():
    _, posts = _plan()
    promos = [p for p in posts if PROMOTION_NEEDS & set(LIB.get(p.template).needs)]
    assert len(promos) * 2 <= len(posts) + 2, [p.template for p in promos]


def test_a_mechanic_gets_no_second_post_on_a_platform_while_a_tip_is_untold():
    _, posts = _plan()
    posts = sorted(posts, key=lambda p: (p.date, p.time))
    seen: set[tuple[str, str]] = set()
    for i, p in enumerate(posts):
        needs = set(LIB.get(p.template).needs) & {"referral_reward", "customer_perk", "reviews"}
        for need in needs:
            if (p.platform, need) in seen:
                before = posts[:i]
                assert all(_told(t, before) for t in YARN["tips"]), (p.date, p.template)
            seen.add((p.platform, need))


def test_the_community_is_named_on_its_own_platform():
    _, posts = _plan()
    named = [p for p in posts if "westport knit night" in p.text.lower()]
    assert all(p.platform == "facebook" for p in named), [p.platform for p in named]


def test_offer_posts_say_free_shipping_with_its_threshold_and_area():
    # (read 23 moved this: free shipping in every offer post was 8 of 24 posts, two in a row
    # on a platform; it is now told in one post in four at most, never twice running on a
    # platform, and wherever it is told, with its threshold and area)
    from planner.planning.critic import tells_free_shipping

    brief, posts = _plan()
    offers = [p for p in posts if "SPRING15" in p.text and p.date <= dt.date(2027, 3, 14)]
    assert offers
    offers = [p for p in offers if tells_free_shipping(p.text, brief)]
    assert offers
    for p in offers:
        assert "over €60 within Ireland" in p.text, p.text
    # in words of ours that rotate, not one sentence pasted into every post
    lines = {ln for p in offers for ln in p.text.split("\n") if "€60" in ln}
    assert len(lines) >= min(2, len(offers))


def test_no_free_shipping_is_claimed_where_the_brief_has_none():
    _, posts = _plan({k: v for k, v in YARN.items() if k != "free_shipping"})
    for p in posts:
        assert not re.search(r"(?i)(free (shipping|postage|delivery)|shipping is (free|on us)"
                             r"|postage is free)", p.text), p.text


def _giveaway_posts(posts):
    return [p for p in posts if p.template == "awareness/follow-giveaway"]


def test_a_giveaway_opens_on_all_its_platforms_within_a_few_days_and_its_winner_on_each():
    from planner.planning.slots import GIVEAWAY_SPREAD

    for seed in (1, 3):
        _, posts = _plan(seed=seed)
        ga = _giveaway_posts(posts)
        opened = {}
        for p in sorted(ga, key=lambda p: p.date):
            opened.setdefault(p.platform, p.date)
        assert set(opened) == {"instagram", "facebook"}, seed
        assert (max(opened.values()) - min(opened.values())).days <= GIVEAWAY_SPREAD, opened
        won = {p.platform for p in posts if p.template == "loyalty/giveaway-winner"}
        assert won == set(opened), (seed, won)


def test_a_giveaway_on_several_platforms_says_it_is_one_draw():
    # (the opening posts: since read 23 a reminder says only when entries close and how to
    # enter, the rules are the opening post's)
    # (each platform's first giveaway post opens it: its later ones are reminders, s33)
    _, posts = _plan()
    first: dict = {}
    for p in sorted(_giveaway_posts(posts), key=lambda p: p.date):
        first.setdefault(p.platform, p)
    opening = list(first.values())
    assert opening
    for p in opening:
        assert "one draw" in p.text.lower(), p.text


def test_who_can_enter_comes_only_from_the_briefs_words():
    from planner.planning.context import giveaway_open_to

    base = {"product": "hand-dyed merino yarn", "platforms": ["instagram"], "giveaway": "a skein"}
    said = lambda **kw: giveaway_open_to(brief_from_dict(base | kw))  # noqa: E731
    assert said() == ""
    assert said(free_shipping="on orders over €60 within Ireland") == ""  # (free there, not only)
    assert said(giveaway="a skein, Ireland only") == "Open to people in Ireland only."
    assert said(giveaway="a skein, open to EU residents only") == "Open to EU residents only."
    assert said(faqs=[{"question": "Do you post to the US?",
                       "answer": "Sorry, we only ship within the UK for now."}]) == \
        "Open to people in the UK only."
    assert said(free_shipping="ships only to Canada") == "Open to people in Canada only."


def test_giveaway_posts_say_who_can_enter_when_the_brief_limits_it():
    faqs = YARN["faqs"] + [{"question": "Can you send yarn to America?",
                            "answer": "No, sorry, I only post within Ireland and the UK."}]
    _, posts = _plan(YARN | {"faqs": faqs})
    ga = _giveaway_posts(posts)
    assert ga and all("Open to people in Ireland and the UK only." in p.text for p in ga)
    _, posts = _plan()
    assert not any("Open to" in p.text for p in _giveaway_posts(posts))


def _launch_day_posts(extra):
    _, posts = _plan(YARN | extra)
    return [p for p in posts if p.template == "awareness/launch-day"]


def test_a_launch_day_says_new_once():
    days = _launch_day_posts({"launch": {"what": "a new merino colourway called Atlantic Storm",
                                         "date": dt.date(2027, 3, 18)}})
    assert days
    # (the range's price with the launch is no longer asked of every launch post: since
    # session 29 a price the calendar told already is not said again with the launch, helper
    # a's rule; which launch is an item of the range is checked just below)
    for p in days:
        first = p.text.split("\n")[0].lower()
        assert len(re.findall(r"\bnew\b", first)) <= 1, first
        assert "made with care" not in first


def test_a_launch_that_is_no_item_of_the_range_gets_no_price_of_ours():
    from planner.planning.context import launch_price

    brief = brief_from_dict(YARN | {"launch": {"what": "a knitting podcast",
                                               "date": dt.date(2027, 3, 18)}})
    assert launch_price(brief, ["A skein is €18."]) == ""
    priced = brief_from_dict(YARN | {"launch": {"what": "a merino hat kit at €35",
                                                "date": dt.date(2027, 3, 18)}})
    assert launch_price(priced, ["A skein is €18."]) == ""  # (the launch line says its own)


def test_a_referral_reward_is_said_as_our_sentence_with_who_it_is_for():
    from planner.planning.context import referral_said

    def said(reward, **kw):
        data = {"product": "x", "platforms": ["instagram"], "referral_reward": reward} | kw
        return referral_said(brief_from_dict(data))

    assert said("$5 off for you and a friend when they place their first order") == \
        "If you already shop with us and a friend places their first order, you both get $5 off."
    # a business that sells to businesses: a business you refer, never a friend
    b2b = said("two free weeks of cover when they sign a contract", b2b=True, kind="service")
    # (no contraction in a business-to-business brief's formal voice: "If you're" had every
    # referral post turned down, and read 22's B2B brief never told its reward)
    assert b2b == "If you are already a client and a business you refer signs a contract, " \
                  "you get two free weeks of cover."
    assert "friend" not in b2b
    assert said("a free pair for you and a friend") == ""  # (the templates say it as before)


def test_referral_posts_never_paste_the_reward_after_a_clause():
    _, posts = _plan()
    for p in posts:
        if "€5 off" in p.text:
            assert re.search(r"If you already shop with|For everyone who shops with", p.text), p.text


def test_a_perk_the_brief_gives_no_way_to_claim_gets_no_how_to_of_ours():
    perk = "a free wool wash kit once a year for members of our yarn club"
    _, posts = _plan(YARN | {"customer_perk": perk})
    for p in posts:
        if perk in p.text:
            assert not re.search(r"(?i)use it (?:on|here)|where to use it", p.text + p.cta), p.text


def test_the_rating_is_a_sentence_said_once_a_platform_and_read_only_where_linked():
    from planner.planning.context import reviews_linked, reviews_sentence

    assert reviews_sentence("4.8 stars from 140 Etsy buyers") == \
        "we have 4.8 stars from 140 Etsy buyers"
    assert reviews_sentence("Rated 4.7 on Google") == "we are rated 4.7 on Google"
    assert not reviews_linked(brief_from_dict(YARN))
    assert reviews_linked(brief_from_dict(YARN | {"url": "https://www.etsy.com/shop/bogcotton"}))
    # (seed 1: at seed 3 the rating rode on the Instagram last call's post, which since read 23
    # no longer has to give way for a third free-shipping line; where the rating lands is
    # this test's business, not whether one seed's last call carries it)
    _, posts = _plan(seed=1)
    rated = [p for p in posts if "4.8 stars from 140 Etsy buyers" in p.text]
    assert rated
    assert len({p.platform for p in rated}) == len(rated), [(p.date, p.platform) for p in rated]
    for p in rated:
        line = next(ln for ln in p.text.split("\n") if "4.8 stars" in ln)
        assert not line.startswith("4.8"), line
        assert "for yourself" not in p.text + p.cta
