"""The plain-words router: what a seller types, read as one of the chat's commands (or
brief details, or small talk), with the post number, weeks, variation, format and path
it names.

Two parts, each doing what it is good at:

- **which request** — a small linear model over word, word-pair and in-word character
  features (so "aprove", "shwo" and "wek" still land), trained with scikit-learn on the
  phrasings of ``models/intents/phrasings.toml`` by ``models/intents/build.py`` and
  shipped as plain arrays (``models/intents/model.npz``). Here it is replayed with
  numpy alone: no scikit-learn or spaCy import, a few milliseconds a message.
  Its intents are the command table's names ("approve" is /approve; "why" is /why, or
  /explain for a loaded post), plus "smalltalk" and "details" (brief details).
- **its arguments** — rules over the words (:func:`slots`): "post 3", "the last one",
  "next 2 weeks", "less salesy", "as ics", "to plan.toml".

``benchmarks/intents.py`` scores the router on phrasings it was never trained on.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.funnel import STAGES
from planner.domain.vocabularies import PLATFORM_ALIASES
from planner.errors import PlannerError
from planner.resources import models_dir

#: intents that are not commands
DETAILS, SMALLTALK, WHY = "details", "smalltalk", "why"


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped ("what's" -> "whats"), every number "#", a question
    mark its own word, other punctuation a space."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("'", "")
    text = re.sub(r"\d+", "#", text)
    text = re.sub(r"[^\w#?]+|_", " ", text).replace("?", " ? ")
    return " ".join(text.split())


def _length(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-12" if n <= 12 else "13+"


def features(text: str) -> list[str]:
    """What the model sees of a message: its words, word pairs, length band, and the
    3-5 character pieces of each word (padded with a space each side)."""
    words = normalise(text).split()[:200]
    out = [f"w={w}" for w in words]
    out += [f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    out.append(f"n={_length(len(words))}")
    for w in words:
        if w in ("#", "?"):
            continue
        padded = f" {w[:40]} "
        for k in (3, 4, 5):
            out += [f"c={padded[i:i + k]}" for i in range(len(padded) - k + 1)]
    return out


def model_path() -> Path:
    return models_dir() / "intents" / "model.npz"


class IntentModel:
    """The router's model: TF-IDF weights and a multinomial logistic regression."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as z:
                self.classes = [str(c) for c in z["classes"]]
                terms = [str(t) for t in z["terms"]]
                self.idf = z["idf"].astype("float64")
                self.coef = z["coef"].astype("float64")
                self.intercept = z["intercept"].astype("float64")
        except (OSError, KeyError, ValueError) as exc:
            raise PlannerError(f"the intent model is unreadable ({exc})", source=path) from None
        self.index = {t: i for i, t in enumerate(terms)}

    def probabilities(self, text: str) -> list[tuple[str, float]]:
        """Every intent with its probability, likeliest first."""
        import numpy as np

        counts = Counter(self.index[f] for f in features(text) if f in self.index)
        logits = self.intercept.copy()
        if counts:
            cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
            tf = np.fromiter((1 + math.log(n) for n in counts.values()), dtype="float64",
                             count=len(counts))
            x = tf * self.idf[cols]
            x /= np.sqrt((x * x).sum())
            logits += self.coef[:, cols] @ x
        p = np.exp(logits - logits.max())
        p /= p.sum()
        order = np.argsort(-p, kind="stable")
        return [(self.classes[i], float(p[i])) for i in order]


_LOCK = threading.Lock()
_MODEL: IntentModel | None = None


def load_model() -> IntentModel:
    """The shipped intent model, read once (the TUI's start-up worker warms it)."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = IntentModel(model_path())
        return _MODEL


# ---- arguments ------------------------------------------------------------------------

_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_NUM = r"(\d{1,3}|" + "|".join(_NUMBERS) + r")"
#: a number that counts something else: "3x a week", "20% off", "2 weeks", "5 mm"
_NOT_A_POST = re.compile(r"^\s*(?:x\b|times|%|a week|per|/|weeks?|wks?|days?|months?|mm|am|pm|"
                         r"posts? a|stars?|hours?|minutes?)")


def _as_int(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def post_number(text: str, count: int | None = None) -> int | None:
    """The post a message names: "post 3", "#3", "number 3", "the third one", "the last
    post" (needs ``count``), or the one bare number of a short request ("approve 4")."""
    t = text.lower()
    m = re.search(r"\b(?:posts?|number|no\.?)\s*#?\s*" + _NUM + r"\b|#\s*(\d{1,3})\b", t)
    if m and not _NOT_A_POST.match(t[m.end():]):
        return _as_int(m.group(1) or m.group(2))
    m = re.search(r"\b(" + "|".join(list(_ORDINALS)[1:]) + r")\s+(?:one|post)\b|\bthe ("
                  + "|".join(list(_ORDINALS)[1:]) + r")\b", t)
    if m:
        return _ORDINALS[m.group(1) or m.group(2)]
    if count and re.search(r"\b(?:the )?last (?:one|post)\b", t):
        return count
    found = [m for m in re.finditer(r"(?<![\w.%£$€/-])(\d{1,3})(?![\w.%/-])", t)
             if not _NOT_A_POST.match(t[m.end():])]
    if len(found) == 1 and len(t.split()) <= 8:
        return int(found[0].group(1))
    return None


def weeks_of(text: str) -> int | None:
    """How many weeks a plan request asks for: "next 2 weeks", "6 wks", "a month",
    "a fortnight", "next week" (one)."""
    t = text.lower()
    m = re.search(_NUM + r"\s*-?\s*(?:weeks?|wks?|wk)\b", t)
    if m:
        return _as_int(m.group(1))
    m = re.search(_NUM + r"\s*-?\s*months?\b", t)
    if m:
        return 4 * _as_int(m.group(1))
    if re.search(r"\bfortnight\b", t):
        return 2
    if re.search(r"\b(?:a|the|next|this|one) month\b|\bmonthly\b", t):
        return 4
    if re.search(r"\b(?:next|a|one|this) week\b", t):
        return 1
    return None


#: what each variation is asked with; the "less"/"too" forms that mean the opposite first
_HOWS: list[tuple[str, re.Pattern[str]]] = [
    ("formal", re.compile(r"\b(?:less|too|not so) (?:casual|chatty|fun|playful|informal)|"
                          r"\bformal|professional|serious|polished|business-?like")),
    ("casual", re.compile(r"\b(?:less|too|not so) (?:formal|stiff|serious|corporate)|stiff|"
                          r"casu?a?l|relax|friendl|chatt|\bfun\b|funn(?:y|ier)|playful|laid.?back|informal|"
                          r"lighter|warmer|cheeky|chill")),
    ("softer", re.compile(r"sal[es]{1,2}-?e?y|pushy|hard.?sell|\ban ad\b|advert|too much sell|"
                          r"soft|tone down|sales pitch|less sell|spammy|aggressive|less like a sale")),
    ("shorter", re.compile(r"short|trim|cut (?:it )?down|concise|too long|tighter|fewer words|"
                           r"\bbrief(?:er)?\b|snappier|long\b")),
    ("mine", re.compile(r"like me\b|my (?:own )?(?:voice|words|style|tone)|more me\b|personal|"
                        r"authentic|sound like i\b|in my own")),
]


def variations(text: str) -> list[str]:
    """The variations a request asks for, in the order :data:`VARIATIONS` lists them."""
    t = text.lower()
    found = [how for how, pattern in _HOWS if pattern.search(t)]
    # "less formal" asks for casual, "too casual" for formal: not both
    if "formal" in found and re.search(r"\b(?:less|too|not so) (?:formal|stiff|serious)", t):
        found.remove("formal")
    if "casual" in found and re.search(r"\b(?:less|too|not so) (?:casual|chatty|fun|playful|"
                                       r"informal)", t):
        found.remove("casual")
    return found


_FORMATS = [("ics", r"\bi?cal(?:endar)?\b|\bics\b|google cal|calendar (?:app|file)|outlook|"
                    r"apple cal"),
            ("hootsuite", r"hootsuite"), ("sprout", r"sprout"),
            ("markdown", r"markdown|\bmd\b"), ("csv", r"\bcsv\b|spreadsheet|excel|sheets?\b")]


def export_format(text: str) -> str | None:
    t = text.lower()
    return next((fmt for fmt, pattern in _FORMATS if re.search(pattern, t)), None)


_PATH = re.compile(r"(?:^|\s)((?:~|\.{1,2})?/?(?:[\w@-][\w.@-]*/)*[\w@-][\w.@-]*\.(?:toml|ics|csv|"
                   r"md|json|jsonl|txt|js|zip)|(?:~|\.{1,2})?/[\w.@-]+(?:/[\w.@-]+)*/?)"
                   r"(?=$|[\s,;:!?])")
#: how much of a message the router reads: requests are short, and a long paste is brief
#: details whatever its end says
READ = 2000


_QUOTED_PATH = re.compile(r"[\"“'‘]([^\"“”'‘’\n]{1,300}?\.(?:toml|ics|csv|md|json|jsonl|txt|js|zip)"
                          r"|[^\"“”'‘’\n]{0,300}/[^\"“”'‘’\n]{0,300})[\"”'’]")


def path_of(text: str) -> str | None:
    """A file path the message names ("to plans/dec.toml", "~/posts.csv", or in quotes
    when it holds spaces: "'~/My Plans/plan.ics'")."""
    m = _QUOTED_PATH.search(text) or _PATH.search(text)
    return m.group(1).strip() if m else None


def stage_of(text: str) -> str | None:
    t = text.lower()
    return next((s for s in STAGES if re.search(r"\b" + s[:8], t)), None)


def platform_of(text: str) -> str | None:
    t = f" {text.lower()} "
    for platform, names in PLATFORM_ALIASES.items():
        if platform != "x" and any(re.search(r"\b" + re.escape(n) + r"\b", t) for n in names):
            return platform
    return None


@dataclass
class Intent:
    """What a message asks for, how sure the router is, and the arguments it names."""

    name: str
    confidence: float
    #: the runner-up and its probability
    runner_up: tuple[str, float] = ("", 0.0)
    post: int | None = None
    weeks: int | None = None
    hows: list[str] = field(default_factory=list)
    format: str | None = None
    path: str | None = None
    stage: str | None = None
    platform: str | None = None


#: one-word requests a typo of which still reads as the request ("svae", "plna", "rport"),
#: by intent; words that take a post number are left out (a brand "Glow" is not "show")
ONE_WORD = {"plan": ("plan", "replan"), "save": ("save",), "report": ("report",),
            "help": ("help",), "undo": ("undo",), "lint": ("lint",),
            "calendar": ("calendar",), "brief": ("brief",), "export": ("export",)}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter added, dropped, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


#: real words a slip away from a request word: an answer, not a request
_NEAR_WORDS = {"plant", "plane", "plain", "plank", "clan", "flan", "brie", "sale", "safe",
               "slave", "wave", "cave", "gave", "have", "dave", "rave", "help", "kelp", "yelp",
               "held", "helm", "lent", "line", "list", "mint", "pint", "tint", "lind", "undo",
               "uno", "expert", "sport", "resort", "repost", "deport", "export"}


def one_word_command(text: str) -> str | None:
    """The intent of a one-word request typed with a slip ("svae" is save), or None. A
    capitalised word is taken for a name ("Brie"), and a real word for itself ("sale")."""
    word = text.strip().strip("!?.")
    if not word.isalpha() or len(word) < 4 or word[:1].isupper() and word[1:].islower():
        return None
    word = word.lower()
    if word in _NEAR_WORDS and not any(word in words for words in ONE_WORD.values()):
        return None
    return next((intent for intent, words in ONE_WORD.items()
                 if any(_one_edit(word, w) for w in words)), None)


def read(text: str, *, posts: int | None = None) -> Intent:
    """The intent of ``text`` and its arguments; ``posts`` is how many posts "the last one"
    counts to."""
    text = text[:READ]
    ranked = load_model().probabilities(text)
    (name, p), runner_up = ranked[0], ranked[1]
    slip = one_word_command(text)
    if slip is not None and slip != name:
        name, p, runner_up = slip, 0.9, (name, p)
    return Intent(name, p, runner_up, post=post_number(text, posts), weeks=weeks_of(text),
                  hows=variations(text), format=export_format(text), path=path_of(text),
                  stage=stage_of(text), platform=platform_of(text))
