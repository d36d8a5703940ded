"""Session 38 (issue 14), from chat test 37, said here by other trades: the kinds of a
product listed after "we do" are a line of the description, never the product; where the
buyers come from is who they are, never where the seller is nor the description; a town
typed before its country, no comma between, is where the seller is; a price in a currency
code after the amount is a price."""

from __future__ import annotations

import datetime as dt

from planner.brief.dialogue import Dialogue
from planner.brief.parse import parse_brief_text
from planner.domain.brief import Brief

TODAY = dt.date(2026, 12, 7)


def said(*messages: str, product: str = "", kind: str = "product", **fields):
    brief, dialogue, update = Brief(product=product, kind=kind, **fields), Dialogue(), None
    for text in messages:
        update = parse_brief_text(text, brief, dialogue, today=TODAY)
        brief = update.brief
    return brief, update


def test_the_kinds_listed_after_we_do_are_the_description_never_the_product():
    brief, _ = said("boxes start at 45 CHF a week, we do vegan, gluten free and paleo",
                    product="weekly lunch box delivery", kind="service")
    assert brief.product == "weekly lunch box delivery"
    assert "vegan, gluten free and paleo" in brief.description
    assert "45 CHF a week" in brief.description


def test_one_thing_done_or_a_correction_still_sets_the_product():
    brief, _ = said("we do gutter cleaning", product="window cleaning", kind="service")
    assert brief.product == "gutter cleaning"
    brief, _ = said("no, we do hen parties, birthdays and baby showers",
                    product="cocktail classes", kind="service")
    assert "hen parties" in brief.product
    brief, _ = said("we also do wedding cakes and cupcakes", product="sourdough bread")
    assert "sourdough bread" in brief.product and "wedding cakes" in brief.product


def test_where_the_buyers_come_from_is_who_they_are():
    brief, _ = said("clients mostly from canada and the us, busy professionals who want "
                    "low-maintenance plants", product="terrarium kits", country="IE")
    assert brief.audience == ("busy professionals who want low-maintenance plants, mostly from "
                              "Canada and the US")
    assert brief.country == "IE"
    assert not brief.description


def test_where_more_of_them_come_from_is_added_to_the_audience_never_the_country():
    brief, _ = said("students are mostly retirees who want to paint outdoors",
                    "lots from the netherlands and belgium",
                    product="watercolour painting holidays", kind="service", country="FR")
    assert brief.audience == ("retirees who want to paint outdoors, many from the Netherlands "
                              "and Belgium")
    assert brief.country == "FR"
    assert not brief.description


def test_a_town_typed_before_its_country_is_where_the_seller_is():
    brief, _ = said("we run a dive centre in dahab egypt", kind="service")
    assert brief.country == "EG"
    brief, _ = said("we sell olive oil in tins", product="")
    assert not brief.country


def test_an_amount_before_a_currency_code_is_a_price():
    brief, _ = said("a private lesson is 350 MAD", product="surf lessons", kind="service")
    assert "350 MAD" in brief.description
    brief, _ = said("sessions are 120 SGD", product="sports massage", kind="service")
    assert "120 SGD" in brief.description


def test_a_business_opened_lately_is_new_and_meets_its_audience_first():
    # (chat test 37: a studio opened in September had no awareness post at all)
    for text in ("we opened a climbing gym in lyon in october", "i just opened!",
                 "we launched our soap shop last month", "we started 3 months ago"):
        brief, update = said(text)
        assert brief.facts.new_brand, text
        assert any("new business" in line for line in update.understood), text
    for text in ("we started in 2015", "we launched a new scent in may",
                 "we launched a podcast last month"):
        brief, _ = said(text)
        assert not brief.facts.new_brand, text


def test_a_platform_less_than_weekly_is_told_how_it_is_planned():
    brief, update = said("pinterest is once every two weeks", product="linen aprons",
                         platforms=["instagram", "pinterest"], cadence={"instagram": 3, "pinterest": 2})
    assert brief.cadence["pinterest"] == 1
    assert any("planned as once a week" in line for line in update.understood), update.understood


def test_something_done_now_and_then_is_a_line_of_the_description_never_the_product():
    # (chat test 37: "i do flash days once a month …" became the tattoo artist's product)
    brief, _ = said("we do pop-up supper clubs once a month in the back room",
                    product="neapolitan pizza", kind="product")
    assert brief.product == "neapolitan pizza"
    assert "supper clubs once a month" in brief.description


def test_a_market_typed_in_lower_case_and_online_after_it_are_where_it_sells():
    # (chat test 38: "sell at st nicholas market on saturdays …, also online with local
    # delivery" was kept whole as the description, and posts said "Our also online has …")
    brief, _ = said("sell at the old corn exchange market on sundays and to a few delis, "
                    "also online with next day delivery", product="hot sauce")
    assert set(brief.sells_on) >= {"markets", "website"}
    assert "also online" not in brief.description


def test_the_kinds_listed_are_a_line_of_the_description_beside_the_price():
    brief, _ = said("scents are fig, cedar and sea salt, 200g tin is £12",
                    product="soy wax melts")
    assert "Scents are fig, cedar and sea salt" in brief.description
    assert "£12" in brief.description


def test_a_count_taken_back_keeps_the_platform_it_was_said_of():
    # (chat test 38: "facebook 3 times a week, no wait twice, and tiktok once" lost Facebook)
    brief, _ = said("we post on pinterest 4 times a week, no wait 3, and youtube once",
                    product="knitting patterns", kind="digital")
    assert brief.platforms == ["pinterest", "youtube"]
    assert brief.cadence == {"pinterest": 3, "youtube": 1}


def test_people_who_buy_and_where_many_come_from_are_the_audience():
    brief, _ = said("people who buy are mostly retired teachers who garden, lots from "
                    "scotland and wales", product="seed tins", country="IE")
    assert brief.audience == "retired teachers who garden, many from Scotland and Wales"
    assert brief.country == "IE"


def test_what_we_do_said_when_asked_who_buys_is_no_audience():
    # (chat test 38: "we park at the hawthorne food cart pod …" stored as audience "we park")
    brief, dialogue, update = Brief(product="crêpe van", kind="service"), Dialogue(), None
    dialogue.asked = "audience"
    update = parse_brief_text("we pitch up at the harbour car park every weekend and do "
                              "weddings", brief, dialogue, today=TODAY)
    assert not update.brief.audience
    assert "harbour car park" in update.brief.description
