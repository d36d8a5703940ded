"""`planner report`: every output format, and reports in another funnel vocabulary (docs/reference.md)."""

import json

import pytest


@pytest.mark.parametrize("fmt,marker", [("text", "Gaps:"), ("markdown", "| stage |"),
                                        ("json", '"gaps"'), ("html", "<!doctype html>")])
def test_report_formats(run, demo_posts, demo_brief, fmt, marker):
    r = run("report", demo_posts, "--brief", demo_brief, "--format", fmt)
    assert r.code == 0 and marker in r.out


def test_report_in_other_vocabulary(run, demo_posts):
    r = run("report", demo_posts, "--funnel", "three-stage", "--format", "json")
    assert set(json.loads(r.out)["stages"]) == {"awareness", "discovery", "purchase"}
    assert run("report", demo_posts, "--funnel", "seven-stage").code == 1
