"""Copy and days after blind read 30 (s31, helper c): a referral reward said as one sentence
of ours whoever is referred and however the brief wrote it, with one thank-you a post.
Every brief here is our own."""

from __future__ import annotations

import datetime as dt
import re

from tests.calendar_helpers import plan


def _referral_posts(cal):
    return [p.text for p in cal.posts if p.tactic == "referral programme"]


#: a wedding florist whose referee is named in the reward ("the couple you send us")
_BLOOMS = {
    "product": "wedding flowers", "kind": "service", "brand": "Fern & Fable",
    "description": "bridal bouquets, buttonholes and table flowers for weddings around Leeds",
    "audience": "couples planning a wedding in Yorkshire",
    "tone": "warm, relaxed",
    "platforms": ["instagram", "facebook", "threads"], "posts_per_week": 4,
    "url": "https://fernandfable.co.uk/enquire", "action": "book",
    "referral_reward": "£30 off your anniversary bouquet for you and for the couple you send us, "
                       "once they have paid their deposit",
    "differentiators": ["we grow half our flowers ourselves", "one wedding a day, never two"],
}


def test_a_referral_naming_who_is_sent_says_it_as_a_sentence_not_after_a_label():
    cal = plan(_BLOOMS, weeks=4)
    told = [t for t in _referral_posts(cal) if "£30" in t]
    assert told, [p.tactic for p in cal.posts]
    for t in told:
        # "What you get: £30 off … for you and for the couple you send us, once …" was pasted
        assert "for you and for the couple" not in t, t
    assert any("a couple you send us has paid their deposit, you both get £30 off your "
               "anniversary bouquet" in t or "you both get £30 off your anniversary bouquet when "
               "a couple you send us has paid their deposit" in t for t in told), told


#: a B2B signage firm whose reward can be paid out another way ("or donated to …")
_SIGNS = {
    "product": "illuminated shop signs", "kind": "service", "brand": "Lumen Lettering",
    "description": "LED shop signs designed, built and fitted in Rotterdam, call +31 10 555 0199",
    "audience": "shop owners and property managers in South Holland",
    "tone": "formal, professional",
    "platforms": ["linkedin", "facebook"], "cadence": {"linkedin": 3, "facebook": 3},
    "url": "https://lumenlettering.nl/contact", "action": "call",
    "referral_reward": "€400 credit on your next sign, or donated to a local food bank, when a "
                       "business you refer orders a sign",
    "differentiators": ["we fit and service what we build", "a 5-year warranty on every LED module",
                        "permits for the municipality handled by us"],
    "tips": ["Ask your landlord about sign rules before you order."],
    "b2b": True, "new_brand": False,
}


def test_a_reward_given_another_way_is_said_as_ours_not_a_pasted_participle():
    cal = plan(_SIGNS, weeks=4)
    b2b_text = "\n".join(_referral_posts(cal))
    assert "€400" in b2b_text, [p.tactic for p in cal.posts]
    # "What you get: €400 credit on your next sign, or donated to a local food bank, when …"
    assert "or donated to" not in b2b_text, b2b_text
    assert "or we donate it to a local food bank" in b2b_text, b2b_text


#: a coffee subscription whose reward the brief wrote as a clause, with a referee of its own
_BEANS = {
    "product": "monthly coffee bean subscription", "kind": "product", "brand": "Roast Post",
    "description": "two bags of fresh single-origin beans a month, roasted in Bristol",
    "audience": "home espresso people in the UK",
    "tone": "playful, chatty",
    "platforms": ["instagram", "tiktok", "threads"], "posts_per_week": 5,
    "url": "https://roastpost.co.uk", "action": "subscribe",
    "referral_reward": "you both get a bag of our seasonal espresso in your next parcel when a "
                       "mate subscribes with your link",
    "differentiators": ["roasted the week it ships"],
}


def test_a_reward_written_as_a_clause_is_told_in_our_frame_and_not_twice_alike():
    cal = plan(_BEANS, weeks=6)
    told = [t for t in _referral_posts(cal) if "seasonal espresso" in t]
    assert told, [p.tactic for p in cal.posts]
    assert any("a mate subscribes with your link, you both get a bag of our seasonal espresso"
               in t for t in told), told
    for t in told:
        # one thank-you a post: never "One recommendation, two thank-yous. … Our thank-you …"
        assert t.lower().count("thank-you") <= 1, t


#: an accountant's webinar whose name carries its length and language in brackets
_TAX = {
    "product": "bookkeeping for freelancers", "kind": "service", "brand": "Ledgerly",
    "description": "monthly bookkeeping and VAT returns for freelancers in Austria, from €90 a month",
    "audience": "freelance designers and developers in Vienna",
    "tone": "clear, friendly",
    "platforms": ["linkedin", "instagram"], "posts_per_week": 4,
    "url": "https://ledgerly.at/termin", "action": "book",
    "events": [{"title": "Webinar: your first VAT return without panic (30 minutes, in English)",
                "when": dt.datetime(2027, 1, 20, 18, 0), "platform": "linkedin",
                "link": "https://ledgerly.at/webinar"}],
    "differentiators": ["one bookkeeper who knows your name"],
}


def test_an_event_names_bracketed_length_and_language_are_said_outside_its_quotes():
    cal = plan(_TAX, weeks=4)
    told = [p.text for p in cal.posts if "first VAT return" in p.text]
    assert told, [p.tactic for p in cal.posts]
    for t in told:
        # "our webinar, ‘Your first VAT return without panic (30 minutes, in English)’"
        assert "(30 minutes, in English)" not in t, t
    assert any("our 30-minute webinar in English, ‘Your first VAT return without panic’" in t
               for t in told), told
