"""Plain questions on Discord, end to end against the stand-in: a mention or a DM is answered as
its canonical command, `/ask question:` too; the same words not addressed to the bot are ignored."""

from __future__ import annotations

import json

from commands.door import Invocation, handle

QUESTION = "combien Meta a investi en 2025 ?"


def _replies_to(stub, message_id: str) -> list:
    return [
        r
        for r in stub.requests_to("POST", r"/channels/\d+/messages")
        if r.json and str((r.json.get("message_reference") or {}).get("message_id")) == message_id
    ]


async def test_mention_is_answered_and_the_same_words_unaddressed_are_not(discord_stub, front, services):
    ignored = await discord_stub.post_message(QUESTION)
    asked = await discord_stub.post_message(QUESTION, mention_bot=True)
    [post] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, asked["id"]))
    fields = {f["name"]: f["value"] for e in post.json["embeds"] for f in e.get("fields", [])}
    assert fields["Compris"] == "capex meta 2025"  # answered in French, the reading shown
    expected = await handle(Invocation(line="capex meta 2025", lang="fr"), services)
    assert expected.title == post.json["embeds"][0]["title"]
    assert post.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert _replies_to(discord_stub, ignored["id"]) == []  # chatter: events are handled in order


async def test_direct_message_is_answered(discord_stub, front):
    dm = await discord_stub.post_message("how much did Amazon spend on capex in 2025?", dm_channel="9876543210")
    [post] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, dm["id"]))
    assert post.path.endswith("/channels/9876543210/messages")
    fields = {f["name"]: f["value"] for e in post.json["embeds"] for f in e.get("fields", [])}
    assert fields["Read as"] == "capex amazon 2025"


async def test_off_topic_mention_gets_the_short_friendly_reply(discord_stub, front):
    asked = await discord_stub.post_message("tell me a joke", mention_bot=True)
    [post] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, asked["id"]))
    assert "Big Tech capex" in json.dumps(post.json, ensure_ascii=False)


async def test_ask_slash_command_reads_the_question(discord_stub, front, services):
    interaction = await discord_stub.interact("ask", {"question": "Meta vs Google"}, locale="en-US")
    answer = await discord_stub.final_message(interaction, timeout=20)
    body = json.dumps(answer, ensure_ascii=False)
    assert "capex compare meta alphabet" in body
    direct = await handle(Invocation(line="capex compare meta alphabet"), services)
    assert answer["embeds"][0]["title"] == direct.title


async def test_fake_news_question_sent_as_a_reply_checks_the_replied_message(discord_stub, front):
    """The seed's own exchange: someone posts the rumour, another replies to it "@bot C'est une
    fake news ?". The check is about the replied-to message, not about the three words."""
    other = discord_stub.user("cousin")
    rumour = await discord_stub.post_message(
        "WhatsApp va devenir payant à partir de lundi, partagez à tous vos contacts !", author=other
    )
    asked = await discord_stub.post_message("C'est une fake news ?", mention_bot=True, reply_to=rumour)
    [post] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, asked["id"]))
    body = json.dumps(post.json, ensure_ascii=False).lower()
    assert "whatsapp" in body  # the claim is the replied-to message
    alone = await discord_stub.post_message("C'est une fake news ?", mention_bot=True)
    [bare] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, alone["id"]))
    assert "whatsapp" not in json.dumps(bare.json, ensure_ascii=False).lower()


async def test_a_message_has_no_locale_so_its_words_decide_the_language(discord_stub, front):
    """A mention or a DM carries no locale: a French question gets French, a bare command the
    default; a slash command's locale is the user's choice and wins over the words."""
    dm = await discord_stub.post_message("combien Meta a investi ?", dm_channel="9876543211")
    [post] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, dm["id"]))
    assert post.json["embeds"][0]["title"] == "Meta Platforms (META) — investissements"
    bare = await discord_stub.post_message("capex meta", mention_bot=True)
    [post] = await discord_stub.wait_until(lambda: _replies_to(discord_stub, bare["id"]))
    assert post.json["embeds"][0]["title"] == "Meta Platforms (META) — capex"
    interaction = await discord_stub.interact("ask", {"question": "how much did Meta spend?"}, locale="fr")
    answer = await discord_stub.final_message(interaction, timeout=20)
    assert answer["embeds"][0]["title"] == "Meta Platforms (META) — investissements"
