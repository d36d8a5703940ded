"""The chat's plain-words router (planner/chat/intents.py): the shipped model matches its
phrasings, reads held-out requests, leaves brief messages to the brief parser, and the
rules read the arguments a request names."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.chat import intents
from planner.chat.commands import COMMANDS

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    """A script of the checkout as a module, under a name no installed package has."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _load("intents_benchmark", ROOT / "benchmarks" / "intents.py")
build = _load("intents_build", ROOT / "models" / "intents" / "build.py")


def test_the_shipped_model_was_built_from_the_phrasings_as_they_are():
    meta = json.loads((ROOT / "models" / "intents" / "model.json").read_text())
    assert meta["phrasings_sha256"] == build.sha256(build.PHRASINGS), (
        "models/intents/phrasings.toml changed: run python models/intents/build.py")
    texts, labels = build.load_phrasings()
    assert len(texts) >= 600 and meta["phrasings"] == len(texts)


def test_every_intent_is_a_command_or_details_or_small_talk():
    names = {c.intent for c in COMMANDS}
    classes = set(intents.load_model().classes)
    assert classes - names == {intents.DETAILS, intents.SMALLTALK}
    assert {"plan", "week", "show", "approve", "regen", "delete", "report", "save", "export",
            "help", "undo"} <= classes


def test_held_out_requests_are_read_right():
    cases = bench.load_cases()
    assert len(cases) >= 150
    right = sum(intents.read(c["text"]).name == c["intent"] for c in cases)
    assert right / len(cases) >= 0.9, right / len(cases)


def test_brief_messages_are_left_to_the_brief_parser():
    import json

    with open(bench.BRIEF_MESSAGES, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    every = [m for item in items for m in item["messages"]]
    kept = sum(intents.read(m).name == intents.DETAILS for m in every)
    assert kept / len(every) >= 0.95
    # the blind set written apart from the router (2026-12-03: 116 of 124 kept, 0.935)
    held = bench.brief_heldout_messages()
    kept = sum(intents.read(m).name == intents.DETAILS for m in held)
    assert kept / len(held) >= 0.9


@pytest.mark.parametrize("text, intent", [
    ("what should I post this week?", "week"),
    ("why is post 3 consideration?", "why"),
    ("make post 2 less salesy", "regen"),
    ("can you make it sound more like me?", "regen"),
    ("show me post 1", "show"),
    ("delete post 2", "delete"),
    ("plan", "plan"),
    ("ok make me a plan for next 2 weeks", "plan"),
    ("thanks!", "smalltalk"),
    ("approve 4", "approve"),
    ("post 2 looks good", "approve"),
    ("we sell soy candles on Etsy, post 3x a week on Instagram", "details"),
    ("post 3 times a week", "details"),
])
def test_the_issues_requests(text, intent):
    assert intents.read(text).name == intent


@pytest.mark.parametrize("text, number", [
    ("show me post 1", 1), ("approve 4", 4), ("post 12 is great", 12), ("1 is fine", 1),
    ("the third one", 3), ("show #3", 3), ("post two", 2), ("delete the last post", 9),
    ("post 3x a week on instagram", None), ("we post 3 times a week", None),
    ("plan 4 weeks", None), ("code SAVE10 for 10% off", None), ("make it shorter", None),
])
def test_post_numbers(text, number):
    assert intents.post_number(text, 9) == number


@pytest.mark.parametrize("text, weeks", [
    ("ok make me a plan for next 2 weeks", 2), ("plan 6 wks", 6), ("a month of posts", 4),
    ("a fortnight", 2), ("plan next week", 1), ("plan two weeks", 2), ("plan", None),
])
def test_weeks(text, weeks):
    assert intents.weeks_of(text) == weeks


@pytest.mark.parametrize("text, hows", [
    ("make post 2 less salesy", ["softer"]), ("too pushy", ["softer"]),
    ("shorter", ["shorter"]), ("post 3 is too long", ["shorter"]),
    ("more casual", ["casual"]), ("less formal", ["casual"]), ("too stiff", ["casual"]),
    ("more professional", ["formal"]), ("too casual", ["formal"]), ("less chatty", ["formal"]),
    ("can you make it sound more like me?", ["mine"]), ("in my own words", ["mine"]),
    ("more casual and shorter", ["casual", "shorter"]), ("redo post 3", []),
])
def test_variations(text, hows):
    assert intents.variations(text) == hows


def test_formats_paths_stages_platforms():
    assert intents.export_format("put it in my google calendar") == "ics"
    assert intents.export_format("a spreadsheet please") == "csv"
    assert intents.export_format("for hootsuite") == "hootsuite"
    assert intents.export_format("save it") is None
    assert intents.path_of("save it to plans/dec.toml") == "plans/dec.toml"
    assert intents.path_of("export to ~/plan.ics please") == "~/plan.ics"
    assert intents.path_of("we sell on amazon") is None
    assert intents.stage_of("why is post 3 consideration?") == "consideration"
    assert intents.platform_of("export instagram only as csv") == "instagram"


@pytest.mark.parametrize("word, intent", [
    ("svae", "save"), ("plna", "plan"), ("rport", "report"), ("hepl", "help"),
    ("undo", "undo"), ("Glow", None), ("Brie", None), ("sale", None), ("plant", None),
    ("ok", None), ("show", None),
])
def test_one_word_slips(word, intent):
    assert intents.one_word_command(word) == intent


def test_reading_imports_neither_scikit_learn_nor_spacy():
    code = ("import sys\nfrom planner.chat import intents\n"
            "intents.read('make post 2 less salesy')\n"
            "heavy = [m for m in ('sklearn', 'spacy', 'textual') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow
def test_the_replay_matches_scikit_learn():
    """The numpy replay gives scikit-learn's probabilities (to float32 rounding)."""
    texts, labels = build.load_phrasings()
    vectoriser, classifier = build.fit(texts, labels)
    model = intents.load_model()
    cases = [c["text"] for c in bench.load_cases()][:60]
    expected = classifier.predict_proba(vectoriser.transform(cases))
    for text, row in zip(cases, expected, strict=True):
        got = dict(model.probabilities(text))
        for name, p in zip(classifier.classes_, row, strict=True):
            assert abs(got[name] - p) < 2e-3, (text, name)


def test_paths_in_quotes_and_long_hostile_messages():
    assert intents.path_of("export to '~/My Plans/plan.ics' please") == "~/My Plans/plan.ics"
    assert intents.path_of("it's Kate's shop") is None
    # a message far longer than a request is read from its start, with no runaway matching
    for text in ("a." * 50_000, "/" + "a" * 100_000 + "#", "/a/b/" * 20_000 + "#",
                 "'" + "a/" * 100_000, "post " + "1" * 100_000):
        assert isinstance(intents.read(text), intents.Intent)
