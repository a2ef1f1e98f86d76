"""`capexbot ingest sec|releases|release`: capex figures from SEC filings and earnings releases."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot import release_cli
from bot.context import open_services
from bot.settings import ConfigError, Settings
from storage.companies import normalise_alias
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
    sec.set_defaults(handler=handle_sec)
    release_cli.register(sub)


def _resolve(names: list[str], snap) -> tuple[list[str], list[str]]:
    ids, unknown = [], []
    for name in names:
        cid = snap.aliases.get(normalise_alias(name))
        (ids.append(cid) if cid else unknown.append(name))
    return ids, unknown


async def handle_sec(args: argparse.Namespace, settings: Settings) -> int:
    if args.file is not None:
        return await _ingest_file(args, settings)
    try:
        client = SecClient(settings.sec_user_agent, base_url=settings.sec_base_url)
    except SecConfigError as exc:
        raise ConfigError(str(exc)) from None
    async with client, open_services(settings) as services:
        storage = services.storage
        snap = await storage.catalog.snapshot()
        ids, unknown = _resolve(args.company, snap)
        if unknown:
            print(f"capexbot: unknown company: {', '.join(unknown)}", file=sys.stderr)
            return 1
        if ids:
            companies = [snap.companies[i] for i in dict.fromkeys(ids)]
        else:
            companies = default_sec_companies(snap.companies.values())
        no_cik = [c.id for c in companies if c.cik is None]
        if no_cik:
            print(f"capexbot: not an SEC filer (no CIK): {', '.join(no_cik)}", file=sys.stderr)
            return 1
        reports = await ingest_companies(storage, client, companies)
    for report in reports:
        print(report.line())
        for warning in report.warnings:
            print(f"  note: {warning}")
    return 1 if any(r.status == "error" for r in reports) else 0


async def _ingest_file(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.file
    if not path.is_file():
        print(f"capexbot: no such file: {path}", file=sys.stderr)
        return 1
    if path.stat().st_size > MAX_COMPANYFACTS_BYTES:
        print(
            f"capexbot: {path} rejected, nothing stored: {path.stat().st_size:,} bytes is over the "
            f"{MAX_COMPANYFACTS_BYTES:,}-byte limit for one companyfacts file",
            file=sys.stderr,
        )
        return 1
    raw = path.read_bytes()
    try:
        cik = parse_companyfacts(raw)["cik"]
    except SecDataError as exc:
        print(f"capexbot: {path} rejected, nothing stored: {exc}", file=sys.stderr)
        return 1
    async with open_services(settings) as services:
        storage = services.storage
        snap = await storage.catalog.snapshot()
        ids, unknown = _resolve(args.company, snap)
        if unknown or len(ids) > 1:
            print("capexbot: --file takes at most one --company", file=sys.stderr)
            return 1
        by_cik = [c for c in snap.companies.values() if c.cik == cik]
        company = snap.companies[ids[0]] if ids else (by_cik[0] if by_cik else None)
        if company is None:
            print(
                f"capexbot: CIK {cik} is not a tracked company; add it first: capexbot companies add --cik {cik}",
                file=sys.stderr,
            )
            return 1
        try:
            report = await store_document(storage, company, raw)
        except SecDataError as exc:
            print(f"capexbot: {path} rejected, nothing stored: {exc}", file=sys.stderr)
            return 1
    print(report.line())
    for warning in report.warnings:
        print(f"  note: {warning}")
    return 0
