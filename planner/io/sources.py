"""Reading posts from where they really are: platform archives and scheduler exports.

Why this module exists: people rarely keep their posts in a tidy CSV. They have
the archive X/Twitter sends them, the folder (or .zip) Instagram and Facebook let
them download, LinkedIn's ``Shares.csv``, or a report exported from Hootsuite,
Buffer or Sprout Social. This module recognises those by content and layout, not
only by extension, and turns them into the same :class:`planner.io.posts.Post`
records as the plain formats of INTERFACE.md: ``date`` as ``YYYY-MM-DD``,
``platform`` as a platform id, ``source`` naming the file (inside a zip:
``archive.zip:data/tweets.js``), the export's name in ``extra["export"]``.

It is kept apart from :mod:`planner.io.posts` so the plain csv/jsonl/json/txt/md
readers stay small and unchanged: ``posts`` hands a path over only when it is a
folder, a zip or an archive data file (``tweets.js``), and a parsed CSV/JSON only
when it does not read as a plain posts file or its header is a known export's.

Safety: a zip is never extracted to disk; members are read in memory, members over
200 MB and zip bombs are refused, member names leaving the archive are ignored,
and a folder scan never follows a link out of the folder. Bad input is a
:class:`PlannerError` naming the file and line or item, never a traceback.

Where the formats come from: the X archive, Instagram/Facebook "Download your
information" (JSON) and LinkedIn data export layouts are the documented ones.
Scheduler column names are what those tools' exports and reports use as far as
could be checked; where they could not, they are assumptions, kept as data in
:data:`CSV_EXPORTS` so a renamed column is a one-line fix:
Hootsuite post report "Date (GMT)", "Post ID", "Post Message", "Post Permalink",
"Social Network" (and "Message"/"Date"); Sprout Social Post Performance "Date",
"Post ID", "Network", "Profile", "Sent by", "Link", "Post" (or "Message"), and its
bulk file "date", "time_24hr", "message_text"; Buffer "Text" (or "Update"),
"Posted At", "Service" (assumed). Numeric dates are month first unless a value in
the file can only be day first.

Plain Python, standard library only (no Textual): the CLI, chat and batch mode all
read through it.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath

from planner.domain.post import Post
from planner.domain.vocabularies import (
    EXPORT_PLATFORM_ABBREVIATIONS,
    PLATFORM_ALIASES,
    PLATFORMS,
    TEXT_COLUMNS,
)
from planner.domain.vocabularies import INPUT_FORMATS as FORMATS
from planner.errors import PlannerError
from planner.fileio import decode_bytes, read_text

#: A zip member larger than this (uncompressed) is refused.
MAX_MEMBER_BYTES = 200 * 1024 * 1024
#: All the members read from one zip together may not exceed this.
MAX_ZIP_TOTAL_BYTES = 1024 * 1024 * 1024
#: A member bigger than BOMB_MIN_BYTES that compresses better than BOMB_RATIO:1 is a zip bomb.
BOMB_RATIO = 100
BOMB_MIN_BYTES = 50 * 1024 * 1024
#: How deep a folder scan goes (exports nest 2-4 levels; this stops a scan of a whole home folder).
MAX_DEPTH = 8
#: How much of a CSV is read to decide whether it is a scheduler export.
SNIFF_BYTES = 64 * 1024
#: How many rows before the header a report may carry (Hootsuite puts a title and a date range).
HEADER_SCAN_ROWS = 10

LOOKED_FOR = ("data/tweets.js (X/Twitter), content/posts_1.json (Instagram), "
              "your_posts_1.json (Facebook), Shares.csv (LinkedIn), "
              "Hootsuite, Buffer or Sprout Social CSV exports")

_PLAIN_SUFFIXES = {*(f".{f}" for f in FORMATS), ".ndjson", ".text"}
#: Zip containers that are documents, not exports: left to the "unknown posts format" message.
_OFFICE_SUFFIXES = {".xlsx", ".xlsm", ".docx", ".pptx", ".ods", ".odt", ".numbers", ".pages"}


# --------------------------------------------------------------------------- entry points


def load_source(path: str | Path, *, input_format: str | None = None) -> list[Post] | None:
    """Posts from a folder, a zip or an archive data file; ``None`` for a plain posts file.

    ``None`` tells :func:`planner.io.posts.load_posts` to read the path as before (an
    Instagram ``posts_1.json`` or a scheduler CSV is then recognised by its content
    inside ``parse_posts``).
    """
    p = Path(path)
    if p.is_dir():
        return read_folder(p)
    suffix = p.suffix.lower()
    if not p.exists():
        if suffix in _PLAIN_SUFFIXES or input_format:
            return None  # the plain reader says "no such file", as it always did
        raise PlannerError("no such file or folder", source=p)
    if suffix == ".zip" or (suffix not in _OFFICE_SUFFIXES and _is_zip(p)):
        return read_zip(p)
    if input_format:
        return None
    if suffix == ".js":
        return parse_tweets_js(read_text(p), str(p))
    if suffix not in _PLAIN_SUFFIXES and _head(p).lstrip("\ufeff \t\r\n").startswith("window.YTD."):
        return parse_tweets_js(read_text(p), str(p))
    return None


def posts_from_json(value: object, source: str) -> list[Post] | None:
    """Posts of an Instagram or Facebook export already parsed from JSON; ``None`` if it is not one.

    Only a value the plain JSON reader would refuse (no item has a text field)
    is taken, so a plain posts file never changes meaning.
    """
    found = _meta_items(value)
    if found is None:
        return None
    kind, items = found
    return _instagram_posts(items, source) if kind == "instagram" else _facebook_posts(items, source)


def export_scheme(header: Iterable[str]) -> CsvExport | None:
    """The known export whose header this is (names compared case-insensitively), or ``None``."""
    names = {h.strip().lower() for h in header}
    return next((s for s in CSV_EXPORTS if s.matches(names)), None)


def parse_export_csv(text: str, source: str) -> list[Post] | None:
    """Posts of a LinkedIn or scheduler CSV export; ``None`` if the text is not one.

    The header may follow a few title rows (Hootsuite reports); a Hootsuite bulk
    file has no header at all (``MM/DD/YYYY HH:MM,message,url``).
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        found = _sniff_export(reader)
        if found is None:
            return None
        row, scheme = found
        if scheme is None:
            return _read_hootsuite_bulk(row, reader, source)
        return _read_scheme(reader, row, scheme, source)
    except csv.Error as exc:
        raise PlannerError(f"line {reader.line_num}: bad CSV ({exc})", source=source) from None


def _sniff_export(reader) -> tuple[list[str], CsvExport | None] | None:
    """Read up to the header of a known CSV export: (header row, its scheme), or (first
    row, ``None``) for a header-less Hootsuite bulk file; ``None`` if it is not an export.
    The one test both reading and folder scanning use."""
    for n in range(HEADER_SCAN_ROWS):
        row = next(reader, None)
        if row is None:
            return None
        scheme = export_scheme(row)
        if scheme is not None:
            return row, scheme
        if n == 0 and _is_hootsuite_bulk_row(row):
            return row, None
        if n == 0 and sum(1 for c in row if c.strip()) > 2:
            return None  # a real header row that is not an export's: no title rows to skip
    return None


# --------------------------------------------------------------------------- values


def platform_id(value: object) -> str:
    """A network name as exports write it ("Twitter", "LinkedIn Company Page") as a platform id.

    Unknown names are kept, lower-cased, as the plain readers keep them.
    """
    v = " ".join(str(value or "").strip().lower().split())
    if not v or v in PLATFORMS:
        return v
    if "twitter" in v or re.match(r"x\b", v):
        return "x"
    for pid in ("threads", "instagram", "facebook", "linkedin", "pinterest", "youtube", "tiktok"):
        if pid in v:
            return pid
    return _NAMED.get(v, v)


#: Every name a platform goes by in exports: the free-text aliases and the terse ones.
_NAMED = {**{alias: pid for pid, names in PLATFORM_ALIASES.items() for alias in names},
          **EXPORT_PLATFORM_ABBREVIATIONS}


_MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}

_X_DATE = re.compile(r"[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def iso_date(value: object, *, day_first: bool | None = None) -> str:
    """``YYYY-MM-DD`` of a date as exports write it; ``""`` when it cannot be read.

    Understands Unix timestamps (seconds or milliseconds, read as UTC), ISO dates,
    X's ``Wed Oct 10 20:19:24 +0000 2018`` (converted to UTC), ``Apr 5, 2024``,
    ``5 April 2024`` and numeric ``a/b/yyyy``: month first (US tools) unless
    ``day_first`` says otherwise or the first number cannot be a month.
    Only the date is kept; a time and offset written next to it are ignored.
    """
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    s = str(value).strip()
    if not s:
        return ""
    if re.fullmatch(r"\d{9,13}(\.\d+)?", s):
        return _from_timestamp(float(s))
    if m := _X_DATE.fullmatch(s):
        month = _MONTHS.get(m[1].lower())
        try:
            offset = timedelta(hours=int(m[7]), minutes=int(m[8])) * (1 if m[6] == "+" else -1)
            when = datetime(int(m[9]), month or 0, int(m[2]), int(m[3]), int(m[4]), int(m[5]),
                            tzinfo=timezone(offset))
        except ValueError:
            return ""
        return when.astimezone(timezone.utc).date().isoformat()
    if m := _YMD.match(s):
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(s):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if year < 100:
            year += 2000
        first_is_day = day_first if day_first is not None else a > 12
        return _ymd(year, b, a) if first_is_day else _ymd(year, a, b)
    if (m := _MONTH_DAY_YEAR.search(s)) and m[1].lower() in _MONTHS:
        return _ymd(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if (m := _DAY_MONTH_YEAR.search(s)) and m[2].lower() in _MONTHS:
        return _ymd(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    return ""


def guess_day_first(values: Iterable[str]) -> bool | None:
    """Whether a column of numeric ``a/b/yyyy`` dates is day-first; ``None`` if nothing tells."""
    month_first = False
    for v in values:
        m = _DMY.match(v.strip())
        if not m or _YMD.match(v.strip()):
            continue
        if int(m[1]) > 12:
            return True
        if int(m[2]) > 12:
            month_first = True
    return False if month_first else None


def _from_timestamp(value: float) -> str:
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return ""


def _ymd(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


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


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------- X / Twitter

_YTD_PREFIX = re.compile(r"\A\ufeff?\s*window\.YTD\.[A-Za-z0-9_.]+\s*=\s*")


def parse_tweets_js(text: str, source: str) -> list[Post]:
    """Posts of an X/Twitter archive ``data/tweets.js`` (``window.YTD.tweets.part0 = [...]``).

    Retweets (``RT @…``) get ``extra["kind"] = "retweet"``, replies ``"reply"``,
    the rest ``"post"``. HTML entities are decoded and t.co links expanded.
    """
    m = _YTD_PREFIX.match(text)
    if not m:
        raise PlannerError("not an X/Twitter archive data file (expected it to start with "
                           "window.YTD.tweets.part0 = [)", source=source)
    lines_before = text.count("\n", 0, m.end())
    body = text[m.end():].rstrip().removesuffix(";")
    try:
        value = json.loads(body)
    except json.JSONDecodeError as exc:
        raise PlannerError(f"line {exc.lineno + lines_before}: not valid JSON ({exc.msg})",
                           source=source) from None
    except RecursionError:
        raise PlannerError("JSON is nested too deeply", source=source) from None
    if not isinstance(value, list):
        raise PlannerError("expected a list of tweets after window.YTD.… =", source=source)
    posts = []
    for i, item in enumerate(value, start=1):
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            raise PlannerError(f'item {i}: expected an object like {{"tweet": {{…}}}}', source=source)
        raw = tweet.get("full_text", tweet.get("text"))
        if not isinstance(raw, str):
            raise PlannerError(f"item {i}: the tweet has no full_text", source=source)
        if raw.startswith("RT @"):
            kind = "retweet"
        elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
            kind = "reply"
        else:
            kind = "post"
        extra = {"export": "x-archive", "kind": kind}
        if isinstance(tweet.get("in_reply_to_screen_name"), str) and kind == "reply":
            extra["in_reply_to"] = tweet["in_reply_to_screen_name"]
        created = _str(tweet.get("created_at"))
        day = iso_date(created)
        if created and not day:
            extra["date_raw"] = created
        posts.append(Post(
            text=_expand_tco(html.unescape(raw), tweet),
            id=str(tweet.get("id_str") or tweet.get("id") or ""),
            date=day,
            platform="x",
            source=source,
            extra=extra,
        ))
    return posts


def _expand_tco(text: str, tweet: dict) -> str:
    entities = tweet.get("entities")
    urls = entities.get("urls") if isinstance(entities, dict) else None
    for u in urls if isinstance(urls, list) else []:
        if isinstance(u, dict) and _str(u.get("url")) and _str(u.get("expanded_url")):
            text = text.replace(u["url"], u["expanded_url"])
    return text


# --------------------------------------------------------------------------- Instagram / Facebook


def _meta_items(value: object) -> tuple[str, list] | None:
    items = value
    if isinstance(value, dict):  # e.g. {"ig_reels_media": [...]} or {"status_updates_v2": [...]}
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) != 1:
            return None
        items = lists[0]
    if not isinstance(items, list) or not items:
        return None
    kinds = set()
    plain_keys = set(TEXT_COLUMNS)
    for item in items:
        if not isinstance(item, dict) or {str(k).lower() for k in item} & plain_keys:
            return None
        if isinstance(item.get("media"), list):
            kinds.add("instagram")
        elif "timestamp" in item and (isinstance(item.get("data"), list)
                                      or isinstance(item.get("attachments"), list)):
            kinds.add("facebook")
        else:
            return None
    return (kinds.pop(), items) if len(kinds) == 1 else None


def _instagram_posts(items: list, source: str) -> list[Post]:
    """Instagram ``posts_1.json``: ``[{"media": [{"uri", "creation_timestamp", "title"}], "title"?, …}]``."""
    posts = []
    for item in items:
        media = [m for m in item.get("media", []) if isinstance(m, dict)]
        caption = _str(item.get("title")).strip()
        if not caption:
            caption = next((_str(m.get("title")).strip() for m in media if _str(m.get("title")).strip()), "")
        caption = fix_mojibake(caption)
        if not caption:
            continue  # a photo without a caption says nothing about its funnel stage
        stamp = item.get("creation_timestamp")
        if stamp is None and media:
            stamp = media[0].get("creation_timestamp")
        extra = {"export": "instagram", "media_count": str(len(media))}
        if media and _str(media[0].get("uri")):
            extra["media"] = media[0]["uri"]
        posts.append(Post(text=caption, date=_timestamp_date(stamp), platform="instagram",
                          source=source, extra=extra))
    return posts


def _facebook_posts(items: list, source: str) -> list[Post]:
    """Facebook ``your_posts_1.json``: ``[{"timestamp", "data": [{"post"}], "attachments", "title"}]``."""
    posts = []
    for item in items:
        data = item.get("data") if isinstance(item.get("data"), list) else []
        texts = [fix_mojibake(d["post"]).strip() for d in data
                 if isinstance(d, dict) and isinstance(d.get("post"), str) and d["post"].strip()]
        if not texts:
            continue  # a photo or check-in without words
        extra = {"export": "facebook"}
        if _str(item.get("title")):
            extra["title"] = fix_mojibake(item["title"])
        link = _facebook_link(item.get("attachments"))
        if link:
            extra["link"] = link
        posts.append(Post(text="\n\n".join(texts), date=_timestamp_date(item.get("timestamp")),
                          platform="facebook", source=source, extra=extra))
    return posts


def _facebook_link(attachments: object) -> str:
    for att in attachments if isinstance(attachments, list) else []:
        for d in att.get("data", []) if isinstance(att, dict) and isinstance(att.get("data"), list) else []:
            ctx = d.get("external_context") if isinstance(d, dict) else None
            if isinstance(ctx, dict) and _str(ctx.get("url")):
                return ctx["url"]
    return ""


def _timestamp_date(stamp: object) -> str:
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
        return _from_timestamp(stamp)
    return iso_date(stamp) if isinstance(stamp, str) else ""


def _parse_meta_text(text: str, source: str) -> list[Post]:
    from planner.io.posts import json_value

    value = json_value(text, source)
    if isinstance(value, list) and not value:
        return []
    posts = posts_from_json(value, source)
    if posts is None:
        raise PlannerError('not an Instagram or Facebook posts export (expected a list of '
                           '{"media": [...]} or {"timestamp": …, "data": [{"post": …}]} objects)',
                           source=source)
    return posts


# --------------------------------------------------------------------------- CSV exports


@dataclass(frozen=True)
class CsvExport:
    """How one tool's CSV export maps to posts: candidate column names, lower case, in preference order."""

    name: str
    label: str
    matches: Callable[[set[str]], bool]
    text: tuple[str, ...]
    date: tuple[str, ...] = ()
    platform: tuple[str, ...] = ()
    fixed_platform: str = ""
    ids: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


_LINKS = {"link": "link", "permalink": "link", "post permalink": "link", "post link": "link",
          "service link": "link", "sharelink": "link", "link_url": "link"}

#: Known exports, checked in this order (see the module notes for where the names
#: come from). A header matching one of these wins over the plain text-column reading.
CSV_EXPORTS: tuple[CsvExport, ...] = (
    CsvExport(
        name="linkedin", label="LinkedIn Shares.csv",
        matches=lambda h: "sharecommentary" in h and ("sharelink" in h or "date" in h),
        text=("sharecommentary",), date=("date",), fixed_platform="linkedin",
        extra={**_LINKS, "sharedurl": "shared_url", "mediaurl": "media_url", "visibility": "visibility"},
    ),
    CsvExport(
        name="hootsuite", label="Hootsuite",
        matches=lambda h: "post message" in h or (
            "social network" in h and bool(h & {"message", "text", "post text", "post"})),
        text=("post message", "message", "post text", "text", "post"),
        date=("date (gmt)", "date (utc)", "date", "post date", "published date", "date published",
              "sent date", "scheduled date", "publish date"),
        platform=("social network", "network"), ids=("post id",),
        extra={**_LINKS, "post type": "post_type", "social profile": "profile", "profile": "profile"},
    ),
    CsvExport(
        name="sprout", label="Sprout Social",
        matches=lambda h: "network" in h and bool(h & {"post", "message"})
        and bool(h & {"post id", "sent by", "profile"}),
        text=("post", "message"), date=("date", "published date", "date published", "sent date"),
        platform=("network",), ids=("post id",),
        extra={**_LINKS, "profile": "profile", "post type": "post_type",
               "content type": "content_type", "sent by": "sent_by"},
    ),
    CsvExport(
        name="sprout-bulk", label="Sprout Social bulk upload",
        matches=lambda h: "message_text" in h,
        text=("message_text",), date=("date",), extra={**_LINKS, "time_24hr": "time"},
    ),
    CsvExport(
        name="buffer", label="Buffer",
        matches=lambda h: bool(h & {"service", "posted at"}) and bool(h & {"text", "update", "post text"}),
        text=("text", "update", "post text"),
        date=("posted at", "sent at", "date", "due at", "scheduled at", "created at"),
        platform=("service", "channel", "network"),
        extra={**_LINKS, "type": "post_type", "channel name": "profile", "profile": "profile"},
    ),
)


def _column(lowered: list[str], names: tuple[str, ...]) -> int | None:
    return next((lowered.index(n) for n in names if n in lowered), None)


def _read_scheme(reader, header: list[str], scheme: CsvExport, source: str) -> list[Post]:
    lowered = [h.strip().lower() for h in header]
    text_col = _column(lowered, scheme.text)
    date_col = _column(lowered, scheme.date)
    if date_col is None:
        date_col = next((i for i, h in enumerate(lowered) if h.startswith("date")), None)
    platform_col = _column(lowered, scheme.platform)
    id_col = _column(lowered, scheme.ids)
    stage_col = _column(lowered, ("stage",))
    extra_cols = [(i, scheme.extra[h]) for i, h in enumerate(lowered) if h in scheme.extra]

    rows: list[tuple[int, list[str]]] = []
    for row in reader:
        if row and any(cell.strip() for cell in row):
            rows.append((reader.line_num, row))

    def cell(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) else ""

    day_first = guess_day_first(cell(r, date_col) for _, r in rows)
    posts = []
    for line, row in rows:
        text = row[text_col] if text_col is not None and text_col < len(row) else ""
        if not text.strip():
            continue  # reshares without a comment, summary rows
        raw_date = cell(row, date_col)
        day = iso_date(raw_date, day_first=day_first)
        extra = {"export": scheme.name}
        for i, key in extra_cols:
            if cell(row, i) and key not in extra:
                extra[key] = cell(row, i)
        if raw_date and not day:
            extra["date_raw"] = raw_date
        stage = cell(row, stage_col)
        if stage:
            from planner.domain.funnel import parse_stage

            stage = parse_stage(stage, source=f"{source} line {line}")
        posts.append(Post(
            text=_one_newline(text),
            id=cell(row, id_col),
            date=day,
            platform=scheme.fixed_platform or platform_id(cell(row, platform_col)),
            stage=stage,
            source=source,
            extra=extra,
        ))
    return posts


def _one_newline(text: str) -> str:
    """Cell text with Windows line ends (LinkedIn, Excel-saved CSVs) made plain newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


_BULK_WHEN = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}")


def _is_hootsuite_bulk_row(row: list[str]) -> bool:
    return 2 <= len(row) <= 3 and bool(_BULK_WHEN.fullmatch(row[0].strip())) and bool(row[1].strip())


def _read_hootsuite_bulk(first: list[str], reader, source: str) -> list[Post]:
    """Hootsuite bulk composer file: no header; ``MM/DD/YYYY HH:MM`` (or day first), message, URL."""
    rows = [first] + [r for r in reader if r and any(c.strip() for c in r)]
    day_first = guess_day_first(r[0] for r in rows)
    posts = []
    for row in rows:
        if len(row) < 2 or not row[1].strip():
            continue
        extra = {"export": "hootsuite-bulk", "time": row[0].strip().split()[-1]}
        if len(row) > 2 and row[2].strip():
            extra["link"] = row[2].strip()
        posts.append(Post(text=_one_newline(row[1]), date=iso_date(row[0], day_first=day_first),
                          source=source, extra=extra))
    return posts


# --------------------------------------------------------------------------- folders and zips


def _member_kind(rel: str) -> str | None:
    """What an export file is, from its path inside the export ("data/tweets.js" → "x")."""
    parts = PurePosixPath(rel).parts
    if not parts:
        return None
    name = parts[-1].lower()
    parent = parts[-2].lower() if len(parts) > 1 else ""
    if re.fullmatch(r"tweets?(-part\d+)?\.js", name):
        return "x"
    if re.fullmatch(r"(posts_\d+|reels)\.json", name) and parent in ("content", "media", ""):
        return "meta"
    if re.fullmatch(r"your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json", name):
        return "meta"
    if name.endswith(".csv"):
        return "csv"
    return None


def _order_key(rel: str) -> tuple:
    """Files in path order, numbers compared as numbers, ``tweets.js`` (part 0) before ``tweets-part1.js``."""
    p = PurePosixPath(rel)
    m = re.fullmatch(r"(.*?)(?:-part(\d+))?(\.[^.]*)?", p.name)
    name = f"{m[1]}{m[3] or ''}\0{int(m[2] or 0):09d}" if m else p.name
    natural = tuple(int(t) if t.isdigit() else t.lower()
                    for t in re.split(r"(\d+)", f"{p.parent.as_posix()}/{name}"))
    return tuple((isinstance(t, int), t) for t in natural)


def _parse_member(kind: str, text: str, source: str) -> list[Post]:
    if kind == "x":
        return parse_tweets_js(text, source)
    if kind == "meta":
        return _parse_meta_text(text, source)
    posts = parse_export_csv(text, source)
    if posts is None:  # only happens for Shares.csv without its columns
        raise PlannerError("not a LinkedIn Shares.csv (expected Date, ShareLink, ShareCommentary "
                           "columns)", source=source)
    return posts


def _is_export_csv(head: str, name: str) -> bool:
    """Whether the start of a CSV is a known export (Shares.csv is taken by its name)."""
    if PurePosixPath(name).name.lower() == "shares.csv":
        return True
    try:
        return _sniff_export(csv.reader(io.StringIO(head, newline=""))) is not None
    except csv.Error:
        return False


def read_folder(root: Path) -> list[Post]:
    """Posts of every export found in a folder (and its sub-folders), files in path order."""
    posts: list[Post] = []
    found = False
    for rel, path, kind in sorted(_scan_folder(root), key=lambda f: _order_key(f[0])):
        if kind == "csv":
            try:
                head = decode_bytes(_head_bytes(path, SNIFF_BYTES), path)
            except PlannerError:
                continue
            if not _is_export_csv(head, rel):
                continue
        found = True
        posts.extend(_parse_member(kind, read_text(path), str(path)))
    if not found:
        raise PlannerError(f"no posts export found in {root} (looked for {LOOKED_FOR})")
    return posts


def _scan_folder(root: Path):
    base = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        rel_dir = Path(dirpath).relative_to(root)
        depth = len(rel_dir.parts)
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith(".") and d != "__MACOSX" and depth < MAX_DEPTH)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            rel = (rel_dir / name).as_posix()
            kind = _member_kind(rel)
            if kind is None:
                continue
            path = Path(dirpath) / name
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            if not real.is_relative_to(base) or not real.is_file():
                continue  # a link out of the folder, a FIFO or a device: never read
            yield rel, path, kind


def read_zip(path: Path) -> list[Post]:
    """Posts of every export inside a zip, read member by member in memory (never extracted)."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PlannerError("not a zip file (or a damaged one)", source=path) from None
    except FileNotFoundError:
        raise PlannerError("no such file", source=path) from None
    except PermissionError:
        raise PlannerError("permission denied", source=path) from None
    except (OSError, ValueError, EOFError) as exc:
        raise PlannerError(f"cannot read as a zip file: {getattr(exc, 'strerror', None) or exc}",
                           source=path) from None
    posts: list[Post] = []
    found = False
    budget = [MAX_ZIP_TOTAL_BYTES]
    with zf:
        members = []
        for info in zf.infolist():
            name = None if info.is_dir() else _safe_member_name(info.filename)
            kind = _member_kind(name) if name else None
            if kind is not None:
                members.append((name, info, kind))
        for name, info, kind in sorted(members, key=lambda m: _order_key(m[0])):
            label = f"{path}:{info.filename}"
            if kind == "csv":
                head = decode_bytes(_read_member(zf, info, label, budget, limit=SNIFF_BYTES), label)
                if not _is_export_csv(head, name):
                    continue
            found = True
            text = decode_bytes(_read_member(zf, info, label, budget), label)
            posts.extend(_parse_member(kind, text, label))
    if not found:
        raise PlannerError(f"no posts export found in {path} (looked for {LOOKED_FOR})")
    return posts


def _safe_member_name(name: str) -> str | None:
    """The member's path if it stays inside the archive and is not metadata; ``None`` otherwise."""
    clean = name.replace("\\", "/")
    p = PurePosixPath(clean)
    if (p.is_absolute() or re.match(r"[A-Za-z]:", clean) or ".." in p.parts
            or any(part.startswith(".") or part == "__MACOSX" for part in p.parts)):
        return None
    return p.as_posix()


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, budget: list[int],
                 *, limit: int | None = None) -> bytes:
    size = info.file_size
    if size > MAX_MEMBER_BYTES:
        raise PlannerError(f"archive member is too large ({size} bytes; the limit is "
                           f"{MAX_MEMBER_BYTES})", source=label)
    if size > BOMB_MIN_BYTES and size > BOMB_RATIO * max(info.compress_size, 1):
        ratio = size // max(info.compress_size, 1)
        raise PlannerError(f"refused: looks like a zip bomb ({size} bytes compressed {ratio}:1)",
                           source=label)
    want = min(size, limit) if limit is not None else size
    if limit is None and want > budget[0]:
        raise PlannerError("refused: the archive's posts files together are too large", source=label)
    try:
        with zf.open(info) as fh:
            data = fh.read(want + 1)
    except RuntimeError as exc:  # encrypted
        raise PlannerError(f"cannot read archive member: {exc}", source=label) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise PlannerError(f"damaged archive member ({exc})", source=label) from None
    if limit is not None:
        return data[:limit]
    if len(data) > want:
        raise PlannerError("archive member is larger than its header says", source=label)
    budget[0] -= len(data)
    return data


def _is_zip(path: Path) -> bool:
    return _head_bytes(path, 4, quiet=True) in (b"PK\x03\x04", b"PK\x05\x06")


def _head_bytes(path: Path, n: int, *, quiet: bool = False) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(n)
    except OSError as exc:
        if quiet:
            return b""
        raise PlannerError(f"cannot read: {exc.strerror or exc}", source=path) from None


def _head(path: Path) -> str:
    return _head_bytes(path, 64, quiet=True).decode("utf-8", errors="replace")
