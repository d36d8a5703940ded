"""The plan as a whole, after blind read 32 (s33, helper c): occasions that fit the country
and the goods, a giveaway's winner on its draw day, no cheer on a buyer's question. Every
brief here is our own."""

from __future__ import annotations

import datetime as dt

from tests.calendar_helpers import plan

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
