"""End to end: the real discord.py client (capexbot's Discord front end) against the local
Discord stand-in, over loopback sockets. Payloads are asserted as Discord would receive them."""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord_stub import payloads as P

from commands.formatting import money, rounded
from commands.registry import REGISTRY, load_all

TESTONLY = "testonly"  # the group of test-only commands registered by conftest.py

EPHEMERAL = 64


def embeds_of(answer) -> list[dict]:
    return answer.json["data"]["embeds"]


def all_text(embeds: list[dict]) -> str:
    parts = []
    for e in embeds:
        parts += [e.get("title", ""), e.get("description", "")]
        parts += [f["name"] + "\n" + f["value"] for f in e.get("fields", [])]
        parts.append(e.get("footer", {}).get("text", ""))
    return "\n".join(parts)


async def latest_meta_quarter(services):
    snap = await services.storage.catalog.snapshot()
    meta = next(c for c in snap.companies.values() if c.ticker == "META")
    quarters = [
        f
        for f in snap.figures_of(meta.id)
        if f.kind == "actual"
        and f.fiscal_label.startswith("Q")
        and f.definition_code == meta.headline_definition
    ]
    return max(quarters, key=lambda f: (f.period_end, f.id))


@pytest.mark.both_backends
async def test_capex_meta_answers_with_an_embed_of_the_stored_figures(discord_stub, front, services):
    interaction = await discord_stub.interact("capex", {"company": "meta"})
    answer = await discord_stub.first_answer(interaction)

    assert answer.json["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE: answered directly
    data = answer.json["data"]
    assert data["allowed_mentions"] == {"parse": []}
    assert not data.get("flags", 0) & EPHEMERAL
    [embed] = data["embeds"]
    assert embed["title"] == "Meta Platforms (META) — capex"
    latest = await latest_meta_quarter(services)
    # the short answer: a few lines of description, the figure rounded, the sources named once
    lines = embed["description"].splitlines()
    assert len(lines) <= 8 and lines[0].startswith(f"Latest quarter, {latest.fiscal_label} ")
    assert rounded(latest.value_usd, "en") in lines[0] and any(x.startswith("Sources: ") for x in lines)
    # the detail view on request: fields with the exact figure
    interaction = await discord_stub.interact("capex", {"company": "meta", "period": "details"})
    [embed] = embeds_of(await discord_stub.first_answer(interaction))
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Latest quarter"].startswith(f"{latest.fiscal_label} ")
    assert money(latest.value_usd, "en") in fields["Latest quarter"]
    assert "Sources" in fields and "Guidance" in fields and "Fiscal years" in fields
    assert "Sources:" in embed["footer"]["text"]
    # no command sync happened at start-up
    assert not discord_stub.requests_to("PUT", r"/applications/\d+(/guilds/\d+)?/commands")


async def test_french_locale_answers_in_french(discord_stub, front, services):
    interaction = await discord_stub.interact("capex", {"company": "meta"}, locale="fr")
    [embed] = embeds_of(await discord_stub.first_answer(interaction))
    assert embed["title"] == "Meta Platforms (META) — investissements"
    latest = await latest_meta_quarter(services)
    assert rounded(latest.value_usd, "fr") in embed["description"].splitlines()[0]
    assert embed["description"].startswith("Dernier trimestre, T")


async def test_capex_with_period_option(discord_stub, front):
    interaction = await discord_stub.interact("capex", {"company": "Meta Platforms", "period": "FY2024"})
    [embed] = embeds_of(await discord_stub.first_answer(interaction))
    assert embed["title"] == "Meta Platforms (META) — FY2024"


async def test_autocomplete_met_offers_meta(discord_stub, front):
    interaction = await discord_stub.interact("capex", {"company": "met"}, autocomplete_focus="company")
    answer = await discord_stub.first_answer(interaction)
    assert answer.json["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices = answer.json["data"]["choices"]
    assert {"name": "Meta Platforms (META)", "value": "META"} in choices
    assert len(choices) <= 25


async def test_autocomplete_empty_prefix_is_capped_at_25(discord_stub, front):
    interaction = await discord_stub.interact("capex", {"company": ""}, autocomplete_focus="company")
    choices = (await discord_stub.first_answer(interaction)).json["data"]["choices"]
    assert 1 <= len(choices) <= 25


async def test_unknown_company_is_a_short_ephemeral_error(discord_stub, front):
    interaction = await discord_stub.interact("capex", {"company": "@everyone nosuchco"})
    answer = await discord_stub.first_answer(interaction)
    data = answer.json["data"]
    assert data["flags"] & EPHEMERAL
    assert data["allowed_mentions"] == {"parse": []}
    [embed] = data["embeds"]
    assert "Unknown company" in embed["description"]
    assert len(all_text(data["embeds"])) < 600


async def test_manage_command_refused_without_manage_channels(discord_stub, front, testonly_commands):
    interaction = await discord_stub.interact(f"{TESTONLY} manage", {"value": "on"})
    data = (await discord_stub.first_answer(interaction)).json["data"]
    assert data["flags"] & EPHEMERAL
    assert "Manage Channels" in all_text(data["embeds"])
    assert testonly_commands == []  # the handler never ran

    allowed = await discord_stub.interact(
        f"{TESTONLY} manage", {"value": "on"}, permissions=P.MANAGER_PERMISSIONS
    )
    data = (await discord_stub.first_answer(allowed)).json["data"]
    assert data["embeds"][0]["title"] == "Setting changed"
    [request] = testonly_commands
    assert request.can_manage is True
    assert request.args == ("on",) and request.options == {"value": "on"}
    assert request.place.platform == "discord" and request.place.id == discord_stub.channel_id


@pytest.mark.both_backends
async def test_second_use_inside_cooldown_gets_try_again(discord_stub, front):
    """discord.py's dynamic_cooldown check refuses (CommandOnCooldown reaches tree.error), asking
    the door's policy; the answer is the door's own wording."""
    seen: list[discord.app_commands.AppCommandError] = []
    handler = front.tree.on_error

    async def spy(interaction, error):
        seen.append(error)
        await handler(interaction, error)

    front.tree.on_error = spy
    alice = discord_stub.user("alice")
    first = await discord_stub.interact("capex", {"company": "msft"}, invoker=alice)
    assert (await discord_stub.first_answer(first)).json["data"].get("flags", 0) & EPHEMERAL == 0
    second = await discord_stub.interact("capex", {"company": "msft"}, invoker=alice)
    data = (await discord_stub.first_answer(second)).json["data"]
    assert data["flags"] & EPHEMERAL
    assert "try again in 30 s" in all_text(data["embeds"])
    assert [type(e) for e in seen] == [discord.app_commands.CommandOnCooldown]
    assert 29 < seen[0].retry_after <= 30
    # another user is not affected
    bob = await discord_stub.interact("capex", {"company": "msft"}, invoker=discord_stub.user("bob"))
    assert (await discord_stub.first_answer(bob)).json["data"].get("flags", 0) & EPHEMERAL == 0


async def test_slow_command_is_deferred_then_edited_with_the_image(discord_stub, front):
    interaction = await discord_stub.interact(f"{TESTONLY} slow", {"value": "x"})
    answer = await discord_stub.first_answer(interaction)
    assert answer.json["type"] == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    message = await discord_stub.final_message(interaction)
    assert message["embeds"][0]["title"] == "Slow answer"
    assert message["embeds"][0]["image"]["url"] == "attachment://chart.png"
    [edit] = discord_stub.requests_to("PATCH", rf"/webhooks/{discord_stub.app_id}/[^/]+/messages/@original")
    assert edit.json["allowed_mentions"] == {"parse": []}
    assert [fn for fn, _ in edit.files.values()] == ["chart.png"]
    assert list(edit.files.values())[0][1] == b"\x89PNG\r\n\x1a\nfake"


async def test_command_running_past_the_threshold_is_deferred_automatically(discord_stub, front):
    interaction = await discord_stub.interact(f"{TESTONLY} sluggish", {"value": "x"})
    assert (await discord_stub.first_answer(interaction)).json["type"] == 5
    message = await discord_stub.final_message(interaction)
    assert message["embeds"][0]["title"] == "Sluggish answer"


async def test_error_after_a_public_defer_becomes_an_ephemeral_follow_up(discord_stub, front):
    interaction = await discord_stub.interact(f"{TESTONLY} refuse", {"value": "x"})
    assert (await discord_stub.first_answer(interaction)).json["type"] == 5
    state = discord_stub.interactions[interaction["id"]]
    followup = await discord_stub.wait_until(lambda: state.followups and state.followups[0])
    assert followup["flags"] & EPHEMERAL
    assert "Nothing to draw" in followup["embeds"][0]["description"]
    assert discord_stub.requests_to("DELETE", rf"/webhooks/{discord_stub.app_id}/[^/]+/messages/@original")


async def test_help_lists_registry_commands(discord_stub, front):
    interaction = await discord_stub.interact("help")
    text = all_text(embeds_of(await discord_stub.first_answer(interaction)))
    assert "capex <company> [period|details]" in text


@pytest.mark.both_backends
async def test_many_interactions_at_once_are_each_answered_once(discord_stub, front):
    sent = await asyncio.gather(
        *(
            discord_stub.interact("capex", {"company": "googl"}, invoker=discord_stub.user(f"u{i}"))
            for i in range(20)
        )
    )
    answers = await asyncio.gather(*(discord_stub.first_answer(i) for i in sent))
    assert all(a.json["data"]["embeds"][0]["title"].startswith("Alphabet") for a in answers)


async def test_errors_that_only_reach_the_tree_handler_are_caught(discord_stub, front):
    """The safety net itself: a failed answer is recorded (and would fail every other test)."""
    discord_stub.script(
        "POST", r"/interactions/\d+/[^/]+/callback", 400, {"code": 50035, "message": "Invalid"}
    )
    interaction = await discord_stub.interact("capex", {"company": "meta"})
    await discord_stub.wait_until(
        lambda: discord_stub.requests_to("POST", rf"/interactions/{interaction['id']}/.*")
    )
    for _ in range(100):
        if front.errors:
            break
        await asyncio.sleep(0.01)
    errors = list(front.errors)
    front.errors.clear()
    assert errors and isinstance(errors[0], discord.HTTPException)


async def test_chart_command_is_deferred_then_edited_with_the_png(discord_stub, front):
    """`capex chart` (registered by the charts module) is both under `capex` and a sub-command of
    it, so on Discord it is `/capex-chart`; it is slow, so it is deferred, then edited."""
    load_all()
    assert "capex chart" in REGISTRY.commands
    interaction = await discord_stub.interact("capex-chart", {"company": "META"})
    assert (await discord_stub.first_answer(interaction)).json["type"] == 5
    message = await discord_stub.final_message(interaction, timeout=15)
    [embed] = message["embeds"]
    assert embed["title"].startswith("Meta Platforms (META)")
    [edit] = discord_stub.requests_to("PATCH", rf"/webhooks/{discord_stub.app_id}/[^/]+/messages/@original")
    [(filename, png)] = edit.files.values()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    assert embed["image"]["url"] == f"attachment://{filename}"


async def test_oversized_option_is_refused_briefly(discord_stub, front):
    interaction = await discord_stub.interact("capex", {"company": "meta", "period": "Q3 " * 2000})
    data = (await discord_stub.first_answer(interaction)).json["data"]
    assert data["flags"] & EPHEMERAL
    assert "too long" in all_text(data["embeds"])


@pytest.mark.both_backends
async def test_alerts_subscribe_needs_manage_channels_and_keys_on_the_channel(discord_stub, front, services):
    """The real settings-changing command (issue 5)."""
    load_all()
    assert "alerts subscribe" in REGISTRY.commands
    refused = await discord_stub.interact("alerts subscribe", {"company": "meta"})
    data = (await discord_stub.first_answer(refused)).json["data"]
    assert data["flags"] & EPHEMERAL and "Manage Channels" in all_text(data["embeds"])
    assert await services.storage.subscriptions.for_target("discord", discord_stub.channel_id) == []

    allowed = await discord_stub.interact(
        "alerts subscribe", {"company": "meta"}, permissions=P.MANAGER_PERMISSIONS, locale="fr"
    )
    data = (await discord_stub.first_answer(allowed)).json["data"]
    assert not data.get("flags", 0) & EPHEMERAL
    assert data["embeds"][0]["title"] == "Alertes"
    [sub] = await services.storage.subscriptions.for_target("discord", discord_stub.channel_id)
    assert sub.company_id is not None and sub.lang == "fr"


async def test_later_option_without_an_earlier_one_is_explained(discord_stub, front):
    interaction = await discord_stub.interact("capex", {"period": "2024"})
    data = (await discord_stub.first_answer(interaction)).json["data"]
    assert data["flags"] & EPHEMERAL
    assert "`period` needs `company` too." in all_text(data["embeds"])


async def test_free_text_option_is_split_like_the_text_parser(discord_stub, front):
    load_all()
    assert "capex chart" in REGISTRY.commands
    interaction = await discord_stub.interact(
        "capex-chart", {"company": "Meta Platforms", "options": "quarterly since 2024"}
    )
    message = await discord_stub.final_message(interaction, timeout=15)
    assert "quarterly" in message["embeds"][0]["title"]


async def test_autocomplete_under_load_answers_every_request_in_time(discord_stub, front):
    """200 autocompletes and 50 commands at once: each answered once, within Discord's 3 s (the
    stand-in refuses and records late answers, which fails the test)."""
    prefixes = ["me", "mi", "goo", "am", "or", "ap", "nv", "te", "al", "ba"]
    completes = [
        discord_stub.interact("capex", {"company": prefixes[i % 10]}, autocomplete_focus="company")
        for i in range(200)
    ]
    commands = [
        discord_stub.interact("capex", {"company": "nvda"}, invoker=discord_stub.user(f"load{i}"))
        for i in range(50)
    ]
    sent = await asyncio.gather(*completes, *commands)
    answers = await asyncio.gather(*(discord_stub.first_answer(i, timeout=10) for i in sent))
    assert all(a.json["type"] == 8 for a in answers[:200])
    assert all(a.json["type"] in (4, 5) for a in answers[200:])  # deferred if slower than the threshold
    finals = await asyncio.gather(*(discord_stub.final_message(i, timeout=10) for i in sent[200:]))
    assert all(
        m["embeds"][0]["title"].startswith("NVIDIA") or "NVDA" in m["embeds"][0]["title"] for m in finals
    )
    slowest = max(
        a.at - discord_stub.interactions[i["id"]].dispatched_at for a, i in zip(answers, sent, strict=True)
    )
    assert slowest < 3.0
