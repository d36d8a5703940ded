"""The stage model's files: where they are, their hashes and metadata, and loading the
scikit-learn pipeline safely.

A model is three files: the skops file (the scikit-learn pipeline), its compiled copy
(``.npz``, plain arrays) and their sidecar metadata (``.json``, with both files'
SHA-256). The skops file is only ever unpickled after skops has checked that its object
graph holds no type outside :data:`TRUSTED_TYPES`, so a swapped or foreign file can
never run code; a file whose sidecar records a different hash is refused as tampered.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from planner.errors import PlannerError
from planner.resources import models_dir

MODEL_NAME = "stage_model.skops"
COMPILED_SUFFIX = ".npz"

#: Every type a model we write may contain; anything else is refused before loading.
TRUSTED_TYPES = [
    "builtins.dict",
    "builtins.list",
    "builtins.slice",
    "builtins.tuple",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
]


def user_model_path() -> Path:
    from planner.userdata import data_home

    return data_home() / MODEL_NAME


def default_model_path() -> Path:
    """The user's retrained model when there is one, else the shipped model."""
    user = user_model_path()
    if user.is_file():
        return user
    return models_dir() / MODEL_NAME


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def meta_path(model_path: Path) -> Path:
    """The sidecar metadata of a model file."""
    return model_path.with_suffix(".json")


def compiled_path(model_path: Path) -> Path:
    """The compiled copy of a model file."""
    return model_path.with_suffix(COMPILED_SUFFIX)


def verify(path: Path, deep: bool = True) -> dict:
    """The model's metadata, after refusing a model file that is missing, foreign, tampered
    with, or (``deep``) holds untrusted types."""
    if not path.is_file():
        raise PlannerError("no such model file", source=path)
    if not zipfile.is_zipfile(path):
        raise PlannerError("not a planner model (not a skops file); refusing to load it", source=path)
    meta: dict = {}
    mp = meta_path(path)
    if mp.is_file():
        try:
            meta = json.loads(mp.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise PlannerError("model metadata is unreadable; refusing the model", source=mp) from None
        if not isinstance(meta, dict) or not all(
                isinstance(meta.get(k, ""), str) for k in ("sha256", "compiled_sha256", "id")):
            raise PlannerError("model metadata is not a planner model's; refusing the model",
                               source=mp)
        try:
            temperature = float(meta.get("temperature", 1.0))
        except (TypeError, ValueError):
            temperature = -1.0
        if not (0.0 < temperature < 1000.0):  # NaN fails too
            raise PlannerError("model metadata has no usable temperature; refusing the model",
                               source=mp)
        expected = meta.get("sha256")
        if expected and expected != file_sha256(path):
            raise PlannerError("model file does not match its recorded hash (tampered?); "
                               "refusing to load it", source=path)
    if not deep:
        return meta
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # skops raises many kinds on a malformed archive
        raise PlannerError(f"not a planner model ({type(exc).__name__}); refusing to load it",
                           source=path) from None
    foreign = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if foreign:
        raise PlannerError(f"model holds untrusted types ({', '.join(foreign[:3])}); "
                           "refusing to load it", source=path)
    return meta


def load_sklearn_pipeline(path: Path):
    """Unpickle the scikit-learn pipeline through skops, refusing untrusted types."""
    import skops.io as sio

    verify(path, deep=True)
    try:
        pipeline = sio.load(path, trusted=TRUSTED_TYPES)
    except Exception as exc:
        raise PlannerError(f"cannot load model ({type(exc).__name__}: {exc})", source=path) from None
    from sklearn.pipeline import Pipeline

    if not isinstance(pipeline, Pipeline) or not hasattr(pipeline, "classes_"):
        raise PlannerError("not a planner stage model; refusing to use it", source=path)
    return pipeline
