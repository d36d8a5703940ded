"""Stage coverage reports of existing posts: text, Markdown, JSON and self-contained HTML."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

from planner.coverage import Coverage
from planner.funnel import STAGES, framework, stage_title
from planner.posts import Post

REPORT_FORMATS = ("text", "markdown", "json", "html")


@dataclass
class ClassifiedPost:
    post: Post
    stage: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class Report:
    coverage: Coverage
    posts: list[ClassifiedPost]
    model_id: str
    funnel: str = "five-stage"
    #: stage -> tactics that would fill the gap
    suggestions: dict[str, list[str]] = field(default_factory=dict)

    def least_sure(self, n: int = 5) -> list[ClassifiedPost]:
        return sorted(self.posts, key=lambda c: (c.confidence, c.post.id))[:n]


def gap_tactics() -> dict[str, list[str]]:
    import tomllib

    from planner.resources import data_dir

    with open(data_dir() / "tactics.toml", "rb") as fh:
        data = tomllib.load(fh)
    return {s: list(data[s])[:4] for s in STAGES}


def build_report(posts: list[Post], predictions, coverage: Coverage, model_id: str,
                 funnel: str = "five-stage") -> Report:
    classified = [ClassifiedPost(p, pr.stage, pr.confidence, pr.scores)
                  for p, pr in zip(posts, predictions)]
    tactics = gap_tactics()
    return Report(coverage, classified, model_id, funnel,
                  {s: tactics[s] for s in coverage.gaps})


def _rows(report: Report) -> list[tuple[str, int, float, float, bool]]:
    """(name, count, share, target, gap) in the report's vocabulary."""
    cov = report.coverage
    fw = framework(report.funnel)
    rows = []
    for name in fw.stages:
        covered = fw.mapping[name]
        count = sum(cov.counts[s] for s in covered)
        share = sum(cov.shares[s] for s in covered)
        target = sum(cov.target[s] for s in covered)
        gap = any(s in cov.gaps for s in covered)
        rows.append((name, count, share, target, gap))
    return rows


def _bar(share: float, width: int = 24) -> str:
    n = round(share * width)
    return "█" * n + "·" * (width - n)


def to_text(report: Report) -> str:
    cov = report.coverage
    lines = [f"{cov.posts} posts classified by {report.model_id}", "",
             f"{'stage':<15}{'posts':>6}{'share':>8}{'target':>8}  "]
    for name, count, share, target, gap in _rows(report):
        mark = "  ← gap" if gap else ""
        lines.append(f"{name:<15}{count:>6}{share:>8.0%}{target:>8.0%}  {_bar(share)}{mark}")
    lines.append("")
    if cov.gaps:
        lines.append("Gaps: " + ", ".join(cov.gaps))
        for s in cov.gaps:
            lines.append(f"  {s}: try " + "; ".join(report.suggestions.get(s, [])))
    else:
        lines.append("No gaps: every stage is within reach of its target share.")
    least = report.least_sure()
    if least:
        lines += ["", "Least sure (review these):"]
        for c in least:
            first = c.post.text.strip().splitlines()[0][:70] if c.post.text.strip() else "(empty)"
            lines.append(f"  #{c.post.id:<5} {c.stage:<14} {c.confidence:.2f}  {first}")
    return "\n".join(lines) + "\n"


def to_markdown(report: Report) -> str:
    cov = report.coverage
    lines = ["# Stage coverage", "", f"{cov.posts} posts, classified by `{report.model_id}`.", "",
             "| stage | posts | share | target | gap |", "|---|---:|---:|---:|---|"]
    for name, count, share, target, gap in _rows(report):
        lines.append(f"| {name} | {count} | {share:.0%} | {target:.0%} | {'**gap**' if gap else ''} |")
    lines.append("")
    if cov.gaps:
        lines += ["## Gaps and how to fill them", ""]
        for s in cov.gaps:
            lines.append(f"- **{stage_title(s)}**: " + "; ".join(report.suggestions.get(s, [])))
        lines.append("")
    least = report.least_sure()
    if least:
        lines += ["## Posts the model was least sure of", "", "| id | stage | confidence | post |",
                  "|---|---|---:|---|"]
        for c in least:
            first = c.post.text.strip().splitlines()[0][:80] if c.post.text.strip() else ""
            lines.append(f"| {c.post.id} | {c.stage} | {c.confidence:.2f} | "
                         f"{first.replace('|', '¦')} |")
    return "\n".join(lines).rstrip() + "\n"


def to_json(report: Report) -> str:
    cov = report.coverage
    data = {
        "model": report.model_id, "funnel": report.funnel, "posts": cov.posts,
        "stages": {name: {"posts": count, "share": round(share, 4), "target": round(target, 4),
                          "gap": gap} for name, count, share, target, gap in _rows(report)},
        "gaps": cov.gaps, "suggestions": report.suggestions,
        "least_sure": [{"id": c.post.id, "stage": c.stage, "confidence": c.confidence,
                        "text": c.post.text} for c in report.least_sure()],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def to_html(report: Report) -> str:
    """One self-contained HTML file: inline CSS bars for the mix against the target."""
    cov = report.coverage
    esc = html.escape
    rows = []
    for name, count, share, target, gap in _rows(report):
        rows.append(
            f"<tr class='{'gap' if gap else ''}'><th>{esc(name)}</th><td>{count}</td>"
            f"<td><div class='bar'><span style='width:{share * 100:.1f}%'></span>"
            f"<i style='left:{target * 100:.1f}%' title='target {target:.0%}'></i></div></td>"
            f"<td>{share:.0%}</td><td>{target:.0%}</td><td>{'gap' if gap else ''}</td></tr>")
    least = "".join(
        f"<tr><td>{esc(c.post.id)}</td><td>{esc(c.stage)}</td><td>{c.confidence:.2f}</td>"
        f"<td>{esc(c.post.text[:200])}</td></tr>" for c in report.least_sure())
    gaps = "".join(f"<li><b>{esc(s)}</b>: {esc('; '.join(report.suggestions.get(s, [])))}</li>"
                   for s in cov.gaps) or "<li>No gaps.</li>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stage coverage</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}}
table{{border-collapse:collapse;width:100%}}th,td{{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}}
.bar{{position:relative;background:#eee;height:1rem;width:20rem}}.bar span{{display:block;height:100%;background:#4a7}}
.bar i{{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px solid #c33}}tr.gap th{{color:#c33}}
</style></head><body>
<h1>Stage coverage</h1>
<p>{cov.posts} posts, classified by <code>{esc(report.model_id)}</code>. The red mark is the target share.</p>
<table><tr><th>stage</th><th>posts</th><th>mix</th><th>share</th><th>target</th><th></th></tr>
{''.join(rows)}</table>
<h2>Gaps</h2><ul>{gaps}</ul>
<h2>Least sure</h2><table><tr><th>id</th><th>stage</th><th>confidence</th><th>post</th></tr>{least}</table>
</body></html>
"""


def render_report(report: Report, fmt: str) -> str:
    return {"text": to_text, "markdown": to_markdown, "json": to_json, "html": to_html}[fmt](report)
