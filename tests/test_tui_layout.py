"""Issue 14, layout at any size, through Textual's Pilot: at 60x20 the side panel gives way
to a one-line summary (f2 shows it in the chat's place), dialogs fit inside the screen,
long reply lines wrap under their column, and the panel never splits a saved path."""

from __future__ import annotations

import pytest

from planner.tui.app import create_app
from planner.tui.widgets.chat_message import ChatMessage
from planner.tui.widgets.side_panel import SidePanel
from tests.test_tui import say
from tests.tui_helpers import settle

pytestmark = pytest.mark.slow  # every test drives a Pilot session

PATH = "plans/december/wick-and-wander-soy-candles-holiday.toml"


def lines_of(widget) -> list[str]:
    """The widget's lines as drawn, border and padding included."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def _inside(region, screen) -> bool:
    return (region.x >= 0 and region.y >= 0 and region.right <= screen.width
            and region.bottom <= screen.height)


async def test_at_60x20_the_panel_gives_way_and_f2_brings_it(demo_brief):
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "/plan 1")
        side, summary, transcript = (app.query_one(SidePanel), app.query_one("#summary"),
                                     app.query_one("#transcript"))
        assert not side.display and summary.display and transcript.size.width >= 55
        assert str(summary.render()).startswith("Glow soy candles · 5 posts, unsaved · f2")
        await pilot.press("f2")
        await pilot.pause()
        assert side.display and side.size.width >= 55 and not transcript.display
        assert "back to the chat" in str(summary.render())
        await pilot.press("f2")
        await pilot.pause()
        assert not side.display and transcript.display


@pytest.mark.parametrize("width,panel", [(100, 32), (160, 38)])
async def test_wider_terminals_keep_the_panel_beside_the_chat(demo_brief, width, panel):
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(app, pilot)
        assert app.query_one(SidePanel).outer_size.width == panel
        assert not app.query_one("#summary").display
        await pilot.press("f2")  # hides it
        await pilot.pause()
        assert not app.query_one(SidePanel).display


async def test_help_and_edit_dialog_fit_inside_60x20(demo_brief):
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert _inside(app.screen.query_one("#help").region, app.size)
        await pilot.press("escape")
        await say(app, pilot, "/plan 1")
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen.query_one("#editor")
        assert _inside(editor.region, app.size)
        assert _inside(app.screen.query_one("#keep").region, app.size)


async def test_help_rows_wrap_under_their_column_at_100x30(demo_brief):
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        reply = await say(app, pilot, "/help")
        lines = lines_of(reply)
        row = next(i for i, line in enumerate(lines) if "/export FORMAT" in line)
        column = lines[row].index("ics,")
        assert lines[row + 1][:column].strip(" █▊") == ""  # the border, then nothing
        assert lines[row + 1][column] != " "  # ... until the "does" column


async def test_the_panel_never_splits_a_saved_path(demo_brief, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = create_app(brief=str(demo_brief))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await say(app, pilot, "/plan 1")
        reply = await say(app, pilot, f"/save {PATH}")
        assert "error" not in reply.classes
        drawn = "\n".join(line.rstrip() for line in lines_of(app.query_one(SidePanel)))
        assert "…/wick-and-wander-soy-\n" in drawn and "candles-holiday.toml" in drawn
