"""End to end against a real Synapse: the bot runs as `capexbot run` in a subprocess; people are
separate matrix-nio clients. The tests whose outcome lives in the store (the sync token across a
restart, hoax watch state, a subscription following a room upgrade) run once more with the bot on
PostgreSQL (`bot` parametrised `postgres`); one bot process runs at a time."""

from __future__ import annotations

import asyncio
import html
import sqlite3
from pathlib import Path

import nio
import psycopg
import pytest
from matrix_helpers import UserClient, serve_bot

from bot.platforms.matrix.render import defuse, more_hint
from commands.door import Invocation, handle
from commands.services import Services
from commands.types import Reply
from storage.store import Storage


@pytest.fixture(scope="module")
def people(synapse):
    return {name: synapse.register(name) for name in ("capexbot", "alice", "bob", "mallory")}


STORED = pytest.mark.parametrize("bot", ["sqlite", "postgres"], indirect=True)


@pytest.fixture(scope="module", params=["sqlite"])  # the same instance serves STORED's sqlite runs
def bot(synapse, people, tmp_path_factory, request):
    workdir = tmp_path_factory.mktemp("bot")
    database = None
    if request.param == "postgres":
        database = {"CAPEXBOT_DATABASE_URL": request.getfixturevalue("pg_server").create_database()}
    proc = yield from serve_bot(
        workdir, synapse, people["capexbot"], [people["alice"], people["bob"]], database,
        MATRIX_STORE_PATH=str(workdir / "e2e-store"),
    )
    assert "logout" not in proc.log().lower()


async def expected(tmp_path: Path, line: str) -> Reply:
    """The reply the shared pipeline gives for `line` on a fresh database with the same seed."""
    storage = await Storage.open(tmp_path / "expected.sqlite3")
    try:
        return await handle(Invocation(line=line, user_id="@alice:x"), Services(storage=storage))
    finally:
        await storage.close()


def body_of(want: Reply) -> str:
    """The plain body the bot sends for `want`: its text, plus how to ask for the details."""
    return defuse(want.text + ("\n" + more_hint(want) if want.more else ""))


async def user(synapse, person, store: Path | None = None) -> UserClient:
    return await UserClient(synapse.url, person.user_id, person.password, store).start()


async def room_with_bot(client: UserClient, bot_id: str, encrypted: bool = False) -> str:
    room_id = await client.create_room(invite=[bot_id], encrypted=encrypted)
    await client.wait_for(lambda: client.membership(room_id, bot_id) == "join", 30, "the bot to join")
    return room_id


async def test_capex_meta_answered_as_notice_reply_with_figures(synapse, people, bot, tmp_path):
    alice = await user(synapse, people["alice"])
    try:
        room = await room_with_bot(alice, people["capexbot"].user_id)
        ask = await alice.send_text(room, "!capex meta")
        reply = await alice.reply_to(room, ask, people["capexbot"].user_id)
        content = reply.source["content"]
        want = await expected(tmp_path, "capex meta")
        assert want.ok and want.figures
        assert content["msgtype"] == "m.notice"
        assert content["m.mentions"] == {}
        assert content["body"] == body_of(want)
        assert content["format"] == "org.matrix.custom.html"
        formatted = content["formatted_body"]
        figure_lines = [line for line in want.text.splitlines() if "$" in line and "http" not in line]
        assert len(figure_lines) >= 3  # latest quarter, last fiscal year, outlook
        for line in figure_lines:  # every figure line of the short answer, escaped, in the HTML
            assert html.escape(line) in formatted
        fiscal_years = {f.period for f in want.figures if f.period.startswith("FY") and f.kind == "actual"}
        assert "Meta" in content["body"] and any(fy in content["body"] for fy in fiscal_years)
    finally:
        await alice.close()


async def test_unknown_company_and_addressed_by_name(synapse, people, bot, tmp_path):
    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        ask = await alice.send_text(room, "!capex nosuchcompany")
        reply = await alice.reply_to(room, ask, bot_id)
        want = await expected(tmp_path, "capex nosuchcompany")
        assert not want.ok
        assert reply.source["content"]["msgtype"] == "m.notice"
        assert reply.source["content"]["body"] == body_of(want)
        assert html.escape(want.text.splitlines()[0]) in reply.source["content"]["formatted_body"]

        ask = await alice.send_text(room, "capexbot: capex msft")
        reply = await alice.reply_to(room, ask, bot_id)
        assert reply.source["content"]["body"] == body_of(await expected(tmp_path, "capex msft"))
    finally:
        await alice.close()


async def test_ignores_notices_edits_and_other_bots_commands(synapse, people, bot):
    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        notice = await alice.send_text(room, "!capex meta", msgtype="m.notice")
        original = await alice.send_text(room, "hello")
        edit = await alice.send_text(
            room,
            "* !capex meta",
            **{
                "m.new_content": {"msgtype": "m.text", "body": "!capex meta"},
                "m.relates_to": {"rel_type": "m.replace", "event_id": original},
            },
        )
        other_bot = await alice.send_text(room, "!weather paris")
        sentinel = await alice.send_text(room, "!help")
        # a room's messages are answered in order: once the sentinel is answered, anything said
        # about the earlier ones would already be in the room, so no fixed sleep is needed
        await alice.reply_to(room, sentinel, bot_id)
        for event_id in (notice, original, edit, other_bot):
            assert alice.replies_to(room, event_id, bot_id) == []
        assert len(alice.from_sender(room, bot_id)) == 2  # its join + the one answer
    finally:
        await alice.close()


async def test_power_level_refusal_says_why(synapse, people, bot):
    alice = await user(synapse, people["alice"])
    bob = await user(synapse, people["bob"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        assert isinstance(await alice.client.room_invite(room, bob.user_id), nio.RoomInviteResponse)
        assert isinstance(await bob.client.join(room), nio.JoinResponse)
        ask = await bob.send_text(room, "!matrixtest manage")
        refusal = (await bob.reply_to(room, ask, bot_id)).source["content"]["body"]
        assert "power level is 0" in refusal and "50" in refusal
        ask = await alice.send_text(room, "!matrixtest manage")  # room creator: power level 100
        done = (await alice.reply_to(room, ask, bot_id)).source["content"]["body"]
        assert done.startswith("managed") and alice.user_id in done
    finally:
        await alice.close()
        await bob.close()


async def test_invite_from_disallowed_user_is_rejected(synapse, people, bot):
    mallory = await user(synapse, people["mallory"])
    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        bad_room = await mallory.create_room(invite=[bot_id])
        await mallory.wait_for(
            lambda: mallory.membership(bad_room, bot_id) == "leave", 30, "the invite rejected"
        )
        good_room = await room_with_bot(alice, bot_id)  # the bot is alive and processed both invites
        assert alice.membership(good_room, bot_id) == "join"
        assert mallory.membership(bad_room, bot_id) == "leave"
        assert "rejected invite" in bot.log()
    finally:
        await mallory.close()
        await alice.close()


@STORED
async def test_restart_does_not_replay_or_answer_old_commands(synapse, people, bot):
    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        first = await alice.send_text(room, "!capex googl")
        await alice.reply_to(room, first, bot_id)
        assert bot.stop() == 0
        while_down = await alice.send_text(room, "!capex amzn")
        await asyncio.to_thread(bot.start)
        after = await alice.send_text(room, "!capex orcl")
        # the answer to `after` comes from a sync after the first one (the backlog), and the backlog
        # is read for state only (no reply is even started): once `after` is answered, a replay of
        # `first` or an answer to `while_down` can no longer come, so no fixed sleep is needed
        await alice.reply_to(room, after, bot_id)
        assert len(alice.replies_to(room, first, bot_id)) == 1
        assert alice.replies_to(room, while_down, bot_id) == []
        assert len(alice.replies_to(room, after, bot_id)) == 1
        assert "logged in as" not in bot.log()  # the persisted device and token were reused
    finally:
        await alice.close()


async def test_encrypted_room_round_trip(synapse, people, bot, tmp_path):
    alice = await user(synapse, people["alice"], store=tmp_path / "alice-store")
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id, encrypted=True)
        assert alice.client.rooms[room].encrypted
        await alice.wait_for(
            lambda: list(alice.client.device_store.active_user_devices(bot_id)), 30, "the bot's device keys"
        )
        ask = await alice.send_text(room, "!capex meta")
        reply = await alice.reply_to(room, ask, bot_id)
        assert reply.source["type"] == "m.room.message"  # decrypted ...
        assert isinstance(reply, nio.RoomMessageNotice)
        assert reply.decrypted  # ... from an m.room.encrypted event
        want = await expected(tmp_path, "capex meta")
        assert reply.body == body_of(want)
    finally:
        await alice.close()


async def test_chart_arrives_as_uploaded_m_image_then_summary(synapse, people, bot):
    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        ask = await alice.send_text(room, "!capex chart meta")
        await alice.wait_for(lambda: len(alice.replies_to(room, ask, bot_id)) >= 2, 30, "image and summary")
        image, summary = alice.replies_to(room, ask, bot_id)[:2]
        assert isinstance(image, nio.RoomMessageImage)
        content = image.source["content"]
        assert content["info"]["mimetype"] == "image/png" and content["url"].startswith("mxc://")
        downloaded = await alice.client.download(mxc=content["url"])
        assert isinstance(downloaded, nio.DownloadResponse)
        assert downloaded.body[:8] == b"\x89PNG\r\n\x1a\n" and len(downloaded.body) == content["info"]["size"]
        assert summary.source["content"]["msgtype"] == "m.notice" and "Meta" in summary.body
    finally:
        await alice.close()


HOAX = "WhatsApp va devenir payant dès samedi, transférez ce message à 20 contacts et votre logo deviendra bleu !!"


@STORED
async def test_watch_mode_flags_a_hoax_with_reaction_and_notice(synapse, people, bot):
    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        calm = await alice.send_text(room, HOAX)  # watch mode is off by default: nothing happens
        on = await alice.send_text(room, "!hoax watch on")
        assert (await alice.reply_to(room, on, bot_id)).source["content"]["msgtype"] == "m.notice"
        flagged = await alice.send_text(room, HOAX)
        notice = await alice.reply_to(room, flagged, bot_id)
        assert notice.source["content"]["m.mentions"] == {} and "hoax" in notice.body.lower()
        await alice.wait_for(
            lambda: [
                e
                for r, e in alice.events
                if r == room
                and e.source.get("type") == "m.reaction"
                and e.source["content"]["m.relates_to"]["event_id"] == flagged
            ],
            30,
            "the ⚠️ reaction",
        )
        assert alice.replies_to(room, calm, bot_id) == []
    finally:
        await alice.close()


@STORED
async def test_room_upgrade_moves_alert_subscription(synapse, people, bot):
    """m.room.tombstone seen in sync: the bot joins the replacement room and the room's
    subscription follows, before any alert has to fail first."""
    import json
    import urllib.request

    alice = await user(synapse, people["alice"])
    bot_id = people["capexbot"].user_id
    try:
        room = await room_with_bot(alice, bot_id)
        ask = await alice.send_text(room, "!alerts subscribe meta")
        assert "meta" in (await alice.reply_to(room, ask, bot_id)).body.lower()
        req = urllib.request.Request(
            f"{synapse.url}/_matrix/client/v3/rooms/{room}/upgrade",
            method="POST",
            data=json.dumps({"new_version": "10"}).encode(),
            headers={
                "Authorization": f"Bearer {alice.client.access_token}",
                "Content-Type": "application/json",
            },
        )
        new_room = await asyncio.to_thread(
            lambda: json.loads(urllib.request.urlopen(req).read())["replacement_room"]
        )

        def targets() -> set[str]:
            query = "SELECT target FROM alert_subscriptions WHERE platform = 'matrix' AND status = 'active'"
            if "CAPEXBOT_DATABASE_URL" in bot.env:
                with psycopg.connect(bot.env["CAPEXBOT_DATABASE_URL"]) as db:
                    return {r[0] for r in db.execute(query).fetchall()}
            with sqlite3.connect(bot.workdir / "capexbot.sqlite3") as db:
                return {r[0] for r in db.execute(query).fetchall()}

        # as Element does for an invite-only room: invite the old room's members to the new one
        assert isinstance(await alice.client.room_invite(new_room, bot_id), nio.RoomInviteResponse)
        await alice.wait_for(lambda: new_room in targets(), 30, "the subscription to move to the new room")
        assert room not in targets()
    finally:
        await alice.close()
