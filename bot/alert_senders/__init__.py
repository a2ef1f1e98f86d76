"""Alert senders: one per platform, each turning an alert into one request with the delivery's
stable idempotency key, and classifying the answer for the outbox worker (bot/workers/alerts.py):

- `Sent` — the target accepted it (for Matrix, possibly in the room that replaced an upgraded one);
- `RetryAfter(seconds)` — rate limited (429 `Retry-After`, Discord `retry_after`, Matrix
  `retry_after_ms`); `scope="global"` pauses the whole platform, not just this target;
- `Gone(reason)` — the target is gone or forbidden (404/410, Discord Unknown Channel / Missing
  Access, Matrix M_FORBIDDEN): after a few in a row the subscription is disabled with the reason;
- `Failed(reason)` — timeouts, 5xx, network errors: retried with exponential backoff and jitter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from commands.types import Reply


@dataclass(frozen=True)
class Alert:
    """What to send for one delivery: the composed Reply and the webhook JSON payload."""

    delivery_id: int
    event_id: int
    subscription_id: int
    idempotency_key: str
    target: str
    reply: Reply
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sent:
    moved_to: str | None = None  # Matrix: delivered to the room that replaced `target`
    remote_id: str | None = None


@dataclass(frozen=True)
class RetryAfter:
    seconds: float
    reason: str = "rate limited"
    scope: str = "target"  # "target" | "global"


@dataclass(frozen=True)
class Gone:
    reason: str


@dataclass(frozen=True)
class Failed:
    reason: str


Result = Sent | RetryAfter | Gone | Failed


class Sender(Protocol):
    platform: str

    async def send(self, alert: Alert) -> Result: ...

    async def close(self) -> None: ...


def parse_retry_after(header: str | None, body: Any = None, default: float = 5.0) -> float:
    """Seconds to wait from a `Retry-After` header (seconds or HTTP date) or a JSON body's
    `retry_after` (seconds, Discord) / `retry_after_ms` (Matrix); `default` when none is usable."""
    if isinstance(body, dict):
        if isinstance(body.get("retry_after_ms"), int | float):
            return max(0.0, float(body["retry_after_ms"]) / 1000)
        if isinstance(body.get("retry_after"), int | float):
            return max(0.0, float(body["retry_after"]))
    if header:
        header = header.strip()
        try:
            return max(0.0, float(header))
        except ValueError:
            pass
        from datetime import UTC, datetime
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return default
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
    return default
