"""The compiled tokenizer's shortcuts past its suffix and infix searches
(planner/stage/compiled/tokenizer.py) change no token: spans tokenised with and without
them, from the corpus and generated around the characters the rules turn on."""

import csv
import random

import pytest

from planner.resources import models_dir
from planner.stage.compiled.spacy_rules import load_rules
from planner.stage.compiled.tokenizer import Tokenizer, _chars_test, _last_chars_at_end


@pytest.fixture(scope="module")
def pair():
    rules = load_rules(None)
    fast, plain = Tokenizer(rules), Tokenizer(rules)
    plain._suffix_end = plain._infix_start = None  # the searches every time
    return fast, plain


def test_the_shortcuts_are_on_for_the_shipped_rules(pair):
    fast, _ = pair
    assert fast._suffix_end is not None and fast._infix_start is not None
    # no suffix rule ends with a digit; the infixes start with symbols only
    assert not fast._suffix_end("7") and fast._suffix_end(",") and fast._suffix_end("s")
    assert not fast._infix_start("a") and not fast._infix_start("7") and fast._infix_start("-")


def test_tokens_are_the_same_with_and_without_the_shortcuts(pair):
    fast, plain = pair
    rng = random.Random(11)
    with open(models_dir() / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        texts = [r["text"] for _, r in zip(range(400), csv.DictReader(fh))]
    words = [w for t in texts for w in t.split()]
    chars = list("adgkmstxzKMS0179#@:/.,-_'!?%$£€()[]\"“”’…–&+*=<>^~; \n") + ["😀", "é", "°", "²", "™"]
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += [rng.choice(words) + "".join(rng.choice(chars) for _ in range(rng.randint(0, 3)))
              for _ in range(3000)]
    for text in texts:
        assert fast(text) == plain(text), text
        for span in text.split():
            assert fast.find_suffix(span) == plain.find_suffix(span), span
            assert fast._tokenize(span, True) == plain._tokenize(span, True), span


def test_shapes_the_shortcuts_refuse():
    assert _last_chars_at_end(r"ab$|cd") is None  # an alternative not anchored at the end
    assert _last_chars_at_end(r"(?i)ab$") is None  # flags that change what the class holds
    assert _last_chars_at_end(r"a*$") is None  # a match could be empty
    assert _last_chars_at_end(r".$") is None  # any character: not worked out
    test = _chars_test(_last_chars_at_end(r"(?<=[0-9])(?:km|kg)$|\.\.+$|[%°]$"))
    assert [c for c in "mg.%°k7a" if test(c)] == ["m", "g", ".", "%", "°"]
