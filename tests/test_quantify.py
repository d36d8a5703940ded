"""Quantification (planner/planning/quantify.py) on textbook cases: exact posteriors under a
known training prior, a known error matrix, degenerate inputs, and the report's interval."""

import numpy as np
import pytest

from planner.planning import quantify as q


def _posteriors(rng, n, prior, train_prior):
    """Posts drawn with stage ``prior`` from three Gaussian classes; their exact posteriors
    computed as a model calibrated for ``train_prior`` would give them."""
    means = np.array([-2.0, 0.0, 2.0])
    y = rng.choice(3, size=n, p=prior)
    x = rng.normal(means[y], 1.0)
    like = np.exp(-0.5 * (x[:, None] - means[None, :]) ** 2)
    post = like * train_prior
    return post / post.sum(axis=1, keepdims=True), y


def test_emq_recovers_a_shifted_prior_that_counting_misses():
    rng = np.random.default_rng(0)
    train = np.array([1 / 3, 1 / 3, 1 / 3])
    true = np.array([0.7, 0.2, 0.1])
    probs, y = _posteriors(rng, 20_000, true, train)
    emq = q.emq(probs, train)
    assert np.abs(emq - true).max() < 0.02
    assert np.abs(q.probabilistic_count(probs) - true).max() > 0.05  # PCC is biased toward train


def test_pacc_inverts_a_known_error_matrix():
    matrix = np.array([[0.8, 0.2, 0.0], [0.1, 0.7, 0.2], [0.0, 0.3, 0.7]])
    true = np.array([0.5, 0.3, 0.2])
    probs = np.tile(matrix.T @ true, (10, 1))  # every post at the expected mean probabilities
    assert np.allclose(q.pacc(probs, matrix), true)
    assert np.allclose(q.pacc(probs, np.eye(3)), q.probabilistic_count(probs))


def test_pacc_clips_an_impossible_solution_to_the_simplex():
    matrix = np.array([[0.6, 0.4], [0.4, 0.6]])
    probs = np.array([[0.9, 0.1]])  # beyond what the matrix can produce
    est = q.pacc(probs, matrix)
    assert est.min() >= 0 and est.sum() == pytest.approx(1.0) and est[0] == 1.0


def test_counting_and_em_fixed_points():
    onehot = np.eye(3)[[0, 0, 1, 2]]
    assert np.allclose(q.classify_and_count(onehot), [0.5, 0.25, 0.25])
    assert np.allclose(q.emq(onehot, np.full(3, 1 / 3)), [0.5, 0.25, 0.25])
    flat = np.full((4, 3), 1 / 3)
    assert np.allclose(q.emq(flat, np.full(3, 1 / 3)), 1 / 3)
    assert np.allclose(q.estimate(np.zeros((0, 3)), "pcc"), 1 / 3)
    with pytest.raises(ValueError):
        q.estimate(flat, "guess")


def test_bootstrap_interval_brackets_the_estimate_and_is_reproducible():
    rng = np.random.default_rng(1)
    probs = rng.dirichlet(np.ones(5), size=300)
    low, high = q.bootstrap_interval(probs, "pcc")
    mid = q.probabilistic_count(probs)
    assert np.all(low <= mid) and np.all(mid <= high) and np.all(high - low < 0.1)
    again = q.bootstrap_interval(probs, "pcc")
    assert np.array_equal(low, again[0]) and np.array_equal(high, again[1])


def test_sample_rows_keeps_order_and_a_bounded_number():
    probs = np.arange(50, dtype=float).reshape(25, 2)
    assert q.sample_rows(probs, 100) is probs
    kept = q.sample_rows(probs, 10)
    assert len(kept) == 10 and np.all(np.diff(kept[:, 0]) > 0)


def test_the_report_shows_estimated_shares_with_an_interval():
    from planner.domain.funnel import default_target
    from planner.domain.post import Post
    from planner.planning.coverage import compute_coverage
    from planner.planning.report import build_report, render_report
    from planner.stage.output import Prediction

    posts = [Post(text=f"post {i}", id=str(i)) for i in range(4)]
    scores = [{"awareness": 0.9, "consideration": 0.1}, {"conversion": 0.8, "loyalty": 0.2},
              {"awareness": 0.6, "advocacy": 0.4}, {"loyalty": 1.0}]
    preds = [Prediction(max(s, key=s.get), max(s.values()), s) for s in scores]
    rep = build_report(posts, preds, compute_coverage([p.stage for p in preds], default_target()), "m")
    share, low, high = rep.estimate["awareness"]
    assert share == pytest.approx(0.375) and low <= share <= high
    assert "Estimated shares" in render_report(rep, "text")
    assert '"estimated_shares"' in render_report(rep, "json")
