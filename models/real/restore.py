"""Rebuild the texts of models/real/posts.csv from fetched copies of its pinned sources.

Stdlib only; nothing in the planner package or its tests imports this file.

posts.csv holds, for every post, its id, source and the SHA-256 of its normalised
text. This script reads each source file (from a fetched git mirror at the pinned
commit, or from --from DIR/<source>/<file name>), checks the file's SHA-256, extracts
and cleans the texts exactly as build.py does, and writes a copy of posts.csv with
every text filled in, after checking each text against its recorded SHA-256. Any
mismatch stops it with one line naming the file, line and id.

The output is for local use (training, labelling); it is not committed.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402  (the sibling script: one extraction and cleaning for both)

DEFAULT_OUT = build.HERE / "restored" / "posts.csv"


class RestoreError(Exception):
    pass


def rebuilt_texts(mirrors: Path | None, from_dir: Path | None, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for src in build.SOURCES:
        if build.group_of(src.key) not in wanted:
            continue
        data = build.read_source(src, mirrors, from_dir)
        for post in build.candidates(src, data, {"read": 0}):
            texts.setdefault(post.id, post.text)
    return texts


def restore(posts_path: Path, mirrors: Path | None, from_dir: Path | None) -> list[dict]:
    try:
        with posts_path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise RestoreError(f"{posts_path}: cannot read ({exc.strerror})") from None
    if not rows or set(build.COLUMNS) - set(rows[0]):
        raise RestoreError(f"{posts_path}: not a posts file (columns {', '.join(build.COLUMNS)})")
    texts = rebuilt_texts(mirrors, from_dir, {r["source"] for r in rows if not r["text"]})
    for line, row in enumerate(rows, start=2):
        text = row["text"] or texts.get(row["id"])
        if text is None:
            raise RestoreError(f"{posts_path}:{line}: {row['id']}: not found in the source file")
        if build.sha256_text(text) != row["sha256"]:
            raise RestoreError(f"{posts_path}:{line}: {row['id']}: text does not match its SHA-256 "
                               "(the source or the cleaning changed)")
        row["text"] = text
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="Sources, commits and licences: models/data/SOURCES.md.")
    ap.add_argument("--posts", type=Path, default=build.DEFAULT_OUT, help="posts file (default: %(default)s)")
    ap.add_argument("--mirrors", type=Path, default=build.DEFAULT_MIRRORS,
                    help="folder of fetched mirrors named owner+repo (default: %(default)s)")
    ap.add_argument("--from", dest="from_dir", type=Path,
                    help="read raw files from DIR/<source>/<file name> instead of git mirrors")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        rows = restore(args.posts, args.mirrors, args.from_dir)
    except (RestoreError, build.SourceError) as exc:
        print(f"restore: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=build.COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows({k: r[k] for k in build.COLUMNS} for r in rows)
    tmp.replace(args.out)
    print(f"{len(rows)} texts restored and checked -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
