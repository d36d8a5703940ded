"""`planner plan`: writing a calendar without replacing one by surprise, filling gaps, and --update (docs/reference.md)."""

import tomllib

import pytest


@pytest.mark.slow
def test_plan_writes_and_never_silently_replaces(run, demo_brief, demo_posts, tmp_path):
    out = tmp_path / "cal.toml"
    r = run("plan", "--brief", demo_brief, "--posts", demo_posts, "--seed", "7", "-o", out)
    assert r.code == 0, r.err
    first = out.read_bytes()
    data = tomllib.loads(first.decode())
    assert data["calendar"]["seed"] == 7 and data["coverage"]["posts"] == 30
    assert len(data["posts"]) == 20
    r = run("plan", "--brief", demo_brief, "-o", out)
    assert r.code == 1 and "already exists" in r.err
    assert out.read_bytes() == first
    r = run("plan", "--brief", demo_brief, "--posts", demo_posts, "--seed", "7", "-o", out, "--force")
    assert r.code == 0 and out.read_bytes() == first  # byte-identical


def test_plan_to_stdout_and_gap_filling(run, demo_brief, demo_posts):
    r = run("plan", "--brief", demo_brief, "--posts", demo_posts, "--weeks", "2")
    data = tomllib.loads(r.out)
    gaps = data["coverage"]["gaps"]
    assert gaps
    planned = [p["stage"] for p in data["posts"]]
    for g in gaps:
        assert planned.count(g) >= 1


def test_plan_needs_a_brief(run, tmp_path):
    assert run("plan").code == 2
    bad = tmp_path / "brief.toml"
    bad.write_text('brand = "x"\n')
    r = run("plan", "--brief", bad)
    assert r.code == 1 and "missing required key 'product'" in r.err


@pytest.mark.slow
def test_plan_update_keeps_approved_posts(run, planned_calendar):
    cal = planned_calendar("--weeks", "2")
    text = cal.read_text()
    text = text.replace('status = "draft"', 'status = "approved"', 1)
    cal.write_text(text)
    approved = tomllib.loads(text)["posts"][0]
    r = run("plan", "--update", cal, "--seed", "99")
    assert r.code == 0, r.err
    after = tomllib.loads(cal.read_text())
    assert after["posts"][0] == approved
    assert len(after["posts"]) == 10
    assert after["calendar"]["seed"] == 99


def test_posts_option_takes_several_files(run, demo_brief, demo_posts, tmp_path):
    from planner.cli import expand_multi

    assert expand_multi(["plan", "--posts", "a", "b", "-o", "x"]) == \
        ["plan", "--posts", "a", "--posts", "b", "-o", "x"]
    other = tmp_path / "more.txt"
    other.write_text("Thanks for your order! Here is how to care for your candle.")
    r = run("plan", "--brief", demo_brief, "--posts", demo_posts, other, "--weeks", "1")
    assert r.code == 0, r.err
    assert "posts = 31" in r.out


@pytest.mark.slow
def test_plan_update_keeps_filling_the_recorded_gaps(run, demo_brief, demo_posts, tmp_path):
    cal = tmp_path / "cal.toml"
    assert run("plan", "--brief", demo_brief, "--posts", demo_posts, "-o", cal).code == 0
    before = tomllib.loads(cal.read_text())
    assert before["coverage"]["gaps"], "the demo posts should leave gaps, or the loop below checks nothing"
    assert run("plan", "--update", cal, "--seed", "5").code == 0
    after = tomllib.loads(cal.read_text())
    assert after["coverage"] == before["coverage"]
    assert after["calendar"]["model"] == before["calendar"]["model"]
    for gap in before["coverage"]["gaps"]:
        assert sum(p["stage"] == gap for p in after["posts"]) >= 1
