"""Wrapping a chat reply to its column: a long line's continuation starts under the
column it belongs to, never back at column 1.

Replies are plain text laid out for a wide terminal: tables with columns set apart by
two or more spaces (/help, /report), numbered rows (/calendar, /week), bullets. Where a
line is too long for the width it is shown at, its continuation lines are indented to
the last column that leaves room to read (the help's "does" column, a row's text after
its number, the words after a bullet), or to two spaces past the line's own indent.
Unindented prose wraps to the left edge as usual. A word longer than the room left
(a path, a link) is broken after a ``/`` or other separator where it can be.

Plain Python, no Textual: the chat message widget calls ``wrap_reply`` with its width.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

#: a column: text after a gap of two or more spaces
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
#: a bullet, arrow, or row number at the start of a line, and the spaces after it
_MARK = re.compile(r" *(?:[•·\-*→–]|#?[A-Za-z]{0,3}\d+[.):]?) +(?=\S)")
#: a word and the spaces after it
_WORD = re.compile(r"\S+ *")
#: where a long word may break: after these
_BREAK_AFTER = "/\\-_.,;:?&=)]"


def wrap_reply(text: str, width: int) -> list[str]:
    """The lines of ``text`` as shown ``width`` cells wide."""
    width = max(width, 1)
    out: list[str] = []
    for line in text.splitlines() or [""]:
        out.extend(wrap_line(line, width))
    return out


def hang(line: str, width: int) -> int:
    """Where the continuation of ``line`` starts when it does not fit in ``width``."""
    room = max(20, width // 3)  # a continuation keeps at least this many cells

    def fits(column: int) -> bool:
        return width - column >= room

    for gap in reversed(list(_GAP.finditer(line))):
        longest = max(map(cell_len, line[gap.end():].split()))
        if fits(gap.end()) and width - gap.end() >= longest:  # a column's words stay whole
            return gap.end()
    mark = _MARK.match(line)
    if mark and fits(mark.end()):
        return mark.end()
    lead = len(line) - len(line.lstrip(" "))
    if lead and fits(lead + 2):
        return lead + 2
    return 0


def wrap_line(line: str, width: int) -> list[str]:
    """One line wrapped to ``width``, its continuation hanging under its column."""
    line = line.rstrip()
    if cell_len(line) <= width:
        return [line]
    indent = hang(line, width)
    lead = len(line) - len(line.lstrip(" "))
    lines: list[str] = []
    current = line[:lead] if lead < width else ""
    start = len(current)  # where the words of the current line start
    for word in _WORD.findall(line[lead:]):
        if cell_len(current + word.rstrip()) <= width:
            current += word
            continue
        if len(current) > start:  # the line has words: this one starts the next line
            lines.append(current.rstrip())
            current = " " * indent
            start = indent
            if cell_len(current + word.rstrip()) <= width:
                current += word
                continue
        # a word longer than the room left: break it, at a separator where possible
        piece = word.rstrip()
        while cell_len(current + piece) > width:
            cut = _cut(piece, width - cell_len(current))
            lines.append(current + piece[:cut])
            piece = piece[cut:]
            current = " " * indent
            start = indent
        current += piece + word[len(word.rstrip()):]
    if current.strip():
        lines.append(current.rstrip())
    return lines


def _cut(word: str, room: int) -> int:
    """How many characters of ``word`` go on a line with ``room`` cells: up to the last
    separator that fits (past a quarter of the room; a folder's slash before any other),
    else as many as fit."""
    room = max(room, 1)
    fit = 0
    used = 0
    for i, ch in enumerate(word):
        used += cell_len(ch)
        if used > room:
            break
        fit = i + 1
    fit = max(fit, 1)
    for separators in ("/\\", _BREAK_AFTER):  # between folders first
        for i in range(fit - 1, room // 4, -1):
            if word[i] in separators:
                return i + 1
    return fit


def path_lines(path: str, width: int) -> list[str]:
    """``path`` shown ``width`` cells wide, never cut inside a name: whole, or its end
    from a folder on after an ellipsis (``…/december/plan.toml``), or, when the file
    name alone is too long, ``…/`` and the name broken after its separators (``-``,
    ``_``, ``.``)."""
    if cell_len(path) <= width:
        return [path]
    name = re.split(r"[/\\]", path)[-1]
    if cell_len(name) + 2 <= width:
        tail = name
        for folder in reversed(re.split(r"[/\\]", path)[:-1]):
            if cell_len(f"…/{folder}/{tail}") > width:
                break
            tail = f"{folder}/{tail}"
        return [f"…/{tail}"]
    return wrap_line(("…/" if name != path else "") + name, width)
