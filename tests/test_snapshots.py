"""SVG snapshots of the main screens at 120x40, each a short story of key presses."""

from pathlib import Path

import pytest

from planner.tui.app import create_app
from tests.tui_helpers import settle

DEMO = Path(__file__).resolve().parent.parent / "planner" / "data" / "demo"


async def _settle(pilot):
    # a blinking cursor is the classic flaky snapshot: keep it steady
    pilot.app.query_one("#prompt").cursor_blink = False
    await settle(pilot.app, pilot)


def test_first_screen_with_demo(snap_compare):
    app = create_app(brief=str(DEMO / "brief.toml"), posts=[str(DEMO / "posts.csv")])
    assert snap_compare(app, terminal_size=(120, 40), run_before=_settle)


def test_after_plan(snap_compare):
    app = create_app(brief=str(DEMO / "brief.toml"), posts=[str(DEMO / "posts.csv")])

    async def story(pilot):
        await _settle(pilot)
        await pilot.press(*"/plan 2")
        await pilot.press("enter")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=story)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)], ids=["120x40", "60x20"])
def test_help(snap_compare, size):
    async def story(pilot):
        await _settle(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    assert snap_compare(create_app(), terminal_size=size, run_before=story)


def test_calendar_view(snap_compare):
    app = create_app(brief=str(DEMO / "brief.toml"))

    async def story(pilot):
        await _settle(pilot)
        await pilot.press(*"/plan 1")
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=story)


# ---- layout at any size (issue 14, deliver 5) ------------------------------------------------

def _conversation_app(tmp_path, monkeypatch):
    import datetime as dt

    from planner.chat.session import ChatSession
    from planner.domain.brief import load_brief
    from planner.tui.app import PlannerApp
    from tests.test_conversation import BRIEF

    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.toml").write_text(BRIEF)
    session = ChatSession(load_brief("brief.toml"))
    session.today = dt.date(2026, 12, 9)
    return PlannerApp(session)


async def _converse(pilot):
    await _settle(pilot)
    for text in ("we also sell on Amazon, and I post 4x a week", "/plan 1",
                 "/save plans/december/wick-and-wander-soy-candles-holiday.toml", "/help"):
        pilot.app.query_one("#prompt").value = text
        await pilot.press("enter")
        await _settle(pilot)


@pytest.mark.parametrize("size", [(60, 20), (100, 30), (160, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_conversation_at_size(snap_compare, tmp_path, monkeypatch, size):
    """The side panel gives way below 80 columns, /help's rows wrap under their column, the
    saved path in the panel is shortened at a folder, never split mid-word."""
    app = _conversation_app(tmp_path, monkeypatch)
    assert snap_compare(app, terminal_size=size, run_before=_converse)


def test_side_panel_in_the_chats_place_at_60x20(snap_compare, tmp_path, monkeypatch):
    app = _conversation_app(tmp_path, monkeypatch)

    async def story(pilot):
        await _converse(pilot)
        await pilot.press("f2")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(60, 20), run_before=story)




def test_edit_dialog_at_60x20(snap_compare, tmp_path, monkeypatch):
    app = _conversation_app(tmp_path, monkeypatch)

    async def story(pilot):
        await _settle(pilot)
        pilot.app.query_one("#prompt").value = "/plan 1"
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("down", "e")
        await pilot.pause()
        pilot.app.screen.query_one("#caption").cursor_blink = False  # focused: typing goes in
        await pilot.pause()

    assert snap_compare(app, terminal_size=(60, 20), run_before=story)
