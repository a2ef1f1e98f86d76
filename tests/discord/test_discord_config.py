"""`build(settings, services)`: off without a token; minimal intents; sharding; and autocomplete
that answers in time even when the data layer is slow."""

from __future__ import annotations

import asyncio
import dataclasses
import time

import discord
import pytest

from bot.platforms.discord import adapter as discord_adapter
from bot.settings import ConfigError, load_settings

GUILDS = 1 << 0
GUILD_MESSAGES = 1 << 9
MESSAGE_CONTENT = 1 << 15
DM_MESSAGES = 1 << 12


def test_not_configured_without_a_token(services):
    assert discord_adapter.build(load_settings(discord_token=None), services) is None
    assert discord_adapter.build(load_settings(discord_token="  "), services) is None


def test_settings_reach_the_front_end(services):
    front = discord_adapter.build(
        load_settings(discord_token="t", discord_shard_count="auto", discord_cooldown_seconds=7), services
    )
    assert front is not None and front.name == "discord"
    assert front.shards is None and front.cooldown_seconds == 7 and front.read_messages is False


@pytest.mark.parametrize(("value", "expected"), [("1", 1), ("", 1), ("4", 4), ("auto", None), ("AUTO", None)])
def test_shard_count(value, expected):
    assert discord_adapter.shard_count(value) == expected


def test_client_class_follows_shard_count():
    assert type(discord_adapter.make_client(shards=1)) is discord.Client
    assert isinstance(discord_adapter.make_client(shards=None), discord.AutoShardedClient)
    two = discord_adapter.make_client(shards=2)
    assert isinstance(two, discord.AutoShardedClient) and two.shard_count == 2


def test_intents_are_minimal_unless_messages_are_read():
    # guild and direct messages carry no text except mentions of the bot and DMs: not privileged
    assert discord_adapter.intents_for(False).value == GUILDS | GUILD_MESSAGES | DM_MESSAGES
    assert discord_adapter.intents_for(True).value == GUILDS | GUILD_MESSAGES | DM_MESSAGES | MESSAGE_CONTENT


async def test_identify_sends_minimal_intents_and_sharded_client_runs(discord_stub, services):
    front = discord_adapter.DiscordAdapter(
        services, discord_stub.token, shards=None, client_options={"guild_ready_timeout": 0.05}
    )
    task = asyncio.create_task(front.run())
    try:
        await asyncio.wait_for(front.ready.wait(), 5)
        assert isinstance(front.client, discord.AutoShardedClient)
        [identify] = discord_stub.identifies
        assert identify["intents"] == GUILDS | GUILD_MESSAGES | DM_MESSAGES
        assert identify["shard"] == [0, 1]
        assert discord_stub.requests_to("GET", "/gateway/bot")
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert front.client.is_closed()


async def test_read_messages_asks_for_the_message_content_intent(discord_stub, services):
    front = discord_adapter.DiscordAdapter(
        services, discord_stub.token, read_messages=True, client_options={"guild_ready_timeout": 0.05}
    )
    task = asyncio.create_task(front.run())
    try:
        await asyncio.wait_for(front.ready.wait(), 5)
        assert discord_stub.identifies[0]["intents"] == GUILDS | GUILD_MESSAGES | DM_MESSAGES | MESSAGE_CONTENT
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_rejected_token_stops_the_front_end_without_a_restart_loop(discord_stub, services):
    front = discord_adapter.DiscordAdapter(services, "wrong", client_options={"guild_ready_timeout": 0.05})
    await asyncio.wait_for(front.run(), 5)  # returns (the supervisor does not restart a clean stop)
    assert len(discord_stub.requests_to("GET", "/users/@me")) == 1
    assert discord_stub.identifies == []


async def test_autocomplete_answers_from_memory_when_the_database_is_slow(discord_stub, front, services):
    first = await discord_stub.interact("capex", {"company": "micro"}, autocomplete_focus="company")
    assert any(c["value"] == "MSFT" for c in (await discord_stub.first_answer(first)).json["data"]["choices"])

    catalog = services.storage.catalog
    original = catalog.snapshot

    async def stuck_snapshot():
        await asyncio.sleep(10)
        return await original()

    catalog.snapshot = stuck_snapshot  # type: ignore[method-assign]
    try:
        started = time.monotonic()
        second = await discord_stub.interact("capex", {"company": "met"}, autocomplete_focus="company")
        answer = await discord_stub.first_answer(second)
        assert time.monotonic() - started < 1.5
        assert any(c["value"] == "META" for c in answer.json["data"]["choices"])
    finally:
        catalog.snapshot = original  # type: ignore[method-assign]


async def test_watched_messages_are_flagged_with_a_reaction_and_one_reply(discord_stub, services):
    from commands.types import React, Reply

    seen = []

    async def watcher(text, place, svc):
        seen.append((text, place))
        if "whatsapp gold" not in text.lower():
            return None
        return Reply(
            title="Likely hoax", text="“WhatsApp Gold” is a hoax. @everyone", lang="en", effects=(React("⚠️"),)
        )

    front = discord_adapter.DiscordAdapter(
        dataclasses.replace(services, watcher=watcher),
        discord_stub.token,
        read_messages=True,
        client_options={"guild_ready_timeout": 0.05},
    )
    task = asyncio.create_task(front.run())
    try:
        await asyncio.wait_for(front.ready.wait(), 5)
        await discord_stub.post_message("good morning")
        hoax = await discord_stub.post_message("Forward this: WhatsApp Gold is coming!!!")
        await discord_stub.post_message("bot chatter WhatsApp Gold", author=discord_stub.bot_user)
        reply = await discord_stub.wait_until(
            lambda: [r for r in discord_stub.requests_to("POST", r"/channels/\d+/messages") if r.json]
        )
        await discord_stub.wait_until(lambda: discord_stub.reactions)
        assert discord_stub.reactions == [(discord_stub.channel_id, hoax["id"], "⚠️")]
        [post] = reply
        assert str(post.json["message_reference"]["message_id"]) == hoax["id"]
        assert post.json["allowed_mentions"] == {"parse": [], "replied_user": False}
        assert post.json["embeds"][0]["title"] == "Likely hoax"
        assert [t for t, _ in seen] == ["good morning", "Forward this: WhatsApp Gold is coming!!!"]
        assert seen[0][1].platform == "discord" and seen[0][1].id == discord_stub.channel_id
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert list(front.errors) == []


async def test_message_content_not_enabled_in_the_portal_stops_cleanly(discord_stub, services):
    discord_stub.privileged_intents_allowed = False
    front = discord_adapter.DiscordAdapter(
        services, discord_stub.token, read_messages=True, client_options={"guild_ready_timeout": 0.05}
    )
    await asyncio.wait_for(front.run(), 5)  # returns: no reconnect loop against a closed door
    assert discord_stub.identifies == []
    assert front.client is not None and front.client.is_closed()


async def test_real_hoax_watch_flags_once_after_watch_on(discord_stub, services):
    """The production watcher (commands.hoax.watch), switched on for the channel like a moderator would."""
    from commands.door import Invocation, handle
    from commands.hoax.watch import check_message
    from commands.types import Place

    on = await handle(Invocation(line="hoax watch on", place=Place("discord", discord_stub.channel_id)), services)
    assert on.ok, on.text
    checked: asyncio.Queue = asyncio.Queue()

    async def observed(text, place, svc):  # the production watcher, observed: no fixed sleeps
        reply = await check_message(text, place, svc)
        await checked.put(reply)
        return reply

    front = discord_adapter.DiscordAdapter(
        dataclasses.replace(services, watcher=observed),
        discord_stub.token,
        read_messages=True,
        client_options={"guild_ready_timeout": 0.05},
    )
    task = asyncio.create_task(front.run())
    hoax_text = "WhatsApp va devenir payant dès samedi !! Transférez ce message à 20 contacts et votre logo deviendra bleu"
    try:
        await asyncio.wait_for(front.ready.wait(), 5)
        await discord_stub.post_message("Meta a relevé ses prévisions d'investissements pour 2026")
        first = await discord_stub.post_message(hoax_text)
        await discord_stub.wait_until(lambda: discord_stub.reactions)
        await discord_stub.post_message(hoax_text)  # same claim again within 10 minutes: no second flag
        results = [await asyncio.wait_for(checked.get(), 5) for _ in range(3)]
        assert results[0] is None and results[1] is not None and results[2] is None
        posts = await discord_stub.wait_until(
            lambda: [r for r in discord_stub.requests_to("POST", r"/channels/\d+/messages") if r.json]
        )
        assert discord_stub.reactions == [(discord_stub.channel_id, first["id"], "⚠️")]
        assert len(posts) == 1 and posts[0].json["allowed_mentions"] == {"parse": [], "replied_user": False}
        assert str(posts[0].json["message_reference"]["message_id"]) == first["id"]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert list(front.errors) == []


@pytest.mark.parametrize(
    ("ids", "expected"), [("0-3", (0, 1, 2, 3)), ("4-7", (4, 5, 6, 7)), ("0, 2,4-5", (0, 2, 4, 5)), ("3", (3,))]
)
def test_shard_ids_split_shards_across_processes(ids, expected, services):
    settings = load_settings(discord_token="t", discord_shard_count="8", discord_shard_ids=ids)
    assert settings.shard_ids == expected
    front = discord_adapter.build(settings, services)
    assert front.shards == 8 and front.shard_ids == expected
    client = discord_adapter.make_client(shards=front.shards, shard_ids=front.shard_ids)
    assert isinstance(client, discord.AutoShardedClient)
    assert client.shard_count == 8 and client.shard_ids == list(expected)


@pytest.mark.parametrize(
    ("ids", "count", "message"),
    [
        ("0-8", "8", "shard 8 does not exist with DISCORD_SHARD_COUNT=8"),
        ("0-3", "auto", "needs DISCORD_SHARD_COUNT"),
        ("0-3", "1", "shard 3 does not exist"),
        ("3-1", "8", "runs backwards"),
        ("a", "8", "not a shard number"),
        ("0-", "8", "not a shard number"),
    ],
)
def test_bad_shard_ids_are_one_clear_line(ids, count, message):
    with pytest.raises(ConfigError) as info:
        load_settings(discord_token="t", discord_shard_count=count, discord_shard_ids=ids)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert "DISCORD_SHARD" in str(info.value)


async def test_this_process_identifies_only_its_shards(discord_stub, services):
    """DISCORD_SHARD_IDS=2-3 of 4: the gateway sees IDENTIFY for shards 2 and 3 only."""
    front = discord_adapter.DiscordAdapter(
        services, discord_stub.token, shards=4, shard_ids=(2, 3), client_options={"guild_ready_timeout": 0.05}
    )
    task = asyncio.create_task(front.run())
    try:
        await asyncio.wait_for(front.ready.wait(), 10)
        assert sorted(tuple(i["shard"]) for i in discord_stub.identifies) == [(2, 4), (3, 4)]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
