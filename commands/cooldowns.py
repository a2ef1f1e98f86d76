"""The cooldown policy: one function deciding, one reply refusing, for every network.

The seconds come with each invocation (a network's policy, e.g. DISCORD_COOLDOWN_SECONDS), the
memory of who ran what lives in storage (`storage.cooldowns`: shared by every process on
PostgreSQL, in the process on SQLite). The door (commands/door.py) asks `seconds_left` for typed
lines on every network; Discord's slash commands ask it from discord.py's own cooldown check
(`app_commands.checks.dynamic_cooldown`, bot/platforms/discord/interactions.py), whose refusal
reaches `tree.error` and is answered with the same `commands.door.cooldown_reply`.
"""

from __future__ import annotations

import logging

from storage.errors import StorageBusy
from storage.store import Storage

log = logging.getLogger(__name__)


def cooldown_key(platform: str, user_id: str, command: str) -> str:
    return f"{platform}\x1f{user_id}\x1f{command}"


async def seconds_left(storage: Storage, platform: str, user_id: str, command: str, seconds: float) -> float:
    """0 when `user_id` may run `command` on `platform` now (this use is then recorded), else how
    long to wait. A shared store that cannot be reached lets the command through: a cooldown
    limits spam, it is not worth refusing service for."""
    if seconds <= 0:
        return 0.0
    try:
        return await storage.cooldowns.hit(cooldown_key(platform, user_id, command), seconds)
    except StorageBusy as exc:
        log.warning("cooldowns unavailable (%s); allowing %s", exc, command)
        return 0.0
