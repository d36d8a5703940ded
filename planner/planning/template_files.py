"""Reading template files: regular files under their templates folder, of a bounded size.

A template is read only when it is a regular file (no device, FIFO or socket: ``/dev/zero``
would never end and a FIFO would wait for a writer), never through a link leading out of
its templates folder, and only up to :data:`MAX_TEMPLATE_BYTES`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: size of a template file
MAX_TEMPLATE_BYTES = 256 * 1024



class TemplateFileError(Exception):
    """A template file that may not be read; the message says why."""


def read_template_file(path: Path, root: Path) -> str:
    """The text of a template file under ``root``: a regular file (no device, FIFO or
    socket; a link only to a file inside ``root``), at most MAX_TEMPLATE_BYTES, UTF-8."""
    try:
        real = path.resolve(strict=True)
        if not real.is_relative_to(root.resolve(strict=True)):
            raise TemplateFileError("is a link to a file outside the templates folder; not read")
        # O_NONBLOCK: opening a FIFO must not wait for a writer
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise TemplateFileError(f"cannot read template ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TemplateFileError("is not a regular file (a device, FIFO or socket?); not read")
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise TemplateFileError(f"template file is too large ({info.st_size:,} bytes, "
                                    f"at most {MAX_TEMPLATE_BYTES:,})")
        data = b""
        while len(data) <= MAX_TEMPLATE_BYTES:
            chunk = os.read(fd, MAX_TEMPLATE_BYTES + 1 - len(data))
            if not chunk:
                break
            data += chunk
        if len(data) > MAX_TEMPLATE_BYTES:
            raise TemplateFileError(f"template file is too large (over {MAX_TEMPLATE_BYTES:,} bytes)")
    except OSError as exc:
        raise TemplateFileError(f"cannot read template ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateFileError(f"template is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
