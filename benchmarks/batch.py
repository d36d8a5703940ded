"""Agency batch runs: wall time and peak memory with 1 and 2 worker processes.

Builds N client folders (a brief and P posts each, posts drawn from the corpus), runs
`planner batch` on them with --jobs 1 and --jobs 2 in this run, and prints both side
by side with the speed-up.

    python benchmarks/batch.py [--clients 200] [--posts 1000]
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
BRIEF = """product = "{product}"
platforms = ["instagram", "tiktok"]
posts_per_week = 5
start = 2027-01-04
weeks = 4
"""


def build(root: Path, clients: int, posts: int) -> None:
    with open(ROOT / "models" / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    rng = random.Random(7)
    for i in range(clients):
        d = root / f"client-{i:03d}"
        d.mkdir(parents=True)
        (d / "brief.toml").write_text(BRIEF.format(product=f"product {i}"), encoding="utf-8")
        with open(d / "posts.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["text"])
            w.writerows([rng.choice(texts)] for _ in range(posts))


def run(root: Path, jobs: int) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "planner", "batch", str(root), "--force",
                           "--jobs", str(jobs)], capture_output=True, text=True,
                          env={**os.environ, "PLANNER_HOME": str(root / ".home")})
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "clients"
        build(root, args.clients, args.posts)
        one, mem1 = run(root, 1)
        two, mem2 = run(root, 2)
    print(f"{args.clients} clients x {args.posts} posts")
    print(f"{'workers':>8} {'wall (s)':>10} {'clients/s':>10} {'peak MB (any process)':>22}")
    print(f"{1:>8} {one:>10.1f} {args.clients / one:>10.2f} {mem1:>22.0f}")
    print(f"{2:>8} {two:>10.1f} {args.clients / two:>10.2f} {mem2:>22.0f}")
    print(f"speed-up from 1 to 2 workers: {one / two:.2f}x")


if __name__ == "__main__":
    main()
