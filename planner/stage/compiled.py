"""The stage model compiled for bulk classification, with no spaCy or scikit-learn at run time.

spaCy and scikit-learn define the model: training, explanations and the brief parser
use them. Importing both costs about a second before the first post is read, and a
spaCy ``Doc`` per post costs more than the classifier itself, so ``planner classify``
runs a compiled copy of the same computation:

* :class:`Tokenizer` replays spaCy's tokenizer algorithm (whitespace spans, special
  cases, prefix/suffix/infix search, ``token_match``, ``url_match`` and the
  special-case matcher pass) with the rules exported from ``models/nlp`` into
  ``models/nlp/planner_rules.json`` by ``models/build_nlp.py``;
* the lexical tests (``like_url``, ``like_num``, ``is_punct`` …) and the lemma table
  come from the same export;
* :class:`CueRules` matches ``data/cues.toml`` the way spaCy's PhraseMatcher (on
  ``LOWER``) and Matcher do;
* :class:`CompiledModel` applies the TF-IDF weights and the logistic regression,
  exported by ``planner train`` into ``stage_model.npz`` beside the skops file.

:class:`Encoder` runs the tokenizer and featuriser once per distinct piece of text and
turns a batch of posts into vocabulary ids with numpy. Tests hold the feature text
equal to the spaCy path's, the encoder's ids equal to the feature text's, and the
probabilities equal to scikit-learn's, on the whole corpus, edge cases and generated
text.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import tomllib
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np

from planner.errors import PlannerError
from planner.resources import data_dir, models_dir
from planner.stage.maths import calibrate, content_words, shrink, thin_weight
from planner.text.rules import (
    _GLUE_RE,
    _WS_SPLIT,
    JOINERS,
    LEMMA_FIXES,
    SKIN_TONES,
    token_feature,
)

RULES_NAME = "planner_rules.json"
COMPILED_SUFFIX = ".npz"

def rules_path() -> Path:
    return models_dir() / "nlp" / RULES_NAME


class Tokenizer:
    """spaCy's tokenizer algorithm over exported rules; returns token texts and trailing spaces."""

    def __init__(self, rules: dict) -> None:
        tok = rules["tokenizer"]
        self.prefix_search = re.compile(tok["prefix"]).search
        self.suffix_search = re.compile(tok["suffix"]).search
        self.infix_finditer = re.compile(tok["infix"]).finditer
        self.token_match = re.compile(tok["token_match"]).match
        self.url_match = re.compile(tok["url_match"]).match
        self.specials: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in tok["special_cases"].items()}
        self._cache: dict[str, tuple[str, ...]] = {}
        # spaCy's special-case matcher: rules whose text the affix rules would split
        self._special_first: dict[str, list[tuple[str, ...]]] = {}
        #: first token → rule texts whose match would change the tokens (the prefilter)
        self._effective: dict[str, list[str]] = {}
        for rule, orths in self.specials.items():
            if self.find_prefix(rule) or self.find_suffix(rule) or list(self.infix_finditer(rule)) \
                    or " " in rule:
                pattern = tuple(self._affix_tokens(rule, False)[0])
                self._special_first.setdefault(pattern[0], []).append(pattern)
                if pattern != orths:
                    self._effective.setdefault(pattern[0], []).append(rule)
        #: whitespace-free span → (tokens, whether a special-case match could change them)
        self._chunks: dict[str, tuple[tuple[str, ...], bool]] = {}

    def find_prefix(self, s: str) -> int:
        m = self.prefix_search(s)
        return m.end() - m.start() if m is not None else 0

    def find_suffix(self, s: str) -> int:
        m = self.suffix_search(s)
        return m.end() - m.start() if m is not None else 0

    # -- one whitespace-free span --------------------------------------------------------------
    def _span(self, span: str, specials: bool) -> tuple[str, ...]:
        if specials:
            hit = self.specials.get(span)
            if hit is not None:
                return hit
            hit = self._cache.get(span)
            if hit is not None:
                return hit
        if span.isascii() and span.isalpha():
            # no prefix, suffix or infix rule matches ASCII letters alone (they all need
            # punctuation, a symbol or a digit): a plain word is one token
            return (span,)
        out = self._tokenize(span, specials)
        if specials and len(self._cache) < 200_000:
            self._cache[span] = out
        return out

    def _tokenize(self, string: str, specials: bool) -> tuple[str, ...]:
        prefixes: list[str] = []
        suffixes: list[str] = []
        sp = self.specials if specials else {}
        last_size = 0
        token_match = self.token_match
        while string and len(string) != last_size:
            if token_match(string):
                break
            if string in sp:
                break
            if string.isascii() and string.isalpha():
                break  # no affix rule matches ASCII letters alone (see _span)
            last_size = len(string)
            pre_len = self.find_prefix(string)
            if pre_len:
                prefix = string[:pre_len]
                minus_pre = string[pre_len:]
                if minus_pre and minus_pre in sp:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self.find_suffix(string[pre_len:])
            if suf_len:
                suffix = string[-suf_len:]
                minus_suf = string[:-suf_len]
                if minus_suf and minus_suf in sp:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        out = prefixes
        if string:
            hit = sp.get(string) if specials else None
            if hit is None and specials:
                hit = self._cache.get(string)
            if hit is not None:
                out.extend(hit)
            elif (string.isascii() and string.isalpha()) or token_match(string) or self.url_match(string):
                out.append(string)
            else:
                start = 0
                for m in self.infix_finditer(string):
                    i0, i1 = m.start(), m.end()
                    if i0 == 0:
                        continue
                    if i0 != start:
                        out.append(string[start:i0])
                    if i0 != i1:
                        out.append(string[i0:i1])
                    start = i1
                if string[start:]:
                    out.append(string[start:])
        out.extend(reversed(suffixes))
        return tuple(out)

    # -- a whole text --------------------------------------------------------------------------
    def _affix_tokens(self, text: str, specials: bool) -> tuple[list[str], list[bool]]:
        words: list[str] = []
        spaces: list[bool] = []
        pieces = _WS_SPLIT.split(text)
        for i, piece in enumerate(pieces):
            if not piece:
                continue
            if i % 2 == 0:
                toks = self._span(piece, specials)
                words.extend(toks)
                spaces.extend([False] * len(toks))
                continue
            if i > 1 or pieces[0]:  # whitespace after a token: one plain space belongs to it
                if piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                    if not piece:
                        continue
            toks = self._span(piece, specials)
            words.extend(toks)
            spaces.extend([False] * len(toks))
        return words, spaces

    def _chunk(self, piece: str) -> tuple[tuple[str, ...], bool]:
        toks = self._span(piece, True)
        eff = self._effective
        flag = any(rule in piece for t in toks if t in eff for rule in eff[t])
        info = (toks, flag)
        if len(self._chunks) < 200_000:
            self._chunks[piece] = info
        return info

    def words(self, text: str) -> list[str]:
        """Token texts, as ``__call__`` gives them, taking the fast way when it is exact."""
        pieces = _WS_SPLIT.split(text)
        words: list[str] = []
        get = self._chunks.get
        odd = False
        for piece in pieces:
            if odd:
                odd = False
                if words:  # after a token, one plain space belongs to that token
                    if piece == " ":
                        continue
                    if piece[0] == " ":
                        piece = piece[1:]
            else:
                odd = True
                if not piece:
                    continue
            info = get(piece) or self._chunk(piece)
            if info[1]:
                return self(text)[0]
            words += info[0]
        return words

    def __call__(self, text: str) -> tuple[list[str], list[bool]]:
        words, spaces = self._affix_tokens(text, True)
        first = self._special_first
        if any(w in first for w in words):
            words, spaces = self._apply_special_cases(words, spaces)
        return words, spaces

    def _apply_special_cases(self, words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
        matches = []
        n = len(words)
        for i, w in enumerate(words):
            for pattern in self._special_first.get(w, ()):
                k = len(pattern)
                if tuple(words[i:i + k]) == pattern:
                    matches.append((i, i + k))
        if not matches:
            return words, spaces
        matches = sorted(set(matches), key=lambda m: (m[1] - m[0], -m[0]))
        seen: set[int] = set()
        kept = []
        for start, end in reversed(matches):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        kept.sort()
        out_w: list[str] = []
        out_s: list[bool] = []
        i = 0
        by_start = dict(kept)
        while i < n:
            end = by_start.get(i)
            if end is None:
                out_w.append(words[i])
                out_s.append(spaces[i])
                i += 1
                continue
            text = "".join(w + (" " if s else "") for w, s in zip(words[i:end - 1], spaces[i:end - 1]))
            text += words[end - 1]
            rule = self.specials.get(text)
            if rule is None:
                out_w.extend(words[i:end])
                out_s.extend(spaces[i:end])
            else:
                out_w.extend(rule)
                out_s.extend([False] * (len(rule) - 1) + [spaces[end - 1]])
            i = end
        return out_w, out_s


def merge_emoji_tokens(words: list[str], spaces: list[bool]) -> list[str]:
    """Merge emoji joined by ZWJ, variation selectors, keycaps and skin tones (as the spaCy
    component ``planner_merge_emoji`` does)."""
    out: list[str] = []
    start = None
    n = len(words)
    for i in range(n):
        text = words[i]
        glue = text in JOINERS or text in SKIN_TONES
        prev_joiner = i > 0 and words[i - 1] == "\u200d"
        if (glue or prev_joiner) and i > 0 and not spaces[i - 1]:
            if start is None:
                start = i - 1
                out.pop()
            continue
        if start is not None:
            out.append(_join(words, spaces, start, i))
            start = None
        out.append(text)
    if start is not None:
        out.append(_join(words, spaces, start, n))
    return out


def _join(words: list[str], spaces: list[bool], start: int, end: int) -> str:
    return "".join(w + (" " if s else "") for w, s in zip(words[start:end - 1], spaces[start:end - 1])) \
        + words[end - 1]


class Lexicon:
    """spaCy's lexical attributes for English, and the lemma lookup, from the exported rules."""

    def __init__(self, rules: dict) -> None:
        lex = rules["lexical"]
        self.num_words = frozenset(lex["num_words"])
        self.ordinal_words = frozenset(lex["ordinal_words"])
        self.tlds = frozenset(lex["tlds"])
        self.email_match = re.compile(lex["email"]).match
        self.url_match = re.compile(lex["url"]).match
        self.lemmas: dict[str, str] = dict(rules["lemma_lookup"])
        self.lemmas.update(LEMMA_FIXES)

    def lemma(self, lower: str) -> str:
        if lower[:1] in "#@":
            return lower
        return self.lemmas.get(lower, lower)

    @staticmethod
    def is_punct(text: str) -> bool:
        return all(unicodedata.category(ch).startswith("P") for ch in text)

    def like_num(self, text: str) -> bool:
        if text.startswith(("+", "-", "±", "~")):
            text = text[1:]
        text = text.replace(",", "").replace(".", "")
        if text.isdigit():
            return True
        if text.count("/") == 1:
            num, denom = text.split("/")
            if num.isdigit() and denom.isdigit():
                return True
        low = text.lower()
        if low in self.num_words or low in self.ordinal_words:
            return True
        return low.endswith(("st", "nd", "rd", "th")) and low[:-2].isdigit()

    def like_url(self, text: str) -> bool:
        if text.startswith(("http://", "https://")):
            return True
        if text.startswith("www.") and len(text) >= 5:
            return True
        if text[0] == "." or text[-1] == ".":
            return False
        if "@" in text or "." not in text:
            return False
        tld = text.rsplit(".", 1)[1].split(":", 1)[0]
        if tld.endswith("/"):
            return True
        if tld.isalpha() and tld in self.tlds:
            return True
        return bool(self.url_match(text))

    def like_email(self, text: str) -> bool:
        return bool(self.email_match(text))

    def feature(self, text: str) -> tuple[str, ...]:
        if text.isascii() and text.isalpha():
            # what token_feature gives a plain word: a number word, else its lemma
            low = text.lower()
            return ("NUM",) if low in self.num_words or low in self.ordinal_words else (self.lemma(low),)
        return token_feature(text, text.lower(), text.isspace(), self.is_punct(text),
                             self.like_url(text) or self.like_email(text), self.like_num(text),
                             self.lemma)


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
        path = path or data_dir() / "cues.toml"
        with open(path, "rb") as fh:
            spec = tomllib.load(fh)
        #: a trie of lower-cased phrase tokens; the key ``None`` holds the cue names ending there
        self.trie: dict = {}
        #: patterns: (cue name, [predicate per token])
        self.patterns: list[tuple[str, list]] = []
        spec_of: list[list[dict]] = []
        for name, rule in spec.items():
            for p in rule.get("phrases", []):
                toks = [w.lower() for w in tokenizer(p)[0]]
                if not toks:
                    continue
                node = self.trie
                for t in toks:
                    node = node.setdefault(t, {})
                names = node.setdefault(None, [])
                if name not in names:  # a phrase listed twice under one cue matches once
                    names.append(name)
            for pattern in rule.get("patterns", []):
                tests = [_spec_test(s, f"{path} [{name}]") for s in pattern]
                if tests:
                    self.patterns.append((name, tests))
                    spec_of.append(pattern)
        self._first: dict[str, tuple[int, ...]] = {}
        # patterns whose first token is a LOWER equality are found by a dict lookup
        self._first_equal: dict[str, tuple[int, ...]] = {}
        self._first_other: list[int] = []
        for i, (name, tests) in enumerate(self.patterns):
            first = spec_of[i][0]
            (attr, value), = first.items()
            if attr == "LOWER" and isinstance(value, str):
                self._first_equal[value] = self._first_equal.get(value, ()) + (i,)
            else:
                self._first_other.append(i)

    def starts(self, text: str) -> bool:
        """Whether a cue can start at a token with this text."""
        return text.lower() in self.trie or bool(self.first_patterns(text))

    def first_patterns(self, text: str) -> tuple[int, ...]:
        hit = self._first.get(text)
        if hit is None:
            hit = tuple(sorted(self._first_equal.get(text.lower(), ())
                               + tuple(i for i in self._first_other if self.patterns[i][1][0](text))))
            if len(self._first) < 500_000:
                self._first[text] = hit
        return hit

    def matches(self, words, keys: list, starts, trie: dict | None = None,
                pattern_starts=None) -> list[tuple[int, int, str]]:
        """(start, end, cue name) of every phrase and pattern match starting at ``starts``.

        ``keys`` are what the phrase trie is keyed by: the lower-cased token texts, or ids
        of them for a trie translated to ids (the encoder's). Patterns are tried at
        ``pattern_starts`` when given (a subset of ``starts``), else at every start.
        """
        found: list[tuple[int, int, str]] = []
        trie = self.trie if trie is None else trie
        first = self._first
        patterns = self.patterns
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
        for i in (starts if pattern_starts is None else pattern_starts):
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
        if words and words[0].startswith("@") and len(words[0]) > 1:
            found.append((0, "reply_start"))
        found.sort()
        return [name for _, name in found]


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
        text = text[:20000]
        if _GLUE_RE.search(text) is not None:
            words, spaces = self.tokenizer(text)
            return merge_emoji_tokens(words, spaces), True
        return self.tokenizer.words(text), False

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
        if starts or (words and words[0][:1] == "@"):
            out += ["CUE_" + c for c in self.cues(words, lowers, starts)]
        if not out:
            return ["EMPTY"]
        return " ".join(out).split() if merged else out

    def __call__(self, text: str) -> str:
        return " ".join(self.feature_tokens(text))


_PLAIN, _HAZARD, _SENTINEL = 0, 2, 3
#: the piece put between posts when a batch is split in one go (no post may contain it)
SENTINEL = "\x00"
_HAS_WS = re.compile(r"\s").search


def _ragged_gather(flat: np.ndarray, offsets: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``concatenate([flat[o:o + c] for o, c in zip(offsets, counts)])`` without a Python loop."""
    total = int(counts.sum())
    if not total:
        return flat[:0]
    shift = np.repeat(offsets - (np.cumsum(counts) - counts), counts)
    return flat[shift + np.arange(total)]


class _TokenTexts:
    """The texts of a batch's tokens, looked up only where a cue pattern needs them."""

    __slots__ = ("text", "tids")

    def __init__(self, text: list[str], tids: np.ndarray) -> None:
        self.text = text
        self.tids = tids

    def __len__(self) -> int:
        return len(self.tids)

    def __getitem__(self, i: int) -> str:
        return self.text[self.tids[i]]


class _Column:
    """A numpy array that grows by appending lists (the encoder's registries)."""

    def __init__(self, dtype) -> None:
        self.array = np.zeros(0, dtype=dtype)
        self.pending: list = []

    def extend(self, values) -> None:
        self.pending.extend(values)

    def __len__(self) -> int:
        return len(self.array) + len(self.pending)

    def get(self) -> np.ndarray:
        if self.pending:
            self.array = np.concatenate([self.array, np.array(self.pending, dtype=self.array.dtype)])
            self.pending = []
        return self.array


class Encoder:
    """Raw posts → vocabulary ids, post rows and thin-post weights for one compiled model.

    The same result as ``Featurizer.feature_tokens`` followed by a vocabulary lookup.
    Every distinct space-separated piece of text is tokenised and featurised once and
    registered with an integer id; a batch of posts is joined with a sentinel piece,
    split once, mapped to piece ids in one pass, and the rest is numpy gathers over the
    registry, except the cue match, which walks a trie from the few tokens where a cue
    can start.

    A piece tokenises on its own exactly as it does in place: spaCy gives the space to
    the token before it. Extra spaces become a whitespace token, which (like spaCy's)
    only stops cue phrases from matching across it. Where a piece alone would not be
    exact (special-case rules that span affixes, emoji glue at its edges) the post
    takes the token path.
    """

    def __init__(self, featurizer: Featurizer, index: dict[str, int]) -> None:
        self.featurizer = featurizer
        self.index = index
        self.empty_id = index.get("EMPTY", -1)
        cues = featurizer.cues
        # pieces
        self._pid: dict[str, int] = {}
        self.p_flag = _Column(np.int8)
        self.p_nwords = _Column(np.float64)
        self.p_ids_off, self.p_nids = _Column(np.int64), _Column(np.int64)
        self.p_tok_off, self.p_ntok = _Column(np.int64), _Column(np.int64)
        self.ids_flat, self.tok_flat = _Column(np.int64), _Column(np.int64)
        # tokens
        self._tok: dict[str, tuple[tuple[int, ...], int, int]] = {}
        self.t_text: list[str] = []
        self.t_lid = _Column(np.int64)
        self.t_start = _Column(bool)
        self.t_pattern = _Column(bool)
        self.t_reply = _Column(bool)
        # the cue trie over lower-case token ids
        self._lid: dict[str, int] = {}
        self.trie = self._lid_trie(cues.trie)
        names = sorted({n for n, _ in cues.patterns} | set(self._trie_names(cues.trie)) | {"reply_start"})
        self._cue_rank = {name: i for i, name in enumerate(names)}
        self._cue_ids = {name: index.get("CUE_" + name, -1) for name in names}
        self._lock = threading.Lock()
        self._register(["", SENTINEL])

    def _lid_trie(self, node: dict) -> dict:
        out: dict = {}
        for key, child in node.items():
            if key is None:
                out[None] = list(child)
            else:
                out[self._lid.setdefault(key, len(self._lid))] = self._lid_trie(child)
        return out

    def _trie_names(self, node: dict):
        for key, child in node.items():
            if key is None:
                yield from child
            else:
                yield from self._trie_names(child)

    def _token(self, w: str) -> tuple[tuple[int, ...], int, int]:
        """(vocabulary ids, content words, token id) of a token text, registered on first sight."""
        info = self._tok.get(w)
        if info is None:
            fz = self.featurizer
            feats, low, start = fz._info.get(w) or fz._token_info(w)
            if any(not f or f.split() != [f] for f in feats):
                # an emoji merged across whitespace: the vectorizer splits its text, so do we
                feats = tuple(" ".join(feats).split())
            get = self.index.get
            tid = len(self.t_text)
            self.t_text.append(w)
            self.t_lid.pending.append(self._lid.get(low, -1))
            self.t_start.pending.append(start)
            self.t_pattern.pending.append(bool(start and fz.cues.first_patterns(w)))
            self.t_reply.pending.append(w[:1] == "@" and len(w) > 1)
            info = self._tok[w] = (tuple(get(f, -1) for f in feats),
                                   content_words(feats), tid)
        return info

    def _piece_tokens(self, piece: str) -> tuple[tuple[str, ...], int]:
        if piece == "":
            return (" ",), _PLAIN  # extra spaces: a whitespace token, as spaCy makes
        if piece == SENTINEL:
            return (SENTINEL,), _SENTINEL
        tok = self.featurizer.tokenizer
        if _HAS_WS(piece) is not None:
            toks = tuple(tok(piece)[0])
            eff = tok._effective
            hazard = any(rule in piece for t in toks if t in eff for rule in eff[t])
        else:
            toks, hazard = tok._chunk(piece)
        if _GLUE_RE.search(piece) is not None:
            # glue at either edge could join a token of the neighbouring piece
            hazard = hazard or toks[0] in JOINERS or toks[0] in SKIN_TONES or toks[-1] == "\u200d"
            toks = tuple(merge_emoji_tokens(list(toks), [False] * len(toks)))
        return toks, (_HAZARD if hazard else _PLAIN)

    def _register(self, pieces) -> None:
        flags, nwords, ids_off, nids, tok_off, ntok, ids_flat, tok_flat = [], [], [], [], [], [], [], []
        n_ids, n_toks = len(self.ids_flat), len(self.tok_flat)
        tok_get = self._tok.get
        new_token = self._token
        for piece in pieces:
            toks, flag = self._piece_tokens(piece)
            ids: list[int] = []
            words = 0
            for w in toks:
                info = tok_get(w) or new_token(w)
                if flag != _SENTINEL:
                    ids += info[0]
                    words += info[1]
                tok_flat.append(info[2])
            self._pid[piece] = len(self._pid)
            flags.append(flag)
            nwords.append(words)
            ids_off.append(n_ids + len(ids_flat))
            nids.append(len(ids))
            ids_flat += ids
            tok_off.append(n_toks + len(tok_flat) - len(toks))
            ntok.append(len(toks))
        for col, values in ((self.p_flag, flags), (self.p_nwords, nwords), (self.p_ids_off, ids_off),
                            (self.p_nids, nids), (self.p_tok_off, tok_off), (self.p_ntok, ntok),
                            (self.ids_flat, ids_flat), (self.tok_flat, tok_flat)):
            col.extend(values)

    def token_path(self, text: str) -> tuple[list[int], float]:
        """Ids and thin-post weight of one post through ``Featurizer.feature_tokens``."""
        feats = self.featurizer.feature_tokens(text)
        n_cues = sum(f.count("CUE_") for f in feats)
        return [self.index.get(f, -1) for f in feats], float(thin_weight(content_words(feats), n_cues))

    def encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Ids (unigram vocabulary ids, -1 outside it), the post each id belongs to (a post's
        ids are contiguous and in order), and each post's thin-post weight."""
        with self._lock:  # the registries grow as posts are read: one batch at a time
            return self._encode(texts)

    def _encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(texts)
        texts = [t[:20000] for t in texts]
        big = (" " + SENTINEL + " ").join(texts)
        if big.count(SENTINEL) != max(0, n - 1):  # a post holds the sentinel: one by one
            parts = [self.token_path(t) for t in texts]
            ids = np.array([i for p in parts for i in p[0]], dtype=np.int64)
            rows = np.repeat(np.arange(n, dtype=np.int64), [len(p[0]) for p in parts])
            return ids, rows, np.array([p[1] for p in parts])
        pieces = big.split(" ")
        pids = np.fromiter(map(self._pid.get, pieces, itertools.repeat(-1)), dtype=np.int64,
                           count=len(pieces))
        missing = np.flatnonzero(pids < 0)
        if len(missing):  # first sight of these pieces: tokenise and register them
            new = sorted({pieces[i] for i in missing.tolist()})
            self._register(new)
            pids[missing] = [self._pid[pieces[i]] for i in missing.tolist()]
        flags = self.p_flag.get()[pids]
        is_sent = flags == _SENTINEL
        piece_post = np.cumsum(is_sent)
        nids = self.p_nids.get()[pids]
        ids = _ragged_gather(self.ids_flat.get(), self.p_ids_off.get()[pids], nids)
        rows = np.repeat(piece_post, nids)
        n_words = np.bincount(piece_post, weights=self.p_nwords.get()[pids], minlength=n)[:n]
        hazard = np.unique(piece_post[flags == _HAZARD])
        # cues, over the batch's tokens: the sentinel token keeps posts apart
        ntok = self.p_ntok.get()[pids]
        tids = _ragged_gather(self.tok_flat.get(), self.p_tok_off.get()[pids], ntok)
        token_post = np.repeat(piece_post, ntok)
        starts = np.flatnonzero(self.t_start.get()[tids])
        first_token = (np.cumsum(ntok) - ntok)[np.concatenate([[0], np.flatnonzero(is_sent) + 1])]
        replies = first_token[self.t_reply.get()[tids[first_token]]]
        found = self.featurizer.cues.matches(
            _TokenTexts(self.t_text, tids), self.t_lid.get()[tids].tolist(), starts.tolist(),
            self.trie, np.flatnonzero(self.t_pattern.get()[tids]).tolist()) if len(starts) else []
        found += [(i, i + 1, "reply_start") for i in replies.tolist()]
        cue_rows = np.zeros(0, dtype=np.int64)
        if found:
            at = np.array([m[0] for m in found], dtype=np.int64)
            end = np.array([m[1] - 1 for m in found], dtype=np.int64)
            rank = np.array([self._cue_rank[m[2]] for m in found], dtype=np.int64)
            order = np.lexsort((rank, at))
            order = order[token_post[at[order]] == token_post[end[order]]]
            cue_rows = token_post[at[order]]
            cue_ids = [self._cue_ids[found[k][2]] for k in order.tolist()]
            # each post's cue ids go right after its word ids, in order
            ends = np.cumsum(np.bincount(rows, minlength=n))
            ids = np.insert(ids, ends[cue_rows], cue_ids)
            rows = np.insert(rows, ends[cue_rows], cue_rows)
        n_cues = np.bincount(cue_rows, minlength=n)
        per_post = np.bincount(rows, minlength=n)
        empty = np.flatnonzero(per_post == 0)
        if len(empty):
            at = np.cumsum(per_post)[empty]
            ids = np.insert(ids, at, self.empty_id)
            rows = np.insert(rows, at, empty)
        weights = thin_weight(n_words, n_cues)
        if len(hazard):  # these posts take the token path
            keep = ~np.isin(rows, hazard)
            ids, rows = ids[keep], rows[keep]
            extra_ids, extra_rows = [], []
            for post in hazard.tolist():
                post_ids, weights[post] = self.token_path(texts[post])
                extra_ids += post_ids
                extra_rows += [post] * len(post_ids)
            ids = np.concatenate([ids, np.array(extra_ids, dtype=np.int64)])
            rows = np.concatenate([rows, np.array(extra_rows, dtype=np.int64)])
        return ids, rows, weights


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> dict:
    p = Path(path) if path else rules_path()
    try:
        with open(p, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise PlannerError(f"cannot read the language rules ({exc})", source=p) from None


@lru_cache(maxsize=2)
def load_featurizer(path: str | None = None) -> Featurizer:
    return Featurizer(load_rules(path))


# -- the classifier ---------------------------------------------------------------------------

#: arrays a compiled model file holds, with their dtype kinds
_ARRAYS = {"terms": "U", "idf": "f", "coef": "f", "intercept": "f", "classes": "U", "ngram": "i",
           "source": "U"}


def compiled_path(model_path: Path) -> Path:
    return model_path.with_suffix(COMPILED_SUFFIX)


def export_arrays(pipeline, source_sha256: str) -> dict[str, np.ndarray]:
    """The numbers of a fitted ``Pipeline([FeatureUnion([("words", Tfidf)]), LogisticRegression])``,
    with the SHA-256 of the skops file they come from (a copy only loads beside its model)."""
    union, clf = pipeline[0], pipeline[-1]
    names = [name for name, _ in union.transformer_list]
    if names != ["words"]:
        raise PlannerError(f"cannot compile a model with features {names}")
    vec = union.transformer_list[0][1]
    if (vec.lowercase or vec.token_pattern != r"\S+" or not vec.sublinear_tf or vec.norm != "l2"
            or not vec.use_idf or vec.analyzer != "word" or vec.stop_words or vec.binary):
        raise PlannerError("cannot compile this TF-IDF configuration")
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return {"terms": np.array(terms, dtype=str), "idf": np.asarray(vec.idf_, dtype=np.float64),
            "coef": np.asarray(clf.coef_, dtype=np.float64),
            "intercept": np.asarray(clf.intercept_, dtype=np.float64),
            "classes": np.array([str(c) for c in clf.classes_], dtype=str),
            "ngram": np.array(vec.ngram_range, dtype=np.int64),
            "source": np.array([source_sha256], dtype=str)}


def dumps_arrays(arrays: dict[str, np.ndarray]) -> bytes:
    """An ``.npz`` with fixed timestamps and order, so the same model gives the same bytes."""
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())
    return out.getvalue()


class _HashTable:
    """Non-negative int64 keys → int64 values, looked up for a whole array at once
    (linear probing, multiplicative hashing; several times quicker than searchsorted)."""

    _MUL = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, keys: list[int], values: list[int]) -> None:
        bits = max(4, int(np.ceil(np.log2(max(1, len(keys)) * 4))))
        size = 1 << bits
        self.shift = np.uint64(64 - bits)
        self.mask = size - 1
        slot_keys = [-1] * size
        slot_values = [0] * size
        self.max_probe = 0
        hashes = self._hash(np.array(keys, dtype=np.int64)).tolist() if keys else []
        for key, h, value in zip(keys, hashes, values):
            probe = 0
            while slot_keys[h] != -1:
                h = (h + 1) & self.mask
                probe += 1
            slot_keys[h] = key
            slot_values[h] = value
            self.max_probe = max(self.max_probe, probe)
        self.keys = np.array(slot_keys, dtype=np.int64)
        self.values = np.array(slot_values, dtype=np.int64)

    def _hash(self, keys: np.ndarray) -> np.ndarray:
        return ((keys.view(np.uint64) * self._MUL) >> self.shift).view(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The value of each key, -1 where a key is absent."""
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        out = np.full(len(keys), -1, dtype=np.int64)
        slot = self._hash(keys)
        todo = np.arange(len(keys))
        for _ in range(self.max_probe + 1):
            s = slot[todo]
            got = self.keys[s]
            hit = got == keys[todo]
            out[todo[hit]] = self.values[s[hit]]
            todo = todo[~hit & (got != -1)]
            if not len(todo):
                break
            slot[todo] = (slot[todo] + 1) & self.mask
        return out


class CompiledModel:
    """TF-IDF (word n-grams, sublinear tf, l2) and logistic regression in numpy."""

    def __init__(self, path: Path) -> None:
        try:
            with np.load(path, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in _ARRAYS}
        except Exception as exc:  # numpy and zlib raise many kinds on a damaged file
            raise PlannerError(f"not a compiled planner model ({type(exc).__name__}); refusing it",
                               source=path) from None
        for name, kind in _ARRAYS.items():
            if arrays[name].dtype.kind != kind:
                raise PlannerError(f"compiled model array {name} has the wrong type", source=path)
        terms = arrays["terms"].tolist()
        n_feat = len(terms)
        coef, idf, intercept = arrays["coef"], arrays["idf"], arrays["intercept"]
        self.classes = arrays["classes"].tolist()
        ngram = arrays["ngram"]
        self.source_sha256 = str(arrays["source"][0]) if arrays["source"].shape == (1,) else ""
        if (arrays["terms"].ndim != 1 or arrays["classes"].ndim != 1 or ngram.shape != (2,)
                or coef.shape != (len(self.classes), n_feat)
                or idf.shape != (n_feat,) or intercept.shape != (len(self.classes),)
                or not 1 <= int(ngram[0]) <= int(ngram[1]) <= 3 or len(set(terms)) != n_feat
                or len(set(self.classes)) != len(self.classes)
                or not (np.isfinite(coef).all() and np.isfinite(idf).all()
                        and np.isfinite(intercept).all())):
            raise PlannerError("compiled model arrays do not fit together", source=path)
        lo, hi = int(ngram[0]), int(ngram[1])
        self.ngram = (lo, hi)
        self.idf = idf
        self.coef_t = np.ascontiguousarray(coef.T)
        self.intercept = intercept
        self.n_features = n_feat
        self.index: dict[str, int] = {t: i for i, t in enumerate(terms)}
        # n-grams are found from their words' ids, so every word of an n-gram must be in the
        # vocabulary (always true when min_df counts documents, as training does)
        if any(p not in self.index for t in terms if " " in t for p in t.split(" ")):
            raise PlannerError("compiled model has n-grams whose words are not in its vocabulary",
                               source=path)
        self._encoders: dict[int, Encoder] = {}
        #: n → an open-addressing hash table of n-gram keys (word ids in base F) → feature
        self._tables = {}
        for n in (2, 3):
            keys, feats = [], []
            for t, i in self.index.items():
                parts = t.split(" ")
                if len(parts) == n:
                    k = 0
                    for p in parts:
                        k = k * n_feat + self.index[p]
                    keys.append(k)
                    feats.append(i)
            self._tables[n] = _HashTable(keys, feats)

    def encoder(self, featurizer: Featurizer) -> Encoder:
        enc = self._encoders.get(id(featurizer))
        if enc is None or enc.featurizer is not featurizer:
            enc = self._encoders[id(featurizer)] = Encoder(featurizer, self.index)
        return enc

    def logits(self, ids: np.ndarray, row: np.ndarray, n: int) -> np.ndarray:
        """Decision values (as scikit-learn's ``decision_function``) for ``n`` posts given as
        unigram vocabulary ids (-1 outside the vocabulary) and the post of each id (each
        post's ids contiguous and in order)."""
        known = ids >= 0
        F = self.n_features
        lo, hi = self.ngram
        groups = []
        if lo == 1:
            groups.append((row[known], ids[known]))
        for k in (2, 3):
            if not lo <= k <= hi or len(ids) < k:
                continue
            m = len(ids) - k + 1
            ok = (row[:m] == row[k - 1:]) & known[:m]
            for j in range(1, k):
                ok &= known[j:j + m]
            at = np.flatnonzero(ok)
            key = ids[at]
            for j in range(1, k):
                key = key * F + ids[at + j]
            feat = self._tables[k].lookup(key)
            found = feat >= 0
            groups.append((row[at[found]], feat[found]))
        r = np.concatenate([g[0] for g in groups]) if groups else np.zeros(0, np.int64)
        f = np.concatenate([g[1] for g in groups]) if groups else np.zeros(0, np.int64)
        pair = np.sort(r * F + f, kind="stable")  # rows come in sorted runs: timsort is quick
        first = np.empty(len(pair), dtype=bool)
        first[:1] = True
        np.not_equal(pair[1:], pair[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(pair)))
        pair = pair[starts]
        r, f = pair // F, pair % F
        w = self.idf[f]
        if (counts > 1).any():
            w = w * (1.0 + np.log(counts))
        norms = np.sqrt(np.bincount(r, weights=w * w, minlength=n))
        norms[norms == 0] = 1.0
        w = w / norms[r]
        out = np.empty((n, len(self.classes)))
        coef_t = self.coef_t
        for c in range(len(self.classes)):
            out[:, c] = np.bincount(r, weights=w * coef_t[f, c], minlength=n)
        return out + self.intercept


BATCH = 4000


def probabilities(model: CompiledModel, featurizer: Featurizer, texts: list[str],
                  temperature: float) -> np.ndarray:
    """Calibrated, thin-post-shrunk stage probabilities (columns in ``model.classes`` order)."""
    encoder = model.encoder(featurizer)
    logits, weights = [], []
    for i in range(0, len(texts), BATCH):  # batches keep the arrays in cache
        batch = texts[i:i + BATCH]
        ids, rows, w = encoder.encode(batch)
        logits.append(model.logits(ids, rows, len(batch)))
        weights.append(w)
    if not logits:
        return np.zeros((0, len(model.classes)))
    return shrink(calibrate(np.concatenate(logits), temperature), np.concatenate(weights))


_FORKED: tuple | None = None


def _forked_probabilities(texts: list[str]) -> np.ndarray:
    model, featurizer, temperature = _FORKED
    return probabilities(model, featurizer or load_featurizer(), texts, temperature)


#: inputs at least this long are split across processes (forked, so nothing is reloaded)
PARALLEL_MIN = 20_000
#: posts per task when work is spread over processes
CHUNK = 10_000


def stream_probabilities(model: CompiledModel, featurizer: Featurizer | None,
                         chunks: Iterable[list[str]], temperature: float,
                         jobs: int | None = None) -> Iterator[np.ndarray]:
    """Probabilities for each chunk of texts, in order, computed in forked worker processes
    once the input is large. Chunks are submitted as ``chunks`` yields them, so the caller
    can still be reading its input while the first chunks are classified; every chunk is
    taken (and any error reading the input raised) before the first result is yielded.
    ``featurizer=None`` loads the shipped one where it is needed (in the workers only, when
    there are workers)."""
    import multiprocessing
    import os

    global _FORKED
    jobs = jobs or os.cpu_count() or 1
    if threading.active_count() > 1:
        jobs = 1  # never fork a process that runs other threads (the chat): they could deadlock it
    chunks = iter(chunks)
    head: list[list[str]] = []
    for chunk in chunks:  # small inputs are not worth a process
        head.append(chunk)
        if sum(map(len, head)) >= min(PARALLEL_MIN, CHUNK):
            break
    if (jobs <= 1 or sum(map(len, head)) < min(PARALLEL_MIN, CHUNK)
            or "fork" not in multiprocessing.get_all_start_methods()):
        featurizer = featurizer or load_featurizer()
        for chunk in head + list(chunks):  # all input first, as in the parallel case
            yield probabilities(model, featurizer, chunk, temperature)
        return
    from concurrent.futures import ProcessPoolExecutor

    _FORKED = (model, featurizer, temperature)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
    try:
        futures = [pool.submit(_forked_probabilities, chunk)
                   for chunk in _rechunk(itertools.chain(head, chunks), CHUNK)]
        for future in futures:
            yield future.result()
    finally:
        _FORKED = None
        pool.shutdown(cancel_futures=True)


def _rechunk(chunks: Iterable[list[str]], size: int) -> Iterator[list[str]]:
    """The same texts in chunks of ``size`` (the last may be shorter)."""
    buf: list[str] = []
    for chunk in chunks:
        buf += chunk
        while len(buf) >= size:
            yield buf[:size]
            buf = buf[size:]
    if buf:
        yield buf


def parallel_probabilities(model: CompiledModel, featurizer: Featurizer, texts: list[str],
                           temperature: float, jobs: int | None = None) -> np.ndarray:
    """Probabilities for all texts (worker processes for large inputs)."""
    if len(texts) < PARALLEL_MIN:
        return probabilities(model, featurizer, texts, temperature)
    parts = list(stream_probabilities(model, featurizer, [texts], temperature, jobs))
    return np.concatenate(parts) if parts else np.zeros((0, len(model.classes)))


__all__ = ["CompiledModel", "Featurizer", "Tokenizer", "CueRules", "Lexicon", "token_feature",
           "merge_emoji_tokens", "load_featurizer", "load_rules", "export_arrays", "dumps_arrays",
           "compiled_path", "probabilities", "parallel_probabilities", "stream_probabilities"]
