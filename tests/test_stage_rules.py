"""The labelling-rules layer (planner/stage/rules.py): the decision order, its triggers held
to the unfiltered search, the prior correction, and both classifier paths applying it alike."""

import re

import numpy as np
import pytest

from planner.domain.funnel import STAGES
from planner.errors import PlannerError
from planner.stage import rules
from planner.stage.rules import RuleLayer, rule_hits, rule_stage


@pytest.mark.parametrize("text, stage", [
    ("Loved your mug? Leave us a review and tell other buyers!", "advocacy"),
    ("Please share this post with your friends and family.", "advocacy"),
    ("@jo Sorry to hear that. Please send us a DM with your order number.", "loyalty"),
    ("Members only: early access to the spring glazes starts Friday.", "loyalty"),
    ("Spring sale: 20% off everything with code SPRING20, ends tonight.", "conversion"),
    ("WINNER! Txt CLAIM to 81010 now to get your prize. 150p/msg", "conversion"),
    ("Made of solid oak, measures 30 x 40 cm, includes wall fixings.", "consideration"),
    ("Join our free webinar on choosing handmade ceramics.", "consideration"),
])
def test_rules_follow_the_decision_order(text, stage):
    assert rule_stage(text) == stage


@pytest.mark.parametrize("text", [
    "Happy Friday, everyone! What are you up to this weekend?",
    "Our founder threw her first mug in a garden shed in 2019.",
    "", "🎉", "x" * 20_000,
])
def test_posts_with_no_signal_are_left_to_the_model(text):
    assert rule_stage(text) is None


def test_an_advocacy_ask_outranks_a_discount():
    # docs/labelling.md: a discount for referrals is advocacy, checked before conversion
    assert rule_stage("Refer a friend and you both get 15% off") == "advocacy"
    assert [h[1] for h in rule_hits("Refer a friend and you both get 15% off")][0] == "advocacy"


def test_a_support_reply_asking_to_share_details_is_loyalty_not_advocacy():
    assert rule_stage("@user Hi Ryan, we're sorry about this. Could you share the details here?") \
        == "loyalty"


def _unfiltered(text):
    for stage in rules.ORDER:
        for _name, s, pattern in rules.RULES:
            if s == stage and re.search(pattern, text[:10_000], re.IGNORECASE):
                return stage
    return None


_WORDS = ["share", "your", "order", "sale", "50%", "off", "txt", "WIN", "to", "81010", "£5",
          "sorry", "dm", "us", "made", "of", "10cm", "webinar", "@jo", "tag", "friends",
          "join", "now", "call", "09061234567", "apologise", "Troubleshooting", "q&a", "the",
          "ENROLL", "pre-order", "spread", "word", "\u017fhare", "ﬀ", "İ", "\n", "!", "150p"]


def test_triggers_never_hide_a_match():
    """The trigger words only skip searches that would fail: the layer gives every text the
    stage the plain regular expressions give it."""
    rng = np.random.default_rng(3)
    for _ in range(3000):
        text = " ".join(rng.choice(_WORDS, size=rng.integers(1, 9)))
        assert rule_stage(text) == _unfiltered(text), text


def test_the_layer_prior_corrects_then_lets_a_rule_decide():
    layer = RuleLayer(0.75, (1.0, 1.0, 1.0, 1.0, 0.5))
    probs = np.array([[0.1, 0.1, 0.1, 0.1, 0.6], [0.1, 0.1, 0.1, 0.1, 0.6]])
    out = layer.apply(probs, list(STAGES), ["Nothing to see here", "Use code GLOW15 today"])
    assert np.allclose(out.sum(axis=1), 1.0)
    assert out[0, 4] == pytest.approx(0.3 / 0.7)  # advocacy halved, renormalised
    assert out[1].argmax() == STAGES.index("conversion") and out[1, 2] > 0.75


def test_the_layer_reads_columns_in_the_models_order():
    layer = RuleLayer(0.75, (1.0, 1.0, 1.0, 1.0, 1.0))
    classes = ["advocacy", "awareness", "consideration", "conversion", "loyalty"]
    out = layer.apply(np.full((1, 5), 0.2), classes, ["Use code GLOW15 today"])
    assert classes[out[0].argmax()] == "conversion"


def test_metadata_with_other_rules_or_out_of_range_weights_is_refused():
    meta = {"rules": RuleLayer(0.75, (1.0, 1.0, 1.0, 1.0, 0.5)).to_meta()}
    assert RuleLayer.from_meta(meta) == RuleLayer(0.75, (1.0, 1.0, 1.0, 1.0, 0.5))
    assert RuleLayer.from_meta({}) is None
    stale = {"rules": dict(meta["rules"], fingerprint="0" * 64)}
    with pytest.raises(PlannerError, match="other labelling rules"):
        RuleLayer.from_meta(stale)
    with pytest.raises(PlannerError, match="out of range"):
        RuleLayer.from_meta({"rules": dict(meta["rules"], weight=0.4)})
    with pytest.raises(PlannerError, match="unreadable"):
        RuleLayer.from_meta({"rules": {"weight": "x"}})


def test_both_paths_apply_the_shipped_models_rules_alike():
    from planner.stage.model import load_model

    model = load_model()
    assert model.layer is not None
    texts = ["Refer a friend and you both get 15% off", "@jo Sorry! DM us your order number.",
             "WINNER! Txt CLAIM to 81010 now", "Made of solid oak, 30 cm wide.",
             "Happy Friday, everyone!", "Please share this post with your friends."]
    fast = model.probabilities(texts)
    ref = model.probabilities(texts, reference=True)
    assert np.abs(fast - ref).max() < 1e-9
    stages = [model.classes[i] for i in fast.argmax(axis=1)]
    assert stages[:4] == ["advocacy", "loyalty", "conversion", "consideration"]
    assert stages[5] == "advocacy"
    streamed = np.concatenate(list(model.probabilities_stream([texts[:2], texts[2:]])))
    assert np.array_equal(streamed, fast)


def test_an_ascii_post_is_matched_as_written_whatever_its_case():
    # ASCII posts are searched lower-cased (fast); the result and the quoted match are the
    # case-insensitive search of the post as written
    text = "LEAVE US A REVIEW! Sorry For The Wait, SHOP NOW with code GLOW15"
    hits = rule_hits(text)
    assert [(n, m) for n, _s, m in hits][:2] == [("review_ask", "LEAVE US A REVIEW"),
                                                 ("apology", "Sorry For")]
    assert ("discount", "code GLOW15") in [(n, m) for n, _s, m in hits]
    assert rule_stage("code glow15") is None  # the code itself stays case-sensitive


def _batched_stages(texts):
    """The compiled path's rule stages: triggers found per piece by the encoder."""
    from planner.stage.compiled.featurizer import load_featurizer
    from planner.stage.model import load_model

    encoder = load_model().compiled.encoder(load_featurizer())
    return encoder.encode_with_rules(texts)[3]


_EDGES = ["", " ", "  share  this post  ", "Refer\u00a0a friend", "\u017fhare this post", "İ DM us",
          "apologies", "APOLOGISE", "ﬀ sale", "50%off", "£5 per month", "call 09061234567",
          "@jo sorry", "  @jo sorry", "x\x00 sale", "sale\nnow", "9p/msg", "“review us”"]


def test_the_compiled_paths_batched_rules_give_every_post_rule_stages_stage():
    rng = np.random.default_rng(5)
    seps = [" ", "  ", "\n", " \n ", "\t", ""]
    texts = list(_EDGES)
    for _ in range(3000):
        words = rng.choice(_WORDS, size=rng.integers(1, 12))
        texts.append("".join(w + rng.choice(seps) for w in words))
    # posts the rules cut: at 10,000 characters, in a word, and past it
    texts += ["x " * 4999 + "referral friends", "a" * 9_995 + " sale", "b" * 9_998 + " dm us",
              "c " * 4_998 + "apologi" + "se", "sale " + "y" * 30_000]
    for start in range(0, len(texts), 700):  # batches of several sizes, pieces seen before
        batch = texts[start:start + 700]
        assert _batched_stages(batch) == [rule_stage(t) for t in batch]
    with_nul = ["a post with a \x00 in it: sale", "@jo sorry"]  # the one-by-one path
    assert _batched_stages(with_nul) == ["conversion", "loyalty"]


def test_quicker_searches_find_a_match_exactly_when_the_rule_does():
    """Each rule's searches of the lower-cased post (rulesearch.py: case-sensitive, and told
    the characters a match starts with) agree with its case-insensitive search of the post,
    on posts with capitals, characters outside ASCII and the case-folding odd ones."""
    rng = np.random.default_rng(11)
    odd = list("ſıKİÉéÜü’“”£€ßΣ\u00a0\u200d😀ﬀＦ中") + ["\u212a"]
    words = _WORDS + ["review", "us", "friends", "post", "now", "today", "your", "£5", "$20",
                      "10", "reviews", "5", "stars", "rated", "3.5", "inch", "made", "with",
                      "code", "GLOW15", "Txt", "REPLY", "CLAIM", "STOP", "12"]
    checked = 0
    for _ in range(1500):
        parts = []
        for w in rng.choice(words, size=rng.integers(1, 10)):
            w = str(w)
            roll = rng.random()
            w = w.upper() if roll < 0.2 else w.capitalize() if roll < 0.3 else w
            if rng.random() < 0.1:
                w += str(rng.choice(odd))
            parts.append(w + str(rng.choice([" ", "  ", "\n", ", ", ""])))
        text = "".join(parts)
        lower = text.lower()
        plain = rules.lowers_plainly(text)
        for name, _stage, search, scan, _triggers in rules.compiled_rules():
            expected = search(text) is not None
            if plain and scan is not None:
                assert (scan(text, lower) is not None) == expected, (name, text)
                checked += 1
    assert checked > 10_000


def test_what_lowers_plainly():
    from planner.stage.rulesearch import alternatives, first_scan, lowered_search, plain_char, plain_scan

    assert [plain_char(c) for c in "é😀’中\u00a0"] == [True] * 5
    assert [plain_char(c) for c in "ſıÉİ\u212a"] == [False] * 5  # s, i, capitals, the Kelvin k
    assert rules.lowers_plainly("Café ☕ OPEN") and not rules.lowers_plainly("ſhare this")
    assert lowered_search(r"\bsorry\b|^\W*@\w+") is not None
    assert lowered_search(r"[£$€]\s?\d") is not None  # £ and € have no case
    for pattern in (r"code (?-i:[A-Z]{4})", r"Sale", r"\x41", r"café|CAFÉ", r"straße"):
        assert lowered_search(pattern) is None, pattern
    assert first_scan(r"^\W*@") is None and first_scan(r"\b\w+") is None
    scan = first_scan(r"\b(shop|buy) now\b|\d+p\b")
    assert scan("we shop now") and scan("only 50p") and not scan("shopnow") and not scan("snow")
    assert scan.__self__.pattern.startswith(r"[\dbs]")
    assert alternatives(r"a(b|c)|[|]|\||(?-i:X)") == ["a(b|c)", "[|]", "\\|", "(?-i:X)"]
    # alternatives searched lower-cased, as written (one case-sensitive group) or as before
    code = plain_scan(r"\bsale\b|\bcode (?-i:[A-Z0-9]{4,})\b|(?-i:\bTXT [A-Z]{2,})|\bx(?-i:Y)")
    for text, found in [("SALE now", True), ("Use CODE GLOW15", True), ("use code glow15", False),
                        ("TXT STOP", True), ("txt STOP", False), ("XY", True), ("xy", False)]:
        assert bool(code(text, text.lower())) == found, text
    # what may be skipped (an optional part, an empty alternative, a look-behind) adds the
    # characters after it
    assert first_scan(r"\b(un)?done\b")("all done") and first_scan(r"(a|)b")("b")
    assert first_scan(r"(?<!for )\bspread")("spread") and not first_scan(r"(?<!for )\bspread")("for spread")
