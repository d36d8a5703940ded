"""One posts input, opened once and readable from the start as often as needed.

A regular file or a folder is read where it is. Standard input and a pipe the shell
handed over (``<(cmd)``, ``/dev/fd/N``) can be read only once, so they are first
copied to an unnamed temporary file, counting bytes against
:data:`~planner.fileio.MAX_INPUT_BYTES`: sniffing such an input (is it a zip? an
X archive?) then never eats the start of it, and it can be read twice (``classify``
checks every row before printing any). A device, a socket or a named pipe is refused
(:func:`planner.fileio.input_kind`).

A CSV is read as a stream (:meth:`Source.text_stream`): its encoding is chosen by the
rules of :func:`planner.fileio.decode_bytes` over the whole file first, a block at a
time, so memory stays flat however long the file is.
"""

from __future__ import annotations

import codecs
import io
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

from planner.errors import PlannerError
from planner.fileio import (
    MAX_INPUT_BYTES,
    decode_bytes,
    input_kind,
    open_input,
    read_capped,
    too_large,
)

_BLOCK = 1024 * 1024


class Source:
    """A file, a folder, or standard input / a pipe copied aside; ``label`` names it in messages."""

    def __init__(self, label: str, *, path: Path | None = None, spool: BinaryIO | None = None,
                 is_dir: bool = False) -> None:
        self.label = label
        self.path = path
        self.is_dir = is_dir
        self._spool = spool
        self._encoding: str | None = None

    @classmethod
    def open(cls, path: str | Path, *, stdin=None) -> Source:
        """The source ``path`` names (``-`` is ``stdin``, or the process's standard input)."""
        if str(path) == "-":
            import sys

            return cls.from_stream(stdin if stdin is not None else sys.stdin, "<stdin>")
        p = Path(path)
        kind = input_kind(p)
        if kind == "dir":
            return cls(str(p), path=p, is_dir=True)
        if kind == "pipe":
            with open_input(p) as fh:
                return cls.from_stream(fh, str(p))
        return cls(str(p), path=p)

    @classmethod
    def from_stream(cls, stream, label: str) -> Source:
        """Copy a stream (binary, or text with no ``buffer``) to an unnamed temporary file."""
        spool = tempfile.TemporaryFile()
        try:
            raw = getattr(stream, "buffer", stream)
            total = 0
            while True:
                block = raw.read(_BLOCK)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode("utf-8", "surrogatepass")
                total += len(block)
                if total > MAX_INPUT_BYTES:
                    raise PlannerError(too_large(MAX_INPUT_BYTES), source=label)
                spool.write(block)
        except OSError as exc:
            spool.close()
            raise PlannerError(f"cannot read: {exc.strerror or exc}", source=label) from None
        except BaseException:
            spool.close()
            raise
        return cls(label, spool=spool)

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()

    def binary(self) -> BinaryIO:
        """A binary stream from the start (the caller closes it)."""
        if self._spool is not None:
            self._spool.seek(0)
            return _Unclosed(self._spool)
        fh = open_input(self.path)
        try:
            size = os.fstat(fh.fileno()).st_size
        except OSError:
            size = 0
        if size > MAX_INPUT_BYTES:
            fh.close()
            raise PlannerError(too_large(MAX_INPUT_BYTES), source=self.label)
        return fh

    def head(self, n: int) -> bytes:
        """The first ``n`` bytes (nothing is consumed)."""
        with self.binary() as fh:
            try:
                return fh.read(n)
            except OSError as exc:
                raise PlannerError(f"cannot read: {exc.strerror or exc}", source=self.label) from None

    def text(self) -> str:
        """The whole input as text (decoded as :func:`planner.fileio.decode_bytes` does)."""
        with self.binary() as fh:
            return decode_bytes(read_capped(fh, self.label), self.label)

    def text_stream(self) -> TextIO:
        """The input as a text stream for ``csv`` (``newline=""``), decoded as :meth:`text` would."""
        if self._encoding is None:
            self._encoding = self._sniff_encoding()
        raw = io.BufferedReader(_Capped(self.binary(), self.label), buffer_size=_BLOCK)
        return io.TextIOWrapper(raw, encoding=self._encoding, newline="")

    def _sniff_encoding(self) -> str:
        """decode_bytes's choice for the whole input, made a block at a time."""
        with self.binary() as fh:
            blocks = _blocks(_Capped(fh, self.label), self.label)
            head = next(blocks, b"")
            utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
            if not utf16 and b"\x00" in head[:4096]:
                raise PlannerError("looks like a binary file, not text", source=self.label)
            decoder = codecs.getincrementaldecoder("utf-16" if utf16 else "utf-8")()
            try:
                decoder.decode(head)
                for block in blocks:
                    decoder.decode(block)
                decoder.decode(b"", final=True)
                return "utf-16" if utf16 else "utf-8-sig"
            except UnicodeDecodeError:
                if utf16:
                    raise PlannerError("not valid UTF-16 text", source=self.label) from None
        # not UTF-8: Windows-1252, unless a byte it leaves undefined appears anywhere
        with self.binary() as fh:
            if any(hole in block for block in _blocks(fh, self.label) for hole in _CP1252_HOLES):
                return "latin-1"
        return "cp1252"


#: Bytes Windows-1252 leaves undefined: a file holding one is read as Latin-1.
_CP1252_HOLES = [bytes([b]) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]


def _blocks(fh, label: str):
    while True:
        try:
            block = fh.read(_BLOCK)
        except OSError as exc:
            raise PlannerError(f"cannot read: {exc.strerror or exc}", source=label) from None
        if not block:
            return
        yield block


class _Unclosed(io.RawIOBase):
    """A spool seen through a stream whose ``close`` leaves the spool open."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        return self._fh.readinto(b)

    def fileno(self) -> int:
        return self._fh.fileno()


class _Capped(io.RawIOBase):
    """A binary stream that refuses to yield more than MAX_INPUT_BYTES, counting what it reads."""

    def __init__(self, fh: BinaryIO, label: str) -> None:
        self._fh = fh
        self._label = label
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._fh.readinto(b)
        self._count += n or 0
        if self._count > MAX_INPUT_BYTES:
            raise PlannerError(too_large(MAX_INPUT_BYTES), source=self._label)
        return n

    def close(self) -> None:
        self._fh.close()
        super().close()
