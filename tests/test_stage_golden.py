"""The shipped stage model's labels on fixed samples of posts, against a stored list.

A change meant to make classifying faster (or tidier) must not change a label: every
sampled post keeps the stage recorded in ``tests/golden/stage_labels.csv``. The samples:
authored corpus posts, generated posts (halves of two corpus posts joined, some with a
one-off order number, link or handle, as ``benchmarks/classify.py`` makes them) and, when
the real development set's texts have been restored (``models/real/restore.py``), real
posts. A new model changes labels on purpose: then run ``pytest --update-golden``.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from planner.resources import models_dir

GOLDEN = Path(__file__).parent / "golden" / "stage_labels.csv"
RESTORED = models_dir() / "real" / "restored" / "posts.csv"


def _corpus() -> list[str]:
    with open(models_dir() / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        return [r["text"] for r in csv.DictReader(fh)]


def _generated(texts: list[str], n: int) -> list[str]:
    rng = random.Random(15)
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


def samples() -> dict[str, dict[str, str]]:
    """sample → key → text: every 12th corpus post, 400 generated posts and (if restored)
    every 8th real development post."""
    corpus = _corpus()
    out = {"corpus": {str(i): t for i, t in enumerate(corpus) if i % 12 == 0},
           "generated": {str(i): t for i, t in enumerate(_generated(corpus, 400))}}
    if RESTORED.is_file():
        with open(RESTORED, newline="", encoding="utf-8") as fh:
            rows = sorted(csv.DictReader(fh), key=lambda r: r["id"])
        out["real"] = {r["id"]: r["text"] for i, r in enumerate(rows) if i % 8 == 0}
    return out


def labels(sets: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    """(sample, key) → the stage the shipped model gives (the path ``classify`` takes)."""
    from planner.stage.model import load_model

    model = load_model()
    out = {}
    for name, posts in sets.items():
        keys = list(posts)
        for key, prediction in zip(keys, model.predict([posts[k] for k in keys])):
            out[(name, key)] = prediction.stage
    return out


def _read() -> dict[tuple[str, str], str]:
    with open(GOLDEN, newline="", encoding="utf-8") as fh:
        return {(r["sample"], r["key"]): r["stage"] for r in csv.DictReader(fh)}


def _write(found: dict[tuple[str, str], str]) -> None:
    with open(GOLDEN, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["sample", "key", "stage"])
        w.writerows([s, k, stage] for (s, k), stage in found.items())


def test_the_shipped_model_keeps_every_label(request):
    sets = samples()
    found = labels(sets)
    if request.config.getoption("--update-golden"):
        if "real" not in sets:  # keep the real posts' labels of the last restored run
            found.update({k: v for k, v in _read().items() if k[0] == "real"})
        _write(found)
    golden = _read()
    expected = {k: v for k, v in golden.items() if k[0] in sets}
    assert len(expected) >= 800 and set(found) == set(expected), "samples changed: pytest --update-golden"
    changed = [(k, expected[k], found[k]) for k in expected if found[k] != expected[k]]
    assert not changed, f"{len(changed)} labels changed (a new model? pytest --update-golden): {changed[:5]}"
