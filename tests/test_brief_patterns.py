"""General patterns of the free-text brief parser, each tested on phrasings of its own (not
the benchmark's messages): what is sold, who it is for, the brand, platforms and cadence,
as sellers type them."""

from __future__ import annotations

import pytest

from planner.brief import Dialogue
from planner.chat.session import ChatSession
from planner.domain.brief import Brief
from tests.brief_helpers import chat, fields, read

# ---- what is sold ------------------------------------------------------------------------

@pytest.mark.parametrize("text,product", [
    # a kind word in brackets claims only itself, not the product beside it
    ("we make hand-drawn house portraits (digital or framed)", "hand-drawn house portraits"),
    # "posts", "stories" end a product only when the whole phrase is content
    ("we sell bird feeders and fence posts", "bird feeders and fence posts"),
    ("I knit baby blankets made with merino wool", "baby blankets"),
    # the words that size a business are not what it sells
    ("I run a two-person bookkeeping business", "bookkeeping"),
    ("I run a one-woman dog grooming business", "dog grooming"),
    # a service place sells its service; a bakery stays until more is said
    ("we're Kneady Hands, a sports massage clinic", "sports massage"),
    # "… service" is the product without the word
    ("we offer a gutter cleaning service", "gutter cleaning"),
    # a material after a bare noun is kept; after a fuller name it is not
    ("I make furniture from reclaimed scaffold boards", "furniture from reclaimed scaffold boards"),
    ("we make minimalist bowls from olive wood", "minimalist bowls"),
    ("we sell candles from our studio", "candles"),
    ("we sell candles from Etsy", "candles"),
    # a service whose first word alone would be filler
    ("content writing for accountants, linkedin only", "content writing"),
    ("we offer sales coaching to startups", "sales coaching"),
    # "star" is a word of products too
    ("Custom star charts, framed", "Custom star charts"),
    # a vehicle or stall is what the business is
    ("we're a little crepe stall at festivals", "crepe stall"),
    # "<Name> here" opens a message; what follows is the product
    ("Fern & Fable here 👋 botanical prints and cards", "botanical prints and cards"),
])
def test_what_is_sold(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text", [
    "We're a thrift shop in Bristol",
    "We're a corner shop in Hull",
    "we do daily stories and reels on instagram",
])
def test_not_a_product(text):
    assert read(text).product == ""


@pytest.mark.parametrize("text,product", [
    ("3 for 2 on all scented sachets this month", "scented sachets"),
    ("buy one get one free on every bath bomb until friday", "bath bomb"),
    ("25% off all tea towels this weekend only", "tea towels"),
])
def test_what_an_offer_is_on_is_the_product_when_nothing_else_says(text, product):
    assert read(text).product == product


@pytest.mark.parametrize("text", [
    "20% off your first order this week",
    "10% off everything until sunday",
    "half price on last season's hats til the end of the month",
    "15% off all prints with code PRINTS15",  # a code's message is about the promotion
    "30% off winter coats",  # the coats may be one line of many
])
def test_an_offer_names_no_product(text):
    assert read(text).product == ""


def test_an_offer_never_replaces_the_product_said():
    assert read("50% off all mugs today", Brief(product="ceramics")).product == "ceramics"


@pytest.mark.parametrize("text,product,audience", [
    ("I coach first-time founders", "coaching", "first-time founders"),
    ("i mentor junior designers", "mentoring", "junior designers"),
    ("I tutor teenagers in chemistry", "chemistry tutoring", "teenagers"),
])
def test_a_service_said_as_what_is_done_to_people(text, product, audience):
    brief = read(text)
    assert (brief.product, brief.audience, brief.kind) == (product, audience, "service")


def test_a_name_after_a_greeting_is_the_brand():
    brief = read("Hey, Oak Row Ceramics here, we make stoneware mugs")
    assert (brief.brand, brief.product) == ("Oak Row Ceramics", "stoneware mugs")


def test_a_kind_said_with_the_product_and_printed_too_stays_physical():
    assert read("Custom family trees, digital download or printed").kind == "product"
    assert read("Custom family trees, sent as a digital download").kind == "digital"


# ---- corrections and refinements -----------------------------------------------------------

def test_a_correction_drops_its_fillers():
    session = chat("we sell mugs", "change of plan, we sell plates now, not mugs")
    assert session.brief.product == "plates"


def test_a_correction_with_a_short_aside():
    session = chat("we sell recipe ebooks", "no actually it's meal planning, weekly calls")
    assert session.brief.product == "meal planning"


def test_the_product_said_more_exactly_replaces_the_shorter_one():
    session = chat("I have a small soap business", "They're goat milk soaps, cold process")
    assert session.brief.product == "goat milk soaps"


def test_what_a_place_serves_is_its_product():
    session = chat("we run a bistro in York", "small plates and natural wine")
    assert session.brief.product == "small plates and natural wine"
    assert session.brief.brand == ""


def test_what_a_software_company_does_is_its_product():
    brief = read("We're a fintech startup (Tallyo) that automates expense approvals for "
                 "small agencies")
    assert (brief.brand, brief.product, brief.kind) == ("Tallyo", "expense approvals", "digital")


# ---- platforms -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,platforms", [
    # a platform only thought about is not one
    ("we post on facebook, thinking about pinterest but not sure", ["facebook"]),
    ("instagram for now, might try youtube at some point", ["instagram"]),
    ("linkedin. not sure about x yet", ["linkedin"]),
    # "maybe" about how often is not about the platform
    ("posting on pinterest, maybe 3 times a week", ["pinterest"]),
    # "and on X" after a first name adds to that name, not to the untouched default
    ("We post on YouTube twice a week and on Facebook now and then", ["youtube", "facebook"]),
    ("we're on pinterest now too", ["pinterest"]),
    # a capitalised word before Threads makes a name, at a message's start too
    ("Golden Threads", ["instagram"]),
    ("post on Threads and TikTok", ["threads", "tiktok"]),
])
def test_platforms(text, platforms):
    assert read(text).platforms == platforms


def test_also_still_adds_to_the_untouched_default():
    assert read("we're also on Pinterest").platforms == ["instagram", "pinterest"]


def test_a_platforms_shop_is_where_the_posts_go_when_no_platform_is_named():
    assert read("we sell on tiktok shop, post 3 videos a week").platforms == ["tiktok"]
    session = chat("we sell on our facebook shop and at markets")
    assert not session.dialogue.platforms_said  # no posting said: not a platform yet


# ---- the brand ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,brand", [
    # a capitalised name after "called" stands even when its first word is an ordinary one
    ("we sell dog treats, the shop's called Good Dog Bakery", "Good Dog Bakery"),
    ("our studio is called Small Wonders", "Small Wonders"),
    # a full stop ends a name, unless it is an abbreviation's
    ("Freelance, I trade as Ada Obi Design. Mostly logos for cafes", "Ada Obi Design"),
    ("brand is Hearth & Co. we make candles", "Hearth & Co"),
])
def test_the_brand(text, brand):
    assert read(text).brand == brand


def test_a_name_opening_the_answer_to_the_brand_question_is_the_brand():
    session = chat("we make leather belts", "it's Strap & Buckle, and we post on tiktok")
    assert session.brief.brand == "Strap & Buckle"
    assert session.brief.platforms == ["tiktok"]
    session = chat("we make leather belts", "its just belts and wallets, on etsy")
    assert session.brief.brand == ""


# ---- the offer ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,discount", [
    ("code MUG20 gets you twenty percent off", "20% off"),
    ("fifteen per cent off with code SPRING", "15% off"),
    # a gift only over some spend is not "with every order"
    ("free gift with every order over $60", "free gift"),
    ("free gift with every order this week", "free gift with every order"),
])
def test_the_discount(text, discount):
    assert read(text).offer.discount == discount


# ---- how often -----------------------------------------------------------------------------

def cadence_of(session: ChatSession):
    brief = session.brief
    return dict(brief.cadence) or brief.posts_per_week


@pytest.mark.parametrize("messages,cadence", [
    # kinds of post said with their numbers add up
    (["3 carousels and 2 reels a week on instagram"], 5),
    (["1 video, 2 pins per week"], 3),
    # a platform's cadence said without a unit, after one said in full
    (["Pinterest 4x a week, YouTube 1x."], {"pinterest": 4, "youtube": 1}),
    # a second platform in a later message joins the first one's cadence
    (["we post on facebook twice a week", "instagram too, 3 times a week"],
     {"facebook": 2, "instagram": 3}),
    (["post on linkedin 3 times a week", "and on x twice"], {"linkedin": 3, "x": 2}),
    # "each" after naming one more platform counts the ones named before
    (["we're on youtube", "and tiktok, 3 times a week each"], {"youtube": 3, "tiktok": 3}),
    # a platform posted to now and then keeps the others' cadence
    (["linkedin 3x a week, facebook 2x a week, x occasionally"], {"linkedin": 3, "facebook": 2}),
])
def test_cadence(messages, cadence):
    assert cadence_of(chat(*messages)) == cadence


def test_a_bare_frequency_needs_a_cadence_said_before():
    session = chat("we sell mugs", "instagram twice")
    assert session.brief.cadence == {} and session.brief.posts_per_week == 5


def test_a_platform_left_out_of_the_cadence_stays_out_when_more_is_said():
    session = chat("instagram daily, pinterest 3x a week, tiktok when i can",
                   "and youtube once a week")
    assert session.brief.cadence == {"instagram": 7, "pinterest": 3, "youtube": 1}
    assert "tiktok" in session.brief.platforms


def test_the_dialogue_remembers_a_cadence_was_said():
    assert Dialogue.from_dict(Dialogue(cadence_said=True).to_dict()).cadence_said
    assert chat("post 3x a week").dialogue.cadence_said
    assert not chat("we sell mugs").dialogue.cadence_said


# ---- tone ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,tone", [
    # a tone said as a list is kept whole, never cut at its first comma
    ("our tone of voice is bold, witty and a little irreverent", "bold, witty and a little irreverent"),
    ("Keep it friendly but expert.", "friendly but expert"),
    ("make the captions sound warm", "warm"),
    # ... and ends where another fact starts
    ("tone: relaxed, we post on tiktok daily", "relaxed"),
])
def test_tone(text, tone):
    assert read(text).tone == tone


# ---- what kind of thing, where it is sold, who buys ------------------------------------------

@pytest.mark.parametrize("text,kind", [
    # a service word describing goods does not make them a service
    ("we sell cork yoga blocks", "product"),
    ("we make massage oils", "product"),
    ("we run yoga retreats in Wales", "service"),
    ("we offer dog walking and pet sitting", "service"),
    # digital art that is also sold as prints is goods
    ("I make digital portraits and sell framed prints", "product"),
])
def test_kind(text, kind):
    assert read(text).kind == kind


@pytest.mark.parametrize("text,sells_on", [
    ("our website is www.tidepool.co.uk", []),  # the address, not where things are sold
    ("our site is tidepool.co.uk and etsy", ["website", "etsy"]),
    ("we build etsy shops for makers", []),  # a store worked on for clients
    ("stocked in gift shops and online", ["local shops", "website"]),
    ("we sell online", []),
])
def test_where_it_is_sold(text, sells_on):
    assert read(text).sells_on == sells_on


@pytest.mark.parametrize("text,product,audience", [
    ("bespoke suits, mostly grooms and their best men", "bespoke suits", "grooms and their best men"),
    ("handmade soap, mainly women over 40", "handmade soap", "women over 40"),
    ("I'm a web designer, mostly sites for local charities", "web design", "local charities"),
])
def test_who_buys_after_a_comma(text, product, audience):
    brief = read(text)
    assert (brief.product, brief.audience) == (product, audience)


def test_a_message_typed_as_a_list_names_its_service_and_who_is_helped():
    brief = read("we help dental practices get more bookings, consultancy, linkedin, 3x a week")
    assert (brief.product, brief.kind, brief.audience) == ("consultancy", "service",
                                                           "dental practices")
    assert read("we help you find the right sofa").audience == ""


# ---- found spot-checking replies -----------------------------------------------------------

@pytest.mark.parametrize("messages,expected", [
    # found spot-checking replies
    (["we're a 3 person bakery in york called Rise & Shine, insta 3x wk"],
     {"brand": "Rise & Shine", "product": "bakery"}),
    (["Hey - we're Fig & Fern, a small candle brand. Etsy."], {"product": "candles"}),
    (["we're a tiny roastery (Hill Top Coffee) selling beans"], {"brand": "Hill Top Coffee"}),
    (["Soap shop. Etsy and markets. Bubble & Bloom Co"], {"product": "soap", "brand": "Bubble & Bloom Co"}),
    (["WE SELL HAND DYED YARN ON ETSY"], {"product": "hand dyed yarn"}),
    (["i run a small glass studio, workshops, repairs and commissions"],
     {"product": "workshops, repairs and commissions"}),
    (["i do lashes from home, mostly for locals and students"], {"audience": "locals and students"}),
    (["we sell rugs", "I already said, rugs! the brand is Loom Room"], {"brand": "Loom Room", "product": "rugs"}),
    (["we sell oat milk soap", "no it's not oat milk, it's goat milk soap"], {"product": "goat milk soap"}),
    (["we sell cushions", "not cushions, we do the whole interior - curtains, cushions, paint"],
     {"product": "interior"}),
    (["my shop's called Bolt and i sell vintage band tees, depop and vinted"],
     {"product": "vintage band tees"}),
    (["our customers are students, new graduates and first-time renters, mostly in cities"],
     {"audience": "students, new graduates and first-time renters"}),
    # variants of the blind sets' shapes
    (["we do IT support for dentists"], {"product": "IT support"}),  # an acronym is no stop word
    (["I run a little ice cream van - gelato and sorbet at weddings"], {"product": "gelato and sorbet"}),
    (["we make candles", "oh and we're a Scottish company"], {"product": "candles", "country": "GB"}),
    # who it is for, no name
    (["we sell linen aprons", "for illustrators"], {"brand": "", "audience": "illustrators"}),
])
def test_spot_checks(messages, expected):
    assert fields(chat(*messages).brief, expected) == expected


@pytest.mark.parametrize("messages,cadence", [
    (["we sell prints", "3 pins a week and 2 insta posts"], {"pinterest": 3, "instagram": 2}),
    (["we clean offices, linkedin twice a week and facebook once"], {"linkedin": 2, "facebook": 1}),
])
def test_cadence_found_spot_checking(messages, cadence):
    assert cadence_of(chat(*messages)) == cadence


def test_an_audience_said_outright_wins_over_one_said_in_passing():
    text = ("Our customers are mostly young couples. We started by selling seconds to "
            "neighbours from our doorstep.")
    assert read(text).audience == "young couples"
    text = ("we sell candles to anyone who likes them. our target audience is women 30-50")
    assert read(text).audience == "women 30-50"
