"""Quicker searches for the rules layer's patterns (:mod:`planner.stage.rules`), each giving
what the case-insensitive search of the post itself gives.

* :func:`lowered_search`: the pattern searched case-sensitively in the lower-cased text of a
  post that :func:`lowers_plainly` (case-insensitive matching is slow);
* :func:`first_scan`: the same search told which characters a match can start with, so the
  regular expression engine skips the other positions with its character-set scan.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P

#: characters outside ASCII seen in posts, and whether they lower plainly
_PLAIN_CHAR: dict[str, bool] = {}
_ASCII_LIKE = re.compile(r"[\x00-\x7f]", re.IGNORECASE).match


def plain_char(c: str) -> bool:
    """Whether a character outside ASCII is its own lower case and matches no ASCII character
    case-insensitively (ſ matches s, ı matches i)."""
    plain = _PLAIN_CHAR.get(c)
    if plain is None:
        plain = c.lower() == c and _ASCII_LIKE(c) is None
        if len(_PLAIN_CHAR) < 100_000:
            _PLAIN_CHAR[c] = plain
    return plain


def lowers_plainly(text: str) -> bool:
    """Whether the rules may search ``text`` lower-cased, case-sensitively (ASCII text, and
    text whose other characters all pass :func:`plain_char`)."""
    return text.isascii() or all(plain_char(c) for c in set(text) if not c.isascii())


def lowered_search(pattern: str):
    """The pattern's search, case-sensitive, for the lower-cased text of a post that
    :func:`lowers_plainly`, or None where that could differ from the case-insensitive search
    of the post itself (a pattern with a case-sensitive part, an upper-case letter, a cased
    character outside ASCII, or a character given by its code). Lower-casing such a post
    keeps every position and every character's class (\\w, \\d, \\s): it changes only
    ASCII capitals. A letter of the pattern (a-z) matches an ASCII character
    case-insensitively exactly when that character's lower case is the letter, and no
    character of such a post outside ASCII either way; a character the pattern holds outside
    ASCII (£, €, ”) has no case."""
    return lazy(lambda: re.compile(pattern).search) if _lowerable(pattern) else None


def _lowerable(pattern: str) -> bool:
    plain = re.sub(r"\\.", "", pattern)  # escapes (\b, \W, \.) are not letters
    return not ("(?-i" in pattern or re.search(r"\\[xuUN0-9]", pattern) or re.search("[A-Z]", plain)
                or any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in plain))


def lazy(make):
    """A function that calls ``make()``'s function, made on the first call (regular
    expressions are compiled when a rule is first searched for, not when the planner starts)."""
    made = None

    def call(*args):
        nonlocal made
        if made is None:
            made = make()
        return made(*args)

    return call


_CLASS_OF = {C.CATEGORY_DIGIT: r"\d"}


def first_chars(items) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed ``items`` can start with, as character-class
    items; whether the items can match the empty string), or None where that is not worked
    out (any character, a negated class, a class of letters or spaces, a start anchor)."""
    out: set[str] = set()
    for op, av in items:
        if op is C.AT:
            if av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
                continue
            return None  # ^ and $: the engine has its own shortcut for them
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # consumes nothing: the match starts after it, with what follows
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    out.add(re.escape(chr(value)))
                elif kind is C.RANGE:
                    out.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is C.CATEGORY and value in _CLASS_OF:
                    out.add(_CLASS_OF[value])
                else:
                    return None
            return out, False
        if op is C.BRANCH:
            empty = False
            for alternative in av[1]:
                got = first_chars(alternative.data)
                if got is None:
                    return None
                out |= got[0]
                empty = empty or got[1]
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            got = first_chars(sub.data)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _high, sub = av
            got = first_chars(sub.data)
            if got is not None and low == 0:
                got = (got[0], True)
        else:
            return None
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def first_scan(pattern: str):
    """A search of the case-sensitive ``pattern`` that finds a match wherever the pattern's
    search finds one (the match itself is one character at the start of the pattern's
    first match), or None where the characters a match starts with are not worked out.

    The pattern becomes ``[F](?<=(?=pattern)[F])``, F the characters a match can start
    with: the engine's character-set scan finds the next position holding one of F, and the
    look-behind (one character wide) checks that the pattern matches from there. Searching
    a pattern that starts with a word boundary otherwise tries every position."""
    found = first_chars(P.parse(pattern).data)
    if found is None or found[1] or not found[0]:
        return None
    cls = "[" + "".join(sorted(found[0])) + "]"
    return re.compile(f"{cls}(?<=(?={pattern}){cls})").search


def _structure(pattern: str):
    """(index, character, depth before it) of each ``(``, ``)`` and ``|`` of a pattern outside
    character classes and escapes."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":  # a ] first in a class is a character
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c in "()|":
            yield i, c, depth
            depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (split at ``|`` outside groups and classes)."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(pattern)])]


def _case_sensitive_inside(alternative: str) -> str | None:
    """The inside of an alternative that is one ``(?-i:...)`` group, else None."""
    if not alternative.startswith("(?-i:"):
        return None
    closing = next((i for i, c, depth in _structure(alternative) if c == ")" and depth == 1), None)
    return alternative[5:-1] if closing == len(alternative) - 1 else None


def plain_scan(pattern: str):
    """``scan(text, lower)``, true exactly when the case-insensitive search of ``pattern``
    finds a match in a ``text`` that :func:`lowers_plainly` (``lower`` its lower case), or None
    where it would search it as a whole anyway. A match is a match of one of the pattern's
    alternatives: those :func:`lowered_search` takes are searched in ``lower``, those that are
    one case-sensitive group (``(?-i:...)``) in ``text`` as they are, the rest as before;
    each group told the characters its matches start with where that is worked out."""
    lowered, exact, other = [], [], []
    for alternative in alternatives(pattern):
        if _lowerable(alternative):
            lowered.append(alternative)
        elif (inside := _case_sensitive_inside(alternative)) is not None:
            exact.append(inside)
        else:
            other.append(alternative)
    if not lowered and not exact:
        return None
    return lazy(lambda: _scan(lowered, exact, other))


def _scan(lowered: list[str], exact: list[str], other: list[str]):
    searches = []
    if lowered:
        joined = "|".join(lowered)
        search = first_scan(joined) or re.compile(joined).search
        searches.append(lambda text, lower: search(lower))
    if exact:
        joined_exact = "|".join(exact)
        search_exact = first_scan(joined_exact) or re.compile(joined_exact).search
        searches.append(lambda text, lower: search_exact(text))
    if other:
        search_other = re.compile("|".join(other), re.IGNORECASE).search
        searches.append(lambda text, lower: search_other(text))
    if len(searches) == 1:
        return searches[0]
    return lambda text, lower: any(s(text, lower) is not None for s in searches) or None
