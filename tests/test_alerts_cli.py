"""`capexbot alerts ...` on the command line, and `capexbot run` delivering an alert within 5 s of
an import committed by another process."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alerts_receiver import Receiver  # noqa: E402
from cli_process import capexbot, cli_env, database_env  # noqa: E402

from bot.cli import main  # noqa: E402
from storage.store import Storage  # noqa: E402

pytestmark = pytest.mark.both_backends

CSV = (
    "company,fiscal_period,period_start,period_end,kind,value_usd,low_usd,high_usd,currency,"
    "definition,source_title,source_url,accession,date\n"
    "meta,Q3-2026,2026-07-01,2026-09-30,actual,32100000000,,,USD,ppe_incl_finance_lease_principal,"
    "Meta Q3 2026 earnings release,,0001326801-26-000100,2026-10-29\n"
    "meta,Q3-2026,2026-07-01,2026-09-30,actual,31100000000,,,USD,ppe_cash,"
    "Meta Q3 2026 earnings release,,0001326801-26-000100,2026-10-29\n"
)


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys, database_url):
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key.startswith(("DISCORD_", "MATRIX_", "ALERTS_", "CAPEXBOT_DATABASE_URL")):
            monkeypatch.delenv(key)
    for key, value in database_env(database_url).items():
        monkeypatch.setenv(key, value)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_add_webhook_list_remove(cli):
    code, _, err = cli("alerts", "add-webhook", "ftp://example.org/hook")
    assert code == 1 and "http:// or https://" in err
    code, _, err = cli("alerts", "add-webhook", "https://example.org/x", "--company", "nosuchco")
    assert code == 1 and "Unknown company" in err

    secret_url = "https://bot:hunter2@hooks.example.org/services/T000/SECRET123"
    code, out, _ = cli("alerts", "add-webhook", secret_url, "--company", "meta", "--lang", "fr")
    assert code == 0 and out.startswith("added: subscription 1 ->")
    code, out, _ = cli("alerts", "add-webhook", secret_url, "--company", "meta", "--lang", "fr")
    assert code == 0 and out.startswith("already subscribed: subscription 1")
    code, out, _ = cli("alerts", "list")
    assert code == 0 and "Meta Platforms" in out and "[fr]" in out and "active" in out
    assert "hunter2" not in out and "SECRET123" not in out and "https://hooks.example.org/services/…" in out

    code, out, _ = cli("alerts", "remove", "1")
    assert code == 0 and "removed subscription 1" in out
    code, _, err = cli("alerts", "remove", "1")
    assert code == 1 and "no live subscription" in err
    code, out, _ = cli("alerts", "list", "--all")
    assert "removed" in out


def test_list_shows_disabled_reason(cli, database_url):
    cli("alerts", "add-webhook", "http://127.0.0.1:9/gone")

    async def disable() -> None:
        storage = await Storage.open(database_url)
        try:
            await storage.subscriptions.disable(1, "HTTP 410 Gone")
        finally:
            await storage.close()

    asyncio.run(disable())
    code, out, _ = cli("alerts", "list")
    assert code == 0 and "disabled: HTTP 410 Gone" in out


async def test_capexbot_run_alerts_within_5_s_of_another_process_commit(tmp_path, database_url):
    receiver = await Receiver().start()
    db = database_url
    env = cli_env(tmp_path, {**database_env(database_url), "LOG_LEVEL": "INFO"})
    storage = await Storage.open(db)
    await storage.subscriptions.subscribe("webhook", receiver.url("run"), "meta")
    await storage.close()
    log_path = tmp_path / "bot.log"
    log_file = log_path.open("wb")
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=log_file,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while b"capexbot running" not in log_path.read_bytes():
            assert bot.poll() is None and time.monotonic() < deadline, log_path.read_text()
            await asyncio.sleep(0.05)
        assert b"alerts" in log_path.read_bytes()
        csv_path = tmp_path / "q3.csv"
        csv_path.write_text(CSV, encoding="utf-8")
        imp = await asyncio.to_thread(capexbot, "import", str(csv_path), cwd=tmp_path, env=env)
        assert imp.returncode == 0, imp.stderr
        committed = time.monotonic()
        await receiver.wait_for(lambda: len(receiver.accepted) >= 1, timeout=5)
        assert time.monotonic() - committed < 5
        # wait until the bot recorded every delivery it made (not a fixed sleep): then exactly one
        store = await Storage.open(db)
        try:
            while (counts := await store.outbox.counts()) != {"sent": 1}:
                assert counts.get("pending", 0) + counts.get("sent", 0) >= 1 and time.monotonic() < deadline + 10
                await asyncio.sleep(0.05)
        finally:
            await store.close()
        assert len(receiver.requests) == 1, "two figures from one filing make one alert"
        assert receiver.requests[0].body["text"].startswith("Meta Platforms Q3 2026 capex $32.1B")
    finally:
        bot.send_signal(signal.SIGTERM)
        await asyncio.get_running_loop().run_in_executor(None, bot.wait, 15)
        log_file.close()
        await receiver.close()
    assert bot.returncode == 0
    storage = await Storage.open(db)
    try:
        assert await storage.outbox.counts() == {"sent": 1}
    finally:
        await storage.close()
