"""The chat's brain: ``ChatSession.respond(text)`` turns a message into a reply.

Plain Python over the core, no Textual: the TUI calls it from a worker thread and
shows the reply; tests call it directly. Free text updates the brief; slash
commands load posts, report, plan, save, export, open, label, explain and lint.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.funnel import STAGES, parse_stage
from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.domain.brief import Brief
    from planner.domain.calendar import Calendar

# The brief, calendar and TOML modules load on first use: the chat's first frame
# should not wait for them.

DEFAULT_DIR = Path("content_calendar")

COMMANDS: dict[str, str] = {
    "/help": "list the commands",
    "/brief": "show the brief as understood so far",
    "/posts PATH": "load and classify existing posts",
    "/report": "stage coverage and gaps of the loaded posts",
    "/plan [WEEKS]": "generate the calendar",
    "/save [PATH]": "write the calendar TOML (default: content_calendar/)",
    "/save-brief PATH": "write the brief TOML",
    "/export FORMAT PATH [PLATFORM]": "ics, csv, markdown, hootsuite or sprout (one platform each)",
    "/open PATH": "open a saved calendar",
    "/label N STAGE": "correct the stage of loaded post N (kept for the next train)",
    "/explain N": "why post N got its stage",
    "/lint": "check the calendar against platform limits and the rules",
    "/calendar": "list the planned posts by week (ctrl+l opens the calendar view)",
    "/show N": "the full text of planned post N",
    "/approve N": "mark planned post N approved (kept by plan --update)",
    "/regen N": "a new variant of planned post N",
    "/delete N": "remove planned post N",
    "/restore": "bring back the session autosaved when the chat last closed",
    "/quit": "leave (also ctrl+q)",
}


class Reply:
    """One assistant turn. A plain class: this module is on the chat's start-up path."""

    __slots__ = ("text", "error", "quit", "changed")

    def __init__(self, text: str, error: bool = False, quit: bool = False,
                 changed: set[str] | None = None) -> None:
        self.text = text
        self.error = error
        self.quit = quit
        #: which parts of the session changed: "brief", "posts", "calendar"
        self.changed: set[str] = changed if changed is not None else set()

    def __repr__(self) -> str:
        return f"Reply({self.text!r}, error={self.error}, quit={self.quit}, changed={self.changed})"


def _empty_brief() -> Brief:
    from planner.domain.brief import Brief

    return Brief(product="")


class ChatSession:
    """The state one chat works on: the brief, loaded posts, the calendar in progress."""

    def __init__(self, brief: Brief | None = None, *, seed: int = 0,
                 template_dirs: list[str] | None = None) -> None:
        #: the brief as understood so far
        self.brief: Brief = brief if brief is not None else _empty_brief()
        #: posts loaded with /posts, and their classification and coverage
        self.posts: list = []
        self.classified = None
        #: the calendar in progress and where it was last saved or opened
        self.calendar: Calendar | None = None
        self.calendar_path: Path | None = None
        self.seed = seed
        #: the calendar changed since it was last saved
        self.unsaved = False
        self.template_dirs: list[str] = list(template_dirs or [])
        #: called as progress(done, total) while posts are classified (the TUI shows it)
        self.progress = None
        self._quit_warned = False
        self._variant = 0

    # ---- entry point -------------------------------------------------------------------
    def respond(self, text: str) -> Reply:
        text = text.strip()
        if not text:
            return Reply("Tell me about your product, or type /help.")
        try:
            if text.startswith("/"):
                reply = self._command(text)
            else:
                reply = self._free_text(text)
        except PlannerError as exc:
            return Reply(str(exc), error=True)
        if reply.changed & {"brief", "calendar"} or (reply.quit and not self.unsaved):
            self.autosave(clear=reply.quit and not self.unsaved)
        return reply

    # ---- autosave ------------------------------------------------------------------------
    def autosave(self, *, clear: bool = False) -> None:
        """Keep the brief and the calendar in progress in the user data dir (crash-safe)."""
        from planner.fileio import write_atomic
        from planner.userdata import autosave_dir

        path = autosave_dir() / "session.toml"
        try:
            if clear:
                path.unlink(missing_ok=True)
                return
            import tomli_w

            from planner.domain.brief import brief_to_dict
            from planner.domain.calendar import calendar_to_dict

            data: dict = {"session": {"unsaved": self.unsaved}}
            if self.calendar_path is not None:
                data["session"]["calendar_path"] = str(self.calendar_path)
            if self.brief.product:
                data["brief"] = brief_to_dict(self.brief)
            if self.calendar is not None:
                data["calendar"] = calendar_to_dict(self.calendar)
            write_atomic(path, tomli_w.dumps(data, multiline_strings=True), force=True)
        except (OSError, PlannerError):
            pass  # autosave must never break the chat

    @staticmethod
    def autosaved() -> Path | None:
        from planner.userdata import autosave_dir

        path = autosave_dir() / "session.toml"
        return path if path.is_file() else None

    def cmd_restore(self, _args: list[str]) -> Reply:
        import tomllib

        from planner.domain.brief import brief_from_dict
        from planner.domain.calendar import calendar_from_dict

        path = self.autosaved()
        if path is None:
            return Reply("There is no autosaved session.", error=True)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            return Reply(f"{path}: the autosave is unreadable ({exc}).", error=True)
        changed = set()
        if "brief" in data:
            self.brief = brief_from_dict(data["brief"], source=f"{path} [brief]")
            changed.add("brief")
        if "calendar" in data:
            self.calendar = calendar_from_dict(data["calendar"], source=f"{path} [calendar]")
            changed.add("calendar")
        session = data.get("session", {})
        self.unsaved = bool(session.get("unsaved", False))
        if session.get("calendar_path"):
            self.calendar_path = Path(session["calendar_path"])
        what = " and ".join(sorted(changed)) or "nothing"
        return Reply(f"Restored the {what} from your last session.", changed=changed)

    # ---- free text -----------------------------------------------------------------------
    def _free_text(self, text: str) -> Reply:
        from planner.brief.parser import next_question, parse_brief_text

        update = parse_brief_text(text, self.brief)
        self.brief = update.brief
        lines = []
        changed = {"brief"} if update.changed else set()
        if update.understood:
            lines.append("Got it:")
            lines += [f"  • {u}" for u in update.understood]
        if (self.calendar is not None and "timezone" in update.changed
                and self.calendar.timezone != self.brief.timezone):
            # the plan's posts keep their clock times, now read in the new zone
            self.calendar.timezone = self.brief.timezone
            if self.calendar.brief is not None:
                self.calendar.brief["timezone"] = self.brief.timezone
            changed.add("calendar")
            lines.append(f"  • the plan's times are now {self.brief.timezone or 'local time'}")
        else:
            lines.append("I didn't find brief details in that. Try “we sell soy candles on Etsy, "
                         "post 3x a week on Instagram”, or type /help.")
        question = next_question(self.brief)
        if question:
            lines += ["", question]
        elif update.understood:
            lines += ["", "That's enough to plan: /plan, or /posts PATH first to fill your gaps."]
        return Reply("\n".join(lines), changed=changed)

    # ---- commands ------------------------------------------------------------------------
    def _command(self, text: str) -> Reply:
        try:
            import shlex

            parts = shlex.split(text)
        except ValueError:
            parts = text.split()
        name, args = parts[0].lower(), parts[1:]
        handler = {
            "/help": self.cmd_help, "/brief": self.cmd_brief, "/posts": self.cmd_posts,
            "/report": self.cmd_report, "/plan": self.cmd_plan, "/save": self.cmd_save,
            "/save-brief": self.cmd_save_brief, "/export": self.cmd_export, "/open": self.cmd_open,
            "/label": self.cmd_label, "/explain": self.cmd_explain, "/lint": self.cmd_lint,
            "/quit": self.cmd_quit, "/exit": self.cmd_quit, "/restore": self.cmd_restore,
            "/calendar": self.cmd_calendar, "/show": self.cmd_show, "/approve": self.cmd_approve,
            "/regen": self.cmd_regen, "/delete": self.cmd_delete,
        }.get(name)
        if handler is None:
            near = [c.split()[0] for c in COMMANDS if c.split()[0].startswith(name[:3])]
            hint = f" Did you mean {near[0]}?" if near else ""
            return Reply(f"Unknown command {name}.{hint} Type /help for the list.", error=True)
        return handler(args)

    def cmd_help(self, _args: list[str]) -> Reply:
        width = max(len(c) for c in COMMANDS)
        lines = ["Commands:"] + [f"  {c:<{width}}  {d}" for c, d in COMMANDS.items()]
        lines += ["", "Anything else is read as brief details: what you sell, where, how often, "
                      "offers and codes."]
        return Reply("\n".join(lines))

    def cmd_brief(self, _args: list[str]) -> Reply:
        from planner.brief.parser import next_question

        if not self.brief.product:
            return Reply("No brief yet. Tell me what you sell, e.g. “we sell soy candles on Amazon”.")
        from planner.domain.brief import brief_to_toml

        text = brief_to_toml(self.brief).rstrip()
        q = next_question(self.brief)
        return Reply(text + (f"\n\n{q}" if q else ""))

    def cmd_posts(self, args: list[str]) -> Reply:
        if not args:
            return Reply("Usage: /posts PATH (csv, jsonl, json, txt or md)", error=True)
        return self.load_posts(args)

    def load_posts(self, paths: list[str]) -> Reply:
        from planner.io import load_posts
        from planner.workflow import classify_and_cover

        posts = load_posts([str(Path(p).expanduser()) for p in paths])
        if not posts:
            return Reply(f"{', '.join(paths)}: no posts found.", error=True)
        self.posts = posts
        self.classified = classify_and_cover(posts, self.brief, progress=self.progress)
        cov = self.classified.coverage
        mix = ", ".join(f"{s} {cov.shares[s]:.0%}" for s in STAGES)
        gaps = f" Gaps: {', '.join(cov.gaps)}." if cov.gaps else " No gaps."
        return Reply(f"Loaded and classified {len(posts)} posts: {mix}.{gaps} "
                     "/report for details, /plan to fill them.", changed={"posts"})

    def cmd_report(self, _args: list[str]) -> Reply:
        from planner.planning.report import build_report, to_text

        if self.classified is None:
            return Reply("No posts loaded yet: /posts PATH first.", error=True)
        c = self.classified
        rep = build_report(c.posts, c.predictions, c.coverage, c.model_id)
        return Reply(to_text(rep).rstrip())

    def cmd_plan(self, args: list[str]) -> Reply:
        from planner.planning.plan import PlanOptions
        from planner.workflow import make_calendar

        if not self.brief.product:
            return Reply("I need to know the product first: what do you sell?", error=True)
        weeks = None
        if args:
            if not args[0].isdigit() or not 1 <= int(args[0]) <= 52:
                return Reply("Usage: /plan [WEEKS] with WEEKS from 1 to 52", error=True)
            weeks = int(args[0])
        opts = PlanOptions(weeks=weeks, seed=self.seed)
        cal, warnings = make_calendar(self.brief, [], opts, classified=self.classified,
                                      template_dirs=self.template_dirs)
        self.calendar = cal
        self.unsaved = True
        counts = {s: sum(p.stage == s for p in cal.posts) for s in STAGES}
        mix = ", ".join(f"{s} {n}" for s, n in counts.items() if n)
        lines = [f"Planned {len(cal.posts)} posts from {cal.start} to {cal.end}: {mix}."]
        if self.classified is not None and self.classified.coverage.gaps:
            lines.append(f"Filled the gaps first: {', '.join(self.classified.coverage.gaps)}.")
        lines += [f"warning: {w}" for w in warnings]
        lines.append("/save to keep it, /lint to check it.")
        return Reply("\n".join(lines), changed={"calendar"})

    def default_path(self) -> Path:
        slug = re.sub(r"[^a-z0-9]+", "-", (self.brief.product or "calendar").lower()).strip("-")
        start = self.calendar.start.isoformat() if self.calendar else "plan"
        return DEFAULT_DIR / f"{slug or 'calendar'}-{start}.toml"

    def cmd_save(self, args: list[str]) -> Reply:
        from planner.fileio import write_atomic

        if self.calendar is None:
            return Reply("Nothing to save yet: /plan first.", error=True)
        force = "--force" in args
        args = [a for a in args if a != "--force"]
        path = Path(args[0]).expanduser() if args else (self.calendar_path or self.default_path())
        same = self.calendar_path is not None and path.resolve() == self.calendar_path.resolve()
        if path.exists() and not (force or same):
            return Reply(f"{path} already exists. /save {path} --force replaces it.", error=True)
        from planner.domain.calendar import calendar_to_toml

        write_atomic(path, calendar_to_toml(self.calendar), force=True)
        self.calendar_path = path
        self.unsaved = False
        return Reply(f"Saved {len(self.calendar.posts)} posts to {path}.", changed={"calendar"})

    def cmd_save_brief(self, args: list[str]) -> Reply:
        from planner.fileio import write_atomic

        if not args:
            return Reply("Usage: /save-brief PATH", error=True)
        if not self.brief.product:
            return Reply("No brief yet: tell me what you sell first.", error=True)
        force = "--force" in args
        path = Path([a for a in args if a != "--force"][0]).expanduser()
        if path.exists() and not force:
            return Reply(f"{path} already exists. /save-brief {path} --force replaces it.", error=True)
        from planner.domain.brief import brief_to_toml

        write_atomic(path, brief_to_toml(self.brief), force=True)
        return Reply(f"Saved the brief to {path}.")

    def cmd_export(self, args: list[str]) -> Reply:
        from planner.domain.vocabularies import EXPORT_FORMATS
        from planner.fileio import write_atomic
        from planner.planning.exports import export

        if len(args) < 2:
            return Reply(f"Usage: /export FORMAT PATH ({', '.join(EXPORT_FORMATS)})", error=True)
        if self.calendar is None:
            return Reply("No calendar yet: /plan or /open first.", error=True)
        fmt, path = args[0].lower(), Path(args[1]).expanduser()
        platform = args[2].lower() if len(args) > 2 and not args[2].startswith("--") else None
        if fmt not in EXPORT_FORMATS:
            return Reply(f"Unknown format {fmt!r}: use {', '.join(EXPORT_FORMATS)}.", error=True)
        force = "--force" in args
        if path.exists() and not force:
            return Reply(f"{path} already exists. Add --force to replace it.", error=True)
        write_atomic(path, export(self.calendar, fmt, platform=platform), force=True)
        return Reply(f"Exported {len(self.calendar.posts)} posts as {fmt} to {path}.")

    def cmd_open(self, args: list[str]) -> Reply:
        from planner.domain.brief import brief_from_dict

        if not args:
            return Reply("Usage: /open PATH", error=True)
        path = Path(args[0]).expanduser()
        from planner.domain.calendar import load_calendar

        cal = load_calendar(str(path))
        self.calendar = cal
        self.calendar_path = path
        self.unsaved = False
        changed = {"calendar"}
        if cal.brief is not None:
            try:
                self.brief = brief_from_dict(cal.brief, source=f"{path} [brief]")
                changed.add("brief")
            except PlannerError:
                pass
        return Reply(f"Opened {path}: {len(cal.posts)} posts from {cal.start} to {cal.end}.",
                     changed=changed)

    def _post_index(self, value: str) -> int:
        if not self.posts:
            raise PlannerError("No posts loaded yet: /posts PATH first.")
        if not value.isdigit() or not 1 <= int(value) <= len(self.posts):
            raise PlannerError(f"Post number must be from 1 to {len(self.posts)}.")
        return int(value) - 1

    def cmd_label(self, args: list[str]) -> Reply:
        from planner.planning.coverage import compute_coverage
        from planner.userdata import labels_path

        if len(args) != 2:
            return Reply("Usage: /label N STAGE (stages: " + ", ".join(STAGES) + ")", error=True)
        i = self._post_index(args[0])
        stage = parse_stage(args[1], source="/label")
        post = self.posts[i]
        append_label(labels_path(), post.text, stage)
        old = self.classified.predictions[i].stage
        self.classified.predictions[i].stage = stage
        self.classified.predictions[i].confidence = 1.0
        target = self.classified.coverage.target
        self.classified.coverage = compute_coverage([p.stage for p in self.classified.predictions],
                                                    target)
        return Reply(f"Post {i + 1}: {old} → {stage}. Kept in {labels_path()} for the next "
                     "`planner train`.", changed={"posts"})

    def cmd_explain(self, args: list[str]) -> Reply:
        from planner.stage.model import load_model

        if len(args) != 1:
            return Reply("Usage: /explain N", error=True)
        i = self._post_index(args[0])
        ex = load_model().explain(self.posts[i].text)
        first = " ".join(self.posts[i].text.split())[:90]
        lines = [f"Post {i + 1}: {ex.stage} ({ex.confidence:.0%} sure)", f"  “{first}”"]
        if ex.words:
            lines.append("  words: " + ", ".join(f"{w} (+{s:.2f})" for w, s in ex.words[:8]))
        if ex.cues:
            lines.append("  cues: " + ", ".join(f"{c} “{t}” → {s}" for c, t, s in ex.cues[:6]))
        if not ex.words and not ex.cues:
            lines.append("  nothing in it points clearly to a stage: treat the label as a guess.")
        return Reply("\n".join(lines))

    def cmd_lint(self, _args: list[str]) -> Reply:
        from planner.planning.lint import lint_calendar

        if self.calendar is None:
            return Reply("No calendar yet: /plan or /open first.", error=True)
        findings = lint_calendar(self.calendar, self.brief if self.brief.product else None)
        if not findings:
            return Reply(f"{len(self.calendar.posts)} posts, no findings.")
        return Reply("\n".join(f.line() for f in findings[:30])
                     + (f"\n… and {len(findings) - 30} more" if len(findings) > 30 else ""),
                     error=True)

    # ---- editing the calendar -------------------------------------------------------------
    def _cal_index(self, args: list[str], usage: str) -> int:
        if self.calendar is None:
            raise PlannerError("No calendar yet: /plan or /open first.")
        if len(args) != 1 or not args[0].isdigit() or not 1 <= int(args[0]) <= len(self.calendar.posts):
            n = len(self.calendar.posts)
            raise PlannerError(f"Usage: {usage} (N from 1 to {n})")
        return int(args[0]) - 1

    def cmd_calendar(self, _args: list[str]) -> Reply:
        if self.calendar is None:
            return Reply("No calendar yet: /plan or /open first.", error=True)
        lines, week = [], None
        for i, p in enumerate(self.calendar.posts, start=1):
            iso = p.date.isocalendar()[:2]
            if iso != week:
                week = iso
                lines.append(f"Week of {p.date - timedelta(days=p.date.weekday())}")
            first = p.text.splitlines()[0][:48] if p.text else ""
            lines.append(f"  {i:>3} {p.date:%a %d %b} {p.time:%H:%M} {p.platform:<9} {p.stage:<13} "
                         f"{p.status:<8} {first}")
        return Reply("\n".join(lines))

    def cmd_show(self, args: list[str]) -> Reply:
        i = self._cal_index(args, "/show N")
        p = self.calendar.posts[i]
        head = (f"Post {i + 1}: {p.date} {p.time:%H:%M} {p.platform} · {p.stage} · {p.tactic} · "
                f"{p.format} · {p.status}")
        extra = (f"\n\nVisual: {p.visual}" if p.visual else "") + (f"\nNotes: {p.notes}" if p.notes else "")
        return Reply(f"{head}\n\n{p.full_text()}{extra}")

    def cmd_approve(self, args: list[str]) -> Reply:
        i = self._cal_index(args, "/approve N")
        self.calendar.posts[i].status = "approved"
        self.unsaved = True
        return Reply(f"Post {i + 1} approved.", changed={"calendar"})

    def cmd_delete(self, args: list[str]) -> Reply:
        i = self._cal_index(args, "/delete N")
        post = self.calendar.posts.pop(i)
        self.unsaved = True
        return Reply(f"Deleted post {i + 1} ({post.date} {post.platform}, {post.stage}).",
                     changed={"calendar"})

    def cmd_regen(self, args: list[str]) -> Reply:
        from planner.planning.plan import regenerate_post
        from planner.planning.render import TemplateLibrary

        i = self._cal_index(args, "/regen N")
        if self.calendar.posts[i].status != "draft":
            return Reply(f"Post {i + 1} is {self.calendar.posts[i].status}; only drafts are "
                         "regenerated.", error=True)
        self._variant += 1
        new = regenerate_post(self.calendar, i, self.brief, TemplateLibrary(self.template_dirs),
                              variant=self._variant)
        self.calendar.posts[i] = new
        self.unsaved = True
        return Reply(f"Post {i + 1}, new variant ({new.tactic}):\n\n{new.full_text()}",
                     changed={"calendar"})

    def edit_text(self, index: int, text: str) -> Reply:
        """Replace a planned post's caption (the calendar view's editor calls this)."""
        if self.calendar is None or not 0 <= index < len(self.calendar.posts):
            return Reply("No such post.", error=True)
        self.calendar.posts[index].text = text.strip()
        self.unsaved = True
        self.autosave()
        return Reply(f"Post {index + 1} edited.", changed={"calendar"})

    def cmd_quit(self, args: list[str]) -> Reply:
        if self.unsaved and not self._quit_warned and "--force" not in args:
            self._quit_warned = True
            return Reply("The calendar has unsaved changes. /save first, or /quit again to leave "
                         "without saving.", error=True)
        return Reply("Bye!", quit=True)


def append_label(path: Path, text: str, stage: str) -> None:
    """Add one correction to the labels CSV (rewritten atomically, header kept)."""
    import csv

    from planner.fileio import csv_line, write_atomic

    rows: list[list[str]] = []
    if path.is_file():
        with open(path, newline="", encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh)][1:]
    rows = [r for r in rows if r and r[0] != text] + [[text, stage]]
    write_atomic(path, "".join(csv_line(r) for r in [["text", "stage"], *rows]), force=True)
