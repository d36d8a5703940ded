"""Visual notes fixed after blind read 24 (2026-12-05, s25): a clip's "each line of text on
screen in turn" goes with what it shows, not after the notes; goods named in the plural are
"them"; a digital product's tip is shown on a screen, not "a real photo of it being done";
no unboxing of goods the brief never says are sent. Every brief here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary, agreeing, as_moving, plural_item
from planner.planning.shipping import sent_as_parcel


def _plan(raw: dict):
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=4))
    return cal.posts


def test_a_clip_says_its_text_before_the_notes():
    still = ("A calendar card with 9 March circled: 20% off · code SPRING20. The end date must "
             "be the offer's own: 9 March")
    clip = as_moving(still, "reel")
    assert clip == ("A vertical clip of 7 to 10 seconds: a calendar card with 9 March circled: "
                    "20% off · code SPRING20, each line of text on screen in turn. The end date "
                    "must be the offer's own: 9 March")
    # a still with no notes is as before
    assert as_moving("A plain card reading 'Ask us'", "reel") == \
        "A vertical clip of 7 to 10 seconds: a plain card reading 'Ask us', each line of text " \
        "on screen in turn"
    # a YouTube video the same way
    assert as_moving(still, "video", "youtube").startswith(
        "A landscape video of a minute or two: a calendar card with 9 March circled: 20% off · "
        "code SPRING20, each point on screen in turn. The end date")


@pytest.mark.parametrize("item, plural", [
    ("hand-thrown mugs", True), ("linen napkins", True), ("sea glass", False),
    ("a job in progress", False), ("walnut chopping board", False), ("hummus", False),
])
def test_plural_goods(item, plural):
    assert plural_item(item) is plural


def test_plural_goods_are_them_in_a_visual():
    assert agreeing("One clear photo of the hand-thrown mugs, close, nothing staged around it",
                    "hand-thrown mugs").endswith("nothing staged around them")
    assert agreeing("Close-ups shown on the linen napkins itself. Keep it plain",
                    "linen napkins") == "Close-ups shown on the linen napkins themselves. Keep it plain"
    # one thing stays "it"
    assert agreeing("One clear photo of the walnut chopping board, nothing staged around it",
                    "walnut chopping board").endswith("around it")


#: an app with a tip about the world outside it: the tip is shown on the app's screen
TYPING_APP = {
    "product": "touch-typing practice app for kids", "kind": "digital", "brand": "KeyQuest",
    "platforms": ["instagram"], "country": "IE", "tone": "friendly",
    "description": "short daily typing games for children aged 7 to 12, progress charts for "
                   "parents, works offline",
    "tips": ["Keep your wrists off the desk and let your fingers rest on the home row.",
             "Five minutes a day beats an hour on Sunday."],
    "cadence": {"instagram": 3},
}


def test_a_digital_tip_is_shown_on_a_screen():
    visuals = [p.visual for p in _plan(TYPING_APP) if p.tactic == "educational tip"]
    assert visuals, "the tips make tip posts"
    assert not any("a real photo of it being done" in v for v in visuals), visuals
    carousels = [v for v in visuals if v.startswith("A 2-slide carousel")]
    assert all("a screen recording from KeyQuest" in v for v in carousels), carousels


#: goods made in a workshop, with nothing in the brief about sending them
WORKSHOP = {"product": "oak dining tables", "brand": "Tafel & Zoon", "kind": "product",
            "platforms": ["instagram"], "country": "NL",
            "description": "solid oak dining tables made to your size in our Utrecht workshop, "
                           "from €1,900 for a table for six",
            "differentiators": ["every top is one board-matched piece, planed by hand"],
            "cadence": {"instagram": 3}}


def test_no_unboxing_of_goods_the_brief_never_sends():
    from planner.planning.needs import needs_met

    unboxing = TemplateLibrary().templates["consideration/unboxing-first-look"]
    assert not sent_as_parcel(brief_from_dict(WORKSHOP))
    assert not needs_met(unboxing, brief_from_dict(WORKSHOP), dt.date(2027, 1, 6))
    assert not any(p.tactic == "unboxing" for p in _plan(WORKSHOP))
    # the same tables with a web shop are sent, and may be unboxed
    shop = brief_from_dict(WORKSHOP | {"url": "https://tafelenzoon.example/shop"})
    assert sent_as_parcel(shop)
    assert needs_met(unboxing, shop, dt.date(2027, 1, 6))
    for said in ("delivered anywhere in the Netherlands", "order online"):
        assert sent_as_parcel(brief_from_dict(
            WORKSHOP | {"description": WORKSHOP["description"] + ", " + said}))


def test_no_price_pictures_stay_out_of_an_offers_last_days():
    """A post whose picture must show no price or link (the problem alone, a boost that runs
    a week) is not picked in an offer's last two days, when the post says the code."""
    from planner.planning.needs import needs_met

    library = TemplateLibrary().templates
    raw = WORKSHOP | {"problems": ["wobbly tables that rock on every tile"],
                      "offer": {"code": "OAK10", "discount": "10% off any table",
                                "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 24)}}
    brief = brief_from_dict(raw)
    problem = library["awareness/name-the-problem"]
    assert needs_met(problem, brief, dt.date(2027, 1, 12))
    assert not needs_met(problem, brief, dt.date(2027, 1, 24))
    assert not needs_met(problem, brief, dt.date(2027, 1, 23))
    # without an offer the problem may be told any day
    assert needs_met(problem, brief_from_dict(WORKSHOP | {"problems": raw["problems"]}),
                     dt.date(2027, 1, 24))
    last_days = [p for p in _plan(raw) if p.date >= dt.date(2027, 1, 23)]
    assert not any(p.tactic in ("name the problem", "paid boost") for p in last_days)


@pytest.mark.parametrize("cta, verb, said", [
    ("See for yourself: https://glaze.example/contact", "book",
     "Get in touch to book: https://glaze.example/contact"),
    ("More about Glaze & Co: https://glaze.example/en/contact-us/", "shop",
     "Get in touch to order: https://glaze.example/en/contact-us/"),
    ("Find out more: https://glaze.example/enquiry", "call",
     "Get in touch: https://glaze.example/enquiry"),
    # a page to look at keeps its look
    ("See for yourself: https://glaze.example/gallery", "book",
     "See for yourself: https://glaze.example/gallery"),
])
def test_a_contact_page_is_labelled_as_one(cta, verb, said):
    from planner.planning.links import labelled_cta

    url = cta.rpartition(": ")[2]
    assert labelled_cta(cta, verb, url) == said


def test_a_third_follow_ask_gives_way_to_no_closer():
    """Two "follow along" closers a calendar: a third stock follow goes and the post ends on
    its own words; a question of the post's own stays (blind read 24: three in 24 posts)."""
    from planner.planning.openers import in_register

    said = ["Follow along, we'd be glad of the company.", "We'll keep you posted: follow along."]
    text = "Every mug is thrown on the wheel in our shed.\n\nFollow us for more."
    out, cta = in_register(text, "Follow us for more.", "warm", brand="Clayhouse",
                           said_ctas=said, key="k")
    assert cta == "" and out == "Every mug is thrown on the wheel in our shed."
    # with one follow said, the register's own follow closer is still picked
    out, cta = in_register(text, "Follow us for more.", "warm", brand="Clayhouse",
                           said_ctas=said[:1], key="k")
    assert "follow" in cta.lower() and out.endswith(cta)
    # a question the post's own words end on keeps its ask however many follows were said
    ask = "Tell us in the comments."
    out, cta = in_register("Two new glazes came out of the kiln. Which should we fire next?\n\n"
                           + ask, ask, "warm", brand="Clayhouse",
                           said_ctas=said + ["Tell us below.", "Over to you."], key="k")
    assert cta == ask
    # a third ask for comments, past the follows, goes
    out, cta = in_register("Two new glazes came out of the kiln.\n\n" + ask, ask, "warm",
                           brand="Clayhouse", said_ctas=said + ["Tell us below.", "Over to you."],
                           key="k")
    assert cta == "" and out == "Two new glazes came out of the kiln."
