"""Corrections a weekly user types into the chat, each through ``ChatSession.respond``:
a correction replaces platforms and cadence ("actually no fb, just ig 4"), a platform is
dropped or added ("drop tiktok", "add pinterest"), one platform's count changes ("make it
2 a week on fb"), the offer ends ("no more code, the sale ended"); and the misreads of a
short first message ("Ceramics studio, Malmö.", a bare "X" opening a message)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.brief_helpers import TODAY, chat


def test_a_correction_replaces_platforms_and_cadence():
    session = chat("we sell soy candles, instagram 3 a week and facebook 2 a week")
    assert session.brief.cadence == {"instagram": 3, "facebook": 2}
    reply = session.respond("actually no fb, just ig 4")
    brief = session.brief
    assert brief.platforms == ["instagram"]
    assert brief.cadence == {"instagram": 4}
    assert brief.posts_per_week == 4
    assert "posts per week: 4" in reply.text and "platforms: instagram (was instagram, facebook)" in reply.text


def test_a_correction_after_a_shared_total():
    session = chat("we sell soy candles on ig and fb, 3 a week", "no fb, just ig 4")
    assert session.brief.platforms == ["instagram"]
    assert session.brief.posts_per_week == 4


def test_a_platform_dropped_keeps_the_rest():
    session = chat("we sell soy candles on instagram and tiktok, 3 a week")
    reply = session.respond("drop tiktok")
    assert session.brief.platforms == ["instagram"]
    assert session.brief.posts_per_week == 3
    assert "platforms: instagram (was instagram, tiktok)" in reply.text


def test_a_platform_added_keeps_the_rest():
    session = chat("we sell soy candles on instagram and tiktok, 3 a week")
    reply = session.respond("add pinterest")
    assert session.brief.platforms == ["instagram", "tiktok", "pinterest"]
    assert session.brief.posts_per_week == 3
    assert "platforms: instagram, tiktok, pinterest" in reply.text


def test_one_platforms_count_changed_keeps_the_others():
    session = chat("we sell soy candles, instagram 3 a week, facebook 3 a week", "make it 2 a week on fb")
    assert session.brief.cadence == {"instagram": 3, "facebook": 2}
    assert session.brief.posts_per_week == 5


def test_one_platforms_count_out_of_a_shared_total():
    """3 a week over two platforms is instagram 2, facebook 1 in the plan; facebook said
    as 2 leaves instagram its 2."""
    session = chat("we sell soy candles on instagram and facebook, 3 a week")
    reply = session.respond("make it 2 a week on fb")
    assert session.brief.cadence == {"instagram": 2, "facebook": 2}
    assert session.brief.posts_per_week == 4
    assert "cadence: instagram 2/week, facebook 2/week" in reply.text


def test_a_new_total_is_still_a_total():
    session = chat("we sell soy candles on instagram and facebook, 4 a week", "3 a week in total")
    assert session.brief.cadence == {} and session.brief.posts_per_week == 3


@pytest.mark.parametrize("message", ["no more code, the sale ended", "the sale is over", "no more code"])
def test_the_offer_ends(message):
    session = chat("we sell soy candles. 15% off with code CANDLE15")
    assert session.brief.offer is not None and session.brief.offer.code == "CANDLE15"
    reply = session.respond(message)
    assert session.brief.offer is None
    assert "no offer this month (was CANDLE15, 15% off)" in reply.text


def test_a_new_offer_after_the_old_one_ended_is_kept():
    session = chat("we sell soy candles. 15% off with code CANDLE15",
                   "the old sale ended. new code WINTER10 for 10% off")
    assert session.brief.offer is not None
    assert (session.brief.offer.code, session.brief.offer.discount) == ("WINTER10", "10% off")


def test_an_ended_sale_with_no_offer_stored_adds_no_note():
    session = chat("we sell soy candles")
    reply = session.respond("the sale is over")
    assert session.brief.offer is None
    assert "(was" not in reply.text


def test_a_business_and_its_town():
    session = chat("Ceramics studio, Malmö.")
    brief = session.brief
    assert brief.product.lower() == "ceramics"  # what the studio makes, not the studio
    assert brief.brand == ""
    assert brief.country == "SE"


@pytest.mark.parametrize("message, platforms", [
    ("X and threads, 3 a week", ["x", "threads"]),
    ("X only, 3 a week", ["x"]),
    ("X, threads and linkedin", ["x", "threads", "linkedin"]),
    ("We sell zines. X and threads mostly", ["x", "threads"]),
])
def test_a_capital_x_opening_a_message_or_sentence_is_the_platform(message, platforms):
    assert chat(message).brief.platforms == platforms


@pytest.mark.parametrize("message", [
    "X marks the spot candles, instagram",
    "we sell 3 x 5 prints on instagram",
    "our bestseller is the x large tote, on instagram",
])
def test_an_x_that_is_no_platform(message):
    assert "x" not in chat(message).brief.platforms


@pytest.mark.slow
async def test_the_weekly_corrections_typed_in_the_tui(tmp_path, monkeypatch):
    """The same corrections typed into the TUI's prompt (Textual's Pilot)."""
    from planner.chat.session import ChatSession
    from planner.tui.app import PlannerApp
    from tests.test_tui import say, text_of
    from tests.tui_helpers import settle

    monkeypatch.chdir(tmp_path)
    session = ChatSession()
    session.today = TODAY
    app = PlannerApp(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "we sell soy candles, instagram 3 a week and facebook 2 a week. "
                              "15% off with code CANDLE15")
        reply = await say(app, pilot, "actually no fb, just ig 4")
        assert app.session.brief.platforms == ["instagram"]
        assert app.session.brief.posts_per_week == 4
        assert "posts per week: 4" in text_of(reply)
        await say(app, pilot, "add pinterest")
        assert app.session.brief.platforms == ["instagram", "pinterest"]
        await say(app, pilot, "drop pinterest")
        assert app.session.brief.platforms == ["instagram"]
        reply = await say(app, pilot, "no more code, the sale ended")
        assert app.session.brief.offer is None
        assert "no offer this month" in text_of(reply)
    assert isinstance(session.today, dt.date)


# ---- classes of product and brand misreads (tuning misses, in our own wording) ----------------

def test_a_brand_said_in_a_correction_is_the_brand_however_like_the_product():
    session = chat("I'm a florist in Leeds", "wedding and funeral flowers", "oh brand is Petal Florist Studio")
    assert session.brief.brand == "Petal Florist Studio"
    assert "Petal" not in session.brief.product


@pytest.mark.parametrize("said, product", [
    ("and rent them too in winter", "skis and snowboards"),
    ("also do a ski waxing thing", "skis and snowboards"),
    ("also run ski lessons", "skis and snowboards and ski lessons"),
    ("also discord but whatever", "skis and snowboards"),
    ("and bandcamp is where i sell", "skis and snowboards"),
])
def test_what_else_is_done_adds_only_what_is_sold(said, product):
    session = chat("we sell skis and snowboards", "Powder Shed", said)
    assert session.brief.product == product


@pytest.mark.parametrize("messages, brand", [
    (["Hi, I'm Tunde from Ibadan. We do wedding cakes and dessert tables. Name: Tunde's Sweet Table."],
     "Tunde's Sweet Table"),
    # asked for the brand, a name with its town after it: the name (never the town)
    (["we are a plumbing company", "Clearflow Plumbing, Denver CO"], "Clearflow Plumbing"),
    (["we bake sourdough", "little bakery in Lima, Perú"], ""),
])
def test_a_place_is_never_the_brand(messages, brand):
    assert chat(*messages).brief.brand == brand


@pytest.mark.parametrize("messages, brand", [
    (["Hello, I am Dr. Ana Silva, physiotherapist in Porto. My clinic is MoveWell Clinic. Instagram 3 times a week."],
     "MoveWell Clinic"),
    (["My name is Omar Haddad and I run a small tour company in Amman, Desert Star Tours."], "Desert Star Tours"),
    (["i teach pottery classes, im Lena Berg its just me"], "Lena Berg"),
    (["So I'm Kemi Adebayo-Stone, a career coach for nurses", "no brand, its just me"], "Kemi Adebayo-Stone"),
    (["Hi! I'm a piano teacher. Online 1:1 lessons for adults. I'm Rosa Delgado. Instagram 3x a week."],
     "Rosa Delgado"),
    (["I sell under my name - Amara Nwosu"], "Amara Nwosu"),
])
def test_the_business_name_over_the_sellers_own_and_the_sellers_own_when_it_is_the_brand(messages, brand):
    session = chat(*messages)
    assert session.brief.brand == brand
    assert "is " + brand.split()[0] not in session.brief.product  # never "clinic is MoveWell"


def test_no_brand_with_no_name_said_is_still_no_brand():
    session = chat("we sell soy candles", "no brand, its just me")
    assert session.brief.brand == ""
    assert "brand" in session.dialogue.declined


@pytest.mark.parametrize("message, product", [
    ("Hi, we're a dental clinic called Bright Smile in Lisbon.", "dental clinic"),
    ("We're an HR consultancy for scale-ups", "HR consultancy"),
    ("we're a marketing agency", "marketing"),
    ("we are a plumbing company", "plumbing"),
])
def test_a_trade_that_a_describing_word_alone_cannot_name_keeps_its_noun(message, product):
    assert chat(message).brief.product == product


@pytest.mark.parametrize("message, product", [
    ("Small accounting firm in Leeds. Tax returns for landlords. Called Ridge & Co.", "accounting"),
    ("Design agency for climate startups — Verdant Studio. LinkedIn 2x a week.", "design"),
    ("Tiny law firm in Cork, wills and probate", "law firm"),
])
def test_a_message_opening_with_the_kind_of_firm_reads_its_work(message, product):
    session = chat(message)
    assert session.brief.product == product
    assert session.brief.kind == "service"
