"""Copy a manager would publish unedited (blind read 19, issue 13), one class a test.

Every brief here is made up for these tests (other trades, countries and platforms than the
blind read's): a sparse service brief whose product line lists its parts after a dash, part
lines of a description whose shape the part table did not know, a course or service named
as a thing, frames with nothing in them, and grammar slips.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.lint import lint_calendar
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import product_parts, thin_facts, what_it_is, what_it_is_variants

LIB = TemplateLibrary()
START = dt.date(2027, 1, 4)

#: one line of product (what the work is, then its parts), a kind, a tone, two platforms
SPARSE_LISTED = {
    "tiles": {"product": "bathroom tile regrouting in Porto - regrouting, sealing, mould removal",
              "kind": "service", "tone": "plain, honest", "platforms": ["facebook", "instagram"]},
    "piano": {"product": "piano tuning in Wellington - tuning, regulation, small repairs",
              "kind": "service", "tone": "calm", "platforms": ["instagram", "facebook"]},
    "boiler": {"product": "boiler servicing in Leeds - annual service, gas safety check, repairs",
               "kind": "service", "tone": "friendly", "platforms": ["facebook", "x"]},
    "yoga": {"product": "prenatal yoga classes in Cape Town - small groups, evening sessions, "
                        "online option", "kind": "service", "tone": "gentle",
             "platforms": ["instagram", "tiktok"]},
}


def _brief(data, **extra):
    return brief_from_dict({"start": START, "weeks": 4, "posts_per_week": 3} | data | extra)


@lru_cache(maxsize=None)
def _plan(name):
    brief = _brief(SPARSE_LISTED[name])
    cal, warnings = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
    return brief, cal, warnings


# --- 4. a sparse service brief gets a full calendar --------------------------------------

def test_a_product_line_listing_its_parts_is_split_into_the_work_and_its_parts():
    assert product_parts("ski waxing in Bansko - waxing, edges, base repair") == \
        ("ski waxing in Bansko", ["waxing", "edges", "base repair"])
    assert product_parts("dog grooming in Cork: baths, nail trims and deshedding") == \
        ("dog grooming in Cork", ["baths", "nail trims", "deshedding"])
    # a name and what it is stays whole; so does a line with no list
    assert product_parts("Lumen: a meditation app")[1] == []
    assert product_parts("hand-thrown stoneware mugs")[1] == []


def test_each_part_of_a_listed_product_line_is_a_sentence_of_its_own():
    brief = _brief(SPARSE_LISTED["boiler"])
    assert what_it_is(brief) == "We offer boiler servicing in Leeds."
    said = thin_facts(brief)
    assert said == ["An annual service is part of what we do.", "We do a gas safety check too.",
                    "Repairs? Yes, we do that."]
    # no wording of what the business is pastes the list
    assert not any("annual service" in v for v in what_it_is_variants(brief))


@pytest.mark.parametrize("name", sorted(SPARSE_LISTED))
def test_a_sparse_listed_service_brief_gets_a_full_calendar_of_clean_posts(name):
    # before: 1 post of 12, as every post said the whole pasted product line again
    brief, cal, warnings = _plan(name)
    asked = brief.posts_per_week * brief.weeks
    # (asked - 4 since session 22: such a line gives three parts and an area, each told on two
    # platforms in a sentence of its own, and what the business is twice a calendar: 10 at
    # most, no sentence in two posts; a slot past them stays empty with the warning)
    assert len(cal.posts) >= asked - 4, (len(cal.posts), warnings)
    assert any("slot left empty" in w for w in warnings) or len(cal.posts) == asked
    findings = [f for f in lint_calendar(cal, brief) if f.post]
    assert findings == [], [f.line() for f in findings]
    for post in cal.posts:
        assert " - " not in post.text and "There's a" not in post.text, post.text
    for platform in brief.platforms:
        assert any(p.platform == platform for p in cal.posts), platform


# --- 5. grammar -----------------------------------------------------------------------

def test_a_plural_service_is_what_we_do_with_are():
    brief = _brief({"product": "guided canoe trips on the Dordogne", "kind": "service",
                    "platforms": ["instagram"]})
    assert "Guided canoe trips on the Dordogne are what we do." in what_it_is_variants(brief)
    brief = _brief({"product": "mobile bike repair in Ghent", "kind": "service",
                    "platforms": ["instagram"]})
    assert "Mobile bike repair in Ghent is what we do." in what_it_is_variants(brief)


# --- 1. a part the part table did not know ------------------------------------------------

@pytest.mark.parametrize("part, said", [
    ("€65 per diver", "It's €65 per diver."),
    ("S/ 120 per person", "It's S/ 120 per person."),
    ("max 6 riders", "Groups are 6 riders at most."),
    ("groups of 10 max", "Groups are 10 people at most."),
    ("up to 12 guests", "Groups are 12 guests at most."),
    ("Wed-Mon starting 7:30am", "Open Wednesday to Monday from 7:30am."),
    ("Mon to Fri 9-5", "Open Monday to Friday, 9-5."),
    ("WhatsApp +30 694 123 4567", "Message us on WhatsApp: +30 694 123 4567."),
    ("2.5 hours", "It lasts 2.5 hours."),
])
def test_a_part_of_a_known_shape_is_said_in_its_own_sentence(part, said):
    from planner.planning.facts_said import fact_sentences, part_shape

    assert part_shape(part) == said
    # (how long one lasts is said of one tour where the product names its unit, session 41)
    said = {"It lasts 2.5 hours.": "Each tour lasts 2.5 hours."}.get(said, said)
    assert fact_sentences([part], "sea kayak tours", "service") == [said]


def test_a_description_of_parts_never_says_there_is_a_part():
    from planner.planning.facts_said import description_details

    said = description_details("guided horse treks for beginners, 3 hours, R450 per rider, "
                               "max 5 riders, Thu-Sun from 8am, WhatsApp +27 82 555 0101",
                               "horse treks in the Karoo")
    assert said == ["It lasts 3 hours.", "It's R450 per rider.", "Groups are 5 riders at most.",
                    "Open Thursday to Sunday from 8am.",
                    "Message us on WhatsApp: +27 82 555 0101."]


def test_a_part_no_shape_knows_is_left_out_not_forced_into_there_is():
    from planner.planning.facts_said import difference_sentence, fact_sentences

    assert fact_sentences(["Sat-Sun 10-4 except bank holidays", "max 8 per boat and crew"],
                          "boat trips", "service") == []
    # a shape with a clause after it keeps the clause
    assert difference_sentence("up to 10 students, each with a wheel", "pottery classes",
                               "service") == "Groups are 10 students at most, each with a wheel."
    assert difference_sentence("max 6 riders, everyone gets their own horse", "trail rides",
                               "service") == "Groups are 6 riders at most — everyone gets their own horse."


def test_a_plural_service_off_a_place_is_what_we_do_with_are():
    brief = _brief({"product": "guided snorkel trips off Zanzibar", "kind": "service",
                    "platforms": ["instagram"]})
    assert "Guided snorkel trips off Zanzibar are what we do." in what_it_is_variants(brief)


# --- 2. a course or a service named as a thing ------------------------------------------

@pytest.mark.parametrize("product, kind, item", [
    ("Flamenco Guitar for Beginners online course", "digital", "Flamenco Guitar course"),
    ("Urdu Calligraphy for Adults classes", "service", "Urdu Calligraphy classes"),
    # one word before "and" shares the rest of the name: never "What we do: wind"
    ("wind and hydro turbine maintenance contracts", "service",
     "wind and hydro turbine maintenance contracts"),
])
def test_a_course_or_service_is_named_as_what_is_booked(product, kind, item):
    from planner.planning.wording import short_name

    assert short_name(_brief({"product": product, "kind": kind, "platforms": ["instagram"]})) == item


def test_a_course_named_by_its_subject_reads_as_ours_in_a_post():
    brief = _brief({"product": "Flamenco Guitar for Beginners online course", "kind": "digital",
                    "brand": "Compás Academy", "platforms": ["instagram", "youtube"],
                    "description": "self-paced video course: 30 lessons from your first rasgueado "
                                   "to a full soleá"})
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
    text = "\n".join(p.text + "\n" + (p.title or "") for p in cal.posts)
    assert "Flamenco Guitar course" in text
    assert "is a Flamenco Guitar." not in text and "taking Flamenco Guitar course" not in text
    for post in cal.posts:
        assert "our Flamenco Guitar " not in post.text.replace("our Flamenco Guitar course", ""), \
            post.text


def test_only_a_brand_that_is_a_person_s_name_says_i_am():
    from planner.planning.voice import brand_is_person

    assert brand_is_person("Meera Iyer") and brand_is_person("Tomás Ferreira")
    assert not brand_is_person("Keys After Dark") and not brand_is_person("Bergen Pottery Studio")
    assert not brand_is_person("Fjord Varme Service")
    for template in ("awareness/boosted-favourite", "advocacy/tag-a-friend"):
        for solo, brand in ((True, "Marimba Lab Online"), (False, "Marimba Lab Online")):
            brief = _brief({"product": "hand-made marimba mallets", "brand": brand,
                            "platforms": ["instagram"], "solo": solo,
                            "description": "mallets wound by hand in my workshop in Lisbon"})
            from planner.domain.platforms import load_platforms
            from planner.planning.context import template_context
            from planner.planning.voice import first_person_singular

            plat = load_platforms()["instagram"]
            for seed in range(12):
                ctx = template_context(brief, plat, "static", "", {}, START)
                text = LIB.render(LIB.get(template), ctx, f"{seed}").text
                text = first_person_singular(text) if solo else text
                assert "I'm Marimba" not in text, text


def test_plural_goods_look_in_a_photo():
    brief = _brief({"product": "hand-bound goatskin journals", "platforms": ["instagram"],
                    "tone": "plain, professional", "description": "journals bound by hand in Fez"})
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    plat = load_platforms()["instagram"]
    seen = set()
    for seed in range(40):
        ctx = template_context(brief, plat, "static", "", {}, START)
        text = LIB.render(LIB.get("awareness/expectation-vs-reality"), ctx, f"k{seed}").text
        seen.add(text.split("\n")[0])
        assert "journals looks" not in text, text
    assert any("journals look in a photo" in s for s in seen), seen


# --- 3. frames with nothing in them -------------------------------------------------------

def _medium(**extra):
    return _brief({"product": "commercial kitchen extraction cleaning", "kind": "service",
                   "brand": "Ventura Hygiene", "platforms": ["linkedin", "x", "facebook"],
                   "tone": "professional", "country": "ES",
                   "description": "deep cleaning of kitchen extraction ducts for restaurants in "
                                  "Valencia. From €390 per visit. Call 961 234 567",
                   "differentiators": ["NEBOSH-certified technicians on every job",
                                       "no subcontractors, ever"],
                   "problems": ["grease fires starting in a duct nobody has opened for years"]}
                  | extra)


def test_a_behind_the_scenes_post_needs_a_difference_that_shows_a_scene():
    from planner.planning.needs import how_made, needs_met

    template = LIB.get("consideration/how-its-made")
    assert not needs_met(template, _medium(), START)
    scene = _medium(differentiators=["ducts scraped and washed by hand, then photographed"])
    assert needs_met(template, scene, START)
    assert how_made("ducts scraped and washed by hand") and \
        not how_made("NEBOSH-certified technicians on every job")


def test_a_demo_needs_two_lines_that_show_the_work_not_a_price_and_a_number():
    from planner.planning.needs import needs_met

    template = LIB.get("consideration/the-facts")
    assert not needs_met(template, _medium(), START)
    shown = _medium(description="deep cleaning of kitchen extraction ducts. Every duct is "
                                "scraped back to bare metal. Filters are soaked overnight.")
    assert needs_met(template, shown, START)


def test_a_short_problem_post_never_names_the_problem_alone():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    brief = _medium()
    plat = load_platforms()["x"]
    picks = {"problem": brief.facts.problems[0]}
    for seed in range(20):
        ctx = template_context(brief, plat, "text", "", picks, START)
        text = LIB.render(LIB.get("awareness/name-the-problem"), ctx, f"p{seed}").text
        body = text.split("\n")[0]
        assert "Ventura Hygiene" in body or "we come in" in body.lower() or \
            "deep cleaning" in body.lower(), text


def test_a_medium_brief_plans_no_empty_frames():
    brief = _medium()
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
    assert cal.posts
    for post in cal.posts:
        assert post.tactic != "behind the scenes", post.text
        assert post.tactic != "product demo" or post.template != "consideration/the-facts", post.text


def test_a_two_word_part_of_the_goods_is_never_a_bare_line():
    from planner.planning.facts_said import fact_sentences

    assert fact_sentences(["kidskin covers", "brass clasps"], "stitched sketchbooks") == \
        ["Our stitched sketchbooks have kidskin covers.", "Our stitched sketchbooks have brass clasps."]
    assert fact_sentences(["cork soles"], "felt slipper") == ["Our felt slipper has cork soles."]
    # a statement stays a statement
    assert fact_sentences(["Everything ships"], "stitched sketchbooks") == ["Everything ships."]


def test_a_part_of_the_job_in_a_listed_description_is_never_who_we_work_with():
    brief = _brief({"product": "chimney sweeping", "kind": "service", "platforms": ["facebook"],
                    "description": "chimney sweeping for wood stoves in Tromsø, smoke test, "
                                   "written report"})
    said = thin_facts(brief)
    assert not any(s.startswith(("We work with", "It's all")) for s in said), said
    assert any("smoke test" in s for s in said) and any("written report" in s for s in said), said
