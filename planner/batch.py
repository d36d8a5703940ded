"""Agency mode: one calendar and one coverage report per client folder, clients in parallel.

A client folder holds ``brief.toml``, optional posts files (``posts*.csv|jsonl|json|txt|md``
or anything in ``posts/``), an optional ``templates/`` folder and an optional
``platforms.toml`` overriding platform facts. Each gets
``calendar.toml``, ``report.md``, ``calendar.ics`` and, with several platforms, one
``calendar-<platform>.ics`` per platform. A broken client is reported by name and
never stops the others, not even one whose worker process dies. Nothing outside a
client's folder is read or written: a link leading out of it is refused. A client's posts
files together stay within the folder limit (:data:`planner.io.archive.MAX_FOLDER_TOTAL_BYTES`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from planner.errors import PlannerError

POST_SUFFIXES = {".csv", ".jsonl", ".json", ".txt", ".md"}


@dataclass
class ClientResult:
    name: str
    ok: bool
    posts: int = 0
    planned: int = 0
    gaps: tuple[str, ...] = ()
    message: str = ""
    #: warnings of templates a render limit stopped, said on the console with the client
    stopped: tuple[str, ...] = ()


def find_clients(root: Path) -> list[Path]:
    if not root.is_dir():
        raise PlannerError("is not a folder", source=root)
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "brief.toml").is_file())


def posts_files(client: Path) -> list[Path]:
    files = [p for p in sorted(client.iterdir())
             if p.is_file() and p.name.lower().startswith("posts") and p.suffix.lower() in POST_SUFFIXES]
    sub = client / "posts"
    if sub.is_dir():
        files += [p for p in sorted(sub.iterdir()) if p.is_file() and p.suffix.lower() in POST_SUFFIXES]
    return files


def check_inside(client: Path, reads: list[Path], writes: list[Path]) -> None:
    """Refuse a client whose folder, or any file or folder batch would read or write in
    it, is a link leading outside it (the rule the export-folder scan follows,
    :func:`planner.fileio.resolves_inside`): nothing outside a client's folder is read."""
    from planner.fileio import resolves_inside

    root = client.parent
    if not resolves_inside(client, root):
        raise PlannerError(f"refused: a link to {os.path.realpath(client)}, outside {root}",
                           source=client)
    for path in reads:
        if os.path.exists(path) and not resolves_inside(path, client):
            raise PlannerError(f"refused: a link to {os.path.realpath(path)}, outside the client "
                               "folder; nothing was read from it", source=path)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                for name in dirnames + filenames:
                    entry = Path(dirpath) / name
                    if os.path.exists(entry) and not resolves_inside(entry, client):
                        raise PlannerError(f"refused: a link to {os.path.realpath(entry)}, outside "
                                           "the client folder; nothing was read from it",
                                           source=entry)
    for path in writes:
        if os.path.islink(path) and not resolves_inside(path, client, must_exist=False):
            raise PlannerError(f"refused: a link to {os.path.realpath(path)}, outside the client "
                               "folder; nothing was written to it", source=path)


def check_posts_total(client: Path, files: list[Path]) -> None:
    """Refuse a client whose posts files come to more than the folder limit together
    (:data:`planner.io.archive.MAX_FOLDER_TOTAL_BYTES`; each file is also within the input
    limit, counted as it is read), before any is read."""
    from planner.io import archive

    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue  # reading it names the file
    if total > archive.MAX_FOLDER_TOTAL_BYTES:
        raise archive.folder_too_large(client, "its posts files")


def run_client(client: Path, *, force: bool, dry_run: bool, seed: int,
               start: dt.date | None, written_since: float | None = None) -> ClientResult:
    """Plan one client; every failure comes back as a result, never an exception.
    ``written_since`` (a time): outputs modified since then were written by this run,
    and are replaced without ``force`` (a client run again after its worker died)."""
    from planner.domain.brief import load_brief
    from planner.domain.calendar import calendar_to_toml
    from planner.fileio import check_target, write_atomic
    from planner.planning.plan import PlanOptions
    from planner.planning.render import stopped_warnings
    from planner.planning.report import to_markdown
    from planner.workflow import Classified, make_calendar, stream_report

    name = client.name
    try:
        cal_path, rep_path = client / "calendar.toml", client / "report.md"
        tdir, plat = client / "templates", client / "platforms.toml"
        check_inside(client, [client / "brief.toml", plat, tdir, client / "posts"],
                     [cal_path, rep_path])
        brief = load_brief(str(client / "brief.toml"))
        ics_paths = {None: client / "calendar.ics"}
        if len(brief.platforms) > 1:
            ics_paths.update({p: client / f"calendar-{p}.ics" for p in brief.platforms})
        files = posts_files(client)
        check_inside(client, files, list(ics_paths.values()))
        check_posts_total(client, files)
        for p in (cal_path, rep_path, *ics_paths.values()):
            check_target(p, force=force or _written_since(p, written_since))
        report = stream_report([str(f) for f in files], brief) if files else None
        classified = Classified([], [], report.coverage, report.model_id) if report else None
        cal, warnings = make_calendar(brief, [], PlanOptions(seed=seed, start=start),
                                      template_dirs=[str(tdir)] if tdir.is_dir() else [],
                                      platforms_path=str(plat) if plat.is_file() else None,
                                      classified=classified)
        if report is not None:
            text = to_markdown(report)
        else:
            text = "# Stage coverage\n\nNo existing posts were given: the plan follows the target mix.\n"
        text += _plan_summary(cal, warnings)
        if not dry_run:
            from planner.planning.exports import export

            outputs = [(cal_path, calendar_to_toml(cal)), (rep_path, text)]
            outputs += [(path, export(cal, "ics", platform=platform))
                        for platform, path in ics_paths.items()]
            for path, content in outputs:
                write_atomic(path, content, force=force or _written_since(path, written_since))
        return ClientResult(name, True, report.coverage.posts if report else 0, len(cal.posts),
                            tuple(report.coverage.gaps) if report else (), "; ".join(warnings),
                            stopped=tuple(stopped_warnings(warnings)))
    except PlannerError as exc:
        return ClientResult(name, False, message=str(exc))
    except Exception as exc:  # noqa: BLE001 - one client's bug must not stop the agency's run
        return ClientResult(name, False, message=f"internal error: {type(exc).__name__}: {exc}")


def _written_since(path: Path, since: float | None) -> bool:
    try:
        return since is not None and os.stat(path).st_mtime >= since
    except OSError:
        return False


def _plan_summary(cal, warnings: list[str]) -> str:
    from planner.domain.funnel import STAGES

    lines = ["", "## Plan", "", f"{len(cal.posts)} posts from {cal.start} to {cal.end}.", "",
             "| stage | planned |", "|---|---:|"]
    for s in STAGES:
        lines.append(f"| {s} | {sum(p.stage == s for p in cal.posts)} |")
    if warnings:
        lines += ["", "Warnings:", ""] + [f"- {w}" for w in warnings]
    return "\n".join(lines) + "\n"


def run_batch(root: Path, *, force: bool = False, dry_run: bool = False, seed: int = 0,
              start: dt.date | None = None, jobs: int = 0,
              say: Callable[[str], None] = print, out: Callable[[str], None] = print) -> int:
    """Run every client; returns the number that failed."""
    clients = find_clients(root)
    if not clients:
        raise PlannerError("no client folders with a brief.toml", source=root)
    jobs = jobs or min(len(clients), os.cpu_count() or 1)
    results: list[ClientResult] = []
    kwargs = {"force": force, "dry_run": dry_run, "seed": seed, "start": start}

    def done(result: ClientResult) -> None:
        results.append(result)
        say(_progress(len(results), len(clients), result))

    if jobs <= 1 or len(clients) == 1:
        for c in clients:
            done(run_client(c, **kwargs))
    else:
        _run_parallel(clients, jobs, kwargs, done, say)
    results.sort(key=lambda r: r.name)
    width = max(len(r.name) for r in results)
    out(f"{'client':<{width}}  status  posts  planned  gaps")
    for r in results:
        status = "ok" if r.ok else "FAILED"
        out(f"{r.name:<{width}}  {status:<6}  {r.posts:>5}  {r.planned:>7}  {', '.join(r.gaps)}")
    for r in results:
        for w in r.stopped:
            say(f"planner: {r.name}: warning: {w}")
    failed = [r for r in results if not r.ok]
    for r in failed:
        say(f"planner: {r.name}: {r.message}")
    ok = len(results) - len(failed)
    verb = "would write" if dry_run else "wrote"
    what = f" ({verb} calendar.toml, report.md and ics files)" if ok else ""
    say(f"{ok} of {len(results)} clients ok{what}")
    return len(failed)


#: What a client whose worker process died is reported with.
WORKER_DIED = ("its worker process died while planning it (killed, out of memory or crashed); "
               "the other clients were planned")


def _run_parallel(clients: list[Path], jobs: int, kwargs: dict,
                  done: Callable[[ClientResult], None], say: Callable[[str], None]) -> None:
    """Clients in worker processes. When one dies (BrokenProcessPool: every worker is
    then stopped), the clients left without a result run again, each in a process of
    its own, so the one whose worker dies is named and the others finish. Workers
    ignore Ctrl-C; the main process stops them and re-raises it."""
    import time
    from concurrent.futures.process import BrokenProcessPool

    since = time.time()
    left = list(clients)
    pool = _pool(jobs)
    try:
        futures = {pool.submit(run_client, c, **kwargs): c for c in clients}
        try:
            for fut in as_completed(futures):
                result = fut.result()
                left.remove(futures[fut])
                done(result)
        except BrokenProcessPool:
            for fut, c in futures.items():
                if c in left and fut.done() and fut.exception() is None:
                    left.remove(c)
                    done(fut.result())
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    if left:
        say(f"a worker process died: planning the {len(left)} client(s) left without a result "
            "again, each in a process of its own")
    for c in left:
        done(_run_alone(c, {**kwargs, "written_since": since}))


def _run_alone(client: Path, kwargs: dict) -> ClientResult:
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1)
    try:
        return pool.submit(run_client, client, **kwargs).result()
    except BrokenProcessPool:
        return ClientResult(client.name, False, message=WORKER_DIED)
    except BaseException:
        _stop(pool)
        raise
    finally:
        pool.shutdown(wait=True)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_signals)


def _worker_signals() -> None:
    """In a worker: Ctrl-C is the main process's to handle (no traceback per worker), and
    when it stops the worker (SIGTERM), a file being written leaves no temporary file."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stopped)


def _stopped(_signum, _frame) -> None:
    from planner.fileio import remove_unfinished_writes

    remove_unfinished_writes()
    os._exit(143)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: pending clients cancelled, running workers terminated (their
    writes are atomic: a file is whole or not there)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _progress(i: int, n: int, r: ClientResult) -> str:
    filled = round(20 * i / n)
    return f"[{'#' * filled}{'.' * (20 - filled)}] {i}/{n} {r.name} {'ok' if r.ok else 'failed'}"
