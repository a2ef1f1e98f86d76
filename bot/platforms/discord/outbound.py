"""Posting a Reply to a Discord channel (alerts; flags in reply to a message) with an idempotency
nonce, and what Discord's answer means in the delivery vocabulary (bot/platforms/delivery.py).

Exactly-once: the message carries ``nonce`` = the idempotency key with ``enforce_nonce: true``
(discord.py sets it whenever a nonce is given), so a retry after a crash returns the message
created the first time instead of posting again (Discord keeps nonces for a few minutes; retries
beyond that window rely on the outbox never re-sending what it marked sent).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging

import aiohttp
import discord

from bot.platforms.delivery import DeliveryResult, Target, failed, sent
from bot.platforms.discord.more import more_view
from bot.platforms.discord.render import NO_MENTIONS, render_reply, reply_file
from commands.types import Reply

log = logging.getLogger(__name__)

NONCE_MAX = 25  # Discord: a nonce string is at most 25 characters
GONE_CODES = {10003: "Unknown Channel", 10008: "Unknown Message"}
FORBIDDEN_CODES = {
    50001: "Missing Access",
    50013: "Missing Permissions",
    50007: "Cannot send messages to this user",
}


def nonce_for(idempotency_key: str) -> str:
    """The key itself when it fits Discord's 25 characters, else a stable 25-character digest."""
    if 0 < len(idempotency_key) <= NONCE_MAX:
        return idempotency_key
    return hashlib.sha256(idempotency_key.encode()).hexdigest()[:NONCE_MAX]


def classify(exc: BaseException) -> DeliveryResult:
    """What a failed send means; anything that is not a network or Discord error re-raises."""
    if isinstance(exc, discord.RateLimited):
        return DeliveryResult("retry_after", "Discord: rate limited", float(exc.retry_after))
    if isinstance(exc, discord.HTTPException):
        if exc.code in GONE_CODES:
            return DeliveryResult("gone", f"Discord: {exc.status} {GONE_CODES[exc.code]} ({exc.code})")
        if exc.code in FORBIDDEN_CODES:
            return DeliveryResult(
                "forbidden", f"Discord: {exc.status} {FORBIDDEN_CODES[exc.code]} ({exc.code})"
            )
        if exc.status == 404:
            return DeliveryResult("gone", f"Discord: 404 {exc.text or 'Not Found'}")
        if exc.status == 401:
            return failed("Discord: 401 Unauthorized (DISCORD_TOKEN?)")
        return failed(f"Discord: {exc.status} {exc.text}".strip())
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ClientError, OSError)):
        return failed(f"Discord: {type(exc).__name__}: {exc}")
    raise exc


async def post(client: discord.Client, target: Target, reply: Reply, idempotency_key: str) -> DeliveryResult:
    """One message of embeds (trimmed to fit; the image attached), a reply to `target.reply_to`
    when set (no ping). Never raises for Discord or network errors."""
    [message] = render_reply(reply, max_messages=1)
    file = reply_file(reply)
    channel = client.get_partial_messageable(int(target.id))
    kwargs: dict = {
        "embeds": message.embeds,
        "nonce": nonce_for(idempotency_key),
        "allowed_mentions": NO_MENTIONS,
    }
    if file is not None:
        kwargs["file"] = file
    view = more_view(reply)  # a short answer to a mention or DM: the "More details" button
    if view is not None:
        kwargs["view"] = view
    if target.reply_to:
        kwargs["reference"] = discord.MessageReference(
            message_id=int(target.reply_to), channel_id=int(target.id), fail_if_not_exists=False
        )
        kwargs["mention_author"] = False
    try:
        posted = await channel.send(**kwargs)
    except Exception as exc:  # classified below; anything unexpected re-raises
        result = classify(exc)
        log.info("Discord send to channel %s: %s (%s)", target.id, result.status, result.reason)
        return result
    return sent(str(posted.id))
