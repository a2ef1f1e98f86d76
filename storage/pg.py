"""PostgreSQL backend (`CAPEXBOT_DATABASE_URL=postgresql://…`): the same repositories over psycopg 3.

The repositories speak a small aiosqlite subset (`execute` as an awaitable or async context
manager, `fetchone`/`fetchall`, `rowcount`, rows by index or by name, `?` placeholders). This
module gives them that subset over a psycopg async pool, so their SQL is written once.

Reads outside a transaction take a pooled autocommit connection per statement; `transaction()`
holds one connection for the block (READ COMMITTED). Several processes may write at once, so the
places where SQLite relied on its single writer use row locks (`FOR UPDATE SKIP LOCKED` in the
outbox, `skip_locked`) or a transaction-scoped advisory lock (`lock_key`).
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from glob import glob
from pathlib import Path
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from storage.ident import table_sql
from storage.migrate import available_migrations
from storage.pg_migrate import pg_schema_version

URL_PREFIXES = ("postgresql://", "postgres://")
# A server that is down, refuses us or is unknown: a configuration problem, one readable line.
CONNECT_ERRORS = (psycopg.OperationalError, psycopg.errors.InvalidCatalogName, PoolTimeout)
# What a worker may wait out and retry (a lock held too long, a connection that dropped).
TRANSIENT_ERRORS = (sqlite3.OperationalError, psycopg.OperationalError, PoolTimeout)
# Any database error the CLI reports as one line.
DATABASE_ERRORS = (sqlite3.DatabaseError, psycopg.Error, PoolTimeout)
_LITERAL = re.compile(r"('(?:[^']|'')*')")
POOL_MAX = 10


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def redact_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    return re.sub(r"^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@", r"\1:***@", url)


def translate(sql: str) -> str:
    """`?` placeholders to psycopg's `%s` (not inside string literals); a literal `%` doubled."""
    parts = _LITERAL.split(sql)
    return "".join(
        part.replace("%", "%%") if i % 2 else part.replace("%", "%%").replace("?", "%s")
        for i, part in enumerate(parts)
    )


class Row(tuple):
    """A result row readable by position and by column name, like sqlite3.Row (and `dict(row)`)."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any):
    names = [d.name for d in cursor.description] if cursor.description else []
    index = {name: i for i, name in enumerate(names)}
    return lambda values: Row(values, index)


class Cursor:
    """Rows already fetched (statements are short), with aiosqlite's cursor surface."""

    lastrowid = None  # use `INSERT … RETURNING id`, which both backends support

    def __init__(self, rows: list[Row], rowcount: int) -> None:
        self._rows = rows
        self._pos = 0
        self.rowcount = rowcount

    async def fetchone(self) -> Row | None:
        if self._pos >= len(self._rows):
            return None
        self._pos += 1
        return self._rows[self._pos - 1]

    async def fetchall(self) -> list[Row]:
        rest, self._pos = self._rows[self._pos :], len(self._rows)
        return rest


class _Pending:
    """What `execute` returns: await it or use it as `async with` (aiosqlite allows both)."""

    def __init__(self, coro: Any) -> None:
        self._coro = coro

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self) -> Cursor:
        return await self._coro

    async def __aexit__(self, *exc: object) -> None:
        return None


async def _run(conn: psycopg.AsyncConnection, sql: str, params: Sequence[Any]) -> Cursor:
    params = tuple(params)
    async with conn.cursor() as cur:
        await cur.execute(translate(sql) if params else sql, params or None)
        rows = await cur.fetchall() if cur.description else []
        return Cursor(rows, cur.rowcount)


class PgConnection:
    """One connection in a transaction, or the pool (each statement on its own connection)."""

    def __init__(self, source: psycopg.AsyncConnection | AsyncConnectionPool) -> None:
        self._source = source

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Pending:
        return _Pending(self._execute(sql, params))

    async def _execute(self, sql: str, params: Sequence[Any]) -> Cursor:
        if isinstance(self._source, AsyncConnectionPool):
            async with self._source.connection() as conn:
                return await _run(conn, sql, params)
        return await _run(self._source, sql, params)

    async def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in seq]
        if not rows:
            return
        if isinstance(self._source, AsyncConnectionPool):
            async with self._source.connection() as conn, conn.cursor() as cur:
                await cur.executemany(translate(sql), rows)
            return
        async with self._source.cursor() as cur:
            await cur.executemany(translate(sql), rows)


def find_binary(name: str) -> str | None:
    """A PostgreSQL program on PATH, else Debian's versioned directory (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), key=_version_key, reverse=True)
    return candidates[0] if candidates else None


def _version_key(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


class PgDatabase:
    dialect = "postgresql"
    skip_locked = " FOR UPDATE SKIP LOCKED"

    def __init__(self, pool: AsyncConnectionPool, url: str) -> None:
        self.pool = pool
        self.url = url
        self.path = url  # shown by the CLI; never contains more than the operator typed
        self.conn = PgConnection(pool)
        self.local_generation = 0

    @classmethod
    async def open(cls, url: str, *, max_size: int = POOL_MAX) -> PgDatabase:
        # one direct connection first: a wrong URL fails now, with the server's own reason
        first = await psycopg.AsyncConnection.connect(url, autocommit=True)
        await first.close()
        pool = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            kwargs={"autocommit": True, "row_factory": _row_factory},
            open=False,
        )
        await pool.open(wait=True, timeout=15)
        return cls(pool, url)

    async def close(self) -> None:
        await self.pool.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgConnection]:
        """One pooled connection for the block: commits on success, rolls back on any exception.

        Safe under cancellation (tests/test_pg_cancel.py): psycopg cancels the interrupted statement
        on the server (and closes the connection if interrupted again), and the pool rolls back a
        connection returned inside a transaction, or discards a broken one, before anyone reuses
        it. A COMMIT interrupted by cancellation may still have happened, so the generation moves
        in `finally` (at worst one needless cache rebuild).
        """
        try:
            async with self.pool.connection() as conn, conn.transaction():
                yield PgConnection(conn)
        finally:
            self.local_generation += 1

    async def lock_key(self, conn: PgConnection, key: str) -> None:
        """Serialise transactions about `key` across processes (released at commit/rollback)."""
        await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (key,))

    async def data_version(self) -> tuple[int, int]:
        """The catalogue version row: cheap, and moves with any process's catalogue write."""
        async with self.conn.execute("SELECT value FROM kv_state WHERE key = 'catalog_version'") as cur:
            row = await cur.fetchone()
        return (int(row[0]) if row else 0), self.local_generation

    async def table_names(self) -> list[str]:
        async with self.conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        ) as cur:
            return [r[0] for r in await cur.fetchall()]

    async def integrity_check(self) -> list[str]:
        """PostgreSQL enforces constraints itself; check the schema is current and every table
        reads end to end (a damaged heap page fails the scan)."""
        problems = []
        latest = available_migrations()[-1].version
        current = await pg_schema_version(self)
        if current != latest:
            problems.append(f"schema version {current}, expected {latest}")
        tables = await self.table_names()
        for table in tables:
            try:
                await self.conn.execute(table_sql("SELECT count(*) FROM {table}", table, tables))
            except psycopg.Error as exc:
                problems.append(f"{table}: {exc}")
        return problems

    async def backup_to(self, target: str | Path) -> str:
        """pg_dump (custom format, restore with pg_restore) when on PATH, else a JSON export of
        every table (one consistent snapshot). Returns which one was written."""
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        pg_dump = shutil.which("pg_dump")
        if pg_dump:
            proc = await asyncio.create_subprocess_exec(
                pg_dump, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={self.url}",
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            )
            _, err = await proc.communicate()
            if proc.returncode == 0:
                return "pg_dump"
            raise RuntimeError(f"pg_dump failed: {err.decode(errors='replace').strip()[:300]}")
        export: dict[str, list[dict]] = {}
        async with self.transaction() as conn:
            await conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            tables = await self.table_names()
            for table in tables:
                async with conn.execute(table_sql("SELECT * FROM {table}", table, tables)) as cur:
                    export[table] = [dict(r) for r in await cur.fetchall()]
        Path(target).write_text(json.dumps(export, default=str), "utf-8")
        return "json"
