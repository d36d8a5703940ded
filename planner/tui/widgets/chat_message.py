"""One message box in the transcript."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.visual import Visual
from textual.widgets import Static

from planner.tui.widgets.wrapping import wrap_reply

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions


class Reply(Visual):
    """A message's text wrapped to the width it is shown at, each long line's continuation
    under its own column (``wrapping.py``); ``str()`` is the text as written."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._wrapped: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.text

    def _at(self, width: int) -> Content:
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, Content("\n".join(wrap_reply(self.text, width))))
        return self._wrapped[1]

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self._at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return Content(self.text).get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._at(width).get_height(rules, width)


class ChatMessage(Static):
    """A user or assistant turn; the role is a CSS class (``user``, ``assistant``, ``error``)."""

    def __init__(self, text: str, role: str) -> None:
        super().__init__(Reply(text), classes=role)
        self.role = role
