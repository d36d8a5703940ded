"""No lost work: a save killed with SIGKILL leaves the old file intact."""

import os
import signal
import subprocess
import sys
import time

WRITER = """
import sys
from planner.fileio import write_atomic
path = sys.argv[1]
print("ready", flush=True)
while True:
    write_atomic(path, "new " * 30_000_000, force=True)
"""


def test_sigkill_mid_save_keeps_a_whole_file(tmp_path):
    target = tmp_path / "calendar.toml"
    target.write_text("old calendar\n")
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    content = target.read_bytes()
    assert content == b"old calendar\n" or content == b"new " * 30_000_000


def test_chat_autosave_survives_a_crash(tmp_path):
    home = tmp_path / "home"
    code = f"""
import os
os.environ["PLANNER_HOME"] = {str(home)!r}
from planner.chat.session import ChatSession
from planner.domain.brief import load_brief
s = ChatSession(brief=load_brief({str(__import__('pathlib').Path(__file__).resolve().parent.parent / 'planner/data/demo/brief.toml')!r}))
s.respond("/plan 1")
os.kill(os.getpid(), 9)
"""
    subprocess.run([sys.executable, "-c", code])
    env = {**os.environ, "PLANNER_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c",
                          "from planner.chat.session import ChatSession\n"
                          "s = ChatSession()\nprint(s.respond('/restore').text)\n"
                          "print(len(s.calendar.posts))"], env=env, capture_output=True, text=True)
    assert "Restored the brief and calendar" in out.stdout, out.stderr
    assert out.stdout.split()[-1] == "5"
