"""Every bad input gets a short clear reply and leaves the data intact."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_backends

BAD_LINES = [
    "",
    "   ",
    "capex " + "a" * 5000,
    "capex meta\u202e4202",
    "capex m\u200beta\u0000\u0007",
    "capex '; DROP TABLE figures; --",
    "capex @everyone",
    "capex @room",
    "capex meta \x1b[31mred",
    'capex "unbalanced',
    "nosuchcommand",
    "!!!",
    "capex meta Q9-2025",
    "\ufeff\u2066capex\u2069",
]


@pytest.mark.parametrize("line", BAD_LINES)
async def test_bad_input_short_reply_data_intact(ask, storage, line):
    before = await storage.figures.count()
    reply = await ask(line)
    if not reply.ok:
        assert reply.error and reply.severity == "error"
        assert len(reply.text) < 400
        assert "Traceback" not in reply.text
    assert await storage.figures.count() == before
    # echoed user text can never be an active mention
    assert "@everyone" not in reply.text and "@room" not in reply.text


async def test_invisible_characters_are_ignored(ask):
    reply = await ask("capex m\u200beta")
    assert reply.ok and reply.title.startswith("Meta")


async def test_sql_text_is_just_an_unknown_company(ask):
    reply = await ask("capex '; DROP TABLE figures; --")
    assert not reply.ok and "Unknown company" in reply.error


async def test_five_thousand_characters_rejected_as_too_long(ask):
    reply = await ask("capex " + "x" * 5000)
    assert not reply.ok and "too long" in reply.error


async def test_help_lists_and_explains(ask):
    listing = await ask("help")
    assert listing.ok and "capex <company> [period|details]" in listing.text
    explain = await ask("help capex")
    assert explain.ok and "Examples" in explain.text and "capex msft FY2025" in explain.text
    french = await ask("help capex", lang="fr")
    assert "Exemples" in french.text


async def test_unknown_command_suggests(ask):
    reply = await ask("capx")
    assert not reply.ok and "capex" in reply.suggestions
    # with a company it reads as a question, and says how it was read
    reply = await ask("capx meta")
    assert reply.ok and reply.extra["understood"] == "capex meta" and "Read as: capex meta" in reply.text
