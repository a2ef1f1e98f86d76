"""The transactional outbox of alert deliveries (subscriptions live in storage/subscriptions.py).

- `OutboxRepository`: `on_figures_inserted` is a FigureRepository hook, so the event and one
  delivery per matching subscription commit in the same transaction as the figures (or not at
  all); `on_notes_inserted` does the same for a release whose only news is a direction-only outlook.
  A worker `claim_due`s deliveries under a lease, sends them with the stable idempotency key,
  then `record`s each outcome (sent, retry, gone, failed, defer) in batches. A crash between send
  and record re-sends with the same key, which the receiver dedupes: nothing is ever marked sent
  before the target accepted it.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.db import Database
from storage.errors import busy_is_transient
from storage.models import StoredFigure
from storage.notify import OUTBOX_CHANNEL, Wakeup, notify, wakeup_for
from storage.outlooks import OutlookNote
from storage.subscriptions import SubscriptionRepository, iso_now

# Figures loaded by the bundled seed, and backfills (origin "…-backfill", e.g. a company's first SEC
# ingest, "sec-backfill"), are history, not news: they never make alerts.
SILENT_ORIGINS = frozenset({"seed"})


def is_silent(origin: str) -> bool:
    return origin in SILENT_ORIGINS or origin.endswith("backfill")


def new_idempotency_key() -> str:
    """24 characters: fits Discord's 25-character nonce, safe in a Matrix txn id path segment."""
    return "cx" + secrets.token_hex(11)


def group_key(fig: StoredFigure | OutlookNote) -> str:
    """Figures (or notes) sharing this (per company) came from one filing or announcement: one alert."""
    if fig.accession:
        return f"accession:{fig.accession}"
    return f"source:{fig.source_title}|{fig.announced or ''}"


@dataclass(frozen=True)
class Claimed:
    """A delivery leased to one worker, with what it needs to compose and send it."""

    id: int
    event_id: int
    subscription_id: int
    idempotency_key: str
    attempts: int  # including this one
    platform: str
    target: str
    lang: str
    company_id: str  # the event's company
    figure_ids: tuple[int, ...]
    note_ids: tuple[int, ...] = ()  # direction-only outlooks a release gave as its only news


@dataclass(frozen=True)
class Outcome:
    """One finished attempt, written back in a batch by `record`."""

    delivery_id: int
    subscription_id: int
    kind: str  # "sent" | "retry" | "gone" | "failed" | "defer"
    delay: float = 0.0  # seconds until the next attempt (retry, gone, defer)
    error: str | None = None
    moved_to: str | None = None  # sent to the upgraded room that replaced the target


def lease_owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class OutboxRepository:
    def __init__(self, db: Database, subscriptions: SubscriptionRepository) -> None:
        self.db = db
        self.subscriptions = subscriptions

    # --- writing events (FigureRepository hook, inside the figures' transaction)
    async def on_figures_inserted(self, conn: aiosqlite.Connection, inserted: list[StoredFigure]) -> None:
        groups: dict[tuple[str, str], list[StoredFigure]] = {}
        for fig in inserted:
            if is_silent(fig.origin):
                continue
            groups.setdefault((fig.company_id, group_key(fig)), []).append(fig)
        await self._enqueue(conn, {key: ("figures", [f.id for f in figs]) for key, figs in groups.items()})

    async def on_notes_inserted(
        self, conn: aiosqlite.Connection, notes: Sequence[OutlookNote], origin: str
    ) -> None:
        """Direction-only outlooks that are a release's only news (it added no figure): one event
        per release, in the notes' transaction, so the news reaches subscribers exactly once."""
        if is_silent(origin):
            return
        groups: dict[tuple[str, str], list[int]] = {}
        for note in notes:
            groups.setdefault((note.company_id, group_key(note)), []).append(note.id)
        await self._enqueue(conn, {key: ("notes", ids) for key, ids in groups.items()})

    async def _enqueue(
        self, conn: aiosqlite.Connection, groups: dict[tuple[str, str], tuple[str, list[int]]]
    ) -> None:
        """One event per (company, group key) with what it reports (figures or notes), and one
        delivery per matching subscription; then wake the listening workers on commit."""
        if not groups:
            return
        now_iso, now = iso_now(), time.time()
        targets_by_company: dict[str, list[int]] = {}
        enqueued = False
        for (company_id, key), (what, ids) in groups.items():
            if company_id not in targets_by_company:
                targets_by_company[company_id] = await self._matching(conn, company_id)
            subscription_ids = targets_by_company[company_id]
            if not subscription_ids:
                continue  # nobody listens: no event, no rows
            async with conn.execute(
                "INSERT INTO alert_events (company_id, group_key, created_at) VALUES (?, ?, ?) RETURNING id",
                (company_id, key, now_iso),
            ) as cur:
                row = await cur.fetchone()
            event_id = int(row[0])
            await conn.executemany(_EVENT_ITEMS_SQL[what], [(event_id, item) for item in ids])
            await conn.executemany(
                "INSERT INTO alert_deliveries (event_id, subscription_id, idempotency_key, "
                "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)",
                [(event_id, sid, new_idempotency_key(), now, now_iso) for sid in subscription_ids],
            )
            enqueued = True
        if enqueued:  # delivered to listening workers when this transaction commits
            await notify(self.db, conn, OUTBOX_CHANNEL)

    async def _matching(self, conn: aiosqlite.Connection, company_id: str) -> list[int]:
        """Active subscriptions for the company or for all; one per target (a channel subscribed
        to both "all" and "meta" gets one alert, not two)."""
        async with conn.execute(
            "SELECT min(id) FROM alert_subscriptions WHERE status = 'active' "
            "AND (company_id IS NULL OR company_id = ?) GROUP BY platform, target ORDER BY 1",
            (company_id,),
        ) as cur:
            return [int(r[0]) for r in await cur.fetchall()]

    # --- the worker's side
    def wakeup(self) -> Wakeup:
        """What an idle worker waits on: fires when another process enqueues or gives back
        deliveries (PostgreSQL LISTEN/NOTIFY); on SQLite it never fires and the worker polls."""
        return wakeup_for(self.db, OUTBOX_CHANNEL)

    async def claim_due(
        self, owner: str, limit: int, lease_seconds: float, now: float | None = None
    ) -> list[Claimed]:
        """Lease up to `limit` due deliveries to `owner` (oldest due first); StorageBusy when the
        database stays locked."""
        if limit <= 0:
            return []
        with busy_is_transient():
            return await self._claim_due(owner, limit, lease_seconds, time.time() if now is None else now)

    async def _claim_due(self, owner: str, limit: int, lease_seconds: float, now: float) -> list[Claimed]:
        async with self.db.transaction() as conn:
            async with conn.execute(
                _CLAIM_SQL.format(skip_locked=self.db.skip_locked),
                (owner, now + lease_seconds, now, now, limit),
            ) as cur:
                rows = list(await cur.fetchall())
            if not rows:
                return []
            sub_ids = sorted({r["subscription_id"] for r in rows})
            event_ids = sorted({r["event_id"] for r in rows})
            subs: dict[int, aiosqlite.Row] = {}
            for chunk in _chunks(sub_ids, 500):
                async with conn.execute(_SUBS_BY_ID_SQL.format(marks=_marks(len(chunk))), chunk) as cur:
                    subs.update({r["id"]: r for r in await cur.fetchall()})
            events = await _event_contents(conn, event_ids)
        out = []
        for r in sorted(rows, key=lambda r: r["id"]):
            sub = subs[r["subscription_id"]]
            company_id, figure_ids, note_ids = events.get(r["event_id"], ("", [], []))
            out.append(
                Claimed(
                    id=r["id"],
                    event_id=r["event_id"],
                    subscription_id=r["subscription_id"],
                    idempotency_key=r["idempotency_key"],
                    attempts=r["attempts"],
                    platform=sub["platform"],
                    target=sub["target"],
                    lang=sub["lang"],
                    company_id=company_id,
                    figure_ids=tuple(figure_ids),
                    note_ids=tuple(note_ids),
                )
            )
        return out

    async def record(
        self, outcomes: Sequence[Outcome], *, gone_threshold: int = 3, now: float | None = None
    ) -> list[int]:
        """Write a batch of attempt outcomes in one transaction; returns the subscription ids that
        got disabled (a target answered "gone/forbidden" `gone_threshold` times in a row)."""
        if not outcomes:
            return []
        now = time.time() if now is None else now
        now_iso = iso_now()
        disabled: list[int] = []
        async with self.db.transaction() as conn:
            sent = [o for o in outcomes if o.kind == "sent"]
            if sent:
                await conn.executemany(
                    "UPDATE alert_deliveries SET status = 'sent', sent_at = ?, last_error = NULL, "
                    "lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'pending'",
                    [(now_iso, o.delivery_id) for o in sent],
                )
                await conn.executemany(
                    "UPDATE alert_subscriptions SET gone_failures = 0 WHERE id = ? AND gone_failures > 0",
                    [(sid,) for sid in {o.subscription_id for o in sent}],
                )
            for o in outcomes:
                if o.kind == "sent":
                    if o.moved_to:
                        sub = await self.subscriptions._get_in(conn, o.subscription_id)
                        if sub is not None and sub.target != o.moved_to:
                            await self.subscriptions.move_target_in(
                                conn, sub.platform, sub.target, o.moved_to
                            )
                    continue
                if o.kind == "failed":
                    await conn.execute(
                        "UPDATE alert_deliveries SET status = 'failed', last_error = ?, lease_owner = NULL, "
                        "lease_until = NULL WHERE id = ? AND status = 'pending'",
                        (o.error, o.delivery_id),
                    )
                    continue
                # retry / gone / defer: back to pending, due later, lease released
                await conn.execute(
                    "UPDATE alert_deliveries SET next_attempt_at = ?, last_error = coalesce(?, last_error), "
                    "lease_owner = NULL, lease_until = NULL, attempts = attempts - ? "
                    "WHERE id = ? AND status = 'pending'",
                    (now + o.delay, o.error, 1 if o.kind == "defer" else 0, o.delivery_id),
                )
                if o.kind == "gone":
                    async with conn.execute(
                        "UPDATE alert_subscriptions SET gone_failures = gone_failures + 1 "
                        "WHERE id = ? AND status = 'active' RETURNING gone_failures",
                        (o.subscription_id,),
                    ) as cur:
                        row = await cur.fetchone()
                    if row is not None and row[0] >= gone_threshold:
                        await self.subscriptions.disable_in(conn, o.subscription_id, o.error or "gone")
                        disabled.append(o.subscription_id)
        return disabled

    # Single-delivery conveniences over `record` (the worker batches through `record` directly).
    async def release(self, owner: str) -> int:
        """Give back this worker's unfinished leases (clean shutdown): due again at once."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "UPDATE alert_deliveries SET lease_owner = NULL, lease_until = NULL "
                "WHERE lease_owner = ? AND status = 'pending'",
                (owner,),
            )
            if cur.rowcount:
                await notify(self.db, conn, OUTBOX_CHANNEL)  # due now: another worker may take them
            return cur.rowcount

    async def release_dead_leases(
        self, now: float | None = None, alive: Callable[[int], bool] = _pid_alive
    ) -> int:
        """Free leases held by workers on this host whose process is gone (killed, crashed), so
        their deliveries do not wait for the lease to expire. Other hosts' leases just expire.
        StorageBusy when the database stays locked."""
        with busy_is_transient():
            return await self._release_dead_leases(time.time() if now is None else now, alive)

    async def _release_dead_leases(self, now: float, alive: Callable[[int], bool]) -> int:
        host = socket.gethostname()
        async with self.db.conn.execute(
            "SELECT DISTINCT lease_owner FROM alert_deliveries WHERE status = 'pending' "
            "AND lease_owner IS NOT NULL AND lease_until > ?",
            (now,),
        ) as cur:
            owners = [r[0] for r in await cur.fetchall()]
        dead = []
        for owner in owners:
            parts = owner.rsplit(":", 2)
            if len(parts) == 3 and parts[0] == host and parts[1].isdigit():
                pid = int(parts[1])
                if pid != os.getpid() and not alive(pid):
                    dead.append(owner)
        freed = 0
        if dead:
            async with self.db.transaction() as conn:
                for owner in dead:
                    cur = await conn.execute(
                        "UPDATE alert_deliveries SET lease_owner = NULL, lease_until = NULL "
                        "WHERE lease_owner = ? AND status = 'pending'",
                        (owner,),
                    )
                    freed += cur.rowcount
        return freed

    async def next_due_at(self) -> float | None:
        """When the earliest pending delivery becomes claimable (None: nothing pending)."""
        async with self.db.conn.execute(
            "SELECT min(CASE WHEN lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END) "
            "FROM alert_deliveries WHERE status = 'pending'"
        ) as cur:
            row = await cur.fetchone()
        return None if row is None or row[0] is None else float(row[0])

    async def counts(self) -> dict[str, int]:
        async with self.db.conn.execute(
            "SELECT status, count(*) FROM alert_deliveries GROUP BY status"
        ) as cur:
            return {r[0]: int(r[1]) for r in await cur.fetchall()}

    async def pending_stats(self) -> tuple[int, float | None]:
        """(pending deliveries, unix time the oldest of them was created): /metrics and /healthz."""
        async with self.db.conn.execute(
            "SELECT count(*), min(created_at) FROM alert_deliveries WHERE status = 'pending'"
        ) as cur:
            row = await cur.fetchone()
        oldest = datetime.fromisoformat(row[1]).timestamp() if row and row[1] else None
        return (int(row[0]) if row else 0), oldest

    async def pending_by_subscription(self) -> dict[int, int]:
        async with self.db.conn.execute(
            "SELECT subscription_id, count(*) FROM alert_deliveries WHERE status = 'pending' "
            "GROUP BY subscription_id"
        ) as cur:
            return {int(r[0]): int(r[1]) for r in await cur.fetchall()}

    async def deliveries(self, status: str | None = None) -> list[dict]:
        """Rows for inspection and tests (id, event, subscription, key, status, attempts, error)."""
        sql, params = (_DELIVERIES_BY_STATUS_SQL, (status,)) if status else (_DELIVERIES_SQL, ())
        async with self.db.conn.execute(sql, params) as cur:
            return [dict(r) for r in await cur.fetchall()]

    async def events(self) -> list[dict]:
        """Every event with the figures and notes it reports (for inspection and tests)."""
        async with self.db.conn.execute(
            "SELECT id, company_id, group_key FROM alert_events ORDER BY id"
        ) as cur:
            rows = [dict(r) for r in await cur.fetchall()]
        contents = await _event_contents(self.db.conn, [r["id"] for r in rows])
        for row in rows:
            _, row["figure_ids"], row["note_ids"] = contents.get(row["id"], ("", [], []))
        return rows


# Templates filled only with constant text or "?" placeholders, never with values.
# PostgreSQL: the inner SELECT takes row locks and skips rows another worker is claiming right now,
# so N workers in N processes claim disjoint batches without waiting on each other.
_CLAIM_SQL = (
    "UPDATE alert_deliveries SET lease_owner = ?, lease_until = ?, attempts = attempts + 1 "
    "WHERE id IN (SELECT id FROM alert_deliveries WHERE status = 'pending' "
    "AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?) "
    "ORDER BY next_attempt_at, id LIMIT ?{skip_locked}) "
    "RETURNING id, event_id, subscription_id, idempotency_key, attempts"
)
_EVENT_ITEMS_SQL = {
    "figures": "INSERT INTO alert_event_figures (event_id, figure_id) VALUES (?, ?)",
    "notes": "INSERT INTO alert_event_notes (event_id, note_id) VALUES (?, ?)",
}
_EVENT_CONTENTS_SQL = (
    "SELECT e.id, e.company_id, 'figure' AS what, f.figure_id AS item FROM alert_events e "
    "JOIN alert_event_figures f ON f.event_id = e.id WHERE e.id IN ({marks}) "
    "UNION ALL SELECT e.id, e.company_id, 'note', n.note_id FROM alert_events e "
    "JOIN alert_event_notes n ON n.event_id = e.id WHERE e.id IN ({marks}) ORDER BY 4"
)
_DELIVERIES_COLUMNS = (
    "SELECT id, event_id, subscription_id, idempotency_key, status, attempts, next_attempt_at, last_error "
    "FROM alert_deliveries "
)
# two constant statements: no SQL text is built per call
_DELIVERIES_SQL = _DELIVERIES_COLUMNS + "ORDER BY id"
_DELIVERIES_BY_STATUS_SQL = _DELIVERIES_COLUMNS + "WHERE status = ? ORDER BY id"


async def _event_contents(
    conn: aiosqlite.Connection, event_ids: Sequence[int]
) -> dict[int, tuple[str, list[int], list[int]]]:
    """event id -> (company id, figure ids, note ids)."""
    out: dict[int, tuple[str, list[int], list[int]]] = {}
    for chunk in _chunks(event_ids, 400):
        sql = _EVENT_CONTENTS_SQL.format(marks=_marks(len(chunk)))
        async with conn.execute(sql, chunk + chunk) as cur:
            for r in await cur.fetchall():
                event = out.setdefault(r["id"], (r["company_id"], [], []))
                event[1 if r["what"] == "figure" else 2].append(int(r["item"]))
    return out


# constant statements whose only slot is a run of ? placeholders: values are always bound
_SUBS_BY_ID_SQL = "SELECT id, platform, target, lang FROM alert_subscriptions WHERE id IN ({marks})"


def _marks(n: int) -> str:
    """n ? placeholders for an IN list."""
    return ",".join("?" * n)


def _chunks(items: Sequence[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
