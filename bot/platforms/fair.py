"""A fair scheduler for chat replies: one user's flood cannot delay another user's command.

Each key (a user in a room) has its own queue, run one job at a time in the order submitted, so a
user's answers come in the order asked. Keys with work wait in one round-robin line served by at
most `workers` concurrent jobs; after each job its key goes to the back of the line. A user who
sent 150 slow commands therefore holds at most one worker, and another user's command waits at
most one of those commands (with one worker) or none (while a worker is free). A key's backlog
is bounded: a flood past it is dropped (logged once per backlog) instead of held in memory.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Hashable

log = logging.getLogger("capexbot.fair")

Job = Callable[[], Awaitable[None]]


class FairScheduler:
    def __init__(self, workers: int, max_backlog: int, name: str = "replies") -> None:
        self.workers = workers
        self.max_backlog = max_backlog
        self.name = name
        self._queues: dict[Hashable, deque[Job]] = {}
        self._line: deque[Hashable] = deque()  # keys with work and no job running
        self._workers: set[asyncio.Task] = set()
        self._dropping: set[Hashable] = set()

    def submit(self, key: Hashable, job: Job) -> bool:
        """Queue `job` behind `key`'s earlier jobs; False (and not queued) past the backlog bound."""
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = deque()
            self._line.append(key)
        if len(queue) >= self.max_backlog:
            if key not in self._dropping:
                self._dropping.add(key)
                log.warning("%s: %s has %d waiting; dropping more until it catches up", self.name, key, len(queue))
            return False
        queue.append(job)
        if len(self._workers) < self.workers and self._line:
            task = asyncio.create_task(self._work())
            self._workers.add(task)
            task.add_done_callback(self._workers.discard)
        return True

    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values())

    async def _work(self) -> None:
        """Serve the line until it is empty: a key's next job, then the key to the back."""
        while self._line:
            key = self._line.popleft()
            queue = self._queues[key]
            job = queue.popleft()
            try:
                await job()
            except Exception:
                log.exception("%s: a job for %s failed", self.name, key)
            finally:
                if queue:
                    self._line.append(key)
                else:
                    self._queues.pop(key, None)
                    self._dropping.discard(key)

    async def drain(self, timeout: float) -> None:
        """Let queued and running jobs finish for up to `timeout` s, then cancel what is left."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._workers and loop.time() < deadline:
            await asyncio.wait(set(self._workers), timeout=deadline - loop.time())
        self._line.clear()
        self._queues.clear()
        for task in list(self._workers):
            task.cancel()
        if self._workers:
            await asyncio.wait(set(self._workers))
