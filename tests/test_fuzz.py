"""Fuzzing the readers: posts loader, free-text brief parser, brief and calendar TOML.

A small budget runs in `make test`; `make fuzz` runs the same properties for much
longer (PLANNER_FUZZ_EXAMPLES, PLANNER_FUZZ_SECONDS).
"""

import os
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.brief import parse_brief_text
from planner.domain.brief import brief_from_dict
from planner.domain.calendar import calendar_from_dict
from planner.errors import PlannerError
from planner.io import parse_posts

EXAMPLES = int(os.environ.get("PLANNER_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="PLANNER_FUZZ_SECONDS" not in os.environ,
                suppress_health_check=list(HealthCheck))

csv_like = st.lists(st.text(st.sampled_from('abc,"\n\r\t;x\\{}[]:#é😀\x00'), max_size=30),
                    max_size=8).map("\n".join)
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "caption", "id", "stage", "date", "platform", "x"]), inner, max_size=4),
    max_leaves=12)


@FUZZ
@given(text=st.one_of(csv_like, st.text(max_size=300),
                      json_like.map(lambda v: __import__("json").dumps(v))),
       fmt=st.sampled_from(["csv", "jsonl", "json", "txt", "md"]))
def test_posts_loader_never_crashes(text, fmt):
    try:
        posts = parse_posts(text, fmt, "fuzz")
    except PlannerError as exc:
        assert str(exc).startswith("fuzz")
        return
    assert all(isinstance(p.text, str) for p in posts)


@FUZZ
@given(st.text(max_size=400))
def test_brief_text_parser_never_crashes(text):
    update = parse_brief_text(text)
    assert update.brief is not None


toml_values = st.recursive(
    st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=20) | st.dates()
    | st.times() | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10)


@FUZZ
@given(st.dictionaries(st.sampled_from(
    ["product", "brand", "platforms", "posts_per_week", "weeks", "start", "offer", "target",
     "cadence", "hashtag", "free_shipping", "sells_on", "country", "other"]), toml_values, max_size=8))
def test_brief_validation_accepts_or_names_a_key(data):
    try:
        brief_from_dict(data, source="b.toml")
    except PlannerError as exc:
        assert str(exc).startswith("b.toml: ")


@FUZZ
@given(st.dictionaries(st.sampled_from(["calendar", "posts", "coverage", "brief", "x"]),
                       toml_values | st.lists(st.dictionaries(st.sampled_from(
                           ["date", "time", "platform", "stage", "text", "status", "hashtags"]),
                           toml_values, max_size=7), max_size=3), max_size=4))
def test_calendar_reader_accepts_or_names_a_key(data):
    try:
        calendar_from_dict(data, source="c.toml")
    except PlannerError as exc:
        assert str(exc).startswith("c.toml: ")


@FUZZ
@given(st.text(max_size=300))
def test_toml_text_never_crashes_the_reader(text):
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return
    try:
        calendar_from_dict(data, source="c.toml")
    except PlannerError:
        pass
