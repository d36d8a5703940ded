"""Tags made from the product's words when the seller names none."""

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.hashtags import hashtags_for, product_tags


@pytest.mark.parametrize("product,brand,tags", [
    ("bikepacking frame bags", "Rambla Bags", ["#framebags", "#bikepacking"]),
    ("hand-printed linocut tea towels", "Saltbush", ["#teatowels", "#linocut"]),
    ("hand painted azulejo house number tiles", "", ["#numbertiles", "#azulejo"]),
    ("felted wool slippers", "", ["#woolslippers"]),
    ("small batch hot sauce", "", ["#hotsauce"]),
    ("technical translation of medical device documentation", "", ["#technicaltranslation"]),
    ("Wick & Wander soy candles", "Wick & Wander", []),
    ("outsourced payroll for small businesses", "Brookfield Payroll", []),
    # no tag from half a word, a date or a describing word ("#nhammocks", "#restoreds")
    ("handwoven Yucatán hammocks", "", ["#yucatanhammocks", "#handwoven"]),
    ("restored 1950s and 60s valve radios", "Buizenradio Vos", ["#valveradios"]),
    ("soaps and bath bombs", "", ["#soaps"]),
    ("daily cryptic crossword membership", "Liffey Cryptics", ["#crypticcrossword"]),
])
def test_product_tags_are_the_core_phrase_and_a_distinctive_word(product, brand, tags):
    data = {"product": product} | ({"brand": brand} if brand else {})
    assert product_tags(brief_from_dict(data)) == tags


def test_two_made_tags_rotate_instead_of_one_tag_on_every_post():
    brief = brief_from_dict({"product": "bikepacking frame bags", "brand": "Rambla Bags"})
    instagram = load_platforms()["instagram"]
    sets = {tuple(hashtags_for(brief, instagram, turn)) for turn in range(4)}
    assert sets == {("#framebags",), ("#bikepacking",)}


def test_the_sellers_own_tags_win_over_made_ones():
    brief = brief_from_dict({"product": "bikepacking frame bags", "hashtags": ["#gravelbike"]})
    instagram = load_platforms()["instagram"]
    assert hashtags_for(brief, instagram, 0) == ["#gravelbike"]
