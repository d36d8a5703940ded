"""Hostile input, round two (issue 12), what is written: standard output that cannot be
written, output paths that are not regular files, and writes killed halfway (kill -9 never
leaves a partial file; its temporary file is recognised and removed later). Each case is
named after its attack.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time

import pytest

from planner.errors import PlannerError
from tests.test_hostile import one_clear_line
from tests.test_hostile_io import ROOT, planner_process, within
from tests.test_hostile_limits import attack


# ---- 7. stdout that cannot be written -------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["plan", "classify-csv", "classify-table", "help", "plan-help",
                                     "version"], ids=lambda c: f"stdout-dev-full-{c}")
def test_stdout_dev_full(tmp_path, demo_brief, command):
    """stdout-dev-full: `planner classify x.csv > /dev/full` said "internal error"; so did
    `planner --help`, `planner plan --help` and `planner --version` (click writes those itself)."""
    posts = tmp_path / "x.csv"
    posts.write_text("text\n" + "".join(f"shop now {i}\n" for i in range(3000)))
    args = {"plan": ["plan", "--brief", demo_brief], "classify-csv": ["classify", posts, "--format", "csv"],
            "classify-table": ["classify", posts], "help": ["--help"], "plan-help": ["plan", "--help"],
            "version": ["--version"]}[command]
    with open("/dev/full", "w") as full:
        r = planner_process(*args, stdout=full)
    assert r.returncode == 1, r.stderr
    # the one error line, after any warning the plan gives on stderr
    errors = [line for line in r.stderr.splitlines() if not line.startswith("warning: ")]
    assert errors == ["planner: cannot write to standard output: No space left on device"], r.stderr


@attack("stdout-write-error")
def test_stdout_write_error_in_process(case, run, monkeypatch):
    """The same, in process: a write error on stdout is one line and exit 1."""
    import click

    def full(*args, **kwargs):
        if kwargs.get("err"):
            return real_echo(*args, **kwargs)
        raise OSError(28, "No space left on device")

    real_echo = click.echo
    monkeypatch.setattr(click, "echo", full)
    r = run("brief", "we sell handmade mugs on Etsy")
    assert r.code == 1
    assert r.err == "planner: cannot write to standard output: No space left on device\n"


# ---- 10. writing over what is not a file ----------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@attack("write-over-fifo-and-socket")
def test_write_over_fifo_and_socket(case, tmp_path):
    """write-over-device: a node that is not a regular file is never replaced, even with force."""
    from planner.fileio import write_atomic

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    sock = tmp_path / "sock.toml"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    try:
        for path, what in ((fifo, "named pipe"), (sock, "socket")):
            for force in (False, True):
                with within(10), pytest.raises(PlannerError, match=f"{path.name}: is a {what}"):
                    write_atomic(path, "x", force=force)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and stat.S_ISSOCK(os.lstat(sock).st_mode)
    finally:
        server.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="making a device node needs root")
@attack("write-over-device")
def test_write_over_device(case, run, tmp_path, demo_brief):
    """write-over-device: `-o NODE --force` replaced a device node with a regular file."""
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    link = tmp_path / "cal.toml"
    link.symlink_to(node)
    for target in (node, link):
        r = run("plan", "--brief", demo_brief, "-o", target, "--force")
        assert r.code == 1 and "is a device" in r.err and "refusing to replace it" in r.err
        one_clear_line(r, target)
    assert stat.S_ISCHR(os.lstat(node).st_mode) and link.is_symlink()


@attack("write-over-directory")
def test_write_over_directory(case, tmp_path):
    from planner.fileio import write_atomic

    (tmp_path / "d").mkdir()
    with pytest.raises(PlannerError, match="d: is a directory, not a file: refusing to replace it"):
        write_atomic(tmp_path / "d", "x", force=True)


@attack("dangling-symlink")
def test_dangling_symlink(case, run, tmp_path, demo_brief):
    """dangling-symlink: a link to nothing was replaced by a file without --force."""
    from planner.fileio import write_atomic

    link = tmp_path / "cal.toml"
    link.symlink_to(tmp_path / "elsewhere.toml")
    with pytest.raises(PlannerError, match="cal.toml: already exists as a link to .*elsewhere.toml"):
        write_atomic(link, "x")
    r = run("plan", "--brief", demo_brief, "-o", link)
    assert r.code == 1 and "already exists as a link" in r.err
    one_clear_line(r, link)
    assert link.is_symlink() and not (tmp_path / "elsewhere.toml").exists()
    write_atomic(link, "through the link\n", force=True)  # --force writes the file it names
    assert link.is_symlink() and (tmp_path / "elsewhere.toml").read_text() == "through the link\n"
    write_atomic(link, "again\n", force=True)
    assert link.is_symlink() and (tmp_path / "elsewhere.toml").read_text() == "again\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cal.toml", "elsewhere.toml"]


@attack("output-link-loop")
def test_link_loop_is_refused(case, tmp_path):
    from planner.fileio import write_atomic

    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    with pytest.raises(PlannerError, match="loop.toml: "):
        write_atomic(loop, "x", force=True)
    assert loop.is_symlink()


# ---- 11. workers and left-over temporary files ----------------------------------------------

KILLED_WRITER = """
import os, sys
from planner import fileio
os.replace = lambda *a: os._exit(9)  # killed between writing the temporary file and the rename
fileio.write_atomic(sys.argv[1], "new\\n", force=True)
"""


@attack("stale-temp")
def test_killed_write_leaves_a_recognisable_temp_that_the_next_write_removes(case, tmp_path):
    """stale-temp: kill -9 mid-write left an anonymous .tmp beside the target."""
    from planner import fileio

    target = tmp_path / "calendar.toml"
    target.write_text("old\n")
    proc = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 9
    [left] = [p for p in tmp_path.iterdir() if p != target]
    assert left.name.startswith(".calendar.toml.planner-tmp-") and target.read_text() == "old\n"
    fileio.write_atomic(target, "newer\n", force=True)
    assert left.exists()  # young: it could be another run's write in progress
    old = time.time() - fileio.STALE_TMP_SECONDS - 60
    os.utime(left, (old, old))
    other = tmp_path / ".calendar.toml.not-ours"
    other.write_text("keep")
    os.utime(other, (old, old))
    fileio.write_atomic(target, "newest\n", force=True)
    assert not left.exists() and other.exists() and target.read_text() == "newest\n"




KILLED_AT = """
import os, sys
from planner import fileio
point = sys.argv[2]
real = getattr(os, point)
def killed(*args, **kwargs):
    if point != "write" or args[0] != 2:  # (never on stderr)
        os._exit(9)  # as kill -9: nothing unwinds, nothing is cleaned up
    return real(*args, **kwargs)
setattr(os, point, killed)
fileio.write_atomic(sys.argv[1], "new calendar\\n" * 50_000, force=True)
"""


@pytest.mark.parametrize("point", ["fchmod", "fsync", "replace"],
                         ids=["kill9-before-the-write", "kill9-before-the-fsync",
                              "kill9-before-the-rename"])
def test_a_killed_write_leaves_the_old_file_whole(tmp_path, point):
    """kill -9 at any point of a write leaves the old file as it was, never a part of the new."""
    target = tmp_path / "calendar.toml"
    target.write_text("old calendar\n")
    proc = subprocess.run([sys.executable, "-c", KILLED_AT, str(target), point],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 9
    assert target.read_text() == "old calendar\n"
    left = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(name.startswith(".calendar.toml.planner-tmp-") for name in left) and len(left) <= 1
