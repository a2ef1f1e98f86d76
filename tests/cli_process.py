"""The one way tests run the `capexbot` CLI in a child process: `python -m bot ...` with an
environment cleaned of the developer's own settings (chat tokens, SEC, alerts), its database and
chart directory in the test's temporary directory, plus whatever the test sets."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

OWN_SETTINGS = ("CAPEXBOT_", "DISCORD_", "MATRIX_", "SEC_", "ALERTS_", "HOAX_")


def cli_env(workdir: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """os.environ without capexbot settings, CAPEXBOT_DB/IMAGE_DIR under `workdir`, then `env`."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(OWN_SETTINGS)}
    clean.update({"CAPEXBOT_DB": str(workdir / "bot.sqlite3"), "CAPEXBOT_IMAGE_DIR": str(workdir / "img")})
    clean.update(env or {})
    return clean


def database_env(database_url: str) -> dict[str, str]:
    """The setting that points the CLI at this test's database: a SQLite file or PostgreSQL."""
    if database_url.startswith("postgresql://"):
        return {"CAPEXBOT_DATABASE_URL": database_url}
    return {"CAPEXBOT_DB": database_url}


def capexbot(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the CLI to completion (blocking: for tests with no server on their own event loop)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=cli_env(cwd, env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


async def capexbot_async(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> tuple[int, str, str]:
    """Run the CLI without blocking the loop (when a fake server lives on it): (code, out, err)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=cli_env(cwd, env),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()
