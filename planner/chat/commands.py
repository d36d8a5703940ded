"""The chat's one command table, and dispatch through it.

Each ``Command`` has its name, aliases, argument hint, one-line help, handler, what Tab
completes in its arguments, and how a seller may ask for it in plain words. ``/help``,
the F1 help screen, the command palette, the prompt's Tab completion, dispatch and the
plain-words router (``intents.py``: its intents are the commands' names) are all read
from ``COMMANDS``.
"""

from __future__ import annotations

import importlib
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass

from planner.chat.replies import Reply
from planner.chat.state import SessionState

# What Tab completes in one argument. A path runs to the end of the line (it may hold
# spaces); the others are one word. Post numbers are typed, never completed.
PATH = "path"
FORMAT = "format"
STAGE = "stage"
POST = "post"
HOW = "how"


@dataclass
class Command:
    """One slash command."""

    #: what the user types, with its slash: "/plan"
    name: str
    #: the arguments as /help shows them: "FORMAT PATH [PLATFORM]" ([...] is optional)
    args: str
    #: one line for /help, the help screen and the palette
    help: str
    #: does the work: handler(state, arguments) -> Reply
    handler: Callable[[SessionState, list[str]], Reply]
    #: other names that run the same command
    aliases: tuple[str, ...] = ()
    #: what Tab completes in each argument, in order: PATH, FORMAT, STAGE, POST or HOW
    completes: tuple[str, ...] = ()
    #: how a seller says it in plain words: /help and the palette show the first
    says: tuple[str, ...] = ()
    #: /undo can take back what it changes (the calendar, or the brief with it)
    undoable: bool = False

    @property
    def intent(self) -> str:
        """The plain-words router's name for it: the name without its slash ("plan")."""
        return self.name[1:]

    @property
    def usage(self) -> str:
        """The command as /help lists it: every name, then the argument hint."""
        names = ", ".join((self.name, *self.aliases))
        return f"{names} {self.args}" if self.args else names

    @property
    def needs_arguments(self) -> bool:
        """Run from the palette, it is put in the prompt to finish instead of run at once."""
        return bool(re.sub(r"\[[^\]]*\]", "", self.args).strip())  # a word not in [...]


class Later:
    """A handler in another module of the chat, imported when the command first runs: the
    table is read for the first frame (help, palette, Tab completion), the handlers and what
    they import (the calendar, the TOML readers, the router) only when one is used."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __call__(self, state: SessionState, args: list[str]) -> Reply:
        return getattr(importlib.import_module(f"planner.chat.{self.module}"), self.name)(state, args)

    def __repr__(self) -> str:
        return f"planner.chat.{self.module}.{self.name}"


def show_help(_state: SessionState, _args: list[str]) -> Reply:
    """``/help``: every command with its one line, and what plain words do."""
    width = max(len(c.usage) for c in COMMANDS)
    lines = ["Commands:"] + [f"  {c.usage:<{width}}  {c.help}" for c in COMMANDS]
    lines += ["", "Or just say it:"]
    lines += [f"  “{c.says[0]}”" for c in COMMANDS if c.says]
    lines += ["", ("Anything else is read as brief details: what you sell, where, how often, "
                   "offers and codes.")]
    return Reply("\n".join(lines))


def quit_chat(state: SessionState, args: list[str]) -> Reply:
    """``/quit``: leave, after one warning when the calendar has unsaved changes."""
    if state.unsaved and not state.quit_warned and "--force" not in args:
        state.quit_warned = True
        return Reply("The calendar has unsaved changes. /save first, or /quit again to leave "
                     "without saving.", error=True)
    return Reply("Bye!", quit=True)


COMMANDS: tuple[Command, ...] = (
    Command("/help", "", "list the commands", show_help, says=("what can you do?",)),
    Command("/brief", "", "show the brief as understood so far", Later("brief_commands", "show_brief"),
            says=("what do you know about my business?",)),
    Command("/posts", "PATH", "load and classify existing posts", Later("posts_commands", "load_posts"),
            completes=(PATH,), says=("load my posts from posts.csv",)),
    Command("/report", "", "stage coverage and gaps of the loaded posts",
            Later("posts_commands", "show_report"), says=("how are my posts doing?",)),
    Command("/plan", "[WEEKS]", "generate the calendar (keeps approved and posted posts)",
            Later("calendar_commands", "plan"), says=("make me a plan for the next 2 weeks",),
            undoable=True),
    Command("/week", "", "this week's planned posts (plans first when there is no calendar)",
            Later("plan_answers", "this_week"), says=("what should I post this week?",), undoable=True),
    Command("/next", "", "what to do next: a brief detail, the plan, review, save or export",
            Later("next_step", "what_next"), says=("what's next?",)),
    Command("/save", "[PATH]", "write the calendar TOML (default: content_calendar/)",
            Later("calendar_commands", "save_calendar"), completes=(PATH,), says=("save it",)),
    Command("/save-brief", "PATH", "write the brief TOML", Later("brief_commands", "save_brief"),
            completes=(PATH,)),
    Command("/export", "FORMAT [PATH] [PLATFORM]",
            "ics, csv, markdown, hootsuite or sprout (one platform each; default path beside /save's)",
            Later("calendar_commands", "export_calendar"), completes=(FORMAT, PATH),
            says=("export it as ics to plan.ics",)),
    Command("/open", "PATH", "open a saved calendar (asks before replacing unsaved work)",
            Later("calendar_commands", "open_calendar"), completes=(PATH,),
            says=("open content_calendar/plan.toml",), undoable=True),
    Command("/teach", "", "the loaded posts whose labels would teach the model most",
            Later("posts_commands", "teach"), says=("which posts should I label?",)),
    Command("/label", "N STAGE", "correct the stage of loaded post N (kept for the next train)",
            Later("posts_commands", "label_post"), completes=(POST, STAGE)),
    Command("/explain", "N", "why loaded post N got its stage", Later("posts_commands", "explain_post"),
            completes=(POST,)),
    Command("/lint", "", "check the calendar against platform limits and the rules",
            Later("calendar_commands", "lint"), says=("check the plan for problems",)),
    Command("/calendar", "", "list the planned posts by week (ctrl+l opens the calendar view)",
            Later("review_commands", "list_calendar"), says=("list all my posts",)),
    Command("/show", "N", "the full text of planned post N", Later("review_commands", "show_post"),
            completes=(POST,), says=("show me post 1",)),
    Command("/why", "N", "why planned post N has its stage and tactic", Later("plan_answers", "why_planned"),
            completes=(POST,), says=("why is post 3 consideration?",)),
    Command("/approve", "N", "mark planned post N approved (kept by /plan and plan --update)",
            Later("review_commands", "approve_post"), completes=(POST,), says=("post 2 looks good",),
            undoable=True),
    Command("/regen", "N [HOW]",
            "a new variant of planned post N; HOW: softer, shorter, casual, formal or mine",
            Later("review_commands", "regenerate_post"), completes=(POST, HOW),
            says=("make post 2 less salesy", "make it shorter", "more casual",
                  "can you make it sound more like me?"), undoable=True),
    Command("/delete", "N", "remove planned post N (/undo brings it back)",
            Later("review_commands", "delete_post"), completes=(POST,), says=("delete post 2",),
            undoable=True),
    Command("/undo", "", "take back the last change to the calendar", Later("undo", "undo"),
            says=("undo that",)),
    Command("/restore", "", "bring back the session autosaved when the chat last closed",
            Later("autosave", "restore_session"), undoable=True),
    Command("/quit", "", "leave (also ctrl+q)", quit_chat, aliases=("/exit",)),
)

_BY_NAME: dict[str, Command] = {name: c for c in COMMANDS for name in (c.name, *c.aliases)}


def find(name: str) -> Command | None:
    """The command called ``name`` (or one of its aliases), exactly as typed."""
    return _BY_NAME.get(name)


def dispatch(state: SessionState, text: str) -> Reply:
    """Run a slash command line: its name (any case) picks the command, the rest are its arguments."""
    try:
        parts = shlex.split(text)
    except ValueError:
        parts = text.split()
    name, args = parts[0].lower(), parts[1:]
    command = find(name)
    if command is None:
        return unknown_command(name)
    return run(state, command, args)


def run(state: SessionState, command: Command, args: list[str]) -> Reply:
    """Run ``command``; what an undoable one changed can be taken back with /undo."""
    from planner.chat import undo

    state.pending = None  # a question left unanswered is dropped by the next command
    before = undo.snapshot(state) if command.undoable else None
    reply = command.handler(state, args)
    if before is not None and not reply.error and reply.changed & {"calendar", "brief"}:
        undo.remember(state, before, reply.text)
    return reply


def unknown_command(name: str) -> Reply:
    """One line: the name, the command it most likely meant, where the list is."""
    near = [c.name for c in COMMANDS if c.name.startswith(name[:3])]
    hint = f" Did you mean {near[0]}?" if near else ""
    return Reply(f"Unknown command {name}.{hint} Type /help for the list.", error=True)
