"""Per-user, per-command cooldown memory: who last ran what, and when.

The door (commands/door.py) asks `hit(key, seconds)` before running a command: 0 means "allowed,
and this use is recorded", anything else is the seconds left. With several bot processes on one
PostgreSQL store (Discord shards split, two Matrix accounts…) the memory must be shared, or a user
gets one use per process per window: `SharedCooldowns` decides with one atomic upsert that only
overwrites a use older than the window (`ON CONFLICT … DO UPDATE … WHERE … RETURNING`), so two
processes racing for the same key cannot both be allowed. One SQLite process keeps the memory in
the process (`MemoryCooldowns`): just as correct there, and no write per command on a
single-writer file that a long import may hold.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from storage.errors import busy_is_transient
from storage.pg import PgDatabase

PRUNE_EVERY = 1000  # uses between clean-ups of expired rows / entries
MAX_COOLDOWN_S = 3600.0  # no policy is longer (DISCORD_COOLDOWN_SECONDS ≤ 3600): older rows are dead


class Cooldowns(Protocol):
    async def hit(self, key: str, seconds: float) -> float:
        """0 and the use recorded when `key` may run now, else the seconds left (StorageBusy when
        a shared store cannot be reached)."""
        ...


class MemoryCooldowns:
    """One process's memory; bounded: expired entries are dropped as the map grows."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._last: dict[str, tuple[float, float]] = {}

    async def hit(self, key: str, seconds: float) -> float:
        if seconds <= 0:
            return 0.0
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last[0] < last[1]:
            return last[1] - (now - last[0])
        self._last[key] = (now, seconds)
        if len(self._last) > 10_000:
            self._last = {k: (t, s) for k, (t, s) in self._last.items() if now - t < s}
        return 0.0


class SharedCooldowns:
    """The memory in the shared store, decided by one statement (wall clock: processes may run
    on several hosts, which should keep their clocks in sync)."""

    def __init__(self, db: PgDatabase, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.clock = clock
        self._uses = 0

    async def hit(self, key: str, seconds: float) -> float:
        if seconds <= 0:
            return 0.0
        now = self.clock()
        with busy_is_transient():
            async with self.db.conn.execute(_TAKE_SQL, (key, now, now - seconds, now + seconds)) as cur:
                taken = await cur.fetchone()
            if taken is not None:
                await self._prune(now)
                return 0.0
            async with self.db.conn.execute("SELECT last_at FROM command_cooldowns WHERE key = ?", (key,)) as cur:
                row = await cur.fetchone()
        left = float(row[0]) + seconds - now if row is not None else 0.0
        return max(left, 0.001)  # refused: even a row gone meanwhile was in the window just now

    async def _prune(self, now: float) -> None:
        self._uses += 1
        if self._uses % PRUNE_EVERY == 0:
            await self.db.conn.execute("DELETE FROM command_cooldowns WHERE last_at < ?", (now - MAX_COOLDOWN_S,))


# Insert the first use, or overwrite a use that is outside the window (or more than a window in
# the future: a clock that went back must not lock a user out); no row back means "refused". The row lock taken by the
# conflict makes a racing second process wait, then see the first one's use.
_TAKE_SQL = (
    "INSERT INTO command_cooldowns (key, last_at) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET last_at = excluded.last_at "
    "WHERE command_cooldowns.last_at <= ? OR command_cooldowns.last_at > ? "
    "RETURNING last_at"
)


def cooldowns_for(db: object) -> Cooldowns:
    return SharedCooldowns(db) if isinstance(db, PgDatabase) else MemoryCooldowns()
