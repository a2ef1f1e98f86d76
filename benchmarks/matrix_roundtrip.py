"""Matrix round trip on a local Synapse: `!capex meta` -> the bot's notice, against the floor of a
plain client-to-client echo through the same server in the same run.

A user client sends a message and waits (through its own /sync) for the reply; the bot (the real
MatrixAdapter, built by the same `build(settings, services)` that `capexbot run` uses) and the echo
client (a bare matrix-nio client that answers every text with a one-line notice) share one event
loop with the user, so both measurements pay the same overheads. Rounds alternate echo/bot.

Needs matrix-synapse in its own virtualenv (SYNAPSE_BIN_DIR, see tests/synapse_fixture.py).
Usage: python benchmarks/matrix_roundtrip.py [-n 200]
Prints human-readable figures, then one JSON object on the last line. Target: bot p50 and p99
<= 1.2x the echo floor's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "matrix")]

import nio  # noqa: E402
from matrix_helpers import UserClient  # noqa: E402
from synapse_fixture import start_synapse  # noqa: E402

from bot.platforms.matrix.adapter import build  # noqa: E402
from bot.settings import Settings  # noqa: E402
from commands.services import Services  # noqa: E402
from storage.store import Storage  # noqa: E402


async def echo_forever(client: nio.AsyncClient, ready: asyncio.Event) -> None:
    """The floor: sync, and answer each new m.text with a notice in reply, nothing else."""
    first = True
    while True:
        resp = await client.sync(timeout=0 if first else 30_000)
        if not isinstance(resp, nio.SyncResponse):
            await asyncio.sleep(0.1)
            continue
        for room_id in resp.rooms.invite:
            await client.join(room_id)
        if not first:
            for room_id, info in resp.rooms.join.items():
                for ev in info.timeline.events:
                    if isinstance(ev, nio.RoomMessageText) and ev.sender != client.user_id:
                        await client.room_send(
                            room_id,
                            "m.room.message",
                            {
                                "msgtype": "m.notice",
                                "body": "echo: " + ev.body,
                                "m.mentions": {},
                                "m.relates_to": {"m.in_reply_to": {"event_id": ev.event_id}},
                            },
                        )
        first = False
        ready.set()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main(n: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="matrix-bench-"))
    synapse = start_synapse(work / "synapse")
    tasks: list[asyncio.Task] = []
    storage = alice = echo = None
    try:
        alice_u, bot_u, echo_u = (synapse.register(n) for n in ("alice", "capexbot", "echo"))
        storage = await Storage.open(work / "capexbot.sqlite3")
        settings = Settings(
            _env_file=None,
            capexbot_db=work / "capexbot.sqlite3",
            matrix_homeserver=synapse.url,
            matrix_user_id=bot_u.user_id,
            matrix_password=bot_u.password,
        )
        front = build(settings, Services(storage=storage))
        tasks.append(asyncio.create_task(front.run()))
        echo = nio.AsyncClient(synapse.url, echo_u.user_id)
        echo.restore_login(echo_u.user_id, echo_u.device_id, echo_u.access_token)
        echo_ready = asyncio.Event()
        tasks.append(asyncio.create_task(echo_forever(echo, echo_ready)))
        await asyncio.wait_for(front.ready.wait(), 30)
        await asyncio.wait_for(echo_ready.wait(), 30)

        alice = await UserClient(synapse.url, alice_u.user_id, alice_u.password).start()
        rooms = {}
        for who, user_id in (("bot", bot_u.user_id), ("echo", echo_u.user_id)):
            room = await alice.create_room(invite=[user_id])
            await alice.wait_for(
                lambda r=room, u=user_id: alice.membership(r, u) == "join", 30, f"{who} joins"
            )
            rooms[who] = (room, user_id)

        async def round_trip(who: str, text: str) -> float:
            room, user_id = rooms[who]
            start = time.perf_counter()
            event_id = await alice.send_text(room, text)
            await alice.reply_to(room, event_id, user_id, timeout=30)
            return (time.perf_counter() - start) * 1000

        for _ in range(10):  # warm-up: connections, caches, first dispatch
            await round_trip("echo", "warm up")
            await round_trip("bot", "!capex meta")
        samples: dict[str, list[float]] = {"echo": [], "bot": []}
        for i in range(n):
            order = ("echo", "bot") if i % 2 == 0 else ("bot", "echo")
            for who in order:
                samples[who].append(await round_trip(who, "!capex meta" if who == "bot" else f"ping {i}"))
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if alice:
            await alice.close()
        if echo:
            await echo.close()
        if storage:
            await storage.close()
        synapse.stop()

    result = {"benchmark": "matrix_roundtrip", "n": n}
    for who, values in samples.items():
        result[f"{who}_p50_ms"] = round(statistics.median(values), 3)
        result[f"{who}_p99_ms"] = round(pct(values, 0.99), 3)
        result[f"{who}_mean_ms"] = round(statistics.fmean(values), 3)
    result["ratio_p50"] = round(result["bot_p50_ms"] / result["echo_p50_ms"], 3)
    result["ratio_p99"] = round(result["bot_p99_ms"] / result["echo_p99_ms"], 3)
    result["target_ratio"] = 1.2
    result["meets_target"] = result["ratio_p50"] <= 1.2 and result["ratio_p99"] <= 1.2
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="round trips per side (default 200)")
    args = parser.parse_args()
    out = asyncio.run(main(args.n))
    print(f"echo floor: p50 {out['echo_p50_ms']:.2f} ms  p99 {out['echo_p99_ms']:.2f} ms")
    print(f"bot:        p50 {out['bot_p50_ms']:.2f} ms  p99 {out['bot_p99_ms']:.2f} ms")
    print(f"ratio:      p50 {out['ratio_p50']:.2f}x  p99 {out['ratio_p99']:.2f}x (target <= 1.2x)")
    print(json.dumps(out))
