"""General patterns of the free-text brief parser, continued from
``test_brief_patterns_blind.py``: readings found by studying the misses of the tuning items
written on 2026-12-03 (h451-h510) and of probes written the same way. Each reading is
tested on phrasings of its own, never the benchmark's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.brief_helpers import chat, read


# ---- readings from the h451-h510 items -------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # a lower-case word after "code" is the code when the offer is said beside it
    ("code is summer at checkout for 10% off", "summer"),
    ("promo code blossom gets you 15% off", "blossom"),
    ("use code thanks at checkout", "thanks"),
    ("the code is messy, sorry", ""),  # no offer around it
])
def test_a_lower_case_code_beside_its_offer(text, code):
    offer = read(text).offer
    assert (offer.code if offer else "") == code


@pytest.mark.parametrize("messages,product", [
    # "not X, Y" corrects the product X was part of
    (["we sell knitted tea cosies", "oops not tea cosies, egg cosies"], "egg cosies"),
    (["i make oak chopping boards", "not chopping boards - cheese boards"], "cheese boards"),
    (["we sell mugs", "not much, maybe 3 a week"], "mugs"),  # "much" was never the product
])
def test_not_this_that_corrects_the_product(messages, product):
    assert chat(*messages).brief.product == product


@pytest.mark.parametrize("text,product", [
    ("we sell cocktail kits, shaker and recipe cards included", "cocktail kits"),
    ("we sell bird boxes with the fixings thrown in", "bird boxes"),
    # "wholesale" before the goods says how they are sold
    ("we sell wholesale loose leaf tea to cafes", "loose leaf tea"),
    # how it is done ends the product
    ("we brew kombucha the old fashioned way", "kombucha"),
])
def test_what_comes_with_it_or_how_it_is_sold_is_no_product(text, product):
    assert read(text).product == product


def test_wholesale_before_the_goods_is_where_it_is_sold():
    assert read("we sell wholesale loose leaf tea to cafes").sells_on == ["wholesale"]


@pytest.mark.parametrize("text,product", [
    # a role with a letter wrong is still the role; a word far from any is not one
    ("i'm a freelance photografer in york", "photography"),
    ("I'm a copywritter for charities", "copywriting"),
    ("i'm a beginner at all this", ""),
    # roles read as what they offer
    ("I'm a wedding celebrant in Devon", "wedding ceremonies"),
    ("i'm a qualified osteopath", "osteopathy"),
])
def test_roles_with_typos_and_more_roles(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text,product", [
    # a sentence that is only the product, after a sentence that is only the name
    ("Shop name's Fern Hollow. dried flower wreaths. etsy", "dried flower wreaths"),
    ("our brand is Bramble. Botanical candles, insta only", "Botanical candles"),
    # the kind of business opening a sentence, then what it sells
    ("Cleaning business - end of tenancy cleans in Leeds", "end of tenancy cleans"),
    ("Pasting our notes:\nService: mobile bike repairs across Bristol", "mobile bike repairs"),
])
def test_what_is_sold_after_a_name_or_a_kind(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text,kind", [
    ("Tutoring company: piano and theory for grade exams", "service"),
    ("Service: wedding hair and makeup", "service"),
])
def test_a_kind_said_as_a_label_is_the_kind(text, kind):
    assert read(text).kind == kind


@pytest.mark.parametrize("messages,brand", [
    (["we bake bagels", "were called Hole Lotta Love"], "Hole Lotta Love"),
    (["its called Fig Tree Yoga"], "Fig Tree Yoga"),
    (["we were called Petal once"], ""),  # "we were": the past, not a name typed without its apostrophe
    (["we sell dinners", "brand is Supper for Two"], "Supper for Two"),
])
def test_called_without_the_apostrophe_and_for_in_a_name(messages, brand):
    assert chat(*messages).brief.brand == brand


@pytest.mark.parametrize("messages,cadence", [
    # the number before the platform, in a correction of how often
    (["facebook 4x a week", "no - 3 on facebook and 2 on linkedin"], {"facebook": 3, "linkedin": 2}),
    (["pinterest twice a week", "and 4 posts on instagram"], {"pinterest": 2, "instagram": 4}),
])
def test_number_then_platform_after_a_cadence(messages, cadence):
    assert chat(*messages).brief.cadence == cadence


@pytest.mark.parametrize("text,per_week", [
    ("pinterest weekly", 1),
    ("we post on facebook, weekly.", 1),
    ("our newsletter goes out weekly", 5),  # not about posting
])
def test_weekly_said_alone(text, per_week):
    assert read(text).posts_per_week == per_week


@pytest.mark.parametrize("text,product", [
    # a service said as what is done to things
    ("I proofread academic essays", "academic essay proofreading"),
    ("we wash cars and vans in Hull", "car and van washing"),
    ("i groom cats at home", "cat grooming"),
])
def test_a_service_said_as_what_is_done_to_things(text, product):
    brief = read(text)
    assert (brief.product, brief.kind) == (product, "service")


@pytest.mark.parametrize("text,product", [
    ("we ferment sauerkraut and kimchi", "sauerkraut and kimchi"),
    ("we forage wild mushrooms", "wild mushrooms"),
])
def test_more_making_verbs(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("messages,kind", [
    # a reply that is only how the thing is sent
    (["i paint house portraits", "digital or framed"], "product"),
    (["we sell budget planners", "pdfs only"], "digital"),
])
def test_how_it_is_sent_is_the_kind(messages, kind):
    session = chat(*messages)
    assert (session.brief.kind, session.brief.brand) == (kind, "")


@pytest.mark.parametrize("text,stores", [
    ("we sell online and at garden centres and farm shops", ["website", "local shops"]),
    ("you'll find us at the Harbourside market every sunday", ["markets"]),
    ("stocked in a few indie boutiques", ["local shops"]),
])
def test_shops_and_markets_said_without_a_store_name(text, stores):
    brief = read(text)
    assert (sorted(brief.sells_on), brief.product) == (sorted(stores), "")


@pytest.mark.parametrize("text,audience", [
    ("we hire out photo booths for weddings and events", ""),  # an event, not the people
    ("we sell cards for Fathers Day", ""),
    ("we print kits for sports clubs and choirs", "sports clubs and choirs"),
])
def test_whose_event_is_no_audience(text, audience):
    assert read(text).audience == audience


# ---- from further probes of my own ---------------------------------------------------------------

@pytest.mark.parametrize("text,brand", [
    # "on", "in", "at" end a name in lower case only
    ("brand is Hold On", "Hold On"),
    ("we're Glow in leeds", "Glow"),
    ("brand: Fern at markets", "Fern"),
    ("we're called Form & Fold, we make bags", "Form & Fold"),  # "Form" is no "for"
])
def test_small_words_in_names(text, brand):
    assert read(text).brand == brand


@pytest.mark.parametrize("text,expected", [
    # a line or range of goods is the goods; "called" ends who it is for
    ("I'm starting a haircare line for women called Mane Street",
     {"product": "haircare", "audience": "women", "brand": "Mane Street"}),
    ("we sell a new mug range", {"product": "mugs"}),
    # where the work is done ends the product
    ("Roofing contractor covering North Wales", {"product": "Roofing contractor"}),
    ("we make serving boards and cheese knives", {"product": "serving boards and cheese knives"}),
])
def test_lines_of_goods_and_where_work_is_done(text, expected):
    assert {k: getattr(read(text), k) for k in expected} == expected


@pytest.mark.parametrize("text,product", [
    ("Heating engineer covering Leeds and York", "Heating engineering"),
    ("i'm a structural engineer", "structural engineering"),
    ("I'm a chartered surveyor in Bath", "chartered surveying"),
])
def test_more_roles(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text,product", [
    # a sentence that is only the product, after the name's sentence and where it is
    ("We're Harbour Bakes in Whitby. Sourdough, buns and pies.", "Sourdough, buns and pies"),
    ("We're Oak & Reed, based in Hull. woven baskets", "woven baskets"),
    ("We're Oak & Reed. We post on insta", ""),
])
def test_the_product_after_the_name_and_where_it_is(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text,cadence", [
    # a platform between two cadences, each platform with its own after it
    ("pinterest 2x week youtube weekly", {"pinterest": 2, "youtube": 1}),
    ("linkedin 3x wk fb 1x wk", {"linkedin": 3, "facebook": 1}),
])
def test_platform_cadence_pairs_with_no_comma(text, cadence):
    assert read(text).cadence == cadence


def test_a_cadence_then_a_platform_is_still_that_platforms():
    brief = read("2x a week pinterest")
    assert (brief.platforms, brief.posts_per_week) == (["pinterest"], 2)


@pytest.mark.parametrize("text,discount", [
    ("buy 2 for £15 on all candles", "2 for £15"),
    ("3 for $25 on every tote this week", "3 for $25"),
    ("£5 off orders over £40", "£5 off"),
])
def test_a_multibuy_at_a_price(text, discount):
    assert read(text).offer.discount == discount


@pytest.mark.parametrize("text,brand", [
    ("we knit alpaca scarves, called Fluff & Co, sold at markets", "Fluff & Co"),
    ("we sell jam, called that because it's jam", ""),
])
def test_called_set_off_after_what_is_made(text, brand):
    assert read(text).brand == brand


def test_a_price_for_a_number_is_no_offer():
    brief = read("i sell phone wallpapers, 10 for $8")
    assert (brief.offer, brief.product) == (None, "phone wallpapers")


@pytest.mark.parametrize("text,brand", [
    # a name set off after what the business is, or sold under
    ("we run a cosy B&B near Whitby called Sea Fret", "Sea Fret"),
    ("i run a nail salon, Polished Pinkies", "Polished Pinkies"),
    ("we sell chutneys (apple, plum, fig) under Jar Hollow", "Jar Hollow"),
    # a business's name as the message's last clause
    ("we mostly sell sourdough tbh, Rye Lane Bakes", "Rye Lane Bakes"),
    ("we sell mugs, Etsy and Amazon", ""),
])
def test_a_name_set_off_after_the_business(text, brand):
    assert read(text).brand == brand


@pytest.mark.parametrize("text,brand", [
    # a name said alone in its own sentence, beside what is sold
    ("We're a plastering firm for landlords. Smooth Walls. Facebook only.", "Smooth Walls"),
    ("We sell roses. Fresh Roses. Instagram", ""),  # the goods said again
    ("I sell scarves. Thank You.", ""),
])
def test_a_name_alone_beside_what_is_sold(text, brand):
    assert read(text).brand == brand


@pytest.mark.parametrize("text,product", [
    ("I'm a potter, I sell bowls and take commissions", "bowls"),
    ("we sell bikes and run repair workshops", "bikes"),
])
def test_another_verb_after_and_ends_the_product(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("messages,expected", [
    # "Nx" after each platform named is a week's posts, said before or not
    (["we sell jam", "tiktok 4x, pinterest 1x"], {"cadence": {"tiktok": 4, "pinterest": 1}}),
    (["facebook 2x"], {"posts_per_week": 2, "cadence": {}}),
    (["we post on facebook twice"], {"posts_per_week": 5}),  # no "x": not read without a cadence before
])
def test_times_after_each_platform(messages, expected):
    brief = chat(*messages).brief
    assert {k: getattr(brief, k) for k in expected} == expected


@pytest.mark.parametrize("messages,brand", [
    # a reply to the brand question that lists goods in lower case is no name
    (["ceramics", "mugs plates bowls", "Kiln Lane"], "Kiln Lane"),
    (["candles", "tiny flames"], "tiny flames"),
])
def test_goods_listed_are_no_brand(messages, brand):
    assert chat(*messages).brief.brand == brand


@pytest.mark.parametrize("text,offer", [
    # a percentage run into "off", or after "discount:"
    ("20%off with code TWENTY", ("TWENTY", "20% off", None)),
    ("discount: 15% with code MAY15", ("MAY15", "15% off", None)),
    # an end date in its own clause of the offer's sentence is the offer's
    ("10% off - code LEAF10 - until end of november", ("LEAF10", "10% off", dt.date(2026, 11, 30))),
    # prices in pounds or euros: a date is day first
    ("£5 off with code FIVE until 6/12", ("FIVE", "£5 off", dt.date(2026, 12, 6))),
    ("$5 off with code FIVE until 6/12", ("FIVE", "$5 off", dt.date(2027, 6, 12))),
])
def test_offers_written_loosely(text, offer):
    o = read(text).offer
    assert (o.code, o.discount, o.ends) == offer


def test_a_posting_clause_keeps_its_own_end_date():
    assert read("post from monday until 6/12, 10% off with code X10").offer.ends is None


@pytest.mark.parametrize("text,expected", [
    # roles with the people they help
    ("I'm an insurance broker helping small landlords", {"product": "insurance broking", "audience": "small landlords"}),
    ("I'm a financial adviser working with young families", {"product": "financial advice", "audience": "young families"}),
    # "going through" stays with the people
    ("I'm a counsellor for teens going through exams", {"audience": "teens going through exams"}),
    # a business being started is what it offers
    ("we're launching a window cleaning business", {"product": "window cleaning", "kind": "service"}),
    # what a place serves
    ("our deli serves sandwiches and soups", {"product": "sandwiches and soups"}),
    # the size of a business run is not what it offers; a place keeps it
    ("we run a tiny kennels", {"product": "kennels"}),
    ("I own a little bakery", {"product": "little bakery"}),
])
def test_services_and_the_people_helped(text, expected):
    brief = read(text)
    assert {k: getattr(brief, k) for k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    # teaching people to do something is lessons in it, for them
    ("we teach toddlers to swim", {"product": "swimming lessons", "audience": "toddlers", "kind": "service"}),
    ("I teach grown-ups how to knit", {"product": "knitting lessons", "audience": "grown-ups"}),
    # the subject first: lessons in it too (since v001-v300, "i teach guitar" is guitar lessons)
    ("we teach baking to teens", {"product": "baking lessons"}),
])
def test_teaching_people_to_do_something(text, expected):
    brief = read(text)
    assert {k: getattr(brief, k) for k in expected} == expected


@pytest.mark.parametrize("text,brand,product", [
    # "I run <a name held by 'by'> - what it does"
    ("I run Cakes by Carla - wedding cakes and cupcakes", "Cakes by Carla", "wedding cakes and cupcakes"),
    # someone named founding it
    ("Mia started Bramble Cottage Soap in 2021. we make goat milk soap", "Bramble Cottage Soap", "goat milk soap"),
    ("Tom and Ali founded Left Bank Bikes, we repair bikes", "Left Bank Bikes", "bikes"),
])
def test_names_run_or_founded(text, brand, product):
    brief = read(text)
    assert (brief.brand, brief.product) == (brand, product)


@pytest.mark.parametrize("messages,platforms", [
    # "instead" after a name puts it in the place of the one taken off
    (["linkedin and x", "actually not x, threads instead"], ["linkedin", "threads"]),
    (["linkedin and x", "not x, facebook rather"], ["linkedin", "facebook"]),
    (["linkedin and x", "not x, nor facebook"], ["linkedin"]),
])
def test_one_platform_in_the_place_of_another(messages, platforms):
    assert chat(*messages).brief.platforms == platforms
