"""`capexbot import FILE.csv|FILE.json`: all rows or none, errors with line numbers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.context import open_services
from bot.settings import Settings
from storage.importer import COLUMNS, REQUIRED, ImportRejected

IMPORT_HELP = f"""columns (CSV header, or keys of JSON objects in a list or under "figures"):
  required: {", ".join(REQUIRED)}
  optional: {", ".join(c for c in COLUMNS if c not in REQUIRED)}
  company       id, ticker or alias (meta, msft)      fiscal_period  Q2-2026, FY2026, CY2026, H1-2026
  period_start  ISO date (2026-04-01)                 period_end     ISO date (2026-06-30)
  kind          actual | guidance                     definition     e.g. ppe_cash (see the seed)
  value_usd     a point (actual or guidance)          low_usd/high_usd  a guidance range
  source_title  the document, e.g. "Meta Q2 2026 earnings release (8-K exhibit 99.1)"
  source_url    its address; date  the day it was published (ISO)
example: docs/import-example.csv (two rows: a reported quarter and a guidance range)"""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="import figures from a CSV or JSON file (all-or-nothing)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=IMPORT_HELP,
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=handle)


async def handle(args: argparse.Namespace, settings: Settings) -> int:
    if not args.file.is_file():
        print(f"capexbot: no such file: {args.file}", file=sys.stderr)
        return 1
    async with open_services(settings) as services:
        try:
            inserted = await services.storage.import_file(args.file)
        except ImportRejected as exc:
            print(
                f"capexbot: import rejected, nothing stored ({len(exc.errors)} bad row(s)):", file=sys.stderr
            )
            for error in exc.errors[:20]:
                print(f"  {error}", file=sys.stderr)
            return 1
    print(f"imported {len(inserted)} new figure(s) from {args.file}")
    return 0
