"""spaCy's tokenizer algorithm replayed over the exported rules (:mod:`.spacy_rules`), and the
emoji merge over its tokens, so the compiled classifier splits text exactly as the spaCy
pipeline does."""

from __future__ import annotations

import re
import re._constants as C
import re._parser as sre_parse

from planner.stage.rulesearch import first_chars
from planner.text.rules import emoji_merge_spans

#: splits a text into whitespace-free spans and the whitespace between them
_WS_SPLIT = re.compile(r"(\s+)")


class Tokenizer:
    """spaCy's tokenizer algorithm over exported rules; returns token texts and trailing spaces."""

    def __init__(self, rules: dict) -> None:
        tok = rules["tokenizer"]
        self.prefix_search = re.compile(tok["prefix"]).search
        self.suffix_search = re.compile(tok["suffix"]).search
        self.infix_finditer = re.compile(tok["infix"]).finditer
        # Shortcuts past the two longest searches, for spans no rule could match anyway
        # (None where the rules' shape does not allow them): every suffix rule ends at the
        # end of the span, with one of the characters it can end with; every infix match
        # starts with one of the characters it can start with (symbols, no letter or digit)
        self._suffix_end = _chars_test(_last_chars_at_end(tok["suffix"]))
        self._infix_start = _chars_test(_first_chars_of(tok["infix"]))
        self.token_match = re.compile(tok["token_match"]).match
        self.url_match = re.compile(tok["url_match"]).match
        self.specials: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in tok["special_cases"].items()}
        self._cache: dict[str, tuple[str, ...]] = {}
        # spaCy's special-case matcher: rules whose text the affix rules would split
        self._special_first: dict[str, list[tuple[str, ...]]] = {}
        #: first token → the patterns whose match would change the tokens
        self._changing: dict[str, list[tuple[str, ...]]] = {}
        for rule, orths in self.specials.items():
            if self.find_prefix(rule) or self.find_suffix(rule) or list(self.infix_finditer(rule)) \
                    or " " in rule:
                pattern = tuple(self._affix_tokens(rule, False)[0])
                self._special_first.setdefault(pattern[0], []).append(pattern)
                if pattern != orths:
                    self._changing.setdefault(pattern[0], []).append(pattern)
        #: whitespace-free span → (tokens, whether a special-case match could change them)
        self._chunks: dict[str, tuple[tuple[str, ...], bool]] = {}

    def find_prefix(self, s: str) -> int:
        m = self.prefix_search(s)
        return m.end() - m.start() if m is not None else 0

    def find_suffix(self, s: str) -> int:
        if self._suffix_end is not None and s and s[-1] != "\n" and not self._suffix_end(s[-1]):
            return 0  # no suffix rule ends with its last character
        m = self.suffix_search(s)
        return m.end() - m.start() if m is not None else 0

    # -- one whitespace-free span --------------------------------------------------------------
    def _span(self, span: str, specials: bool) -> tuple[str, ...]:
        if specials:
            hit = self.specials.get(span)
            if hit is not None:
                return hit
            hit = self._cache.get(span)
            if hit is not None:
                return hit
        if span.isascii() and span.isalpha():
            # no prefix, suffix or infix rule matches ASCII letters alone (they all need
            # punctuation, a symbol or a digit): a plain word is one token
            return (span,)
        out = self._tokenize(span, specials)
        if specials and len(self._cache) < 200_000:
            self._cache[span] = out
        return out

    def _tokenize(self, string: str, specials: bool) -> tuple[str, ...]:
        prefixes: list[str] = []
        suffixes: list[str] = []
        sp = self.specials if specials else {}
        last_size = 0
        token_match = self.token_match
        while string and len(string) != last_size:
            if token_match(string):
                break
            if string in sp:
                break
            if string.isascii() and string.isalpha():
                break  # no affix rule matches ASCII letters alone (see _span)
            last_size = len(string)
            pre_len = self.find_prefix(string)
            if pre_len:
                prefix = string[:pre_len]
                minus_pre = string[pre_len:]
                if minus_pre and minus_pre in sp:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self.find_suffix(string[pre_len:])
            if suf_len:
                suffix = string[-suf_len:]
                minus_suf = string[:-suf_len]
                if minus_suf and minus_suf in sp:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        out = prefixes
        if string:
            hit = sp.get(string) if specials else None
            if hit is None and specials:
                hit = self._cache.get(string)
            if hit is not None:
                out.extend(hit)
            elif (string.isascii() and string.isalpha()) or token_match(string) or self.url_match(string) \
                    or (self._infix_start is not None and not any(map(self._infix_start, string))):
                out.append(string)  # (no infix can start in it: the loop below keeps it whole)
            else:
                start = 0
                for m in self.infix_finditer(string):
                    i0, i1 = m.start(), m.end()
                    if i0 == 0:
                        continue
                    if i0 != start:
                        out.append(string[start:i0])
                    if i0 != i1:
                        out.append(string[i0:i1])
                    start = i1
                if string[start:]:
                    out.append(string[start:])
        out.extend(reversed(suffixes))
        return tuple(out)

    # -- a whole text --------------------------------------------------------------------------
    def _affix_tokens(self, text: str, specials: bool) -> tuple[list[str], list[bool]]:
        words: list[str] = []
        spaces: list[bool] = []
        pieces = _WS_SPLIT.split(text)
        for i, piece in enumerate(pieces):
            if not piece:
                continue
            if i % 2 == 0:
                toks = self._span(piece, specials)
                words.extend(toks)
                spaces.extend([False] * len(toks))
                continue
            if i > 1 or pieces[0]:  # whitespace after a token: one plain space belongs to it
                if piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                    if not piece:
                        continue
            toks = self._span(piece, specials)
            words.extend(toks)
            spaces.extend([False] * len(toks))
        return words, spaces

    def special_case_hazard(self, toks) -> bool:
        """Whether a special-case rule that spans affixes could change ``toks``, the affix
        tokens of a span of text split on its own (then only the whole-text pass,
        ``__call__``, is exact). The pass changes tokens only where a changing rule's pattern
        is a run of them: a run within one whitespace-free span joins to the rule's text; one
        across whitespace (``' s``) joins to other text and changes nothing, and whatever it
        keeps the pass from matching changes nothing unless a changing pattern is there."""
        changing = self._changing
        for i, t in enumerate(toks):
            for pattern in changing.get(t, ()):
                if tuple(toks[i:i + len(pattern)]) == pattern:
                    return True
        return False

    def chunk(self, piece: str) -> tuple[tuple[str, ...], bool]:
        """The tokens of a whitespace-free span and its :meth:`special_case_hazard` (cached)."""
        return self._chunks.get(piece) or self._chunk(piece)

    def _chunk(self, piece: str) -> tuple[tuple[str, ...], bool]:
        toks = self._span(piece, True)
        info = (toks, self.special_case_hazard(toks))
        if len(self._chunks) < 200_000:
            self._chunks[piece] = info
        return info

    def words(self, text: str) -> list[str]:
        """Token texts, as ``__call__`` gives them, taking the fast way when it is exact."""
        pieces = _WS_SPLIT.split(text)
        words: list[str] = []
        get = self._chunks.get
        odd = False
        for piece in pieces:
            if odd:
                odd = False
                if words:  # after a token, one plain space belongs to that token
                    if piece == " ":
                        continue
                    if piece[0] == " ":
                        piece = piece[1:]
            else:
                odd = True
                if not piece:
                    continue
            info = get(piece) or self._chunk(piece)
            if info[1]:
                return self(text)[0]
            words += info[0]
        return words

    def __call__(self, text: str) -> tuple[list[str], list[bool]]:
        words, spaces = self._affix_tokens(text, True)
        first = self._special_first
        if any(w in first for w in words):
            words, spaces = self._apply_special_cases(words, spaces)
        return words, spaces

    def _apply_special_cases(self, words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
        matches = []
        n = len(words)
        for i, w in enumerate(words):
            for pattern in self._special_first.get(w, ()):
                k = len(pattern)
                if tuple(words[i:i + k]) == pattern:
                    matches.append((i, i + k))
        if not matches:
            return words, spaces
        matches = sorted(set(matches), key=lambda m: (m[1] - m[0], -m[0]))
        seen: set[int] = set()
        kept = []
        for start, end in reversed(matches):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        kept.sort()
        out_w: list[str] = []
        out_s: list[bool] = []
        i = 0
        by_start = dict(kept)
        while i < n:
            end = by_start.get(i)
            if end is None:
                out_w.append(words[i])
                out_s.append(spaces[i])
                i += 1
                continue
            text = "".join(w + (" " if s else "") for w, s in zip(words[i:end - 1], spaces[i:end - 1]))
            text += words[end - 1]
            rule = self.specials.get(text)
            if rule is None:
                out_w.extend(words[i:end])
                out_s.extend(spaces[i:end])
            else:
                out_w.extend(rule)
                out_s.extend([False] * (len(rule) - 1) + [spaces[end - 1]])
            i = end
        return out_w, out_s


def _plain_flags(parsed) -> bool:
    """Whether a parsed pattern's flags leave ``$`` and its character classes as they read."""
    return not parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.ASCII | re.VERBOSE
                                     | re.LOCALE | re.DOTALL)


def _first_chars_of(pattern: str) -> str | None:
    """A character class of the characters every match of ``pattern`` starts with, or None
    where that is not worked out (or a match could be empty)."""
    parsed = sre_parse.parse(pattern)
    found = first_chars(parsed.data) if _plain_flags(parsed) else None
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def _last_chars_at_end(pattern: str) -> str | None:
    """A character class of the characters every match of ``pattern`` ends with, where each
    of its alternatives ends with ``$`` (so a match ends at the end of the text, or before
    a newline ending it); None where that is not so or not worked out."""
    parsed = sre_parse.parse(pattern)
    if not _plain_flags(parsed):
        return None
    items = list(parsed.data)
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is C.BRANCH else [parsed]
    chars: set[str] = set()
    for alternative in alternatives:
        data = list(alternative.data)
        if not data or data[-1] != (C.AT, C.AT_END):
            return None
        found = first_chars(_reversed(data[:-1]))
        if found is None or found[1] or not found[0]:
            return None
        chars |= found[0]
    return "[" + "".join(sorted(chars)) + "]"


def _reversed(items) -> list | None:
    """Parsed pattern items read from the end: what ``first_chars`` of them gives is the
    characters a match of ``items`` ends with. Lookarounds and word boundaries (which
    consume nothing) and classes keep their meaning read backwards; groups, branches and
    repeats are reversed inside. Anything else is left as it is, and ``first_chars``
    refuses what it does not know."""
    out = []
    for op, av in reversed(list(items)):
        if op is C.SUBPATTERN:
            group, add, remove, sub = av
            av = (group, add, remove, _Sub(_reversed(sub.data)))
        elif op is C.BRANCH:
            av = (av[0], [_Sub(_reversed(a.data)) for a in av[1]])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, sub = av
            av = (low, high, _Sub(_reversed(sub.data)))
        out.append((op, av))
    return out


class _Sub:
    """The ``.data`` of a parsed sub-pattern, as ``first_chars`` reads it."""

    __slots__ = ("data",)

    def __init__(self, data: list) -> None:
        self.data = data


def _chars_test(cls: str | None):
    """``test(ch)``: whether one character is in the class (cached per character), or None."""
    if cls is None:
        return None
    match = re.compile(cls).match
    seen: dict[str, bool] = {}

    def test(ch: str) -> bool:
        hit = seen.get(ch)
        if hit is None:
            hit = match(ch) is not None
            if len(seen) < 100_000:
                seen[ch] = hit
        return hit

    return test


def merge_emoji_tokens(words: list[str], spaces: list[bool]) -> list[str]:
    """The token texts with emoji joined by ZWJ, variation selectors, keycaps and skin tones
    merged into one (the spans :func:`~planner.text.rules.emoji_merge_spans` gives, as the
    spaCy component ``planner_merge_emoji`` merges them)."""
    out: list[str] = []
    done = 0
    for start, end in emoji_merge_spans(words, spaces):
        out += words[done:start]
        out.append(_join(words, spaces, start, end))
        done = end
    out += words[done:]
    return out


def _join(words: list[str], spaces: list[bool], start: int, end: int) -> str:
    """The text of tokens ``start:end`` merged into one (spaces between them kept)."""
    return "".join(w + (" " if s else "") for w, s in zip(words[start:end - 1], spaces[start:end - 1])) \
        + words[end - 1]
