"""Fixtures for Discord tests: the capexbot Discord adapter running against the stand-in (whose
`discord_stub` fixture lives in tests/conftest.py, shared with the alerts suites), and test-only
commands. This directory deliberately has no ``__init__.py`` (a package named ``discord`` would
shadow the library).
"""

from __future__ import annotations

import asyncio

import pytest

from bot.platforms.discord.adapter import DiscordAdapter
from commands.registry import REGISTRY, Param, command, load_all
from commands.types import Reply, UserError

# ----------------------------------------------------------------------------- capexbot side
TESTONLY = "testonly"


@pytest.fixture
def testonly_commands():
    """Test-only commands (removed afterwards): a settings-changing one, a slow one, one that is
    not declared slow but takes longer than the defer threshold, and a slow one that fails."""
    load_all()
    calls: list = []

    async def manage(req, services):
        calls.append(req)
        return Reply(title="Setting changed", text=f"changed for {req.place.id}", command=req.command)

    async def slow(req, services):
        calls.append(req)
        await asyncio.sleep(0.2)
        return Reply(
            title="Slow answer",
            text="worth the wait",
            command=req.command,
            image_png=b"\x89PNG\r\n\x1a\nfake",
            image_name="chart.png",
        )

    async def sluggish(req, services):
        calls.append(req)
        await asyncio.sleep(1.3)  # past the runner's defer_after below
        return Reply(title="Sluggish answer", text="took a while", command=req.command)

    async def slow_refusal(req, services):
        calls.append(req)
        await asyncio.sleep(0.05)
        raise UserError("Nothing to draw for that.")

    specs = {
        f"{TESTONLY} manage": (manage, {"needs_manage": True}),
        f"{TESTONLY} slow": (slow, {"slow": True}),
        f"{TESTONLY} sluggish": (sluggish, {}),
        f"{TESTONLY} refuse": (slow_refusal, {"slow": True}),
    }
    for name, (handler, flags) in specs.items():
        command(
            name,
            summary_en=f"Test-only {name}",
            summary_fr=f"Test seulement {name}",
            usage=name,
            params=(Param("value", "A value", "Une valeur"),),
            **flags,
        )(handler)
    try:
        yield calls
    finally:
        for name in specs:
            REGISTRY.commands.pop(name, None)


@pytest.fixture
async def front(discord_stub, services, testonly_commands):
    """The capexbot Discord front end, running against the stand-in. Fails the test if any error
    reached only discord.py's handlers (tree on_error, event on_error, autocomplete)."""
    bot = DiscordAdapter(
        services,
        discord_stub.token,
        cooldown_seconds=30,
        client_options={"guild_ready_timeout": 0.05},
    )
    # 1 s (Discord allows 3): a quick command on a loaded machine is still answered at once
    bot.runner.defer_after = 1.0
    task = asyncio.create_task(bot.run())
    try:
        await discord_stub.wait_ready()
        await asyncio.wait_for(bot.ready.wait(), 5)
        yield bot
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert list(bot.errors) == [], list(bot.errors)
