"""storage/pg.py under cancellation (issue 17): a task cancelled during BEGIN, the body, COMMIT or
ROLLBACK must never hand a connection back to the pool inside a transaction, and a transaction is
all or nothing whatever the moment. Runs against the real throwaway PostgreSQL server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import psycopg
import pytest
from pg_server import PgServer

from storage.pg import PgDatabase

ROWS = 5


@pytest.fixture
async def pg(pg_server: PgServer) -> AsyncIterator[PgDatabase]:
    url = pg_server.create_database()
    db = await PgDatabase.open(url, max_size=3)
    await db.conn.execute("CREATE TABLE t (x INTEGER)")
    try:
        yield db
    finally:
        await db.close()
        pg_server.drop_database(url)


async def _busy_sessions(db: PgDatabase) -> list[tuple[str, str]]:
    """Server-side view of our database's other sessions that are not plain idle."""
    async with await psycopg.AsyncConnection.connect(db.url, autocommit=True) as watcher:
        cur = await watcher.execute(
            "SELECT state, coalesce(query, '') FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'"
        )
        return [(r[0], r[1]) for r in await cur.fetchall()]


async def _assert_pool_clean(db: PgDatabase) -> None:
    """No pooled connection is left inside a transaction, none leaked (all max_size can be taken
    at once), and each one writes."""
    for _ in range(50):  # the pool rolls back / replaces returned connections in the background
        if not await _busy_sessions(db):
            break
        await asyncio.sleep(0.02)
    assert await _busy_sessions(db) == []

    async def write(i: int, hold: asyncio.Event) -> None:
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO t VALUES (?)", (-1 - i,))
            await hold.wait()

    hold = asyncio.Event()
    writers = [asyncio.create_task(write(i, hold)) for i in range(db.pool.max_size)]
    await asyncio.sleep(0.2)
    hold.set()
    await asyncio.wait_for(asyncio.gather(*writers), 10)


async def _count(db: PgDatabase) -> int:
    async with db.conn.execute("SELECT count(*) FROM t WHERE x >= 0") as cur:
        return (await cur.fetchone())[0]


@pytest.mark.parametrize("steps", [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 60])
async def test_cancelled_at_any_point_of_a_transaction_leaves_the_pool_clean(pg: PgDatabase, steps: int):
    """Cancel after `steps` loop iterations: some land in BEGIN, some in the body, some in COMMIT."""

    async def write() -> None:
        async with pg.transaction() as conn:
            for i in range(ROWS):
                await conn.execute("INSERT INTO t VALUES (?)", (i,))

    task = asyncio.create_task(write())
    for _ in range(steps):
        await asyncio.sleep(0)
    task.cancel()
    result = (await asyncio.gather(task, return_exceptions=True))[0]
    rows = await _count(pg)
    assert rows in (0, ROWS)  # all or nothing
    assert rows == ROWS or isinstance(result, asyncio.CancelledError)
    await _assert_pool_clean(pg)


@pytest.mark.parametrize("delay", [0.0005, 0.001, 0.002, 0.004, 0.008, 0.016])
async def test_cancelled_twice_during_commit_or_rollback_leaves_the_pool_clean(pg: PgDatabase, delay: float):
    """A second cancellation (shutdown cancelling again) while the transaction ends."""

    async def write() -> None:
        async with pg.transaction() as conn:
            await conn.execute("INSERT INTO t SELECT generate_series(1, 2000)")
            await conn.execute("SELECT pg_sleep(0.01)")

    task = asyncio.create_task(write())
    await asyncio.sleep(delay)
    task.cancel()
    await asyncio.sleep(delay)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert await _count(pg) in (0, 2000)
    await _assert_pool_clean(pg)


async def test_cancelled_while_begin_waits_for_a_connection(pg: PgDatabase):
    """All pooled connections busy: a task cancelled while waiting for one takes none."""
    hold = asyncio.Event()

    async def holder() -> None:
        async with pg.transaction() as conn:
            await conn.execute("INSERT INTO t VALUES (100)")
            await hold.wait()

    holders = [asyncio.create_task(holder()) for _ in range(pg.pool.max_size)]
    await asyncio.sleep(0.2)
    waiting = asyncio.create_task(holder())
    await asyncio.sleep(0.1)
    waiting.cancel()
    hold.set()
    await asyncio.gather(*holders)
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert await _count(pg) == pg.pool.max_size
    await _assert_pool_clean(pg)


async def test_a_failing_statement_rolls_back_and_keeps_the_data(pg: PgDatabase):
    async with pg.transaction() as conn:
        await conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(psycopg.Error):
        async with pg.transaction() as conn:
            await conn.execute("INSERT INTO t VALUES (2)")
            await conn.execute("INSERT INTO no_such_table VALUES (3)")
    assert await _count(pg) == 1
    await _assert_pool_clean(pg)


@pytest.mark.parametrize("first", [0, 2, 5, 10, 20, 40])
async def test_cancelled_again_and_again_while_ending_leaves_the_pool_clean(pg: PgDatabase, first: int):
    """Shutdown that keeps cancelling (each loop iteration) while BEGIN, ROLLBACK or the return to
    the pool runs: no connection leaks out of the pool and none stays inside a transaction."""

    async def write() -> None:
        async with pg.transaction() as conn:
            for i in range(ROWS):
                await conn.execute("INSERT INTO t VALUES (?)", (i,))

    for _ in range(pg.pool.max_size + 1):  # more rounds than connections: a leak would exhaust it
        task = asyncio.create_task(write())
        for _ in range(first):
            await asyncio.sleep(0)
        while not task.done():
            task.cancel()
            await asyncio.sleep(0)
        await asyncio.gather(task, return_exceptions=True)
        assert await _count(pg) % ROWS == 0
    await _assert_pool_clean(pg)
