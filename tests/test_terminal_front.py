"""The terminal front end on a tty: the prompt survives log lines; hoax watch is refused there."""

from __future__ import annotations

import asyncio
import io
import logging
import queue

from bot.platforms.terminal.adapter import PROMPT, TerminalAdapter
from bot.settings import load_settings
from commands.door import Invocation, handle
from commands.types import Place


class FakeTty(io.TextIOBase):
    """A stdin that says it is a terminal and hands out lines when the test says so."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def isatty(self) -> bool:
        return True

    def readline(self, size: int = -1) -> str:
        return self.lines.get()


async def _wait_for(predicate, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met")


async def test_prompt_is_redrawn_after_a_log_line(services, tmp_path):
    stdin, out, log_out = FakeTty(), io.StringIO(), io.StringIO()
    handler = logging.StreamHandler(log_out)
    logging.getLogger().addHandler(handler)
    front = TerminalAdapter(services, load_settings(capexbot_image_dir=tmp_path), stream=stdin, out=out)
    task = asyncio.create_task(front.run())
    try:
        await _wait_for(lambda: out.getvalue().endswith(PROMPT))
        logging.getLogger("capexbot.test").warning("a background worker said something")
        await _wait_for(lambda: out.getvalue().endswith("\r\x1b[K" + PROMPT))
        assert "a background worker said something" in log_out.getvalue()
    finally:
        stdin.lines.put("")  # end of input
        await asyncio.wait_for(task, 10)
        logging.getLogger().removeHandler(handler)
    assert not handler.filters  # the filter leaves with the terminal


async def test_hoax_watch_on_is_refused_in_the_terminal_with_a_reason(services, storage):
    reply = await handle(Invocation(place=Place("terminal", "local"), line="hoax watch on"), services)
    assert reply is not None and not reply.ok and "terminal" in reply.text and "hoax <text>" in reply.text
    assert await storage.hoax.watch_state("terminal", "local") is None  # nothing saved
    chat = await handle(Invocation(place=Place("matrix", "!room:hs"), line="hoax watch on"), services)
    assert chat is not None and chat.ok
