"""The chat's turn loop: ``ChatSession.respond(text)`` turns a message into a reply.

Plain Python over the core, no Textual: the TUI calls it from a worker thread and
shows the reply; tests call it directly. Slash commands (the table in ``commands.py``)
load posts, report, plan, save, export, open, label, explain and lint; plain words
(``conversation.py``) run the same commands when they ask for one, and otherwise
update the brief. The state a session works on is ``SessionState``
(``state.py``); after every change to the brief or the calendar it is autosaved
(``autosave.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.chat.replies import Reply
from planner.chat.state import SessionState
from planner.errors import PlannerError

if TYPE_CHECKING:
    from pathlib import Path

# The command table, the router and the autosave load on the first turn, never at start-up:
# the TUI builds a session for its first frame, and that frame should not wait for them.


class ChatSession(SessionState):
    """One chat: its state, and the turns that read and change it."""

    def respond(self, text: str) -> Reply:
        """Answer one message: a slash command, or plain words (a request, brief details or
        small talk: ``conversation.py``)."""
        text = text.strip()
        if not text:
            return Reply("Tell me about your product, or type /help.")
        try:
            if text.startswith("/"):
                from planner.chat.commands import dispatch

                reply = dispatch(self, text)
            else:
                from planner.chat.conversation import converse

                reply = converse(self, text)
        except PlannerError as exc:
            self.last_failed = str(exc)
            return Reply(str(exc), error=True)
        self.last_failed = reply.text if reply.error else None
        if reply.changed & {"brief", "calendar"} or (reply.quit and not self.unsaved):
            self.autosave(clear=reply.quit and not self.unsaved)
        return reply

    def edit_text(self, index: int, text: str) -> Reply:
        """Replace a planned post's caption (the calendar view's editor calls this); /undo
        brings the old one back."""
        from planner.chat import undo
        from planner.chat.review_commands import edit_caption

        before = undo.snapshot(self)
        reply = edit_caption(self, index, text)
        if reply.changed:
            undo.remember(self, before, reply.text)
            self.autosave()
        return reply

    def autosave(self, *, clear: bool = False) -> None:
        """Keep the brief and the calendar in progress in the user data dir (crash-safe)."""
        from planner.chat import autosave

        autosave.save_session(self, clear=clear)

    @staticmethod
    def autosaved() -> Path | None:
        """The session autosaved last time, when there is one."""
        from planner.chat import autosave

        return autosave.autosaved()
