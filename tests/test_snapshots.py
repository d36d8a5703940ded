"""SVG snapshots of the main screens at 120x40, each a short story of key presses."""

from pathlib import Path

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


def test_help(snap_compare):
    async def story(pilot):
        await _settle(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    assert snap_compare(create_app(), terminal_size=(120, 40), run_before=story)


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
