"""`capexbot db copy --to postgresql://…`: move an existing SQLite database into PostgreSQL.

Every table the source has (figures, sources, subscriptions, the outbox, hoax state, kv state…)
is copied in foreign-key order into a freshly migrated, empty target, in one target transaction
(all or nothing); ids are kept, so identity sequences are moved past them afterwards. Then the
row count of every table is compared, which is what the command reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Database
from storage.ident import quote_ident, table_sql
from storage.pg import PgDatabase

BATCH = 1000
# Tables the target's own migrations fill; their rows are replaced by the source's.
MIGRATION_ROWS = frozenset({"kv_state"})


class CopyRefused(RuntimeError):
    """The target is not empty: copying would mix two databases."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


async def _sqlite_tables(db: Database) -> dict[str, list[str]]:
    """Table -> the tables its foreign keys point to."""
    async with db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ) as cur:
        names = [r[0] for r in await cur.fetchall()]
    deps = {}
    for name in names:
        async with db.conn.execute("SELECT \"table\" FROM pragma_foreign_key_list(?)", (name,)) as cur:
            deps[name] = sorted({r[0] for r in await cur.fetchall()} - {name})
    return deps


def _in_dependency_order(deps: dict[str, list[str]]) -> list[str]:
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for parent in deps.get(name, []):
            visit(parent)
        order.append(name)

    for name in sorted(deps):
        visit(name)
    return order


async def _columns(target: PgDatabase, table: str) -> list[str]:
    async with target.conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = ? ORDER BY ordinal_position",
        (table,),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def _count(conn, table: str, tables: list[str]) -> int:
    async with conn.execute(table_sql("SELECT count(*) FROM {table}", table, tables)) as cur:
        row = await cur.fetchone()
    return int(row[0])


async def copy_database(source: Database, target: PgDatabase) -> list[TableCount]:
    """Copy every source table into the (migrated, empty) target; returns the counts compared."""
    tables = [t for t in _in_dependency_order(await _sqlite_tables(source)) if t in await target.table_names()]
    for table in tables:
        if table not in MIGRATION_ROWS and await _count(target.conn, table, tables):
            raise CopyRefused(f"the target already has rows in {table}; copy into an empty database")
    async with target.transaction() as conn:
        for table in MIGRATION_ROWS & set(tables):
            await conn.execute(table_sql("DELETE FROM {table}", table, tables))
        for table in tables:
            columns = await _columns(target, table)
            await _copy_table(source, conn, table, tables, columns)
            if "id" in columns:
                await _move_identity(conn, table, tables)
    return [
        TableCount(t, await _count(source.conn, t, tables), await _count(target.conn, t, tables)) for t in tables
    ]


async def _move_identity(conn, table: str, tables: list[str]) -> None:
    """Ids were copied as they were: the next generated id must come after them."""
    async with conn.execute("SELECT pg_get_serial_sequence(?, 'id')", (table,)) as cur:
        row = await cur.fetchone()
    if row is None or row[0] is None:
        return
    async with conn.execute(table_sql("SELECT coalesce(max(id), 0) FROM {table}", table, tables)) as cur:
        top = int((await cur.fetchone())[0])
    await conn.execute("SELECT setval(?, ?, false)", (row[0], top + 1))


async def _copy_table(source: Database, conn, table: str, tables: list[str], target_columns: list[str]) -> None:
    """Rows of `table` in batches; columns are those both databases have."""
    async with source.conn.execute(table_sql("SELECT * FROM {table} LIMIT 0", table, tables)) as cur:
        source_columns = [d[0] for d in cur.description]
    columns = [c for c in source_columns if c in target_columns]
    names = ", ".join(quote_ident(c, target_columns) for c in columns)
    marks = ", ".join("?" * len(columns))
    insert = table_sql("INSERT INTO {table} ({names}) VALUES ({marks})", table, tables, names=names, marks=marks)
    async with source.conn.execute(table_sql("SELECT {names} FROM {table}", table, tables, names=names)) as cur:
        while rows := await cur.fetchmany(BATCH):
            await conn.executemany(insert, [tuple(r) for r in rows])
