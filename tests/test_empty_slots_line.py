"""The empty slots of a plan are said in one warning line, not one line a slot."""
from planner.workflow import empty_slots_line


def test_empty_slots_said_once_grouped_by_platform():
    warnings = ["a template's error",
                "no template fits tiktok on 2027-01-07; slot left empty",
                "no template fits facebook on 2027-01-08; slot left empty",
                "no template fits tiktok on 2027-01-14; slot left empty",
                "3 of 9 slots are empty: add facts to the brief (story)"]
    assert empty_slots_line(warnings) == [
        "a template's error",
        "slots left empty: tiktok 2027-01-07, 2027-01-14; facebook 2027-01-08",
        "3 of 9 slots are empty: add facts to the brief (story)"]


def test_no_empty_slot_leaves_warnings_alone():
    warnings = ["the brief has no url"]
    assert empty_slots_line(warnings) == warnings


def test_cli_prints_one_line_for_the_empty_slots(tmp_path):
    from click.testing import CliRunner

    from planner.cli import cli

    brief = tmp_path / "brief.toml"
    brief.write_text('product = "mobile bike repair"\nbrand = "Spokewise"\nkind = "service"\n'
                     'platforms = ["instagram", "facebook"]\nposts_per_week = 7\nweeks = 3\n'
                     'start = 2027-03-01\ndescription = "We fix bikes at your door in Leeds."\n'
                     'problems = ["a flat tyre before the morning commute"]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["plan", "--brief", str(brief), "-o", str(tmp_path / "c.toml")])
    assert result.exit_code == 0, result.output
    err = result.stderr if hasattr(result, "stderr") else result.output
    assert "no template fits" not in err
    assert err.count("slots left empty:") == 1
