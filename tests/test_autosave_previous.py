"""Issue 14, autosave lost before /restore: a new session's first autosave keeps the last
session's as previous.toml, so /restore typed after a first message still brings it back."""

from __future__ import annotations

from planner.chat.autosave import autosave_path, previous_path
from planner.chat.session import ChatSession
from tests.test_conversation import chat, planned  # noqa: F401 - fixtures


def test_restore_after_a_first_message_brings_back_the_last_session(planned):  # noqa: F811
    count = len(planned.calendar.posts)
    product = planned.brief.product
    fresh = ChatSession()
    assert fresh.respond("we sell beeswax wraps on Etsy").changed == {"brief"}
    assert fresh.brief.product == "beeswax wraps"
    assert previous_path().is_file()  # moved aside, not overwritten
    reply = fresh.respond("/restore")
    assert reply.text.startswith("Restored the brief and calendar from your last session.")
    assert "/undo brings that back" in reply.text
    assert fresh.brief.product == product and len(fresh.calendar.posts) == count
    assert fresh.respond("/undo").text.startswith("Undone")
    assert fresh.brief.product == "beeswax wraps"


def test_restore_before_any_message_reads_the_last_session(planned):  # noqa: F811
    fresh = ChatSession()
    reply = fresh.respond("/restore")
    assert reply.text == "Restored the brief and calendar from your last session."
    assert len(fresh.calendar.posts) == len(planned.calendar.posts)


def test_a_session_that_wrote_first_has_nothing_older_to_restore():
    first = ChatSession()
    first.respond("we sell soy candles on Etsy")
    reply = first.respond("/restore")
    assert reply.error and reply.text == "There is no autosaved session from before this one."


def test_a_stale_previous_is_dropped_when_the_last_session_left_cleanly(planned):  # noqa: F811
    ChatSession().respond("we sell beeswax wraps")  # the planned session goes to previous.toml
    autosave_path().unlink()  # ... and the next session left cleanly
    third = ChatSession()
    third.respond("we sell linen aprons")
    assert not previous_path().exists()
    assert third.respond("/restore").error


def test_quitting_without_a_change_keeps_the_last_autosave(planned):  # noqa: F811
    idle = ChatSession()
    assert idle.respond("/quit").quit
    assert autosave_path().is_file()
    busy = ChatSession()
    busy.respond("we sell beeswax wraps")
    assert busy.respond("/quit").quit  # nothing unsaved: both files go
    assert not autosave_path().exists() and not previous_path().exists()
