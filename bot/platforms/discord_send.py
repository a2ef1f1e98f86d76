"""Posting a Reply to a Discord channel outside an interaction (alerts), with an idempotency nonce,
and classifying what Discord answered.

Exactly-once: the message carries ``nonce`` = the delivery's idempotency key with
``enforce_nonce: true`` (discord.py sets it whenever a nonce is given), so a retry after a crash
returns the message created the first time instead of posting again (Discord keeps nonces for a few
minutes; retries beyond that window rely on the outbox never re-sending what it marked sent).

Result kinds match the alerts outbox: ``sent``, ``retry`` (with seconds to wait), ``gone`` (the
channel was deleted or the bot lost access: Unknown Channel 10003, Missing Access 50001, Missing
Permissions 50013, Cannot send messages to this user 50007) and ``failed`` (a request Discord
refuses as malformed; retrying the same payload will not help).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from typing import Literal

import aiohttp
import discord

from bot.platforms.discord_render import NO_MENTIONS, render_reply, reply_file
from commands.types import Reply

log = logging.getLogger(__name__)

NONCE_MAX = 25  # Discord: a nonce string is at most 25 characters
GONE_CODES = {
    10003: "Unknown Channel",
    50001: "Missing Access",
    50013: "Missing Permissions",
    50007: "Cannot send messages to this user",
}
DEFAULT_RETRY_S = 30.0


@dataclass(frozen=True)
class SendResult:
    kind: Literal["sent", "retry", "gone", "failed"]
    message_id: str | None = None
    retry_after: float = 0.0
    error: str | None = None


def nonce_for(idempotency_key: str) -> str:
    """The key itself when it fits Discord's 25 characters, else a stable 25-character digest."""
    if 0 < len(idempotency_key) <= NONCE_MAX:
        return idempotency_key
    return hashlib.sha256(idempotency_key.encode()).hexdigest()[:NONCE_MAX]


def classify(exc: BaseException) -> SendResult:
    """What a failed send means for the outbox."""
    if isinstance(exc, discord.RateLimited):
        return SendResult("retry", retry_after=float(exc.retry_after), error="rate limited")
    if isinstance(exc, discord.HTTPException):
        reason = GONE_CODES.get(exc.code)
        if reason is not None:
            return SendResult("gone", error=f"{exc.status} {reason} ({exc.code})")
        if exc.status == 404:
            return SendResult("gone", error=f"404 {exc.text or 'Not Found'}")
        if exc.status == 429 or exc.status >= 500:
            return SendResult("retry", retry_after=DEFAULT_RETRY_S, error=f"{exc.status} {exc.text}".strip())
        if exc.status in (401,):
            return SendResult(
                "retry", retry_after=DEFAULT_RETRY_S * 10, error="401 Unauthorized (DISCORD_TOKEN?)"
            )
        return SendResult("failed", error=f"{exc.status} {exc.text}".strip())
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ClientError, OSError)):
        return SendResult("retry", retry_after=DEFAULT_RETRY_S, error=f"{type(exc).__name__}: {exc}")
    raise exc


async def send_channel_reply(
    client: discord.Client, channel_id: str | int, reply: Reply, *, idempotency_key: str
) -> SendResult:
    """Post `reply` (one message of embeds, trimmed to fit; image attached if any) to a channel.

    `client` must be logged in (a running front end's client, or `DiscordSender`'s HTTP-only one).
    Never raises for Discord/network errors: returns a classified SendResult.
    """
    [message] = render_reply(reply, max_messages=1)
    file = reply_file(reply)
    channel = client.get_partial_messageable(int(channel_id))
    try:
        kwargs: dict = {
            "embeds": message.embeds,
            "nonce": nonce_for(idempotency_key),
            "allowed_mentions": NO_MENTIONS,
        }
        if file is not None:
            kwargs["file"] = file
        sent = await channel.send(**kwargs)
    except Exception as exc:  # classified below; anything unexpected re-raises
        result = classify(exc)
        log.info("Discord send to channel %s: %s (%s)", channel_id, result.kind, result.error)
        return result
    return SendResult("sent", message_id=str(sent.id))


class DiscordSender:
    """An HTTP-only Discord client for workers (no gateway connection): logs in on first use.

    `max_ratelimit_timeout` makes discord.py raise (-> ``retry``) instead of sleeping through a
    long rate limit, so the caller's own scheduler decides when to try again.
    """

    def __init__(self, token: str, *, max_ratelimit_timeout: float = 30.0) -> None:
        self._token = token
        self.client = discord.Client(
            intents=discord.Intents.none(),
            allowed_mentions=NO_MENTIONS,
            max_ratelimit_timeout=max_ratelimit_timeout,
        )
        self._login_lock = asyncio.Lock()
        self._logged_in = False

    async def _ensure_login(self) -> None:
        async with self._login_lock:
            if not self._logged_in:
                await self.client.login(self._token)
                self._logged_in = True

    async def send(self, channel_id: str | int, reply: Reply, *, idempotency_key: str) -> SendResult:
        try:
            await self._ensure_login()
        except discord.LoginFailure as exc:
            return SendResult("retry", retry_after=DEFAULT_RETRY_S * 10, error=f"login failed: {exc}")
        except Exception as exc:
            return classify(exc)
        return await send_channel_reply(self.client, channel_id, reply, idempotency_key=idempotency_key)

    async def close(self) -> None:
        await self.client.close()
