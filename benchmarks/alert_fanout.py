"""Alert fan-out benchmark: one event -> N webhook subscriptions (default 10,000), delivered by the
outbox worker to a local receiver that enforces R requests/s (token bucket; 429 + Retry-After
beyond it). The receiver runs in its own process (tests/alerts_receiver.py) so it does not share an
event loop with the worker.

    python benchmarks/alert_fanout.py [--subscriptions 10000] [--rate 500] [--worker-rate RATE]

The last line printed is JSON: achieved and allowed rate, their ratio, lost and duplicated
deliveries, 429s received. Target: ratio >= 0.9, lost 0, duplicated 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.platforms.webhook.adapter import WebhookAdapter  # noqa: E402
from bot.workers.alerts import AlertWorker, WorkerConfig  # noqa: E402
from commands.services import Services  # noqa: E402
from storage.models import NewFigure  # noqa: E402
from storage.store import Storage  # noqa: E402


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subscriptions", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=500.0, help="requests/s the receiver allows")
    ap.add_argument("--burst", type=int, default=0, help="receiver bucket size (default rate/10)")
    ap.add_argument("--worker-rate", type=float, default=None, help="ALERTS_GLOBAL_RATE (default --rate)")
    ap.add_argument("--concurrency", type=int, default=64)
    args = ap.parse_args()
    burst = args.burst or max(1, int(args.rate / 10))
    worker_rate = args.worker_rate or args.rate

    receiver = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "alerts_receiver.py"), str(args.rate), str(burst)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert receiver.stdout is not None
        port = int(receiver.stdout.readline())
        base = f"http://127.0.0.1:{port}"
        with tempfile.TemporaryDirectory() as tmp:
            storage = await Storage.open(Path(tmp) / "fanout.sqlite3")
            try:
                t0 = time.perf_counter()
                for i in range(args.subscriptions):
                    await storage.subscriptions.subscribe("webhook", f"{base}/hook/s{i}", None)
                setup_s = time.perf_counter() - t0
                t0 = time.perf_counter()
                await storage.figures.add(
                    [
                        NewFigure(
                            "meta", "Q3-2026", "2026-07-01", "2026-09-30", "actual",
                            "ppe_incl_finance_lease_principal", "Meta Q3 2026 earnings release",
                            value_usd=32_100_000_000, accession="bench-1", announced="2026-10-29",
                        )
                    ],
                    origin="benchmark",
                )  # fmt: skip
                outbox_s = time.perf_counter() - t0
                keys = {d["idempotency_key"] for d in await storage.outbox.deliveries()}
                config = WorkerConfig(
                    global_rate=worker_rate,
                    global_burst=max(1, int(worker_rate / 50)),
                    target_rate=1.0,
                    target_burst=3,
                    concurrency=args.concurrency,
                    lease_seconds=120,
                    poll_seconds=0.2,
                    retry_base=1.0,
                    retry_max=30.0,
                )
                worker = AlertWorker(
                    Services(storage),
                    {"webhook": WebhookAdapter(timeout=10, max_connections=args.concurrency)},
                    config,
                )
                started = time.perf_counter()
                await worker.run_once(wait_for_retries=60)
                elapsed = time.perf_counter() - started
                await worker.adapters["webhook"].close()
                counts = await storage.outbox.counts()
            finally:
                await storage.close()
        async with aiohttp.ClientSession() as http, http.get(f"{base}/stats?keys=1") as resp:
            stats = await resp.json()
    finally:
        receiver.terminate()
        receiver.wait()

    received = set(stats["keys"])
    span = (stats["last_accepted"] or 0) - (stats["first_accepted"] or 0)
    achieved = (stats["unique_keys"] - 1) / span if span > 0 else 0.0
    result = {
        "subscriptions": args.subscriptions,
        "deliveries": len(keys),
        "allowed_rate": args.rate,
        "achieved_rate": round(achieved, 1),
        "ratio": round(achieved / args.rate, 3),
        "lost": len(keys - received),
        "duplicated": stats["duplicated_keys"] + len(received - keys),
        "throttled_429": stats["throttled"],
        "worker_elapsed_s": round(elapsed, 2),
        "outbox_insert_s": round(outbox_s, 3),
        "subscribe_setup_s": round(setup_s, 2),
        "outbox_status": counts,
    }
    print(json.dumps(result))
    return 0 if result["lost"] == 0 and result["duplicated"] == 0 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
