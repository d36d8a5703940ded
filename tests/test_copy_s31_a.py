"""Selling and product-fact posts a manager would publish, after blind read 30 (2026-12-06-c,
s31 helper a): a post that asks to buy never re-pastes the description's opening ("We sell
… sewn in our workroom in …" mid-post), a list of unlike things is said a sentence each,
a feature typed as a material and its participle is said as English, a Pin with no link and
no shop's name never sends people to search the goods' own words, and the offer's last call
has no "it" that points at nothing. Every brief here is our own, never a read's."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import difference_sentence, feature_sentence
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

#: goods in sizes with a price each, sold on the maker's own site, with a code
PLANTERS = {
    "product": "stoneware planters", "brand": "Potbound", "kind": "product",
    "description": "stoneware planters for house plants thrown on the wheel in our Cardiff "
                   "studio, glazed inside by hand, drainage hole or no hole, 3 sizes (small "
                   "£18, medium £26, large £38)",
    "audience": "renters who fill their flat with plants", "tone": "warm, friendly",
    "platforms": ["instagram", "facebook", "pinterest"], "sells_on": ["website"],
    "url": "https://potbound.example/shop", "country": "GB", "posts_per_week": 4,
    "start": dt.date(2027, 3, 1), "weeks": 3,
    "differentiators": ["every planter is fired twice so the glaze never crazes"],
    "faqs": [{"question": "Do they leak?",
              "answer": "The glazed ones hold water; the ones with a hole come with a saucer."}],
    "problems": ["plastic nursery pots that tip over when the plant gets big"],
    "offer": {"code": "SPRING12", "discount": "12% off all planters",
              "starts": dt.date(2027, 3, 1), "ends": dt.date(2027, 3, 14)},
}

#: a maker with no brand and no web address, selling on Etsy only
CANDLES = {
    "product": "beeswax taper candles", "platforms": ["instagram", "pinterest"],
    "sells_on": ["etsy"], "posts_per_week": 3, "start": dt.date(2027, 4, 5), "weeks": 3,
}


def _posts(raw: dict):
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1))
    return cal.posts


def test_a_feature_is_never_the_goods_themselves():
    for p in _posts(PLANTERS):
        if p.template == "consideration/one-feature":
            assert "for house plants" not in p.text, p.text
            assert "for house plants" not in p.title, p.title


def test_the_last_call_has_no_it_that_points_at_nothing():
    for p in _posts(PLANTERS):
        assert "meaning to use it" not in p.text, p.text


def test_unlike_things_in_one_list_are_said_apart():
    said = difference_sentence("330ml cans, from small breweries we visit around Leeds, York "
                               "and Hull, tasting note with food pairings", "craft beer club",
                               "product")
    assert not said.startswith("There are 330ml")
    assert "Each can is 330ml" in said
    assert "There's a tasting note with food pairings." in said
    # a plain list of parts still reads as what the goods come with
    plain = difference_sentence("linen cover, brass zip", "cushions", "product")
    assert plain.startswith("Our cushions come with") and plain.count(".") == 1


def test_a_feature_of_material_and_participle_is_english():
    assert feature_sentence("zinc lined inside by hand", "window boxes") \
        == "Our window boxes are zinc-lined inside by hand."
    assert feature_sentence("enamelled inside by hand", "cast iron pans") \
        == "Our cast iron pans are enamelled inside by hand."
    assert feature_sentence("oak handle or ash handle", "bread knife") \
        == "Our bread knife comes with an oak handle or an ash handle."
    assert feature_sentence("BPA-free screw lids", "water bottles") \
        == "Our water bottles have BPA-free screw lids."
    assert feature_sentence("fits Brompton, Tern and Dahon frames, most 16 and 20 inch folders",
                            "bike bag", "Foldpack") \
        == "Foldpack fits Brompton, Tern and Dahon frames, most 16 and 20 inch folders."


def test_a_pin_with_no_link_and_no_shop_name_never_searches_the_goods():
    pins = [p for p in _posts(CANDLES) if p.platform == "pinterest"]
    assert pins
    for p in pins:
        assert "search “" not in p.text, p.text
    asking = [p for p in pins if "Etsy" in p.text]
    assert asking
    for p in asking:
        assert "Pin link: add the Etsy listing's address" in p.notes, p.notes


#: a service booked by ringing a number the description gives
SWEEP = {
    "product": "chimney sweeping", "brand": "Flueline Sweeps", "kind": "service",
    "action": "call",
    "description": "chimney sweeping and smoke tests for wood burners and open fires across "
                   "Shropshire, certificate for your insurer after every sweep, "
                   "phone 01743 555 019",
    "tone": "plain, honest", "platforms": ["facebook", "x", "instagram"], "country": "GB",
    "posts_per_week": 3, "start": dt.date(2027, 9, 6), "weeks": 3,
    "differentiators": ["dust sheets and a HEPA vacuum, so the room is left as we found it"],
    "faqs": [{"question": "How often should I have it swept?",
              "answer": "Once a year for smokeless fuel, twice a year if you burn wood."}],
    "problems": ["a wood burner that smokes back into the room"],
}

#: a subscription box whose description lists what comes in it
TEA = {
    "product": "loose-leaf tea subscription", "brand": "Kettlebound", "kind": "product",
    "action": "subscribe",
    "description": "two loose-leaf teas in a tin every month, 50g pouches, from small gardens "
                   "we buy from in Assam and Darjeeling, brewing card with water temperature "
                   "and steep time, the solo box is €16 a month and the sharing box is €28 a "
                   "month, skip or cancel any month",
    "tone": "calm, friendly", "platforms": ["instagram", "threads", "tiktok"],
    "url": "https://kettlebound.example/join", "country": "IE", "posts_per_week": 4,
    "start": dt.date(2027, 5, 3), "weeks": 3,
    "differentiators": ["every tea is tasted by us before it goes in a box"],
    "faqs": [{"question": "Can I pause?",
              "answer": "Yes, skip any month from your account before the 20th."}],
}


def test_an_ask_that_rings_the_number_never_tells_it_twice():
    for p in _posts(SWEEP):
        if p.stage == "conversion":
            assert p.text.count("01743 555 019") <= 1, p.text


def test_a_feature_post_is_a_sentence_about_a_part():
    features = [p for p in _posts(TEA) if p.template == "consideration/one-feature"]
    assert features
    for p in features:
        first = p.text.splitlines()[0]
        assert "from small gardens" not in first or first.startswith("Each pouch"), first
        assert not first.endswith(": 50g pouches."), first
        assert "two loose-leaf teas in a tin" not in first, first


#: a digital course with an offer, by one teacher
PAINT = {
    "product": "online watercolour course", "brand": "Wetpaper", "kind": "digital",
    "description": "an online watercolour course for beginners with 30 short video lessons "
                   "filmed in my studio, a printable colour-mixing chart, lifetime access, "
                   "€89 one-off payment",
    "tone": "encouraging, warm", "platforms": ["instagram", "youtube", "pinterest"],
    "url": "https://wetpaper.example/course", "country": "NL", "posts_per_week": 4,
    "start": dt.date(2027, 2, 1), "weeks": 3,
    "tips": ["Wet the paper first for soft skies."],
    "faqs": [{"question": "Do I need expensive paint?",
              "answer": "No, a student set of 12 colours is plenty to start."}],
    "offer": {"code": "WET20", "discount": "20% off the course",
              "starts": dt.date(2027, 2, 1), "ends": dt.date(2027, 2, 14)},
}


def test_a_selling_post_never_names_the_goods_twice_over():
    for p in _posts(PAINT):
        if p.stage == "conversion":
            lines = [line for line in p.text.splitlines() if line.strip()]
            assert not (lines[0].endswith("from Wetpaper.") and len(lines) > 1
                        and lines[1].startswith("Wetpaper is")), p.text
