"""The chat app: transcript and prompt on the left, the brief/coverage/plan panel on the right.

The first screen paints before spaCy and scikit-learn are imported: a thread worker
loads them and posts ``ModelLoaded``; every assistant turn also runs in a worker and
posts ``ReplyReady`` back, so typing never freezes.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Input

from planner.chat.replies import Reply
from planner.chat.session import ChatSession
from planner.tui.commands import ChatCommands
from planner.tui.messages import ModelLoaded, ProgressMade, ReplyReady
from planner.tui.widgets.chat_message import ChatMessage
from planner.tui.widgets.prompt import PromptInput
from planner.tui.widgets.side_panel import SidePanel, SummaryBar

#: below this many columns the side panel gives way to a one-line summary
NARROW = 80

WELCOME = ("Hi! I plan social media posts across the funnel. Tell me about your product "
           "(what you sell, where, how often you post, any offer), or type /help.")


class PlannerApp(App):
    """Chat-style planning assistant."""

    CSS_PATH = Path(__file__).parent / "planner.tcss"
    COMMANDS = App.COMMANDS | {ChatCommands}
    TITLE = "planner"
    SUB_TITLE = "content calendar assistant"
    BINDINGS = [
        Binding("ctrl+q", "quit_app", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+l", "calendar", "Calendar"),
        Binding("f2", "toggle_panel", "Panel"),
        Binding("ctrl+p", "command_palette", "Commands", show=False),
    ]
    #: the screen's width class: below 80 columns the side panel gives way to a one-line
    #: summary (f2 shows the panel in the chat's place), below 110 it is narrower
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-medium"), (110, "-wide")]

    def __init__(self, session: ChatSession | None = None, *, preload: list[str] | None = None,
                 offer_restore: bool = False) -> None:
        super().__init__()
        #: mention an autosaved session at start (only for a plain `planner`)
        self.offer_restore = offer_restore
        #: the core state every turn works on
        self.session = session or ChatSession()
        #: messages to run once the model is loaded (e.g. "/posts demo.csv")
        self.preload = preload or []
        #: status line under the side panel
        self.status = "loading the language model…"
        #: prompts waiting for the current turn to finish: turns run one at a time, in order
        self.pending: deque[str] = deque()
        #: a turn is running in a worker
        self.busy = False
        # the core reports progress from the worker thread; post it to the UI thread
        self.session.progress = lambda done, total: self.post_message(ProgressMade(done, total))

    AUTO_FOCUS = "#prompt"

    def compose(self) -> ComposeResult:
        # Everything on the first screen is composed here, not mounted afterwards, so
        # the first frame needs a single layout pass. No Header: the side panel carries the
        # title, and the first frame is quicker without the header's widgets.
        summary = SummaryBar(id="summary")
        summary.refresh_from(self.session)
        yield summary
        with Horizontal(id="body"):
            with VerticalScroll(id="transcript"):
                yield ChatMessage(WELCOME, "assistant")
                if self.offer_restore and ChatSession.autosaved() is not None:
                    yield ChatMessage("Your last session was not closed cleanly or had unsaved "
                                      "work: /restore brings it back.", "assistant")
            panel = SidePanel(id="side")
            panel.refresh_from(self.session, self.status)
            yield panel
        yield PromptInput(placeholder="Tell me about your product, or /help", id="prompt")
        yield Footer()

    def on_resize(self, event: events.Resize) -> None:
        # the key hints close up on a narrow terminal so f2 stays readable
        self.query_one(Footer).compact = event.size.width < NARROW

    def on_mount(self) -> None:
        # Start the heavy imports only once the first frame is on screen: an import
        # thread holds the GIL and would otherwise delay the first paint.
        self.call_after_refresh(self.load_model)

    # ---- workers -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="model")
    def load_model(self) -> None:
        """Import spaCy and load the plain-words router and the stage model off the UI thread."""
        try:
            from planner.brief import parse_brief_text
            from planner.chat.intents import load_model as load_router
            from planner.stage.model import load_model

            parse_brief_text("")
            load_router()
            model = load_model()
            self.post_message(ModelLoaded(model.id))
        except Exception as exc:  # shown in the panel, never a crash
            self.post_message(ModelLoaded("", error=str(exc)))
            return
        try:  # classification is ready; /explain's spaCy and scikit-learn can follow
            model.prepare_explanations()
        except Exception:  # noqa: S110 - /explain reports the error itself if it recurs
            pass

    @work(thread=True, exit_on_error=False, group="assistant")
    def run_turn(self, prompt: str) -> None:
        try:
            reply = self.session.respond(prompt)
        except Exception as exc:  # a bug in the core must not kill the chat
            reply = Reply(f"Something went wrong: {type(exc).__name__}: {exc}", error=True)
        self.post_message(ReplyReady(prompt, reply))

    # ---- events --------------------------------------------------------------------------
    @on(ModelLoaded)
    def model_loaded(self, event: ModelLoaded) -> None:
        self.status = f"model: {event.model_id}" if not event.error else f"model failed: {event.error}"
        self.refresh_panel()
        for prompt in self.preload:
            self.submit(prompt, echo=False)
        self.preload = []

    @on(Input.Submitted, "#prompt")
    def prompt_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        event.input.value = ""
        if text:
            self.submit(text)

    def submit(self, text: str, *, echo: bool = True) -> None:
        if echo:
            self.add_message(text, "user")
        self.pending.append(text)
        self._next_turn()

    def _next_turn(self) -> None:
        prompt = self.query_one("#prompt", Input)
        if self.busy or not self.pending:
            prompt.set_class(self.busy, "busy")
            return
        self.busy = True
        prompt.add_class("busy")
        self.run_turn(self.pending.popleft())

    @on(ProgressMade)
    def progress_made(self, event: ProgressMade) -> None:
        self.query_one(SidePanel).refresh_from(
            self.session, f"classifying posts: {event.done:,} of {event.total:,}")

    @on(ReplyReady)
    def reply_ready(self, event: ReplyReady) -> None:
        reply = event.reply
        self.add_message(reply.text, "error" if reply.error else "assistant")
        self.refresh_panel()
        self.busy = False
        if reply.quit:
            self.exit()
            return
        self._next_turn()

    def add_message(self, text: str, role: str) -> None:
        """Add a turn to the chat's transcript (on the main screen, whatever is on top)."""
        transcript = self.screen_stack[0].query_one("#transcript", VerticalScroll)
        transcript.mount(ChatMessage(text, role))
        transcript.scroll_end(animate=False)

    # ---- actions -------------------------------------------------------------------------
    def action_help(self) -> None:
        from planner.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_calendar(self) -> None:
        from planner.tui.screens.calendar_view import CalendarView

        self.push_screen(CalendarView(self.session), lambda _r: self.refresh_panel())

    def refresh_panel(self) -> None:
        self.query_one(SidePanel).refresh_from(self.session, self.status)
        self.query_one(SummaryBar).refresh_from(self.session, panel_open=self.panel_toggled)

    @property
    def panel_toggled(self) -> bool:
        return self.screen_stack[0].has_class("-panel-toggled")

    def action_toggle_panel(self) -> None:
        """f2: on a narrow terminal the panel in the chat's place and back; wider, hide or
        show it beside the chat."""
        self.screen_stack[0].toggle_class("-panel-toggled")
        self.refresh_panel()

    def action_save(self) -> None:
        self.submit("/save")

    def action_quit_app(self) -> None:
        self.submit("/quit")


def create_app(*, brief: str | None = None, posts: list[str] | None = None,
               calendar: str | None = None, demo: bool = False) -> PlannerApp:
    """Build the app the same way for the CLI and the tests."""
    from planner.domain.brief import load_brief
    from planner.resources import data_dir

    session = ChatSession()
    preload: list[str] = []
    if demo:
        brief = brief or str(data_dir() / "demo" / "brief.toml")
        posts = posts or [str(data_dir() / "demo" / "posts.csv")]
    if brief:
        session.brief = load_brief(brief)
    for p in posts or []:
        preload.append(f"/posts {_quote(p)}")
    if calendar:
        preload.append(f"/open {_quote(calendar)}")
    return PlannerApp(session, preload=preload,
                      offer_restore=not (brief or posts or calendar or demo))


def _quote(path: str) -> str:
    import shlex

    return shlex.quote(str(Path(path)))
