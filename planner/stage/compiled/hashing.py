"""A hash table from int64 keys to int64 values that looks up a whole numpy array of keys
at once: the compiled model finds its word n-grams with it."""

from __future__ import annotations

import numpy as np


class IntHashTable:
    """Non-negative int64 keys → int64 values, looked up for a whole array at once
    (linear probing, multiplicative hashing; several times quicker than searchsorted)."""

    _MUL = np.uint64(0x9E3779B97F4A7C15)

    def __init__(self, keys, values) -> None:
        bits = max(4, int(np.ceil(np.log2(max(1, len(keys)) * 4))))
        size = 1 << bits
        self.shift = np.uint64(64 - bits)
        self.mask = size - 1
        self.keys = np.full(size, -1, dtype=np.int64)
        self.values = np.zeros(size, dtype=np.int64)
        self.max_probe = 0
        keys_a = np.asarray(keys, dtype=np.int64)
        values_a = np.asarray(values, dtype=np.int64)
        ordered = np.sort(keys_a)
        if (ordered[1:] == ordered[:-1]).any() or (keys_a < 0).any():
            raise ValueError("keys must be distinct and non-negative")
        # placed a probe at a time: every key still waiting tries its next slot, and where
        # several want one empty slot the first of them takes it. A key lands past its home
        # slot only over slots taken before it (and none is emptied), as lookup expects.
        todo = np.arange(len(keys_a))
        slot = self._hash(keys_a) if len(keys_a) else np.zeros(0, dtype=np.int64)
        probe = 0
        while len(todo):
            want = slot[todo]
            empty = self.keys[want] == -1
            cells, first = np.unique(want[empty], return_index=True)
            placed = todo[empty][first]
            self.keys[cells] = keys_a[placed]
            self.values[cells] = values_a[placed]
            if len(placed):
                self.max_probe = probe
            done = np.zeros(len(keys_a), dtype=bool)
            done[placed] = True
            todo = todo[~done[todo]]
            slot[todo] = (slot[todo] + 1) & self.mask
            probe += 1

    def _hash(self, keys: np.ndarray) -> np.ndarray:
        return ((keys.view(np.uint64) * self._MUL) >> self.shift).view(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The value of each key, -1 where a key is absent."""
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        slot = self._hash(keys)
        got = self.keys[slot]
        hit = got == keys
        out = np.where(hit, self.values[slot], -1)  # most keys are settled by the first probe
        todo = np.flatnonzero(~hit & (got != -1))
        for probe in range(1, self.max_probe + 1):
            if not len(todo):
                break
            s = (slot[todo] + probe) & self.mask
            got = self.keys[s]
            hit = got == keys[todo]
            out[todo[hit]] = self.values[s[hit]]
            todo = todo[~hit & (got != -1)]
        return out
