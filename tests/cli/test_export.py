"""`planner export`: every format to stdout and to a file, and an .ics that parses (docs/reference.md)."""

import pytest


@pytest.mark.slow  # a plan per format; test_export_ics_parses keeps export in `make quick`
@pytest.mark.parametrize("fmt", ["ics", "csv", "markdown", "hootsuite", "sprout"])
def test_export_every_format(run, planned_calendar, tmp_path, fmt):
    cal = planned_calendar()
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


def test_export_ics_parses(run, planned_calendar):
    from icalendar import Calendar

    import tomllib

    cal = planned_calendar()
    r = run("export", cal, "--to", "ics")
    # one event per post of the calendar: the demo's 20th slot (its last Pin) stays empty
    # now that no caption sentence is said twice and the demo's facts are all told by then
    posts = tomllib.loads(cal.read_text())["posts"]
    assert len(posts) >= 19
    assert len(list(Calendar.from_ical(r.out).walk("VEVENT"))) == len(posts)
