"""The Discord network adapter: one object, built once by bot/app.py, with two ports.

- Inbound (`run`): connects to the gateway and answers slash commands (generated from the
  registry, bot/platforms/discord/slash.py) through the door (interactions.py); with
  DISCORD_READ_MESSAGES, ordinary messages go to the door unaddressed (watch mode), and a flag is
  rendered as a ⚠️ reaction plus one reply. Never syncs commands at start-up (that is
  `capexbot discord sync`).
- Outbound (`send`): posts a Reply to a channel with the idempotency key as nonce, answering in
  the delivery vocabulary (outbound.py). It uses the running client (one login, one rate-limit
  state); outside `capexbot run` (e.g. `capexbot alerts dispatch`) it logs in over HTTP only.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.observe import observer_of
from bot.platforms.delivery import DeliveryResult, Target, failed
from bot.platforms.discord.interactions import InteractionRunner, send_reply
from bot.platforms.discord.more import MoreButton
from bot.platforms.discord.outbound import classify, post
from bot.platforms.discord.render import NO_MENTIONS, render_reply
from bot.platforms.discord.slash import CompanyIndex, FrenchTranslator, build_tree
from commands.door import Invocation, cooldown_reply, error_reply, handle
from commands.i18n import pick_lang, tr
from commands.questions.reader import with_quoted
from commands.types import Place, React, Reply

if TYPE_CHECKING:
    from bot.settings import Settings
    from commands.services import Services

log = logging.getLogger(__name__)

CONNECT_WAIT_S = 10.0  # a send while the running client logs in waits this long, then fails
MAX_RATELIMIT_WAIT_S = 5.0  # a longer rate limit raises (-> retry_after) instead of blocking a send


class _NoVoiceNoise(logging.Filter):
    """The bot never uses voice: drop discord.py's "PyNaCl/davey is not installed" start-up warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in str(record.msg)


logging.getLogger("discord.client").addFilter(_NoVoiceNoise())


# ----------------------------------------------------------------------------- configuration
def intents_for(read_messages: bool) -> discord.Intents:
    """Minimal intents: guilds, plus guild and direct messages so a mention or a DM reaches the bot
    (Discord sends the text of those without the privileged intent). Reading all messages (hoax
    watch) adds the privileged message-content intent, which must also be enabled for the
    application in the Discord developer portal."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    if read_messages:
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


def make_client(
    *,
    shards: int | None = 1,
    shard_ids: Sequence[int] | None = None,
    read_messages: bool = False,
    **options: Any,
) -> discord.Client:
    """A plain Client for one shard, an AutoShardedClient for `shards` > 1 or None ("auto");
    with `shard_ids`, only those of the `shards` shards (the rest run in other processes)."""
    options.setdefault("allowed_mentions", NO_MENTIONS)
    options.setdefault("intents", intents_for(read_messages))
    if shard_ids:
        return discord.AutoShardedClient(shard_count=shards, shard_ids=list(shard_ids), **options)
    if shards == 1:
        return discord.Client(**options)
    return discord.AutoShardedClient(shard_count=shards, **options)


class DiscordAdapter:
    """Discord for `bot/app.py`: `run` answers until cancelled; `send` posts replies and alerts.

    `errors` collects every exception that discord.py would otherwise only log (errors after the
    answer went out reach only the tree's error handler): tests assert it stays empty.
    """

    name = "discord"
    inbound = True

    def __init__(
        self,
        services: Services,
        token: str,
        *,
        shards: int | None = 1,
        shard_ids: Sequence[int] | None = None,
        cooldown_seconds: float = 3.0,
        read_messages: bool = False,
        client_options: dict[str, Any] | None = None,
    ) -> None:
        self.services = services
        self._token = token
        self.shards = shards
        self.shard_ids = tuple(shard_ids) if shard_ids else None
        self.read_messages = read_messages
        self.client_options = {"max_ratelimit_timeout": MAX_RATELIMIT_WAIT_S, **(client_options or {})}
        self.cooldown_seconds = cooldown_seconds
        self.runner = InteractionRunner(services, cooldown_seconds)
        self.errors: deque[BaseException] = deque(maxlen=100)
        self.ready = asyncio.Event()
        self.client: discord.Client | None = None
        self.tree: discord.app_commands.CommandTree | None = None
        self._served = False  # run() was started in this process: sends use its client only
        self._logged_in = asyncio.Event()  # the running client has a token (REST works)
        self._http: discord.Client | None = None  # send-only login when nothing runs here
        self._http_lock = asyncio.Lock()

    def _record(self, error: BaseException) -> None:
        self.errors.append(error)

    # -- outbound port -------------------------------------------------------------------------
    async def send(self, target: Target, reply: Reply, idempotency_key: str) -> DeliveryResult:
        """Post `reply` to channel `target.id` (never raises for Discord or network errors)."""
        if self._served:  # REST needs the login, not the gateway: no second login, ever
            try:
                await asyncio.wait_for(self._logged_in.wait(), CONNECT_WAIT_S)
            except TimeoutError:
                return failed("Discord: not connected (the adapter is logging in)")
            assert self.client is not None
            return await post(self.client, target, reply, idempotency_key)
        try:
            client = await self._http_client()
        except discord.LoginFailure as exc:
            return failed(f"Discord: login failed: {exc}")
        except Exception as exc:
            return classify(exc)
        return await post(client, target, reply, idempotency_key)

    async def _http_client(self) -> discord.Client:
        async with self._http_lock:
            if self._http is None or self._http.is_closed():
                client = discord.Client(intents=discord.Intents.none(), **self.client_options)
                await client.login(self._token)
                self._http = client
            return self._http

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    # -- inbound port --------------------------------------------------------------------------
    def _build_client(self) -> discord.Client:
        client = make_client(
            shards=self.shards, shard_ids=self.shard_ids, read_messages=self.read_messages, **self.client_options
        )
        tree = build_tree(
            client,
            self.runner,
            index=CompanyIndex(self.services, on_error=self._record),
            cooldown=self.runner.cooldown if self.cooldown_seconds > 0 else None,
        )
        tree.error(self._on_command_error)
        adapter = self

        async def setup_hook() -> None:  # discord.py calls it after login, before the gateway
            adapter._logged_in.set()

        client.setup_hook = setup_hook  # type: ignore[method-assign]
        # "More details" buttons of messages sent before this start (their ids carry the command)
        client.add_dynamic_items(MoreButton)

        @client.event
        async def on_error(event: str, *args: Any, **kwargs: Any) -> None:
            exc = sys.exc_info()[1]
            log.exception("Discord event %s failed", event)
            if exc is not None:
                adapter._record(exc)

        observer = observer_of(self.services)

        @client.event
        async def on_ready() -> None:
            log.info("Discord: connected as %s (%d guilds)", client.user, len(client.guilds))
            observer.ok(adapter.name)
            adapter.ready.set()

        @client.event
        async def on_disconnect() -> None:
            observer.degraded(adapter.name, "gateway disconnected; reconnecting")

        @client.event
        async def on_resumed() -> None:
            observer.reconnect(adapter.name)
            observer.ok(adapter.name)

        @client.event
        async def on_message(message: discord.Message) -> None:
            await adapter._on_message(message)

        @client.event
        async def on_capex_more(interaction: discord.Interaction, lang: str, line: str) -> None:
            await adapter.runner.more(interaction, lang, line)  # more.py dispatches it on a press

        self.client, self.tree = client, tree
        return client

    async def _on_command_error(
        self, interaction: discord.Interaction, error: discord.app_commands.AppCommandError
    ) -> None:
        """discord.py's tree error hook: a use inside the cooldown gets the door's "try again in N s";
        anything else is logged, recorded, and the user told briefly (ephemeral)."""
        lang = pick_lang(str(interaction.locale))
        if isinstance(error, discord.app_commands.CommandOnCooldown):
            spec = interaction.command.extras.get("spec", "") if interaction.command else ""
            await self._tell(interaction, cooldown_reply(error.retry_after, lang, spec))
            return
        original = getattr(error, "original", error)
        name = getattr(interaction.command, "qualified_name", "?")
        log.error("Discord command %s failed", name, exc_info=original)
        self._record(original)
        reply = error_reply(
            tr(
                lang,
                "Something went wrong on my side; the error was logged.",
                "Une erreur s'est produite de mon côté ; elle a été journalisée.",
            ),
            lang,
        )
        await self._tell(interaction, reply)

    async def _tell(self, interaction: discord.Interaction, reply: Reply) -> None:
        """A private answer to an interaction, whether or not it was acknowledged already."""
        try:
            if not interaction.response.is_done():
                await send_reply(interaction, reply)
            else:
                embeds = render_reply(reply)[0].embeds
                await interaction.followup.send(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.warning("could not tell the user about the error")

    async def _on_message(self, message: discord.Message) -> None:
        """A message that mentions the bot, or a DM, is a question or command for it; with
        DISCORD_READ_MESSAGES, ordinary chat goes to the door unaddressed (watch mode), where a flag
        becomes its effects (a reaction) plus one reply. Anything else is none of the bot's business."""
        if message.author.bot or not message.content:
            return
        me = self.client.user if self.client is not None else None
        if me is not None and (message.guild is None or any(u.id == me.id for u in message.mentions)):
            await self._on_addressed(message, me.id)
            return
        if not self.read_messages or message.guild is None:
            return
        channel = str(message.channel.id)
        inv = Invocation(
            place=Place("discord", channel),
            line=message.content,
            user_id=str(message.author.id),
            addressed=False,
        )
        reply = await handle(inv, self.services)
        if reply is None:
            return
        for effect in reply.effects:
            if isinstance(effect, React):
                try:
                    await message.add_reaction(effect.emoji)
                except (discord.Forbidden, discord.NotFound) as exc:
                    log.info("could not react to message %s in channel %s: %s", message.id, channel, exc)
        await self.send(Target(channel, reply_to=str(message.id)), reply, f"reply-{message.id}")

    async def _on_addressed(self, message: discord.Message, my_id: int) -> None:
        """The mention taken out, the rest through the door like a typed line; the answer replies
        to the message (in the question's language: a message carries no locale)."""
        line = " ".join(re.sub(rf"<@!?{my_id}>", " ", message.content).split())
        quoted = await self._replied_text(message, my_id)
        if quoted:
            line = with_quoted(line, quoted)
        channel = message.channel
        can_manage = True  # a DM: the user's own conversation
        if message.guild is not None and isinstance(message.author, discord.Member):
            can_manage = channel.permissions_for(message.author).manage_channels  # type: ignore[union-attr]
        inv = Invocation(
            place=Place("discord", str(channel.id)),
            line=line or "help",
            user_id=str(message.author.id),
            can_manage=can_manage,
            cooldown_s=self.cooldown_seconds,
        )
        reply = await handle(inv, self.services)
        if reply is not None:
            await self.send(Target(str(channel.id), reply_to=str(message.id)), reply, f"reply-{message.id}")

    async def _replied_text(self, message: discord.Message, my_id: int) -> str | None:
        """The text of someone else's message this one replies to, so "@bot fake news ?" sent as a
        reply checks that message. Discord usually sends the replied-to message with the event; a
        fetch covers the rest. The bot's own messages are not claims to check."""
        ref = message.reference
        if ref is None or ref.message_id is None:
            return None
        original = ref.resolved
        if original is None:
            try:
                original = await message.channel.fetch_message(ref.message_id)
            except discord.HTTPException as exc:
                log.info("could not read the message %s replied to: %s", ref.message_id, exc)
                return None
        if not isinstance(original, discord.Message) or original.author.id == my_id:
            return None
        return original.content or None

    async def run(self) -> None:
        self._served = True
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
            self._logged_in.clear()
            if not client.is_closed():
                await client.close()


def build(settings: Settings, services: Services) -> DiscordAdapter | None:
    """The Discord adapter, or None when DISCORD_TOKEN is not set."""
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:
        return None
    return DiscordAdapter(
        services,
        token,
        shards=shard_count(settings.discord_shard_count),
        shard_ids=settings.shard_ids,
        cooldown_seconds=settings.discord_cooldown_seconds,
        read_messages=settings.discord_read_messages,
    )
