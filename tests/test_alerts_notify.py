"""PostgreSQL LISTEN/NOTIFY wakes an idle alert worker as soon as another connection commits
deliveries, with its poll set far longer than the test waits; after its listening connection is
killed it reconnects and is woken again. (SQLite keeps polling: tests/test_alerts_delivery.py.)"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_process import capexbot_async  # noqa: E402
from test_alerts_cli import CSV  # noqa: E402
from test_alerts_delivery import FAST, worker_for  # noqa: E402
from test_alerts_storage import meta_q3  # noqa: E402

from storage.notify import OUTBOX_CHANNEL  # noqa: E402
from storage.store import Storage  # noqa: E402

# far longer than any wait below: a delivery seen in time was woken by NOTIFY, not found by a poll
SLOW_POLL = dataclasses.replace(FAST, poll_seconds=30.0)
WOKEN_WITHIN_S = 8.0  # generous: NOTIFY takes milliseconds; only a poll would take 30 s


async def wait_until(predicate, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def listener_pids(url: str) -> list[int]:
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cur = await conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = %s",
            (f'LISTEN "{OUTBOX_CHANNEL}"',),  # the identifier as psycopg.sql quotes it
        )
        return [r[0] for r in await cur.fetchall()]


@pytest.mark.parametrize("backend", ["postgres"])
async def test_notify_wakes_an_idle_worker_and_survives_a_lost_listener(storage, receiver, tmp_path):
    await storage.subscriptions.subscribe("webhook", receiver.url("hook"), None)
    worker = worker_for(storage, SLOW_POLL)
    task = asyncio.create_task(worker.run())
    other = await Storage.open(storage.db.url, seed=False)  # another pool: as another process would
    try:
        await wait_until(lambda: worker._wakeup.listening, timeout=10)
        await asyncio.sleep(0.3)  # let the worker's start-up poll pass: it is idle now

        await other.figures.add(meta_q3(), origin="import")
        await receiver.wait_for(lambda: len(receiver.accepted) == 1, timeout=WOKEN_WITHIN_S)

        # the server drops the listening connection: the listener reconnects and listens again
        [pid] = await listener_pids(storage.db.url)
        async with await psycopg.AsyncConnection.connect(storage.db.url, autocommit=True) as conn:
            await conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        await wait_until(lambda: worker._wakeup.reconnects >= 1 and worker._wakeup.listening, timeout=10)
        await asyncio.sleep(0.3)

        # another process commits: `capexbot import` of another filing's figures
        (tmp_path / "q3.csv").write_text(CSV.replace("0001326801-26-000100", "acc-2").replace("32100", "32200"), "utf-8")
        code, _, err = await capexbot_async(
            "import", str(tmp_path / "q3.csv"), cwd=tmp_path, env={"CAPEXBOT_DATABASE_URL": storage.db.url}
        )
        assert code == 0, err
        await receiver.wait_for(lambda: len(receiver.accepted) == 2, timeout=WOKEN_WITHIN_S)
        assert not task.done()
        for _ in range(200):  # outcomes are recorded in batches, a moment after the send
            if await storage.outbox.counts() == {"sent": 2}:
                break
            await asyncio.sleep(0.05)
        assert await storage.outbox.counts() == {"sent": 2}
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await worker.adapters["webhook"].close()
        await other.close()
    assert await listener_pids(storage.db.url) == []  # the listening connection closed with the worker


@pytest.mark.parametrize("backend", ["postgres"])
async def test_a_rolled_back_enqueue_wakes_nobody(storage):
    """NOTIFY is transactional: deliveries that never committed announce nothing."""
    await storage.subscriptions.subscribe("webhook", "http://127.0.0.1:9/hook", None)
    wakeup = storage.outbox.wakeup()
    await wakeup.start()
    try:
        assert wakeup.listening
        await wakeup.wait(1.0)  # the wake every (re)connect starts with
        with pytest.raises(RuntimeError):
            async with storage.db.transaction() as conn:
                assert await storage.figures.add_in(conn, meta_q3(), "import")
                raise RuntimeError("abort")
        assert await wakeup.wait(0.5) is False
        await storage.figures.add(meta_q3(), origin="import")
        assert await wakeup.wait(WOKEN_WITHIN_S) is True
    finally:
        await wakeup.close()

