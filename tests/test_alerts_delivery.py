"""The outbox worker against a local webhook receiver: payload, keys, retries, 429, Gone, timeouts."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_process import capexbot_async  # noqa: E402
from test_alerts_storage import alphabet_guidance, meta_q3  # noqa: E402

from bot.platforms.delivery import retry_after_from  # noqa: E402
from bot.platforms.webhook.adapter import WebhookAdapter, redact_url, validate_url  # noqa: E402
from bot.workers.alerts import AlertWorker, RateLimiter, WorkerConfig  # noqa: E402
from commands.services import Services  # noqa: E402
from storage.store import Storage  # noqa: E402

pytestmark = pytest.mark.both_backends

FAST = WorkerConfig(
    global_rate=1000,
    global_burst=100,
    target_rate=1000,
    target_burst=100,
    concurrency=20,
    lease_seconds=30,
    poll_seconds=0.05,
    retry_base=0.05,
    retry_max=0.2,
    max_attempts=6,
    gone_threshold=3,
    gone_retry_min=0.0,
)
ASK_JSON_FIGURE_KEYS = {
    "company", "ticker", "period", "period_start", "period_end", "kind", "value_usd", "low_usd",
    "high_usd", "definition", "source", "date",
}  # fmt: skip




def worker_for(storage: Storage, config: WorkerConfig = FAST, timeout: float = 2.0) -> AlertWorker:
    return AlertWorker(Services(storage), {"webhook": WebhookAdapter(timeout=timeout)}, config)


async def run_once(storage: Storage, **kw) -> AlertWorker:
    worker = worker_for(storage, **kw)
    try:
        await asyncio.wait_for(worker.run_once(), timeout=20)
    finally:
        await worker.adapters["webhook"].close()
    return worker


async def test_webhook_payload_key_and_exactly_one_alert_per_filing(storage, receiver):
    sub = (
        await storage.subscriptions.subscribe("webhook", receiver.url("a"), "meta", lang="en")
    ).subscription
    await storage.subscriptions.subscribe("webhook", receiver.url("fr"), None, lang="fr")
    await storage.figures.add(meta_q3(), origin="import")
    worker = await run_once(storage)
    assert worker.stats == {"sent": 2}
    assert await storage.outbox.counts() == {"sent": 2}
    by_name = {r.name: r for r in receiver.requests}
    assert set(by_name) == {"a", "fr"} and len(receiver.requests) == 2
    keys = {d["subscription_id"]: d["idempotency_key"] for d in await storage.outbox.deliveries()}
    en = by_name["a"]
    assert en.key == keys[sub.id]
    body = en.body
    assert body["subscription_id"] == sub.id and body["company"] == "Meta Platforms"
    assert body["event_id"] == (await storage.outbox.events())[0]["id"]
    assert body["title"] == "Capex alert: Meta Platforms (META)"
    assert body["text"].splitlines()[0] == "Meta Platforms Q3 2026 capex $32.1B, +66% YoY"
    assert "raised 2026 guidance to $135–150B (was $130–145B)" in body["text"]
    assert len(body["figures"]) == 3 and all(set(f) == ASK_JSON_FIGURE_KEYS for f in body["figures"])
    assert body["allowed_mentions"] == {"parse": []}
    fr = by_name["fr"].body
    assert fr["lang"] == "fr" and fr["text"].startswith(
        "Meta Platforms T3 2026\u202f: investissements 32,1\u202fMd$"
    )

    # a re-import that changes nothing sends nothing
    assert await storage.figures.add(meta_q3(), origin="import") == []
    worker = await run_once(storage)
    assert worker.stats == {} and len(receiver.requests) == 2


async def test_retries_with_backoff_keep_the_key(storage, receiver):
    receiver.script["flaky"] = ["500", "500", "ok"]
    await storage.subscriptions.subscribe("webhook", receiver.url("flaky"), None)
    await storage.figures.add(alphabet_guidance(), origin="import")
    worker = await run_once(storage)
    assert worker.stats == {"retry": 2, "sent": 1}
    statuses = [r.status for r in receiver.requests]
    assert statuses == [500, 500, 200]
    assert len({r.key for r in receiver.requests}) == 1
    gaps = [b.at - a.at for a, b in zip(receiver.requests, receiver.requests[1:], strict=False)]
    assert all(g >= 0.02 for g in gaps)  # backoff base 0.05 s, jitter 0.5-1.0
    [row] = await storage.outbox.deliveries()
    assert row["status"] == "sent" and row["attempts"] == 3


async def test_429_retry_after_is_honoured(storage, receiver):
    receiver.retry_after = 1.0
    receiver.script["slow"] = ["429", "ok"]
    receiver.script["matrixish"] = ["429ms", "ok"]
    await storage.subscriptions.subscribe("webhook", receiver.url("slow"), None)
    await storage.subscriptions.subscribe("webhook", receiver.url("matrixish"), None)
    await storage.figures.add(alphabet_guidance(), origin="import")
    await run_once(storage)
    for name in ("slow", "matrixish"):
        reqs = [r for r in receiver.requests if r.name == name]
        assert [r.status for r in reqs] == [429, 200]
        assert reqs[1].at - reqs[0].at >= 0.95, "retried before Retry-After elapsed"
        assert reqs[0].key == reqs[1].key
    assert await storage.outbox.counts() == {"sent": 2}
    # a 429 does not count as a failed attempt
    assert all(d["attempts"] == 1 for d in await storage.outbox.deliveries())


async def test_gone_disables_after_consecutive_failures_with_reason(storage, receiver, tmp_path):
    receiver.script["dead"] = ["410"] * 10
    sub = (await storage.subscriptions.subscribe("webhook", receiver.url("dead"), None)).subscription
    await storage.subscriptions.subscribe("webhook", receiver.url("alive"), None)
    await storage.figures.add(alphabet_guidance(), origin="import")
    worker = await run_once(storage)
    dead = [r for r in receiver.requests if r.name == "dead"]
    assert len(dead) == 3, "disabled after three consecutive Gone answers, then left alone"
    after = await storage.subscriptions.get(sub.id)
    assert after.status == "disabled" and after.disabled_reason == "HTTP 410 Gone"
    assert worker.disabled == [sub.id]
    counts = await storage.outbox.counts()
    assert counts == {"sent": 1, "cancelled": 1}
    # new figures do not go to the disabled subscription
    await storage.figures.add(meta_q3(), origin="import")
    await run_once(storage)
    assert len([r for r in receiver.requests if r.name == "dead"]) == 3


async def test_hanging_receiver_times_out_and_is_retried(storage, receiver):
    receiver.script["hang"] = ["hang", "ok"]
    await storage.subscriptions.subscribe("webhook", receiver.url("hang"), None)
    await storage.figures.add(alphabet_guidance(), origin="import")
    started = time.monotonic()
    worker = await run_once(storage, timeout=0.5)
    assert worker.stats == {"retry": 1, "sent": 1}
    assert time.monotonic() - started < 5
    [row] = await storage.outbox.deliveries()
    assert row["status"] == "sent" and row["attempts"] == 2


async def test_gives_up_after_max_attempts_and_says_why(storage, receiver):
    receiver.script["broken"] = ["500"] * 20
    await storage.subscriptions.subscribe("webhook", receiver.url("broken"), None)
    await storage.figures.add(alphabet_guidance(), origin="import")
    config = WorkerConfig(**{**FAST.__dict__, "max_attempts": 3})
    await run_once(storage, config=config)
    [row] = await storage.outbox.deliveries()
    assert (
        row["status"] == "failed"
        and row["last_error"] == "gave up after 3 attempts: HTTP 500 Internal Server Error"
    )
    assert len(receiver.requests) == 3


async def test_per_target_rate_limit(storage, receiver, monkeypatch):
    """4 alerts to one target at 4/s with no burst: each send waits for its own slot 0.25 s after
    the previous one. Asserted on the slots the worker takes (when each send may leave), not on wall
    clock arrivals, which bunch up on a loaded machine; asyncio.sleep never returns early, so a send
    never leaves before its slot."""
    await storage.subscriptions.subscribe("webhook", receiver.url("one"), None)
    for n in range(4):
        await storage.figures.add(meta_q3(value=10_000_000_000 + n, accession=f"acc-{n}"), origin="import")
    slots: list[float] = []
    reserve = RateLimiter.reserve

    def recorded(self, now: float) -> float:
        wait = reserve(self, now)
        if self.interval == 0.25:  # the per-target bucket (the platform-wide one has its own rate)
            slots.append(now + wait)
        return wait

    monkeypatch.setattr(RateLimiter, "reserve", recorded)
    config = WorkerConfig(**{**FAST.__dict__, "target_rate": 4.0, "target_burst": 1})
    await run_once(storage, config=config)
    assert len(slots) == 4 and len(receiver.accepted) == 4
    gaps = [b - a for a, b in zip(slots, slots[1:], strict=False)]
    assert min(gaps) >= 0.25 - 1e-6, gaps


def test_rate_limiter_spaces_slots_and_allows_the_burst():
    bucket = RateLimiter(rate=2.0, burst=3)
    waits = [bucket.reserve(100.0) for _ in range(5)]
    assert waits == [0.0, 0.0, 0.0, 0.5, 1.0]  # 3 at once, then one every 0.5 s
    bucket.hold(200.0)  # a 429 said "not before 200"
    assert bucket.reserve(150.0) == 50.0


async def test_worker_delivers_what_another_process_commits_within_5_s(storage, receiver, tmp_path):
    await storage.subscriptions.subscribe("webhook", receiver.url("live"), None)
    worker = worker_for(storage, config=WorkerConfig(**{**FAST.__dict__, "poll_seconds": 0.5}))
    task = asyncio.create_task(worker.run())
    try:
        csv_path = tmp_path / "new.csv"
        csv_path.write_text(
            "company,fiscal_period,period_start,period_end,kind,value_usd,low_usd,high_usd,currency,"
            "definition,source_title,source_url,accession,date\n"
            "microsoft,Q1-2027,2026-07-01,2026-09-30,actual,40000000000,,,USD,ppe_cash,"
            "Microsoft FY27 Q1 10-Q,,0000789019-26-000001,2026-10-28\n",
            encoding="utf-8",
        )
        path = str(storage.db.path)
        setting = "CAPEXBOT_DATABASE_URL" if path.startswith("postgresql://") else "CAPEXBOT_DB"
        code, _, err = await capexbot_async("import", str(csv_path), cwd=tmp_path, env={setting: path})
        assert code == 0, err
        committed = time.monotonic()
        await receiver.wait_for(lambda: len(receiver.accepted) == 1, timeout=5)
        assert time.monotonic() - committed < 5
        assert receiver.requests[0].body["company"] == "Microsoft"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await worker.adapters["webhook"].close()
    assert await storage.outbox.counts() == {"sent": 1}  # the stopped worker recorded its outcomes


def test_rate_limiter_and_retry_after_parsing():
    bucket = RateLimiter(rate=10, burst=3)
    waits = [bucket.reserve(100.0) for _ in range(5)]
    assert waits[:3] == [0.0, 0.0, 0.0] and waits[3] == pytest.approx(0.1) and waits[4] == pytest.approx(0.2)
    assert retry_after_from("2") == 2.0
    assert retry_after_from(None, {"retry_after_ms": 1500}) == 1.5
    assert retry_after_from(None, {"retry_after": 0.25}) == 0.25
    assert retry_after_from("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_from("soon", default=7) == 7


def test_webhook_urls_validated_and_redacted():
    assert validate_url(" https://hooks.example.org/x ") == "https://hooks.example.org/x"
    for bad in (
        "ftp://example.org/x",
        "javascript:alert(1)",
        "https://",
        "file:///etc/passwd",
        "http://a b/",
    ):
        with pytest.raises(ValueError):
            validate_url(bad)
    secret = "https://user:hunter2@discord.example/api/webhooks/123/SECRETTOKEN?token=abc"
    shown = redact_url(secret)
    assert (
        "hunter2" not in shown and "SECRETTOKEN" not in shown and "abc" not in shown and "user" not in shown
    )
    assert shown.startswith("https://discord.example/api/…")


async def test_gone_is_not_retried_within_a_minute_by_default(storage, receiver):
    receiver.script["blip"] = ["404"]
    sub = (await storage.subscriptions.subscribe("webhook", receiver.url("blip"), None)).subscription
    await storage.figures.add(alphabet_guidance(), origin="import")
    worker = worker_for(storage, config=WorkerConfig(**{**FAST.__dict__, "gone_retry_min": 60.0}))
    try:
        await asyncio.wait_for(worker.run_once(wait_for_retries=1.0), timeout=10)
    finally:
        await worker.adapters["webhook"].close()
    assert len(receiver.requests) == 1
    [row] = await storage.outbox.deliveries()
    assert row["status"] == "pending" and row["next_attempt_at"] >= time.time() + 55
    after = await storage.subscriptions.get(sub.id)
    assert after.status == "active" and after.gone_failures == 1


class _DeafToCancel(WebhookAdapter):
    """A send whose cancellation is lost (as a task waiting for a pooled connection can lose it):
    it swallows the cancel and keeps waiting."""

    def __init__(self) -> None:
        super().__init__(timeout=2.0)
        self.started = asyncio.Event()

    async def send(self, target, reply, idempotency_key):
        self.started.set()
        for _ in range(2):
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:
                continue  # lost: the task runs on
        raise AssertionError("not reached within the test")


async def test_a_send_that_ignores_cancel_does_not_hold_the_stop(storage, receiver):
    await storage.subscriptions.subscribe("webhook", receiver.url("deaf"), None)
    await storage.figures.add(alphabet_guidance(), origin="import")
    adapter = _DeafToCancel()
    worker = AlertWorker(Services(storage), {"webhook": adapter}, FAST)
    run = asyncio.create_task(worker.run())
    stuck = []
    try:
        await asyncio.wait_for(adapter.started.wait(), timeout=10)
        stuck = [t for t in asyncio.all_tasks() if t.get_name().startswith("alert-")]
        started = time.monotonic()
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(run, timeout=15)
        took = time.monotonic() - started
        assert took < 8, f"stop took {took:.1f} s"
        # what the stuck send had claimed is given back, to be re-sent under the same key
        [row] = await storage.outbox.deliveries()
        assert row["status"] == "pending"
    finally:
        for task in stuck:
            task.cancel()
        await asyncio.gather(*stuck, return_exceptions=True)
        await adapter.close()
