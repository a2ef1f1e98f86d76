"""`capexbot companies add --cik N [--name ...] [--ticker ...]`, `capexbot companies list`."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys

from bot.context import open_services
from bot.settings import Settings
from storage.companies import normalise_alias
from storage.models import Company
from storage.sources.sec_client import SecClient, SecConfigError, SecHttpError
from storage.sources.sec_ingest import last_ingest_key

_SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "holdings",
    "holding", "group", "the", "sa", "nv", "ag", "lp", "llc", "com", "de", "class",
}  # fmt: skip
_FYE = re.compile(r"^(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])$")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("companies", help="list or add the companies the bot tracks")
    sub = p.add_subparsers(dest="companies_command", required=True, metavar="ACTION")
    add = sub.add_parser(
        "add",
        help="track another SEC filer by CIK",
        description=(
            "Track a company by its SEC CIK. Name, ticker and fiscal year end are looked up from SEC "
            "(needs SEC_USER_AGENT) unless given. Its figures come with the next `capexbot ingest sec`."
        ),
    )
    add.add_argument("--cik", type=int, required=True)
    add.add_argument("--name")
    add.add_argument("--ticker")
    add.add_argument("--id", dest="company_id", help="lower-case slug (default: from the name)")
    add.add_argument("--fiscal-year-end", help="MM-DD, e.g. 06-30 (default: from SEC, else 12-31)")
    add.add_argument("--alias", action="append", default=[], help="another name users may type (repeatable)")
    add.set_defaults(handler=handle_add)
    sub.add_parser("list", help="the tracked companies").set_defaults(handler=handle_list)


def slugify(name: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", normalise_alias(name)).split()
    kept = [w for w in words if w not in _SUFFIXES] or words
    return "-".join(kept)[:40].strip("-")


def display_name(name: str) -> str:
    return name.title() if name.isupper() else name


async def lookup(settings: Settings, cik: int) -> dict:
    """Name, tickers and fiscal year end from SEC's submissions index."""
    async with SecClient(settings.sec_user_agent, base_url=settings.sec_base_url) as client:
        res = await client.submissions(cik)
    data = await asyncio.to_thread(json.loads, res.body or b"{}")
    if not isinstance(data, dict):
        raise SecHttpError("unexpected submissions document")
    return data


class _Refusal(Exception):
    """Why `companies add` stops with exit code 1 (shown as one line)."""


async def _fill_from_sec(
    settings: Settings, cik: int, name: str | None, ticker: str | None, fye: str | None
) -> tuple[str, str | None, str | None]:
    """Name, ticker and fiscal year end not given on the command line, looked up from SEC."""
    try:
        info = await lookup(settings, cik)
    except SecConfigError:
        if name is None:
            raise _Refusal(
                "give --name (and --ticker, --fiscal-year-end), or set SEC_USER_AGENT "
                "so they can be looked up from SEC"
            ) from None
        info = {}
    except SecHttpError as exc:
        raise _Refusal(f"could not look up CIK {cik}: {exc}") from None
    name = name or display_name(str(info.get("name") or "")) or None
    tickers = [t for t in info.get("tickers") or [] if isinstance(t, str)]
    ticker = ticker or (tickers[0] if tickers else None)
    raw_fye = str(info.get("fiscalYearEnd") or "")
    if fye is None and re.fullmatch(r"\d{4}", raw_fye):
        fye = f"{raw_fye[:2]}-{raw_fye[2:]}"
    if name is None:
        raise _Refusal(f"SEC has no name for CIK {cik}; give --name")
    return name, ticker, fye


async def handle_add(args: argparse.Namespace, settings: Settings) -> int:
    if args.cik <= 0 or args.cik > 9_999_999_999:
        print("capexbot: --cik must be a positive number of at most 10 digits", file=sys.stderr)
        return 1
    fye = args.fiscal_year_end
    if fye is not None and not _FYE.match(fye):
        print("capexbot: --fiscal-year-end must be MM-DD, e.g. 06-30", file=sys.stderr)
        return 1
    name, ticker = args.name, args.ticker
    if name is None and args.company_id is None:
        async with open_services(settings) as services:
            snap = await services.storage.catalog.snapshot()
        same_cik = [c for c in snap.companies.values() if c.cik == args.cik]
        if same_cik:
            print(f"CIK {args.cik} is already tracked as {same_cik[0].id} ({same_cik[0].name})")
            return 0
    if name is None or ticker is None or fye is None:
        try:
            name, ticker, fye = await _fill_from_sec(settings, args.cik, name, ticker, fye)
        except _Refusal as exc:
            print(f"capexbot: {exc}", file=sys.stderr)
            return 1
    fye = fye or "12-31"
    if "-" not in fye:
        fye = f"{fye[:2]}-{fye[2:]}"
    company_id = args.company_id or slugify(name)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", company_id or ""):
        print("capexbot: --id must be a lower-case slug (letters, digits, -)", file=sys.stderr)
        return 1
    ticker = (ticker or company_id).upper()
    async with open_services(settings) as services:
        storage = services.storage
        snap = await storage.catalog.snapshot()
        same_cik = [c for c in snap.companies.values() if c.cik == args.cik]
        if same_cik and same_cik[0].id != company_id:
            print(f"CIK {args.cik} is already tracked as {same_cik[0].id} ({same_cik[0].name})")
            return 0
        existing = snap.companies.get(company_id)
        if existing is not None and existing.cik not in (None, args.cik):
            print(
                f"capexbot: id {company_id!r} is taken by CIK {existing.cik}; choose another with --id",
                file=sys.stderr,
            )
            return 1
        clash = [a for a in (name, ticker, *args.alias) if snap.aliases.get(normalise_alias(a), company_id) != company_id]
        if clash:
            print(f"capexbot: name(s) already used by another company: {', '.join(clash)}", file=sys.stderr)
            return 1
        company = Company(
            id=company_id,
            name=existing.name if existing and not args.name else name,
            ticker=ticker,
            cik=args.cik,
            fiscal_year_end=fye,
            headline_definition=existing.headline_definition if existing else "ppe_cash",
            note_en=existing.note_en if existing else "",
            note_fr=existing.note_fr if existing else "",
            aliases=tuple(args.alias),
        )
        await storage.companies.upsert([company])
    print(
        f"tracking {company.id}: {company.name} ({company.ticker}), CIK {company.cik}, fiscal year ends "
        f"{company.fiscal_year_end}; run `capexbot ingest sec --company {company.id}` to load its figures"
    )
    return 0


async def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        storage = services.storage
        snap = await storage.catalog.snapshot()
        rows = []
        for c in sorted(snap.companies.values(), key=lambda c: c.id):
            raw = await storage.state.get(last_ingest_key(c.id))
            last = "-"
            if raw:
                info = json.loads(raw)
                last = f"{info.get('at', '?')[:16]} (latest filing {info.get('latest_filed') or '?'})"
            rows.append(
                (c.id, c.name, c.ticker, str(c.cik or "-"), c.fiscal_year_end, c.headline_definition, last)
            )
    header = ("id", "name", "ticker", "cik", "fy end", "headline", "last SEC ingest")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0
