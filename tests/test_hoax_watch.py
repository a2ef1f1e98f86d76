"""Watch mode (check_message) and the `hoax` commands, with an in-memory stand-in for the hoax
repository (same methods as storage.hoax_watch.HoaxRepository)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commands.door import Invocation, handle
from commands.hoax import watch
from commands.services import Services
from commands.types import Place, React
from storage.hoax_watch import FLAG_COOLDOWN, WatchState

pytestmark = pytest.mark.both_backends

HOAX = "WhatsApp va devenir payant dès samedi, transférez ce message à 20 contacts et votre logo deviendra bleu !!"


class FakeHoaxRepo:
    def __init__(self) -> None:
        self.watch: dict[tuple[str, str], WatchState] = {}
        self.flags: dict[tuple[str, str, str], datetime] = {}
        self.state_reads = 0

    async def watch_state(self, platform, place_id):
        self.state_reads += 1
        return self.watch.get((platform, place_id))

    async def set_watch(self, platform, place_id, enabled, *, by, now, threshold=None):
        self.watch[(platform, place_id)] = WatchState(enabled, threshold, by, now.isoformat())

    async def try_flag(self, platform, place_id, hoax_id, now, cooldown=FLAG_COOLDOWN):
        last = self.flags.get((platform, place_id, hoax_id))
        if last is not None and timedelta(0) <= now - last < cooldown:
            return False
        self.flags[(platform, place_id, hoax_id)] = now
        return True

    async def claims(self):
        return []

    async def claims_version(self):
        return "0:"


class FakeStorage:
    def __init__(self) -> None:
        self.hoax = FakeHoaxRepo()


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def env():
    clock = Clock()
    services = Services(storage=FakeStorage(), now=clock)  # type: ignore[arg-type]
    return services, clock


async def test_watch_is_off_by_default(env):
    services, _ = env
    assert await watch.check_message(HOAX, Place("discord", "c1"), services) is None


async def test_flag_once_per_claim_per_place_per_10_minutes(env):
    services, clock = env
    place = Place("discord", "c1")
    r = await handle(Invocation(line="hoax watch on", place=place, can_manage=True), services)
    assert r.ok and services.storage.hoax.watch[("discord", "c1")].enabled
    reply = await watch.check_message(HOAX, place, services)
    assert reply is not None
    assert reply.effects == (React("⚠️"),) and reply.extra["hoax"]["hoax_id"] == "whatsapp-paid"
    assert reply.lang == "fr" and reply.links and "@" not in reply.text
    assert await watch.check_message(HOAX, place, services) is None  # same claim, same place, 0 min
    other = Place("discord", "c2")
    await services.storage.hoax.set_watch("discord", "c2", True, by="u", now=clock())
    assert await watch.check_message(HOAX, other, services) is not None  # another channel
    clock.t += timedelta(minutes=9, seconds=59)
    assert await watch.check_message(HOAX, place, services) is None
    clock.t += timedelta(seconds=2)
    assert await watch.check_message(HOAX, place, services) is not None  # 10 minutes later


async def test_ordinary_messages_never_touch_storage(env):
    services, _ = env
    place = Place("matrix", "!room:x")
    await services.storage.hoax.set_watch("matrix", "!room:x", True, by="u", now=services.now())
    for text in ("salut", "Meta capex is $72B in 2025", "lol 😂", "x" * 50_000):
        assert await watch.check_message(text, place, services) is None
    assert services.storage.hoax.state_reads == 0
    assert (
        await watch.check_message("No, WhatsApp is not becoming paid, it's a hoax", place, services) is None
    )


async def test_watch_needs_manage_and_threshold(env):
    services, _ = env
    place = Place("discord", "c9")
    denied = await handle(Invocation(line="hoax watch on", place=place, can_manage=False), services)
    assert not denied.ok and ("c9" not in str(services.storage.hoax.watch))
    strict = await handle(Invocation(line="hoax watch on 0.99", place=place, can_manage=True), services)
    assert strict.ok
    text = "whatsapp va devenir payant le mois prochain"
    assert await watch.check_message(text, place, services) is None  # below 0.99
    bad = await handle(Invocation(line="hoax watch on 7", place=place, can_manage=True), services)
    assert not bad.ok
    status = await handle(Invocation(line="hoax watch status", place=place), services)
    assert status.ok and "0.99" in status.text
    await handle(Invocation(line="hoax watch on 0.5", place=place, can_manage=True), services)
    assert await watch.check_message(text, place, services) is not None  # same text, default threshold


async def test_hoax_command_verdicts_in_both_languages(env):
    services, _ = env
    r = await handle(Invocation(line="hoax " + HOAX, lang="en"), services)
    assert r.ok and r.extra["hoax"]["flagged"] and "Likely hoax" in r.title
    assert any("lalibre" in url or "huffingtonpost" in url for _, url in r.links)
    assert "forward to N contacts" in r.text  # cues are listed
    fr = await handle(Invocation(line="!hoax check " + HOAX, lang="fr"), services)
    assert fr.ok and "canular" in fr.title.lower() and fr.extra["hoax"]["hoax_id"] == "whatsapp-paid"
    no = await handle(Invocation(line="hoax Meta Verified coûte 14,99 $ par mois", lang="fr"), services)
    assert no.ok and not no.extra["hoax"]["flagged"] and "vraie information" in no.title
    assert no.extra["hoax"]["stance"] == "reports" and no.extra["hoax"]["verdict"] == "true"
    empty = await handle(Invocation(line="hoax"), services)
    assert not empty.ok
    js = r.to_json()
    assert js["hoax"]["hoax_id"] == "whatsapp-paid" and js["command"] == "hoax"
