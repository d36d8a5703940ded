"""Which posts to label next (planner/stage/suggest.py): the closest calls, spread over the
pairs of stages the model hesitates between, the same every time, and the same whether the
posts come at once or a chunk at a time."""

import numpy as np
import pytest

from planner.domain.funnel import STAGES
from planner.stage.suggest import MAX_MARGIN, pick, shortlist, to_label


def row(first: str, p1: float, second: str, p2: float) -> list[float]:
    """Probabilities in STAGES order: ``p1`` on ``first``, ``p2`` on ``second``, the rest spread."""
    rest = (1.0 - p1 - p2) / 3
    return [p1 if s == first else p2 if s == second else rest for s in STAGES]


def test_picks_the_closest_calls_closest_first():
    probs = [row("awareness", 0.9, "loyalty", 0.05),          # sure: never offered
             row("conversion", 0.45, "consideration", 0.40),  # margin 0.05
             row("awareness", 0.50, "consideration", 0.20),   # 0.30
             row("loyalty", 0.41, "advocacy", 0.40),          # 0.01
             row("awareness", 0.34, "consideration", 0.33)]   # 0.01, a pair of its own
    got = to_label(probs, ["a", "b", "c", "d", "e"], k=3)
    assert [t.number for t in got] == [4, 5, 2]
    assert (got[0].first, got[0].second) == ("loyalty", "advocacy")
    assert got[0].margin == pytest.approx(0.01)


def test_respects_k_and_the_margin_bar():
    probs = [row("awareness", 0.4 + i / 100, "loyalty", 0.3) for i in range(20)]
    texts = [f"post {i}" for i in range(20)]
    assert len(to_label(probs, texts, k=3)) == 3
    assert len(to_label(probs, texts)) == 5
    assert to_label(probs, texts, k=0) == []
    sure = [row("awareness", 0.8, "loyalty", 0.8 - MAX_MARGIN)]  # exactly the bar: not offered
    assert to_label(sure, ["x"]) == []


def test_spread_over_the_pairs_of_stages_before_the_next_closest_call():
    # five close calls between awareness and consideration, then one between conversion and
    # loyalty that is less close: the pair not yet asked about comes in before the fifth
    probs = [row("awareness", 0.40, "consideration", 0.39 - i / 100) for i in range(5)]
    probs.append(row("conversion", 0.50, "loyalty", 0.30))
    got = to_label(probs, [f"t{i}" for i in range(6)], k=3)
    assert {t.pair for t in got} == {("awareness", "consideration"), ("conversion", "loyalty")}
    assert [t.number for t in got] == [1, 2, 6]


def test_ties_go_to_the_post_read_first_and_repeats_are_offered_once():
    probs = [row("awareness", 0.4, "consideration", 0.3)] * 4
    got = to_label(probs, ["Same text", "same  TEXT", "other", "third"], k=3)
    assert [t.number for t in got] == [1, 3, 4]
    assert to_label(probs, ["", "  ", "x", "y"], k=5) == to_label(probs, ["", "  ", "x", "y"])
    assert [t.number for t in to_label(probs, ["", "  ", "x", "y"])] == [3, 4]


def test_excluded_posts_are_never_offered():
    probs = [row("awareness", 0.4, "consideration", 0.39), row("loyalty", 0.4, "advocacy", 0.3)]
    assert [t.number for t in to_label(probs, ["a", "b"], exclude={0})] == [2]


@pytest.mark.parametrize("seed", range(5))
def test_a_chunk_at_a_time_picks_what_all_at_once_picks(seed):
    rng = np.random.default_rng(seed)
    n = 400
    probs = rng.dirichlet(np.ones(5) * 0.7, size=n)
    texts = [f"post {int(i)}" for i in rng.integers(0, 300, size=n)]  # some repeats
    whole = to_label(probs, texts, k=5)
    kept, start = [], 0
    for size in rng.integers(1, 60, size=100):
        if start >= n:
            break
        kept = shortlist(probs[start:start + size], texts[start:start + size], start=start,
                         kept=kept)
        start += int(size)
    assert pick(kept) == whole and len(whole) == 5
    assert len(kept) <= 5 * 10
    assert to_label(probs, texts) == whole  # the same posts, the same pick


def test_rows_and_texts_must_match():
    with pytest.raises(ValueError):
        shortlist([row("awareness", 0.4, "loyalty", 0.3)], ["a", "b"])
