"""Matrix alert delivery against the session's real Synapse on 127.0.0.1 (tests/matrix/conftest.py): m.notice with the txn id =
the delivery key (one event however often it is re-sent), a kicked bot disables the subscription
with the M_FORBIDDEN reason, and a room upgrade (m.room.tombstone) moves the subscription."""

from __future__ import annotations

import asyncio
import json
import sys
import urllib.request
from pathlib import Path

import nio
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/

from matrix_helpers import matrix_settings  # noqa: E402
from test_alerts_delivery import FAST  # noqa: E402
from test_alerts_storage import meta_q3  # noqa: E402

from bot.platforms.delivery import Target  # noqa: E402
from bot.platforms.matrix.adapter import build  # noqa: E402
from bot.workers.alerts import AlertWorker  # noqa: E402
from commands.services import Services  # noqa: E402


async def _client(synapse, user) -> nio.AsyncClient:
    c = nio.AsyncClient(synapse.url, user.user_id)
    c.restore_login(user.user_id, user.device_id, user.access_token)
    return c


async def _public_room_with(synapse, owner, bot) -> str:
    c = await _client(synapse, owner)
    try:
        resp = await c.room_create(preset=nio.RoomPreset.public_chat, invite=[bot.user_id])
        assert isinstance(resp, nio.RoomCreateResponse), resp
    finally:
        await c.close()
    b = await _client(synapse, bot)
    try:
        assert isinstance(await b.join(resp.room_id), nio.JoinResponse)
    finally:
        await b.close()
    return resp.room_id


def _api(synapse, method, path, token, body=None):
    req = urllib.request.Request(
        f"{synapse.url}/_matrix/client/v3{path}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())


def _notices(synapse, token, room):
    chunk = _api(synapse, "GET", f"/rooms/{room}/messages?dir=b&limit=100", token)["chunk"]
    return [e for e in chunk if e["type"] == "m.room.message" and e["content"].get("msgtype") == "m.notice"]


async def _deliver(storage, sender) -> AlertWorker:
    worker = AlertWorker(Services(storage), {"matrix": sender}, FAST)
    await asyncio.wait_for(worker.run_once(), timeout=30)
    return worker


@pytest.mark.both_backends
async def test_matrix_alert_once_per_key_kick_disables_and_upgrade_moves(synapse, storage):
    owner, bot = synapse.register("al_owner"), synapse.register("al_bot")
    room = await _public_room_with(synapse, owner, bot)
    kicked_room = await _public_room_with(synapse, owner, bot)
    await storage.subscriptions.subscribe("matrix", room, None, lang="fr")
    kicked_sub = (await storage.subscriptions.subscribe("matrix", kicked_room, None)).subscription
    _api(synapse, "POST", f"/rooms/{kicked_room}/kick", owner.access_token, {"user_id": bot.user_id})

    sender = build(matrix_settings(synapse, bot), Services(storage))  # not running: send-only login
    try:
        await storage.figures.add(meta_q3(), origin="import")
        await _deliver(storage, sender)
        [notice] = _notices(synapse, owner.access_token, room)
        content = notice["content"]
        assert content["body"].startswith("Meta Platforms T3 2026\u202f: investissements 32,1\u202fMd$")
        assert content["msgtype"] == "m.notice" and content["m.mentions"] == {}
        assert "Alerte investissements" in content["formatted_body"]
        kicked = await storage.subscriptions.get(kicked_sub.id)
        assert kicked.status == "disabled" and kicked.disabled_reason.startswith("Matrix: M_FORBIDDEN")

        # re-sending the same delivery (a crash between send and mark) is the same event
        [row] = [d for d in await storage.outbox.deliveries() if d["status"] == "sent"]
        again = await sender.send(Target(room), _reply(), row["idempotency_key"])
        assert again.remote_id == notice["event_id"]
        assert len(_notices(synapse, owner.access_token, room)) == 1

        # the room is upgraded: the next alert follows the tombstone and the subscription moves
        new_room = _api(synapse, "POST", f"/rooms/{room}/upgrade", owner.access_token, {"new_version": "10"})[
            "replacement_room"
        ]
        await storage.figures.add(meta_q3(value=40_000_000_000, accession="acc-9"), origin="import")
        await _deliver(storage, sender)
        assert len(_notices(synapse, owner.access_token, new_room)) == 1
        [sub] = await storage.subscriptions.for_target("matrix", new_room)
        assert sub.moved_from == room and sub.status == "active"
        assert await storage.subscriptions.for_target("matrix", room) == []
    finally:
        await sender.close()


def _reply():
    from commands.types import Reply

    return Reply(title="t", text="resend")
