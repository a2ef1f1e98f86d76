"""Alert fan-out benchmark: one event -> N webhook subscriptions (default 10,000), delivered by the
outbox worker to a local receiver that enforces R requests/s (token bucket; 429 + Retry-After
beyond it). The receiver runs in its own process (tests/alerts_receiver.py) so it does not share an
event loop with the worker.

    python benchmarks/alert_fanout.py [--subscriptions 10000] [--rate 500] [--worker-rate RATE]
        [--database-url postgresql://… [--workers 1,2,4]]

Each run spawns its workers as `capexbot alerts dispatch --once` processes. SQLite always runs with
one worker (one file, one writer); with `--database-url` the same fan-out then runs on PostgreSQL
with 1, 2 and 4 worker processes sharing the outbox, each allowed rate/N so together they respect
the receiver. The database should be a scratch one: each run removes the previous run's
subscriptions. The last line printed is JSON: per run, achieved and allowed rate, their ratio, lost
and duplicated deliveries, 429s received. Target: ratio >= 0.9, lost 0, duplicated 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.models import NewFigure  # noqa: E402
from storage.store import Storage  # noqa: E402

FIGURE = NewFigure(
    "meta", "Q3-2026", "2026-07-01", "2026-09-30", "actual", "ppe_incl_finance_lease_principal",
    "Meta Q3 2026 earnings release", value_usd=32_100_000_000, accession="bench-1", announced="2026-10-29",
)  # fmt: skip


async def prepare(target: str, base: str, subscriptions: int, run: int) -> tuple[set[str], float, float]:
    """Subscribe `subscriptions` webhooks and insert one event: the outbox then holds one delivery
    per subscription. Returns the keys, setup and outbox-insert seconds."""
    storage = await Storage.open(target)
    try:
        for old in await storage.subscriptions.all():  # a previous run's, on a reused database
            await storage.subscriptions.remove(old.id)
        t0 = time.perf_counter()
        for i in range(subscriptions):
            await storage.subscriptions.subscribe("webhook", f"{base}/hook/r{run}s{i}", None)
        setup_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        # a new value each run: the same figure again would be a known one, with no alert
        value = FIGURE.value_usd + run * 1_000_000 + time.time_ns() % 1_000_000
        figure = NewFigure(**{**FIGURE.__dict__, "value_usd": value, "accession": f"bench-{run}-{value}"})
        await storage.figures.add([figure], origin="benchmark")
        outbox_s = time.perf_counter() - t0
        keys = {d["idempotency_key"] for d in await storage.outbox.deliveries("pending")}
    finally:
        await storage.close()
    return keys, setup_s, outbox_s


def worker_env(target: str, rate: float, concurrency: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAPEXBOT_", "DISCORD_", "MATRIX_", "ALERTS_"))}
    env.update(
        LOG_LEVEL="WARNING",
        ALERTS_GLOBAL_RATE=str(rate),
        ALERTS_GLOBAL_BURST=str(max(1, int(rate / 50))),
        ALERTS_TARGET_RATE="1",
        ALERTS_TARGET_BURST="3",
        ALERTS_CONCURRENCY=str(concurrency),
        ALERTS_POLL_SECONDS="0.2",
        ALERTS_RETRY_BASE_SECONDS="1",
        ALERTS_RETRY_MAX_SECONDS="30",
    )
    env["CAPEXBOT_DATABASE_URL" if target.startswith("postgres") else "CAPEXBOT_DB"] = target
    return env


async def one_run(args: argparse.Namespace, target: str, workers: int, run: int) -> dict:
    burst = args.burst or max(1, int(args.rate / 10))
    receiver = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "alerts_receiver.py"), str(args.rate), str(burst)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert receiver.stdout is not None
        base = f"http://127.0.0.1:{int(receiver.stdout.readline())}"
        keys, setup_s, outbox_s = await prepare(target, base, args.subscriptions, run)
        env = worker_env(target, (args.worker_rate or args.rate) / workers, max(1, args.concurrency // workers))
        started = time.perf_counter()
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "alerts", "dispatch", "--once", "--wait", "60", env=env, cwd=ROOT,
                stdout=subprocess.DEVNULL,
            )
            for _ in range(workers)
        ]  # fmt: skip
        codes = [await p.wait() for p in procs]
        elapsed = time.perf_counter() - started
        async with aiohttp.ClientSession() as http, http.get(f"{base}/stats?keys=1") as resp:
            stats = await resp.json()
    finally:
        receiver.terminate()
        receiver.wait()
    received = set(stats["keys"])
    span = (stats["last_accepted"] or 0) - (stats["first_accepted"] or 0)
    achieved = (stats["unique_keys"] - 1) / span if span > 0 else 0.0
    return {
        "backend": "postgresql" if target.startswith("postgres") else "sqlite",
        "workers": workers,
        "deliveries": len(keys),
        "allowed_rate": args.rate,
        "achieved_rate": round(achieved, 1),
        "ratio": round(achieved / args.rate, 3),
        "lost": len(keys - received),
        "duplicated": stats["duplicated_keys"] + len(received - keys),
        "throttled_429": stats["throttled"],
        "workers_elapsed_s": round(elapsed, 2),
        "worker_exit_codes": codes,
        "outbox_insert_s": round(outbox_s, 3),
        "subscribe_setup_s": round(setup_s, 2),
    }


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subscriptions", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=500.0, help="requests/s the receiver allows")
    ap.add_argument("--burst", type=int, default=0, help="receiver bucket size (default rate/10)")
    ap.add_argument("--worker-rate", type=float, default=None, help="ALERTS_GLOBAL_RATE, all workers together")
    ap.add_argument("--concurrency", type=int, default=64, help="deliveries in flight, all workers together")
    ap.add_argument("--database-url", default=None, help="also run on this (scratch) PostgreSQL database")
    ap.add_argument("--workers", default="1,2,4", help="PostgreSQL worker processes per run (default 1,2,4)")
    args = ap.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        plan = [(str(Path(tmp) / "fanout.sqlite3"), 1)]
        if args.database_url:
            plan += [(args.database_url, int(n)) for n in args.workers.split(",")]
        for run, (target, workers) in enumerate(plan):
            result = await one_run(args, target, workers, run)
            print(
                f"{result['backend']:>10} x{workers}: {result['achieved_rate']}/s of {args.rate:g}/s allowed "
                f"(ratio {result['ratio']}), lost {result['lost']}, duplicated {result['duplicated']}",
                flush=True,
            )
            runs.append(result)
    print(json.dumps({"subscriptions": args.subscriptions, "allowed_rate": args.rate, "runs": runs}))
    return 0 if all(r["lost"] == 0 and r["duplicated"] == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
