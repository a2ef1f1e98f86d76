"""Background SEC poller: runs inside `capexbot run` when SEC_POLL_MINUTES is set.

Every SEC_POLL_MINUTES it makes one conditional request per tracked SEC filer. Unchanged files
answer 304 (nothing parsed, nothing stored); a new 10-Q/10-K becomes stored figures in one
transaction, whose figure hooks (the alerts outbox) turn it into one alert event. In the same poll
and through the same client (one rate limit), it looks for new 8-K earnings releases
(storage/sources/release_ingest.py), so the release's alert goes out within one poll of the filing.
"""

from __future__ import annotations

import asyncio
import logging

from bot.observe import observer_of
from bot.settings import ConfigError, Settings
from commands.services import Services
from storage.sources.release_ingest import ReleaseReport, poll_releases
from storage.sources.sec_client import SecClient, SecConfigError
from storage.sources.sec_ingest import IngestReport, default_sec_companies, ingest_companies, shutdown_pool

log = logging.getLogger("capexbot.sec")


class SecPoller:
    name = "sec-poller"

    def __init__(
        self, services: Services, client_factory, interval_s: float, archives_url: str | None = None
    ) -> None:
        self.services = services
        self.client_factory = client_factory
        self.interval_s = interval_s
        self.archives_url = archives_url  # None: companyfacts only (no earnings-release polling)
        self.release_reports: list[ReleaseReport] = []
        self.polls = 0

    async def poll_once(self) -> list[IngestReport]:
        storage = self.services.storage
        snap = await storage.catalog.snapshot()
        companies = default_sec_companies(snap.companies.values())
        async with self.client_factory() as client:
            if self.archives_url is not None:
                self.release_reports = await poll_releases(storage, client, companies, self.archives_url)
            reports = await ingest_companies(storage, client, companies)
        self.polls += 1
        added = sum(r.added for r in reports)
        observer = observer_of(self.services)
        errors = [r for r in reports if r.status == "error"]
        observer.sec_polls.labels(outcome="error" if errors else "ok").inc()
        observer.sec_new_figures.inc(added)
        if errors:
            observer.degraded(self.name, f"{len(errors)} of {len(reports)} companies failed: {errors[0].line()}")
        else:
            observer.ok(self.name)
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
                    observer_of(self.services).sec_polls.labels(outcome="error").inc()
                    observer_of(self.services).degraded(self.name, f"poll failed ({type(exc).__name__})")
                    log.warning(
                        "SEC poll failed (%s: %s); next try in %.0f s",
                        type(exc).__name__,
                        exc,
                        self.interval_s,
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

    return SecPoller(
        services, factory, settings.sec_poll_minutes * 60, archives_url=settings.sec_archives_url
    )
