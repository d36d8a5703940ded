"""How ``planner classify`` writes its results: a table, JSON or CSV, a line per post.

Every function returns text whose lines end in a newline, for the CLI to print as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from planner.domain.funnel import STAGES
from planner.domain.post import Post
from planner.fileio import csv_field, csv_line


def why(explanation) -> str:
    """One line on an explanation: the labelling rule that decided the stage (its own part,
    first), the strongest words and the cues found."""
    from planner.stage.explain import rule_name

    words = ", ".join(w for w, _ in explanation.words[:6]) or "no strong words"
    cues = ", ".join(f"{c} “{t}”" for c, t, _ in explanation.cues[:4])
    rule = explanation.rule
    decided = f"rule: {rule_name(rule)} “{rule[1]}” → {rule[2]}; " if rule else ""
    return f"{decided}words: {words}" + (f"; cues: {cues}" if cues else "")


def table_lines(posts: list[Post], predictions, explanations=None) -> Iterator[str]:
    """The default table: id, stage, confidence and the start of the text (and, with
    ``explanations``, a ``why:`` line under each post)."""
    width = id_width(max([0] + [len(p.id) for p in posts]))
    yield table_header(width)
    yield from table_rows(posts, predictions, explanations, width)


def id_width(longest: int) -> int:
    """The table's id column for ids up to ``longest`` characters."""
    return min(24, max(5, longest))


def table_header(width: int) -> str:
    return f"{'id':<{width}} {'stage':<14} {'conf':>5}  text\n"


def table_rows(posts: list[Post], predictions, explanations, width: int) -> Iterator[str]:
    """The table's lines for some posts, the id column ``width`` wide."""
    text_width = max(30, 86 - width)
    for i, (post, prediction) in enumerate(zip(posts, predictions)):
        first = " ".join(post.text.split())[:text_width]
        yield (f"{post.id[:width]:<{width}} {prediction.stage:<14} "
               f"{prediction.confidence:>5.2f}  {first}\n")
        if explanations is not None:
            yield f"{'':<{width}} why: {why(explanations[i])}\n"


def to_json(posts: list[Post], predictions, explanations=None) -> str:
    """A JSON list, one object per post with its stage scores (and its explanation)."""
    items = json_items(posts, predictions, explanations)
    return ("[\n" + ",\n".join(items) + "\n]" if items else "[]") + "\n"


def json_items(posts: list[Post], predictions, explanations=None) -> list[str]:
    """Each post's object as ``json.dumps(rows, indent=2)`` writes it inside the list
    (``classify`` writes the list a window of posts at a time)."""
    items = []
    for i, (post, prediction) in enumerate(zip(posts, predictions)):
        row = {"id": post.id, "text": post.text, "stage": prediction.stage,
               "confidence": prediction.confidence, "scores": prediction.scores}
        if explanations is not None:
            explanation = explanations[i]
            rule = explanation.rule
            row["explanation"] = {"rule": ({"rule": rule[0], "text": rule[1], "stage": rule[2]}
                                           if rule else None),
                                  "words": [[w, s] for w, s in explanation.words],
                                  "cues": [{"cue": c, "text": t, "points_to": s}
                                           for c, t, s in explanation.cues]}
        text = json.dumps(row, indent=2, ensure_ascii=False)
        items.append("  " + text.replace("\n", "\n  "))  # raw newlines only separate lines
    return items


def csv_header(*, explained: bool = False) -> str:
    """The CSV header: id, stage, confidence, one probability per stage, text (and why)."""
    return csv_line(["id", "stage", "confidence", *(f"p_{s}" for s in STAGES), "text",
                     *(["why"] if explained else [])])


def csv_rows(posts: list[Post], probs, classes: list[str]) -> str:
    """CSV rows of ``posts`` from their probabilities: the same text as formatting each
    Prediction with ``csv.writer``, built by columns (the tests compare the two)."""
    import numpy as np

    from planner.stage.output import format4, stage_columns

    if not posts:
        return ""
    stages, ordered = stage_columns(probs, classes)
    conf = ordered[np.arange(len(posts)), np.asarray(stages)]
    cols = [format4(conf), *(format4(ordered[:, j]) for j in range(ordered.shape[1]))]
    names = [STAGES[i] for i in stages]
    ids = [csv_field(p.id) for p in posts]
    texts = [csv_field(p.text) for p in posts]
    return "\n".join(map(",".join, zip(ids, names, *cols, texts))) + "\n"


def csv_rows_explained(posts: list[Post], predictions, explanations) -> Iterator[str]:
    """CSV rows with a ``why`` column, one per post."""
    for post, prediction, explanation in zip(posts, predictions, explanations):
        yield csv_line([post.id, prediction.stage, f"{prediction.confidence:.4f}",
                        *(f"{v:.4f}" for v in prediction.scores.values()), post.text,
                        why(explanation)])
