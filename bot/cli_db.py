"""`capexbot db migrate|check|audit|backup PATH|copy --to postgresql://…`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from bot.context import open_services
from bot.settings import ConfigError, Settings
from storage.audit import audit, render
from storage.copy import CopyRefused, copy_database
from storage.pg import CONNECT_ERRORS, is_postgres_url, redact_url
from storage.store import Storage


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("db", help="database maintenance")
    sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    sub.add_parser("migrate", help="create or upgrade the schema and apply the bundled seed").set_defaults(
        handler=migrate
    )
    sub.add_parser("check", help="SQLite integrity and foreign-key check").set_defaults(handler=check)
    sub.add_parser(
        "audit", help="coverage per company and figures without a primary document or date (exit 1 if any)"
    ).set_defaults(handler=audit_db)
    backup = sub.add_parser("backup", help="consistent online copy of the database")
    backup.add_argument("path", type=Path)
    backup.set_defaults(handler=backup_db)
    copy = sub.add_parser("copy", help="copy the SQLite database into an empty PostgreSQL one, then compare counts")
    copy.add_argument("--to", required=True, metavar="POSTGRESQL_URL", help="postgresql://user:password@host/db")
    copy.set_defaults(handler=copy_db)


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


async def audit_db(args: argparse.Namespace, settings: Settings) -> int:
    """Citation faults fail (exit 1); coverage gaps are only reported."""
    async with open_services(settings, seed=False) as services:
        companies = await services.storage.companies.all()
        figures = await services.storage.figures.all()
    report = audit(companies, figures, datetime.now(UTC).date())
    for line in render(report):
        print(line)
    return 0 if report.ok else 1


async def backup_db(args: argparse.Namespace, settings: Settings) -> int:
    if args.path.resolve() == settings.capexbot_db.resolve():
        print("capexbot: the backup path is the database itself")
        return 1
    async with open_services(settings, seed=False) as services:
        written = await services.storage.db.backup_to(args.path)
    how = " (JSON export of every table: pg_dump is not on PATH)" if written == "json" else ""
    print(f"backed up to {args.path}{how}")
    return 0


async def copy_db(args: argparse.Namespace, settings: Settings) -> int:
    """SQLite file (CAPEXBOT_DB) -> PostgreSQL (--to), then every table's count compared."""
    if not is_postgres_url(args.to):
        raise ConfigError("--to: must be a postgresql:// URL")
    if settings.capexbot_database_url is not None:
        raise ConfigError("db copy reads the SQLite file CAPEXBOT_DB: unset CAPEXBOT_DATABASE_URL")
    label = redact_url(args.to)
    async with open_services(settings, seed=False) as services:
        try:
            target = await Storage.open(args.to, seed=False)
        except CONNECT_ERRORS as exc:
            raise ConfigError(f"--to: cannot connect to {label}: {str(exc).strip().splitlines()[0]}") from None
        try:
            counts = await copy_database(services.storage.db, target.db)  # type: ignore[arg-type]
        except CopyRefused as exc:
            print(f"capexbot: {exc}")
            return 1
        finally:
            await target.close()
    wrong = [c for c in counts if c.source != c.target]
    for c in counts:
        print(f"{c.table}: {c.source} -> {c.target}{'' if c.source == c.target else '  MISMATCH'}")
    print(f"copied {settings.capexbot_db} to {label}: " + ("counts match" if not wrong else f"{len(wrong)} mismatch(es)"))
    return 0 if not wrong else 1
