"""Fixtures for Discord tests: a local Discord stand-in and the real discord.py client pointed at it.

The stand-in lives in ``tests/discord_stub`` so other suites (alerts, charts) can use it too; this
directory deliberately has no ``__init__.py`` (a package named ``discord`` would shadow the library).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_TESTS_DIR = str(Path(__file__).resolve().parents[1])
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from discord_stub import DiscordStub  # noqa: E402


@pytest.fixture
async def discord_stub(monkeypatch: pytest.MonkeyPatch):
    """A started stand-in with discord.py's base URLs pointed at it; fails the test on protocol
    violations (double answers, late answers, unknown routes)."""
    stub = await DiscordStub().start()
    stub.patch_discord(monkeypatch)
    try:
        yield stub
    finally:
        await stub.close()
    assert stub.protocol_errors == [], stub.protocol_errors
    assert [(r.method, r.path) for r in stub.unhandled] == []
