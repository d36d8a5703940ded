import datetime as dt

import pytest

from planner.domain.calendar import (
    Calendar,
    CalendarPost,
    calendar_from_dict,
    calendar_to_toml,
    load_calendar,
)
from planner.errors import PlannerError


def sample() -> Calendar:
    post = CalendarPost(date=dt.date(2026, 12, 7), time=dt.time(18, 30), platform="instagram",
                        stage="awareness", tactic="storytelling", template="awareness/origin-story",
                        format="reel", text='Line one\nLine "two" {{ not jinja }}',
                        hashtags=["#GlowAtHome"], cta="Follow", metrics=["reach"],
                        notes="check the photo", extra={"owner": "sam"})
    return Calendar(product="Glow", start=dt.date(2026, 12, 7), end=dt.date(2027, 1, 3), seed=7,
                    generator="planner 0.1.0", model="m", posts=[post],
                    coverage={"posts": 3, "awareness": 1.0, "gaps": ["loyalty"]},
                    brief={"product": "Glow"}, extra={"client": {"name": "Glow & Co"}})


def test_round_trip_is_lossless(tmp_path):
    cal = sample()
    text = calendar_to_toml(cal)
    p = tmp_path / "c.toml"
    p.write_text(text)
    again = load_calendar(str(p))
    assert again == cal
    assert calendar_to_toml(again) == text


def test_schema_matches_interface():
    text = calendar_to_toml(sample())
    assert text.startswith("[calendar]\nproduct = \"Glow\"\nstart = 2026-12-07\nend = 2027-01-03\n")
    assert "time = 18:30:00" in text
    assert 'status = "draft"' in text


@pytest.mark.parametrize("mutate,key", [
    (lambda d: d.pop("calendar"), "calendar"),
    (lambda d: d["posts"][0].update(stage="fame"), "posts[1].stage"),
    (lambda d: d["posts"][0].update(status="done"), "posts[1].status"),
    (lambda d: d["posts"][0].update(date="tomorrow"), "posts[1].date"),
    (lambda d: d["posts"][0].pop("text"), "posts[1].text"),
    (lambda d: d["posts"][0].update(hashtags="#x"), "posts[1].hashtags"),
])
def test_bad_calendars_name_the_key(mutate, key):
    import tomllib

    data = tomllib.loads(calendar_to_toml(sample()))
    mutate(data)
    with pytest.raises(PlannerError, match=key.replace("[", r"\[").replace("]", r"\]")):
        calendar_from_dict(data, source="c.toml")
