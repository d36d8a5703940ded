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
