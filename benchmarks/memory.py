"""Peak memory of `planner classify` and `planner report` on one large generated CSV, beside a
baseline reading the same file with the csv module.

Writes a posts CSV of about ``--mb`` megabytes (text, date, platform; distinct posts made
as benchmarks/classify.py makes them), then runs each command in a fresh process and
prints its peak resident memory (the largest single process: the command or one of its
workers) and wall time. It prints figures and asserts nothing.

    python benchmarks/memory.py [--mb 190] [--pythonpath DIR]

``--pythonpath DIR`` runs the planner found in DIR instead of this checkout (for a
before/after comparison: ``git archive COMMIT | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: Runs argv[1:] and prints the peak RSS (KiB, as Linux reports it) of the largest process it waited for.
PEAK = ("import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")

BASELINES = {
    "csv module, row by row": ("import csv, sys\ncsv.field_size_limit(1 << 24)\n"
                               "with open(sys.argv[1], newline='', encoding='utf-8') as fh:\n"
                               "    n = sum(1 for _ in csv.reader(fh))\n"),
    "csv module, all rows in a list": ("import csv, sys\ncsv.field_size_limit(1 << 24)\n"
                                       "with open(sys.argv[1], newline='', encoding='utf-8') as fh:\n"
                                       "    rows = list(csv.reader(fh))\n"),
}


def write_csv(path: Path, megabytes: float, seed: int = 5) -> int:
    """A posts CSV of about ``megabytes`` MB; returns the number of posts."""
    from classify import corpus, make_posts

    texts, _ = corpus()
    pool = make_posts(texts, 50_000, seed=seed)
    rng = random.Random(seed)
    platforms = ["instagram", "x", "tiktok", "facebook", "linkedin"]
    limit = int(megabytes * 1024 * 1024)
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "date", "platform"])
        while fh.tell() < limit:
            rows = [[f"{pool[(n + i) % len(pool)]} #{n + i}",
                     f"2026-{1 + (n + i) % 12:02d}-{1 + (n + i) % 28:02d}", rng.choice(platforms)]
                    for i in range(10_000)]
            w.writerows(rows)
            n += len(rows)
    return n


def peak(argv: list[str], env: dict[str, str], cwd: str) -> tuple[int, float, float]:
    """(exit status, peak MB, seconds) of one command in a fresh process, run in ``cwd``
    (not the checkout, whose planner/ would come before PYTHONPATH for ``-m planner``)."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK, *argv], capture_output=True, text=True,
                         env=env, cwd=cwd, check=True).stdout.split()
    return int(out[0]), int(out[1]) / 1024, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=190.0, help="size of the generated CSV")
    parser.add_argument("--pythonpath", help="run the planner found here instead")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": args.pythonpath or str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        env["PLANNER_HOME"] = str(Path(tmp) / "home")
        path = Path(tmp) / "posts.csv"
        posts = write_csv(path, args.mb)
        size = path.stat().st_size / (1024 * 1024)
        where = subprocess.run([sys.executable, "-c", "import planner; print(planner.__file__)"],
                               capture_output=True, text=True, env=env, cwd=tmp).stdout.strip()
        print(f"{path.name}: {size:.0f} MB, {posts:,} posts; planner from {Path(where).parent}")
        print(f"{'what':<34} {'peak MB':>8} {'seconds':>8}  status")
        runs = [(name, [sys.executable, "-c", code, str(path)]) for name, code in BASELINES.items()]
        runs += [("planner classify --format csv", [sys.executable, "-m", "planner", "classify",
                                                    str(path), "--format", "csv"]),
                 ("planner report --format json", [sys.executable, "-m", "planner", "report",
                                                   str(path), "--format", "json"])]
        for name, argv in runs:
            code, mb, seconds = peak(argv, env, tmp)
            print(f"{name:<34} {mb:>8.0f} {seconds:>8.1f}  {'ok' if code == 0 else f'exit {code}'}",
                  flush=True)


if __name__ == "__main__":
    main()
