"""The console script on PostgreSQL (CAPEXBOT_DATABASE_URL): migrate, check, backup, and a wrong
URL answered in one line with exit code 2 and no password in the output."""

from __future__ import annotations

from pathlib import Path

import psycopg
from pg_server import PgServer
from test_cli import capexbot


def test_db_commands_on_postgres(tmp_path: Path, pg_server: PgServer):
    url = pg_server.create_database()
    env = {"CAPEXBOT_DATABASE_URL": url}
    first = capexbot("db", "migrate", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert "up to date" in first.stdout and not (tmp_path / "bot.sqlite3").exists()
    with psycopg.connect(url) as conn:
        figures = conn.execute("SELECT count(*) FROM figures").fetchone()[0]
        version = conn.execute("SELECT version FROM capexbot_schema").fetchone()[0]
    assert figures > 400 and f"({figures} figures)" in first.stdout
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
