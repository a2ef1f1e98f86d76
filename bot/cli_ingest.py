"""`capexbot ingest sec|releases|release`: capex figures from SEC filings and earnings releases."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Awaitable, Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from bot.context import open_services
from bot.settings import ConfigError, Settings
from commands.services import Services
from storage.catalog import Snapshot
from storage.companies import normalise_alias
from storage.models import Company
from storage.sources.release_extract import ReleaseDataError
from storage.sources.release_ingest import poll_releases, store_release
from storage.sources.sec_client import SecClient, SecConfigError
from storage.sources.sec_extract import SecDataError, parse_companyfacts
from storage.sources.sec_ingest import default_sec_companies, ingest_companies, store_document

MAX_COMPANYFACTS_BYTES = 128 * 1024 * 1024  # the largest real filer's file is about 20 MB


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ingest", help="ingest figures from a data source (SEC EDGAR XBRL, 8-K earnings releases)")
    sub = p.add_subparsers(dest="ingest_source", required=True, metavar="SOURCE")
    sec = sub.add_parser(
        "sec",
        help="fetch each tracked company's SEC companyfacts and store its capex figures",
        description=(
            "Fetches https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json for each tracked "
            "company (conditional requests: an unchanged file costs one small request) and stores "
            "fiscal years and quarters (derived from year-to-date values) with their filing as source. "
            "Needs SEC_USER_AGENT unless --file is given."
        ),
    )
    sec.add_argument(
        "--company", action="append", default=[], metavar="NAME", help="only this company (repeatable)"
    )
    sec.add_argument("--file", type=Path, help="ingest a saved companyfacts JSON file instead of fetching")
    sec.set_defaults(handler=_refusals(handle_sec))
    poll = sub.add_parser(
        "releases",
        help="one poll of EDGAR for new 8-K earnings releases (Item 2.02, EX-99.1)",
        description=(
            "For each tracked SEC filer, reads its submissions index for new 8-Ks with Item 2.02, picks the "
            "EX-99.1 exhibit from the filing's index.json and stores its capex figures and guidance "
            "(origin 'release'; one alert per company per release). A company's first poll reads only its "
            "latest release, silently (history). Needs SEC_USER_AGENT."
        ),
    )
    poll.add_argument(
        "--company", action="append", default=[], metavar="NAME", help="only this company (repeatable)"
    )
    poll.add_argument(
        "--since", metavar="DATE", help="consider releases filed on or after this date (YYYY-MM-DD)"
    )
    poll.set_defaults(handler=_refusals(handle_releases))
    one = sub.add_parser(
        "release",
        help="store the capex figures and guidance of a saved earnings-release exhibit (HTML)",
    )
    one.add_argument("--file", type=Path, required=True, metavar="PATH.htm")
    one.add_argument("--company", required=True)
    one.add_argument("--filed", required=True, metavar="YYYY-MM-DD", help="the 8-K's filing date")
    one.add_argument(
        "--url", help="where the exhibit is published (cited as the source; without it the file name is)"
    )
    one.set_defaults(handler=_refusals(handle_release_file))


class _Report(Protocol):
    status: str
    warnings: list[str]

    def line(self) -> str: ...


Handler = Callable[[argparse.Namespace, Settings], Awaitable[int]]


class _Refused(Exception):
    """A request the command refuses before doing anything (one line on stderr, exit 1)."""


def _refusals(handler: Handler) -> Handler:
    """A refused request is one line on stderr and exit code 1; nothing was stored."""

    @functools.wraps(handler)
    async def run(args: argparse.Namespace, settings: Settings) -> int:
        try:
            return await handler(args, settings)
        except _Refused as exc:
            print(f"capexbot: {exc}", file=sys.stderr)
            return 1

    return run


def _report(reports: Iterable[_Report]) -> int:
    """Print one line per report (and its notes); exit 1 if any company failed."""
    failed = False
    for report in reports:
        print(report.line())
        for warning in report.warnings:
            print(f"  note: {warning}")
        failed |= report.status == "error"
    return 1 if failed else 0


def _sec_client(settings: Settings) -> SecClient:
    """Both EDGAR sources need SEC_USER_AGENT: its absence is a configuration error (exit 2)."""
    try:
        return SecClient(settings.sec_user_agent, base_url=settings.sec_base_url)
    except SecConfigError as exc:
        raise ConfigError(str(exc)) from None


def _resolve(names: list[str], snap: Snapshot) -> tuple[list[str], list[str]]:
    """(company ids, names that are no tracked company), in the order given."""
    ids, unknown = [], []
    for name in names:
        cid = snap.aliases.get(normalise_alias(name))
        (ids.append(cid) if cid else unknown.append(name))
    return ids, unknown


async def _chosen(names: list[str], services: Services) -> list[Company]:
    """The companies named, each once, or every tracked SEC filer when none was named; an unknown
    name refuses the whole run."""
    snap = await services.storage.catalog.snapshot()
    ids, unknown = _resolve(names, snap)
    if unknown:
        raise _Refused(f"unknown company: {', '.join(unknown)}")
    if ids:
        return [snap.companies[i] for i in dict.fromkeys(ids)]
    return default_sec_companies(snap.companies.values())


async def handle_sec(args: argparse.Namespace, settings: Settings) -> int:
    if args.file is not None:
        return await _ingest_file(args, settings)
    client = _sec_client(settings)
    async with client, open_services(settings) as services:
        companies = await _chosen(args.company, services)
        no_cik = [c.id for c in companies if c.cik is None]
        if no_cik:
            raise _Refused(f"not an SEC filer (no CIK): {', '.join(no_cik)}")
        reports = await ingest_companies(services.storage, client, companies)
    return _report(reports)


async def _ingest_file(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.file
    if not path.is_file():
        raise _Refused(f"no such file: {path}")
    if path.stat().st_size > MAX_COMPANYFACTS_BYTES:
        raise _Refused(
            f"{path} rejected, nothing stored: {path.stat().st_size:,} bytes is over the "
            f"{MAX_COMPANYFACTS_BYTES:,}-byte limit for one companyfacts file"
        )
    raw = path.read_bytes()
    try:
        cik = parse_companyfacts(raw)["cik"]
    except SecDataError as exc:
        raise _Refused(f"{path} rejected, nothing stored: {exc}") from None
    async with open_services(settings) as services:
        snap = await services.storage.catalog.snapshot()
        ids, unknown = _resolve(args.company, snap)
        if unknown or len(ids) > 1:
            raise _Refused("--file takes at most one --company")
        by_cik = [c for c in snap.companies.values() if c.cik == cik]
        company = snap.companies[ids[0]] if ids else (by_cik[0] if by_cik else None)
        if company is None:
            raise _Refused(
                f"CIK {cik} is not a tracked company; add it first: capexbot companies add --cik {cik}"
            )
        try:
            report = await store_document(services.storage, company, raw)
        except SecDataError as exc:
            raise _Refused(f"{path} rejected, nothing stored: {exc}") from None
    return _report([report])


async def handle_releases(args: argparse.Namespace, settings: Settings) -> int:
    if args.since is not None:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            raise _Refused(f"--since {args.since[:20]!r} is not a date (YYYY-MM-DD)") from None
    client = _sec_client(settings)
    async with client, open_services(settings) as services:
        companies = await _chosen(args.company, services)
        reports = await poll_releases(
            services.storage, client, companies, settings.sec_archives_url, args.since
        )
    return _report(reports)


async def handle_release_file(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.file
    if not path.is_file():
        raise _Refused(f"no such file: {path}")
    try:
        filed = date.fromisoformat(args.filed)
    except ValueError:
        raise _Refused(f"--filed {args.filed[:20]!r} is not a date (YYYY-MM-DD)") from None
    url = args.url
    if url is not None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
            raise _Refused("--url must be an http(s) URL without credentials")
    async with open_services(settings) as services:
        if filed > services.now().date() + timedelta(days=1):
            raise _Refused(f"--filed {filed} is in the future")
        snap = await services.storage.catalog.snapshot()
        cid = snap.aliases.get(normalise_alias(args.company))
        if cid is None:
            raise _Refused(f"unknown company {args.company[:40]!r}")
        try:
            report = await store_release(
                services.storage, snap.companies[cid], path.read_bytes(), filed=filed.isoformat(),
                url=url, accession=None, document=path.name,
            )  # fmt: skip
        except ReleaseDataError as exc:
            raise _Refused(f"{path} rejected, nothing stored: {exc}") from None
    return _report([report])
