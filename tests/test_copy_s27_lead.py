"""Fixed by the lead after blind read 27 (s27). Every brief here is our own."""

from __future__ import annotations

from planner.domain.brief import brief_from_dict
from planner.planning.offering import use_of


def _use(product: str):
    return use_of(brief_from_dict({"product": product, "platforms": ["instagram"]}))


def test_glass_goods_are_not_worn():
    # blind read 27: stained glass suncatchers were "worn on an ordinary day"
    assert _use("stained glass suncatchers").mode == "displayed"
    assert _use("fused glass dreamcatchers").verb == "hang"
    assert _use("recycled glass tumblers").mode != "worn"
    assert _use("sea glass earrings").mode == "worn"
