"""The chat offers the loaded posts whose labels would teach the model most: after /posts,
with /teach, and when asked in plain words; /label records them as before, and a post
labelled is not offered again."""

from __future__ import annotations

import re

import pytest

from planner.chat.commands import dispatch
from planner.chat.conversation import converse
from planner.chat.state import SessionState
from planner.tui.app import create_app
from planner.tui.widgets.chat_message import ChatMessage
from tests.tui_helpers import settle


def offered(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"^  post (\d+):", text, re.M)]


def test_posts_then_teach_then_label(demo_posts, _isolated_home):
    state = SessionState()
    loaded = dispatch(state, f"/posts {demo_posts}").text
    m = re.search(r"Labels that would teach the model most: posts? ([\d, and]+) \(/teach", loaded)
    assert m, loaded
    numbers = [int(n) for n in re.findall(r"\d+", m.group(1))]
    reply = dispatch(state, "/teach").text
    assert offered(reply) == numbers and 1 <= len(numbers) <= 5
    first = state.posts[numbers[0] - 1].text
    assert f"post {numbers[0]}: " in reply and first[:40] in reply and " or " in reply
    assert "/label N STAGE" in reply
    assert not dispatch(state, f"/label {numbers[0]} loyalty").error
    again = offered(dispatch(state, "/teach").text)
    assert numbers[0] not in again and numbers[1:] == [n for n in again if n in numbers]
    report = dispatch(state, "/report").text
    assert "Label these to teach the model" in report and "Label one with: /label " in report
    assert f"  post {numbers[0]} " not in report.split("Label these")[1]


def test_asked_in_plain_words(demo_posts):
    state = SessionState()
    assert "nothing to label" in converse(state, "which posts should I label?").text
    dispatch(state, f"/posts {demo_posts}")
    assert offered(converse(state, "which posts should I label?").text)
    assert offered(converse(state, "what should i label next?").text)


def test_labels_from_an_earlier_chat_are_not_offered_again(demo_posts):
    state = SessionState()
    dispatch(state, f"/posts {demo_posts}")
    numbers = offered(dispatch(state, "/teach").text)
    for n in numbers:
        dispatch(state, f"/label {n} awareness")
    later = SessionState()  # a new chat, the same posts, the labels file kept
    dispatch(later, f"/posts {demo_posts}")
    assert not set(offered(dispatch(later, "/teach").text)) & set(numbers)


def test_teach_without_posts():
    reply = dispatch(SessionState(), "/teach")
    assert reply.error and "/posts" in reply.text


@pytest.mark.slow  # a Textual Pilot session
async def test_teach_and_label_in_the_chat(demo_posts, _isolated_home):
    app = create_app(posts=[str(demo_posts)])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        loaded = [str(m.render()) for m in app.query(ChatMessage)]
        assert any("Labels that would teach the model most" in m for m in loaded)
        app.query_one("#prompt").value = "/teach"
        await pilot.press("enter")
        await settle(app, pilot)
        reply = str(list(app.query(ChatMessage))[-1].render())
        numbers = offered(reply)
        assert numbers, reply
        app.query_one("#prompt").value = f"/label {numbers[0]} advocacy"
        await pilot.press("enter")
        await settle(app, pilot)
        assert f"Post {numbers[0]}: " in str(list(app.query(ChatMessage))[-1].render())
    labels = (_isolated_home / "labels.csv").read_text(encoding="utf-8")
    assert labels.rstrip().endswith(",advocacy")
