"""The report's estimated stage shares and the check sample that corrects them, in each of
its formats.

Without labels the shares are the mean of the posts' stage probabilities (PCC) with a 90%
bootstrap interval. Once the seller has labelled :data:`~planner.planning.quantify.MIN_CHECKED`
posts of the check sample (a random sample of their posts, the same every time,
:class:`~planner.planning.quantify.CheckSample`), the shares are corrected by the model's
errors on them (PPI, :func:`~planner.planning.quantify.ppi`): on real accounts of one kind
that cut the error of the five shares from about 0.12 to 0.04 with 25 labels
(models/MODEL_CARD.md, "Stage shares").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from planner.domain.funnel import STAGES
from planner.planning.quantify import (
    MIN_CHECKED,
    CheckSample,
    bootstrap_interval,
    ppi,
    probabilistic_count,
)
from planner.planning.to_label import excerpt

TITLE = "Label these to check the shares"


@dataclass
class Shares:
    """Estimated shares and where the check sample stands."""

    #: stage -> (estimated share, low, high) of a 90% bootstrap interval
    shares: dict[str, tuple[float, float, float]]
    #: "pcc" (mean probability) or "ppi" (corrected by the labelled check sample)
    method: str = "pcc"
    #: how many posts of the check sample are labelled
    checked: int = 0
    #: (post number from 1, text) of the check sample's posts not labelled yet
    to_check: list[tuple[int, str]] = field(default_factory=list)


def estimate(rows: Sequence[Sequence[float]], check: CheckSample | None = None,
             labels: dict[str, str] | None = None) -> Shares | None:
    """The shares of the posts whose probabilities are ``rows`` (STAGES order), corrected by
    the labelled posts of ``check`` (``labels``: text -> stage) when there are enough."""
    if not len(rows):
        return None
    probs = np.array(rows, dtype=float)
    probs /= np.clip(probs.sum(axis=1, keepdims=True), 1e-12, None)
    labels = labels or {}
    lp, ls = check.labelled(labels, STAGES) if check is not None else (np.zeros((0, 5)), [])
    lp = lp / np.clip(lp.sum(axis=1, keepdims=True), 1e-12, None) if len(lp) else lp
    if len(ls) >= MIN_CHECKED:
        method, share = "ppi", ppi(probs, lp, ls)
        low, high = bootstrap_interval(probs, "ppi", labelled=(lp, ls))
    else:
        method, share = "pcc", probabilistic_count(probs)
        low, high = bootstrap_interval(probs, "pcc")
    members = check.members() if check is not None else []
    # fewer distinct posts than it takes to correct the shares: no sample to offer
    todo = sorted((i + 1, text) for i, text, _row in members
                  if labels.get(text) not in STAGES) if len(members) >= MIN_CHECKED else []
    return Shares({s: (round(float(share[i]), 4), round(float(low[i]), 4), round(float(high[i]), 4))
                   for i, s in enumerate(STAGES)}, method, len(ls), todo)


def how(shares: Shares) -> str:
    if shares.method == "ppi":
        return (f"mean stage probability corrected by {shares.checked} labelled posts of the "
                "check sample, 90% interval")
    return "mean stage probability, 90% interval"


def _values(shares: Shares) -> str:
    return ", ".join(f"{s} {v:.0%} ({lo:.0%}–{hi:.0%})" for s, (v, lo, hi) in shares.shares.items())


def _why(shares: Shares) -> str:
    done = f"{shares.checked} of {shares.checked + len(shares.to_check)} labelled"
    if shares.method == "ppi":
        return f"{done}; each one more narrows the interval"
    return (f"{done}; from {MIN_CHECKED} on, the shares are corrected by the model's errors on "
            "them. Label every one, not only the easy ones: they are a random sample")


def text_lines(shares: Shares | None, command: str) -> list[str]:
    if shares is None:
        return []
    lines = ["", f"Estimated shares ({how(shares)}): {_values(shares)}"]
    if shares.to_check:
        numbers = ", ".join(str(n) for n, _ in shares.to_check)
        lines += [f"{TITLE}: posts {numbers}",
                  f"  {_why(shares)}. Label with: {command or 'planner label POSTS N STAGE'}"]
    return lines


def markdown_lines(shares: Shares | None) -> list[str]:
    if shares is None:
        return []
    lines = [f"Estimated shares ({how(shares).replace('90%', '90% bootstrap')}): "
             f"{_values(shares)}.", ""]
    if shares.to_check:
        lines += [f"## {TITLE}", "", _why(shares)[0].upper() + _why(shares)[1:] + ".", "",
                  "| post | post text |", "|---:|---|"]
        lines += [f"| {n} | {excerpt(t, 80).replace('|', '¦')} |" for n, t in shares.to_check]
        lines.append("")
    return lines


def json_fields(shares: Shares | None) -> dict:
    if shares is None:
        return {"estimated_shares": None, "estimate_method": None, "check_sample": None}
    return {"estimated_shares": {s: {"share": v, "low": lo, "high": hi}
                                 for s, (v, lo, hi) in shares.shares.items()},
            "estimate_method": shares.method,
            "check_sample": {"size": shares.checked + len(shares.to_check), "labelled": shares.checked,
                             "min_labelled": MIN_CHECKED,
                             "to_label": [{"post": n, "text": t} for n, t in shares.to_check]}}


def rich_parts(shares: Shares | None, command: str) -> list:
    """The estimate and the check sample as dim terminal lines (``planner report`` in a terminal)."""
    if shares is None:
        return []
    from rich.text import Text

    return [Text(line, style="dim") for line in text_lines(shares, command)[1:]]
