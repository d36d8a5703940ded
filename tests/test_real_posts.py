"""The real-post development set (models/real/posts.csv): schema, ids, hashes, source mix.

Offline: reads only the committed CSV; never imports models/real/build.py.
"""
import csv
import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

POSTS = Path(__file__).resolve().parent.parent / "models" / "real" / "posts.csv"
COLUMNS = ["id", "source", "text", "sha256", "platform", "kind"]


def sha256_text(text: str) -> str:
    """The recorded hash: of the text in NFC, whitespace collapsed, stripped."""
    return hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def rows():
    with POSTS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_every_row_is_complete(rows):
    assert len(rows) >= 2000
    for row in rows:
        assert re.fullmatch(r"[a-z0-9_]+:\S+", row["id"]), row["id"]
        assert row["id"].split(":", 1)[0] == row["source"], row["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", row["sha256"]), row["id"]
        assert row["platform"] and row["kind"], row["id"]


def test_ids_and_texts_are_unique(rows):
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["sha256"] for r in rows}) == len(rows)


def test_shipped_texts_match_their_hashes(rows):
    for row in rows:
        if row["text"]:
            assert row["text"] == " ".join(row["text"].split()), row["id"]
            assert sha256_text(row["text"]) == row["sha256"], row["id"]


def test_hash_is_of_the_normalised_text():
    assert sha256_text("  Shop\tnow\n") == sha256_text("Shop now")
    assert sha256_text("Shop now") != sha256_text("shop now")


def test_enough_sources_and_none_dominates(rows):
    counts = Counter(r["source"] for r in rows)
    assert len(counts) >= 8, counts
    assert max(counts.values()) <= 0.25 * len(rows), counts


def test_restored_texts_if_present_match(rows):
    """models/real/restore.py writes restored/posts.csv locally (not committed); when it is there, it must agree."""
    restored = POSTS.parent / "restored" / "posts.csv"
    if not restored.is_file():
        pytest.skip("no restored texts here (run models/real/restore.py)")
    with restored.open(encoding="utf-8", newline="") as fh:
        got = {r["id"]: r for r in csv.DictReader(fh)}
    assert set(got) == {r["id"] for r in rows}
    for row in rows:
        assert sha256_text(got[row["id"]]["text"]) == row["sha256"], row["id"]
