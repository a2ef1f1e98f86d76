"""Companies, aliases and capex definitions."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from storage.db import Database
from storage.figures import bump_catalog_version
from storage.models import Company, Definition


def normalise_alias(text: str) -> str:
    """Lower case, accents stripped, inner whitespace collapsed: how names are matched."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


class CompanyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def upsert_definitions(self, definitions: Iterable[Definition]) -> None:
        async with self.db.transaction() as conn:
            for d in definitions:
                await conn.execute(
                    "INSERT INTO definitions (code, label_en, label_fr, xbrl) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(code) DO UPDATE SET label_en = excluded.label_en, "
                    "label_fr = excluded.label_fr, xbrl = excluded.xbrl",
                    (d.code, d.label_en, d.label_fr, d.xbrl),
                )
            await bump_catalog_version(conn)

    async def upsert(self, companies: Iterable[Company]) -> None:
        """Insert or refresh companies and their aliases (names and tickers are aliases too)."""
        async with self.db.transaction() as conn:
            for c in companies:
                await conn.execute(
                    "INSERT INTO companies (id, name, ticker, cik, fiscal_year_end, headline_definition, "
                    "note_en, note_fr) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "name = excluded.name, ticker = excluded.ticker, cik = excluded.cik, "
                    "fiscal_year_end = excluded.fiscal_year_end, "
                    "headline_definition = excluded.headline_definition, "
                    "note_en = excluded.note_en, note_fr = excluded.note_fr",
                    (
                        c.id,
                        c.name,
                        c.ticker,
                        c.cik,
                        c.fiscal_year_end,
                        c.headline_definition,
                        c.note_en,
                        c.note_fr,
                    ),
                )
                for alias in {c.id, c.name, c.ticker, *c.aliases}:
                    await conn.execute(
                        "INSERT INTO company_aliases (alias, company_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        (normalise_alias(alias), c.id),
                    )
            await bump_catalog_version(conn)

    async def all(self) -> list[Company]:
        aliases: dict[str, list[str]] = {}
        async with self.db.conn.execute(
            "SELECT alias, company_id FROM company_aliases ORDER BY alias"
        ) as cur:
            for row in await cur.fetchall():
                aliases.setdefault(row["company_id"], []).append(row["alias"])
        async with self.db.conn.execute("SELECT * FROM companies WHERE tracked = 1 ORDER BY name") as cur:
            rows = await cur.fetchall()
        return [
            Company(
                id=r["id"],
                name=r["name"],
                ticker=r["ticker"],
                cik=r["cik"],
                fiscal_year_end=r["fiscal_year_end"],
                headline_definition=r["headline_definition"],
                note_en=r["note_en"],
                note_fr=r["note_fr"],
                aliases=tuple(aliases.get(r["id"], ())),
            )
            for r in rows
        ]

    async def definitions(self) -> list[Definition]:
        async with self.db.conn.execute("SELECT * FROM definitions ORDER BY code") as cur:
            return [
                Definition(r["code"], r["label_en"], r["label_fr"], r["xbrl"]) for r in await cur.fetchall()
            ]

    async def count(self) -> int:
        async with self.db.conn.execute("SELECT count(*) FROM companies") as cur:
            row = await cur.fetchone()
        return int(row[0])
