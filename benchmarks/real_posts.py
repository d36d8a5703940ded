"""Stage classifiers on the real-post development set, source by source.

For each of the real sources (models/data/SOURCES.md) it prints macro-F1, per-stage
recall, advocacy predicted vs true and the stage-share error of these systems:

  a   the shipped model's recipe as `planner classify` uses it (its rules layer on the
      model's probabilities), each source HELD OUT: since 2026-12-03 the shipped model is
      trained on these very posts, so scoring the shipped file itself would be in-sample.
      For each source the model is retrained exactly as `planner train --rebuild` trains
      it, without that source (benchmarks/real_shipped.py's LOSO fits, cached in
      models/real/restored/loso_shipped.npz; trained on models/real/labels.csv whichever
      --labels is scored), with the shipped temperature and rules. Until 2026-12-03 (a)
      scored the shipped file, which was then trained on the authored corpus only, so held
      out by construction: the model card's 2026-12-02 figures for (a) and (a+p) are that
      earlier model's, and are not what this script prints now
  a+p (a), its probabilities prior-corrected toward the real stage mix of the other
      sources (held out the same way)
  b   this benchmark's own keyword rules in docs/labelling.md's decision order
      (``rule_stage`` below): the first draft the shipped rules grew from, kept as they
      were so the model card's 2026-12-02 comparison can be reproduced. They are NOT the
      rules ``planner classify`` applies;
  b+  the shipped rules (planner/stage/rules.py, ``rule_stage`` there), awareness where
      none fires: the rules layer ``planner classify`` puts in front of the model
  c   TF-IDF (word 1-2 + char 3-5 grams) + logistic regression, trained
      leave-one-source-out (LOSO) on the real posts of the other sources only
  d   (c) plus the authored corpus (models/data/corpus.csv), authored rows weighted w
  e   (d) with its probabilities prior-corrected toward the real stage mix of the
      training sources: p(y|x) * pi_real(y) / pi_train(y), renormalised
  f   (d) with its probabilities adapted by EM (Saerens et al. 2002) to the stage mix it
      estimates for the held-out source itself (unlabelled: what a report on one account
      could do)
  g   the advocacy, loyalty and conversion rules of (b) (this benchmark's) where one
      fires, (d) elsewhere (the shipped rules in front of the shipped model's training:
      benchmarks/real_shipped.py)

(c)-(g) with class_weight None and balanced; (d)-(g) with w = 0.1, 0.3, 1.0. Features are
fitted per fold on the training rows only; URLs and @handles become one token each. The
shipped model's training prior is taken as uniform (balanced class weights). Per source,
macro-F1 averages the F1 of the stages that occur in that source's gold labels (a source
of support replies has one);
"pooled" scores every post's held-out prediction together over all five stages. Share
MAE is the mean absolute error of the five stage shares of a source, by classify-and-
count (CC) and by averaging probabilities (PA); the mean is over sources.

Prints, never asserts. Offline (about 4 minutes on 2 busy cores, 100 s of it the shipped
recipe's ten fits, cached after the first run); needs the restored texts:

    .venv/bin/python models/real/restore.py      # once: models/real/restored/posts.csv
    .venv/bin/python benchmarks/real_posts.py [--labels models/real/labels.csv] [--C 8]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = ("awareness", "consideration", "conversion", "loyalty", "advocacy")
SHORT = {"awareness": "aw", "consideration": "co", "conversion": "cv", "loyalty": "lo",
         "advocacy": "ad"}
RESTORED = ROOT / "models" / "real" / "restored" / "posts.csv"
LABELS = ROOT / "models" / "real" / "labels.csv"
LABELS_A = ROOT / "models" / "real" / "labels_a.csv"
CORPUS = ROOT / "models" / "data" / "corpus.csv"
SEED = 7


# ---- b: this benchmark's own rules in the decision order in docs/labelling.md --------------------
# (the first draft of planner/stage/rules.py, kept unchanged as the 2026-12-02 baseline;
# b+ below scores the shipped rules)

def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(parts), re.IGNORECASE)


ADVOCACY = _rx(
    r"\b(leave|write|post|drop)\s+(us\s+)?an?\s+(\w+\s+)?review", r"\breview us\b",
    r"\brefer(ral)?\b.{0,30}\bfriends?\b", r"\brefer a friend\b", r"\btag us\b",
    r"\btag @\w+", r"\bshare (your|this|these|our|it)\b", r"\bplease share\b",
    r"\bspread the word\b", r"\bambassadors?\b", r"\baffiliate program", r"\bshow us your\b",
    r"\b(tell|invite|encourage) (your )?(friends|family)\b", r"\bshare (it )?with (your )?friends\b")
LOYALTY = _rx(
    r"^\s*@user\b", r"\b(dm|direct message|private message)( us)?\b", r"\bsend us an? (dm|email|message)\b",
    r"\bsorry (to hear|for|about|you)\b", r"\bwe'?re (here|happy|glad) to help\b",
    r"\bthanks? (you )?for (reaching out|contacting|your (order|purchase|support|patience|feedback))",
    r"\byour (order|account|subscription|purchase|delivery|membership)\b", r"\btroubleshoot",
    r"\b(restart|reinstall|log out and)\b", r"\bmembers?[- ]only\b", r"\bearly access\b",
    r"\bloyalty (points|program|card)\b", r"\b(feedback|survey)\b",
    r"\bvalued customer\b", r"\bthank you to (all|everyone|our)\b")
CONVERSION = _rx(
    r"\b(shop|buy|order|book|subscribe|enrol+|register|sign up|donate|claim|grab|get) (it |yours |now|today|here|online)",
    r"\b(shop|buy|order) now\b", r"\b\d+\s?% off\b", r"\b(promo|discount|coupon) code\b",
    r"\buse code\b", r"\bcode [A-Z0-9]{4,}\b", r"\bsale\b", r"\bfree (shipping|delivery|trial)\b",
    r"\b(limited time|ends (today|tonight|soon|sunday|midnight)|last chance|while stocks last)\b",
    r"\bavailable now\b", r"\b(txt|text|reply|send) [A-Z]{2,}\b", r"\bcall 0\d{6,}",
    r"\b(win|won)\b.{0,40}\b(prize|cash|£|\$)", r"\bdonat(e|ion)\b", r"\bsign (up|the)\b",
    r"\bjoin (now|today|us (on|at|for))\b", r"\b(tickets?|register) (now|here|today)\b",
    r"\bclick (the )?link\b", r"[£$€]\s?\d")
CONSIDERATION = _rx(
    r"\b(features?|includes?|made (of|with|from)|material|dimensions?|measures?|inches|cm|mm)\b",
    r"\b(how (it|to) (works?|use)|tutorial|demo|webinar|faq|compare|comparison|specs?)\b",
    r"\b(reviews?|rated|stars?|testimonial|unboxing|ingredients?|behind the scenes)\b",
    r"\bask us anything\b", r"\b(perfect|ideal|great) for\b", r"\b\d+(\.\d+)?\s?(\"|”|in\b|oz\b|lbs?\b)")


def rule_first(text: str) -> str | None:
    """The stage of the first three rules (advocacy, loyalty, conversion) that fires, or None."""
    for stage, pattern in (("advocacy", ADVOCACY), ("loyalty", LOYALTY), ("conversion", CONVERSION)):
        if pattern.search(text):
            return stage
    return None


def rule_stage(text: str) -> str:
    """The stage keyword rules give a post, deciding in docs/labelling.md's order: advocacy asks,
    then posts for existing customers (support, perks), then purchase pushes, then help
    deciding (specs, demos, reviews), otherwise awareness."""
    first = rule_first(text)
    if first:
        return first
    return "consideration" if CONSIDERATION.search(text) else "awareness"


def shipped_rule_stage(text: str) -> str:
    """The stage the shipped rules (planner/stage/rules.py) give a post, awareness where none
    fires (the model decides those in ``planner classify``)."""
    from planner.stage.rules import rule_stage as shipped

    return shipped(text) or "awareness"


# ---- data ------------------------------------------------------------------------------------

def fail(message: str) -> None:
    print(message, file=sys.stderr)
    raise SystemExit(1)


def read_csv(path: Path, columns: tuple[str, ...]) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            fail(f"{path.relative_to(ROOT)}: missing column(s) {', '.join(missing)}")
        return list(reader)


def load_real(labels_path: Path) -> tuple[list[str], np.ndarray, np.ndarray, list[str]]:
    """Texts, sources, gold stage indices and ids of the real posts, in file order."""
    if not RESTORED.is_file():
        fail(f"{RESTORED.relative_to(ROOT)} not found: run `.venv/bin/python models/real/restore.py` "
             "first (the real-post texts are restored locally, never committed)")
    posts = read_csv(RESTORED, ("id", "source", "text"))
    gold = {}
    for line, row in enumerate(read_csv(labels_path, ("id", "stage")), start=2):
        if row["stage"] not in STAGES:
            fail(f"{labels_path.relative_to(ROOT)}:{line}: stage {row['stage']!r} is not one of {', '.join(STAGES)}")
        gold[row["id"]] = STAGES.index(row["stage"])
    unlabelled = [p["id"] for p in posts if p["id"] not in gold]
    if unlabelled:
        fail(f"{labels_path.relative_to(ROOT)}: no label for {len(unlabelled)} post(s), e.g. {unlabelled[0]}")
    empty = [p["id"] for p in posts if not p["text"].strip()]
    if empty:
        fail(f"{RESTORED.relative_to(ROOT)}: {len(empty)} post(s) without text, e.g. {empty[0]}: "
             "run models/real/restore.py again")
    return ([p["text"] for p in posts], np.array([p["source"] for p in posts]),
            np.array([gold[p["id"]] for p in posts]), [p["id"] for p in posts])


def load_authored() -> tuple[list[str], np.ndarray]:
    rows = read_csv(CORPUS, ("text", "stage"))
    return [r["text"] for r in rows], np.array([STAGES.index(r["stage"]) for r in rows])


# ---- c-e: TF-IDF + logistic regression, leave one source out ------------------------------------

URL = re.compile(r"https?://\S+|www\.\S+")
HANDLE = re.compile(r"@\w+")


def normalise(text: str) -> str:
    """URLs and handles as one token each, so a source's link style is not a feature."""
    return HANDLE.sub(" @user ", URL.sub(" http_link ", text))


class Counts:
    """Raw word 1-2-gram and char_wb 3-5-gram counts of every text, counted once; each fold
    then selects its vocabulary and weights from its own training rows, as fitting a
    TfidfVectorizer on them would (min_df, max_features by frequency, smoothed idf,
    sublinear tf, l2 norm per block; only terms tied at the max_features cut-off may be
    chosen differently), so no fold's features come from the held-out source."""

    BLOCKS = (("word", (1, 2), 2, 20000), ("char_wb", (3, 5), 3, 30000))

    def __init__(self, texts: list[str]) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self.blocks = []
        for analyzer, ngrams, min_df, top in self.BLOCKS:
            X = CountVectorizer(analyzer=analyzer, ngram_range=ngrams, lowercase=True,
                                dtype=np.float64).fit_transform(texts).tocsc()
            self.blocks.append((X, min_df, top))

    def fold(self, train: np.ndarray, test: np.ndarray):
        """(X_train, X_test) for rows ``train`` and ``test`` of the counted texts."""
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        parts_tr, parts_te = [], []
        for X, min_df, top in self.blocks:
            Xtr = X[train]
            df = np.asarray((Xtr > 0).sum(axis=0)).ravel()
            tf = np.asarray(Xtr.sum(axis=0)).ravel()
            ok = np.flatnonzero(df >= min_df)
            # the most frequent terms, ties by column (vocabulary) order, as sklearn keeps them
            keep = np.sort(ok[np.argsort(-tf[ok], kind="stable")[:top]])
            idf = np.log((1 + len(train)) / (1 + df[keep])) + 1
            for rows, out in ((train, parts_tr), (test, parts_te)):
                M = X[rows][:, keep].tocsr()
                M.data = np.log(M.data) + 1
                out.append(normalize(M @ sp.diags(idf)))
        return sp.hstack(parts_tr).tocsr(), sp.hstack(parts_te).tocsr()


def fit_proba(X, y, weights, class_weight, C, X_test) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities over all five stages (a stage absent from training gets 0) and the
    effective training prior the fit saw (sample weights times class weights)."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from sklearn.utils.class_weight import compute_class_weight

    classes = np.unique(y)
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=300, tol=1e-3)
    with warnings.catch_warnings():  # lbfgs (multinomial, deterministic); tol 1e-3 is loose
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, y, sample_weight=weights)
    probs = np.zeros((X_test.shape[0], len(STAGES)))
    probs[:, clf.classes_] = clf.predict_proba(X_test)
    cw = (compute_class_weight("balanced", classes=classes, y=y) if class_weight == "balanced"
          else np.ones(len(classes)))
    mass = np.zeros(len(STAGES))
    for c, w in zip(classes, cw):
        mass[c] = weights[y == c].sum() * w
    return probs, mass / mass.sum()


def prior_correct(probs: np.ndarray, target: np.ndarray, train: np.ndarray) -> np.ndarray:
    ratio = np.divide(target, train, out=np.zeros_like(target), where=train > 0)
    adj = probs * ratio
    return adj / np.clip(adj.sum(axis=1, keepdims=True), 1e-12, None)


def em_adapt(probs: np.ndarray, train: np.ndarray, steps: int = 200) -> np.ndarray:
    """Saerens-Latinne-Decaestecker EM: re-estimate the stage prior of these posts (one
    held-out source) from the model's own probabilities and correct toward it."""
    prior = train.copy()
    adj = probs
    for _ in range(steps):
        adj = prior_correct(probs, prior, train)
        new = adj.mean(axis=0)
        if np.abs(new - prior).max() < 1e-6:
            break
        prior = new
    return adj


def stage_prior(y: np.ndarray) -> np.ndarray:
    return np.bincount(y, minlength=len(STAGES)) / len(y)


def one_fold(counts: Counts, sources, y, n_real: int, a_y, src: str, weights, C) -> dict:
    """Held-out probabilities of source ``src`` for every learnt system."""
    t0 = time.perf_counter()
    test = np.flatnonzero(sources == src)
    train = np.flatnonzero(sources != src)
    ytr = y[train]
    target = stage_prior(ytr)
    out = {}
    # c: real posts only, with their own vocabulary
    Xtr, Xte = counts.fold(train, test)
    for cw in (None, "balanced"):
        out[f"c  real only, cw={cw}"] = fit_proba(Xtr, ytr, np.ones(len(train)), cw, C, Xte)[0]
    # d, e: real + authored rows, vocabulary from both
    authored = n_real + np.arange(len(a_y))
    Xtr, Xte = counts.fold(np.concatenate([train, authored]), test)
    yall = np.concatenate([ytr, a_y])
    for w in weights:
        sw = np.concatenate([np.ones(len(train)), np.full(len(a_y), w)])
        for cw in (None, "balanced"):
            probs, train_prior = fit_proba(Xtr, yall, sw, cw, C, Xte)
            out[f"d  +authored w={w}, cw={cw}"] = probs
            out[f"e  +authored w={w}, cw={cw}, prior-corrected"] = prior_correct(probs, target, train_prior)
            out[f"f  +authored w={w}, cw={cw}, EM-adapted"] = em_adapt(probs, train_prior)
    return {"src": src, "test": test, "probs": out, "seconds": time.perf_counter() - t0}


def loso(texts, sources, y, authored, weights, C, jobs, log) -> dict[str, np.ndarray]:
    """Probability matrices (all real posts, each predicted with its source held out) of
    c, d(w, cw) and e(w, cw). Folds run in ``jobs`` processes; results do not depend on it."""
    from joblib import Parallel, delayed

    a_texts, a_y = authored
    t0 = time.perf_counter()
    counts = Counts([normalise(t) for t in list(texts) + list(a_texts)])
    log(f"  counted n-grams of {len(texts) + len(a_texts)} texts in {time.perf_counter() - t0:.1f}s")
    folds = Parallel(n_jobs=jobs)(
        delayed(one_fold)(counts, sources, y, len(texts), a_y, src, weights, C)
        for src in sorted(set(sources)))
    results: dict[str, np.ndarray] = {}
    for fold in folds:
        log(f"  held out {fold['src']}: {len(fold['test'])} posts, {fold['seconds']:.1f}s")
        for name, probs in fold["probs"].items():
            results.setdefault(name, np.zeros((len(texts), len(STAGES))))[fold["test"]] = probs
    return results


def shipped(texts, ids, sources, y, jobs) -> tuple[np.ndarray, np.ndarray]:
    """The shipped recipe's probabilities (STAGES order) as `planner classify` gives them,
    each source held out (retrained without it: benchmarks/real_shipped.py), raw and
    prior-corrected per held-out source toward the other sources' stage mix."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from real_shipped import layered, training_posts
    from real_shipped import loso as shipped_loso

    posts, meta = training_posts()
    raw = shipped_loso(posts, meta["temperature"], jobs, lambda m: print(m, flush=True))
    row = {p.id: i for i, p in enumerate(p for p in posts if p.extra.get("domain") == "real")}
    missing = [i for i in ids if i not in row]
    if missing:
        fail(f"{len(missing)} real post(s) are not in the shipped recipe's training data, e.g. "
             f"{missing[0]}: run models/real/restore.py again")
    rules = meta["rules"]
    probs = layered(raw[[row[i] for i in ids]], list(texts), rules["weight"],
                    [rules["prior_weights"][s] for s in STAGES])
    train_prior = np.full(len(STAGES), 1 / len(STAGES))  # balanced class weights (MODEL_CARD.md)
    corrected = np.zeros_like(probs)
    for src in set(sources):
        m = sources == src
        corrected[m] = prior_correct(probs[m], stage_prior(y[~m]), train_prior)
    return probs, corrected


# ---- scoring --------------------------------------------------------------------------------

def f1s(y, pred, labels) -> np.ndarray:
    out = []
    for c in labels:
        tp = np.sum((pred == c) & (y == c))
        fp = np.sum((pred == c) & (y != c))
        fn = np.sum((pred != c) & (y == c))
        out.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return np.array(out)


def shares_mae(y, pred, probs) -> tuple[float, float]:
    true = np.bincount(y, minlength=5) / len(y)
    cc = np.abs(np.bincount(pred, minlength=5) / len(y) - true).mean()
    pa = np.abs(probs.mean(axis=0) - true).mean() if probs is not None else float("nan")
    return cc, pa


def fmt(v: float) -> str:
    return "–" if v != v else f"{v:.2f}"


def report(name: str, y, sources, pred, probs, detail: bool) -> dict:
    rows = []
    for src in sorted(set(sources)):
        m = sources == src
        ys, ps = y[m], pred[m]
        present = np.unique(ys)
        rec = [(np.mean(ps[ys == c] == c) if np.any(ys == c) else float("nan")) for c in range(5)]
        cc, pa = shares_mae(ys, ps, None if probs is None else probs[m])
        rows.append((src, int(m.sum()), f1s(ys, ps, present).mean(), np.mean(ys == ps), rec,
                     int(np.sum(ps == 4)), int(np.sum(ys == 4)), cc, pa))
    pooled_f1 = f1s(y, pred, range(5)).mean()
    recall = [np.mean(pred[y == c] == c) for c in range(5)]
    summary = {"name": name, "pooled_f1": pooled_f1, "accuracy": np.mean(pred == y),
               "mean_f1": np.mean([r[2] for r in rows]), "min_recall": min(recall),
               "recall": recall, "adv_pred": int(np.sum(pred == 4)), "adv_true": int(np.sum(y == 4)),
               "cc": np.mean([r[7] for r in rows]), "pa": np.mean([r[8] for r in rows]), "rows": rows}
    if detail:
        print(f"\n### {name}\n")
        print("| source | posts | macro-F1 | accuracy | " + " | ".join(f"rec {SHORT[s]}" for s in STAGES)
              + " | adv pred/true | share MAE CC | share MAE PA |")
        print("|---|---:|---:|---:|" + "---:|" * 5 + "---:|---:|---:|")
        for src, n, f1, acc, rec, ap, at, cc, pa in rows:
            print(f"| {src} | {n} | {f1:.2f} | {acc:.2f} | " + " | ".join(fmt(r) for r in rec)
                  + f" | {ap}/{at} | {cc:.3f} | {fmt(pa) if pa != pa else f'{pa:.3f}'} |")
        print(f"| **pooled** | {len(y)} | **{pooled_f1:.2f}** | {summary['accuracy']:.2f} | "
              + " | ".join(f"{r:.2f}" for r in recall)
              + f" | {summary['adv_pred']}/{summary['adv_true']} | {summary['cc']:.3f} (mean) | "
              + ("–" if probs is None else f"{summary['pa']:.3f} (mean)") + " |")
    return summary


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, help="gold labels (default models/real/labels.csv, "
                    "else labeller A's labels_a.csv for development)")
    ap.add_argument("--C", type=float, default=8.0, help="inverse regularisation of (c)-(e)")
    ap.add_argument("--weights", default="0.1,0.3,1.0", help="authored-row weights for (d), (e)")
    ap.add_argument("--detail", default="all",
                    help="systems to print per source: all, best (a, b and the best of each of c-g) or none")
    ap.add_argument("--jobs", type=int, default=2, help="folds fitted at once (processes)")
    args = ap.parse_args(argv)
    labels = args.labels or (LABELS if LABELS.is_file() else LABELS_A)
    labels = labels if labels.is_absolute() else (Path.cwd() / labels).resolve()
    if not labels.is_file():
        fail(f"{labels}: no such labels file")
    texts, sources, y, ids = load_real(labels)
    t0 = time.perf_counter()
    note = "" if labels.name == "labels.csv" else "  (NOT adjudicated: development only)"
    print(f"# Real posts: {len(texts)} posts from {len(set(sources))} sources, labels "
          f"{labels.relative_to(ROOT) if labels.is_relative_to(ROOT) else labels}{note}")
    print("gold stage counts: " + ", ".join(f"{s} {n}" for s, n in
                                             zip(STAGES, np.bincount(y, minlength=5))))
    systems: dict[str, tuple[np.ndarray, np.ndarray | None]] = {}
    got = shipped(texts, ids, sources, y, args.jobs)
    systems["a  shipped recipe, LOSO"] = (got[0].argmax(axis=1), got[0])
    systems["a+p shipped recipe, LOSO, prior-corrected"] = (got[1].argmax(axis=1), got[1])
    systems["b  keyword rules (this benchmark's first draft)"] = (
        np.array([STAGES.index(rule_stage(t)) for t in texts]), None)
    systems["b+ shipped rules (planner/stage/rules.py)"] = (
        np.array([STAGES.index(shipped_rule_stage(t)) for t in texts]), None)
    print(f"(a, b scored in {time.perf_counter() - t0:.1f}s; the learnt systems' LOSO fits follow)",
          flush=True)
    weights = [float(w) for w in args.weights.split(",")]
    results = loso(texts, sources, y, load_authored(), weights, args.C, args.jobs,
                   lambda m: print(m, flush=True))
    fired = [rule_first(t) for t in texts]
    hit = np.array([f is not None for f in fired])
    onehot = np.eye(len(STAGES))[[STAGES.index(f) if f else 0 for f in fired]]
    for name, probs in list(results.items()):
        if name.startswith("d "):
            results["g  rules first, else " + name[3:]] = np.where(hit[:, None], onehot, probs)
    for name, probs in results.items():
        systems[name] = (probs.argmax(axis=1), probs)
    summaries = {name: report(name, y, sources, pred, probs, False)
                 for name, (pred, probs) in systems.items()}
    learnt = [n for n in summaries if n[0] in "cdefg"]
    best = max(learnt, key=lambda n: summaries[n]["pooled_f1"])
    by_letter = {}
    for n in sorted(learnt, key=lambda n: -summaries[n]["pooled_f1"]):
        by_letter.setdefault(n[0], n)
    shown = (list(summaries) if args.detail == "all" else
             [n for n in summaries if n[0] in "ab"] + sorted(by_letter.values())
             if args.detail == "best" else [])
    for name in shown:
        pred, probs = systems[name]
        report(name, y, sources, pred, probs, True)
    print("\n### Summary (every learnt system, a included, held out source by source; "
          "per-source figures above)\n")
    print("| system | pooled macro-F1 | accuracy | mean per-source macro-F1 | "
          + " | ".join(f"rec {SHORT[s]}" for s in STAGES)
          + " | adv pred/true | share MAE CC | share MAE PA |")
    print("|---|---:|---:|---:|" + "---:|" * 5 + "---:|---:|---:|")
    for name, s in summaries.items():
        print(f"| {name} | {s['pooled_f1']:.3f} | {s['accuracy']:.3f} | {s['mean_f1']:.3f} | "
              + " | ".join(f"{r:.2f}" for r in s["recall"])
              + f" | {s['adv_pred']}/{s['adv_true']} | {s['cc']:.3f} | "
              + ("–" if s["pa"] != s["pa"] else f"{s['pa']:.3f}") + " |")
    print(f"\nbest of the alternatives c-g by pooled macro-F1: {best} "
          f"({summaries[best]['pooled_f1']:.3f}); C = {args.C}; seed {SEED}; "
          f"{time.perf_counter() - t0:.0f}s in all")


if __name__ == "__main__":
    main()
