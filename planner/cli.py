"""The scriptable CLI: each command parses its options, runs a use case of
:mod:`planner.workflow` (or a core step) and prints the result.

Data goes to stdout, messages to stderr. Bad input is one line on stderr and exit 1;
wrong usage is exit 2 (click's own).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from pathlib import Path

import click

from planner import __version__
from planner.domain.vocabularies import (
    CLASSIFY_FORMATS,
    EXPORT_FORMATS,
    INPUT_FORMATS,
    REPORT_FORMATS,
)
from planner.errors import PlannerError


def _say(msg: str) -> None:
    click.echo(msg, err=True)


class StdoutFailed(PlannerError):
    """Standard output cannot be written (a full disk, /dev/full, a closed terminal)."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(f"cannot write to standard output: {exc.strerror or exc}")


def _out(text: str, nl: bool = True, *, plain: bool = False) -> None:
    """Write to stdout: through click.echo (which drops terminal escape codes when stdout
    is not a terminal), or as it is with ``plain``; a failed write is one line, not a traceback."""
    try:
        if plain:
            sys.stdout.write(text)
        else:
            click.echo(text, nl=nl)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StdoutFailed(exc) from None


def _emit(text: str, output: str | None, force: bool = False) -> None:
    """Write to ``output`` atomically (never replacing without --force), else stdout."""
    if output and output != "-":
        from planner.fileio import write_atomic

        write_atomic(output, text, force=force)
        _say(f"wrote {output}")
    else:
        _out(text, nl=not text.endswith("\n"))


def _date(_ctx, _param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
    from planner.domain.facts import date_out_of_range

    if date_out_of_range(day):
        raise PlannerError(f"--start: {date_out_of_range(day)}")
    return day


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planner")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Plan social media content across the funnel. Without a command, opens the chat."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(chat)


@cli.command()
@click.option("--brief", "brief_path", type=click.Path(), help="Brief TOML to start from.")
@click.option("--posts", "posts_paths", multiple=True, type=click.Path(), help="Existing posts to load.")
@click.option("--calendar", "calendar_path", type=click.Path(), help="A saved calendar to open.")
@click.option("--demo", is_flag=True, help="Start on the built-in demo brief and posts.")
def chat(brief_path, posts_paths, calendar_path, demo) -> None:
    """Open the chat TUI, optionally preloaded."""
    from planner.tui.app import create_app

    if brief_path:
        from planner.domain.brief import load_brief

        load_brief(brief_path)  # fail fast with one line before the screen opens
    if calendar_path:
        from planner.domain.calendar import load_calendar

        load_calendar(calendar_path)
    app = create_app(brief=brief_path, posts=list(posts_paths), calendar=calendar_path, demo=demo)
    app.run()


@cli.command()
@click.argument("text")
@click.option("-o", "--output", type=click.Path(), help="Write the brief TOML here.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
def brief(text: str, output: str | None, force: bool) -> None:
    """Parse a free-text product brief (or - for stdin) and print it as brief TOML."""
    from planner.brief import parse_brief_text
    from planner.domain.brief import brief_to_toml

    if text == "-":
        text = sys.stdin.read()
    result = parse_brief_text(text)
    if not result.brief.product:
        raise PlannerError("could not find the product in the text "
                           "(say what you sell, e.g. \"we sell soy candles\")")
    _emit(brief_to_toml(result.brief), output, force)


def _load_model(model_path: str | None):
    from planner.stage.model import load_model

    return load_model(model_path)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(CLASSIFY_FORMATS), default="table",
              show_default=True)
@click.option("--model", "model_path", type=click.Path(), help="Stage model file (.skops).")
@click.option("--explain", is_flag=True, help="Show the words and cues behind each stage.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS),
              help="Format of posts read from stdin (-).")
def classify(files, fmt, model_path, explain, input_format) -> None:
    """Funnel stage of every post."""
    from planner.workflow import classify_files

    if "-" in files and not input_format:
        raise click.UsageError("reading posts from stdin (-) needs --input-format")
    # The table and JSON go through click.echo (which drops terminal escape codes when
    # stdout is not a terminal); CSV rows are written as they are.
    write = functools.partial(_out, nl=False, plain=fmt == "csv")
    for text in classify_files(list(files), fmt, explain=explain, model_path=model_path,
                               input_format=input_format):
        write(text)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--brief", "brief_path", type=click.Path(), help="Brief whose target mix to use.")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS),
              default="text", show_default=True)
@click.option("-o", "--output", type=click.Path())
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@click.option("--model", "model_path", type=click.Path())
@click.option("--funnel", default="five-stage", show_default=True,
              help="Stage vocabulary: five-stage, three-stage or micromoments.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS))
def report(files, brief_path, fmt, output, force, model_path, funnel, input_format) -> None:
    """Stage coverage and gaps of existing posts."""
    from planner.domain.brief import load_brief
    from planner.domain.funnel import framework
    from planner.planning.report import render_report
    from planner.workflow import stream_report

    framework(funnel)
    the_brief = load_brief(brief_path) if brief_path else None
    rep = stream_report(list(files), the_brief, model_path=model_path, input_format=input_format,
                        funnel=funnel)
    if rep is None:
        raise PlannerError("no posts found", source=", ".join(files))
    if fmt == "text" and not output and sys.stdout.isatty():
        from rich.console import Console

        from planner.planning.report import to_rich

        console = Console()
        for part in to_rich(rep):
            console.print(part)
        return
    _emit(render_report(rep, fmt), output, force)


@cli.command()
@click.option("--brief", "brief_path", type=click.Path(), help="Brief TOML.")
@click.option("--posts", "posts_paths", multiple=True, type=click.Path(),
              help="Existing posts whose gaps the plan fills.")
@click.option("--weeks", type=click.IntRange(1, 52))
@click.option("--start", callback=_date, help="First day, YYYY-MM-DD (default: next Monday).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--templates", "template_dirs", multiple=True, type=click.Path(),
              help="Your own templates folder (adds or overrides by id).")
@click.option("--funnel", default="five-stage", show_default=True)
@click.option("--platforms", "platforms_path", type=click.Path(), help="Platform facts override TOML.")
@click.option("-o", "--output", type=click.Path(), help="Write the calendar here (default stdout).")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@click.option("--update", "update_path", type=click.Path(),
              help="Regenerate the draft posts of this calendar, keeping approved and posted ones.")
@click.option("--model", "model_path", type=click.Path())
def plan(brief_path, posts_paths, weeks, start, seed, template_dirs, funnel, platforms_path,
         output, force, update_path, model_path) -> None:
    """Write a content calendar as TOML."""
    from planner.domain.brief import load_brief
    from planner.domain.calendar import calendar_to_toml
    from planner.planning.plan import PlanOptions
    from planner.workflow import PlanRequest, make_calendar, read_update_request

    if update_path:
        request = read_update_request(update_path, brief_path, weeks=weeks, start=start, seed=seed,
                                      funnel=funnel, new_posts=bool(posts_paths))
        if output is None:
            output, force = update_path, True
    else:
        if not brief_path:
            raise click.UsageError("plan needs --brief (or --update CAL)")
        request = PlanRequest(load_brief(brief_path),
                              PlanOptions(weeks=weeks, start=start, seed=seed, funnel=funnel))
    if output and output != "-":
        from planner.fileio import check_target

        check_target(output, force=force)  # before the work, not after it
    cal, warnings = make_calendar(request.brief, list(posts_paths), request.options,
                                  template_dirs=list(template_dirs), platforms_path=platforms_path,
                                  model_path=model_path, classified=request.classified)
    for w in warnings:
        _say(f"warning: {w}")
    _emit(calendar_to_toml(cal), output, force)


@cli.command()
@click.argument("calendar_path", metavar="CAL")
@click.option("--brief", "brief_path", type=click.Path(), help="Check offers against this brief.")
@click.option("--platforms", "platforms_path", type=click.Path())
def lint(calendar_path, brief_path, platforms_path) -> None:
    """Check a calendar against platform limits and the funnel rules (docs/funnel.md)."""
    from planner.domain.calendar import brief_of, load_calendar
    from planner.domain.platforms import load_platforms
    from planner.planning.lint import lint_calendar

    cal = load_calendar(calendar_path)
    the_brief = brief_of(cal, calendar_path, brief_path)
    findings = lint_calendar(cal, the_brief, platforms=load_platforms(platforms_path))
    for f in findings:
        _out(f.line(calendar_path))
    if findings:
        _say(f"{len(findings)} finding(s) in {len(cal.posts)} posts")
        sys.exit(1)
    _say(f"{calendar_path}: {len(cal.posts)} posts, no findings")


@cli.command()
@click.argument("calendar_path", metavar="CALENDAR")
@click.option("--to", "fmt", required=True,
              type=click.Choice(EXPORT_FORMATS))
@click.option("-o", "--output", type=click.Path())
@click.option("--force", is_flag=True)
@click.option("--platform", help="Only this platform's posts (Hootsuite and Sprout want one file per profile).")
def export(calendar_path, fmt, output, force, platform) -> None:
    """Convert a calendar for other tools."""
    from planner.domain.calendar import load_calendar
    from planner.planning.exports import export as do_export

    cal = load_calendar(calendar_path)
    try:
        text = do_export(cal, fmt, platform=platform)
    except PlannerError as exc:
        raise PlannerError(str(exc), source=calendar_path) from None
    _emit(text, output, force)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.argument("number", metavar="N")
@click.argument("stage")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS),
              help="Format of posts read from stdin (-).")
def label(files, number, stage, input_format) -> None:
    """Set the right STAGE of post N of FILE… (counted from 1, as `report` numbers them);
    kept for the next `planner train`."""
    from planner.chat.labels import append_label
    from planner.domain.funnel import parse_stage
    from planner.userdata import labels_path
    from planner.workflow import nth_post

    if "-" in files and not input_format:
        raise click.UsageError("reading posts from stdin (-) needs --input-format")
    stage = parse_stage(stage, source="planner label")
    post = nth_post(list(files), number, input_format=input_format)
    append_label(labels_path(), post.text, stage)
    first = " ".join(post.text.split())
    _say(f"post {number}: {stage} ({first[:60]}{'…' if len(first) > 60 else ''}); kept in "
         f"{labels_path()} for the next `planner train`")


@cli.command()
@click.argument("labeled", nargs=-1)
@click.option("-o", "--output", type=click.Path(), help="Model file to write (default: your user model).")
@click.option("--force", is_flag=True, help="Replace an existing model file.")
@click.option("--rebuild", is_flag=True, help="Rebuild the shipped model and model card from the corpus.")
@click.option("--no-corpus", is_flag=True, help="Train on the given files only.")
@click.option("--seed", type=int, default=7, show_default=True)
def train(labeled, output, force, rebuild, no_corpus, seed) -> None:
    """Train the stage model on text,stage data (on top of the shipped corpus)."""
    from planner.workflow import rebuild_model, train_user_model

    if output and Path(output).exists() and not force and not rebuild:
        raise PlannerError("already exists (use --force to replace it)", source=output)
    if rebuild:
        path, result, held = rebuild_model(list(labeled), no_corpus=no_corpus, seed=seed, say=_say)
        _say(f"rebuilt {path} (cv macro-F1 {result.cv['macro_f1']:.3f}"
             + (f", held-out macro-F1 {held['macro_f1']:.3f})" if held else ")"))
        return
    path, meta, result = train_user_model(list(labeled), output=output, force=force,
                                          no_corpus=no_corpus, seed=seed, say=_say)
    _say(f"wrote {path} ({meta['id']}, cv macro-F1 {result.cv['macro_f1']:.3f})")


@cli.command()
@click.argument("labeled", nargs=-1, required=True)
@click.option("--model", "model_path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def evaluate(labeled, model_path, fmt) -> None:
    """Accuracy, macro-F1, per-stage precision/recall and the confusion matrix."""
    from planner.stage.train import evaluate as do_evaluate
    from planner.stage.train import format_evaluation, load_labelled

    posts = load_labelled(list(labeled))
    result = do_evaluate(_load_model(model_path), posts)
    _out(json.dumps(result, indent=2) if fmt == "json" else format_evaluation(result))


@cli.command()
@click.argument("directory", metavar="DIR", type=click.Path())
@click.option("--force", is_flag=True, help="Replace existing calendar.toml and report.md files.")
@click.option("--dry-run", is_flag=True, help="Show what would be written.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--start", callback=_date)
@click.option("--jobs", type=int, default=0, help="Worker processes (default: cores).")
def batch(directory, force, dry_run, seed, start, jobs) -> None:
    """Agency mode: a calendar.toml and report.md for every client folder with a brief.toml."""
    from planner.batch import run_batch

    failed = run_batch(Path(directory), force=force, dry_run=dry_run, seed=seed, start=start,
                       jobs=jobs, say=_say, out=_out)
    if failed:
        sys.exit(1)


def expand_multi(argv: list[str]) -> list[str]:
    """Let ``--posts a.csv b.csv`` mean ``--posts a.csv --posts b.csv`` (the FILE… of docs/reference.md).

    Only `plan` and `chat` take --posts and neither has positional arguments, so every
    word after --posts up to the next option is a posts file.
    """
    out: list[str] = []
    in_posts = False
    for arg in argv:
        if arg in ("--posts", "--templates"):
            in_posts = arg
            out.append(arg)
            continue
        if in_posts and not arg.startswith("-") and out and out[-1] != in_posts:
            out += [in_posts, arg]
            continue
        if arg.startswith("-"):
            in_posts = False
        out.append(arg)
    return out


def main() -> None:
    """Entry point: one line on stderr and exit 1 for bad input, never a traceback."""
    try:
        args = sys.argv[1:]
        if args and args[0] in ("plan", "chat"):
            args = expand_multi(args)
        cli.main(args=args, prog_name="planner", standalone_mode=False)
        _flush_stdout()
    except PlannerError as exc:
        if isinstance(exc, StdoutFailed):
            _drop_stdout()
        _say(f"planner: {exc}")
        sys.exit(1)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            _say("planner: interrupted")
            sys.exit(130)
        _say("planner: aborted")
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _say("planner: interrupted")
        sys.exit(130)
    except BrokenPipeError:  # the reader went away (`planner classify … | head`): not an error
        _drop_stdout()
        sys.exit(0)
    except Exception as exc:  # a bug: still one line, traceback on request
        if isinstance(exc, OSError) and _raised_writing_stdout(exc):
            # click's own writes (--help, --version) to a stdout that cannot take them
            _drop_stdout()
            _say(f"planner: {StdoutFailed(exc)}")
            sys.exit(1)
        if os.environ.get("PLANNER_DEBUG"):
            raise
        _say(f"planner: internal error: {type(exc).__name__}: {exc} (PLANNER_DEBUG=1 shows details)")
        sys.exit(1)


def _raised_writing_stdout(exc: OSError) -> bool:
    """Whether ``exc`` came from click writing to stdout (its ``echo`` without ``err``): the
    help and version texts, which click prints itself, not through :func:`_out`."""
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if (frame.f_code.co_name == "echo" and frame.f_globals.get("__name__") == "click.utils"
                and not frame.f_locals.get("err")):
            return True
        tb = tb.tb_next
    return False


def _flush_stdout() -> None:
    """Flush what is buffered for stdout now, so a failure is reported, not lost at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StdoutFailed(exc) from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's own flush at exit has nothing to fail on."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a file (a test's capture): nothing is flushed at exit
