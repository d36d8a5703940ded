"""Batch workers and Ctrl-C: the main process handles the interrupt (one line, exit 130), workers
ignore it, and a worker stopped mid-write leaves no temporary file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.test_hostile_io import ROOT, _client, _dying_client
from tests.test_hostile_limits import attack


@attack("batch-ctrl-c")
def test_batch_ctrl_c_is_one_line(case, run, tmp_path, monkeypatch):
    """batch-ctrl-c: Ctrl-C during batch printed worker tracebacks."""
    from planner import batch

    def interrupted(futures):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "as_completed", interrupted)
    monkeypatch.setattr(batch, "run_client", _dying_client)
    clients = tmp_path / "clients"
    for name in ("a", "b"):
        _client(clients, name)
    r = run("batch", clients, "--jobs", "2")
    # click ends the ^C line first: the one line is "planner: interrupted"
    assert r.code == 130 and r.err.strip() == "planner: interrupted" and r.out == ""


def _interrupt_handler():
    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_batch_workers_leave_ctrl_c_to_the_main_process():
    from planner import batch

    pool = batch._pool(1)
    try:
        assert pool.submit(_interrupt_handler).result(timeout=60)
    finally:
        pool.shutdown()


SLOW_WRITER = """
import os, sys, time
from planner import batch, fileio
batch._worker_signals()
real_fsync = os.fsync
def slow(fd):
    print("writing", flush=True)
    time.sleep(60)
os.fsync = slow
fileio.write_atomic(sys.argv[1], "x" * 1000)
"""


@attack("batch-worker-stopped-temp")
def test_stopped_worker_leaves_no_temp_file(case, tmp_path):
    """A worker stopped (SIGTERM, as on Ctrl-C) mid-write removes its temporary file."""
    target = tmp_path / "report.md"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(target)], stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().strip() == b"writing"
        assert len(list(tmp_path.iterdir())) == 1  # the temporary file, mid-write
        proc.terminate()
        assert proc.wait(timeout=30) == 143
    finally:
        proc.kill()
    assert list(tmp_path.iterdir()) == []
