"""The Matrix outbound port against the real Synapse: idempotent sends by txn id (also from another
process reusing the stored device), rate limits honoured, m.image upload, no plaintext into e2e
rooms, and the running adapter's own client used for sends (no second login)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import urllib.request

import nio
import pytest
from matrix_helpers import UserClient, matrix_settings
from matrix_png import tiny_png

from bot.platforms.delivery import Target
from bot.platforms.matrix.adapter import build
from bot.platforms.matrix.session import MatrixConfig, MatrixSender, login, new_client
from commands.services import Services
from commands.types import React, Reply

REPLY = Reply(title="Meta Q3 2026", text="Meta Q3 2026 capex $32.10B, +66% YoY")




async def _bot_client(synapse, person, storage) -> nio.AsyncClient:
    config = MatrixConfig.from_settings(matrix_settings(synapse, person))
    client = new_client(config, encryption=False)
    await login(client, config, storage.state)
    return client


async def _room(synapse, owner, *members) -> str:
    alice = await UserClient(synapse.url, owner.user_id, owner.password).start()
    try:
        room = await alice.create_room(invite=[m.user_id for m in members])
    finally:
        await alice.close()
    for m in members:
        c = nio.AsyncClient(synapse.url, m.user_id)
        c.restore_login(m.user_id, m.device_id, m.access_token)
        assert isinstance(await c.join(room), nio.JoinResponse)
        await c.close()
    return room


def _notices(synapse, token, room):
    req = urllib.request.Request(f"{synapse.url}/_matrix/client/v3/rooms/{room}/messages?dir=b&limit=100")
    req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req) as r:
        chunk = json.loads(r.read())["chunk"]
    return [e for e in chunk if e["type"] == "m.room.message" and e["content"].get("msgtype") == "m.notice"]


async def test_same_txn_id_is_one_event_also_from_another_process(synapse, storage):
    owner, bot = synapse.register("snd_owner"), synapse.register("snd_bot")
    room = await _room(synapse, owner, bot)
    client = await _bot_client(synapse, bot, storage)
    try:
        sender = MatrixSender(client)
        first = await sender.send_notice(room, REPLY, txn_id="alert-7-sub-3")
        again = await sender.send_notice(room, REPLY, txn_id="alert-7-sub-3")
        assert first.ok and again.ok and first.remote_id == again.remote_id
    finally:
        await client.close()
    # a separate process (e.g. `capexbot alerts dispatch`): an adapter that is not running logs in
    # a send-only client on the stored device, so the homeserver dedupes the same txn id
    other = build(matrix_settings(synapse, bot), Services(storage=storage))
    try:
        retried = await other.send(Target(room), REPLY, "alert-7-sub-3")
        fresh = await other.send(Target(room), REPLY, "alert-7-sub-4")
    finally:
        await other.close()
    assert retried.remote_id == first.remote_id
    assert fresh.ok and fresh.remote_id != first.remote_id
    notices = _notices(synapse, owner.access_token, room)
    assert len(notices) == 2
    assert all(n["content"]["m.mentions"] == {} for n in notices)


async def test_rate_limit_retry_after_is_honoured(synapse, storage, caplog):
    admin, owner, bot = (
        synapse.register("rl_admin", admin=True),
        synapse.register("rl_owner"),
        synapse.register("rl_bot"),
    )
    room = await _room(synapse, owner, bot)
    req = urllib.request.Request(
        f"{synapse.url}/_synapse/admin/v1/users/{bot.user_id}/override_ratelimit",
        data=json.dumps({"messages_per_second": 4, "burst_count": 1}).encode(),
        method="POST",
    )
    req.add_header("Authorization", f"Bearer {admin.access_token}")
    urllib.request.urlopen(req).close()
    client = await _bot_client(synapse, bot, storage)
    caplog.set_level(logging.INFO, logger="capexbot.matrix")
    try:
        sender = MatrixSender(client)
        start = time.monotonic()
        outcomes = [await sender.send_notice(room, REPLY) for _ in range(3)]
        elapsed = time.monotonic() - start
    finally:
        await client.close()
    assert all(o.ok for o in outcomes), outcomes
    assert any("rate limited" in r.getMessage() for r in caplog.records)
    assert elapsed >= 0.4  # 3 messages at 4/s with a burst of 1: the server's pace, not a storm
    assert len(_notices(synapse, owner.access_token, room)) == 3


async def test_send_image_uploads_and_sends_m_image(synapse, storage):
    owner, bot = synapse.register("img_owner"), synapse.register("img_bot")
    room = await _room(synapse, owner, bot)
    png = tiny_png(5, 4)
    client = await _bot_client(synapse, bot, storage)
    try:
        outcome = await MatrixSender(client).send_image(room, png, "meta.png", caption="Meta capex")
        assert outcome.ok
        event = await client.room_get_event(room, outcome.remote_id)
        content = event.event.source["content"]
        assert content["msgtype"] == "m.image" and content["body"] == "Meta capex"
        assert content["info"] == {"mimetype": "image/png", "size": len(png), "w": 5, "h": 4}
        downloaded = await client.download(mxc=content["url"])
        assert isinstance(downloaded, nio.DownloadResponse) and downloaded.body == png
    finally:
        await client.close()


async def test_sender_without_e2e_store_refuses_encrypted_rooms(synapse, storage):
    owner, bot = synapse.register("enc_owner"), synapse.register("enc_bot")
    alice = await UserClient(synapse.url, owner.user_id, owner.password).start()
    try:
        room = await alice.create_room(invite=[bot.user_id], encrypted=True)
    finally:
        await alice.close()
    client = await _bot_client(synapse, bot, storage)
    try:
        assert isinstance(await client.join(room), nio.JoinResponse)
        outcome = await MatrixSender(client).send_notice(room, REPLY)
    finally:
        await client.close()
    assert outcome.status == "failed" and "encrypted" in outcome.reason
    assert _notices(synapse, owner.access_token, room) == []


async def test_running_adapter_sends_through_its_own_client_for_encrypted_rooms(synapse, storage, tmp_path):
    owner, bot = synapse.register("live_owner"), synapse.register("live_bot")
    settings = matrix_settings(synapse, bot, matrix_store_path=str(tmp_path / "bot-store"))
    front = build(settings, Services(storage=storage))
    task = asyncio.create_task(front.run())
    alice = await UserClient(synapse.url, owner.user_id, owner.password, tmp_path / "alice-store").start()
    try:
        await asyncio.wait_for(front.ready.wait(), 20)
        room = await alice.create_room(invite=[bot.user_id], encrypted=True)
        await alice.wait_for(lambda: alice.membership(room, bot.user_id) == "join", 15, "the bot to join")
        await asyncio.sleep(0.2)  # let the front end's next sync see the room it joined
        outcome = await front.send(Target(room), REPLY, "alert-enc-1")
        assert outcome.ok, outcome
        assert front._offline is None  # no second client, no second login
        got = await alice.wait_for(
            lambda: [
                e for r, e in alice.events if r == room and getattr(e, "event_id", "") == outcome.remote_id
            ],
            15,
            "the encrypted alert",
        )
        assert isinstance(got[0], nio.RoomMessageNotice) and got[0].decrypted
        assert got[0].body == REPLY.text
    finally:
        await alice.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    # another process (`capexbot alerts dispatch`) has no e2e store: it refuses e2e rooms
    other = build(settings, Services(storage=storage))
    try:
        assert (await other.send(Target(room), REPLY, "alert-enc-2")).status == "failed"
        assert other._offline is not None and other._offline is not front.client
    finally:
        await other.close()


async def test_watch_hook_reacts_and_replies_in_process(synapse, storage):
    """The Matrix side of hoax watch mode, whatever the hoax storage state: ordinary chat goes to
    the door's watcher (services.watcher); a Reply means a ⚠️ reaction plus one notice in reply."""
    seen: list[tuple[str, str]] = []

    async def fake_check(text, place, services):
        seen.append((text, place.id))
        if "WhatsApp" not in text:
            return None
        return Reply(
            title="Likely hoax", text="⚠️ Likely hoax: WhatsApp is not becoming paid", effects=(React("⚠️"),)
        )

    owner, bot = synapse.register("watch_owner"), synapse.register("watch_bot")
    front = build(matrix_settings(synapse, bot), Services(storage=storage, watcher=fake_check))
    task = asyncio.create_task(front.run())
    alice = await UserClient(synapse.url, owner.user_id, owner.password).start()
    try:
        await asyncio.wait_for(front.ready.wait(), 20)
        room = await alice.create_room(invite=[bot.user_id])
        await alice.wait_for(lambda: alice.membership(room, bot.user_id) == "join", 30, "the bot to join")
        calm = await alice.send_text(room, "lunch at noon?")
        hoax = await alice.send_text(room, "WhatsApp va devenir payant, transférez")
        notice = await alice.reply_to(room, hoax, bot.user_id)
        assert notice.source["content"]["msgtype"] == "m.notice" and "Likely hoax" in notice.body
        reaction = await alice.wait_for(
            lambda: [e for r, e in alice.events if r == room and e.source.get("type") == "m.reaction"],
            30,
            "the reaction",
        )
        assert reaction[0].source["content"]["m.relates_to"] == {
            "rel_type": "m.annotation",
            "event_id": hoax,
            "key": "⚠️",
        }
        assert alice.replies_to(room, calm, bot.user_id) == []
        assert ("lunch at noon?", room) in seen
    finally:
        await alice.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.both_backends
async def test_device_is_kept_across_restarts_and_replaced_if_e2e_store_is_lost(synapse, storage, tmp_path):
    import shutil

    bot = synapse.register("dev_bot")
    settings = matrix_settings(synapse, bot, matrix_store_path=str(tmp_path / "store"))

    async def one_run() -> str:
        front = build(settings, Services(storage=storage))
        task = asyncio.create_task(front.run())
        try:
            await asyncio.wait_for(front.ready.wait(), 20)
            return front.client.device_id
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    first = await one_run()
    assert await one_run() == first  # same device, same keys: nothing new for users to verify
    shutil.rmtree(tmp_path / "store")
    replaced = await one_run()
    assert replaced != first
    assert await storage.state.get(f"matrix:{bot.user_id}:device_id") == replaced
