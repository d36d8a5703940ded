"""First paint of the chat vs a bare Textual app, measured side by side in this run.

Each app is started headless in a fresh interpreter (so imports count) and exits as
soon as its first screen is mounted; the figure is the wall time from process start
to that moment, median of several runs.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

BARE = """
import time, sys
t0 = float(sys.argv[1])
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.done)
    def done(self):
        print(time.time() - t0); self.exit()
import asyncio
async def main():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
asyncio.run(main())
"""

PLANNER = """
import time, sys
t0 = float(sys.argv[1])
from planner.chat.session import ChatSession
from planner.tui.app import PlannerApp
class Timed(PlannerApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.done)
    def done(self):
        print(time.time() - t0, flush=True)
        self.exit()
app = Timed(ChatSession())
import asyncio
async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
asyncio.run(main())
"""


def measure(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code, repr(time.time())], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bare = [measure(BARE) for _ in range(args.runs)]
    chat = [measure(PLANNER) for _ in range(args.runs)]
    b, c = statistics.median(bare), statistics.median(chat)
    print(f"{'app':<22}{'first paint (s, median of ' + str(args.runs) + ')':>34}")
    print(f"{'bare Textual app':<22}{b:>34.3f}")
    print(f"{'planner chat':<22}{c:>34.3f}")
    print(f"ratio: {c / b:.2f}x")


if __name__ == "__main__":
    main()
