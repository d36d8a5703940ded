import io
import json

import pytest

from planner.errors import PlannerError
from planner.io import load_posts


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_csv_picks_first_text_column_in_preference_order(tmp_path):
    p = write(tmp_path, "p.csv", "id,Caption,Message,date\n1,the caption,the message,2026-11-01\n")
    [post] = load_posts([p])
    assert post.text == "the caption" and post.id == "1" and post.date == "2026-11-01"


def test_csv_with_embedded_newlines_and_quotes(tmp_path):
    p = write(tmp_path, "p.csv", 'text,stage\n"line one\nline ""two""",Conversion\n')
    [post] = load_posts([p])
    assert post.text == 'line one\nline "two"'
    assert post.stage == "conversion"


def test_csv_without_text_column_names_the_file(tmp_path):
    p = write(tmp_path, "bad.csv", "foo,bar\n1,2\n")
    with pytest.raises(PlannerError, match=r"bad.csv: line 1: no text column"):
        load_posts([p])


def test_empty_csv(tmp_path):
    with pytest.raises(PlannerError, match="empty"):
        load_posts([write(tmp_path, "e.csv", "")])


def test_jsonl_objects_and_strings(tmp_path):
    p = write(tmp_path, "p.jsonl", json.dumps({"message": "hi", "platform": "X"}) + "\n\n"
              + json.dumps("plain string") + "\n")
    posts = load_posts([p])
    assert [x.text for x in posts] == ["hi", "plain string"]
    assert posts[0].platform == "x"
    assert [x.id for x in posts] == ["1", "2"]


def test_jsonl_bad_line_is_named(tmp_path):
    p = write(tmp_path, "p.jsonl", '"ok"\n{nope\n')
    with pytest.raises(PlannerError, match=r"p.jsonl: line 2: not valid JSON"):
        load_posts([p])


def test_json_list(tmp_path):
    p = write(tmp_path, "p.json", json.dumps([{"text": "a", "id": 9}, "b"]))
    posts = load_posts([p])
    assert [(x.id, x.text) for x in posts] == [("9", "a"), ("2", "b")]


def test_json_wrong_shape(tmp_path):
    with pytest.raises(PlannerError, match="expected a JSON list"):
        load_posts([write(tmp_path, "p.json", '{"a": 1}')])
    with pytest.raises(PlannerError, match="item 1: expected an object or a string"):
        load_posts([write(tmp_path, "q.json", "[1]")])


def test_deeply_nested_json_is_refused_cleanly(tmp_path):
    with pytest.raises(PlannerError):
        load_posts([write(tmp_path, "deep.json", "[" * 100000 + "]" * 100000)])


def test_txt_and_md_split_on_dashes(tmp_path):
    p = write(tmp_path, "p.md", "first post\nline two\n---\n\n---\nsecond\n")
    assert [x.text for x in load_posts([p])] == ["first post\nline two", "second"]


def test_stdin_needs_a_format():
    with pytest.raises(PlannerError, match="--input-format"):
        load_posts(["-"], stdin=io.StringIO("x"))
    posts = load_posts(["-"], input_format="txt", stdin=io.StringIO("a\n---\nb"))
    assert [p.text for p in posts] == ["a", "b"]


def test_unknown_extension_and_stage(tmp_path):
    with pytest.raises(PlannerError, match="unknown posts format .xlsx"):
        load_posts([write(tmp_path, "p.xlsx", "x")])
    with pytest.raises(PlannerError, match="unknown stage 'purchasing'"):
        load_posts([write(tmp_path, "s.csv", "text,stage\nhi,purchasing\n")])
