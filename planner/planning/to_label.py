"""The report's "Label these to teach the model" section, in each of its formats: the few
posts whose labels would help the model most (:mod:`planner.stage.suggest`), each with its
number, the two stages the model hesitates between and its first words, and the command
that labels one."""

from __future__ import annotations

import html
import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.stage.suggest import ToLabel

TITLE = "Label these to teach the model"
#: what the section says the posts are
WHY = "the model hesitates between the two stages shown; a label settles it"
#: how one is labelled when the report does not say (its posts came from stdin)
GENERIC = "planner label POSTS N STAGE"


def label_command(paths: Sequence[str], input_format: str | None = None) -> str:
    """``planner label`` for the posts of ``paths``, with N and STAGE to fill in; the
    generic form when they were read from stdin (there is no file to name)."""
    if not paths or "-" in paths:
        return GENERIC
    fmt = f" --input-format {input_format}" if input_format else ""
    return "planner label " + " ".join(shlex.quote(str(p)) for p in paths) + f" N STAGE{fmt}"


def excerpt(text: str, width: int = 60) -> str:
    """The post's first line, cut to ``width`` characters with an ellipsis."""
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    return line if len(line) <= width else line[:width - 1].rstrip() + "…"


def example(items: Sequence[ToLabel], command: str) -> str:
    """The command with the first post's number in it: "planner label posts.csv 12 STAGE"."""
    command = command or GENERIC
    return command.replace(" N STAGE", f" {items[0].number} STAGE", 1) if items else command


def text_lines(items: Sequence[ToLabel], command: str) -> list[str]:
    if not items:
        return []
    width = len(str(max(t.number for t in items)))
    lines = ["", f"{TITLE} (it hesitates between the two stages shown):"]
    for t in items:
        stages = f"{t.first} or {t.second}?"
        lines.append(f"  post {t.number:<{width}}  {stages:<28} {excerpt(t.text)}")
    lines.append(f"  Label one with: {example(items, command)} (then `planner train` learns "
                 "your labels)")
    return lines


def markdown_lines(items: Sequence[ToLabel], command: str) -> list[str]:
    if not items:
        return []
    lines = [f"## {TITLE}", "", WHY[0].upper() + WHY[1:] + ".", "",
             "| post | hesitates between | post text |", "|---:|---|---|"]
    for t in items:
        lines.append(f"| {t.number} | {t.first} or {t.second} | {excerpt(t.text, 80).replace('|', '¦')} |")
    lines += ["", f"Label one with `{example(items, command)}` (STAGE: the right one); then "
                  "`planner train` learns your labels.", ""]
    return lines


def json_items(items: Sequence[ToLabel]) -> list[dict]:
    return [{"post": t.number, "stages": [t.first, t.second], "margin": round(t.margin, 4),
             "text": t.text} for t in items]


def html_section(items: Sequence[ToLabel], command: str) -> str:
    if not items:
        return ""
    esc = html.escape
    rows = "".join(f"<tr><td>{t.number}</td><td>{esc(t.first)} or {esc(t.second)}</td>"
                   f"<td>{esc(excerpt(t.text, 200))}</td></tr>" for t in items)
    return (f"<h2>{esc(TITLE)}</h2><p>{esc(WHY[0].upper() + WHY[1:])}.</p>"
            f"<table><tr><th>post</th><th>hesitates between</th><th>post</th></tr>{rows}</table>"
            f"<p>Label one with <code>{esc(example(items, command))}</code> (STAGE: the right "
            "one); then <code>planner train</code> learns your labels.</p>")


def rich_parts(items: Sequence[ToLabel], command: str) -> list:
    if not items:
        return []
    from rich.table import Table
    from rich.text import Text

    table = Table(title=TITLE, title_justify="left", caption=WHY, caption_justify="left")
    for col, justify in (("post", "right"), ("hesitates between", "left"), ("post text", "left")):
        table.add_column(col, justify=justify)
    for t in items:
        table.add_row(str(t.number), f"{t.first} or {t.second}", excerpt(t.text, 70))
    return [table, Text(f"Label one with: {example(items, command)} (then `planner train` "
                        "learns your labels)", style="dim")]
