"""The terminal front end: type `capex meta` (or `/capex meta`, `!capex meta`), get the answer.

Reads lines off the event loop (a thread) so background workers keep running while it waits.
End of input (Ctrl-D, or the end of a pipe) stops it.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.images import save_image
from bot.render_text import render_text
from bot.settings import Settings
from commands.dispatch import dispatch
from commands.i18n import tr
from commands.services import Services
from commands.types import Place

QUIT_WORDS = {"quit", "exit", ":q"}


class TerminalFront:
    name = "terminal"

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
        while True:
            if self.interactive:
                self.out.write("> ")
                self.out.flush()
            line = await asyncio.to_thread(self.stream.readline)
            if not line:
                return
            line = line.strip()
            if not line:
                continue
            if line.lower() in QUIT_WORDS:
                return
            reply = await dispatch(
                line, services=self.services, place=Place("terminal", "local"), locale=self.lang
            )  # type: ignore[arg-type]
            reply = save_image(reply, self.image_dir)
            self.out.write(render_text(reply) + "\n")
            self.out.flush()
