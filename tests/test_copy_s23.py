"""Wordings fixed after blind read 22 (2026-12-05, helper b): description parts said as
sentences by what kind of part they are, a story line framed with the business, no invented
reason the business was set up, the rich brief's proof (quotes, rating, referral) used, and a
problems poll worded by how often the thing happens. Every brief here is our own, never a
read brief."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import description_details, difference_sentence, problem_question


# ---- 1. description parts as sentences, by what kind of part they are ----------------------

@pytest.mark.parametrize("description, product, kind, said, never", [
    # a noun naming work a service does is what we do, never a thing there "is"
    ("chimney sweeping in Bristol, inspections of flues and liners, a smoke test certificate, "
     "£70 per chimney", "chimney sweeping", "service",
     ["We inspect flues and liners.", "You get a smoke test certificate.",
      "It's £70 per chimney."], ["There are inspections", "There's a smoke", "A chimney is"]),
    ("boiler servicing in Leeds, repairs to combi and system boilers, a Gas Safe record",
     "boiler servicing", "service",
     ["We repair combi and system boilers.", "You get a Gas Safe record."], ["There are repairs"]),
    # a digit inside a word (CO2, H2O) is no number: the part is still what the client gets
    ("aquarium care for offices, a CO2 and pH check, glass cleaning every visit",
     "aquarium maintenance", "service",
     ["You get a CO2 and pH check"], ["There's a CO2"]),
    # a number of things and a participle after a comma: never "comes with … and a filmed in"
    ("an online pottery course, 30 short videos, shot in our Kyoto studio, lifetime access "
     "for $49", "pottery course", "digital",
     ["There are 30 short videos, shot in our Kyoto studio.", "Lifetime access is $49."],
     ["and a shot in"]),
    # measures and qualities typed as a list are the thing's
    ("stoneware mugs thrown in Cornwall, 350ml, dishwasher safe", "stoneware mugs", "",
     ["Our stoneware mugs are 350ml and dishwasher safe."], ["There's 350ml"]),
])
def test_a_description_part_is_said_as_a_sentence_of_its_kind(description, product, kind, said,
                                                             never):
    lines = description_details(description, product, kind)
    text = " ".join(lines)
    for s in said:
        assert s in text, lines
    for n in never:
        assert n not in text, lines


def test_a_brief_that_says_service_tells_its_list_as_a_service():
    from planner.planning.facts_said import brief_kind

    # the product line alone reads as goods ("… for cafés and bakeries"); the brief's kind says
    brief = brief_from_dict({"product": "espresso machine descaling for cafés and bakeries",
                             "kind": "service", "platforms": ["instagram"],
                             "description": "espresso machine care in Lyon, a descaling "
                                            "report for your insurer, €90 per machine"})
    lines = description_details(brief.description, brief.product, brief_kind(brief))
    assert "You get a descaling report for your insurer." in lines
    assert "It's €90 per machine." in lines
    assert brief_kind(brief_from_dict({"product": "mugs", "platforms": ["instagram"]})) == ""


def test_a_service_difference_naming_work_is_what_we_do():
    assert difference_sentence("replacements of worn hinges", "cabinet repairs", "service") == \
        "We replace worn hinges."
    # a product's is left to the product shapes
    assert not difference_sentence("replacements of worn hinges", "hinges",
                                   "product").startswith("We replace")


@pytest.mark.parametrize("problem, casual", [
    ("being afraid to crack the glaze in the kiln", "Still afraid to crack the glaze in the kiln?"),
    ("being nervous on the first dive", "Still nervous on the first dive?"),
    # a thing done to someone keeps its "being"
    ("being put on hold for an hour", "Still being put on hold for an hour?"),
])
def test_a_state_problem_is_asked_without_being(problem, casual):
    assert problem_question(problem) == casual
    assert "being afraid" not in problem_question(problem, True, 1)


@pytest.mark.parametrize("kind, description, said, never", [
    ("service", "gutter clearing in Cork, a photo report, every downpipe flushed, the same crew "
     "each time", ["A photo report", "You get the same crew each time."],
     ["An a photo", "We work with the same crew"]),
    ("digital", "ukulele lessons online, a chord chart pack, one live call a month",
     ["You get a chord chart pack.", "You get one live call a month."], ["There's"]),
    ("service", "bouldering gym in Derby, 90 problems, kids clubs", [], ["Our bouldering gym kids"]),
    ("product", "linen tea towels, washes well, fixes to any rail",
     ["tea towels wash well."], ["washe well"]),
])
def test_a_thin_brief_tells_each_description_part_as_a_real_sentence(kind, description, said,
                                                                     never):
    from planner.planning.sparse import thin_facts

    brief = brief_from_dict({"product": description.split(",")[0], "kind": kind,
                             "platforms": ["instagram"], "description": description})
    text = " ".join(thin_facts(brief))
    for s in said:
        assert s in text, text
    for n in never:
        assert n not in text, text


# ---- rendering one template for a brief of our own, in every wording tried -----------------

def _rendered(brief, template_id: str, platform: str = "facebook", seeds: int = 12,
              picks: dict | None = None) -> list[str]:
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context
    from planner.planning.render import TemplateLibrary

    library, plats = TemplateLibrary(), load_platforms()
    t = library.templates[template_id]
    fmt = next((f for f in t.formats if f in plats[platform].formats), plats[platform].formats[0])
    out = []
    for seed in range(seeds):
        ctx = template_context(brief, plats[platform], fmt, "", picks, dt.date(2027, 3, 3))
        out.append(library.render(t, ctx, f"{seed}|{platform}").text)
    return out


# ---- 2. a story line is framed with the business --------------------------------------------

def test_a_one_line_story_is_framed_with_the_brand_and_the_place():
    brief = brief_from_dict({"product": "piano tuning in Dundee", "kind": "service",
                             "brand": "Middle C Tuning", "platforms": ["facebook"],
                             "story": ["Forty years, one tuning fork."]})
    texts = _rendered(brief, "awareness/origin-story")
    for text in texts:
        assert "Forty years, one tuning fork." in text
        # the brand and the place are said with it, in our words, and nothing else is added
        assert "Middle C Tuning" in text and "piano tuning in Dundee" in text, text
    assert any("That's Middle C Tuning: piano tuning in Dundee." in t for t in texts)


# ---- 3. no reason the business was set up that the brief never gives -----------------------

def test_a_problem_with_no_answer_never_claims_why_the_business_was_set_up():
    brief = brief_from_dict({"product": "piano tuning in Dundee", "kind": "service",
                             "brand": "Middle C Tuning", "platforms": ["facebook"],
                             "problems": ["a piano that goes flat every winter"]})
    texts = _rendered(brief, "awareness/name-the-problem")
    for text in texts:
        assert "set up to" not in text and "here to fix" not in text, text
    assert any("Sorting this out is our job." in t or "That's where Middle C Tuning comes in." in t
               for t in texts)


# ---- 5. a problems poll asked by how often the thing happens --------------------------------

def test_a_problems_poll_for_a_one_off_job_asks_what_they_lived_through():
    from planner.planning.polls import POLL3_ORDER, poll

    problems = ["a piano that goes flat every winter", "sticky keys after a damp summer",
                "a tuner who never turns up"]
    once = brief_from_dict({"product": "piano tuning in Dundee", "kind": "service",
                            "platforms": ["facebook"], "problems": problems})
    asked = poll(once, 2, POLL3_ORDER)
    assert "comes up most" not in " ".join(asked["questions"])
    assert asked["question"] == "Which of these have you lived through?"
    # an everyday product, or a service used week after week, keeps "comes up most"
    daily = brief_from_dict({"product": "lip balm", "platforms": ["facebook"],
                             "problems": ["lips that crack in the wind", "balm that melts in a pocket"]})
    assert "Which of these comes up most for you?" in poll(daily, 2, POLL3_ORDER)["questions"]
    weekly = brief_from_dict({"product": "weekly office plant care", "kind": "service",
                              "platforms": ["facebook"], "problems": problems})
    assert "Which of these comes up most for you?" in poll(weekly, 2, POLL3_ORDER)["questions"]


# ---- 4. a rich brief's proof is used ---------------------------------------------------------

def test_a_rich_briefs_quotes_rating_and_referral_each_reach_a_post_of_their_own_stage():
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    brief = brief_from_dict({
        "product": "mobile bike servicing for commuters", "kind": "service",
        "brand": "Spoke Doctor", "platforms": ["linkedin", "facebook", "x"], "b2b": True,
        "tone": "calm, professional", "url": "https://spokedoctor.example/book", "action": "book",
        "start": dt.date(2027, 3, 1), "weeks": 4,
        "cadence": {"linkedin": 2, "facebook": 2, "x": 1},
        "description": "bike servicing at your office in Utrecht, brake and gear tuning, "
                       "a written safety check, €45 per bike",
        "referral_reward": "one free service for you when a company you send us books its first visit",
        "reviews": "4.8 stars from 120 Google reviews",
        "quotes": [{"text": "Twenty bikes serviced while we worked. Nobody missed a meeting.",
                    "by": "Sanne, office manager in Utrecht"}],
        "problems": ["brakes that squeal all the way to work", "a flat tyre on the way to a meeting",
                     "waiting a week for a bike shop slot"],
        "differentiators": ["we come to your office car park", "we fix on the spot, no bikes taken away",
                            "every visit ends with a written safety check"],
        "tips": ["Check your tyre pressure every Monday.", "Oil the chain after a wet ride.",
                 "Test both brakes before you set off."],
        "faqs": [{"question": "Do you need a power socket?", "answer": "No, the van runs its own."},
                 {"question": "How long does a service take?", "answer": "About 25 minutes a bike."}],
        "story": ["Daan started Spoke Doctor in 2020 with one cargo bike full of tools."],
        "offer": {"code": "SPRING15", "discount": "15% off a fleet service of 10 bikes or more",
                  "starts": dt.date(2027, 3, 1), "ends": dt.date(2027, 3, 26)}})
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))
    proof = {"quote": "Twenty bikes serviced while we worked", "rating": "4.8 stars",
             "referral": "one free service"}
    for name, words in proof.items():
        posts = [p for p in cal.posts if words in p.text]
        assert posts, f"the brief's {name} is in no post"
        assert any(p.stage in ("consideration", "advocacy", "loyalty") for p in posts), name


def test_a_makers_first_story_line_is_bridged_to_the_ask_for_theirs():
    brief = brief_from_dict({"product": "hand-bound sketchbooks", "brand": "Quire & Ink",
                             "solo": True, "platforms": ["instagram"],
                             "story": ["I learned bookbinding from a retired printer in Porto.",
                                       "I sold my first ten books at a market in 2021."]})
    texts = _rendered(brief, "advocacy/your-story-featured", "instagram",
                      picks={"story_fact": "I learned bookbinding from a retired printer in Porto."})
    for text in texts:
        assert "retired printer in Porto." in text
        assert "That's where my story starts." in text or "That's how it started for me." in text, text
    assert not any(".I " in t or "story.I" in t for t in texts)
