"""Session 28, read 28's calendar-level findings: a brand's week spread over its days, and a
calendar for an audience that reads another language first says so to whoever is handed it."""

from __future__ import annotations

import collections

from planner.planning.exports import to_markdown
from tests.calendar_helpers import plan

#: a board-game café posting once a week on each of three platforms
CAFE = {
    "product": "board game café evenings", "kind": "service", "brand": "Meeple Corner",
    "description": "a café with 400 board games, £6 a table for the evening, "
                   "snacks and hot drinks, open Wednesday to Sunday",
    "platforms": ["facebook", "instagram", "threads"], "posts_per_week": 3,
    "url": "https://meeplecorner.example/book", "action": "book",
    "tips": ["Ask for a teacher at the counter: we'll explain any game in ten minutes."],
    "faqs": [{"question": "Can we bring our own games?", "answer": "Yes, for the same £6."}],
}


def test_one_post_a_week_on_each_platform_goes_out_on_three_different_days():
    # (blind read 28: every post of such a calendar went out on a Monday or a Tuesday)
    cal = plan(CAFE)
    weeks = collections.defaultdict(list)
    for p in cal.posts:
        weeks[p.date.isocalendar()[1]].append(p.date)
    for days in weeks.values():
        assert len(set(days)) == len(days), sorted(days)
    assert len({p.date.weekday() for p in cal.posts}) >= 3


def test_a_calendar_for_german_readers_says_its_captions_are_english():
    cal = plan({**CAFE, "country": "DE", "description": "a café with 400 board games in "
                "Leipzig, €6 a table for the evening"})
    assert cal.extra["plan"]["first_language"] == "German"
    head = to_markdown(cal, cal.posts).split("## Week of")[0]
    assert "**Captions in English**: this audience may read German first" in head


def test_a_calendar_for_english_readers_says_nothing_of_language():
    cal = plan({**CAFE, "country": "GB"})
    assert "first_language" not in cal.extra["plan"]
    assert "Captions in English" not in to_markdown(cal, cal.posts)


def test_a_subscribers_referral_speaks_to_subscribers_and_says_who_gets_what():
    # (blind read 28: "If you already shop with us and a friend signs up…, you get a free month
    # for you and for your friend" for a puzzle library by post)
    from planner.domain.brief import brief_from_dict
    from planner.planning.context import referral_wordings

    raw = {"product": "vinyl record lending club by post", "kind": "product",
           "action": "subscribe", "brand": "Groove Loop", "platforms": ["instagram"],
           "referral_reward": "a free month for you and for your friend when they join "
                              "with your code"}
    said = referral_wordings(brief_from_dict(raw))
    assert said and all(s.startswith("If you're already a subscriber") for s in said), said
    assert all("you both get a free month" in s and "for your friend" not in s for s in said)
