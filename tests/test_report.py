import json

from planner.domain.funnel import default_target
from planner.domain.post import Post
from planner.planning.coverage import compute_coverage
from planner.planning.report import build_report, render_report
from planner.stage.output import Prediction


def report():
    posts = [Post(text="a", id="1", date="2026-11-02", platform="instagram"),
             Post(text="b", id="2", date="2026-11-03T10:00:00Z", platform="tiktok"),
             Post(text="c", id="3", date="2026-11-10", platform="instagram"),
             Post(text="d", id="4", date="not a date", platform="")]
    stages = ["awareness", "conversion", "conversion", "loyalty"]
    preds = [Prediction(s, 0.5 + i / 10, {}) for i, s in enumerate(stages)]
    return build_report(posts, preds, compute_coverage(stages, default_target()), "m")


def test_breakdowns():
    r = report()
    weeks = dict(r.by_week())
    assert weeks["2026-W45"]["awareness"] == 1 and weeks["2026-W45"]["conversion"] == 1
    assert weeks["2026-W46"]["conversion"] == 1
    assert r.week_over_week()["conversion"] == 0.5
    assert dict(r.by_platform())["unknown"]["loyalty"] == 1
    assert [c.post.id for c in r.least_sure(2)] == ["1", "2"]


def test_every_format_carries_the_breakdowns():
    r = report()
    data = json.loads(render_report(r, "json"))
    assert data["week_over_week"]["conversion"] == 0.5
    assert "## By week" in render_report(r, "markdown")
    assert "By platform:" in render_report(r, "text")
    html = render_report(r, "html")
    assert html.count("class='stack'") == 5 and "<script" not in html


def test_rich_tables():
    from rich.console import Console

    from planner.planning.report import to_rich

    console = Console(record=True, width=110, color_system=None)
    for part in to_rich(report()):
        console.print(part)
    text = console.export_text()
    assert "Stage mix" in text and "By week" in text and "Least sure" in text
    assert "advocacy" in text and "gap" in text


def test_only_unsure_posts_are_listed_for_review():
    posts = [Post(text="a", id="1"), Post(text="b", id="2")]
    stages = ["awareness", "loyalty"]
    sure = build_report(posts, [Prediction(s, 0.95, {}) for s in stages],
                        compute_coverage(stages, default_target()), "m")
    assert sure.least_sure() == []
    assert "sure of every post" in render_report(sure, "text")
    assert "sure of every post" in render_report(sure, "markdown")
    assert "sure of every post" in render_report(sure, "html")
    assert json.loads(render_report(sure, "json"))["least_sure"] == []
    mixed = build_report(posts, [Prediction("awareness", 0.95, {}), Prediction("loyalty", 0.6, {})],
                         compute_coverage(stages, default_target()), "m")
    assert [c.post.id for c in mixed.least_sure()] == ["2"]
