"""The stage classifier on the unseen-source check set: 300 brand posts from two public sources
(eyestagram: brand Instagram captions; fashion_x: fashion and beauty brand tweets) that the
labelling rules and the model never saw (models/real/unseen/, models/data/SOURCES.md).

Side by side, on the same posts and gold labels (models/real/unseen/labels.csv):

1. **shipped**: the shipped model as ``planner classify`` runs it (compiled path: the
   prior-corrected model with the labelling rules of planner/stage/rules.py on top);
2. **model alone**: the same model's probabilities, no rules and no prior correction, and
   (2b) prior-corrected;
3. **rules alone**: the first rule that fires, awareness where none does;
4. **bare TF-IDF + LR**: scikit-learn's TfidfVectorizer (word 1-2-grams) and a balanced
   LogisticRegression trained on the 3,116 labelled dev posts only (models/real/), no
   spaCy, cues, rules or authored corpus.

Per system: pooled macro-F1 over the five stages with a bootstrap 95% interval (loyalty and
advocacy have 4 posts each, so the figure is noisy), accuracy, macro-F1 over the three
large stages, recall per stage, advocacy
predicted/true; per source (macro-F1 over the stages present in its gold labels); then the
shipped system's confusions (gold -> predicted), and with ``--errors`` the ids of its
misclassified posts (never their texts).

The set was unseen until its first score (481398b: shipped 0.382 pooled macro-F1); the
rules were then tuned on its misclassified posts (e1db188), so figures after that are
"after tuning on them" (models/MODEL_CARD.md).

Prints, never asserts; deterministic. Offline; needs the restored texts:

    .venv/bin/python models/real/restore.py           # the dev set (for the bare baseline)
    .venv/bin/python models/real/unseen/restore.py    # the 300 check posts
    .venv/bin/python benchmarks/unseen_sources.py [--errors]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.domain.funnel import STAGES  # noqa: E402

UNSEEN = ROOT / "models" / "real" / "unseen"
RESTORED = ROOT / "models" / "real" / "restored" / "unseen.csv"
MODEL = ROOT / "models" / "stage_model.skops"
SHORT = ("aw", "co", "cv", "lo", "ad")
SEED = 7
BOOTSTRAP = 1000
HINT = "run `.venv/bin/python models/real/unseen/restore.py` (texts are never committed)"


class DataError(Exception):
    """The check set cannot be read as pinned: one line naming the file, line and what is wrong."""


def sha256_text(text: str) -> str:
    """The recorded hash: of the text in NFC, whitespace collapsed, stripped."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


def _read(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
            return list(reader)
    except FileNotFoundError:
        raise DataError(f"{path}: not found; {HINT}") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"{path}: cannot read it ({type(exc).__name__})") from None


def load_unseen(pinned: Path = UNSEEN / "posts.csv", labels: Path = UNSEEN / "labels.csv",
                restored: Path = RESTORED) -> list[dict[str, str]]:
    """The check posts in ``pinned`` order: id, source, text, stage. Every restored text must
    hash to the SHA-256 ``pinned`` records for it and every post must have a known stage."""
    rows = _read(pinned, ("id", "source", "sha256"))
    texts = {}
    for line, row in enumerate(_read(restored, ("id", "text")), start=2):
        texts[row["id"]] = (line, row["text"])
    gold = {}
    for line, row in enumerate(_read(labels, ("id", "stage")), start=2):
        if row["stage"] not in STAGES:
            raise DataError(f"{labels}:{line}: stage {row['stage']!r} is not one of {', '.join(STAGES)}")
        gold[row["id"]] = row["stage"]
    out = []
    for line, row in enumerate(rows, start=2):
        if row["id"] not in texts:
            raise DataError(f"{restored}: post {row['id']} ({pinned.name} line {line}) is missing; {HINT}")
        tline, text = texts[row["id"]]
        if sha256_text(text) != row["sha256"]:
            raise DataError(f"{restored}:{tline}: text of {row['id']} does not match the SHA-256 in "
                            f"{pinned.name} line {line}; {HINT}")
        if row["id"] not in gold:
            raise DataError(f"{labels}: post {row['id']} has no label")
        out.append({"id": row["id"], "source": row["source"], "text": text, "stage": gold[row["id"]]})
    return out


def f1s(y: np.ndarray, pred: np.ndarray, classes) -> np.ndarray:
    out = []
    for c in classes:
        tp = np.sum((pred == c) & (y == c))
        p, t = np.sum(pred == c), np.sum(y == c)
        out.append(0.0 if tp == 0 else 2 * tp / (p + t))
    return np.array(out)


def systems(texts: list[str]) -> dict[str, np.ndarray]:
    """Predicted stage indices (STAGES order) of every system but the bare baseline."""
    from planner.stage.compiled.pool import CompiledBackend
    from planner.stage.model import load_model
    from planner.stage.rules import rule_stage

    model = load_model(MODEL)
    cols = [model.classes.index(s) for s in STAGES]
    shipped = model.probabilities(texts)[:, cols]
    raw = CompiledBackend(model.compiled, model.temperature, None).probabilities(texts)
    prior_only = model.layer.apply(raw, model.classes, [""] * len(texts), [None] * len(texts))
    rules = [rule_stage(t) for t in texts]
    return {
        f"shipped: rules + prior-corrected model ({model.id})": shipped.argmax(1),
        "model alone": raw[:, cols].argmax(1),
        "model alone, prior-corrected": prior_only[:, cols].argmax(1),
        "rules alone (awareness where none fires)": np.array(
            [STAGES.index(s) if s else 0 for s in rules]),
    }


def bare(texts: list[str]) -> np.ndarray:
    """A bare TF-IDF + LR trained on the labelled dev posts (models/real/) only."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from planner.stage.realdata import load_real_posts

    dev = load_real_posts()
    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
                         LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000))
    pipe.fit([p.text for p in dev], [p.stage for p in dev])
    return np.array([STAGES.index(s) for s in pipe.predict(texts)])


def report(rows: list[dict[str, str]], preds: dict[str, np.ndarray], errors: bool) -> None:
    y = np.array([STAGES.index(r["stage"]) for r in rows])
    src = np.array([r["source"] for r in rows])
    counts = Counter(r["stage"] for r in rows)
    print(f"# Unseen-source check: {len(rows)} posts, {len(set(src))} sources; gold "
          + ", ".join(f"{s} {counts[s]}" for s in STAGES) + "\n")
    print("| system | pooled macro-F1 | 95% interval | accuracy | macro-F1 aw/co/cv | "
          + " | ".join(f"rec {s}" for s in SHORT)
          + " | adv pred/true | " + " | ".join(f"{s} F1/acc" for s in sorted(set(src))) + " |")
    print("|---|---:|---|---:|---:|" + "---:|" * 6 + "---:|" * len(set(src)))
    boot = np.random.default_rng(SEED).integers(0, len(y), size=(BOOTSTRAP, len(y)))
    for name, pred in preds.items():
        rec = [np.mean(pred[y == c] == c) for c in range(5)]
        per = [f"{f1s(y[src == s], pred[src == s], np.unique(y[src == s])).mean():.3f}/"
               f"{np.mean(pred[src == s] == y[src == s]):.3f}" for s in sorted(set(src))]
        lo, hi = np.percentile([f1s(y[i], pred[i], range(5)).mean() for i in boot], [2.5, 97.5])
        print(f"| {name} | {f1s(y, pred, range(5)).mean():.3f} | {lo:.2f}–{hi:.2f} | "
              f"{np.mean(pred == y):.3f} | {f1s(y, pred, range(3)).mean():.3f} | "
              + " | ".join(f"{r:.2f}" for r in rec) + f" | {np.sum(pred == 4)}/{np.sum(y == 4)} | "
              + " | ".join(per) + " |")
    print(f"\n(95% interval: {BOOTSTRAP} bootstrap resamples of the posts, seed {SEED}; macro-F1 "
          "aw/co/cv: over awareness, consideration and conversion only, the stages with 55 or more "
          "posts; per source: macro-F1 over the stages in its gold labels, as the model card's "
          "per-source tables / accuracy)")
    pred = next(iter(preds.values()))
    conf = Counter((STAGES[a], STAGES[b]) for a, b in zip(y, pred) if a != b)
    print("\nShipped system, confusions (gold -> predicted), most frequent first:\n")
    for (g, p), n in sorted(conf.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"- {g} -> {p}: {n}")
    if errors:
        print("\nMisclassified by the shipped system (id: gold -> predicted):\n")
        for r, a, b in zip(rows, y, pred):
            if a != b:
                print(f"- {r['id']}: {STAGES[a]} -> {STAGES[b]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    ap.add_argument("--errors", action="store_true", help="list the shipped system's misclassified ids")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare baseline (needs the dev texts)")
    args = ap.parse_args(argv)
    try:
        rows = load_unseen()
    except DataError as exc:
        print(f"unseen_sources: {exc}", file=sys.stderr)
        return 1
    texts = [r["text"] for r in rows]
    preds = systems(texts)
    if not args.no_bare:
        from planner.errors import PlannerError

        try:
            preds["bare TF-IDF + LR on the 3,116 dev posts"] = bare(texts)
        except PlannerError as exc:
            print(f"unseen_sources: {exc.source}: {exc}", file=sys.stderr)
            return 1
    report(rows, preds, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
