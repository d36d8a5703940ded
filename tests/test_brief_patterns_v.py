"""General readings of the free-text brief parser found by sorting the misses of v001-v300
(a new writer's tuning items, written 2027-02-01) into classes: each is tested on phrasings
of our own, never the benchmark's."""

from __future__ import annotations

import pytest

from planner.brief import Dialogue
from tests.brief_helpers import chat


def _cadence(session) -> int | dict:
    brief = session.brief
    return dict(brief.cadence) if brief.cadence else brief.posts_per_week


# ---- a lower-case reply to "what's your brand?" may describe the goods ------------------------

@pytest.mark.parametrize("messages,brand", [
    (("we sell teapots", "cast iron", "Kettle & Crane"), "Kettle & Crane"),
    (("i knit dog jumpers", "chunky wool", "Woof Woollens"), "Woof Woollens"),
    (("we make a budgeting app", "for students", "CoinCub"), "CoinCub"),
    # a town alone is no name: the lower-case reply stands
    (("i bake bagels", "boiled ones", "Leeds"), "boiled ones"),
    # a brand said in capitals is not replaced by the next name-like line
    (("we sell teapots", "Kettle & Crane", "Cast Iron Co"), "Kettle & Crane"),
])
def test_a_name_alone_replaces_a_lower_case_brand_guess(messages, brand):
    assert chat(*messages).brief.brand == brand


def test_no_name_alone_declines_the_brand_guessed():
    session = chat("i sew tote bags", "linen", "no name")
    assert session.brief.brand == ""


def test_the_brand_guess_survives_a_save():
    d = Dialogue(brand_guess=True, platform_counts={"instagram": 3})
    assert Dialogue.from_dict(d.to_dict()) == d
    assert Dialogue.from_dict({"platform_counts": {"x": "3", "y": True, "tiktok": 2}}).platform_counts == {
        "tiktok": 2}


# ---- a platform and a number, one message each ---------------------------------------------

@pytest.mark.parametrize("messages,cadence", [
    (("we sell teapots, brand Kettle & Crane", "pinterest 4"), 4),
    (("we sell teapots, brand Kettle & Crane", "insta 2", "facebook 3"), {"instagram": 2, "facebook": 3}),
    (("we sell teapots, brand Kettle & Crane", "youtube and linkedin", "yt 1", "and linkedin 4 too"),
     {"youtube": 1, "linkedin": 4}),
    # a correction of one platform's number keeps the others
    (("we sell teapots, brand Kettle & Crane", "ig 2 fb 5", "actually fb 3"), {"instagram": 2, "facebook": 3}),
    # a total said after one platform's number: the platform's, then another's added
    (("we sell teapots, brand Kettle & Crane", "pinterest", "4 a week", "and x 2"), {"pinterest": 4, "x": 2}),
])
def test_numbers_said_for_one_platform_at_a_time_add_up(messages, cadence):
    assert _cadence(chat(*messages)) == cadence


# ---- a bare number after the platforms ---------------------------------------------------------

@pytest.mark.parametrize("messages,cadence", [
    (("we sell teapots, brand Kettle & Crane", "pinterest", "6"), 6),
    (("we sell teapots, brand Kettle & Crane", "fb and linkedin", "3 each"), {"facebook": 3, "linkedin": 3}),
    (("we sell teapots, brand Kettle & Crane", "fb and linkedin", "maybe 4?"), 4),
    (("we sell teapots, brand Kettle & Crane", "threads", "6", "no 5 sorry"), 5),
])
def test_a_bare_number_after_the_platforms_is_how_often(messages, cadence):
    assert _cadence(chat(*messages)) == cadence


def test_a_bare_number_before_any_platform_is_no_cadence():
    session = chat("we sell teapots, brand Kettle & Crane", "12")
    assert session.dialogue.cadence_said is False


# ---- a name set off on its own after what is sold -------------------------------------------

@pytest.mark.parametrize("text,brand", [
    ("We repair bikes in town - Spoke Doctors. Instagram 2x a week.", "Spoke Doctors"),
    ("we sell herbal teas, Grey Fog Tea, etsy, ig 3 a week", "Grey Fog Tea"),
    ("We make accounting software for bakeries. DoughBooks. LinkedIn twice a week.", "DoughBooks"),
    # a place and its region after "in" is no name
    ("We sell lamps in Austin, North Texas. Instagram 3x a week.", ""),
    # the goods again in capitals are no name
    ("we sell herbal teas. Herbal Teas. ig 3 a week", ""),
])
def test_a_name_set_off_after_the_goods_is_the_brand(text, brand):
    assert chat(text).brief.brand == brand


def test_a_name_set_off_never_replaces_the_brand_said():
    session = chat("we sell rugs, brand Loom Room", "etsy. instagram 3 a week. From Turkey")
    assert session.brief.brand == "Loom Room"


# ---- a name alone, when asked what is sold --------------------------------------------------

@pytest.mark.parametrize("messages,brand,product", [
    (("hey there", "Pipe Dream Plumbing"), "Pipe Dream Plumbing", ""),
    (("hey there", "Golden Wok"), "Golden Wok", ""),
    (("hello", "Linen Napkins"), "", "Linen Napkins"),  # a plural last word: goods
])
def test_a_title_case_reply_to_what_do_you_sell_is_the_brand(messages, brand, product):
    session = chat(*messages)
    assert (session.brief.brand, session.brief.product) == (brand, product)


def test_a_country_alone_is_never_the_product():
    assert chat("hi", "portugal").brief.product == ""


# ---- one number for each platform ------------------------------------------------------------

@pytest.mark.parametrize("messages,cadence", [
    (("we sell teapots. Pinterest, X and Threads. 2 each a week",), {"pinterest": 2, "x": 2, "threads": 2}),
    (("we sell teapots. I want YouTube and LinkedIn, daily both.",), {"youtube": 7, "linkedin": 7}),
    (("we sell teapots, brand Kettle & Crane", "yt n pinterest 5 each"), {"youtube": 5, "pinterest": 5}),
    (("we sell teapots, brand Kettle & Crane", "linkedin and x", "both 4x a week"), {"linkedin": 4, "x": 4}),
    # "on both" may be the total across them: left as said
    (("we sell teapots, brand Kettle & Crane", "linkedin and x", "4 a week on both"), 4),
])
def test_a_number_said_for_each_platform_is_every_ones(messages, cadence):
    assert _cadence(chat(*messages)) == cadence


# ---- offers: the first of something free, a whole month, this week only ----------------------

@pytest.mark.parametrize("text,discount", [
    ("we sell teapots. first teapot free with code TEAFIRST", "first teapot free"),
    ("we run a gym. code NEWBIE gets your 1st week free", "1st week free"),
])
def test_the_first_of_something_free_beside_a_code_is_the_discount(text, discount):
    offer = chat(text).brief.offer
    assert offer is not None and offer.discount == discount


@pytest.mark.parametrize("text,starts,ends", [
    ("we sell teapots. 15% off with TEA15 all march", "2027-03-01", "2027-03-31"),
    ("we sell teapots. free delivery the whole of february", "2027-02-01", "2027-02-28"),
    ("we sell teapots. 15% off with TEA15 this week only", "", "2027-02-07"),
])
def test_an_offer_for_a_whole_month_or_this_week(text, starts, ends):
    import datetime as dt

    from planner.chat.session import ChatSession

    session = ChatSession()
    session.today = dt.date(2027, 2, 1)  # a Monday
    session.respond(text)
    offer = session.brief.offer
    assert offer is not None
    assert (offer.starts.isoformat() if offer.starts else "", offer.ends.isoformat()) == (starts, ends)


# ---- run-ons: punctuation said aloud, "its called", "and the business is" ---------------------

@pytest.mark.parametrize("text,product,brand", [
    ("we make leather wallets comma slim ones comma and the brand is Fold Theory period we post on "
     "instagram twice a week", "leather wallets", "Fold Theory"),
    ("i sell knitted tea cosies its called Cosy Pot i post on ig", "knitted tea cosies", "Cosy Pot"),
    ("i sell knitted tea cosies its calld Cosy Pot", "knitted tea cosies", "Cosy Pot"),
    ("I sell oat milk soap and the shop is called Suds Lane", "oat milk soap", "Suds Lane"),
])
def test_run_on_messages_cut_at_the_name(text, product, brand):
    brief = chat(text).brief
    assert (brief.product, brief.brand) == (product, brand)


@pytest.mark.parametrize("text,normalised", [
    ("wallets comma belts period we ship", "wallets, belts. we ship"),
    ("a 14 day trial period for members", "a 14 day trial period for members"),
    ("period underwear comma reusable", "period underwear, reusable"),
])
def test_spoken_punctuation(text, normalised):
    from planner.brief.segments import normalise

    assert normalise(text) == normalised


# ---- a short reply closed by a correcting word ---------------------------------------------

@pytest.mark.parametrize("messages,product", [
    (("we sell plant pots", "Potty Plants Co", "terracotta planters actually"), "terracotta planters"),
    (("i bake chocolat brownies", "chocolate sorry"), "chocolate brownies"),
    (("we sell plant pots", "Potty Plants Co", "ok actually"), "plant pots"),
    (("we sell plant pots", "Potty Plants Co", "instagram actually"), "plant pots"),
])
def test_a_reply_closed_by_a_correcting_word_fixes_the_product(messages, product):
    assert chat(*messages).brief.product == product


# ---- what the business is like is no part of the goods ---------------------------------------

@pytest.mark.parametrize("text,product", [
    ("we make small-batch hot sauce in Leeds", "small-batch hot sauce"),  # how the goods are made
    ("we're a family-run bakery, Crumb Street", "bakery"),
    ("I sell award winning marmalade", "marmalade"),
])
def test_the_business_s_describing_words_are_no_part_of_the_goods(text, product):
    assert chat(text).brief.product == product


# ---- "once", "twice" alone -------------------------------------------------------------------

def test_twice_alone_after_the_platform_is_how_often_never_the_product():
    session = chat("we sell plant pots, brand Potty", "linkedin", "once a week", "actually twice")
    assert (session.brief.product, _cadence(session)) == ("plant pots", 2)


# ---- numbers before their platforms; "same" ---------------------------------------------------

@pytest.mark.parametrize("messages,cadence", [
    (("we sell teapots, brand Kettle & Crane", "4 pinterest, 1 yt"), {"pinterest": 4, "youtube": 1}),
    (("we sell teapots, brand Kettle & Crane", "prob 2 linkedin 5 facebook"), {"linkedin": 2, "facebook": 5}),
    (("we sell teapots, brand Kettle & Crane", "pinterest 4 a week", "and youtube same"),
     {"pinterest": 4, "youtube": 4}),
    # a number after each platform is still read that way
    (("we sell teapots, brand Kettle & Crane", "pinterest 4 yt 1"), {"pinterest": 4, "youtube": 1}),
])
def test_numbers_before_their_platforms_and_the_same_again(messages, cadence):
    assert _cadence(chat(*messages)) == cadence


# ---- a name in single quotes or guillemets -----------------------------------------------------

@pytest.mark.parametrize("text,brand", [
    ("We press cider in Devon, label 'Orchard Hollow'. Instagram 3x a week.", "Orchard Hollow"),
    ("Je vends des savons, le nom est « Savon du Midi ». Instagram", "Savon du Midi"),
    ("we sell candles, brand 'Lumo'", "Lumo"),
    ("we sell candles. I'm 'Sam' to my customers", ""),  # one quoted word, said of nothing
])
def test_a_quoted_name_is_the_brand(text, brand):
    assert chat(text).brief.brand == brand


# ---- a subject taught is sold as lessons -----------------------------------------------------

@pytest.mark.parametrize("text,product", [
    ("i teach cello, Bow Street Music", "cello lessons"),
    ("we teach ceramics in a shared studio", "ceramics lessons"),
    ("i teach drum lessons", "drum lessons"),
    ("we teach beginner salsa classes", "beginner salsa classes"),
])
def test_a_subject_taught_is_sold_as_lessons(text, product):
    assert chat(text).brief.product == product
