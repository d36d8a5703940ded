"""The shipped recipe on the real-post development set: leave-one-source-out (LOSO) stage
scores, stage-share error of each quantification method, and the learning curve per source.

For each real source (models/data/SOURCES.md) the model is trained exactly as
``planner train --rebuild`` trains it (planner.stage.train.train: authored corpus at its
weight plus the other real sources), with the shipped model's temperature instead of a
cross-validated one (the only shortcut: argmax does not depend on it), and the rules
layer (planner/stage/rules.py) applied on top. Then:

1. **Classification**, pooled over every held-out post and per source: macro-F1,
   accuracy, recall per stage, advocacy predicted/true; with ablations (the model alone,
   without prior correction, the rules alone).
2. **Shares**: each held-out source's posts are resampled to known stage mixes (random
   mixes of the stages it has, 200 posts, 50 draws) and mixed accounts are drawn from all
   held-out posts at random five-stage mixes (200 draws); the mean absolute error of
   the five shares by classify-and-count (CC), probability average (PCC), PACC and EMQ,
   whose error matrix and calibration prior come from the other sources' held-out
   probabilities (for the mixed accounts, from all of them: slightly optimistic).
3. **Learning curve**: for each source of 150 posts or more, 100 posts are set aside as
   the seller's own labels and the rest is the test; trained with 0, 25, 50 and 100 of
   them (weighted as `/label` corrections), macro-F1 over the stages in the test part.

Prints, never asserts; deterministic. Offline; needs the restored texts:

    .venv/bin/python models/real/restore.py      # once: models/real/restored/posts.csv
    .venv/bin/python benchmarks/real_shipped.py [--jobs 2] [--no-curve]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.domain.funnel import STAGES  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from real_posts import f1s  # noqa: E402  (one F1 for both real-post benchmarks)

SHORT = ("aw", "co", "cv", "lo", "ad")
CACHE = ROOT / "models" / "real" / "restored" / "loso_shipped.npz"
SEED = 7


def training_posts():
    """(authored + real training posts, as `train --rebuild` weighs them), the shipped metadata."""
    from planner.errors import PlannerError
    from planner.stage.files import read_meta
    from planner.workflow import _training_posts

    try:
        posts, _test = _training_posts([], no_corpus=False, corrections=False, say=print, real=True)
    except PlannerError as exc:
        print(f"{exc.source}: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    return posts, read_meta(ROOT / "models" / "stage_model.skops")


def fit_probs(posts, extra, test_texts, temperature):
    """Raw model probabilities (STAGES order, no rules layer) of ``test_texts`` from a model
    trained on ``posts`` + ``extra`` by the shipped recipe."""
    from planner.stage.reference import ReferenceBackend
    from planner.stage.train import train

    result = train(posts + extra, temperature=temperature)
    classes = [str(c) for c in result.pipeline.classes_]
    backend = ReferenceBackend(Path("unsaved"), classes, temperature, result.pipeline)
    probs = backend.probabilities(test_texts)
    return probs[:, [classes.index(s) for s in STAGES]]


def _key(posts, temperature) -> str:
    from planner.stage.train import data_hash

    h = hashlib.sha256(data_hash(posts).encode())
    for f in ("planner/stage/train.py", "planner/stage/realdata.py", "planner/stage/reference.py"):
        h.update((ROOT / f).read_bytes())
    h.update(repr(temperature).encode())
    return h.hexdigest()


def loso(posts, temperature, jobs, say):
    """Held-out raw probabilities of every real post (its source left out), cached."""
    from joblib import Parallel, delayed

    real = [p for p in posts if p.extra.get("domain") == "real"]
    key = _key(posts, temperature)
    if CACHE.is_file():
        with np.load(CACHE) as npz:
            if str(npz["key"]) == key:
                say(f"(LOSO probabilities from {CACHE.relative_to(ROOT)})")
                return npz["probs"]
    sources = sorted({p.extra["source"] for p in real})
    t0 = time.perf_counter()
    parts = Parallel(n_jobs=jobs)(
        delayed(fit_probs)([p for p in posts if p.extra.get("source") != s], [],
                           [p.text for p in real if p.extra["source"] == s], temperature)
        for s in sources)
    probs = np.zeros((len(real), len(STAGES)))
    src = np.array([p.extra["source"] for p in real])
    for s, part in zip(sources, parts):
        probs[src == s] = part
    say(f"(LOSO fits: {time.perf_counter() - t0:.0f}s)")
    np.savez(CACHE, probs=probs, key=np.array(key))
    return probs


def summary(y, pred):
    recall = [np.mean(pred[y == c] == c) for c in range(5)]
    return f1s(y, pred, range(5)).mean(), np.mean(pred == y), recall


def layered(raw, texts, weight, prior):
    from planner.stage.rules import RuleLayer

    return RuleLayer(weight, tuple(prior)).apply(raw, list(STAGES), texts)


def classification(raw, texts, y, src, meta) -> np.ndarray:
    from planner.stage.rules import rule_stage

    rules = meta["rules"]
    prior = [rules["prior_weights"][s] for s in STAGES]
    shipped = layered(raw, texts, rules["weight"], prior)
    fired = np.array([rule_stage(t) is not None for t in texts])
    systems = {
        "shipped: rules + prior-corrected model": shipped.argmax(1),
        "rules + model, no prior correction": layered(raw, texts, rules["weight"], [1] * 5).argmax(1),
        "model alone (prior-corrected)": layered(raw, [""] * len(texts), rules["weight"], prior).argmax(1),
        "model alone": raw.argmax(1),
        "rules alone (awareness where none fires)": np.where(
            fired, shipped.argmax(1), 0),
    }
    print("\n## Classification, leave one source out\n")
    print("| system | pooled macro-F1 | accuracy | " + " | ".join(f"rec {s}" for s in SHORT)
          + " | adv pred/true |")
    print("|---|---:|---:|" + "---:|" * 6)
    for name, pred in systems.items():
        f1, acc, rec = summary(y, pred)
        print(f"| {name} | {f1:.3f} | {acc:.3f} | " + " | ".join(f"{r:.2f}" for r in rec)
              + f" | {np.sum(pred == 4)}/{np.sum(y == 4)} |")
    pred = systems["shipped: rules + prior-corrected model"]
    print("\nShipped recipe, per held-out source (macro-F1 over the stages in its gold labels):\n")
    print("| source | posts | macro-F1 | accuracy | adv pred/true |")
    print("|---|---:|---:|---:|---:|")
    for s in sorted(set(src)):
        m = src == s
        print(f"| {s} | {m.sum()} | {f1s(y[m], pred[m], np.unique(y[m])).mean():.2f} | "
              f"{np.mean(pred[m] == y[m]):.2f} | {np.sum(pred[m] == 4)}/{np.sum(y[m] == 4)} |")
    return shipped


def quant_params(probs, y):
    """PACC's error matrix and EMQ's calibration prior from labelled held-out probabilities."""
    matrix = np.array([probs[y == c].mean(axis=0) if np.any(y == c) else np.eye(5)[c]
                       for c in range(5)])
    return matrix, probs.mean(axis=0) / probs.mean(axis=0).sum()


def shares(probs, y, src):
    from planner.planning.quantify import estimate

    rng = np.random.default_rng(SEED)
    methods = ("cc", "pcc", "pacc", "emq")
    rows = {}
    for s in sorted(set(src)):
        m = src == s
        matrix, prior = quant_params(probs[~m], y[~m])
        present = np.unique(y[m])
        errs = {k: [] for k in methods}
        for _ in range(50):
            mix = np.zeros(5)
            mix[present] = rng.dirichlet(np.ones(len(present)))
            counts = rng.multinomial(200, mix)
            idx = np.concatenate([rng.choice(np.flatnonzero(m & (y == c)), n) for c, n in
                                  enumerate(counts) if n])
            true = np.bincount(y[idx], minlength=5) / len(idx)
            for k in methods:
                est = estimate(probs[idx], k, matrix=matrix, train_prior=prior)
                errs[k].append(np.abs(est - true).mean())
        rows[s] = {k: float(np.mean(v)) for k, v in errs.items()}
    matrix, prior = quant_params(probs, y)
    errs = {k: [] for k in methods}
    for _ in range(200):
        counts = rng.multinomial(200, rng.dirichlet(np.ones(5)))
        idx = np.concatenate([rng.choice(np.flatnonzero(y == c), n) for c, n in enumerate(counts) if n])
        true = np.bincount(y[idx], minlength=5) / len(idx)
        for k in methods:
            errs[k].append(np.abs(estimate(probs[idx], k, matrix=matrix, train_prior=prior) - true).mean())
    print("\n## Stage shares: mean absolute error of the five shares\n")
    print("| resampled from | " + " | ".join(k.upper() for k in methods) + " |")
    print("|---|" + "---:|" * len(methods))
    for s, r in rows.items():
        print(f"| {s} | " + " | ".join(f"{r[k]:.3f}" for k in methods) + " |")
    print("| **mean over sources** | " + " | ".join(
        f"**{np.mean([r[k] for r in rows.values()]):.3f}**" for k in methods) + " |")
    print("| mixed accounts (all sources, 5-stage mixes) | " + " | ".join(
        f"{np.mean(errs[k]):.3f}" for k in methods) + " |")


def curve(posts, real, y, src, base, meta, jobs):
    from joblib import Parallel, delayed

    from planner.stage.realdata import CORRECTION_WEIGHT

    rules = meta["rules"]
    prior = [rules["prior_weights"][s] for s in STAGES]
    rng = np.random.default_rng(SEED)
    plans = []
    for s in sorted(set(src)):
        idx = np.flatnonzero(src == s)
        if len(idx) < 150:
            continue
        idx = rng.permutation(idx)
        pool, test = idx[:100], idx[100:]
        others = [p for p in posts if p.extra.get("source") != s]
        for k in (25, 50, 100):
            extra = [type(real[i])(text=real[i].text, stage=real[i].stage,
                                   extra={"weight": str(CORRECTION_WEIGHT), "domain": "corrections"})
                     for i in pool[:k]]
            plans.append((s, k, test, others, extra))
    outs = Parallel(n_jobs=jobs)(
        delayed(fit_probs)(others, extra, [real[i].text for i in test], meta["temperature"])
        for s, k, test, others, extra in plans)
    table: dict[str, dict[int, float]] = {}
    for (s, k, test, _o, _e), raw in zip(plans, outs):
        texts = [real[i].text for i in test]
        for kk, probs in ((0, base[test]), (k, raw)):
            pred = layered(probs, texts, rules["weight"], prior).argmax(1)
            table.setdefault(s, {})[kk] = f1s(y[test], pred, np.unique(y[test])).mean()
    print("\n## Learning curve: macro-F1 on the rest of a source after k of its posts are labelled\n")
    print("| source | test posts | k = 0 | 25 | 50 | 100 |")
    print("|---|---:|---:|---:|---:|---:|")
    for s, row in table.items():
        print(f"| {s} | {np.sum(src == s) - 100} | " + " | ".join(f"{row[k]:.2f}" for k in (0, 25, 50, 100)) + " |")
    print("| **mean** | | " + " | ".join(f"**{np.mean([r[k] for r in table.values()]):.2f}**"
                                         for k in (0, 25, 50, 100)) + " |")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2, help="fits run at once (processes)")
    ap.add_argument("--no-curve", action="store_true", help="skip the learning curve")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    posts, meta = training_posts()
    real = [p for p in posts if p.extra.get("domain") == "real"]
    texts = [p.text for p in real]
    y = np.array([STAGES.index(p.stage) for p in real])
    src = np.array([p.extra["source"] for p in real])
    print(f"# The shipped recipe on {len(real)} real posts from {len(set(src))} sources "
          f"(model {meta['id']}, T = {meta['temperature']})")
    raw = loso(posts, meta["temperature"], args.jobs, print)
    shipped = classification(raw, texts, y, src, meta)
    shares(shipped, y, src)
    if not args.no_curve:
        curve(posts, real, y, src, raw, meta, args.jobs)
    print(f"\nseed {SEED}; {time.perf_counter() - t0:.0f}s in all")


if __name__ == "__main__":
    main()
