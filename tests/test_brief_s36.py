"""Session 36 (issue 14): messages with a price, an offer or a correction in them, and a
how-often that is not a number of posts, each said here by other trades than the tester's:
a correction inside the message keeps the corrected value, a first visit free or off is an
offer (with its condition), a price said beside an offer is kept, a thousands separator is
no clause break, a service's frequency or opening hours are not posts a week, and a channel
the planner cannot plan is said back."""

from __future__ import annotations

import datetime as dt

from planner.brief.dialogue import Dialogue
from planner.brief.parse import parse_brief_text
from planner.domain.brief import Brief

TODAY = dt.date(2026, 12, 7)


def said(*messages: str, product: str = "", kind: str = "product"):
    brief, dialogue, update = Brief(product=product, kind=kind), Dialogue(), None
    for text in messages:
        update = parse_brief_text(text, brief, dialogue, today=TODAY)
        brief = update.brief
    return brief, update


# ---- corrections inside one message ---------------------------------------------------------

def test_a_price_taken_back_with_sorry_keeps_the_second_price():
    brief, _ = said("a full service is R2,400, sorry R2,100, includes oil and filters",
                    product="mobile mechanic", kind="service")
    assert "2,400" not in brief.description
    brief, _ = said("the annual plan is ₹4,500, sorry ₹4,000, includes payroll",
                    product="bookkeeping app", kind="digital")
    assert brief.description == "The annual plan is ₹4,000, includes payroll"


def test_a_posts_count_taken_back_with_actually_make_it_keeps_the_second():
    brief, _ = said("we're on instagram, maybe 5 posts a week, actually make it 3, it's just me",
                    product="flowers")
    assert brief.posts_per_week == 3


def test_a_clause_taken_back_with_no_wait_is_not_kept():
    from planner.brief.fields.corrections import inline
    assert inline("we deliver in town, you pay for parking. no wait we park free at the back") == \
        "we deliver in town, we park free at the back"


# ---- offers and prices ----------------------------------------------------------------------

def test_a_first_visit_said_free_is_an_offer_and_the_price_beside_it_is_kept():
    brief, update = said("i charge $40 a walk and first walk is free", product="dog walking", kind="service")
    assert brief.offer is not None and brief.offer.discount == "first walk free"
    assert brief.description == "I charge $40 a walk"
    assert update.understood


def test_a_first_thing_off_keeps_its_condition():
    brief, update = said("first arrangement is 15% off", product="flowers")
    assert brief.offer is not None and brief.offer.discount == "15% off"
    assert brief.offer.condition == "on your first arrangement"
    assert any("first arrangement" in line for line in update.understood)


# ---- how often, that is not posting ---------------------------------------------------------

def test_a_service_frequency_is_not_posts_a_week():
    brief, update = said("daily walks and weekly grooming, small dogs only", product="dog walking",
                         kind="service")
    assert "posts_per_week" not in update.changed
    brief, update = said("we post on instagram 3 times a week", "open 7am to 6pm every day",
                         product="flowers")
    assert brief.posts_per_week == 3


    brief, _ = said("about 4 a week", product="flowers")  # a count alone is still a cadence
    assert brief.posts_per_week == 4


def test_a_channel_the_planner_cannot_plan_is_said_back():
    brief, update = said("we're on instagram and snapchat", product="flowers")
    assert brief.platforms == ["instagram"]
    assert any("Snapchat" in line for line in update.understood)


# ---- fields in their place ------------------------------------------------------------------

def test_people_who_find_the_seller_are_the_audience():
    brief, _ = said("dog owners find me on facebook mostly", product="dog walking", kind="service")
    assert brief.audience == "dog owners"
    brief, _ = said("people find us on google", product="dog walking", kind="service")
    assert brief.audience == ""


def test_a_chatty_aside_is_never_the_description_or_the_audience():
    brief, _ = said("spring weddings are in april so thats when brides panic lol", product="flowers")
    assert brief.description == "" and brief.audience == ""
    dialogue = Dialogue()
    dialogue.asked = "audience"
    update = parse_brief_text("tax returns are in january so thats when everyone panics lol",
                              Brief(product="bookkeeping app", kind="digital"), dialogue, today=TODAY)
    assert update.brief.audience == ""


def test_a_list_of_services_is_what_is_sold_and_booking_by_message_is_where():
    brief, _ = said("oil changes, brake pads, tyre swaps, call outs welcome or book on whatsapp",
                    product="mobile mechanic", kind="service")
    assert brief.audience == ""
    assert brief.description == "Oil changes, brake pads, tyre swaps"
    assert brief.sells_on == ["whatsapp"]


def test_people_before_mostly_and_what_they_want_stay_in_the_audience():
    brief, _ = said("gardeners, mostly retired couples in kent", product="seeds")
    assert brief.audience == "gardeners, mostly retired couples in kent"
    brief, _ = said("our buyers are people who cook every day and want a knife that lasts", product="knives")
    assert brief.audience.endswith("and want a knife that lasts")


# ---- the product ----------------------------------------------------------------------------

def test_a_side_activity_never_replaces_the_product():
    brief, _ = said("we post on instagram twice a week and we do a weekly podcast", product="sourdough bread")
    assert brief.product == "sourdough bread"
    brief, _ = said("i also do a monthly email for regulars", product="wedding flowers")
    assert brief.product == "wedding flowers"


def test_goods_made_by_hand_with_any_verb_are_the_product():
    brief, _ = said("i hand carve spoons in my garage in york")
    assert brief.product == "spoons"
    brief, _ = said("we hand dye silk scarves at home in cork")
    assert brief.product == "silk scarves"


def test_a_business_booked_for_occasions_is_a_service():
    brief, _ = said("we run an ice cream cart in bristol, we do weddings and corporate events")
    assert brief.kind == "service"


def test_a_price_in_a_local_currency_word_is_kept():
    brief, _ = said("full groom 2500 shillings, nail clip 400", product="dog grooming", kind="service")
    assert brief.description == "Full groom 2500 shillings, nail clip 400"
