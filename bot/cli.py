"""`capexbot` command line. Subcommands live in `bot/cli_<name>.py` modules exposing `register`."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import pkgutil
import sys

import bot
from bot.logging_setup import setup_logging
from bot.settings import ConfigError, load_settings
from storage.pg import DATABASE_ERRORS

EXIT_OK, EXIT_USER, EXIT_CONFIG = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="capexbot",
        description="Big Tech capex figures with sources, and hoax flags, for Discord, Matrix and the terminal.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(bot.__path__), key=lambda i: i.name):
        if info.name.startswith("cli_"):
            importlib.import_module(f"bot.{info.name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USER
    try:
        settings = load_settings()
        setup_logging(settings.log_level)
        return asyncio.run(handler(args, settings))
    except ConfigError as exc:
        print(f"capexbot: configuration error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except DATABASE_ERRORS as exc:
        print(f"capexbot: database error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130
    finally:
        logging.shutdown()


def run() -> None:
    sys.exit(main())
