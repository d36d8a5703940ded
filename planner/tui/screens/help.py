"""The help screen: every chat command (from the chat's command table), how to ask for
it in plain words, and the key bindings, on one page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from planner.chat.commands import COMMANDS

KEYS = {
    "ctrl+l": "calendar view (e edit · a approve · r new variant · d delete · u undo · esc back)",
    "ctrl+p": "command palette: every command, searchable",
    "ctrl+s": "save the calendar",
    "tab": "complete a command or a file path",
    "f1": "this help",
    "f2": "side panel: hide it, or on a narrow terminal show it in the chat's place",
    "ctrl+q": "quit (asks first when the calendar is unsaved)",
}


def help_markdown() -> str:
    lines = ["# planner", "", "Tell me about your product in plain words — what you sell, where, "
             "how often you post, any offer or code — and I'll keep the brief up to date.", "",
             "## Commands", "", "| command | does |", "|---|---|"]
    lines += [f"| `{c.usage}` | {c.help} |" for c in COMMANDS]
    lines += ["", "## Or just say it", ""]
    lines += [f"- “{c.says[0]}”" for c in COMMANDS if c.says]
    lines += ["", "## Keys", "", "| key | does |", "|---|---|"]
    lines += [f"| `{k}` | {d} |" for k, d in KEYS.items()]
    lines += ["", "Press escape to close."]
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape", "close", "Close"), Binding("f1", "close", "Close", show=False)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(help_markdown())

    def action_close(self) -> None:
        self.dismiss(None)
