"""The terminal adapter: type `capex meta` (or `/capex meta`, `!capex meta`), get the answer.

Inbound: each line goes through the door (commands/door.py). Outbound: `send` prints the reply
(with its chart saved to CAPEXBOT_IMAGE_DIR); side effects (reactions) are knowingly skipped.

Reads lines off the event loop (a daemon thread) so background workers keep running while it waits.
End of input (Ctrl-D, or the end of a pipe) stops it.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from typing import TextIO

from bot.images import save_image
from bot.platforms.delivery import DeliveryResult, Target, sent
from bot.render_text import render_text
from bot.settings import ConfigError, Settings
from commands.door import Invocation, handle
from commands.i18n import tr
from commands.services import Services
from commands.types import Place, Reply

QUIT_WORDS = {"quit", "exit", ":q"}
PROMPT = "> "


class PromptKeeper(logging.Filter):
    """On a tty, a log line printed while `> ` waits would leave the prompt above it: clear the
    prompt line before the record and redraw the prompt after it (a filter on the root handlers)."""

    def __init__(self, out: TextIO, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.out, self.loop = out, loop
        self.waiting = False  # the prompt is on screen, the user has not pressed Enter yet
        self._redraw_pending = False

    def filter(self, record: logging.LogRecord) -> bool:
        if self.waiting and not self._redraw_pending:
            self.out.write("\r\x1b[K")  # back to column 0, erase: the record takes the prompt's place
            self.out.flush()
            self._redraw_pending = True
            self.loop.call_soon_threadsafe(self.redraw)
        return True

    def redraw(self) -> None:
        self._redraw_pending = False
        if self.waiting:
            self.out.write(PROMPT)
            self.out.flush()


class TerminalAdapter:
    name = "terminal"
    inbound = True

    def __init__(
        self, services: Services, settings: Settings, stream: TextIO | None = None, out: TextIO | None = None
    ) -> None:
        self.services = services
        self.lang = settings.capexbot_lang
        self.image_dir = settings.capexbot_image_dir
        self.stream = stream or sys.stdin
        self.out = out or sys.stdout
        self.interactive = self.stream.isatty()

    async def run(self) -> None:
        if self.interactive:
            self.out.write(
                tr(
                    self.lang,
                    "capexbot — type `capex meta`, `help`, or `quit`.\n",
                    "capexbot — tapez `capex meta`, `help` ou `quit`.\n",
                )
            )
        lines = self._start_reader()
        keeper = PromptKeeper(self.out, asyncio.get_running_loop()) if self.interactive else None
        handlers = list(logging.getLogger().handlers) if keeper else []
        for handler in handlers:
            handler.addFilter(keeper)
        try:
            await self._loop(lines, keeper)
        finally:
            for handler in handlers:
                handler.removeFilter(keeper)

    async def _loop(self, lines: asyncio.Queue[str | None], keeper: PromptKeeper | None) -> None:
        while True:
            if keeper is not None:
                self.out.write(PROMPT)
                self.out.flush()
                keeper.waiting = True
            line = await lines.get()
            if keeper is not None:
                keeper.waiting = False
            if line is None:
                return
            line = line.strip()
            if not line:
                continue
            if line.lower() in QUIT_WORDS:
                return
            # no lang: a plain question is answered in its language, a command in CAPEXBOT_LANG
            inv = Invocation(place=Place("terminal", "local"), line=line)
            reply = await handle(inv, self.services)
            if reply is None:
                continue
            await self.send(Target("local"), reply, "")

    async def send(self, target: Target, reply: Reply, idempotency_key: str) -> DeliveryResult:
        """Print `reply` (the terminal has one place and no need for idempotency)."""
        try:
            reply = save_image(reply, self.image_dir)
        except ConfigError as exc:  # answer in text and say why there is no picture
            self.out.write(f"capexbot: {exc}\n")
        self.out.write(render_text(reply) + "\n")
        self.out.flush()
        return sent()

    async def close(self) -> None:
        """Nothing to release: the input thread is a daemon."""

    def _start_reader(self) -> asyncio.Queue[str | None]:
        """Lines from a daemon thread: a blocking read must never keep the process alive on stop."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def read() -> None:
            try:
                for line in iter(self.stream.readline, ""):
                    loop.call_soon_threadsafe(queue.put_nowait, line)
                loop.call_soon_threadsafe(queue.put_nowait, None)
            except (RuntimeError, ValueError):  # loop closed or stream closed: we are shutting down
                return

        threading.Thread(target=read, name="terminal-input", daemon=True).start()
        return queue
