"""Brand and country readings from the tuning split's misses, each tested on businesses of our
own: a town said after the brand was asked for is no brand ("based in Porto"); "studio is X"
gives X; a lower-case aside ("a level", "online over zoom", "X box actually") is no name,
so the name typed next is read; a product "making X, a …" names X; countries the table
lacked, and as their own people write them ("Perú", "Deutschland")."""

from __future__ import annotations

import pytest

from tests.brief_helpers import chat


@pytest.mark.parametrize("messages", [
    ("wooden toy trains, sold on our site, ig 3 a week", "based in Porto"),
    ("wooden toy trains, sold on our site, ig 3 a week", "located in Graz"),
])
def test_where_the_business_is_never_the_brand(messages):
    assert chat(*messages).brief.brand == ""


def test_the_kind_of_business_before_its_name_is_left_out():
    brief = chat("hand-poured resin coasters, ig 4 a week", "shop is Tidemark Resin").brief
    assert brief.brand == "Tidemark Resin"


@pytest.mark.parametrize("aside", ["a level", "online over zoom", "yoga studio actually"])
def test_a_lower_case_aside_is_no_name_and_the_name_after_it_is(aside):
    brief = chat("i tutor physics for teenagers, tiktok 5 a week", aside, "Physics with Priya").brief
    assert brief.brand == "Physics with Priya"


def test_a_named_thing_being_made_is_the_brand():
    brief = chat("we're two developers making Sproutly, a plant care app for beginners, "
                 "ig and tiktok 3 a week each").brief
    assert brief.brand == "Sproutly"


@pytest.mark.parametrize("message, iso", [
    ("we knit alpaca hats in Cusco, Perú, instagram 3 a week", "PE"),
    ("handmade leather sandals from Ghana, ig 2 a week", "GH"),
    ("Wir sind eine kleine Rösterei in Deutschland, Instagram 3x die Woche", "DE"),
    ("surf lessons in Sri Lanka, instagram daily", "LK"),
])
def test_countries_the_table_lacked(message, iso):
    assert chat(message).brief.country == iso


def test_a_country_as_its_people_write_it_is_no_brand():
    assert chat("we sell ceramic tiles", "little studio in Cusco, Perú").brief.brand == ""


@pytest.mark.parametrize("messages, product", [
    (("hey", "me and my cousin run a gutter cleaning business"), "gutter cleaning"),
    (("my wife and I make goat milk fudge, sold at markets",), "goat milk fudge"),
])
def test_the_seller_and_another_read_as_we(messages, product):
    # "me and my buddy run …": the clause read as "we run …", its business the product
    assert chat(*messages).brief.product == product


def test_a_name_that_opens_with_in_is_still_a_name():
    assert chat("wedding flowers, ig 3 a week", "In Bloom Florals").brief.brand == "In Bloom Florals"
