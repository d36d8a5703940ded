"""Every chat command in the command palette (ctrl+p)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from planner.chat.session import COMMANDS


class ChatCommands(Provider):
    """Commands without arguments run at once; the others are put in the prompt to finish."""

    def _run(self, usage: str) -> None:
        app = self.app
        name = usage.split()[0]
        if " " in usage and "[" not in usage:
            prompt = app.query_one("#prompt")
            prompt.value = name + " "
            prompt.cursor_position = len(prompt.value)
            prompt.focus()
        else:
            app.submit(name)

    async def discover(self) -> Hits:
        for usage, help_text in COMMANDS.items():
            yield DiscoveryHit(usage, partial(self._run, usage), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for usage, help_text in COMMANDS.items():
            score = matcher.match(f"{usage} {help_text}")
            if score > 0:
                yield Hit(score, matcher.highlight(usage), partial(self._run, usage), help=help_text)
