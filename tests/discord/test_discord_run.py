"""`capexbot run` with DISCORD_TOKEN set starts the Discord front end (and not the terminal), answers
through the real client, and stops cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal

from bot.app import run_bot
from bot.settings import load_settings


async def test_run_starts_discord_answers_and_stops_on_sigterm(discord_stub, tmp_path):
    settings = load_settings(
        discord_token=discord_stub.token,
        capexbot_db=tmp_path / "run.sqlite3",
        matrix_homeserver=None,
        sec_poll_minutes=None,
    )
    bot = asyncio.create_task(run_bot(settings, terminal_input=None))
    try:
        await discord_stub.wait_ready(timeout=10)
        interaction = await discord_stub.interact("capex", {"company": "amzn"})
        answer = await discord_stub.first_answer(interaction)
        assert answer.json["data"]["embeds"][0]["title"].startswith("Amazon")
        assert not discord_stub.requests_to("PUT", r"/applications/\d+(/guilds/\d+)?/commands")
    finally:
        if not bot.done() and signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None):
            os.kill(os.getpid(), signal.SIGTERM)  # handled by run_bot's loop signal handler
        elif not bot.done():
            bot.cancel()
        code = await asyncio.wait_for(bot, 10)
    assert code == 0
