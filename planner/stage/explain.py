"""Why the model gave a post its stage: the features that pushed it there, said as a
person would say them, and the cues found in it."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from planner.stage.output import Prediction


@dataclass
class Explanation:
    stage: str
    confidence: float
    #: (feature, weight) pairs that pushed the post toward its stage, strongest first
    words: list[tuple[str, float]] = field(default_factory=list)
    #: (cue name, matched text, stage the cue points to)
    cues: list[tuple[str, str, str]] = field(default_factory=list)
    #: (rule name, matched text, stage) of the labelling rule (planner/stage/rules.py) that
    #: decided the stage, or None where the model did
    rule: tuple[str, str, str] | None = None


def with_rule(explained: Explanation, hit: tuple[str, str, str] | None) -> Explanation:
    """``explained`` with the labelling rule that decided its stage (``rule_hits``' first hit,
    or None) as its :attr:`~Explanation.rule`, apart from the cues."""
    if hit is not None:
        name, stage, matched = hit
        explained.rule = (name, matched, stage)
    return explained


def rule_name(rule: tuple[str, str, str]) -> str:
    """A rule's name as a person reads it: "review ask", not "review_ask"."""
    return rule[0].replace("_", " ")


def explanation(pipeline, classes: list[str], prediction: Prediction, features: str, cues,
                top: int = 8) -> Explanation:
    """Explain ``prediction`` of one post from its feature text and cues (``Cue`` records)
    with the scikit-learn ``pipeline``, whose coefficient rows are in ``classes`` order:
    the ``top`` features that favour the predicted stage over the mean of the others."""
    union = pipeline[:-1]
    row = union.transform([features]).tocsr().getrow(0)
    coef = pipeline[-1].coef_
    k = classes.index(prediction.stage)
    relative = coef[k] - np.delete(coef, k, axis=0).mean(axis=0)
    names = union.get_feature_names_out()
    contributions = [(names[j], float(v * relative[j])) for j, v in zip(row.indices, row.data)]
    words: list[tuple[str, float]] = []
    for name, weight in sorted(contributions, key=lambda pair: -pair[1]):
        if weight <= 0:
            break
        kind, _, feature = name.partition("__")
        readable = readable_feature(feature) if kind == "words" else None
        if readable is None or any(r == readable for r, _ in words):
            continue
        words.append((readable, round(weight, 3)))
        if len(words) >= top:
            break
    found = list(dict.fromkeys((c.name, c.text, c.stage) for c in cues))
    return Explanation(prediction.stage, prediction.confidence, words, found)


_TYPED = {"PRICE": "a price", "PERCENT": "a % figure", "PROMOCODE": "a promo code",
          "URL": "a link", "MENTION": "an @mention", "HASHTAG": "a hashtag", "EMOJI": "an emoji",
          "STARS": "star emoji", "NUM": "a number", "EMPTY": "no words"}
_STOPWORDS = {"a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "at", "by",
              "be", "it", "is", "this", "that", "we", "i", "you", "our", "your", "my", "!", "?"}


def readable_feature(feat: str) -> str | None:
    """A model feature as a person would say it; None for cue tokens and stop-word-only n-grams."""
    tokens = feat.split()
    if any(t.startswith("CUE_") for t in tokens) or all(t in _STOPWORDS for t in tokens):
        return None
    return " ".join(_TYPED.get(t, t) for t in tokens)
