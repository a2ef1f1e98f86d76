"""Matrix plumbing for the adapter (bot/platforms/matrix/adapter.py): configuration, login that
keeps one device across restarts, and sends that honour rate limits and answer in the delivery
vocabulary (bot/platforms/delivery.py).

The device is the unit everything hangs off in Matrix: end-to-end keys, and the scope of transaction
ids (so a retried `send_notice(..., txn_id=key)` is deduplicated by the homeserver). We therefore
persist the device id and its access token in `storage.state` and reuse them; we never log out.
"""

from __future__ import annotations

import asyncio
import fnmatch
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import nio
from pydantic import SecretStr

from bot.platforms.delivery import DeliveryResult, failed, sent
from bot.platforms.matrix.render import image_content, render_content
from bot.settings import ConfigError, Settings
from commands.types import Reply
from storage.backoff import Backoff

log = logging.getLogger("capexbot.matrix")

DEVICE_NAME = "capexbot"


class MatrixConfigError(ConfigError):
    """Bad or rejected Matrix credentials: a setting that cannot work, so the bot stops with one
    readable line and exit 2 instead of retrying a login the homeserver will refuse again."""


def _secret(value: SecretStr | None) -> str | None:
    return (value.get_secret_value() or None) if value is not None else None


@dataclass(frozen=True)
class MatrixConfig:
    homeserver: str
    user_id: str
    password: str | None = None
    access_token: str | None = None
    device_id: str | None = None
    prefix: str = "!"
    allowed_inviters: tuple[str, ...] = ()
    admin_power_level: int = 50
    store_path: str | None = None
    cooldown_seconds: float = 0.0

    @property
    def server_name(self) -> str:
        return self.user_id.split(":", 1)[1] if ":" in self.user_id else ""

    @property
    def localpart(self) -> str:
        return self.user_id.lstrip("@").split(":", 1)[0]

    @property
    def inviter_patterns(self) -> tuple[str, ...]:
        """Who may invite the bot; default: anyone on the bot's own homeserver."""
        return self.allowed_inviters or (f"@*:{self.server_name}",)

    @classmethod
    def from_settings(cls, settings: Settings) -> MatrixConfig | None:
        """None when Matrix is not configured (homeserver + user id + password or access token)."""
        password = _secret(settings.matrix_password)
        token = _secret(settings.matrix_access_token)
        if not (settings.matrix_homeserver and settings.matrix_user_id and (password or token)):
            return None
        inviters = settings.matrix_allowed_inviters.replace(";", ",").split(",")
        return cls(
            homeserver=settings.matrix_homeserver.rstrip("/"),
            user_id=settings.matrix_user_id,
            password=password,
            access_token=token,
            device_id=settings.matrix_device_id or None,
            prefix=settings.matrix_command_prefix or "!",
            allowed_inviters=tuple(p.strip() for p in inviters if p.strip()),
            admin_power_level=settings.matrix_admin_power_level,
            store_path=str(settings.matrix_store_path) if settings.matrix_store_path else None,
            cooldown_seconds=settings.matrix_cooldown_seconds,
        )


def inviter_allowed(inviter: str, patterns: tuple[str, ...]) -> bool:
    """Whether `inviter` matches one of `patterns`: exact user ids, `*:server`, or `*`."""
    for pattern in patterns:
        if pattern.startswith("*:"):
            pattern = "@" + pattern
        if fnmatch.fnmatchcase(inviter, pattern):
            return True
    return False


_STATUS_BY_CODE = {"M_FORBIDDEN": "forbidden", "M_NOT_FOUND": "gone"}
_NETWORK_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError, OSError)


def client_config(encryption: bool) -> nio.AsyncClientConfig:
    # nio's own 429/timeout loops are switched off: we handle them explicitly (and testably).
    return nio.AsyncClientConfig(
        max_limit_exceeded=0,
        max_timeouts=0,
        store_sync_tokens=False,
        encryption_enabled=encryption,
        request_timeout=30,
    )


def new_client(config: MatrixConfig, *, encryption: bool | None = None) -> nio.AsyncClient:
    encryption = bool(config.store_path) if encryption is None else encryption
    if encryption:
        private_dir(Path(config.store_path or "."))
    return nio.AsyncClient(
        config.homeserver,
        config.user_id,
        device_id=config.device_id or "",
        store_path=(config.store_path or "") if encryption else "",
        config=client_config(encryption),
    )


def private_dir(path: Path) -> None:
    """The e2e key store holds the device's private keys: its directory is the owner's only (0700),
    so the key files nio creates inside cannot be read by other users whatever their mode."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077 and path.resolve() != Path.cwd().resolve():
        path.chmod(0o700)


class CredentialStore:
    """Device id and access token of the bot's device, in storage.state (keyed by user id)."""

    def __init__(self, state: Any, user_id: str) -> None:
        self.state, self.prefix = state, f"matrix:{user_id}:"

    async def get(self, name: str) -> str | None:
        return await self.state.get(self.prefix + name)

    async def set(self, name: str, value: str) -> None:
        await self.state.set(self.prefix + name, value)


async def login(client: nio.AsyncClient, config: MatrixConfig, state: Any) -> None:
    """Log in, reusing the persisted device (and its token) so keys and txn ids survive restarts."""
    creds = CredentialStore(state, config.user_id)
    stored_device = await creds.get("device_id")
    if (
        stored_device
        and client.config.encryption_enabled
        and not config.access_token
        and not config.device_id
    ):
        store = Path(config.store_path or ".") / f"{config.user_id}_{stored_device}.db"
        if not store.exists():  # the e2e store was lost: its device's keys are gone with it
            log.warning("matrix: no e2e store for device %s; logging in on a new device", stored_device)
            stored_device = None
            await creds.set("access_token", "")
    device_id = config.device_id or stored_device
    if config.access_token:
        who = await client_whoami(client, config.access_token, config.user_id)
        device_id = config.device_id or who.device_id
        client.restore_login(config.user_id, device_id, config.access_token)
        await creds.set("device_id", device_id)
        return
    stored_token = await creds.get("access_token")
    if stored_token and stored_device and device_id == stored_device:
        who = await client_whoami(client, stored_token, config.user_id, missing_ok=True)
        if who is not None and who.device_id == stored_device:
            client.restore_login(config.user_id, stored_device, stored_token)
            return
    client.device_id = device_id or ""  # nio sends it with the login: Synapse then reuses the device
    resp = await client.login(config.password or "", device_name=DEVICE_NAME)
    if not isinstance(resp, nio.LoginResponse):
        raise MatrixConfigError(f"Matrix login for {config.user_id} failed: {resp.message}")
    await creds.set("device_id", resp.device_id)
    await creds.set("access_token", resp.access_token)
    log.info("matrix: logged in as %s on device %s", resp.user_id, resp.device_id)


async def client_whoami(
    client: nio.AsyncClient, token: str, user_id: str, missing_ok: bool = False
) -> nio.WhoamiResponse | None:
    client.access_token, client.user_id = token, user_id
    resp = await client.whoami()
    client.access_token = ""
    if isinstance(resp, nio.WhoamiResponse):
        return resp
    if missing_ok:
        return None
    raise MatrixConfigError(f"Matrix access token for {user_id} rejected: {resp.message}")


class MatrixSender:
    """Posts Replies and images to rooms. Used by the front end; usable by alerts and charts.

    Every send carries a transaction id; pass a stable `txn_id` (e.g. an outbox idempotency key)
    and the homeserver deduplicates retries on the same device. `M_LIMIT_EXCEEDED` waits the
    server's `retry_after_ms` (up to `max_wait` seconds in total, then returns `retry_after`).
    """

    def __init__(self, client: nio.AsyncClient, *, max_attempts: int = 6, max_wait: float = 60.0) -> None:
        self.client = client
        self.max_attempts = max_attempts
        self.max_wait = max_wait
        self._encrypted: dict[str, bool] = {}

    async def send_notice(
        self, room_id: str, reply: Reply, txn_id: str | None = None, *, in_reply_to: str | None = None
    ) -> DeliveryResult:
        """Send `reply` as an m.notice (a reply to `in_reply_to` when given)."""
        return await self.send_content(room_id, render_content(reply, in_reply_to=in_reply_to), txn_id)

    async def send_image(
        self,
        room_id: str,
        png: bytes,
        name: str = "chart.png",
        caption: str = "",
        txn_id: str | None = None,
        *,
        in_reply_to: str | None = None,
    ) -> DeliveryResult:
        """Upload `png` to the media repository and send it as m.image (encrypted in e2e rooms)."""
        encrypted = await self.room_is_encrypted(room_id)
        if encrypted and self.client.olm is None:
            return failed("room is encrypted and this client has no e2e store")
        try:
            resp, keys = await self.client.upload(
                lambda _a, _b: png,
                content_type="image/png",
                filename=name,
                filesize=len(png),
                encrypt=encrypted,
            )
        except _NETWORK_ERRORS as exc:
            return failed(f"upload: {exc!r}")
        if not isinstance(resp, nio.UploadResponse):
            if getattr(resp, "status_code", None) == "M_LIMIT_EXCEEDED":
                return DeliveryResult("retry_after", "M_LIMIT_EXCEEDED", (resp.retry_after_ms or 1000) / 1000)
            return failed(f"upload: {resp.message}")
        content = image_content(resp.content_uri, png, name, caption=caption, in_reply_to=in_reply_to)
        if encrypted and keys:
            content.pop("url")
            content["file"] = {**keys, "url": resp.content_uri, "mimetype": "image/png"}
        return await self.send_content(room_id, content, txn_id)

    async def room_is_encrypted(self, room_id: str) -> bool:
        room = self.client.rooms.get(room_id)
        if room is not None:
            return room.encrypted
        if room_id not in self._encrypted:  # a client that does not sync: ask the server once
            resp = await self.client.room_get_state_event(room_id, "m.room.encryption")
            self._encrypted[room_id] = isinstance(resp, nio.RoomGetStateEventResponse)
        return self._encrypted[room_id]

    async def send_content(
        self,
        room_id: str,
        content: dict[str, Any],
        txn_id: str | None = None,
        *,
        event_type: str = "m.room.message",
    ) -> DeliveryResult:
        txn_id = txn_id or uuid.uuid4().hex
        if self.client.olm is None and await self.room_is_encrypted(room_id):
            return failed("room is encrypted and this client has no e2e store")
        backoff, waited, last = Backoff(0.5, 10.0), 0.0, failed("no attempt made")
        for _ in range(self.max_attempts):
            try:
                resp = await self.client.room_send(
                    room_id, event_type, content, tx_id=txn_id, ignore_unverified_devices=True
                )
            except nio.LocalProtocolError as exc:
                return failed(str(exc))
            except _NETWORK_ERRORS as exc:
                last, delay = failed(repr(exc)), backoff.next()
            else:
                if isinstance(resp, nio.RoomSendResponse):
                    return sent(resp.event_id)
                code = resp.status_code or ""
                if code == "M_LIMIT_EXCEEDED":
                    delay = (resp.retry_after_ms or 1000) / 1000
                    log.info("matrix: rate limited in %s, waiting %.2fs as asked", room_id, delay)
                    last = DeliveryResult("retry_after", code, delay)
                    if waited + delay > self.max_wait:
                        return last
                elif code == "M_UNKNOWN_TOKEN":  # our token, not the room: never "gone"
                    return failed(f"{code}: {resp.message}")
                elif code in _STATUS_BY_CODE:
                    return DeliveryResult(_STATUS_BY_CODE[code], f"{code}: {resp.message}")  # type: ignore[arg-type]
                else:
                    last, delay = failed(f"{code}: {resp.message}"), backoff.next()
            await asyncio.sleep(delay)
            waited += delay
        return last
