"""One-line log records on stderr; no tracebacks for expected conditions."""

from __future__ import annotations

import logging
import sys


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiosqlite", "discord.http", "discord.gateway", "nio.responses", "nio.rooms"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
