"""SIGINT/SIGTERM for the long-running commands (`run`, `alerts dispatch`): the first one asks for a
clean stop; once stopping is decided, further ones are ignored.

Why ignore them: an impatient supervisor (or operator) signals again during shutdown. Without a
handler the default action kills the process while it records its last outcomes and closes the
database, and asyncio.run() restores that default when it closes the loop.

A stop must also end: the first signal arms a deadline. A process still stopping
SHUTDOWN_DEADLINE_S later logs what each of its tasks is waiting on and exits with
EXIT_STOP_OVERDUE. Cutting it short is safe (a send whose outcome was not recorded is re-sent
under the same idempotency key), and a supervisor waiting on us is not left waiting forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Callable

log = logging.getLogger("capexbot")

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
SHUTDOWN_DEADLINE_S = 20.0
EXIT_STOP_OVERDUE = 70  # EX_SOFTWARE: the stop did not finish in time


def on_stop_signal(
    loop: asyncio.AbstractEventLoop, callback: Callable[[], object], *, deadline: float = SHUTDOWN_DEADLINE_S
) -> None:
    """Call `callback` on SIGINT/SIGTERM (where the platform lets asyncio handle signals); the first
    signal arms the stop deadline."""
    armed: list[asyncio.TimerHandle] = []

    def stop() -> None:
        if not armed:
            armed.append(loop.call_later(deadline, _stop_overdue, loop, deadline))
        callback()

    for sig in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop)


def _stop_overdue(loop: asyncio.AbstractEventLoop, deadline: float) -> None:
    """Say where the stop hangs (each task's chain of awaits), then leave."""
    waits = "\n".join(f"  {task.get_name()}: {_awaits(task.get_coro())}" for task in asyncio.all_tasks(loop))
    log.error("still stopping after %g s; exiting. Waiting on:\n%s", deadline, waits)
    logging.shutdown()
    os._exit(EXIT_STOP_OVERDUE)


def _awaits(coro: object) -> str:
    """ "main (app.py:12) -> flush (worker.py:40) -> sleep (tasks.py:639)": the innermost await is
    where it hangs (a task's own stack shows only its outermost frame)."""
    steps = []
    while coro is not None and len(steps) < 20:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None) or getattr(coro, "ag_frame", None)
        if frame is not None:
            steps.append(f"{frame.f_code.co_name} ({os.path.basename(frame.f_code.co_filename)}:{frame.f_lineno})")
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None) or getattr(coro, "ag_await", None)
    return " -> ".join(steps) or repr(coro)


def ignore_stop_signals(loop: asyncio.AbstractEventLoop) -> None:
    """Stopping is decided: from now on SIGINT/SIGTERM change nothing, until the process exits."""
    for sig in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(sig)
            signal.signal(sig, signal.SIG_IGN)
