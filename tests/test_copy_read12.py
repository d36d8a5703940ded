"""Fixes from blind read 12 (reported), each on a brief of our own."""

from __future__ import annotations

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.shipping import sold_in_person_only


@pytest.mark.parametrize("sells_on", [
    ["Saturday market stand in the old town", "hofladen"],
    ["our farm shop", "the farmers market"],
    ["roadside stand on the B27"],
])
def test_goods_sold_at_a_farm_shop_and_a_market_are_never_sent(sells_on):
    brief = brief_from_dict({"product": "raw wildflower honey", "platforms": ["instagram"],
                             "sells_on": sells_on})
    assert sold_in_person_only(brief)


def test_a_farm_shop_beside_a_website_still_ships():
    brief = brief_from_dict({"product": "raw wildflower honey", "platforms": ["instagram"],
                             "sells_on": ["farm shop", "website"]})
    assert not sold_in_person_only(brief)
