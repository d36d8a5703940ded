"""The compiled model's numbers: exported from a fitted scikit-learn pipeline into a
reproducible ``.npz``, read back without pickling, and applied with numpy (TF-IDF over
word n-grams, then the logistic regression's decision values)."""

from __future__ import annotations

import io
import itertools
import zipfile
from pathlib import Path

import numpy as np

from planner.errors import PlannerError
from planner.stage.compiled.encoder import Encoder
from planner.stage.compiled.featurizer import Featurizer
from planner.stage.compiled.hashing import IntHashTable

#: arrays a compiled model file holds, with their dtype kinds
_ARRAYS = {"terms": "U", "idf": "f", "coef": "f", "intercept": "f", "classes": "U", "ngram": "i",
           "source": "U"}


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
                or not 1 <= int(ngram[0]) <= int(ngram[1]) <= 3
                or len(set(self.classes)) != len(self.classes)
                or not (np.isfinite(coef).all() and np.isfinite(idf).all()
                        and np.isfinite(intercept).all())):
            raise PlannerError("compiled model arrays do not fit together", source=path)
        lo, hi = int(ngram[0]), int(ngram[1])
        self.ngram = (lo, hi)
        self.idf = idf
        #: a row of weights per class (a class's weights gathered from one row are quick)
        self.coef = np.ascontiguousarray(coef)
        self.intercept = intercept
        self.n_features = n_feat
        self.index: dict[str, int] = dict(zip(terms, range(n_feat)))
        if len(self.index) != n_feat:
            raise PlannerError("compiled model arrays do not fit together", source=path)
        self._encoders: dict[int, Encoder] = {}
        # n-grams are found from their words' ids, so every word of an n-gram must be in the
        # vocabulary (always true when min_df counts documents, as training does); the words
        # of all of them are looked up at once (one join, one split, one pass over the index)
        spaces = np.strings.count(arrays["terms"], " ")
        where = np.flatnonzero(spaces)
        sizes = spaces[where].astype(np.int64) + 1
        joined = " ".join(arrays["terms"][where].tolist()).split(" ") if len(where) else []
        words = np.fromiter(map(self.index.get, joined, itertools.repeat(-1)), dtype=np.int64,
                            count=len(joined))
        if (words < 0).any() or ((sizes != 2) & (sizes != 3)).any():
            raise PlannerError("compiled model has n-grams whose words are not in its vocabulary",
                               source=path)
        first = np.cumsum(sizes) - sizes
        feats = where.astype(np.int64)
        #: n → an open-addressing hash table of n-gram keys (word ids in base F) → feature
        self._tables = {}
        for n in (2, 3):
            at = first[sizes == n]
            keys = words[at]
            for j in range(1, n):
                keys = keys * n_feat + words[at + j]
            self._tables[n] = IntHashTable(keys, feats[sizes == n])

    def encoder(self, featurizer: Featurizer) -> Encoder:
        """The encoder of ``featurizer``'s tokens into this model's vocabulary (made once)."""
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
        # equal keys are alike, so any sort gives the one sorted array: numpy's quicksort (SIMD)
        # is about three times quicker than its stable sort here
        pair = np.sort(r * F + f)
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
        for c, weights in enumerate(self.coef):
            out[:, c] = np.bincount(r, weights=w * weights[f], minlength=n)
        return out + self.intercept
