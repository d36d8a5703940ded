"""One message box in the transcript."""

from __future__ import annotations

from textual.widgets import Static


class ChatMessage(Static):
    """A user or assistant turn; the role is a CSS class (``user``, ``assistant``, ``error``)."""

    def __init__(self, text: str, role: str) -> None:
        super().__init__(text, markup=False, classes=role)
        self.role = role
