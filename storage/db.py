"""The one SQLite connection: pragmas, serialised write transactions, and change detection.

Autocommit mode plus explicit `BEGIN IMMEDIATE` keeps transactions visible in the code and lets a
writer fail fast on a locked file (busy_timeout) instead of deadlocking on a lock upgrade.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

log = logging.getLogger("capexbot.db")
# How long a writer waits for another process's transaction (a large import) before "database is
# locked": long enough for a 50,000-row import, short enough to report a stuck process.
BUSY_TIMEOUT_MS = 30_000


def create_private(path: str | Path) -> None:
    """Create `path` readable by its owner only (0600), or tighten an existing one.

    The database holds the Matrix access token and webhook URLs: SQLite would create it with the
    umask's 0644, and its -wal/-shm files copy the main file's mode, so fixing the main file is enough.
    """
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if os.stat(path).st_mode & 0o077:
        os.chmod(path, 0o600)


class Database:
    dialect = "sqlite"
    skip_locked = ""  # BEGIN IMMEDIATE already makes the claiming transaction the only writer

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()
        # Bumped on every commit through this object: PRAGMA data_version only sees *other*
        # connections' writes, so our own need their own counter.
        self.local_generation = 0

    @classmethod
    async def open(cls, path: str | Path) -> Database:
        path = str(path)
        if path != ":memory:":
            create_private(path)
        # sqlite3's `timeout` is SQLite's busy timeout (PRAGMA busy_timeout), set without SQL text.
        pending = aiosqlite.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn = await pending
        except BaseException:
            # aiosqlite stops its worker thread without waiting; let it finish while the loop
            # lives, or it reports "Event loop is closed" from its thread at exit.
            worker = getattr(pending, "_thread", None)
            if worker is not None:
                await asyncio.to_thread(worker.join, 2.0)
            raise
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            await conn.close()  # a left-open connection's thread would keep the process alive
            raise
        return cls(conn, path)

    async def close(self) -> None:
        await self.conn.close()

    async def _to_the_end(self, sql: str) -> bool:
        """Run `sql` to completion even if this task is cancelled meanwhile; True if it was.

        aiosqlite runs the statement in its thread whatever happens to the awaiting task: giving up
        the wait would leave us not knowing whether BEGIN/COMMIT took effect, and a connection that
        silently stays inside a transaction holds the write lock for every process.
        """
        step = asyncio.ensure_future(self.conn.execute(sql))
        cancelled = False
        while True:
            try:
                await asyncio.shield(step)
                return cancelled
            except asyncio.CancelledError:
                if step.cancelled():
                    raise
                cancelled = True  # the next shield() returns (or raises) the statement's outcome

    async def _rollback(self) -> None:
        """Roll back if a transaction is open; never mask the error that caused it.

        SQLite ends the transaction itself on some errors (a full disk): a blind ROLLBACK would
        then replace "database or disk is full" by "cannot rollback - no transaction is active".
        """
        if not self.conn.in_transaction:
            return
        try:
            await self._to_the_end("ROLLBACK")
        except sqlite3.Error as exc:
            log.warning("rollback failed: %s", exc)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A serialised write transaction: commits on success, rolls back on any exception.

        Safe under cancellation: BEGIN, COMMIT and ROLLBACK always run to their end, so a task
        cancelled at any point leaves the connection outside any transaction (tested in
        tests/test_db_cancel.py); a COMMIT that completed stays committed, then the cancellation
        is re-raised.
        """
        async with self._write_lock:
            try:
                cancelled = await self._to_the_end("BEGIN IMMEDIATE")
            except BaseException:
                await self._rollback()
                raise
            if cancelled:
                await self._rollback()
                raise asyncio.CancelledError
            try:
                yield self.conn
            except BaseException:
                await self._rollback()
                raise
            try:
                cancelled = await self._to_the_end("COMMIT")
            except BaseException:
                await self._rollback()
                raise
            self.local_generation += 1
            if cancelled:
                raise asyncio.CancelledError

    async def lock_key(self, conn: aiosqlite.Connection, key: str) -> None:
        """Nothing to do: SQLite has one writer at a time (PostgreSQL takes an advisory lock)."""

    async def data_version(self) -> tuple[int, int]:
        """A value that changes whenever anyone (this or another process) committed."""
        async with self.conn.execute("PRAGMA data_version") as cur:
            row = await cur.fetchone()
        return int(row[0]), self.local_generation

    async def integrity_check(self) -> list[str]:
        async with self.conn.execute("PRAGMA integrity_check") as cur:
            rows = [r[0] for r in await cur.fetchall()]
        async with self.conn.execute("PRAGMA foreign_key_check") as cur:
            rows += [f"foreign key violation in {r[0]} rowid {r[1]}" for r in await cur.fetchall()]
        return [] if rows == ["ok"] else [r for r in rows if r != "ok"]

    async def backup_to(self, target: str | Path) -> None:
        """SQLite online backup: consistent copy while the bot keeps running."""
        create_private(target)
        async with aiosqlite.connect(str(target)) as dest:
            await self.conn.backup(dest)
