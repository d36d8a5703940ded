"""Platform facts as data (``data/platforms.toml``), and caption length as each platform counts it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from planner.domain.toml_files import read_user_toml
from planner.errors import PlannerError
from planner.resources import data_dir

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
URL_RE = re.compile(r"https?://\S+|www\.\S+")
#: what X (and a careful reader) treats as a link: URLs and bare domains like glowandco.com
LINK_RE = re.compile(r"https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
                     r"(?:com|co|io|net|org|shop|store|uk|de|fr|ca|au|us|app|ly|me)(?:/\S*)?\b",
                     re.IGNORECASE)
#: code points X counts once; everything else (CJK, emoji…) counts twice
_X_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
#: a hashtag as the platforms read one (not "C#", "&#38;" or "#1")
HASHTAG_RE = re.compile(r"(?<![\w#&])#[^\W\d_]\w*")
#: tags that are disclosures, not topic hashtags, and do not count toward a limit
DISCLOSURE_TAGS = frozenset({"#ad", "#sponsored"})


def fit_hashtags(tags: list[str], text: str, limit: int) -> list[str]:
    """The first of ``tags`` that fit beside the hashtags already in ``text`` (a brand
    written "#A" in the caption counts too) without exceeding ``limit`` distinct tags."""
    seen = {t.lower() for t in HASHTAG_RE.findall(text)} - DISCLOSURE_TAGS
    kept = []
    for tag in tags:
        low = tag.lower()
        if low in seen or len(seen) < limit:
            if low not in seen:
                seen.add(low)
            kept.append(tag)
    return kept


EMOJI_RE = re.compile(
    "(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF]"
    "(?:\ufe0f|[\U0001F3FB-\U0001F3FF])?(?:\u200d[\U0001F000-\U0001FAFF\u2600-\u27BF]\ufe0f?)*)"
)


@dataclass(frozen=True)
class Platform:
    id: str
    caption_limit: int
    max_hashtags: int
    links_clickable: bool
    link_hint: str
    formats: tuple[str, ...]
    #: weekday -> good "HH:MM" slots, best first
    times: dict[str, tuple[str, ...]] = field(default_factory=dict)
    weighted: bool = False
    url_weight: int = 23
    emoji_weight: int = 2
    max_links: int | None = None
    #: weekdays in the order the data lists them: best first
    day_order: tuple[str, ...] = ()

    @property
    def short(self) -> bool:
        return self.caption_limit <= 500

    def length(self, text: str) -> int:
        """Caption length as the platform counts it (X weighs URLs and emoji)."""
        if not self.weighted:
            return len(text)
        n = len(LINK_RE.findall(text)) * self.url_weight
        rest = LINK_RE.sub("", text)
        n += len(EMOJI_RE.findall(rest)) * self.emoji_weight
        for ch in EMOJI_RE.sub("", rest):
            cp = ord(ch)
            n += 1 if any(lo <= cp <= hi for lo, hi in _X_LIGHT) else 2
        return n


#: whole-number facts: key -> (default, lowest, highest); None means required
_NUMBERS = {"caption_limit": (None, 1, 100_000), "max_hashtags": (5, 0, 100),
            "url_weight": (23, 0, 1_000), "emoji_weight": (2, 0, 1_000)}


def _number(raw: dict, pid: str, key: str, source: str) -> int:
    default, low, high = _NUMBERS[key]
    if key not in raw:
        if default is None:
            raise PlannerError(f"[{pid}] is missing key {key!r}", source=source)
        return default
    value = raw[key]
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 2200.0 is 2200; 1e400 (inf) and nan are not whole numbers
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise PlannerError(f"key '{pid}.{key}': must be a whole number from {low} to {high:,}, "
                           f"not {value!r}", source=source)
    return value


def _formats(raw: dict, pid: str, source: str) -> tuple[str, ...]:
    from planner.domain.vocabularies import POST_FORMATS

    value = raw.get("formats", ["static"])
    if not isinstance(value, list) or not value or not all(isinstance(f, str) for f in value):
        raise PlannerError(f"key '{pid}.formats': must be a list of at least one format "
                           f"({', '.join(POST_FORMATS)})", source=source)
    unknown = [f for f in value if f not in POST_FORMATS]
    if unknown:
        raise PlannerError(f"key '{pid}.formats': unknown format {unknown[0]!r} "
                           f"(known: {', '.join(POST_FORMATS)})", source=source)
    return tuple(value)


def _parse(data: dict, source: str) -> dict[str, Platform]:
    out = {}
    for pid, raw in data.items():
        if not isinstance(raw, dict):
            raise PlannerError(f"[{pid}] must be a table", source=source)
        max_links = raw.get("max_links")
        if max_links is not None and (isinstance(max_links, bool) or not isinstance(max_links, int)
                                      or not 0 <= max_links <= 100):
            raise PlannerError(f"key '{pid}.max_links': must be a whole number from 0 to 100, "
                               f"not {max_links!r}", source=source)
        raw_times = raw.get("times", {})
        if not isinstance(raw_times, dict) or not all(
                isinstance(v, list) for d, v in raw_times.items() if d in WEEKDAYS):
            raise PlannerError(f"key '{pid}.times': must be a table of weekday = [\"HH:MM\", …]",
                               source=source)
        try:
            times = {d: tuple(raw_times.get(d, ())) for d in WEEKDAYS}
            out[pid] = Platform(
                id=pid,
                caption_limit=_number(raw, pid, "caption_limit", source),
                max_hashtags=_number(raw, pid, "max_hashtags", source),
                links_clickable=bool(raw.get("links_clickable", True)),
                link_hint=str(raw.get("link_hint", "link in bio")),
                formats=_formats(raw, pid, source),
                times=times,
                weighted=bool(raw.get("weighted", False)),
                url_weight=_number(raw, pid, "url_weight", source),
                emoji_weight=_number(raw, pid, "emoji_weight", source),
                max_links=max_links,
                day_order=tuple(d for d in raw_times if d in WEEKDAYS),
            )
        except (TypeError, ValueError) as exc:
            raise PlannerError(f"[{pid}] has a value of the wrong type ({exc})", source=source) from None
        for day, slots in times.items():
            for slot in slots:
                if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(slot)):
                    raise PlannerError(f"[{pid}.times] {day}: {slot!r} is not HH:MM", source=source)
    return out


@lru_cache(maxsize=8)
def load_platforms(override: str | None = None) -> dict[str, Platform]:
    """The shipped platform table, with an agency's override file merged over it."""
    with open(data_dir() / "platforms.toml", "rb") as fh:
        data = tomllib.load(fh)
    if override:
        extra = read_user_toml(override)
        for pid, table in extra.items():
            if isinstance(table, dict) and pid in data:
                merged = dict(data[pid])
                merged.update(table)
                data[pid] = merged
            else:
                data[pid] = table
    return _parse(data, override or str(Path(data_dir() / "platforms.toml")))
