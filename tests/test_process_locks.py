"""One Matrix process per account: the lock that a second `capexbot run` process meets, on both
backends, and the refusal itself (one line, exit code 2) while another process holds it."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from cli_process import capexbot

from storage.locks import LockHeld, exclusive
from storage.store import Storage


@pytest.mark.both_backends
async def test_second_holder_is_refused_until_the_first_lets_go(database_url: str):
    first = await Storage.open(database_url, seed=False)
    second = await Storage.open(database_url, seed=False)
    try:
        async with exclusive(first.db, "matrix-sync:@bot:test"):
            with pytest.raises(LockHeld):
                async with exclusive(second.db, "matrix-sync:@bot:test"):
                    pass
            async with exclusive(second.db, "matrix-sync:@other:test"):  # another account is free
                pass
        async with exclusive(second.db, "matrix-sync:@bot:test"):  # released: now it may
            pass
    finally:
        await first.close()
        await second.close()


@pytest.mark.both_backends
async def test_a_killed_holder_frees_the_lock(database_url: str, tmp_path: Path):
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c",
        "import asyncio, sys\n"
        "from storage.store import Storage\nfrom storage.locks import exclusive\n"
        "async def main():\n"
        f"    s = await Storage.open({database_url!r}, seed=False)\n"
        "    async with exclusive(s.db, 'matrix-sync:@bot:test'):\n"
        "        print('held', flush=True); await asyncio.sleep(60)\n"
        "asyncio.run(main())\n",
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    store = await Storage.open(database_url, seed=False)
    try:
        assert (await asyncio.wait_for(holder.stdout.readline(), 30)).strip() == b"held"
        with pytest.raises(LockHeld):
            async with exclusive(store.db, "matrix-sync:@bot:test"):
                pass
        holder.kill()
        await holder.wait()
        for _ in range(50):  # the server notices the dead session within moments
            try:
                async with exclusive(store.db, "matrix-sync:@bot:test"):
                    break
            except LockHeld:
                await asyncio.sleep(0.1)
        else:
            raise AssertionError("the lock outlived the process that held it")
    finally:
        if holder.returncode is None:
            holder.kill()
            await holder.wait()
        await store.close()


@pytest.mark.both_backends
async def test_second_matrix_process_refuses_to_start(database_url: str, tmp_path: Path):
    env = {
        "MATRIX_HOMESERVER": "http://127.0.0.1:9",
        "MATRIX_USER_ID": "@bot:test",
        "MATRIX_PASSWORD": "not-used",
    }
    if database_url.startswith("postgresql://"):
        env["CAPEXBOT_DATABASE_URL"] = database_url
    else:
        env["CAPEXBOT_DB"] = database_url
    store = await Storage.open(database_url, seed=False)
    try:
        async with exclusive(store.db, "matrix-sync:@bot:test"):  # the first process, running
            result = await asyncio.to_thread(capexbot, "run", cwd=tmp_path, env=env, stdin="")
    finally:
        await store.close()
    assert result.returncode == 2, result.stdout + result.stderr
    assert "@bot:test is already served by another capexbot process" in result.stderr
    assert "Traceback" not in result.stderr and "not-used" not in result.stderr
