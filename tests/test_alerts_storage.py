"""Alert subscriptions and the outbox against a real SQLite file."""

from __future__ import annotations

import os

import pytest

from storage.alerts import Outcome
from storage.models import NewFigure
from storage.store import Storage

pytestmark = pytest.mark.both_backends


def meta_q3(value: int = 32_100_000_000, accession: str | None = "0001326801-26-000100") -> list[NewFigure]:
    """Several figures from one filing (quarter, another definition, and a guidance update)."""
    src = "Meta Q3 2026 earnings release (8-K ex. 99.1)"
    return [
        NewFigure(
            "meta", "Q3-2026", "2026-07-01", "2026-09-30", "actual", "ppe_incl_finance_lease_principal",
            src, value_usd=value, accession=accession, announced="2026-10-29",
        ),
        NewFigure(
            "meta", "Q3-2026", "2026-07-01", "2026-09-30", "actual", "ppe_cash",
            src, value_usd=value - 1_000_000_000, accession=accession, announced="2026-10-29",
        ),
        NewFigure(
            "meta", "FY2026", "2026-01-01", "2026-12-31", "guidance", "ppe_incl_finance_lease_principal",
            src, low_usd=135_000_000_000, high_usd=150_000_000_000, accession=accession,
            announced="2026-10-29",
        ),
    ]  # fmt: skip


def alphabet_guidance() -> list[NewFigure]:
    return [
        NewFigure(
            "alphabet", "FY2026", "2026-01-01", "2026-12-31", "guidance", "ppe_cash",
            "Alphabet Q3 2026 earnings call", low_usd=195_000_000_000, high_usd=205_000_000_000,
            announced="2026-10-28",
        )
    ]  # fmt: skip


async def test_subscribe_is_idempotent_and_unsubscribe_too(storage: Storage):
    first = await storage.subscriptions.subscribe("discord", "123", "meta", created_by="u1")
    again = await storage.subscriptions.subscribe("discord", "123", "meta", created_by="u2")
    assert first.outcome == "created" and again.outcome == "exists"
    assert again.subscription.id == first.subscription.id
    everything = await storage.subscriptions.subscribe("discord", "123", None)
    assert everything.outcome == "created"
    assert len(await storage.subscriptions.for_target("discord", "123")) == 2

    removed = await storage.subscriptions.unsubscribe("discord", "123", "meta")
    assert [s.id for s in removed] == [first.subscription.id]
    assert await storage.subscriptions.unsubscribe("discord", "123", "meta") == []
    live = await storage.subscriptions.for_target("discord", "123")
    assert [(s.company_id, s.status) for s in live] == [(None, "active")]
    # a removed subscription is history, and subscribing again makes a new one
    again = await storage.subscriptions.subscribe("discord", "123", "meta")
    assert again.outcome == "created" and again.subscription.id != first.subscription.id


async def test_no_backfill_one_event_per_filing_and_reimport_creates_nothing(storage: Storage):
    await storage.figures.add(meta_q3(), origin="import")  # before anyone subscribed
    assert await storage.outbox.counts() == {}

    sub_meta = (await storage.subscriptions.subscribe("webhook", "http://127.0.0.1:9/a", "meta")).subscription
    sub_all = (await storage.subscriptions.subscribe("matrix", "!room:x", None)).subscription
    await storage.subscriptions.subscribe("discord", "555", "alphabet")
    assert await storage.outbox.counts() == {}, "subscribing must not backfill old events"

    inserted = await storage.figures.add(meta_q3(value=33_000_000_000, accession="acc-2"), origin="import")
    assert len(inserted) == 2  # the guidance row is the same fact (same date, same range)
    events = await storage.outbox.events()
    assert len(events) == 1, "several figures from one filing make one event"
    assert events[0]["company_id"] == "meta"
    assert events[0]["figure_ids"] == sorted(f.id for f in inserted)
    deliveries = await storage.outbox.deliveries()
    assert sorted(d["subscription_id"] for d in deliveries) == sorted([sub_meta.id, sub_all.id])
    keys = [d["idempotency_key"] for d in deliveries]
    assert len(set(keys)) == 2 and all(len(k) <= 25 for k in keys)

    # the same figures again: nothing new, so nothing at all
    assert await storage.figures.add(meta_q3(value=33_000_000_000, accession="acc-2"), origin="import") == []
    assert len(await storage.outbox.events()) == 1
    assert len(await storage.outbox.deliveries()) == 2

    # another company's filing reaches its subscriber and the "all" one, not Meta's
    await storage.figures.add(alphabet_guidance(), origin="import")
    events = await storage.outbox.events()
    assert [e["company_id"] for e in events] == ["meta", "alphabet"]
    alphabet_subs = {
        d["subscription_id"] for d in await storage.outbox.deliveries() if d["event_id"] == events[1]["id"]
    }
    assert sub_meta.id not in alphabet_subs and sub_all.id in alphabet_subs and len(alphabet_subs) == 2


async def test_one_alert_per_target_even_with_overlapping_subscriptions(storage: Storage):
    await storage.subscriptions.subscribe("discord", "1", None)
    await storage.subscriptions.subscribe("discord", "1", "meta")
    await storage.figures.add(meta_q3(), origin="import")
    assert len(await storage.outbox.deliveries()) == 1


async def test_hook_rolls_back_with_the_figures(storage: Storage):
    await storage.subscriptions.subscribe("discord", "1", None)

    async def boom(conn, inserted):
        raise RuntimeError("after the outbox hook")

    storage.figures.hooks.append(boom)
    with pytest.raises(RuntimeError):
        await storage.figures.add(meta_q3(), origin="import")
    storage.figures.hooks.remove(boom)
    assert await storage.outbox.counts() == {} and await storage.outbox.events() == []
    assert len(await storage.figures.add(meta_q3(), origin="import")) == 3
    assert await storage.outbox.counts() == {"pending": 1}


async def test_claim_lease_outcomes_and_gone_disables(storage: Storage):
    sub = (await storage.subscriptions.subscribe("webhook", "http://127.0.0.1:9/x", None)).subscription
    await storage.figures.add(meta_q3(), origin="import")
    await storage.figures.add(alphabet_guidance(), origin="import")
    outbox = storage.outbox
    claimed = await outbox.claim_due("w1", 10, lease_seconds=30, now=1e12)
    assert [c.company_id for c in claimed] == ["meta", "alphabet"]
    assert len(claimed[0].figure_ids) == 3 and claimed[0].attempts == 1
    # leased: nobody else gets them until the lease expires
    assert await outbox.claim_due("w2", 10, lease_seconds=30, now=1e12 + 1) == []
    again = await outbox.claim_due("w2", 10, lease_seconds=30, now=1e12 + 31)
    assert [c.id for c in again] == [c.id for c in claimed] and again[0].attempts == 2

    from storage.alerts import Outcome

    await outbox.record([Outcome(claimed[0].id, sub.id, "sent")])
    await outbox.record([Outcome(claimed[1].id, sub.id, "gone", delay=0, error="HTTP 410 Gone")], now=0)
    assert (await storage.subscriptions.get(sub.id)).gone_failures == 1
    await outbox.record([Outcome(claimed[1].id, sub.id, "gone", delay=0, error="HTTP 410 Gone")], now=0)
    disabled = await outbox.record(
        [Outcome(claimed[1].id, sub.id, "gone", delay=0, error="HTTP 410 Gone")], gone_threshold=3, now=0
    )
    assert disabled == [sub.id]
    after = await storage.subscriptions.get(sub.id)
    assert after.status == "disabled" and after.disabled_reason == "HTTP 410 Gone"
    assert await outbox.counts() == {"sent": 1, "cancelled": 1}
    # disabled subscriptions get nothing new; re-subscribing re-enables
    await storage.figures.add(meta_q3(value=1_000_000_000, accession="acc-x"), origin="import")
    assert await outbox.counts() == {"sent": 1, "cancelled": 1}
    res = await storage.subscriptions.subscribe("webhook", "http://127.0.0.1:9/x", None)
    assert res.outcome == "reactivated" and res.subscription.disabled_reason is None


async def test_dead_worker_leases_are_released(storage: Storage):
    await storage.subscriptions.subscribe("discord", "1", None)
    await storage.figures.add(meta_q3(), origin="import")
    import socket

    dead_owner = f"{socket.gethostname()}:999999:abc"
    assert len(await storage.outbox.claim_due(dead_owner, 5, lease_seconds=3600)) == 1
    assert await storage.outbox.claim_due("other", 5, lease_seconds=30) == []
    freed = await storage.outbox.release_dead_leases(alive=lambda pid: pid == os.getpid())
    assert freed == 1
    assert len(await storage.outbox.claim_due("other", 5, lease_seconds=30)) == 1


async def test_room_upgrade_moves_subscriptions(storage: Storage):
    await storage.subscriptions.subscribe("matrix", "!old:x", None, lang="fr")
    await storage.subscriptions.subscribe("matrix", "!old:x", "meta")
    await storage.subscriptions.subscribe("matrix", "!new:x", "meta")
    await storage.figures.add(meta_q3(), origin="import")  # one pending for !old, one for !new
    moved = await storage.subscriptions.move_target("matrix", "!old:x", "!new:x")
    assert moved == 2
    assert await storage.subscriptions.for_target("matrix", "!old:x") == []
    new = await storage.subscriptions.for_target("matrix", "!new:x")
    assert sorted((s.company_id or "*", s.moved_from or "") for s in new) == [("*", "!old:x"), ("meta", "")]
    assert new[0].lang == "fr"
    # both subscriptions were due the same alert in what is now one room: it gets it once
    assert await storage.outbox.counts() == {"pending": 1, "cancelled": 1}


async def test_recorded_outcomes(storage: Storage):
    sub = (await storage.subscriptions.subscribe("webhook", "http://127.0.0.1:9/h", None)).subscription
    for n in range(3):
        await storage.figures.add(meta_q3(value=1_000_000_000 + n, accession=f"a{n}"), origin="import")
    a, b, c = await storage.outbox.claim_due("w", 10, lease_seconds=60, now=1e12)
    await storage.outbox.record(
        [
            Outcome(a.id, sub.id, "sent"),
            Outcome(b.id, sub.id, "retry", delay=3600, error="HTTP 503"),
            Outcome(c.id, sub.id, "failed", error="HTTP 400 Bad Request"),
        ]
    )
    rows = {d["id"]: d for d in await storage.outbox.deliveries()}
    assert rows[a.id]["status"] == "sent"
    assert rows[b.id]["status"] == "pending" and rows[b.id]["last_error"] == "HTTP 503"
    assert rows[c.id]["status"] == "failed" and rows[c.id]["last_error"] == "HTTP 400 Bad Request"
    # the rescheduled one is not due now, and its lease was released
    assert await storage.outbox.claim_due("w2", 10, lease_seconds=60) == []
    assert len(await storage.outbox.claim_due("w2", 10, lease_seconds=60, now=1e12)) == 1


async def test_seed_and_backfills_never_alert(storage: Storage):
    await storage.subscriptions.subscribe("discord", "1", None)
    assert len(await storage.figures.add(meta_q3(), origin="sec-backfill")) == 3
    assert len(await storage.figures.add(alphabet_guidance(), origin="seed")) == 1
    assert await storage.outbox.counts() == {} and await storage.outbox.events() == []
    await storage.figures.add(meta_q3(value=5_000_000_000, accession="new"), origin="sec")
    assert await storage.outbox.counts() == {"pending": 1}
