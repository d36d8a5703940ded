"""The unseen-source check set (models/real/unseen/) and benchmarks/unseen_sources.py's loader:
the committed ids, hashes and labels hang together, and a restored text that is not the
pinned one is refused with one line, never scored.

Offline and fast: reads only committed CSVs and files written in tmp_path; never runs the
restore script or the model."""

import csv
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "models" / "real" / "unseen"
BENCH = ROOT / "benchmarks" / "unseen_sources.py"
STAGES = {"awareness", "consideration", "conversion", "loyalty", "advocacy"}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("unseen_sources_benchmark", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name):
    with (UNSEEN / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_committed_set_has_ids_hashes_and_no_texts():
    posts = _rows("posts.csv")
    assert len(posts) == 300
    assert Counter(r["source"] for r in posts) == {"eyestagram": 150, "fashion_x": 150}
    assert len({r["id"] for r in posts}) == 300
    for r in posts:
        assert r["text"] == "", r["id"]  # no licence stated: texts are never committed
        assert r["id"].split(":", 1)[0] == r["source"]
        assert re.fullmatch(r"[0-9a-f]{64}", r["sha256"]), r["id"]


def test_labels_cover_every_post_and_gold_keeps_agreed_labels():
    ids = [r["id"] for r in _rows("posts.csv")]
    gold, a, b = _rows("labels.csv"), _rows("labels_a.csv"), _rows("labels_b.csv")
    for labels in (gold, a, b):
        assert [r["id"] for r in labels] == ids
        assert {r["stage"] for r in labels} <= STAGES
    for g, x, y in zip(gold, a, b):
        assert g["agreed"] == ("yes" if x["stage"] == y["stage"] else "no")
        if x["stage"] == y["stage"]:
            assert g["stage"] == x["stage"], g["id"]
    assert sum(x["stage"] == y["stage"] for x, y in zip(a, b)) == 289  # ADJUDICATION.md


def _write(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return path


def _set(tmp_path, bench, restored_text):
    pinned = _write(tmp_path / "posts.csv", ["id", "source", "text", "sha256", "platform", "kind"],
                    [["s:1", "s", "", bench.sha256_text("Our new  coat,\nin navy."), "x", "brand post"]])
    labels = _write(tmp_path / "labels.csv", ["id", "stage"], [["s:1", "consideration"]])
    restored = _write(tmp_path / "restored.csv", ["id", "source", "text"], [["s:1", "s", restored_text]])
    return pinned, labels, restored


def test_loader_accepts_the_pinned_text_whitespace_aside(bench, tmp_path):
    rows = bench.load_unseen(*_set(tmp_path, bench, "Our new coat, in navy. "))
    assert rows == [{"id": "s:1", "source": "s", "text": "Our new coat, in navy. ",
                     "stage": "consideration"}]


def test_loader_rejects_a_text_whose_sha256_differs(bench, tmp_path):
    pinned, labels, restored = _set(tmp_path, bench, "Our new coat, in black.")
    with pytest.raises(bench.DataError) as err:
        bench.load_unseen(pinned, labels, restored)
    message = str(err.value)
    assert "\n" not in message
    assert "restored.csv:2" in message and "s:1" in message and "SHA-256" in message


def test_benchmark_exits_with_one_line_when_texts_are_not_restored(bench, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(bench.load_unseen, "__defaults__",
                        (UNSEEN / "posts.csv", UNSEEN / "labels.csv", tmp_path / "absent.csv"))
    assert bench.main([]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "absent.csv" in err and "restore.py" in err


def test_loader_rejects_an_unknown_stage(bench, tmp_path):
    pinned, labels, restored = _set(tmp_path, bench, "Our new coat, in navy.")
    _write(labels, ["id", "stage"], [["s:1", "purchase-ish"]])
    with pytest.raises(bench.DataError, match=r"labels.csv:2: stage 'purchase-ish'"):
        bench.load_unseen(pinned, labels, restored)


def _restore_module():
    spec = importlib.util.spec_from_file_location("unseen_restore", UNSEEN / "restore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_restore_refuses_a_source_file_that_is_not_the_pinned_one(tmp_path, capsys):
    restore = _restore_module()
    fake = tmp_path / "eyestagram" / "lib" / "brands.dart"
    fake.parent.mkdir(parents=True)
    fake.write_text("const brands = {};\n")
    pinned = _write(tmp_path / "posts.csv", ["id", "source", "text", "sha256", "platform", "kind"],
                    [["eyestagram:0", "eyestagram", "", "0" * 64, "instagram", "brand post"]])
    out = tmp_path / "out.csv"
    assert restore.main(["--posts", str(pinned), "--from", str(tmp_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "brands.dart" in err and "not the pinned" in err
    assert not out.exists()


def test_restore_pins_every_file_it_reads():
    restore = _restore_module()
    assert set(restore.SOURCES) == {"eyestagram", "fashion_x"}
    for _repo, commit, files in restore.SOURCES.values():
        assert re.fullmatch(r"[0-9a-f]{40}", commit)
        assert files and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in files.values())
