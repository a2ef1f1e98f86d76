"""One typed line through the door, for callers that always want an answer (`ask`, tests,
benchmarks): the line is addressed to the bot, so `handle` never stays silent."""

from __future__ import annotations

from commands.door import Invocation, handle
from commands.services import Services
from commands.types import Lang, Place, Reply

TERMINAL = Place("terminal", "local")


async def dispatch(
    line: str,
    *,
    services: Services,
    place: Place = TERMINAL,
    user_id: str = "local",
    locale: Lang | None = None,
    can_manage: bool = True,
) -> Reply:
    inv = Invocation(place=place, line=line, user_id=user_id, lang=locale, can_manage=can_manage)
    reply = await handle(inv, services)
    assert reply is not None  # addressed and not quiet: the door always answers
    return reply
