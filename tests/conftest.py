"""Shared fixtures: an isolated user data dir, the demo files, and an in-process CLI runner;
and the ``slow`` mark for the long tests of modules that do not mark their own."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "planner" / "data" / "demo"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never read or write the developer's own planner data."""
    home = tmp_path_factory.mktemp("planner-home")
    monkeypatch.setenv("PLANNER_HOME", str(home))
    monkeypatch.delenv("PLANNER_DEBUG", raising=False)
    return home


@pytest.fixture
def demo_brief() -> Path:
    return DEMO / "brief.toml"


@pytest.fixture
def demo_posts() -> Path:
    return DEMO / "posts.csv"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys, monkeypatch):
    """Run ``planner ARGS`` in-process through the real entry point (exit codes and all)."""
    from planner.cli import main

    def _run(*args: str, stdin: str | None = None) -> Result:
        monkeypatch.setattr(sys, "argv", ["planner", *map(str, args)])
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


#: Tests that take a second or more on a quiet machine, by file under tests/: a set of test
#: names (a name with "[" is a prefix of parametrized ids: "test_x[plan-" marks test_x[plan-a.csv]),
#: or ALL for every test of the file. `make quick` (``-m "not slow"``) skips them; files under
#: tests/cli/ mark their own with ``@pytest.mark.slow``. A name that no longer exists only stops
#: being skipped by `make quick`: nothing fails.
ALL = frozenset({"*"})
SLOW_TESTS: dict[str, frozenset[str]] = {
    "test_tui.py": ALL,  # every test drives a Textual Pilot session
    "test_snapshots.py": ALL,  # Pilot sessions rendered to SVG
    "test_packaging.py": ALL,  # builds and installs a wheel
    "test_fuzz.py": ALL,  # Hypothesis runs over every reader
    "test_properties.py": frozenset({"test_any_brief_gives_a_clean_calendar_that_round_trips"}),
    "test_crash_safety.py": frozenset({"test_chat_autosave_survives_a_crash"}),
    "test_core_imports.py": frozenset({"test_core_does_not_import_textual"}),  # imports every module
    "test_hostile.py": frozenset({"test_chat_reads_hostile_files", "test_large_file_is_handled",
                                  "test_brief_values_never_steer_where_files_go",
                                  "test_posts_files[plan-"}),  # plan once per hostile file
    # spaCy and scikit-learn loaded as the reference, the whole corpus, or worker processes.
    "test_compiled.py": frozenset({
        "test_features_match_spacy_on_the_corpus_and_edge_cases", "test_features_match_spacy_on_generated_text",
        "test_probabilities_match_scikit_learn", "test_parallel_path_matches_serial",
        "test_shipped_rules_are_current", "test_shipped_compiled_file_is_reproducible",
        "test_compiled_file_with_mismatched_arrays_is_refused",
        "test_nothing_is_printed_before_a_bad_row_further_down",
        "test_encoder_matches_the_token_path", "test_encoder_matches_the_token_path_on_generated_text",
        "test_model_without_compiled_copy_uses_the_reference_path",
        "test_plain_words_are_single_tokens_by_the_full_rules", "test_classify_csv_from_chunks_of_any_size"}),
}


@pytest.hookimpl(tryfirst=True)


@pytest.fixture
def worker_pools(monkeypatch) -> list:
    """Every process pool made while the test runs, in order (the real pools, counted)."""
    import concurrent.futures

    made: list = []
    executor = concurrent.futures.ProcessPoolExecutor

    def counted(*args, **kwargs):
        made.append(executor(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counted)
    return made


def pytest_collection_modifyitems(config, items):
    """Mark the tests of SLOW_TESTS ``slow`` before ``-m`` selects by mark."""
    tests_dir = Path(__file__).resolve().parent
    for item in items:
        try:
            relative = item.path.resolve().relative_to(tests_dir).as_posix()
        except ValueError:
            continue
        names = SLOW_TESTS.get(relative, frozenset())
        if names is ALL or getattr(item, "originalname", item.name) in names or any(
                "[" in name and item.name.startswith(name) for name in names):
            item.add_marker(pytest.mark.slow)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output")
