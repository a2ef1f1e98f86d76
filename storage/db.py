"""The one SQLite connection: pragmas, serialised write transactions, and change detection.

Autocommit mode plus explicit `BEGIN IMMEDIATE` keeps transactions visible in the code and lets a
writer fail fast on a locked file (busy_timeout) instead of deadlocking on a lock upgrade.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite


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
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        pending = aiosqlite.connect(path, isolation_level=None)
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
            await conn.execute("PRAGMA busy_timeout = 5000")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            await conn.close()  # a left-open connection's thread would keep the process alive
            raise
        return cls(conn, path)

    async def close(self) -> None:
        await self.conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A serialised write transaction: commits on success, rolls back on any exception."""
        async with self._write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")
            self.local_generation += 1

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
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        async with aiosqlite.connect(str(target)) as dest:
            await self.conn.backup(dest)
