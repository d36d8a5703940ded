"""The learned product reader: a logistic regression over candidate phrases
(:mod:`planner.brief.candidates`), combined with the hand-written rules.

The rules read the product first (:mod:`planner.brief.fields`); then :func:`revise` scores
every candidate phrase of the message. The model only overrules the rules when it is sure:

- the rules read no product and the best candidate scores at least ``add`` (``add_had``
  when the brief already has a product, so a later message rarely replaces it, or when the
  message answers "what do you sell?" and the rules' reader of such answers refused it);
- the rules read a product the model scores below ``doubt`` and another phrase altogether
  (neither inside the rules' reading nor holding it) scores at least ``replace``: that
  phrase is the product;
- the rules read a product the model scores below ``drop`` and no candidate is sure: the
  rules' reading is dropped (a greeting, a fragment of a sentence).

The model is trained by ``python models/brief_product/build.py`` on the benchmark's tuning
items only, and shipped as plain JSON (``models/brief_product/model.json``: feature weights
and the thresholds above); nothing is unpickled. It is read on first use (the chat warms the
parser up in a worker), and ``PLANNER_BRIEF_RULES_ONLY=1`` turns it off.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.brief.candidates import Candidate, Context, candidates, value_of
from planner.brief.reading import BriefReader, Finding
from planner.brief.vocabulary import NOT_A_PRODUCT
from planner.errors import PlannerError
from planner.resources import models_dir

#: the keys model.json must hold
_THRESHOLDS = ("add", "add_had", "doubt", "replace", "drop")
#: thresholds under which the model decides alone: its best candidate when it scores 0.3 or
#: more, whatever the rules read (for measuring it: ``--cv``, the benchmark's ``--model-alone``)
MODEL_ALONE = {"add": 0.3, "add_had": 0.3, "doubt": 1.1, "replace": 0.3, "drop": 1.1}


def model_path() -> Path:
    return models_dir() / "brief_product" / "model.json"


@dataclass
class ProductRanker:
    """Feature weights, an intercept and the thresholds of :func:`revise`."""

    weights: dict[str, float]
    intercept: float
    thresholds: dict[str, float] = field(default_factory=dict)

    def probability(self, features: list[str]) -> float:
        """How likely a candidate with these features is the product."""
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def from_json(cls, data: dict, source: Path | str = "model.json") -> ProductRanker:
        """A ranker from model.json's content; a missing or mistyped key is refused by name."""
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            thresholds = {k: float(data["thresholds"][k]) for k in _THRESHOLDS}
            return cls(weights, float(data["intercept"]), thresholds)
        except KeyError as exc:
            raise PlannerError(f"the product model lacks the key {exc}", source=source) from None
        except (AttributeError, TypeError, ValueError) as exc:
            raise PlannerError(f"the product model is malformed ({exc})", source=source) from None


def load(path: Path) -> ProductRanker:
    """The ranker stored at ``path`` (JSON: read as data, never unpickled)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PlannerError(f"the product model is unreadable ({exc})", source=path) from None
    if not isinstance(data, dict):
        raise PlannerError("the product model is not a JSON object", source=path)
    return ProductRanker.from_json(data, path)


_LOCK = threading.Lock()
_MODEL: ProductRanker | None = None
#: set by :func:`use` (cross-validation, tests): overrides the shipped model
_OVERRIDE: list[ProductRanker | None] = []
#: called with (text, candidates, context) for every message read (training data)
RECORDER: Callable[[str, list[Candidate], Context], None] | None = None


def active() -> ProductRanker | None:
    """The model in use: one set by :func:`use`, else the shipped one (read on first use),
    or None with ``PLANNER_BRIEF_RULES_ONLY=1``."""
    global _MODEL
    if _OVERRIDE:
        return _OVERRIDE[-1]
    if os.environ.get("PLANNER_BRIEF_RULES_ONLY") == "1":
        return None
    with _LOCK:
        if _MODEL is None:
            _MODEL = load(model_path())
        return _MODEL


def alone() -> ProductRanker:
    """The shipped model with :data:`MODEL_ALONE`'s thresholds."""
    model = load(model_path())
    return ProductRanker(model.weights, model.intercept, dict(MODEL_ALONE))


class use:
    """``with use(model):`` reads with ``model`` (None: the rules alone) instead."""

    def __init__(self, model: ProductRanker | None) -> None:
        self.model = model

    def __enter__(self) -> ProductRanker | None:
        _OVERRIDE.append(self.model)
        return self.model

    def __exit__(self, *exc) -> None:
        _OVERRIDE.pop()


def context_of(reader: BriefReader, *, glossed: bool, had_product: bool) -> Context:
    """What the rules read in this message, as :class:`Context`."""
    def values(kind: str) -> list[str]:
        return [f.value for f in reader.findings if f.kind == kind and isinstance(f.value, str)]

    entities = [(e.label, e.start, e.end) for e in reader.entities]
    entities += [("CODE", c.start, c.end) for c in reader.codes]
    return Context(values("product"), values("brand"), values("audience"), entities,
                   reader.asked, glossed, had_product)


def _with_rule_picks(text: str, found: list[Candidate], context: Context) -> list[Candidate]:
    """The candidates, plus each product the rules read that no candidate spells (a product
    the rules built: "photography" from "I'm a photographer"), scored where it was said."""
    have = {c.text.lower() for c in found}
    extra = []
    for value in context.rule_products:
        clean = value_of(value)
        if clean and clean.lower() not in have:
            at = text.lower().find(clean.lower())
            extra.append(Candidate(max(at, 0), max(at, 0) + len(clean), clean,
                                   ["rule=same", "src=rule", f"len={min(len(clean.split()), 9)}"]
                                   + [f"in={w}" for w in set(clean.lower().split())]))
            have.add(clean.lower())
    return found + extra


def revise(reader: BriefReader, *, glossed: bool, had_product: bool) -> None:
    """Let the model overrule the rules' product finding where it is sure (see the module's
    docstring); the findings are changed in place."""
    model = active()
    if model is None and RECORDER is None:
        return
    context = context_of(reader, glossed=glossed, had_product=had_product)
    found = _with_rule_picks(reader.text, candidates(reader.text, context), context)
    if RECORDER is not None:
        RECORDER(reader.text, found, context)
    if model is None or not found:
        return
    scored = sorted(((model.probability(c.features), -c.start, c) for c in found),
                    key=lambda s: (s[0], s[1]), reverse=True)
    best_p, _, best = scored[0]
    t = model.thresholds
    rules = [f for f in reader.findings if f.kind == "product" and isinstance(f.value, str)]
    if not rules:
        # a bare reply to "what do you sell?" the rules refused is held to the higher bar too
        sure = t["add_had"] if had_product or reader.asked == "product" else t["add"]
        segment = reader.segment_at(best.start)
        if segment is not None and (reader.has_code_in(segment) or reader.entities_in(segment, "DISCOUNT")):
            return  # "15% off all prints with code PRINTS15": the rules read an offer's goods as no product
        head = best.text.lower().split()[-1] if best.text.split() else ""
        if head in NOT_A_PRODUCT:
            return  # "Big news on Etsy": a word that never names goods
        if best_p >= sure:
            reader.findings.append(Finding(best.start, "product", best.text, "set", best.end))
        return
    picked = {value_of(f.value).lower() for f in rules}
    rule_p = max((p for p, _, c in scored if c.text.lower() in picked), default=None)
    if rule_p is None:
        return
    if rule_p < t["doubt"] and best_p >= t["replace"] and not any(
            best.text.lower() in p or p in best.text.lower() for p in picked):
        # only another phrase altogether: where a rule's reading begins and ends is the rules' call
        first, others = rules[0], {id(f) for f in rules[1:]}
        reader.findings = [f for f in reader.findings if id(f) not in others]
        first.value, first.mode = best.text, "set"
    elif rule_p < t["drop"] and best_p < t["replace"]:
        dropped = {id(f) for f in rules}
        reader.findings = [f for f in reader.findings if id(f) not in dropped]
