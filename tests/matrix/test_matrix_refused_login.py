"""A homeserver that refuses the bot's password or access token: a setting that cannot work, so
`capexbot run` stops with one readable line and exit 2 instead of retrying the login for ever
(an unreachable homeserver, by contrast, is retried: it may come back)."""

from __future__ import annotations

import pytest
from cli_process import capexbot_async
from refusing_homeserver import start_refusing_homeserver

PASSWORD = "pw-SECRET-refused-71c2"
TOKEN = "syt_SECRET-refused-token-9a1f"


@pytest.fixture
async def refusing_homeserver():
    runner, url = await start_refusing_homeserver()
    yield url
    await runner.cleanup()


@pytest.mark.parametrize(("setting", "secret"), [("MATRIX_PASSWORD", PASSWORD), ("MATRIX_ACCESS_TOKEN", TOKEN)])
async def test_refused_credentials_stop_the_bot_with_one_line_and_exit_2(
    refusing_homeserver, tmp_path, setting, secret
):
    env = {"MATRIX_HOMESERVER": refusing_homeserver, "MATRIX_USER_ID": "@bot:localhost", setting: secret}
    code, out, err = await capexbot_async("run", cwd=tmp_path, env=env, timeout=60)
    assert code == 2, (out, err)
    assert "Traceback" not in err and secret not in out + err
    last = err.strip().splitlines()[-1]
    assert "Matrix" in last and ("Invalid username or password" in last or "Invalid access token" in last)
