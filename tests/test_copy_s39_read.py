"""Session 39, from blind read 39 (benchmarks/blind_read/2026-12-07-e), each said here by
another trade: whom a service is for, listed after "for", is one list; a price after "for"
is said; sizes and finishes are what goods come in; the days a class runs are when it runs;
a pack of lesson plans is made and used, never taught; one word that shares the rest of a
product's name is no item of its own."""

from __future__ import annotations

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import brief_details
from planner.planning.sparse import sparse_tried, what_it_is
from planner.planning.wording import short_name


def _brief(**data):
    return brief_from_dict({"platforms": ["instagram"], **data})


def test_whom_a_service_is_for_is_one_list_and_its_price_is_said():
    brief = _brief(product="public speaking coaching", kind="service",
                   description="one-to-one public speaking coaching over video, for founders, "
                               "sales leads, team managers and teachers, four 60-minute sessions "
                               "for £300")
    details = brief_details(brief)
    assert "Four 60-minute sessions cost £300." in details, details
    assert not any("You get sales leads" in d or "You get team managers" in d for d in details)


def test_sizes_and_finishes_are_what_goods_come_in():
    brief = _brief(product="hand-carved fishing lures", kind="product",
                   description="cedar fishing lures carved and painted by hand in Tasmania, "
                               "sizes 2 to 6 inches, natural and painted finishes")
    assert "Our hand-carved fishing lures come in sizes 2 to 6 inches, and in natural and " \
           "painted finishes." in brief_details(brief)


def test_the_days_a_class_runs_are_when_it_runs():
    brief = _brief(product="evening pottery classes", kind="service",
                   description="evening pottery classes in Leith, Monday and Wednesday evenings "
                               "6 to 8pm, £20 a class")
    details = brief_details(brief)
    assert "Our evening pottery classes run on Monday and Wednesday evenings, 6 to 8pm." in details
    assert not any(d.startswith("There's a Monday") for d in details)


def test_a_pack_of_lesson_plans_is_made_and_used_never_taught():
    brief = _brief(product="printable lesson plan bundle for supply teachers", kind="digital")
    assert what_it_is(brief).startswith("We make a printable lesson plan bundle")
    assert sparse_tried(brief) == "Have you ever used a printable lesson plan bundle?"


def test_one_word_sharing_the_rest_of_the_name_is_no_item():
    assert short_name(_brief(product="lavender and oat goat milk soap bars")) == "soap bars"
    assert short_name(_brief(product="oak and walnut cutting boards")) == \
        "oak and walnut cutting boards"


def test_only_a_thing_made_for_each_client_is_hired_for():
    from planner.planning.sparse import booked_ask, booked_question

    for product, ask in (("logos for small businesses", "Need a logo?"),
                         ("gel nails", "Want to book gel nails?"),
                         ("lash extensions", "Want to book lash extensions?"),
                         ("brows", "Want to book brows?")):
        brief = _brief(product=product, kind="service")
        assert booked_ask(brief) == ask, (product, booked_ask(brief))
    assert booked_question(_brief(product="gel nails", kind="service")) == ""
