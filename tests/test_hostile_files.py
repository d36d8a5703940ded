"""Hostile input, round two (issue 12), the last of it: the stage model's language files
(``models/nlp``) under a recorded hash, and a combined size limit for the files read from
one folder. Each case is named after its attack; the guard of test_hostile_limits stops a
regressed one (a hang, a runaway) with a failure.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.test_hostile_limits import (  # noqa: F401 - guard: the autouse limits
    BRIEF,
    attack,
    attacks,
    guard,
    one_line,
    posts,
    quick_result,
    shipped_copy,
)


# ---- the language files (models/nlp) fail closed -------------------------------------------

@pytest.fixture
def nlp(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped language folder, checked in its place (the shipped one is
    never touched: the working tree is shared)."""
    from planner.stage import nlpfiles

    copy = tmp_path / "nlp"
    shutil.copytree(nlpfiles.nlp_dir(), copy, symlinks=True)
    monkeypatch.setattr(nlpfiles, "nlp_dir", lambda: copy)
    return copy


def _edit_rules(nlp: Path) -> None:
    rules = nlp / "planner_rules.json"
    data = json.loads(rules.read_text(encoding="utf-8"))
    data["lemma_lookup"]["bought"] = "sell"  # one lemma: every "bought" reads as "sell"
    rules.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                     encoding="utf-8")


def _append(name: str):
    def tamper(nlp: Path) -> None:
        with open(nlp / name, "ab") as fh:
            fh.write(b" ")
    return tamper


def _remove(name: str):
    return lambda nlp: (nlp / name).unlink()


def _add(nlp: Path) -> None:
    (nlp / "vocab" / "vectors.extra").write_bytes(b"x")


def _link_out(nlp: Path) -> None:
    outside = nlp.parent / "rules-elsewhere.json"
    shutil.copy(nlp / "planner_rules.json", outside)  # the very same bytes, but outside
    (nlp / "planner_rules.json").unlink()
    (nlp / "planner_rules.json").symlink_to(outside)


def _fifo(nlp: Path) -> None:
    (nlp / "planner_rules.json").unlink()
    os.mkfifo(nlp / "planner_rules.json")  # nothing writes to it: reading would wait forever


NLP_ATTACKS = (
    ("nlp-rules-edited", _edit_rules, "planner_rules.json", "does not match the hash recorded"),
    ("nlp-rules-appended", _append("planner_rules.json"), "planner_rules.json", "does not match"),
    ("nlp-rules-missing", _remove("planner_rules.json"), "planner_rules.json", "is missing"),
    ("nlp-tokenizer-tampered", _append("tokenizer"), "nlp/tokenizer", "does not match"),
    ("nlp-lemma-table-missing", _remove("lemmatizer/lookups/lookups.bin"), "lookups.bin",
     "is missing"),
    ("nlp-config-tampered", _append("config.cfg"), "config.cfg", "does not match"),
    ("nlp-file-added", _add, "vectors.extra", "is not one of the language files"),
    ("nlp-rules-link-outside", _link_out, "planner_rules.json", "outside nlp/"),
    ("nlp-rules-fifo", _fifo, "planner_rules.json", "not a regular file"),
)


@attacks("case,tamper,named,words", *NLP_ATTACKS)
def test_language_file_changed_is_refused(case, tamper, named, words, run, tmp_path, posts, nlp):
    if case == "nlp-rules-fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    whole = tmp_path / "whole"
    whole.mkdir()
    assert run("classify", posts, "--model", shipped_copy(whole)).code == 0  # the copy is whole
    tamper(nlp)
    model = shipped_copy(tmp_path)  # another path: a model is checked when it is first loaded
    for command in ("classify", "report"):
        one_line(run(command, posts, "--model", model), named, words, "refusing to load the model")


@attack("nlp-record-missing")
def test_a_model_without_the_language_record_is_refused(case, run, tmp_path, posts, nlp):
    from planner.stage.files import metadata_sha256

    model = shipped_copy(tmp_path)
    meta_file = model.with_suffix(".json")
    meta = json.loads(meta_file.read_text())
    del meta["nlp_sha256"]
    meta["metadata_sha256"] = metadata_sha256(meta)  # a whole metadata, only without the record
    meta_file.write_text(json.dumps(meta))
    one_line(run("classify", posts, "--model", model), "m.json", "records no hashes of its "
             "language files")


@attack("nlp-record-edited")
def test_an_edited_language_record_is_refused(case, run, tmp_path, posts, nlp):
    _edit_rules(nlp)
    model = shipped_copy(tmp_path)
    meta_file = model.with_suffix(".json")
    meta = json.loads(meta_file.read_text())
    from planner.stage.nlpfiles import nlp_record

    meta["nlp_sha256"]["planner_rules.json"] = nlp_record(nlp)["planner_rules.json"]
    meta_file.write_text(json.dumps(meta))  # the record made to match, its own hash not
    one_line(run("classify", posts, "--model", model), "m.json", "metadata_sha256")


@attack("nlp-tampered-before-train")
def test_train_refuses_tampered_language_files(case, run, tmp_path, nlp):
    from planner.stage.files import user_model_path

    _edit_rules(nlp)
    labels = tmp_path / "labels.csv"
    labels.write_text("text,stage\n" + "shop now,conversion\n" * 30)
    one_line(run("train", labels, "--no-corpus"), "planner_rules.json", "does not match")
    assert not user_model_path().exists()


def test_saving_a_model_records_the_language_files(tmp_path, nlp):
    """What `planner train` and `planner train --rebuild` (both save_model) record."""
    from planner.stage.model import load_model
    from planner.stage.nlpfiles import nlp_record
    from planner.stage.train import save_model

    path, meta = save_model(quick_result(), tmp_path / "m.skops")
    assert meta["nlp_sha256"] == nlp_record(nlp) and "planner_rules.json" in meta["nlp_sha256"]
    assert json.loads(path.with_suffix(".json").read_text())["nlp_sha256"] == meta["nlp_sha256"]
    assert load_model(path).id == meta["id"]
    _edit_rules(nlp)  # a model saved now records the edited rules, and loads beside them
    path, meta = save_model(quick_result("other words"), tmp_path / "n.skops")
    assert meta["nlp_sha256"]["planner_rules.json"] == nlp_record(nlp)["planner_rules.json"]
    assert load_model(path).id == meta["id"]


def test_the_shipped_model_records_every_shipped_language_file():
    from planner.resources import models_dir
    from planner.stage.nlpfiles import nlp_record

    meta = json.loads((models_dir() / "stage_model.json").read_text())
    assert meta["nlp_sha256"] == nlp_record()
    assert {"planner_rules.json", "tokenizer", "config.cfg"} <= set(meta["nlp_sha256"])


# ---- the files read from one folder, together ----------------------------------------------

def _tweets(n: int) -> str:
    items = [{"tweet": {"full_text": f"post {i} about our hand-thrown mugs " + "x" * 200}}
             for i in range(n)]
    return "window.YTD.tweets.part0 = " + json.dumps(items)


@attack("export-folder-total")
def test_an_export_folder_over_the_folder_total(case, run, tmp_path, monkeypatch):
    from planner.io import archive

    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    for i in range(4):
        (folder / "data" / f"tweets-part{i}.js").write_text(_tweets(100))
    size = sum(p.stat().st_size for p in (folder / "data").iterdir())
    r = run("classify", folder, "--format", "json")
    assert r.code == 0 and len(json.loads(r.out)) == 400, r.err  # within the real limit
    monkeypatch.setattr(archive, "MAX_FOLDER_TOTAL_BYTES", size - 1)  # one byte short
    limit = archive._mb(size - 1)
    for args in (("classify", folder), ("report", folder)):
        one_line(run(*args), str(folder), f"more than {limit} together (the folder limit)")
    brief = tmp_path / "brief.toml"
    brief.write_text(BRIEF)
    one_line(run("plan", "--brief", brief, "--posts", folder), "export", "the folder limit")


@attack("export-folder-file-grows")
def test_an_export_file_longer_than_its_size_says(case, tmp_path, monkeypatch):
    """What is read is counted, not only the sizes the files report."""
    from planner.errors import PlannerError
    from planner.io import archive, load_posts

    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "tweets.js").write_text(_tweets(50))
    monkeypatch.setattr(archive, "MAX_FOLDER_TOTAL_BYTES", 1000)
    monkeypatch.setattr(Path, "stat", lambda self, **kw: os.stat_result((0o100644,) + (0,) * 9))
    with pytest.raises(PlannerError, match=r"export: refused: the posts files read from this "
                                           r"folder come to more than"):
        load_posts([folder])


@pytest.mark.slow
@attack("batch-posts-total")
def test_a_batch_client_over_the_folder_total(case, run, tmp_path, monkeypatch):
    from planner.io import archive

    clients = tmp_path / "clients"
    for name in ("calm", "heavy"):
        (clients / name).mkdir(parents=True)
        (clients / name / "brief.toml").write_text(BRIEF)
    (clients / "calm" / "posts.csv").write_text("text\nshop now\n")
    (clients / "heavy" / "posts.csv").write_text("text\n" + "shop the mugs now\n" * 40)
    (clients / "heavy" / "posts").mkdir()
    (clients / "heavy" / "posts" / "more.txt").write_text("a post\n---\nanother\n" * 40)
    monkeypatch.setattr(archive, "MAX_FOLDER_TOTAL_BYTES", 1000)
    r = run("batch", clients, "--jobs", "1", "--dry-run")
    assert r.code == 1, r.err
    assert [ln.split()[:2] for ln in r.out.splitlines()[1:]] == [["calm", "ok"], ["heavy", "FAILED"]]
    [line] = [ln for ln in r.err.splitlines() if ln.startswith("planner: heavy:")]
    assert str(clients / "heavy") in line and "its posts files come to more than" in line
    assert "the folder limit" in line
