"""Finding the export files in a folder or a zip, safely: a zip is read member by member in memory, never extracted.

Limits (README.md, "Limits"): a zip listing more than ``MAX_MEMBERS`` entries is
refused before any is read; a member over ``MAX_MEMBER_BYTES`` (uncompressed, as its
header says) and one over ``BOMB_MIN_BYTES`` that compresses better than
``BOMB_RATIO``:1 are refused before it is inflated. Members are inflated a block at a
time and every byte is counted, whatever the headers claim: all the members read
from one archive together may not inflate to more than ``MAX_ZIP_TOTAL_BYTES``, nor,
past ``BOMB_MIN_BYTES``, better than ``BOMB_RATIO``:1 over what they were compressed
to (a bomb of many small members). The files read from one folder may not come to
more than ``MAX_FOLDER_TOTAL_BYTES`` together either. Member names leaving the archive (absolute,
``..``, a drive letter) and metadata (dot files, ``__MACOSX``) are ignored. A folder
scan goes at most ``MAX_DEPTH`` folders down, skips hidden files and folders, and
never follows a link out of the folder (:func:`planner.fileio.resolves_inside`, the
rule batch mode applies to client folders too) nor reads a FIFO or a device. Bad
input is a :class:`PlannerError` naming the file.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from planner.errors import PlannerError
from planner.fileio import MAX_INPUT_BYTES, decode_bytes, read_bytes, resolves_inside
from planner.io.sniff import (
    LOOKED_FOR,
    SNIFF_BYTES,
    head_bytes,
    is_export_csv,
    member_kind,
)

#: A zip member larger than this (uncompressed) is refused: as large as one posts file may be.
MAX_MEMBER_BYTES = MAX_INPUT_BYTES
#: All the members read from one zip, together, may not inflate to more than this.
MAX_ZIP_TOTAL_BYTES = MAX_INPUT_BYTES
#: Past BOMB_MIN_BYTES inflated (one member, or all read so far together), data that
#: compresses better than BOMB_RATIO:1 is a zip bomb.
BOMB_RATIO = 100
BOMB_MIN_BYTES = 10 * 1024 * 1024
#: A zip listing more entries than this is refused before any is read.
MAX_MEMBERS = 100_000
#: All the files read from one folder (an export folder; a batch client's posts files),
#: together, may not come to more than this: each is within MAX_INPUT_BYTES, and so are all.
MAX_FOLDER_TOTAL_BYTES = MAX_INPUT_BYTES
#: Members are inflated this much at a time.
_BLOCK = 1024 * 1024
#: How deep a folder scan goes (exports nest 2-4 levels; this stops a scan of a whole home folder).
MAX_DEPTH = 8


def order_key(rel: str) -> tuple:
    """Files in path order, numbers compared as numbers, ``tweets.js`` (part 0) before ``tweets-part1.js``."""
    p = PurePosixPath(rel)
    m = re.fullmatch(r"(.*?)(?:-part(\d+))?(\.[^.]*)?", p.name)
    name = f"{m[1]}{m[3] or ''}\0{int(m[2] or 0):09d}" if m else p.name
    natural = tuple(int(t) if t.isdigit() else t.lower()
                    for t in re.split(r"(\d+)", f"{p.parent.as_posix()}/{name}"))
    return tuple((isinstance(t, int), t) for t in natural)


def folder_too_large(folder: str | Path, what: str = "the posts files read from this folder") -> PlannerError:
    """The error for files of one folder over :data:`MAX_FOLDER_TOTAL_BYTES` together."""
    return PlannerError(f"refused: {what} come to more than {_mb(MAX_FOLDER_TOTAL_BYTES)} "
                        "together (the folder limit)", source=folder)


def folder_exports(root: Path) -> Iterator[tuple[str, str, str]]:
    """``(kind, text, source)`` of every export file in a folder and its sub-folders, in path
    order (kinds as :func:`planner.io.sniff.member_kind` names them), all of them together
    within :data:`MAX_FOLDER_TOTAL_BYTES` (a file that would pass it is refused before it
    is read, by its size, and what is read is counted); none found is an error."""
    found = False
    total = 0
    for rel, path, kind in sorted(_scan_folder(root), key=lambda f: order_key(f[0])):
        if kind == "csv":
            try:
                head = decode_bytes(head_bytes(path, SNIFF_BYTES), path)
            except PlannerError:
                continue
            if not is_export_csv(head, rel):
                continue
        found = True
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # read_bytes names the file
        if total + size > MAX_FOLDER_TOTAL_BYTES:
            raise folder_too_large(root)
        data = read_bytes(path)
        total += len(data)
        if total > MAX_FOLDER_TOTAL_BYTES:  # a file longer than it said
            raise folder_too_large(root)
        text = decode_bytes(data, path)
        del data  # not held while the text is parsed
        yield kind, text, str(path)
    if not found:
        raise PlannerError(f"no posts export found in {root} (looked for {LOOKED_FOR})")


def _scan_folder(root: Path):
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        rel_dir = Path(dirpath).relative_to(root)
        depth = len(rel_dir.parts)
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(".") and d != "__MACOSX" and depth < MAX_DEPTH)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            rel = (rel_dir / name).as_posix()
            kind = member_kind(rel)
            if kind is None:
                continue
            path = Path(dirpath) / name
            if not resolves_inside(path, root) or not path.is_file():
                continue  # a link out of the folder, a FIFO or a device: never read
            yield rel, path, kind


def zip_exports(archive: Path | BinaryIO, label: str | None = None) -> Iterator[tuple[str, str, str]]:
    """``(kind, text, source)`` of every export file inside a zip (a path, or a binary file
    open on one, named ``label``), in path order, each member inflated in memory a block at
    a time within the limits of this module (the source is ``archive.zip:member``); none
    found is an error."""
    label = label or str(archive)
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        raise PlannerError("not a zip file (or a damaged one)", source=label) from None
    except FileNotFoundError:
        raise PlannerError("no such file", source=label) from None
    except PermissionError:
        raise PlannerError("permission denied", source=label) from None
    except (OSError, ValueError, EOFError) as exc:
        raise PlannerError(f"cannot read as a zip file: {getattr(exc, 'strerror', None) or exc}",
                           source=label) from None
    found = False
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PlannerError(f"refused: the archive has {len(infos)} members (the limit is "
                               f"{MAX_MEMBERS})", source=label)
        members = []
        for info in infos:
            name = None if info.is_dir() else _safe_member_name(info.filename)
            kind = member_kind(name) if name else None
            if kind is not None:
                members.append((name, info, kind))
        budget = _Budget(label)
        for name, info, kind in sorted(members, key=lambda m: order_key(m[0])):
            where = f"{label}:{info.filename}"
            if kind == "csv":
                head = decode_bytes(_read_member(zf, info, where, budget, limit=SNIFF_BYTES), where)
                if not is_export_csv(head, name):
                    continue
            found = True
            yield kind, decode_bytes(_read_member(zf, info, where, budget), where), where
    if not found:
        raise PlannerError(f"no posts export found in {label} (looked for {LOOKED_FOR})")


def _safe_member_name(name: str) -> str | None:
    """The member's path if it stays inside the archive and is not metadata; ``None`` otherwise."""
    clean = name.replace("\\", "/")
    p = PurePosixPath(clean)
    if (p.is_absolute() or re.match(r"[A-Za-z]:", clean) or ".." in p.parts
            or any(part.startswith(".") or part == "__MACOSX" for part in p.parts)):
        return None
    return p.as_posix()


class _Budget:
    """What the members read from one archive inflated to, together, against the
    archive's limits: :data:`MAX_ZIP_TOTAL_BYTES` in all and, past :data:`BOMB_MIN_BYTES`,
    no better than :data:`BOMB_RATIO`:1 over the compressed bytes they came from."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.inflated = 0
        self.compressed = 0

    def take(self, n: int, where: str) -> None:
        self.inflated += n
        if self.inflated > MAX_ZIP_TOTAL_BYTES:
            raise PlannerError(f"refused: the archive's posts files inflate to more than "
                               f"{_mb(MAX_ZIP_TOTAL_BYTES)} together (the archive limit)",
                               source=where)
        self.check_ratio(where)

    def check_ratio(self, where: str) -> None:
        if self.inflated > BOMB_MIN_BYTES and self.inflated > BOMB_RATIO * max(self.compressed, 1):
            ratio = self.inflated // max(self.compressed, 1)
            raise PlannerError(f"refused: looks like a zip bomb (the archive's posts files "
                               f"inflate {ratio}:1, the limit is {BOMB_RATIO}:1)", source=where)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, budget: _Budget,
                 *, limit: int | None = None) -> bytes:
    """A member's bytes (its first ``limit`` bytes when given), inflated a block at a time
    and counted as they come, whatever its header claims."""
    size = info.file_size
    if limit is None and size > MAX_MEMBER_BYTES:
        raise PlannerError(f"archive member is too large ({size} bytes; the limit is "
                           f"{_mb(MAX_MEMBER_BYTES)})", source=where)
    if size > BOMB_MIN_BYTES and size > BOMB_RATIO * max(info.compress_size, 1):
        ratio = size // max(info.compress_size, 1)
        raise PlannerError(f"refused: looks like a zip bomb ({size} bytes compressed {ratio}:1)",
                           source=where)
    want = min(size, limit) if limit is not None else size
    budget.compressed += info.compress_size if limit is None else min(info.compress_size, limit)
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while len(out) < want + 1:
                block = fh.read(min(_BLOCK, want + 1 - len(out)))
                if not block:
                    break
                out += block
                budget.take(len(block), where)
    except RuntimeError as exc:  # encrypted
        raise PlannerError(f"cannot read archive member: {exc}", source=where) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise PlannerError(f"damaged archive member ({exc})", source=where) from None
    if limit is not None:
        return bytes(out[:limit])
    if len(out) > want:
        raise PlannerError("archive member is larger than its header says", source=where)
    return bytes(out)
