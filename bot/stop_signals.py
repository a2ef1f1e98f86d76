"""SIGINT/SIGTERM for the long-running commands (`run`, `alerts dispatch`): the first one asks for a
clean stop; once stopping is decided, further ones are ignored.

Why ignore them: an impatient supervisor (or operator) signals again during shutdown. Without a
handler the default action kills the process while it records its last outcomes and closes the
database, and asyncio.run() restores that default when it closes the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def on_stop_signal(loop: asyncio.AbstractEventLoop, callback: Callable[[], object]) -> None:
    """Call `callback` on SIGINT/SIGTERM (where the platform lets asyncio handle signals)."""
    for sig in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, callback)


def ignore_stop_signals(loop: asyncio.AbstractEventLoop) -> None:
    """Stopping is decided: from now on SIGINT/SIGTERM change nothing, until the process exits."""
    for sig in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(sig)
            signal.signal(sig, signal.SIG_IGN)
