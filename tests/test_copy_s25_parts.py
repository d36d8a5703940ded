"""Description parts said as sentences after blind read 25 (2026-12-05, s25; tuned on its
grades after they were reported): a part that opens on its price, "both" priced together, a
quality, a weight and a number of sizes. Every brief here is our own."""

from __future__ import annotations

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import brief_details

HATS = {"product": "merino baby hats", "brand": "Lamb & Loop", "platforms": ["instagram"],
        "description": "merino baby hats knitted in Dunedin, 4 sizes from newborn to 3 years, "
                       "NZD 39 for newborn up to NZD 49 for toddler, machine washable at 30, "
                       "about 60 g each"}


def _details(raw: dict) -> list[str]:
    return brief_details(brief_from_dict(raw))


def test_a_part_that_opens_on_its_price_is_a_price():
    details = _details(HATS)
    assert "Prices run from NZD 39 for newborn up to NZD 49 for toddler." in details
    assert not any(d.startswith(("An NZD", "A NZD")) for d in details)
    box = _details({"product": "vegetable box", "platforms": ["instagram"],
                    "description": "a weekly vegetable box from three farms near Graz, "
                                  "€29 a week or €110 for 4 weeks"})
    assert "It's €29 a week or €110 for 4 weeks." in box, box


def test_both_together_are_priced_in_the_plural():
    details = _details({"product": "sourdough starter kits", "brand": "Mother Dough",
                        "platforms": ["instagram"],
                        "description": "sourdough starter kits with a dried starter, a jar and "
                                       "a guide, Starter Kit €24, Baking Kit €39, both €55"})
    assert any("both are €55" in d for d in details), details
    assert not any("both is" in d for d in details)


def test_a_quality_a_weight_and_a_range_of_sizes_are_the_things():
    details = _details(HATS)
    assert "There are 4 sizes, from newborn to 3 years." in details
    assert "Our merino baby hats are machine washable at 30." in details
    assert "Our merino baby hats are about 60 g each." in details
    assert not any(d.startswith(("There's a machine", "There's an about", "4 sizes come"))
                   for d in details)
    cheese = _details({"product": "Bergkäse tasting box", "platforms": ["instagram"],
                       "description": "three mountain cheeses from Vorarlberg, about 900 g in "
                                      "total, cut to order"})
    assert any(d.startswith("Each box is about 900 g in total") for d in cheese), cheese
    boxes = _details({"product": "Bergkäse tasting boxes", "platforms": ["instagram"],
                      "description": "three mountain cheeses from Vorarlberg, about 900 g in "
                                    "total, cut to order"})
    assert any(d.startswith("Each box is about 900 g in total") for d in boxes), boxes


def test_a_call_is_asked_for_with_the_number_where_no_link_can_be_tapped():
    """(read 25) action "call" and a phone number in the description: an Instagram post's
    ask gives the number, never "link in bio"; a LinkedIn post keeps the contact page."""
    import datetime as dt

    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    raw = {"product": "commercial boiler servicing", "brand": "Kessel & Co", "kind": "service",
           "platforms": ["instagram", "linkedin"], "action": "call", "b2b": True,
           "url": "https://kesselco.example/kontakt",
           "description": "commercial boiler servicing for hotels and schools in Graz, annual "
                          "safety checks, emergency call-outs within 4 hours, "
                          "phone 0316 555 12 12",
           "cadence": {"instagram": 2, "linkedin": 2}}
    cal, _ = plan_calendar(brief_from_dict(raw), TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=3))
    insta = [p.cta for p in cal.posts if p.platform == "instagram" and "call" in p.cta.lower()]
    assert insta and all("0316 555 12 12" in c for c in insta if ":" in c), insta
    assert not any("link in bio" in p.cta for p in cal.posts if p.platform == "instagram")


def test_a_name_the_seller_capitalises_keeps_its_capital():
    """(read 25) "Procreate brush packs …" for "Sumikobo Procreate brushes" was "I offer
    procreate brush packs": a word capitalised inside the product line too is a name."""
    from planner.planning.facts_said import core_sentences

    said = core_sentences("Lightroom presets for wedding photographers who shoot film, "
                          "40 looks, one-click install", "digital", "Halide Looks",
                          "Halide Lightroom presets")
    assert said and "Lightroom presets for wedding photographers" in said[0], said
    # a capital typed only at the start of the description is no name
    said = core_sentences("Hand-dyed silk scarves from Lyon, 12 colours", "product", "Soie",
                          "silk scarves")
    assert said and "hand-dyed silk scarves" in said[0], said


def test_a_description_that_opens_on_how_often_says_it_first():
    """(read 25) "every month 3 cheeses from …" was "We sell every month 3 cheeses …"."""
    from planner.planning.facts_said import core_sentences

    said = core_sentences("every month four single-origin coffees from Rwandan co-ops, 250 g "
                          "each", "product", "Ikawa Club", "coffee subscription")
    assert said and said[0].startswith("Every month, we send four single-origin coffees"), said
    # a frequency said as an adjective is the goods' own ("weekly veg boxes")
    said = core_sentences("weekly veg boxes from three farms near Graz", "product",
                          "Gemüsekiste", "veg boxes")
    assert said and "Weekly, we" not in said[0], said
