"""`capexbot discord sync`: explicit publication of the slash commands, checked against the registry
(the expected definitions are computed here from the registry, not by the code under test)."""

from __future__ import annotations

import json

import pytest

from bot.cli import build_parser
from bot.settings import ConfigError, load_settings
from commands.registry import REGISTRY, load_all

SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 100 else text[:99].rstrip() + "…"


def _leaf_commands(payloads: list[dict]) -> dict[str, dict]:
    """Slash path ("alerts subscribe") -> definition, walking groups and sub-groups."""
    out: dict[str, dict] = {}

    def walk(prefix: str, node: dict) -> None:
        subs = [o for o in node.get("options", []) if o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)]
        if not subs:
            out[prefix] = node
        for sub in subs:
            walk(f"{prefix} {sub['name']}", sub)

    for p in payloads:
        walk(p["name"], p)
    return out


def _slash_path(name: str, top_level: set[str]) -> str:
    words = name.split()
    # a name that is both a command and a prefix of others is flattened with a hyphen
    if (
        len(words) > 1
        and words[0] in top_level
        and any(s.name == words[0] for s in REGISTRY.commands.values())
    ):
        return "-".join(words[:2]) + ("" if len(words) == 2 else " " + " ".join(words[2:]))
    return name


def assert_matches_registry(payloads: list[dict]) -> None:
    load_all()
    leaves = _leaf_commands(payloads)
    top = {s.words[0] for s in REGISTRY.commands.values()}
    assert len(leaves) == len(REGISTRY.commands)
    for spec in REGISTRY.commands.values():
        definition = leaves[_slash_path(spec.name, top)]
        assert definition["description"] == _short(spec.summary_en)
        assert definition["description_localizations"] == {"fr": _short(spec.summary_fr)}
        options = definition.get("options", [])
        assert [o["name"] for o in sorted(options, key=lambda o: not o["required"])] == [
            p.name for p in sorted(spec.params, key=lambda p: not p.required)
        ]
        by_name = {o["name"]: o for o in options}
        for param in spec.params:
            option = by_name[param.name]
            assert option["type"] == 3  # string
            assert option["required"] is param.required
            assert option["description"] == _short(param.description_en)
            assert option["description_localizations"] == {"fr": _short(param.description_fr)}
            assert option.get("autocomplete", False) is (
                param.autocomplete == "company" and not param.choices
            )
            assert [c["value"] for c in option.get("choices", [])] == list(param.choices[:25])


async def _run(argv: list[str], **settings) -> int:
    args = build_parser().parse_args(argv)
    return await args.handler(args, load_settings(**settings))


async def test_sync_guild_sends_definitions_matching_the_registry(discord_stub, capsys):
    guild = discord_stub.guild_id
    code = await _run(["discord", "sync", "--guild", guild], discord_token=discord_stub.token)
    assert code == 0
    [put] = discord_stub.requests_to("PUT", rf"/applications/{discord_stub.app_id}/guilds/{guild}/commands")
    assert not discord_stub.requests_to("PUT", rf"/applications/{discord_stub.app_id}/commands")
    capex = next(p for p in put.json if p["name"] == "capex")
    company = next(o for o in capex["options"] if o["name"] == "company")
    assert company["autocomplete"] is True
    assert capex["description_localizations"]["fr"].startswith("Investissements")
    assert_matches_registry(put.json)
    assert "Synced" in capsys.readouterr().out


async def test_sync_global_and_dev_guild(discord_stub):
    assert await _run(["discord", "sync"], discord_token=discord_stub.token) == 0
    [put] = discord_stub.requests_to("PUT", rf"/applications/{discord_stub.app_id}/commands")
    assert_matches_registry(put.json)
    assert discord_stub.global_commands  # stored by the stand-in, as Discord would

    code = await _run(
        ["discord", "sync", "--dev"],
        discord_token=discord_stub.token,
        discord_dev_guild_id=discord_stub.guild_id,
    )
    assert code == 0
    assert discord_stub.requests_to(
        "PUT", rf"/applications/{discord_stub.app_id}/guilds/{discord_stub.guild_id}/commands"
    )


async def test_sync_clear_guild_sends_an_empty_list(discord_stub):
    code = await _run(
        ["discord", "sync", "--guild", discord_stub.guild_id, "--clear"], discord_token=discord_stub.token
    )
    assert code == 0
    [put] = discord_stub.requests_to("PUT", rf"/applications/{discord_stub.app_id}/guilds/\d+/commands")
    assert put.json == []


async def test_sync_without_token_is_a_configuration_error(discord_stub):
    with pytest.raises(ConfigError, match="DISCORD_TOKEN"):
        await _run(["discord", "sync"], discord_token="")
    with pytest.raises(ConfigError, match="DISCORD_DEV_GUILD_ID"):
        await _run(["discord", "sync", "--dev"], discord_token="x")
    assert discord_stub.requests == []


async def test_sync_with_a_rejected_token_is_a_configuration_error(discord_stub):
    with pytest.raises(ConfigError, match="rejected"):
        await _run(["discord", "sync"], discord_token="wrong")


async def test_dry_run_prints_the_same_definitions_without_sending(discord_stub, capsys):
    assert await _run(["discord", "sync", "--dry-run"]) == 0
    assert_matches_registry(json.loads(capsys.readouterr().out))
    assert discord_stub.requests == []
