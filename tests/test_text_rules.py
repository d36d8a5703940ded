"""The shared social-text rules and the cue reader, each defined once for both classifier paths."""

from planner.text.cues import (
    REPLY_STAGE,
    REPLY_START,
    cue_stages,
    opens_reply,
    read_cues,
)
from planner.text.rules import (
    GLUE,
    GLUE_RE,
    JOINERS,
    SKIN_TONES,
    ZWJ,
    emoji_merge_spans,
    lemma,
)


def test_glue_regex_finds_exactly_the_glue_characters():
    assert GLUE == JOINERS | SKIN_TONES and len(GLUE) == 9
    found = {chr(c) for c in range(0x2000, 0x1FB00) if GLUE_RE.fullmatch(chr(c))}
    assert found == GLUE


def test_emoji_merge_spans():
    family = ["👨", ZWJ, "👩", ZWJ, "👧"]
    assert emoji_merge_spans(family, [False] * 5) == [(0, 5)]
    assert emoji_merge_spans(["👍", "🏽", "ok"], [False, True, False]) == [(0, 2)]
    assert emoji_merge_spans(["1", "\ufe0f", "\u20e3", "first"], [False, False, True, False]) == [(0, 3)]
    # a space before the glue keeps the tokens apart
    assert emoji_merge_spans(["👍", "🏽"], [True, False]) == []
    assert emoji_merge_spans(["a", "b"], [False, False]) == []
    assert emoji_merge_spans([], []) == []


def test_tags_are_their_own_lemma_and_fixes_beat_the_table():
    table = {"ran": "run", "does": "doe", "#sales": "#sale"}
    assert lemma("#sales", table) == "#sales"
    assert lemma("@shop", None) == "@shop"
    assert lemma("does", table) == "do"
    assert lemma("ran", table) == "run"
    assert lemma("unknown", table) == "unknown"


def test_cues_file_is_read_once_into_plain_records():
    cues = read_cues()
    names = [c.name for c in cues]
    assert len(names) == len(set(names)) and "buy_cta" in names and REPLY_START not in names
    assert all(c.phrases or c.patterns for c in cues)
    stages = cue_stages(cues)
    assert stages[REPLY_START] == REPLY_STAGE == "loyalty"
    assert stages["buy_cta"] == "conversion"


def test_a_reply_opens_with_a_mention():
    assert opens_reply("@shop")
    assert not opens_reply("@") and not opens_reply("#shop") and not opens_reply("shop")


def test_both_cue_matchers_know_the_same_cues():
    from planner.stage.compiled.featurizer import load_featurizer
    from planner.stage.reference import CueMatcher
    from planner.text.language import load_pipeline

    compiled = load_featurizer().cues
    compiled_names = {name for name, _ in compiled.patterns}

    def trie_names(node):
        for key, child in node.items():
            if key is None:
                yield from child
            else:
                yield from trie_names(child)

    compiled_names |= set(trie_names(compiled.trie))
    spacy_names = set(CueMatcher(load_pipeline()).stage_of)
    assert spacy_names == compiled_names | {REPLY_START}
