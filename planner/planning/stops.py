"""The full stop a call to action ends on.

A caption whose sentences all end on a stop reads unfinished when its last line, the call to
action, does not ("Tell us in the comments", "Follow along to see more": blind reads 16, 22
and 23 asked for the stop on every such line). A line that ends on an address, a handle, a
hashtag, an emoji or a pointer to where the link is ("Book: link in bio") is not a sentence
and keeps its end as it is.
"""

from __future__ import annotations

import re

#: a last word that is an address, a handle, a tag or an e-mail: never followed by a stop
_ADDRESS_END = re.compile(r"(?:\S*://\S+|www\.\S+|\S+\.[a-z]{2,}(?:/\S*)?|[@#]\S+|\S+@\S+)$",
                          re.IGNORECASE)
#: a pointer to where the link or the way in is, after a colon: "Book: link in bio"
_POINTER_END = re.compile(r":\s*(?:the\s+)?links?\b[^.!?:]*$|\blinks?\s+in\s+(?:the\s+)?"
                          r"(?:bio|description|comments)$", re.IGNORECASE)
#: the characters a sentence's last word ends on when it has no stop yet
_OPEN_END = re.compile(r"[A-Za-z0-9)\"'’”]$")


def needs_stop(cta: str) -> bool:
    """Whether ``cta`` is a sentence that ends without its full stop."""
    line = cta.rstrip().rsplit("\n", 1)[-1].strip()
    if not line or not _OPEN_END.search(line):
        return False  # (already ends on ".", "!", "?", "…", ":" or an emoji)
    return not (_ADDRESS_END.search(line) or _POINTER_END.search(line))


def with_stop(text: str, cta: str) -> tuple[str, str]:
    """``text`` and ``cta`` with the call to action's full stop, where it is a sentence that
    ends the caption without one; as they are otherwise."""
    if not cta or not needs_stop(cta) or not text.endswith(cta):
        return text, cta
    return text + ".", cta + "."
