"""The use cases the CLI, the chat and batch mode share: classify posts and measure their
coverage, plan a calendar (new or updated over an existing one), train the stage model.

Each front-end parses its own input and prints its own output; what happens in between
is here, once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.funnel import STAGES, default_target
from planner.domain.post import Post
from planner.errors import PlannerError
from planner.io import load_posts
from planner.planning import classify_output
from planner.planning.coverage import Coverage, compute_coverage
from planner.resources import models_dir
from planner.userdata import labels_path

if TYPE_CHECKING:  # planning imports the templates' machinery: only plans load it
    from planner.domain.brief import Brief  # (classify needs neither briefs nor calendars)
    from planner.domain.calendar import Calendar
    from planner.planning.plan import PlanOptions

#: where a use case reports progress, one line at a time (the CLI's stderr)
Say = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


# ---- classify -----------------------------------------------------------------------------

@dataclass
class Classified:
    """Posts, the stage the model gave each, and their coverage against a target mix."""

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


def load_and_classify(paths: list[str], brief: Brief | None = None, *, model_path: str | None = None,
                      input_format: str | None = None, progress=None) -> Classified | None:
    """Load the posts of ``paths`` and classify them; None when the files hold no posts."""
    posts = load_posts(paths, input_format=input_format)
    if not posts:
        return None
    return classify_and_cover(posts, brief, model_path, progress=progress)


def coverage_report(classified: Classified, funnel: str = "five-stage", *,
                    label_command: str = "", exclude: frozenset[int] = frozenset()):
    """The coverage report of classified posts (the chat's ``/report``); ``exclude``: the
    positions of posts never offered to label (labelled already). The seller's labels of
    the check sample correct the estimated shares."""
    from planner.planning.report import build_report
    from planner.userdata import label_stages

    return build_report(classified.posts, classified.predictions, classified.coverage,
                        classified.model_id, funnel, label_command=label_command,
                        exclude=exclude, labels=label_stages())


def nth_post(paths: list[str], number: str, *, input_format: str | None = None) -> Post:
    """Post ``number`` (counted from 1, in the order the posts are read, as ``planner report``
    numbers them) of the posts of ``paths``; only the posts up to it are read."""
    from planner.io import PostsInput

    if not number.isdigit() or int(number) < 1:
        raise PlannerError(f"post number must be a whole number from 1, not {number!r}")
    n, count = int(number), 0
    with PostsInput(paths, input_format=input_format) as posts_input:
        for chunk in posts_input.chunks(_chunk_size()):
            if count + len(chunk) >= n:
                post = chunk[n - count - 1]
                if not post.text.strip():
                    raise PlannerError(f"post {n} has no text to label", source=", ".join(paths))
                return post
            count += len(chunk)
    raise PlannerError(f"there is no post {n}: the posts number from 1 to {count}"
                       if count else "no posts found", source=", ".join(paths))


#: How many posts `classify`, `report` and batch classify at once: whatever the size of
#: the input, only this many posts (and their results) are held in memory, or twice as many
#: while `classify` reads the rest of its input (kept when it fits in one more window).
WINDOW = 50_000


def _chunk_size() -> int:
    return min(WINDOW, 10_000)


def classified_windows(chunks: Iterable[list[Post]], model) -> Iterator[tuple[list[Post], object]]:
    """``(posts, probabilities)`` for about :data:`WINDOW` posts at a time, in input order.
    A window's chunks go to the model as they are read, so on a large input they are
    classified on every core while the rest of the window is still being parsed."""
    chunks = iter(chunks)
    for first in chunks:  # the first chunk of each window, until the input ends
        posts, probs = _classify_window(first, chunks, model)
        yield posts, probs
        del posts, probs  # the caller has them: one window in memory at a time, not two


def _classify_window(first: list[Post], chunks: Iterator[list[Post]], model):
    """The posts of ``first`` and of the chunks after it, up to :data:`WINDOW`, and their
    probabilities."""
    import numpy as np

    window = [first]

    def texts():
        count = 0
        for chunk in itertools.chain([first], chunks):
            if chunk is not first:
                window.append(chunk)
            yield [p.text for p in chunk]
            count += len(chunk)
            if count >= WINDOW:
                return

    parts = list(model.probabilities_stream(texts()))
    probs = np.concatenate(parts) if parts else np.zeros((0, len(model.classes)))
    return [p for chunk in window for p in chunk], probs


def stream_report(paths: list[str], brief: Brief | None = None, *, model_path: str | None = None,
                  input_format: str | None = None, funnel: str = "five-stage"):
    """``planner report`` (and batch's report.md): the coverage report of the posts of
    ``paths``, read and classified :data:`WINDOW` posts at a time, so memory stays flat
    however many there are; ``None`` when the files hold no posts."""
    from planner.io import PostsInput
    from planner.planning.coverage import coverage_of_counts
    from planner.planning.report import ReportTally
    from planner.planning.to_label import label_command
    from planner.stage.model import load_model
    from planner.stage.output import predictions

    from planner.userdata import label_stages

    model = load_model(model_path)
    tally = ReportTally(labels=label_stages())
    with PostsInput(paths, input_format=input_format) as posts_input, model.kept_workers():
        for posts, probs in classified_windows(posts_input.chunks(_chunk_size()), model):
            tally.add(posts, predictions(probs, model.classes))
    if not tally.total:
        return None
    target = brief.target_mix() if brief else default_target()
    return tally.report(coverage_of_counts(tally.counts, target), model.id, funnel,
                        label_command(paths, input_format))


def classify_files(files: list[str], fmt: str, *, explain: bool = False,
                   model_path: str | None = None, input_format: str | None = None) -> Iterator[str]:
    """``planner classify``: the stage of every post in ``files`` as ``fmt`` (table, json or
    csv) text, piece by piece.

    Nothing comes out before all input is read and checked: a bad row further down is
    one error line, never half a table. The first :data:`WINDOW` posts are classified
    while they are read, and while the rest of the input is read and checked after them.
    A rest of at most one more window is kept as it is read and classified from memory;
    a longer one is read a second time (stdin and pipes were copied aside on the first)
    and classified and printed a window at a time, so memory stays flat (two windows at
    most) however long the input is.
    """
    from planner.io import PostsInput
    from planner.stage.compiled.pool import paused_cycle_collection
    from planner.stage.model import load_model

    model = load_model(model_path)
    # the cycle collector is paused for the whole run: reading and writing posts make no
    # cycles, but every collection would walk the model's caches and the window's posts
    # (about 4% of the CPU of 100,000 posts); it is left as it was when the run ends
    with paused_cycle_collection(), PostsInput(files, input_format=input_format) as posts_input, \
            model.kept_workers():
        reader = posts_input.chunks(_chunk_size())
        first: list[list[Post]] = []
        stream = model.probabilities_stream(_first_window(reader, first))
        try:
            parts = [p for p in [next(stream, None)] if p is not None]  # the first window sent off
            more, longest = False, 0
            # the rest, kept while it fits in one more window (reading it again costs about
            # as much CPU as the rules' searches on it)
            kept: list[list[Post]] | None = []
            held = 0
            for chunk in reader:  # every row read and checked before any is printed
                more = True
                longest = max([longest] + [len(p.id) for p in chunk])
                if kept is not None:
                    kept.append(chunk)
                    held += len(chunk)
                    if held > WINDOW:
                        kept = None  # too long to keep: read a second time below
            rest: Iterator[list[Post]] = iter(())
            second = None
            if more and kept is not None:  # the rest is one window, kept: no second reading
                # handed to the workers now: classified while the first window is written
                second = model.probabilities_stream([[p.text for p in c] for c in kept], start=True)
            elif more:  # the second reading skips the first window while the workers finish it
                rest = _after(posts_input.chunks(_chunk_size()), sum(map(len, first)))
                rest = itertools.chain([c for c in [next(rest, None)] if c is not None], rest)
        except BaseException:
            stream.close()
            raise
        longest = max([longest] + [len(p.id) for chunk in first for p in chunk])
        # each window is written a part at a time, as its probabilities come from the workers
        windows = _windows_in_parts(first, itertools.chain(parts, stream), stream)
        del first, parts
        if second is not None:
            windows = itertools.chain(windows, _windows_in_parts(kept, second, second))
            del kept
        else:
            windows = itertools.chain(windows, classified_windows(rest, model))
        yield from _classify_output(windows, fmt, explain, model, longest)


def _first_window(chunks: Iterator[list[Post]], window: list[list[Post]]) -> Iterator[list[str]]:
    """The texts of ``chunks`` up to :data:`WINDOW` posts (as :func:`_classify_window` cuts
    them), each chunk kept in ``window``; the rest of ``chunks`` is left unread."""
    count = 0
    for chunk in chunks:
        window.append(chunk)
        yield [p.text for p in chunk]
        count += len(chunk)
        if count >= WINDOW:
            return


def _windows_in_parts(chunks: list[list[Post]], parts: Iterator, stream) -> Iterator:
    """``(posts, probabilities)`` of the posts of ``chunks`` a part at a time, as ``parts``
    (arrays of consecutive rows) come; ``stream`` is closed at the end."""
    try:
        posts = iter([p for chunk in chunks for p in chunk])
        chunks.clear()  # only this generator holds the posts: each part is freed once written
        for probs in parts:
            yield list(itertools.islice(posts, len(probs))), probs
    finally:
        stream.close()


def _after(chunks: Iterator[list[Post]], skip: int) -> Iterator[list[Post]]:
    """The chunks after the first ``skip`` posts (read again, a chunk at a time as before)."""
    for chunk in chunks:
        if skip >= len(chunk):
            skip -= len(chunk)
            continue
        yield chunk[skip:] if skip else chunk
        skip = 0


#: Posts per piece of CSV text classify writes.
_PIECE = 5_000


def _classify_output(windows, fmt: str, explain: bool, model, longest: int) -> Iterator[str]:
    from planner.stage.output import predictions

    if fmt == "csv":
        yield classify_output.csv_header(explained=explain)
    elif fmt == "table":
        yield classify_output.table_header(classify_output.id_width(longest))
    first = True
    for posts, probs in windows:
        if fmt == "csv" and not explain:
            for i in range(0, len(posts), _PIECE):  # short pieces: one long text is costly
                yield classify_output.csv_rows(posts[i:i + _PIECE], probs[i:i + _PIECE],
                                               model.classes)
            del posts, probs  # freed before the next window is read
            continue
        preds = predictions(probs, model.classes)
        explanations = [model.explain(p.text) for p in posts] if explain else None
        if fmt == "json":
            if posts:  # json.dumps(rows, indent=2), a window at a time
                yield ("[\n" if first else ",\n") + ",\n".join(
                    classify_output.json_items(posts, preds, explanations))
                first = False
        elif fmt == "csv":
            yield from classify_output.csv_rows_explained(posts, preds, explanations)
        else:
            yield from classify_output.table_rows(posts, preds, explanations,
                                                  classify_output.id_width(longest))
    if fmt == "json":
        yield "[]\n" if first else "\n]\n"


# ---- plan ---------------------------------------------------------------------------------

#: the longest plan, in weeks (as `plan --weeks` and a brief's ``weeks`` allow)
MAX_WEEKS = 52
#: the most posts a calendar's recorded coverage may count (`plan --update`)
MAX_COVERAGE_POSTS = 100_000_000

@dataclass
class PlanRequest:
    """What to plan: the brief, the options, and (when known already) the coverage whose gaps
    come first."""

    brief: Brief
    options: PlanOptions
    classified: Classified | None = None


def make_calendar(brief: Brief, posts_paths: list[str], options: PlanOptions, *,
                  template_dirs: list[str] | None = None, platforms_path: str | None = None,
                  model_path: str | None = None,
                  classified: Classified | None = None) -> tuple[Calendar, list[str]]:
    """Plan a calendar, filling the gaps of the given posts when there are any.

    ``classified`` is posts classified already (the chat's, or the coverage a calendar
    recorded); otherwise the posts of ``posts_paths`` are loaded and classified.
    """
    from planner.domain.platforms import load_platforms
    from planner.planning.plan import plan_calendar
    from planner.planning.render import TemplateLibrary

    if classified is None and posts_paths:  # read and classified in windows: memory stays flat
        report = stream_report(posts_paths, brief, model_path=model_path)
        classified = Classified([], [], report.coverage, report.model_id) if report else None
    if classified is not None:
        options.model_id = options.model_id or classified.model_id
    library = TemplateLibrary(template_dirs or [])
    platforms = load_platforms(platforms_path)
    cal, warnings = plan_calendar(brief, library, options=options, platforms=platforms,
                                  coverage=classified.coverage if classified else None)
    if library.errors and len(cal.posts) == len(options.keep):
        raise PlannerError(f"no post could be rendered: every template that fits failed; "
                           f"the first: {library.errors[0]}")
    return cal, empty_slots_line(list(dict.fromkeys(warnings)))  # an error once, not once a slot



def empty_slots_line(warnings: list[str]) -> list[str]:
    """The planner's one warning per empty slot said as one line, where the first was:
    ``slots left empty: facebook 2027-01-08, 2027-01-15; tiktok 2027-01-07`` (a fact-light
    brief printed a screenful of them before the line saying why)."""
    from planner.planning.plan import EMPTY_SLOT_RE as _EMPTY_SLOT

    empty: dict[str, list[str]] = {}
    for w in warnings:
        if found := _EMPTY_SLOT.fullmatch(w):
            empty.setdefault(found[1], []).append(found[2])
    if not empty:
        return warnings
    line = "slots left empty: " + "; ".join(f"{p} {', '.join(days)}" for p, days in empty.items())
    first = next(i for i, w in enumerate(warnings) if _EMPTY_SLOT.fullmatch(w))
    rest = [w for w in warnings if not _EMPTY_SLOT.fullmatch(w)]
    return rest[:first] + [line] + rest[first:]


def update_request(existing: Calendar, brief: Brief, *, weeks: int | None = None, start=None,
                   seed: int = 0, funnel: str = "five-stage", new_posts: bool = False) -> PlanRequest:
    """Plan over an existing calendar again: its drafts are redone, its approved and posted
    posts kept. Its span, start and seed stay unless given; without ``new_posts`` to
    classify, the gaps it recorded are filled again."""
    from planner.planning.plan import PlanOptions

    keep = [p for p in existing.posts if p.status != "draft"]
    span = (existing.end - existing.start).days + 1
    if not weeks and span > 7 * MAX_WEEKS:
        raise PlannerError(f"key 'calendar.end': the calendar runs {span:,} days, over the "
                           f"{MAX_WEEKS} weeks a plan may have (pass --weeks to plan fewer)")
    options = PlanOptions(weeks=weeks or max(1, -(-span // 7)), start=start or existing.start,
                          seed=seed if seed else existing.seed, funnel=funnel, keep=keep)
    return PlanRequest(brief, options, None if new_posts else stored_coverage(existing, brief))


def read_update_request(calendar_path: str, brief_path: str | None = None, **options) -> PlanRequest:
    """``plan --update CAL``: the calendar saved at ``calendar_path`` and the brief it carries
    (or ``brief_path``'s); ``options`` are :func:`update_request`'s."""
    from planner.domain.calendar import brief_of, load_calendar

    existing = load_calendar(calendar_path)
    brief = brief_of(existing, calendar_path, brief_path)
    if brief is None:
        raise PlannerError("calendar has no [brief] table; pass --brief", source=calendar_path)
    try:
        return update_request(existing, brief, **options)
    except PlannerError as exc:
        if exc.source is not None:
            raise
        raise PlannerError(str(exc), source=calendar_path) from None


def stored_coverage(cal: Calendar, brief: Brief) -> Classified | None:
    """The coverage a calendar recorded, so `plan --update` keeps filling the same gaps."""
    from planner.planning.coverage import coverage_of_counts

    cov = cal.coverage
    if not cov or not isinstance(cov.get("posts"), int) or cov["posts"] <= 0:
        return None
    if cov["posts"] > MAX_COVERAGE_POSTS:
        raise PlannerError(f"key 'coverage.posts': {cov['posts']:,} is more posts than a "
                           f"coverage can count (at most {MAX_COVERAGE_POSTS:,})")
    counts = {}
    for s in STAGES:
        share = cov.get(s, 0)
        if isinstance(share, bool) or not isinstance(share, (int, float)):
            share = 0
        if not 0 <= share <= 1:  # NaN too
            raise PlannerError(f"key 'coverage.{s}': must be a share from 0 to 1, not {share!r}")
        counts[s] = round(share * cov["posts"])
    if not sum(counts.values()):
        return None
    return Classified([], [], coverage_of_counts(counts, brief.target_mix()), cal.model)


# ---- train --------------------------------------------------------------------------------

def _training_posts(labeled: list[str], *, no_corpus: bool, corrections: bool, say: Say,
                    real: bool | None = None):
    """(train, held-out test) posts: the shipped corpus split (authored posts, weighted
    below real ones) and the real-post development set, plus ``labeled`` files and, with
    ``corrections``, the user's /label corrections (weighted above the corpus).

    ``real``: True needs the real-post texts (``train --rebuild``: one line saying how to
    restore them when they are missing); None uses them when they are restored here."""
    from planner.stage.realdata import (
        AUTHORED_WEIGHT,
        CORRECTION_WEIGHT,
        RESTORE_HINT,
        load_real_posts,
        restored,
    )
    from planner.stage.train import corpus_path, load_labelled, split_corpus

    posts = [] if no_corpus else load_labelled([corpus_path()])
    train_posts, test_posts = split_corpus(posts)
    for p in train_posts:
        p.extra.update(weight=str(AUTHORED_WEIGHT), domain="authored")
    if not no_corpus and (real or (real is None and restored())):
        train_posts += load_real_posts()
    elif not no_corpus:
        say(f"the real-post texts are not restored: training on the authored corpus only; {RESTORE_HINT}")
    if labeled:
        train_posts += load_labelled(list(labeled))
    if corrections and labels_path().is_file():
        say(f"including your corrections from {labels_path()}")
        for p in load_labelled([str(labels_path())]):
            p.extra.update(weight=str(CORRECTION_WEIGHT), domain="corrections")
            train_posts.append(p)
    return train_posts, test_posts


def train_user_model(labeled: list[str], *, output: str | None = None, force: bool = False,
                     no_corpus: bool = False, seed: int = 7, say: Say = _quiet):
    """``planner train``: a model trained on the corpus, ``labeled`` and the user's corrections,
    saved to ``output`` or as the new version of the user model. One train at a time writes
    a model (a second says so in one line). Returns (path, metadata, result)."""
    from planner.stage.files import MODEL_NAME, meta_path, read_meta, user_model_path
    from planner.stage.modelset import model_lock
    from planner.stage.nlpfiles import verify_nlp
    from planner.stage.train import save_model, train

    path = Path(output) if output else None
    with model_lock(path or user_model_path()):
        if path is not None and not force:  # before the minutes of training, not after
            for p in (path, meta_path(path), path.with_suffix(".npz")):
                if p.exists():
                    raise PlannerError("already exists (use --force to replace it)", source=p)
        # the language files the features come from: the shipped model's, unchanged
        shipped = models_dir() / MODEL_NAME
        verify_nlp(read_meta(shipped), meta_path(shipped))
        train_posts, _test_posts = _training_posts(labeled, no_corpus=no_corpus,
                                                   corrections=True, say=say)
        result = train(train_posts, seed=seed, progress=say)
        path, meta = save_model(result, path, force=force)
    return path, meta, result


def rebuild_model(labeled: list[str], *, no_corpus: bool = False, seed: int = 7, say: Say = _quiet):
    """``planner train --rebuild``: the shipped model and its model card, from the corpus
    (and ``labeled``), never the user's corrections. Returns (path, result, held-out scores)."""
    from planner.stage.files import MODEL_NAME
    from planner.stage.model import load_model
    from planner.stage.train import (
        evaluate,
        leave_one_source_out,
        save_model,
        train,
        write_model_card,
    )

    from planner.stage.modelset import model_lock

    path = models_dir() / MODEL_NAME
    with model_lock(path):
        train_posts, test_posts = _training_posts(labeled, no_corpus=no_corpus,
                                                  corrections=False, say=say, real=True)
        result = train(train_posts, seed=seed, progress=say)
        say("leave-one-source-out evaluation")
        result.meta["leave_one_source_out"] = leave_one_source_out(train_posts, result.meta["C"])
        held = None
        if test_posts:
            save_model(result, path, force=True)  # evaluate the very file we ship
            held = evaluate(load_model(path), test_posts)
            result.meta["held_out"] = held
        _, meta = save_model(result, path, force=True)
        write_model_card(meta, held, models_dir() / "MODEL_CARD.md")
    return path, result, held
