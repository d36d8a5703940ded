"""A message that opens with a place of work and no verb ("reflexology clinic in Tartu",
"kaftan boutique in Doha") sells what is done or sold there, never the place: a service is said
as is, goods in the plural, and a place named only for its trade ("hair salon") is left to
the other readings."""

from __future__ import annotations

import pytest

from tests.brief_helpers import chat


@pytest.mark.parametrize("message, product", [
    ("reflexology clinic in tartu\nig tue thu", "reflexology"),
    ("kaftan boutique in doha, we sell on our own site\ninsta 3", "kaftans"),
    ("soap + bath bomb shop, cork\nfb 3 ig 3", "soap + bath bombs"),
    ("massage + sauna studio in oulu\nig 2x fb 1x", "massage + sauna"),
    ("tattoo studio in lyon, ig 4x", "tattoos"),
])
def test_a_verbless_place_of_work_sells_what_is_done_there(message, product):
    assert chat(message).brief.product == product


@pytest.mark.parametrize("message", ["hair salon in cardiff, ig 3x", "small shop in bergen, fb 2x"])
def test_a_place_named_for_its_trade_or_size_is_not_the_product_cut_short(message):
    product = chat(message).brief.product
    assert product not in ("hair", "small", "hairs", "smalls")
