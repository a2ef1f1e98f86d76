"""Secrets never leave: recognisable tokens, passwords, a webhook URL with a secret path and query,
and the SEC user agent, while every front end and worker fails (Discord answers 401, the Matrix
homeserver, the SEC and the webhook are unreachable; then a homeserver that refuses the login or
the token and a webhook answering 401), logging at DEBUG. None of them may appear in
logs, replies, `alerts list`, `ask --json` or the database dump beyond the tables that must hold them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import socket
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from refusing_homeserver import start_refusing_homeserver

from bot.app import run_bot
from bot.cli import build_parser
from bot.logging_setup import setup_logging
from bot.settings import load_settings
from commands.door import Invocation, handle
from commands.services import Services
from commands.types import Place
from storage.ident import quote_ident
from storage.models import NewFigure
from storage.store import Storage

DISCORD_SECRET = "MTA5.SECRET-discord-token-7f3a"
MATRIX_SECRET = "SECRET-matrix-password-91c2"
WEBHOOK_PATH_SECRET = "SECRET-webhook-path-55d1"
WEBHOOK_QUERY_SECRET = "SECRET-webhook-query-e0b7"
SEC_UA_SECRET = "SECRET-ua-owner-3b9f"
SECRETS = (DISCORD_SECRET, MATRIX_SECRET, WEBHOOK_PATH_SECRET, WEBHOOK_QUERY_SECRET, SEC_UA_SECRET)
# where a secret must be stored to work at all: the webhook URL is the subscription's target
MAY_HOLD = {"alert_subscriptions": {WEBHOOK_PATH_SECRET, WEBHOOK_QUERY_SECRET}}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _leaks(text: str, allowed: set[str] = frozenset()) -> list[str]:
    return [s for s in SECRETS if s in text and s not in allowed]


async def _cli(argv: list[str], settings, capsys) -> str:
    args: argparse.Namespace = build_parser().parse_args(argv)
    await args.handler(args, settings)
    out = capsys.readouterr()
    return out.out + out.err


async def test_no_secret_leaves_while_everything_fails(discord_stub, tmp_path: Path, caplog, capsys):
    db = tmp_path / "secrets.sqlite3"
    webhook = f"http://127.0.0.1:{_closed_port()}/hooks/{WEBHOOK_PATH_SECRET}?token={WEBHOOK_QUERY_SECRET}"
    settings = load_settings(
        capexbot_db=db,
        log_level="DEBUG",
        discord_token=DISCORD_SECRET,  # the stand-in answers 401 to an unknown token
        matrix_homeserver=f"http://127.0.0.1:{_closed_port()}",
        matrix_user_id="@bot:localhost",
        matrix_password=MATRIX_SECRET,
        sec_user_agent=f"Capexbot {SEC_UA_SECRET}@example.org",
        sec_poll_minutes=1,
        sec_base_url=f"http://127.0.0.1:{_closed_port()}",
        sec_archives_url=f"http://127.0.0.1:{_closed_port()}",
        alerts_retry_base_seconds=0.1,
        alerts_poll_seconds=0.1,
    )
    setup_logging("DEBUG")  # exactly what `capexbot run` does with LOG_LEVEL=DEBUG ...
    logging.getLogger().addHandler(caplog.handler)  # ... plus the test's capture
    await _cli(["alerts", "add-webhook", webhook], settings, capsys)
    storage = await Storage.open(db)
    fig = NewFigure(
        company_id="meta", fiscal_label="Q3-2026", period_start="2026-07-01", period_end="2026-09-30",
        kind="actual", definition_code="ppe_incl_finance_lease_principal", source_title="Meta Q3 2026 release",
        value_usd=32_100_000_000, announced="2026-10-29",
    )  # fmt: skip
    await storage.figures.add([fig, replace(fig, value_usd=32_200_000_000)], origin="test")
    await storage.close()

    bot = asyncio.create_task(run_bot(settings, terminal_input=None))
    await asyncio.sleep(6)  # logins fail, syncs fail, the webhook is tried and retried, a poll fails
    bot.cancel()
    await asyncio.gather(bot, return_exceptions=True)
    logging.getLogger().removeHandler(caplog.handler)

    outputs = {"logs": caplog.text, "console": capsys.readouterr()}
    outputs["alerts list"] = await _cli(["alerts", "list"], settings, capsys)
    storage = await Storage.open(db)
    try:
        services = Services(storage=storage)
        for line in ("alerts list", "help", f"capex {DISCORD_SECRET}", "hoax watch status"):
            reply = await handle(Invocation(place=Place("discord", "1"), line=line), services)
            outputs[f"ask --json {line}"] = json.dumps(reply.to_json(), ensure_ascii=False)
    finally:
        await storage.close()
    assert "webhook" in outputs["alerts list"] and "hooks" in outputs["alerts list"]
    assert "crashed" in caplog.text or "failed" in caplog.text  # the failures really happened
    for where, text in outputs.items():
        leaked = _leaks(str(text), {DISCORD_SECRET} if where.startswith("ask --json capex") else set())
        assert not leaked, f"{leaked} in {where}"

    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            dump = "\n".join(repr(row) for row in conn.execute("SELECT * FROM " + quote_ident(table, tables)))  # noqa: S608
            assert not _leaks(dump, MAY_HOLD.get(table, set())), table
    finally:
        conn.close()


MATRIX_TOKEN_SECRET = "syt_SECRET-matrix-token-4d8e"


@pytest.mark.parametrize("matrix_auth", ["password", "access_token"])
async def test_no_secret_leaves_when_the_homeserver_and_the_webhook_answer_401(
    receiver, tmp_path: Path, caplog, capsys, matrix_auth: str
):
    secrets = (MATRIX_SECRET, MATRIX_TOKEN_SECRET, WEBHOOK_PATH_SECRET, WEBHOOK_QUERY_SECRET)
    receiver.default = "401"
    seen: list[str] = []
    homeserver, url = await start_refusing_homeserver(seen)
    db = tmp_path / "secrets.sqlite3"
    webhook = f"{receiver.base_url}/hook/{WEBHOOK_PATH_SECRET}?token={WEBHOOK_QUERY_SECRET}"
    auth = {"matrix_password": MATRIX_SECRET} if matrix_auth == "password" else {"matrix_access_token": MATRIX_TOKEN_SECRET}
    settings = load_settings(
        capexbot_db=db, log_level="DEBUG", matrix_homeserver=url, matrix_user_id="@bot:localhost", **auth,
        alerts_retry_base_seconds=0.1, alerts_poll_seconds=0.1,
    )  # fmt: skip
    setup_logging("DEBUG")
    logging.getLogger().addHandler(caplog.handler)
    try:
        await _cli(["alerts", "add-webhook", webhook], settings, capsys)
        storage = await Storage.open(db)
        await storage.subscriptions.subscribe("matrix", "!room:localhost", None, lang="en")
        fig = NewFigure(
            company_id="meta", fiscal_label="Q3-2026", period_start="2026-07-01", period_end="2026-09-30",
            kind="actual", definition_code="ppe_incl_finance_lease_principal", source_title="Meta Q3 2026 release",
            value_usd=32_100_000_000, announced="2026-10-29",
        )  # fmt: skip
        await storage.figures.add([fig], origin="test")
        await storage.close()
        # the alerts sender alone (its own Matrix login), then the whole bot
        dispatch_out = await _cli(["alerts", "dispatch", "--once", "--wait", "0"], settings, capsys)
        bot = asyncio.create_task(run_bot(settings, terminal_input=None))
        await asyncio.sleep(4)
        bot.cancel()
        await asyncio.gather(bot, return_exceptions=True)
        # cancelling the bot stops its front ends and workers before the database closes (they
        # raced the close: "no active connection" at shutdown)
        running = [t.get_name() for t in asyncio.all_tasks() if t.get_name() in ("matrix", "alerts")]
        assert running == []
    finally:
        logging.getLogger().removeHandler(caplog.handler)
        await homeserver.cleanup()

    # the failures really happened: 401s from the webhook, refused logins or tokens on Matrix
    assert any(r.status == 401 for r in receiver.requests)
    assert any(s.endswith("/login") or s.endswith("/whoami") for s in seen), seen
    assert "Invalid username or password" in caplog.text or "Invalid access token" in caplog.text
    outputs = {"logs": caplog.text, "console": capsys.readouterr(), "dispatch": dispatch_out}
    assert "no active connection" not in str(outputs)
    outputs["alerts list"] = await _cli(["alerts", "list"], settings, capsys)
    storage = await Storage.open(db)
    try:
        services = Services(storage=storage)
        for line in ("alerts list", "help"):
            reply = await handle(Invocation(place=Place("matrix", "!room:localhost"), line=line), services)
            outputs[f"ask --json {line}"] = json.dumps(reply.to_json(), ensure_ascii=False)
    finally:
        await storage.close()
    for where, text in outputs.items():
        assert not [s for s in secrets if s in str(text)], where

    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        errors = [r[0] or "" for r in conn.execute("SELECT last_error FROM alert_deliveries")]
        for table in tables:
            dump = "\n".join(repr(row) for row in conn.execute("SELECT * FROM " + quote_ident(table, tables)))  # noqa: S608
            allowed = MAY_HOLD.get(table, set())
            assert not [s for s in secrets if s in dump and s not in allowed], table
    finally:
        conn.close()
    assert any("401" in e or "Unauthorized" in e for e in errors) and any("Matrix" in e for e in errors), errors
