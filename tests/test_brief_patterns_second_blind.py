"""General patterns of the free-text brief parser found by studying the misses of h301-h375
(the first half of the second blind set, tuned on since): each reading is tested on phrasings
of its own, never the benchmark's. Messages in other languages are in
``test_brief_patterns_languages.py``."""

from __future__ import annotations

import pytest

from planner.brief.noise import channel_talk
from tests.brief_helpers import chat, read


# ---- a product is never made of platforms, how often, or a greeting ------------------------

@pytest.mark.parametrize("value,noise", [
    ("ig 4x/wk", True), ("tiktok daily", True), ("fb + insta", True), ("yt 2x", True),
    ("Bonjour", True), ("hiya", True),
    ("soy candles", False), ("x-ray reports", False), ("instagram templates", False),
    ("shorts", False), ("twice-baked cheesecakes", False),
])
def test_channel_talk(value, noise):
    assert channel_talk(value) is noise


@pytest.mark.parametrize("text,product", [
    # a name set off by an emoji, then how often: the product said first stands
    ("beeswax wraps, three sizes. Wrapt Studio 🐝 tiktok 2x/wk", "beeswax wraps"),
    ("Marlow Pickles ✨ fb daily", ""),
])
def test_a_product_made_of_platform_and_cadence_words_is_refused(text, product):
    assert read(text).product == product


# ---- "tt" is TikTok beside how often ----------------------------------------------------------

@pytest.mark.parametrize("text,platforms", [
    ("tt 5x a week", ["tiktok"]),
    ("insta 2x, tt daily", ["instagram", "tiktok"]),
    ("tt: every day", ["tiktok"]),
])
def test_tt_is_tiktok_beside_a_cadence(text, platforms):
    assert sorted(read(text).platforms) == sorted(platforms)


def test_tt_alone_is_not_a_platform():
    assert "tiktok" not in read("we sell tt bikes, the tt races are our busy time").platforms


# ---- numbers beside platforms, the unit said once or not at all --------------------------------

@pytest.mark.parametrize("text,cadence", [
    ("fb 2x, yt 1x, insta 4x a week", {"facebook": 2, "youtube": 1, "instagram": 4}),
    ("pinterest 5, instagram 2, linkedin 1", {"pinterest": 5, "instagram": 2, "linkedin": 1}),
    ("instagram: 3\nfacebook: 1", {"instagram": 3, "facebook": 1}),
])
def test_numbers_beside_platforms(text, cadence):
    assert read(text).cadence == cadence


@pytest.mark.parametrize("text,cadence", [
    ("tiktok and insta, 4 and 2", {"tiktok": 4, "instagram": 2}),
    ("youtube + pinterest, 1 and 6 per week", {"youtube": 1, "pinterest": 6}),
    ("channels: facebook, instagram, x. posting: 1 / 3 / 5", {"facebook": 1, "instagram": 3, "x": 5}),
    ("linkedin and fb - 2 and 3 a week", {"linkedin": 2, "facebook": 3}),
])
def test_platforms_then_their_numbers_in_order(text, cadence):
    assert read(text).cadence == cadence


@pytest.mark.parametrize("text", [
    "instagram 10k followers, facebook 2k",        # audience sizes, not posts
    "tiktok and insta, 3 and 4 years old",          # no cadence: ages
    "facebook and instagram, 20% and 10% off",      # offers
])
def test_numbers_that_are_not_a_cadence(text):
    assert not read(text).cadence


# ---- the brand, said in more ways -----------------------------------------------------------

@pytest.mark.parametrize("text,brand", [
    ("the brand is just Copper Finch, no 'studio' on the end", "Copper Finch"),
    ("brand's now Hazel & Hive", "Hazel & Hive"),
    ("brand? its Tallow & Thyme", "Tallow & Thyme"),
    ("seller name on vinted is loopsandlace", "loopsandlace"),
    ("our shop name on etsy is Bramble Lane Prints", "Bramble Lane Prints"),
    ("name?? ok fine it's Tin Lid Bakery", "Tin Lid Bakery"),
    ("no wait, its Otter & Oak", "Otter & Oak"),
    ("we're a climbing gym, Crux Collective", "Crux Collective"),
    ("i own a tattoo parlour in Hull, Black Anchor Ink, walk ins welcome", "Black Anchor Ink"),
    ("About Pebble Cove Kayaks\nWe run guided kayak trips from the harbour.", "Pebble Cove Kayaks"),
    ("Quillon is a note-taking app for lawyers", "Quillon"),
    ("Harbour Lane Dental has been looking after smiles since 1998.", "Harbour Lane Dental"),
    ("Glimmer Nest was founded in 2019 by two sisters.", "Glimmer Nest"),
])
def test_the_brand_said_in_more_ways(text, brand):
    assert read(text).brand == brand


def test_a_name_by_someone_alone_on_its_line_is_the_brand():
    session = chat("brow threading and tinting, from my home in Leeds", "Arches by Priya")
    assert (session.brief.brand, session.brief.product) == ("Arches by Priya", "brow threading and tinting")


@pytest.mark.parametrize("text", [
    "it's Black Friday soon so we want a sale",   # a date, not a name
    "it's Instagram I worry about",               # a platform
    "About Us\nWe sell candles.",                 # a page's heading, not a name
    "we're a bakery, Tuesday to Saturday",        # when it opens
])
def test_not_a_brand(text):
    assert read(text).brand == ""


# ---- who is taught, then what --------------------------------------------------------------

def test_a_list_of_who_is_taught_then_what():
    brief = read("Splash Club teaches babies, toddlers and children up to 8 to swim in warm pools.")
    assert (brief.product, brief.kind) == ("swimming lessons", "service")


def test_a_second_thing_run_in_the_same_message_does_not_replace_the_first():
    text = "We teach adults to sail on the lake. In August we also run kayak taster days."
    assert read(text).product == "sailing lessons"


# ---- what is sold ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,product", [
    # "on" and "for" that belong to the goods
    ("i do clip on earrings for sensitive ears", "clip on earrings"),
    ("we make press-on nails", "press-on nails"),
    ("we sell heated beds for dogs", "heated beds for dogs"),
    # how the goods are made ends them, like "roasted" and "baked"
    ("we make chilli jam, plum sauce and kimchi fermented in our barn", "chilli jam, plum sauce and kimchi"),
    # "… + a smoked one": a kind of the first, not another product
    ("we brew pale ale + a smoked one", "pale ale"),
    # a trailing "secondhand" goes before the goods
    ("selling designer coats secondhand on vinted", "secondhand designer coats"),
    # a list whose later items say how it is made is one product ("printed and hand sewn")
    ("we sell a recipe journal, printed and hand sewn, on etsy", "recipe journal"),
    # "what:" as a form's label
    ("name: Fold Studio\nwhat: origami wall art\nwhere: etsy", "origami wall art"),
])
def test_what_is_sold_more_readings(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text,product", [
    # a maker or a place, then its goods after a comma
    ("we're a florist, wedding bouquets mostly", "wedding bouquets"),
    ("I'm a potter, stoneware mugs and bowls", "stoneware mugs and bowls"),
    ("we're a small cider farm, dry cider and perry", "dry cider and perry"),
    # an emoji after the business sets off its goods
    ("we have a coffee van ☕ flat whites and cinnamon buns", "flat whites and cinnamon buns"),
])
def test_a_maker_or_place_then_its_goods(text, product):
    assert read(text).product == product


def test_who_a_service_is_for_is_not_what_is_sold():
    brief = read("we're a window cleaning company, offices and shops in Derby")
    assert (brief.product, brief.kind) == ("window cleaning", "service")


def test_a_number_of_things_a_week_is_never_the_product():
    assert read("We run 24 classes a week from our yoga studio.").product != "24 classes a week"


def test_a_product_opening_a_message_with_a_number_after_it():
    # "Dublin 8" is where, after the comma: the product said first still stands
    assert read("gel nails + nail art, home studio in Dublin 8").product == "gel nails + nail art"


@pytest.mark.parametrize("text,product", [
    ("buy one get one free on all scented candles, code BOGOCANDLE", "scented candles"),
    ("25% off all prints with PRINT25", ""),  # with a code and "off all", about the promotion
])
def test_what_an_offer_with_a_code_is_on(text, product):
    assert read(text).product == product


# ---- offers: ended promotions, free shipping for a while, free things, periods ----------------

def _offer(brief):
    o = brief.offer
    return None if o is None else {k: v for k, v in (("code", o.code), ("discount", o.discount),
                                                      ("starts", o.starts), ("ends", o.ends)) if v}


@pytest.mark.parametrize("text,offer", [
    # a promotion said as over is no offer
    ("our summer sale is finished (code SUN30), nothing running now", None),
    ("halloween promo (SPOOKY15 ended last week)", None),
    # ... but the one still running stands
    ("HALLO10 has expired but XMAS20 gets 20% off until dec 24",
     {"code": "XMAS20", "discount": "20% off", "ends": __import__("datetime").date(2026, 12, 24)}),
])
def test_an_ended_promotion_is_no_offer(text, offer):
    assert _offer(read(text)) == offer


def test_free_shipping_for_a_while_is_the_offer():
    import datetime as dt
    brief = read("free delivery on orders over £40 until dec 20")
    assert _offer(brief) == {"discount": "free delivery on orders over £40", "ends": dt.date(2026, 12, 20)} \
        or _offer(brief) == {"discount": "free shipping on orders over £40", "ends": dt.date(2026, 12, 20)}
    assert not brief.free_shipping


def test_free_shipping_always_is_not_an_offer():
    brief = read("we always do free shipping on orders over $60")
    assert brief.offer is None and brief.free_shipping == "on orders over $60"


def test_a_code_for_free_shipping():
    assert _offer(read("use SHIPIT (free shipping) on everything")) == {"code": "SHIPIT", "discount": "free shipping"}


@pytest.mark.parametrize("text,discount", [
    ("this month: 1 free taster class with code TASTE1", "1 free taster class"),
    ("buy 2 candles get 1 free", "buy 2 candles get 1 free"),
])
def test_a_free_thing_or_multibuy_is_the_discount(text, discount):
    assert read(text).offer.discount == discount


@pytest.mark.parametrize("text,starts,ends", [
    # TODAY is Monday 2026-11-02
    ("free gift wrap this weekend only", (2026, 11, 7), (2026, 11, 8)),
    ("10% off repairs booked this month", None, (2026, 11, 30)),
    ("flash sale 20% off. runs nov 20 to nov 23", (2026, 11, 20), (2026, 11, 23)),
])
def test_when_an_offer_runs(text, starts, ends):
    import datetime as dt
    offer = read(text).offer
    assert (offer.starts, offer.ends) == (dt.date(*starts) if starts else None, dt.date(*ends))


def test_a_sale_on_each_day_is_not_a_cadence():
    brief = read("advent sale: each day a different candle 25% off")
    assert not brief.cadence and brief.posts_per_week == 5


def test_no_offer_this_month_has_no_period():
    assert read("no discount this month").offer is None


# ---- platforms kept out, and cadences said loosely -------------------------------------------

@pytest.mark.parametrize("text,platforms", [
    ("Instagram: 3/wk\nPinterest: none, no time for it", ["instagram"]),
    ("facebook is pointless for my customers, instagram is where they are, 4 posts a week", ["instagram"]),
    ("tiktok 3x a week. we've got a youtube channel but it's just for family, don't plan anything for it",
     ["tiktok"]),
])
def test_a_platform_kept_out_of_the_plan(text, platforms):
    assert read(text).platforms == platforms


@pytest.mark.parametrize("text,cadence", [
    # each platform, then its cadence, by turns in one sentence
    ("facebook when we have new stock, so roughly every day, pinterest less, maybe 3x a week",
     {"facebook": 7, "pinterest": 3}),
    # a cadence in brackets after its platform, and "(so also 4)" after the next
    ("youtube (4x a week) and tiktok (same clips so also 4)", {"youtube": 4, "tiktok": 4}),
    # "daily-ish (say 6)": the number in brackets stands; "and x daily" is X
    ("instagram 2x a week and x daily-ish (say 6)", {"instagram": 2, "x": 6}),
])
def test_cadences_said_loosely(text, cadence):
    assert read(text).cadence == cadence


# ---- what is sold, in pasted "about" pages ------------------------------------------------------

@pytest.mark.parametrize("text,product", [
    ("We are four accountants in Leeds who do one thing: payroll for restaurants.", "payroll"),
    ("Our flagship service is a fixed-price website speed audit: one week, one report.", "website speed audit"),
    ("Our main product is a flat-fee tax return service.", "tax return"),  # "service" says the kind
    ("Family farm since 1920. We ship raw wildflower honey in glass jars across the UK.", "raw wildflower honey"),
    ("Tallyo is a receipt-scanning expense app for freelancers. Free for 14 days.", "receipt-scanning expense app"),
    ("We run prenatal and postnatal yoga from our studio.", "prenatal and postnatal yoga"),
])
def test_what_is_sold_in_a_pasted_page(text, product):
    assert read(text).product == product


def test_shipping_said_is_not_a_product():
    assert read("We sell hand-thrown mugs. We ship within 48 hours.").product == "hand-thrown mugs"
    assert read("we ship worldwide from our studio").product == ""


def test_a_business_size_is_never_the_product():
    assert read("We're Pixel Pair, a two-person Shopify agency in Leeds.").product != "two-person"


def test_an_app_named_then_described_is_digital():
    assert read("Tallyo is a receipt-scanning expense app for freelancers.").kind == "digital"


# ---- probes written after h301-h375 -------------------------------------------------------------

@pytest.mark.parametrize("text,brand", [
    ("no brand really, just my depop name thriftwitch_22", "thriftwitch_22"),
    ("our etsy shop name is Moss & Mortar", "Moss & Mortar"),
    ("We help landlords track repairs with our app, Fixly Home.", "Fixly Home"),
])
def test_a_name_a_store_or_app_knows(text, brand):
    assert read(text).brand == brand


@pytest.mark.parametrize("text,product", [
    ("Our pottery studio runs hand-building workshops for adults.", "hand-building workshops"),
    ("we're a family run deli in bath, cured meats and cheeses mostly", "cured meats and cheeses"),
    ("We're a husband-and-wife bakery, rye bread and buns", "rye bread and buns"),
])
def test_what_a_business_runs_or_sells(text, product):
    assert read(text).product == product


def test_a_country_after_a_place_is_never_the_product():
    assert chat("we make macarons", "we're a little shop in ghent, belgium - no online store").brief.product \
        == "macarons"


@pytest.mark.parametrize("text,brand", [
    ("the name is Birch & Bloom, no wait, it's Birch & Bramble", "Birch & Bramble"),
    ("brand is Salt Lane, sorry, Salt Lane Studio", "Salt Lane Studio"),
    ("we're Moss Studio, sorry Instagram is new to me", "Moss Studio"),  # a platform is never the name
])
def test_a_brand_corrected_in_the_same_message(text, brand):
    assert read(text).brand == brand


@pytest.mark.parametrize("value", ["About", "Our Story", "sorry", "oops lol", "About us:"])
def test_headings_and_words_said_in_passing_are_never_the_product(value):
    assert channel_talk(value)


def test_a_pasted_page_under_its_heading():
    brief = read("About\n\nHarbour Wax Co. pours beeswax candles by hand in Padstow.")
    assert (brief.product, brief.brand) == ("beeswax candles", "Harbour Wax Co")


@pytest.mark.parametrize("text,cadence", [
    ("we post on insta 2-3 times a week and on fb maybe once", {"instagram": 3, "facebook": 1}),
    ("socials: FB x2, YT x1 weekly", {"facebook": 2, "youtube": 1}),
])
def test_more_cadences_said_loosely(text, cadence):
    assert read(text).cadence == cadence


def test_a_name_set_off_by_a_colon():
    assert read("Kestrel Ink: a tattoo studio in Hull. Insta 4 posts a week.").brand == "Kestrel Ink"
    assert read("Business: Wren Studio. We sell prints.").brand == "Wren Studio"  # a label is no name
