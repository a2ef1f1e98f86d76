"""What commands may use, passed explicitly (no globals): storage and a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from storage.store import Storage


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    storage: Storage
    default_lang: str = "en"
    now: Callable[[], datetime] = field(default=utc_now)
    hoax_threshold: float = 0.5  # hoax watch/check score needed to flag (HOAX_THRESHOLD)
