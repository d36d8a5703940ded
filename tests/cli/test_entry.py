"""The entry point itself: --help, --version and the exit code of wrong usage (docs/reference.md)."""

def test_help_and_version(run):
    r = run("--help")
    assert r.code == 0 and "plan" in r.out and "classify" in r.out
    assert run("--version").out.strip() == "planner, version 0.1.0"


def test_wrong_usage_is_exit_2(run):
    r = run("plan", "--weeks", "zero")
    assert r.code == 2
    assert run("no-such-command").code == 2
