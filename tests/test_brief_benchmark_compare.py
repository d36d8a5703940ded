"""The brief benchmark's product and discount comparison: fair to wording, strict on misses."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "brief_messages.py"
_spec = importlib.util.spec_from_file_location("brief_messages_bench", _PATH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_product_wording_that_names_the_same_thing_matches():
    assert bench.product_matches("a linen apron", "linen aprons")
    assert bench.product_matches("oak shelves & brackets", "oak shelves and brackets")
    assert bench.product_matches("pre-owned cameras", "pre owned cameras")
    assert bench.product_matches("beeswax wraps", "organic beeswax wraps")
    assert bench.product_matches("a budgeting app for nurses", "budgeting app")
    assert bench.product_matches("budgeting app", "budgeting app for nurses")


def test_product_misses_stay_misses():
    assert not bench.product_matches("roasted coffee beans", "beans")
    assert not bench.product_matches("gluten-free brownies", "brownies")
    assert not bench.product_matches("vegan meal plans", "meal plans")
    assert not bench.product_matches("vintage lamps", "sell vintage lamps")
    assert not bench.product_matches("linen aprons", "linen aprons and oven gloves")
    assert not bench.product_matches("a linen apron", "linen aprons", strict=True)


def test_discount_is_compared_by_its_amount():
    assert bench.discount_matches("25% off first box", "25% off")
    assert bench.discount_matches("$15 off your first class", "$15 off")
    assert not bench.discount_matches("25% off first box", "20% off")
    assert not bench.discount_matches("first month free", "10% off")
    assert not bench.discount_matches("25% off first box", "25% off", strict=True)


def test_a_list_with_or_without_its_and():
    assert bench.product_matches("cakes, cupcakes and cookies", "cakes, cupcakes, cookies")
    assert not bench.product_matches("cakes, cupcakes and cookies", "cakes, cookies")
