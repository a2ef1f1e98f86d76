"""Process-wide exclusive locks: "only one process may do this" (one Matrix sync per account).

On PostgreSQL a session advisory lock on a connection of its own, held while the block runs and
released when that connection closes, so a process that dies frees it at once. On SQLite an
exclusive `flock` on a file beside the database, released the same way by the kernel.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg

from storage.db import Database
from storage.pg import PgDatabase


class LockHeld(RuntimeError):
    """Another live process holds this lock."""


@asynccontextmanager
async def exclusive(db: Database | PgDatabase, key: str) -> AsyncIterator[None]:
    """Hold `key` for the block, or raise LockHeld at once (never waits)."""
    if isinstance(db, PgDatabase):
        conn = await psycopg.AsyncConnection.connect(db.url, autocommit=True)
        held = False
        try:
            cur = await conn.execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (key,))
            row = await cur.fetchone()
            if not row or not row[0]:
                raise LockHeld(key)
            held = True
            yield
        finally:
            if held:  # unlock before closing: the server ends a closed session asynchronously,
                # so a lock left to the close can still look held to the next process for a moment
                with contextlib.suppress(psycopg.Error):
                    await conn.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (key,))
            await conn.close()  # ends the session: PostgreSQL releases whatever it still held
        return
    if db.path == ":memory:":  # a private database: no other process can share it
        yield
        return
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    fd = os.open(f"{db.path}.{digest}.lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockHeld(key) from None
        yield
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
