"""Selling posts a manager would publish, after blind read 30 (2026-12-06-b, s30 helper a):
the ask fits the business (a number is called, a subscription subscribed to, with the link
where the post can carry it), a price list is said whole, an FAQ post opens on no product
line said as a name, a feature is never a torn piece of a list, a lead time is no thing "you
get" (the gift rule was tried and reverted: see the report). Every brief here is our own, never a read's."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.context import template_context
from planner.planning.facts_said import difference_sentence, price_again
from planner.planning.openers import in_register
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import description_features

#: a B2B rental booked by phone: no page to book on, a number to ring
SCAFFOLD = {
    "product": "aluminium scaffold tower hire", "brand": "Towerline Hire", "kind": "service",
    "b2b": True, "action": "call", "platforms": ["youtube", "x", "linkedin"],
    "description": "mobile aluminium scaffold towers for builders and facilities teams, "
                   "delivered and put up on site across Leeds and Bradford, phone 0113 496 0750",
    "faqs": [{"question": "Do you put the tower up for us?",
              "answer": "Yes, our PASMA-trained crew builds it on site and signs it off."}],
    "differentiators": ["PASMA-trained crew on every delivery"],
}

#: a subscription with two plans, sold on its own site
SOAP = {
    "product": "monthly handmade soap subscription", "brand": "Lathercrate",
    "action": "subscribe", "url": "https://lathercrate.example/join", "tone": "warm, friendly",
    "platforms": ["threads", "instagram", "facebook"],
    "description": "three bars of cold-process soap made in our Bristol kitchen every month, "
                   "the trio box is £18 a month and the family box is £30 a month, "
                   "skip or cancel from your account",
    "faqs": [{"question": "Is it safe for sensitive skin?",
              "answer": "Every bar is unscented unless the label says otherwise."}],
    "differentiators": ["cured for five weeks before it ships"],
}


def _render(raw: dict, template: str, platform: str, fmt: str = "static",
            seeds: range = range(16)) -> list[str]:
    brief = brief_from_dict(raw)
    lib = TemplateLibrary()
    plat = load_platforms()[platform]
    outs = []
    for seed in seeds:
        ctx = template_context(brief, plat, fmt, "", {}, dt.date(2027, 3, 2))
        outs.append(lib.render(lib.get(template), ctx, f"s30a-{seed}").text)
    return outs


def test_a_number_is_called_never_booked():
    for platform in ("youtube", "x"):
        for template in ("conversion/answer-then-link", "conversion/shop-now-simple"):
            for out in _render(SCAFFOLD, template, platform):
                assert "Book a call: 0113" not in out and "Book a call here: 0113" not in out, out
                if "0113 496 0750" in out:
                    assert re.search(r"(?i)call (?:us|towerline hire)(?: on| when you're ready:|:) "
                                     r"0113 496 0750", out), out


def test_an_faq_post_opens_on_no_product_line_and_asks_to_buy():
    outs = _render(SOAP, "conversion/answer-then-link", "instagram")
    for out in outs:
        assert "about our monthly handmade soap subscription:" not in out, out
        assert "One of yours:" not in out and "More on it" not in out, out
        assert re.search(r"(?i)\bsubscribe\b", out.strip().splitlines()[-1]), out


def test_ask_before_you_commit_carries_the_link_where_the_platform_takes_one():
    outs = _render(SOAP, "conversion/ask-before-you-commit", "threads")
    for out in outs:
        assert "subscribe" in out.splitlines()[-1].lower(), out
    # at least one wording sends people to the link, and Threads never says "link in bio"
    assert any("https://lathercrate.example/join" in out for out in outs), outs
    assert not any("link in bio" in out for out in outs)


def test_a_price_list_is_said_whole_never_cut_to_its_lowest():
    said = price_again("The trio box is £18 a month and the family box is £30 a month.")
    assert "£18 a month" in said and "£30 a month" in said, said
    assert not said.startswith(("Prices start", "It costs")), said
    assert said == "It's £18 a month for the trio box and £30 a month for the family box."
    # a price with what it comes with, where the second has no subject of its own
    said = price_again("A cut is €35 and it's €50 with a wash and blow-dry.")
    assert said == "It's €35 for a cut and €50 with a wash and blow-dry.", said


def test_a_warm_voice_keeps_the_ask_to_subscribe():
    seen = set()
    for n in range(24):
        text, cta = in_register("Three bars a month.\n\nSubscribe here: link in bio",
                                "Subscribe here: link in bio", "warm", brand="Lathercrate",
                                key=f"k{n}", verb="subscribe")
        seen.add(cta)
        assert re.search(r"(?i)\bsubscribe\b", cta), cta
    assert "Have a look when you've a minute: link in bio" not in seen


def test_a_feature_is_never_a_torn_piece_of_a_list():
    raw = {"product": "Pannierbox waterproof bike pannier", "brand": "Pannierbox",
           "description": "waterproof roll-top pannier for touring bikes, fits Tubus Logo, "
                          "Ortlieb QL2 and Racktime Snapit racks, reflective stripes on both sides, "
                          "sewn in our workshop in Ghent, €95, then you clip it off and carry it "
                          "like a bag, phone +32 9 555 01 23"}
    feats = description_features(brief_from_dict(raw))
    assert "fits Tubus Logo, Ortlieb QL2 and Racktime Snapit racks" in feats, feats
    assert not any(f.startswith(("Ortlieb", "then ", "phone")) for f in feats), feats


def test_a_lead_time_is_how_long_it_takes():
    said = difference_sentence("ten working days from deposit to delivery", "oak kitchen tables",
                               "product")
    assert said == "It takes ten working days from deposit to delivery.", said

