"""Frames with nothing in them, and what a post opens on (blind read 20).

A medium brief (a few tips, a question answered, two problems) got half its calendar from
fact-light templates that only said what the business sells ("Windscreen repair is what we
do.") around lines that announce the post ("Questions first, decisions later.", "One post,
one thing to know: where to book."), a checklist of three things never answered and
"getting started" steps the brief never gave. The briefs here are made up for these tests.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from functools import lru_cache

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import retellings, thin_facts

LIB = TemplateLibrary()
START = dt.date(2027, 3, 1)

#: a medium brief: a service with two problems, two tips and an answered question
MEDIUM = {
    "product": "mobile bike fitting at your home", "kind": "service", "brand": "Saddlewise",
    "platforms": ["facebook", "instagram"], "country": "FR", "tone": "plain",
    "problems": ["sore knees after a long ride", "a bike bought online that never felt right"],
    "tips": ["Raise the saddle a few millimetres at a time, never a whole centimetre.",
             "Ride ten minutes before you judge a new position."],
    "faqs": [{"question": "Do I need a turbo trainer?",
              "answer": "No, we bring our own stand and tools."}],
    "cadence": {"facebook": 3, "instagram": 2},
}
#: a thin brief: a description typed as a list, and nothing else
THIN = {
    "product": "sourdough baking classes", "kind": "service", "brand": "Crumb Club",
    "description": "three-hour classes, six people at most, you take home a starter and "
                   "two loaves, held in our kitchen in Leith",
    "platforms": ["instagram", "facebook"], "cadence": {"instagram": 2, "facebook": 2},
}
#: lines that only announce what the post is
META = ("Questions first, decisions later", "That's what this post is for",
        "One post, one thing to know", "What we do, in one line", "New here? Hello",
        "Here's what you would be looking at", "in one post.", "No long story",
        "Where to book, in one post")


@lru_cache(maxsize=None)
def _plan(name: str, seed: int = 0):
    data = {"MEDIUM": MEDIUM, "THIN": THIN}[name]
    brief = brief_from_dict({"start": START, "weeks": 4} | data)
    return brief, plan_calendar(brief, LIB, options=PlanOptions(seed=seed))[0]


def test_a_brief_with_facts_of_its_own_gets_no_fact_light_post():
    for seed in (0, 1, 2):
        _, cal = _plan("MEDIUM", seed)
        assert cal.posts
        light = [p.template for p in cal.posts if LIB.get(p.template).last_resort]
        assert light == [], light


def test_a_fact_light_post_carries_a_part_of_the_brief():
    brief, cal = _plan("THIN")
    # (a part told a second time, on another platform, is in a sentence of its own:
    # `retellings`, session 22)
    parts = [f.rstrip(".") for t in thin_facts(brief) for f in [t, *retellings(t, brief)]]
    light = [p for p in cal.posts if LIB.get(p.template).last_resort]
    assert light
    for post in light:
        assert any(part in post.text for part in parts), post.text
        # never only what the business sells, said again
        assert "is what we do" not in post.text and "That's us" not in post.text, post.text


def test_no_post_opens_on_a_line_that_only_announces_it():
    for name in ("MEDIUM", "THIN"):
        _, cal = _plan(name)
        for post in cal.posts:
            assert not any(m in post.text for m in META), post.text


def test_no_template_of_the_library_holds_a_meta_line():
    root = pathlib.Path(LIB.get("awareness/who-we-are").path).parents[1]
    for path in root.rglob("*.j2"):
        text = path.read_text(encoding="utf-8")
        assert not any(m in text for m in META), (path.name, [m for m in META if m in text])


def test_the_unanswered_checklist_and_made_up_steps_left_the_library():
    ids = set(LIB.templates)
    assert "consideration/worth-knowing-first" not in ids
    assert "consideration/how-it-starts" not in ids


# -- Pins are evergreen and found by search ---------------------------------------------------

from planner.planning.pins import evergreen_pin, keyword_line  # noqa: E402

PIN_CTX = {"product": "printable maths games for kids", "brand": "Numbat Games",
           "has_brand": True, "audience": ""}


def test_a_pin_says_no_today_and_greets_no_new_follower():
    text = ("New here? Hello.\nOut today: the times-table pack.\n\nThe reviews, as they stand "
            "today: 4.8 stars from 90 parents.\n\nSave this Pin for later")
    out, _ = evergreen_pin(text, "Times-table games", "Save this Pin for later", PIN_CTX)
    assert "today" not in out.lower() and "New here" not in out, out
    assert "The times-table pack." in out and "The reviews: 4.8 stars from 90 parents." in out
    assert out.endswith("Save this Pin for later")


def test_a_pin_opens_on_what_it_is():
    # (a title that can say what is sold says it, and the description opens on its own
    # words: the bare "Printable maths games for kids." atop it read as a pasted field,
    # blind read 38)
    out, title = evergreen_pin("Ten minutes a day beats an hour on Sunday.\n\nSave it",
                               "Why short games work", "Save it", PIN_CTX)
    assert title == "Why short games work | Printable maths games for kids", title
    assert out.startswith("Ten minutes a day"), out
    # ... and a title too long to say it leaves the keyword line to the description
    long = "Why ten minutes a day beats one long hour on a Sunday, every single week of the school year"
    out, title = evergreen_pin("Ten minutes a day beats an hour on Sunday.\n\nSave it", long,
                               "Save it", PIN_CTX)
    assert out.startswith("Printable maths games for kids.\n"), (out, title)
    assert keyword_line(PIN_CTX | {"product": "bike fitting", "audience": "commuters"}) == \
        "Bike fitting."  # the audience as typed is never pasted
    # a first line that names it already is the keyword line
    out, _ = evergreen_pin("Our maths games come in three levels.\n\nSave it", "Three levels",
                           "Save it", PIN_CTX)
    assert out.startswith("Our maths games")


def test_a_pin_never_says_its_title_again_word_for_word():
    tip = "Play one game a day, not five on Sunday."
    out, title = evergreen_pin(tip + "\n\nSave it", tip.rstrip("."), "Save it", PIN_CTX)
    assert tip in out  # the fact stays
    # (the keyword line leads the tip's words, so two Pins of two tips have two titles:
    # session 28, read 27's Pins refused for a title said already)
    assert title == "Printable maths games for kids: play one game a day, not five on Sunday"
    assert title not in out


def test_a_planned_pin_is_evergreen():
    brief = brief_from_dict({
        "start": START, "weeks": 4, "product": "hand-bound sketchbooks", "brand": "Folio Lane",
        "platforms": ["pinterest"], "url": "https://foliolane.example", "country": "CA",
        "reviews": "4.9 stars from 200 buyers on Etsy",
        "tips": ["Press flowers between the back pages, the paper is thick enough.",
                 "Use a fixative on charcoal before you close the book."],
        "launch": {"what": "the A5 travel sketchbook", "date": "2027-03-10"},
        "cadence": {"pinterest": 3}})
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=0))
    assert cal.posts
    for post in cal.posts:
        assert "today" not in post.text.lower() and "New here" not in post.text, post.text
        assert post.title.rstrip(".") + "." not in post.text.split("\n")[0], post.text


# -- visual directions that can be shot -------------------------------------------------------

from planner.planning.render import as_carousel  # noqa: E402


def test_a_carousel_is_briefed_as_slides():
    one = "One clear photo of the repair, from above on a plain surface"
    said = as_carousel(one, "carousel")
    assert said.startswith("A 3-slide carousel: one clear photo") and "slide" in said
    assert as_carousel(one, "static") == one
    slides = "A 4-slide carousel: one point per slide"
    assert as_carousel(slides, "carousel") == slides


def test_a_tip_that_says_dont_is_never_shown_being_done():
    brief = brief_from_dict({
        "product": "espresso machine servicing", "kind": "service", "brand": "Crema Fix",
        "platforms": ["instagram"], "tips": ["Don't descale with vinegar, it eats the seals."]})
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    plat = load_platforms()["instagram"]
    tpl = LIB.get("awareness/quick-tip")
    ctx = template_context(brief, plat, "carousel", "", {}, START)
    ctx["tip"] = brief.facts.tips[0]
    visual = LIB.render(tpl, ctx, "k").visual
    assert "it being done" not in visual and "never the mistake" in visual, visual


# -- event titles said in a sentence, the place said once ------------------------------------

from planner.planning.context import event_place  # noqa: E402
from planner.planning.wording import said_title  # noqa: E402


def test_an_event_title_with_its_own_colon_is_quoted_after_what_it_is():
    assert said_title("Evening class: knife skills for beginners") == \
        "our evening class, ‘Knife skills for beginners’"
    assert said_title("Harvest Supper Night: a menu from the allotment") == \
        "Harvest Supper Night, ‘A menu from the allotment’"
    assert said_title("Live: sharpening a chisel") == "Live: sharpening a chisel"
    assert said_title("Open day at the forge") == "Open day at the forge"


def test_the_place_is_said_once_when_the_title_names_it():
    place = "Bellows Forge workshop, Tanner Lane, Hebden Bridge"
    assert event_place(place, "Open day at our Tanner Lane workshop", "Bellows Forge") == "Hebden Bridge"
    assert event_place(place, "Open day at our new workshop", "Bellows Forge") == \
        "Tanner Lane, Hebden Bridge"
    assert event_place(place, "Open day at our riverside workshop", "Ironworks") == \
        "Tanner Lane, Hebden Bridge"
    # (read 23: the brand's own place is said as ours, its street after it, never the field
    # as typed: was the place whole)
    assert event_place(place, "Open day", "Bellows Forge") == \
        "our workshop on Tanner Lane, Hebden Bridge"


def test_a_tip_that_says_film_is_no_footage_asked_for_a_still():
    brief = brief_from_dict({
        "start": START, "weeks": 2, "product": "refurbished slide projectors",
        "brand": "Carousel & Co", "platforms": ["facebook"], "posts_per_week": 2,
        "tips": ["Keep slide film out of the sun, it fades in a summer."]})
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=0))
    assert any("slide film" in p.text for p in cal.posts)


# -- the description said as ours, or not at all ---------------------------------------------

import pytest  # noqa: E402

from planner.planning.critic import post_findings  # noqa: E402
from planner.planning.facts_said import core_sentences, is_fragment  # noqa: E402

#: descriptions typed as busy owners type them: a list after the first part, a seller's "I"
#: inside the goods' name, a fragment, a "we" sentence with a list spliced on
DESCRIBED = {
    "list-service": {
        "product": "office plant care", "kind": "service", "brand": "Leafline",
        "description": "we supply and look after office plants across Leeds, weekly or monthly "
                       "visits, watering, pruning, pest checks, from £60 a month",
        "platforms": ["linkedin", "instagram"], "cadence": {"linkedin": 2, "instagram": 2},
        "tips": ["Keep ferns away from radiators."]},
    "i-goods": {
        "product": "hand-dyed sock yarn", "brand": "Tarn Yarns",
        "description": "merino sock yarn I dye myself in small pots in my Kendal kitchen, "
                       "wound by hand, 20 colourways, £18 a skein",
        "platforms": ["instagram", "pinterest"], "cadence": {"instagram": 2, "pinterest": 2},
        "differentiators": ["every skein is dyed in a batch of four"]},
    "fragment-digital": {
        "product": "printable maths games for kids", "kind": "digital", "brand": "Numbat",
        "description": "PDF packs of maths card games for kids aged 5 to 9, 40 games per "
                       "pack, rules on every card, print at home",
        "platforms": ["facebook", "pinterest", "youtube"],
        "cadence": {"facebook": 2, "pinterest": 2, "youtube": 1},
        "faqs": [{"question": "Do I need a colour printer?", "answer": "No, they work in black "
                  "and white."}]},
    "plain-product": {
        "product": "cast iron skillets", "brand": "Forge & Pan", "country": "US",
        "description": "Pre-seasoned cast iron skillets poured in Ohio. 10 and 12 inch. "
                       "Lifetime guarantee.",
        "platforms": ["facebook", "x"], "posts_per_week": 3},
}


@pytest.mark.parametrize("name", sorted(DESCRIBED))
@pytest.mark.parametrize("seed", [0, 1])
def test_no_post_pastes_six_words_of_the_description(name, seed):
    brief = brief_from_dict({"start": START, "weeks": 3} | DESCRIBED[name])
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=seed))
    for post in cal.posts:
        rules = [r for r, _ in post_findings(post, brief)]
        assert "pasted-description" not in rules, post.text
        # the seller's "I" never follows our "We sell", nor a list runs on after a dash
        assert not [line for line in post.text.split("\n")
                    if line.startswith("We ") and " I " in line], post.text


def test_what_we_sell_is_said_without_the_list_or_the_sellers_i():
    assert core_sentences("we supply and look after office plants across Leeds, weekly or "
                          "monthly visits, watering, pruning, pest checks", "service") == \
        ["We supply and look after office plants across Leeds."]
    assert core_sentences("merino sock yarn I dye myself in small pots, 20 colourways",
                          "product", "", "hand-dyed sock yarn") == ["We sell merino sock yarn."]
    assert is_fragment("PDF packs of maths card games for kids aged 5 to 9")
    # a list joined by "and" inside the sentence stays whole
    assert core_sentences("we sweep chimneys and flues, stoves and open fires", "service") == \
        ["We sweep chimneys and flues, stoves and open fires."]


def test_a_medium_briefs_few_posts_are_spread_over_the_weeks():
    brief = brief_from_dict({"start": START, "weeks": 4} | MEDIUM | {
        "platforms": ["facebook", "tiktok"], "cadence": {"facebook": 3, "tiktok": 2}})
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
    weeks = {(p.date - START).days // 7 for p in cal.posts}
    assert len(weeks) == min(4, len(cal.posts)), sorted(p.date for p in cal.posts)
