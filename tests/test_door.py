"""The one inbound door (commands/door.py): every network's rules in one place, tested once."""

from __future__ import annotations

import dataclasses

import pytest

from commands.door import Invocation, handle
from commands.types import Place, Reply

pytestmark = pytest.mark.both_backends

MATRIX = Place("matrix", "!room:hs")
DISCORD = Place("discord", "123")


async def test_typed_line_and_named_options_reach_the_same_command(services):
    typed = await handle(Invocation(place=MATRIX, line="!capex msft 2024"), services)
    named = await handle(
        Invocation(place=DISCORD, command="capex", options={"company": "msft", "period": "2024"}), services
    )
    assert typed is not None and named is not None
    assert typed.ok and named.ok and typed.title == named.title and typed.figures == named.figures


async def test_an_option_after_a_missing_one_is_refused(services):
    reply = await handle(Invocation(place=DISCORD, command="capex", options={"period": "2024"}), services)
    assert reply is not None and not reply.ok and "`period` needs `company` too" in reply.text


async def test_oversized_options_are_refused_before_the_command_runs(services):
    reply = await handle(Invocation(place=DISCORD, command="capex", options={"company": "m" * 600}), services)
    assert reply is not None and not reply.ok and "too long for `capex`" in reply.text


async def test_unknown_word_is_silent_only_when_quiet_and_not_a_near_miss(services):
    assert await handle(Invocation(place=MATRIX, line="!weather paris", quiet_unknown=True), services) is None
    near = await handle(Invocation(place=MATRIX, line="!capx", quiet_unknown=True), services)
    assert near is not None and near.suggestions == ("capex",)
    # a line the question reader understands is answered, and says how it was read
    read = await handle(Invocation(place=MATRIX, line="!capx meta", quiet_unknown=True), services)
    assert read is not None and read.ok and read.extra["understood"] == "capex meta"
    loud = await handle(Invocation(place=MATRIX, line="weather paris"), services)
    assert loud is not None and not loud.ok and "Big Tech capex" in loud.text and "`help`" in loud.text


async def test_refusal_names_the_rank_when_the_network_has_one(services):
    inv = Invocation(place=MATRIX, line="!alerts subscribe meta", can_manage=False, rank=(0, 50))
    reply = await handle(inv, services)
    assert reply is not None and not reply.ok
    assert "Manage Channels" in reply.text and "power level is 0" in reply.text and "50" in reply.text
    assert await services.storage.subscriptions.for_target("matrix", MATRIX.id) == []


async def test_cooldown_is_per_user_per_command_and_only_where_asked(services):
    inv = Invocation(place=DISCORD, command="help", user_id="alice", cooldown_s=30)
    first, second = await handle(inv, services), await handle(inv, services)
    assert first is not None and first.ok
    assert second is not None and not second.ok and "try again in 30 s" in second.text
    bob = await handle(dataclasses.replace(inv, user_id="bob"), services)
    other_command = await handle(
        dataclasses.replace(inv, command="capex", options={"company": "meta"}), services
    )
    no_cooldown = await handle(dataclasses.replace(inv, cooldown_s=0), services)
    assert bob.ok and other_command.ok and no_cooldown.ok  # type: ignore[union-attr]


async def test_overheard_chat_only_reaches_the_watcher(services):
    seen: list[tuple[str, Place]] = []

    async def watcher(text, place, svc):
        seen.append((text, place))
        return Reply(title="flag", text="flag") if "gold" in text else None

    svc = dataclasses.replace(services, watcher=watcher)
    assert await handle(Invocation(place=MATRIX, line="help", addressed=False), svc) is None
    flagged = await handle(Invocation(place=MATRIX, line="whatsapp gold", addressed=False), svc)
    assert flagged is not None and flagged.title == "flag"
    assert seen == [("help", MATRIX), ("whatsapp gold", MATRIX)]


async def test_a_failing_watcher_never_breaks_chat(services):
    async def broken(text, place, svc):
        raise RuntimeError("no hoax tables")

    svc = dataclasses.replace(services, watcher=broken)
    assert await handle(Invocation(place=MATRIX, line="hello", addressed=False), svc) is None


async def test_on_slow_runs_before_slow_commands_only(services):
    calls: list[str] = []

    async def on_slow() -> None:
        calls.append("slow")

    quick = await handle(Invocation(place=DISCORD, command="help", on_slow=on_slow), services)
    assert quick is not None and quick.ok and calls == []
    chart = await handle(
        Invocation(place=DISCORD, command="capex chart", options={"company": "meta"}, on_slow=on_slow),
        services,
    )
    assert chart is not None and chart.ok and calls == ["slow"]


async def test_help_is_spelled_the_way_each_network_types_commands(services):
    from bot.platforms.discord.slash import slash_names
    from commands.registry import load_all
    from commands.types import CommandStyle

    discord_style = CommandStyle("/", slash_names(load_all()))
    on_discord = await handle(Invocation(place=DISCORD, command="help", style=discord_style), services)
    on_matrix = await handle(Invocation(place=MATRIX, line="!help", style=CommandStyle("?")), services)
    on_terminal = await handle(Invocation(place=Place("terminal", "local"), line="help"), services)
    assert on_discord is not None and on_matrix is not None and on_terminal is not None
    assert "/capex-chart <company>" in on_discord.text and "/alerts subscribe" in on_discord.text
    assert "?capex chart <company>" in on_matrix.text and "Start a command with `?`" in on_matrix.text
    assert (
        "\ncapex chart <company>" in on_terminal.text and "`help <command>` for details" in on_terminal.text
    )
    assert "Matrix" not in on_discord.text and "Discord" not in on_matrix.text
    explained = await handle(
        Invocation(place=DISCORD, command="help", options={"command": "capex-chart"}, style=discord_style),
        services,
    )
    assert explained is not None and explained.title.startswith("/capex-chart <company>")
