"""The "More details" button under a short answer, and what pressing it does.

The button's custom id carries everything needed to answer — the reply's language and the
canonical command of the detail view (`capexbot:more:fr:capex meta details`) — so nothing is kept
per message: a press on a message sent before a restart works, and the view store stays empty
(discord.py does not store views made only of dynamic items). `client.add_dynamic_items` registers
the pattern at start-up; a press dispatches the `capex_more` event, which the adapter handles like
any other event (errors reach `on_error`).
"""

from __future__ import annotations

import re
from typing import Any

import discord

from commands.i18n import tr
from commands.types import Reply

PREFIX = "capexbot:more:"
CUSTOM_ID_MAX = 100  # Discord: a component's custom_id is at most 100 characters
EVENT = "capex_more"  # dispatched as client.dispatch(EVENT, interaction, lang, line)


class MoreButton(discord.ui.DynamicItem[discord.ui.Button], template=re.escape(PREFIX) + r"(?P<lang>en|fr):(?P<line>.+)"):
    """A secondary button labelled in the reply's language."""

    def __init__(self, lang: str, line: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=tr(lang, "More details", "Plus de détails"),
                style=discord.ButtonStyle.secondary,
                custom_id=f"{PREFIX}{lang}:{line}",
            )
        )
        self.lang, self.line = lang, line

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> MoreButton:
        return cls(match["lang"], match["line"])

    async def callback(self, interaction: discord.Interaction) -> None:
        interaction.client.dispatch(EVENT, interaction, self.lang, self.line)


def more_view(reply: Reply) -> discord.ui.View | None:
    """A view with the button when the reply offers more (and the id fits Discord's limit)."""
    if not reply.more or len(f"{PREFIX}{reply.lang}:{reply.more}") > CUSTOM_ID_MAX:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(MoreButton(reply.lang, reply.more))
    return view
