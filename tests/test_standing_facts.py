"""Standing facts said in passing (the review standing, free shipping, the perk) rest a
week after a post says them, unless the post is about that fact."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.plan import SPARE_DAYS, PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary


def test_the_review_standing_is_not_said_in_every_post():
    brief = brief_from_dict({
        "product": "physiotherapy appointments", "brand": "Kinetic Physio", "kind": "service",
        "platforms": ["instagram", "facebook"], "posts_per_week": 6, "weeks": 4,
        "start": dt.date(2027, 4, 5), "url": "https://kinetic.example/book",
        "reviews": "4.9 stars from 312 Google reviews",
        "quotes": [{"text": "Back running in six weeks.", "by": "Sam"},
                   {"text": "Calm, clear and thorough.", "by": "Priya"},
                   {"text": "They found the real cause.", "by": "Lee"}]})
    library = TemplateLibrary()
    cal, _ = plan_calendar(brief, library, options=PlanOptions(seed=1))
    passing = [p for p in cal.posts if "312 google reviews" in p.text.lower()
               and "reviews" not in library.templates[p.template].needs]
    for a, b in zip(passing, passing[1:]):
        assert (b.date - a.date).days >= SPARE_DAYS, (a.date, b.date)
