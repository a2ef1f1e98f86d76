"""Shared fixtures: a real SQLite file per test, migrated and seeded like a first start."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

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
