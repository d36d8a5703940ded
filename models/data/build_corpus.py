"""Merge the raw labelled parts (raw/*.jsonl) into corpus.csv with a fixed held-out split.

Run from the repository root: python models/data/build_corpus.py
The split is decided by a hash of each post's near-duplicate group, so a post and
its near-twins always land on the same side, and the split never changes when
unrelated posts are added.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from planner.domain.funnel import STAGES
from planner.stage.train import group_key  # the split keeps CV's near-duplicate groups

TEST_SHARE = 15  # percent held out


def main() -> int:
    rows, seen = [], set()
    for part in sorted((HERE / "raw").glob("*.jsonl")):
        for n, line in enumerate(part.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"].strip()
            if rec["stage"] not in STAGES:
                raise SystemExit(f"{part.name}:{n}: bad stage {rec['stage']!r}")
            if not text or text in seen:
                continue
            seen.add(text)
            digest = hashlib.sha256(group_key(text).encode()).digest()
            split = "test" if digest[0] * 100 // 256 < TEST_SHARE else "train"
            rows.append([text, rec["stage"], rec.get("platform", ""), rec.get("industry", ""),
                         rec.get("kind", ""), part.stem.rsplit("_", 1)[0], split])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["text", "stage", "platform", "industry", "kind", "slice", "split"])
    w.writerows(rows)
    (HERE / "corpus.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts = {s: sum(r[1] == s for r in rows) for s in STAGES}
    test = sum(r[6] == "test" for r in rows)
    print(f"{len(rows)} posts ({test} held out): {counts}", file=sys.stderr)
    write_stats(rows)
    return 0


def _table(rows, col: int, title: str) -> list[str]:
    from collections import Counter

    counts = Counter(r[col] or "(none)" for r in rows)
    out = [f"| {title} | posts |", "|---|---:|"]
    out += [f"| {k} | {v} |" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return out


def write_stats(rows) -> None:
    """Rewrite the generated part of README.md (between the markers) with current counts."""
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- stats:start -->", "<!-- stats:end -->"
    test = sum(r[6] == "test" for r in rows)
    lines = [start, "", f"{len(rows)} posts: {len(rows) - test} for training, {test} held out.", ""]
    for col, title in ((1, "stage"), (2, "platform"), (4, "kind"), (5, "slice")):
        lines += _table(rows, col, title) + [""]
    industries = len({r[3] for r in rows if r[3]})
    lines += [f"{industries} distinct industry labels.", "", end]
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    readme.write_text(head + "\n".join(lines) + tail, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
