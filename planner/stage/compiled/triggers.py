"""The rules layer's stages (:func:`planner.stage.rules.rule_stage`) for a batch of posts,
with the trigger words found once per distinct piece of text.

A rule is searched for only where one of its triggers holds (:data:`planner.stage.rules.
TRIGGERS`): a trigger word is a run of a-z in the lower-cased post, a trigger substring
holds no whitespace, so both lie inside one space-separated piece, and what a post holds
is what its pieces hold together. The encoder (:mod:`.encoder`) registers every distinct
piece once: it gives each a row of :class:`PieceTriggers` (which trigger specs it starts,
which it completes, as bits), a batch ORs its pieces' rows per post, and the posts whose
bits say a rule is triggered are searched, rule by rule in the decision order, as
``rule_stage`` searches them. Posts longer than the rules read take ``rule_stage`` itself.
"""

from __future__ import annotations

import numpy as np

from planner.stage.rules import MAX_RULE_CHARS, WORDS, compiled_rules, plain_char, rule_stage

#: words of 64 bits that hold one bit per trigger spec
_WORDS64 = 2


class PieceTriggers:
    """Trigger specs as bits, each distinct piece's bits registered once."""

    def __init__(self) -> None:
        self.rules = compiled_rules()
        first_word: dict[str, int] = {}
        first_sub: dict[str, int] = {}
        then_word: dict[str, int] = {}
        no_then = 0
        #: the first spec bit of each rule (rules in the decision order, their specs in turn)
        starts: list[int] = []
        bit = 0
        for _name, _stage, _search, _fast, triggers in self.rules:
            starts.append(bit)
            for keys, subs, then in triggers:
                for k in keys:
                    first_word[k] = first_word.get(k, 0) | 1 << bit
                for s in subs:
                    first_sub[s] = first_sub.get(s, 0) | 1 << bit
                if then is None:
                    no_then |= 1 << bit
                else:
                    for k in then:
                        then_word[k] = then_word.get(k, 0) | 1 << bit
                bit += 1
        if bit > 64 * _WORDS64 or any(any(c.isspace() for c in s) for s in first_sub):
            raise RuntimeError("the rules' triggers do not fit the piece registry")
        self._first_word, self._then_word = first_word, then_word
        self._first_sub = tuple(first_sub.items())
        self._letter_subs = tuple((s, bits) for s, bits in first_sub.items() if s.isascii() and s.isalpha())
        self._rule_starts = np.array(starts, dtype=np.intp)
        self._no_then = self._split(no_then)
        #: (first bits, then bits, not lower-cased plainly) → row; row 0 is a piece that
        #: triggers nothing
        self._row: dict[tuple[int, int, int], int] = {(0, 0, 0): 0}
        self._rows: list[tuple[int, ...]] = [self._split(0) + self._split(0) + (0,)]
        self._table: np.ndarray | None = None

    @staticmethod
    def _split(bits: int) -> tuple[int, ...]:
        return tuple((bits >> (64 * i)) & 0xFFFF_FFFF_FFFF_FFFF for i in range(_WORDS64))

    def piece(self, piece: str) -> int:
        """The row of a piece (text without spaces) of a post."""
        lower = piece.lower()
        if lower.isascii() and lower.isalpha():  # one word: only substrings of letters fit in it
            first = self._first_word.get(lower, 0)
            then = self._then_word.get(lower, 0)
            for s, bits in self._letter_subs:
                if s in lower:
                    first |= bits
            odd = 0
        else:
            first = then = 0
            for w in set(WORDS(lower)):
                first |= self._first_word.get(w, 0)
                then |= self._then_word.get(w, 0)
            for s, bits in self._first_sub:
                if s in lower:
                    first |= bits
            odd = int(not piece.isascii() and not all(plain_char(c) for c in set(piece) if not c.isascii()))
        key = (first, then, odd)
        row = self._row.get(key)
        if row is None:
            row = self._row[key] = len(self._rows)
            self._rows.append(self._split(first) + self._split(then) + (odd,))
            self._table = None
        return row

    def table(self) -> np.ndarray:
        """Every row's bits (uint64): first-spec words, then-spec words, and 1 where a piece
        does not lower plainly (:func:`~planner.stage.rules.lowers_plainly`)."""
        if self._table is None or len(self._table) != len(self._rows):
            self._table = np.array(self._rows, dtype=np.uint64)
        return self._table

    def triggered(self, post_bits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(post, rule) of every rule triggered in posts given as their pieces' rows ORed
        together, by post, then rule in the decision order."""
        first, then = post_bits[:, :_WORDS64], post_bits[:, _WORDS64:2 * _WORDS64]
        ok = first & (then | np.array(self._no_then, dtype=np.uint64))
        bits = np.unpackbits(ok.astype("<u8").view(np.uint8), axis=1, bitorder="little")
        by_rule = np.logical_or.reduceat(bits, self._rule_starts, axis=1)
        return np.nonzero(by_rule)

    def stages(self, texts: list[str], piece_rows: np.ndarray, post_starts: np.ndarray) -> list[str | None]:
        """``rule_stage`` of each text, given the rows of the pieces of all texts (in order)
        and where each text's pieces start."""
        n = len(texts)
        out: list[str | None] = [None] * n
        if not n:
            return out
        post_bits = np.bitwise_or.reduceat(self.table()[piece_rows], post_starts, axis=0)
        posts, rules = self.triggered(post_bits)
        odd = post_bits[:, -1].tolist()
        compiled = self.rules
        done = current = -1
        for p, text in enumerate(texts):
            if len(text) > MAX_RULE_CHARS:  # the rules read its start: the piece rows do not say
                out[p] = rule_stage(text)
        text = lower = ""
        plain = False
        for p, r in zip(posts.tolist(), rules.tolist()):
            if p == done:
                continue
            if p != current:
                current = p
                text = texts[p]
                if len(text) > MAX_RULE_CHARS:
                    done = p
                    continue
                plain = not odd[p]  # lowers_plainly(text), from its pieces
                lower = text.lower() if plain else ""
            _name, stage, search, scan, _triggers = compiled[r]
            if (scan(text, lower) if plain and scan is not None else search(text)) is not None:
                out[p], done = stage, p
        return out
