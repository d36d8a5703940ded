"""Waiting for the chat to be idle: no worker running and no queued turn."""


def _idle(app) -> bool:
    return (not app.busy and not app.pending and not any(w.is_running for w in app.workers)
            and app.status != "loading the language model…")


async def settle(app, pilot, rounds: int = 50) -> None:
    """Return once the chat is idle; fail the test when it is still busy after ``rounds`` tries."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if _idle(app):
            await pilot.pause()
            return
    running = [w.name for w in app.workers if w.is_running]
    raise AssertionError(
        f"the chat never settled after {rounds} rounds: busy={app.busy}, "
        f"{len(app.pending)} queued turn(s), running workers={running}, status={app.status!r}")
