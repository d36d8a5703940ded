"""Raw posts → vocabulary ids for one compiled model, a batch at a time with numpy."""

from __future__ import annotations

import itertools
import re
import threading

import numpy as np

from planner.stage.compiled.cue_trie import TrieArrays
from planner.stage.compiled.featurizer import Featurizer
from planner.stage.compiled.tokenizer import merge_emoji_tokens
from planner.stage.compiled.triggers import PieceTriggers
from planner.stage.maths import content_words, thin_weight
from planner.stage.rules import rule_stage
from planner.text.cues import REPLY_START, opens_reply
from planner.text.rules import GLUE, GLUE_RE, MAX_POST_CHARS, ZWJ

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
        #: the rules layer's triggers: each piece's row of ``self.triggers``
        self.triggers = PieceTriggers()
        self.p_rule = _Column(np.int64)
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
        names = sorted({n for n, _ in cues.patterns} | set(self._trie_names(cues.trie)) | {REPLY_START})
        self._cue_rank = {name: i for i, name in enumerate(names)}
        #: a cue's vocabulary id by its rank
        self._cue_ids = np.array([index.get("CUE_" + name, -1) for name in names], dtype=np.int64)
        self.trie_arrays = TrieArrays(self.trie, len(self._lid), self._cue_rank)
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
        return self._tok.get(w) or self._new_token(w)

    def _new_token(self, w: str) -> tuple[tuple[int, ...], int, int]:
        """``_token`` of a token text not registered yet."""
        fz = self.featurizer
        feats, low, start = fz.token_info(w)
        get = self.index.get
        if len(feats) == 1:  # most tokens: one feature token
            f = feats[0]
            split = f.split()
            if split != [f]:
                # an emoji merged across whitespace (a feature token that is empty or holds
                # whitespace): the vectorizer splits its text, so do we
                feats = tuple(split)
                ids, words = tuple([get(t, -1) for t in feats]), content_words(feats)
            else:
                ids, words = (get(f, -1),), int(f.isalpha() and f.islower())
        else:
            split = " ".join(feats).split()
            if len(split) != len(feats) or split != list(feats):
                feats = tuple(split)  # (as above)
            ids, words = tuple([get(t, -1) for t in feats]), content_words(feats)
        tid = len(self.t_text)
        self.t_text.append(w)
        self.t_lid.pending.append(self._lid.get(low, -1))
        self.t_start.pending.append(start)
        self.t_pattern.pending.append(bool(start and fz.cues.first_patterns(w)))
        self.t_reply.pending.append(opens_reply(w))
        info = self._tok[w] = (ids, words, tid)
        return info

    def _piece_tokens(self, piece: str) -> tuple[tuple[str, ...], int]:
        if piece == "":
            return (" ",), _PLAIN  # extra spaces: a whitespace token, as spaCy makes
        if piece == SENTINEL:
            return (SENTINEL,), _SENTINEL
        tok = self.featurizer.tokenizer
        if piece.isascii() and piece.isprintable():
            # (most pieces) no whitespace: ASCII's is unprintable but the space, which a
            # piece never holds; no emoji glue, which is all outside ASCII
            toks, hazard = tok.chunk(piece)
            return toks, (_HAZARD if hazard else _PLAIN)
        if _HAS_WS(piece) is not None:
            toks = tuple(tok(piece)[0])
            hazard = tok.special_case_hazard(tok._affix_tokens(piece, True)[0])
        else:
            toks, hazard = tok.chunk(piece)
        if GLUE_RE.search(piece) is not None:
            # glue at either edge could join a token of the neighbouring piece
            hazard = hazard or toks[0] in GLUE or toks[-1] == ZWJ
            toks = tuple(merge_emoji_tokens(list(toks), [False] * len(toks)))
        return toks, (_HAZARD if hazard else _PLAIN)

    def _register(self, pieces) -> None:
        flags, nwords, nids, ntok, ids_flat, tok_flat, rule_rows = [], [], [], [], [], [], []
        trigger_row = self.triggers.piece
        tok_get = self._tok.get
        new_token = self._new_token
        piece_tokens = self._piece_tokens
        pid = self._pid
        for piece in pieces:
            toks, flag = piece_tokens(piece)
            pid[piece] = len(pid)
            flags.append(flag)
            ntok.append(len(toks))
            if flag == _SENTINEL:
                for w in toks:
                    tok_flat.append((tok_get(w) or new_token(w))[2])
                nwords.append(0)
                nids.append(0)
                rule_rows.append(0)
                continue
            if len(toks) == 1:  # most pieces: one token
                info = tok_get(toks[0]) or new_token(toks[0])
                ids_flat += info[0]
                nids.append(len(info[0]))
                nwords.append(info[1])
                tok_flat.append(info[2])
            else:
                count = words = 0
                for w in toks:
                    info = tok_get(w) or new_token(w)
                    ids_flat += info[0]
                    count += len(info[0])
                    words += info[1]
                    tok_flat.append(info[2])
                nids.append(count)
                nwords.append(words)
            rule_rows.append(trigger_row(piece))
        # where each piece's ids and tokens start in the flat registries
        ids_off = list(itertools.accumulate(nids, initial=len(self.ids_flat)))[:-1]
        tok_off = list(itertools.accumulate(ntok, initial=len(self.tok_flat)))[:-1]
        for col, values in ((self.p_flag, flags), (self.p_nwords, nwords), (self.p_ids_off, ids_off),
                            (self.p_nids, nids), (self.p_tok_off, tok_off), (self.p_ntok, ntok),
                            (self.ids_flat, ids_flat), (self.tok_flat, tok_flat),
                            (self.p_rule, rule_rows)):
            col.extend(values)

    def token_path(self, text: str) -> tuple[list[int], float]:
        """Ids and thin-post weight of one post through ``Featurizer.feature_tokens``."""
        feats = self.featurizer.feature_tokens(text)
        n_cues = sum(f.count("CUE_") for f in feats)
        return [self.index.get(f, -1) for f in feats], float(thin_weight(content_words(feats), n_cues))

    def encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Ids (unigram vocabulary ids, -1 outside it), the post each id belongs to (a post's
        ids are contiguous and in order), and each post's thin-post weight."""
        return self.encode_with_rules(texts, rules=False)[:3]

    def encode_with_rules(self, texts: list[str], rules: bool = True):
        """``encode``'s ids, rows and weights, and each post's ``rule_stage`` (the rules
        layer's stage, or None; all None without ``rules``)."""
        with self._lock:  # the registries grow as posts are read: one batch at a time
            return self._encode(texts, rules)

    def _encode(self, texts: list[str], rules: bool):
        n = len(texts)
        originals = texts
        if max(map(len, texts), default=0) > MAX_POST_CHARS:
            texts = [t[:MAX_POST_CHARS] for t in texts]
        big = (" " + SENTINEL + " ").join(texts)
        if big.count(SENTINEL) != max(0, n - 1):  # a post holds the sentinel: one by one
            parts = [self.token_path(t) for t in texts]
            ids = np.array([i for p in parts for i in p[0]], dtype=np.int64)
            rows = np.repeat(np.arange(n, dtype=np.int64), [len(p[0]) for p in parts])
            stages = [rule_stage(t) for t in originals] if rules else [None] * n
            return ids, rows, np.array([p[1] for p in parts]), stages
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
        hazard = piece_post[flags == _HAZARD]  # in order: the posts holding one, once each
        hazard = hazard[np.flatnonzero(np.diff(hazard, prepend=-1))]
        post_starts = np.concatenate([[0], np.flatnonzero(is_sent)])
        stages = (self.triggers.stages(originals, self.p_rule.get()[pids], post_starts) if rules
                  else [None] * n)
        # cues, over the batch's tokens: the sentinel token keeps posts apart
        ntok = self.p_ntok.get()[pids]
        tids = _ragged_gather(self.tok_flat.get(), self.p_tok_off.get()[pids], ntok)
        token_post = np.repeat(piece_post, ntok)
        starts = np.flatnonzero(self.t_start.get()[tids])
        first_token = (np.cumsum(ntok) - ntok)[np.concatenate([[0], np.flatnonzero(is_sent) + 1])]
        replies = first_token[self.t_reply.get()[tids[first_token]]]
        at, end, rank = self.trie_arrays.matches(self.t_lid.get()[tids], starts)
        found = self.featurizer.cues.pattern_matches(
            _TokenTexts(self.t_text, tids), np.flatnonzero(self.t_pattern.get()[tids]).tolist())
        at = np.concatenate([at, [m[0] for m in found], replies]).astype(np.int64)
        end = np.concatenate([end, [m[1] for m in found], replies + 1]).astype(np.int64) - 1
        rank = np.concatenate([rank, [self._cue_rank[m[2]] for m in found],
                               np.full(len(replies), self._cue_rank[REPLY_START])]).astype(np.int64)
        cue_rows = np.zeros(0, dtype=np.int64)
        if len(at):
            order = np.lexsort((rank, at))
            order = order[token_post[at[order]] == token_post[end[order]]]
            cue_rows = token_post[at[order]]
            cue_ids = self._cue_ids[rank[order]]
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
            in_hazard = np.zeros(n, dtype=bool)
            in_hazard[hazard] = True
            keep = ~in_hazard[rows]
            ids, rows = ids[keep], rows[keep]
            extra_ids, extra_rows = [], []
            for post in hazard.tolist():
                post_ids, weights[post] = self.token_path(texts[post])
                extra_ids += post_ids
                extra_rows += [post] * len(post_ids)
            ids = np.concatenate([ids, np.array(extra_ids, dtype=np.int64)])
            rows = np.concatenate([rows, np.array(extra_rows, dtype=np.int64)])
        return ids, rows, weights, stages
