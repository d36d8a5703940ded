"""Issue 14, deliver 6, through Textual's Pilot: the three whole conversations of
``tests/conversation_scripts.py`` typed into the chat, the brief checked after every
message (and the side panel's line for it), the calendar at the end."""

from __future__ import annotations

import pytest

from planner.chat.session import ChatSession
from planner.tui.app import PlannerApp
from planner.tui.widgets.side_panel import SidePanel
from tests.conversation_scripts import SCRIPTS, TODAY, brief_fields, expected_briefs
from tests.test_tui import say, text_of
from tests.tui_helpers import settle

pytestmark = pytest.mark.slow  # every test drives a Pilot session


@pytest.mark.parametrize("name", sorted(SCRIPTS))
async def test_a_whole_conversation_typed_into_the_chat(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    script, end = SCRIPTS[name]
    session = ChatSession()
    session.today = TODAY
    app = PlannerApp(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for step, (turn, expected) in enumerate(zip(script, expected_briefs(script), strict=True), 1):
            said = turn.text(app.session)
            reply = await say(app, pilot, said)
            where = f"{name}, message {step} {said!r}: {text_of(reply)[:300]!r}"
            assert turn.reply in text_of(reply), where
            if turn.error is not None:
                assert ("error" in reply.classes) == turn.error, where
            assert brief_fields(app.session.brief) == expected, where
            panel = str(app.query_one(SidePanel).render())
            assert (expected["product"] or "(tell me what you sell)") in panel, where
        end(app.session)
