"""The chat through Textual's Pilot: every slash command and a whole session."""

from __future__ import annotations

import tomllib

import pytest

from planner.tui.app import PlannerApp, create_app
from planner.tui.widgets.chat_message import ChatMessage
from tests.tui_helpers import settle


async def say(app, pilot, text: str) -> ChatMessage:
    """Type a message into the prompt like a user and return the assistant's reply."""
    before = len(app.query(ChatMessage))
    app.query_one("#prompt").value = text
    await pilot.press("enter")
    await settle(app, pilot)
    messages = list(app.query(ChatMessage))
    assert len(messages) >= before + 2, [str(m.render()) for m in messages]
    return messages[-1]


def text_of(message: ChatMessage) -> str:
    return str(message.render())


@pytest.fixture
def app():
    return PlannerApp()


async def test_welcome_and_help(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert "Tell me about your product" in text_of(app.query(ChatMessage).first())
        reply = await say(app, pilot, "/help")
        for cmd in ("/brief", "/posts", "/report", "/plan", "/save", "/export", "/open", "/label",
                    "/explain", "/lint", "/quit"):
            assert cmd in text_of(reply)


async def test_free_text_updates_the_brief(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        reply = await say(app, pilot, "we sell soy candles on Amazon, post 4x a week on Instagram")
        assert "soy candles" in text_of(reply)
        assert app.session.brief.posts_per_week == 4
        reply = await say(app, pilot, "/brief")
        assert 'product = "soy candles"' in text_of(reply)


async def test_unknown_command_and_bad_path_never_crash(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        reply = await say(app, pilot, "/plna")
        assert "Unknown command" in text_of(reply) and "error" in reply.classes
        reply = await say(app, pilot, f"/posts {tmp_path}/nope.csv")
        assert "no such file" in text_of(reply)
        reply = await say(app, pilot, f"/open {tmp_path}/nope.toml")
        assert "no such file" in text_of(reply)
        for cmd in ("/report", "/lint", "/save", "/explain 1", "/label 1 loyalty", "/export ics x.ics"):
            reply = await say(app, pilot, cmd)
            assert "error" in reply.classes, cmd


async def test_whole_session(tmp_path, demo_brief, demo_posts, monkeypatch, _isolated_home):
    monkeypatch.chdir(tmp_path)
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        reply = await say(app, pilot, f"/posts {demo_posts}")
        assert "classified 30 posts" in text_of(reply)
        reply = await say(app, pilot, "/report")
        assert "Gaps:" in text_of(reply)
        reply = await say(app, pilot, "/explain 8")
        assert "Post 8: conversion" in text_of(reply)
        reply = await say(app, pilot, "/label 1 loyalty")
        assert "awareness → loyalty" in text_of(reply)
        assert (_isolated_home / "labels.csv").read_text().rstrip().endswith(",loyalty")
        reply = await say(app, pilot, "/plan 2")
        assert "Planned 10 posts" in text_of(reply)
        reply = await say(app, pilot, "/lint")
        assert "no findings" in text_of(reply)
        # edit and approve the first post in the calendar view
        from textual.widgets import TextArea

        await pilot.press("ctrl+l", "e")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "Our own words for the first post."
        await pilot.press("ctrl+s", "a", "escape")
        await pilot.pause()
        assert app.session.calendar.posts[0].text == "Our own words for the first post."
        assert app.session.calendar.posts[0].status == "approved"
        reply = await say(app, pilot, "/show 1")
        assert "Our own words" in text_of(reply) and "approved" in text_of(reply)
        reply = await say(app, pilot, "/save")
        saved = sorted((tmp_path / "content_calendar").glob("*.toml"))
        assert len(saved) == 1 and "Saved 10 posts" in text_of(reply)
        data = tomllib.loads(saved[0].read_text())
        assert len(data["posts"]) == 10
        assert data["posts"][0]["status"] == "approved"
        reply = await say(app, pilot, "/save-brief brief.toml")
        assert (tmp_path / "brief.toml").exists()
        reply = await say(app, pilot, "/export ics cal.ics")
        assert (tmp_path / "cal.ics").read_text().startswith("BEGIN:VCALENDAR")
        reply = await say(app, pilot, f"/open {saved[0]}")
        assert "Opened" in text_of(reply)
        app.query_one("#prompt").value = "/quit"
        await pilot.press("enter")
        await settle(app, pilot)
    assert app.return_code in (0, None)


async def test_label_is_kept_for_training(_isolated_home, demo_posts):
    app = create_app(posts=[str(demo_posts)])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.session.classified is not None
        await say(app, pilot, "/label 2 advocacy")
    labels = (_isolated_home / "labels.csv").read_text()
    assert labels.startswith("text,stage\n") and labels.rstrip().endswith(",advocacy")


async def test_quit_with_unsaved_calendar_asks_first(demo_brief):
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "/plan 1")
        reply = await say(app, pilot, "/quit")
        assert "unsaved" in text_of(reply)
        assert app.is_running
        app.query_one("#prompt").value = "/quit"
        await pilot.press("enter")
        await settle(app, pilot)
    assert not app.is_running


async def test_autosave_is_offered_back(demo_brief):
    first = create_app(brief=str(demo_brief))
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(first, pilot)
        await say(first, pilot, "/plan 1")
    second = create_app()
    async with second.run_test(size=(120, 40)) as pilot:
        await settle(second, pilot)
        assert "/restore" in text_of(list(second.query(ChatMessage))[1])
        reply = await say(second, pilot, "/restore")
        assert "Restored the brief and calendar" in text_of(reply)
        assert len(second.session.calendar.posts) == 5
        assert second.session.unsaved


async def test_calendar_view_edit_approve_regen_delete(demo_brief):
    from textual.widgets import DataTable, TextArea

    from planner.tui.screens.calendar_view import CalendarView, EditPost

    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "/plan 1")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, CalendarView)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 5
        await pilot.press("down")
        await pilot.press("a")
        await pilot.pause()
        assert app.session.calendar.posts[1].status == "approved"
        before = app.session.calendar.posts[0].text
        await pilot.press("up", "r")
        await pilot.pause()
        assert app.session.calendar.posts[0].text != before
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditPost)
        app.screen.query_one(TextArea).text = "Hand-edited caption."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.session.calendar.posts[0].text == "Hand-edited caption."
        await pilot.press("d")
        await pilot.pause()
        assert len(app.session.calendar.posts) == 4
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CalendarView)
        reply = await say(app, pilot, "/calendar")
        assert "approved" in text_of(reply)


async def test_tab_completes_commands(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("/", "p", "l", "tab")
        assert app.query_one("#prompt").value == "/plan "


async def test_command_palette_runs_chat_commands(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "help":
            await pilot.press(ch)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert any("Commands:" in text_of(m) for m in app.query(ChatMessage))


async def test_loading_many_posts_shows_progress_and_keeps_typing(tmp_path):
    many = tmp_path / "many.txt"
    many.write_text("\n---\n".join(f"post number {i}: shop now with code SAVE{i % 50}" for i in range(3000)))
    app = PlannerApp()
    seen = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        original = app.session.progress

        def spy(done: int, total: int) -> None:
            seen.append((done, total))
            original(done, total)

        app.session.progress = spy
        app.query_one("#prompt").value = f"/posts {many}"
        await pilot.press("enter")
        await pilot.press("h", "i")  # typing while the worker runs
        assert app.query_one("#prompt").value.endswith("hi")
        await settle(app, pilot)
    assert app.session.classified.coverage.posts == 3000
    assert seen == [(1000, 3000), (2000, 3000), (3000, 3000)]


async def test_help_screen(app):
    from planner.tui.screens.help import HelpScreen

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_typed_review_commands(demo_brief):
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "/plan 1")
        reply = await say(app, pilot, "/approve 1")
        assert "approved" in text_of(reply)
        reply = await say(app, pilot, "/regen 1")
        assert "only drafts" in text_of(reply)
        reply = await say(app, pilot, "/regen 2")
        assert "new variant" in text_of(reply)
        reply = await say(app, pilot, "/delete 3")
        assert "Deleted post 3" in text_of(reply)
        reply = await say(app, pilot, "/show 9")
        assert "error" in reply.classes
        assert len(app.session.calendar.posts) == 4


async def test_settle_fails_when_the_chat_never_goes_idle(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.busy = True  # as if a turn never finished
        with pytest.raises(AssertionError, match="never settled"):
            await settle(app, pilot, rounds=3)
        app.busy = False
