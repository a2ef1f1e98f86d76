"""A local stand-in for Discord's REST API and gateway, so the real discord.py client runs end to end
over loopback in tests.

What it plays (API v10, under ``/api/v10``):

- login and start-up: ``GET /users/@me``, ``GET /oauth2/applications/@me``, ``GET /gateway``,
  ``GET /gateway/bot``;
- command sync: ``GET``/``PUT /applications/{app}/commands`` and ``…/guilds/{guild}/commands``;
- interactions: ``POST /interactions/{id}/{token}/callback`` (answered exactly once, within 3 s, as
  Discord enforces), ``PATCH``/``GET``/``DELETE /webhooks/{app}/{token}/messages/@original``,
  ``POST /webhooks/{app}/{token}`` (follow-ups);
- ``POST /channels/{channel}/messages`` with ``nonce`` + ``enforce_nonce`` de-duplication, and
  channels that can be made "gone" (404, code 10003 Unknown Channel) or "forbidden" (403, code
  50001 Missing Access);
- the gateway websocket at ``/gateway``: HELLO, IDENTIFY -> READY (+ GUILD_CREATE), heartbeat ACK,
  RESUME -> RESUMED, then whatever dispatches the test sends (``INTERACTION_CREATE`` for slash
  commands, autocomplete and button presses, ``MESSAGE_CREATE``).

Every HTTP request is recorded (``stub.requests``) so tests assert on exact payloads; anything the
stand-in does not know is answered 404 and listed in ``stub.unhandled``; protocol violations (a
second answer to one interaction, an edit before any answer, a late answer) are listed in
``stub.protocol_errors``. Use ``stub.script(...)`` to force an answer (429, 500, ...) on a route.

Pointing discord.py at it (test-only configuration, see ``stub.patch_discord(monkeypatch)``):
``discord.http.Route.BASE`` and ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads as P

API_PREFIX = "/api/v10"
INTERACTION_WINDOW_S = 3.0
PRIVILEGED_INTENTS = (
    (1 << 1) | (1 << 8) | (1 << 15)
)  # members, presences, message content  # Discord: the first answer must arrive within 3 seconds

# Interaction callback types (Discord "Interaction Response Object").
CALLBACK_MESSAGE = 4
CALLBACK_DEFERRED_MESSAGE = 5
CALLBACK_DEFERRED_UPDATE = 6
CALLBACK_UPDATE = 7
CALLBACK_AUTOCOMPLETE = 8


@dataclass
class RecordedRequest:
    method: str
    path: str  # relative to /api/v10, e.g. "/channels/123/messages"
    query: dict[str, str]
    headers: dict[str, str]
    json: Any = None  # the JSON body, or `payload_json` of a multipart body
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field -> (filename, bytes)
    at: float = field(default_factory=time.monotonic)
    status: int = 0


@dataclass
class ScriptedAnswer:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: Any
    headers: dict[str, str]
    times: int


@dataclass
class InteractionState:
    payload: dict[str, Any]
    dispatched_at: float
    callbacks: list[RecordedRequest] = field(default_factory=list)
    original: dict[str, Any] | None = None  # the message the first answer created/edited
    followups: list[dict[str, Any]] = field(default_factory=list)


def _json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py only parses a body whose Content-Type is exactly "application/json"; aiohttp's
    # json_response() appends "; charset=utf-8", so build the response by hand.
    h = {"Content-Type": "application/json"}
    h.update(headers or {})
    return web.Response(status=status, body=json.dumps(body).encode(), headers=h)


def _error(status: int, code: int, message: str) -> web.Response:
    return _json_response({"code": code, "message": message}, status)


class DiscordStub:
    """One fake Discord: one application/bot, one guild with one text channel, any number of users."""

    def __init__(self, *, token: str = "test-token", shards: int = 1) -> None:
        self.token = token
        self.shards = shards
        self.app_id = P.snowflake()
        self.bot_user = P.user(self.app_id, "capexbot", bot=True)
        self.owner = P.user(P.snowflake(), "owner")
        self.guild_id = P.snowflake()
        self.channel = P.text_channel(P.snowflake(), self.guild_id)
        self.channel_id: str = self.channel["id"]

        self.requests: list[RecordedRequest] = []
        self.unhandled: list[RecordedRequest] = []
        self.protocol_errors: list[str] = []
        self.identifies: list[dict[str, Any]] = []
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[str, list[dict[str, Any]]] = {}
        self.channel_messages: dict[str, list[dict[str, Any]]] = {}
        self.gone_channels: set[str] = set()
        self.forbidden_channels: set[str] = set()
        self.interactions: dict[str, InteractionState] = {}
        self.privileged_intents_allowed = True  # False: IDENTIFY asking for them is closed with 4014
        self.reactions: list[tuple[str, str, str]] = []  # (channel, message, emoji) the bot added

        self._nonces: dict[tuple[str, str], dict[str, Any]] = {}
        self._scripts: list[ScriptedAnswer] = []
        self._sockets: list[_GatewaySession] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """Value for ``discord.http.Route.BASE``."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        """Value for ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> DiscordStub:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        for session in list(self._sockets):
            await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def patch_discord(self, monkeypatch: Any) -> None:
        """Point discord.py at this stand-in for the duration of one test."""
        import discord.gateway
        import discord.http
        import yarl

        monkeypatch.setattr(discord.http.Route, "BASE", self.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(self.gateway_url))

    # ---------------------------------------------------------------- test helpers
    def script(
        self,
        method: str,
        path_regex: str,
        status: int,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests matching (method, path regex) with this status and body.

        For 429s a ``Via`` header is added (discord.py treats a 429 without it as a Cloudflare ban).
        """
        h = dict(headers or {})
        if status == 429:
            h.setdefault("Via", "1.1 google")
        self._scripts.append(ScriptedAnswer(method.upper(), re.compile(path_regex), status, body, h, times))

    def user(self, name: str = "alice") -> dict[str, Any]:
        return P.user(P.snowflake(), name)

    async def wait_until(self, predicate: Any, timeout: float = 5.0) -> Any:
        """Wait until `predicate()` returns something truthy (re-checked on every recorded change)."""

        async def _wait() -> Any:
            async with self._changed:
                while True:
                    value = predicate()
                    if value:
                        return value
                    await self._changed.wait()

        return await asyncio.wait_for(_wait(), timeout)

    async def wait_ready(self, timeout: float = 5.0) -> None:
        """Wait until at least one client IDENTIFIED and got READY."""
        await self.wait_until(lambda: self.identifies, timeout)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH (op 0) to every connected gateway session."""
        if not self._sockets:
            raise RuntimeError("no gateway session connected")
        for session in list(self._sockets):
            if session.owns_guild(self.guild_id):  # Discord routes guild events to one shard
                await session.send_dispatch(event, data)

    async def interact(
        self,
        path: str,
        options: dict[str, Any] | None = None,
        *,
        invoker: dict[str, Any] | None = None,
        locale: str = "en-US",
        permissions: int = P.MEMBER_PERMISSIONS,
        autocomplete_focus: str | None = None,
        command_guild: bool = False,
    ) -> dict[str, Any]:
        """Dispatch an INTERACTION_CREATE for slash command `path` and return its payload.

        With `autocomplete_focus`, the interaction is an AUTOCOMPLETE (type 4) one with that option
        focused. `permissions` are the invoker's resolved channel permissions (a bit set).
        """
        data = P.command_data(
            path,
            options,
            focused=autocomplete_focus,
            guild_id=self.guild_id if command_guild else None,
        )
        payload = P.interaction(
            app_id=self.app_id,
            guild_id=self.guild_id,
            channel=self.channel,
            invoker=invoker or self.user(),
            data=data,
            interaction_type=P.INTERACTION_AUTOCOMPLETE
            if autocomplete_focus
            else P.INTERACTION_APPLICATION_COMMAND,
            permissions=permissions,
            locale=locale,
        )
        self.interactions[payload["id"]] = InteractionState(payload, time.monotonic())
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def press(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        invoker: dict[str, Any] | None = None,
        locale: str = "en-US",
        permissions: int = P.MEMBER_PERMISSIONS,
    ) -> dict[str, Any]:
        """Someone presses the button `custom_id` of `message` (a message the bot sent): dispatches
        a MESSAGE_COMPONENT INTERACTION_CREATE carrying that message, as Discord does, and returns it.
        A button the message does not have is a test error (Discord would not offer it)."""
        ids = [c.get("custom_id") for row in message.get("components") or [] for c in row.get("components", [])]
        if custom_id not in ids:
            raise AssertionError(f"message {message.get('id')} has no button {custom_id!r} (it has {ids})")
        payload = P.interaction(
            app_id=self.app_id,
            guild_id=self.guild_id,
            channel=self.channel,
            invoker=invoker or self.user(),
            data=P.component_data(custom_id),
            interaction_type=P.INTERACTION_MESSAGE_COMPONENT,
            permissions=permissions,
            locale=locale,
            message=message,
        )
        self.interactions[payload["id"]] = InteractionState(payload, time.monotonic())
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def post_message(
        self,
        content: str,
        *,
        author: dict[str, Any] | None = None,
        mention_bot: bool = False,
        dm_channel: str | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Someone writes `content` in the guild channel (or, with `dm_channel`, in a DM with the
        bot); `mention_bot` prefixes a mention of the bot as a client's mention does; `reply_to`
        makes it a reply to that message (type 19, with `referenced_message` as Discord sends it).
        Dispatches MESSAGE_CREATE and returns the message."""
        author = author or self.user()
        channel_id = dm_channel or self.channel_id
        if mention_bot:
            content = f"<@{self.bot_user['id']}> {content}"
        msg = P.message(message_id=P.snowflake(), channel_id=channel_id, author=author, body={"content": content})
        if mention_bot:
            msg["mentions"] = [self.bot_user]
        if reply_to is not None:
            msg["type"] = 19
            msg["message_reference"] = {"message_id": reply_to["id"], "channel_id": channel_id}
            msg["referenced_message"] = reply_to
        if dm_channel is None:
            msg["guild_id"] = self.guild_id
            msg["member"] = {k: v for k, v in P.member(author, permissions=None).items() if k != "user"}
        self.channel_messages.setdefault(channel_id, []).append(msg)
        await self.dispatch("MESSAGE_CREATE", msg)
        return msg

    async def first_answer(self, interaction: dict[str, Any], timeout: float = 5.0) -> RecordedRequest:
        """The (first) callback the bot posted for this interaction."""
        state = self.interactions[interaction["id"]]
        return await self.wait_until(lambda: state.callbacks and state.callbacks[0], timeout)

    async def final_message(self, interaction: dict[str, Any], timeout: float = 5.0) -> dict[str, Any]:
        """The interaction's original response once it holds content (immediately, or after a
        deferred answer was edited)."""
        state = self.interactions[interaction["id"]]

        def ready() -> dict[str, Any] | None:
            msg = state.original
            if msg is None:
                return None
            if msg.get("content") or msg.get("embeds") or msg.get("attachments"):
                return msg
            return None

        return await self.wait_until(ready, timeout)

    def requests_to(self, method: str, path_regex: str) -> list[RecordedRequest]:
        rx = re.compile(path_regex)
        return [r for r in self.requests if r.method == method and rx.fullmatch(r.path)]

    # ---------------------------------------------------------------- REST
    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _read_body(self, request: web.Request) -> tuple[Any, dict[str, tuple[str, bytes]]]:
        ctype = request.headers.get("Content-Type", "")
        files: dict[str, tuple[str, bytes]] = {}
        if ctype.startswith("multipart/"):
            body: Any = None
            reader = await request.multipart()
            async for part in reader:
                data = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(data)
                else:
                    files[part.name or ""] = (part.filename or "", bytes(data))  # type: ignore[union-attr]
            return body, files
        raw = await request.read()
        if not raw:
            return None, files
        try:
            return json.loads(raw), files
        except ValueError:
            return raw.decode(errors="replace"), files

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body, files = await self._read_body(request)
        rec = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            headers=dict(request.headers),
            json=body,
            files=files,
        )
        self.requests.append(rec)
        try:
            response = self._scripted(rec) or await self._route(rec)
        except Exception as exc:  # a bug in the stand-in must be loud, not a hung test
            self.protocol_errors.append(f"stub crashed on {rec.method} {rec.path}: {exc!r}")
            response = _error(500, 0, "stub error")
        rec.status = response.status
        await self._notify()
        return response

    def _scripted(self, rec: RecordedRequest) -> web.Response | None:
        for s in self._scripts:
            if s.times > 0 and s.method == rec.method and s.pattern.fullmatch(rec.path):
                s.times -= 1
                return _json_response(s.body if s.body is not None else {}, s.status, s.headers)
        return None

    def _authorized(self, rec: RecordedRequest) -> bool:
        return rec.headers.get("Authorization") == f"Bot {self.token}"

    async def _route(self, rec: RecordedRequest) -> web.Response:
        m, p = rec.method, rec.path
        app = re.escape(self.app_id)

        # interaction callbacks and webhook (interaction token) routes need no bot token
        if m == "POST" and (mt := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", p)):
            return self._callback(rec, mt.group(1), mt.group(2))
        if mt := re.fullmatch(rf"/webhooks/{app}/([^/]+)/messages/@original", p):
            return self._original(rec, mt.group(1))
        if m == "POST" and (mt := re.fullmatch(rf"/webhooks/{app}/([^/]+)", p)):
            return self._followup(rec, mt.group(1))

        if not self._authorized(rec):
            return _error(401, 0, "401: Unauthorized")

        if m == "GET" and p == "/users/@me":
            return _json_response(self.bot_user)
        if m == "GET" and p == "/oauth2/applications/@me":
            return _json_response(P.application(self.app_id, self.bot_user, self.owner))
        if m == "GET" and p == "/gateway":
            return _json_response({"url": self.gateway_url})
        if m == "GET" and p == "/gateway/bot":
            return _json_response(
                {
                    "url": self.gateway_url,
                    "shards": self.shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 14400000,
                        "max_concurrency": 1,
                    },
                }
            )
        if mt := re.fullmatch(rf"/applications/{app}(?:/guilds/(\d+))?/commands", p):
            return self._commands(rec, mt.group(1))
        if m == "POST" and (mt := re.fullmatch(r"/channels/(\d+)/messages", p)):
            return self._channel_message(rec, mt.group(1))
        if m == "PUT" and (mt := re.fullmatch(r"/channels/(\d+)/messages/(\d+)/reactions/([^/]+)/@me", p)):
            return self._reaction(mt.group(1), mt.group(2), mt.group(3))

        self.unhandled.append(rec)
        return _error(404, 0, "404: Not Found")

    def _commands(self, rec: RecordedRequest, guild_id: str | None) -> web.Response:
        if rec.method == "GET":
            return _json_response(self.guild_commands.get(guild_id, []) if guild_id else self.global_commands)
        if rec.method != "PUT" or not isinstance(rec.json, list):
            return _error(400, 50035, "Invalid Form Body")
        stored = []
        for definition in rec.json:
            cmd = {
                "id": P.snowflake(),
                "application_id": self.app_id,
                "version": P.snowflake(),
                "type": 1,
                "default_member_permissions": None,
                "nsfw": False,
                "name_localizations": None,
                "description_localizations": None,
                "options": [],
                "contexts": None,
                "integration_types": [0],
                **definition,
            }
            if guild_id:
                cmd["guild_id"] = guild_id
            stored.append(cmd)
        if guild_id:
            self.guild_commands[guild_id] = stored
        else:
            self.global_commands = stored
        return _json_response(stored)

    def _channel_message(self, rec: RecordedRequest, channel_id: str) -> web.Response:
        if channel_id in self.gone_channels:
            return _error(404, 10003, "Unknown Channel")
        if channel_id in self.forbidden_channels:
            return _error(403, 50001, "Missing Access")
        body = rec.json or {}
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            # Discord: with enforce_nonce, a message with a nonce already used in this channel
            # (within a few minutes) is not created again; the existing message is returned.
            existing = self._nonces.get((channel_id, str(nonce)))
            if existing is not None:
                return _json_response(existing)
        msg = P.message(message_id=P.snowflake(), channel_id=channel_id, author=self.bot_user, body=body)
        self.channel_messages.setdefault(channel_id, []).append(msg)
        if nonce is not None:
            self._nonces[(channel_id, str(nonce))] = msg
        return _json_response(msg)

    def _reaction(self, channel_id: str, message_id: str, emoji: str) -> web.Response:
        if channel_id in self.gone_channels:
            return _error(404, 10003, "Unknown Channel")
        if channel_id in self.forbidden_channels:
            return _error(403, 50001, "Missing Access")
        from urllib.parse import unquote

        self.reactions.append((channel_id, message_id, unquote(emoji)))
        return web.Response(status=204)

    def _state_for_token(self, token: str) -> InteractionState | None:
        for state in self.interactions.values():
            if state.payload["token"] == token:
                return state
        return None

    def _callback(self, rec: RecordedRequest, interaction_id: str, token: str) -> web.Response:
        state = self.interactions.get(interaction_id)
        if state is None or state.payload["token"] != token:
            return _error(404, 10062, "Unknown interaction")
        if state.callbacks:
            self.protocol_errors.append(f"interaction {interaction_id} answered twice")
            return _error(400, 40060, "Interaction has already been acknowledged.")
        late = rec.at - state.dispatched_at
        if late > INTERACTION_WINDOW_S:
            self.protocol_errors.append(f"interaction {interaction_id} answered after {late:.2f}s")
            return _error(404, 10062, "Unknown interaction")
        state.callbacks.append(rec)
        body = rec.json or {}
        kind = body.get("type")
        data = body.get("data") or {}
        interaction: dict[str, Any] = {"id": interaction_id, "type": state.payload["type"]}
        out: dict[str, Any] = {"interaction": interaction}
        if kind in (CALLBACK_MESSAGE, CALLBACK_DEFERRED_MESSAGE):
            msg_body = {} if kind == CALLBACK_DEFERRED_MESSAGE else data
            msg_body = {**msg_body, "flags": data.get("flags", 0)}
            message = P.message(
                message_id=P.snowflake(),
                channel_id=self.channel_id,
                author=self.bot_user,
                body=msg_body,
                message_type=20,
                interaction_id=interaction_id,
            )
            state.original = message
            ephemeral = bool(int(data.get("flags", 0)) & 64)
            interaction.update(
                response_message_id=message["id"],
                response_message_loading=kind == CALLBACK_DEFERRED_MESSAGE,
                response_message_ephemeral=ephemeral,
            )
            out["resource"] = {"type": kind, "message": message}
        elif kind == CALLBACK_AUTOCOMPLETE:
            choices = data.get("choices")
            if not isinstance(choices, list) or len(choices) > 25:
                self.protocol_errors.append(f"autocomplete answer invalid: {choices!r}")
                return _error(400, 50035, "Invalid Form Body")
            out["resource"] = {"type": kind}
        else:
            out["resource"] = {"type": kind}
        return _json_response(out)

    def _original(self, rec: RecordedRequest, token: str) -> web.Response:
        state = self._state_for_token(token)
        if state is None or state.original is None:
            self.protocol_errors.append(f"{rec.method} @original before any answer")
            return _error(404, 10008, "Unknown Message")
        if rec.method == "GET":
            return _json_response(state.original)
        if rec.method == "DELETE":
            state.original = {}
            return web.Response(status=204)
        if rec.method == "PATCH":
            body = rec.json or {}
            edited = dict(state.original)
            for key in ("content", "embeds", "components", "attachments"):
                if key in body:
                    edited[key] = body[key]
            if rec.files or "attachments" in body:
                edited["attachments"] = [
                    {
                        "id": P.snowflake(),
                        "filename": fn,
                        "size": len(data),
                        "url": "http://127.0.0.1/attachments/" + fn,
                        "proxy_url": "http://127.0.0.1/attachments/" + fn,
                    }
                    for fn, data in rec.files.values()
                ]
            edited["edited_timestamp"] = P.iso_now()
            state.original = edited
            return _json_response(edited)
        return _error(405, 0, "405: Method Not Allowed")

    def _followup(self, rec: RecordedRequest, token: str) -> web.Response:
        state = self._state_for_token(token)
        if state is None or not state.callbacks:
            self.protocol_errors.append("follow-up before any answer")
            return _error(404, 10015, "Unknown Webhook")
        msg = P.message(
            message_id=P.snowflake(),
            channel_id=self.channel_id,
            author=self.bot_user,
            body=rec.json or {},
        )
        state.followups.append(msg)
        return _json_response(msg)

    # ---------------------------------------------------------------- gateway
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        session = _GatewaySession(self, ws)
        self._sockets.append(session)
        try:
            await session.run()
        finally:
            self._sockets.remove(session)
        return ws


class _GatewaySession:
    """One gateway connection: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, dispatches."""

    HEARTBEAT_INTERVAL_MS = 41250

    def __init__(self, stub: DiscordStub, ws: web.WebSocketResponse) -> None:
        self.stub = stub
        self.ws = ws
        self.seq = 0
        self.session_id = "session-" + P.snowflake()
        self.shard: list[int] = [0, 1]
        self._send_lock = asyncio.Lock()

    async def send(self, op: int, d: Any, t: str | None = None) -> None:
        async with self._send_lock:
            frame: dict[str, Any] = {"op": op, "d": d, "s": None, "t": t}
            if op == 0:
                self.seq += 1
                frame["s"] = self.seq
            # Text frames are accepted whatever compression the client asked for.
            await self.ws.send_str(json.dumps(frame))

    async def send_dispatch(self, event: str, data: dict[str, Any]) -> None:
        await self.send(0, data, event)

    def owns_guild(self, guild_id: str) -> bool:
        shard_id, count = self.shard
        return (int(guild_id) >> 22) % max(count, 1) == shard_id

    async def run(self) -> None:
        await self.send(10, {"heartbeat_interval": self.HEARTBEAT_INTERVAL_MS})
        async for msg in self.ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            op, d = frame.get("op"), frame.get("d")
            if op == 1:  # heartbeat
                await self.send(11, None)
            elif op == 2:  # identify
                await self._identify(d)
            elif op == 6:  # resume
                await self.send_dispatch("RESUMED", {})

    async def _identify(self, d: dict[str, Any]) -> None:
        stub = self.stub
        if d.get("token") != stub.token:
            await self.ws.close(code=4004, message=b"Authentication failed.")
            return
        if not stub.privileged_intents_allowed and int(d.get("intents", 0)) & PRIVILEGED_INTENTS:
            await self.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        if d.get("shard"):
            self.shard = list(d["shard"])
        guilds = [stub.guild_id] if self.owns_guild(stub.guild_id) else []
        ready = {
            "v": 10,
            "user": stub.bot_user,
            "guilds": [{"id": g, "unavailable": True} for g in guilds],
            "session_id": self.session_id,
            "resume_gateway_url": stub.gateway_url,
            "shard": self.shard,
            "application": {"id": stub.app_id, "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        await self.send_dispatch("READY", ready)
        for g in guilds:
            await self.send_dispatch("GUILD_CREATE", P.guild(g, [stub.channel], stub.bot_user))
        stub.identifies.append(d)
        await stub._notify()
