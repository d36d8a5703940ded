"""Copy quality of planned calendars, with and without the planner's critic pass.

For every brief in benchmarks/briefs/ (or the one given with --brief) this plans a
calendar with a fixed seed through the library, lints it with the real rules
(platform, advertising and copy-critic rules, as `planner lint` does) and prints:

- posts planned / slots (a slot no template could fill is left empty and warned about);
- the share of posts with no finding at all;
- findings by rule, calendar-level findings (unused brief facts) and planner warnings.

Beside those figures it prints the same ones for a baseline: the calendar planned
with the planner's critic pass switched off (its ``post_findings`` and
``repetition_findings`` return nothing while planning), linted with the real rules
afterwards. The difference is what the critic filter buys. The previous commit's
templates are not available offline, so they cannot be the baseline.

    python benchmarks/copy_quality.py [--seed N] [--weeks N] [--brief PATH] [--show N]

No network; it reports and never asserts, so it exits 0 whatever it finds (a brief
that cannot be planned is reported as an error row).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import glob
import os
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))

#: the first day for a brief that gives no ``start`` (so results never depend on today)
FALLBACK_START = dt.date(2027, 3, 1)
EMPTY_SLOT = "slot left empty"


@dataclass
class Result:
    name: str
    posts: int = 0
    slots: int = 0
    clean: int = 0
    by_rule: Counter = field(default_factory=Counter)
    calendar: Counter = field(default_factory=Counter)
    empty: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    cal: object = None
    findings: list = field(default_factory=list)

    @property
    def share(self) -> float | None:
        return self.clean / self.posts if self.posts else None

    @property
    def slot_share(self) -> float | None:
        """Defect-free posts per slot: an empty slot counts as no usable post."""
        return self.clean / self.slots if self.slots else None

    @property
    def post_findings(self) -> int:
        return sum(self.by_rule.values())


# -- the library, looked up when run: the package is being restructured ---------------

_LIBRARY: dict[str, object] = {}


def _library():
    """The built-in templates, compiled once per run: compiling is most of a plan's time,
    and both sides of the comparison then use the very same template set."""
    if "lib" not in _LIBRARY:
        from planner.domain.platforms import load_platforms
        from planner.planning.render import TemplateLibrary

        _LIBRARY["lib"] = TemplateLibrary()
        _LIBRARY["platforms"] = load_platforms()
    return _LIBRARY["lib"], _LIBRARY["platforms"]


def _plan(brief, options):
    """(calendar, warnings): plan_calendar with the shared library, else make_calendar."""
    try:
        from planner.planning.plan import plan_calendar
    except ImportError:
        plan_calendar = None
    if plan_calendar is None:
        from planner.workflow import make_calendar

        return make_calendar(brief, [], options)
    library, platforms = _library()
    return plan_calendar(brief, library, options=options, platforms=platforms)


def _critic_modules():
    """Modules that call the critic while planning (not the critic itself, not lint)."""
    import planner.planning.plan  # noqa: F401  (loads the planning modules)
    from planner.planning import critic

    names = ("post_findings", "repetition_findings")
    out = []
    for mod_name, mod in list(sys.modules.items()):
        if mod is None or not mod_name.startswith("planner."):
            continue
        if mod_name in ("planner.planning.critic", "planner.planning.lint"):
            continue
        if any(getattr(mod, n, None) is getattr(critic, n) for n in names):
            out.append(mod)
    return out


@contextlib.contextmanager
def critic_off():
    """Planning without the critic pass: its two checks find nothing."""
    saved = []
    for mod in _critic_modules():
        for name in ("post_findings", "repetition_findings"):
            if hasattr(mod, name):
                saved.append((mod, name, getattr(mod, name)))
                setattr(mod, name, lambda *a, **k: [])
    try:
        yield [m.__name__ for m in {id(m): m for m, _, _ in saved}.values()]
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)


def run_one(path: str, seed: int, weeks: int) -> Result:
    from planner.domain.brief import load_brief
    from planner.planning.lint import lint_calendar
    from planner.planning.plan import PlanOptions

    try:
        _, platforms = _library()
    except Exception:  # noqa: BLE001 - reported by _plan below
        platforms = None

    name = os.path.splitext(os.path.basename(path))[0]
    res = Result(name)
    try:
        brief = load_brief(path)
        options = PlanOptions(weeks=weeks, seed=seed,
                              start=None if brief.start else FALLBACK_START)
        cal, warnings = _plan(brief, options)
        findings = lint_calendar(cal, brief, platforms=platforms)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
        res.error = f"{type(exc).__name__}: {exc}"
        if os.environ.get("PLANNER_DEBUG"):
            traceback.print_exc()
        return res
    res.cal = cal
    res.findings = findings
    res.posts = len(cal.posts)
    res.empty = sum(EMPTY_SLOT in w for w in warnings)
    res.slots = res.posts + res.empty
    res.warnings = [w for w in warnings if EMPTY_SLOT not in w]
    flagged = {f.post for f in findings if f.post}
    res.clean = res.posts - len(flagged)
    res.by_rule = Counter(f.rule for f in findings if f.post)
    res.calendar = Counter(f.rule for f in findings if not f.post)
    return res


# -- printing ---------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{100 * x:5.1f}%"


def _rules(c: Counter) -> str:
    return ", ".join(f"{r} {n}" for r, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) or "-"


def _cols(r: Result) -> str:
    if r.error:
        return f"{'error':>11} {'':>6} {'':>6} {'':>5} {'':>4} {'':>5}"
    return (f"{r.posts:>5}/{r.slots:<5} {_pct(r.share)} {_pct(r.slot_share)} {r.post_findings:>5} "
            f"{sum(r.calendar.values()):>4} {r.empty:>5}")


def print_report(pairs: list[tuple[Result, Result]], seed: int, weeks: int, patched: list[str],
                 seconds: float) -> None:
    w = max([len("brief")] + [len(a.name) for a, _ in pairs])
    head = f"{'posts/slots':>11} {'clean':>6} {'/slot':>6} {'finds':>5} {'cal':>4} {'empty':>5}"
    print(f"copy benchmark: {len(pairs)} brief(s), {weeks} week(s), seed {seed}")
    print("clean = share of planned posts with no lint finding (platform, advertising and "
          "copy-critic rules);\n/slot = defect-free posts per slot (an empty slot counts as "
          "not clean); finds = post findings;\ncal = calendar-level findings; empty = slots "
          "left empty (planner warnings)")
    base_note = ("critic off while planning (" + ", ".join(patched) + "), real rules after"
                 if patched else "critic could not be switched off: baseline equals critic on")
    print(f"baseline: {base_note}")
    print()
    print(f"{'':<{w}}  {'critic on':^{len(head)}}  |  {'baseline (critic off)':^{len(head)}}")
    print(f"{'brief':<{w}}  {head}  |  {head}")
    print("-" * (w + 2 * len(head) + 7))
    for on, off in pairs:
        print(f"{on.name:<{w}}  {_cols(on)}  |  {_cols(off)}")
    print("-" * (w + 2 * len(head) + 7))
    tot = []
    for side in (0, 1):
        rs = [p[side] for p in pairs if not p[side].error]
        posts = sum(r.posts for r in rs)
        t = Result("TOTAL", posts=posts, slots=sum(r.slots for r in rs),
                   clean=sum(r.clean for r in rs), empty=sum(r.empty for r in rs),
                   by_rule=sum((r.by_rule for r in rs), Counter()),
                   calendar=sum((r.calendar for r in rs), Counter()))
        tot.append(t)
    print(f"{'TOTAL':<{w}}  {_cols(tot[0])}  |  {_cols(tot[1])}")
    errors = sum(bool(p[0].error) for p in pairs)
    if errors:
        print(f"({errors} brief(s) could not be planned; they are left out of the total)")

    print()
    print("findings by rule (posts) and calendar-level findings, per brief:")
    for on, off in pairs:
        if on.error or off.error:
            print(f"  {on.name}: error: {on.error or off.error}")
            continue
        print(f"  {on.name}")
        print(f"    on : {_rules(on.by_rule)}  | calendar: {_rules(on.calendar)}")
        print(f"    off: {_rules(off.by_rule)}  | calendar: {_rules(off.calendar)}")
        for wmsg in on.warnings:
            print(f"    warning: {wmsg}")

    print()
    rules = sorted(set(tot[0].by_rule) | set(tot[1].by_rule) | set(tot[0].calendar)
                   | set(tot[1].calendar))
    rw = max([len("rule")] + [len(r) for r in rules])
    print("totals by rule:")
    print(f"  {'rule':<{rw}}  {'level':<8} {'on':>5} {'off':>5}")
    for r in sorted(rules, key=lambda r: -(tot[1].by_rule[r] + tot[1].calendar[r])):
        if tot[0].by_rule[r] or tot[1].by_rule[r]:
            print(f"  {r:<{rw}}  {'post':<8} {tot[0].by_rule[r]:>5} {tot[1].by_rule[r]:>5}")
        if tot[0].calendar[r] or tot[1].calendar[r]:
            print(f"  {r:<{rw}}  {'calendar':<8} {tot[0].calendar[r]:>5} {tot[1].calendar[r]:>5}")
    print()
    for label, t in (("critic on", tot[0]), ("baseline ", tot[1])):
        print(f"TOTAL {label}: {t.posts}/{t.slots} posts, {_pct(t.share).strip()} defect-free "
              f"({_pct(t.slot_share).strip()} of slots), {t.post_findings} post findings, "
              f"{sum(t.calendar.values())} calendar findings, {t.empty} empty slots")
    print(f"({seconds:.1f} s)")


def print_posts(r: Result, n: int) -> None:
    if r.cal is None or n <= 0:
        return
    print()
    print(f"=== {r.name}: first {min(n, len(r.cal.posts))} of {len(r.cal.posts)} posts "
          "(critic on) ===")
    by_post: dict[int, list] = {}
    for f in r.findings:
        by_post.setdefault(f.post, []).append(f)
    for i, post in enumerate(r.cal.posts[:n], start=1):
        print(f"--- post {i}: {post.date} {post.time} {post.platform} {post.stage} "
              f"[{post.template}] {post.format}")
        if getattr(post, "title", ""):
            print(f"    title: {post.title}")
        for line in post.text.splitlines() or [""]:
            print("    | " + line)
        if post.hashtags:
            print("    tags: " + " ".join(post.hashtags))
        if post.cta:
            print(f"    cta: {post.cta}")
        for f in by_post.get(i, []):
            print(f"    !! {f.rule}: {f.message}")
    for f in by_post.get(0, []):
        print(f"    !! calendar: {f.rule}: {f.message}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0, help="planning seed (default 0)")
    ap.add_argument("--weeks", type=int, default=4, help="weeks per calendar (default 4)")
    ap.add_argument("--brief", action="append", metavar="PATH",
                    help="run only this brief (may be repeated); default: benchmarks/briefs/*.toml")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print the first N posts of each calendar with their findings")
    args = ap.parse_args(argv)
    paths = args.brief or sorted(glob.glob(os.path.join(HERE, "briefs", "*.toml")))
    if not paths:
        print("no briefs found", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    pairs = []
    patched: list[str] = []
    for path in paths:
        on = run_one(path, args.seed, args.weeks)
        with critic_off() as names:
            off = run_one(path, args.seed, args.weeks)
        patched = names
        pairs.append((on, off))
    print_report(pairs, args.seed, args.weeks, patched, time.perf_counter() - t0)
    for on, _ in pairs:
        print_posts(on, args.show)
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except SystemExit:  # argparse usage errors keep their status
        raise
    except Exception:  # noqa: BLE001 - report, never fail
        traceback.print_exc()
        code = 0
    sys.exit(code)
