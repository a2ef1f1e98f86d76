"""What commands and the door may use, passed explicitly (no globals): storage (which also
keeps the cooldown memory), a clock, and an optional watch-mode hook for overheard chat."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from commands.types import Place, Reply
from storage.store import Storage

# (text, place, services) -> a Reply to post about an overheard message, or None (say nothing)
Watcher = Callable[[str, Place, "Services"], Awaitable[Reply | None]]


class Observer(Protocol):
    """Where the door reports each reply (bot/observe.py: metrics and /healthz); None: nobody."""

    def command(self, name: str, outcome: str, seconds: float) -> None: ...


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    storage: Storage
    default_lang: str = "en"
    now: Callable[[], datetime] = field(default=utc_now)
    hoax_threshold: float = 0.5  # hoax watch/check score needed to flag (HOAX_THRESHOLD)
    observer: Observer | None = None  # bot/observe.Observer in `capexbot run`
    watcher: Watcher | None = None  # None: commands.hoax.watch.check_message when installed
