"""The learned product reader: candidate phrases, their features, how the model's scores
combine with the rules, and how the shipped model is stored and read (never unpickled)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import pickle
from pathlib import Path

import pytest

from planner.brief import parse_brief_text, ranker
from planner.brief.candidates import Context, candidates, value_of
from planner.brief.reading import BriefReader, Finding
from planner.domain.brief import Brief
from planner.errors import PlannerError

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 2)


def texts(message: str, context: Context | None = None) -> list[str]:
    return [c.text for c in candidates(message, context)]


# ---- candidates -------------------------------------------------------------------------

def test_candidates_are_phrases_without_stop_words_at_their_edges():
    found = texts("we knit chunky alpaca scarves and sell them at the farmers market")
    assert "chunky alpaca scarves" in found
    assert "alpaca scarves" in found
    assert "farmers market" in found
    assert not any(t.split()[0] in ("we", "and", "the", "them") for t in found)
    assert not any(t.split()[-1] in ("and", "the", "at") for t in found)


def test_candidates_stop_at_sentence_ends_emoji_and_line_breaks():
    found = texts("🧁 lavender shortbread ✨. Posting on pinterest\nmaple fudge")
    assert "lavender shortbread" in found
    assert "maple fudge" in found
    assert not any("." in t or "\n" in t or "✨" in t for t in found)
    assert not any("shortbread" in t and "pinterest" in t.lower() for t in found)


def test_candidates_keep_lists_and_joined_names_whole():
    found = texts("I make beeswax wraps, lip balms and tallow soap")
    assert "beeswax wraps, lip balms and tallow soap" in found
    assert "Moss & Fern" in texts("the shop is called Moss & Fern")


def test_value_of_drops_emoji_and_stray_punctuation():
    assert value_of(" 🕯️ fig candles ✨ ,") == "fig candles"


def test_features_say_what_surrounds_a_candidate():
    message = "hi, we sell walnut chopping boards on instagram, brand is Grain Theory"
    context = Context(rule_products=["walnut chopping boards"], brands=["Grain Theory"],
                      entities=[("PLATFORM", message.index("instagram"), message.index("instagram") + 9)])
    by_text = {c.text: c.features for c in candidates(message, context)}
    boards = by_text["walnut chopping boards"]
    assert {"b1=sell", "cue=sell", "rule=same", "a1=on", "len=3"} <= set(boards)
    assert "ent=PLATFORM" in by_text["instagram"]
    assert "noise=channel" in by_text["instagram"]
    assert {"is=brand", "shape=title", "cue=brand"} <= set(by_text["Grain Theory"])
    assert "rule=other" in by_text["Grain Theory"]


# ---- ranking and combining with the rules -----------------------------------------------

def _reader(message: str, products: list[str]) -> BriefReader:
    reader = BriefReader(message, Brief(product=""), TODAY, None)
    reader.findings = [Finding(message.find(p), "product", p) for p in products]
    return reader


#: a toy model: phrases after a making verb are products, greetings and brands are not
TOY = ranker.ProductRanker({"cue=make": 3.0, "b1=make": 2.0, "in=hiya": -6.0, "is=brand": -4.0,
                            "len=1": -1.0}, -2.5,
                           {"add": 0.6, "add_had": 0.95, "doubt": 0.05, "replace": 0.8, "drop": 0.01})


def test_model_scores_candidates_by_their_weights():
    assert TOY.probability(["cue=make", "b1=make"]) > 0.9
    assert TOY.probability(["in=hiya", "len=1"]) < 0.01
    assert TOY.probability(["cue=make", "cue=make"]) == TOY.probability(["cue=make"])


def test_a_doubtful_rule_pick_is_replaced_by_a_sure_candidate():
    reader = _reader("hiya, we make oak spoons", ["hiya"])
    with ranker.use(TOY):
        ranker.revise(reader, glossed=False, had_product=False)
    assert [f.value for f in reader.findings if f.kind == "product"] == ["oak spoons"]


def test_a_product_is_added_where_the_rules_read_none_but_not_over_a_known_one():
    with ranker.use(TOY):
        reader = _reader("we make oak spoons", [])
        ranker.revise(reader, glossed=False, had_product=False)
        assert [f.value for f in reader.findings if f.kind == "product"] == ["oak spoons"]
        reader = _reader("we make oak spoons", [])
        ranker.revise(reader, glossed=False, had_product=True)  # 0.95 needed then
        assert [f.value for f in reader.findings if f.kind == "product"] == []


def test_a_rule_pick_the_model_does_not_doubt_stays():
    reader = _reader("we make oak spoons", ["oak spoons"])
    with ranker.use(TOY):
        ranker.revise(reader, glossed=False, had_product=False)
    assert [f.value for f in reader.findings if f.kind == "product"] == ["oak spoons"]


def test_rules_only_reads_as_the_rules_do(monkeypatch):
    reader = _reader("hiya, we make oak spoons", ["hiya"])
    with ranker.use(None):
        ranker.revise(reader, glossed=False, had_product=False)
    assert [f.value for f in reader.findings if f.kind == "product"] == ["hiya"]
    monkeypatch.setenv("PLANNER_BRIEF_RULES_ONLY", "1")
    assert ranker.active() is None


def test_the_shipped_model_reads_a_plain_product():
    update = parse_brief_text("we make hand-thrown porcelain bowls and post on instagram", today=TODAY)
    assert update.brief.product == "hand-thrown porcelain bowls"


# ---- storage ------------------------------------------------------------------------------

def test_loading_the_shipped_model_never_unpickles(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("unpickling")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    model = ranker.load(ranker.model_path())
    assert model.weights and set(model.thresholds) == set(ranker._THRESHOLDS)
    data = json.loads(ranker.model_path().read_text(encoding="utf-8"))
    assert data["trained_on"]["split"] == "tuning"


def test_a_model_file_missing_a_key_is_refused_by_name(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"weights": {}, "intercept": 0.0, "thresholds": {"add": 0.5}}))
    with pytest.raises(PlannerError, match="'add_had'") as err:
        ranker.load(path)
    assert str(path) in str(err.value)
    path.write_text("not json")
    with pytest.raises(PlannerError, match="unreadable"):
        ranker.load(path)


@pytest.mark.slow
def test_the_shipped_model_rebuilds_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("brief_product_build",
                                                  ROOT / "models" / "brief_product" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    out = build.build(tmp_path / "model.json")
    assert out.read_bytes() == ranker.model_path().read_bytes()
