"""The real-post development set as training data: ids, sources and labels from
``models/real/`` (committed) and the texts ``models/real/restore.py`` restores locally.

The texts are never committed (models/data/SOURCES.md), so a model trained on them can only
be rebuilt where they have been restored; every text is checked against the SHA-256 that
``models/real/posts.csv`` records for it, so the rebuild is the same everywhere.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from pathlib import Path

from planner.domain.funnel import STAGES
from planner.domain.post import Post
from planner.errors import PlannerError
from planner.resources import models_dir

#: the weight of an authored corpus post beside a real one (chosen by leave-one-source-out
#: on the real development set: benchmarks/real_posts.py)
AUTHORED_WEIGHT = 0.3
#: the weight of a seller's own /label correction beside a corpus post
CORRECTION_WEIGHT = 3.0

RESTORE_HINT = ("run `python models/real/restore.py` (it restores the real-post texts from "
                "their pinned public sources; they are never committed)")


def real_dir() -> Path:
    return models_dir() / "real"


def restored_path() -> Path:
    return real_dir() / "restored" / "posts.csv"


def restored() -> bool:
    """Whether the real-post texts have been restored here."""
    return restored_path().is_file()


def _text_sha256(text: str) -> str:
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise PlannerError(f"missing column(s) {', '.join(missing)}", source=path)
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise PlannerError(f"cannot read it ({type(exc).__name__})", source=path) from None


def load_real_posts() -> list[Post]:
    """Every labelled real post, text restored and checked, in ``posts.csv`` order; each
    carries its source in ``extra["source"]``. A missing or stale restore is one clear error."""
    path = restored_path()
    if not path.is_file():
        raise PlannerError(f"the real-post texts are not restored here; {RESTORE_HINT}", source=path)
    pinned = _rows(real_dir() / "posts.csv", ("id", "source", "sha256"))
    labels = _rows(real_dir() / "labels.csv", ("id", "stage"))
    texts = {r["id"]: r for r in _rows(path, ("id", "text"))}
    stage = {}
    for line, row in enumerate(labels, start=2):
        if row["stage"] not in STAGES:
            raise PlannerError(f"line {line}: stage {row['stage']!r} is not one of {', '.join(STAGES)}",
                               source=real_dir() / "labels.csv")
        stage[row["id"]] = row["stage"]
    posts = []
    for row in pinned:
        got = texts.get(row["id"])
        if got is None or _text_sha256(got["text"]) != row["sha256"]:
            raise PlannerError(f"post {row['id']} is missing or differs from models/real/posts.csv "
                               f"(restored from another version?); {RESTORE_HINT}", source=path)
        if row["id"] not in stage:
            raise PlannerError(f"post {row['id']} has no label", source=real_dir() / "labels.csv")
        posts.append(Post(text=got["text"], id=row["id"], stage=stage[row["id"]], source=str(path),
                          extra={"source": row["source"], "domain": "real"}))
    return posts


def weight_of(post: Post) -> float:
    """A training post's sample weight (``extra["weight"]``, else 1)."""
    try:
        return float(post.extra.get("weight", 1.0))
    except (TypeError, ValueError):
        return 1.0
