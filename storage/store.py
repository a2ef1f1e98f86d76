"""The composition of storage: one Database and its repositories, opened, migrated and seeded."""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from storage.alerts import OutboxRepository
from storage.catalog import Catalog
from storage.companies import CompanyRepository
from storage.cooldowns import Cooldowns, cooldowns_for
from storage.db import Database
from storage.figures import FigureRepository
from storage.hoax_watch import HoaxRepository
from storage.importer import ImportRejected, parse_file, spool_file
from storage.migrate import migrate
from storage.models import Company, Definition, NewFigure
from storage.outlooks import OutlookRepository
from storage.pg import PgDatabase, is_postgres_url
from storage.pg_migrate import migrate_pg
from storage.state import StateRepository
from storage.subscriptions import SubscriptionRepository

SEED_STATE_KEY = "seed_digest"


@dataclass
class Storage:
    db: Database
    companies: CompanyRepository
    figures: FigureRepository
    catalog: Catalog
    state: StateRepository
    subscriptions: SubscriptionRepository
    outbox: OutboxRepository
    cooldowns: Cooldowns  # per-user command cooldowns: shared on PostgreSQL, in memory on SQLite

    @classmethod
    async def open(cls, path: str | Path, *, seed: bool = True) -> Storage:
        """Open (creating if needed), migrate, and apply the bundled seed if it changed.

        `path` is a SQLite file, or a `postgresql://` URL for the shared PostgreSQL store."""
        db: Database | PgDatabase
        if is_postgres_url(path):
            db = await PgDatabase.open(str(path))
        else:
            db = await Database.open(path)
        try:
            if isinstance(db, PgDatabase):
                await migrate_pg(db)
            else:
                await migrate(db.conn)
            companies = CompanyRepository(db)
            figures = FigureRepository(db)
            subscriptions = SubscriptionRepository(db)
            outbox = OutboxRepository(db, subscriptions)
            figures.hooks.append(outbox.on_figures_inserted)  # alerts outbox, same transaction
            storage = cls(
                db,
                companies,
                figures,
                Catalog(db, companies, figures),
                StateRepository(db),
                subscriptions=subscriptions,
                outbox=outbox,
                cooldowns=cooldowns_for(db),
            )
            if seed:
                await storage.apply_seed()
        except BaseException:
            await db.close()
            raise
        return storage

    @property
    def hoax(self) -> HoaxRepository:
        """Hoax watch mode, flag cooldowns and imported fact-checks (migrations/0004_hoax.sql)."""
        return HoaxRepository(self.db)

    @property
    def outlooks(self) -> OutlookRepository:
        """Direction-only capex outlooks from releases (migrations/0006_outlook_notes.sql)."""
        return OutlookRepository(self.db)

    async def close(self) -> None:
        await self.db.close()

    async def import_file(self, path: Path, origin: str = "import") -> list:
        """Validate the whole file (into a spool, before any lock), then store it in one
        transaction that only inserts; ImportRejected, or any failure, stores nothing.

        All or nothing rather than committed batches: a half-imported file is worse than a
        writer waiting for the insert-only transaction (about a second per 100,000 rows).
        """
        snap = await self.catalog.snapshot()
        # parsing 100,000 rows takes seconds: off the event loop, so a running bot keeps answering
        spool = await asyncio.to_thread(spool_file, path, snap.aliases, snap.definitions)
        try:
            return await self.figures.add(spool.figures(), origin=origin)
        finally:
            spool.close()

    async def apply_seed(self) -> int:
        """Load the bundled companies, definitions and figures when their digest changed.

        Idempotent: known figures are no-ops, so an upgrade only adds what is new.
        """
        seed_dir = resources.files("storage.seed")
        files = [seed_dir / name for name in ("definitions.json", "companies.json", "figures.csv")]
        digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
        if await self.state.get(SEED_STATE_KEY) == digest:
            return 0
        definitions = [Definition(**d) for d in json.loads(files[0].read_text("utf-8"))]
        await self.companies.upsert_definitions(definitions)
        companies = []
        for raw in json.loads(files[1].read_text("utf-8")):
            raw = dict(raw)
            raw["aliases"] = tuple(raw.get("aliases", ()))
            raw.pop("undated_outlook", None)  # read by the guidance reader (seed_undated_outlooks), not stored
            companies.append(Company(**raw))
        await self.companies.upsert(companies)
        with resources.as_file(files[2]) as csv_path:
            snap = await self.catalog.snapshot()
            try:
                figures: list[NewFigure] = parse_file(Path(csv_path), snap.aliases, snap.definitions)
            except ImportRejected as exc:
                raise RuntimeError(f"bundled seed data is invalid: {exc}") from None
        inserted = await self.figures.add(figures, origin="seed")
        await self.figures.recite(figures, origin="seed")  # better citations for known figures
        await self.state.set(SEED_STATE_KEY, digest)
        return len(inserted)
