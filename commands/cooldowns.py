"""Per-user, per-command cooldowns, enforced by the door (commands/door.py) for every network.

The seconds come with each invocation (a network's policy, e.g. DISCORD_COOLDOWN_SECONDS); the
memory of who ran what lives here, once, in `Services`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable


class Cooldowns:
    """`hit(key, seconds)` returns 0 and records the use when allowed, else the seconds left.

    Memory stays bounded: expired entries are dropped as the map grows."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._last: dict[Hashable, tuple[float, float]] = {}

    def hit(self, key: Hashable, seconds: float) -> float:
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
