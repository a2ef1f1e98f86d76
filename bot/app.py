"""The composition root of the long-running bot: each network adapter is built once here, its
inbound port run under one supervisor, and the running adapters handed to the alerts worker (so
alerts leave through the same connection as chat replies: one login per network).

A crashing adapter is restarted with capped, jittered backoff and never stops the others;
SIGTERM/Ctrl-C cancels everything, lets in-flight work finish, and closes the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Protocol, TextIO

from bot.context import open_services
from bot.health_server import HealthServer
from bot.observe import Observer
from bot.platforms.delivery import Adapter
from bot.platforms.discord import adapter as discord_adapter
from bot.platforms.matrix import adapter as matrix_adapter
from bot.platforms.terminal.adapter import TerminalAdapter
from bot.platforms.webhook.adapter import WebhookAdapter
from bot.settings import ConfigError, Settings
from bot.stop_signals import ignore_stop_signals, on_stop_signal
from bot.workers import alerts, sec_poller
from commands.services import Services
from storage.backoff import Backoff
from storage.locks import LockHeld, exclusive

log = logging.getLogger("capexbot")


CONNECTING = {"discord", "matrix"}  # they say "ok" themselves once their server answers


class Runnable(Protocol):
    name: str

    async def run(self) -> None: ...


def outbound_adapters(settings: Settings, services: Services) -> dict[str, Adapter]:
    """Every configured network by name: webhooks always, Discord and Matrix when configured."""
    adapters: dict[str, Adapter] = {
        "webhook": WebhookAdapter(
            timeout=settings.alerts_webhook_timeout, max_connections=settings.alerts_concurrency
        )
    }
    for build in (discord_adapter.build, matrix_adapter.build):
        adapter = build(settings, services)
        if adapter is not None:
            adapters[adapter.name] = adapter
    return adapters


async def supervise(runnable: Runnable, max_backoff: float = 60.0, observer: Observer | None = None) -> None:
    """Run until it returns or is cancelled; restart after crashes with jittered backoff.

    Its state for /healthz: ok while running (adapters that connect to a server report finer
    states themselves), degraded with the reason while waiting to restart, down once stopped.
    """
    observer = observer or Observer()
    backoff = Backoff(1.0, max_backoff)
    while True:
        try:
            log.info("%s started", runnable.name)
            if runnable.name in CONNECTING:
                observer.degraded(runnable.name, "connecting")
            else:
                observer.ok(runnable.name)
            await runnable.run()
            log.info("%s stopped", runnable.name)
            observer.set_state(runnable.name, "down", "stopped")
            return
        except asyncio.CancelledError:
            log.info("%s stopped", runnable.name)
            raise
        except ConfigError as exc:  # refused credentials: retrying cannot help, the bot stops
            observer.set_state(runnable.name, "down", str(exc))
            raise
        except Exception as exc:  # one front end failing never stops the others
            delay = backoff.next()
            log.error(
                "%s crashed (%s: %s); restarting in %.0f s", runnable.name, type(exc).__name__, exc, delay
            )
            log.debug("crash details", exc_info=True)
            observer.degraded(runnable.name, f"crashed ({type(exc).__name__}); restarting in {delay:.0f} s")
            observer.reconnect(runnable.name)
            await asyncio.sleep(delay)


async def run_bot(settings: Settings, *, terminal_input: TextIO | None = None) -> int:
    async with open_services(settings) as services:
        observer = Observer()
        services.observer = observer
        health = await _start_health(settings, services, observer)
        try:
            await _run_adapters(settings, services, observer, terminal_input)
        finally:
            if health is not None:
                await health.stop()  # closed before the database: SIGTERM leaves nothing listening
    return 0


async def _start_health(settings: Settings, services: Services, observer: Observer) -> HealthServer | None:
    """/healthz and /metrics when CAPEXBOT_HEALTH_PORT is set; a port in use is a config error."""
    if not settings.capexbot_health_port:
        return None
    health = HealthServer(services, observer, settings.capexbot_health_host, settings.capexbot_health_port)
    try:
        await health.start()
    except OSError as exc:
        raise ConfigError(
            f"CAPEXBOT_HEALTH_PORT: cannot listen on {settings.capexbot_health_host}:"
            f"{settings.capexbot_health_port} ({exc.strerror or type(exc).__name__})"
        ) from None
    return health


async def _run_adapters(settings: Settings, services: Services, observer: Observer, terminal_input) -> None:
    """Every configured network adapter and worker, until a signal or the end of the terminal."""
    adapters = outbound_adapters(settings, services)
    if not any(a.inbound for a in adapters.values()):
        adapters["terminal"] = TerminalAdapter(services, settings, stream=terminal_input)
    fronts: list[Runnable] = [a for a in adapters.values() if a.inbound]
    workers = [
        w for w in (alerts.build(settings, services, adapters), sec_poller.build(settings, services)) if w
    ]
    try:
        async with _one_matrix_process(settings, services, adapters):
            await _serve(fronts, [*workers], settings, observer)
    finally:
        for adapter in adapters.values():
            with contextlib.suppress(Exception):
                await adapter.close()


@contextlib.asynccontextmanager
async def _one_matrix_process(settings: Settings, services, adapters: dict) -> AsyncIterator[None]:
    """Two processes syncing one Matrix account would answer every command twice and fight over
    the sync token: the second one refuses to start."""
    matrix = adapters.get("matrix")
    if matrix is None or not matrix.inbound:
        yield
        return
    try:
        async with exclusive(services.storage.db, f"matrix-sync:{settings.matrix_user_id}"):
            yield
    except LockHeld:
        raise ConfigError(
            f"MATRIX_USER_ID: {settings.matrix_user_id} is already served by another capexbot process "
            f"on {settings.database_label}; run one Matrix process per account"
        ) from None


async def _serve(
    fronts: list[Runnable], background: list[Runnable], settings: Settings, observer: Observer
) -> None:
    """Run everything until a signal, or until every front end finished (terminal end of input)."""
    names = ", ".join(r.name for r in fronts + background)
    log.info("capexbot running with %s (database %s)", names, settings.database_label)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    on_stop_signal(loop, stop.set)
    tasks = [asyncio.create_task(supervise(r, observer=observer), name=r.name) for r in fronts + background]
    waiter = asyncio.create_task(stop.wait())
    all_fronts = asyncio.gather(*tasks[: len(fronts)], return_exceptions=True)
    refused: asyncio.Future[ConfigError] = loop.create_future()

    def stop_on_config_error(task: asyncio.Task) -> None:
        error = None if task.cancelled() else task.exception()
        if isinstance(error, ConfigError) and not refused.done():
            refused.set_result(error)

    for task in tasks:
        task.add_done_callback(stop_on_config_error)
    try:
        await asyncio.wait({waiter, all_fronts, refused}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        # also when `run_bot` itself is cancelled: every worker stops (and records its outcomes)
        # before the database closes, instead of racing the close ("no active connection")
        for task in tasks:
            task.cancel()
        waiter.cancel()
        await asyncio.gather(*tasks, all_fronts, waiter, return_exceptions=True)
    ignore_stop_signals(loop)  # the database still closes after this
    log.info("capexbot stopped")
    if refused.done():
        raise refused.result()
