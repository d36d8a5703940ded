"""Classification throughput: the whole `planner classify` process vs a bare TF-IDF + LR.

Prints posts/second for 1k, 10k and 100k distinct posts through the real CLI process
(interpreter start-up, reading the CSV, tokenising, lemmas, cues, the model, writing
the CSV) beside a bare scikit-learn TF-IDF + LogisticRegression ``predict_proba`` on
the same texts in the same run, plus peak memory, the start-up cost and the latency of
one post once the model is loaded (compiled path and spaCy + scikit-learn path).

The planner processes start as an installed package does, from compiled bytecode: they
keep it in a private cache (a temporary PYTHONPYCACHEPREFIX, filled by one untimed run)
even where PYTHONDONTWRITEBYTECODE is set, so the figures do not include compiling the
package's source, which a fresh process otherwise does every time.

    python benchmarks/classify.py [--sizes 1000,10000,100000] [--repeat N] [--pythonpath DIR]

``CPU ratio`` is the same comparison in posts per CPU second (all of the planner's
processes counted): on a machine other work keeps busy it moves less than the rate.
``--repeat N`` times every size N times and prints the quickest of each (the planner and
the bare model alike); ``--pythonpath DIR`` runs the planner found in DIR (a ``git
archive`` of another commit, say) instead of this checkout.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus() -> tuple[list[str], list[str]]:
    with open(ROOT / "models" / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["stage"] for r in rows]


def make_posts(texts: list[str], n: int, seed: int = 1) -> list[str]:
    """``n`` distinct posts: the first half of one corpus post joined to the second half of
    another, and one in three given a one-off order number, link or handle, so no post (and
    few rare words) repeats the way a resampled corpus would."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.choice(texts).split(" "), rng.choice(texts).split(" ")
        words = a[:max(1, len(a) // 2)] + b[len(b) // 2:]
        roll = rng.random()
        if roll < 0.11:
            words.append(f"order #{rng.randrange(10**6, 10**7)}")
        elif roll < 0.22:
            words.append(f"https://shop.example/p/{rng.randrange(16**6):06x}")
        elif roll < 0.33:
            words.insert(0, f"@user{i}")
        out.append(" ".join(words))
    return out


def bare_baseline(train_texts, train_labels, texts) -> tuple[float, float]:
    """(posts per second, posts per CPU second) of the bare model's ``predict_proba``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    pipe.fit(train_texts, train_labels)
    t0, c0 = time.perf_counter(), time.process_time()
    pipe.predict_proba(texts)
    return len(texts) / (time.perf_counter() - t0), len(texts) / (time.process_time() - c0)


#: how the planner processes run: set by main()
ENV: dict[str, str] = dict(os.environ)
CWD: str | None = None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole_process(texts: list[str]) -> tuple[float, float, float]:
    """(posts per second, peak MB, posts per CPU second, the worker processes' CPU included)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["text"])
            w.writerows([t] for t in texts)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0, c0 = time.perf_counter(), _children_cpu()
        subprocess.run([sys.executable, "-m", "planner", "classify", str(path), "--format", "csv"],
                       check=True, stdout=subprocess.DEVNULL, env=ENV, cwd=CWD)
        elapsed, cpu = time.perf_counter() - t0, _children_cpu() - c0
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return len(texts) / elapsed, peak / 1024, len(texts) / cpu


def _timed(run) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def one_post_latency(reference: bool = False) -> float:
    from planner.stage.model import load_model

    model = load_model()
    post = ["Use code GLOW15 for 15% off our soy candles, this week only!"]
    model.probabilities(["warm-up"], reference=reference)
    t0 = time.perf_counter()
    for _ in range(50):
        model.probabilities(post, reference=reference)
    return (time.perf_counter() - t0) / 50 * 1000


def main() -> None:
    global CWD
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the quickest counts")
    parser.add_argument("--pythonpath", help="run the planner found here instead")
    args = parser.parse_args()
    texts, labels = corpus()
    with tempfile.TemporaryDirectory() as cache:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        ENV["PYTHONPYCACHEPREFIX"] = cache
        if args.pythonpath:  # run outside the checkout, whose planner/ would come first
            ENV["PYTHONPATH"] = args.pythonpath
            CWD = cache
        whole_process(texts[:1])  # fills the bytecode cache; not timed
        where = subprocess.run([sys.executable, "-c", "import planner; print(planner.__file__)"],
                               capture_output=True, text=True, env=ENV, cwd=CWD).stdout.strip()
        print(f"planner from {Path(where).parent.parent}; quickest of {args.repeat} run(s) per size")
        print(f"{'posts':>8} {'planner classify (posts/s)':>28} {'bare TF-IDF+LR (posts/s)':>26} "
              f"{'ratio':>7} {'peak MB':>9} {'CPU ratio':>10}")
        for n in (int(s) for s in args.sizes.split(",")):
            sample = make_posts(texts, n)
            runs = [whole_process(sample) for _ in range(args.repeat)]
            whole, peak, whole_cpu = (max(r[i] for r in runs) for i in range(3))
            bares = [bare_baseline(texts, labels, sample) for _ in range(args.repeat)]
            bare, bare_cpu = max(b[0] for b in bares), max(b[1] for b in bares)
            print(f"{n:>8} {whole:>28.0f} {bare:>26.0f} {whole / bare:>7.2f} {peak:>9.0f} "
                  f"{whole_cpu / bare_cpu:>10.2f}", flush=True)
        start = min(_timed(lambda: whole_process(texts[:1])) for _ in range(args.repeat))
        print(f"start-up (a whole process classifying one post): {start:.2f} s")
    if args.pythonpath:
        return  # the latency below is measured in this process, on this checkout
    print(f"one post, model loaded: {one_post_latency():.2f} ms "
          f"(spaCy + scikit-learn reference path: {one_post_latency(reference=True):.2f} ms)")


if __name__ == "__main__":
    main()
