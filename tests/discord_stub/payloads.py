"""Payload builders shaped like Discord's documented objects (API v10).

Only the keys discord.py 2.x reads are guaranteed; values are plausible. Snowflakes are strings on
the wire, as in Discord's API. References: Discord developer docs, "Interactions > Receiving and
Responding" (interaction object, application command data, autocomplete), "Topics > Gateway"
(HELLO, READY, GUILD_CREATE) and "Resources > Message".
"""

from __future__ import annotations

import itertools
import time
from typing import Any

# Discord epoch-based snowflakes: unique, increasing, plausible.
_DISCORD_EPOCH_MS = 1420070400000
_counter = itertools.count(1)

# Permission bits (Discord "Permissions" table).
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_CHANNELS = 1 << 4
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | USE_APPLICATION_COMMANDS
MANAGER_PERMISSIONS = MEMBER_PERMISSIONS | MANAGE_CHANNELS

# Application command option types.
OPTION_SUB_COMMAND = 1
OPTION_SUB_COMMAND_GROUP = 2
OPTION_STRING = 3

# Interaction types.
INTERACTION_APPLICATION_COMMAND = 2
INTERACTION_MESSAGE_COMPONENT = 3
INTERACTION_AUTOCOMPLETE = 4
COMPONENT_BUTTON = 2


def snowflake() -> str:
    ms = int(time.time() * 1000) - _DISCORD_EPOCH_MS
    return str((ms << 22) | (next(_counter) & 0x3FFFFF))


def iso_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000000+00:00", time.gmtime())


def user(user_id: str, username: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": user_id,
        "username": username,
        "discriminator": "0",
        "global_name": username.title(),
        "avatar": None,
        "bot": bot,
        "system": False,
        "mfa_enabled": False,
        "flags": 0,
        "public_flags": 0,
    }


def application(app_id: str, bot_user: dict[str, Any], owner: dict[str, Any]) -> dict[str, Any]:
    """GET /oauth2/applications/@me."""
    return {
        "id": app_id,
        "name": bot_user["username"],
        "icon": None,
        "description": "capexbot test application",
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": owner,
        "flags": 0,
        "team": None,
        "bot": bot_user,
    }


def text_channel(channel_id: str, guild_id: str, name: str = "general") -> dict[str, Any]:
    return {
        "id": channel_id,
        "type": 0,
        "guild_id": guild_id,
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def guild(guild_id: str, channels: list[dict[str, Any]], bot_user: dict[str, Any]) -> dict[str, Any]:
    """GUILD_CREATE payload (a small, available guild)."""
    return {
        "id": guild_id,
        "name": "capexbot test guild",
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": "1",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [
            {
                "id": guild_id,
                "name": "@everyone",
                "color": 0,
                "hoist": False,
                "position": 0,
                "permissions": str(MEMBER_PERMISSIONS),
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "joined_at": iso_now(),
        "large": False,
        "unavailable": False,
        "member_count": 2,
        "voice_states": [],
        "members": [member(bot_user, permissions=None)],
        "channels": channels,
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
    }


def member(user_obj: dict[str, Any], *, permissions: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "user": user_obj,
        "nick": None,
        "avatar": None,
        "roles": [],
        "joined_at": iso_now(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
    }
    if permissions is not None:  # only present on interaction members
        out["permissions"] = str(permissions)
    return out


def command_data(
    path: str,
    options: dict[str, Any] | None = None,
    *,
    command_id: str | None = None,
    focused: str | None = None,
    guild_id: str | None = None,
) -> dict[str, Any]:
    """`data` of an APPLICATION_COMMAND / AUTOCOMPLETE interaction.

    `path` is "capex" or "alerts subscribe" (sub-command) or "a b c" (group + sub-command); the
    leaf options are nested the way Discord nests them. `focused` names the option being typed.
    """
    words = path.split()
    leaf: list[dict[str, Any]] = [
        {
            "name": name,
            "type": OPTION_STRING,
            "value": value,
            **({"focused": True} if name == focused else {}),
        }
        for name, value in (options or {}).items()
    ]
    if len(words) == 3:
        leaf = [
            {
                "name": words[1],
                "type": OPTION_SUB_COMMAND_GROUP,
                "options": [{"name": words[2], "type": OPTION_SUB_COMMAND, "options": leaf}],
            }
        ]
    elif len(words) == 2:
        leaf = [{"name": words[1], "type": OPTION_SUB_COMMAND, "options": leaf}]
    data: dict[str, Any] = {
        "id": command_id or snowflake(),
        "name": words[0],
        "type": 1,
        "options": leaf,
    }
    if guild_id is not None:
        data["guild_id"] = guild_id
    return data


def component_data(custom_id: str, component_type: int = COMPONENT_BUTTON) -> dict[str, Any]:
    """`data` of a MESSAGE_COMPONENT interaction (a button press)."""
    return {"custom_id": custom_id, "component_type": component_type}


def interaction(
    *,
    app_id: str,
    guild_id: str,
    channel: dict[str, Any],
    invoker: dict[str, Any],
    data: dict[str, Any],
    interaction_type: int = INTERACTION_APPLICATION_COMMAND,
    permissions: int = MEMBER_PERMISSIONS,
    locale: str = "en-US",
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload for a guild text channel (`message`: the one whose component
    was used, for a MESSAGE_COMPONENT interaction)."""
    out = {
        "id": snowflake(),
        "application_id": app_id,
        "type": interaction_type,
        "data": data,
        "guild_id": guild_id,
        "guild": {"id": guild_id, "locale": "en-US", "features": []},
        "channel_id": channel["id"],
        "channel": channel,
        "member": member(invoker, permissions=permissions),
        "token": "itoken-" + snowflake(),
        "version": 1,
        "app_permissions": str(MEMBER_PERMISSIONS),
        "locale": locale,
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {"0": guild_id},
        "context": 0,
        "attachment_size_limit": 10 * 1024 * 1024,
    }
    if message is not None:
        out["message"] = message
    return out


def message(
    *,
    message_id: str,
    channel_id: str,
    author: dict[str, Any],
    body: dict[str, Any],
    message_type: int = 0,
    interaction_id: str | None = None,
) -> dict[str, Any]:
    """A message object built from what the bot sent (content, embeds, flags, attachments)."""
    out: dict[str, Any] = {
        "id": message_id,
        "channel_id": channel_id,
        "author": author,
        "content": body.get("content") or "",
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [
            {
                "id": snowflake(),
                "filename": a.get("filename", "file"),
                "size": 0,
                "url": "http://127.0.0.1/attachments/" + a.get("filename", "file"),
                "proxy_url": "http://127.0.0.1/attachments/" + a.get("filename", "file"),
            }
            for a in body.get("attachments") or []
        ],
        "embeds": body.get("embeds") or [],
        "pinned": False,
        "type": message_type,
        "flags": body.get("flags") or 0,
        "components": body.get("components") or [],
    }
    if body.get("nonce") is not None:
        out["nonce"] = body["nonce"]
    if interaction_id is not None:
        out["interaction_metadata"] = {"id": interaction_id, "type": 2, "user": author}
    return out
