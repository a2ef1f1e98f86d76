"""The outbound port every network adapter implements, and its one delivery vocabulary.

`await adapter.send(target, reply, idempotency_key) -> DeliveryResult` is how a chat reply and an
alert alike leave the bot. The key is stable across retries (webhook `Idempotency-Key`, Matrix
txn id, Discord nonce), so a receiver dedupes a re-send after a crash. The result is one of:

- `sent` — the network accepted it (`remote_id`; `moved_to` when Matrix followed an upgraded room);
- `retry_after` — rate limited: try again in `retry_after` seconds (`scope="global"` pauses the
  whole network, not just this target);
- `gone` — the target no longer exists (deleted channel, unknown room, HTTP 404/410);
- `forbidden` — it exists but the bot may not post there (kicked, Missing Access, HTTP 401/403);
- `failed` — anything else (timeouts, 5xx, a bad token): transient or not, with the reason.

The alerts worker treats `gone` and `forbidden` alike (disable after a few in a row, with the
reason), retries `failed` with backoff, and waits as told on `retry_after`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from commands.types import Reply
from storage.backoff import parse_retry_after

Status = Literal["sent", "retry_after", "gone", "forbidden", "failed"]


@dataclass(frozen=True)
class Target:
    """Where a reply goes: a channel, room or URL id; optionally the event it answers; and, for
    networks that post data rather than messages (webhooks), the JSON body to post."""

    id: str
    reply_to: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryResult:
    status: Status
    reason: str = ""
    retry_after: float = 0.0
    remote_id: str | None = None
    moved_to: str | None = None
    scope: Literal["target", "global"] = "target"

    @property
    def ok(self) -> bool:
        return self.status == "sent"


def sent(remote_id: str | None = None, moved_to: str | None = None) -> DeliveryResult:
    return DeliveryResult("sent", remote_id=remote_id, moved_to=moved_to)


def failed(reason: str) -> DeliveryResult:
    return DeliveryResult("failed", reason=reason)


class Adapter(Protocol):
    """One network: `send` (outbound port) always; `run` (inbound port) for networks people talk
    to the bot on. `close` releases connections opened for sending."""

    name: str
    inbound: bool

    async def run(self) -> None: ...

    async def send(self, target: Target, reply: Reply, idempotency_key: str) -> DeliveryResult: ...

    async def close(self) -> None: ...


MAX_RETRY_AFTER = 3600.0  # a receiver asking for more (999999999 s = 31 years) gets an hour


def retry_after_from(header: str | None, body: Any = None, default: float = 5.0) -> float:
    """Seconds to wait from a JSON body's `retry_after` (seconds, Discord) / `retry_after_ms`
    (Matrix), else a `Retry-After` header (seconds or HTTP date); `default` when none is usable.
    Capped at MAX_RETRY_AFTER; NaN counts as unusable."""
    seconds: float | None = None
    if isinstance(body, dict):
        if isinstance(body.get("retry_after_ms"), int | float):
            seconds = float(body["retry_after_ms"]) / 1000
        elif isinstance(body.get("retry_after"), int | float):
            seconds = float(body["retry_after"])
    if seconds is None:
        seconds = parse_retry_after(header)
    if seconds is None or seconds != seconds:
        return default
    return min(max(0.0, seconds), MAX_RETRY_AFTER)
