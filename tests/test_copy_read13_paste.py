"""Blind read 13 (reported): brief lines that reach captions, titles and visuals pasted with
their owner's grammar and case. Days, months, services and the brief's own places are
printed with their capitals; a spaced hyphen is a dash; a product with a list after a comma
is said by its name; free shipping keeps its threshold; one person says "my"."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.context import template_context
from planner.planning.facts_said import difference_sentence, tidy, with_threshold
from planner.planning.render import TemplateLibrary
from planner.planning.wording import (
    brief_names,
    cased,
    is_solo,
    maker_of,
    mend,
    product_said,
    said_title,
)

PLATS = load_platforms()


# ---- days, months, services and places written small -----------------------------------

@pytest.mark.parametrize("said, printed", [
    ("Order by wednesday for pick-up on friday.", "Order by Wednesday for pick-up on Friday."),
    ("Fresh loaves every weds and sat.", "Fresh loaves every Wednesday and Saturday."),
    ("Open late thurs, closed mondays.", "Open late Thursday, closed Mondays."),
    ("We opened one rainy morning in october 2019.", "We opened one rainy morning in October 2019."),
    ("Back on 3 may with new stock.", "Back on 3 May with new stock."),
    ("4.7 stars from 96 google reviews", "4.7 stars from 96 Google reviews"),
    ("— Aiko, etsy review", "— Aiko, Etsy review"),
    ("join our whatsapp group or our facebook page", "join our WhatsApp group or our Facebook page"),
    ("printed on italian linen, shipped to canada & usa",
     "printed on Italian linen, shipped to Canada & USA"),
])
def test_days_months_and_names_are_printed_with_their_capitals(said, printed):
    assert cased(said) == printed


@pytest.mark.parametrize("said", [
    "You may find it calmer in the sun.",   # "may" and "sun" are words of their own
    "We sat down and made a march of it.",  # ... and "sat", "march"
    "Shop: https://example.etsy.com #etsy @google.fan",  # links, tags and handles as they are
    "“Best thing I bought on a saturday.” — Ravi",  # a customer's words are theirs
])
def test_words_that_are_not_names_and_verbatim_text_stay_as_they_are(said):
    assert cased(said) == said


def test_a_place_the_brief_names_with_a_capital_is_printed_so_where_it_writes_it_small():
    brief = brief_from_dict({
        "product": "sea-glass earrings", "brand": "Tidewrack",
        "description": "earrings made from sea glass picked on the beaches around Whitby.",
        "differentiators": ["posted from whitby within 2 days"],
        "timezone": "Europe/London",
        "events": [{"title": "Beach clean and stall", "when": "2027-06-05T10:00:00",
                    "platform": "instagram", "place": "West Pier, Sandsend Rd, Scarborough"}],
    })
    names = brief_names(brief)
    assert "Whitby" in names and "London" in names and "Scarborough" in names
    assert "Tidewrack" not in names
    assert cased("Posted from whitby within 2 days.", names) == "Posted from Whitby within 2 days."
    # a word of the brand is never a name to capitalise ("Brass & Bark" and "solid brass")
    brief = brief_from_dict({"product": "brass tags", "brand": "Brass Wren",
                             "description": "tags cut from Brass Wren sheet in Leeds."})
    assert "Brass" not in brief_names(brief)


# ---- spaced hyphens ----------------------------------------------------------------------

def test_a_spaced_hyphen_is_a_dash_and_a_range_of_numbers_an_en_dash():
    assert cased("every 10th coffee free - just ask at the till") == \
        "every 10th coffee free — just ask at the till"
    assert cased("open 9 - 5 on weekdays") == "open 9–5 on weekdays"
    assert mend("press each cake lightly - it sets overnight") == \
        "Press each cake lightly — it sets overnight"
    assert cased("Ty-Coch, Pen-y-Bryn and a 2-3 day wait") == "Ty-Coch, Pen-y-Bryn and a 2-3 day wait"


@pytest.mark.parametrize("fact, item, said", [
    ("foldable - packs flat into a jacket pocket", "rain hats",
     "Our rain hats are foldable — each one packs flat into a jacket pocket."),
    ("washable - goes in at 40 degrees", "dog bed",
     "Our dog bed is washable — it goes in at 40 degrees."),
    ("compostable - return the pot to the shop", "seedlings",
     "Our seedlings are compostable — return the pot to the shop."),
    ("4 flavours max, no sugar, no gums", "ice lollies",
     "There are 4 flavours max, no sugar, no gums."),
    ("15 min fitting before every order, included", "made-to-measure shirts",
     "There's a 15-min fitting before every order, included."),
])
def test_a_fragment_with_a_dash_or_a_count_is_said_as_a_sentence(fact, item, said):
    assert difference_sentence(fact, item) == said


def test_a_span_of_time_before_a_word_that_is_no_noun_stays_apart():
    assert tidy("cooled in 20 mins flat") == "cooled in 20 mins flat"
    assert tidy("a 10 min walk from the station") == "a 10-min walk from the station"


def test_an_event_title_with_a_spaced_hyphen_is_its_name_and_its_detail():
    assert said_title("noche de tango - dance night in the hall, with wine") == \
        "noche de tango (dance night in the hall, with wine)"
    assert said_title("Open studio 10 - 12") == "Open studio 10 - 12"


# ---- the product as a sentence carries it -------------------------------------------------

@pytest.mark.parametrize("product, said", [
    ("hand thrown mugs from Bryn Clay studio, cups bowls and jugs",
     "hand-thrown mugs from Bryn Clay studio"),
    ("Chutney de la Abuela, mango + chilli, 300g jar", "Chutney de la Abuela"),
    ("beeswax wraps (set of three sizes)", "beeswax wraps"),
    ("pan, café y pasteles", "pan, café y pasteles"),  # a list of its own: said whole
    ("tent pitches, campervan pitches and lodges", "tent pitches, campervan pitches and lodges"),
])
def test_the_product_is_said_without_its_list_tail(product, said):
    assert product_said(product) == said


def test_with_no_brand_the_business_is_called_by_the_name_the_product_gives():
    assert maker_of(brief_from_dict({"product": "hand thrown mugs from Bryn Clay studio, cups "
                                                "bowls and jugs"})) == "Bryn Clay studio"
    assert maker_of(brief_from_dict({"product": "Luna Norte – night sky photo course"})) == \
        "Luna Norte"
    assert maker_of(brief_from_dict({"product": "beeswax wraps (set of three sizes)"})) == \
        "Beeswax wraps"


def test_an_image_text_names_the_business_not_the_product_line():
    brief = brief_from_dict({"product": "hand thrown mugs from Bryn Clay studio, cups bowls "
                                        "and jugs", "platforms": ["facebook"],
                             "quotes": [{"text": "Lovely mug.", "by": "Ann"}]})
    lib = TemplateLibrary()
    t = lib.get("advocacy/honest-review-ask")
    ctx = template_context(brief, PLATS["facebook"], "static", "", day=dt.date(2027, 3, 1))
    out = lib.render(t, ctx, key="k")
    assert "cups bowls and jugs" not in out.visual
    assert "'Been a Bryn Clay studio customer?" in out.visual
    assert "of the bryn" not in out.visual.lower()
    branded = brief_from_dict({"product": "olive oil", "brand": "Oliveto",
                               "platforms": ["facebook"]})
    ctx = template_context(branded, PLATS["facebook"], "static", "", day=dt.date(2027, 3, 1))
    assert "'Been an Oliveto customer?" in lib.render(t, ctx, key="k").visual


# ---- free shipping keeps its threshold ------------------------------------------------------

def test_free_shipping_said_by_a_brief_line_keeps_the_threshold():
    terms = "on orders over 60€ anywhere in Portugal"
    assert with_threshold("Yes, to Spain too. Free shipping is Portugal only.", terms) == \
        "Yes, to Spain too. Free shipping on orders over 60€ is Portugal only."
    assert with_threshold("Free delivery over 60€ in Portugal.", terms) == \
        "Free delivery over 60€ in Portugal."
    assert with_threshold("Free shipping everywhere.", True) == "Free shipping everywhere."
    brief = brief_from_dict({
        "product": "cork coasters", "brand": "Sobreiro", "free_shipping": terms,
        "faqs": [{"question": "Do you ship to Spain?",
                  "answer": "Yes. Free shipping is Portugal only for now."}]})
    ctx = template_context(brief, PLATS["instagram"], "static", "", day=dt.date(2027, 3, 1))
    assert ctx["faq"]["answer"] == "Yes. Free shipping on orders over 60€ is Portugal only for now."


# ---- one person says "my" -------------------------------------------------------------------

def test_a_brief_that_says_my_studio_speaks_as_one_person():
    brief = brief_from_dict({"product": "watercolour maps", "brand": "Inkfold",
                             "description": "painted by hand in my studio in Cork."})
    assert is_solo(brief)
    # "my" beside an "our" is no one person's
    assert not is_solo(brief_from_dict({
        "product": "watercolour maps", "brand": "Inkfold",
        "description": "painted in my mother's house, now our studio in Cork."}))


def test_a_customers_quote_stays_as_written_and_the_brands_quoted_line_is_cased():
    quotes = ("She waits by the door on saturdays.",)
    visual = "Overlay: “ships from halifax on fridays”; the quote: “She waits by the door on saturdays.”"
    assert cased(visual, ("Halifax",), quotes) == \
        "Overlay: “ships from Halifax on Fridays”; the quote: “She waits by the door on saturdays.”"


def test_how_a_thing_is_made_is_one_word_before_its_name():
    from planner.planning.wording import short_name

    assert product_said("hand carved spoons from Elm Row, ladles and scoops") == \
        "hand-carved spoons from Elm Row"
    assert short_name(brief_from_dict({"product": "hand painted tiles"})) == "hand-painted tiles"


def test_a_sentence_the_seller_started_small_after_a_full_stop_gets_its_capital():
    assert mend("1kg tub 12€, 500g 7€. tubs back = 50 cent.") == \
        "1kg tub 12€, 500g 7€. Tubs back = 50 cent."
    assert mend("linen hire incl. laundry") == "Linen hire incl. laundry"
    assert mend("meet us at 12 av. des Pins") == "Meet us at 12 av. des Pins"


def test_a_place_named_by_a_common_noun_is_said_with_the():
    from planner.planning.wording import place_said

    assert place_said("Sunday flea market stall by the harbour") == \
        "the Sunday flea market stall by the harbour"
    assert place_said("Kirkgate Market") == "Kirkgate Market"
    assert place_said("our van outside the station") == "our van outside the station"
    assert place_said("garden centres near Leeds") == "garden centres near Leeds"


def test_free_of_something_is_one_word_and_a_short_yes_has_its_comma():
    assert mend("Sugar free yes. Sweetened with dates, so not fully fruit free.") == \
        "Sugar-free, yes. Sweetened with dates, so not fully fruit free."
    assert mend("feel free to ask") == "Feel free to ask"
    assert mend("Just say no.") == "Just say no."


def test_the_offer_line_added_to_a_post_is_printed_with_its_capitals():
    from planner.planning.context import with_offer

    brief = brief_from_dict({
        "product": "fresh pasta", "brand": "Pastaio", "url": "https://pastaio.example",
        "platforms": ["instagram"],
        "offer": {"code": "LUNEDI", "discount": "20% off all pasta on mondays",
                  "starts": "2027-03-01", "ends": "2027-03-20"}})
    day = dt.date(2027, 3, 5)
    ctx = template_context(brief, PLATS["instagram"], "static", "", day=day)
    cta = f"Shop: {ctx['go']}"
    text = with_offer(f"Made this morning.\n\n{cta}", cta, ctx, "conversion", brief, day)
    assert "on Mondays" in text and "on mondays" not in text


def test_a_brief_written_in_title_case_gives_no_common_word_a_capital():
    brief = brief_from_dict({"product": "tea blends", "brand": "Leafy",
                             "description": "Loose Leaf Tea Blended In Small Batches From Ceylon"})
    assert not {"Small", "Batches", "Ceylon"} & set(brief_names(brief))


def test_a_place_of_several_words_is_capitalised_whole_never_a_word_of_it_alone():
    brief = brief_from_dict({"product": "yoga classes", "brand": "Tidal Yoga",
                             "description": "sunrise classes on South Beach, and a studio in "
                                            "Park Hill."})
    names = brief_names(brief)
    assert "South Beach" in names and "Park Hill" in names
    assert cased("park at south beach and walk up the hill", names) == \
        "park at South Beach and walk up the hill"
