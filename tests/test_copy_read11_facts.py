"""The facts that sell, chosen at the plan level (blind read 11, 2026-12-03, reported): a rich
brief's facts spread over the calendar (the giveaway, the perk, the reviews, customers' words)
rather than events and one fact taking the slots; what the business sells and what it costs on
the first awareness post and every post that asks to buy; a mix for a B2B or considered
service that leans on consideration, with no loyalty or advocacy posts the brief gives nothing
for; a live or a launch that takes only the slots kept for it. Briefs written here."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.facts_said import core_sentence, core_sentences, opening_sentence
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.storyline import business_target
from planner.planning.facts_said import description_details

START = dt.date(2027, 4, 5)  # a Monday


@pytest.fixture(scope="module")
def library():
    return TemplateLibrary()


def _plan(library, data, seed=1):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, library, options=PlanOptions(seed=seed))
    return brief, cal


#: a climbing gym with everything a brief can give, and two events and a launch to crowd it
GYM = {
    "product": "bouldering sessions", "kind": "service", "action": "book",
    "brand": "Crux Hall", "url": "https://crux.example", "tone": "friendly",
    "audience": "people new to climbing and regulars after work",
    "description": "a bouldering hall with 200 problems reset every week, shoes included. "
                   "£12 a session or £45 a month",
    "platforms": ["instagram", "facebook", "threads"],
    "cadence": {"instagram": 2, "facebook": 1, "threads": 1},
    "start": START, "weeks": 4,
    "giveaway": "a month of free climbing for two", "giveaway_ends": "2027-04-18",
    "giveaway_rules": "https://crux.example/rules",
    "customer_perk": "members bring a friend free on Fridays",
    "reviews": "4.8 on Google from 900 reviews",
    "community": "our Discord where climbers post their projects",
    "quotes": [{"text": "Went once, joined the next day.", "by": "Sam, member"},
               {"text": "The setters actually listen.", "by": "Ola, regular"}],
    "tips": ["Climb with straight arms to save your grip.",
             "Look at the whole problem before you start."],
    "problems": ["gyms where the same routes stay up for months"],
    "differentiators": ["routes reset every Monday", "free intro for first-timers"],
    "launch": {"what": "the new kids' wall", "date": "2027-04-16"},
    "events": [
        {"title": "Open night with free taster sessions", "when": "2027-04-15T18:00:00",
         "platform": "facebook", "place": "Crux Hall, 4 Mill Lane"},
        {"title": "Live route-setting chat", "when": "2027-04-22T19:00:00",
         "platform": "instagram"},
    ],
}


def test_a_rich_brief_spends_its_selling_facts(library):
    brief, cal = _plan(library, GYM)
    text = "\n".join(p.text for p in cal.posts)
    # the giveaway is opened though its last days are taken by the open night and the launch
    assert any(p.tactic == "follow giveaway" for p in cal.posts)
    assert "bring a friend free" in text  # the perk
    assert "4.8 on Google" in text  # the reviews
    assert any(q["text"].rstrip(".") in text for q in GYM["quotes"])


def test_each_platform_hears_new_facts_before_old_ones(library):
    """No platform is told one list item twice while another item of that list is untold."""
    brief, cal = _plan(library, GYM)
    for platform in GYM["platforms"]:
        said = "\n".join(p.text for p in cal.posts if p.platform == platform)
        for field in ("tips", "problems"):
            items = GYM[field]
            counts = [said.count(i.rstrip(".")) for i in items]
            assert not (max(counts) > 1 and min(counts) == 0), (platform, field, counts)


def test_an_event_takes_only_its_kept_slots(library):
    """A live is announced at least two days ahead (never the day before its day's post on
    the same platform), and no other slot is spent on it or on the launch."""
    brief, cal = _plan(library, GYM)
    # (mid-sentence the name is said in lower case, blind read 22: any case counts; the
    # pointer on another platform, "Join our live route-setting chat on Instagram", is no
    # slot of the live's own)
    live = [p for p in cal.posts if "live route-setting chat" in p.text.lower()
            and p.platform == "instagram"]
    assert live and len(live) <= 2
    day = dt.date(2027, 4, 22)
    ahead = [p for p in live if p.date < day]
    assert all((day - p.date).days >= 2 for p in ahead)
    launch = [p for p in cal.posts if "kids' wall" in p.text]
    # one teaser in the week before, and the day itself on each platform
    assert len([p for p in launch if p.date < dt.date(2027, 4, 16)]) <= 1


def test_what_it_is_and_costs_reach_the_posts_that_sell(library):
    brief, cal = _plan(library, GYM)
    cores = core_sentences(GYM["description"], "service")
    for p in cal.posts:
        if p.stage == "conversion" and not p.template.endswith(("live-today", "launch-day")):
            recent = [o for o in cal.posts if o.platform == p.platform and o is not p
                      and 0 < (p.date - o.date).days < 7 and any(c[:-1] in o.text for c in cores)]
            if recent:
                continue  # told on this platform in the week before: not said again
            if any("£" in o.text for o in cal.posts if o is not p and o.date < p.date):
                # (a caption sentence is never in two posts of a calendar, test_no_repeats:
                # once another platform's post said the price, this one may not say it in the
                # same words; session 26, when the launch on every platform left Threads one
                # selling post, in the calendar's last week)
                continue
            assert "£" in p.text, p.text
    # each platform's followers are told by its first post that sells or introduces us
    told = 0
    for platform in GYM["platforms"]:
        mine = [p for p in cal.posts if p.platform == platform]
        first = next((p for p in mine if p.stage == "conversion" or p.stage == "awareness"
                      and not re.search(r"launch|giveaway|live", p.template)), None)
        if first is not None:
            told += 1
            if any(any(c[:-1] in p.text for c in cores) for p in cal.posts
                   if p.platform != platform and p.date < first.date):
                continue  # (said on another platform first: never the same sentence twice)
            assert any(any(c[:-1] in p.text for c in cores) for p in mine
                       if p.date <= first.date), platform
    # (Facebook and Threads post once a week here, all of it the giveaway, the open night,
    # the launch and the live: one platform at least has a post that sells or introduces us)
    assert told >= 1


def test_core_sentence_is_ours_for_any_kind():
    assert core_sentence("Philips, Grundig and Telefunken valve radios, fully recapped. "
                         "€280 to €650", "product") == \
        "We sell Philips, Grundig and Telefunken valve radios, fully recapped."
    assert core_sentence("annual lift inspections to EN 81-20 by a chartered engineer, report "
                         "within 48 hours. From £300 a lift", "service") == \
        "We offer annual lift inspections to EN 81-20 by a chartered engineer."
    assert core_sentence("a new logic puzzle every weekday at 6am, solved in the browser. "
                         "€3 a month", "digital") == \
        "You get a new logic puzzle every weekday at 6am, solved in the browser."
    # a sentence the seller wrote whole is kept; too short a phrase says nothing
    assert core_sentence("We fix bikes at your door. £40 a visit.", "service") == \
        "We fix bikes at your door."
    assert core_sentence("bikes", "service") == ""
    assert core_sentence("a climbing hall with 200 problems, shoes included", "service") == \
        "We are a climbing hall with 200 problems."
    # an abbreviation's full stop ends no sentence
    assert opening_sentence("2 rooms at ul. Długa 5 in Gdańsk, 60 min each. 120 zł") == \
        "2 rooms at ul. Długa 5 in Gdańsk, 60 min each"
    assert description_details("2 rooms at ul. Długa 5, 60 min each. 120 zł for 2 players",
                               "escape rooms")[-1] == "120 zł for 2 players."
    # said shorter at a clause's end, never inside a list of names
    short = core_sentences("annual lift inspections to EN 81-20 by a chartered engineer, "
                           "faults tagged on the day, written report within 48 hours", "service")
    assert short[-1] == "We offer annual lift inspections to EN 81-20 by a chartered engineer."


#: a B2B service with problems and differences, and nothing for customers it already has
SURVEY = {
    "product": "fire door surveys", "kind": "service", "action": "call", "b2b": True,
    "brand": "Doorwise Surveys", "url": "https://doorwise.example", "tone": "formal",
    "audience": "facilities managers of blocks of flats",
    "description": "fire door surveys to BS 8214 by a certified inspector, photo report within "
                   "3 days. From £25 a door",
    "platforms": ["linkedin", "x"], "posts_per_week": 2, "start": START, "weeks": 6,
    "problems": ["doors propped open with wedges", "gaps under doors wider than 4 mm"],
    "differentiators": ["we never sell or fit doors", "surveys done out of hours"],
}


def test_a_b2b_mix_with_nothing_for_loyalty_leans_on_consideration(library):
    end = START + dt.timedelta(days=41)
    target, why = business_target(brief_from_dict(SURVEY), START, end)
    assert target["loyalty"] == 0 and target["advocacy"] == 0
    assert target["consideration"] > max(target["awareness"], target["conversion"])
    assert any("no loyalty posts" in w for w in why)
    brief, cal = _plan(library, SURVEY)
    assert not [p for p in cal.posts if p.stage in ("loyalty", "advocacy")]
    # the core of what is sold and its price, on the first awareness post of a platform
    text = "\n".join(p.text for p in cal.posts)
    assert "We offer fire door surveys to BS 8214" in text and "From £25 a door" in text
    # a perk and reviews give the stages back their share
    given = business_target(brief_from_dict(SURVEY | {"customer_perk": "a free re-check after "
                                                      "repairs", "reviews": "4.9 on Google"}),
                            START, end)[0]
    assert given["loyalty"] > 0 and given["advocacy"] > 0


def test_a_service_not_said_to_be_cheap_is_a_considered_purchase():
    base = {"product": "wedding photography", "platforms": ["instagram"], "posts_per_week": 3,
            "start": START, "weeks": 4}
    product = business_target(brief_from_dict(base | {"kind": "product"}), START, START)[0]
    service = business_target(brief_from_dict(base | {"kind": "service"}), START, START)
    cheap = business_target(brief_from_dict(base | {"kind": "service", "price_point": "low"}),
                            START, START)[0]
    assert service[0]["consideration"] > product["consideration"]
    assert any("service" in w for w in service[1])
    assert cheap["consideration"] == product["consideration"]


def test_the_fact_budget_spends_selling_facts_first_and_once_a_platform(library):
    """A post's worth is the facts it tells that its platform has not heard, weighted by how
    much they sell; once told there, a fact is worth nothing more there, but still something
    on a platform that has not heard it."""
    from planner.domain.platforms import load_platforms
    from planner.planning.plan import Planner

    brief = brief_from_dict(GYM)
    planner = Planner(brief, library, load_platforms(), 1, {})
    by_id = {t.id: t for stage in ("awareness", "consideration", "conversion", "loyalty",
                                   "advocacy") for t in library.for_stage(stage)}
    giveaway, tip = by_id["awareness/follow-giveaway"], by_id["awareness/quick-tip"]
    assert planner.fact_value(giveaway, "instagram") > planner.fact_value(tip, "instagram") > 0
    post = type("P", (), {"platform": "instagram", "text": "", "date": dt.date(2027, 3, 1)})()
    planner.spend(giveaway, post)
    assert planner.fact_value(giveaway, "instagram") == 0
    assert 0 < planner.fact_value(giveaway, "facebook") < 2 * 5  # told elsewhere: half its worth
