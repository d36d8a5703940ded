"""Waiting for the chat to be idle: no worker running and no queued turn."""


async def settle(app, pilot, rounds: int = 50) -> None:
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not app.busy and not app.pending and not any(w.is_running for w in app.workers) \
                and app.status != "loading the language model…":
            await pilot.pause()
            return
