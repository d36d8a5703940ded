"""The calendar view: posts by week; open, edit, approve, regenerate or delete one, and
undo the last change."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Header, Static, TextArea

from planner.chat.session import ChatSession
from planner.tui.widgets.chat_message import Reply


class EditPost(ModalScreen[str | None]):
    """Edit one caption; ctrl+s keeps it, escape drops the change."""

    BINDINGS = [Binding("ctrl+s", "keep", "Keep"), Binding("escape", "cancel", "Cancel")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def on_mount(self) -> None:
        # typing goes straight into the caption, the cursor at its end
        area = self.query_one("#caption", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def compose(self) -> ComposeResult:
        with Vertical(id="editor"):
            yield Static("Edit the caption · ctrl+s keeps it · escape cancels")
            yield TextArea(self.text, id="caption")
            with Horizontal(id="buttons"):
                yield Button("Keep", id="keep", variant="primary")
                yield Button("Cancel", id="cancel")

    def action_keep(self) -> None:
        self.dismiss(self.query_one("#caption", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#keep")
    def keep_pressed(self) -> None:
        self.action_keep()

    @on(Button.Pressed, "#cancel")
    def cancel_pressed(self) -> None:
        self.action_cancel()


class CalendarView(Screen):
    """Every planned post, a row each, grouped by week; the selected post in full below."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("a", "approve", "Approve"),
        Binding("e", "edit", "Edit"),
        Binding("r", "regen", "New variant"),
        Binding("d", "delete", "Delete"),
        Binding("u", "undo", "Undo", show=False),  # the delete notice says so
    ]

    def __init__(self, session: ChatSession) -> None:
        super().__init__()
        #: the chat's session: edits here are the chat's edits
        self.session = session

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="posts", cursor_type="row", zebra_stripes=True)
        yield Static(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "week", "date", "time", "platform", "stage", "tactic", "status",
                          "first line")
        self.reload()
        table.focus()

    def reload(self, keep_row: int = 0) -> None:
        table = self.query_one(DataTable)
        table.clear()
        cal = self.session.calendar
        if cal is None:
            self.query_one("#detail", Static).update("No calendar yet: /plan or /open first.")
            return
        for i, p in enumerate(cal.posts, start=1):
            first = p.text.splitlines()[0][:50] if p.text else ""
            table.add_row(str(i), f"W{p.date.isocalendar()[1]:02d}", p.date.strftime("%a %d %b"),
                          p.time.strftime("%H:%M"), p.platform, p.stage, p.tactic, p.status, first,
                          key=str(i))
        if cal.posts:
            table.move_cursor(row=min(keep_row, len(cal.posts) - 1))
            self.show(table.cursor_row)

    def show(self, row: int) -> None:
        cal = self.session.calendar
        if cal is None or not 0 <= row < len(cal.posts):
            return
        reply = self.session.respond(f"/show {row + 1}")
        self.query_one("#detail", Static).update(Reply(reply.text))

    @on(DataTable.RowHighlighted)
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show(event.cursor_row)

    def action_back(self) -> None:
        self.dismiss(None)

    def _row(self) -> int:
        return self.query_one(DataTable).cursor_row

    def _run(self, command: str, *, say: bool = False) -> None:
        row = self._row()
        reply = self.session.respond(f"{command} {row + 1}" if command != "/undo" else command)
        if reply.error:
            self.notify(reply.text, severity="warning")
        elif say:  # what went, and how to bring it back
            self.notify(reply.text.replace("/undo", "u"), timeout=8)
        self.reload(row)

    def say(self, text: str, *, error: bool = False) -> None:
        """A notice here, and the same line in the chat's transcript for later."""
        self.notify(text, severity="warning" if error else "information")
        self.app.add_message(text, "error" if error else "assistant")

    def action_approve(self) -> None:
        self._run("/approve")

    def action_regen(self) -> None:
        self._run("/regen")

    def action_delete(self) -> None:
        self._run("/delete", say=True)

    def action_undo(self) -> None:
        self._run("/undo", say=True)

    def action_edit(self) -> None:
        cal = self.session.calendar
        row = self._row()
        if cal is None or not cal.posts:
            return

        def done(text: str | None) -> None:
            if text is None:
                self.say(f"Left post {row + 1}'s caption as it was.")
                return
            reply = self.session.edit_text(row, text)
            self.say(reply.text, error=reply.error)
            self.reload(row)

        self.app.push_screen(EditPost(cal.posts[row].text), done)
