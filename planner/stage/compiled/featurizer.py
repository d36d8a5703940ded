"""One raw post → the feature tokens the stage model reads, as the reference path's
``features()`` gives them, without spaCy."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from planner.stage.compiled.cue_rules import CueRules
from planner.stage.compiled.lexicon import Lexicon
from planner.stage.compiled.spacy_rules import load_rules
from planner.stage.compiled.tokenizer import Tokenizer, merge_emoji_tokens
from planner.text.cues import opens_reply
from planner.text.rules import GLUE_RE, MAX_POST_CHARS


class Featurizer:
    """Raw post → the feature tokens the stage model reads, without spaCy."""

    def __init__(self, rules: dict, cues_path: Path | None = None) -> None:
        self.tokenizer = Tokenizer(rules)
        self.lexicon = Lexicon(rules)
        self.cues = CueRules(self.tokenizer, cues_path)
        #: token text → (feature tokens, lower-cased text, whether a cue can start there)
        self._info: dict[str, tuple[tuple[str, ...], str, bool]] = {}

    def tokens(self, text: str) -> tuple[list[str], bool]:
        """Token texts, and whether emoji were merged (merged tokens may hold whitespace)."""
        text = text[:MAX_POST_CHARS]
        if GLUE_RE.search(text) is not None:
            words, spaces = self.tokenizer(text)
            return merge_emoji_tokens(words, spaces), True
        return self.tokenizer.words(text), False

    def token_info(self, w: str) -> tuple[tuple[str, ...], str, bool]:
        """A token text's feature tokens, lower-cased text, and whether a cue can start there
        (cached)."""
        return self._info.get(w) or self._token_info(w)

    def _token_info(self, w: str) -> tuple[tuple[str, ...], str, bool]:
        info = (self.lexicon.feature(w), w.lower(), self.cues.starts(w))
        if len(self._info) < 500_000:
            self._info[w] = info
        return info

    def feature_tokens(self, text: str) -> list[str]:
        """The vectorizer's tokens for one post (``features()`` of the spaCy path, split)."""
        words, merged = self.tokens(text)
        out: list[str] = []
        get = self._info.get
        lowers = []
        starts = []
        for i, w in enumerate(words):
            info = get(w) or self._token_info(w)
            out += info[0]
            lowers.append(info[1])
            if info[2]:
                starts.append(i)
        if starts or (words and opens_reply(words[0])):
            out += ["CUE_" + c for c in self.cues(words, lowers, starts)]
        if not out:
            return ["EMPTY"]
        return " ".join(out).split() if merged else out

    def __call__(self, text: str) -> str:
        return " ".join(self.feature_tokens(text))


@lru_cache(maxsize=2)
def load_featurizer(path: str | None = None) -> Featurizer:
    """The featurizer of the exported rules (the shipped ones unless ``path``), built once."""
    return Featurizer(load_rules(path))
