"""The chat's one command table: /help, the help screen, the palette, Tab completion and
dispatch all come from it."""

from __future__ import annotations

import pytest

from planner.chat.commands import COMMANDS, find
from planner.chat.replies import Reply
from planner.chat.session import ChatSession
from planner.tui.screens.help import help_markdown
from planner.tui.widgets.prompt import complete

NAMES = [name for c in COMMANDS for name in (c.name, *c.aliases)]


def test_names_are_unique_slash_words():
    assert len(NAMES) == len(set(NAMES))
    for name in NAMES:
        assert name.startswith("/") and name == name.lower() and " " not in name
    for command in COMMANDS:
        assert command.help and "\n" not in command.help


def test_every_command_is_in_help():
    text = ChatSession().respond("/help").text
    markdown = help_markdown()
    for command in COMMANDS:
        for name in (command.name, *command.aliases):
            assert name in text, name
            assert name in markdown, name
        assert command.help in text and command.help in markdown


async def test_every_command_is_in_the_palette():
    from planner.tui.app import PlannerApp
    from planner.tui.commands import ChatCommands

    app = PlannerApp()
    async with app.run_test(size=(120, 40)):
        provider = ChatCommands(app.screen)
        shown = [str(hit.text) async for hit in provider.discover()]
    assert shown == [command.usage for command in COMMANDS]


def test_every_command_name_completes():
    for command in COMMANDS:
        done = complete(command.name[:-1])
        assert done is not None, command.name
        # either the whole name, or as far as the names it shares a start with agree
        assert done == command.name + " " or command.name.startswith(done), (command.name, done)


def test_arguments_complete_as_the_table_says(tmp_path):
    (tmp_path / "november.csv").write_text("text\nx\n")
    for command in COMMANDS:
        assert set(command.completes) <= {"path", "format", "stage", "post", "how"}, command.name
    assert complete(f"/posts {tmp_path}/nov") == f"/posts {tmp_path}/november.csv"
    assert complete("/export mark") == "/export markdown "
    assert complete("/label 3 adv") == "/label 3 advocacy "
    assert complete("/label 3") is None  # post numbers are typed
    assert complete("/regen 2 sh") == "/regen 2 shorter "
    assert complete("/plan 4") is None


@pytest.mark.parametrize("name", NAMES)
def test_dispatch_reaches_the_handler(name, monkeypatch):
    command = find(name)
    calls = []

    def handler(state, args):
        calls.append((state, args))
        return Reply("handled")

    monkeypatch.setattr(command, "handler", handler)
    session = ChatSession()
    reply = session.respond(f"{name.upper()} one 'two words'")
    assert reply.text == "handled"
    assert calls == [(session, ["one", "two words"])]


def test_exit_is_quit():
    assert find("/exit") is find("/quit")
    assert ChatSession().respond("/exit").quit


@pytest.mark.parametrize("typed, hint", [("/plna", " Did you mean /plan?"), ("/zzz", "")])
def test_unknown_command_is_one_line(typed, hint):
    reply = ChatSession().respond(f"{typed} 1 2")
    assert reply.error
    assert reply.text == f"Unknown command {typed}.{hint} Type /help for the list."
