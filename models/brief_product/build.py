"""Train the chat's learned product reader (planner/brief/ranker.py) and write it as plain
JSON (models/brief_product/model.json): one weight per candidate feature, an intercept, and
the thresholds at which it overrules the hand-written rules.

    python models/brief_product/build.py          # rebuild model.json, byte for byte
    python models/brief_product/build.py --cv     # 5-fold cross-validation on the tuning items

Training data: every candidate phrase (planner/brief/candidates.py) of every message of the
brief benchmark's **tuning** items (benchmarks/brief_messages/messages.jsonl), read by the
chat with the rules alone; a candidate is positive when it equals the item's expected product
(as the benchmark compares them). Held-out items are never read here. The cross-validation
is grouped by item: each fold's model reads its own fold's conversations through the chat,
and the benchmark's product precision and recall are counted as if on new items.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import brief_messages as bench  # noqa: E402

from planner.brief import ranker  # noqa: E402

#: the regularisation of the logistic regression (chosen with --cv)
C = 2.0
#: when the model overrules the rules (chosen with --cv; see planner/brief/ranker.py)
THRESHOLDS = {"add": 0.5, "add_had": 0.9, "doubt": 0.15, "replace": 0.5, "drop": 0.0}
FOLDS = 5
#: a feature seen on fewer candidates than this is left out (a word met once says little)
MIN_COUNT = 2


def tuning_items() -> list[dict]:
    return [item for item in bench.load() if item["split"] == "tuning"]


def collect(items: list[dict]) -> list[tuple[str, list[str], int]]:
    """(item id, features, label) for every candidate of every message, the rules alone reading."""
    rows: list[tuple[str, list[str], int]] = []
    current: dict = {}

    def record(_text, found, _context) -> None:
        expected = current["item"]["expect"].get("product")
        alternatives = {bench.norm(a) for a in bench._alternatives(expected)} if expected else set()
        for cand in found:
            rows.append((current["item"]["id"], sorted(set(cand.features)),
                         int(bench.norm(cand.text) in alternatives)))

    ranker.RECORDER = record
    try:
        with ranker.use(None):
            for item in items:
                current["item"] = item
                bench.run([item])
    finally:
        ranker.RECORDER = None
    return rows


#: features the model is not trained on: whether the rules picked the candidate. The rules fit
#: the tuning items (0.99), so the model would learn only to agree with them; they read new
#: writers' text far worse. The rules' pick enters through the thresholds instead.
LEFT_OUT = ("rule=", "src=")


def fit(rows, c: float = C, thresholds: dict | None = None, left_out: tuple[str, ...] = LEFT_OUT
        ) -> ranker.ProductRanker:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for _id, features, _y in rows for f in features)
    vectoriser = DictVectorizer(sort=True)
    x = vectoriser.fit_transform([dict.fromkeys((f for f in features if seen[f] >= MIN_COUNT
                                                 and not f.startswith(left_out)), 1)
                                  for _id, features, _y in rows])
    y = [label for _id, _f, label in rows]
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs")
    model.fit(x, y)
    weights = {name: round(float(w), 6) for name, w in zip(vectoriser.feature_names_, model.coef_[0], strict=True)
               if round(float(w), 6) != 0.0}
    return ranker.ProductRanker(weights, round(float(model.intercept_[0]), 6), dict(thresholds or THRESHOLDS))


def items_sha256(items: list[dict]) -> str:
    text = "\n".join(json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_json(model: ranker.ProductRanker, items: list[dict], rows) -> str:
    import sklearn

    data = {
        "about": "planner/brief/ranker.py; rebuilt by python models/brief_product/build.py",
        "trained_on": {"items": len(items), "split": "tuning", "candidates": len(rows),
                       "positives": sum(y for _i, _f, y in rows), "sha256": items_sha256(items)},
        "C": C, "sklearn": sklearn.__version__,
        "thresholds": model.thresholds, "intercept": model.intercept,
        "weights": dict(sorted(model.weights.items())),
    }
    return json.dumps(data, indent=1, sort_keys=False, ensure_ascii=False) + "\n"


def build(out: Path = HERE / "model.json") -> Path:
    items = tuning_items()
    rows = collect(items)
    out.write_text(to_json(fit(rows), items, rows), encoding="utf-8")
    return out


def folds(items: list[dict]) -> list[list[dict]]:
    """Items in FOLDS groups, each item whole in one (its conversation never split)."""
    ordered = sorted(items, key=lambda it: hashlib.sha256(it["id"].encode()).hexdigest())
    return [ordered[k::FOLDS] for k in range(FOLDS)]


def cross_validate(configs: dict[str, dict | None], c: float = C,
                   left_out: tuple[str, ...] = LEFT_OUT) -> dict[str, dict]:
    """Product counts over the tuning items, each fold read by a model trained on the others:
    one run per config (None: the rules alone)."""
    items = tuning_items()
    rows = collect(items)
    totals = {name: {"tp": 0, "fp": 0, "fn": 0} for name in configs}
    for fold in folds(items):
        ids = {it["id"] for it in fold}
        train = [r for r in rows if r[0] not in ids]
        base = fit(train, c, left_out=left_out)
        for name, thresholds in configs.items():
            model = None if thresholds is None else ranker.ProductRanker(base.weights, base.intercept, thresholds)
            with ranker.use(model):
                counts = bench.score(bench.run(fold), "tuning")["product"]
            for k in totals[name]:
                totals[name][k] += counts[k]
    return totals


def _pr(c: dict) -> str:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return f"P {p:.3f} R {r:.3f} (tp {c['tp']} fp {c['fp']} fn {c['fn']})"


#: the model deciding alone: its best candidate, whatever the rules read
MODEL_ALONE = ranker.MODEL_ALONE


#: other thresholds tried with --cv
GRID = {
    "stricter": {"add": 0.6, "add_had": 0.95, "doubt": 0.05, "replace": 0.8, "drop": 0.0},
    "with drop": {"add": 0.5, "add_had": 0.9, "doubt": 0.15, "replace": 0.5, "drop": 0.005},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate on the tuning items")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--rule-feature", action="store_true",
                        help="cross-validate with the rules' pick as a feature too")
    args = parser.parse_args(argv)
    import os
    import tempfile
    os.environ["PLANNER_HOME"] = tempfile.mkdtemp(prefix="planner-build-")
    if args.cv:
        totals = cross_validate({"rules alone": None, "model alone": MODEL_ALONE,
                                 "rules + model": THRESHOLDS, **GRID}, args.c,
                                left_out=() if args.rule_feature else LEFT_OUT)
        for name, counts in totals.items():
            print(f"{name:<16}{_pr(counts)}")
        return 0
    print(build())
    return 0


if __name__ == "__main__":
    sys.exit(main())
