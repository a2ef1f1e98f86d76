"""Outlook notes: direction-only capex outlooks kept as the company's own sentence (no number)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from storage.db import Database
from storage.figures import bump_catalog_version


@dataclass(frozen=True)
class OutlookNote:
    company_id: str
    fiscal_label: str | None
    period_start: str | None
    period_end: str | None
    text: str
    source_title: str
    announced: str
    source_url: str | None = None
    accession: str | None = None
    id: int = 0


_INSERT = (
    "INSERT INTO outlook_notes (company_id, fiscal_label, period_start, period_end, text, source_title, "
    "source_url, accession, announced, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING RETURNING id"
)  # portable: SQLite and PostgreSQL


class OutlookRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add_in(self, conn, notes: Sequence[OutlookNote]) -> list[OutlookNote]:
        """Insert inside the caller's transaction; the same sentence on the same date is a no-op.
        Returns the notes that were new, with their ids."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        added = []
        for n in notes:
            async with conn.execute(
                _INSERT,
                (n.company_id, n.fiscal_label, n.period_start, n.period_end, n.text, n.source_title,
                 n.source_url, n.accession, n.announced, now),
            ) as cur:  # fmt: skip
                row = await cur.fetchone()  # None: the same sentence, already kept
            if row is not None:
                added.append(replace(n, id=int(row[0])))
        if added:
            await bump_catalog_version(conn)
        return added

    async def all(self) -> list[OutlookNote]:
        async with self.db.conn.execute(
            "SELECT * FROM outlook_notes ORDER BY company_id, announced, id"
        ) as cur:
            rows = await cur.fetchall()
        return [
            OutlookNote(
                company_id=r["company_id"], fiscal_label=r["fiscal_label"], period_start=r["period_start"],
                period_end=r["period_end"], text=r["text"], source_title=r["source_title"],
                announced=r["announced"], source_url=r["source_url"], accession=r["accession"], id=r["id"],
            )
            for r in rows
        ]  # fmt: skip
