import json
import shutil

import pytest

from planner.domain.funnel import STAGES
from planner.errors import PlannerError
from planner.resources import models_dir
from planner.stage.model import load_model


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize("text,stage", [
    ("Use code SAVE20 for 20% off everything this weekend only. Shop now, link in bio!", "conversion"),
    ("@dana_k so sorry your order arrived damaged! DM us your order number and we'll send a replacement.", "loyalty"),
    ("Loved your candle? Refer a friend and you both get $10 off. Share your link from your account.", "advocacy"),
    ("How it's made: watch us pour, cure and label every jar by hand. Questions? Ask below.", "consideration"),
    ("Happy Friday! What's everyone doing this weekend? 🌞", "awareness"),
])
def test_clear_cases(model, text, stage):
    assert model.predict([text])[0].stage == stage


def test_scores_are_probabilities_in_stage_order(model):
    [p] = model.predict(["anything at all"])
    assert list(p.scores) == list(STAGES)
    assert abs(sum(p.scores.values()) - 1) < 1e-3
    assert 0 <= p.confidence <= 1 and p.confidence == max(p.scores.values())


@pytest.mark.parametrize("noise", ["", "🔥", "https://bit.ly/x", "test", "a" * 50000, "\x00\x01"])
def test_noise_never_crashes_and_is_unsure(model, noise):
    [p] = model.predict([noise])
    assert p.stage in STAGES
    assert p.confidence < 0.9


def test_explain_names_words_and_cues(model):
    ex = model.explain("Last chance: 15% off with code GLOW15, ends tonight. Shop now!")
    assert ex.stage == "conversion"
    assert any(c[0] == "urgency" for c in ex.cues)
    assert ex.words


def test_explain_names_the_rule_that_decided_the_stage(model, run, tmp_path):
    ex = model.explain("Refer a friend and you both get 15% off")
    assert ex.stage == "advocacy" and ex.rule == ("referral", "Refer a friend", "advocacy")
    assert not any(c[0].startswith("rule") for c in ex.cues)  # the rule is its own part
    plain = model.explain("Our founder threw her first mug in a garden shed in 2019.")
    assert plain.rule is None and not any(c[0].startswith("rule") for c in plain.cues)


def test_explain_output_shows_the_rule_as_its_own_part(run, tmp_path):
    import json

    posts = tmp_path / "posts.csv"
    posts.write_text("id,text\np1,Please leave us a review on Etsy!\n"
                     "p2,Our founder threw her first mug in a garden shed in 2019.\n")
    r = run("classify", posts, "--explain")
    assert r.code == 0, r.err
    why = [line.split("why: ", 1)[1] for line in r.out.splitlines() if "why: " in line]
    assert why[0].startswith("rule: review ask “leave us a review” → advocacy; words: "), why[0]
    assert "cues: rule" not in why[0] and not why[1].startswith("rule")
    rows = json.loads(run("classify", posts, "--explain", "--format", "json").out)
    assert rows[0]["explanation"]["rule"] == {"rule": "review_ask", "text": "leave us a review",
                                              "stage": "advocacy"}
    assert not any(c["cue"].startswith("rule") for c in rows[0]["explanation"]["cues"])
    assert rows[1]["explanation"]["rule"] is None
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(run("classify", posts, "--explain", "--format", "csv").out)))
    assert rows[0]["why"].startswith("rule: review ask “leave us a review” → advocacy; words: ")
    assert rows[1]["why"].startswith("words: ")
    from planner.chat.commands import dispatch
    from planner.chat.state import SessionState

    state = SessionState()
    dispatch(state, f"/posts {posts}")
    lines = dispatch(state, "/explain 1").text.splitlines()
    assert lines[2] == "  rule: review ask “leave us a review” → advocacy (it decides the stage)"
    assert not any("rule" in line for line in dispatch(state, "/explain 2").text.splitlines())


def test_the_docs_and_model_card_name_the_shipped_model():
    import re
    from pathlib import Path

    shipped = json.loads((models_dir() / "stage_model.json").read_text())["id"]
    root = Path(__file__).resolve().parent.parent
    reference = (root / "docs" / "reference.md").read_text(encoding="utf-8")
    assert re.findall(r'model = "(stage-[^"]+)"', reference) == [shipped]
    assert f"Model id `{shipped}`" in (models_dir() / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_deterministic(model):
    texts = ["one post", "another post about our new candle"]
    assert model.predict(texts) == model.predict(texts)


def _copy_model(tmp_path):
    src = models_dir() / "stage_model.skops"
    dst = tmp_path / "m.skops"
    shutil.copy(src, dst)
    shutil.copy(src.with_suffix(".json"), dst.with_suffix(".json"))
    return dst


def test_tampered_model_is_refused(tmp_path):
    dst = _copy_model(tmp_path)
    with open(dst, "ab") as fh:
        fh.write(b"x")
    with pytest.raises(PlannerError, match="hash"):
        load_model(dst)


def test_foreign_file_is_refused(tmp_path):
    bad = tmp_path / "evil.skops"
    bad.write_bytes(b"\x80\x04cos\nsystem\n(S'echo pwned'\ntR.")
    with pytest.raises(PlannerError, match="refusing"):
        load_model(bad)


def with_metadata(model):
    """Metadata that matches ``model`` (no compiled copy), as a planner would write it, so a
    test reaches the checks after the hashes."""
    from planner.stage.files import file_sha256, metadata_sha256

    meta = {"id": "test", "sha256": file_sha256(model), "temperature": 1.0}
    meta["metadata_sha256"] = metadata_sha256(meta)
    model.with_suffix(".json").write_text(json.dumps(meta))
    return model


def test_untrusted_types_are_refused(tmp_path):
    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer

    bad = tmp_path / "odd.skops"
    sio.dump(FunctionTransformer(func=print), bad)
    with pytest.raises(PlannerError, match="metadata .* is missing"):
        load_model(bad)
    with pytest.raises(PlannerError, match="untrusted"):
        load_model(with_metadata(bad))


def test_a_trusted_object_that_is_not_a_model_is_refused(tmp_path):
    import skops.io as sio

    other = tmp_path / "other.skops"
    sio.dump({"x": [1, 2]}, other)
    with pytest.raises(PlannerError, match="not a planner stage model"):
        load_model(with_metadata(other))


def test_metadata_records_scores():
    meta = json.loads((models_dir() / "stage_model.json").read_text())
    assert meta["cv"]["best"]["macro_f1"] > 0.5
    assert meta["held_out"]["macro_f1"] > 0.5
    assert len(meta["sha256"]) == 64


def test_the_model_cards_hand_written_part_survives_a_rebuild(tmp_path):
    from planner.stage.train import HAND_WRITTEN, _hand_written

    card = tmp_path / "card.md"
    card.write_text("# generated\n\nold figures\n\n" + HAND_WRITTEN + "\n\n## Real posts\n\nkept\n")
    assert _hand_written(card) == "\n" + HAND_WRITTEN + "\n\n## Real posts\n\nkept\n"
    card.write_text("# generated only\n")
    assert _hand_written(card) == ""
