"""Front-end rules that need no Synapse: sync backoff against a failing homeserver, invite patterns,
how a message becomes a command line."""

from __future__ import annotations

import asyncio
import time

import nio
import pytest
from aiohttp import web
from pydantic import ValidationError

from bot.platforms.matrix.adapter import MatrixAdapter, build, privileged_creators, strip_reply_fallback
from bot.platforms.matrix.session import MatrixConfig, inviter_allowed
from bot.settings import Settings


async def _failing_homeserver(sync_answer):
    """A homeserver whose login works and whose /sync always fails as `sync_answer` says."""
    hits: list[float] = []

    async def login(request):
        return web.json_response({"user_id": "@bot:hs", "access_token": "t", "device_id": "D"})

    async def whoami(request):
        return web.json_response({"errcode": "M_UNKNOWN_TOKEN", "error": "no"}, status=401)

    async def sync(request):
        hits.append(time.monotonic())
        return sync_answer()

    app = web.Application()
    app.router.add_post("/_matrix/client/v3/login", login)
    app.router.add_get("/_matrix/client/v3/account/whoami", whoami)
    app.router.add_get("/_matrix/client/v3/sync", sync)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}", hits


async def _run_for(front: MatrixAdapter, seconds: float) -> None:
    task = asyncio.create_task(front.run())
    await asyncio.sleep(seconds)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_sync_errors_back_off_instead_of_storming(services):
    runner, url, hits = await _failing_homeserver(
        lambda: web.json_response({"errcode": "M_UNKNOWN", "error": "boom"}, status=500)
    )
    try:
        front = MatrixAdapter(MatrixConfig(url, "@bot:hs", password="pw"), services)
        await _run_for(front, 3.2)
    finally:
        await runner.cleanup()
    # backoff 1, 2, 4 s (each jittered to 50-100 %): at most 4 attempts in 3.2 s, never a storm
    assert 2 <= len(hits) <= 4, hits
    gaps = [b - a for a, b in zip(hits, hits[1:], strict=False)]
    assert all(g >= 0.45 for g in gaps), gaps
    assert await services.storage.state.get("matrix:@bot:hs:device_id") == "D"


async def test_sync_rate_limit_waits_retry_after(services):
    runner, url, hits = await _failing_homeserver(
        lambda: web.json_response(
            {"errcode": "M_LIMIT_EXCEEDED", "error": "slow", "retry_after_ms": 1500}, status=429
        )
    )
    try:
        await _run_for(MatrixAdapter(MatrixConfig(url, "@bot:hs", password="pw"), services), 2.0)
    finally:
        await runner.cleanup()
    assert len(hits) == 2, hits
    assert hits[1] - hits[0] >= 1.45


def test_inviter_patterns():
    assert inviter_allowed("@alice:example.org", ("@alice:example.org",))
    assert inviter_allowed("@bob:example.org", ("*:example.org",))
    assert not inviter_allowed("@bob:evil.org", ("*:example.org", "@alice:example.org"))
    assert not inviter_allowed("@bob:example.org.evil", ("*:example.org",))
    assert MatrixConfig("h", "@capexbot:example.org", password="p").inviter_patterns == ("@*:example.org",)


def test_build_needs_homeserver_user_and_secret(services):
    base = dict(_env_file=None, matrix_homeserver="http://hs", matrix_user_id="@b:hs")
    with pytest.raises(ValidationError, match="MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN is missing"):
        Settings(**base)  # half a configuration is an error at start, not a silent fallback (issue 17)
    front = build(Settings(**base, matrix_password="pw", matrix_allowed_inviters="@a:hs, *:x"), services)
    assert isinstance(front, MatrixAdapter)
    assert front.config.allowed_inviters == ("@a:hs", "*:x") and front.config.prefix == "!"


def test_command_line_detection(services):
    front = MatrixAdapter(MatrixConfig("h", "@capexbot:hs", password="p"), services)
    room = nio.MatrixRoom("!r:hs", "@capexbot:hs")
    assert front._command_line(room, "!capex meta") == ("capex meta", False)
    assert front._command_line(room, "capexbot: capex meta") == ("capex meta", True)
    assert front._command_line(room, "CapexBot, help") == ("help", True)
    assert front._command_line(room, "@capexbot:hs: capex msft") == ("capex msft", True)
    assert front._command_line(room, "capexbot capex msft") == ("capex msft", False)
    assert front._command_line(room, "what does capexbot think?") == (None, False)
    assert front._command_line(room, "!") == (None, False)
    assert strip_reply_fallback("> <@a:hs> earlier\n> more\n\n!capex meta") == "!capex meta"


def test_privileged_creator_room_versions():
    assert privileged_creators("12") and privileged_creators("org.matrix.hydra.11")
    assert not privileged_creators("10") and not privileged_creators("1")
