"""Background SEC poller: runs inside `capexbot run` when SEC_POLL_MINUTES is set.

Every SEC_POLL_MINUTES it makes one conditional request per tracked SEC filer. Unchanged files
answer 304 (nothing parsed, nothing stored); a new 10-Q/10-K becomes stored figures in one
transaction, whose figure hooks (the alerts outbox) turn it into one alert event.
"""

from __future__ import annotations

import asyncio
import logging

from bot.settings import ConfigError, Settings
from commands.services import Services
from storage.sources.sec_client import SecClient, SecConfigError
from storage.sources.sec_ingest import IngestReport, default_sec_companies, ingest_companies, shutdown_pool

log = logging.getLogger("capexbot.sec")


class SecPoller:
    name = "sec-poller"

    def __init__(self, services: Services, client_factory, interval_s: float) -> None:
        self.services = services
        self.client_factory = client_factory
        self.interval_s = interval_s
        self.polls = 0

    async def poll_once(self) -> list[IngestReport]:
        storage = self.services.storage
        snap = await storage.catalog.snapshot()
        companies = default_sec_companies(snap.companies.values())
        async with self.client_factory() as client:
            reports = await ingest_companies(storage, client, companies)
        self.polls += 1
        added = sum(r.added for r in reports)
        if added:
            log.info("SEC poll: %d new figure(s)", added)
        return reports

    async def run(self) -> None:
        try:
            while True:
                try:
                    await self.poll_once()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # keep polling; the supervisor only sees real crashes
                    log.warning(
                        "SEC poll failed (%s: %s); next try in %.0f s", type(exc).__name__, exc, self.interval_s
                    )
                await asyncio.sleep(self.interval_s)
        finally:
            shutdown_pool(wait=False)


def build(settings: Settings, services: Services) -> SecPoller | None:
    if not settings.sec_poll_minutes:
        return None
    try:
        SecClient(settings.sec_user_agent, base_url=settings.sec_base_url)  # validates the User-Agent
    except SecConfigError as exc:
        raise ConfigError(f"SEC_POLL_MINUTES is set but {exc}") from None

    def factory() -> SecClient:
        return SecClient(settings.sec_user_agent, base_url=settings.sec_base_url)

    return SecPoller(services, factory, settings.sec_poll_minutes * 60)
