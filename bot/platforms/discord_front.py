"""The Discord front end: slash commands (generated from the registry) answered through the same
pipeline as every other front end.

Started by `capexbot run` when DISCORD_TOKEN is set. Never syncs commands at start-up (that is
`capexbot discord sync`). Every interaction is answered exactly once and within Discord's 3 s:
slow commands (and any command still running after `DEFER_AFTER_S`) are deferred, then edited.
Errors, cooldowns and private replies are ephemeral; nothing the bot sends can mention anyone.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.platforms.discord_commands import CompanyIndex, FrenchTranslator, build_tree
from bot.platforms.discord_render import NO_MENTIONS, is_ephemeral, render_reply, reply_file
from commands.dispatch import error_reply, run_request, tokenize
from commands.i18n import pick_lang, tr
from commands.registry import CommandSpec
from commands.text import sanitise
from commands.types import Place, Reply, Request

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


# ----------------------------------------------------------------------------- cooldown
class Cooldown:
    """Per-(user, command) cooldown. `hit(key)` returns 0 and records the use when allowed, else
    the seconds left. Memory stays bounded: expired entries are dropped as the map grows."""

    def __init__(self, seconds: float, clock: Any = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._last: dict[Any, float] = {}

    def hit(self, key: Any) -> float:
        if self.seconds <= 0:
            return 0.0
        now = self.clock()
        last = self._last.get(key)
        if last is not None and now - last < self.seconds:
            return self.seconds - (now - last)
        self._last[key] = now
        if len(self._last) > 10_000:
            self._last = {k: t for k, t in self._last.items() if now - t < self.seconds}
        return 0.0


def cooldown_reply(seconds_left: float, lang: str) -> Reply:
    n = max(1, math.ceil(seconds_left))
    return error_reply(
        tr(lang, f"Slow down a little: try again in {n} s.", f"Doucement : réessayez dans {n} s."), lang
    )


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
# (text, place, services) -> a Reply to post when the message should be flagged, else None.
MessageWatcher = Callable[[str, Place, "Services"], Awaitable[Reply | None] | Reply | None]
FLAG_EMOJI = "\u26a0\ufe0f"  # ⚠️


def default_watcher() -> MessageWatcher | None:
    """The hoax watcher, if the hoax feature is installed: `commands.hoax.watch.check_message(text,
    place, services) -> Reply | None` (it decides whether watch mode is on for `place`, applies the
    threshold and the once-per-claim-per-10-minutes rule)."""
    try:
        from commands.hoax.watch import check_message  # type: ignore[import-not-found]
    except ImportError:
        return None
    return check_message  # type: ignore[no-any-return]


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
def positional_gap(spec: CommandSpec, options: dict[str, str]) -> tuple[str, str] | None:
    """(missing, given) when an option is given while an earlier optional one is not: commands take
    positional arguments, so `/capex period:2024` without `company` cannot be passed on faithfully."""
    missing = None
    for param in spec.params:
        if param.name not in options:
            missing = missing or param.name
        elif missing is not None:
            return missing, param.name
    return None


class InteractionRunner:
    """Turns one slash-command invocation into a Request, runs it, and answers with the Reply."""

    def __init__(self, services: Services, cooldown: Cooldown, *, defer_after: float = DEFER_AFTER_S) -> None:
        self.services = services
        self.cooldown = cooldown
        self.defer_after = defer_after

    def request_for(
        self, interaction: discord.Interaction, spec: CommandSpec, values: dict[str, str | None], lang: str
    ) -> Request:
        clean = {name: sanitise(v).strip() for name, v in values.items() if v is not None}
        options = {name: v for name, v in clean.items() if v}
        args: list[str] = []
        for i, param in enumerate(spec.params):  # positional, in the registry's order, up to a gap
            if param.name not in options:
                break
            if param.rest and i > 0:
                args.extend(tokenize(options[param.name]))  # as the text parser splits "the rest"
            else:
                args.append(options[param.name])  # one option = one argument, spaces included
        channel_id = interaction.channel_id or interaction.guild_id or interaction.user.id
        return Request(
            command=spec.name,
            args=tuple(args),
            options=options,
            place=Place("discord", str(channel_id)),
            user_id=str(interaction.user.id),
            locale=lang,  # type: ignore[arg-type]
            can_manage=interaction.permissions.manage_channels,
            raw=" ".join(args),
        )

    async def __call__(
        self, interaction: discord.Interaction, spec: CommandSpec, values: dict[str, str | None]
    ) -> None:
        lang = pick_lang(str(interaction.locale))
        wait = self.cooldown.hit((interaction.user.id, spec.name))
        if wait > 0:
            await send_reply(interaction, cooldown_reply(wait, lang))
            return
        request = self.request_for(interaction, spec, values, lang)
        gap = positional_gap(spec, request.options)
        if gap is not None:
            missing, given = gap
            reply = error_reply(
                tr(lang, f"`{given}` needs `{missing}` too.", f"`{given}` a aussi besoin de `{missing}`."),
                lang,
                spec.name,
            )
            await send_reply(interaction, reply)
            return
        if sum(len(v) for v in request.options.values()) > spec.max_input_chars:
            reply = error_reply(
                tr(
                    lang,
                    f"That is too long for `{spec.name}` (max {spec.max_input_chars} characters).",
                    f"C'est trop long pour `{spec.name}` (maximum {spec.max_input_chars} caractères).",
                ),
                lang,
                spec.name,
            )
            await send_reply(interaction, reply)
            return
        task = asyncio.ensure_future(run_request(spec, request, self.services))
        refused = spec.needs_manage and not request.can_manage  # answered at once, ephemerally
        if spec.slow and not refused:
            await defer(interaction)
        else:
            try:
                await asyncio.wait_for(asyncio.shield(task), self.defer_after)
            except TimeoutError:
                await defer(interaction)
        reply = await task
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
        watcher: MessageWatcher | None = None,
    ) -> None:
        self.services = services
        self.watcher = watcher
        self._token = token
        self.shards = shards
        self.read_messages = read_messages
        self.client_options = dict(client_options or {})
        self.cooldown = Cooldown(cooldown_seconds)
        self.runner = InteractionRunner(services, self.cooldown)
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
        watcher = self.watcher or default_watcher()
        if watcher is None:
            log.warning("DISCORD_READ_MESSAGES is on but no message watcher (commands.hoax.watch) exists")
            return
        front = self

        @client.event
        async def on_message(message: discord.Message) -> None:
            if message.author.bot or message.guild is None or not message.content:
                return
            place = Place("discord", str(message.channel.id))
            reply = watcher(message.content, place, front.services)
            if inspect.isawaitable(reply):
                reply = await reply
            if reply is None:
                return
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
