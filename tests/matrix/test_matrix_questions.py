"""Plain questions on Matrix, end to end against a real Synapse: answered when the bot is
addressed (a mention pill, a reply to one of its messages, a DM room), ignored as room chatter."""

from __future__ import annotations

import asyncio

import nio
import pytest
from matrix_helpers import UserClient, serve_bot

QUESTION = "combien Meta a investi en 2025 ?"


@pytest.fixture(scope="module")
def people(synapse):
    return {name: synapse.register(name) for name in ("askbot", "carol", "dave")}


@pytest.fixture(scope="module")
def bot(synapse, people, tmp_path_factory):
    yield from serve_bot(
        tmp_path_factory.mktemp("askbot"), synapse, people["askbot"], [people["carol"], people["dave"]]
    )


async def _group_room(carol: UserClient, dave: UserClient, bot_id: str) -> str:
    """Three members: never a DM, so only addressing counts."""
    room = await carol.create_room(invite=[bot_id, dave.user_id])
    await carol.wait_for(lambda: carol.membership(room, bot_id) == "join", 30, "the bot to join")
    await dave.client.join(room)
    await carol.wait_for(lambda: carol.membership(room, dave.user_id) == "join", 30, "dave to join")
    return room


@pytest.fixture
async def group(synapse, people, bot):
    """(carol, dave, room): two people and the bot in a fresh group room."""
    carol = await UserClient(synapse.url, people["carol"].user_id, people["carol"].password).start()
    dave = await UserClient(synapse.url, people["dave"].user_id, people["dave"].password).start()
    try:
        yield carol, dave, await _group_room(carol, dave, people["askbot"].user_id)
    finally:
        await carol.close()
        await dave.close()


async def test_pill_mention_is_answered_and_the_same_chatter_is_not(people, group):
    carol, dave, room = group
    bot_id = people["askbot"].user_id
    chatter = await carol.send_text(room, QUESTION)
    pill = f'<a href="https://matrix.to/#/{bot_id}">askbot</a>'
    asked = await carol.send_text(
        room,
        f"{QUESTION} askbot",
        format="org.matrix.custom.html",
        formatted_body=f"{QUESTION} {pill}",
        **{"m.mentions": {"user_ids": [bot_id]}},
    )
    answer = await carol.reply_to(room, asked, bot_id)
    assert "Compris\u202f: capex meta 2025" in answer.body and answer.source["content"]["msgtype"] == "m.notice"
    # a reply to the bot's answer is addressed to it as well
    follow = await carol.send_text(
        room,
        "how much did Amazon spend in 2024?",
        **{"m.relates_to": {"m.in_reply_to": {"event_id": answer.event_id}}},
    )
    second = await carol.reply_to(room, follow, bot_id)
    assert "Read as: capex amazon 2024" in second.body
    # "c'est une fake news ?" in reply to someone's message is about that message
    claim = await dave.send_text(room, "Meta va utiliser toutes vos photos privées pour entraîner son IA")
    doubt = await carol.send_text(
        room,
        "askbot: c'est une fake news ?",
        **{"m.relates_to": {"m.in_reply_to": {"event_id": claim}}},
    )
    verdict = await carol.reply_to(room, doubt, bot_id)
    assert "Compris\u202f: hoax Meta va utiliser toutes vos photos privées pour entraîner son IA" in verdict.body
    await asyncio.sleep(1.0)
    assert carol.replies_to(room, chatter, bot_id) == []  # the same words, not addressed


async def test_direct_room_needs_no_mention(synapse, people, bot):
    dave = await UserClient(synapse.url, people["dave"].user_id, people["dave"].password).start()
    bot_id = people["askbot"].user_id
    try:
        resp = await dave.client.room_create(invite=[bot_id], is_direct=True)
        assert isinstance(resp, nio.RoomCreateResponse), resp
        room = resp.room_id
        await dave.wait_for(lambda: dave.membership(room, bot_id) == "join", 30, "the bot to join")
        asked = await dave.send_text(room, "what can you do?")
        answer = await dave.reply_to(room, asked, bot_id)
        assert "capex" in answer.body and "Read as: help" in answer.body
    finally:
        await dave.close()


async def test_reply_more_to_a_short_answer_gets_its_details_in_its_language(people, group):
    carol, dave, room = group
    bot_id = people["askbot"].user_id
    asked = await carol.send_text(room, "askbot: combien investit Meta ?")
    short = await carol.reply_to(room, asked, bot_id)
    content = short.source["content"]
    assert content["org.capexbot.more"] == {"command": "capex meta details", "lang": "fr"}
    assert "Répondez « plus » à ce message pour le détail." in short.body
    assert "Dernier trimestre" not in [line.rstrip("\u202f:") for line in short.body.splitlines()]

    # dave (not the asker) replies "plus de détails !" with the usual reply fallback
    more = await dave.send_text(
        room,
        f"> <{bot_id}> {short.body.splitlines()[0]}\n\nplus de détails !",
        **{"m.relates_to": {"m.in_reply_to": {"event_id": short.event_id}}},
    )
    details = await dave.reply_to(room, more, bot_id)
    assert "Dernier trimestre\u202f:" in details.body and "Prévisions\u202f:" in details.body
    assert "org.capexbot.more" not in details.source["content"]  # nothing further to offer
    assert "Md$" in details.body and details.body.count("\n") > short.body.count("\n")

    # "more" in reply to a person's message carrying the key runs nothing: only the bot's own
    # events are trusted (nobody else can send as the bot)
    forged = await dave.send_text(room, "hello", **{"org.capexbot.more": {"command": "help", "lang": "en"}})
    asked = await carol.send_text(
        room, "askbot: more", **{"m.relates_to": {"m.in_reply_to": {"event_id": forged}}}
    )
    answer = await carol.reply_to(room, asked, bot_id)
    helped = await carol.send_text(room, "askbot: help")
    help_answer = await carol.reply_to(room, helped, bot_id)
    assert answer.body != help_answer.body and "Read as: help" not in answer.body
