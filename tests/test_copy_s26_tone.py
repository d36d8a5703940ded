"""Tone fixed after blind read 25 (2026-12-05, s26): a tone that asks for puns gets some,
on the goods the brief sells; an emoji fits what the lead line says (a countdown on a last
call, a heart on a closed offer's thank-you), never a party popper on either. Every brief
here is our own."""

from __future__ import annotations

import pytest

from planner.planning.openers import in_register
from planner.planning.phrasebook import post_in_voice
from planner.planning.puns import asks_for_puns, pun_leads
from tests.calendar_helpers import opens_with_a_pun, plan


@pytest.mark.parametrize("tone, asked", [
    ("cheeky, coffee puns welcome", True), ("punny and warm", True), ("wordplay is fine", True),
    ("playful but no puns", False), ("cheeky, fun", False), ("", False),
])
def test_puns_only_where_the_tone_asks(tone, asked):
    assert asks_for_puns(tone) is asked


def test_puns_are_on_the_goods_named_first():
    leads = pun_leads("puns ok", "single-origin coffee beans", "roasted in Leeds, with cheese pairings")
    assert "Brew-tiful news, with a code." in leads["offer"]
    assert pun_leads("puns ok", "handmade leather wallets") == {}
    assert pun_leads("no puns please", "single-origin coffee beans") == {}


def test_a_launch_lead_is_a_pun_when_asked():
    text = "Out today: the Ristretto blend, a dark roast for milk drinks.\n\nShop: link in bio"
    cta = "Shop: link in bio"
    puns = pun_leads("punny", "coffee beans")
    said, _ = in_register(text, cta, "punning", said=(), key="k1", puns=puns)
    plain, _ = in_register(text, cta, "punning", said=(), key="k1")
    assert said.startswith("Fresh out of the roaster: the Ristretto blend"), said
    assert not plain.startswith("Fresh out of the roaster")
    # once said in the calendar, the register's own lines follow
    again, _ = in_register(text, cta, "punning", said=(said,), key="k2", puns=puns)
    assert again.split(" the Ristretto")[0] in ("Say hello to", "Please welcome",
                                                "Roll out the red carpet for", "Make way for")


def test_a_calendar_in_a_punning_tone_carries_a_pun():
    raw = {"product": "artisan cheese boxes", "kind": "product", "brand": "Curd & Co",
           "description": "a box of 4 British cheeses every month, cut to order",
           "tone": "cheerful, a bit cheeky, cheese puns welcome", "platforms": ["instagram"],
           "posts_per_week": 3, "url": "https://curdandco.uk",
           "launch": {"what": "the Blue Box, four blue cheeses", "date": "2027-01-20"},
           "offer": {"discount": "20% off", "code": "CURD20", "ends": "2027-01-22"}}
    cal = plan(raw)
    assert opens_with_a_pun(cal, "cheese"), [p.text.split("\n")[0] for p in cal.posts]


@pytest.mark.parametrize("lead, emoji", [
    ("Last chance for code GLOW15: it ends Sunday.", "⏳"),
    ("Our GLOW15 offer has closed. Thank you to everyone who ordered.", "💛"),
    ("We have picked the winner of our giveaway.", "🎉"),
    ("Code GLOW15 takes 15% off until Sunday.", "🎉"),
])
def test_the_emoji_fits_the_lead_line(lead, emoji):
    text, _ = post_in_voice(lead + "\n\nMore: link in bio", "More: link in bio", "playful",
                       platform="instagram", emoji=True)
    assert text.split("\n")[0].endswith(emoji), text


@pytest.mark.parametrize("register", ["punning", "formal", "neutral", "warm"])
def test_youtube_asks_to_subscribe_never_to_follow(register):
    text = "Three ways to store a sourdough loaf.\n\nFollow us for more"
    said, cta = in_register(text, "Follow us for more", register, brand="Crumb Lab",
                            key="yt", platform="youtube")
    assert "follow" not in said.lower(), said
    assert "ubscribe" in cta
    # elsewhere a follow stays a follow
    said, cta = in_register(text, "Follow us for more", register, brand="Crumb Lab",
                            key="yt", platform="instagram")
    assert "ollow" in said
