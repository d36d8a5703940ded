"""The one loader of existing posts: paths or stdin in, chunks of ``Post`` out, whatever the files are.

The CLI, the chat, batch mode and training all read through it. People rarely
keep their posts in a tidy CSV: they have the archive X/Twitter sends them, the
folder (or .zip) Instagram and Facebook let them download, LinkedIn's
``Shares.csv``, or a report exported from Hootsuite, Buffer or Sprout Social. This
module decides what a path is (a plain posts file of docs/reference.md, a folder,
a zip, an archive data file, a CSV or JSON export recognised by its content) and
hands it to the one format module that reads it; the format modules never call
back here. Every post then has ``date`` as ``YYYY-MM-DD`` where the export gives
one, ``platform`` as a platform id, ``source`` naming the file (inside a zip:
``archive.zip:data/tweets.js``) and, for an export, its name in ``extra["export"]``.
Bad input is a :class:`PlannerError` naming the file and line or item, never a traceback.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import ContextManager
from contextlib import closing
from pathlib import Path

from planner.domain.post import Post
from planner.domain.vocabularies import INPUT_FORMATS as FORMATS
from planner.errors import PlannerError
from planner.io.archive import folder_exports, zip_exports
from planner.io.csv_exports import parse_export_csv
from planner.io.meta import parse_meta_text, posts_from_json
from planner.io.plain_csv import post_chunks, read_header, text_column
from planner.io.plain_json import parse_jsonl, posts_from_document
from planner.io.plain_text import parse_txt
from planner.io.records import json_value
from planner.io.sniff import export_scheme, is_zip, starts_like_tweets_js
from planner.io.source import Source
from planner.io.x_archive import parse_tweets_js

#: Other extensions a plain posts file may have, and the format each means.
_EXTENSION_ALIASES = {"ndjson": "jsonl", "text": "txt"}
_PLAIN_SUFFIXES = {f".{name}" for name in (*FORMATS, *_EXTENSION_ALIASES)}
_FORMAT_LIST = ", ".join(f".{name}" for name in FORMATS[:-1]) + f" or .{FORMATS[-1]}"
#: Zip containers that are documents, not exports: left to the "unknown posts format" message.
_OFFICE_SUFFIXES = {".xlsx", ".xlsm", ".docx", ".pptx", ".ods", ".odt", ".numbers", ".pages"}


def format_of(path: str | Path) -> str:
    """The plain posts format a file's extension names; an unknown one is an error."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix in _EXTENSION_ALIASES:
        return _EXTENSION_ALIASES[suffix]
    raise PlannerError(
        f"unknown posts format {('.' + suffix) if suffix else '(no extension)'} "
        f"(use {_FORMAT_LIST})",
        source=path,
    )


def load_posts(paths: list[str | Path], *, input_format: str | None = None,
               stdin: io.TextIOBase | None = None) -> list[Post]:
    """Load posts from files (``-`` is stdin, with ``input_format``); ids default to position."""
    return [post for chunk in iter_post_chunks(paths, input_format=input_format, stdin=stdin)
            for post in chunk]


def iter_post_chunks(paths: list[str | Path], *, input_format: str | None = None,
                     stdin: io.TextIOBase | None = None, size: int = 10_000) -> Iterator[list[Post]]:
    """The posts of :func:`load_posts`, in chunks: a plain CSV file yields its rows about
    ``size`` at a time as it is read (a stream: memory stays flat), so work on the first
    rows can start early."""
    with PostsInput(paths, input_format=input_format, stdin=stdin) as posts_input:
        yield from posts_input.chunks(size)


class PostsInput:
    """The posts of some paths, readable more than once: each path is opened once, when
    first read (stdin and pipes are copied aside then), and :meth:`chunks` reads them all
    again from the start each time it is called. Use it as a context manager."""

    def __init__(self, paths: list[str | Path], *, input_format: str | None = None,
                 stdin: io.TextIOBase | None = None) -> None:
        self.paths = list(paths)
        self.input_format = input_format
        self.stdin = stdin
        self._sources: dict[int, Source] = {}

    def __enter__(self) -> PostsInput:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for source in self._sources.values():
            source.close()
        self._sources.clear()

    def chunks(self, size: int = 10_000) -> Iterator[list[Post]]:
        """Every post, in chunks, ids defaulting to position across all the paths."""
        count = 0
        for i, path in enumerate(self.paths):
            for chunk in _source_chunks(self._source(i, path), path, self.input_format, size):
                for post in chunk:
                    count += 1
                    if not post.id:
                        post.id = str(count)
                yield chunk

    def _source(self, i: int, path: str | Path) -> Source:
        if i not in self._sources:
            if str(path) == "-" and not self.input_format:
                raise PlannerError("reading posts from stdin needs --input-format csv|jsonl|json|txt")
            if str(path) != "-" and not os.path.lexists(path):
                if Path(path).suffix.lower() in _PLAIN_SUFFIXES or self.input_format:
                    raise PlannerError("no such file", source=path)
                raise PlannerError("no such file or folder", source=path)
            self._sources[i] = Source.open(path, stdin=self.stdin)
        return self._sources[i]


def _source_chunks(source: Source, path: str | Path, input_format: str | None,
                   size: int) -> Iterator[list[Post]]:
    exported = _export_posts(source, path, input_format)
    if exported is not None:
        yield _valid_unicode(exported)
        return
    fmt = input_format or format_of(path)
    if fmt == "csv":
        try:
            yield from _csv_chunks(source.text_stream, source.label, size)
        except UnicodeDecodeError:  # the encoding was checked over the whole input first
            raise PlannerError("changed while being read", source=source.label) from None
    else:
        yield _valid_unicode(parse_posts(source.text(), fmt, source.label))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(posts: list[Post]) -> list[Post]:
    """JSON can spell half of a character ("\\ud83d" alone); such halves become U+FFFD,
    as a decoder does with broken bytes, so the text can be written out again."""
    for post in posts:
        if _SURROGATE.search(post.text) is not None:
            post.text = post.text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return posts


def parse_posts(text: str, fmt: str, source: str) -> list[Post]:
    """Parse the text of one posts file in the given format."""
    if fmt == "csv":
        return [post for chunk in _csv_chunks(_string_lines(text), source) for post in chunk]
    if fmt == "jsonl":
        return parse_jsonl(text, source)
    if fmt == "json":
        value = json_value(text, source)
        exported = posts_from_json(value, source)  # Instagram and Facebook exports
        if exported is not None:
            return exported
        return posts_from_document(value, source)
    if fmt in ("txt", "md"):
        return parse_txt(text, source)
    raise PlannerError(f"unknown input format {fmt!r}", source=source)


def _csv_chunks(open_lines: Callable[[], ContextManager[Iterable[str]]], source: str,
                size: int = 10_000) -> Iterator[list[Post]]:
    """A CSV file's posts, ``open_lines()`` giving its lines from the start (a stream
    or a string's): a known export's header (or no text column) is read as that export."""
    with open_lines() as lines:
        reader, lowered = read_header(lines, source)
        if text_column(lowered) is None or export_scheme(lowered) is not None:
            with open_lines() as again:
                exported = parse_export_csv(again, source)  # LinkedIn, Hootsuite, Buffer, Sprout
            if exported is not None:
                yield exported
                return
        yield from post_chunks(reader, lowered, source, size)


def _string_lines(text: str) -> Callable[[], io.StringIO]:
    return lambda: io.StringIO(text, newline="")


def _export_posts(source: Source, path: str | Path, input_format: str | None) -> list[Post] | None:
    """Posts from a folder, a zip or an archive data file; ``None`` for a plain posts file
    (an Instagram ``posts_1.json`` or a scheduler CSV is then recognised by its content
    inside :func:`parse_posts`)."""
    if source.is_dir:
        return _member_posts(folder_exports(source.path))
    suffix = Path(path).suffix.lower() if str(path) != "-" else ""
    head = source.head(64)
    if suffix == ".zip" or (suffix not in _OFFICE_SUFFIXES and is_zip(head)):
        with source.binary() as fh:
            return _member_posts(zip_exports(fh, source.label))
    if input_format:
        return None
    if suffix == ".js" or (suffix not in _PLAIN_SUFFIXES and starts_like_tweets_js(head)):
        return parse_tweets_js(source.text(), source.label)
    return None


def _member_posts(members: Iterator[tuple[str, str, str]]) -> list[Post]:
    """The posts of each ``(kind, text, source)`` export file a folder or zip scan finds, in order."""
    posts: list[Post] = []
    with closing(members):
        for kind, text, source in members:
            posts.extend(_parse_member(kind, text, source))
    return posts


def _parse_member(kind: str, text: str, source: str) -> list[Post]:
    if kind == "x":
        return parse_tweets_js(text, source)
    if kind == "meta":
        return parse_meta_text(text, source)
    posts = parse_export_csv(text, source)
    if posts is None:  # only happens for Shares.csv without its columns
        raise PlannerError("not a LinkedIn Shares.csv (expected Date, ShareLink, ShareCommentary "
                           "columns)", source=source)
    return posts
