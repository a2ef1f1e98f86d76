"""An in-memory read model of companies and figures.

The data is small and read-mostly, so `capex` answers from memory. The snapshot is rebuilt only
when the catalogue version stored in SQLite moves; checking costs one `PRAGMA data_version`
per read, which also notices writes made by other processes (the CLI, cron imports).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from storage.companies import CompanyRepository
from storage.db import Database
from storage.figures import FigureRepository
from storage.models import Company, Definition, StoredFigure
from storage.outlooks import OutlookNote, OutlookRepository


@dataclass(frozen=True)
class Snapshot:
    version: int
    companies: dict[str, Company]
    aliases: dict[str, str]  # normalised alias -> company id
    definitions: dict[str, Definition]
    figures: dict[str, tuple[StoredFigure, ...]] = field(default_factory=dict)  # by company id
    outlooks: dict[str, tuple[OutlookNote, ...]] = field(default_factory=dict)  # no-number outlooks
    # Values derived from this snapshot (rendered replies, charts); dies with the snapshot, so it
    # is invalidated exactly when the data changes.
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def figures_of(self, company_id: str) -> tuple[StoredFigure, ...]:
        return self.figures.get(company_id, ())

    def outlooks_of(self, company_id: str) -> tuple[OutlookNote, ...]:
        """Direction-only outlooks, oldest first (storage/outlooks.py)."""
        return self.outlooks.get(company_id, ())


class Catalog:
    def __init__(self, db: Database, companies: CompanyRepository, figures: FigureRepository) -> None:
        self.db = db
        self._companies = companies
        self._figures = figures
        self._snapshot: Snapshot | None = None
        self._seen: tuple[int, int] | None = None
        self._lock = asyncio.Lock()

    async def snapshot(self) -> Snapshot:
        seen = await self.db.data_version()
        if self._snapshot is not None and seen == self._seen:
            return self._snapshot
        async with self._lock:
            seen = await self.db.data_version()
            if self._snapshot is None or seen != self._seen:
                version = await self._catalog_version()
                if self._snapshot is None or version != self._snapshot.version:
                    self._snapshot = await self._load(version)
                self._seen = seen
            return self._snapshot

    async def _catalog_version(self) -> int:
        async with self.db.conn.execute("SELECT value FROM kv_state WHERE key = 'catalog_version'") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def _load(self, version: int) -> Snapshot:
        companies = {c.id: c for c in await self._companies.all()}
        aliases = {alias: c.id for c in companies.values() for alias in c.aliases}
        definitions = {d.code: d for d in await self._companies.definitions()}
        by_company: dict[str, list[StoredFigure]] = {}
        for fig in await self._figures.all():
            by_company.setdefault(fig.company_id, []).append(fig)
        outlooks: dict[str, list[OutlookNote]] = {}
        for note in await OutlookRepository(self.db).all():
            outlooks.setdefault(note.company_id, []).append(note)
        return Snapshot(
            version=version,
            companies=companies,
            aliases=aliases,
            definitions=definitions,
            figures={k: tuple(v) for k, v in by_company.items()},
            outlooks={k: tuple(v) for k, v in outlooks.items()},
        )
