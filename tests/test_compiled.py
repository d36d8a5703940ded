"""The compiled model must compute exactly what spaCy + scikit-learn compute."""

import concurrent.futures
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.resources import models_dir
from planner.stage.compiled.arrays import CompiledModel, dumps_arrays, export_arrays
from planner.stage.compiled.featurizer import load_featurizer
from planner.stage.files import compiled_path
from planner.stage.model import load_model
from planner.stage.output import predictions


@pytest.fixture(scope="module")
def corpus_texts():
    with open(models_dir() / "data" / "corpus.csv", newline="", encoding="utf-8") as fh:
        return [r["text"] for r in csv.DictReader(fh)]


@pytest.fixture(scope="module")
def reference():
    from planner.stage.reference import TextProcessor

    return TextProcessor()


EDGE_CASES = [
    "", " ", "   ", "\n", "!!!", "a  b", " leading space", "trailing  ", "\t\ttabbed",
    "line one\n\nline two", "word\n word", "hi\n\u200d😀", "👍🏽 ok", "👨‍👩‍👧 family night",
    "1️⃣ first 2️⃣ second", "5⭐⭐⭐⭐⭐ rated", "don't (: really", "x(: y", ":) :-) (-8 ;)",
    "it's 10a.m. sharp", "10am!", "('s)", "e.g. the U.S. store", "end.", "@bob thanks!",
    "@ lonely at sign", "# lonely hash", "#tag @user http://x.co/a www.ab.com me@shop.com",
    "shop.com/sale?x=1 ends", "code GLOW15 for 15% off $24.99 or £5 or 2FORYOU",
    "one two three first 1st 22nd 3/4 +5 -3.5 ~10 1,000", "Shop\nNow", "SHOP NOW!!",
    "tag @ourshop and give $10 get $10", "follow @us", "l'amour café naïve", "emoji🙂glued",
    "Ünïcödé ＦＵＬＬＷＩＤＴＨ 中文字符 العربية", "a\u00a0b", "x\u2028y", "\x1c\x1d", "...", "“quoted”",
    "(\u200d\n\u200d!", "x\xa0\u200d\xa0\ufe0f❤", "a\u3000\u200d b",
]


def test_features_match_spacy_on_the_corpus_and_edge_cases(corpus_texts, reference):
    texts = corpus_texts + EDGE_CASES
    fz = load_featurizer()
    ref = reference.featurize(texts)
    bad = [(t, r, fz.feature_tokens(t)) for t, r in zip(texts, ref) if r.split() != fz.feature_tokens(t)]
    assert not bad, bad[:3]


_PIECES = st.sampled_from([
    " ", "  ", "\n", "\n\n", "\t", " \n", "\n ", "\u00a0", "\u200d", "\ufe0f", "\u20e3", "🏽", "👍", "😀", "⭐",
    "#", "@", "$", "%", ".", ",", "!", "?", "'", "(", ")", ":", "-", "/", "'s", "n't", "a.m.",
    "shop", "now", "Shop", "code", "GLOW15", "15", "off", "http://", "www.", ".com", "x",
    "thank", "you", "for", "your", "order", "tag", "give", "follow", "us", ":)", "(:", "10am",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=80)))
def test_features_match_spacy_on_generated_text(reference, text):
    assert load_featurizer().feature_tokens(text) == reference.featurize([text])[0].split()


def test_tokens_piece_by_piece_are_spacys_around_special_cases(reference):
    """The tokenizer joins each space-free piece's own tokens unless a special case that
    changes tokens is a run of them (emoticons, 's, a.m.): then the whole text is split
    again. Texts made of those rules' texts, their pieces and words, glued and spaced."""
    tok = load_featurizer().tokenizer
    changing = sorted({"".join(p) for patterns in tok._changing.values() for p in patterns})
    bits = changing + sorted({t for patterns in tok._changing.values() for p in patterns for t in p})
    bits += ["x", "Ex", "shop", "10", "g", "(", ")", ":", "'", ".", "-", "😀", "\u200d"]
    rng = np.random.default_rng(21)
    texts = ["".join(str(b) + str(rng.choice(["", "", " ", "  ", "\n"]))
                     for b in rng.choice(bits, size=rng.integers(1, 9))) for _ in range(4000)]
    assert [tok.words(t) for t in texts] == [tok(t)[0] for t in texts]
    docs = reference.nlp.tokenizer.pipe(texts[:1500])
    assert [tok(t)[0] for t in texts[:1500]] == [[w.text for w in d] for d in docs]


def test_probabilities_match_scikit_learn(corpus_texts):
    model = load_model()
    assert model.compiled is not None
    texts = corpus_texts[::3] + EDGE_CASES
    fast = model.probabilities(texts)
    ref = model.probabilities(texts, reference=True)
    assert np.abs(fast - ref).max() < 1e-9
    assert [p.stage for p in predictions(fast, model.classes)] == \
        [p.stage for p in predictions(ref, model.classes)]


def test_parallel_path_matches_serial(corpus_texts):
    from planner.stage.compiled.pool import parallel_probabilities, probabilities

    model = load_model()
    fz = load_featurizer()
    texts = corpus_texts * 5  # over PARALLEL_MIN
    a = parallel_probabilities(model.compiled, fz, texts, model.temperature, jobs=2)
    b = probabilities(model.compiled, fz, texts, model.temperature)
    assert np.array_equal(a, b)


@settings(max_examples=12, deadline=None)
@given(texts=st.lists(st.one_of(st.lists(_PIECES, max_size=20).map("".join), st.text(max_size=40)),
                      min_size=1, max_size=60),
       cut=st.integers(1, 30), warm=st.integers(0, 25), chunk=st.integers(1, 20), start=st.booleans())
def test_streamed_through_workers_equals_one_process_on_generated_text(texts, cut, warm, chunk, start):
    """However the input is chunked, however many posts the main process classifies before
    the workers fork (``WARM``), whether the stream is started at once or lazily: the
    probabilities are those of one process, bit for bit."""
    from planner.stage.compiled import pool

    model = load_model()
    fz = load_featurizer()
    serial = pool.probabilities(model.compiled, fz, texts, model.temperature, model.layer)
    saved = pool.PARALLEL_MIN, pool.CHUNK, pool.WARM
    pool.PARALLEL_MIN, pool.CHUNK, pool.WARM = 1, chunk, warm
    try:
        chunks = [texts[i:i + cut] for i in range(0, len(texts), cut)]
        stream = pool.stream_probabilities(model.compiled, fz, chunks, model.temperature, jobs=2,
                                           layer=model.layer, start=start)
        parts = list(stream)
    finally:
        pool.PARALLEL_MIN, pool.CHUNK, pool.WARM = saved
    assert np.array_equal(np.concatenate(parts), serial)


def _not_here(*args, **kwargs):
    raise AssertionError("classified in the main process")


def test_kept_workers_serve_every_stream_of_the_block(corpus_texts, monkeypatch, worker_pools):
    """Inside ``kept_workers`` the second stream reuses the first one's forked workers (and
    their warm caches) and gives what the serial path gives; the block's end stops them."""
    import planner.stage.compiled.pool as pool

    model = load_model()
    texts = corpus_texts[:3000]
    serial = model.probabilities(texts)
    monkeypatch.setattr(pool, "CHUNK", 500)  # small inputs go to the workers
    made = worker_pools
    with model.kept_workers():
        for _ in range(2):
            parts = list(model.probabilities_stream([texts[:1700], texts[1700:]]))
            assert np.array_equal(np.concatenate(parts), serial)
            # the workers are forked: from now on only they may classify
            monkeypatch.setattr(pool, "probabilities", _not_here)
        assert len(made) == 1  # one pool for both streams
        pids = {made[0].submit(os.getpid).result() for _ in range(4)}
    assert os.getpid() not in pids and not pool._KEPT
    with pytest.raises(RuntimeError):  # shut down when the block ended
        made[0].submit(os.getpid)


def test_classifying_leaves_the_cycle_collector_as_it_was():
    import gc

    model = load_model()
    assert gc.isenabled()
    model.probabilities(["Shop now: 20% off", "thanks for your order"])
    assert gc.isenabled()
    gc.disable()
    try:
        model.probabilities(["Shop now: 20% off"])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_shipped_compiled_file_is_reproducible():
    model = load_model(models_dir() / "stage_model.skops")
    blob = dumps_arrays(export_arrays(model.pipeline, model.meta["sha256"]))
    shipped = compiled_path(models_dir() / "stage_model.skops").read_bytes()
    assert blob == shipped
    meta = json.loads((models_dir() / "stage_model.json").read_text())
    assert meta["compiled_sha256"] == hashlib.sha256(shipped).hexdigest()


def test_shipped_rules_are_current():
    pytest.importorskip("spacy_lookups_data")
    script = models_dir() / "build_nlp.py"
    if not script.is_file():
        pytest.skip("installed package: no build script")
    r = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def _copy(tmp_path):
    src = models_dir() / "stage_model.skops"
    dst = tmp_path / "m.skops"
    for suffix in (".skops", ".json", ".npz"):
        shutil.copy(src.with_suffix(suffix), dst.with_suffix(suffix))
    return dst


def test_tampered_compiled_file_is_refused(tmp_path):
    dst = _copy(tmp_path)
    with open(dst.with_suffix(".npz"), "ab") as fh:
        fh.write(b"x")
    with pytest.raises(PlannerError, match="compiled model does not match"):
        load_model(dst)


def test_compiled_file_never_unpickles(tmp_path):
    bad = tmp_path / "evil.npz"
    np.savez(bad, terms=np.array([object()], dtype=object))
    with pytest.raises(PlannerError, match="refusing"):
        CompiledModel(bad)


def test_compiled_file_with_mismatched_arrays_is_refused(tmp_path):
    model = load_model()
    arrays = export_arrays(model.pipeline, model.meta["sha256"])
    arrays["idf"] = arrays["idf"][:-1]
    bad = tmp_path / "short.npz"
    bad.write_bytes(dumps_arrays(arrays))
    with pytest.raises(PlannerError, match="do not fit"):
        CompiledModel(bad)


def _without_compiled_copy(dst):
    """The model at ``dst`` as one saved without a compiled copy (none recorded)."""
    from planner.stage.files import metadata_sha256

    dst.with_suffix(".npz").unlink()
    meta = json.loads(dst.with_suffix(".json").read_text())
    del meta["compiled_sha256"]
    meta["metadata_sha256"] = metadata_sha256(meta)
    dst.with_suffix(".json").write_text(json.dumps(meta))
    return dst


def test_model_without_compiled_copy_uses_the_reference_path(tmp_path):
    dst = _copy(tmp_path)
    dst.with_suffix(".npz").rename(tmp_path / "aside.npz")
    with pytest.raises(PlannerError, match="compiled copy .* is missing"):
        load_model(dst)  # recorded, so required
    (tmp_path / "aside.npz").rename(dst.with_suffix(".npz"))
    model = load_model(_without_compiled_copy(dst))
    assert model.compiled is None
    [p] = model.predict(["Use code GLOW15 for 15% off today only"])
    assert p.stage == "conversion"


def test_classify_needs_neither_spacy_nor_scikit_learn(tmp_path):
    posts = tmp_path / "posts.csv"
    posts.write_text("text\nUse code GLOW15 for 15% off today only\nThanks for your order!\n")
    code = ("import sys\nfrom planner.cli import main\nsys.argv=['planner','classify',sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "heavy = [m for m in ('spacy', 'sklearn', 'skops') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    r = subprocess.run([sys.executable, "-c", code, str(posts)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "conversion" in r.stdout


def _ids_by_tokens(model, fz, texts):
    index = model.compiled.index
    return [[index.get(f, -1) for f in fz.feature_tokens(t)] for t in texts]


def _ids_by_encoder(model, fz, texts):
    enc = model.compiled.encoder(fz)
    ids, rows, weights = enc.encode(texts)
    assert weights.tolist() == [enc.token_path(t)[1] for t in texts]
    return [ids[rows == i].tolist() for i in range(len(texts))]


def test_encoder_matches_the_token_path(corpus_texts):
    model = load_model()
    fz = load_featurizer()
    texts = corpus_texts + EDGE_CASES
    assert _ids_by_encoder(model, fz, texts) == _ids_by_tokens(model, fz, texts)
    with_nul = ["a post with a \x00 in it", "@shop thanks for your order"]
    assert _ids_by_encoder(model, fz, with_nul) == _ids_by_tokens(model, fz, with_nul)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=60)),
                min_size=1, max_size=4))
def test_encoder_matches_the_token_path_on_generated_text(texts):
    model = load_model()
    fz = load_featurizer()
    assert _ids_by_encoder(model, fz, texts) == _ids_by_tokens(model, fz, texts)


def test_the_n_gram_hash_table_finds_every_key_and_only_them():
    from planner.stage.compiled.hashing import IntHashTable

    rng = np.random.default_rng(4)
    keys = rng.choice(10**12, size=5000, replace=False)
    values = rng.integers(0, 10**6, size=5000)
    table = IntHashTable(keys.tolist(), values.tolist())
    asked = np.concatenate([keys, rng.integers(0, 10**12, size=5000), keys[::-7]])
    expected = dict(zip(keys.tolist(), values.tolist()))
    assert table.lookup(asked).tolist() == [expected.get(k, -1) for k in asked.tolist()]
    assert table.max_probe > 1  # collisions were probed past


def test_the_cue_trie_as_arrays_finds_what_walking_it_finds():
    """Phrase cues found for a whole batch at once, a trie level at a time, as walking the
    trie from each start finds them, matches ending at the batch's last token included."""
    from collections import Counter

    fz = load_featurizer()
    enc = load_model().compiled.encoder(fz)
    keys, phrases = set(), []

    def collect(node, path):
        for key, child in node.items():
            if key is None:
                phrases.append(path)
            else:
                keys.add(key)
                collect(child, path + [key])

    collect(fz.cues.trie, [])
    vocab = sorted(keys) + ["x", "Shop", "NOW", "\x00"]
    rng = np.random.default_rng(8)
    for _ in range(300):
        words = [str(w) for w in rng.choice(vocab, size=rng.integers(0, 30))]
        words += phrases[rng.integers(len(phrases))]  # a phrase ending at the last token
        lowers = [w.lower() for w in words]
        walked = Counter(fz.cues.matches(words, lowers, range(len(words))))
        walked.subtract(Counter(fz.cues.pattern_matches(words, range(len(words)))))
        names = sorted(enc._cue_rank, key=enc._cue_rank.get)
        at, end, rank = enc.trie_arrays.matches(np.array([enc._lid.get(w, -1) for w in lowers]),
                                                np.arange(len(words)))
        assert Counter(zip(at.tolist(), end.tolist(), [names[r] for r in rank])) == +walked


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True))
def test_plain_words_are_single_tokens_by_the_full_rules(word):
    """The ASCII-letters shortcut gives what prefix, suffix and infix search would."""
    tok = load_featurizer().tokenizer
    assert tok.find_prefix(word) == 0 and tok.find_suffix(word) == 0
    assert not list(tok.infix_finditer(word))
    if word not in tok.specials:
        assert tok._span(word, True) == (word,)


def test_shipped_rules_hold_the_tokenizer_lexicon_and_lemmas():
    """The exported rules have every part the compiled path reads, with known entries."""
    from planner.stage.compiled.spacy_rules import load_rules
    from planner.text.rules import TOKEN_MATCH

    rules = load_rules()
    assert set(rules) == {"spacy", "tokenizer", "lexical", "lemma_lookup"}
    assert set(rules["tokenizer"]) == {"prefix", "suffix", "infix", "token_match", "url_match",
                                       "special_cases"}
    assert set(rules["lexical"]) == {"num_words", "ordinal_words", "tlds", "email", "url"}
    assert rules["tokenizer"]["token_match"] == TOKEN_MATCH.pattern
    assert rules["tokenizer"]["special_cases"]["don't"] == ["do", "n't"]
    assert rules["lemma_lookup"]["ran"] == "run"
    assert "twenty" in rules["lexical"]["num_words"] and "com" in rules["lexical"]["tlds"]


def test_plain_words_of_the_lemma_table_are_single_tokens():
    from planner.stage.compiled.spacy_rules import load_rules

    tok = load_featurizer().tokenizer
    for word in load_rules()["lemma_lookup"]:
        if word.isascii() and word.isalpha():
            assert not tok.find_prefix(word) and not tok.find_suffix(word), word
            assert not list(tok.infix_finditer(word)), word


def test_format4_is_percent_format():
    from planner.stage.output import format4

    values = np.array([0.0, 1.0, 0.5, 0.03125, 0.00005, 0.99995, 0.12345, 0.123449999, 1 / 3,
                       0.00015, 2.0, -0.1] + np.random.default_rng(3).random(2000).tolist())
    assert format4(values) == ["%.4f" % v for v in values.tolist()]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=5))
def test_csv_field_matches_the_csv_module(fields):
    import csv
    import io

    from planner.fileio import csv_line

    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(fields)
    line = csv_line(fields)
    if fields != [""] and not any("\r" in f for f in fields):
        assert line == out.getvalue()  # csv quotes a lone empty field; classify rows have nine
    assert list(csv.reader(io.StringIO(line, newline=""))) == [fields] or fields == [""]


def test_classify_csv_rows_match_the_csv_module(tmp_path, run):
    import csv
    import io

    texts = ['plain text', 'with, comma', 'with "quotes"', 'line\nbreak', 'cr\rinside', ' lead']
    path = tmp_path / "p.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerows([f"id,{i}", t] for i, t in enumerate(texts))
    r = run("classify", path, "--format", "csv")
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    assert [row[-1] for row in rows[1:]] == texts
    assert [row[0] for row in rows[1:]] == [f"id,{i}" for i in range(len(texts))]
    preds = load_model().predict(texts)
    assert [row[1] for row in rows[1:]] == [p.stage for p in preds]
    assert [row[2] for row in rows[1:]] == [f"{p.confidence:.4f}" for p in preds]


def test_encoder_splits_emoji_merged_across_whitespace_like_the_vectorizer():
    """With glue characters in the vocabulary, a token merged across a newline or NBSP
    must count as the parts the vectorizer's whitespace split sees."""
    from planner.stage.compiled.encoder import Encoder

    model = load_model()
    fz = load_featurizer()
    index = dict(model.compiled.index)
    for extra in ("\u200d", "\ufe0f", "(\u200d", "x"):
        index.setdefault(extra, len(index))
    enc = Encoder(fz, index)
    texts = ["(\u200d\n\u200d!", "x\xa0\u200d\xa0\ufe0f❤", "plain words here"]
    ids, rows, _ = enc.encode(texts)
    got = [ids[rows == i].tolist() for i in range(len(texts))]
    assert got == [[index.get(f, -1) for f in fz.feature_tokens(t)] for t in texts]


def test_a_foreign_model_file_beside_a_real_compiled_copy_is_refused(tmp_path):
    import zipfile

    dst = _copy(tmp_path)
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("schema.json", '{"__class__": "system", "__module__": "os"}')
    from planner.stage.files import metadata_sha256

    meta = json.loads(dst.with_suffix(".json").read_text())
    meta["sha256"] = hashlib.sha256(dst.read_bytes()).hexdigest()  # forged to match
    dst.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(PlannerError, match="metadata was changed"):
        load_model(dst)
    meta["metadata_sha256"] = metadata_sha256(meta)  # and that forged too
    dst.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(PlannerError, match="not the one its compiled copy was made from"):
        load_model(dst)


@pytest.mark.parametrize("change", [
    lambda m: [m], lambda m: {**m, "temperature": "warm"}, lambda m: {**m, "temperature": "nan"},
    lambda m: {**m, "temperature": -1}, lambda m: {**m, "sha256": 5},
])
def test_odd_model_metadata_is_refused(tmp_path, change):
    dst = _copy(tmp_path)
    meta = json.loads(dst.with_suffix(".json").read_text())
    dst.with_suffix(".json").write_text(json.dumps(change(meta)))
    with pytest.raises(PlannerError, match="refusing"):
        load_model(dst)


@pytest.mark.parametrize("change", [
    lambda a: {**a, "ngram": np.array([1, 2, 3])}, lambda a: {**a, "ngram": np.array([0, 2])},
    lambda a: {**a, "coef": a["coef"] * np.nan}, lambda a: {**a, "terms": np.array(["a"] * len(a["terms"]))},
    lambda a: {**a, "classes": np.array("awareness")},
])
def test_inconsistent_compiled_arrays_are_refused(tmp_path, change):
    model = load_model()
    arrays = change(export_arrays(model.pipeline, model.meta["sha256"]))
    bad = tmp_path / "bad.npz"
    bad.write_bytes(dumps_arrays(arrays))
    with pytest.raises(PlannerError, match="refusing|do not fit|wrong type"):
        CompiledModel(bad)


def test_a_damaged_compiled_file_is_refused(tmp_path):
    model = load_model()
    blob = bytearray(dumps_arrays(export_arrays(model.pipeline, model.meta["sha256"])))
    blob[200:260] = b"\x00" * 60  # inside the first member's deflate stream
    bad = tmp_path / "damaged.npz"
    bad.write_bytes(bytes(blob))
    with pytest.raises(PlannerError, match="refusing"):
        CompiledModel(bad)


def test_no_fork_while_other_threads_run(monkeypatch):
    import threading

    import planner.stage.compiled.pool as compiled

    def no_pool(*a, **k):
        raise AssertionError("forked with threads running")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_pool)
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        model = load_model()
        texts = ["thanks for your order"] * (compiled.PARALLEL_MIN + 5)
        probs = compiled.parallel_probabilities(model.compiled, load_featurizer(), texts,
                                                model.temperature)
        assert probs.shape == (len(texts), 5)
    finally:
        stop.set()
        t.join()


def test_classify_csv_from_chunks_of_any_size(tmp_path, run):
    import csv
    import io

    jl = tmp_path / "p.jsonl"
    jl.write_text("".join(json.dumps({"text": f"thanks for order {i}"}) + "\n" for i in range(15000)))
    small = tmp_path / "a.csv"
    small.write_text("text\n" + "".join(f"shop now {i}\n" for i in range(5000)))
    r = run("classify", small, jl, "--format", "csv")
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    assert len(rows) == 1 + 20000
    assert rows[1][-1] == "shop now 0" and rows[-1][-1] == "thanks for order 14999"
    assert [row[0] for row in rows[1:]] == [str(i) for i in range(1, 20001)]


def test_json_text_with_half_a_character_is_repaired(tmp_path, run):
    p = tmp_path / "p.json"
    p.write_text('[{"text": "lone \\ud800 half"}]')
    r = run("classify", p, "--format", "csv")
    assert r.code == 0, r.err
    assert "lone \ufffd half" in r.out


def test_nothing_is_printed_before_a_bad_row_further_down(tmp_path, run):
    bad = tmp_path / "late.csv"
    bad.write_text("text,stage\n" + "".join(f"post {i},loyalty\n" for i in range(12000))
                   + "one more,purchase-ish\n")
    old = _without_compiled_copy(_copy(tmp_path))  # a model without one reads lazily too
    for extra in ([], ["--model", old]):
        r = run("classify", bad, "--format", "csv", *extra)
        assert r.code == 1 and "line 12002" in r.err and "purchase-ish" in r.err
        assert r.out == ""
