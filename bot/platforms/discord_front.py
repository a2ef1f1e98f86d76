"""The Discord front end: slash commands (generated from the registry) answered through the same
pipeline as every other front end.

Started by `capexbot run` when DISCORD_TOKEN is set. Never syncs commands at start-up (that is
`capexbot discord sync`). Every interaction is answered exactly once and within Discord's 3 s:
slow commands (and any command still running after `DEFER_AFTER_S`) are deferred, then edited.
Errors, cooldowns and private replies are ephemeral; nothing the bot sends can mention anyone.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import TYPE_CHECKING, Any

import discord

from bot.platforms.discord_commands import CompanyIndex, FrenchTranslator, build_tree
from bot.platforms.discord_render import NO_MENTIONS, is_ephemeral, render_reply, reply_file
from commands.door import Invocation, error_reply, handle
from commands.i18n import pick_lang, tr
from commands.registry import CommandSpec
from commands.types import Place, Reply

if TYPE_CHECKING:
    from bot.settings import Settings
    from commands.services import Services

log = logging.getLogger(__name__)

DEFER_AFTER_S = 2.0  # a command still running after this is deferred (Discord's window is 3 s)


class _NoVoiceNoise(logging.Filter):
    """The bot never uses voice: drop discord.py's "PyNaCl/davey is not installed" start-up warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in str(record.msg)


logging.getLogger("discord.client").addFilter(_NoVoiceNoise())


# ----------------------------------------------------------------------------- configuration
def intents_for(read_messages: bool) -> discord.Intents:
    """Minimal intents: guilds only (slash commands need no privileged intent). Reading messages
    (hoax watch) adds guild messages and the privileged message-content intent, which must also be
    enabled for the application in the Discord developer portal."""
    intents = discord.Intents.none()
    intents.guilds = True
    if read_messages:
        intents.guild_messages = True
        intents.message_content = True
    return intents


def shard_count(value: str | int | None) -> int | None:
    """DISCORD_SHARD_COUNT: 1 (default, plain client), N > 1, or "auto" (None: Discord decides)."""
    if value is None or str(value).strip() == "":
        return 1
    text = str(value).strip().lower()
    if text == "auto":
        return None
    count = int(text)
    if count < 1:
        raise ValueError("DISCORD_SHARD_COUNT must be >= 1 or 'auto'")
    return count


def make_client(*, shards: int | None = 1, read_messages: bool = False, **options: Any) -> discord.Client:
    """A plain Client for one shard, an AutoShardedClient for `shards` > 1 or None ("auto")."""
    options.setdefault("allowed_mentions", NO_MENTIONS)
    options.setdefault("intents", intents_for(read_messages))
    if shards == 1:
        return discord.Client(**options)
    return discord.AutoShardedClient(shard_count=shards, **options)


# ----------------------------------------------------------------------------- sending
async def send_reply(
    interaction: discord.Interaction, reply: Reply, *, deferred_ephemeral: bool = False, max_messages: int = 3
) -> None:
    """Answer an interaction with a Reply, exactly once: the initial response if nothing was sent
    yet, otherwise an edit of the deferred response; extra messages (a reply too long for one
    message) go out as follow-ups. An image is attached and shown in the first embed.

    A private/error reply after a public defer deletes the "thinking" message and answers with an
    ephemeral follow-up instead (ephemerality cannot be changed after a defer).
    """
    messages = render_reply(reply, max_messages=max_messages)
    ephemeral = is_ephemeral(reply)
    file = reply_file(reply)
    first, rest = messages[0], messages[1:]
    if not interaction.response.is_done():
        kwargs: dict[str, Any] = {
            "embeds": first.embeds,
            "ephemeral": ephemeral,
            "allowed_mentions": NO_MENTIONS,
        }
        if file is not None:
            kwargs["file"] = file
        await interaction.response.send_message(**kwargs)
    elif ephemeral and not deferred_ephemeral:
        await interaction.delete_original_response()
        kwargs = {"embeds": first.embeds, "ephemeral": True, "allowed_mentions": NO_MENTIONS}
        if file is not None:
            kwargs["file"] = file
        await interaction.followup.send(**kwargs)
    else:
        await interaction.edit_original_response(
            embeds=first.embeds, attachments=[file] if file is not None else [], allowed_mentions=NO_MENTIONS
        )
    for message in rest:
        await interaction.followup.send(
            embeds=message.embeds, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
        )


async def defer(interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
    """Acknowledge now ("thinking…"), answer later with `send_reply` (for work over ~1 s)."""
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)


# ----------------------------------------------------------------------------- watched messages
FLAG_EMOJI = "\u26a0\ufe0f"  # ⚠️


async def flag_message(message: discord.Message, reply: Reply) -> None:
    """React ⚠️ and reply once (a reply reference, no ping, nobody mentioned). Missing permissions
    in that channel are logged, not raised: the server decides what the bot may do there."""
    [rendered] = render_reply(reply, max_messages=1)
    try:
        await message.add_reaction(FLAG_EMOJI)
        await message.reply(embeds=rendered.embeds, mention_author=False, allowed_mentions=NO_MENTIONS)
    except (discord.Forbidden, discord.NotFound) as exc:
        log.info("could not flag message %s in channel %s: %s", message.id, message.channel.id, exc)


# ----------------------------------------------------------------------------- interactions
class InteractionRunner:
    """Turns one slash-command invocation into an Invocation for the door, and answers with the
    Reply: at once when it is quick, else deferred ("thinking…") and edited."""

    def __init__(
        self, services: Services, cooldown_seconds: float, *, defer_after: float = DEFER_AFTER_S
    ) -> None:
        self.services = services
        self.cooldown_seconds = cooldown_seconds
        self.defer_after = defer_after

    async def __call__(
        self, interaction: discord.Interaction, spec: CommandSpec, values: dict[str, str | None]
    ) -> None:
        channel_id = interaction.channel_id or interaction.guild_id or interaction.user.id
        inv = Invocation(
            place=Place("discord", str(channel_id)),
            command=spec.name,
            options=values,
            user_id=str(interaction.user.id),
            lang=pick_lang(str(interaction.locale)),  # type: ignore[arg-type]
            can_manage=interaction.permissions.manage_channels,
            cooldown_s=self.cooldown_seconds,
            on_slow=lambda: defer(interaction),
        )
        task = asyncio.ensure_future(handle(inv, self.services))
        try:
            await asyncio.wait_for(asyncio.shield(task), self.defer_after)
        except TimeoutError:
            await defer(interaction)
        reply = await task
        if reply is not None:
            await send_reply(interaction, reply)


# ----------------------------------------------------------------------------- runnable
class DiscordFront:
    """Runnable for `bot/app.py`: connects to Discord and answers slash commands until cancelled.

    `errors` collects every exception that discord.py would otherwise only log (errors after the
    answer went out reach only the tree's error handler): tests assert it stays empty.
    """

    name = "discord"

    def __init__(
        self,
        services: Services,
        token: str,
        *,
        shards: int | None = 1,
        cooldown_seconds: float = 3.0,
        read_messages: bool = False,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self.services = services
        self._token = token
        self.shards = shards
        self.read_messages = read_messages
        self.client_options = dict(client_options or {})
        self.cooldown_seconds = cooldown_seconds
        self.runner = InteractionRunner(services, cooldown_seconds)
        self.errors: deque[BaseException] = deque(maxlen=100)
        self.ready = asyncio.Event()
        self.client: discord.Client | None = None
        self.tree: discord.app_commands.CommandTree | None = None

    def _record(self, error: BaseException) -> None:
        self.errors.append(error)

    def _build_client(self) -> discord.Client:
        client = make_client(shards=self.shards, read_messages=self.read_messages, **self.client_options)
        index = CompanyIndex(self.services, on_error=self._record)
        tree = build_tree(client, self.runner, index=index)
        front = self

        @tree.error
        async def on_app_command_error(
            interaction: discord.Interaction, error: discord.app_commands.AppCommandError
        ) -> None:
            original = getattr(error, "original", error)
            log.error(
                "Discord command %s failed",
                getattr(interaction.command, "qualified_name", "?"),
                exc_info=original,
            )
            front._record(original)
            lang = pick_lang(str(interaction.locale))
            reply = error_reply(
                tr(
                    lang,
                    "Something went wrong on my side; the error was logged.",
                    "Une erreur s'est produite de mon côté ; elle a été journalisée.",
                ),
                lang,
            )
            try:
                if not interaction.response.is_done():
                    await send_reply(interaction, reply)
                else:
                    await interaction.followup.send(
                        embeds=render_reply(reply)[0].embeds, ephemeral=True, allowed_mentions=NO_MENTIONS
                    )
            except discord.HTTPException:
                log.warning("could not tell the user about the error")

        @client.event
        async def on_error(event: str, *args: Any, **kwargs: Any) -> None:
            import sys

            exc = sys.exc_info()[1]
            log.exception("Discord event %s failed", event)
            if exc is not None:
                front._record(exc)

        @client.event
        async def on_ready() -> None:
            log.info("Discord: connected as %s (%d guilds)", client.user, len(client.guilds))
            front.ready.set()

        if self.read_messages:
            self._attach_message_reader(client)
        self.client, self.tree = client, tree
        return client

    def _attach_message_reader(self, client: discord.Client) -> None:
        front = self

        @client.event
        async def on_message(message: discord.Message) -> None:
            if message.author.bot or message.guild is None or not message.content:
                return
            inv = Invocation(
                place=Place("discord", str(message.channel.id)),
                line=message.content,
                user_id=str(message.author.id),
                addressed=False,  # slash commands are the way to address the bot on Discord
            )
            reply = await handle(inv, front.services)
            if reply is not None:
                await flag_message(message, reply)

    async def run(self) -> None:
        client = self._build_client()
        assert self.tree is not None
        await self.tree.set_translator(FrenchTranslator())
        try:
            await client.start(self._token)
        except (discord.LoginFailure, discord.PrivilegedIntentsRequired) as exc:
            # Retrying cannot help (and repeated failed logins get a token reset): say why and stop
            # this front end only; returning (not raising) tells the supervisor not to restart it.
            log.error("Discord front end stopped: %s (check DISCORD_TOKEN / the portal's intents)", exc)
        finally:
            self.ready.clear()
            if not client.is_closed():
                await client.close()


def build(settings: Settings, services: Services) -> DiscordFront | None:
    """The Discord front end, or None when DISCORD_TOKEN is not set."""
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:
        return None
    return DiscordFront(
        services,
        token,
        shards=shard_count(settings.discord_shard_count),
        cooldown_seconds=settings.discord_cooldown_seconds,
        read_messages=settings.discord_read_messages,
    )
