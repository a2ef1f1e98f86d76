"""A polite asynchronous client for SEC EDGAR's data API (companyfacts).

- `SEC_USER_AGENT` ("Name email@example.com", as SEC asks) is required: no anonymous requests.
- At most `max_per_second` requests per second (SEC's limit is 10), shared by every request
  made through one client.
- Conditional requests: the caller passes the ETag / Last-Modified it kept from the last good
  fetch; a 304 costs one small request and returns no body.
- 429 and 5xx (and dropped or truncated transfers) are retried with exponential backoff and
  jitter, honouring `Retry-After`; 403/404 and other 4xx fail at once with a clear message.
- The body is returned as bytes: decoding and extraction run off the event loop (see sec_ingest).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import aiohttp

from storage.backoff import backoff_delay, parse_retry_after

DEFAULT_BASE_URL = "https://data.sec.gov"
SEC_MAX_PER_SECOND = 10.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SecConfigError(Exception):
    """The client cannot be used as configured (e.g. no User-Agent)."""


class SecHttpError(Exception):
    """A request failed for good (after retries, or with a status that is not worth retrying)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out

    def to_dict(self) -> dict[str, str | None]:
        return {"etag": self.etag, "last_modified": self.last_modified}

    @classmethod
    def from_dict(cls, data: dict | None) -> Validators:
        data = data or {}
        return cls(etag=data.get("etag"), last_modified=data.get("last_modified"))


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int  # 200 or 304
    body: bytes | None
    validators: Validators
    attempts: int

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_user_agent(user_agent: str | None) -> str:
    ua = (user_agent or "").strip()
    if not ua or "@" not in ua or len(ua.split()) < 2:
        raise SecConfigError(
            "SEC_USER_AGENT must be set to a name and an e-mail address "
            "(e.g. 'Capexbot admin@example.org'), as SEC requires"
        )
    if any(ord(c) < 32 for c in ua):
        raise SecConfigError("SEC_USER_AGENT must be a single line")
    return ua


class RateLimiter:
    """Spaces request starts at least 1/rate seconds apart (a strict token bucket of size 1)."""

    def __init__(self, per_second: float, clock=time.monotonic, sleep=asyncio.sleep) -> None:
        if per_second <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / per_second
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            now = self._clock()
            wait = self._next - now
            if wait > 0:
                await self._sleep(wait)
                now = self._clock()
            self._next = max(now, self._next) + self.interval


class SecClient:
    def __init__(
        self,
        user_agent: str | None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_per_second: float = SEC_MAX_PER_SECOND,
        max_attempts: int = 5,
        backoff_base: float = 1.0,
        backoff_cap: float = 60.0,
        max_retry_after: float = 600.0,
        timeout: float = 120.0,
        max_bytes: int = 256 * 1024 * 1024,
        session: aiohttp.ClientSession | None = None,
        sleep=asyncio.sleep,
    ) -> None:
        self.user_agent = check_user_agent(user_agent)
        self.base_url = base_url.rstrip("/")
        self.limiter = RateLimiter(min(max_per_second, SEC_MAX_PER_SECOND))
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.max_bytes = max_bytes
        self._session = session
        self._own_session = session is None
        self._sleep = sleep  # backoff waits (the rate limiter always waits for real)

    async def __aenter__(self) -> SecClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                timeout=self.timeout,
            )
        return self._session

    def companyfacts_url(self, cik: int) -> str:
        return f"{self.base_url}/api/xbrl/companyfacts/CIK{int(cik):010d}.json"

    async def companyfacts(self, cik: int, validators: Validators | None = None) -> FetchResult:
        return await self.get(self.companyfacts_url(cik), validators)

    def submissions_url(self, cik: int) -> str:
        return f"{self.base_url}/submissions/CIK{int(cik):010d}.json"

    async def submissions(self, cik: int) -> FetchResult:
        """The filer's submissions index (name, tickers, fiscalYearEnd, recent filings)."""
        return await self.get(self.submissions_url(cik))

    async def get(self, url: str, validators: Validators | None = None) -> FetchResult:
        validators = validators or Validators()
        headers = {"User-Agent": self.user_agent, **validators.headers()}
        last_problem = "no attempt made"
        last_status: int | None = None
        for attempt in range(1, self.max_attempts + 1):
            await self.limiter.acquire()
            wait: float | None = None
            try:
                async with self._get_session().get(url, headers=headers) as resp:
                    if resp.status == 304:
                        return FetchResult(url, 304, None, validators, attempt)
                    if resp.status == 200:
                        body = await self._read(resp)
                        fresh = Validators(resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
                        return FetchResult(url, 200, body, fresh, attempt)
                    last_status = resp.status
                    if resp.status not in RETRY_STATUSES:
                        raise SecHttpError(self._explain(resp.status, url), resp.status)
                    last_problem = f"HTTP {resp.status}"
                    wait = parse_retry_after(resp.headers.get("Retry-After"))
            except SecHttpError:
                raise
            except (aiohttp.ClientError, TimeoutError) as exc:
                # Dropped connection, timeout, or a body shorter than its Content-Length.
                last_problem = f"{type(exc).__name__}: {exc}".strip()
                last_status = None
            if attempt == self.max_attempts:
                break
            delay = backoff_delay(attempt, self.backoff_base, self.backoff_cap)
            if wait is not None:
                delay = max(delay, min(wait, self.max_retry_after))
            await self._sleep(delay)
        raise SecHttpError(
            f"GET {url} failed after {self.max_attempts} attempts (last: {last_problem})", last_status
        )

    async def _read(self, resp: aiohttp.ClientResponse) -> bytes:
        length = resp.content_length
        if length is not None and length > self.max_bytes:
            raise SecHttpError(f"{resp.url}: response of {length} bytes is over the limit", resp.status)
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(1 << 16):
            size += len(chunk)
            if size > self.max_bytes:
                raise SecHttpError(f"{resp.url}: response over {self.max_bytes} bytes", resp.status)
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _explain(status: int, url: str) -> str:
        if status == 403:
            return (
                f"GET {url}: HTTP 403 from SEC (missing/unaccepted User-Agent, or the 10 requests/s "
                "limit was exceeded; SEC then blocks for a while)"
            )
        if status == 404:
            what = "no XBRL company facts for this CIK" if "/companyfacts/" in url else "not found"
            return f"GET {url}: HTTP 404 ({what})"
        return f"GET {url}: HTTP {status}"
