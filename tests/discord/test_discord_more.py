"""The "More details" button of a short answer, end to end: the real discord.py client against the
stand-in. The button is on the short answer (slash command or mention), pressing it answers the
presser only with the detail view in the short answer's language, and a press on a message sent by
an earlier process (its button id is all there is) works the same."""

from __future__ import annotations

from commands.door import Invocation, handle
from commands.formatting import money

EPHEMERAL = 64


def buttons(message: dict) -> list[dict]:
    return [c for row in message.get("components") or [] for c in row.get("components", [])]


def fields_of(answer) -> dict[str, str]:
    return {f["name"]: f["value"] for e in answer.json["data"]["embeds"] for f in e.get("fields", [])}


async def _detail_figure(services, lang: str) -> str:
    """The latest quarter line of the detail view, computed by the command itself (exact amount)."""
    reply = await handle(Invocation(line="capex meta details", lang=lang), services)
    return dict(reply.fields)["Latest quarter" if lang == "en" else "Dernier trimestre"]


async def test_slash_short_answer_has_a_button_that_answers_the_presser_with_the_details(
    discord_stub, front, services
):
    asked = await discord_stub.interact("capex", {"company": "meta"})
    await discord_stub.first_answer(asked)
    message = await discord_stub.final_message(asked)
    [button] = buttons(message)
    assert button["label"] == "More details" and button["custom_id"] == "capexbot:more:en:capex meta details"
    assert "details`" not in message["embeds"][0]["description"]  # the button, not a line to type

    other = discord_stub.user("bob")  # anyone in the channel may press it
    pressed = await discord_stub.press(message, button["custom_id"], invoker=other)
    answer = await discord_stub.first_answer(pressed)
    assert answer.json["type"] == 4 and answer.json["data"]["flags"] & EPHEMERAL
    latest = fields_of(answer)["Latest quarter"]
    assert latest == await _detail_figure(services, "en")
    reply = await handle(Invocation(line="capex meta"), services)
    exact = next(f for f in reply.figures if latest.startswith(f.period))
    assert money(exact.value_usd, "en") in latest  # the exact value, where the short answer rounds
    assert not buttons(answer.json["data"])  # the details offer nothing further


async def test_button_answers_in_the_language_of_the_reply_that_offered_it(discord_stub, front, services):
    asked = await discord_stub.interact("capex", {"company": "meta"}, locale="fr")
    await discord_stub.first_answer(asked)
    message = await discord_stub.final_message(asked)
    [button] = buttons(message)
    assert button["label"] == "Plus de détails"
    pressed = await discord_stub.press(message, button["custom_id"], locale="en-US")
    answer = await discord_stub.first_answer(pressed)
    assert fields_of(answer)["Dernier trimestre"] == await _detail_figure(services, "fr")


async def test_a_button_sent_before_a_restart_still_works(discord_stub, front, services):
    """Nothing is remembered per message: this process never sent the message being pressed."""
    custom_id = "capexbot:more:fr:capex meta details"
    old = {
        "id": "1100000000000000001",
        "channel_id": discord_stub.channel_id,
        "author": discord_stub.bot_user,
        "content": "",
        "timestamp": "2026-01-01T00:00:00.000000+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [{"title": "Meta Platforms (META) — investissements"}],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [{"type": 1, "components": [{"type": 2, "style": 2, "label": "Plus de détails", "custom_id": custom_id}]}],
    }
    pressed = await discord_stub.press(old, custom_id)
    answer = await discord_stub.first_answer(pressed)
    assert fields_of(answer)["Dernier trimestre"] == await _detail_figure(services, "fr")
    assert front.client.persistent_views == []  # buttons keep no per-message state in the process


async def test_mention_short_answer_carries_the_button_too(discord_stub, front, services):
    asked = await discord_stub.post_message("capex meta", mention_bot=True)

    def reply_post():
        return [
            r
            for r in discord_stub.requests_to("POST", r"/channels/\d+/messages")
            if str((r.json.get("message_reference") or {}).get("message_id")) == asked["id"]
        ]

    [post] = await discord_stub.wait_until(reply_post)
    message = discord_stub.channel_messages[discord_stub.channel_id][-1]
    assert message["embeds"] == post.json["embeds"]
    [button] = buttons(message)
    pressed = await discord_stub.press(message, button["custom_id"])
    answer = await discord_stub.first_answer(pressed)
    assert answer.json["data"]["flags"] & EPHEMERAL and "Latest quarter" in fields_of(answer)
