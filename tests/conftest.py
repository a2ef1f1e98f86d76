"""Shared fixtures, defined once for every suite below tests/: a real SQLite file per test (migrated
and seeded like a first start), the Services around it, the local webhook receiver, and the
Discord stand-in with discord.py pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alerts_receiver import Receiver
from discord_stub import DiscordStub

from commands.dispatch import dispatch
from commands.services import Services
from commands.types import Reply
from storage.store import Storage

FIXED_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    store = await Storage.open(tmp_path / "capexbot.sqlite3")
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
def services(storage: Storage) -> Services:
    return Services(storage=storage, default_lang="en", now=lambda: FIXED_NOW)


@pytest.fixture
def ask(services: Services):
    async def run(line: str, lang: str = "en", **kwargs) -> Reply:
        return await dispatch(line, services=services, locale=lang, **kwargs)  # type: ignore[arg-type]

    return run


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A local webhook receiver (tests/alerts_receiver.py) answering as each test scripts it."""
    r = await Receiver().start()
    try:
        yield r
    finally:
        await r.close()


@pytest.fixture
async def discord_stub(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[DiscordStub]:
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
