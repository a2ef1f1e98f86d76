"""Hoax storage on a real SQLite file: watch state, atomic flag cooldown, imported claims, and
watch mode end to end through Storage.open + check_message; `capexbot hoax import` then `scan`."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cli_process import capexbot

from commands.hoax import watch
from commands.services import Services
from commands.types import Place, React
from storage.store import Storage

ROOT = Path(__file__).resolve().parents[1]
HOAX = "FACEBOOK DEVIENT PAYANT 4,99€/MOIS DÈS DEMAIN !!! collez ce message sur votre mur pour rester gratuit"
T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.both_backends
async def test_repository_on_a_real_database(database_url: str):
    storage = await Storage.open(database_url, seed=False)
    try:
        repo = storage.hoax
        assert await repo.watch_state("discord", "1") is None
        await repo.set_watch("discord", "1", True, by="u1", now=T0, threshold=0.7)
        state = await repo.watch_state("discord", "1")
        assert state.enabled and state.threshold == 0.7 and state.updated_by == "u1"
        assert await repo.watched_places() == [("discord", "1")]
        await repo.set_watch("discord", "1", False, by="u2", now=T0)
        assert not (await repo.watch_state("discord", "1")).enabled
        # cooldown: concurrent attempts flag once
        results = await asyncio.gather(
            *(repo.try_flag("discord", "1", "whatsapp-paid", T0) for _ in range(5))
        )
        assert sorted(results) == [False, False, False, False, True]
        assert not await repo.try_flag("discord", "1", "whatsapp-paid", T0 + timedelta(minutes=9))
        assert await repo.try_flag("discord", "1", "facebook-paid", T0)  # another claim
        assert await repo.try_flag("discord", "2", "whatsapp-paid", T0)  # another channel
        assert await repo.try_flag("discord", "1", "whatsapp-paid", T0 + timedelta(minutes=10))
        v0 = await repo.claims_version()
        await repo.add_claims([("x", {"@type": "ClaimReview", "identifier": "x"})], origin="f.json", now=T0)
        assert await repo.claims() == [{"@type": "ClaimReview", "identifier": "x"}]
        assert await repo.claims_version() != v0
    finally:
        await storage.close()


@pytest.mark.both_backends
async def test_one_flag_per_claim_per_place_across_processes(database_url: str):
    """Two bot processes (two stores, separate connections) see the same hoax wave at once."""
    stores = [await Storage.open(database_url, seed=False) for _ in range(2)]
    try:
        attempts = [
            store.hoax.try_flag("discord", "9", "whatsapp-paid", T0) for _ in range(6) for store in stores
        ]
        assert sorted(await asyncio.gather(*attempts)) == [False] * 11 + [True]
        later = T0 + timedelta(minutes=10)
        again = await asyncio.gather(*(s.hoax.try_flag("discord", "9", "whatsapp-paid", later) for s in stores))
        assert sorted(again) == [False, True]
    finally:
        for store in stores:
            await store.close()


@pytest.mark.both_backends
async def test_watch_mode_end_to_end(database_url: str):
    storage = await Storage.open(database_url, seed=False)
    try:
        clock = [T0]
        services = Services(storage=storage, now=lambda: clock[0])
        place = Place("matrix", "!room:example.org")
        assert await watch.check_message(HOAX, place, services) is None  # off by default
        await storage.hoax.set_watch(place.platform, place.id, True, by="@mod:example.org", now=T0)
        reply = await watch.check_message(HOAX, place, services)
        assert reply is not None and reply.effects == (React("⚠️"),)
        assert reply.extra["hoax"]["hoax_id"] == "facebook-paid" and reply.lang == "fr"
        assert any("lemonde.fr" in url for _, url in reply.links)
        assert await watch.check_message(HOAX, place, services) is None
        clock[0] = T0 + timedelta(minutes=11)
        assert await watch.check_message(HOAX, place, services) is not None
    finally:
        await storage.close()


def test_cli_import_then_scan_uses_imported_claims(tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps(
            [
                {
                    "@type": "ClaimReview",
                    "claimReviewed": "Telegram will start charging every user a monthly subscription fee",
                    "url": "https://factcheck.example.org/telegram-fee",
                    "author": {"@type": "Organization", "name": "Example Checker"},
                    "reviewRating": {"@type": "Rating", "alternateName": "False"},
                }
            ]
        )
    )

    def run(*args, stdin=""):
        return capexbot(*args, stdin=stdin, cwd=tmp_path)

    msg = json.dumps(
        {
            "id": 1,
            "text": "Telegram will start charging every user a monthly subscription fee, forward to all your contacts",
        }
    )
    assert not json.loads(run("hoax", "scan", "--jsonl", "-", stdin=msg).stdout)["flagged"]
    imp = run("hoax", "import", str(feed))
    assert imp.returncode == 0, imp.stderr
    out = json.loads(run("hoax", "scan", "--jsonl", "-", stdin=msg).stdout)
    assert out["flagged"] and out["hoax_id"].startswith("imported-")
    exported = json.loads(run("hoax", "export").stdout)
    assert any(e.get("url") == "https://factcheck.example.org/telegram-fee" for e in exported["@graph"])
