"""Session 28, helper b: which posts a calendar makes and when (blind read 27)."""

from __future__ import annotations

import datetime as dt

from tests.calendar_helpers import posts

#: a service told in a description of clauses, one without its subject ("takes about…"),
#: and two FAQs: a brief of medium facts, the planner quoting the clauses bare
BIKES = {
    "product": "bike tune-ups", "kind": "service", "brand": "Spoke & Canal",
    "description": "we tune your road or town bike in our railway arch 10 min from Leeds "
                   "station, takes about 90 minutes with a wash, £55 per bike full tune-up, "
                   "£30 for a quick check, then you ride it home by 6pm",
    "audience": "commuters and weekend riders in Leeds",
    "tone": "friendly, plain", "platforms": ["instagram", "tiktok", "threads"],
    "url": "https://spokeandcanal.example/book", "action": "book",
    "posts_per_week": 4, "country": "GB", "timezone": "Europe/London",
    "faqs": [{"question": "Do you do e-bikes?", "answer": "Yes, we service e-bikes, "
                                                          "but not their motors."},
             {"question": "Can I wait?", "answer": "You can, there's coffee and a bench."}],
}


def test_a_clause_quoted_without_its_subject_is_the_same_fact_told_again():
    # blind read 27: "takes about 45 minutes with hair" in four posts of eleven, twice on
    # Instagram in twelve days: the ledger knew the fact only with its subject
    cal = posts(BIKES, weeks=3)
    said = [p for p in cal if "90 minutes" in p.text]
    assert len(said) <= 3, [(p.date, p.platform) for p in said]
    for a in said:
        for b in said:
            if a is not b and a.platform == b.platform:
                assert abs((a.date - b.date).days) >= 14, (a.date, b.date, a.platform)


#: a bakery with an online live and, two days later, an open day at its bakehouse
BAKERY = {
    "product": "sourdough loaves", "kind": "product", "brand": "Kasi Bread",
    "description": "sourdough loaves baked in a wood oven in our bakehouse in Tampere, "
                   "rye 7 €, wheat 6 €, delivered in the city on Fridays",
    "audience": "families in Tampere who want real bread",
    "tone": "plain, warm", "platforms": ["instagram", "facebook"],
    "platform_posts": {"instagram": 3, "facebook": 2},
    "url": "https://kasibread.example", "action": "order", "country": "FI",
    "timezone": "Europe/Helsinki",
    "differentiators": ["a 36-hour rise, no yeast added"],
    "tips": ["Keep the loaf cut side down on a board, not in plastic."],
    "events": [
        {"title": "Live shaping demo from the bakehouse", "when": dt.datetime(2027, 1, 21, 18, 0),
         "platform": "instagram"},
        {"title": "Open bakehouse morning, taste the rye warm from the oven",
         "when": dt.datetime(2027, 1, 23, 10, 0), "place": "Hämeenkatu 12, Tampere"},
    ],
}


def test_an_event_in_person_two_days_after_a_live_is_told_ahead_and_not_at_its_start():
    # blind read 27: an open forge morning two days after a live was told only on its
    # morning, at the minute it opened: a post before the live's day could only be the live's
    cal = posts(BAKERY, weeks=4)
    about = [p for p in cal if "open bakehouse morning" in p.text.lower()]
    ahead = [p for p in about if (dt.date(2027, 1, 23) - p.date).days >= 4]
    assert {p.platform for p in ahead} == {"instagram", "facebook"}, \
        [(p.date, p.platform) for p in about]
    day = [p for p in about if p.date == dt.date(2027, 1, 23)]
    assert day, [(p.date, p.platform) for p in about]
    for p in day:  # (the day's post two hours ahead, never as it opens)
        assert p.time <= dt.time(8, 0), (p.platform, p.time)


#: a B2B service with two events a week apart, a webinar on LinkedIn with its time zone
SURVEYS = {
    "product": "drone roof surveys", "kind": "service", "brand": "Skylark Surveys",
    "description": "drone roof surveys for housing associations in the Netherlands, "
                   "a report with photos within 48 hours",
    "audience": "asset managers at housing associations", "b2b": True,
    "tone": "formal", "platforms": ["linkedin", "x"],
    "platform_posts": {"linkedin": 3, "x": 2},
    "url": "https://skylark.example", "action": "book", "country": "NL",
    "timezone": "Europe/Amsterdam",
    "faqs": [{"question": "Do you need roof access?", "answer": "No, the drone flies from the street."}],
    "differentiators": ["certified drone pilots with their own insurance"],
    "events": [
        {"title": "Open office afternoon", "when": dt.datetime(2027, 1, 20, 14, 0),
         "place": "Kanaalweg 3, Utrecht"},
        {"title": "Webinar: reading a roof survey report", "when": dt.datetime(2027, 1, 27, 14, 0),
         "platform": "linkedin", "link": "https://skylark.example/webinar"},
    ],
}


def test_a_webinar_is_announced_on_its_own_platform_after_another_platform_told_it():
    # read 27 after the fix: X told the webinar at 09:00, and LinkedIn's own announcement an
    # hour later was turned down for its title ("… | Wednesday 27 January at 2pm CET")
    cal = posts(SURVEYS, weeks=4)
    told = [p for p in cal if "reading a roof survey report" in p.text.lower()]
    ahead = {p.platform for p in told if (dt.date(2027, 1, 27) - p.date).days >= 4}
    assert ahead == {"linkedin", "x"}, [(p.date, p.platform) for p in told]
