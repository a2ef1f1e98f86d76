"""The long-running bot: every configured front end and worker under one supervisor.

A crashing front end is restarted with capped, jittered backoff and never stops the others;
SIGTERM/Ctrl-C cancels everything, lets in-flight work finish, and closes the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import pkgutil
import random
import signal
from typing import Protocol

from bot import platforms, workers
from bot.context import open_services
from bot.settings import Settings
from commands.services import Services

log = logging.getLogger("capexbot")


class Runnable(Protocol):
    name: str

    async def run(self) -> None: ...


def discover(package, suffix: str, settings: Settings, services: Services) -> list[Runnable]:
    """Runnables from modules of `package` whose name ends with `suffix` and whose build() says yes."""
    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.endswith(suffix) and not info.name.startswith("_"):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            runnable = module.build(settings, services)
            if runnable is not None:
                found.append(runnable)
    return found


async def supervise(runnable: Runnable, max_backoff: float = 60.0) -> None:
    """Run until it returns or is cancelled; restart after crashes with jittered backoff."""
    delay = 1.0
    while True:
        try:
            log.info("%s started", runnable.name)
            await runnable.run()
            log.info("%s stopped", runnable.name)
            return
        except asyncio.CancelledError:
            log.info("%s stopped", runnable.name)
            raise
        except Exception as exc:  # one front end failing never stops the others
            log.error(
                "%s crashed (%s: %s); restarting in %.0f s", runnable.name, type(exc).__name__, exc, delay
            )
            log.debug("crash details", exc_info=True)
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, max_backoff)


async def run_bot(settings: Settings, *, terminal_input=None) -> int:
    async with open_services(settings) as services:
        fronts = discover(platforms, "_front", settings, services)
        background = discover(workers, "", settings, services)
        if not fronts:
            from bot.platforms.terminal import TerminalFront

            fronts = [TerminalFront(services, settings, stream=terminal_input)]
        names = ", ".join(r.name for r in fronts + background)
        log.info("capexbot running with %s (database %s)", names, settings.capexbot_db)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        tasks = [asyncio.create_task(supervise(r), name=r.name) for r in fronts + background]
        front_tasks = tasks[: len(fronts)]
        waiter = asyncio.create_task(stop.wait())
        # stop on a signal, or when every front end finished on its own (terminal end of input)
        all_fronts = asyncio.gather(*front_tasks, return_exceptions=True)
        await asyncio.wait({waiter, all_fronts}, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        waiter.cancel()
        await asyncio.gather(*tasks, all_fronts, waiter, return_exceptions=True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        log.info("capexbot stopped")
    return 0
