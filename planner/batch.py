"""Agency mode: one calendar and one coverage report per client folder, clients in parallel.

A client folder holds ``brief.toml``, optional posts files (``posts*.csv|jsonl|json|txt|md``
or anything in ``posts/``), an optional ``templates/`` folder and an optional
``platforms.toml`` overriding platform facts. Each gets
``calendar.toml``, ``report.md``, ``calendar.ics`` and, with several platforms, one
``calendar-<platform>.ics`` per platform. A broken client is reported by name and
never stops the others.
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


def run_client(client: Path, *, force: bool, dry_run: bool, seed: int,
               start: dt.date | None) -> ClientResult:
    """Plan one client; every failure comes back as a result, never an exception."""
    from planner.domain.brief import load_brief
    from planner.domain.calendar import calendar_to_toml
    from planner.fileio import write_atomic
    from planner.planning.plan import PlanOptions
    from planner.planning.render import stopped_warnings
    from planner.planning.report import to_markdown
    from planner.workflow import coverage_report, load_and_classify, make_calendar

    name = client.name
    try:
        cal_path, rep_path = client / "calendar.toml", client / "report.md"
        brief = load_brief(str(client / "brief.toml"))
        ics_paths = {None: client / "calendar.ics"}
        if len(brief.platforms) > 1:
            ics_paths.update({p: client / f"calendar-{p}.ics" for p in brief.platforms})
        for p in (cal_path, rep_path, *ics_paths.values()):
            if p.exists() and not force:
                raise PlannerError("already exists (use --force to replace it)", source=p)
        files = posts_files(client)
        classified = load_and_classify([str(f) for f in files], brief) if files else None
        tdir = client / "templates"
        plat = client / "platforms.toml"
        cal, warnings = make_calendar(brief, [], PlanOptions(seed=seed, start=start),
                                      template_dirs=[str(tdir)] if tdir.is_dir() else [],
                                      platforms_path=str(plat) if plat.is_file() else None,
                                      classified=classified)
        if classified is not None:
            report = to_markdown(coverage_report(classified))
        else:
            report = "# Stage coverage\n\nNo existing posts were given: the plan follows the target mix.\n"
        report += _plan_summary(cal, warnings)
        if not dry_run:
            from planner.planning.exports import export

            write_atomic(cal_path, calendar_to_toml(cal), force=force)
            write_atomic(rep_path, report, force=force)
            for platform, path in ics_paths.items():
                write_atomic(path, export(cal, "ics", platform=platform), force=force)
        return ClientResult(name, True, len(classified.posts) if classified else 0, len(cal.posts),
                            tuple(classified.coverage.gaps) if classified else (),
                            "; ".join(warnings), tuple(stopped_warnings(warnings)))
    except PlannerError as exc:
        return ClientResult(name, False, message=str(exc))
    except Exception as exc:  # noqa: BLE001 - one client's bug must not stop the agency's run
        return ClientResult(name, False, message=f"internal error: {type(exc).__name__}: {exc}")


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
    if jobs <= 1 or len(clients) == 1:
        for i, c in enumerate(clients, start=1):
            results.append(run_client(c, **kwargs))
            say(_progress(i, len(clients), results[-1]))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(run_client, c, **kwargs): c for c in clients}
            for i, fut in enumerate(as_completed(futures), start=1):
                results.append(fut.result())
                say(_progress(i, len(clients), results[-1]))
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


def _progress(i: int, n: int, r: ClientResult) -> str:
    filled = round(20 * i / n)
    return f"[{'#' * filled}{'.' * (20 - filled)}] {i}/{n} {r.name} {'ok' if r.ok else 'failed'}"
