"""The console script on PostgreSQL (CAPEXBOT_DATABASE_URL): migrate, check, backup, and a wrong
URL answered in one line with exit code 2 and no password in the output."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from cli_process import capexbot
from pg_server import PgServer
from psycopg import sql
from test_alerts_storage import meta_q3

from storage.ident import quote_ident
from storage.store import Storage

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_db_commands_on_postgres(tmp_path: Path, pg_server: PgServer):
    url = pg_server.create_database()
    env = {"CAPEXBOT_DATABASE_URL": url}
    first = capexbot("db", "migrate", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert "up to date" in first.stdout and not (tmp_path / "bot.sqlite3").exists()
    with psycopg.connect(url) as conn:
        figures = conn.execute("SELECT count(*) FROM figures").fetchone()[0]
        version = conn.execute("SELECT version FROM capexbot_schema").fetchone()[0]
    assert figures > 350 and f"({figures} figures)" in first.stdout
    assert capexbot("db", "migrate", cwd=tmp_path, env=env).returncode == 0  # idempotent
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM figures").fetchone()[0] == figures
        assert conn.execute("SELECT version FROM capexbot_schema").fetchone()[0] == version
    check = capexbot("db", "check", cwd=tmp_path, env=env)
    assert check.returncode == 0 and check.stdout.strip().endswith("ok"), check.stdout + check.stderr
    dump = tmp_path / "b" / "capexbot.dump"
    backup = capexbot("db", "backup", str(dump), cwd=tmp_path, env=env)
    assert backup.returncode == 0, backup.stderr
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, for pg_restore
    answer = capexbot("ask", "capex meta", cwd=tmp_path, env=env)
    assert answer.returncode == 0 and "Meta" in answer.stdout


def test_unreachable_or_malformed_url_is_one_line_exit_2(tmp_path: Path):
    gone = "postgresql://bot:hunter2@/capex?host=" + str(tmp_path) + "&port=1"
    result = capexbot("db", "migrate", cwd=tmp_path, env={"CAPEXBOT_DATABASE_URL": gone})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "CAPEXBOT_DATABASE_URL" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout
    wrong = capexbot("db", "migrate", cwd=tmp_path, env={"CAPEXBOT_DATABASE_URL": "mysql://x@y/z"})
    assert wrong.returncode == 2 and "postgresql://" in wrong.stderr and "Traceback" not in wrong.stderr


async def _fill_every_kind_of_state(db: Path) -> None:
    """Figures and sources (the seed and an import), subscriptions, the outbox (an event and its
    pending delivery), hoax watch and flag state, an imported claim, the Matrix sync token."""
    storage = await Storage.open(db)
    try:
        await storage.subscriptions.subscribe("webhook", "https://hooks.example.org/a", "meta")
        assert await storage.figures.add(meta_q3(), origin="import")
        await storage.hoax.set_watch("matrix", "!room:hs", True, by="@mod:hs", now=T0)
        assert await storage.hoax.try_flag("matrix", "!room:hs", "claim-1", T0)
        await storage.hoax.add_claims([("x", {"@type": "ClaimReview", "identifier": "x"})], origin="f.json", now=T0)
        await storage.state.set("matrix_sync_token", "s72594_4483_1934")
    finally:
        await storage.close()


STATE_TABLES = (
    "figures", "companies", "company_aliases", "definitions", "alert_subscriptions", "alert_events",
    "alert_event_figures", "alert_deliveries", "hoax_watch", "hoax_flags", "hoax_claims", "kv_state",
)  # fmt: skip


def test_db_copy_sqlite_to_postgres_keeps_everything_and_verifies_counts(tmp_path: Path, pg_server: PgServer):
    asyncio.run(_fill_every_kind_of_state(tmp_path / "bot.sqlite3"))
    url = pg_server.create_database()
    result = capexbot("db", "copy", "--to", url, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "counts match" in result.stdout and "MISMATCH" not in result.stdout
    with sqlite3.connect(tmp_path / "bot.sqlite3") as src, psycopg.connect(url) as dst:
        every = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert set(STATE_TABLES) <= set(every)
        for table in every:  # each table of the source is copied, counted and reported
            # a table name cannot be a bound parameter: quote_ident admits only names in the catalogue
            n = src.execute("SELECT count(*) FROM " + quote_ident(table, every)).fetchone()[0]  # noqa: S608
            copied = dst.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()[0]
            assert n == copied and f"{table}: {n} -> {n}" in result.stdout
            assert n > 0 or table not in STATE_TABLES, f"{table} should have rows to copy"
        for same in (
            "SELECT id, identity, value_usd, source_url, document_kind, derived_from FROM figures ORDER BY id",
            "SELECT id, event_id, subscription_id, idempotency_key, status, next_attempt_at FROM alert_deliveries",
            "SELECT platform, place_id, hoax_id, last_flagged_at, flag_count FROM hoax_flags",
            "SELECT key, value FROM kv_state ORDER BY key",
        ):
            assert src.execute(same).fetchall() == [tuple(r) for r in dst.execute(same).fetchall()], same
    env = {"CAPEXBOT_DATABASE_URL": url}
    listed = capexbot("alerts", "list", cwd=tmp_path, env=env)
    assert "hooks.example.org" in listed.stdout, listed.stdout + listed.stderr
    # new rows get ids after the copied ones, and the copied database serves answers
    more = capexbot("alerts", "add-webhook", "https://hooks.example.org/b", cwd=tmp_path, env=env)
    assert more.returncode == 0, more.stderr
    assert "Meta" in capexbot("ask", "capex meta", cwd=tmp_path, env=env).stdout
    # a second copy into the now non-empty database is refused, in one line, and changes nothing
    again = capexbot("db", "copy", "--to", url, cwd=tmp_path)
    [line] = again.stdout.strip().splitlines()
    assert again.returncode == 1 and again.stderr == ""
    assert line.startswith("capexbot: the target already has rows in ") and line.endswith("copy into an empty database")
    with psycopg.connect(url) as dst:
        assert dst.execute("SELECT count(*) FROM alert_subscriptions").fetchone()[0] == 2


def test_backup_without_pg_dump_exports_every_table_as_json(tmp_path: Path, pg_server: PgServer):
    url = pg_server.create_database()
    env = {"CAPEXBOT_DATABASE_URL": url}
    assert capexbot("alerts", "add-webhook", "https://hooks.example.org/a", cwd=tmp_path, env=env).returncode == 0
    (tmp_path / "bin").mkdir()
    export = tmp_path / "b" / "capexbot.json"
    backup = capexbot("db", "backup", str(export), cwd=tmp_path, env={**env, "PATH": str(tmp_path / "bin")})
    assert backup.returncode == 0, backup.stderr
    assert "JSON export" in backup.stdout and "pg_dump is not on PATH" in backup.stdout
    tables = json.loads(export.read_text("utf-8"))
    with psycopg.connect(url) as conn:
        names = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert sorted(tables) == sorted(names) and "figures" in tables and "alert_subscriptions" in tables
        for name in names:
            rows = conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(name)))
            columns = [d.name for d in rows.description]
            # every row, every value (JSON keeps numbers and text; dates and the like as text)
            expected = sorted(json.dumps(dict(zip(columns, r, strict=True)), default=str, sort_keys=True) for r in rows)
            assert sorted(json.dumps(r, sort_keys=True) for r in tables[name]) == expected, name
    assert len(tables["figures"]) > 350 and len(tables["alert_subscriptions"]) == 1
