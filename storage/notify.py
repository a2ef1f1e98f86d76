"""Waking idle workers when another process commits work for them (the alerts outbox).

On PostgreSQL the transaction that enqueues deliveries also runs `pg_notify` (delivered at
commit, never for a rollback), and each worker LISTENs on a connection of its own: it wakes at
once instead of at its next poll. That connection can drop (server restart, network): the
listener reconnects with backoff and wakes its worker after every (re)connect, since
notifications sent meanwhile are lost; the worker also keeps polling at a longer interval, so a
silently dead connection delays work, never loses it.

SQLite has no such channel between processes: `Wakeup` never fires and the worker keeps its
short poll (`ALERTS_POLL_SECONDS`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import psycopg
from psycopg import sql

from storage.backoff import Backoff
from storage.db import Database
from storage.pg import PgDatabase

log = logging.getLogger("capexbot.notify")

OUTBOX_CHANNEL = "capexbot_outbox"
FIRST_CONNECT_TIMEOUT_S = 10.0


async def notify(db: Database | PgDatabase, conn: object, channel: str) -> None:
    """Inside `conn`'s transaction: wake `channel`'s listeners when it commits (PostgreSQL)."""
    if isinstance(db, PgDatabase):
        await conn.execute("SELECT pg_notify(?, '')", (channel,))  # type: ignore[attr-defined]


class Wakeup:
    """What an idle worker waits on. This base never fires: the worker's poll does the work."""

    listening = False  # True while a LISTEN connection is up (the worker may poll less often)

    def __init__(self) -> None:
        self._event = asyncio.Event()

    async def start(self) -> None:
        return None

    async def wait(self, timeout: float) -> bool:
        """True when woken before `timeout` seconds (the wake is consumed), else False."""
        try:
            await asyncio.wait_for(self._event.wait(), timeout)
        except TimeoutError:
            return False
        self._event.clear()
        return True

    async def close(self) -> None:
        return None


class PgWakeup(Wakeup):
    """LISTEN on a dedicated connection, reconnecting for as long as the worker runs."""

    def __init__(self, url: str, channel: str) -> None:
        super().__init__()
        self.url = url
        self.channel = channel
        self.reconnects = 0
        self._up = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Begin listening; waits (bounded) for the first LISTEN so the worker starts awake."""
        self._task = asyncio.create_task(self._listen_forever(), name=f"listen-{self.channel}")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._up.wait(), FIRST_CONNECT_TIMEOUT_S)

    async def _listen_forever(self) -> None:
        backoff = Backoff(base=0.2, cap=30.0)
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
                    await conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
                    self.listening = True
                    self._up.set()
                    self._event.set()  # whatever was committed while nobody listened
                    backoff.reset()
                    async for _ in conn.notifies():
                        self._event.set()
            except (psycopg.Error, OSError) as exc:
                if self.listening:
                    log.warning("lost the %s listener (%s); reconnecting, polling meanwhile", self.channel, exc)
                else:
                    log.info("cannot LISTEN on %s yet (%s); polling meanwhile", self.channel, exc)
            finally:
                self.listening = False
            self.reconnects += 1
            await asyncio.sleep(backoff.next())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None


def wakeup_for(db: Database | PgDatabase, channel: str) -> Wakeup:
    return PgWakeup(db.url, channel) if isinstance(db, PgDatabase) else Wakeup()
