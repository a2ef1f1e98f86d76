"""The Discord adapter's outbound port (alerts, flags): nonce-enforced exactly-once posting and
error classification into the delivery vocabulary, through discord.py against the stand-in. The
adapter is not running here, as in `capexbot alerts dispatch`: it logs in over HTTP only."""

from __future__ import annotations

from types import SimpleNamespace

import discord
import pytest

from bot.platforms.delivery import Target
from bot.platforms.discord.adapter import DiscordAdapter
from bot.platforms.discord.outbound import classify, nonce_for
from commands.types import Reply

ALERT = Reply(title="Meta Q3 2026 capex $32.1B, +66% YoY", text="@everyone Meta reported", footer="10-Q")


@pytest.fixture
async def sender(discord_stub, services):
    s = DiscordAdapter(services, discord_stub.token)
    try:
        yield s
    finally:
        await s.close()


async def test_send_then_retry_with_same_key_posts_once(discord_stub, sender):
    first = await sender.send(Target(discord_stub.channel_id), ALERT, "cx0123456789abcdef012345")
    again = await sender.send(Target(discord_stub.channel_id), ALERT, "cx0123456789abcdef012345")
    assert first.status == again.status == "sent"
    assert first.remote_id == again.remote_id
    [message] = discord_stub.channel_messages[discord_stub.channel_id]
    assert message["embeds"][0]["title"] == ALERT.title
    posts = discord_stub.requests_to("POST", rf"/channels/{discord_stub.channel_id}/messages")
    assert [p.json["nonce"] for p in posts] == ["cx0123456789abcdef012345"] * 2
    assert all(p.json["enforce_nonce"] is True for p in posts)
    assert all(p.json["allowed_mentions"] == {"parse": []} for p in posts)


async def test_gone_and_forbidden_channels_are_classified(discord_stub, sender):
    discord_stub.gone_channels.add("1001")
    discord_stub.forbidden_channels.add("1002")
    gone = await sender.send(Target("1001"), ALERT, "k1")
    forbidden = await sender.send(Target("1002"), ALERT, "k2")
    assert gone.status == "gone" and "Unknown Channel" in gone.reason
    assert forbidden.status == "forbidden" and "Missing Access" in forbidden.reason


async def test_long_rate_limit_is_returned_not_slept_through(discord_stub, sender):
    discord_stub.script(
        "POST",
        r"/channels/\d+/messages",
        429,
        {"message": "You are being rate limited.", "retry_after": 120.0, "global": False},
        headers={"Retry-After": "120", "X-RateLimit-Scope": "user"},
    )
    result = await sender.send(Target(discord_stub.channel_id), ALERT, "k3")
    assert result.status == "retry_after"
    assert result.retry_after >= 100


async def test_bad_token_is_a_failure_not_a_crash(discord_stub, services):
    s = DiscordAdapter(services, "wrong-token")
    try:
        result = await s.send(Target(discord_stub.channel_id), ALERT, "k4")
    finally:
        await s.close()
    assert result.status == "failed" and "login failed" in result.reason


def _http_error(status: int, code: int, cls=discord.HTTPException):
    response = SimpleNamespace(status=status, reason="x")
    return cls(response, {"code": code, "message": "m"})


def test_classification_table():
    assert classify(_http_error(404, 10003, discord.NotFound)).status == "gone"
    assert classify(_http_error(403, 50013, discord.Forbidden)).status == "forbidden"
    assert classify(_http_error(503, 0, discord.DiscordServerError)).status == "failed"
    assert classify(_http_error(400, 50035)).status == "failed"
    assert classify(TimeoutError()).status == "failed"
    assert classify(discord.RateLimited(42.0)).status == "retry_after"
    assert classify(discord.RateLimited(42.0)).retry_after == 42.0
    with pytest.raises(ValueError):
        classify(ValueError("a bug is not a delivery outcome"))


def test_nonce_fits_discord():
    assert nonce_for("cx0123456789abcdef012345") == "cx0123456789abcdef012345"
    long = nonce_for("x" * 100)
    assert len(long) == 25 and long == nonce_for("x" * 100)


async def test_running_adapter_sends_on_its_own_login(discord_stub, front):
    """Inside `capexbot run` alerts leave through the running client: no second login."""
    result = await front.send(Target(discord_stub.channel_id), ALERT, "k5")
    assert result.ok and result.remote_id
    assert len(discord_stub.requests_to("GET", "/users/@me")) == 1
    assert front._http is None
