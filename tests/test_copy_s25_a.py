"""Brief facts said as a person would say them, after blind read 24 (2026-12-05, s25 helper a):
an offer's later posts say the discount without the product pasted after it; an app is named
by its brand, then "the app"; a description's "with" list and its subjectless last clause
said as whole sentences; a tip's own list keeps its commas; an event post links to the
event's own page. Every brief here is our own, never a read brief."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter


from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary


def _plan(raw: dict) -> list[CalendarPost]:
    brief = brief_from_dict(raw)
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=4))
    return cal.posts


#: a maker whose discount names what it is off ("10% off welcome boards")
SIGNS = {
    "product": "hand-lettered wedding signs", "brand": "Ink & Aisle", "kind": "product",
    "platforms": ["instagram", "facebook"], "tone": "warm",
    "description": "wedding signs lettered by hand on oak boards and mirrors, welcome boards, "
                   "seating charts and table numbers, a welcome board from £120",
    "differentiators": ["every sign is drawn for your day, no templates",
                        "oak boards you can keep and hang at home afterwards"],
    "problems": ["printed signs that look like every other wedding"],
    "tips": ["Order your seating chart last, once every reply is in.",
             "A mirror sign needs a plain wall behind it to read well."],
    "offer": {"code": "AISLE10", "discount": "10% off welcome boards",
              "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 24)},
    "cadence": {"instagram": 3, "facebook": 2},
}

#: a shop whose discount is bare ("15% off"): what it is on is said, once a platform
WRAPS = {
    "product": "beeswax food wraps", "brand": "Hive & Hearth", "kind": "product",
    "platforms": ["instagram", "facebook"],
    "description": "beeswax food wraps made in Cork from organic cotton, a set of three for €18",
    "differentiators": ["the wax comes from our own hives"],
    "tips": ["Wash wraps in cool water, warm water melts the wax."],
    "problems": ["cling film in the bin every week"],
    "offer": {"code": "WRAP15", "discount": "15% off", "starts": dt.date(2027, 1, 4),
              "ends": dt.date(2027, 1, 24)},
    "cadence": {"instagram": 3, "facebook": 2},
}

#: an app with a brand, a description typed as a "with" list and a subjectless last clause,
#: and a tip that is a list of three clauses
FLASHLY = {
    "product": "Flashly GCSE chemistry flashcard app", "brand": "Flashly", "kind": "digital",
    "platforms": ["tiktok", "x"], "tone": "cheeky, casual", "country": "GB",
    "description": "revision flashcards for GCSE chemistry with 600 cards, every required "
                   "practical, and past-paper questions by topic, syncs across devices",
    "tips": ["Sort the reactions by colour first: blue means copper, green means iron(II), "
             "brown means iron(III).",
             "Do ten cards a day and the app brings back the ones you missed."],
    "faqs": [{"question": "Does it follow my exam board?",
              "answer": "Yes, you pick AQA, Edexcel or OCR when you start."}],
    "offer": {"code": "MOLE20", "discount": "£20 off the exam-season pass",
              "ends": dt.date(2027, 1, 20)},
    "cadence": {"tiktok": 4, "x": 3},
}


def _offer_posts(posts: list[CalendarPost], code: str) -> list[CalendarPost]:
    return [p for p in posts if code.lower() in p.text.lower()]


# ---- 1. the offer with the product pasted in -----------------------------------------------

def test_a_discount_that_names_its_goods_never_gets_the_product_after_it():
    # read 24: "15% off window lettering on my hand-painted shopfront signs" in six posts
    posts = _plan(SIGNS)
    offered = _offer_posts(posts, "AISLE10")
    assert len(offered) >= 3
    joined = "\n".join(p.text for p in posts)
    assert not re.search(r"(?i)welcome boards on (?:our|my)\b", joined), joined
    assert "hand-lettered wedding signs with code" not in joined


def test_a_bare_discount_names_the_goods_once_a_platform():
    posts = _plan(WRAPS)
    offered = _offer_posts(posts, "WRAP15")
    assert len(offered) >= 4
    pasted = Counter(p.platform for p in offered
                     if re.search(r"(?i)15% off (?:our|my) beeswax food wraps", p.text))
    assert all(n <= 1 for n in pasted.values()), pasted
    # ... and the later ones say the discount alone
    assert any(re.search(r"15% off(?! (?:our|my) beeswax)", p.text) for p in offered)


def test_a_last_call_never_says_with_it():
    # read 24: "R50 off the full-year pass on our licence practice app with it."
    for raw in (FLASHLY, SIGNS, WRAPS):
        posts = _plan(raw)
        for p in posts:
            assert not re.search(r"(?i)\bwith it\.", p.text), p.text


# ---- 2. an app is named by its brand, never by its product line lower-cased ----------------

def test_an_app_is_named_by_its_brand_and_then_the_app():
    # read 24: "our licence practice app" in five posts, the brand once
    posts = _plan(FLASHLY)
    joined = "\n".join(p.text + "\n" + p.visual for p in posts)
    assert not re.search(r"(?i)\b(?:our|the) (?:gcse )?chemistry flashcard app\b", joined), joined
    assert not re.search(r"(?i)Flashly GCSE chemistry flashcard app", joined)
    assert sum("Flashly" in p.text for p in posts) >= 3


def test_the_offer_card_names_the_brand_not_the_product_line():
    # read 24: "🏷️ How the offer on our licence practice app works:"
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    library, plats = TemplateLibrary(), load_platforms()
    t = library.templates["conversion/offer-the-details"]
    brief = brief_from_dict(FLASHLY)
    texts = []
    for platform in ("tiktok", "x"):
        fmt = next(f for f in t.formats if f in plats[platform].formats)
        for seed in range(12):
            ctx = template_context(brief, plats[platform], fmt, "", None, dt.date(2027, 1, 6))
            texts.append(library.render(t, ctx, f"{seed}|{platform}").text)
    joined = "\n".join(texts)
    assert "chemistry flashcard app" not in joined, joined
    assert "offer on our" not in joined.lower()


# ---- 3. the description's "with" list and its subjectless last clause ----------------------

def test_a_description_list_and_its_last_clause_are_whole_sentences():
    # read 24: "There are all the road signs, and mock tests …, works offline."
    posts = _plan(FLASHLY)
    joined = "\n".join(p.text for p in posts)
    assert "There are every required practical" not in joined
    assert "There's every required practical" not in joined
    assert not re.search(r"practical, and past-paper questions by topic, syncs", joined), joined
    # the list is said whole with what has it, the clause with a subject
    assert re.search(r"(?:Flashly|The app) comes with 600 cards, every required practical, and "
                     r"past-paper questions by topic\.", joined), joined
    assert not re.search(r"(?m)(?:^|\. |> )Syncs across devices", joined)


def test_the_parts_of_a_description_in_order():
    from planner.planning.facts_said import description_details

    lines = description_details(FLASHLY["description"], FLASHLY["product"], "digital")
    assert [ln.split()[-3:] for ln in lines] == [["questions", "by", "topic."],
                                                 ["syncs", "across", "devices."]]


# ---- 4. a tip's own list keeps its commas --------------------------------------------------

def test_a_tip_that_is_a_list_of_clauses_keeps_its_commas():
    # read 24: "red tells you no — blue tells you what you must do, yellow warns you"
    posts = _plan(FLASHLY)
    told = [p for p in posts if "blue means copper" in p.text]
    assert told
    for p in told:
        assert "blue means copper, green means iron(II), brown means iron(III)" in p.text, p.text
        assert "—" not in p.text.split("blue means copper")[0][-40:]


def test_a_comma_splice_is_still_parted():
    from planner.planning.wording import mend

    assert mend("Cover the clay after you wedge it, the air dries it out fast.") == \
        "Cover the clay after you wedge it — the air dries it out fast."


# ---- 5. an event post links to the event's own page ----------------------------------------

POTTER = {
    "product": "wheel-thrown stoneware mugs", "brand": "Kiln Lane", "kind": "product",
    "platforms": ["instagram"], "tone": "warm",
    "description": "stoneware mugs thrown by hand in Galway, glazed in sea greens and greys",
    "url": "https://kilnlane.example/contact",
    "story": ["I threw my first mug in a night class in 2015.",
              "I built my own kiln in my uncle's shed in 2019."],
    "differentiators": ["every mug is thrown and glazed by me, start to finish"],
    "events": [{"title": "Open studio: raku firing", "when": dt.datetime(2027, 1, 23, 14),
                "platform": "instagram", "place": "Kiln Lane, Galway",
                "link": "https://kilnlane.example/raku"}],
    "cadence": {"instagram": 3},
}


def test_an_event_post_in_one_makers_voice_links_to_the_events_page():
    # read 24: "Sign up: link in bio" on the open studio's post, its link the contact page
    posts = _plan(POTTER)
    about = [p for p in posts if re.search(r"(?i)raku firing", p.text)
             and re.search(r"(?i)link in bio|sign up|book", p.text)]
    assert about, [p.text for p in posts]
    for p in about:
        assert p.link == "https://kilnlane.example/raku", (p.text, p.link)


# ---- 6. a question about "it" names it -----------------------------------------------------

def test_a_faq_about_it_names_the_brand():
    # read 24: "Does it work without data?" on TikTok, the app never named
    posts = _plan(FLASHLY)
    asked = [p for p in posts if "exam board" in p.text]
    assert asked, [p.text for p in posts]
    for p in asked:
        assert "Does Flashly follow my exam board?" in p.text, p.text
        assert "Does it follow" not in p.text


def test_an_apps_description_lines_name_it_by_its_brand():
    # one wording a calendar counts: read 24's K53 Ready calendar said "… comes with over 900
    # questions …" in four posts, as "K53 Ready comes with" and "The app comes with", so its
    # two-tellings cap never saw them as one line
    from planner.planning.facts_said import brief_details

    lines = brief_details(brief_from_dict(FLASHLY))
    assert lines[0].startswith("Flashly comes with 600 cards"), lines
    assert lines[1] == "Flashly syncs across devices.", lines


def test_an_app_of_a_kind_is_said_by_its_kind_not_a_brand_with_an_article():
    # (the brand rule must not make "anything like a Flashly before?")
    from planner.planning.wording import by_brand

    said = by_brand("Have you tried anything like a Flashly GCSE chemistry flashcard app before?",
                    "GCSE chemistry flashcard app", "Flashly", "Flashly GCSE chemistry flashcard app")
    assert said == "Have you tried anything like a GCSE chemistry flashcard app before?"


def test_a_faq_about_a_named_product_names_the_product():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    brief = brief_from_dict({
        "product": "Tidemark, a tide table app for surfers", "brand": "Salt Studio",
        "kind": "digital", "platforms": ["instagram"],
        "faqs": [{"question": "Does it work offline?", "answer": "Yes, a week ahead."}]})
    plats = load_platforms()
    ctx = template_context(brief, plats["instagram"], "static", "", None, dt.date(2027, 1, 6))
    assert ctx["faq"]["question"] == "Does Tidemark work offline?"
