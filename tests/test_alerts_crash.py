"""Crash safety of the outbox: `capexbot alerts dispatch` is SIGKILLed at random points, many
times, while it delivers a few hundred alerts; after a final run every delivery arrived, a receiver
that dedupes on Idempotency-Key saw each exactly once (and every re-send carried the same body),
nothing is pending and `capexbot db check` is clean."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402
from alerts_receiver import Receiver  # noqa: E402
from cli_process import database_env  # noqa: E402
from test_alerts_storage import meta_q3  # noqa: E402

from storage.store import Storage  # noqa: E402

SUBSCRIPTIONS = 40
EVENTS = 6  # 240 deliveries
MAX_KILLS = 8
pytestmark = pytest.mark.both_backends


def child_env(db: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "MATRIX_", "ALERTS_", "CAPEXBOT_DATABASE_URL"))
    }
    env.update(database_env(db))
    env.update(
        LOG_LEVEL="WARNING",
        ALERTS_GLOBAL_RATE="5000",
        ALERTS_GLOBAL_BURST="500",
        ALERTS_TARGET_RATE="1000",
        ALERTS_TARGET_BURST="100",
        ALERTS_CONCURRENCY="8",
        ALERTS_POLL_SECONDS="0.1",
        ALERTS_RETRY_BASE_SECONDS="0.05",
        ALERTS_RETRY_MAX_SECONDS="0.2",
        ALERTS_WEBHOOK_TIMEOUT="2",
    )
    return env


async def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(tmp_path, database_url):
    seed = int(os.environ.get("ALERTS_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    db = database_url
    receiver = await Receiver(latency=(0.02, 0.1)).start()
    try:
        storage = await Storage.open(db)
        for i in range(SUBSCRIPTIONS):
            await storage.subscriptions.subscribe(
                "webhook", receiver.url(f"t{i}"), None, lang="fr" if i % 2 else "en"
            )
        for n in range(EVENTS):
            await storage.figures.add(
                meta_q3(value=30_000_000_000 + n, accession=f"acc-{n}"), origin="import"
            )
        keys = {d["idempotency_key"] for d in await storage.outbox.deliveries()}
        await storage.close()
        assert len(keys) == SUBSCRIPTIONS * EVENTS

        env = child_env(db)
        cmd = [sys.executable, "-m", "bot", "alerts", "dispatch"]
        kills = mid_delivery_kills = 0
        for _ in range(MAX_KILLS):
            if set(receiver.accepted) >= keys:
                break
            before = sum(receiver.accepted.values())
            proc = subprocess.Popen(
                cmd, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            try:
                # wait until this process delivers something, then kill it at a random moment
                await receiver.wait_for(
                    lambda b=before, p=proc: sum(receiver.accepted.values()) > b or p.poll() is not None,
                    timeout=15,
                )
                await asyncio.sleep(rng.uniform(0.0, 0.5))
            finally:
                proc.send_signal(signal.SIGKILL)
                await asyncio.get_running_loop().run_in_executor(None, proc.wait)
            assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr.read().decode()[-2000:])
            proc.stderr.close()
            kills += 1
            if 0 < len(set(receiver.accepted) & keys) < len(keys):
                mid_delivery_kills += 1

        final = await asyncio.create_subprocess_exec(
            *cmd, "--once", env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        out, err = await asyncio.wait_for(final.communicate(), timeout=30)
        assert final.returncode == 0, err.decode()[-2000:]

        assert kills >= 3 and mid_delivery_kills >= 3, (seed, kills, mid_delivery_kills)
        # every delivery arrived; after dedupe on the key each arrived once, always with the same body
        assert set(receiver.accepted) == keys, f"seed {seed}: missing {len(keys - set(receiver.accepted))}"
        bodies: dict[str, dict] = {}
        for req in receiver.requests:
            if req.status == 200:
                assert bodies.setdefault(req.key, req.body) == req.body, (
                    f"seed {seed}: key re-sent with another body"
                )
        resent = sum(receiver.accepted.values()) - len(keys)
        print(f"seed {seed}: {kills} kills, {resent} re-sends deduped by key")

        storage = await Storage.open(db)
        try:
            assert await storage.outbox.counts() == {"sent": len(keys)}
            assert all(d["status"] == "sent" for d in await storage.outbox.deliveries())
        finally:
            await storage.close()
        check = subprocess.run(
            [sys.executable, "-m", "bot", "db", "check"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0 and check.stdout.strip().endswith("ok"), check.stdout + check.stderr
    finally:
        await receiver.close()
