"""The webhook network (outbound only): POST the JSON payload with an `Idempotency-Key` header (the same on every retry,
so a receiver that dedupes on it sees each alert once even when we crash between send and mark).

Webhook URLs often carry a secret (user:password@, a token in the path or the query), so a URL is
only ever logged through `redact_url`.
"""

from __future__ import annotations

import hashlib
import json
import logging
from urllib.parse import urlsplit

import aiohttp

from bot.platforms.delivery import DeliveryResult, Target, failed, retry_after_from, sent
from commands.types import Reply

log = logging.getLogger("capexbot.alerts.webhook")

GONE_STATUSES = {404: "Not Found", 410: "Gone"}
FORBIDDEN_STATUSES = {401: "Unauthorized", 403: "Forbidden"}
USER_AGENT = "capexbot-alerts/0.1"


class InvalidWebhookUrl(ValueError):
    pass


def validate_url(url: str) -> str:
    """An absolute http(s) URL with a host, else InvalidWebhookUrl (message safe to show)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a bad port
    except ValueError:
        raise InvalidWebhookUrl("not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise InvalidWebhookUrl("webhook URLs must start with http:// or https://")
    if not parts.hostname:
        raise InvalidWebhookUrl("the URL has no host")
    if any(ch.isspace() for ch in url):
        raise InvalidWebhookUrl("the URL contains spaces")
    del port
    return url


def redact_url(url: str) -> str:
    """scheme://host[:port]/first-segment/… plus a short fingerprint; never credentials, tokens or
    queries. Two different URLs get different fingerprints, so logs stay useful."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "?"
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        return "<invalid url>"
    segments = [s for s in parts.path.split("/") if s]
    path = f"/{segments[0]}" if segments else ""
    if len(segments) > 1 or parts.query:
        path += "/…"
    fingerprint = hashlib.sha256(url.encode()).hexdigest()[:8]
    return f"{parts.scheme}://{host}{path} #{fingerprint}"


class WebhookAdapter:
    """Webhook URLs as a network: nothing comes in; `send` posts the target's JSON payload (or the
    reply's `ask --json` object when there is none)."""

    name = "webhook"
    inbound = False

    def __init__(self, *, timeout: float = 10.0, max_connections: int = 100) -> None:
        self.timeout = timeout
        self.max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self.max_connections, limit_per_host=self.max_connections
                ),
                timeout=aiohttp.ClientTimeout(total=self.timeout, connect=min(self.timeout, 10.0)),
                headers={"User-Agent": USER_AGENT},
            )
        return self._session

    async def run(self) -> None:
        """Nothing to listen to: webhooks only carry alerts out."""

    async def send(self, target: Target, reply: Reply, idempotency_key: str) -> DeliveryResult:
        body = json.dumps(target.payload or reply.to_json(), ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", "Idempotency-Key": idempotency_key}
        try:
            async with self._client().post(target.id, data=body, headers=headers, allow_redirects=False) as resp:
                status = resp.status
                if 200 <= status < 300:
                    if resp.content_length is not None and resp.content_length <= 65536:
                        await resp.read()  # small bodies are drained so the connection is reused
                    return sent()
                # never read an unbounded error body: 4 KB is plenty for retry_after(_ms)
                text = (await resp.content.read(4096)).decode("utf-8", errors="replace")
                if status == 429:
                    try:
                        parsed = json.loads(text) if text else None
                    except ValueError:
                        parsed = None
                    wait = retry_after_from(resp.headers.get("Retry-After"), parsed)
                    return DeliveryResult("retry_after", f"HTTP 429 (retry after {wait:.1f} s)", wait)
                if status in GONE_STATUSES:
                    return DeliveryResult("gone", f"HTTP {status} {GONE_STATUSES[status]}")
                if status in FORBIDDEN_STATUSES:
                    return DeliveryResult("forbidden", f"HTTP {status} {FORBIDDEN_STATUSES[status]}")
                return failed(f"HTTP {status} {resp.reason or ''}".strip())
        except TimeoutError:
            return failed(f"timed out after {self.timeout:g} s")
        except aiohttp.ClientError as exc:
            # aiohttp errors can embed the URL: name the error type only
            return failed(f"{type(exc).__name__}")
        except OSError as exc:
            return failed(f"{type(exc).__name__}: {exc.strerror or ''}".strip())

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
