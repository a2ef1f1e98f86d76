"""`alerts subscribe|unsubscribe|list` through the door, alert wording, and Discord delivery
through the Discord stand-in (nonce + enforce_nonce, no mentions, Unknown Channel -> disabled)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_alerts_delivery import FAST  # noqa: E402
from test_alerts_storage import meta_q3  # noqa: E402

from bot.platforms.discord.adapter import DiscordAdapter  # noqa: E402
from bot.workers.alerts import AlertWorker  # noqa: E402
from commands.alert_text import compose, short_money, short_range  # noqa: E402
from commands.door import Invocation, handle  # noqa: E402
from commands.types import Place  # noqa: E402
from storage.models import NewFigure  # noqa: E402

pytestmark = pytest.mark.both_backends

CHANNEL = Place("discord", "123456789012345678")
ROOM = Place("matrix", "!room:example.org")




async def test_subscribe_unsubscribe_list_keyed_by_place(services):
    r = await handle(Invocation(line="/alerts subscribe meta", place=CHANNEL, user_id="u1"), services)
    assert r.ok and "Meta Platforms" in r.text and "Past figures are not sent" in r.text
    assert r.extra["outcome"] == "created"
    r = await handle(Invocation(line="!alerts subscribe META", place=CHANNEL), services)
    assert r.ok and r.extra["outcome"] == "exists" and "already" in r.text
    r = await handle(Invocation(line="alerts subscribe", place=CHANNEL), services)
    assert r.extra["outcome"] == "created"

    # another place is independent
    r = await handle(Invocation(line="alerts list", place=ROOM, lang="fr"), services)
    assert r.ok and "ne reçoit pas d'alertes" in r.text

    r = await handle(Invocation(line="alerts list", place=CHANNEL), services)
    assert [row[0] for row in r.table[1]] == ["every company", "Meta Platforms"]
    assert all("active" in line for line in r.text.splitlines())

    r = await handle(Invocation(line="alerts unsubscribe alphabet", place=CHANNEL), services)
    assert r.ok and r.extra["removed"] == [] and "`alerts unsubscribe` stops them all" in r.text
    r = await handle(Invocation(line="alerts unsubscribe meta", place=CHANNEL), services)
    assert len(r.extra["removed"]) == 1
    r = await handle(Invocation(line="alerts unsubscribe", place=CHANNEL), services)
    assert len(r.extra["removed"]) == 1 and "No more alerts" in r.text
    assert await services.storage.subscriptions.for_target("discord", CHANNEL.id) == []


async def test_subscribe_needs_manage_and_a_chat_place(services):
    r = await handle(Invocation(line="alerts subscribe", place=CHANNEL, can_manage=False), services)
    assert not r.ok and "Manage Channels" in r.error
    r = await handle(Invocation(line="alerts unsubscribe", place=CHANNEL, can_manage=False), services)
    assert not r.ok
    r = await handle(Invocation(line="alerts list", place=CHANNEL, can_manage=False), services)
    assert r.ok  # reading is for everyone
    r = await handle(Invocation(line="alerts subscribe"), services)  # the terminal
    assert not r.ok and "add-webhook" in r.error
    r = await handle(Invocation(line="alerts subscribe metaa", place=CHANNEL), services)
    assert not r.ok and "Meta Platforms" in r.error
    assert await services.storage.subscriptions.all() == []


async def test_disabled_subscription_shows_its_reason_in_chat_list(services):
    sub = (await services.storage.subscriptions.subscribe("matrix", ROOM.id, None)).subscription
    await services.storage.subscriptions.disable(sub.id, "Matrix: M_FORBIDDEN: You are not in this room")
    r = await handle(Invocation(line="alerts list", place=ROOM), services)
    assert "disabled: Matrix: M_FORBIDDEN: You are not in this room" in r.text
    r = await handle(Invocation(line="alerts list", place=ROOM, lang="fr"), services)
    assert "désactivée\u202f: Matrix\u202f: M_FORBIDDEN" in r.text
    r = await handle(Invocation(line="alerts subscribe", place=ROOM), services)
    assert r.extra["outcome"] == "reactivated"


async def test_alert_wording_en_fr(services):
    storage = services.storage
    old = NewFigure(
        "alphabet", "FY2027", "2027-01-01", "2027-12-31", "guidance", "ppe_cash", "Alphabet Q4 2026 call",
        low_usd=180_000_000_000, high_usd=190_000_000_000, announced="2027-02-01",
    )  # fmt: skip
    new = NewFigure(
        "alphabet", "FY2027", "2027-01-01", "2027-12-31", "guidance", "ppe_cash", "Alphabet Q1 2027 call",
        low_usd=195_000_000_000, high_usd=205_000_000_000, announced="2027-04-28",
    )  # fmt: skip
    [first] = await storage.figures.add([old], origin="import")
    [second] = await storage.figures.add([new], origin="import")
    snap = await storage.catalog.snapshot()
    en = compose("alphabet", [second.id], snap, "en")
    assert en.text.splitlines()[0] == "Alphabet raised 2027 guidance to $195–205B (was $180–190B)"
    fr = compose("alphabet", [second.id], snap, "fr")
    assert (
        fr.text.splitlines()[0]
        == "Alphabet\u202f: prévision 2027 relevée à 195–205\u202fMd$ (contre 180–190\u202fMd$)"
    )
    # the first guidance for a year has nothing to compare with, whatever came later
    assert compose("alphabet", [first.id], snap, "en").text.splitlines()[0] == (
        "Alphabet gave 2027 capex guidance: $180–190B"
    )
    assert (
        short_money(32_100_000_000, "en") == "$32.1B"
        and short_money(39_230_000_000, "fr") == "39,2\u202fMd$"
    )
    assert short_range(None, None, 40e9, "en") == "~$40B" and short_range(60e9, None, None, "en") == ">$60B"




async def test_discord_delivery_with_nonce_and_gone_channel_disables(services, discord_stub):
    storage = services.storage
    good = discord_stub.channel_id
    gone = "999000999000999000"
    discord_stub.gone_channels.add(gone)
    await storage.subscriptions.subscribe("discord", good, "meta")
    bad = (await storage.subscriptions.subscribe("discord", gone, None)).subscription
    await storage.figures.add(meta_q3(), origin="import")
    worker = AlertWorker(services, {"discord": DiscordAdapter(services, discord_stub.token)}, FAST)
    try:
        await asyncio.wait_for(worker.run_once(), timeout=20)
    finally:
        await worker.adapters["discord"].close()
    keys = {d["subscription_id"]: d["idempotency_key"] for d in await storage.outbox.deliveries()}
    posts = discord_stub.requests_to("POST", rf"^/channels/{good}/messages$")
    assert len(posts) == 1
    body = posts[0].json
    assert body["nonce"] in keys.values() and body["enforce_nonce"] is True
    assert body["allowed_mentions"]["parse"] == []
    assert body["embeds"][0]["title"] == "Capex alert: Meta Platforms (META)"
    assert "Q3 2026 capex $32.1B" in str(body["embeds"])
    assert posts[0].headers.get("Authorization") == f"Bot {discord_stub.token}"
    # Unknown Channel three times in a row: disabled with the reason, never deleted
    assert len(discord_stub.requests_to("POST", rf"^/channels/{gone}/messages$")) == 3
    after = await storage.subscriptions.get(bad.id)
    assert after.status == "disabled" and "Unknown Channel" in after.disabled_reason
    r = await handle(Invocation(line="alerts list", place=Place("discord", gone)), services)
    assert "disabled: Discord: 404 Unknown Channel (10003)" in r.text


async def test_discord_retry_reuses_the_nonce(services, discord_stub):
    storage = services.storage
    channel = discord_stub.channel_id
    discord_stub.script("POST", rf"^/channels/{channel}/messages$", 500, {"message": "oops", "code": 0})
    await storage.subscriptions.subscribe("discord", channel, None)
    await storage.figures.add(meta_q3(), origin="import")
    worker = AlertWorker(services, {"discord": DiscordAdapter(services, discord_stub.token)}, FAST)
    try:
        await asyncio.wait_for(worker.run_once(), timeout=30)
    finally:
        await worker.adapters["discord"].close()
    posts = discord_stub.requests_to("POST", rf"^/channels/{channel}/messages$")
    assert len(posts) >= 2 and len({p.json["nonce"] for p in posts}) == 1
    assert len(discord_stub.channel_messages.get(channel, [])) == 1
    assert await storage.outbox.counts() == {"sent": 1}


async def test_long_filings_are_capped(services):
    storage = services.storage
    figs = [
        NewFigure(
            "microsoft", f"Q{q}-{y}", f"{y}-01-01", f"{y}-0{q}-28", "actual", "ppe_cash", "Microsoft 10-K (restated)",
            value_usd=1_000_000_000 * (y - 2000) + q, accession="ms-restate", announced="2030-01-01",
        )
        for y in (2031, 2032, 2033) for q in (1, 2, 3, 4)
    ]  # fmt: skip
    inserted = await storage.figures.add(figs, origin="import")
    snap = await storage.catalog.snapshot()
    reply = compose("microsoft", [f.id for f in inserted], snap, "en")
    lines = reply.text.split("\n\n")[0].splitlines()
    assert len(lines) == 9 and lines[-1] == "… and 4 more figures"
    assert len(reply.figures) == 12  # the payload keeps every figure
