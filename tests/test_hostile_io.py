"""Hostile input, round two (issue 12, part A): each attack is reproduced first, then must end
within seconds in exit 0 or 1 with one line naming the file, never a hang, a traceback or
a file read from (or written to) where it should not be.

Every case is bounded: at most a few tens of MB allocated, seconds of work. Limits are
lowered with monkeypatch where reaching the real ones would take hundreds of MB.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from planner.errors import PlannerError
from tests.test_hostile import one_clear_line
from tests.test_hostile_limits import attack

ROOT = Path(__file__).resolve().parent.parent
BRIEF = ('product = "mugs"\nplatforms = ["x"]\nposts_per_week = 1\nweeks = 1\n'
         'start = 2027-01-04\n')


@contextlib.contextmanager
def within(seconds: float):
    """Fail, rather than hang the suite, if the block takes longer than ``seconds``
    (SIGALRM interrupts even a blocking open of a FIFO)."""

    def expired(_signum, _frame):
        raise TimeoutError(f"still running after {seconds} s: it would hang")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def planner_process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "planner", *map(str, args)], stderr=subprocess.PIPE,
                          text=True, timeout=120, env=env, **kwargs)


def posts_text(n: int) -> str:
    return "\n---\n".join(f"post number {i} about our hand-thrown mugs" for i in range(n)) + "\n"


# ---- 1. zip bombs ---------------------------------------------------------------------------

@attack("zip-bomb-many-members")
def test_zip_bomb_many_members(case, tmp_path):
    """zip-bomb-many-members: members each under the per-member floor, a bomb together."""
    from planner.io import load_posts
    from planner.io import archive

    blob = b"window.YTD.tweets.part0 = [" + b" " * (archive.BOMB_MIN_BYTES - 1024 * 1024) + b"]"
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(12):
            zf.writestr(f"data/tweets-part{i}.js", blob)
    assert bomb.stat().st_size < 200_000 and len(blob) * 12 > 100 * 1024 * 1024  # the attack
    with pytest.raises(PlannerError, match=r"bomb\.zip:data/tweets-part\d+\.js: refused: looks "
                                           r"like a zip bomb \(the archive's posts files inflate"):
        load_posts([bomb])


@attack("zip-total")
def test_zip_members_together_over_the_archive_total(case, tmp_path, monkeypatch):
    """zip-total: members that do not compress (no ratio to catch) but together pass the total."""
    from planner.io import archive, load_posts

    monkeypatch.setattr(archive, "MAX_ZIP_TOTAL_BYTES", 1024 * 1024)
    payload = json.dumps([{"tweet": {"full_text": os.urandom(150_000).hex()}}])
    big = tmp_path / "big.zip"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(6):
            zf.writestr(f"data/tweets-part{i}.js", "window.YTD.tweets.part0 = " + payload)
    with pytest.raises(PlannerError, match=r"big\.zip:data/tweets-part\d\.js: refused: the archive's "
                                           r"posts files inflate to more than 1 MB together"):
        load_posts([big])


@attack("zip-too-many-entries")
def test_zip_with_too_many_entries(case, tmp_path, monkeypatch):
    from planner.io import archive, load_posts

    monkeypatch.setattr(archive, "MAX_MEMBERS", 50)
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(51):
            zf.writestr(f"media/{i}.txt", "x")
    with pytest.raises(PlannerError, match=r"many\.zip: refused: the archive has 51 members"):
        load_posts([many])


# ---- 5. pipes, FIFOs and devices -------------------------------------------------------------

def _pipe_path(data: bytes) -> tuple[str, threading.Thread]:
    """A pipe fed by a thread, named as a shell's <(cmd) names it: /dev/fd/N."""
    r, w = os.pipe()

    def feed():
        with os.fdopen(w, "wb") as fh:
            fh.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    return f"/dev/fd/{r}", writer


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
@attack("pipe-head")
def test_pipe_keeps_its_head(case):
    """pipe-head: `classify --input-format txt <(cat posts.txt)` lost the first ~4 KB to the zip sniff."""
    from planner.io import load_posts

    data = posts_text(2000).encode()
    assert len(data) > 8192
    path, writer = _pipe_path(data)
    with within(20):
        posts = load_posts([path], input_format="txt")
    writer.join(5)
    os.close(int(path.rsplit("/", 1)[1]))
    assert len(posts) == 2000
    assert posts[0].text == "post number 0 about our hand-thrown mugs"


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
@attack("pipe-head-csv")
def test_pipe_csv_keeps_its_head_without_input_format(case):
    from planner.io import load_posts

    data = ("text\n" + "".join(f"row {i}\n" for i in range(3000))).encode()
    path, writer = _pipe_path(data)
    with within(20):
        posts = load_posts([path], input_format="csv")
    writer.join(5)
    os.close(int(path.rsplit("/", 1)[1]))
    assert [p.text for p in posts[:2]] == ["row 0", "row 1"] and len(posts) == 3000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", ["classify", "report", "plan-brief", "lint"],
                         ids=lambda c: f"fifo-no-writer-{c}")
def test_fifo_no_writer(run, tmp_path, demo_brief, command):
    """fifo-no-writer: a named pipe nothing writes to hung the reader forever."""
    fifo = tmp_path / "posts.csv"
    os.mkfifo(fifo)
    args = {"classify": ["classify", fifo], "report": ["report", fifo],
            "plan-brief": ["plan", "--brief", fifo], "lint": ["lint", fifo]}[command]
    with within(20):
        r = run(*args)
    assert r.code == 1
    one_clear_line(r, fifo)
    assert "named pipe" in r.err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("how", ["direct", "link", "plan-brief"],
                         ids=["dev-zero", "dev-zero-link", "dev-zero-as-brief"])
def test_dev_zero(run, tmp_path, how):
    """dev-zero: /dev/zero reports size 0, passed the 200 MB cap and was read forever."""
    path = Path("/dev/zero")
    if how == "link":
        path = tmp_path / "zero.csv"
        path.symlink_to("/dev/zero")
    args = ["plan", "--brief", path] if how == "plan-brief" else ["classify", path]
    with within(20):
        r = run(*args)
    assert r.code == 1
    one_clear_line(r, path)
    assert "is a device" in r.err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@attack("stdin-cap")
def test_dev_zero_on_stdin_is_cut_at_the_cap_by_counting(case, run, monkeypatch):
    """stdin-cap: what comes on stdin is counted against the input cap as it is read."""
    from planner.io import source

    monkeypatch.setattr(source, "MAX_INPUT_BYTES", 2 * 1024 * 1024)
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
        with within(20):
            r = run("classify", "-", "--input-format", "csv")
    assert r.code == 1
    one_clear_line(r)
    assert "<stdin>: file is too large (more than 2 MB" in r.err


@attack("file-size-lies")
def test_regular_file_is_cut_at_the_cap_by_counting(case, tmp_path, monkeypatch):
    """A file whose size says little (/proc reports 0) is still cut at the cap: bytes are counted."""
    from planner import fileio

    big = tmp_path / "big.toml"
    big.write_bytes(b"# x\n" * 300_000)
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((stat.S_IFREG | 0o644,) + (0,) * 9))
    with pytest.raises(PlannerError, match="big.toml: file is too large"):
        fileio.read_bytes(big, limit=1024 * 1024)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs unix sockets")
@attack("socket-input")
def test_socket_is_refused(case, run, tmp_path):
    path = tmp_path / "posts.csv"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        r = run("classify", path)
    finally:
        server.close()
    assert r.code == 1 and "is a socket" in r.err
    one_clear_line(r, path)


# ---- 6. a stray quote ------------------------------------------------------------------------

def _stray_quote_csv(path: Path, line: int = 17) -> Path:
    rows = ["text,stage"] + [f"post number {i},awareness" for i in range(1, 1001)]
    rows[line - 1] = f'"post number {line - 1} with a stray quote,awareness'
    path.write_text("\n".join(rows) + "\n")
    return path


@attack("stray-quote")
def test_stray_quote_is_named_by_its_line(case, tmp_path):
    """stray-quote: one unterminated quote in 1,000 rows gave 2 posts and exit 0."""
    from planner.io import load_posts

    path = _stray_quote_csv(tmp_path / "posts.csv")
    with pytest.raises(PlannerError, match=r"posts\.csv: line 17: a quote opened here is never closed"):
        load_posts([path])


@pytest.mark.parametrize("command", ["classify", "report", "stdin"], ids=lambda c: f"stray-quote-{c}")
def test_stray_quote_on_the_command_line(run, tmp_path, command):
    path = _stray_quote_csv(tmp_path / "posts.csv", line=300)
    if command == "stdin":
        r = run("classify", "-", "--input-format", "csv", stdin=path.read_text())
    else:
        r = run(command, path)
    assert r.code == 1 and r.out == ""
    one_clear_line(r)
    assert "line 300: a quote opened here is never closed" in r.err


@attack("stray-quote-export-csv")
def test_stray_quote_in_an_export_csv(case, tmp_path):
    from planner.io import load_posts

    path = tmp_path / "buffer.csv"
    path.write_text("Text,Posted At,Service\n" + "".join(f"post {i},2026-01-0{1 + i % 9},twitter\n"
                                                         for i in range(50))
                    + '"broken,2026-01-01,twitter\n' + "".join(f"post {i},2026-01-01,twitter\n"
                                                              for i in range(50)))
    with pytest.raises(PlannerError, match="buffer.csv: line 52: a quote opened here is never closed"):
        load_posts([path])


# ---- 11. workers ----------------------------------------------------------------------------

def _client(root: Path, name: str, posts: str | None = None) -> Path:
    d = root / name
    d.mkdir(parents=True)
    (d / "brief.toml").write_text(BRIEF)
    if posts is not None:
        (d / "posts.csv").write_text(posts)
    return d


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
@pytest.mark.parametrize("link", ["posts-file", *(pytest.param(name, marks=pytest.mark.slow) for name in (
    "posts-folder", "file-in-posts-folder", "templates", "platforms", "brief", "client-folder", "output"))],
    ids=lambda link: f"batch-symlink-escape-{link}")
def test_batch_symlink_escape(run, tmp_path, link):
    """batch-symlink-escape: `ln -s ../secret.txt clients/evil/posts.txt` was classified."""
    secret = tmp_path / "secret.txt"
    secret.write_text('product = "SECRET LINE"\n')
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "posts.csv").write_text("text\nSECRET LINE\n")
    clients = tmp_path / "clients"
    _client(clients, "good")
    evil = clients / "evil" if link != "client-folder" else tmp_path / "elsewhere" / "evil"
    evil.mkdir(parents=True)
    (evil / "brief.toml").write_text(BRIEF)
    named = {"posts-file": evil / "posts.txt", "posts-folder": evil / "posts",
             "file-in-posts-folder": evil / "posts" / "a.csv", "templates": evil / "templates",
             "platforms": evil / "platforms.toml", "brief": evil / "brief.toml",
             "client-folder": clients / "evil", "output": evil / "report.md"}[link]
    target = {"posts-folder": outside, "templates": outside, "client-folder": evil,
              "output": tmp_path / "report.md"}.get(link, secret)
    if link == "file-in-posts-folder":
        named.parent.mkdir()
    if link == "brief":
        named.unlink()
    named.symlink_to(target)
    r = run("batch", clients, "--jobs", "1", "--force")
    assert r.code == 1
    assert {tuple(ln.split()[:2]) for ln in r.out.splitlines()[1:]} == {("good", "ok"), ("evil", "FAILED")}
    [line] = [ln for ln in r.err.splitlines() if ln.startswith("planner: evil:")]
    assert str(named) in line and "outside" in line and "refused" in line
    written = [p.read_text() for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()
               and p not in (secret, outside / "posts.csv")]
    assert not any("SECRET" in text for text in written)
    assert not (tmp_path / "report.md").exists()


def _dying_client(client: Path, **kwargs):
    """Stands in for run_client in forked workers: the client named "boom" kills its process."""
    from planner.batch import ClientResult

    if client.name == "boom":
        os._exit(70)
    time.sleep(0.2)
    return ClientResult(client.name, True, 0, 1)


@pytest.mark.skipif(sys.platform != "linux", reason="forked workers inherit the stand-in")
@attack("batch-worker-dies")
def test_batch_worker_dies(case, run, tmp_path, monkeypatch):
    """batch-worker-dies: a dead worker (BrokenProcessPool) lost the table and named nobody."""
    from planner import batch

    monkeypatch.setattr(batch, "run_client", _dying_client)
    clients = tmp_path / "clients"
    for name in ("alpha", "boom", "delta", "gamma", "zeta"):
        _client(clients, name)
    with within(60):
        r = run("batch", clients, "--jobs", "2")
    assert r.code == 1
    assert "Traceback" not in r.err
    table = r.out.splitlines()
    assert table[0].startswith("client") and len(table) == 6
    assert [ln.split()[:2] for ln in table[1:]] == [["alpha", "ok"], ["boom", "FAILED"], ["delta", "ok"],
                                                    ["gamma", "ok"], ["zeta", "ok"]]
    [line] = [ln for ln in r.err.splitlines() if ln.startswith("planner:")]
    assert line.startswith("planner: boom: its worker process died")
    assert "4 of 5 clients ok" in r.err
