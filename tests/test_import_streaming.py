"""A large `import` (issue 17): validated into a spool before the database is touched, so other
writers are never blocked while it parses; stored in one insert-only transaction, so a failure
anywhere leaves nothing. Memory and lock figures: benchmarks/import_memory.py."""

from __future__ import annotations

import asyncio
import importlib.util
import sqlite3
from pathlib import Path

import pytest

import storage.importer as importer
from storage.figures import INSERT_BATCH
from storage.store import Storage

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("import_memory", ROOT / "benchmarks" / "import_memory.py")
import_memory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_memory)  # type: ignore[union-attr]
ROWS = 3000  # six INSERT batches, three spool chunks


def _write_from_another_process(db: Path, timeout: float) -> None:
    """What another process's writer does; raises "database is locked" past `timeout`."""
    conn = sqlite3.connect(db, timeout=timeout, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE kv_state SET value = value WHERE key = 'catalog_version'")
        conn.execute("COMMIT")
    finally:
        conn.close()


async def test_no_write_lock_is_held_while_the_file_is_validated(tmp_path: Path, monkeypatch):
    csv_path, db = tmp_path / "big.csv", tmp_path / "db.sqlite3"
    import_memory.write_csv(csv_path, ROWS)
    storage = await Storage.open(db)
    before = await storage.figures.count()
    seen: list[int] = []
    parse_row = importer.parse_row

    def parse_and_probe(row, company_ids, definitions):
        seen.append(1)
        if len(seen) in (1, ROWS // 2, ROWS):  # start, middle, end of validation
            _write_from_another_process(db, timeout=0)  # fails at once if anyone holds the lock
        return parse_row(row, company_ids, definitions)

    monkeypatch.setattr(importer, "parse_row", parse_and_probe)
    inserted = await storage.import_file(csv_path)
    assert len(seen) == ROWS and len(inserted) == ROWS
    assert await storage.figures.count() == before + ROWS
    await storage.close()


async def test_a_parallel_writer_completes_during_a_big_import(tmp_path: Path):
    csv_path, db = tmp_path / "big.csv", tmp_path / "db.sqlite3"
    import_memory.write_csv(csv_path, ROWS)
    storage = await Storage.open(db)
    other = await Storage.open(db)  # a second connection, as another process has
    before = await storage.figures.count()
    writes = 0

    async def keep_writing(done: asyncio.Event) -> None:
        nonlocal writes
        while not done.is_set():
            await asyncio.to_thread(_write_from_another_process, db, 30)
            writes += 1

    done = asyncio.Event()
    writer = asyncio.create_task(keep_writing(done))
    inserted = await storage.import_file(csv_path)
    done.set()
    await writer
    assert len(inserted) == ROWS and writes >= 1
    assert await other.figures.count() == before + ROWS
    await other.close()
    await storage.close()


async def test_a_bad_last_row_stores_nothing(tmp_path: Path):
    csv_path = tmp_path / "big.csv"
    import_memory.write_csv(csv_path, ROWS)
    with csv_path.open("a", encoding="utf-8") as handle:
        handle.write("meta,Q1-2020,2020-01-01,2020-03-31,actual,-5,,,USD,ppe_cash,bad,,,,,,,\n")
    storage = await Storage.open(tmp_path / "db.sqlite3")
    before = await storage.figures.count()
    with pytest.raises(importer.ImportRejected) as rejected:
        await storage.import_file(csv_path)
    assert [e.line for e in rejected.value.errors] == [ROWS + 2]
    assert await storage.figures.count() == before
    await storage.close()


async def test_a_failure_inside_the_insert_transaction_stores_nothing(tmp_path: Path):
    """The insert-only transaction fails after every batch was written (an alerts hook fails):
    all of it is rolled back, and the database is usable and clean."""
    csv_path = tmp_path / "big.csv"
    import_memory.write_csv(csv_path, ROWS)
    storage = await Storage.open(tmp_path / "db.sqlite3")
    before = await storage.figures.count()

    async def boom(conn, inserted) -> None:
        assert len(inserted) == ROWS  # the hook sees every new row, once
        raise RuntimeError("disk on fire")

    storage.figures.hooks.append(boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        await storage.import_file(csv_path)
    storage.figures.hooks.remove(boom)
    assert await storage.figures.count() == before
    assert await storage.db.integrity_check() == []
    assert len(await storage.import_file(csv_path)) == ROWS  # and the same file imports fine after
    await storage.close()


@pytest.mark.both_backends
async def test_repeated_and_duplicate_rows_are_inserted_once(storage: Storage, tmp_path: Path):
    csv_path = tmp_path / "dup.csv"
    import_memory.write_csv(csv_path, 700)
    lines = csv_path.read_text().splitlines()
    csv_path.write_text("\n".join([*lines, *lines[1:600]]) + "\n")  # duplicates across INSERT batches
    first = await storage.import_file(csv_path)
    assert len(first) == 700 and len({f.id for f in first}) == 700
    assert [f.value_usd for f in first] == [1_000_000 + i for i in range(700)]  # file order
    assert await storage.import_file(csv_path) == []


async def test_the_write_transaction_is_a_few_statements_not_one_per_row(tmp_path: Path):
    """The 11.6 s write lock of a 50,000-row import was one round trip per row inside it."""
    csv_path = tmp_path / "big.csv"
    import_memory.write_csv(csv_path, ROWS)
    storage = await Storage.open(tmp_path / "db.sqlite3")
    conn, calls = storage.db.conn, []

    def counting(method):
        def counted(sql, *args):
            calls.append(sql.split()[0])
            return method(sql, *args)

        return counted

    conn.execute = counting(conn.execute)  # type: ignore[method-assign]
    conn.executemany = counting(conn.executemany)  # type: ignore[method-assign]
    assert len(await storage.import_file(csv_path)) == ROWS
    assert calls.count("INSERT") == ROWS // INSERT_BATCH  # a statement per batch of rows
    assert len(calls) < 60  # per batch, not per row (the old way made over ROWS calls)
    await storage.close()
