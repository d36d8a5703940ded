"""The stage model's language files (``models/nlp``): their hashes, recorded in the model's
metadata, and the check that they are the files the model was trained with.

Both ways of reading a caption read this folder: the compiled classifier its
``planner_rules.json`` (:mod:`planner.stage.compiled.spacy_rules`), the spaCy path the
saved pipeline (``config.cfg``, ``meta.json``, ``tokenizer``, ``vocab/``, ``lemmatizer/``;
:mod:`planner.text.language`). Every one of them changes predictions, so saving a model
records the SHA-256 of each file in its metadata (``nlp_sha256``, itself covered by the
metadata's own hash), and loading a model refuses the folder unless it holds exactly
those files, unchanged: a file changed, missing or added is named in one line. A link
leading out of the folder, and anything that is not a regular file, is refused unread.
Names starting with a dot (``.DS_Store``) are read by neither path and passed over.

``models/build_nlp.py`` rebuilds the folder; the model must then be retrained
(``planner train --rebuild``), which records the new hashes: a model is never told its
features changed under it.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from planner.errors import PlannerError
from planner.fileio import resolves_inside
from planner.resources import models_dir

#: the key of the model metadata that records the language files' hashes
META_KEY = "nlp_sha256"
#: the language files are a few small files; anything far beyond is not the planner's
MAX_FILES = 100
MAX_FILE_BYTES = 64 * 1024 * 1024


def nlp_dir() -> Path:
    """The shipped language files (the saved spaCy pipeline and the rules exported from it)."""
    return models_dir() / "nlp"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped since it was looked at
            raise PlannerError("is not a regular file; refusing to load the model", source=path)
        total = 0
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise PlannerError(f"language file is over {MAX_FILE_BYTES >> 20} MB; refusing "
                                   "to load the model", source=path)
            h.update(chunk)
    return h.hexdigest()


def nlp_record(folder: Path | None = None) -> dict[str, str]:
    """The SHA-256 of every file of the language folder, by its path inside it (``/``-separated)."""
    folder = folder or nlp_dir()
    if not folder.is_dir():
        raise PlannerError("the model's language files are missing (no such folder); refusing "
                           "to load the model", source=folder)
    record: dict[str, str] = {}
    try:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(dirnames + [f for f in filenames if not f.startswith(".")]):
                path = Path(dirpath) / name
                if not resolves_inside(path, folder):
                    raise PlannerError(f"is a link to {os.path.realpath(path)}, outside "
                                       f"{folder.name}/; refusing to load the model", source=path)
                mode = os.stat(path).st_mode
                if stat.S_ISDIR(mode):
                    continue  # walked in turn (a link inside the folder is not walked)
                if not stat.S_ISREG(mode):
                    raise PlannerError("is not a regular file; refusing to load the model",
                                       source=path)
                record[path.relative_to(folder).as_posix()] = _file_sha256(path)
                if len(record) > MAX_FILES:
                    raise PlannerError(f"holds over {MAX_FILES} files: not the planner's "
                                       "language files; refusing to load the model", source=folder)
    except OSError as exc:
        raise PlannerError(f"cannot read the model's language files: {exc.strerror or exc}",
                           source=folder) from None
    return dict(sorted(record.items()))


def _sha(value) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def verify_nlp(meta: dict, meta_source: Path, folder: Path | None = None) -> None:
    """Refuse the language folder unless it holds exactly the files ``meta`` (the metadata
    read from ``meta_source``) records, each with its recorded SHA-256."""
    folder = folder or nlp_dir()
    expected = meta.get(META_KEY)
    if expected is None:
        raise PlannerError(f"model metadata records no hashes of its language files ({META_KEY}; "
                           "a model saved by an earlier planner?); train it again, or delete it",
                           source=meta_source)
    if not isinstance(expected, dict) or not expected or not all(
            isinstance(k, str) and _sha(v) for k, v in expected.items()):
        raise PlannerError(f"model metadata's {META_KEY} is not a planner model's; refusing the "
                           "model", source=meta_source)
    found = nlp_record(folder)  # paths named by the metadata are compared, never opened
    for rel in sorted(expected):
        if rel not in found:
            raise PlannerError(f"a language file of the model is missing (its hash is recorded "
                               f"in {meta_source.name}); refusing to load the model",
                               source=folder / rel)
        if found[rel] != expected[rel]:
            raise PlannerError(f"language file does not match the hash recorded in "
                               f"{meta_source.name} (changed since the model was trained); "
                               "refusing to load the model", source=folder / rel)
    for rel in sorted(set(found) - set(expected)):
        raise PlannerError(f"is not one of the language files {meta_source.name} records (added "
                           "since the model was trained); refusing to load the model",
                           source=folder / rel)
