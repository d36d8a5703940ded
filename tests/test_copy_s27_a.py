"""Brief facts turned into sentences that are grammatical, true and said once, after blind
read 26 (2026-12-05, s27 helper a): no "There is/are" before a phrase that is no noun phrase,
a charge never said as a perk, a price list said whole, a business never introduced as a
person. Every brief here is our own, never a read brief."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.facts_said import description_details, difference_sentence
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from tests.calendar_helpers import posts


def _plan(raw: dict, weeks: int = 4) -> list[CalendarPost]:
    return posts(raw, weeks)


def _text(posts: list[CalendarPost]) -> str:
    return "\n".join(p.text for p in posts)


#: a tea box whose description lists facts that open on a verb, a quantifier and a courier
TEA = {
    "product": "Kettlehouse loose-leaf tea subscription box", "brand": "Kettlehouse",
    "platforms": ["instagram", "facebook"],
    "description": "a box of three loose-leaf teas blended in Harrogate every month, arrives "
                   "in the letterbox on the second Friday, each tin with its own brewing card, "
                   "courier to anywhere in the UK, free delivery in Harrogate, Ripon and Knaresborough",
    "cadence": {"instagram": 3, "facebook": 2},
}

#: a chimney sweep whose description has a quantifier fragment, a fee and a surcharge
SWEEP = {
    "product": "chimney sweeping", "brand": "Sootwell", "kind": "service", "solo": True,
    "platforms": ["facebook", "instagram"],
    "description": "chimney sweeping for wood burners and open fires, any stove, sweep visit "
                   "£65, plus £0.60 per mile beyond 15 miles from Kendal, bird guard fitting £45",
    "faqs": [{"question": "How long does a sweep take?", "answer": "About 45 minutes, with dust sheets down."}],
    "cadence": {"facebook": 2, "instagram": 1},
}


def test_no_there_is_before_a_phrase_that_is_no_noun_phrase():
    details = description_details(TEA["description"], TEA["product"])
    said = " ".join(details)
    assert "There are arrives" not in said and "There's arrives" not in said
    assert "There's each tin" not in said and "There's a courier" not in said
    assert "Each tin comes with its own brewing card." in said
    assert "We courier to anywhere in the UK." in said
    # a list of places is one thing, never "… in Harrogate and Ripon and Knaresborough"
    assert "Harrogate, Ripon and Knaresborough" in said
    assert "Ripon and Knaresborough" in said and "Harrogate and Ripon" not in said
    text = _text(_plan(TEA))
    assert not re.search(r"There(?: are|'s| is) (?:arrives|lands|each|all|own|a courier)\b", text, re.I)


def test_a_verb_a_quantifier_and_own_things_get_a_subject():
    assert difference_sentence("lands on your mat every Monday", "yoga mat cleaning box",
                               "product") == "Your box lands on your mat every Monday."
    assert difference_sentence("own electricians, never agency staff", "rewiring", "service") \
        .startswith("We have our own electricians, never agency staff")
    # the work of a service is its verb; a quantifier with no work to go with is left out
    assert difference_sentence("all models", "chimney sweeping", "service") == ""
    assert difference_sentence("all models", "lawnmower repair", "service") == "We repair all models."
    sweep = " ".join(description_details(SWEEP["description"], SWEEP["product"], "service"))
    assert "There are any" not in sweep and "There's any" not in sweep


def test_a_charge_is_never_said_as_a_perk_and_goes_with_its_price():
    said = " ".join(description_details(SWEEP["description"], SWEEP["product"], "service"))
    assert "also get £0.60" not in said
    assert "A sweep visit is £65, plus £0.60 per mile beyond 15 miles from Kendal" in said
    assert "a plus is" not in said.lower()
    text = _text(_plan(SWEEP, weeks=2))
    assert "get £0.60" not in text and "a plus is" not in text


def test_a_price_list_is_said_whole_and_a_second_way_to_pay_with_it():
    said = " ".join(description_details(
        "hand-thrown stoneware planters, small 12 cm is £18 GBP, medium 16 cm £26 GBP, "
        "large 20 cm £38 GBP", "stoneware planters"))
    assert "£18" in said and "£26" in said and "£38" in said
    assert "The small 12 cm is £18 GBP" in said
    course = " ".join(description_details(
        "an online bread course with 12 video lessons, €89 one-off payment with lifetime "
        "access, or 3x of €30, certificate of completion at the end", "bread course", "digital"))
    assert "It's €89, paid once, with lifetime access, or 3 instalments of €30." in course
    assert "one-off payment with" not in course
    assert "You get a certificate of completion at the end." in course


def test_a_business_name_is_never_introduced_as_a_person():
    # "Sootwell Barker" reads like a person's name, but no story names a Sootwell
    raw = dict(SWEEP, brand="Sootwell Barker")
    text = _text(_plan(raw, weeks=4))
    assert "I'm Sootwell" not in text
    told = dict(raw, story=["Sootwell is my grandfather's nickname, I took it over in 2019."])
    from planner.planning.context import template_context
    from planner.domain.platforms import load_platforms

    brief = brief_from_dict(told)
    ctx = template_context(brief, load_platforms()["instagram"], "static", "", {}, dt.date(2027, 1, 4))
    assert ctx["brand_is_person"]
    brief = brief_from_dict(raw)
    ctx = template_context(brief, load_platforms()["instagram"], "static", "", {}, dt.date(2027, 1, 4))
    assert not ctx["brand_is_person"]


#: a potter launching a mug on three platforms
MUGS = {
    "product": "stoneware mugs and bowls", "brand": "Gullwing Pottery",
    "platforms": ["instagram", "facebook", "threads"],
    "description": "stoneware mugs and bowls thrown by hand in St Ives, £24 to £40",
    "url": "https://gullwing.example/shop",
    "launch": {"what": "the Tidepool mug, 350 ml, glazed in sea green with a speckled rim, £28",
               "date": dt.date(2027, 1, 20)},
    "cadence": {"instagram": 3, "facebook": 2, "threads": 2},
}


def test_a_launch_is_described_once_and_said_short_after():
    posts = _plan(MUGS)
    launch = [p for p in posts if "Tidepool" in p.text]
    assert len(launch) >= 3, [p.text for p in launch]
    described = [p for p in launch if "glazed in sea green with a speckled rim, £28" in p.text]
    assert len(described) <= 1, [p.text for p in described]
    # every post on the day still says what it costs
    day = [p for p in launch if p.date == dt.date(2027, 1, 20)]
    assert day and all("£28" in p.text for p in day), [p.text for p in day]
    # the teaser holds the price back for the day
    before = [p for p in launch if p.date < dt.date(2027, 1, 20)]
    assert all("£28" not in p.text for p in before), [p.text for p in before]


def test_an_ask_points_where_the_brief_has_a_way_in():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    plats = load_platforms()
    # a course with its own page, sold through a course marketplace: the page, never a search
    course = brief_from_dict({"product": "watercolour for beginners online course", "brand": "Wetpaper",
                              "kind": "digital", "platforms": ["instagram", "facebook"],
                              "sells_on": ["hotmart"], "url": "https://wetpaper.example/course"})
    for plat in ("instagram", "facebook"):
        ctx = template_context(course, plats[plat], "static", "", {}, dt.date(2027, 1, 5))
        assert "search" not in ctx["go"] and "Hotmart" not in ctx["go"], ctx["go"]
    assert template_context(course, plats["instagram"], "static", "", {},
                            dt.date(2027, 1, 5))["go"] == "link in bio"
    # a Pin with no address behind it says where the shop is, never "link on the Pin"
    pins = brief_from_dict({"product": "hand-bound linen notebooks", "brand": "Quire Lane",
                            "platforms": ["pinterest"], "sells_on": ["etsy"]})
    ctx = template_context(pins, plats["pinterest"], "pin", "", {}, dt.date(2027, 1, 5))
    assert ctx["link_hint"] == "search “Quire Lane” on Etsy", ctx["link_hint"]
    bare = brief_from_dict({"product": "hand-bound linen notebooks", "platforms": ["pinterest"]})
    ctx = template_context(bare, plats["pinterest"], "pin", "", {}, dt.date(2027, 1, 5))
    assert "link on the Pin" not in ctx["link_hint"] and "link on the Pin" not in ctx["go"]


def test_a_live_stream_is_never_registered_for():
    raw = {"product": "sourdough starter kits", "brand": "Crumbhouse",
           "platforms": ["youtube", "facebook", "instagram"], "url": "https://crumbhouse.example",
           "description": "a dried starter, a jar and a scraper, with a feeding guide, £18",
           "events": [{"title": "Live: feeding a starter from day one", "when": dt.datetime(2027, 1, 21, 19, 0),
                       "platform": "youtube", "link": "https://youtube.com/@crumbhouse"}],
           "cadence": {"youtube": 1, "facebook": 2, "instagram": 2}}
    posts = _plan(raw)
    about = [p for p in posts if "feeding a starter" in p.text.lower()]
    assert about, [p.text for p in posts]
    for p in about:
        assert not re.search(r"(?im)^(?:register|sign up|save your seat|your place|your seat)\b", p.text), p.text
    # a webinar with its own sign-up page is still registered for
    from planner.planning.links import stream_cta
    assert stream_cta("Register: https://youtube.com/@crumbhouse", "youtube").startswith("Set a reminder")
    assert stream_cta("Ask us below", "youtube") == "Ask us below"


def test_a_selling_post_after_the_price_line_says_the_price_in_words_of_its_own():
    from planner.planning.facts_said import price_again

    # (session 30: a list of prices with what each buys is said whole, never cut to its lowest)
    assert price_again("The small tin is £6, the large tin is £11.") == \
        "It's £6 for the small tin and £11 for the large tin."
    assert price_again("A lesson is €40, plus €0.30 per km beyond 20 km.") == "A lesson costs €40."
    # a list that does not start at its lowest says no "from": each price with its own
    assert price_again("A day ticket is £14,50 and towel hire is £3.") == \
        "It's £14,50 for a day ticket and £3 for towel hire."
    raw = {"product": "loose-leaf tea tins", "brand": "Steepwell", "url": "https://steepwell.example",
           "description": "loose-leaf teas blended by hand in York, small tin is £6, large tin is £11, "
                          "we post all over the UK in 2 days",
           "differentiators": ["blended in small batches every Monday",
                               "every tin is compostable, lid and all"],
           "quotes": [{"text": "Best breakfast tea I have had in years.", "by": "Anna, Leeds"}],
           "faqs": [{"question": "Is the tin recyclable?", "answer": "Yes, it is steel."},
                    {"question": "How long does it keep?", "answer": "About a year, sealed and dry."}],
           "tips": ["Brew green tea at 80C, never boiling."],
           "problems": ["tea bags that taste of paper"],
           "offer": {"code": "STEEP10", "discount": "10% off", "starts": dt.date(2027, 1, 11),
                     "ends": dt.date(2027, 1, 17)},
           "platforms": ["instagram", "facebook", "pinterest", "youtube"],
           "cadence": {"instagram": 3, "facebook": 2, "pinterest": 2, "youtube": 1}}
    posts = _plan(raw)
    line = "The small tin is £6 and the large tin is £11."
    # the line itself once; YouTube's selling posts, after it, say the price in words of
    # their own rather than leave it out
    assert sum(line.rstrip(".") in p.text for p in posts) <= 1
    # (after the merge with session 27's moments and spread, YouTube's selling posts here are
    # the offer's own, which give the code, not the price: the second wording is held by the
    # unit checks above)


def test_no_gift_line_when_the_buyer_is_a_business():
    raw = {"product": "commercial kitchen extraction filters", "brand": "Greaseguard Supplies",
           "b2b": True, "platforms": ["linkedin", "facebook"], "url": "https://greaseguard.example",
           "description": "stainless baffle filters cut to size for restaurant canopies, from £48",
           "differentiators": ["cut to your canopy's size within 3 working days"],
           "problems": ["a fire inspection that fails on greasy filters"],
           "start": dt.date(2026, 11, 30), "cadence": {"linkedin": 3, "facebook": 2}}
    brief = brief_from_dict(raw)
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1, weeks=4))
    text = _text(cal.posts)
    assert not re.search(r"(?i)someone else|gift|present for", text), text
    from planner.planning.offering import gift_occasion
    assert gift_occasion(brief, dt.date(2026, 12, 1)) == ""
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    lib = TemplateLibrary()
    for seed in range(12):
        ctx = template_context(brief, load_platforms()["linkedin"], "static", "", {}, dt.date(2026, 12, 1))
        out = lib.render(lib.get("consideration/honest-fit-check"), ctx, f"{seed}").text
        assert "someone else" not in out, out
