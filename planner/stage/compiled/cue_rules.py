"""The cues of ``data/cues.toml`` matched on token texts, as spaCy's PhraseMatcher (on
``LOWER``) and Matcher match them in the reference path."""

from __future__ import annotations

import re
from pathlib import Path

from planner.errors import PlannerError
from planner.stage.compiled.tokenizer import Tokenizer
from planner.text.cues import REPLY_START, cues_path, opens_reply, read_cues

_SPEC_ATTRS = {"TEXT": lambda t: t, "ORTH": lambda t: t, "LOWER": str.lower}


def _spec_test(spec: dict, where: str):
    """One Matcher token spec as a predicate on token text; only the forms cues.toml uses."""
    if len(spec) != 1:
        raise PlannerError(f"cue pattern token {spec} must test one attribute", source=where)
    (attr, value), = spec.items()
    get = _SPEC_ATTRS.get(attr)
    if get is None:
        raise PlannerError(f"cue pattern attribute {attr} is not supported "
                           f"(use {', '.join(_SPEC_ATTRS)})", source=where)
    if isinstance(value, str):
        return lambda t: get(t) == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "REGEX":
            search = re.compile(arg).search
            return lambda t: search(get(t)) is not None
        if op == "IN":
            options = frozenset(arg)
            return lambda t: get(t) in options
        if op == "NOT_IN":
            options = frozenset(arg)
            return lambda t: get(t) not in options
    raise PlannerError(f"cue pattern value {value!r} is not supported", source=where)


class CueRules:
    """``data/cues.toml`` matched on token texts as spaCy's PhraseMatcher (LOWER) and Matcher do."""

    def __init__(self, tokenizer: Tokenizer, path: Path | None = None) -> None:
        path = path or cues_path()
        #: a trie of lower-cased phrase tokens; the key ``None`` holds the cue names ending there
        self.trie: dict = {}
        #: patterns: (cue name, [predicate per token])
        self.patterns: list[tuple[str, list]] = []
        spec_of: list[list[dict]] = []
        for cue in read_cues(path):
            name = cue.name
            for p in cue.phrases:
                toks = [w.lower() for w in tokenizer(p)[0]]
                if not toks:
                    continue
                node = self.trie
                for t in toks:
                    node = node.setdefault(t, {})
                names = node.setdefault(None, [])
                if name not in names:  # a phrase listed twice under one cue matches once
                    names.append(name)
            for pattern in cue.patterns:
                tests = [_spec_test(s, f"{path} [{name}]") for s in pattern]
                if tests:
                    self.patterns.append((name, tests))
                    spec_of.append(pattern)
        self._first: dict[str, tuple[int, ...]] = {}
        # patterns whose first token is a LOWER equality are found by a dict lookup
        self._first_equal: dict[str, tuple[int, ...]] = {}
        self._first_other: list[int] = []
        #: (pattern, the test of its first token) of the others, in order
        self._first_tests: list[tuple[int, object]] = []
        for i, (name, tests) in enumerate(self.patterns):
            first = spec_of[i][0]
            (attr, value), = first.items()
            if attr == "LOWER" and isinstance(value, str):
                self._first_equal[value] = self._first_equal.get(value, ()) + (i,)  # (ascending)
            else:
                self._first_other.append(i)
                self._first_tests.append((i, tests[0]))

    def starts(self, text: str) -> bool:
        """Whether a cue can start at a token with this text."""
        return text.lower() in self.trie or bool(self.first_patterns(text))

    def first_patterns(self, text: str) -> tuple[int, ...]:
        hit = self._first.get(text)
        if hit is None:
            hit = self._first_equal.get(text.lower(), ())
            other = [i for i, test in self._first_tests if test(text)]
            if other:
                hit = tuple(sorted(hit + tuple(other)))
            if len(self._first) < 500_000:
                self._first[text] = hit
        return hit

    def matches(self, words, keys: list, starts) -> list[tuple[int, int, str]]:
        """(start, end, cue name) of every phrase and pattern match starting at ``starts``;
        ``keys`` are the lower-cased token texts (what the phrase trie is keyed by)."""
        found: list[tuple[int, int, str]] = []
        trie = self.trie
        n = len(words)
        for i in starts:
            node = trie.get(keys[i])
            j = i + 1
            while node is not None:
                names = node.get(None)
                if names:
                    found.extend((i, j, name) for name in names)
                node = node.get(keys[j]) if j < n else None
                j += 1
        found += self.pattern_matches(words, starts)
        return found

    def pattern_matches(self, words, starts) -> list[tuple[int, int, str]]:
        """(start, end, cue name) of every token pattern (not phrase) match at ``starts``."""
        found: list[tuple[int, int, str]] = []
        first = self._first
        patterns = self.patterns
        n = len(words)
        for i in starts:
            w = words[i]
            hits = first.get(w)
            if hits is None:
                hits = self.first_patterns(w)
            for k in hits:
                name, tests = patterns[k]
                m = len(tests)
                if i + m <= n and all(t(words[i + q]) for q, t in enumerate(tests)):
                    found.append((i, i + m, name))
        return found

    def __call__(self, words: list[str], lowers: list[str],
                 starts: list[int] | None = None) -> list[str]:
        """Cue names found, in order of (start token, name), duplicates kept as spaCy gives them.

        ``starts`` limits the search to token positions where a cue can start.
        """
        found = [(i, name) for i, _, name in
                 self.matches(words, lowers, range(len(words)) if starts is None else starts)]
        if words and opens_reply(words[0]):
            found.append((0, REPLY_START))
        found.sort()
        return [name for _, name in found]
