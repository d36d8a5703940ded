"""`planner batch`: one folder per client, failures named, dry runs, client templates and platform times (docs/reference.md)."""

import pytest


@pytest.mark.slow
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


@pytest.mark.slow
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
