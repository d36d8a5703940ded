"""Repair of text that is UTF-8 bytes read as Latin-1, as Meta's Instagram and Facebook exports write it."""

from __future__ import annotations

import re

_C1_CONTROLS = re.compile("[\u0080-\u009f]")


def fix_mojibake(text: str) -> str:
    """Repair text that is UTF-8 bytes read as Latin-1, as Meta's exports write it.

    ``"caf\\u00c3\\u00a9"`` becomes ``"café"``, ``"\\u00f0\\u009f\\u0098\\u008d"`` becomes 😍.
    Text is changed only when every character fits in one byte, those bytes are
    valid UTF-8, and the result has no control characters left; correct text
    (``"café"``, emoji, plain ASCII) never round-trips and is returned as it is.
    """
    if not text or text.isascii():
        return text
    try:
        fixed = text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text
    if "\ufffd" in fixed or _C1_CONTROLS.search(fixed):
        return text
    return fixed
