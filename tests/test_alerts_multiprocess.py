"""Several alert workers on one PostgreSQL: 3 `capexbot alerts dispatch` processes share the outbox
(claims with FOR UPDATE SKIP LOCKED), two of them are SIGKILLed at random points mid-delivery and
restarted. Every delivery arrives, a receiver that dedupes on Idempotency-Key keeps each key once
(every re-send carried the same body), and nothing is left pending."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time

from alerts_receiver import Receiver
from pg_server import PgServer
from test_alerts_crash import child_env
from test_alerts_storage import meta_q3

from storage.store import Storage

SUBSCRIPTIONS = 500
EVENTS = 20  # 10,000 deliveries
WORKERS = 3


async def _start(cmd: list[str], env: dict[str, str], cwd) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        *cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


async def _stopped(proc: asyncio.subprocess.Process, timeout: float = 30.0) -> str:
    """The worker's stderr once it has exited. A worker still running `timeout` s after SIGTERM is
    aborted, and the failure shows where each of its threads was (faulthandler's dump on SIGABRT)."""
    try:
        _, err = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except TimeoutError:
        proc.send_signal(signal.SIGABRT)
        _, err = await asyncio.wait_for(proc.communicate(), timeout=10)
        raise AssertionError(f"worker still running {timeout:g} s after SIGTERM:\n{err.decode()[-4000:]}") from None
    return err.decode()


async def test_three_workers_two_killed_deliver_every_alert_once(tmp_path, pg_server: PgServer, pg_template):
    seed = int(os.environ.get("ALERTS_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    url = pg_server.create_database(template=pg_template)
    receiver = await Receiver(latency=(0.0, 0.01)).start()
    procs: list[asyncio.subprocess.Process] = []
    try:
        storage = await Storage.open(url)
        for i in range(SUBSCRIPTIONS):
            await storage.subscriptions.subscribe("webhook", receiver.url(f"t{i}"), None, lang="fr" if i % 2 else "en")
        for n in range(EVENTS):
            await storage.figures.add(meta_q3(value=30_000_000_000 + n, accession=f"acc-{n}"), origin="import")
        keys = {d["idempotency_key"] for d in await storage.outbox.deliveries()}
        await storage.close()
        assert len(keys) == SUBSCRIPTIONS * EVENTS

        env = child_env(url)
        env.update(ALERTS_CONCURRENCY="40", ALERTS_LEASE_SECONDS="20", PYTHONFAULTHANDLER="1")
        cmd = [sys.executable, "-m", "bot", "alerts", "dispatch"]
        procs = [await _start(cmd, env, tmp_path) for _ in range(WORKERS)]
        started = time.monotonic()
        killed_at = []
        for victim, share in ((0, rng.uniform(0.1, 0.3)), (1, rng.uniform(0.4, 0.6))):
            await receiver.wait_for(lambda s=share: len(receiver.accepted) >= s * len(keys), timeout=120)
            await asyncio.sleep(rng.uniform(0.0, 0.3))
            procs[victim].send_signal(signal.SIGKILL)
            assert await procs[victim].wait() == -signal.SIGKILL
            killed_at.append(len(receiver.accepted))
            procs[victim] = await _start(cmd, env, tmp_path)  # restarted
        await receiver.wait_for(lambda: set(receiver.accepted) >= keys, timeout=240)
        elapsed = time.monotonic() - started
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            err = await _stopped(proc)
            assert proc.returncode == 0, err[-2000:]

        assert all(0 < k < len(keys) for k in killed_at), (seed, killed_at)  # killed mid-delivery
        assert set(receiver.accepted) == keys
        bodies: dict[str, dict] = {}
        for req in receiver.requests:
            if req.status == 200:
                assert bodies.setdefault(req.key, req.body) == req.body, f"seed {seed}: key re-sent with another body"
        resent = sum(receiver.accepted.values()) - len(keys)
        print(f"seed {seed}: {len(keys)} deliveries in {elapsed:.1f}s, kills at {killed_at}, {resent} re-sends deduped")

        storage = await Storage.open(url)
        try:
            assert await storage.outbox.counts() == {"sent": len(keys)}
        finally:
            await storage.close()
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        await receiver.close()
        pg_server.drop_database(url)
