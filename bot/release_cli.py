"""`capexbot ingest releases` (one EDGAR poll) and `capexbot ingest release --file` (a saved exhibit).

Registered under `capexbot ingest` by bot/cli_ingest.py.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from bot.context import open_services
from bot.settings import ConfigError, Settings
from storage.companies import normalise_alias
from storage.sources.release_extract import ReleaseDataError
from storage.sources.release_ingest import poll_releases, store_release
from storage.sources.sec_client import SecClient, SecConfigError
from storage.sources.sec_ingest import default_sec_companies


def register(sub: argparse._SubParsersAction) -> None:
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
    poll.set_defaults(handler=handle_releases)
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
    one.set_defaults(handler=handle_release_file)


def _fail(message: str) -> int:
    print(f"capexbot: {message}", file=sys.stderr)
    return 1


async def handle_releases(args: argparse.Namespace, settings: Settings) -> int:
    if args.since is not None:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            return _fail(f"--since {args.since[:20]!r} is not a date (YYYY-MM-DD)")
    try:
        client = SecClient(settings.sec_user_agent, base_url=settings.sec_base_url)
    except SecConfigError as exc:
        raise ConfigError(str(exc)) from None
    async with client, open_services(settings) as services:
        snap = await services.storage.catalog.snapshot()
        ids = [snap.aliases.get(normalise_alias(n)) for n in args.company]
        if None in ids:
            unknown = [n for n, i in zip(args.company, ids, strict=True) if i is None]
            return _fail(f"unknown company: {', '.join(unknown)}")
        companies = (
            [snap.companies[i] for i in dict.fromkeys(ids)]
            if ids
            else default_sec_companies(snap.companies.values())
        )
        reports = await poll_releases(
            services.storage, client, companies, settings.sec_archives_url, args.since
        )
    for report in reports:
        print(report.line())
        for warning in report.warnings:
            print(f"  note: {warning}")
    return 1 if any(r.status == "error" for r in reports) else 0


async def handle_release_file(args: argparse.Namespace, settings: Settings) -> int:
    path: Path = args.file
    if not path.is_file():
        return _fail(f"no such file: {path}")
    try:
        filed = date.fromisoformat(args.filed)
    except ValueError:
        return _fail(f"--filed {args.filed[:20]!r} is not a date (YYYY-MM-DD)")
    url = args.url
    if url is not None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
            return _fail("--url must be an http(s) URL without credentials")
    async with open_services(settings) as services:
        if filed > services.now().date() + timedelta(days=1):
            return _fail(f"--filed {filed} is in the future")
        snap = await services.storage.catalog.snapshot()
        cid = snap.aliases.get(normalise_alias(args.company))
        if cid is None:
            return _fail(f"unknown company {args.company[:40]!r}")
        try:
            report = await store_release(
                services.storage, snap.companies[cid], path.read_bytes(), filed=filed.isoformat(),
                url=url, accession=None, document=path.name,
            )  # fmt: skip
        except ReleaseDataError as exc:
            return _fail(f"{path} rejected, nothing stored: {exc}")
    print(report.line())
    for warning in report.warnings:
        print(f"  note: {warning}")
    return 0
