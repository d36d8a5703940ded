"""Prices and short qualities typed in a description, said as sentences of ours: a price in
any currency a seller writes before or after the amount ("KSh", "R$", "MAD", "450 dh") is
read as a price; a service's unit price keeps the unit as what it is for ("it's €12 a
shirt", never "a shirt is €12", which reads as if shirts were sold); a file format and a
quality ("royalty free", "dishwasher safe") are said of what is sold, never "There's a
royalty free."."""

from __future__ import annotations

import pytest

from planner.planning.facts_said import PRICE_RE, fact_sentences


@pytest.mark.parametrize("text", [
    "KSh 1,200", "R$45", "MAD 300", "300 dh", "S$80", "Rs 250", "RM40", "CZK 690",
    "690 Kč", "€14,50", "£9", "AED 99",
])
def test_currencies_written_either_side_are_prices(text):
    assert PRICE_RE.search(text)


@pytest.mark.parametrize("text", ["ISO 9001", "Route 66", "A4 prints",
                                  "ages 3-6"])
def test_codes_and_numbers_that_are_not_prices(text):
    assert not PRICE_RE.search(text)


def test_price_range_with_one_currency_is_said_as_a_range():
    assert fact_sentences(["TSh 15,000 - 40,000"], "woven mats") == \
        ["Prices run from TSh 15,000 to 40,000."]


def test_service_unit_price_names_what_it_is_for():
    said = fact_sentences(["€12 a shirt"], "shirt ironing pickup", "service")
    assert said == ["It's €12 a shirt."]


def test_product_unit_price_names_the_unit_as_the_thing():
    assert fact_sentences(["NZ$18 a jar"], "manuka honey") == ["A jar is NZ$18."]


def test_file_format_is_said_of_the_files():
    assert fact_sentences(["PDF and SVG"], "embroidery patterns", "digital") == \
        ["The files are PDF and SVG."]


@pytest.mark.parametrize("quality", ["royalty free", "dishwasher safe", "gluten-free"])
def test_short_quality_is_said_of_what_we_sell(quality):
    said = fact_sentences([quality], "stoneware mugs")[0]
    assert said == f"Our stoneware mugs are {quality}."
    assert not said.startswith("There")


SHOWN_AT_WORK = {"awareness/week-in-photos", "awareness/scroll-stopper-hook"}


def test_a_download_is_never_shown_as_an_app():
    """Digital goods that are files (sample packs, patterns) are shown being made and used,
    never as "a bug being fixed" or "a test on a real phone"."""
    from planner.domain.brief import brief_from_dict
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary
    import datetime as dt
    brief = brief_from_dict({
        "product": "cross-stitch pattern downloads", "kind": "digital", "brand": "Stitchwick",
        "description": "PDF patterns of Welsh coastal towns, with a colour and a symbol chart",
        "platforms": ["instagram", "pinterest"], "posts_per_week": 5,
        "url": "https://stitchwick.example",
        "tips": ["Start from the centre of the chart and work out.",
                 "Use two strands for the sea and one for the outlines."],
        "problems": ["charts you cannot read on a phone screen"],
        "differentiators": ["every chart drawn from a photo I took on the coast"],
        "story": ["I started charting the harbour at Aberaeron during a wet August."]})
    text, shown = "", set()
    for seed in range(4):
        cal, _ = plan_calendar(brief, TemplateLibrary(),
                               options=PlanOptions(start=dt.date(2027, 3, 1), weeks=8, seed=seed))
        text += " ".join(f"{p.text} {p.visual} {p.title}" for p in cal.posts
                         if p.template in SHOWN_AT_WORK).lower()
        shown |= {p.template for p in cal.posts}
    # the calendar tells each of the brief's facts once (no sentence twice) and writes no
    # post without one, so these fact-light templates may not be in it: each is rendered
    # for the brief too, in every wording tried
    from planner.planning.context import template_context
    from planner.domain.platforms import load_platforms

    library, plats = TemplateLibrary(), load_platforms()
    for tid in SHOWN_AT_WORK:
        t = library.templates[tid]
        for pid in ("instagram", "pinterest"):
            if not t.suits(pid):
                continue
            fmt = next((f for f in t.formats if f in plats[pid].formats), plats[pid].formats[0])
            for seed in range(8):
                ctx = template_context(brief, plats[pid], fmt, "", None, dt.date(2027, 3, 3))
                r = library.render(t, ctx, f"{seed}|{pid}")
                text += f" {r.text} {r.visual} {r.title}".lower()
                shown.add(tid)
    assert SHOWN_AT_WORK & shown
    assert "bug" not in text and "real phone" not in text and "on a real screen" not in text


def test_ai_in_a_fragment_is_no_file_format():
    said = fact_sentences(["AI-powered summaries"], "meeting notes tool", "digital")[0]
    assert not said.startswith("The files are")
