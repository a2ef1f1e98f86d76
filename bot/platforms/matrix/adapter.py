"""The Matrix network adapter (matrix-nio): one object, built once by bot/app.py, with two ports.

Inbound (`run`): room messages through the door (commands/door.py); outbound (`send`): a Reply as
an m.notice (its image as m.image, its reaction as m.reaction), used for chat replies and alerts
alike, answering in the delivery vocabulary (bot/platforms/delivery.py). A room that was upgraded
(m.room.tombstone) is followed by `send`: it joins the replacement room and posts there.

Inside `capexbot run`, `send` uses the running client (encrypted rooms work; one device, one
login). Outside it (`capexbot alerts dispatch`) it logs in a send-only client on the same persisted
device (so txn ids dedupe across processes) that does not sync and has no e2e store: sends to
encrypted rooms return `failed` instead of leaking plaintext.

Started by `capexbot run` when MATRIX_HOMESERVER, MATRIX_USER_ID and MATRIX_PASSWORD or
MATRIX_ACCESS_TOKEN are set. What it guarantees:
- answers `<prefix>command ...` (default `!`) and messages addressed to it by name
  (`capexbot: capex meta`, `@capexbot:server capex meta`, its display name);
- never answers its own events, notices (bots don't answer bots), edits, or anything from before
  it started: the first sync after start (the backlog, also after a restart) is read for state
  and invites only; the sync token is persisted, so a restart does not replay history;
- joins only invites from MATRIX_ALLOWED_INVITERS (default: users of its own homeserver) and
  rejects the rest;
- `can_manage` = sender's power level in the room >= MATRIX_ADMIN_POWER_LEVEL;
- each user's messages in a room are answered in the order sent; users take turns for the
  MAX_CONCURRENT_REPLIES workers (bot/platforms/fair.py), so one user's flood of slow commands holds
  back another user's command by at most one of them; MATRIX_COOLDOWN_SECONDS adds a per-user,
  per-command cooldown like Discord's;
- sync errors back off exponentially with jitter; `M_LIMIT_EXCEEDED` waits `retry_after_ms`;
- on shutdown it finishes in-flight replies and saves the sync token; it never logs out.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import time
from typing import Any

import aiohttp
import nio

from bot.platforms.delivery import DeliveryResult, Target, failed
from bot.platforms.fair import FairScheduler
from bot.platforms.matrix.addressing import Addressing, replied_to, without_names
from bot.platforms.matrix.session import (
    CredentialStore,
    MatrixConfig,
    MatrixConfigError,
    MatrixSender,
    inviter_allowed,
    login,
    new_client,
)
from bot.settings import Settings
from commands.door import Invocation, handle
from commands.more import asks_for_more
from commands.questions.reader import with_quoted
from commands.services import Services
from commands.types import CommandStyle, Place, React, Reply
from storage.backoff import Backoff

log = logging.getLogger("capexbot.matrix")

SYNC_TIMEOUT_MS = 30_000
FIRST_SYNC_FILTER = {"room": {"timeline": {"limit": 1}}}
SYNC_FILTER = {"room": {"timeline": {"limit": 50}}}
CLOCK_SKEW_MS = 60_000  # events older than start minus this are "before start" whatever the sync
TOKEN_SAVE_INTERVAL = 2.0
MAX_CONCURRENT_REPLIES = 32
MAX_BACKLOG_PER_USER = 50  # a user's unanswered commands in one room; a flood past it is dropped
CONNECT_WAIT_S = 10.0  # a send while the running client (re)connects waits this long, then fails
REPLY_MAX_WAIT_S = 60.0  # a chat reply waits out rate limits this long ...
POST_MAX_WAIT_S = 5.0  # ... an unsolicited post (alert) hands longer waits back to the outbox
_NETWORK_ERRORS = (aiohttp.ClientError, OSError, TimeoutError, asyncio.TimeoutError)


def build(settings: Settings, services: Services) -> MatrixAdapter | None:
    config = MatrixConfig.from_settings(settings)
    return MatrixAdapter(config, services) if config else None


def privileged_creators(room_version: str) -> bool:
    """Room versions where creators outrank every power level (v12, MSC4289)."""
    if room_version.startswith("org.matrix.hydra"):
        return True
    return room_version.isdigit() and int(room_version) >= 12


def strip_reply_fallback(body: str) -> str:
    """Drop the `> <@user> quoted` lines older clients prepend to a reply's body."""
    if not body.startswith("> "):
        return body
    lines = body.splitlines()
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).strip()


async def replacement_room(client: nio.AsyncClient, room_id: str) -> str | None:
    """The room that replaced `room_id` (m.room.tombstone `replacement_room`), if any."""
    resp = await client.room_get_state_event(room_id, "m.room.tombstone")
    if isinstance(resp, nio.RoomGetStateEventResponse):
        new = (resp.content or {}).get("replacement_room")
        if isinstance(new, str) and new.startswith("!") and new != room_id:
            return new
    return None


class MatrixAdapter:
    name = "matrix"
    inbound = True

    def __init__(self, config: MatrixConfig, services: Services) -> None:
        self.config = config
        self.services = services
        self.client: nio.AsyncClient | None = None
        self.ready = asyncio.Event()  # set after the first sync (the backlog) was processed
        self.started_at_ms = 0
        self._served = False  # run() was started in this process: sends use its client only
        self._offline: nio.AsyncClient | None = None  # send-only client when nothing runs here
        self._offline_lock = asyncio.Lock()
        self._token: str | None = None
        self._token_saved: str | None = None
        self._token_saved_at = 0.0
        self._fair = FairScheduler(MAX_CONCURRENT_REPLIES, MAX_BACKLOG_PER_USER, name="matrix")
        self._handled_invites: set[str] = set()
        self._pending_upgrades: dict[str, str] = {}  # replacement room -> upgraded room
        self._creds = CredentialStore(services.storage.state, config.user_id)
        self._room_creators: dict[str, set[str]] = {}
        self._addressing = Addressing(self._creds, config.user_id)

    # -- outbound port -------------------------------------------------------------------------
    async def send(self, target: Target, reply: Reply, idempotency_key: str) -> DeliveryResult:
        """Post `reply` to room `target.id` (in reply to `target.reply_to` when set), following an
        upgraded room; the idempotency key is the txn id, so the homeserver dedupes retries."""
        client = await self._client_for_send()
        if isinstance(client, DeliveryResult):
            return client
        result = await self._post(client, target, reply, idempotency_key)
        if result.status == "forbidden" and target.reply_to is None:
            new_room = await replacement_room(client, target.id)
            if new_room is not None and isinstance(await client.join(new_room), nio.JoinResponse):
                log.info("matrix: %s was upgraded to %s; following it", target.id, new_room)
                result = await self._post(client, Target(new_room), reply, idempotency_key)
                result = dataclasses.replace(result, moved_to=new_room) if result.ok else result
        return result if result.ok else dataclasses.replace(result, reason=f"Matrix: {result.reason}")

    async def _post(self, client: nio.AsyncClient, target: Target, reply: Reply, key: str) -> DeliveryResult:
        """Effects (a reaction to the answered event), the image, then the notice; each event's txn
        id derives from `key`. The result is the notice's: it carries the answer."""
        room, event_id = target.id, target.reply_to
        sender = MatrixSender(client, max_wait=REPLY_MAX_WAIT_S if event_id else POST_MAX_WAIT_S)
        side: list[DeliveryResult] = []
        for effect in reply.effects if event_id else ():  # nothing to react to in an alert
            if isinstance(effect, React):
                relates = {"rel_type": "m.annotation", "event_id": event_id, "key": effect.emoji}
                content = {"m.relates_to": relates}
                side.append(await sender.send_content(room, content, f"{key}-react", event_type="m.reaction"))
        if reply.image_png:  # a chart: the picture first, then its text summary
            side.append(
                await sender.send_image(
                    room, reply.image_png, reply.image_name, reply.title, f"{key}-image", in_reply_to=event_id
                )
            )
        for outcome in side:
            if not outcome.ok:
                log.warning(
                    "matrix: part of a reply in %s not sent: %s %s", room, outcome.status, outcome.reason
                )
        return await sender.send_notice(room, reply, key, in_reply_to=event_id)

    async def _client_for_send(self) -> nio.AsyncClient | DeliveryResult:
        if self._served:
            try:
                await asyncio.wait_for(self.ready.wait(), CONNECT_WAIT_S)
            except TimeoutError:
                return failed("Matrix: not connected (the front end is reconnecting)")
            assert self.client is not None
            return self.client
        async with self._offline_lock:
            if self._offline is None:
                client = new_client(self.config, encryption=False)
                try:
                    await login(client, self.config, self.services.storage.state)
                except Exception as exc:  # login failures are configuration, not the room's fault
                    await client.close()
                    return failed(f"Matrix login: {type(exc).__name__}: {exc}")
                self._offline = client
            return self._offline

    async def close(self) -> None:
        """Close the send-only client, if one was opened (never logs out)."""
        if self._offline is not None:
            await self._offline.close()
            self._offline = None

    # -- life cycle ----------------------------------------------------------------------------
    async def run(self) -> None:
        self._served = True
        self.started_at_ms = int(time.time() * 1000)
        client = new_client(self.config)
        self.client = client
        try:
            await login(client, self.config, self.services.storage.state)  # MatrixConfigError: bad secret
            if client.olm is None and self.config.store_path:
                log.warning("matrix: MATRIX_STORE_PATH set but e2e support (matrix-nio[e2e]) is unavailable")
            self._token = await self._creds.get("next_batch")
            await self._sync_loop(client)
        finally:
            self.ready.clear()
            await self._drain()
            await self._save_token(force=True)
            await client.close()  # closes the HTTP session; never logout(): that destroys the device

    async def _drain(self, timeout: float = 15.0) -> None:
        await self._fair.drain(timeout)

    async def _save_token(self, force: bool = False) -> None:
        if (
            self._token
            and self._token != self._token_saved
            and (force or time.monotonic() - self._token_saved_at >= TOKEN_SAVE_INTERVAL)
        ):
            await self._creds.set("next_batch", self._token)
            self._token_saved, self._token_saved_at = self._token, time.monotonic()

    async def _sync_loop(self, client: nio.AsyncClient) -> None:
        backoff, first = Backoff(1.0, 60.0), True
        while True:
            try:
                resp = await client.sync(
                    timeout=0 if first else SYNC_TIMEOUT_MS,
                    sync_filter=FIRST_SYNC_FILTER if first and not self._token else SYNC_FILTER,
                    since=self._token,
                )
            except _NETWORK_ERRORS as exc:
                delay = backoff.next()
                log.warning("matrix: sync failed (%s); retrying in %.1fs", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                continue
            if isinstance(resp, nio.SyncError):
                if resp.status_code == "M_UNKNOWN_TOKEN":
                    await self._creds.set("access_token", "")
                    raise MatrixConfigError(f"Matrix access token rejected: {resp.message}")
                if resp.status_code == "M_LIMIT_EXCEEDED" and resp.retry_after_ms:
                    delay = resp.retry_after_ms / 1000
                else:
                    delay = backoff.next()
                log.warning(
                    "matrix: sync error %s (%s); retrying in %.1fs", resp.status_code, resp.message, delay
                )
                await asyncio.sleep(delay)
                continue
            backoff.reset()
            await self._on_sync(client, resp, backlog=first)
            self._token = resp.next_batch
            await self._save_token()
            if first:
                first = False
                self.ready.set()
                log.info(
                    "matrix: connected as %s (device %s), %d rooms",
                    client.user_id,
                    client.device_id,
                    len(client.rooms),
                )

    # -- events ------------------------------------------------------------------------------

    async def _on_sync(self, client: nio.AsyncClient, resp: nio.SyncResponse, *, backlog: bool) -> None:
        if client.olm is not None:
            await self._e2e_housekeeping(client)
        for room_id, info in resp.rooms.invite.items():
            await self._on_invite(client, room_id, info)
        await self._follow_upgrades(client, resp)
        if backlog:
            return
        for room_id, info in resp.rooms.join.items():
            room = client.rooms.get(room_id)
            if room is None:
                continue
            for event in info.timeline.events:
                self._on_event(room, event)

    async def _follow_upgrades(self, client: nio.AsyncClient, resp: nio.SyncResponse) -> None:
        """A room upgrade (m.room.tombstone) moves the room's alert subscriptions to the new room.

        Also during the backlog sync: an upgrade that happened while the bot was down still counts.
        """
        for room_id, info in resp.rooms.join.items():
            for event in [*info.state, *info.timeline.events]:
                if isinstance(event, nio.RoomUpgradeEvent) and event.replacement_room:
                    await self._follow_upgrade(client, room_id, event.replacement_room)

    async def _follow_upgrade(self, client: nio.AsyncClient, old_room: str, new_room: str) -> None:
        if new_room not in client.rooms:
            resp = await client.join(new_room)
            if not isinstance(resp, nio.JoinResponse):
                # an invite-only room: Element invites the old room's members; follow on that invite
                self._pending_upgrades[new_room] = old_room
                log.info(
                    "matrix: %s was upgraded to %s; waiting for an invite (%s)",
                    old_room,
                    new_room,
                    getattr(resp, "message", resp),
                )
                return
        self._pending_upgrades.pop(new_room, None)
        moved = await self.services.storage.subscriptions.move_target("matrix", old_room, new_room)
        log.info("matrix: %s upgraded to %s; %d alert subscription(s) moved", old_room, new_room, moved)

    async def _e2e_housekeeping(self, client: nio.AsyncClient) -> None:
        try:
            if client.should_upload_keys:
                await client.keys_upload()
            if client.should_query_keys:
                await client.keys_query()
            if client.should_claim_keys:
                await client.keys_claim(client.get_users_for_key_claiming())
            await client.send_to_device_messages()
        except Exception:
            log.warning("matrix: e2e key maintenance failed; will retry next sync", exc_info=True)

    async def _on_invite(self, client: nio.AsyncClient, room_id: str, info: Any) -> None:
        if room_id in self._handled_invites:
            return
        invite = next(
            (
                e
                for e in info.invite_state
                if isinstance(e, nio.InviteMemberEvent)
                and e.state_key == client.user_id
                and e.membership == "invite"
            ),
            None,
        )
        if invite is None:
            return
        inviter = invite.sender
        self._handled_invites.add(room_id)
        if inviter_allowed(inviter, self.config.inviter_patterns):
            await self._addressing.note_invite(room_id, invite.content or {})
            resp = await client.join(room_id)
            log.info(
                "matrix: invited to %s by %s: %s",
                room_id,
                inviter,
                "joined" if isinstance(resp, nio.JoinResponse) else f"join failed ({resp.message})",
            )
            if not isinstance(resp, nio.JoinResponse):
                self._handled_invites.discard(room_id)
            elif room_id in self._pending_upgrades:
                await self._follow_upgrade(client, self._pending_upgrades[room_id], room_id)
        else:
            await client.room_leave(room_id)  # rejects the invite
            log.info(
                "matrix: rejected invite to %s from %s (not in MATRIX_ALLOWED_INVITERS)", room_id, inviter
            )

    def _on_event(self, room: nio.MatrixRoom, event: Any) -> None:
        if isinstance(event, nio.MegolmEvent):
            log.warning(
                "matrix: could not decrypt %s in %s (no room key for this device)",
                event.event_id,
                room.room_id,
            )
            return
        if not isinstance(event, nio.RoomMessageText):  # m.text only: notices are other bots
            return
        if event.sender == self.config.user_id:
            return
        if event.server_timestamp < self.started_at_ms - CLOCK_SKEW_MS:
            return
        content = event.source.get("content", {})
        relates = content.get("m.relates_to") or {}
        if "m.new_content" in content or relates.get("rel_type") == "m.replace":
            return  # edits are never (re-)answered
        body = strip_reply_fallback(event.body or "")
        line, addressed = self._command_line(room, body)
        text = body if line is None else line
        self._fair.submit((room.room_id, event.sender), lambda: self._answer(room, event, text, line, addressed))

    def _names(self, room: nio.MatrixRoom) -> list[str]:
        names = {self.config.user_id.lstrip("@"), self.config.localpart}
        display = room.user_name(self.config.user_id)
        if display:
            names.add(display.lstrip("@"))
        return sorted(names, key=len, reverse=True)

    def _command_line(self, room: nio.MatrixRoom, body: str) -> tuple[str | None, bool]:
        """(command line, explicitly addressed) or (None, False) for ordinary chat.

        `!capex meta` and `capexbot capex meta` are answered when the command is known (or a near
        miss); `capexbot: anything` / `capexbot, anything` is always answered.
        """
        text = body.strip()
        prefix = self.config.prefix
        if prefix and text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix) :].strip(), False
        names = "|".join(re.escape(n) for n in self._names(room))
        match = re.match(
            rf"^@?(?:{names})(?P<sep>\s*[:,]\s*|\s+)(?P<line>\S.*)$", text, re.IGNORECASE | re.DOTALL
        )
        if match:
            return match.group("line").strip(), match.group("sep").strip() != ""
        return None, False

    def _power_level(self, room: nio.MatrixRoom, user_id: str) -> int:
        return room.power_levels.get_user_level(user_id)

    async def _can_manage(self, room: nio.MatrixRoom, user_id: str) -> bool:
        """Power level >= MATRIX_ADMIN_POWER_LEVEL; in room versions 12+ the creators always may
        (they hold "infinite" power and are not listed in m.room.power_levels)."""
        if self._power_level(room, user_id) >= self.config.admin_power_level:
            return True
        return privileged_creators(room.room_version) and user_id in await self._creators(room.room_id)

    async def _creators(self, room_id: str) -> set[str]:
        if room_id not in self._room_creators:
            creators: set[str] = set()
            resp = await self.client.room_get_state(room_id)
            if isinstance(resp, nio.RoomGetStateResponse):
                for event in resp.events:
                    if event.get("type") == "m.room.create" and event.get("state_key") == "":
                        extra = event.get("content", {}).get("additional_creators") or []
                        creators = {event.get("sender", ""), *[u for u in extra if isinstance(u, str)]}
                self._room_creators[room_id] = creators  # the create event never changes
            return creators
        return self._room_creators[room_id]

    async def _answer(
        self, room: nio.MatrixRoom, event: nio.RoomMessageText, text: str, line: str | None, named: bool
    ) -> None:
        """Through the door; ordinary chat (no prefix, no name) goes there unaddressed (watch mode).
        A pill, a reply to the bot or a DM addresses it too: the line is then read like a named one.

        Scheduled by `_on_event` through the fair scheduler: one at a time per user and room, in
        the order sent, users taking turns."""
        if line is None and not text.strip():
            return
        content = event.source.get("content", {})
        if line is None and self.client is not None and await self._addressing.meant_for_me(self.client, room, content):
            line, named = without_names(text, self._names(room)) or "help", True
            text = line
        lang = None
        more = await self._offered_more(room, content, line)
        if more is not None:  # "more" in reply to a short answer: its details, in its language
            line, lang = more
            text = line
        elif line is not None:  # "c'est une fake news ?" in reply: about the replied-to message
            line = text = await self._with_quoted(room, content, line)
        inv = Invocation(
            place=Place("matrix", room.room_id),
            line=text,
            lang=lang,  # type: ignore[arg-type]
            user_id=event.sender,
            can_manage=line is not None and await self._can_manage(room, event.sender),
            addressed=line is not None,
            quiet_unknown=not named,  # `!something` unknown: other bots share the prefix
            rank=(self._power_level(room, event.sender), self.config.admin_power_level),
            style=CommandStyle(self.config.prefix),
            cooldown_s=self.config.cooldown_seconds,
        )
        reply = await handle(inv, self.services)
        if reply is None:
            return
        try:
            result = await self.send(Target(room.room_id, reply_to=event.event_id), reply, event.event_id)
        except Exception:
            log.exception("matrix: sending reply in %s failed", room.room_id)
            return
        if not result.ok:
            log.warning("matrix: reply in %s not sent: %s %s", room.room_id, result.status, result.reason)

    async def _offered_more(
        self, room: nio.MatrixRoom, content: dict[str, Any], line: str | None
    ) -> tuple[str, str] | None:
        """(command, lang) when `line` asks for more in reply to a short answer that offered it."""
        quoted = replied_to(content)
        if line is None or not quoted or self.client is None or not asks_for_more(line):
            return None
        return await self._addressing.offered_more(self.client, room.room_id, quoted)

    async def _with_quoted(self, room: nio.MatrixRoom, content: dict[str, Any], line: str) -> str:
        quoted = replied_to(content)
        if not quoted or self.client is None:
            return line
        original = await self._addressing.replied_event(self.client, room.room_id, quoted)
        if original is None or original[0] == self.config.user_id:
            return line
        return with_quoted(line, strip_reply_fallback(original[1]))
