"""Hoax feature storage: watch mode per place, the per-claim flag cooldown, imported fact-checks.

Tables come from migrations/0004_hoax.sql. Places are (platform, place_id) strings so this module
does not depend on `commands`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.db import Database

FLAG_COOLDOWN = timedelta(minutes=10)


@dataclass(frozen=True)
class WatchState:
    enabled: bool
    threshold: float | None
    updated_by: str
    updated_at: str


class HoaxRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- watch mode -------------------------------------------------------------------------
    async def watch_state(self, platform: str, place_id: str) -> WatchState | None:
        async with self.db.conn.execute(
            "SELECT enabled, threshold, updated_by, updated_at FROM hoax_watch WHERE platform = ? AND place_id = ?",
            (platform, place_id),
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        return WatchState(bool(row[0]), row[1], row[2], row[3])

    async def set_watch(
        self,
        platform: str,
        place_id: str,
        enabled: bool,
        *,
        by: str,
        now: datetime,
        threshold: float | None = None,
    ) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO hoax_watch (platform, place_id, enabled, threshold, updated_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(platform, place_id) DO UPDATE SET "
                "enabled = excluded.enabled, threshold = excluded.threshold, "
                "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                (platform, place_id, int(enabled), threshold, by, now.isoformat()),
            )

    async def watched_places(self) -> list[tuple[str, str]]:
        async with self.db.conn.execute(
            "SELECT platform, place_id FROM hoax_watch WHERE enabled = 1 ORDER BY platform, place_id"
        ) as cur:
            return [(r[0], r[1]) for r in await cur.fetchall()]

    # -- flag cooldown ------------------------------------------------------------------------
    async def try_flag(
        self, platform: str, place_id: str, hoax_id: str, now: datetime, cooldown: timedelta = FLAG_COOLDOWN
    ) -> bool:
        """Record a flag unless this claim was flagged in this place less than `cooldown` ago.

        Atomic (one write transaction, serialised per claim and place, also across processes on
        PostgreSQL), so two messages racing through two front-end tasks cannot both be flagged. Returns True when the caller should flag."""
        async with self.db.transaction() as conn:
            # several bot processes may see the same message wave: one decides per (place, claim)
            await self.db.lock_key(conn, f"hoax-flag:{platform}:{place_id}:{hoax_id}")
            async with conn.execute(
                "SELECT last_flagged_at FROM hoax_flags WHERE platform = ? AND place_id = ? AND hoax_id = ?",
                (platform, place_id, hoax_id),
            ) as cur:
                row = await cur.fetchone()
            if row is not None:
                try:
                    last = datetime.fromisoformat(row[0])
                except ValueError:
                    last = None
                if last is not None and timedelta(0) <= now - last < cooldown:
                    return False
            await conn.execute(
                "INSERT INTO hoax_flags (platform, place_id, hoax_id, last_flagged_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(platform, place_id, hoax_id) DO UPDATE SET "
                "last_flagged_at = excluded.last_flagged_at, flag_count = hoax_flags.flag_count + 1",
                (platform, place_id, hoax_id, now.isoformat()),
            )
        return True

    # -- imported claims ----------------------------------------------------------------------
    async def add_claims(
        self, claims: list[tuple[str, dict[str, Any]]], *, origin: str, now: datetime
    ) -> int:
        """Store (identifier, ClaimReview) pairs in one transaction; a known identifier is replaced."""
        async with self.db.transaction() as conn:
            for ident, obj in claims:
                await conn.execute(
                    "INSERT INTO hoax_claims (id, claimreview_json, origin, imported_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET claimreview_json = excluded.claimreview_json, "
                    "origin = excluded.origin, imported_at = excluded.imported_at",
                    (ident, json.dumps(obj, ensure_ascii=False, sort_keys=True), origin, now.isoformat()),
                )
        return len(claims)

    async def claims(self) -> list[dict[str, Any]]:
        async with self.db.conn.execute("SELECT claimreview_json FROM hoax_claims ORDER BY id") as cur:
            return [json.loads(r[0]) for r in await cur.fetchall()]

    async def claims_version(self) -> str:
        async with self.db.conn.execute(
            "SELECT count(*), coalesce(max(imported_at), '') FROM hoax_claims"
        ) as cur:
            row = await cur.fetchone()
        return f"{row[0]}:{row[1]}"
