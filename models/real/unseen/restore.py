"""Rebuild the texts of the unseen-source check set (models/real/unseen/posts.csv) from
fetched copies of its two pinned public sources.

Stdlib only; nothing in the planner package or its tests imports this file.

The check set is 300 brand posts from two sources that neither the rules
(planner/stage/rules.py) nor the model saw while they were written or trained (see
models/data/SOURCES.md, "Unseen-source check set"). No licence is stated for either
source, so only ids, SHA-256s and labels are committed. This script reads every pinned
file (from a fetched mirror at the pinned commit, or from --from DIR/<source>/<path>),
checks the file's SHA-256, extracts each post's text the way the set was built, checks
each text against the SHA-256 in posts.csv and writes models/real/restored/unseen.csv
(that folder is not committed). Any mismatch stops it with one line naming what differs.

    .venv/bin/python models/real/unseen/restore.py
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MIRRORS = Path(os.environ.get("PLANNER_MIRRORS", "/work/.mirror"))
DEFAULT_POSTS = HERE / "posts.csv"
DEFAULT_OUT = HERE.parent / "restored" / "unseen.csv"
COLUMNS = ["id", "source", "text", "sha256", "platform", "kind"]

_TWINT = "data/queries/Twint/"
#: source -> (repository, commit, {path: file SHA-256}); every file is read, in this order
SOURCES: dict[str, tuple[str, str, dict[str, str]]] = {
    "eyestagram": ("orientearlgrey/eyestagram", "c2c994051508b1dd57b3189bd4b8e26d9be4fa25", {
        "lib/brands.dart": "3f02f523bdc8858b655a0c3a5d32a23899ea923b238e63069e1bc30b8a0efdb4",
    }),
    "fashion_x": ("Howquez/mvfw", "b8bfbee350d9d71052d3b23b6240a385134c5abf", {_TWINT + p: h for p, h in (
        ("brands/Charles_Keith.csv", "99d8013fcd5def60fad4577bd3c2c83f91d2826983e048441b3e8b84e2a28cab"),
        ("brands/EtroOfficial.csv", "1e4813e3d586ea3627085c75033628134f2af84975838eaccc4992867854d924"),
        ("brands/HoganBrand.csv", "4ac8eb3dcb352c55da5162d18a6c0d50e82cc429ddec1b36c1581b6e3f653854"),
        ("brands/PUMA.csv", "16adb0aafa6d468b2f2b3ff4c4280d19aff941287aea35625ed61cd1637d29a2"),
        ("brands/PerryEllis.csv", "6a191d199968f5f5ff4ee47a1c3b25643f23d9f36420341781acb031ed1e5624"),
        ("brands/VAULTswiss.csv", "c29c3ae43590b712ef323c9b487087b3c241758aa1d3443b6a45c039bd61897e"),
        ("brands/dkny.csv", "a8962ab968c8d30cbeab46df1c7ed8f3e244a9e516cdf7110220f0657aa31ad1"),
        ("brands/dolcegabbana.csv", "650d97e85347e6c08d6d24a3adff741998e99f73dd991e5a74fd72d67bc79716"),
        ("brands/dressxcom.csv", "0cc4550a50f600539083e05a72c21197ed8d8fbd7f88066d50769118966fc1ed"),
        ("brands/esteelauder.csv", "b18d86ff5b09297ba8e298fe62427bfc766a5122068bdfd6cff0833a70772ff0"),
        ("brands/forever21.csv", "15a75802df4f2fb5007285236f52c95ba4d3f4f23cf579ed5d83cb37f53ee281"),
        ("brands/tommyhilfiger.csv", "99aae7cf9fb60f4d34cbfb3ae73d8282f1eaba8dc2b644c42c2275af5338ce70"),
        ("milanfw/Charles_Keith.csv", "de4f71474ce9161aa8d3bcec95e404707d2921488f532bd1c44b0450ea8a1557"),
        ("milanfw/EtroOfficial.csv", "5b0d024ed81be000690783df20b17eac714a7c9ed55c42b82f67d99e6b2ffebb"),
        ("milanfw/HoganBrand.csv", "a8f27eebd4e83950b78e2e62d9b2d63fbc9a1670ece399b694ec3e2496fae882"),
        ("milanfw/McQueen.csv", "680361824b5408a7ec671d3bb0ecd4618bcf7cb992cf529a4389ed3bd6fae36e"),
        ("milanfw/PerryEllis.csv", "175084e35671b21fe586084fe1b8b5efb6fc83887371080f2fc1ab4f01e84b28"),
        ("milanfw/Selfridges.csv", "67c83ebb3ecadd71bc2ae46a392811f1b65c1323f5399b33e5540c2aaeffe4bd"),
        ("milanfw/dolcegabbana.csv", "bfa4be9d66c26070a63d1be8c123c2824343620c339dfdea291455fb283440bc"),
        ("milanfw/esteelauder.csv", "e88e9d7dfedbc9990efa205cfd6e116c5048206a41ea3d2aba4cde0b8a317ac9"),
        ("milanfw/forever21.csv", "281a66e0b7c957b16ec9b919685d73d65450cec4406911ab23ab5ba00342d183"),
        ("milanfw/philipp_plein.csv", "f3af19e99e7cac7a103129392565be8ffd58926a34ccbf6dbf6882c4a6c6c4c0"),
        ("milanfw/tommyhilfiger.csv", "cb0198eeb3806292e21cd0af06101a6e85d23407c96e5ccff0608e1b698f4db2"),
        ("nyfw/tommyhilfiger.csv", "2a04970e1b5b11e40c2530b4075ad70b860ca23d48a6326d167e0b5112394493"),
    )}),
}


class RestoreError(Exception):
    pass


def sha256_text(text: str) -> str:
    """The recorded hash: of the text in NFC, whitespace collapsed, stripped (as models/real)."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


def _git_dir(root: Path) -> Path:
    for cand in (root / "repo" / ".git", root / "repo", root):
        if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
            return cand
    raise RestoreError(f"{root}: no fetched git directory here")


def read_file(source: str, path: str, mirrors: Path, from_dir: Path | None) -> bytes:
    repo, commit, pinned = SOURCES[source]
    if from_dir is not None:
        where = from_dir / source / path
        try:
            data = where.read_bytes()
        except OSError:
            raise RestoreError(f"{where}: missing (expected {repo}@{commit[:12]}:{path})") from None
    else:
        git_dir = _git_dir(mirrors / repo.replace("/", "+"))
        proc = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                              capture_output=True)
        if proc.returncode != 0:
            raise RestoreError(f"{git_dir}: cannot read {commit[:12]}:{path} "
                               f"(fetch {repo} first, or pass --from DIR)")
        data, where = proc.stdout, f"{git_dir}:{path}"
    got = hashlib.sha256(data).hexdigest()
    if got != pinned[path]:
        raise RestoreError(f"{where}: SHA-256 {got[:16]}… is not the pinned {pinned[path][:16]}…")
    return data


_DART_ESC = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v"}


def _dart_literal(s: str, i: int) -> tuple[str, int]:
    """One single- or double-quoted Dart string literal starting at s[i]: (value, end)."""
    q, out, i = s[i], [], i + 1
    while True:
        c = s[i]
        if c == "\\":
            n = s[i + 1]
            if n == "u" and s[i + 2] == "{":
                j = s.index("}", i)
                out.append(chr(int(s[i + 3:j], 16)))
                i = j + 1
            elif n == "u":
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
            elif n == "x":
                out.append(chr(int(s[i + 2:i + 4], 16)))
                i += 4
            else:
                out.append(_DART_ESC.get(n, n))
                i += 2
            continue
        if c == q:
            return "".join(out), i + 1
        out.append(c)
        i += 1


def eyestagram_texts(data: bytes) -> dict[str, str]:
    """lib/brands.dart: index -> {ig_handle, more, fold[, copy]}; the caption is `copy` when
    more == 'true', else `fold`."""
    src, out = data.decode("utf-8"), {}
    key_re, sep_re = re.compile(r"\s*(?:'(\w+)':\s*|\})"), re.compile(r"\s*,?")
    for m in re.finditer(r"\n  (\d+): \{", src):
        i, rec = m.end(), {}
        while True:
            k = key_re.match(src, i)
            if k.group(0).strip() == "}":
                break
            rec[k.group(1)], i = _dart_literal(src, k.end())
            i = sep_re.match(src, i).end()
        out[f"eyestagram:{m.group(1)}"] = rec["copy"] if rec["more"] == "true" else rec["fold"]
    return out


def twint_texts(data: bytes) -> dict[str, str]:
    """A Twint export (tab-separated): tweet id -> the tweet, HTML entities decoded."""
    return {f"fashion_x:{row['id']}": html.unescape(row["tweet"])
            for row in csv.DictReader(io.StringIO(data.decode("utf-8")), delimiter="\t")}


def source_texts(source: str, mirrors: Path, from_dir: Path | None) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in SOURCES[source][2]:
        data = read_file(source, path, mirrors, from_dir)
        for pid, text in (eyestagram_texts(data) if source == "eyestagram" else twint_texts(data)).items():
            texts.setdefault(pid, text)  # the first file that has a tweet id gives its text
    return texts


def restore(posts_path: Path, mirrors: Path, from_dir: Path | None) -> list[dict]:
    try:
        with posts_path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise RestoreError(f"{posts_path}: cannot read ({exc.strerror})") from None
    if not rows or set(COLUMNS) - set(rows[0]):
        raise RestoreError(f"{posts_path}: not a posts file (columns {', '.join(COLUMNS)})")
    texts: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        if row["source"] not in SOURCES:
            raise RestoreError(f"{posts_path}:{line}: unknown source {row['source']!r}")
    for source in sorted({r["source"] for r in rows}):
        texts.update(source_texts(source, mirrors, from_dir))
    for line, row in enumerate(rows, start=2):
        text = texts.get(row["id"])
        if text is None:
            raise RestoreError(f"{posts_path}:{line}: {row['id']}: not found in the source files")
        if sha256_text(text) != row["sha256"]:
            raise RestoreError(f"{posts_path}:{line}: {row['id']}: text does not match its SHA-256")
        row["text"] = text
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "),
                                 epilog="Sources, commits and licences: models/data/SOURCES.md.")
    ap.add_argument("--posts", type=Path, default=DEFAULT_POSTS, help="posts file (default: %(default)s)")
    ap.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                    help="folder of fetched mirrors named owner+repo (default: %(default)s)")
    ap.add_argument("--from", dest="from_dir", type=Path,
                    help="read raw files from DIR/<source>/<path in the repository> instead")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        rows = restore(args.posts, args.mirrors, args.from_dir)
    except RestoreError as exc:
        print(f"restore: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows({k: r[k] for k in COLUMNS} for r in rows)
    tmp.replace(args.out)
    print(f"{len(rows)} texts restored and checked -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
