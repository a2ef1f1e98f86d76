"""A database as an older capexbot left it, on either backend: the first N numbered migrations
(translated for PostgreSQL as storage/pg_migrate.py does), the version recorded, then plain SQL
statements (literal values only, so the same text runs on both)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import psycopg

from storage.ident import pragma_sql
from storage.migrate import available_migrations
from storage.pg import is_postgres_url
from storage.pg_migrate import postgres_sql


def database_at(target: str, version: int, statements: Sequence[str] = ()) -> None:
    migrations = available_migrations()[:version]
    if is_postgres_url(target):
        with psycopg.connect(target) as conn:  # one transaction, committed on leaving the block
            conn.execute("CREATE TABLE capexbot_schema (version INTEGER NOT NULL)")
            for migration in migrations:
                conn.execute(postgres_sql(migration))
            conn.execute("INSERT INTO capexbot_schema (version) VALUES (%s)", (version,))
            for statement in statements:
                conn.execute(statement)
        return
    con = sqlite3.connect(target)
    try:
        for migration in migrations:
            con.executescript(migration.sql)
        con.execute(pragma_sql("user_version", int(version)))
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def recorded_version(target: str) -> int:
    """The schema version the database says it is at."""
    if is_postgres_url(target):
        with psycopg.connect(target) as conn:
            row = conn.execute("SELECT max(version) FROM capexbot_schema").fetchone()
        return int(row[0]) if row else 0
    con = sqlite3.connect(target)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def set_version(target: str, version: int) -> None:
    if is_postgres_url(target):
        with psycopg.connect(target) as conn:
            conn.execute("UPDATE capexbot_schema SET version = %s", (version,))
        return
    con = sqlite3.connect(target)
    try:
        con.execute(pragma_sql("user_version", int(version)))
        con.commit()
    finally:
        con.close()
