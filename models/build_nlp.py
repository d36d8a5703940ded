"""Rebuild ``models/nlp`` (the saved spaCy pipeline) and ``models/nlp/planner_rules.json``.

Needs spacy-lookups-data (the test extra installs it); running the planner does not.

    python models/build_nlp.py            # both
    python models/build_nlp.py --check    # exit 1 if either is out of date, or if the
                                          # shipped model records other hashes of them

The pipeline is ``spacy.blank("en")`` with the planner's tokenizer rules, the emoji
merger and a lookup lemmatizer. ``planner_rules.json`` exports its tokenizer rules,
lexical-attribute data and lemma strings for :mod:`planner.stage.compiled`, which replays
them without importing spaCy. Both outputs are byte-for-byte reproducible.

The stage model records the SHA-256 of every file in ``models/nlp`` (``nlp_sha256`` in
``models/stage_model.json``) and refuses to load beside any other files: after a
rebuild that changed them, retrain it (``planner train --rebuild``, ``make model``),
which records the new hashes. Rewriting the record here instead would claim the model
was trained on features it never saw.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.fileio import write_atomic
from planner.stage.compiled.spacy_rules import RULES_NAME


def lemma_strings() -> dict[str, str]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def build(target: Path) -> None:
    from planner.stage.compiled.spacy_rules import export_rules
    from planner.text.language import build_pipeline

    nlp = build_pipeline()
    nlp.to_disk(target)
    rules = export_rules(nlp, lemma_strings())
    text = json.dumps(rules, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    write_atomic(target / RULES_NAME, text, force=True)


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)


def recorded_mismatch(shipped: Path) -> str | None:
    """What differs between ``shipped`` and the hashes the shipped model records, or ``None``."""
    from planner.errors import PlannerError
    from planner.stage.files import meta_path, read_meta
    from planner.stage.nlpfiles import verify_nlp

    model = ROOT / "models" / "stage_model.skops"
    try:
        verify_nlp(read_meta(model), meta_path(model), shipped)
    except PlannerError as exc:
        return str(exc)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether models/nlp is current")
    args = parser.parse_args()
    shipped = ROOT / "models" / "nlp"
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "nlp"
        build(fresh)
        if same_tree(fresh, shipped):
            mismatch = recorded_mismatch(shipped)
            if mismatch is not None:
                print(f"{mismatch}\nretrain the model: planner train --rebuild", file=sys.stderr)
                return 1
            print(f"{shipped} is up to date")
            return 0
        if args.check:
            print(f"{shipped} is out of date; run python models/build_nlp.py", file=sys.stderr)
            return 1
        backup = shipped.with_name("nlp.old")
        if shipped.exists():
            shipped.rename(backup)
        shutil.copytree(fresh, shipped)
        shutil.rmtree(backup, ignore_errors=True)
        print(f"rebuilt {shipped}; the model records the old files' hashes and refuses to load "
              "until it is retrained: planner train --rebuild")
    return 0


if __name__ == "__main__":
    sys.exit(main())
