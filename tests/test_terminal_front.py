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


async def test_a_question_typed_in_the_terminal_is_answered_in_its_language(storage, tmp_path):
    """No locale on a terminal: the words decide, with `ask` or without; CAPEXBOT_LANG only when
    they do not say (a bare `capex meta`)."""
    from datetime import UTC, datetime

    from commands.services import Services

    for default in ("en", "fr"):
        services = Services(storage=storage, default_lang=default, now=lambda: datetime(2026, 11, 23, tzinfo=UTC))
        lines = "ask combien Meta\ncombien Meta\nask how much did Meta spend?\ncapex meta\n"
        out = io.StringIO()
        front = TerminalAdapter(services, load_settings(capexbot_image_dir=tmp_path), stream=io.StringIO(lines), out=out)
        await asyncio.wait_for(front.run(), 30)
        titles = [line for line in out.getvalue().splitlines() if line.startswith("Meta Platforms (META) — ")]
        bare = "investissements" if default == "fr" else "capex"
        assert [t.rsplit(" — ", 1)[1] for t in titles] == ["investissements", "investissements", "capex", bare]


async def test_a_plain_question_about_a_claim_shows_its_title_once(services):
    """The seed's question, as the terminal prints it: the title, then what was understood, then
    the claim and verdict (the title is not repeated inside the text)."""
    from bot.render_text import render_text

    line = "J'ai vu passer que Facebook allait avoir une partie payante pour utiliser l'IA. C'est une fake news ?"
    reply = await handle(Invocation(place=Place("terminal", "local"), line=line), services)
    assert reply is not None and reply.ok
    printed = render_text(reply)
    assert printed.count(reply.title) == 1, printed
    assert printed.index(reply.title) < printed.index("Compris") < printed.index("Verdict")
