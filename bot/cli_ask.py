"""`capexbot ask [--json] [--lang en|fr] "<command line>"`: one command through the chat pipeline."""

from __future__ import annotations

import argparse
import json
import sys

from bot.context import open_services
from bot.images import save_image
from bot.render_text import render_text
from bot.settings import Settings
from commands import door
from commands.types import Place


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("ask", help="run one command and print the reply (exit 0 answer, 1 user error)")
    p.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    p.add_argument(
        "--lang", choices=("en", "fr"), help="reply language (default: the message's, else CAPEXBOT_LANG)"
    )
    p.add_argument("line", nargs="+", help='the command line, e.g. "capex meta"')
    p.set_defaults(handler=handle)


async def handle(args: argparse.Namespace, settings: Settings) -> int:
    async with open_services(settings) as services:
        inv = door.Invocation(
            place=Place("cli", "ask"), line=" ".join(args.line), lang=args.lang
        )  # no --lang: the message's language (door.message_lang), else CAPEXBOT_LANG
        reply = await door.handle(inv, services)
    assert reply is not None  # addressed, not quiet: the door always answers
    reply = save_image(reply, settings.capexbot_image_dir)
    if args.json:
        out = reply.to_json()
        if reply.ok and "understood" not in out:  # an exact command: read as typed
            out["understood"] = door.understood_line(" ".join(args.line))
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        (sys.stdout if reply.ok else sys.stderr).write(render_text(reply))
    return 0 if reply.ok else 1
