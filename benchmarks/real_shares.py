"""Stage shares on the real-post development set: every quantification method tried, with and
without a few of the account's own labels, leave-one-source-out.

The held-out probabilities are ``benchmarks/real_shipped.py``'s (the shipped recipe trained
without each source, rules layer on top; its cache is reused). The draws are that script's
exactly (each source's posts resampled to 50 random mixes of the stages it has, 200 posts
each; 200 mixed accounts from all sources at random five-stage mixes), so CC, PCC, PACC and
EMQ print the figures it prints. Nothing is fitted on the source being scored: error
matrices, priors and thresholds come from the other sources' held-out posts (for the mixed
accounts, from all of them: optimistic).

Without labels: classify and count (CC), probability average (PCC), PACC, EMQ; the rules'
decisions counted as known and the model's probabilities for the rest ("rule anchors"),
with PACC for the rest; PACC restricted to the stages PCC gives 5% or more; EM with a
damped prior (pseudo-posts at the calibration prior); HDy and median sweep (MS), one stage
against the rest, renormalised; PACC with the matrix of the most similar other source.

With k labels (k posts of the 200 drawn at random, their stages known; the shares are of
all 200): the labels alone; PPI (``planner/planning/quantify.py``: PCC plus the mean error
of the probabilities on the labelled posts) and PPI with a per-stage weight tuned on the
labels (PPI++); the ratio estimator (the labelled posts' stage given each stage's
probability mass, one pseudo-post on the diagonal); and PPI with the closest calls labelled
instead of a random sample (what the report's "teach the model" list would give). For PPI,
how often the report's 90% bootstrap interval holds the true share.

    .venv/bin/python benchmarks/real_shares.py      # after real_shipped.py has filled its cache

Prints, never asserts; deterministic.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_shipped as rs  # noqa: E402

from planner.domain.funnel import STAGES  # noqa: E402
from planner.planning import quantify as q  # noqa: E402

E = np.eye(5)


def draws(y, src):
    """(source, indices) of real_shipped.shares' draws, in its order and with its generator."""
    rng = np.random.default_rng(rs.SEED)
    out = []
    for s in sorted(set(src)):
        m = src == s
        present = np.unique(y[m])
        for _ in range(50):
            mix = np.zeros(5)
            mix[present] = rng.dirichlet(np.ones(len(present)))
            counts = rng.multinomial(200, mix)
            out.append((s, np.concatenate([rng.choice(np.flatnonzero(m & (y == c)), n)
                                           for c, n in enumerate(counts) if n])))
    for _ in range(200):
        counts = rng.multinomial(200, rng.dirichlet(np.ones(5)))
        out.append(("mixed", np.concatenate([rng.choice(np.flatnonzero(y == c), n)
                                             for c, n in enumerate(counts) if n])))
    return out


def matrix(probs, y):
    return np.array([probs[y == c].mean(0) if np.any(y == c) else E[c] for c in range(5)])


def restricted_pacc(p, M, floor=0.05):
    qv = p.mean(0)
    keep = qv >= floor
    sol, *_ = np.linalg.lstsq(M[np.ix_(keep, keep)].T, qv[keep], rcond=None)
    out = np.zeros(5)
    out[keep] = np.clip(sol, 0, 1)
    return out / out.sum() if out.sum() > 0 else qv


def damped_em(p, prior, alpha=50.0):
    shares = prior.copy()
    for _ in range(300):
        post = p * (shares / prior)
        post /= post.sum(1, keepdims=True)
        new = (post.sum(0) + alpha * prior) / (len(p) + alpha)
        if np.abs(new - shares).max() < 1e-8:
            break
        shares = new
    return shares


def one_vs_rest(p, tp, ty, kind):
    """HDy or median sweep per stage against the rest (train probs ``tp``, stages ``ty``)."""
    out = np.zeros(5)
    for c in range(5):
        s_tr, pos, st = tp[:, c], ty == c, p[:, c]
        if kind == "hdy":
            edges = np.linspace(0, 1, 9)
            hp = np.histogram(s_tr[pos], edges)[0] + 1e-9
            hn = np.histogram(s_tr[~pos], edges)[0] + 1e-9
            ht = np.histogram(st, edges)[0] / len(st)
            hp, hn = hp / hp.sum(), hn / hn.sum()
            grid = np.linspace(0, 1, 101)
            out[c] = grid[np.argmin([np.sum((np.sqrt(a * hp + (1 - a) * hn) - np.sqrt(ht)) ** 2)
                                     for a in grid])]
        else:
            ests = []
            for t in np.linspace(0.05, 0.95, 19):
                tpr, fpr = (s_tr[pos] > t).mean(), (s_tr[~pos] > t).mean()
                if tpr - fpr > 0.25:
                    ests.append(np.clip(((st > t).mean() - fpr) / (tpr - fpr), 0, 1))
            out[c] = np.median(ests) if ests else st.mean()
    return out / out.sum() if out.sum() > 0 else p.mean(0)


def with_known(p, fired_stage):
    """Rule-decided posts counted as their rule's stage, the model's probabilities elsewhere."""
    fired = fired_stage >= 0
    return (E[fired_stage[fired]].sum(0) + p[~fired].sum(0)) / len(p)


def anchored_pacc(p, fired_stage, M_rest):
    fired = fired_stage >= 0
    known = E[fired_stage[fired]].sum(0)
    rest = p[~fired]
    return (known + len(rest) * q.pacc(rest, M_rest)) / len(p) if len(rest) else known / len(p)


def tuned_ppi(pu, pl, yl):
    lam = np.ones(5)
    for c in range(5):
        v = pl[:, c].var()
        lam[c] = np.clip(np.cov(E[yl][:, c], pl[:, c])[0, 1] / v, 0, 1) if v > 1e-9 else 0.0
    est = np.clip(lam * pu.mean(0) + (E[yl] - lam * pl).mean(0), 0, None)
    return est / est.sum() if est.sum() > 0 else E[yl].mean(0)


def ratio(pu, pl, yl, a=1.0):
    P = (pl.T @ E[yl] + a * np.eye(5)) / (pl.sum(0)[:, None] + a)
    return (pu @ P).mean(0)


def closest(p, idx, fired_stage, k):
    """Positions of the k closest calls among distinct posts, never a rule-decided one."""
    srt = np.sort(p, 1)
    gap = np.where(fired_stage >= 0, 9.0, srt[:, -1] - srt[:, -2])
    _, first = np.unique(idx, return_index=True)
    return first[np.argsort(gap[first], kind="stable")][:k]


def main() -> None:
    from planner.stage.rules import rule_stage

    t0 = time.perf_counter()
    posts, meta = rs.training_posts()
    real = [p for p in posts if p.extra.get("domain") == "real"]
    texts = [p.text for p in real]
    y = np.array([STAGES.index(p.stage) for p in real])
    src = np.array([p.extra["source"] for p in real])
    raw = rs.loso(posts, meta["temperature"], 2, print)
    rules = meta["rules"]
    probs = rs.layered(raw, texts, rules["weight"], [rules["prior_weights"][s] for s in STAGES])
    fired = np.array([-1 if (r := rule_stage(t)) is None else STAGES.index(r) for t in texts])
    sources = sorted(set(src))
    feat = {s: np.r_[probs[src == s].mean(0), (fired[src == s] >= 0).mean()] for s in sources}

    results: dict[str, dict[str, list[float]]] = {}
    cover: dict[int, list[float]] = {}

    def score(name, s, est, true):
        results.setdefault(name, {}).setdefault(s, []).append(float(np.abs(est - true).mean()))

    for n, (s, idx) in enumerate(draws(y, src)):
        train = src != s if s != "mixed" else np.ones(len(y), bool)
        M, prior = rs.quant_params(probs[train], y[train])
        p, fs = probs[idx], fired[idx]
        true = np.bincount(y[idx], minlength=5) / len(idx)
        rest = train & (fired < 0)
        ests = {"CC": q.classify_and_count(p), "PCC": q.probabilistic_count(p),
                "PACC": q.pacc(p, M), "EMQ": q.emq(p, prior),
                "rule anchors, PCC for the rest": with_known(p, fs),
                "rule anchors, PACC for the rest": anchored_pacc(p, fs, matrix(probs[rest], y[rest])),
                "PACC on the stages PCC gives 5% or more": restricted_pacc(p, M),
                "EM, damped prior (50 pseudo-posts)": damped_em(p, prior),
                "HDy, one stage against the rest": one_vs_rest(p, probs[train], y[train], "hdy"),
                "median sweep (MS), one stage against the rest":
                    one_vs_rest(p, probs[train], y[train], "ms")}
        if s != "mixed":
            near = min((o for o in sources if o != s), key=lambda o: np.abs(feat[o] - feat[s]).sum())
            mn = src == near
            ests["PACC, matrix half from the most similar source"] = q.pacc(
                p, 0.5 * matrix(probs[mn], y[mn]) + 0.5 * M)
        for name, est in ests.items():
            score(name, s, est, true)
        rng = np.random.default_rng(1000 + n)
        for k in (10, 25, 50):
            lab = rng.choice(len(idx), k, replace=False)
            pl, yl = p[lab], y[idx[lab]]
            est = q.ppi(p, pl, yl)
            score(f"k={k} labels alone", s, E[yl].mean(0), true)
            score(f"k={k} PPI (shipped)", s, est, true)
            score(f"k={k} PPI++ (tuned weight)", s, tuned_ppi(p, pl, yl), true)
            score(f"k={k} ratio estimator", s, ratio(p, pl, yl), true)
            near = closest(p, idx, fs, k)
            score(f"k={k} PPI, closest calls labelled", s, q.ppi(p, p[near], y[idx[near]]), true)
            if n % 5 == 0:  # the interval: a fifth of the draws (200 resamples each)
                low, high = q.bootstrap_interval(p, "ppi", labelled=(pl, yl))
                cover.setdefault(k, []).append(float(np.mean((low - 1e-9 <= true) & (true <= high + 1e-9))))

    print("\n## Stage shares: mean absolute error of the five shares\n")
    print("| method | " + " | ".join(sources) + " | **mean over sources** | mixed accounts |")
    print("|---|" + "---:|" * (len(sources) + 2))
    for name, row in results.items():
        cells = [f"{np.mean(row[s]):.3f}" for s in sources]
        mean = np.mean([np.mean(row[s]) for s in sources])
        mixed = f"{np.mean(row['mixed']):.3f}" if "mixed" in row else "–"
        print(f"| {name} | " + " | ".join(cells) + f" | **{mean:.3f}** | {mixed} |")
    print("\nPPI's 90% bootstrap interval holds the true share (all five shares, a fifth of the draws): "
          + ", ".join(f"k={k} {np.mean(v):.2f}" for k, v in cover.items()))
    print(f"\n{time.perf_counter() - t0:.0f}s in all")


if __name__ == "__main__":
    main()
