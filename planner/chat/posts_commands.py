"""Existing posts in the chat: ``/posts`` loads and classifies them, ``/report`` shows their
coverage, ``/explain`` says why a post got its stage, ``/teach`` offers the posts whose
labels would teach the model most and ``/label`` corrects it."""

from __future__ import annotations

from pathlib import Path

from planner.chat.labels import append_label, labelled_texts
from planner.chat.replies import NO_POSTS, Reply
from planner.chat.state import SessionState
from planner.domain.funnel import STAGES, parse_stage
from planner.errors import PlannerError
from planner.userdata import labels_path


def post_index(state: SessionState, value: str) -> int:
    """The list index of loaded post number ``value`` (counted from 1)."""
    if not state.posts:
        raise PlannerError(NO_POSTS)
    if not value.isdigit() or not 1 <= int(value) <= len(state.posts):
        raise PlannerError(f"Post number must be from 1 to {len(state.posts)}.")
    return int(value) - 1


def load_posts(state: SessionState, args: list[str]) -> Reply:
    """``/posts PATH…``: load posts, classify them and measure their coverage."""
    from planner.workflow import load_and_classify

    if not args:
        return Reply("Usage: /posts PATH (csv, jsonl, json, txt or md)", error=True)
    classified = load_and_classify([str(Path(p).expanduser()) for p in args], state.brief,
                                   progress=state.progress)
    if classified is None:
        return Reply(f"{', '.join(args)}: no posts found.", error=True)
    state.posts = classified.posts
    state.classified = classified
    cov = classified.coverage
    mix = ", ".join(f"{s} {cov.shares[s]:.0%}" for s in STAGES)
    gaps = f" Gaps: {', '.join(cov.gaps)}." if cov.gaps else " No gaps."
    count = f"{len(state.posts)} post{'s' if len(state.posts) != 1 else ''}"
    offer = to_label(state)
    teach = (f"\nLabels that would teach the model most: post{'s' if len(offer) > 1 else ''} "
             f"{_numbers([t.number for t in offer])} (/teach shows why)." if offer else "")
    return Reply(f"Loaded and classified {count} {_from(args, state.posts)}: "
                 f"{mix}.{gaps} /report for details, /plan to fill them.{teach}",
                 changed={"posts"})


def _numbers(numbers: list[int]) -> str:
    """"3", "3 and 25", "3, 25 and 28"."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _labelled(state: SessionState) -> frozenset[int]:
    """Positions of loaded posts labelled already (in this chat or before: the labels file)."""
    done = labelled_texts(labels_path())
    return frozenset(i for i, p in enumerate(state.posts) if p.text in done)


def to_label(state: SessionState) -> list:
    """The few loaded posts whose labels would teach the model most (planner.stage.suggest)."""
    from planner.stage.suggest import to_label as pick

    if state.classified is None or not state.posts:
        return []
    predictions = state.classified.predictions
    if any(not p.scores for p in predictions):
        return []
    rows = [[p.scores.get(s, 0.0) for s in STAGES] for p in predictions]
    return pick(rows, [p.text for p in state.posts], exclude=_labelled(state))


def teach(state: SessionState, _args: list[str]) -> Reply:
    """``/teach``: the loaded posts whose labels would teach the model most, and how to label them."""
    from planner.planning.to_label import excerpt

    if state.classified is None:
        return Reply(NO_POSTS, error=True)
    offer = to_label(state)
    if not offer:
        return Reply("No post to label: the model puts one stage well ahead on every loaded post "
                     "(or you labelled the ones it hesitated over).")
    lines = ["Labels that would teach the model most (it hesitates between the two stages):"]
    lines += [f"  post {t.number}: {t.first} or {t.second}? “{excerpt(t.text, 70)}”" for t in offer]
    lines.append(f"Say /label N STAGE with the stage each really is (e.g. /label "
                 f"{offer[0].number} {offer[0].second}); `planner train` then learns your labels.")
    return Reply("\n".join(lines))


def _from(args: list[str], posts: list) -> str:
    """Where the posts came from, as the seller would recognise it: the file they named
    ("from posts.csv"), or the files found in the folder they named ("from 2 files in
    /tmp: x/tweets.js, a.csv")."""
    if len(args) == 1 and Path(args[0]).expanduser().is_file():
        return f"from {Path(args[0]).name}"
    sources = sorted({p.source for p in posts if p.source})
    if len(args) == 1:
        folder = Path(args[0]).expanduser()
        shown = []
        for source in sources:
            try:
                shown.append(Path(source).relative_to(folder).as_posix())
            except ValueError:
                shown.append(source)
    else:
        shown = [Path(source).name for source in sources]
        folder = None
    where = f" in {args[0]}" if folder is not None else ""
    listed = ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")
    count = f"{len(shown)} file{'s' if len(shown) != 1 else ''}"
    return f"from {count}{where}: {listed}" if shown else f"from {', '.join(args)}"


def show_report(state: SessionState, _args: list[str]) -> Reply:
    """``/report``: stage coverage, gaps and the posts to review."""
    from planner.planning.report import to_text
    from planner.workflow import coverage_report

    if state.classified is None:
        return Reply(NO_POSTS, error=True)
    return Reply(to_text(coverage_report(state.classified, label_command="/label N STAGE",
                                         exclude=_labelled(state))).rstrip())


def label_post(state: SessionState, args: list[str]) -> Reply:
    """``/label N STAGE``: correct a loaded post's stage and keep it for the next train."""
    from planner.planning.coverage import compute_coverage

    if len(args) != 2:
        return Reply("Usage: /label N STAGE (stages: " + ", ".join(STAGES) + ")", error=True)
    i = post_index(state, args[0])
    stage = parse_stage(args[1], source="/label")
    append_label(labels_path(), state.posts[i].text, stage)
    predictions = state.classified.predictions
    old = predictions[i].stage
    predictions[i].stage = stage
    predictions[i].confidence = 1.0
    state.classified.coverage = compute_coverage([p.stage for p in predictions],
                                                 state.classified.coverage.target)
    return Reply(f"Post {i + 1}: {old} → {stage}. Kept in {labels_path()} for the next "
                 "`planner train`.", changed={"posts"})


def explain_post(state: SessionState, args: list[str]) -> Reply:
    """``/explain N``: the words and cues behind a loaded post's stage."""
    from planner.stage.model import load_model

    if len(args) != 1:
        return Reply("Usage: /explain N", error=True)
    i = post_index(state, args[0])
    explanation = load_model().explain(state.posts[i].text)
    first = " ".join(state.posts[i].text.split())[:90]
    lines = [f"Post {i + 1}: {explanation.stage} ({explanation.confidence:.0%} sure)", f"  “{first}”"]
    if explanation.rule:
        from planner.stage.explain import rule_name

        _, matched, stage = explanation.rule
        lines.append(f"  rule: {rule_name(explanation.rule)} “{matched}” → {stage} (it decides the stage)")
    if explanation.words:
        lines.append("  words: " + ", ".join(f"{w} (+{s:.2f})" for w, s in explanation.words[:8]))
    if explanation.cues:
        lines.append("  cues: " + ", ".join(f"{c} “{t}” → {s}" for c, t, s in explanation.cues[:6]))
    if not explanation.rule and not explanation.words and not explanation.cues:
        lines.append("  nothing in it points clearly to a stage: treat the label as a guess.")
    return Reply("\n".join(lines))
