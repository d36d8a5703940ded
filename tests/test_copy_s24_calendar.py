"""Calendar-wide fixes after blind read 23 (2026-12-05, s24): a fact is told twice a calendar
at most; the "we'll tell you honestly whether it fits" post is a business buyer's; one maker
answering is "the one", not "the ones"."""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.plan import PlanOptions, plan_calendar, told_twice
from planner.planning.render import TemplateLibrary
from planner.planning.repeats import normalised
from planner.planning.voice import first_person_singular

#: a digital product sold by one maker, on three platforms, with a few facts to retell
PATTERNS = {
    "product": "printable quilt patterns for beginners", "kind": "digital",
    "brand": "Scrap Happy Quilts", "platforms": ["instagram", "tiktok", "youtube"],
    "tone": "playful, nerdy about fabric, emoji ok", "country": "NZ", "action": "download",
    "differentiators": ["every pattern is tested by three beginners before it goes on sale",
                        "the bundle has 12 patterns, from a cushion to a full-size quilt"],
    "tips": ["Press your seams open and the block lies flat on the first try.",
             "Cut all your pieces before you sew a single seam."],
    "faqs": [{"question": "Do I need a long-arm machine?",
              "answer": "No. Every pattern works on a normal home sewing machine."}],
    "offer": {"code": "QUILT27", "discount": "30% off the full bundle",
              "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 10)},
    "cadence": {"instagram": 3, "tiktok": 2, "youtube": 1},
}


def _plan(raw: dict) -> list[CalendarPost]:
    brief = brief_from_dict(raw)
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=4))
    return cal.posts


def _post(text: str, day: int = 1, platform: str = "instagram") -> CalendarPost:
    return CalendarPost(date=dt.date(2027, 2, day), time=dt.time(10), platform=platform,
                        stage="awareness", tactic="t", template="x", format="static", text=text)


def test_told_twice_counts_a_sentence_inside_another():
    fact = normalised("Every pattern is tested by three beginners before it goes on sale.")
    one = _post("Every pattern is tested by three beginners before it goes on sale.")
    two = _post("Not to brag, but every pattern is tested by three beginners before it goes on sale.",
                day=8, platform="tiktok")
    assert told_twice({fact}, [one]) == set()
    assert told_twice({fact}, [one, two]) == {fact}


def test_no_fact_sentence_in_three_posts_of_a_calendar():
    # read 23: "every brush is made from real ink strokes I scanned from my own brushes" on
    # TikTok, Instagram and YouTube, each "for anyone new here"
    posts = _plan(PATTERNS)
    assert len(posts) >= 6
    texts = [f" {normalised(p.text)} " for p in posts]
    for fact in (*PATTERNS["differentiators"], *PATTERNS["tips"],
                 "Every pattern works on a normal home sewing machine."):
        said = normalised(fact)
        assert sum(f" {said} " in t for t in texts) <= 2, fact


def test_the_honest_fit_post_is_for_business_buyers_only():
    # read 23: "If it isn't the right fit, we'll say so." under a kayak tour and a brush set
    shopper = _plan(PATTERNS)
    assert not any(p.template.endswith("honest-fit-check") for p in shopper)
    lib = TemplateLibrary()
    assert "b2b" in lib.templates["consideration/honest-fit-check"].needs


def test_one_maker_answering_is_the_one():
    assert first_person_singular("The floor is yours, and we're the ones answering.") == \
        "The floor is yours, and I'm the one answering."
    posts = _plan(PATTERNS)
    assert not any(re.search(r"\bI'm the ones\b", p.text) for p in posts)


def test_a_sparse_intro_is_not_a_pin_when_the_brief_has_another_platform():
    # read 23: "Dried flower bouquets: who we are" as a Pin, "This is where we'll show…"
    posts = _plan({"product": "hand-dyed silk scarves", "kind": "product",
                   "platforms": ["pinterest", "facebook"]})
    intros = [p for p in posts if p.template.endswith("sparse-intro")]
    assert intros and all(p.platform == "facebook" for p in intros)
    # ... and where a Pin is all the brief has, the introduction is still made
    only = _plan({"product": "hand-dyed silk scarves", "kind": "product", "platforms": ["pinterest"]})
    assert any(p.template.endswith("sparse-intro") for p in only)


def test_the_markdown_heading_starts_on_a_capital():
    from planner.planning.exports import to_markdown

    brief = brief_from_dict({"product": "hand-dyed silk scarves", "kind": "product",
                             "platforms": ["facebook"]})
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=2))
    assert to_markdown(cal, cal.posts).startswith("# Hand-dyed silk scarves: content calendar")


def test_a_pin_asks_only_what_a_pin_can_take():
    # read 23: "Send us a photo of yours." and "Follow along, there's always room for one
    # more." under Pins that link to the shop
    from planner.planning.openers import in_register

    for cta in ("Send us a photo of yours", "Follow us for more like this", "Tag us in yours"):
        text, said = in_register(f"Woven by hand, start to finish.\n\n{cta}", cta, "warm",
                                 platform="pinterest", key="k")
        assert said.lower().startswith(("save", "keep")), said
        assert text.endswith(said)
    # ... and a second Pin saves in other words
    _, again = in_register("Woven by hand.\n\nFollow us for more like this", "Follow us for more like this",
                           "warm", platform="pinterest", key="k",
                           said_ctas=["Save this Pin, it'll be here when you need it"])
    assert again.lower().startswith(("save", "keep")) and "it'll be here" not in again
    # a link is an ask a Pin takes
    _, kept = in_register("Woven by hand.\n\nShop: link on the Pin", "Shop: link on the Pin",
                          "warm", platform="pinterest", key="k")
    assert kept == "Shop: link on the Pin"


#: a B2B service with a story and a price in its description, none of the read's words
AUDITS = {
    "product": "commercial kitchen ventilation audits", "kind": "service", "b2b": True,
    "brand": "Airline Audits", "platforms": ["linkedin", "youtube"], "tone": "calm",
    "description": "ventilation audits for restaurant kitchens up to 40 covers, airflow readings at every hood, a written report within 3 days, prices start from £280 per kitchen",
    "offer": {"code": "CLEANAIR", "discount": "10% off your first audit", "ends": dt.date(2027, 1, 29)},
    "story": ["Tom inspected kitchens for the council for nine years before he started Airline.",
              "Our first client was a curry house on Kirkgate in 2021."],
    "cadence": {"linkedin": 3, "youtube": 1},
}


def test_a_story_post_never_carries_the_price():
    # read 23: "Prices start from €395 per building." inside an origin story on LinkedIn
    stories = [p for p in _plan(AUDITS) if "story" in TemplateLibrary().templates[p.template].needs]
    assert stories
    assert not any("£280" in p.text for p in stories), [p.text for p in stories]


def test_a_business_buyer_is_not_asked_to_share_an_origin_story():
    posts = _plan(AUDITS)
    assert not any("likes a good origin story" in p.text for p in posts)
    assert not any("in one true detail" in p.title for p in posts)


def test_a_relaxed_tone_is_casual_not_hushed():
    # read 23: "relaxed, friendly, a bit cheeky" gave "Come along if you can", "Join us if the
    # timing suits", "Follow along when you have a moment": the gentle register's
    from planner.planning.tone import register_for_tone

    assert register_for_tone("relaxed, friendly, a bit cheeky") == "warm"
    assert register_for_tone("laid-back and friendly") == "warm"
    assert register_for_tone("gentle and unhurried") == "gentle"
    assert register_for_tone("calm, soft, soothing") == "gentle"


def test_an_offer_pin_is_titled_by_what_is_sold():
    # read 23: "Counting down to January 24, 2027: code BALAY10 for 10% off all dining chairs"
    # as a Pin's title, which search never finds by the goods
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    brief = brief_from_dict({"product": "hand-thrown ramen bowls", "kind": "product",
                             "brand": "Kama Clay", "platforms": ["pinterest", "instagram"],
                             "url": "https://kamaclay.example",
                             "offer": {"code": "SLURP15", "discount": "15% off every bowl",
                                       "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 24)}})
    lib = TemplateLibrary()
    template = lib.templates["conversion/discount-code-countdown"]
    plats = load_platforms()
    day = dt.date(2027, 1, 22)
    titles = {pid: {lib.render(template, template_context(brief, plats[pid], fmt, "", {}, day),
                               f"{seed}|{pid}").title for seed in range(6)}
              for pid, fmt in (("pinterest", "pin"), ("instagram", "static"))}
    assert all(t.startswith("Hand-thrown ramen bowls: 15% off every bowl with code SLURP15")
               for t in titles["pinterest"]), titles["pinterest"]
    # (elsewhere the title keeps its several wordings)
    assert len(titles["instagram"]) > 1


def test_a_formal_calendar_does_not_say_please_on_every_closer():
    # read 23: "Please follow…", "Please refer them to us", "Please note the date" in one
    # B2B calendar, read as stiff
    from planner.planning.openers import _EVENT_OWN, _FOLLOW

    closers = list(_FOLLOW["formal"]) + list(_EVENT_OWN["formal"]["any"])
    assert sum(c.lower().startswith("please") for c in closers) <= 1
    posts = _plan(AUDITS)
    closers = [p.cta for p in posts if p.cta]
    assert sum(c.lower().startswith("please") for c in closers) <= max(1, len(closers) // 5), closers


def test_the_top_up_leaves_no_week_without_a_post():
    # (the chat's careless user: a one-line brief whose last week stood empty once the
    # honest-fit post left consumer briefs; old code left these two briefs' fourth week bare)
    for product in ("felt slippers", "hand-poured soy wax melts"):
        posts = _plan({"product": product, "kind": "product", "sells_on": ["etsy", "website"],
                       "platforms": ["instagram"]})
        weeks = {(p.date - dt.date(2027, 1, 4)).days // 7 for p in posts}
        assert weeks == {0, 1, 2, 3}, (product, sorted(weeks))


def test_the_side_by_side_question_is_voted_on():
    # (goods said to come in colours: two side by side are a choice; plain "felt slippers"
    # are asked as a gift or not, session 40)
    posts = _plan({"product": "felt slippers in six colours", "kind": "product", "sells_on": ["etsy"],
                   "platforms": ["instagram"]})
    question = [p for p in posts if p.template.endswith("sparse-question")]
    assert question and question[0].cta == "Reply with left or right."


def test_brief_lines_after_read_24_are_sentences():
    # (tuned on read 24's grades, after it was scored: "come with a from GH₵4 and 500 for a
    # city frame", "There's a bamboo soaks up road buzz", "There's a snaps instead of velcro.")
    from planner.planning.facts_said import PRICE_RE, _thing_said, fact_sentences

    assert PRICE_RE.search("from GH₵4,500 for a canoe") and PRICE_RE.search("₴1,200 a set")
    assert fact_sentences(["from GH₵4,500 for a touring canoe"], "cedar canoes", "product") == \
        ["Prices start from GH₵4,500 for a touring canoe."]
    assert fact_sentences(["from 4,500 cedis for a touring canoe"], "cedar canoes", "product") == \
        ["Prices start from 4,500 cedis for a touring canoe."]
    assert _thing_said("cedar flexes with the waves, so the ride stays dry", "cedar canoes", False) \
        == "cedar flexes with the waves, so the ride stays dry"
    assert _thing_said("each hull is shaped by hand over six weeks", "cedar canoes", False) == \
        "each hull is shaped by hand over six weeks"
    assert _thing_said("toggles instead of zips", "rain capes", False).startswith("There are toggles")
    # (the shapes it had keep theirs)
    assert _thing_said("a written report within 48 hours", "roof surveys", False) == \
        "There's a written report within 48 hours"
    assert _thing_said("chillies from two growers", "hot sauce", False) == \
        "our chillies come from two growers"


def test_materials_and_unsureness_after_read_24():
    # (tuned on read 24: "There's a real 23-carat gold leaf…", "Still not knowing what
    # lettering will fit your building?")
    from planner.planning.facts_said import _thing_said, problem_question

    assert _thing_said("hand-rubbed walnut oil finish", "chopping boards", False).startswith("There's a")
    assert _thing_said("real copper leaf that never tarnishes", "picture frames", False) == \
        "There's real copper leaf that never tarnishes"
    asked = {problem_question("not knowing which frame suits your print", False, t) for t in range(3)}
    assert asked == {"Not sure which frame suits your print?",
                     "Still not sure which frame suits your print?",
                     "Unsure which frame suits your print?"}
