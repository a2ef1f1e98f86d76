"""Alert subscriptions: who wants alerts (a Discord channel, a Matrix room, a webhook URL), for one
company or all; idempotent subscribe/unsubscribe; disabled (never deleted) when the target is gone,
with the reason kept; moved when a Matrix room is upgraded. The outbox (storage/alerts.py) reads
them inside its own transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import aiosqlite

from storage.db import Database

PLATFORMS = ("discord", "matrix", "webhook")


def iso_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Subscription:
    id: int
    platform: str
    target: str
    company_id: str | None
    lang: str
    status: str  # active | disabled | removed
    disabled_reason: str | None
    gone_failures: int
    moved_from: str | None
    created_by: str
    created_at: str
    updated_at: str


def _sub(row: aiosqlite.Row) -> Subscription:
    return Subscription(
        id=row["id"],
        platform=row["platform"],
        target=row["target"],
        company_id=row["company_id"],
        lang=row["lang"],
        status=row["status"],
        disabled_reason=row["disabled_reason"],
        gone_failures=row["gone_failures"],
        moved_from=row["moved_from"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


@dataclass(frozen=True)
class SubscribeResult:
    subscription: Subscription
    outcome: str  # "created" | "exists" | "reactivated"


async def _cancel_pending(conn: aiosqlite.Connection, subscription_id: int, reason: str) -> int:
    cur = await conn.execute(
        "UPDATE alert_deliveries SET status = 'cancelled', last_error = ?, lease_owner = NULL, "
        "lease_until = NULL WHERE subscription_id = ? AND status = 'pending'",
        (reason, subscription_id),
    )
    return cur.rowcount


class SubscriptionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def _live(
        self, conn: aiosqlite.Connection, platform: str, target: str, company_id: str | None
    ) -> Subscription | None:
        async with conn.execute(
            "SELECT * FROM alert_subscriptions WHERE platform = ? AND target = ? "
            "AND coalesce(company_id, '') = ? AND status != 'removed'",
            (platform, target, company_id or ""),
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else _sub(row)

    async def _get_in(self, conn: aiosqlite.Connection, subscription_id: int) -> Subscription | None:
        async with conn.execute("SELECT * FROM alert_subscriptions WHERE id = ?", (subscription_id,)) as cur:
            row = await cur.fetchone()
        return None if row is None else _sub(row)

    async def subscribe(
        self,
        platform: str,
        target: str,
        company_id: str | None,
        *,
        lang: str = "en",
        created_by: str = "",
    ) -> SubscribeResult:
        """Idempotent: an existing active subscription is returned as is; a disabled one is
        re-enabled (the operator fixed the target). Never backfills past events."""
        if platform not in PLATFORMS:
            raise ValueError(f"unknown alert platform {platform!r}")
        async with self.db.transaction() as conn:
            existing = await self._live(conn, platform, target, company_id)
            now = iso_now()
            if existing is not None and existing.status == "active":
                if existing.lang != lang:
                    await conn.execute(
                        "UPDATE alert_subscriptions SET lang = ?, updated_at = ? WHERE id = ?",
                        (lang, now, existing.id),
                    )
                    existing = await self._get_in(conn, existing.id)
                assert existing is not None
                return SubscribeResult(existing, "exists")
            if existing is not None:
                await conn.execute(
                    "UPDATE alert_subscriptions SET status = 'active', disabled_reason = NULL, "
                    "gone_failures = 0, lang = ?, updated_at = ? WHERE id = ?",
                    (lang, now, existing.id),
                )
                sub = await self._get_in(conn, existing.id)
                assert sub is not None
                return SubscribeResult(sub, "reactivated")
            async with conn.execute(
                "INSERT INTO alert_subscriptions (platform, target, company_id, lang, created_by, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (platform, target, company_id, lang, created_by, now, now),
            ) as cur:
                row = await cur.fetchone()
            sub = await self._get_in(conn, int(row[0]))
            assert sub is not None
            return SubscribeResult(sub, "created")

    async def unsubscribe(
        self, platform: str, target: str, company_id: str | None, *, every: bool = False
    ) -> list[Subscription]:
        """Remove the live subscription for (target, company), or all of the target's with
        `every=True`. Idempotent: returns what was removed (maybe nothing). Pending deliveries of
        removed subscriptions are cancelled."""
        async with self.db.transaction() as conn:
            if every:
                async with conn.execute(
                    "SELECT * FROM alert_subscriptions WHERE platform = ? AND target = ? "
                    "AND status != 'removed'",
                    (platform, target),
                ) as cur:
                    subs = [_sub(r) for r in await cur.fetchall()]
            else:
                one = await self._live(conn, platform, target, company_id)
                subs = [one] if one else []
            for sub in subs:
                await self._remove_in(conn, sub.id, "unsubscribed")
            return subs

    async def _remove_in(self, conn: aiosqlite.Connection, subscription_id: int, reason: str) -> None:
        await conn.execute(
            "UPDATE alert_subscriptions SET status = 'removed', updated_at = ? WHERE id = ?",
            (iso_now(), subscription_id),
        )
        await _cancel_pending(conn, subscription_id, reason)

    async def remove(self, subscription_id: int) -> Subscription | None:
        """Remove by id (the CLI); None if there is no such live subscription."""
        async with self.db.transaction() as conn:
            sub = await self._get_in(conn, subscription_id)
            if sub is None or sub.status == "removed":
                return None
            await self._remove_in(conn, sub.id, "removed")
            return sub

    async def disable(self, subscription_id: int, reason: str) -> None:
        async with self.db.transaction() as conn:
            await self.disable_in(conn, subscription_id, reason)

    async def disable_in(self, conn: aiosqlite.Connection, subscription_id: int, reason: str) -> None:
        await conn.execute(
            "UPDATE alert_subscriptions SET status = 'disabled', disabled_reason = ?, updated_at = ? "
            "WHERE id = ? AND status = 'active'",
            (reason, iso_now(), subscription_id),
        )
        await _cancel_pending(conn, subscription_id, f"subscription disabled: {reason}")

    async def move_target(self, platform: str, old_target: str, new_target: str) -> int:
        """A Matrix room was upgraded (m.room.tombstone): its live subscriptions follow to the
        replacement room, pending deliveries included. Returns how many subscriptions moved."""
        async with self.db.transaction() as conn:
            return await self.move_target_in(conn, platform, old_target, new_target)

    async def move_target_in(
        self, conn: aiosqlite.Connection, platform: str, old_target: str, new_target: str
    ) -> int:
        async with conn.execute(
            "SELECT * FROM alert_subscriptions WHERE platform = ? AND target = ? AND status != 'removed'",
            (platform, old_target),
        ) as cur:
            subs = [_sub(r) for r in await cur.fetchall()]
        moved = 0
        now = iso_now()
        for sub in subs:
            clash = await self._live(conn, platform, new_target, sub.company_id)
            if clash is not None:
                # the new room already has this subscription: hand over pending deliveries
                await conn.execute(
                    "UPDATE alert_deliveries SET subscription_id = ? "
                    "WHERE subscription_id = ? AND status = 'pending' AND event_id NOT IN ("
                    "SELECT event_id FROM alert_deliveries WHERE subscription_id = ?)",
                    (clash.id, sub.id, clash.id),
                )
                await self._remove_in(conn, sub.id, f"room upgraded to {new_target}")
            else:
                await conn.execute(
                    "UPDATE alert_subscriptions SET target = ?, moved_from = ?, status = 'active', "
                    "disabled_reason = NULL, gone_failures = 0, updated_at = ? WHERE id = ?",
                    (new_target, old_target, now, sub.id),
                )
                # the new room may already be due the same alert through another subscription
                await conn.execute(
                    "UPDATE alert_deliveries SET status = 'cancelled', last_error = 'duplicate after room "
                    "upgrade' WHERE subscription_id = ? AND status = 'pending' AND event_id IN ("
                    "SELECT d.event_id FROM alert_deliveries d JOIN alert_subscriptions s "
                    "ON s.id = d.subscription_id WHERE s.platform = ? AND s.target = ? "
                    "AND d.subscription_id != ? AND d.status IN ('pending', 'sent'))",
                    (sub.id, platform, new_target, sub.id),
                )
            moved += 1
        return moved

    async def get(self, subscription_id: int) -> Subscription | None:
        return await self._get_in(self.db.conn, subscription_id)

    async def for_target(self, platform: str, target: str) -> list[Subscription]:
        """Live (active or disabled) subscriptions of one channel/room/URL."""
        async with self.db.conn.execute(
            "SELECT * FROM alert_subscriptions WHERE platform = ? AND target = ? AND status != 'removed' "
            "ORDER BY company_id IS NOT NULL, company_id",
            (platform, target),
        ) as cur:
            return [_sub(r) for r in await cur.fetchall()]

    async def all(self, *, include_removed: bool = False) -> list[Subscription]:
        sql = (
            "SELECT * FROM alert_subscriptions ORDER BY id"
            if include_removed
            else "SELECT * FROM alert_subscriptions WHERE status != 'removed' ORDER BY id"
        )
        async with self.db.conn.execute(sql) as cur:
            return [_sub(r) for r in await cur.fetchall()]
