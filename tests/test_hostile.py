"""Hostile input: every file-reading command answers with one clear line (or copes), never a traceback."""

import json
import os

import pytest

POSTS_CASES = {
    "empty.csv": b"",
    "header-only.csv": b"text,stage\n",
    "binary.csv": bytes(range(256)) * 4,
    "latin1.csv": "text\ncaf\xe9 cr\xe8me \xe0 la mode\n".encode("latin-1"),
    "utf16.csv": "text\nhello from utf-16\n".encode("utf-16"),
    "bom.csv": "\ufefftext\nhello with a BOM\n".encode("utf-8"),
    "quotes.csv": b'text\n"line one\nline ""two"", with comma"\n"unterminated\n',
    "malformed.json": b'[{"text": "a"}, {"text": ',
    "nested.json": b"[" * 50000 + b"]" * 50000,
    "wrong-types.json": json.dumps([{"text": 5}, {"text": ["a"]}]).encode(),
    "dict.json": b'{"a": 1}',
    "badline.jsonl": b'{"text": "ok"}\nnot json\n',
    "nul.txt": b"post one\x00\x00\n---\npost two",
    "one-big-post.txt": b"word " * 200_000,
    "unknown-stage.csv": b"text,stage\nhello,purchase-ish\n",
    "no-extension": b"text\nhello\n",
}


def make(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def one_clear_line(r, path=None):
    assert "Traceback" not in r.err
    if r.code != 0:
        assert r.code == 1, r.err
        lines = [ln for ln in r.err.splitlines() if ln.startswith("planner:")]
        assert len(lines) == 1, r.err
        if path is not None:
            assert path.name in lines[0] or str(path) in lines[0], lines[0]


@pytest.mark.parametrize("name", sorted(POSTS_CASES))
@pytest.mark.parametrize("command", ["classify", "report", "evaluate", "plan"])
def test_posts_files(run, tmp_path, demo_brief, name, command):
    path = make(tmp_path, name, POSTS_CASES[name])
    args = {"plan": ["plan", "--brief", demo_brief, "--posts", path]}.get(command, [command, path])
    r = run(*args)
    one_clear_line(r, path)


def test_directory_symlink_loop_and_unreadable(run, tmp_path):
    r = run("classify", tmp_path)
    one_clear_line(r, tmp_path)
    assert r.code == 1
    loop = tmp_path / "loop.csv"
    os.symlink(loop, loop)
    r = run("classify", loop)
    assert r.code == 1
    one_clear_line(r, loop)
    locked = make(tmp_path, "locked.csv", b"text\nhi\n")
    locked.chmod(0)
    r = run("classify", locked)
    if os.geteuid() != 0:  # root reads anything
        assert r.code == 1
    one_clear_line(r, locked)


def test_large_file_is_handled(run, tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.write(b"text\n")
        fh.write(b"x" * (50 * 1024 * 1024) + b"\n")
    r = run("classify", big, "--format", "json")
    one_clear_line(r, big)


TOML_CASES = {
    "malformed.toml": b'[calendar\nproduct = "x"',
    "empty.toml": b"",
    "wrong-types.toml": b'[calendar]\nproduct = 5\nstart = 2026-12-07\nend = 2026-12-08\n',
    "impossible-date.toml": b'[calendar]\nproduct = "x"\nstart = 2026-02-30\nend = 2026-03-01\n',
    "bad-post.toml": (b'[calendar]\nproduct = "x"\nstart = 2026-12-07\nend = 2026-12-08\n'
                      b'[[posts]]\ndate = 2026-12-07\ntime = 10:00:00\nplatform = "x"\n'
                      b'stage = "fame"\ntext = "hi"\n'),
    "binary.toml": bytes(range(256)),
    "utf16.toml": '[calendar]\nproduct = "x"\n'.encode("utf-16"),
}


@pytest.mark.parametrize("name", sorted(TOML_CASES))
@pytest.mark.parametrize("command", ["lint", "export", "plan-update", "plan-brief", "brief-of-report"])
def test_toml_files(run, tmp_path, name, command):
    path = make(tmp_path, name, TOML_CASES[name])
    args = {"lint": ["lint", path], "export": ["export", path, "--to", "ics"],
            "plan-update": ["plan", "--update", path],
            "plan-brief": ["plan", "--brief", path],
            "brief-of-report": ["report", make(tmp_path, "p.txt", b"hello"), "--brief", path]}[command]
    r = run(*args)
    assert r.code == 1
    one_clear_line(r, path)


@pytest.mark.parametrize("brief", [
    b'product = "x"\nplatforms = ["myspace"]\n',
    b'product = "x"\nstart = 2026-02-30\n',
    b'product = "x"\nposts_per_week = -3\n',
    b'product = "x"\n[offer]\nends = "never"\n',
    b'product = ["x"]\n',
])
def test_bad_briefs_name_the_key(run, tmp_path, brief):
    path = make(tmp_path, "brief.toml", brief)
    r = run("plan", "--brief", path)
    assert r.code == 1
    one_clear_line(r, path)


async def test_chat_reads_hostile_files(tmp_path):
    from planner.tui.app import PlannerApp
    from planner.tui.widgets.chat_message import ChatMessage
    from tests.tui_helpers import settle

    app = PlannerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for name, data in list(POSTS_CASES.items())[:10] + list(TOML_CASES.items()):
            path = make(tmp_path, name, data)
            cmd = "/open" if name.endswith(".toml") else "/posts"
            app.query_one("#prompt").value = f"{cmd} {path}"
            await pilot.press("enter")
            await settle(app, pilot)
            last = list(app.query(ChatMessage))[-1]
            assert "Something went wrong" not in str(last.render()), (name, str(last.render()))
        assert app.is_running


def test_brief_values_never_steer_where_files_go(tmp_path, monkeypatch):
    from planner.chat.session import ChatSession
    from planner.domain.brief import brief_from_dict

    monkeypatch.chdir(tmp_path)
    s = ChatSession(brief=brief_from_dict({"product": "../../../etc/evil name\n/x", "weeks": 1}))
    assert not s.respond("/plan").error
    reply = s.respond("/save")
    assert not reply.error, reply.text
    saved = list((tmp_path / "content_calendar").glob("*.toml"))
    assert len(saved) == 1 and saved[0].parent == tmp_path / "content_calendar"
    assert not (tmp_path.parent / "etc").exists()
