"""The console script as users and other tools call it: exit codes, JSON schema, configuration."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_process import capexbot, cli_env

FIGURE_KEYS = {
    "company",
    "ticker",
    "period",
    "period_start",
    "period_end",
    "kind",
    "value_usd",
    "low_usd",
    "high_usd",
    "definition",
    "source",
    "date",
}


def test_ask_json_schema(tmp_path: Path):
    result = capexbot("ask", "--json", "capex meta", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) >= {"ok", "command", "lang", "title", "text", "figures", "suggestions", "error"}
    assert out["ok"] is True and out["command"] == "capex" and out["lang"] == "en" and out["error"] is None
    assert out["figures"] and all(set(f) == FIGURE_KEYS for f in out["figures"])
    for fig in out["figures"]:
        assert fig["kind"] in ("actual", "guidance")
        assert fig["value_usd"] is not None or fig["low_usd"] is not None
        assert all(
            isinstance(fig[k], int) for k in ("value_usd", "low_usd", "high_usd") if fig[k] is not None
        )
        assert len(fig["period_start"]) == 10 and fig["source"]


def test_ask_user_error_exit_1_with_suggestions(tmp_path: Path):
    # "msta" is as close to MSFT as to META: still a question back, not a guess
    result = capexbot("ask", "--json", "--lang", "fr", "capex msta", cwd=tmp_path)
    assert result.returncode == 1
    out = json.loads(result.stdout)
    assert out["ok"] is False and out["lang"] == "fr"
    assert set(out["suggestions"]) == {"Microsoft", "Meta Platforms"}
    assert "Vouliez-vous dire" in out["error"]


@pytest.mark.parametrize("line", ["capex '; DROP TABLE figures; --", "capex meta Q7 2020", "capex @everyone"])
def test_ask_bad_input_exit_1_data_intact(tmp_path: Path, line: str):
    assert capexbot("ask", "capex meta", cwd=tmp_path).returncode == 0
    result = capexbot("ask", line, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert capexbot("db", "check", cwd=tmp_path).stdout.strip().endswith("ok")
    assert capexbot("ask", "capex meta", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("env", "needle"),
    [({"CAPEXBOT_LANG": "de"}, "CAPEXBOT_LANG"), ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL")],
)
def test_configuration_error_is_one_line_exit_2(tmp_path: Path, env: dict, needle: str):
    result = capexbot("ask", "capex meta", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unwritable_database_is_a_configuration_error(tmp_path: Path):
    result = capexbot("ask", "capex meta", cwd=tmp_path, env={"CAPEXBOT_DB": "/proc/nope/db.sqlite3"})
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_run_terminal_answers_and_stops_at_end_of_input(tmp_path: Path):
    result = capexbot("run", cwd=tmp_path, stdin="capex meta\n!capex msft\n/help\n")
    assert result.returncode == 0, result.stderr
    assert "Meta Platforms (META)" in result.stdout and "Microsoft (MSFT)" in result.stdout
    assert "capexbot commands" in result.stdout
    assert "terminal started" in result.stderr and "capexbot stopped" in result.stderr


def test_run_stops_cleanly_on_sigterm(tmp_path: Path):
    import signal
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAPEXBOT_", "DISCORD_", "MATRIX_"))}
    env["CAPEXBOT_DB"] = str(tmp_path / "bot.sqlite3")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 60
    assert proc.stderr is not None
    seen = ""
    while "terminal started" not in seen and time.time() < deadline:
        seen += proc.stderr.readline()
    proc.send_signal(signal.SIGTERM)  # stdin stays open: a blocked read must not keep it alive
    proc.wait(timeout=30)
    err = proc.stderr.read()
    proc.stdin.close()
    assert proc.returncode == 0
    assert "capexbot stopped" in seen + err and "Traceback" not in err


def test_run_ignores_a_second_sigterm_once_it_is_stopping(tmp_path: Path):
    """An impatient supervisor signals again while the bot closes its database: the stop stays
    clean (exit 0, last lines written) instead of the default action killing it (-15)."""
    import os
    import signal
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAPEXBOT_", "DISCORD_", "MATRIX_"))}
    env["CAPEXBOT_DB"] = str(tmp_path / "bot.sqlite3")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None and proc.stdin is not None
    deadline = time.time() + 60
    seen = ""
    while "terminal started" not in seen and time.time() < deadline:
        seen += proc.stderr.readline()
    proc.send_signal(signal.SIGTERM)
    while "capexbot stopped" not in seen and time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
        if "capexbot stopped" in line:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)  # during the close
    proc.wait(timeout=30)
    proc.stdin.close()
    assert proc.returncode == 0, seen + proc.stderr.read()


def test_import_errors_and_db_commands(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("company,fiscal_period\nmeta,FY2024\n")
    result = capexbot("import", str(bad), cwd=tmp_path)
    assert result.returncode == 1 and "line 1" in result.stderr and "nothing stored" in result.stderr
    assert capexbot("db", "migrate", cwd=tmp_path).returncode == 0
    assert capexbot("db", "backup", str(tmp_path / "b" / "copy.sqlite3"), cwd=tmp_path).returncode == 0
    assert (tmp_path / "b" / "copy.sqlite3").stat().st_size > 0


def test_python_dash_m_and_console_script_agree(tmp_path: Path):
    script = Path(sys.executable).with_name("capexbot")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    result = subprocess.run(
        [str(script), "ask", "--json", "capex", "orcl"],
        env=cli_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["title"].startswith("Oracle")


def test_a_file_that_is_not_a_database_exits_2_promptly(tmp_path: Path):
    bad = tmp_path / "garbage.sqlite3"
    bad.write_text("this is not a database\n" * 100)
    result = capexbot("ask", "capex meta", cwd=tmp_path, env={"CAPEXBOT_DB": str(bad)})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_setting_means_unset(tmp_path: Path):
    result = capexbot("ask", "capex meta", cwd=tmp_path, env={"SEC_POLL_MINUTES": "", "CAPEXBOT_LANG": ""})
    assert result.returncode == 0, result.stderr
