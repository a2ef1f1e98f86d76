"""`capexbot guidance add|list|parse`: company guidance, which XBRL does not carry.

    capexbot guidance add meta FY2026 --low 130e9 --high 145e9 --source URL --date 2026-07-29
    capexbot guidance add oracle FY2026 --value 50B --source URL --date 2026-03-10
    capexbot guidance list [meta]
    capexbot guidance parse --jsonl sentences.jsonl   # the release-sentence extractor alone

Many rows at once (or press-release headline actuals): `capexbot import FILE.csv|FILE.json` with
kind=guidance. Guidance repeated on a new date is a new fact (reiterated); the same guidance on
the same date is a no-op; a changed range is kept next to the previous one, so `capex` can say
whether it was raised or cut.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import urlsplit

from bot.context import open_services
from bot.settings import Settings
from commands.figures_view import guidance_change
from commands.formatting import money
from storage.companies import normalise_alias
from storage.fiscal_calendar import period_bounds
from storage.models import NewFigure
from storage.sources.guidance_extract import extract_guidance
from storage.sources.guidance_seed import seed_fiscal_year_ends, seed_undated_outlooks
from storage.validate import MAX_USD, iso_date, usd

MIN_GUIDANCE_USD = 10**6  # capex guidance is given in millions or billions: less is a unit slip
_SUFFIX = {"": 1, "k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "t": 10**12}
_AMOUNT = re.compile(r"^\$?\s*([0-9][0-9_,]{0,24}(?:\.[0-9]{1,12})?(?:e[0-9]{1,2})?)\s*([a-z]*)$", re.ASCII)
_LABEL = re.compile(r"^(?:(FY|CY)\s*-?\s*([0-9]{4})|Q([1-4])\s*[- ]?\s*([0-9]{4})|([0-9]{4}))$", re.ASCII)


def parse_amount(text: str) -> int:
    """'130e9', '130000000000', '130B', '$1.5bn', '800M' -> whole US dollars.

    Exact decimal arithmetic and the shared validator (storage/validate.py): a bare '1.5' is
    $1.50, refused with a hint, never silently stored as $2.
    """
    m = _AMOUNT.match(text.strip().lower())
    if not m or m.group(2) not in _SUFFIX:
        raise ValueError(f"{text[:30]!r} is not an amount (e.g. 130e9, 130B, 800M)")
    number = Decimal(m.group(1).replace("_", "").replace(",", "")) * _SUFFIX[m.group(2)]
    if number < MIN_GUIDANCE_USD:
        hint = f"{text.strip()}B or {text.strip()}M"
        raise ValueError(f"{text!r} is less than $1 million; capex guidance needs its unit, e.g. {hint}")
    if number > MAX_USD:
        raise ValueError(f"{text[:30]!r} is out of range (up to 10 trillion US dollars)")
    if number != number.to_integral_value():
        raise ValueError(f"{text!r} is not a whole number of US dollars")
    return usd(int(number), repr(text)) or 0  # the shared validator has the last word


def parse_label(text: str) -> str:
    m = _LABEL.match(text.strip().upper())
    if not m:
        raise ValueError(f"{text!r} is not a period (FY2026, CY2026, Q3-2026)")
    if m.group(1):
        return f"{m.group(1)}{m.group(2)}"
    if m.group(3):
        return f"Q{m.group(3)}-{m.group(4)}"
    return f"FY{m.group(5)}"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("guidance", help="add or list company capex guidance")
    sub = p.add_subparsers(dest="guidance_command", required=True, metavar="ACTION")
    add = sub.add_parser(
        "add",
        help="record guidance a company gave (a range or a point)",
        description=(
            "Record guidance: --low/--high for a range (--low alone means 'at least'), or --value for a "
            "point. The period is the company's fiscal year (FY2026), a calendar year (CY2026) or a "
            "fiscal quarter (Q3-2026). For many rows use `capexbot import` with kind=guidance."
        ),
    )
    add.add_argument("company")
    add.add_argument("period", help="FY2026, CY2026 or Q3-2026 (fiscal labels follow the company's year)")
    add.add_argument("--low")
    add.add_argument("--high")
    add.add_argument("--value", help="a point estimate")
    add.add_argument("--source", required=True, help="URL of the release, filing exhibit or call page")
    add.add_argument("--date", required=True, help="the date the guidance was given (YYYY-MM-DD)")
    add.add_argument("--title", help="source title (default: company, 'guidance', and the site)")
    add.add_argument("--definition", help="definition code (default: the company's headline definition)")
    add.set_defaults(handler=handle_add)
    lst = sub.add_parser("list", help="guidance history, oldest first")
    lst.add_argument("company", nargs="?")
    lst.set_defaults(handler=handle_list)
    parse = sub.add_parser(
        "parse",
        help="extract capex guidance from release sentences (JSON lines in, JSON lines out)",
        description=(
            'Reads {"id","text","company","filed"} lines and writes {"id","guidance":[...]} lines, each '
            "outlook with period, low_usd, high_usd, value_usd, qualifier, includes, revision, "
            "prev_low_usd, prev_high_usd. Periods follow the company's fiscal calendar (companies "
            "outside the shipped catalogue are taken as calendar-year). Stores nothing."
        ),
    )
    parse.add_argument("--jsonl", required=True, metavar="FILE|-", help="input file, or - for standard input")
    parse.set_defaults(handler=handle_parse)


def _fail(message: str) -> int:
    print(f"capexbot: {message}", file=sys.stderr)
    return 1


def _fmt(fig) -> str:
    if fig.value_usd is not None:
        return money(fig.value_usd, "en")
    if fig.high_usd is None:
        return f"at least {money(fig.low_usd, 'en')}"
    return f"{money(fig.low_usd, 'en')}–{money(fig.high_usd, 'en')}"


async def handle_add(args: argparse.Namespace, settings: Settings) -> int:
    try:
        label = parse_label(args.period)
        value = parse_amount(args.value) if args.value else None
        low = parse_amount(args.low) if args.low else None
        high = parse_amount(args.high) if args.high else None
    except ValueError as exc:
        return _fail(str(exc))
    if value is None and low is None:
        return _fail("give --low and --high (a range), --low alone (at least), or --value (a point)")
    if value is not None and (low is not None or high is not None):
        return _fail("give --value or --low/--high, not both")
    if high is not None and low is None:
        return _fail("--high needs --low")
    if low is not None and high is not None and low > high:
        return _fail("--low is greater than --high")
    try:
        given = date.fromisoformat(iso_date(args.date, "--date"))
    except ValueError as exc:
        return _fail(str(exc))
    url = urlsplit(args.source.strip())
    if url.scheme not in ("http", "https") or not url.hostname or url.username or url.password:
        return _fail("--source must be an http(s) URL without credentials")
    async with open_services(settings) as services:
        storage = services.storage
        if given > services.now().date() + timedelta(days=1):
            return _fail(f"--date {given} is in the future")
        snap = await storage.catalog.snapshot()
        company_id = snap.aliases.get(normalise_alias(args.company))
        if company_id is None:
            return _fail(f"unknown company {args.company[:40]!r}; known: {', '.join(sorted(snap.companies))}")
        company = snap.companies[company_id]
        definition = args.definition or company.headline_definition
        if definition not in snap.definitions:
            return _fail(f"unknown definition {definition!r}; known: {', '.join(sorted(snap.definitions))}")
        start, end = period_bounds(label, company.fiscal_year_end)
        host = url.hostname.removeprefix("www.")
        fig = NewFigure(
            company_id=company.id,
            fiscal_label=label,
            period_start=start,
            period_end=end,
            kind="guidance",
            definition_code=definition,
            source_title=(args.title or f"{company.name} guidance ({host})").strip()[:300],
            value_usd=value,
            low_usd=low,
            high_usd=high,
            source_url=url.geturl(),
            announced=given.isoformat(),
        )
        previous = [
            f
            for f in snap.figures_of(company.id)
            if f.kind == "guidance"
            and f.definition_code == definition
            and f.period_end == end
            and (f.announced or "") < fig.announced
        ]
        inserted = await storage.figures.add([fig], origin="guidance")
    what = f"{company.name} {label} ({start} to {end}) guidance {_fmt(fig)}, given {given}"
    if not inserted:
        print(f"already recorded: {what}")
        return 0
    line = f"recorded: {what} [{definition}]"
    if previous:
        prev = max(previous, key=lambda f: (f.announced or "", f.id))
        change = guidance_change(prev, fig)
        line += f"; {change} from {_fmt(prev)} ({prev.announced})"
    print(line)
    return 0


async def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        snap = await services.storage.catalog.snapshot()
        if args.company:
            cid = snap.aliases.get(normalise_alias(args.company))
            if cid is None:
                return _fail(f"unknown company {args.company[:40]!r}")
            ids = [cid]
        else:
            ids = sorted(snap.companies)
        rows = [f for cid in ids for f in snap.figures_of(cid) if f.kind == "guidance"]
    rows.sort(key=lambda f: (f.company_id, f.period_end, f.definition_code, f.announced or "", f.id))
    if not rows:
        print("no guidance recorded")
        return 0
    for f in rows:
        print(
            f"{f.company_id:10} {f.fiscal_label:7} {_fmt(f):>20}  given {f.announced or '?':10}  "
            f"[{f.definition_code}] {f.source_title}"
        )
    return 0


def _parse_line(line: str, fyes: dict[str, str]) -> dict:
    """One input line -> one output object; raises ValueError with a short reason."""
    try:
        row = json.loads(line)
    except ValueError:
        raise ValueError("not JSON") from None
    if not isinstance(row, dict):
        raise ValueError("not a JSON object")
    text, filed = row.get("text"), row.get("filed")
    if not isinstance(text, str) or not isinstance(filed, str):
        raise ValueError('needs "text" and "filed" strings')
    try:
        filed_on = date.fromisoformat(filed)
    except ValueError:
        raise ValueError(f'"filed" {filed[:20]!r} is not a date (YYYY-MM-DD)') from None
    company = str(row.get("company") or "").strip().lower()
    fye = fyes.get(company, "12-31")
    found = extract_guidance(text[:20_000], filed_on, fye, undated=seed_undated_outlooks().get(company, "year"),
                              company=company or None)
    return {"id": row.get("id"), "guidance": [g.to_dict() for g in found]}


async def handle_parse(args: argparse.Namespace, settings: Settings) -> int:
    if args.jsonl == "-":
        lines = sys.stdin.read().splitlines()
    else:
        try:
            with open(args.jsonl, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            return _fail(f"cannot read {args.jsonl}: {getattr(exc, 'strerror', None) or exc}")
    fyes = seed_fiscal_year_ends()
    bad = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out = _parse_line(line, fyes)
        except ValueError as exc:
            bad += 1
            print(f"capexbot: line {number} skipped: {exc}", file=sys.stderr)
            continue
        print(json.dumps(out, ensure_ascii=False))
    return 1 if bad else 0
