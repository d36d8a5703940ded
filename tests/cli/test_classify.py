"""`planner classify`: the JSON, table and CSV outputs, reading stdin, and one-line errors (docs/reference.md)."""

import json

import pytest

from planner.domain.funnel import STAGES


def test_classify_json_shape(run, demo_posts):
    r = run("classify", demo_posts, "--format", "json")
    assert r.code == 0
    rows = json.loads(r.out)
    assert len(rows) == 30
    assert set(rows[0]) == {"id", "text", "stage", "confidence", "scores"}
    assert rows[0]["id"] == "p01" and rows[0]["stage"] in STAGES
    assert list(rows[0]["scores"]) == list(STAGES)


@pytest.mark.slow
def test_classify_table_csv_and_explain(run, demo_posts):
    r = run("classify", demo_posts, "--explain")
    assert r.code == 0 and "why: words:" in r.out
    r = run("classify", demo_posts, "--format", "csv")
    assert r.out.splitlines()[0].startswith("id,stage,confidence,p_awareness")


def test_classify_stdin(run):
    r = run("classify", "-", "--input-format", "txt", "--format", "json",
            stdin="Shop now: 20% off today only\n---\nthanks for your order, here's how to care for it")
    assert [row["stage"] for row in json.loads(r.out)] == ["conversion", "loyalty"]


def test_classify_bad_file_is_one_line(run, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("foo\n1\n")
    r = run("classify", bad)
    assert r.code == 1
    assert r.err.count("\n") == 1 and "bad.csv" in r.err and "Traceback" not in r.err
    r = run("classify", tmp_path / "missing.csv")
    assert r.code == 1 and "missing.csv: no such file" in r.err
