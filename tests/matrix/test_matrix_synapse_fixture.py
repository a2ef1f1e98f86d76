"""The Synapse fixture itself: a plain matrix-nio client can log in, make a room and read it back."""

from __future__ import annotations

import nio


async def test_two_clients_exchange_a_message(synapse, tmp_path):
    alice = synapse.register("fixture_alice")
    bob = synapse.register("fixture_bob")
    a = nio.AsyncClient(synapse.url, alice.user_id)
    b = nio.AsyncClient(synapse.url, bob.user_id)
    try:
        assert isinstance(await a.login(alice.password), nio.LoginResponse)
        assert isinstance(await b.login(bob.password), nio.LoginResponse)
        room = await a.room_create(invite=[bob.user_id])
        assert isinstance(room, nio.RoomCreateResponse)
        assert isinstance(await b.join(room.room_id), nio.JoinResponse)
        sent = await a.room_send(room.room_id, "m.room.message", {"msgtype": "m.text", "body": "hi"})
        assert isinstance(sent, nio.RoomSendResponse)
        msgs = await b.room_messages(room.room_id, start="", limit=10)
        assert isinstance(msgs, nio.RoomMessagesResponse)
        bodies = [e.body for e in msgs.chunk if isinstance(e, nio.RoomMessageText)]
        assert bodies == ["hi"]
    finally:
        await a.close()
        await b.close()
