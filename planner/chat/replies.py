"""One assistant turn (``Reply``) and the sentences several commands answer with.

A plain class without imports: this module is on the chat's start-up path.
"""

from __future__ import annotations

#: the answer of every command that needs a calendar when there is none
NO_CALENDAR = "No calendar yet: /plan or /open first."
#: the answer of every command that needs loaded posts when there are none
NO_POSTS = "No posts loaded yet: /posts PATH first."
#: how the reply to a message with nothing for the brief in it begins
NO_DETAILS = "I didn't find brief details in that."


class Reply:
    """One assistant turn: its text, whether it reports an error or ends the chat, what changed."""

    __slots__ = ("changed", "error", "quit", "text")

    def __init__(self, text: str, error: bool = False, quit: bool = False,
                 changed: set[str] | None = None) -> None:
        self.text = text
        self.error = error
        self.quit = quit
        #: which parts of the session changed: "brief", "posts", "calendar"
        self.changed: set[str] = changed if changed is not None else set()

    def __repr__(self) -> str:
        return f"Reply({self.text!r}, error={self.error}, quit={self.quit}, changed={self.changed})"
