"""Matrix room alerts through the Matrix engineer's sender (bot/platforms/matrix_session.py): an
m.notice rendered by bot/platforms/matrix_render.py, `PUT …/send/m.room.message/{txnId}` with
txnId = the delivery key on the bot's persisted device (so the homeserver dedupes retries, also
across processes), `retry_after_ms` honoured.

A room that was upgraded (m.room.tombstone) is followed: the bot joins the replacement room, the
alert goes there (same txn id), and the worker moves the subscription. M_FORBIDDEN without a
tombstone (kicked, banned) is "gone"."""

from __future__ import annotations

import logging
from contextlib import AsyncExitStack
from typing import Any

import nio

from bot.alert_senders import Alert, Failed, Gone, Result, RetryAfter, Sent
from bot.platforms.matrix_session import open_sender

log = logging.getLogger("capexbot.alerts.matrix")


async def replacement_room(client: nio.AsyncClient, room_id: str) -> str | None:
    """The room that replaced `room_id` (m.room.tombstone `replacement_room`), if any."""
    resp = await client.room_get_state_event(room_id, "m.room.tombstone")
    if isinstance(resp, nio.RoomGetStateEventResponse):
        new = (resp.content or {}).get("replacement_room")
        if isinstance(new, str) and new.startswith("!") and new != room_id:
            return new
    return None


class MatrixAlertSender:
    platform = "matrix"

    def __init__(self, settings: Any, state: Any, *, max_wait: float = 5.0) -> None:
        self.settings, self.state, self.max_wait = settings, state, max_wait
        self._stack: AsyncExitStack | None = None
        self._sender: Any = None

    async def _open(self) -> Any:
        if self._sender is None:
            stack = AsyncExitStack()
            sender = await stack.enter_async_context(open_sender(self.settings, self.state))
            if sender is None:
                await stack.aclose()
                raise RuntimeError("Matrix is not configured")
            sender.max_wait = self.max_wait  # longer waits go back to the outbox scheduler
            self._stack, self._sender = stack, sender
        return self._sender

    async def send(self, alert: Alert) -> Result:
        try:
            sender = await self._open()
        except Exception as exc:  # login failures are configuration, not the room's fault
            self._sender = None
            return Failed(f"Matrix login: {type(exc).__name__}: {exc}")
        room = alert.target
        out = await sender.send_notice(room, alert.reply, txn_id=alert.idempotency_key)
        moved_to = None
        if out.status == "gone" and (out.reason or "").startswith("M_FORBIDDEN"):
            new_room = await replacement_room(sender.client, room)
            if new_room is not None:
                joined = await sender.client.join(new_room)
                if isinstance(joined, nio.JoinResponse):
                    log.info("matrix alerts: %s was upgraded to %s; following it", room, new_room)
                    moved_to = new_room
                    out = await sender.send_notice(new_room, alert.reply, txn_id=alert.idempotency_key)
        if out.status == "sent":
            return Sent(moved_to=moved_to, remote_id=out.event_id)
        if out.status == "retry_after":
            return RetryAfter(float(out.retry_after or 1.0), "Matrix: M_LIMIT_EXCEEDED")
        if out.status == "gone":
            reason = out.reason or "gone"
            if reason.startswith("M_UNKNOWN_TOKEN"):
                return Failed(f"Matrix: {reason}")  # our token, not the room: never disable for it
            return Gone(f"Matrix: {reason}")
        return Failed(f"Matrix: {out.reason or 'failed'}")

    async def close(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
        self._stack = self._sender = None
