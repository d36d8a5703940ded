"""A business that looks after people's health, fixed after blind read 25 (2026-12-05, s26):
a problem about the people who have it is said as a statement, never "Sick of people
with …?"; a health complaint is asked gently, its pictures never act it out and its asks
never invite a health story in the comments; a WhatsApp number is how people book where no
link can be tapped; a booking page in the seller's language is still a booking page. Every
brief here is our own."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.context import template_context
from planner.planning.facts_said import problem_question, problem_statement
from planner.planning.links import labelled_cta
from planner.planning.polls import poll_sets
from planner.planning.visuals import is_care
from tests.calendar_helpers import posts


_plan = posts


#: a dental practice whose patients message on WhatsApp
DENTIST = {
    "product": "dental check-ups and hygienist visits",
    "kind": "service",
    "brand": "Riverside Smiles",
    "description": "family dental practice in Leith, Edinburgh, check-ups, hygienist cleans, "
                   "fillings, check-up £45, WhatsApp 07700 900 312",
    "audience": "families and nervous adults who haven't seen a dentist in years",
    "tone": "kind, reassuring, no scary pictures",
    "platforms": ["instagram", "facebook"],
    "url": "https://riversidesmiles.co.uk/reservar",
    "action": "book",
    "posts_per_week": 4,
    "problems": [
        "nervous adults who put off the dentist for years",
        "gums that bleed when you brush",
        "a chipped tooth that makes you hide your smile",
    ],
}


def test_a_problem_about_people_is_a_statement_not_a_question():
    said = "older dogs that struggle on the stairs at night"
    assert problem_statement(said) == "Older dogs struggle on the stairs at night"
    assert problem_question(said) == ""
    assert problem_statement("people with diabetes who can't feel a small cut") == \
        "People with diabetes can't feel a small cut"
    # a problem that is the reader's own stays a question
    assert problem_statement("gums that bleed when you brush") == ""
    assert problem_question("gums that bleed when you brush").endswith("gums that bleed when you brush?")


def test_a_care_business_never_asks_sick_of_its_patients():
    posts = _plan(DENTIST)
    problems = [p for p in posts if p.tactic == "name the problem"]
    assert problems
    for post in problems:
        for frame in ("Sick of", "Fed up with", "Tired of nervous", "Been there? Comment",
                      "Tell us your worst"):
            assert frame not in post.text, post.text
        assert "acting out" not in post.visual
        assert "no photo of a body" in post.visual or "Nothing acted out" in post.visual
    about_people = [p for p in problems if "put off the dentist" in p.text]
    for post in about_people:
        assert "ervous adults put off the dentist for years." in post.text, post.text


def test_no_care_visual_shows_a_job_in_progress():
    for post in _plan(DENTIST):
        assert "job in progress" not in post.visual, post.visual


def test_care_is_read_from_the_business_or_the_tone():
    assert is_care(brief_from_dict(DENTIST))
    bakery = {"product": "sourdough loaves", "kind": "product", "platforms": ["instagram"]}
    assert not is_care(brief_from_dict(bakery))
    assert is_care(brief_from_dict({**bakery, "tone": "cosy, nothing gross or graphic"}))
    # a graphic design studio is no clinic
    studio = {"product": "logo design", "kind": "service", "platforms": ["instagram"],
              "description": "brand identities for cafés and small shops"}
    assert not is_care(brief_from_dict(studio))


def test_a_whatsapp_number_is_the_booking_ask_where_no_link_can_be_tapped():
    brief = brief_from_dict(DENTIST)
    platforms = load_platforms()
    day = dt.date(2027, 1, 12)
    assert template_context(brief, platforms["instagram"], "static", "", None, day)[
        "link_hint"] == "WhatsApp 07700 900 312"
    # a story's viewers message us the same way
    assert template_context(brief, platforms["facebook"], "story", "", None, day)[
        "link_hint"] == "WhatsApp 07700 900 312"
    # where the booking page can be tapped, it is the link
    assert template_context(brief, platforms["facebook"], "static", "", None, day)[
        "link_hint"] == DENTIST["url"]
    # no number, no WhatsApp
    plain = brief_from_dict({**DENTIST, "description": "family dental practice in Leith"})
    assert template_context(plain, platforms["instagram"], "static", "", None, day)[
        "link_hint"] == "link in bio"


def test_a_booking_page_in_the_sellers_language_is_booked_from_the_bio():
    assert labelled_cta("More about Pulpo Dive: link in bio", "book",
                        "https://pulpodive.es/reservar") == "Book: link in bio"
    assert labelled_cta("More about Pulpo Dive: link in bio", "book",
                        "https://pulpodive.es/") == "More about Pulpo Dive: link in bio"
    assert labelled_cta("More about Haarwerk: https://haarwerk.de/termin-buchen", "book",
                        "https://haarwerk.de/termin-buchen") == \
        "Book here: https://haarwerk.de/termin-buchen"


def test_a_poll_offers_no_problem_about_other_people():
    sets = poll_sets(brief_from_dict(DENTIST))
    assert all("ervous adults" not in o for o in sets.get("problems", []))


def test_a_number_is_rung_or_messaged_never_looked_at():
    assert labelled_cta("Have a look today: 0951 700 45 20", "book a call",
                        "https://example.de/kontakt") == "Call us: 0951 700 45 20"
    assert labelled_cta("See it for yourself: WhatsApp 07700 900 312", "book",
                        "https://example.co.uk/") == "Book: WhatsApp 07700 900 312"
    assert labelled_cta("Take a look: https://example.de/", "shop", "https://example.de/") == \
        "Take a look: https://example.de/"
