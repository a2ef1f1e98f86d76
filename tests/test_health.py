"""`CAPEXBOT_HEALTH_PORT`: /healthz and /metrics of a running bot, and SIGTERM within 10 s."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _start(tmp_path: Path, env: dict[str, str]) -> tuple[asyncio.subprocess.Process, str]:
    port = _free_port()
    full = {
        k: v for k, v in os.environ.items() if not k.startswith(("CAPEXBOT_", "DISCORD_", "MATRIX_", "SEC_"))
    }
    full.update({"CAPEXBOT_DB": str(tmp_path / "bot.sqlite3"), "CAPEXBOT_HEALTH_PORT": str(port), **env})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=full,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    return proc, f"http://127.0.0.1:{port}"


async def _get(url: str, deadline: float = 60.0) -> tuple[int, str]:
    """GET with retries until the server listens (the bot is still starting)."""
    end = time.monotonic() + deadline
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(url) as resp:
                    return resp.status, await resp.text()
            except aiohttp.ClientConnectionError:
                if time.monotonic() > end:
                    raise
                await asyncio.sleep(0.2)


async def _stop(proc: asyncio.subprocess.Process) -> float:
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    await asyncio.wait_for(proc.wait(), timeout=10)
    return time.monotonic() - started


async def test_healthy_bot_reports_ok_metrics_scrape_and_sigterm_closes_the_server(tmp_path: Path):
    proc, base = await _start(tmp_path, {})
    try:
        status, body = await _get(f"{base}/healthz")
        assert status == 200, body
        health = json.loads(body)
        assert health["status"] == "ok"
        assert health["components"]["database"]["state"] == "ok"
        assert health["components"]["terminal"]["state"] == "ok"
        proc.stdin.write(b"capex meta\nhelp\nnosuchcommand\n")
        await proc.stdin.drain()
        for _ in range(100):
            status, metrics = await _get(f"{base}/metrics")
            if 'capexbot_commands_total{command="capex",outcome="ok"} 1.0' in metrics:
                break
            await asyncio.sleep(0.1)
        assert status == 200
        assert 'capexbot_commands_total{command="capex",outcome="ok"} 1.0' in metrics
        assert "capexbot_reply_seconds_bucket" in metrics and "capexbot_alerts_pending 0.0" in metrics
        assert "capexbot_outbox_oldest_pending_seconds" in metrics
    finally:
        elapsed = await _stop(proc)
    assert elapsed < 10 and proc.returncode == 0
    with pytest.raises(aiohttp.ClientConnectionError):
        await _get(f"{base}/healthz", deadline=0)


async def test_unreachable_homeserver_is_reported_degraded(tmp_path: Path):
    closed = f"http://127.0.0.1:{_free_port()}"
    env = {"MATRIX_HOMESERVER": closed, "MATRIX_USER_ID": "@bot:localhost", "MATRIX_PASSWORD": "pw-not-shown"}
    proc, base = await _start(tmp_path, env)
    try:
        for _ in range(100):
            status, body = await _get(f"{base}/healthz")
            matrix = json.loads(body)["components"].get("matrix", {})
            if matrix.get("state") == "degraded" and "restarting" in matrix.get("reason", ""):
                break
            await asyncio.sleep(0.1)
        assert status == 503
        assert matrix["state"] == "degraded" and matrix["since"]
        assert json.loads(body)["components"]["database"]["state"] == "ok"
        assert "pw-not-shown" not in body
    finally:
        assert await _stop(proc) < 10
