"""Finding the export files in a folder or a zip, safely: a zip is read member by member in memory, never extracted.

Limits: a member over ``MAX_MEMBER_BYTES`` (uncompressed, as its header says) and a
zip bomb (a member over ``BOMB_MIN_BYTES`` compressed better than ``BOMB_RATIO``:1)
are refused, as are members that together exceed ``MAX_ZIP_TOTAL_BYTES``; member
names leaving the archive (absolute, ``..``, a drive letter) and metadata (dot
files, ``__MACOSX``) are ignored. A folder scan goes at most ``MAX_DEPTH`` folders
down, skips hidden files and folders, and never follows a link out of the folder
nor reads a FIFO or a device. Bad input is a :class:`PlannerError` naming the file.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from planner.errors import PlannerError
from planner.fileio import decode_bytes, read_text
from planner.io.sniff import (
    LOOKED_FOR,
    SNIFF_BYTES,
    head_bytes,
    is_export_csv,
    member_kind,
)

#: A zip member larger than this (uncompressed) is refused.
MAX_MEMBER_BYTES = 200 * 1024 * 1024
#: All the members read from one zip together may not exceed this.
MAX_ZIP_TOTAL_BYTES = 1024 * 1024 * 1024
#: A member bigger than BOMB_MIN_BYTES that compresses better than BOMB_RATIO:1 is a zip bomb.
BOMB_RATIO = 100
BOMB_MIN_BYTES = 50 * 1024 * 1024
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


def folder_exports(root: Path) -> Iterator[tuple[str, str, str]]:
    """``(kind, text, source)`` of every export file in a folder and its sub-folders, in path
    order (kinds as :func:`planner.io.sniff.member_kind` names them); none found is an error."""
    found = False
    for rel, path, kind in sorted(_scan_folder(root), key=lambda f: order_key(f[0])):
        if kind == "csv":
            try:
                head = decode_bytes(head_bytes(path, SNIFF_BYTES), path)
            except PlannerError:
                continue
            if not is_export_csv(head, rel):
                continue
        found = True
        yield kind, read_text(path), str(path)
    if not found:
        raise PlannerError(f"no posts export found in {root} (looked for {LOOKED_FOR})")


def _scan_folder(root: Path):
    base = root.resolve()
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
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            if not real.is_relative_to(base) or not real.is_file():
                continue  # a link out of the folder, a FIFO or a device: never read
            yield rel, path, kind


def zip_exports(path: Path) -> Iterator[tuple[str, str, str]]:
    """``(kind, text, source)`` of every export file inside a zip, in path order, each member
    read in memory within the limits (the source is ``archive.zip:member``); none found is an error."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PlannerError("not a zip file (or a damaged one)", source=path) from None
    except FileNotFoundError:
        raise PlannerError("no such file", source=path) from None
    except PermissionError:
        raise PlannerError("permission denied", source=path) from None
    except (OSError, ValueError, EOFError) as exc:
        raise PlannerError(f"cannot read as a zip file: {getattr(exc, 'strerror', None) or exc}",
                           source=path) from None
    found = False
    budget = [MAX_ZIP_TOTAL_BYTES]
    with zf:
        members = []
        for info in zf.infolist():
            name = None if info.is_dir() else _safe_member_name(info.filename)
            kind = member_kind(name) if name else None
            if kind is not None:
                members.append((name, info, kind))
        for name, info, kind in sorted(members, key=lambda m: order_key(m[0])):
            label = f"{path}:{info.filename}"
            if kind == "csv":
                head = decode_bytes(_read_member(zf, info, label, budget, limit=SNIFF_BYTES), label)
                if not is_export_csv(head, name):
                    continue
            found = True
            yield kind, decode_bytes(_read_member(zf, info, label, budget), label), label
    if not found:
        raise PlannerError(f"no posts export found in {path} (looked for {LOOKED_FOR})")


def _safe_member_name(name: str) -> str | None:
    """The member's path if it stays inside the archive and is not metadata; ``None`` otherwise."""
    clean = name.replace("\\", "/")
    p = PurePosixPath(clean)
    if (p.is_absolute() or re.match(r"[A-Za-z]:", clean) or ".." in p.parts
            or any(part.startswith(".") or part == "__MACOSX" for part in p.parts)):
        return None
    return p.as_posix()


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, budget: list[int],
                 *, limit: int | None = None) -> bytes:
    size = info.file_size
    if size > MAX_MEMBER_BYTES:
        raise PlannerError(f"archive member is too large ({size} bytes; the limit is "
                           f"{MAX_MEMBER_BYTES})", source=label)
    if size > BOMB_MIN_BYTES and size > BOMB_RATIO * max(info.compress_size, 1):
        ratio = size // max(info.compress_size, 1)
        raise PlannerError(f"refused: looks like a zip bomb ({size} bytes compressed {ratio}:1)",
                           source=label)
    want = min(size, limit) if limit is not None else size
    if limit is None and want > budget[0]:
        raise PlannerError("refused: the archive's posts files together are too large", source=label)
    try:
        with zf.open(info) as fh:
            data = fh.read(want + 1)
    except RuntimeError as exc:  # encrypted
        raise PlannerError(f"cannot read archive member: {exc}", source=label) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise PlannerError(f"damaged archive member ({exc})", source=label) from None
    if limit is not None:
        return data[:limit]
    if len(data) > want:
        raise PlannerError("archive member is larger than its header says", source=label)
    budget[0] -= len(data)
    return data
