"""Per-user fairness on a real Synapse (issue 17: one user's 150 `!capex compare` lines delayed
another user's `!capex meta` by 16.6 s, because a room was answered strictly in order).

The bot runs as `capexbot run`; the flood is 150 distinct charts (no render-cache hits). Asserted
on the order of the bot's replies in the room, never on the clock."""

from __future__ import annotations

import asyncio
import itertools

import nio
import pytest
from matrix_helpers import UserClient, serve_bot

COMPANIES = ("meta", "msft", "googl", "amzn", "orcl", "aapl", "tsla", "nvda")
FLOOD = 150


@pytest.fixture(scope="module")
def people(synapse):
    return {name: synapse.register(name) for name in ("fairbot", "flooder", "bystander")}


@pytest.fixture(scope="module")
def bot(synapse, people, tmp_path_factory):
    yield from serve_bot(tmp_path_factory.mktemp("fairbot"), synapse, people["fairbot"], [people["flooder"]])


def flood_lines() -> list[str]:
    pairs = itertools.combinations(COMPANIES, 2)  # 28 pairs x 6 start years: 168 distinct charts
    lines = [f"!capex compare {a} {b} since {year}" for (a, b), year in itertools.product(pairs, range(2016, 2022))]
    return lines[:FLOOD]


def answered_in_order(client: UserClient, room: str, bot_id: str) -> list[str]:
    """The event ids the bot's notices answer, in the room's order."""
    order = []
    for event in client.from_sender(room, bot_id):
        if event.source.get("content", {}).get("msgtype") != "m.notice":
            continue  # a chart's m.image comes with its notice; count each answer once
        relates = event.source.get("content", {}).get("m.relates_to") or {}
        answered = (relates.get("m.in_reply_to") or {}).get("event_id")
        if answered:
            order.append(answered)
    return order


async def test_one_users_flood_does_not_hold_back_another_user(synapse, people, bot):
    bot_id = people["fairbot"].user_id
    flooder = await UserClient(synapse.url, people["flooder"].user_id, people["flooder"].password).start()
    bystander = await UserClient(synapse.url, people["bystander"].user_id, people["bystander"].password).start()
    try:
        room = await flooder.client.room_create(invite=[bot_id, bystander.user_id])
        assert isinstance(room, nio.RoomCreateResponse), room
        room_id = room.room_id
        await flooder.wait_for(lambda: flooder.membership(room_id, bot_id) == "join", 30, "the bot to join")
        assert isinstance(await bystander.client.join(room_id), nio.JoinResponse)

        flood: list[str] = []
        lines = flood_lines()
        for start in range(0, len(lines), 10):  # ten at a time: the flood arrives within seconds
            flood += await asyncio.gather(*(flooder.send_text(room_id, line) for line in lines[start : start + 10]))
        question = await bystander.send_text(room_id, "!capex meta")
        reply = await flooder.reply_to(room_id, question, bot_id, timeout=120)
        assert "Meta" in reply.source["content"]["body"]

        # the flood goes on being answered after the bystander's answer: it was not made to wait
        # for the backlog (one room strictly in order answered it after all 150)
        def flood_after_question() -> int:
            order = answered_in_order(flooder, room_id, bot_id)
            return len(order) - 1 - order.index(question) if question in order else 0

        await flooder.wait_for(lambda: flood_after_question() >= 10, 180, "the flood's backlog after the answer")
        order = answered_in_order(flooder, room_id, bot_id)
        before = order[: order.index(question)]
        assert set(before) <= set(flood)
        assert set(order) - {question} <= set(flood)
        # the flood's own answers keep the order its lines reached the room
        sent = [e.event_id for e in flooder.from_sender(room_id, flooder.user_id) if e.event_id in flood]
        answered_flood = [e for e in order if e in flood]
        assert answered_flood == sorted(answered_flood, key=sent.index)
    finally:
        await bystander.close()
        await flooder.close()
