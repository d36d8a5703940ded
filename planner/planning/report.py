"""Stage coverage reports of existing posts: text, Markdown, JSON and self-contained HTML."""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.domain.funnel import STAGES, framework, stage_title
from planner.domain.post import Post
from planner.planning import shares_section
from planner.planning import to_label as label_section
from planner.planning.coverage import Coverage

if TYPE_CHECKING:
    from planner.stage.suggest import ToLabel

#: posts classified with less confidence than this are listed for review
REVIEW_BELOW = 0.8


@dataclass
class ClassifiedPost:
    post: Post
    stage: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class Report:
    """What a coverage report shows: the coverage, and the breakdowns and least-sure posts
    gathered by a :class:`ReportTally` (no list of every post: a report of millions of
    posts takes no more memory than one of ten)."""

    coverage: Coverage
    model_id: str
    funnel: str = "five-stage"
    #: stage -> tactics that would fill the gap
    suggestions: dict[str, list[str]] = field(default_factory=dict)
    #: ISO week ("2026-W45") -> stage -> posts dated in it
    weeks: dict[str, dict[str, int]] = field(default_factory=dict)
    #: platform id ("unknown" when not given) -> stage -> posts
    platforms: dict[str, dict[str, int]] = field(default_factory=dict)
    #: the :data:`LEAST_KEPT` posts the model was least sure of, least sure first
    least: list[ClassifiedPost] = field(default_factory=list)
    #: how many posts were tallied
    total: int = 0
    #: the estimated shares with their 90% intervals, and the check sample that corrects
    #: them (planner.planning.shares_section); None without probabilities
    shares: shares_section.Shares | None = None
    #: the few posts whose labels would teach the model most (planner.stage.suggest)
    to_label: list[ToLabel] = field(default_factory=list)
    #: how the reader labels one of them: "planner label posts.csv N STAGE", "/label N STAGE"
    label_command: str = ""

    @property
    def estimate(self) -> dict[str, tuple[float, float, float]] | None:
        """stage -> (estimated share, low, high), None without probabilities."""
        return self.shares.shares if self.shares else None

    def least_sure(self, n: int = 5, below: float | None = None) -> list[ClassifiedPost]:
        """The ``n`` (at most :data:`LEAST_KEPT`) posts the model was least sure of, among
        those under ``below`` (:data:`REVIEW_BELOW`): a post it is sure of is not one to review."""
        below = REVIEW_BELOW if below is None else below
        return [c for c in self.least[:n] if c.confidence < below]

    def by_week(self) -> list[tuple[str, dict[str, int]]]:
        """Stage counts per ISO week ("2026-W45"), for posts whose date can be read."""
        return sorted((week, dict(counts)) for week, counts in self.weeks.items())

    def by_platform(self) -> list[tuple[str, dict[str, int]]]:
        return sorted((name, dict(counts)) for name, counts in self.platforms.items())

    def week_over_week(self) -> dict[str, float] | None:
        """Change in each stage's share from the second-to-last week to the last."""
        weeks = self.by_week()
        if len(weeks) < 2:
            return None
        (_, a), (_, b) = weeks[-2], weeks[-1]
        ta, tb = sum(a.values()) or 1, sum(b.values()) or 1
        return {s: round(b[s] / tb - a[s] / ta, 4) for s in STAGES}


#: How many of the least sure posts a report keeps.
LEAST_KEPT = 5


class ReportTally:
    """A report's breakdowns, gathered a chunk of classified posts at a time."""

    def __init__(self, exclude: frozenset[int] = frozenset(),
                 labels: dict[str, str] | None = None) -> None:
        from planner.planning.quantify import CheckSample

        #: positions of posts never offered to label (labelled already)
        self.exclude = exclude
        #: the seller's labels (text -> stage): those of the check sample correct the shares
        self.labels = labels or {}
        self.check = CheckSample()
        self.weeks: dict[str, dict[str, int]] = {}
        self.platforms: dict[str, dict[str, int]] = {}
        self.least: list[ClassifiedPost] = []
        self.counts = {s: 0 for s in STAGES}
        self.total = 0
        #: the stage probabilities of up to quantify.MAX_ROWS posts (a uniform sample beyond)
        self.rows: list[list[float]] = []
        self._rng = None
        #: the shortlist the posts to label are picked from (planner.stage.suggest)
        self.to_label: list[ToLabel] = []

    def _keep(self, row: list[float]) -> None:
        """Reservoir-sample the posts' probabilities (fixed seed: the same posts, the same sample)."""
        from planner.planning.quantify import MAX_ROWS

        seen = self.total + 1
        if len(self.rows) < MAX_ROWS:
            self.rows.append(row)
            return
        if self._rng is None:
            import random

            self._rng = random.Random(7)
        j = self._rng.randrange(seen)
        if j < MAX_ROWS:
            self.rows[j] = row

    def add(self, posts: list[Post], predictions) -> None:
        """Count a chunk of posts and their predictions (in the order they were read)."""
        import heapq

        from planner.stage.suggest import shortlist

        pairs = list(zip(posts, predictions))
        rows = [[float(p.scores.get(s, 0.0)) for s in STAGES] if p.scores else None
                for _, p in pairs]
        if pairs and None not in rows:  # posts without probabilities are never offered
            self.to_label = shortlist(rows, [post.text for post, _ in pairs], start=self.total,
                                      kept=self.to_label, exclude=self.exclude)
        for (post, prediction), row in zip(pairs, rows):
            if row is not None:
                self._keep(row)
                self.check.offer(self.total, post.text, row)
            self.counts[prediction.stage] += 1
            day = post_date(post.date) if post.date else None
            if day is not None:
                year, week, _ = day.isocalendar()
                key = f"{year}-W{week:02d}"
                self.weeks.setdefault(key, {s: 0 for s in STAGES})[prediction.stage] += 1
            self.platforms.setdefault(post.platform or "unknown",
                                      {s: 0 for s in STAGES})[prediction.stage] += 1
            self.total += 1
        # nsmallest is stable, as sorting is: among equals, the post read first stays first
        least = heapq.nsmallest(LEAST_KEPT, pairs, key=lambda pp: (pp[1].confidence, pp[0].id))
        kept = self.least + [ClassifiedPost(p, pr.stage, pr.confidence, pr.scores) for p, pr in least]
        self.least = heapq.nsmallest(LEAST_KEPT, kept, key=lambda c: (c.confidence, c.post.id))

    def estimate(self) -> shares_section.Shares | None:
        """Each stage's estimated share with its 90% interval (None without probabilities)."""
        return shares_section.estimate(self.rows, self.check, self.labels)

    def report(self, coverage: Coverage, model_id: str, funnel: str = "five-stage",
               label_command: str = "") -> Report:
        from planner.stage.suggest import pick

        tactics = gap_tactics()
        return Report(coverage, model_id, funnel, {s: tactics[s] for s in coverage.gaps},
                      self.weeks, self.platforms, self.least, self.total, self.estimate(),
                      pick(self.to_label), label_command)


def post_date(value: str) -> dt.date | None:
    """A post's date from ISO text ("2026-11-02", "2026-11-02T10:00:00Z"), else None."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except (ValueError, AttributeError):
        return None


def gap_tactics() -> dict[str, list[str]]:
    import tomllib

    from planner.resources import data_dir

    with open(data_dir() / "tactics.toml", "rb") as fh:
        data = tomllib.load(fh)
    return {s: list(data[s])[:4] for s in STAGES}


def build_report(posts: list[Post], predictions, coverage: Coverage, model_id: str,
                 funnel: str = "five-stage", *, label_command: str = "",
                 exclude: frozenset[int] = frozenset(),
                 labels: dict[str, str] | None = None) -> Report:
    """The report of posts classified already (``exclude``: positions never offered to label;
    ``labels``: the seller's labels, text -> stage)."""
    tally = ReportTally(exclude, labels)
    tally.add(posts, predictions)
    return tally.report(coverage, model_id, funnel, label_command)


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
    if report.funnel == "five-stage":
        lines += shares_section.text_lines(report.shares, report.label_command)
    lines.append("")
    if cov.gaps:
        lines.append("Gaps: " + ", ".join(cov.gaps))
        for s in cov.gaps:
            lines.append(f"  {s}: try " + "; ".join(report.suggestions.get(s, [])))
    else:
        lines.append("No gaps: every stage is within reach of its target share.")
    lines += _breakdown_text(report)
    least = report.least_sure()
    if least:
        lines += ["", "Least sure (review these):"]
        for c in least:
            first = c.post.text.strip().splitlines()[0][:70] if c.post.text.strip() else "(empty)"
            lines.append(f"  #{c.post.id:<5} {c.stage:<14} {c.confidence:.2f}  {first}")
    elif report.total:
        lines += ["", f"The model was sure of every post ({REVIEW_BELOW:.0%} or more)."]
    lines += label_section.text_lines(report.to_label, report.label_command)
    return "\n".join(lines) + "\n"


def _short(stage: str) -> str:
    return stage[:5]


def _breakdown_text(report: Report) -> list[str]:
    lines: list[str] = []
    weeks = report.by_week()
    if len(weeks) > 1:
        lines += ["", "By week:", f"  {'week':<10}" + "".join(f"{_short(s):>7}" for s in STAGES)]
        for week, counts in weeks:
            lines.append(f"  {week:<10}" + "".join(f"{counts[s]:>7}" for s in STAGES))
        wow = report.week_over_week()
        if wow:
            lines.append("  share change, last week vs the week before (percentage points): "
                         + ", ".join(f"{s} {v * 100:+.0f}" for s, v in wow.items() if v))
    platforms = report.by_platform()
    if len(platforms) > 1:
        lines += ["", "By platform:", f"  {'platform':<10}" + "".join(f"{_short(s):>7}" for s in STAGES)]
        for name, counts in platforms:
            lines.append(f"  {name:<10}" + "".join(f"{counts[s]:>7}" for s in STAGES))
    return lines


def _breakdown_markdown(report: Report) -> list[str]:
    lines: list[str] = []
    head = "| {} | " + " | ".join(STAGES) + " |"
    rule = "|---|" + "---:|" * len(STAGES)
    weeks = report.by_week()
    if len(weeks) > 1:
        lines += ["## By week", "", head.format("week"), rule]
        lines += [f"| {w} | " + " | ".join(str(c[s]) for s in STAGES) + " |" for w, c in weeks]
        wow = report.week_over_week()
        if wow:
            lines += ["", "Share change, last week against the week before (percentage points): "
                      + ", ".join(f"{s} {v * 100:+.0f}" for s, v in wow.items()) + "."]
        lines.append("")
    platforms = report.by_platform()
    if len(platforms) > 1:
        lines += ["## By platform", "", head.format("platform"), rule]
        lines += [f"| {p} | " + " | ".join(str(c[s]) for s in STAGES) + " |" for p, c in platforms]
        lines.append("")
    return lines


def to_markdown(report: Report) -> str:
    cov = report.coverage
    lines = ["# Stage coverage", "", f"{cov.posts} posts, classified by `{report.model_id}`.", "",
             "| stage | posts | share | target | gap |", "|---|---:|---:|---:|---|"]
    for name, count, share, target, gap in _rows(report):
        lines.append(f"| {name} | {count} | {share:.0%} | {target:.0%} | {'**gap**' if gap else ''} |")
    if report.funnel == "five-stage":
        lines += shares_section.markdown_lines(report.shares)
    lines.append("")
    if cov.gaps:
        lines += ["## Gaps and how to fill them", ""]
        for s in cov.gaps:
            lines.append(f"- **{stage_title(s)}**: " + "; ".join(report.suggestions.get(s, [])))
        lines.append("")
    lines += _breakdown_markdown(report)
    least = report.least_sure()
    if least:
        lines += ["## Posts the model was least sure of", "", "| id | stage | confidence | post |",
                  "|---|---|---:|---|"]
        for c in least:
            first = c.post.text.strip().splitlines()[0][:80] if c.post.text.strip() else ""
            lines.append(f"| {c.post.id} | {c.stage} | {c.confidence:.2f} | "
                         f"{first.replace('|', '¦')} |")
        lines.append("")
    elif report.total:
        lines += [f"The model was sure of every post ({REVIEW_BELOW:.0%} or more).", ""]
    lines += label_section.markdown_lines(report.to_label, report.label_command)
    return "\n".join(lines).rstrip() + "\n"


def to_json(report: Report) -> str:
    cov = report.coverage
    data = {
        "model": report.model_id, "funnel": report.funnel, "posts": cov.posts,
        "stages": {name: {"posts": count, "share": round(share, 4), "target": round(target, 4),
                          "gap": gap} for name, count, share, target, gap in _rows(report)},
        "gaps": cov.gaps, "suggestions": report.suggestions,
        "by_week": dict(report.by_week()), "by_platform": dict(report.by_platform()),
        "week_over_week": report.week_over_week(),
        "review_below": REVIEW_BELOW,
        **shares_section.json_fields(report.shares),
        "least_sure": [{"id": c.post.id, "stage": c.stage, "confidence": c.confidence,
                        "text": c.post.text} for c in report.least_sure()],
        "to_label": label_section.json_items(report.to_label),
        "label_command": report.label_command or label_section.GENERIC,
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
    least = (f"<table><tr><th>id</th><th>stage</th><th>confidence</th><th>post</th></tr>{least}</table>"
             if least else f"<p>The model was sure of every post ({REVIEW_BELOW:.0%} or more).</p>")
    colours = dict(zip(STAGES, ("#4a7fc1", "#49a078", "#e0a030", "#a05cc0", "#d0605e")))
    legend = "".join(f"<span class='key' style='background:{colours[s]}'></span>{esc(s)} "
                     for s in STAGES)

    def stacked(rows: list[tuple[str, dict[str, int]]], title: str) -> str:
        if len(rows) < 2:
            return ""
        out = [f"<h2>{esc(title)}</h2><p>{legend}</p><table>"]
        for name, counts in rows:
            total = sum(counts.values()) or 1
            segs = "".join(f"<span style='width:{counts[s] / total * 100:.1f}%;background:{colours[s]}'"
                           f" title='{esc(s)}: {counts[s]}'></span>" for s in STAGES if counts[s])
            out.append(f"<tr><th>{esc(name)}</th><td>{total if total else 0}</td>"
                       f"<td><div class='stack'>{segs}</div></td></tr>")
        return "".join(out) + "</table>"

    breakdown = stacked(report.by_week(), "By week") + stacked(report.by_platform(), "By platform")
    gaps = "".join(f"<li><b>{esc(s)}</b>: {esc('; '.join(report.suggestions.get(s, [])))}</li>"
                   for s in cov.gaps) or "<li>No gaps.</li>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stage coverage</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}}
table{{border-collapse:collapse;width:100%}}th,td{{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}}
.bar{{position:relative;background:#eee;height:1rem;width:20rem}}.bar span{{display:block;height:100%;background:#4a7}}
.bar i{{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px solid #c33}}tr.gap th{{color:#c33}}
.stack{{display:flex;height:1rem;width:20rem;background:#eee}}.stack span{{display:block;height:100%}}
.key{{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 .8rem}}
</style></head><body>
<h1>Stage coverage</h1>
<p>{cov.posts} posts, classified by <code>{esc(report.model_id)}</code>. The red mark is the target share.</p>
<table><tr><th>stage</th><th>posts</th><th>mix</th><th>share</th><th>target</th><th></th></tr>
{''.join(rows)}</table>
<h2>Gaps</h2><ul>{gaps}</ul>
{breakdown}
<h2>Least sure</h2>{least}
{label_section.html_section(report.to_label, report.label_command)}
</body></html>
"""


def to_rich(report: Report) -> list:
    """Terminal tables (rich) for an interactive `planner report`."""
    from rich.table import Table
    from rich.text import Text

    cov = report.coverage
    out: list = [Text(f"{cov.posts} posts classified by {report.model_id}", style="dim")]
    mix = Table(title="Stage mix", title_justify="left")
    for col, justify in (("stage", "left"), ("posts", "right"), ("share", "right"),
                         ("target", "right"), ("", "left")):
        mix.add_column(col, justify=justify)
    for name, count, share, target, gap in _rows(report):
        mix.add_row(Text(name, style="bold red" if gap else ""), str(count), f"{share:.0%}",
                    f"{target:.0%}", Text(_bar(share, 20) + ("  gap" if gap else ""),
                                          style="red" if gap else "green"))
    out.append(mix)
    if report.funnel == "five-stage":
        out += shares_section.rich_parts(report.shares, report.label_command)
    for title, rows in (("By week", report.by_week()), ("By platform", report.by_platform())):
        if len(rows) > 1:
            t = Table(title=title, title_justify="left")
            t.add_column(title.split()[-1])
            for s in STAGES:
                t.add_column(s, justify="right")
            for name, counts in rows:
                t.add_row(name, *(str(counts[s]) for s in STAGES))
            out.append(t)
    if cov.gaps:
        gaps = Table(title="Gaps and tactics that fill them", title_justify="left")
        gaps.add_column("stage")
        gaps.add_column("try")
        for s in cov.gaps:
            gaps.add_row(s, "; ".join(report.suggestions.get(s, [])))
        out.append(gaps)
    least = report.least_sure()
    if least:
        t = Table(title="Least sure (review these)", title_justify="left")
        for col in ("id", "stage", "confidence", "post"):
            t.add_column(col)
        for c in least:
            first = c.post.text.strip().splitlines()[0][:70] if c.post.text.strip() else ""
            t.add_row(c.post.id, c.stage, f"{c.confidence:.2f}", first)
        out.append(t)
    return out + label_section.rich_parts(report.to_label, report.label_command)


def render_report(report: Report, fmt: str) -> str:
    return {"text": to_text, "markdown": to_markdown, "json": to_json, "html": to_html}[fmt](report)
