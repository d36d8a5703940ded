"""Issue 14, layout at any size: a chat reply's long lines wrap under their own column,
never back to column 1, and a path is never cut inside a name."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from planner.chat.commands import COMMANDS
from planner.chat.session import ChatSession
from planner.tui.widgets.wrapping import hang, path_lines, wrap_line, wrap_reply

HELP_ROW = ("  /export FORMAT [PATH] [PLATFORM]  ics, csv, markdown, hootsuite or sprout (one "
            "platform each; default path beside /save's)")
CALENDAR_ROW = ("    2 Tue 08 Dec 17:00 tiktok    consideration draft    Comparing your options? "
                "Here's how Glow & Co wor")


def _letters(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("width", [20, 40, 53, 80, 120])
def test_every_help_line_fits_and_keeps_its_words(width):
    text = ChatSession().respond("/help").text
    lines = wrap_reply(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert _letters("\n".join(lines)) == _letters(text)  # nothing lost, nothing added
    assert len(COMMANDS) <= len(lines)


def test_a_help_row_wraps_under_its_does_column_when_there_is_room():
    lines = wrap_line(HELP_ROW, 90)
    column = HELP_ROW.index("ics,")
    assert len(lines) == 2 and lines[1].startswith(" " * column + "each;")


def test_a_help_row_wraps_under_its_command_when_the_column_is_too_far():
    lines = wrap_line(HELP_ROW, 53)
    assert all(line.startswith("    ") and not line.startswith("     ") for line in lines[1:])


def test_a_calendar_row_wraps_after_its_number_or_under_its_text():
    narrow = wrap_line(CALENDAR_ROW, 50)
    assert all(line.startswith("      ") and line[6] != " " for line in narrow[1:])
    wide = wrap_line(CALENDAR_ROW, 90)
    assert wide[1].strip().startswith("Glow") and wide[1].index("Glow") == CALENDAR_ROW.index("Comparing")


def test_bullets_hang_after_the_bullet_and_prose_wraps_to_the_edge():
    assert wrap_line("  • sells on: amazon, shopify, etsy (was amazon, shopify)", 40)[1] == \
        "    amazon, shopify)"
    assert wrap_line("→ Poured from soy wax and essential oils, no paraffin", 30)[1].startswith("  ")
    prose = wrap_line("Planned 3 posts from 2026-12-07 to 2026-12-13: conversion 3.", 30)
    assert prose[1][0] != " "


def test_a_hang_always_leaves_room_to_read():
    assert hang(HELP_ROW, 30) <= 10
    assert hang("x" * 5 + "  " + "y" * 100, 10) == 0


def test_a_long_path_in_a_reply_breaks_after_a_folder():
    lines = wrap_line("Saved to /tmp/some/very/long/folder/name/glow-soy-candles-2026-12-07.toml", 40)
    assert lines[1].endswith("/") and lines[2] == "glow-soy-candles-2026-12-07.toml"


@pytest.mark.parametrize("width", [12, 20, 27, 35, 60])
def test_a_path_is_never_cut_inside_a_name(width):
    path = "plans/december/wick-and-wander-soy-candles-holiday.toml"
    lines = path_lines(path, width)
    assert all(cell_len(line) <= width for line in lines)
    pieces = [p for line in lines for p in line.removeprefix("…/").replace("/", "-").replace(".", "-").split("-") if p]
    names = [p for p in path.replace("/", "-").replace(".", "-").split("-")]
    assert pieces == names[-len(pieces):]  # whole words only, the end of the path kept
    assert lines[-1].endswith("toml")


def test_a_short_name_keeps_its_folders_as_far_as_they_fit():
    assert path_lines("/home/dana/plans/plan.toml", 20) == ["…/plans/plan.toml"]
    assert path_lines("/home/dana/plans/plan.toml", 40) == ["/home/dana/plans/plan.toml"]
