"""Reading user files defensively and writing files atomically.

Every write in the planner goes through :func:`write_atomic` so a crash mid-save
leaves the old file intact, and an existing file is never replaced unless the
caller says so.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.errors import PlannerError

#: Files larger than this are refused instead of read into memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024


def read_text(path: str | Path) -> str:
    """Read a user file as text: UTF-8 (with or without BOM), UTF-16, Windows-1252 or Latin-1."""
    p = Path(path)
    try:
        if p.is_dir():
            raise PlannerError("is a directory, not a file", source=p)
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise PlannerError(f"file is too large ({size} bytes)", source=p)
        data = p.read_bytes()
    except PlannerError:
        raise
    except FileNotFoundError:
        raise PlannerError("no such file", source=p) from None
    except PermissionError:
        raise PlannerError("permission denied", source=p) from None
    except OSError as exc:
        raise PlannerError(f"cannot read: {exc.strerror or exc}", source=p) from None
    return decode_bytes(data, p)


def read_toml(path: str | Path) -> dict:
    """Read and parse a user's TOML file; a syntax error names the file and line."""
    import tomllib

    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise PlannerError(f"not valid TOML ({exc})", source=path) from None


def decode_bytes(data: bytes, source: str | Path = "<stdin>") -> str:
    """Decode bytes a user handed us; binary data is refused with a clear message."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise PlannerError("not valid UTF-16 text", source=source) from None
    if b"\x00" in data[:4096]:
        raise PlannerError("looks like a binary file, not text", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Windows exports: cp1252 has the curly quotes and dashes latin-1 lacks
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def write_atomic(path: str | Path, text: str | bytes, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` via a temp file in the same folder, fsync and rename.

    Without ``force`` an existing file is refused, so nothing is silently replaced.
    """
    import tempfile

    p = Path(path)
    if p.exists() and not force:
        raise PlannerError("already exists (use --force to replace it)", source=p)
    if p.is_dir():
        raise PlannerError("is a directory", source=p)
    parent = p.parent if str(p.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise PlannerError(f"cannot write: {exc.strerror or exc}", source=p) from None
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        # mkstemp makes 0600 files; give the usual permissions (or keep the old file's)
        try:
            mode = p.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise PlannerError(f"cannot write: {exc.strerror or exc}", source=p) from None
        raise
    try:
        dfd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
    return p


def csv_field(value: str) -> str:
    """A CSV field as ``csv.writer`` (QUOTE_MINIMAL) writes it, except that a carriage return
    is quoted too: with a ``"\\n"`` line terminator the csv module leaves it bare, and the
    file then cannot be read back."""
    if '"' in value or "," in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(fields: list[str]) -> str:
    """One CSV row ending in ``"\\n"`` (at least two fields; csv quotes a lone empty one)."""
    return ",".join(map(csv_field, fields)) + "\n"
