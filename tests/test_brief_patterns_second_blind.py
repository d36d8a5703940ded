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
