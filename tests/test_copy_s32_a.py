"""Selling and product-fact posts a manager would publish, after blind read 31 (2026-12-06-d,
s32 helper a): a measure typed as its name and value ("range …", "accuracy …") is said as
what the goods have, two words for one thing ("SMS and WhatsApp alert") take one article,
a standard's number is no count, a list after "for" is never split into a feature of its
own nor cut mid-list, a price typed with no verb is said as a sentence, and a feature the
calendar already told in a sentence is no spotlight of its own. Every brief here is our
own, never a read's."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import (
    brief_details, core_sentences, difference_sentence, feature_sentence,
)
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import description_features

#: a B2B device with a monthly fee, sold by a call
METERS = {
    "product": "wireless soil moisture sensors for vineyards", "brand": "Rootline",
    "kind": "product",
    "description": "LoRa soil moisture sensors for vineyards, fruit orchards and olive groves, "
                   "depth 30 to 90 cm, battery 5 years, SMS and email alert "
                   "within 10 minutes of a dry reading, ISO 9001 audit log in the app. €240 per sensor plus €9 per "
                   "sensor per month for the app and the warnings. Fitted and calibrated "
                   "from our base in Mendoza.",
    "audience": "vineyard managers in Mendoza and San Juan", "tone": "formal, plain",
    "platforms": ["linkedin", "x", "youtube"], "sells_on": ["website"],
    "url": "https://rootline.example/contact", "action": "call", "b2b": True,
    "country": "AR", "posts_per_week": 5, "start": dt.date(2027, 5, 3), "weeks": 4,
    "differentiators": ["we fit the sensors ourselves within 10 days of your order"],
    "reviews": "Running in 60 vineyards since 2024",
}


def _posts(raw: dict):
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1))
    return cal.posts


def test_a_measure_is_said_as_what_the_goods_have():
    said = difference_sentence("depth 30 to 90 cm", "soil sensors")
    assert said == "Our soil sensors have a depth of 30 to 90 cm.", said
    said = feature_sentence("battery 5 years", "soil sensors", "Rootline")
    assert said == "Our soil sensors have a battery of 5 years.", said
    # (a word no measure is named by stays out of it)
    assert "of 2" not in difference_sentence("only 2 left", "soil sensors")


def test_two_words_for_one_thing_take_one_article():
    said = difference_sentence("SMS and email alert within 10 minutes of a dry reading", "soil sensors")
    assert said.startswith("There's an SMS and email alert"), said
    said = feature_sentence("SMS and email alert within 10 minutes of a dry reading", "soil sensors",
                            "Rootline")
    assert said == "Our soil sensors come with an SMS and email alert within 10 minutes of a dry reading.", said


def test_a_standards_number_is_no_count():
    said = difference_sentence("ISO 9001 audit log in the app", "soil sensors")
    assert "an ISO 9001 audit log" in said, said
    said = difference_sentence("21 CFR Part 11 audit log in the app", "soil sensors")
    assert "a 21 CFR Part 11 audit log" in said, said


def test_a_list_after_for_is_one_part():
    b = brief_from_dict(METERS)
    features = description_features(b)
    assert not any(f.startswith("fruit orchards") for f in features), features
    assert any(f.endswith("vineyards, fruit orchards and olive groves") for f in features), features
    cores = core_sentences(b.description, b.kind, b.brand, b.product)
    assert all("olive groves" in c for c in cores), cores


def test_a_price_and_a_made_line_with_no_verb_are_said_as_sentences():
    details = brief_details(brief_from_dict(METERS))
    assert "Each sensor costs €240, plus €9 a month for the app and the warnings." in details, details
    assert not any(d.startswith("€240 per sensor") for d in details), details
    assert any(d.startswith("Our wireless soil moisture sensors are fitted and calibrated") for d in details), details


def test_no_post_pastes_a_measure_or_a_price_list():
    for p in _posts(METERS):
        for bad in ("There's a depth", "There's a battery", "There are SMS and email",
                    ": depth 30", ": battery 5", "There are 9001", "€240 per sensor plus",
                    "We sell LoRa soil moisture sensors for vineyards.",
                    "have fruit orchards and olive groves"):
            assert bad not in p.text, (bad, p.text)


def test_a_size_of_pack_is_said_of_the_pack():
    said = difference_sentence("250 g bags, roasted in Leeds", "coffee beans")
    assert said == "Each bag is 250 g, and they're roasted in Leeds.", said
    said = difference_sentence("2 kg sacks, milled in Ghent", "spelt flour club")
    assert "club comes" not in said and said.startswith("Each sack is 2 kg"), said
    said = difference_sentence("100g tins, from one farm in Uji", "matcha teas")
    assert " and a from" not in said and said.startswith("Each tin is 100g"), said


#: a service booked by phone, its prices typed as a minimum and a range
PIERCING = {
    "product": "ear piercing", "brand": "Argola", "kind": "service",
    "description": "ear piercing with a sterile needle, lobe, helix, tragus, conch, daith. "
                   "Minimum €35, most piercings with titanium jewellery are €45-€70, "
                   "jewellery chosen before we start.",
    "audience": "students and young professionals in Porto", "tone": "friendly",
    "platforms": ["instagram", "facebook"], "sells_on": ["website"],
    "url": "https://argola.example/marcar", "country": "PT", "posts_per_week": 3,
    "start": dt.date(2027, 6, 7), "weeks": 3,
}


def test_a_minimum_price_is_where_prices_start():
    details = brief_details(brief_from_dict(PIERCING))
    assert any(d.startswith("Prices start at €35. Most piercings") for d in details), details
    assert not any(d.startswith("Minimum €35") for d in details), details


def test_a_long_list_with_no_head_is_left_out():
    said = difference_sentence("sterile needle and clamp, lobe, helix, tragus, conch",
                               "ear piercings", "service")
    assert said == "", said
    for p in _posts(PIERCING):
        assert "There are sterile needle" not in p.text and "Minimum €35" not in p.text, p.text


#: goods in sizes with a price each, made by hand, a list of sizes typed with no verb
BOXES = {
    "product": "oak window boxes", "brand": "Sillwood", "kind": "product",
    "description": "oak window boxes that sit on the sill, fit sills 12 to 20 cm deep. "
                   "Three widths, 50 cm for £45 and 80 cm for £65 and 100 cm for £80, colours "
                   "natural, charcoal and sage. Cut and joined at a workshop in Frome.",
    "audience": "flat owners who grow herbs", "tone": "plain",
    "platforms": ["instagram", "facebook"], "sells_on": ["website"],
    "url": "https://sillwood.example/shop", "country": "GB", "posts_per_week": 3,
    "start": dt.date(2027, 4, 5), "weeks": 3,
}


def test_lines_with_no_subject_are_said_of_the_goods():
    details = brief_details(brief_from_dict(BOXES))
    assert "Our oak window boxes fit sills 12 to 20 cm deep." in details, details
    assert any(d.startswith("Our oak window boxes come in three widths, 50 cm for £45") and
               ", in natural, charcoal and sage" in d for d in details), details
    assert any(d.startswith("Our oak window boxes are cut and joined at a workshop in Frome")
               for d in details), details
    for p in _posts(BOXES):
        for bad in ("Fit sills", "Three widths, 50 cm", "Cut and joined at"):
            assert bad not in p.text, (bad, p.text)
