"""The SEC HTTP client against a local aiohttp server (no network beyond 127.0.0.1)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sec_fake_server import FakeSec

from storage.sources.sec_client import (
    RateLimiter,
    SecClient,
    SecConfigError,
    SecHttpError,
    Validators,
    check_user_agent,
    parse_retry_after,
)

META = (Path(__file__).parent / "fixtures" / "sec" / "CIK0001326801.capex-trimmed.json").read_bytes()
UA = "Capexbot tests ops@example.org"


@pytest.fixture
async def sec():
    server = await FakeSec(files={1326801: META}).start()
    yield server
    await server.stop()


class RecordingSleep:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


def make_client(sec: FakeSec, sleep=None, **kw) -> SecClient:
    return SecClient(UA, base_url=sec.base_url, backoff_base=0.01, sleep=sleep or asyncio.sleep, **kw)


async def test_user_agent_sent_and_validators_returned(sec):
    async with make_client(sec) as client:
        res = await client.companyfacts(1326801)
    assert res.status == 200 and res.body == META
    assert sec.requests[0]["User-Agent"] == UA
    assert sec.requests[0]["path"] == "/api/xbrl/companyfacts/CIK0001326801.json"
    assert res.validators.etag == sec.etag(META)
    assert res.validators.last_modified == sec.last_modified


async def test_conditional_request_gets_304(sec):
    async with make_client(sec) as client:
        first = await client.companyfacts(1326801)
        again = await client.companyfacts(1326801, first.validators)
    assert again.not_modified and again.body is None
    assert sec.requests[1]["If-None-Match"] == first.validators.etag
    assert sec.requests[1]["If-Modified-Since"] == sec.last_modified
    assert sec.statuses == [200, 304]


async def test_429_with_retry_after_is_retried_and_honoured(sec):
    sec.script = ["429"]
    sec.retry_after = "3"
    sleep = RecordingSleep()
    async with make_client(sec, sleep=sleep) as client:
        res = await client.companyfacts(1326801)
    assert res.status == 200 and res.attempts == 2
    assert sec.statuses == [429, 200]
    assert any(s >= 3 for s in sleep.calls)  # waited at least what Retry-After asked


async def test_503_is_retried_with_backoff(sec):
    sec.script = ["503", "503"]
    sleep = RecordingSleep()
    async with make_client(sec, sleep=sleep) as client:
        res = await client.companyfacts(1326801)
    assert res.attempts == 3 and sec.statuses == [503, 503, 200]
    backoffs = [s for s in sleep.calls if s > 0]
    assert len(backoffs) == 2 and backoffs[1] > backoffs[0] * 0.9  # exponential (with jitter)


async def test_persistent_5xx_gives_up_with_clear_error(sec):
    sec.script = ["503"] * 10
    async with make_client(sec, sleep=RecordingSleep(), max_attempts=3) as client:
        with pytest.raises(SecHttpError, match="after 3 attempts.*HTTP 503"):
            await client.companyfacts(1326801)
    assert sec.statuses == [503, 503, 503]


async def test_404_and_403_are_not_retried(sec):
    async with make_client(sec, sleep=RecordingSleep()) as client:
        with pytest.raises(SecHttpError, match="404") as err:
            await client.companyfacts(1)
        assert err.value.status == 404
        sec.script = ["403"]
        with pytest.raises(SecHttpError, match="User-Agent"):
            await client.companyfacts(1326801)
    assert sec.statuses == [404, 403]


async def test_truncated_transfer_is_retried(sec):
    sec.script = ["truncate"]
    async with make_client(sec, sleep=RecordingSleep()) as client:
        res = await client.companyfacts(1326801)
    assert res.body == META and res.attempts == 2


async def test_truncated_transfer_every_time_fails(sec):
    sec.script = ["truncate"] * 3
    async with make_client(sec, sleep=RecordingSleep(), max_attempts=3) as client:
        with pytest.raises(SecHttpError, match="after 3 attempts"):
            await client.companyfacts(1326801)


async def test_rate_limit_spaces_requests(sec):
    async with SecClient(UA, base_url=sec.base_url, max_per_second=10) as client:
        t0 = time.monotonic()
        await asyncio.gather(*(client.companyfacts(1326801) for _ in range(6)))
        elapsed = time.monotonic() - t0
    assert len(sec.requests) == 6
    assert elapsed >= 0.5 - 0.02  # 6 starts, >= 100 ms apart


async def test_rate_is_capped_at_sec_limit():
    client = SecClient(UA, max_per_second=50)
    assert client.limiter.interval == pytest.approx(0.1)
    await client.close()


async def test_limiter_with_fake_clock():
    now = [0.0]
    slept: list[float] = []

    async def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = RateLimiter(10, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):
        await limiter.acquire()
    assert now[0] == pytest.approx(0.4)
    assert slept == pytest.approx([0.1] * 4)


@pytest.mark.parametrize("ua", [None, "", "   ", "capexbot", "no-email here", "a@b.c\nX-Evil: 1"])
def test_user_agent_required(ua):
    with pytest.raises(SecConfigError):
        check_user_agent(ua)


def test_retry_after_parsing():
    assert parse_retry_after("7") == 7
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    later = datetime.now(UTC) + timedelta(seconds=30)
    assert 25 <= parse_retry_after(format_datetime(later, usegmt=True)) <= 31


def test_validators_roundtrip():
    v = Validators('"abc"', "Mon, 02 Nov 2026 10:00:00 GMT")
    assert Validators.from_dict(v.to_dict()) == v
    assert Validators().headers() == {}
