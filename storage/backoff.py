"""The one backoff rule of the project, and the one reader of `Retry-After` headers: exponential, capped, with "equal jitter" (half fixed, half
random), so that many clients retrying after one outage do not stampede in step.

Used by the SEC client, the Matrix sync loop and sends, the supervisor restarting a crashed
adapter, and the alerts outbox when it schedules a retry (which it persists, so it takes the
delay, not the loop). It lives in `storage/`, the lowest layer, so every layer may import it.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number `attempt` (1 = the first retry): within
    [c/2, c] where c = min(cap, base * 2 ** (attempt - 1))."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return ceiling * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not crypto


class Backoff:
    """`backoff_delay` for a loop that counts its own failures: `next()` after each failure,
    `reset()` after a success."""

    def __init__(self, base: float = 1.0, cap: float = 60.0) -> None:
        self.base, self.cap, self.failures = base, cap, 0

    def next(self) -> float:
        self.failures += 1
        return backoff_delay(self.failures, self.base, self.cap)

    def reset(self) -> None:
        self.failures = 0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return None if seconds != seconds else max(0.0, seconds)  # "nan" is not a wait
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
