"""Shared fixtures, defined once for every suite below tests/: a real SQLite file per test (migrated
and seeded like a first start), the Services around it, the local webhook receiver, and the
Discord stand-in with discord.py pointed at it.

Storage tests marked `both_backends` run twice: on SQLite and on a real PostgreSQL server started
once per session (tests/pg_server.py). Without CI=true a missing server skips with the reason; under
CI it fails.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alerts_receiver import Receiver
from discord_stub import DiscordStub
from pg_server import PgServer, PgUnavailable

from commands.door import Invocation, handle
from commands.hoax.check import Checker
from commands.services import Services
from commands.types import Reply
from storage.store import Storage

FIXED_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", ["sqlite", "postgres"])


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(autouse=True)
def restore_root_logging() -> Iterator[None]:
    """A test that configures logging as the CLI does (`setup_logging`) binds the root handler to
    that test's captured stderr; put the root logger back so later tests never log to a closed
    capture ("--- Logging error ---" in their stderr)."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer()
    try:
        yield server.start()
    except PgUnavailable as exc:
        server.stop()
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A migrated, seeded database that each test's database is copied from (fast)."""
    url = pg_server.create_database()

    async def prepare() -> None:
        await (await Storage.open(url)).close()

    # its own loop in a thread: this may be first requested from inside a running test loop
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, prepare()).result()
    return pg_server.dbname(url)


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where this test's database lives: a SQLite file, or an empty PostgreSQL database."""
    if backend == "sqlite":
        yield str(tmp_path / "capexbot.sqlite3")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
async def storage(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Storage]:
    if backend == "postgres":
        server: PgServer = request.getfixturevalue("pg_server")
        url = server.create_database(template=request.getfixturevalue("pg_template"))
        store = await Storage.open(url)
        try:
            yield store
        finally:
            await store.close()
            server.drop_database(url)
        return
    store = await Storage.open(tmp_path / "capexbot.sqlite3")
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
def services(storage: Storage) -> Services:
    return Services(storage=storage, default_lang="en", now=lambda: FIXED_NOW)


@pytest.fixture
def ask(services: Services):
    async def run(line: str, lang: str = "en") -> Reply:
        reply = await handle(Invocation(line=line, lang=lang), services)  # type: ignore[arg-type]
        assert reply is not None  # a line addressed to the bot always gets an answer
        return reply

    return run


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A local webhook receiver (tests/alerts_receiver.py) answering as each test scripts it."""
    r = await Receiver().start()
    try:
        yield r
    finally:
        await r.close()


@pytest.fixture
async def discord_stub(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[DiscordStub]:
    """A started stand-in with discord.py's base URLs pointed at it; fails the test on protocol
    violations (double answers, late answers, unknown routes)."""
    stub = await DiscordStub().start()
    stub.patch_discord(monkeypatch)
    try:
        yield stub
    finally:
        await stub.close()
    assert stub.protocol_errors == [], stub.protocol_errors
    assert [(r.method, r.path) for r in stub.unhandled] == []


@pytest.fixture(scope="module")
def checker() -> Checker:
    """The compiled hoax catalogue, built once per test module (a few hundred milliseconds)."""
    return Checker()
