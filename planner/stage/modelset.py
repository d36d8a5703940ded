"""Writing a model's three files (``.skops``, ``.npz``, ``.json``) as one unit, one train at
a time.

The user's retrained model lives in a version folder of its own
(``<data home>/models/<id>-<tag>/``) and ``<data home>/stage_model`` is a link to the
newest complete one: a new version is written in full, beside the old, and the link
is swapped in one rename, so a train killed at any point leaves the previous model
in use, and a reader always sees one version's three files. A model written to a
path of the user's choosing (``train -o``, ``train --rebuild``) has its metadata
removed first and written last: a set a kill interrupted has no metadata and is
refused as incomplete, never loaded as a mixture.

Trains that would write the same model take turns: a lock file (``fcntl.flock``) is
held from the start of training until the files are in place, and a second train
says so in one line instead of waiting.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.errors import PlannerError
from planner.fileio import write_atomic
from planner.stage.files import MODEL_NAME, USER_MODEL_LINK, meta_path

#: the suffixes of a model's files, in the order they are written: the metadata last
SUFFIXES = (".skops", ".npz", ".json")

_held: set[str] = set()


def lock_path(model: Path) -> Path:
    """The lock file of a model path (in the planner's data folder, not beside it)."""
    from planner.userdata import data_home

    key = hashlib.sha256(str(model.absolute()).encode()).hexdigest()[:16]
    return data_home() / "locks" / f"model-{key}.lock"


@contextmanager
def model_lock(model: Path) -> Iterator[None]:
    """Hold the lock of ``model`` (again, freely, in the process holding it); a second
    holder is refused with one line."""
    import fcntl

    path = lock_path(model)
    if str(path) in _held:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PlannerError("another `planner train` is writing this model right now; run "
                               "this one again when it has finished", source=model) from None
        _held.add(str(path))
        try:
            yield
        finally:
            _held.discard(str(path))
    finally:
        os.close(fd)  # closing releases the lock


def write_model_files(path: Path, files: dict[str, bytes]) -> None:
    """Write a model's files beside ``path`` (its ``.skops``), the metadata removed first and
    written last, under the model's lock; existing files are replaced."""
    with model_lock(path):
        meta_path(path).unlink(missing_ok=True)
        for suffix in SUFFIXES:
            write_atomic(path.with_suffix(suffix), files[suffix], force=True)


def _write_new(path: Path, data: bytes) -> None:
    with open(path, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def install_user_model(home: Path, model_id: str, files: dict[str, bytes]) -> Path:
    """Write a new version of the user's model under ``home`` and make it the one in use (one
    rename); returns the path of its ``.skops`` through the link."""
    link = home / USER_MODEL_LINK
    with model_lock(link / MODEL_NAME):
        if link.exists() and not link.is_symlink():
            raise PlannerError("is not the link to your trained model the planner keeps; move it "
                               "away and train again", source=link)
        versions = home / "models"
        versions.mkdir(parents=True, exist_ok=True)
        new = Path(tempfile.mkdtemp(prefix=".new-", dir=versions))
        for suffix in SUFFIXES:
            _write_new(new / Path(MODEL_NAME).with_suffix(suffix), files[suffix])
        _fsync_dir(new)
        version = versions / f"{model_id}-{secrets.token_hex(3)}"
        os.rename(new, version)
        _fsync_dir(versions)
        previous = Path(os.readlink(link)).name if link.is_symlink() else None
        swap = home / f".{USER_MODEL_LINK}.{secrets.token_hex(4)}"
        os.symlink(os.path.relpath(version, home), swap)
        os.replace(swap, link)  # the one step that changes which model is in use
        _fsync_dir(home)
        _prune(versions, keep={version.name, previous})
    return link / MODEL_NAME


def _prune(versions: Path, keep: set[str | None]) -> None:
    """Remove versions but the new and the previous one (a reader may still be loading it),
    and folders of writes that never finished."""
    for entry in versions.iterdir():
        if entry.name not in keep and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
