"""The cue phrases' trie (:class:`~.cue_rules.CueRules`, keyed by lower-case token ids) as
arrays, walked from every start token of a batch at once, a trie level at a time; the
same matches as ``CueRules.matches`` walking it from one start after another."""

from __future__ import annotations

import numpy as np

from planner.stage.compiled.hashing import IntHashTable


class TrieArrays:
    """A trie of token ids (the key ``None`` of a node holds the cue names ending there)."""

    def __init__(self, trie: dict, n_keys: int, rank: dict[str, int]) -> None:
        self.n_keys = n_keys
        nodes = [trie]
        #: a root key's node (index key + 1: key -1, outside the trie, has none)
        self.root = np.full(n_keys + 1, -1, dtype=np.int64)
        edge_keys: list[int] = []
        edge_nodes: list[int] = []
        ranks: list[list[int]] = []
        i = 0
        while i < len(nodes):  # breadth first: a node's id is its place in ``nodes``
            node = nodes[i]
            ranks.append([rank[name] for name in node.get(None, ())])
            for key, child in node.items():
                if key is None:
                    continue
                if not 0 <= key < n_keys:
                    raise ValueError("trie keys must be ids below n_keys")
                if i == 0:
                    self.root[key + 1] = len(nodes)
                else:
                    edge_keys.append(i * n_keys + key)
                    edge_nodes.append(len(nodes))
                nodes.append(child)
            i += 1
        self.edges = IntHashTable(edge_keys, edge_nodes)
        self.n_names = np.array([len(r) for r in ranks], dtype=np.int64)
        self.name_off = np.cumsum(self.n_names) - self.n_names
        self.name_rank = np.array([x for r in ranks for x in r], dtype=np.int64)

    def matches(self, keys: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(start token, end token, cue name rank) of every phrase matching ``keys`` (a batch's
        token ids, -1 outside the trie) from one of ``starts``, grouped by length."""
        n = len(keys)
        at = np.asarray(starts, dtype=np.int64)
        node = self.root[keys[at] + 1]
        end = at + 1
        found_at, found_end, found_node = [], [], []
        while True:
            live = node >= 0
            at, node, end = at[live], node[live], end[live]
            if not len(at):
                break
            named = self.n_names[node] > 0
            if named.any():
                found_at.append(at[named])
                found_end.append(end[named])
                found_node.append(node[named])
            more = end < n
            at, node, end = at[more], node[more], end[more]
            nxt = keys[end]
            node = np.where(nxt >= 0, self.edges.lookup(np.where(nxt >= 0, node * self.n_keys + nxt, 0)), -1)
            end = end + 1
        if not found_at:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        at, end, node = (np.concatenate(found_at), np.concatenate(found_end),
                         np.concatenate(found_node))
        count = self.n_names[node]
        take = np.repeat(self.name_off[node] - (np.cumsum(count) - count), count) + np.arange(count.sum())
        return np.repeat(at, count), np.repeat(end, count), self.name_rank[take]
