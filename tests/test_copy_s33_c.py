"""The plan as a whole, after blind read 32 (s33, helper c): a business with no customers
yet is introduced before it is asked for referrals, tags or reviews; one ask is not made
twice in a fortnight. Every brief here is our own."""

from __future__ import annotations

import datetime as dt

from tests.calendar_helpers import plan

#: a budgeting app with a referral reward and no reviews, customers' words or past posts
_BUDGET_APP = {
    "product": "Pennywise budgeting app", "kind": "digital", "brand": "Pennywise",
    "description": "budgeting app for couples: shared spending tracked from your bank cards, "
                   "bills split automatically, savings goals you fill together, free for one "
                   "shared budget, 3 EUR a month for more budgets",
    "audience": "young couples in Dublin who moved in together",
    "tone": "fun, a bit cheeky, emoji ok",
    "platforms": ["tiktok", "facebook", "x"],
    "sells_on": ["google play", "app store"],
    "url": "https://pennywise.ie", "action": "download", "hashtag": "#Pennywise",
    "referral_reward": "one month free of the paid plan when a friend signs up with your link",
    "country": "IE", "timezone": "Europe/Dublin",
    "problems": ["arguing about who paid for the groceries",
                 "a shared bank account nobody checks"],
    "cadence": {"tiktok": 4, "facebook": 2, "x": 3},
}

#: loyalty and advocacy posts that invite anyone, not customers (a giveaway, a live, a launch,
#: the offer): none in these briefs
_ASKS = ("loyalty", "advocacy")


def test_a_business_with_no_customers_yet_is_introduced_before_it_asks_them_anything():
    # (blind read 32: a new app's first week was referral, tag, UGC-challenge and review
    # asks, 7 of 14 posts advocacy, "introduce ourselves properly" in week 2)
    cal = plan(_BUDGET_APP, weeks=4)
    start = dt.date(2027, 1, 4)
    asks = [p for p in cal.posts if p.stage in _ASKS]
    assert all(p.date >= start + dt.timedelta(days=7) for p in asks), \
        [(p.date, p.platform, p.tactic) for p in asks]
    for p in asks:
        # its platform's followers were met first
        assert any(o.platform == p.platform and o.stage == "awareness" and o.date < p.date
                   or o.platform == p.platform and "budgeting app" in o.text and o.date < p.date
                   for o in cal.posts), (p.date, p.platform, p.tactic)
    # at most one ask a week, and never most of the calendar
    weeks = [(p.date - start).days // 7 for p in asks]
    assert all(weeks.count(w) <= 1 for w in weeks), [(p.date, p.tactic) for p in asks]
    assert len(asks) * 3 <= len(cal.posts), [(p.date, p.tactic) for p in cal.posts]


#: a bike workshop with reviews (customers to ask) and little else to say
_BIKE_SHOP = {
    "product": "bike repairs and servicing", "kind": "service", "brand": "Spoke & Chain",
    "description": "bike repairs and servicing in our workshop in Leith, Edinburgh, a basic "
                   "service from 45 pounds, most repairs done the same day",
    "audience": "commuters and weekend riders in Edinburgh",
    "tone": "friendly, down to earth",
    "platforms": ["instagram", "facebook", "x"],
    "url": "https://spokeandchain.co.uk", "hashtag": "#SpokeAndChain",
    "reviews": "4.8 stars from 210 Google reviews",
    "country": "GB", "timezone": "Europe/London",
    "cadence": {"instagram": 3, "facebook": 3, "x": 2},
}


def test_the_same_ask_is_not_made_again_within_a_fortnight_on_any_platform():
    # (blind read 32: "Tag us" on X, TikTok and X again in eight days, the visual word for word)
    cal = plan(_BIKE_SHOP, weeks=4)
    asks = [p for p in cal.posts if p.stage in _ASKS]
    assert asks
    for i, p in enumerate(asks):
        for q in asks[i + 1:]:
            assert not (p.tactic == q.tactic and abs((q.date - p.date).days) < 14), \
                [(a.date, a.platform, a.tactic) for a in asks]


#: wooden balance boards for children, sold online in Ireland; nothing in it says gift
_BALANCE_BOARD = {
    "product": "wooden balance boards", "kind": "product", "brand": "Wobbly Oak",
    "description": "curved balance boards for toddlers and preschoolers, made from Irish ash "
                   "in our workshop in Cork, 89 euro, finished with a child-safe oil",
    "audience": "parents of children from 18 months to 6",
    "tone": "plain, friendly",
    "platforms": ["instagram", "pinterest"],
    "url": "https://wobblyoak.ie", "country": "IE", "timezone": "Europe/Dublin",
    "tips": ["Start on a rug with the board rocking gently, and let them find their feet."],
    "cadence": {"instagram": 3, "pinterest": 2},
}

#: hand-made chocolates in Brazil: a present, but Valentine's Day is not Brazil's day for it
_CHOCOLATES = {
    "product": "handmade chocolate truffles", "kind": "product", "brand": "Cacau da Vila",
    "description": "handmade truffles from Bahia cocoa, boxes of 9 or 16, a lovely gift, "
                   "delivered across Curitiba",
    "audience": "chocolate lovers in Curitiba",
    "tone": "warm, playful",
    "platforms": ["instagram", "tiktok"],
    "url": "https://cacaudavila.com.br", "country": "BR", "timezone": "America/Sao_Paulo",
    "cadence": {"instagram": 3, "tiktok": 2},
}


def test_a_childs_goods_are_not_a_valentines_present():
    # (blind read 32: "For your Valentine's Day list: the Pikler climbing triangles")
    cal = plan(_BALANCE_BOARD, weeks=5, start=dt.date(2027, 1, 18))
    said = [p.text for p in cal.posts if "valentine" in p.text.lower()]
    assert not said, said


def test_valentines_day_is_not_named_where_the_country_keeps_another_day():
    # (blind read 32: "Buying for someone this Valentine's Day?" for a São Paulo business;
    # Brazil's couples celebrate Dia dos Namorados on 12 June)
    from planner.domain.moments import moments_between

    assert "Valentine's Day" not in moments_between(dt.date(2027, 2, 1), dt.date(2027, 2, 28),
                                                    "BR").values()
    assert "Valentine's Day" in moments_between(dt.date(2027, 2, 1), dt.date(2027, 2, 28),
                                                "IE").values()
    cal = plan(_CHOCOLATES, weeks=5, start=dt.date(2027, 1, 18))
    said = [p.text for p in cal.posts if "valentine" in p.text.lower()]
    assert not said, said


#: a sock knitter's giveaway on two platforms, drawn three days after entries close
_SOCKS = {
    "product": "hand-knitted wool socks", "kind": "product", "brand": "Toasty Toes",
    "description": "hand-knitted socks from Shetland wool, knitted in Lerwick, 28 pounds a pair, "
                   "sizes 3 to 12",
    "audience": "walkers and people with cold feet across the UK",
    "tone": "warm, friendly",
    "platforms": ["instagram", "facebook"],
    "url": "https://toastytoes.co.uk", "country": "GB", "timezone": "Europe/London",
    "giveaway": "three pairs of socks in the colours of your choice",
    "giveaway_ends": dt.date(2027, 1, 24), "giveaway_draw": dt.date(2027, 1, 27),
    "tips": ["Wash them cool and dry them flat, never on the radiator."],
    "story": ["Morag learned to knit from her gran and sold her first pairs at the Lerwick market."],
    "cadence": {"instagram": 3, "facebook": 3},
}


def test_a_giveaways_winner_is_told_on_its_draw_day_not_before():
    # (blind read 32: the Instagram winner post on 1 February, the draw on 2 February)
    cal = plan(_SOCKS, weeks=4)
    won = [p for p in cal.posts if p.tactic == "giveaway winner"]
    assert won, [(p.date, p.platform, p.tactic) for p in cal.posts]
    assert all(p.date >= dt.date(2027, 1, 27) for p in won), [(p.date, p.platform) for p in won]


def test_each_platform_that_opened_a_giveaway_is_reminded_in_its_last_days():
    # (blind read 32: only TikTok reminded, Instagram's second reminder turned down as the
    # first again: "The prize is three months of weekly bouquets" had one wording)
    cal = plan(_SOCKS, weeks=4)
    opened = {p.platform for p in cal.posts if p.tactic == "follow giveaway"}
    assert opened == {"instagram", "facebook"}, [(p.date, p.platform, p.tactic) for p in cal.posts]
    for platform in opened:
        assert any(p.platform == platform and p.tactic == "follow giveaway"
                   and dt.date(2027, 1, 21) <= p.date <= dt.date(2027, 1, 24)
                   for p in cal.posts), (platform, [(p.date, p.platform, p.tactic)
                                                    for p in cal.posts])


def test_a_buyers_question_is_not_cheered():
    # (blind read 32: "Do you hold our money? 🙌" on a savings app's FAQ post)
    from planner.planning.phrasebook import post_in_voice

    question = "Can you see our bank passwords?"
    answer = "No. Pennywise never sees a password."
    text = f"Before you sign up, people ask:\n\n{question}\n{answer}\n\nGet it: link in bio"
    said, _ = post_in_voice(text, "Get it: link in bio", "playful", emoji=True,
                            platform="tiktok", keep=(question, answer))
    line = next(x for x in said.split("\n") if question in x)
    assert line.rstrip().endswith("?"), said
