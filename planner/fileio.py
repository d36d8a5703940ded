"""Reading user files defensively and writing files atomically.

Reading: only a regular file, or a pipe the shell handed over (``<(cmd)`` is
``/dev/fd/N``), is ever opened, never blocking on the open; a device, a socket or
a named pipe (FIFO) is refused with one line. At most :data:`MAX_INPUT_BYTES` are
read, counted as they are read (a device or a file under /proc reports size 0).

Writing: every write in the planner goes through :func:`write_atomic` so a crash
mid-save leaves the old file intact, and an existing file is never replaced unless
the caller says so. Only a regular file (or nothing) is ever replaced: a device, a
named pipe, a socket or a folder in the way is refused even with ``force``. A
symbolic link counts as an existing file (even a dangling one): replacing needs
``force``, and then the file the link points to is written (atomically, beside
itself); the link stays a link.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from planner.errors import PlannerError

#: Files larger than this are refused instead of read into memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: How a temporary file of write_atomic is named: ``.<target name>.planner-tmp-XXXXXXXX``.
TMP_MARK = ".planner-tmp-"
#: A temporary file of ours this old (seconds) beside its target is left over from a
#: killed run, and removed the next time the same target is written.
STALE_TMP_SECONDS = 600

#: Paths that name a descriptor the shell handed over: ``<(cmd)`` process substitution
#: (``/dev/fd/63``) and ``/dev/stdin``. A pipe behind one of these is read; a named pipe
#: anywhere else is refused, since opening one that nothing writes to would wait forever.
_INHERITED = re.compile(r"/dev/(?:stdin|fd/\d+)|/proc/(?:self|\d+)/fd/\d+")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def too_large(limit: int = MAX_INPUT_BYTES) -> str:
    """The message for input over ``limit`` bytes."""
    return f"file is too large (more than {_mb(limit)}, the input limit)"


def input_kind(path: str | Path) -> str:
    """``"file"``, ``"dir"`` or ``"pipe"`` (a pipe the shell handed over) for a path to read;
    anything else (missing, a device, a socket, a named pipe) is a :class:`PlannerError`."""
    p = Path(path)
    with _read_errors(p):
        mode = os.stat(p).st_mode
    return _kind_of(mode, p)


@contextlib.contextmanager
def _read_errors(p: Path) -> Iterator[None]:
    """An OS error while reading ``p`` as one line naming it."""
    try:
        yield
    except FileNotFoundError:
        raise PlannerError("no such file", source=p) from None
    except PermissionError:
        raise PlannerError("permission denied", source=p) from None
    except OSError as exc:
        raise PlannerError(f"cannot read: {exc.strerror or exc}", source=p) from None


def _kind_of(mode: int, p: Path) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISFIFO(mode) and _INHERITED.fullmatch(str(p)):
        return "pipe"
    raise PlannerError(f"{_not_a_file(mode)}; nothing was read from it", source=p)


def _not_a_file(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file (pipe it to - instead)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    return "is not a regular file"


def open_input(path: str | Path) -> BinaryIO:
    """Open a regular file (or a pipe the shell handed over) for reading, without ever
    waiting on the open; see :func:`input_kind` for what is refused."""
    p = Path(path)
    kind = input_kind(p)
    if kind == "dir":
        raise PlannerError("is a directory, not a file", source=p)
    with _read_errors(p):
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if _kind_of(os.fstat(fd).st_mode, p) != kind:  # swapped since the stat
            raise PlannerError("changed while being opened", source=p)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a pipe is then read as it comes, as stdin is
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(fh: BinaryIO, source: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """All of ``fh``, counting bytes as they come: more than ``limit`` is refused."""
    buf = bytearray()
    while True:
        try:
            block = fh.read(1024 * 1024)
        except OSError as exc:
            raise PlannerError(f"cannot read: {exc.strerror or exc}", source=source) from None
        if not block:
            return buf  # a bytearray: no second copy of up to ``limit`` bytes
        if len(buf) + len(block) > limit:
            raise PlannerError(too_large(limit), source=source)
        buf += block


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a user file, within ``limit`` (checked by size first, then by counting)."""
    p = Path(path)
    with open_input(p) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
        except OSError:
            size = 0
        if size > limit:
            raise PlannerError(too_large(limit), source=p)
        return read_capped(fh, p, limit)


def read_text(path: str | Path) -> str:
    """Read a user file as text: UTF-8 (with or without BOM), UTF-16, Windows-1252 or Latin-1."""
    return decode_bytes(read_bytes(path), Path(path))


def resolves_inside(path: str | Path, folder: str | Path, *, must_exist: bool = True) -> bool:
    """Whether ``path``, links followed, is an existing file or folder inside ``folder``
    (links followed too): the one rule that keeps folder scans and batch runs from
    reading anything a link leads to outside the folder. With ``must_exist=False`` a
    path not there (yet) counts where its links lead: the rule for a file to be written."""
    try:
        real = Path(path).resolve(strict=must_exist)
        base = Path(folder).resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return real == base or real.is_relative_to(base)


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


def check_target(path: str | Path, *, force: bool = False) -> Path:
    """The file a write to ``path`` would replace or create (a link's target), after the
    checks of :func:`write_atomic`; a :class:`PlannerError` naming ``path`` when refused."""
    p = Path(path)
    try:
        mode = os.lstat(p).st_mode
    except FileNotFoundError:
        return p
    except OSError as exc:
        raise PlannerError(f"cannot write: {exc.strerror or exc}", source=p) from None
    if stat.S_ISLNK(mode):
        if not force:
            raise PlannerError(f"already exists as a link to {os.readlink(p)} (use --force to "
                               "write the file it points to)", source=p)
        try:
            target = p.resolve(strict=False)
        except (OSError, RuntimeError):
            raise PlannerError("is a link that never ends in a file (a loop)", source=p) from None
        try:
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            return target  # a dangling link: the file it names is created
        except OSError as exc:
            raise PlannerError(f"cannot write: {exc.strerror or exc}", source=p) from None
        if not stat.S_ISREG(mode):
            raise PlannerError(f"is a link to {target}, which {_not_a_file(mode)}: "
                               "refusing to replace it", source=p)
        return target
    if not stat.S_ISREG(mode):
        raise PlannerError(f"{_not_a_file(mode)}: refusing to replace it", source=p)
    if not force:
        raise PlannerError("already exists (use --force to replace it)", source=p)
    return p


def write_atomic(path: str | Path, text: str | bytes, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` via a temp file in the same folder, fsync and rename.

    Without ``force`` an existing file (or a link) is refused, so nothing is silently
    replaced; what is not a regular file is never replaced (:func:`check_target`). The
    temporary file is ``.<name>.planner-tmp-XXXXXXXX``; ones of ours left by a killed
    run are removed when the same target is written again.
    """
    import tempfile

    p = Path(path)
    target = check_target(p, force=force)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        if target == p:
            parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(parent, target.name)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}{TMP_MARK}", suffix="", dir=parent)
    except OSError as exc:
        raise PlannerError(f"cannot write: {exc.strerror or exc}", source=p) from None
    _WRITING.add(tmp)
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        # mkstemp makes 0600 files; give the usual permissions (or keep the old file's)
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise PlannerError(f"cannot write: {exc.strerror or exc}", source=p) from None
        raise
    finally:
        _WRITING.discard(tmp)
    try:
        dfd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
    return p


#: The temporary files this process is writing now.
_WRITING: set[str] = set()


def remove_unfinished_writes() -> None:
    """Remove the temporary files this process is writing: for a process told to stop
    (a batch worker's SIGTERM handler) before it exits without unwinding."""
    for tmp in list(_WRITING):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Remove our temporary files for ``name`` that a killed run left behind: regular
    files named as write_atomic names them, owned by this user, older than
    :data:`STALE_TMP_SECONDS` (a younger one may be another run's write in progress)."""
    import time

    prefix = f".{name}{TMP_MARK}"
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(prefix)
                   and len(e.name) == len(prefix) + 8]
    except OSError:
        return
    now = time.time()
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
            if (stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid()
                    and now - st.st_mtime > STALE_TMP_SECONDS):
                os.unlink(entry.path)
        except OSError:
            pass


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
