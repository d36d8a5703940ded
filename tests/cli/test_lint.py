"""`planner lint`: a generated calendar passes, an invented offer fails (docs/reference.md)."""

def test_lint_passes_generated_and_fails_edited(run, planned_calendar):
    cal = planned_calendar("--weeks", "4")
    r = run("lint", cal)
    assert r.code == 0, r.out
    text = cal.read_text().replace('text = """', 'text = """Use code FREE50 for 50% off! ', 1)
    cal.write_text(text)
    r = run("lint", cal)
    assert r.code == 1 and "post 1" in r.out and "invented-offer" in r.out
