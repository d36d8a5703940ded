"""`planner train` and `planner evaluate`: a model from a labelled file, reproducible, taking in
the user's corrections, never replacing files by surprise (docs/reference.md).
"""

import json

import pytest


@pytest.mark.slow
def test_train_and_evaluate(run, tmp_path):
    import csv

    data = tmp_path / "labels.csv"
    rows = [("Shop now, 20% off with code SAVE20", "conversion"),
            ("Thanks for your order! Here's how to care for your mug", "loyalty"),
            ("Refer a friend and you both get $10", "advocacy"),
            ("See how it's made, behind the scenes in our studio", "consideration"),
            ("Happy Monday! Coffee first.", "awareness")]
    with open(data, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "stage"])
        for i in range(6):
            for t, s in rows:
                w.writerow([f"{t} {i}", s])
    model = tmp_path / "m.skops"
    r = run("train", data, "--no-corpus", "-o", model)
    assert r.code == 0, r.err
    assert model.exists() and model.with_suffix(".json").exists()
    r = run("evaluate", data, "--model", model, "--format", "json")
    assert r.code == 0, r.err
    result = json.loads(r.out)
    assert set(result) >= {"accuracy", "macro_f1", "per_stage", "confusion"}
    r = run("evaluate", data, "--model", model)
    assert "macro-F1" in r.out and "confusion matrix" in r.out
    r = run("train", data, "--no-corpus", "-o", model)
    assert r.code == 1 and "already exists" in r.err


def test_evaluate_needs_stage_column(run, demo_posts):
    r = run("evaluate", demo_posts)
    assert r.code == 1 and "no stage" in r.err


@pytest.mark.slow
def test_training_is_reproducible(run, tmp_path):
    import csv

    from planner.resources import models_dir

    with open(models_dir() / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:400]
    data = tmp_path / "small.csv"
    with open(data, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "stage"])
        w.writerows([r["text"], r["stage"]] for r in rows)
    one, two = tmp_path / "one.skops", tmp_path / "two.skops"
    assert run("train", data, "--no-corpus", "-o", one).code == 0
    assert run("train", data, "--no-corpus", "-o", two).code == 0
    assert one.read_bytes() == two.read_bytes()
    assert one.with_suffix(".npz").read_bytes() == two.with_suffix(".npz").read_bytes()


@pytest.mark.slow
def test_user_labels_feed_the_next_train(run, tmp_path, _isolated_home, five_stage_labels):
    from planner.chat.labels import append_label

    append_label(_isolated_home / "labels.csv", "a corrected post about loyalty perks", "loyalty")
    data = five_stage_labels
    r = run("train", data, "--no-corpus", "-o", tmp_path / "m.skops")
    assert r.code == 0, r.err
    assert "including your corrections" in r.err
    import json

    assert json.loads((tmp_path / "m.json").read_text())["posts"] == 31


@pytest.mark.slow
def test_train_never_replaces_a_sidecar_by_surprise(run, tmp_path, five_stage_labels):
    data = five_stage_labels
    (tmp_path / "m.npz").write_bytes(b"someone else's file")
    r = run("train", data, "--no-corpus", "-o", tmp_path / "m.skops")
    assert r.code == 1 and "already exists" in r.err and "m.npz" in r.err
    assert (tmp_path / "m.npz").read_bytes() == b"someone else's file"
    assert not (tmp_path / "m.skops").exists()
    assert run("train", data, "--no-corpus", "-o", tmp_path / "m.skops", "--force").code == 0
    assert run("classify", data, "--model", tmp_path / "m.skops").code == 0
