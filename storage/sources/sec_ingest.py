"""SEC ingestion: fetch (conditionally) -> extract off the event loop -> store -> keep validators.

Shared by `capexbot ingest sec` and the poller. Order matters for crash safety: the ETag /
Last-Modified of a fetch are saved only after its figures are committed, so a crash in between
means one more full fetch next time (re-adding known figures is a no-op), never a lost filing.
All figures from one document are added in ONE `figures.add` call, so one new filing is one
batch for the alerts hook (several figures, one event).
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime

from storage.models import Company
from storage.sources.sec_client import SecClient, Validators
from storage.sources.sec_extract import SERIES, ExtractResult, extract

log = logging.getLogger("capexbot.sec")
ORIGIN = "sec"
BACKFILL_ORIGIN = "sec-backfill"  # the first ingest of a company: history, should not alert


def validators_key(cik: int) -> str:
    return f"sec.validators.CIK{cik:010d}"


def last_ingest_key(company_id: str) -> str:
    return f"sec.last_ingest.{company_id}"


@dataclass
class IngestReport:
    company_id: str
    status: str  # "stored" | "unchanged" | "not_modified" | "skipped" | "error"
    found: int = 0
    added: int = 0
    latest_filed: str | None = None
    latest_accession: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def line(self) -> str:
        if self.status == "error":
            return f"{self.company_id}: error: {self.error}"
        if self.status == "skipped":
            return f"{self.company_id}: skipped: {self.error}"
        if self.status == "not_modified":
            return f"{self.company_id}: not modified since the last fetch"
        latest = f", latest filing {self.latest_accession} ({self.latest_filed})" if self.latest_filed else ""
        return f"{self.company_id}: {self.added} new figure(s) of {self.found} extracted{latest}"


_POOL: ProcessPoolExecutor | None = None


def _worker_init() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent stops the worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool() -> ProcessPoolExecutor:
    """One long-lived worker process (spawned: no fork of a process that runs threads)."""
    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init
        )
    return _POOL


def shutdown_pool(wait: bool = True) -> None:
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=wait, cancel_futures=True)
        _POOL = None


async def extract_off_loop(raw: bytes, company: Company, *, history: bool = True) -> ExtractResult:
    """Decode + extract a companyfacts document off the event loop.

    Decoding 10-20 MB of JSON holds the GIL for its whole duration, so a worker *thread* would
    still freeze the loop (every reply, every heartbeat) for that long: the work runs in a worker
    process and only the small result comes back. Falls back to a thread where processes are
    not available. SecDataError from the worker propagates unchanged.
    """
    call = functools.partial(
        extract,
        raw,
        company.id,
        company_name=company.name,
        fiscal_year_end=company.fiscal_year_end,
        expected_cik=company.cik,
        history=history,
    )
    try:
        return await asyncio.get_running_loop().run_in_executor(_pool(), call)
    except (BrokenProcessPool, OSError, NotImplementedError) as exc:
        log.warning("SEC extraction worker unavailable (%s); extracting in a thread", exc)
        shutdown_pool()
        return await asyncio.to_thread(call)


async def store_document(storage, company: Company, raw: bytes) -> IngestReport:
    """Extract one companyfacts document and store its figures. SecDataError stores nothing."""
    result = await extract_off_loop(raw, company)
    # A company's first ingest loads years of history: that is a backfill, not news.
    first = await storage.state.get(last_ingest_key(company.id)) is None
    origin = BACKFILL_ORIGIN if first else ORIGIN
    inserted = await storage.figures.add([f.to_new_figure() for f in result.figures], origin=origin)
    report = IngestReport(
        company_id=company.id,
        status="stored" if inserted else "unchanged",
        found=len(result.figures),
        added=len(inserted),
        latest_filed=result.latest_filed,
        latest_accession=result.latest_accession,
        warnings=list(result.warnings),
    )
    await storage.state.set(
        last_ingest_key(company.id),
        json.dumps(
            {
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "latest_filed": result.latest_filed,
                "latest_accession": result.latest_accession,
                "added": len(inserted),
            }
        ),
    )
    return report


async def load_validators(storage, cik: int, key: str | None = None) -> Validators:
    """The ETag / Last-Modified kept for a document (companyfacts unless `key` names another)."""
    raw = await storage.state.get(key or validators_key(cik))
    if not raw:
        return Validators()
    try:
        return Validators.from_dict(json.loads(raw))
    except (ValueError, AttributeError):
        return Validators()


async def ingest_company(storage, client: SecClient, company: Company) -> IngestReport:
    """Conditional fetch of one company's companyfacts, then store; errors become a report."""
    if company.cik is None:
        return IngestReport(company.id, "skipped", error="no CIK (not an SEC filer)")
    validators = await load_validators(storage, company.cik)
    fetched = await client.companyfacts(company.cik, validators)
    if fetched.not_modified:
        return IngestReport(company.id, "not_modified")
    assert fetched.body is not None
    report = await store_document(storage, company, fetched.body)
    await storage.state.set(validators_key(company.cik), json.dumps(fetched.validators.to_dict()))
    return report


async def ingest_companies(storage, client: SecClient, companies: list[Company]) -> list[IngestReport]:
    """Every company in turn; one company's failure (HTTP, bad file) does not stop the others."""
    from storage.sources.sec_client import SecHttpError
    from storage.sources.sec_extract import SecDataError

    reports = []
    for company in companies:
        try:
            report = await ingest_company(storage, client, company)
        except (SecHttpError, SecDataError) as exc:
            report = IngestReport(company.id, "error", error=str(exc))
        for warning in report.warnings:
            log.info("SEC %s: %s", company.id, warning)
        (log.warning if report.status == "error" else log.info)("SEC ingest %s", report.line())
        reports.append(report)
    return reports


# Definitions the extractor produces. Companies headlined otherwise (foreign filers whose figures
# are converted from CNY, ...) are fetched only when named explicitly.
SEC_DEFINITIONS = frozenset({s.definition for specs in SERIES.values() for s in specs} | {"ppe_cash"})


def default_sec_companies(companies) -> list[Company]:
    """The companies a plain `ingest sec` or a poll covers: SEC filers with an SEC-derived headline."""
    return [c for c in companies if c.cik is not None and c.headline_definition in SEC_DEFINITIONS]
