"""The one cache mechanism for results derived from stored data (chart replies, the hoax checker).

Each Storage gets its own caches, dropped by a `weakref.finalize` on the storage itself: a cache
lives exactly as long as its storage, so a closed database's entries never survive it and two
databases in one process never share answers. (The registry is keyed by `id(storage)` because a
Storage, a dataclass, is not hashable; the finaliser removes the entry before the id can be
reused, which a bare id-keyed dict does not.) Every entry is keyed by the version of the data it was built from (the
catalogue's version for charts, the imported claims' version for the checker): when the version
moves, the older entries are dropped at once, not left to expire.

Pure functions keep `functools.lru_cache` (hoax normalisation, retrieval grams): they depend on
their arguments only, never on stored data.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

_caches: dict[int, dict[str, VersionedCache]] = {}


class VersionedCache:
    """A small LRU of finished results for one data version, plus in-flight de-duplication (five
    identical requests at once build once)."""

    def __init__(self, max_entries: int = 32) -> None:
        self.max_entries = max_entries
        self._done: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[Hashable, asyncio.Future[Any]] = {}
        self._version: Hashable | None = None
        self._version_read_at = -float("inf")
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._done)

    def _observe(self, version: Hashable) -> None:
        if self._version is not None and version != self._version:
            self._done.clear()
        self._version = version

    async def version(self, read: Callable[[], Awaitable[Hashable]], max_age_s: float) -> Hashable:
        """The data version, read again only when the last reading is older than `max_age_s`
        (for versions that cost a query, asked on every overheard chat message)."""
        now = time.monotonic()
        if self._version is None or now - self._version_read_at >= max_age_s:
            self._observe(await read())
            self._version_read_at = now
        return self._version

    def get(self, version: Hashable, key: Hashable) -> Any | None:
        self._observe(version)
        found = self._done.get((version, key))
        if found is not None:
            self._done.move_to_end((version, key))
            self.hits += 1
        return found

    async def get_or_build(self, version: Hashable, key: Hashable, build: Callable[[], Awaitable[Any]]) -> Any:
        found = self.get(version, key)
        if found is not None:
            return found
        full = (version, key)
        pending = self._pending.get(full)
        if pending is not None:
            return await asyncio.shield(pending)
        self.misses += 1
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[full] = future
        try:
            result = await build()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when nobody else waits
            raise
        finally:
            self._pending.pop(full, None)
        future.set_result(result)
        if self._version == version:
            self._done[full] = result
            while len(self._done) > self.max_entries:
                self._done.popitem(last=False)
        return result

    def clear(self) -> None:
        self._done.clear()


def cache_for(storage: Any, name: str, max_entries: int = 32) -> VersionedCache:
    """The cache called `name` belonging to `storage` (created on first use)."""
    own = _caches.get(id(storage))
    if own is None:
        own = _caches[id(storage)] = {}
        weakref.finalize(storage, _caches.pop, id(storage), None)
    if name not in own:
        own[name] = VersionedCache(max_entries)
    return own[name]


def storages_cached() -> int:
    """How many live storages have caches (tests: none outlives its storage)."""
    return len(_caches)
