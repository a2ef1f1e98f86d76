"""Registry -> Discord command layout (pure), including the shapes Discord does not allow."""

from __future__ import annotations

import discord

from bot.platforms.discord.slash import FrenchTranslator, build_tree, command_payloads, slash_layout
from commands.registry import CommandSpec, Param, Registry


async def _noop(req, services):  # pragma: no cover - never called
    raise AssertionError


def _registry(*names: str, **flags) -> Registry:
    reg = Registry()
    for name in names:
        reg.add(
            CommandSpec(
                name=name,
                handler=_noop,
                summary_en=f"{name} en",
                summary_fr=f"{name} fr",
                usage=name,
                params=(Param("q", "Q en", "Q fr", choices=("a", "b")),),
                **flags,
            )
        )
    return reg


def _shape(layout) -> dict:
    return {
        name: (_shape(node.children) if node.children else node.spec.name) for name, node in layout.items()
    }


def test_groups_subgroups_and_conflicts():
    reg = _registry(
        "capex",
        "capex chart",
        "capex top",
        "alerts subscribe",
        "alerts list",
        "hoax watch on",
        "hoax watch off",
        "hoax check",
        "Weird Name!",
    )
    assert _shape(slash_layout(reg)) == {
        "capex": "capex",
        "capex-chart": "capex chart",
        "capex-top": "capex top",
        "alerts": {"subscribe": "alerts subscribe", "list": "alerts list"},
        "hoax": {"watch": {"on": "hoax watch on", "off": "hoax watch off"}, "check": "hoax check"},
        "weird": {"name": "Weird Name!"},
    }


async def test_payloads_carry_choices_localisations_and_manage_hint():
    reg = _registry("alerts subscribe", "alerts unsubscribe", "purge", needs_manage=True)
    tree = build_tree(discord.Client(intents=discord.Intents.none()), registry=reg)
    await tree.set_translator(FrenchTranslator())
    payloads = {p["name"]: p for p in await command_payloads(tree)}
    assert payloads["purge"]["default_member_permissions"] == (
        discord.Permissions(manage_channels=True).value
    )
    assert payloads["alerts"]["default_member_permissions"] == (
        discord.Permissions(manage_channels=True).value
    )
    [sub, _] = sorted(payloads["alerts"]["options"], key=lambda o: o["name"])
    assert sub["name"] == "subscribe" and sub["description_localizations"] == {"fr": "alerts subscribe fr"}
    [option] = sub["options"]
    assert option["choices"] == [{"name": "a", "value": "a"}, {"name": "b", "value": "b"}]
    assert option["description_localizations"] == {"fr": "Q fr"}


async def test_long_summaries_are_cut_to_discords_100_characters():
    reg = Registry()
    reg.add(CommandSpec(name="long", handler=_noop, summary_en="e" * 300, summary_fr="f" * 300, usage="long"))
    tree = build_tree(discord.Client(intents=discord.Intents.none()), registry=reg)
    await tree.set_translator(FrenchTranslator())
    [payload] = await command_payloads(tree)
    assert len(payload["description"]) == 100 and payload["description"].endswith("…")
    assert len(payload["description_localizations"]["fr"]) == 100
