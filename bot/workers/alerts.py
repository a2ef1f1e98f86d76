"""The alerts outbox worker: claim due deliveries under a lease -> compose -> send with the stable
idempotency key -> record the outcome (sent / retry with backoff / gone / failed).

Guarantees (with storage/alerts.py):
- nothing is marked sent before the target accepted it; a crash (even SIGKILL) between send and
  mark re-sends with the same key, which the receiver dedupes (webhook `Idempotency-Key`, Matrix
  txn id, Discord nonce); leases of a dead worker on this host are freed at once, others expire;
- retries use exponential backoff with jitter; 429 `Retry-After` / `retry_after(_ms)` is honoured
  (and a Discord *global* 429 pauses the whole platform);
- a per-target token bucket (one channel/room/URL) and a per-platform global one keep a 10,000-target
  fan-out under the platform's limits and leave room for command replies;
- on PostgreSQL the enqueueing transaction NOTIFYs and the worker LISTENs (storage/notify.py), so
  figures committed by another process (the CLI, a cron import, another bot) wake it at once; it
  still polls, every LISTEN_FALLBACK_S while listening, in case the listener's connection died
  silently. On SQLite, which has no such channel, it polls every ALERTS_POLL_SECONDS (0.5 s), so a
  commit is alerted within a second or two.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Any

from bot.observe import observer_of
from bot.platforms.delivery import MAX_RETRY_AFTER, Adapter, DeliveryResult, Target
from bot.platforms.webhook.adapter import redact_url
from bot.settings import Settings
from commands import alert_text
from commands.services import Services
from commands.types import Reply
from storage.alerts import Claimed, Outcome, lease_owner_id
from storage.backoff import backoff_delay
from storage.errors import StorageBusy
from storage.notify import Wakeup

log = logging.getLogger("capexbot.alerts")

NOT_CONFIGURED_RETRY_S = 300.0
DEFER_IF_TARGET_WAIT_OVER_S = 1.0
REAP_EVERY_S = 5.0
LISTEN_FALLBACK_S = 10.0  # the poll while LISTEN/NOTIFY wakes the worker (PostgreSQL)
FLUSH_EVERY_S = 0.05
CANCEL_GRACE_S = 3.0  # after the 2 s grace, how long cancelled sends get to unwind


@dataclass(frozen=True)
class WorkerConfig:
    global_rate: float = 20.0
    global_burst: int = 10
    target_rate: float = 0.5
    target_burst: int = 3
    concurrency: int = 50
    lease_seconds: float = 120.0
    poll_seconds: float = 0.5
    retry_base: float = 2.0
    retry_max: float = 900.0
    max_attempts: int = 15
    gone_threshold: int = 3
    gone_retry_min: float = 60.0

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkerConfig:
        return cls(
            global_rate=settings.alerts_global_rate,
            global_burst=settings.alerts_global_burst,
            target_rate=settings.alerts_target_rate,
            target_burst=settings.alerts_target_burst,
            concurrency=settings.alerts_concurrency,
            lease_seconds=max(settings.alerts_lease_seconds, settings.alerts_webhook_timeout * 2 + 5),
            poll_seconds=settings.alerts_poll_seconds,
            retry_base=settings.alerts_retry_base_seconds,
            retry_max=settings.alerts_retry_max_seconds,
            max_attempts=settings.alerts_max_attempts,
            gone_threshold=settings.alerts_gone_threshold,
            gone_retry_min=settings.alerts_gone_retry_seconds,
        )


class RateLimiter:
    """A token bucket as GCRA: `rate` per second on average, bursts of up to `burst`."""

    def __init__(self, rate: float, burst: int) -> None:
        self.interval = 1.0 / rate
        self.tolerance = (max(1, burst) - 1) * self.interval
        self.tat = 0.0  # theoretical arrival time of the next request

    def wait_time(self, now: float) -> float:
        return max(0.0, max(self.tat, now) - self.tolerance - now)

    def reserve(self, now: float) -> float:
        """Take the next slot; returns how long to wait before using it."""
        wait = self.wait_time(now)
        self.tat = max(self.tat, now) + self.interval
        return wait

    def hold(self, until: float) -> None:
        """Nothing before `until` (a 429 said so)."""
        self.tat = max(self.tat, until + self.tolerance)


def describe(platform: str, target: str) -> str:
    """A target as it may appear in logs (webhook URLs redacted)."""
    return f"webhook {redact_url(target)}" if platform == "webhook" else f"{platform} {target}"


class AlertWorker:
    name = "alerts"

    def __init__(self, services: Services, adapters: dict[str, Adapter], config: WorkerConfig) -> None:
        self.services = services
        self.storage = services.storage
        self.adapters = adapters  # the running network adapters, by platform name
        self.config = config
        self.owner = lease_owner_id()
        self.stats: Counter[str] = Counter()
        self.disabled: list[int] = []
        self._inflight: set[asyncio.Task] = set()
        self._outcomes: list[Outcome] = []
        self._global: dict[str, RateLimiter] = {}
        self._targets: OrderedDict[tuple[str, str], RateLimiter] = OrderedDict()
        self._paused_until: dict[str, float] = {}
        self._once_horizon = 0.0
        self._flush_lock = asyncio.Lock()
        self._replies: OrderedDict[tuple[int, str], Reply] = OrderedDict()
        self._wakeup = Wakeup()  # replaced by the outbox's listener while the loop runs

    # --- entry points
    async def run(self) -> None:
        """Deliver forever (until cancelled)."""
        await self._loop(once=False)

    async def run_once(self, *, wait_for_retries: float = 5.0) -> Counter[str]:
        """Deliver everything due now, and retries that fall due within `wait_for_retries`
        seconds; then return (later retries stay pending for the next run)."""
        self._once_horizon = wait_for_retries
        await self._loop(once=True)
        return self.stats

    # --- the loop
    async def _loop(self, *, once: bool) -> None:
        cfg, outbox = self.config, self.storage.outbox
        self._wakeup = outbox.wakeup()
        flusher = asyncio.create_task(self._flush_forever(), name="alerts-flush")
        last_reap = -REAP_EVERY_S
        try:
            await self._wakeup.start()
            while True:
                if time.monotonic() - last_reap >= REAP_EVERY_S:
                    with contextlib.suppress(StorageBusy):
                        freed = await outbox.release_dead_leases()
                        if freed:
                            log.info("alerts: took over %d deliveries from a worker that died", freed)
                    last_reap = time.monotonic()
                free = cfg.concurrency - len(self._inflight)
                if self._inflight and free < max(1, cfg.concurrency // 4):
                    # claim in batches, not one row per finished send
                    await asyncio.wait(
                        set(self._inflight), timeout=cfg.poll_seconds, return_when=asyncio.FIRST_COMPLETED
                    )
                    continue
                try:
                    claimed = await outbox.claim_due(self.owner, free, cfg.lease_seconds) if free > 0 else []
                except StorageBusy as exc:  # e.g. locked for longer than busy_timeout
                    log.warning("alerts: could not claim deliveries (%s); retrying", exc)
                    observer_of(self.services).degraded("alerts", f"cannot claim deliveries: {exc}")
                    await asyncio.sleep(1.0)
                    continue
                observer_of(self.services).ok("alerts")
                for item in claimed:
                    task = asyncio.create_task(self._deliver(item), name=f"alert-{item.id}")
                    self._inflight.add(task)
                    task.add_done_callback(self._inflight.discard)
                if free > 0 and len(claimed) == free:
                    await asyncio.wait(set(self._inflight), return_when=asyncio.FIRST_COMPLETED)
                    continue
                if self._inflight:
                    await self._wait_busy(self._poll_seconds())
                    continue
                if once and not claimed:
                    await self._flush()
                    nxt = await outbox.next_due_at()
                    if nxt is None or nxt > time.time() + self._once_horizon:
                        return
                    await asyncio.sleep(max(0.0, min(cfg.poll_seconds, nxt - time.time())))
                    continue
                if not claimed:
                    await self._wakeup.wait(await self._idle_sleep())
        finally:
            await self._shutdown(flusher)
            await self._wakeup.close()

    def _poll_seconds(self) -> float:
        """How often to look for due work unprompted: rarely while NOTIFY wakes us."""
        if self._wakeup.listening:
            return max(self.config.poll_seconds, LISTEN_FALLBACK_S)
        return self.config.poll_seconds

    async def _idle_sleep(self) -> float:
        nxt = await self.storage.outbox.next_due_at()
        if nxt is None:
            return self._poll_seconds()
        return min(self._poll_seconds(), max(0.01, nxt - time.time()))

    async def _wait_busy(self, timeout: float) -> None:
        """Until a send finishes, new work is announced, or `timeout`."""
        woken = asyncio.create_task(self._wakeup.wait(timeout))
        await asyncio.wait({*self._inflight, woken}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        woken.cancel()
        await asyncio.gather(woken, return_exceptions=True)

    async def _shutdown(self, flusher: asyncio.Task) -> None:
        """Runs to its end even if cancelled again meanwhile (a second SIGTERM, Ctrl-C twice): an
        interrupted shutdown lost the outcomes of sends already on the wire, so they were re-sent
        after a restart. Bounded: a 2 s grace for sends, then one flush. The cancellation is
        re-raised once it is done."""
        steps = asyncio.ensure_future(self._shutdown_steps(flusher))
        cancelled = False
        while True:
            try:
                await asyncio.shield(steps)
                break
            except asyncio.CancelledError:
                if steps.cancelled():
                    raise
                cancelled = True
        if cancelled:
            raise asyncio.CancelledError

    async def _shutdown_steps(self, flusher: asyncio.Task) -> None:
        if self._inflight:
            # a short grace for sends already on the wire, then give the rest back
            _, pending = await asyncio.wait(set(self._inflight), timeout=2.0)
            for task in pending:
                task.cancel()
            if pending:
                # bounded: a cancellation can be lost (a send waiting for a pooled connection at the
                # moment one is handed over), and one such task must not hold the whole stop; what
                # it had claimed is released below and re-sent later under the same key
                _, stuck = await asyncio.wait(pending, timeout=CANCEL_GRACE_S)
                if stuck:
                    log.warning("alerts: %d sends did not stop when cancelled; stopping without them", len(stuck))
        flusher.cancel()
        await asyncio.gather(flusher, return_exceptions=True)
        try:
            await self._flush()
            await self.storage.outbox.release(self.owner)
        except Exception:
            log.exception("alerts: could not record the last outcomes (they will be re-sent, same keys)")

    async def _flush_forever(self) -> None:
        while True:
            await asyncio.sleep(FLUSH_EVERY_S)
            try:
                await self._flush()
            except Exception:
                log.exception("alerts: recording outcomes failed; will retry")
                await asyncio.sleep(1.0)

    async def _flush(self) -> None:
        # one writer at a time, and a caller returns only once everything handed in is recorded
        async with self._flush_lock:
            await self._flush_locked()

    async def _flush_locked(self) -> None:
        if not self._outcomes:
            return
        batch, self._outcomes = self._outcomes, []
        try:
            disabled = await self.storage.outbox.record(batch, gone_threshold=self.config.gone_threshold)
        except BaseException:
            self._outcomes[:0] = batch
            raise
        for sid in disabled:
            sub = await self.storage.subscriptions.get(sid)
            if sub is not None:
                log.warning(
                    "alerts: subscription %d (%s) disabled: %s",
                    sid,
                    describe(sub.platform, sub.target),
                    sub.disabled_reason,
                )
        self.disabled.extend(disabled)

    # --- one delivery
    async def _deliver(self, item: Claimed) -> None:
        try:
            outcome = await self._attempt(item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("alerts: delivery %d crashed", item.id)
            outcome = self._failure(item, f"internal error: {type(exc).__name__}")
        self.stats[outcome.kind] += 1
        self._outcomes.append(outcome)

    async def _attempt(self, item: Claimed) -> Outcome:
        adapter = self.adapters.get(item.platform)
        if adapter is None:
            return Outcome(
                item.id,
                item.subscription_id,
                "defer",
                delay=NOT_CONFIGURED_RETRY_S,
                error=f"{item.platform} is not configured for sending",
            )
        loop_now = time.monotonic()
        target_key = (item.platform, item.target)
        bucket = self._target_bucket(target_key)
        wait = bucket.wait_time(loop_now)
        if wait > DEFER_IF_TARGET_WAIT_OVER_S:
            return Outcome(item.id, item.subscription_id, "defer", delay=wait, error=None)
        await asyncio.sleep(bucket.reserve(loop_now))
        pause = self._paused_until.get(item.platform, 0.0) - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        glob = self._global.setdefault(
            item.platform, RateLimiter(self.config.global_rate, self.config.global_burst)
        )
        await asyncio.sleep(glob.reserve(time.monotonic()))

        target, reply = await self._alert(item)
        result = await adapter.send(target, reply, item.idempotency_key)
        return self._outcome(item, result, bucket)

    def _outcome(self, item: Claimed, result: DeliveryResult, bucket: RateLimiter) -> Outcome:
        outcome = self._judge(item, result, bucket)
        metric = {"sent": "delivered", "failed": "failed"}.get(outcome.kind, "retried")
        observer_of(self.services).alerts.labels(outcome=metric).inc()
        return outcome

    def _judge(self, item: Claimed, result: DeliveryResult, bucket: RateLimiter) -> Outcome:
        where = describe(item.platform, item.target)
        if result.status == "sent":
            log.debug("alerts: delivery %d sent to %s", item.id, where)
            return Outcome(item.id, item.subscription_id, "sent", moved_to=result.moved_to)
        if result.status == "retry_after":
            seconds = min(max(0.0, result.retry_after), MAX_RETRY_AFTER)  # NaN: max() keeps 0.0
            bucket.hold(time.monotonic() + seconds)
            if result.scope == "global":
                self._paused_until[item.platform] = time.monotonic() + seconds
            log.info("alerts: %s asked us to wait %.1f s (%s)", where, seconds, result.reason)
            delay = seconds + random.uniform(0.0, min(1.0, 0.1 * seconds + 0.05))
            return Outcome(item.id, item.subscription_id, "defer", delay=delay, error=result.reason)
        if result.status in ("gone", "forbidden"):
            log.info("alerts: %s is %s: %s", where, result.status, result.reason)
            return Outcome(
                item.id,
                item.subscription_id,
                "gone",
                delay=max(self.config.gone_retry_min, self._backoff(item.attempts)),
                error=result.reason,
            )
        log.info(
            "alerts: delivery %d to %s failed (attempt %d): %s", item.id, where, item.attempts, result.reason
        )
        return self._failure(item, result.reason)

    def _failure(self, item: Claimed, reason: str) -> Outcome:
        if item.attempts >= self.config.max_attempts:
            return Outcome(
                item.id,
                item.subscription_id,
                "failed",
                error=f"gave up after {item.attempts} attempts: {reason}",
            )
        return Outcome(
            item.id, item.subscription_id, "retry", delay=self._backoff(item.attempts), error=reason
        )

    def _backoff(self, attempts: int) -> float:
        return backoff_delay(attempts, self.config.retry_base, self.config.retry_max)

    def _target_bucket(self, key: tuple[str, str]) -> RateLimiter:
        bucket = self._targets.get(key)
        if bucket is None:
            bucket = RateLimiter(self.config.target_rate, self.config.target_burst)
            self._targets[key] = bucket
            if len(self._targets) > 50_000:
                self._targets.popitem(last=False)
        else:
            self._targets.move_to_end(key)
        return bucket

    async def _alert(self, item: Claimed) -> tuple[Target, Reply]:
        snap = await self.storage.catalog.snapshot()
        key = (item.event_id, item.lang)
        reply = self._replies.get(key)
        if reply is None:
            reply = alert_text.compose(item.company_id, item.figure_ids, snap, item.lang, item.note_ids)
            self._replies[key] = reply
            if len(self._replies) > 512:
                self._replies.popitem(last=False)
        payload: dict[str, Any] = {}
        if item.platform == "webhook":
            payload = alert_text.webhook_payload(
                reply,
                event_id=item.event_id,
                subscription_id=item.subscription_id,
                company_id=item.company_id,
                snap=snap,
                idempotency_key=item.idempotency_key,
            )
        return Target(item.target, payload=payload), reply


def build(settings: Settings, services: Services, adapters: dict[str, Adapter]) -> AlertWorker | None:
    """The worker `capexbot run` supervises, handed the running adapters (no second login)."""
    if not settings.alerts_enabled:
        return None
    return AlertWorker(services, adapters, WorkerConfig.from_settings(settings))
