"""Slash-command interactions: an interaction becomes an Invocation for the door, and the Reply
answers it exactly once and within Discord's 3 s — at once when quick, else deferred ("thinking…")
and edited. Errors and private replies are ephemeral; nothing the bot sends can mention anyone.

Side effects (`Reply.effects`, e.g. a reaction) are knowingly skipped here: a slash command has no
message to react to. A reply offering more (`Reply.more`) carries a "More details" button (more.py);
pressing it answers with the detail view, ephemerally: only the person who pressed sees it.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import discord

from bot.platforms.discord.more import more_view
from bot.platforms.discord.render import NO_MENTIONS, is_ephemeral, render_reply, reply_file
from bot.platforms.discord.slash import slash_names
from commands.cooldowns import seconds_left
from commands.door import Invocation, handle
from commands.i18n import pick_lang
from commands.registry import CommandSpec, load_all
from commands.types import CommandStyle, Place, Reply

if TYPE_CHECKING:
    from commands.services import Services

DEFER_AFTER_S = 2.0  # a command still running after this is deferred (Discord's window is 3 s)


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
    view = None if ephemeral else more_view(reply)
    first, rest = messages[0], messages[1:]
    if not interaction.response.is_done():
        kwargs: dict[str, Any] = {
            "embeds": first.embeds,
            "ephemeral": ephemeral,
            "allowed_mentions": NO_MENTIONS,
        }
        if file is not None:
            kwargs["file"] = file
        if view is not None:
            kwargs["view"] = view
        await interaction.response.send_message(**kwargs)
    elif ephemeral and not deferred_ephemeral:
        await interaction.delete_original_response()
        kwargs = {"embeds": first.embeds, "ephemeral": True, "allowed_mentions": NO_MENTIONS}
        if file is not None:
            kwargs["file"] = file
        await interaction.followup.send(**kwargs)
    else:
        await interaction.edit_original_response(
            embeds=first.embeds,
            attachments=[file] if file is not None else [],
            allowed_mentions=NO_MENTIONS,
            view=view,
        )
    for message in rest:
        await interaction.followup.send(
            embeds=message.embeds, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
        )


async def defer(interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
    """Acknowledge now ("thinking…"), answer later with `send_reply` (for work over ~1 s)."""
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)


class InteractionRunner:
    """Turns one slash-command invocation into an Invocation for the door, and answers with the
    Reply: at once when it is quick, else deferred ("thinking…") and edited."""

    def __init__(
        self, services: Services, cooldown_seconds: float, *, defer_after: float = DEFER_AFTER_S
    ) -> None:
        self.services = services
        self.cooldown_seconds = cooldown_seconds
        self.defer_after = defer_after
        self.style = CommandStyle("/", slash_names(load_all()))

    async def __call__(
        self, interaction: discord.Interaction, spec: CommandSpec, values: dict[str, str | None]
    ) -> None:
        inv = Invocation(
            place=self.place(interaction),
            command=spec.name,
            options=values,
            user_id=str(interaction.user.id),
            lang=pick_lang(str(interaction.locale)),  # type: ignore[arg-type]
            can_manage=interaction.permissions.manage_channels,
            cooldown_s=0.0,  # checked already, by `cooldown` below through discord.py
            on_slow=lambda: defer(interaction),
            style=self.style,
        )
        await self.answer(interaction, inv)

    async def more(self, interaction: discord.Interaction, lang: str, line: str) -> None:
        """A "More details" press: the detail command, in the language of the reply that offered it,
        answered only to the presser. No cooldown: the press follows the short answer within
        seconds by design, the detail view is computed once per data version, and an ephemeral
        answer cannot flood the channel."""
        inv = Invocation(
            place=self.place(interaction),
            line=line,
            user_id=str(interaction.user.id),
            lang=pick_lang(lang),  # type: ignore[arg-type]
            can_manage=interaction.permissions.manage_channels,
            on_slow=lambda: defer(interaction, ephemeral=True),
            style=self.style,
        )
        await self.answer(interaction, inv, private=True)

    @staticmethod
    def place(interaction: discord.Interaction) -> Place:
        return Place("discord", str(interaction.channel_id or interaction.guild_id or interaction.user.id))

    async def answer(self, interaction: discord.Interaction, inv: Invocation, *, private: bool = False) -> None:
        """The door's reply to `inv`: at once when quick, else deferred ("thinking…") and edited."""
        task = asyncio.ensure_future(handle(inv, self.services))
        try:
            await asyncio.wait_for(asyncio.shield(task), self.defer_after)
        except TimeoutError:
            await defer(interaction, ephemeral=private)
        reply = await task
        if reply is not None:
            await send_reply(interaction, replace(reply, private=True) if private else reply, deferred_ephemeral=private)

    async def cooldown(self, interaction: discord.Interaction) -> discord.app_commands.Cooldown | None:
        """The factory of discord.py's `dynamic_cooldown` check: asks the door's policy
        (`commands.cooldowns.seconds_left`, memory in storage, shared across processes on
        PostgreSQL). None lets the command run (the use is recorded); otherwise a bucket with no
        token left for the time still to wait, so discord.py raises `CommandOnCooldown` with that
        retry_after to `tree.error`."""
        command = interaction.command
        spec = command.extras.get("spec") if command is not None else None
        if spec is None:
            return None
        wait = await seconds_left(
            self.services.storage, "discord", str(interaction.user.id), spec, self.cooldown_seconds
        )
        return discord.app_commands.Cooldown(0, wait) if wait > 0 else None
