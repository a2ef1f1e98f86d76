"""storage/db.py under cancellation, a full disk and file permissions (issue 17 findings)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from pathlib import Path

import aiosqlite
import pytest

from storage.db import Database
from storage.ident import pragma_sql


async def _schema(db: Database) -> None:
    async with db.transaction() as conn:
        await conn.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")


async def _assert_free(db: Database, path: Path) -> None:
    """Our connection is outside any transaction and another connection can take the write lock."""
    assert not db.conn.in_transaction
    async with aiosqlite.connect(path, isolation_level=None) as other:
        await other.execute("PRAGMA busy_timeout = 2000")
        await other.execute("BEGIN IMMEDIATE")
        await other.execute("INSERT INTO t VALUES (-1)")
        await other.execute("COMMIT")
    async with db.transaction() as conn:  # and ours still works
        await conn.execute("INSERT INTO t VALUES (-2)")


async def test_cancelled_while_begin_waits_for_the_lock_leaves_no_transaction(tmp_path: Path):
    path = tmp_path / "db.sqlite3"
    db = await Database.open(path)
    await _schema(db)
    blocker = await aiosqlite.connect(path, isolation_level=None)
    await blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock

    async def write() -> None:
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO t VALUES (1)")

    task = asyncio.create_task(write())
    await asyncio.sleep(0.3)  # our BEGIN IMMEDIATE is now waiting in busy_timeout
    task.cancel()
    await asyncio.sleep(0.05)
    await blocker.execute("COMMIT")  # the lock is released: BEGIN succeeds in aiosqlite's thread
    with pytest.raises(asyncio.CancelledError):
        await task
    await blocker.close()
    await _assert_free(db, path)
    async with db.conn.execute("SELECT count(*) FROM t WHERE x = 1") as cur:
        assert (await cur.fetchone())[0] == 0
    await db.close()


@pytest.mark.parametrize("steps", range(0, 40))
async def test_cancelled_at_any_point_of_a_transaction_leaves_the_connection_usable(
    tmp_path: Path, steps: int
):
    """Cancel after 0..39 loop iterations: some land in BEGIN, some in the body, some in COMMIT."""
    path = tmp_path / "db.sqlite3"
    db = await Database.open(path)
    await _schema(db)

    async def write() -> None:
        async with db.transaction() as conn:
            for i in range(5):
                await conn.execute("INSERT INTO t VALUES (?)", (i,))

    task = asyncio.create_task(write())
    for _ in range(steps):
        await asyncio.sleep(0)
    task.cancel()
    result = await asyncio.gather(task, return_exceptions=True)
    async with db.conn.execute("SELECT count(*) FROM t WHERE x >= 0") as cur:
        rows = (await cur.fetchone())[0]
    assert rows in (0, 5)  # all or nothing, whatever the moment
    assert rows == 5 or isinstance(result[0], asyncio.CancelledError)
    await _assert_free(db, path)
    await db.close()


async def test_full_disk_is_reported_as_full_not_as_a_failed_rollback(tmp_path: Path):
    path = tmp_path / "db.sqlite3"
    db = await Database.open(path)
    await _schema(db)
    async with db.conn.execute("PRAGMA page_count") as cur:
        pages = (await cur.fetchone())[0]
    await db.conn.execute(pragma_sql("max_page_count", pages))  # the "disk" is now full
    with pytest.raises(sqlite3.OperationalError, match="full"):
        async with db.transaction() as conn:
            await conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(20_000)])
    assert not db.conn.in_transaction
    await db.conn.execute("PRAGMA max_page_count = 1000000")
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO t VALUES (7)")
    await db.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


async def test_database_and_backup_files_are_private(tmp_path: Path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "db.sqlite3"
        db = await Database.open(path)
        await _schema(db)
        await db.backup_to(tmp_path / "backup" / "copy.sqlite3")
        wal = Path(f"{path}-wal")
        await db.close()
    finally:
        os.umask(old)
    assert _mode(path) == 0o600
    assert _mode(tmp_path / "backup" / "copy.sqlite3") == 0o600
    if wal.exists():
        assert _mode(wal) == 0o600


async def test_an_existing_world_readable_database_is_tightened(tmp_path: Path):
    path = tmp_path / "db.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    db = await Database.open(path)
    await db.close()
    assert _mode(path) == 0o600


async def test_a_writer_waits_for_a_long_import_instead_of_failing(tmp_path: Path):
    """A 50,000-row import held the write lock ~11 s, past the 5 s busy_timeout, so a parallel
    import failed with "database is locked": writers now wait up to BUSY_TIMEOUT_MS."""
    path = tmp_path / "db.sqlite3"
    db = await Database.open(path)
    await _schema(db)
    holder = await aiosqlite.connect(path, isolation_level=None)
    await holder.execute("BEGIN IMMEDIATE")  # another process's long import
    release = asyncio.create_task(asyncio.sleep(6))
    release.add_done_callback(lambda _: asyncio.ensure_future(holder.execute("COMMIT")))
    try:
        async with db.transaction() as conn:  # waits, then writes
            await conn.execute("INSERT INTO t VALUES (9)")
        assert release.done()
    finally:
        await asyncio.sleep(0.1)
        await holder.close()
        await db.close()


def test_matrix_key_store_directory_is_private(tmp_path: Path):
    from bot.platforms.matrix.session import private_dir

    store = tmp_path / "keys"
    store.mkdir(mode=0o755)
    os.chmod(store, 0o755)
    private_dir(store)
    assert _mode(store) == 0o700
    private_dir(tmp_path / "new" / "keys")
    assert _mode(tmp_path / "new" / "keys") == 0o700


@pytest.mark.parametrize("name", ['figures"; DROP TABLE figures; --', "1abc", "", "fig ures", "unknown_table"])
def test_quote_ident_refuses_anything_but_a_known_plain_name(name: str):
    from storage.ident import quote_ident

    with pytest.raises(ValueError):
        quote_ident(name, {"figures", "sources", "unknown"})


def test_quote_ident_quotes_a_known_name():
    from storage.ident import quote_ident

    assert quote_ident("alert_outbox", ["figures", "alert_outbox"]) == '"alert_outbox"'


def test_table_sql_fills_only_checked_names_into_a_constant_statement():
    from storage.ident import table_sql

    known = ["figures", "alert_outbox"]
    assert table_sql("SELECT count(*) FROM {table}", "figures", known) == 'SELECT count(*) FROM "figures"'
    with pytest.raises(ValueError):
        table_sql("DELETE FROM {table}", "figures; DROP TABLE figures", known)
    with pytest.raises(ValueError):
        table_sql("DELETE FROM {table}", "sqlite_master", known)


def test_pragma_sql_takes_only_known_names_and_real_ints():
    assert pragma_sql("user_version", 7) == "PRAGMA user_version = 7"
    for name, value in (("journal_mode", 1), ("user_version", "7; DROP TABLE t"), ("user_version", True)):
        with pytest.raises(ValueError):
            pragma_sql(name, value)
