"""The stage model's files: where they are, their hashes and metadata, and loading the
scikit-learn pipeline safely.

A model is three files: the skops file (the scikit-learn pipeline), its compiled copy
(``.npz``, plain arrays) and their sidecar metadata (``.json``, with both files'
SHA-256). The skops file is only ever unpickled after skops has checked that its object
graph holds no type outside :data:`TRUSTED_TYPES`, so a swapped or foreign file can
never run code; a file whose sidecar records a different hash is refused as tampered.

Nothing that changes a prediction is outside a recorded hash: the metadata is required
(a model without it is refused, never loaded on trust) and carries ``metadata_sha256``,
the SHA-256 of everything else in it, so an edited temperature is refused like an
edited model file. How the three are written as one unit is :mod:`planner.stage.modelset`.
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
#: in the data folder, the link to the version folder of the user's retrained model
USER_MODEL_LINK = "stage_model"
#: model metadata is a page of JSON; anything much larger is not a planner model's
MAX_META_BYTES = 1 << 20

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
    """The user's retrained model (through the link to its newest complete version)."""
    from planner.userdata import data_home

    return data_home() / USER_MODEL_LINK / MODEL_NAME


def default_model_path() -> Path:
    """The user's retrained model when there is one, else the shipped model. (A model an
    earlier planner saved straight into the data folder still counts as the user's: it is
    refused with a line saying to train again, never passed over in silence.)"""
    from planner.userdata import data_home

    for user in (user_model_path(), data_home() / MODEL_NAME):
        if user.is_file() or meta_path(user).is_file():
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


def metadata_sha256(meta: dict) -> str:
    """The SHA-256 of a model's metadata but this hash itself (canonical JSON)."""
    body = {k: v for k, v in meta.items() if k != "metadata_sha256"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _sha(value) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def read_meta(path: Path) -> dict:
    """The metadata of the model at ``path``, after refusing metadata that is missing, not a
    planner model's, or changed since it was written."""
    mp = meta_path(path)
    if not mp.is_file():
        raise PlannerError(f"the model's metadata ({mp.name}, which records its hashes) is "
                           "missing; refusing to load the model", source=path)
    try:
        if mp.stat().st_size > MAX_META_BYTES:
            raise PlannerError(f"model metadata is over {MAX_META_BYTES:,} bytes; refusing the "
                               "model", source=mp)
        meta = json.loads(mp.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise PlannerError("model metadata is unreadable; refusing the model", source=mp) from None
    except RecursionError:
        raise PlannerError("model metadata is nested too deeply to read; refusing the model",
                           source=mp) from None
    if not isinstance(meta, dict) or not _sha(meta.get("sha256")) or not all(
            isinstance(meta.get(k, ""), str) for k in ("compiled_sha256", "id")):
        raise PlannerError("model metadata is not a planner model's; refusing the model", source=mp)
    if "metadata_sha256" not in meta:
        raise PlannerError("model metadata has no metadata_sha256 (a model saved by an earlier "
                           "planner?); train it again, or delete it", source=mp)
    try:
        recorded = metadata_sha256(meta)
    except ValueError:  # NaN or infinity in it
        recorded = ""
    if meta["metadata_sha256"] != recorded:
        raise PlannerError("model metadata was changed after training (it does not match its "
                           "metadata_sha256; the temperature, hashes and scores are all covered); "
                           "refusing the model", source=mp)
    temperature = meta.get("temperature")
    if isinstance(temperature, bool) or not isinstance(temperature, (int, float)) \
            or not 0.0 < temperature < 1000.0:
        raise PlannerError("model metadata has no usable temperature; refusing the model",
                           source=mp)
    return meta


def verify(path: Path, deep: bool = True) -> dict:
    """The model's metadata, after refusing a model file that is missing, foreign, tampered
    with, without its metadata, or (``deep``) holding untrusted types."""
    if not path.is_file():
        raise PlannerError("no such model file", source=path)
    if not zipfile.is_zipfile(path):
        raise PlannerError("not a planner model (not a skops file); refusing to load it", source=path)
    meta = read_meta(path)
    if meta["sha256"] != file_sha256(path):
        raise PlannerError("model file does not match its recorded hash (tampered, or not the "
                           "model its metadata describes); refusing to load it", source=path)
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
