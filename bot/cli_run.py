"""`capexbot run`: every configured front end and worker; the terminal when no chat token is set."""

from __future__ import annotations

import argparse

from bot.app import run_bot
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("run", help="start the bot (Discord/Matrix when configured, else the terminal)")
    p.set_defaults(handler=handle)


async def handle(args: argparse.Namespace, settings: Settings) -> int:
    return await run_bot(settings)
