"""`capexbot db migrate|check|backup PATH`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.context import open_services
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("db", help="database maintenance")
    sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    sub.add_parser("migrate", help="create or upgrade the schema and apply the bundled seed").set_defaults(
        handler=migrate
    )
    sub.add_parser("check", help="SQLite integrity and foreign-key check").set_defaults(handler=check)
    backup = sub.add_parser("backup", help="consistent online copy of the database")
    backup.add_argument("path", type=Path)
    backup.set_defaults(handler=backup_db)


async def migrate(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        count = await services.storage.figures.count()
    print(f"database {settings.database_label} is up to date ({count} figures)")
    return 0


async def check(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings, seed=False) as services:
        problems = await services.storage.db.integrity_check()
    for problem in problems:
        print(problem)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


async def backup_db(args: argparse.Namespace, settings: Settings) -> int:
    if args.path.resolve() == settings.capexbot_db.resolve():
        print("capexbot: the backup path is the database itself")
        return 1
    async with open_services(settings, seed=False) as services:
        await services.storage.db.backup_to(args.path)
    print(f"backed up to {args.path}")
    return 0
