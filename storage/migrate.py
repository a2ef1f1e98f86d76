"""Versioned schema migrations: numbered SQL files, each applied in its own transaction together
with the version bump (PRAGMA user_version), so a crash never leaves a half-migrated schema."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import aiosqlite

from storage.ident import pragma_sql

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class DatabaseTooNew(RuntimeError):
    """The file was migrated by a newer capexbot; running old code on it could corrupt it."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    out = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            out.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    out.sort(key=lambda m: m.version)
    versions = [m.version for m in out]
    if versions != list(range(1, len(out) + 1)):
        raise RuntimeError(f"migration numbers must be 1..N without gaps, got {versions}")
    return out


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0])


async def migrate(conn: aiosqlite.Connection) -> list[str]:
    """Apply pending migrations; returns the names applied. Refuses a database newer than the code."""
    migrations = available_migrations()
    current = await schema_version(conn)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise DatabaseTooNew(
            f"database schema version {current} is newer than this capexbot understands ({latest}); "
            "upgrade capexbot or restore a backup"
        )
    applied = []
    for migration in migrations:
        if migration.version <= current:
            continue
        # executescript commits anything pending first, so the transaction lives in the script.
        script = "BEGIN IMMEDIATE;\n" + migration.sql + "\n" + pragma_sql("user_version", migration.version) + ";\nCOMMIT;"
        try:
            await conn.executescript(script)
        except Exception:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied
