"""Figures: append-only writes with in-transaction hooks (where the alerts outbox plugs in)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import UTC, datetime

import aiosqlite

from storage.db import Database
from storage.models import NewFigure, StoredFigure
from storage.provenance import docs_from_json, docs_to_json, refs_from_json, refs_to_json

# Called inside the same transaction as the inserts, with only the rows that were really new.
FigureHook = Callable[[aiosqlite.Connection, list[StoredFigure]], Awaitable[None]]

_INSERT_COLUMNS = (
    "company_id, fiscal_label, period_start, period_end, kind, value_usd, low_usd, high_usd, currency, "
    "definition_code, source_title, source_url, accession, announced, recorded_at, origin, identity, "
    "document_kind, derivation, derived_from, secondary_refs, stated_revision, stated_prior_low_usd, "
    "stated_prior_high_usd"
)
_ROW_PLACEHOLDERS = "(" + ", ".join("?" * 24) + ")"
# Rows per batch: a few round trips per batch instead of one per row (a 50,000-row import held the
# write lock 11.6 s). PostgreSQL: one multi-row INSERT … RETURNING (24 values a row stays far below
# its parameter limit). SQLite: executemany, which runs the batch in C about twice as fast, then
# the new rows by id (the transaction is the only writer, and rowids only grow).
INSERT_BATCH = 500


def _insert_sql(rows: int, returning: bool = True) -> str:
    values = ", ".join([_ROW_PLACEHOLDERS] * rows)
    return (
        f"INSERT INTO figures ({_INSERT_COLUMNS}) VALUES {values} "  # noqa: S608 - placeholders only
        "ON CONFLICT DO NOTHING" + (" RETURNING id, identity" if returning else "")
    )


# A better citation for a known fact (same identity) replaces the old one: values never change.
_RECITE_SQL = (
    "UPDATE figures SET source_title = ?, source_url = ?, accession = ?, announced = ?, "
    "document_kind = ?, derivation = ?, derived_from = ?, secondary_refs = ? "
    "WHERE identity = ? AND origin = ? AND (source_title, coalesce(source_url, ''), "
    "coalesce(accession, ''), coalesce(announced, ''), coalesce(document_kind, ''), derivation, "
    "derived_from, secondary_refs) IS DISTINCT FROM (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _provenance(fig: NewFigure) -> tuple[str, str | None, str | None, str | None, str | None, str, str, str]:
    return (
        fig.source_title,
        fig.source_url,
        fig.accession,
        fig.announced,
        fig.document_kind,
        fig.derivation,
        docs_to_json(fig.derived_from),
        refs_to_json(fig.secondary_refs),
    )


def row_to_figure(row: aiosqlite.Row) -> StoredFigure:
    return StoredFigure(
        company_id=row["company_id"],
        fiscal_label=row["fiscal_label"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        kind=row["kind"],
        definition_code=row["definition_code"],
        source_title=row["source_title"],
        value_usd=row["value_usd"],
        low_usd=row["low_usd"],
        high_usd=row["high_usd"],
        currency=row["currency"],
        source_url=row["source_url"],
        accession=row["accession"],
        announced=row["announced"],
        id=row["id"],
        recorded_at=row["recorded_at"],
        origin=row["origin"],
        document_kind=row["document_kind"],
        derivation=row["derivation"],
        derived_from=docs_from_json(row["derived_from"]),
        secondary_refs=refs_from_json(row["secondary_refs"]),
        stated_revision=row["stated_revision"],
        stated_prior_low_usd=row["stated_prior_low_usd"],
        stated_prior_high_usd=row["stated_prior_high_usd"],
    )


async def _insert_batch(
    conn: aiosqlite.Connection, batch: Sequence[NewFigure], recorded_at: str, origin: str, dialect: str
) -> list[StoredFigure]:
    """The batch inserted; the new rows (a known identity inserts nothing), in `batch` order."""
    rows: list[tuple] = []
    by_identity: dict[str, NewFigure] = {}
    for fig in batch:
        identity = fig.identity
        by_identity.setdefault(identity, fig)
        rows.append((
            fig.company_id, fig.fiscal_label, fig.period_start, fig.period_end, fig.kind,
            fig.value_usd, fig.low_usd, fig.high_usd, fig.currency, fig.definition_code,
            fig.source_title, fig.source_url, fig.accession, fig.announced, recorded_at, origin,
            identity, fig.document_kind, fig.derivation, docs_to_json(fig.derived_from),
            refs_to_json(fig.secondary_refs), fig.stated_revision, fig.stated_prior_low_usd,
            fig.stated_prior_high_usd,
        ))  # fmt: skip
    if dialect == "sqlite":
        async with conn.execute("SELECT coalesce(max(id), 0) FROM figures") as cur:
            top = (await cur.fetchone())[0]
        await conn.executemany(_insert_sql(1, returning=False), rows)
        async with conn.execute("SELECT id, identity FROM figures WHERE id > ?", (top,)) as cur:
            new_ids = {row[1]: int(row[0]) for row in await cur.fetchall()}
    else:
        async with conn.execute(_insert_sql(len(rows)), [v for row in rows for v in row]) as cur:
            new_ids = {row[1]: int(row[0]) for row in await cur.fetchall()}
    return [
        StoredFigure(**fig.__dict__, id=new_ids[identity], recorded_at=recorded_at, origin=origin)
        for identity, fig in by_identity.items()
        if identity in new_ids
    ]


async def bump_catalog_version(conn: aiosqlite.Connection) -> None:
    await conn.execute(
        "UPDATE kv_state SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'catalog_version'"
    )


class FigureRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.hooks: list[FigureHook] = []

    async def add(self, figures: Iterable[NewFigure], origin: str) -> list[StoredFigure]:
        """Insert figures in one transaction; returns only the rows that were new.

        Re-adding a known figure is a no-op; a changed value for the same series is a new row
        (history kept). Hooks run inside the transaction, so subscribers' events commit with
        the figures or not at all.
        """
        async with self.db.transaction() as conn:
            return await self.add_in(conn, figures, origin)

    async def add_in(
        self, conn: aiosqlite.Connection, figures: Iterable[NewFigure], origin: str
    ) -> list[StoredFigure]:
        """Same as `add`, inside a transaction the caller already holds. `figures` may be a
        generator (an import streams them from its spool): INSERT_BATCH rows per statement."""
        recorded_at = datetime.now(UTC).isoformat(timespec="seconds")
        inserted: list[StoredFigure] = []
        batch: list[NewFigure] = []
        for fig in figures:
            batch.append(fig)
            if len(batch) == INSERT_BATCH:
                inserted += await _insert_batch(conn, batch, recorded_at, origin, self.db.dialect)
                batch = []
        if batch:
            inserted += await _insert_batch(conn, batch, recorded_at, origin, self.db.dialect)
        if inserted:
            await bump_catalog_version(conn)
            for hook in self.hooks:
                await hook(conn, inserted)
        return inserted

    async def recite(self, figures: Sequence[NewFigure], origin: str) -> int:
        """Replace the citation of known figures from `origin` (same identity) with theirs.

        Used when the bundled seed improves its sources: the value is the same fact, only the
        document named for it changes. Returns how many rows changed.
        """
        changed = 0
        async with self.db.transaction() as conn:
            for fig in figures:
                prov = _provenance(fig)
                cur = await conn.execute(
                    _RECITE_SQL,
                    (*prov, fig.identity, origin, *(("" if v is None else v) for v in prov)),
                )
                changed += cur.rowcount
            if changed:
                await bump_catalog_version(conn)
        return changed

    async def history(
        self, company_id: str, kind: str, definition_code: str, period_end: str
    ) -> list[StoredFigure]:
        """Every version of one figure, oldest first (restatements, guidance updates)."""
        async with self.db.conn.execute(
            "SELECT * FROM figures WHERE company_id = ? AND kind = ? AND definition_code = ? "
            "AND period_end = ? ORDER BY coalesce(announced, ''), id",
            (company_id, kind, definition_code, period_end),
        ) as cur:
            return [row_to_figure(r) for r in await cur.fetchall()]

    async def all(self) -> list[StoredFigure]:
        async with self.db.conn.execute(
            "SELECT * FROM figures ORDER BY company_id, period_end, coalesce(announced, ''), id"
        ) as cur:
            return [row_to_figure(r) for r in await cur.fetchall()]

    async def count(self) -> int:
        async with self.db.conn.execute("SELECT count(*) FROM figures") as cur:
            row = await cur.fetchone()
        return int(row[0])
