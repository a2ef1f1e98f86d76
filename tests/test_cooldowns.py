"""Command cooldowns (storage/cooldowns.py): one process's memory on SQLite, and on PostgreSQL one
memory shared by every process, so a second use within the window is refused wherever it lands."""

from __future__ import annotations

import asyncio

import pytest

from commands.cooldowns import seconds_left
from commands.door import Invocation, handle
from commands.services import Services
from commands.types import Place
from storage.cooldowns import MemoryCooldowns, SharedCooldowns
from storage.store import Storage

DISCORD = Place("discord", "123")


async def test_memory_cooldowns_count_down_per_key():
    now = [100.0]
    cd = MemoryCooldowns(clock=lambda: now[0])
    assert await cd.hit("a", 3) == 0
    now[0] += 1.2
    assert await cd.hit("a", 3) == pytest.approx(1.8)
    assert await cd.hit("b", 3) == 0
    now[0] += 2
    assert await cd.hit("a", 3) == 0
    assert await cd.hit("a", 0) == 0


@pytest.mark.parametrize("backend", ["postgres"])
async def test_shared_cooldowns_count_down_and_forgive_a_clock_that_went_back(storage: Storage):
    assert isinstance(storage.cooldowns, SharedCooldowns)
    now = [1_000.0]
    storage.cooldowns.clock = lambda: now[0]
    assert await storage.cooldowns.hit("a", 3) == 0
    now[0] += 1.2
    assert await storage.cooldowns.hit("a", 3) == pytest.approx(1.8)
    assert await storage.cooldowns.hit("b", 3) == 0
    now[0] += 1.8
    assert await storage.cooldowns.hit("a", 3) == 0  # exactly one window later
    now[0] -= 500  # the clock was set back: the stored use is "in the future"
    assert await storage.cooldowns.hit("a", 3) == 0
    assert await storage.cooldowns.hit("a", 3) > 0


@pytest.mark.parametrize("backend", ["postgres"])
async def test_a_second_process_is_refused_within_the_window(storage: Storage):
    """Two Storage instances (two pools, as two bot processes would have) on one database."""
    other = await Storage.open(storage.db.url, seed=False)
    try:
        first = Services(storage)
        second = Services(other)
        inv = Invocation(place=DISCORD, command="help", user_id="alice", cooldown_s=30)
        allowed = await handle(inv, first)
        refused = await handle(inv, second)
        assert allowed is not None and allowed.ok
        assert refused is not None and not refused.ok and "try again in 30 s" in refused.text
        bob = await handle(Invocation(place=DISCORD, command="help", user_id="bob", cooldown_s=30), second)
        assert bob is not None and bob.ok

        # many uses racing from both processes at once: exactly one gets through
        waits = await asyncio.gather(
            *(seconds_left(s, "discord", "carol", "capex", 30) for s in (storage, other) * 10)
        )
        assert sorted(w == 0 for w in waits) == [False] * 19 + [True]
    finally:
        await other.close()


async def test_sqlite_keeps_the_memory_in_the_process(storage: Storage):
    assert isinstance(storage.cooldowns, MemoryCooldowns)
    assert await seconds_left(storage, "matrix", "@u:hs", "help", 5) == 0
    assert 4 < await seconds_left(storage, "matrix", "@u:hs", "help", 5) <= 5
    assert await seconds_left(storage, "matrix", "@u:hs", "help", 0) == 0
