"""Settings refused at start with one line naming the setting (issue 17), and small operator traps:
unusable image directory, `discord sync` without network, webhook Retry-After, inert source titles."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
from pathlib import Path

import discord.http
import pytest

from bot.cli import build_parser
from bot.platforms.delivery import MAX_RETRY_AFTER, retry_after_from
from bot.settings import ConfigError, load_settings
from commands.text import inert

SECRET = "s3cr3t-RECOGNISABLE-value"
MATRIX = {"matrix_homeserver": "https://matrix.example.org", "matrix_user_id": "@bot:example.org"}


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({**MATRIX, "matrix_homeserver": "notaurl", "matrix_password": SECRET}, "MATRIX_HOMESERVER"),
        (
            {**MATRIX, "matrix_homeserver": "file:///etc/passwd", "matrix_password": SECRET},
            "MATRIX_HOMESERVER",
        ),
        ({"matrix_homeserver": "https://matrix.example.org"}, "MATRIX_HOMESERVER is set but MATRIX_USER_ID"),
        ({**MATRIX}, "MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN"),
        ({**MATRIX, "matrix_user_id": "bot", "matrix_password": SECRET}, "MATRIX_USER_ID"),
        ({"matrix_admin_power_level": -1}, "MATRIX_ADMIN_POWER_LEVEL"),
        ({"matrix_allowed_inviters": "@a:example.org, nonsense"}, "MATRIX_ALLOWED_INVITERS"),
        ({"discord_dev_guild_id": -1}, "DISCORD_DEV_GUILD_ID"),
        ({"discord_token": f"{SECRET} with spaces"}, "DISCORD_TOKEN"),
        ({"sec_base_url": "ftp://data.sec.gov"}, "SEC_BASE_URL"),
        ({"sec_archives_url": "notaurl"}, "SEC_ARCHIVES_URL"),
        ({"capexbot_health_port": 70000}, "CAPEXBOT_HEALTH_PORT"),
    ]
    + [
        ({name: bad}, name.upper())
        for name in (
            "sec_poll_minutes",
            "discord_cooldown_seconds",
            "alerts_global_rate",
            "alerts_target_rate",
            "alerts_lease_seconds",
            "alerts_retry_base_seconds",
            "alerts_retry_max_seconds",
            "alerts_gone_retry_seconds",
        )
        for bad in ("inf", "nan")
    ],
)
def test_bad_settings_are_one_line_naming_the_setting_never_the_secret(overrides, named):
    with pytest.raises(ConfigError) as exc:
        load_settings(**overrides)
    message = str(exc.value)
    assert named in message and "\n" not in message and SECRET not in message


def test_good_settings_still_load():
    settings = load_settings(**MATRIX, matrix_password="pw", matrix_allowed_inviters="@a:hs.org, *:x.org")
    assert settings.matrix_homeserver == "https://matrix.example.org"


def _capexbot(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {
        k: v for k, v in os.environ.items() if not k.startswith(("CAPEXBOT_", "DISCORD_", "MATRIX_", "SEC_"))
    }
    base.update({"CAPEXBOT_DB": str(cwd / "bot.sqlite3"), **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=base, capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize(
    "env",
    [
        {"MATRIX_HOMESERVER": "notaurl", "MATRIX_USER_ID": "@b:example.org", "MATRIX_PASSWORD": SECRET},
        {"MATRIX_HOMESERVER": "https://matrix.example.org"},
        {"ALERTS_RETRY_MAX_SECONDS": "inf"},
    ],
)
def test_run_with_a_bad_setting_exits_2_with_one_line(tmp_path: Path, env):
    result = _capexbot("run", cwd=tmp_path, env=env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert SECRET not in result.stderr + result.stdout and not (tmp_path / "bot.sqlite3").exists()


def test_non_utf8_env_file_exits_2(tmp_path: Path):
    (tmp_path / ".env").write_bytes(b"CAPEXBOT_LANG=fr\nMATRIX_PASSWORD=\xff\xfe\xfa\n")
    result = _capexbot("db", "check", cwd=tmp_path, env={})
    assert result.returncode == 2 and ".env" in result.stderr and result.stderr.count("\n") == 1


def test_unusable_image_dir_is_one_line(tmp_path: Path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the directory should be")
    result = _capexbot(
        "ask", "capex chart meta", cwd=tmp_path, env={"CAPEXBOT_IMAGE_DIR": str(blocker / "charts")}
    )
    assert result.returncode == 2, result.stderr
    assert "CAPEXBOT_IMAGE_DIR" in result.stderr and result.stderr.count("\n") == 1


async def test_discord_sync_without_network_is_one_line(monkeypatch, capsys):
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    args: argparse.Namespace = build_parser().parse_args(["discord", "sync"])
    code = await args.handler(args, load_settings(discord_token="token-for-a-closed-port"))
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach Discord" in err and err.count("\n") == 1


@pytest.mark.parametrize("header", ["999999999", "inf", "1e400", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_retry_after_is_capped(header):
    assert retry_after_from(header) == MAX_RETRY_AFTER


def test_retry_after_nan_or_garbage_uses_the_default():
    assert retry_after_from("nan") == 5.0 and retry_after_from("soon") == 5.0
    assert retry_after_from("12") == 12.0


@pytest.mark.parametrize(
    "title", ["<!channel> read this", "[click](https://evil.example)", "@everyone look", "`x`"]
)
def test_operator_titles_become_inert(title):
    out = inert(title)
    assert "<!" not in out and "](" not in out and "@everyone" not in out and "`" not in out
