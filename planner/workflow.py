"""The steps the CLI, the chat and batch mode share: posts → coverage → calendar."""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.brief import Brief
from planner.domain.calendar import Calendar
from planner.domain.funnel import default_target
from planner.domain.post import Post
from planner.io import load_posts
from planner.planning.coverage import Coverage, compute_coverage
from planner.planning.plan import PlanOptions, plan_calendar


@dataclass
class Classified:
    posts: list[Post]
    predictions: list
    coverage: Coverage
    model_id: str


def classify_and_cover(posts: list[Post], brief: Brief | None = None, model_path: str | None = None,
                       model=None, progress=None, chunk: int = 1000) -> Classified:
    """Classify posts and measure their stage coverage against the brief's target mix.

    ``progress(done, total)`` is called after each chunk, so a UI can show how far it got.
    """
    from planner.stage.model import load_model

    model = model or load_model(model_path)
    texts = [p.text for p in posts]
    if progress is None:
        preds = model.predict(texts)  # one call: large inputs are featurised on every core
    else:
        preds = []
        for start in range(0, len(texts), chunk):
            preds += model.predict(texts[start:start + chunk])
            progress(min(start + chunk, len(texts)), len(texts))
    target = brief.target_mix() if brief else default_target()
    cov = compute_coverage([p.stage for p in preds], target)
    return Classified(posts, preds, cov, model.id)


def make_calendar(brief: Brief, posts_paths: list[str], options: PlanOptions, *,
                  template_dirs: list[str] | None = None, platforms_path: str | None = None,
                  model_path: str | None = None, posts: list[Post] | None = None,
                  classified: Classified | None = None) -> tuple[Calendar, list[str]]:
    """Plan a calendar, filling the gaps of the given posts when there are any."""
    from planner.domain.platforms import load_platforms
    from planner.planning.render import TemplateLibrary

    if classified is None:
        if posts is None and posts_paths:
            posts = load_posts(posts_paths)
        if posts:
            classified = classify_and_cover(posts, brief, model_path)
    if classified is not None:
        options.model_id = options.model_id or classified.model_id
    library = TemplateLibrary(template_dirs or [])
    platforms = load_platforms(platforms_path)
    return plan_calendar(brief, library, coverage=classified.coverage if classified else None,
                         options=options, platforms=platforms)
