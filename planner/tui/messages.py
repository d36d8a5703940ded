"""Messages the chat's workers post back to the UI thread (past-tense events)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from planner.chat.replies import Reply


@dataclass
class ReplyReady(Message):
    """The assistant finished a turn."""

    prompt: str
    reply: Reply


@dataclass
class ModelLoaded(Message):
    """spaCy and the stage model are loaded (or failed to: ``error``)."""

    model_id: str
    error: str = ""


@dataclass
class ProgressMade(Message):
    """A long step (classifying posts) advanced."""

    done: int
    total: int
