import datetime as dt
import re

import pytest

from planner.domain.brief import brief_from_dict, brief_to_toml, load_brief, next_monday
from planner.errors import PlannerError


def test_defaults():
    b = brief_from_dict({"product": "Mugs"})
    assert (b.platforms, b.posts_per_week, b.weeks, b.offer) == (["instagram"], 5, 4, None)
    assert b.start_date(dt.date(2026, 11, 25)) == dt.date(2026, 11, 30)
    assert next_monday(dt.date(2026, 11, 30)) == dt.date(2026, 12, 7)


def test_demo_brief_loads(demo_brief):
    b = load_brief(str(demo_brief))
    assert b.offer.code == "GLOW15" and b.offer.ends == dt.date(2026, 12, 14)
    assert b.hashtag == "#GlowAtHome"
    # the demo's facts sat after [offer] once, inside it, and were never read
    assert b.tone == "warm and calm" and len(b.facts.problems) == 2 and b.facts.pillars
    assert b.facts.story and b.facts.tips and b.facts.quotes and b.facts.faqs


def test_a_top_level_key_after_offer_is_refused_with_one_line(tmp_path):
    src = tmp_path / "b.toml"
    src.write_text('product = "Mugs"\n[offer]\ncode = "MUG10"\nproblems = ["chipped mugs"]\n')
    with pytest.raises(PlannerError) as caught:
        load_brief(str(src))
    message = str(caught.value)
    assert message.startswith(f"{src}: key 'offer.problems': is not one of the [offer] keys")
    assert "put top-level keys before [offer]" in message and "\n" not in message


@pytest.mark.parametrize("table,key", [
    ('[launch]\nwhat = "a mug"\ntone = "calm"', "launch.tone"),
    ('[[quotes]]\ntext = "love it"\ntips = ["x"]', "quotes[0].tips"),
    ('[[faqs]]\nquestion = "q"\nanswer = "a"\npillars = ["x"]', "faqs[0].pillars"),
    ('[[events]]\ntitle = "Live"\nwhen = 2026-12-10T18:00:00\nstory = ["x"]', "events[0].story"),
])
def test_unknown_keys_in_any_table_are_refused(tmp_path, table, key):
    src = tmp_path / "b.toml"
    src.write_text(f'product = "Mugs"\n{table}\n')
    with pytest.raises(PlannerError, match=rf"b.toml: key '{re.escape(key)}': is not one of"):
        load_brief(str(src))


def test_cli_names_the_file_and_key_of_a_key_after_offer(run, tmp_path):
    src = tmp_path / "b.toml"
    src.write_text('product = "Mugs"\n[offer]\ncode = "MUG10"\ntone = "warm"\n')
    r = run("plan", "--brief", src)
    assert r.code == 1 and "Traceback" not in r.err
    assert r.err.strip().count("\n") == 0 and "offer.tone" in r.err and str(src) in r.err


@pytest.mark.parametrize("data,key", [
    ({}, "product"),
    ({"product": 3}, "product"),
    ({"product": "x", "platforms": ["myspace"]}, "platforms"),
    ({"product": "x", "posts_per_week": "five"}, "posts_per_week"),
    ({"product": "x", "posts_per_week": 0}, "posts_per_week"),
    ({"product": "x", "weeks": True}, "weeks"),
    ({"product": "x", "start": "2026-02-30"}, "start"),
    ({"product": "x", "offer": "GLOW15"}, "offer"),
    ({"product": "x", "offer": {"code": 15}}, "offer.code"),
    ({"product": "x", "offer": {"code": "A", "ends": "soon"}}, "offer.ends"),
    ({"product": "x", "target": {"fame": 1}}, "fame"),
    ({"product": "x", "hashtag": "two words"}, "hashtag"),
])
def test_errors_name_the_key(data, key):
    with pytest.raises(PlannerError, match=key):
        brief_from_dict(data, source="b.toml")


def test_round_trip_keeps_unknown_keys(tmp_path):
    src = tmp_path / "b.toml"
    src.write_text('product = "Mugs"\nmood = "calm"\nstart = 2027-01-04\n[offer]\ncode = "MUG10"\n'
                   'discount = "10% off"\n[target]\nloyalty = 2\nawareness = 2\n')
    b = load_brief(str(src))
    assert b.extra == {"mood": "calm"}
    assert b.target["loyalty"] == pytest.approx(b.target["awareness"])
    again = tmp_path / "c.toml"
    again.write_text(brief_to_toml(b))
    b2 = load_brief(str(again))
    assert b2 == b


def test_bad_toml_is_one_line(tmp_path):
    p = tmp_path / "b.toml"
    p.write_text("product = ")
    with pytest.raises(PlannerError, match="b.toml: not valid TOML"):
        load_brief(str(p))
