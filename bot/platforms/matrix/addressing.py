"""Is a Matrix message meant for the bot? Its name at the start (handled by the adapter's command
parser), a mention pill (`m.mentions`, or a matrix.to link in the HTML of older clients), a reply
to one of its messages, or a direct-message room (invited with `is_direct`, still two members).
Ordinary room chatter is none of these, and in group rooms the bot answers nothing else.

A short answer the bot sent carries, in its event content, the command of its detail view
(`MORE_KEY`, see render.py); a reply "more" to that event runs it. The event is trusted only when
its sender is the bot itself: nobody else can send as the bot, so the key cannot be forged."""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

import nio

from bot.platforms.matrix.render import MORE_KEY

MAX_REMEMBERED = 2048  # replied-to event ids whose sender was looked up


def mentions(content: dict[str, Any], user_id: str) -> bool:
    """The message's intentional mentions (or, for clients without them, a pill link) name the bot."""
    listed = (content.get("m.mentions") or {}).get("user_ids") or []
    if isinstance(listed, list) and user_id in listed:
        return True
    html = content.get("formatted_body")
    return isinstance(html, str) and f"matrix.to/#/{user_id}" in html


def replied_to(content: dict[str, Any]) -> str | None:
    relates = content.get("m.relates_to") or {}
    event_id = (relates.get("m.in_reply_to") or {}).get("event_id")
    return event_id if isinstance(event_id, str) else None


def without_names(text: str, names: list[str]) -> str:
    """The text with the bot's names (a pill's display text, `@user:server`) and a following
    `:`/`,` removed, so the question reader sees the question only."""
    pattern = "|".join(re.escape(n) for n in names)
    cleaned = re.sub(rf"@?(?:{pattern})\s*[:,]?", " ", text, flags=re.IGNORECASE)
    return " ".join(cleaned.split())


class Addressing:
    """The per-process memory the checks need: direct rooms (persisted) and who wrote a replied-to event."""

    def __init__(self, creds: Any, user_id: str) -> None:
        self.creds, self.user_id = creds, user_id
        self.direct: set[str] | None = None
        self._events: dict[str, tuple[str, dict[str, Any]]] = {}  # event id -> (sender, content)

    async def _direct_rooms(self) -> set[str]:
        if self.direct is None:
            raw = await self.creds.get("direct_rooms")
            self.direct = set(json.loads(raw)) if raw else set()
        return self.direct

    async def note_invite(self, room_id: str, content: dict[str, Any]) -> None:
        """An invite with `is_direct` makes the room a DM with the bot (kept across restarts)."""
        if content.get("is_direct") is True:
            rooms = await self._direct_rooms()
            if room_id not in rooms:
                rooms.add(room_id)
                await self.creds.set("direct_rooms", json.dumps(sorted(rooms)))

    async def meant_for_me(self, client: nio.AsyncClient, room: nio.MatrixRoom, content: dict[str, Any]) -> bool:
        if mentions(content, self.user_id):
            return True
        if room.room_id in await self._direct_rooms() and room.member_count <= 2:
            return True
        event_id = replied_to(content)
        return event_id is not None and await self._sender(client, room.room_id, event_id) == self.user_id

    async def _sender(self, client: nio.AsyncClient, room_id: str, event_id: str) -> str | None:
        event = await self.replied_event(client, room_id, event_id)
        return event[0] if event else None

    async def replied_event(self, client: nio.AsyncClient, room_id: str, event_id: str) -> tuple[str, str] | None:
        """(sender, plain body) of a replied-to event, looked up once."""
        event = await self._event(client, room_id, event_id)
        if event is None:
            return None
        body = event[1].get("body")
        return event[0], body if isinstance(body, str) else ""

    async def offered_more(self, client: nio.AsyncClient, room_id: str, event_id: str) -> tuple[str, str] | None:
        """(detail command, language) that the bot's own event `event_id` offered, else None."""
        event = await self._event(client, room_id, event_id)
        if event is None or event[0] != self.user_id:
            return None
        more = event[1].get(MORE_KEY)
        if not isinstance(more, dict):
            return None
        command, lang = more.get("command"), more.get("lang")
        if isinstance(command, str) and 0 < len(command) <= 200 and lang in ("en", "fr"):
            return command, lang
        return None

    async def _event(self, client: nio.AsyncClient, room_id: str, event_id: str) -> tuple[str, dict[str, Any]] | None:
        """(sender, content) of an event, looked up once (decrypted when the client can)."""
        if event_id not in self._events:
            resp = await client.room_get_event(room_id, event_id)
            if not isinstance(resp, nio.RoomGetEventResponse):
                return None
            event = resp.event
            if isinstance(event, nio.MegolmEvent) and client.olm is not None:
                with contextlib.suppress(Exception):  # no room key: the sender is still known
                    event = client.decrypt_event(event)
            if len(self._events) >= MAX_REMEMBERED:
                self._events.clear()
            content = event.source.get("content")
            self._events[event_id] = (event.sender, content if isinstance(content, dict) else {})
        return self._events[event_id]
