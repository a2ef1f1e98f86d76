"""`capexbot import FILE.csv|FILE.json`: all rows or none, errors with line numbers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.context import open_services
from bot.settings import Settings
from storage.importer import ImportRejected


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help="import figures from a CSV or JSON file (all-or-nothing)")
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
