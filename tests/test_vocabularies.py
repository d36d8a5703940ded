"""Each shared vocabulary and rule has one definition: copies in the source fail here.

The closed vocabularies live in planner/domain/vocabularies.py, the promo-code shape in
planner/text/rules.py, and the corpus split's near-duplicate key in planner/stage/train.py.
A module that needs one imports it; a literal copy drifts the day the original changes.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import sys
from pathlib import Path

from planner.domain import vocabularies
from planner.stage import train

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "planner"
VOCABULARY_FILE = PACKAGE / "domain" / "vocabularies.py"
RULES_FILE = PACKAGE / "text" / "rules.py"

VOCABULARY_NAMES = ("PLATFORMS", "KINDS", "POST_FORMATS", "INPUT_FORMATS", "TEXT_COLUMNS", "EXPORT_FORMATS",
                    "REPORT_FORMATS", "CLASSIFY_FORMATS")

#: The promo-code shape written out: a capital, two or more capitals (or digits), then a digit.
PROMO_CODE_SHAPE = re.compile(r"\[A-Z\]\[A-Z(?:0-9)?\]\{2,\}\\d")


def _sources() -> list[Path]:
    paths = sorted(PACKAGE.rglob("*.py"))
    assert len(paths) > 40, "the scan should see the whole package"
    return paths


@functools.cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of the module at ``path``, parsed once for all the scans."""
    return tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))))


def _literal_collections(path: Path):
    """(line, values) for every tuple, list or set literal of plain strings in ``path``."""
    for node in _nodes(path):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts and all(
                isinstance(item, ast.Constant) and isinstance(item.value, str) for item in node.elts):
            yield node.lineno, frozenset(item.value for item in node.elts)


def _copies_of_vocabularies(path: Path) -> list[str]:
    wanted = {frozenset(getattr(vocabularies, name)): name for name in VOCABULARY_NAMES}
    return [f"{path.relative_to(ROOT)}:{line}: a copy of {wanted[values]}"
            for line, values in _literal_collections(path) if values in wanted]


def test_the_vocabularies_are_non_empty_tuples():
    for name in VOCABULARY_NAMES:
        value = getattr(vocabularies, name)
        assert isinstance(value, tuple) and value and all(isinstance(item, str) for item in value), name


def test_the_scan_finds_each_vocabulary_where_it_is_defined():
    found = {line.rsplit(" ", 1)[-1] for line in _copies_of_vocabularies(VOCABULARY_FILE)}
    assert found == set(VOCABULARY_NAMES)


def test_no_module_repeats_a_vocabulary():
    copies = [copy for path in _sources() if path != VOCABULARY_FILE for copy in _copies_of_vocabularies(path)]
    assert copies == [], "import these from planner.domain.vocabularies instead:\n" + "\n".join(copies)


def _promo_code_patterns(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{node.lineno}" for node in _nodes(path)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and PROMO_CODE_SHAPE.search(node.value)]


def test_the_scan_finds_the_promo_code_shape_in_the_rules():
    assert _promo_code_patterns(RULES_FILE)


def test_only_the_rules_write_out_the_promo_code_shape():
    copies = [where for path in _sources() if path != RULES_FILE for where in _promo_code_patterns(path)]
    assert copies == [], "build these from planner.text.rules.PROMO_CODE instead: " + ", ".join(copies)


def test_the_corpus_split_uses_the_training_group_key(monkeypatch):
    """build_corpus.py splits by the near-duplicate groups cross-validation uses: the same function."""
    monkeypatch.setattr(sys, "path", list(sys.path))  # the script puts the repository on sys.path
    spec = importlib.util.spec_from_file_location("build_corpus", ROOT / "models" / "data" / "build_corpus.py")
    build_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_corpus)
    assert build_corpus.group_key is train.group_key
