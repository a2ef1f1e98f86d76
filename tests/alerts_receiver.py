"""A local webhook receiver for alert tests and the fan-out benchmark (aiohttp, 127.0.0.1 only).

- `POST /hook/{name}`: answers from `script[name]` (a list consumed in order, then `default`):
  "ok" (200), "429" (429 + Retry-After: `retry_after`), "429ms" (429 + JSON retry_after_ms),
  "500", "410", "404", "401", "hang" (never answers; the client must time out).
- optional global token bucket (`rate` per second, `burst`): beyond it, 429 with Retry-After.
- optional random latency per request (`latency=(lo, hi)` seconds).
- every request is recorded; `accepted` counts 2xx answers per Idempotency-Key, `first_seen` keeps
  the first accepted body per key (what a receiver that dedupes on the key would keep).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Received:
    name: str
    key: str | None
    body: Any
    status: int
    at: float


@dataclass
class Receiver:
    default: str = "ok"
    retry_after: float = 1.0
    rate: float | None = None
    burst: int = 1
    latency: tuple[float, float] | None = None
    script: dict[str, list[str]] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)
    accepted: Counter = field(default_factory=Counter)
    first_seen: dict[str, Any] = field(default_factory=dict)
    throttled: int = 0

    def __post_init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._tokens = float(self.burst)
        self._last = time.monotonic()
        self.changed = asyncio.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, name: str) -> str:
        return f"{self.base_url}/hook/{name}"

    async def start(self) -> Receiver:
        app = web.Application()
        app.router.add_post("/hook/{name}", self._hook)
        app.router.add_get("/stats", self._stats)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _take_token(self) -> bool:
        if self.rate is None:
            return True
        now = time.monotonic()
        self._tokens = min(float(self.burst), self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False

    def _action(self, name: str) -> str:
        queue = self.script.get(name)
        return queue.pop(0) if queue else self.default

    async def _hook(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        key = request.headers.get("Idempotency-Key")
        try:
            body = await request.json()
        except ValueError:
            body = None
        if self.latency:
            await asyncio.sleep(random.uniform(*self.latency))
        if not self._take_token():
            self.throttled += 1
            return self._record(name, key, body, web.Response(status=429, headers={"Retry-After": "1"}))
        action = self._action(name)
        if action == "hang":
            self._record(name, key, body, web.Response(status=0))
            await asyncio.sleep(3600)
        if action == "429":
            resp = web.Response(status=429, headers={"Retry-After": f"{self.retry_after:g}"})
        elif action == "429ms":
            resp = web.json_response(
                {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": int(self.retry_after * 1000)}, status=429
            )
        elif action in ("500", "410", "404", "401"):
            resp = web.Response(status=int(action), text=action)
        else:
            resp = web.json_response({"ok": True})
        return self._record(name, key, body, resp)

    async def _stats(self, request: web.Request) -> web.Response:
        ok_times = [r.at for r in self.requests if 200 <= r.status < 300]
        return web.json_response(
            {
                "requests": len(self.requests),
                "accepted": sum(self.accepted.values()),
                "unique_keys": len(self.accepted),
                "duplicated_keys": sum(1 for n in self.accepted.values() if n > 1),
                "throttled": self.throttled,
                "first_accepted": min(ok_times) if ok_times else None,
                "last_accepted": max(ok_times) if ok_times else None,
                "keys": sorted(self.accepted) if request.query.get("keys") else None,
            }
        )

    def _record(self, name: str, key: str | None, body: Any, resp: web.Response) -> web.Response:
        self.requests.append(Received(name, key, body, resp.status, time.monotonic()))
        if 200 <= resp.status < 300 and key is not None:
            self.accepted[key] += 1
            self.first_seen.setdefault(key, body)
        self.changed.set()
        return resp

    async def wait_for(self, predicate, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("timed out waiting for the receiver")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), timeout=min(remaining, 0.2))


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


async def _serve(rate: float | None, burst: int) -> None:
    receiver = await Receiver(rate=rate, burst=burst).start()
    print(receiver.port, flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await receiver.close()


if __name__ == "__main__":  # python tests/alerts_receiver.py [RATE [BURST]]: prints its port
    import sys

    _rate = float(sys.argv[1]) if len(sys.argv) > 1 else None
    _burst = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(_rate, _burst))
