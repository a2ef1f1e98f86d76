"""Discord channel alerts through the Discord engineer's HTTP-only sender
(bot/platforms/discord_send.py): REST `POST /channels/{id}/messages` with the bot token, the
delivery key as `nonce` with `enforce_nonce`, no mentions, the Reply rendered as embeds by
bot/platforms/discord_render.py. No gateway connection is needed."""

from __future__ import annotations

from bot.alert_senders import Alert, Failed, Gone, Result, RetryAfter, Sent
from bot.platforms.discord_send import DiscordSender


class DiscordAlertSender:
    platform = "discord"

    def __init__(self, token: str, *, max_ratelimit_timeout: float = 5.0) -> None:
        self._sender = DiscordSender(token, max_ratelimit_timeout=max_ratelimit_timeout)

    async def send(self, alert: Alert) -> Result:
        result = await self._sender.send(alert.target, alert.reply, idempotency_key=alert.idempotency_key)
        if result.kind == "sent":
            return Sent(remote_id=result.message_id)
        if result.kind == "gone":
            return Gone(f"Discord: {result.error}")
        if result.kind == "retry":
            error = result.error or "retry"
            if error == "rate limited":
                return RetryAfter(result.retry_after, "Discord: rate limited")
            return Failed(f"Discord: {error}")
        return Failed(f"Discord: {result.error}")

    async def close(self) -> None:
        await self._sender.close()
