"""Every command of INTERFACE.md through the real entry point: output, files, exit codes."""

import json
import tomllib

import pytest

from planner.domain.funnel import STAGES


def test_help_and_version(run):
    r = run("--help")
    assert r.code == 0 and "plan" in r.out and "classify" in r.out
    assert run("--version").out.strip() == "planner, version 0.1.0"


def test_wrong_usage_is_exit_2(run):
    r = run("plan", "--weeks", "zero")
    assert r.code == 2
    assert run("no-such-command").code == 2


def test_classify_json_shape(run, demo_posts):
    r = run("classify", demo_posts, "--format", "json")
    assert r.code == 0
    rows = json.loads(r.out)
    assert len(rows) == 30
    assert set(rows[0]) == {"id", "text", "stage", "confidence", "scores"}
    assert rows[0]["id"] == "p01" and rows[0]["stage"] in STAGES
    assert list(rows[0]["scores"]) == list(STAGES)


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


@pytest.mark.parametrize("fmt,marker", [("text", "Gaps:"), ("markdown", "| stage |"),
                                        ("json", '"gaps"'), ("html", "<!doctype html>")])
def test_report_formats(run, demo_posts, demo_brief, fmt, marker):
    r = run("report", demo_posts, "--brief", demo_brief, "--format", fmt)
    assert r.code == 0 and marker in r.out


def test_report_in_other_vocabulary(run, demo_posts):
    r = run("report", demo_posts, "--funnel", "three-stage", "--format", "json")
    assert set(json.loads(r.out)["stages"]) == {"awareness", "discovery", "purchase"}
    assert run("report", demo_posts, "--funnel", "seven-stage").code == 1


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


def test_plan_update_keeps_approved_posts(run, demo_brief, tmp_path):
    cal = tmp_path / "cal.toml"
    run("plan", "--brief", demo_brief, "--weeks", "2", "-o", cal)
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


def test_lint_passes_generated_and_fails_edited(run, demo_brief, tmp_path):
    cal = tmp_path / "cal.toml"
    run("plan", "--brief", demo_brief, "--weeks", "4", "-o", cal)
    r = run("lint", cal)
    assert r.code == 0, r.out
    text = cal.read_text().replace('text = """', 'text = """Use code FREE50 for 50% off! ', 1)
    cal.write_text(text)
    r = run("lint", cal)
    assert r.code == 1 and "post 1" in r.out and "invented-offer" in r.out


@pytest.mark.parametrize("fmt", ["ics", "csv", "markdown", "hootsuite", "sprout"])
def test_export_every_format(run, demo_brief, tmp_path, fmt):
    cal = tmp_path / "cal.toml"
    run("plan", "--brief", demo_brief, "-o", cal)
    one = ["--platform", "instagram"] if fmt in ("hootsuite", "sprout") else []
    if one:
        r = run("export", cal, "--to", fmt)
        assert r.code == 1 and "one file per social profile" in r.err
    r = run("export", cal, "--to", fmt, *one)
    assert r.code == 0 and r.out
    out = tmp_path / f"out.{fmt}"
    assert run("export", cal, "--to", fmt, "-o", out, *one).code == 0
    assert run("export", cal, "--to", fmt, "-o", out, *one).code == 1
    assert out.stat().st_mode & 0o044  # readable by group and others, like any saved file


def test_export_ics_parses(run, demo_brief, tmp_path):
    from icalendar import Calendar

    cal = tmp_path / "cal.toml"
    run("plan", "--brief", demo_brief, "-o", cal)
    r = run("export", cal, "--to", "ics")
    assert len(list(Calendar.from_ical(r.out).walk("VEVENT"))) == 20


def test_brief_command(run, tmp_path):
    r = run("brief", "we sell soy candles on Amazon, post 4x a week on Instagram, "
                     "code GLOW15 is 15% off until Dec 14")
    assert r.code == 0, r.err
    data = tomllib.loads(r.out)
    assert data["product"] == "soy candles" and data["posts_per_week"] == 4
    assert data["offer"]["code"] == "GLOW15"
    r = run("brief", "-", stdin="we sell handmade mugs on Etsy")
    assert tomllib.loads(r.out)["sells_on"] == ["etsy"]
    assert run("brief", "hello there").code == 1


def test_train_and_evaluate(run, tmp_path):
    import csv

    data = tmp_path / "labels.csv"
    rows = [("Shop now, 20% off with code SAVE20", "conversion"),
            ("Thanks for your order! Here's how to care for your mug", "loyalty"),
            ("Refer a friend and you both get $10", "advocacy"),
            ("See how it's made, behind the scenes in our studio", "consideration"),
            ("Happy Monday! Coffee first.", "awareness")]
    with open(data, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "stage"])
        for i in range(6):
            for t, s in rows:
                w.writerow([f"{t} {i}", s])
    model = tmp_path / "m.skops"
    r = run("train", data, "--no-corpus", "-o", model)
    assert r.code == 0, r.err
    assert model.exists() and model.with_suffix(".json").exists()
    r = run("evaluate", data, "--model", model, "--format", "json")
    assert r.code == 0, r.err
    result = json.loads(r.out)
    assert set(result) >= {"accuracy", "macro_f1", "per_stage", "confusion"}
    r = run("evaluate", data, "--model", model)
    assert "macro-F1" in r.out and "confusion matrix" in r.out
    r = run("train", data, "--no-corpus", "-o", model)
    assert r.code == 1 and "already exists" in r.err


def test_evaluate_needs_stage_column(run, demo_posts):
    r = run("evaluate", demo_posts)
    assert r.code == 1 and "no stage" in r.err


def test_batch(run, tmp_path, demo_brief, demo_posts):
    import shutil

    ok = tmp_path / "clients" / "glow"
    ok.mkdir(parents=True)
    shutil.copy(demo_brief, ok / "brief.toml")
    shutil.copy(demo_posts, ok / "posts.csv")
    plain = tmp_path / "clients" / "mugs"
    plain.mkdir()
    (plain / "brief.toml").write_text('product = "Speckled mugs"\nplatforms = ["pinterest"]\n'
                                      'start = 2027-01-04\n')
    broken = tmp_path / "clients" / "broken"
    broken.mkdir()
    (broken / "brief.toml").write_text('product = 5\n')
    r = run("batch", tmp_path / "clients", "--jobs", "1")
    assert r.code == 1
    assert "broken" in r.err and "product" in r.err
    assert (ok / "calendar.toml").exists() and (ok / "report.md").exists()
    assert (plain / "calendar.toml").exists()
    assert (ok / "calendar.ics").exists() and (ok / "calendar-tiktok.ics").exists()
    assert (plain / "calendar.ics").exists() and not list(plain.glob("calendar-*.ics"))
    assert "glow" in r.out and "FAILED" in r.out
    r = run("batch", tmp_path / "clients", "--jobs", "1")
    assert "already exists" in r.err
    assert run("batch", tmp_path / "nowhere").code == 1


def test_batch_parallel_dry_run(run, tmp_path, demo_brief):
    import shutil

    for name in ("a", "b", "c"):
        d = tmp_path / "clients" / name
        d.mkdir(parents=True)
        shutil.copy(demo_brief, d / "brief.toml")
    r = run("batch", tmp_path / "clients", "--dry-run", "--jobs", "2")
    assert r.code == 0, r.err
    assert "3 of 3 clients ok (would write" in r.err
    assert not list((tmp_path / "clients").glob("*/calendar.toml"))


def test_batch_client_templates_and_platforms(run, tmp_path):
    d = tmp_path / "clients" / "kiln"
    (d / "templates" / "awareness").mkdir(parents=True)
    (d / "brief.toml").write_text('product = "mugs"\nplatforms = ["x"]\nposts_per_week = 1\n'
                                  'weeks = 1\nstart = 2027-01-04\n[target]\nawareness = 1\n'
                                  'consideration = 0\nconversion = 0\nloyalty = 0\nadvocacy = 0\n')
    (d / "templates" / "awareness" / "house-style.j2").write_text(
        '{#- meta\ntactic = "storytelling"\nformats = ["text"]\nctas = ["Follow along"]\n'
        'visual = "A mug"\n-#}\nHouse style: {{ product }}. {{ cta }}\n')
    (d / "platforms.toml").write_text('[x.times]\nmon = ["07:15"]\ntue = []\nwed = []\nthu = []\n'
                                      'fri = []\n')
    r = run("batch", tmp_path / "clients", "--jobs", "1")
    assert r.code == 0, r.err
    import tomllib

    cal = tomllib.loads((d / "calendar.toml").read_text())
    [post] = cal["posts"]
    assert str(post["time"]) == "07:15:00"
    assert post["stage"] == "awareness"


def test_training_is_reproducible(run, tmp_path):
    import csv

    from planner.resources import models_dir

    with open(models_dir() / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:400]
    data = tmp_path / "small.csv"
    with open(data, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "stage"])
        w.writerows([r["text"], r["stage"]] for r in rows)
    one, two = tmp_path / "one.skops", tmp_path / "two.skops"
    assert run("train", data, "--no-corpus", "-o", one).code == 0
    assert run("train", data, "--no-corpus", "-o", two).code == 0
    assert one.read_bytes() == two.read_bytes()
    assert one.with_suffix(".npz").read_bytes() == two.with_suffix(".npz").read_bytes()


def test_user_labels_feed_the_next_train(run, tmp_path, _isolated_home):
    from planner.chat.session import append_label

    append_label(_isolated_home / "labels.csv", "a corrected post about loyalty perks", "loyalty")
    data = tmp_path / "d.csv"
    data.write_text("text,stage\n" + "".join(f"shop now {i},conversion\nthanks for your order {i},loyalty\n"
                                             f"refer a friend {i},advocacy\nhow it is made {i},consideration\n"
                                             f"happy monday {i},awareness\n" for i in range(6)))
    r = run("train", data, "--no-corpus", "-o", tmp_path / "m.skops")
    assert r.code == 0, r.err
    assert "including your corrections" in r.err
    import json

    assert json.loads((tmp_path / "m.json").read_text())["posts"] == 31


def test_posts_option_takes_several_files(run, demo_brief, demo_posts, tmp_path):
    from planner.cli import expand_multi

    assert expand_multi(["plan", "--posts", "a", "b", "-o", "x"]) == \
        ["plan", "--posts", "a", "--posts", "b", "-o", "x"]
    other = tmp_path / "more.txt"
    other.write_text("Thanks for your order! Here is how to care for your candle.")
    r = run("plan", "--brief", demo_brief, "--posts", demo_posts, other, "--weeks", "1")
    assert r.code == 0, r.err
    assert "posts = 31" in r.out


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


def test_train_never_replaces_a_sidecar_by_surprise(run, tmp_path):
    data = tmp_path / "d.csv"
    data.write_text("text,stage\n" + "".join(f"shop now {i},conversion\nthanks for your order {i},loyalty\n"
                                             f"refer a friend {i},advocacy\nhow it is made {i},consideration\n"
                                             f"happy monday {i},awareness\n" for i in range(6)))
    (tmp_path / "m.npz").write_bytes(b"someone else's file")
    r = run("train", data, "--no-corpus", "-o", tmp_path / "m.skops")
    assert r.code == 1 and "already exists" in r.err and "m.npz" in r.err
    assert (tmp_path / "m.npz").read_bytes() == b"someone else's file"
    assert not (tmp_path / "m.skops").exists()
    assert run("train", data, "--no-corpus", "-o", tmp_path / "m.skops", "--force").code == 0
    assert run("classify", data, "--model", tmp_path / "m.skops").code == 0
