"""How the brief's own phrases are said in a post: subjects for subjectless facts, comma
splices parted, and what a fact is said of."""

from __future__ import annotations

import pytest

from planner.domain.brief import Brief
from planner.planning.wording import claim, mend, subject_of, unsplice


@pytest.mark.parametrize("fact, said", [
    ("works on the free Notion plan", "Freela OS works on the free Notion plan"),
    ("comes with a 20-minute setup video", "Freela OS comes with a 20-minute setup video"),
    ("replies within one business day", "Freela OS replies within one business day"),
    ("never sits in a warehouse", "Freela OS never sits in a warehouse"),
    # already a sentence, a noun phrase or an imperative: left as it is
    ("one-time payment, no subscription", "one-time payment, no subscription"),
    ("we pay farmers above fair trade price", "we pay farmers above fair trade price"),
    ("pause, skip or cancel any month", "pause, skip or cancel any month"),
    ("only one dog in the salon at a time", "only one dog in the salon at a time"),
    ("classes on Saturdays", "classes on Saturdays"),
])
def test_a_fact_with_no_subject_is_said_of_the_product(fact, said):
    assert claim(fact, "Freela OS") == said


def test_no_subject_leaves_the_fact_as_it_is():
    assert claim("works offline", "") == "works offline"


@pytest.mark.parametrize("typed, printed", [
    ("free updates for life, there have been 11 so far",
     "free updates for life — there have been 11 so far"),
    ("Grind right before you brew, ground coffee loses its aroma in minutes.",
     "Grind right before you brew — ground coffee loses its aroma in minutes."),
    ("Use water just off the boil, around 92 degrees, boiling water burns the flavour.",
     "Use water just off the boil, around 92 degrees — boiling water burns the flavour."),
    ("three ingredients in the original soak, you can read them all",
     "three ingredients in the original soak — you can read them all"),
    # lists, conditions and greetings are not splices
    ("Hand-poured in Leeds, cotton wicks, soy wax", "Hand-poured in Leeds, cotton wicks, soy wax"),
    ("If it's wet, you should wait.", "If it's wet, you should wait."),
    ("Hi, I am Dana", "Hi, I am Dana"),
    ("pause, skip or cancel any month, no drama", "pause, skip or cancel any month, no drama"),
    ("roasted the same week it ships, never sitting in a warehouse",
     "roasted the same week it ships, never sitting in a warehouse"),
])
def test_two_sentences_joined_by_a_comma_are_parted(typed, printed):
    assert unsplice(typed) == printed


def test_mend_writes_the_possessive_of_years():
    assert mend("groomer with 9 years experience") == "Groomer with 9 years' experience"


@pytest.mark.parametrize("fields, subject", [
    ({"product": "Freela OS, a Notion template pack", "brand": "Cafuné Studio"}, "Freela OS"),
    ({"product": "TallyRoster staff scheduling software", "brand": "TallyRoster"}, "TallyRoster"),
    ({"product": "dog grooming appointments", "brand": "Scruffs to Fluffs"}, "Scruffs to Fluffs"),
    ({"product": "seaweed bath soak"}, "our seaweed bath soak"),
    # "our salad bowls works" would not do: nothing to say it of
    ({"product": "hand-turned maple salad bowls"}, ""),
])
def test_what_a_fact_is_said_of(fields, subject):
    assert subject_of(Brief(**fields)) == subject


@pytest.mark.parametrize("story, solo", [
    (["I turn every bowl myself in my garage workshop."], True),
    (["Built by a freelancer who got tired of six spreadsheets."], True),
    (["I took over in 2019.", "We are just three people: me, my mother and Tomo."], False),
    (["We roast every Tuesday in Kraków."], False),
    ([], False),
])
def test_one_person_is_told_from_the_brief(story, solo):
    from planner.domain.facts import Facts
    from planner.planning.context import is_solo

    assert is_solo(Brief(product="bowls", facts=Facts(story=story))) is solo


@pytest.mark.parametrize("we, i", [
    ("We turn every bowl ourselves. Ask us anything about how we started.",
     "I turn every bowl myself. Ask me anything about how I started."),
    ("We're here, and our bowls are ours. Are we right?",
     "I'm here, and my bowls are mine. Am I right?"),
    # a customer's words and a country stay as they are
    ("“We use it every day.” Made in the US by us.", "“We use it every day.” Made in the US by me."),
])
def test_one_maker_speaks_as_i(we, i):
    from planner.planning.voice import first_person_singular

    assert first_person_singular(we) == i


def test_a_solo_calendar_speaks_as_i_and_names_no_missing_brand():
    import datetime as dt

    from planner.domain.facts import Facts
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    brief = Brief(product="hand-turned maple salad bowls", platforms=["instagram"],
                  posts_per_week=5, weeks=2, start=dt.date(2026, 12, 7),
                  facts=Facts(story=["I turn every bowl myself in my garage workshop."]))
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))
    text = "\n".join(p.text for p in cal.posts)
    assert cal.posts and " us " not in f" {text} " and " we " not in f" {text.lower()} "
    assert " me " in f" {text} " or " my " in f" {text} "
    assert not any("from Hand-turned maple salad bowls" in p.visual for p in cal.posts)


@pytest.mark.parametrize("fact, clause", [
    ("we pay farmers above fair trade price", True),
    ("Freela OS works on the free Notion plan", True),
    ("City & Guilds qualified groomer with 9 years' experience", False),
    ("one-time payment, no subscription", False),
])
def test_a_statement_is_told_from_a_noun_phrase(fact, clause):
    from planner.planning.wording import is_clause

    assert is_clause(fact, "Freela OS") is clause


def test_a_problem_is_answered_by_the_line_that_shares_its_words():
    from planner.planning.facts_said import answer_for

    lines = ["only one dog in the salon at a time", "Direct billing to most health insurers."]
    assert answer_for("dogs who panic in busy grooming salons", lines, set()) == lines[0]
    # nothing shares a word: no answer, never a fact dropped where it makes no sense
    assert answer_for("a sprained ankle that keeps rolling", lines, set()) == ""


@pytest.mark.parametrize("product, brand, said", [
    ("Harbourline managed payroll and CPF compliance service", "Harbourline Advisory",
     "managed payroll"),
    ("Saltbush mineral sunscreen SPF 50+", "Saltbush Sun Co.", "mineral sunscreen"),
    ("Ziarno Coffee Club, a monthly coffee subscription", "Ziarno Roasters", "Ziarno Coffee Club"),
])
def test_the_product_as_said_in_passing(product, brand, said):
    from planner.planning.wording import short_name

    assert short_name(Brief(product=product, brand=brand)) == said


def test_an_event_title_is_said_word_for_word_and_led_into_without_a_second_colon():
    # blind read 9: "Webinar: Biophilic design…" re-cut as "Webinar on Biophilic design…";
    # blind read 20: a title with its own colon run into the sentence: its name is quoted,
    # word for word, after what it is
    from planner.planning.wording import event_lead, said_title

    assert said_title("Webinar: Year-End Payroll") == "our webinar, ‘Year-End Payroll’"
    assert said_title("Free live Q&A: getting ready for a half") == (
        "our free live Q&A, ‘Getting ready for a half’")
    assert said_title("Supper Club Night: spring menu") == "Supper Club Night, ‘Spring menu’"
    assert said_title("Live: repotting a fern") == "Live: repotting a fern"
    assert event_lead("Webinar: Year-End Payroll") == " — "
    assert event_lead("Open day at the farm") == ": "


def test_an_event_said_without_its_colon_counts_as_announced():
    import datetime as dt

    from planner.domain.calendar import Calendar, CalendarPost
    from planner.domain.facts import Event, Facts
    from planner.planning.critic import FULL_PLAN, calendar_findings
    from planner.planning.wording import said_title

    title = "Webinar: Year-end payroll"
    assert said_title(title) == "our webinar, ‘Year-end payroll’"
    brief = Brief(product="payroll", facts=Facts(events=[Event(
        title=title, when=dt.datetime(2027, 1, 27, 15), platform="linkedin")]))

    def cal(text):
        return Calendar(product="payroll", start=dt.date(2027, 1, 11), end=dt.date(2027, 1, 31),
                        posts=[CalendarPost(date=dt.date(2027, 1, 20), time=dt.time(10),
                                            platform="linkedin", stage="consideration",
                                            tactic="live Q&A", template="x", format="static",
                                            text=text)] * FULL_PLAN)
    assert not [f for f in calendar_findings(cal(f"Join us: {said_title(title)}."), brief)
                if f[0] == "unused-fact"]
    assert [f for f in calendar_findings(cal("Join us next week."), brief) if f[0] == "unused-fact"]


def test_a_description_opening_that_names_the_product_is_a_definition_not_a_detail():
    from planner.planning.facts_said import description_details

    text = ("One-to-one physiotherapy appointments of a full 45 minutes with a registered "
            "physiotherapist. Direct billing to most extended health insurers.")
    assert description_details(text, "physiotherapy and sports injury rehab") == [
        "Direct billing to most extended health insurers."]
    assert len(description_details(text)) == 2  # no product given: both can be told


def test_a_later_part_of_the_story_names_who_she_is():
    from planner.planning.wording import story_told

    told = story_told(["Kayla Brennan groomed in a busy salon for eight years.",
                       "In 2024 she bought a second-hand van.",
                       "Her sister Jade joined in 2026.",
                       "Jade, now 30, runs the bookings with her phone."])
    assert told[1] == "In 2024 Kayla bought a second-hand van."
    assert told[2] == "Kayla's sister Jade joined in 2026."
    assert told[3] == "Jade, now 30, runs the bookings with her phone."
    # two founders are not guessed at, nor is a story told in the first person
    pair = ["Priya and Tomás started Greenfork in 2022.", "She cooked."]
    assert story_told(pair) == pair
    mine = ["I started in 2020.", "He helped."]
    assert story_told(mine) == mine


def test_an_aside_is_not_a_comma_splice():
    from planner.planning.wording import unsplice

    text = "Giulia runs the bookings, the website and, she says, the Instagram."
    assert unsplice(text) == text


@pytest.mark.parametrize("product, said", [
    # blind read 12: "our de Doña Tere" — the last three words of a name in another language
    ("Salsa macha de Doña Tere, chile de árbol + cacahuate, frasco 250g", "Salsa macha"),
    ("Apfelkuchen nach Art von Oma Hilde", "Apfelkuchen nach Art"),
    ("pão de queijo", "pão de queijo"),  # short names stay whole
])
def test_a_long_name_is_cut_before_the_word_that_joins_a_name_to_it(product, said):
    from planner.planning.wording import short_name

    assert short_name(Brief(product=product)) == said
