"""The stand-in itself, driven by a bare discord.py client (no capexbot code): proves the real
library can log in, connect, receive interactions, answer them and post channel messages."""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord import app_commands


async def _start(client: discord.Client, stub) -> asyncio.Task:
    task = asyncio.create_task(client.start(stub.token))
    await stub.wait_ready()
    await asyncio.wait_for(client.wait_until_ready(), 5)
    return task


async def _stop(client: discord.Client, task: asyncio.Task) -> None:
    await client.close()
    await asyncio.wait_for(task, 5)


async def test_bare_client_answers_an_interaction(discord_stub):
    client = discord.Client(intents=discord.Intents.none(), guild_ready_timeout=0.05)
    tree = app_commands.CommandTree(client)
    errors: list[BaseException] = []

    async def on_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        errors.append(error)

    tree.on_error = on_error  # type: ignore[method-assign]

    @tree.command(name="ping", description="ping")
    async def ping(interaction: discord.Interaction, word: str) -> None:
        await interaction.response.send_message(f"pong {word}", ephemeral=True)

    task = await _start(client, discord_stub)
    try:
        assert client.user is not None and str(client.user.id) == discord_stub.app_id
        interaction = await discord_stub.interact("ping", {"word": "hi"})
        answer = await discord_stub.first_answer(interaction)
        assert answer.json["type"] == 4
        assert answer.json["data"]["content"] == "pong hi"
        assert answer.json["data"]["flags"] & 64  # ephemeral
        assert errors == []
    finally:
        await _stop(client, task)
    identify = discord_stub.identifies[0]
    assert identify["intents"] == 0


async def test_channel_messages_dedupe_on_enforced_nonce_and_classify_errors(discord_stub):
    client = discord.Client(intents=discord.Intents.none())
    await client.login(discord_stub.token)
    try:
        channel = client.get_partial_messageable(int(discord_stub.channel_id))
        first = await channel.send("alert", nonce="k1", allowed_mentions=discord.AllowedMentions.none())
        second = await channel.send("alert", nonce="k1", allowed_mentions=discord.AllowedMentions.none())
        assert first.id == second.id  # a retry with the same nonce did not post twice
        assert len(discord_stub.channel_messages[discord_stub.channel_id]) == 1
        sent = discord_stub.requests_to("POST", rf"/channels/{discord_stub.channel_id}/messages")
        assert [r.json["enforce_nonce"] for r in sent] == [True, True]

        discord_stub.gone_channels.add("111")
        with pytest.raises(discord.NotFound) as gone:
            await client.get_partial_messageable(111).send("x")
        assert gone.value.code == 10003
        discord_stub.forbidden_channels.add("222")
        with pytest.raises(discord.Forbidden) as forbidden:
            await client.get_partial_messageable(222).send("x")
        assert forbidden.value.code == 50001
    finally:
        await client.close()


async def test_auto_sharded_client_connects_through_gateway_bot(discord_stub):
    client = discord.AutoShardedClient(intents=discord.Intents.none(), guild_ready_timeout=0.05)
    task = await _start(client, discord_stub)
    try:
        assert discord_stub.requests_to("GET", "/gateway/bot")
        assert discord_stub.identifies[0]["shard"] == [0, 1]
        assert client.get_guild(int(discord_stub.guild_id)) is not None
    finally:
        await _stop(client, task)
