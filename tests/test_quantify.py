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


def test_ppi_corrects_a_biased_model_from_a_random_labelled_sample():
    # the model calls a third of stage-0 posts stage 1 with confidence: PCC is off by ~0.2,
    # the labelled sample's errors show it and PPI removes it
    rng = np.random.default_rng(3)
    y = rng.choice(3, size=3000, p=[0.6, 0.3, 0.1])
    probs = np.eye(3)[y] * 0.9 + 0.1 / 3
    wrong = (y == 0) & (rng.random(3000) < 1 / 3)
    probs[wrong] = [0.05, 0.9, 0.05]
    true = np.bincount(y, minlength=3) / 3000
    pcc = q.probabilistic_count(probs)
    assert np.abs(pcc - true).max() > 0.15
    pick = rng.choice(3000, 200, replace=False)
    est = q.ppi(probs, probs[pick], y[pick])
    assert np.abs(est - true).max() < 0.06
    assert np.allclose(q.estimate(probs, "ppi", labelled=(probs[pick], y[pick])), est)


def test_ppi_degenerate_cases():
    probs = np.array([[0.7, 0.3], [0.2, 0.8]])
    assert np.allclose(q.ppi(probs, np.zeros((0, 2)), []), q.probabilistic_count(probs))
    # labelled posts the model gets exactly right change nothing
    assert np.allclose(q.ppi(probs, np.eye(2)[[0, 1]], [0, 1]), q.probabilistic_count(probs))
    # a correction below zero is clipped and the shares still sum to one
    est = q.ppi(np.array([[0.1, 0.9]]), np.array([[0.9, 0.1]]), [1])
    assert est.min() >= 0 and est.sum() == pytest.approx(1.0) and est[1] == 1.0
    assert np.allclose(q.ppi(np.zeros((0, 2)), np.array([[0.5, 0.5]]), [0]), [1.0, 0.0])


def test_ppi_interval_resamples_the_labels_and_is_reproducible():
    rng = np.random.default_rng(2)
    probs = rng.dirichlet(np.ones(3), size=500)
    lp, ls = probs[:40], rng.integers(0, 3, 40)
    low, high = q.bootstrap_interval(probs, "ppi", labelled=(lp, ls))
    mid = q.ppi(probs, lp, ls)
    assert np.all(low <= mid + 1e-9) and np.all(mid <= high + 1e-9)
    pcc_low, pcc_high = q.bootstrap_interval(probs, "pcc")
    assert np.all(high - low > pcc_high - pcc_low)  # 40 labels are less sure than 500 posts
    again = q.bootstrap_interval(probs, "ppi", labelled=(lp, ls))
    assert np.array_equal(low, again[0]) and np.array_equal(high, again[1])


def test_check_sample_is_the_same_in_any_order_and_bounded():
    texts = [f"post number {i}" for i in range(300)] + ["post number 7", "  "]
    rows = [[1.0, 0.0]] * len(texts)
    a, b = q.CheckSample(), q.CheckSample()
    for i, t in enumerate(texts):
        a.offer(i, t, rows[i])
    for i in reversed(range(len(texts))):
        b.offer(i, texts[i], rows[i])
    got = [t for _i, t, _r in a.members()]
    assert len(got) == q.CHECK_SIZE == len(set(got))
    assert got == [t for _i, t, _r in b.members()]
    assert got == sorted({t for t in texts if t.strip()}, key=q.text_rank)[:q.CHECK_SIZE]
    assert "  " not in got
    first = {t: i for i, t in reversed(list(enumerate(texts)))}
    assert all(i == first[t] for i, t, _r in a.members())  # a repeated text keeps its first place
    stages = {got[0]: "awareness", got[1]: "advocacy", "not in it": "loyalty"}
    lp, ls = a.labelled(stages, ["awareness", "advocacy"])
    assert lp.shape == (2, 2) and list(ls) == [0, 1]


def _report(labels, n=60):
    from planner.domain.funnel import default_target
    from planner.domain.post import Post
    from planner.planning.coverage import compute_coverage
    from planner.planning.report import build_report
    from planner.stage.output import Prediction

    # every post is really loyalty; the model calls them awareness with confidence
    posts = [Post(text=f"thanks for your order number {i}", id=str(i + 1)) for i in range(n)]
    scores = {"awareness": 0.8, "consideration": 0.05, "conversion": 0.05, "loyalty": 0.05,
              "advocacy": 0.05}
    preds = [Prediction("awareness", 0.8, dict(scores)) for _ in posts]
    return posts, build_report(posts, preds, compute_coverage([p.stage for p in preds],
                                                              default_target()), "m",
                               label_command="/label N STAGE", labels=labels)


def test_the_report_corrects_its_shares_once_ten_check_posts_are_labelled():
    from planner.planning.report import render_report

    posts, rep = _report({})
    assert rep.shares.method == "pcc" and rep.estimate["awareness"][0] == pytest.approx(0.8)
    todo = rep.shares.to_check
    assert len(todo) == q.CHECK_SIZE
    text = render_report(rep, "text")
    assert "Label these to check the shares: posts " in text and "0 of 25 labelled" in text
    assert "posts " + ", ".join(str(n) for n, _ in todo) in text
    # labels of posts outside the check sample are no random sample: they change nothing
    sample = {t for _n, t in todo}
    outside = {p.text: "loyalty" for p in posts if p.text not in sample}
    assert _report(outside)[1].shares.method == "pcc"
    # nine labelled: not yet; ten: corrected toward loyalty, and the rest still listed
    nine = {t: "loyalty" for _n, t in todo[:9]}
    assert _report(nine)[1].shares.method == "pcc"
    # fewer than ten distinct posts: no check sample to offer
    assert _report({}, n=9)[1].shares.to_check == []
    assert "check the shares" not in render_report(_report({}, n=9)[1], "text")
    ten = {t: "loyalty" for _n, t in todo[:10]}
    _p, rep = _report(ten)
    share, low, high = rep.estimate["loyalty"]
    assert rep.shares.method == "ppi" and rep.shares.checked == 10
    assert share == pytest.approx(1.0) and rep.estimate["awareness"][0] == pytest.approx(0.0)
    assert low <= share <= high
    assert len(rep.shares.to_check) == 15
    assert "corrected by 10 labelled posts of the check sample" in render_report(rep, "text")
    import json

    data = json.loads(render_report(rep, "json"))
    assert data["estimate_method"] == "ppi"
    assert data["check_sample"]["labelled"] == 10 and len(data["check_sample"]["to_label"]) == 15
    assert "## Label these to check the shares" in render_report(rep, "markdown")


def test_label_stages_reads_the_labels_file_and_tolerates_a_bad_one(tmp_path, monkeypatch):
    from planner.userdata import label_stages

    monkeypatch.setenv("PLANNER_HOME", str(tmp_path))
    assert label_stages() == {}
    (tmp_path / "labels.csv").write_text('text,stage\n"hi, there",loyalty\nshort\n', encoding="utf-8")
    assert label_stages() == {"hi, there": "loyalty"}
    (tmp_path / "labels.csv").write_bytes(b"text,stage\n\xff\xfe,loyalty\n")
    assert label_stages() == {}


def test_the_terminal_report_shows_the_estimate_and_the_check_sample():
    from rich.console import Console

    from planner.planning.report import to_rich

    _posts, rep = _report({})
    console = Console(record=True, width=200)
    for part in to_rich(rep):
        console.print(part)
    shown = console.export_text()
    assert "Estimated shares (mean stage probability, 90% interval)" in shown
    assert "Label these to check the shares: posts " in shown
