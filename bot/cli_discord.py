"""`capexbot discord sync [--guild ID | --dev]`: publish the slash commands to Discord.

Sync is explicit and never happens at start-up: Discord rate-limits command updates (a bot that
re-syncs on every restart can be locked out for a day). Run it after installing or upgrading the
bot, or whenever commands change. Global commands can take a while to appear in every server;
guild commands (`--guild ID`, or `--dev` for DISCORD_DEV_GUILD_ID) appear at once, for testing.
"""

from __future__ import annotations

import argparse
import json
import sys

import aiohttp
import discord

from bot.platforms.discord.adapter import intents_for
from bot.platforms.discord.slash import FrenchTranslator, build_tree, command_payloads, describe_sync
from bot.settings import ConfigError, Settings

EXIT_OK, EXIT_USER, EXIT_CONFIG = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("discord", help="Discord maintenance: publish slash commands (sync)")
    sub = p.add_subparsers(dest="discord_command", metavar="ACTION", required=True)
    s = sub.add_parser("sync", help="publish the slash commands (globally, or to one guild for testing)")
    where = s.add_mutually_exclusive_group()
    where.add_argument("--guild", type=int, metavar="ID", help="sync to this guild only (appears instantly)")
    where.add_argument("--dev", action="store_true", help="sync to DISCORD_DEV_GUILD_ID")
    s.add_argument("--clear", action="store_true", help="remove the commands (from the guild, or globally)")
    s.add_argument(
        "--dry-run", action="store_true", help="print the command definitions as JSON; send nothing"
    )
    s.set_defaults(handler=handle_sync)


async def handle_sync(args: argparse.Namespace, settings: Settings) -> int:
    guild_id = args.guild
    if args.dev:
        if settings.discord_dev_guild_id is None:
            raise ConfigError("DISCORD_DEV_GUILD_ID is not set (needed by --dev)")
        guild_id = settings.discord_dev_guild_id
    client = discord.Client(intents=intents_for(False))  # HTTP only; never connects to the gateway
    tree = build_tree(client)  # callbacks are never run here: this tree only describes commands
    await tree.set_translator(FrenchTranslator())
    if args.dry_run:
        sys.stdout.write(json.dumps(await command_payloads(tree), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:
        raise ConfigError("DISCORD_TOKEN is not set")
    guild = discord.Object(id=guild_id) if guild_id else None
    try:
        await client.login(token)  # HTTP only (no gateway): learns the application id
        if args.clear:
            tree.clear_commands(guild=None)
        synced = (
            await tree.sync(guild=guild) if guild is None or args.clear else await _sync_guild(tree, guild)
        )
    except discord.LoginFailure:
        raise ConfigError("DISCORD_TOKEN was rejected by Discord") from None
    except discord.HTTPException as exc:
        print(f"capexbot: Discord refused the sync: {exc.status} {exc.text}", file=sys.stderr)
        return EXIT_USER
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:  # no network, DNS failure, timeout
        print(f"capexbot: cannot reach Discord ({type(exc).__name__}); nothing synced", file=sys.stderr)
        return EXIT_USER
    finally:
        await client.close()
    print(describe_sync(len(synced), guild_id))
    return EXIT_OK


async def _sync_guild(tree: discord.app_commands.CommandTree, guild: discord.Object) -> list:
    """Guild sync publishes the same (global) definitions to one guild only."""
    tree.copy_global_to(guild=guild)
    return await tree.sync(guild=guild)
