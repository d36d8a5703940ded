"""Every chat command in the command palette (ctrl+p), read from the chat's command table
(searched by its name, its help and the plain words it is asked with)."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from planner.chat.commands import COMMANDS, Command


class ChatCommands(Provider):
    """Commands without arguments run at once; the others are put in the prompt to finish."""

    def _run(self, command: Command) -> None:
        app = self.app
        if command.needs_arguments:
            prompt = app.query_one("#prompt")
            prompt.value = command.name + " "
            prompt.cursor_position = len(prompt.value)
            prompt.focus()
        else:
            app.submit(command.name)

    async def discover(self) -> Hits:
        for command in COMMANDS:
            yield DiscoveryHit(command.usage, partial(self._run, command), help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in COMMANDS:
            # "less salesy" finds /regen: the plain words a command is asked with count too
            score = matcher.match(f"{command.usage} {command.help} {' '.join(command.says)}")
            if score > 0:
                yield Hit(score, matcher.highlight(command.usage), partial(self._run, command),
                          help=command.help)
