"""Reply -> embeds stays within every Discord limit, whatever the reply holds."""

from __future__ import annotations

import discord
import pytest

from bot.platforms.discord import render as R
from commands.types import FigureOut, Reply


def assert_within_limits(messages: list[R.DiscordMessage]) -> None:
    assert messages, "a reply always renders to at least one message"
    for message in messages:
        assert 1 <= len(message.embeds) <= R.EMBEDS_PER_MESSAGE_MAX
        assert message.total() <= R.MESSAGE_TOTAL_MAX
        for embed in message.embeds:
            data = embed.to_dict()
            assert R.ulen(data.get("title", "")) <= R.TITLE_MAX
            assert R.ulen(data.get("description", "")) <= R.DESCRIPTION_MAX
            assert len(data.get("fields", [])) <= R.FIELDS_MAX
            for f in data.get("fields", []):
                assert 1 <= R.ulen(f["name"]) <= R.FIELD_NAME_MAX
                assert 1 <= R.ulen(f["value"]) <= R.FIELD_VALUE_MAX
            assert R.ulen(data.get("footer", {}).get("text", "")) <= R.FOOTER_MAX
            # Discord rejects an embed with nothing in it
            assert data.get("title") or data.get("description") or data.get("fields")


def figure(i: int, source: str = "Meta 10-Q") -> FigureOut:
    return FigureOut(
        company="Meta Platforms",
        ticker="META",
        period=f"Q{i % 4 + 1} {2000 + i}",
        period_start="2025-07-01",
        period_end="2025-09-30",
        kind="actual",
        value_usd=19_370_000_000 + i,
        low_usd=None,
        high_usd=None,
        definition="incl. principal payments on finance leases",
        source=f"{source} {i}",
        date=f"2025-10-{i % 28 + 1:02d}",
    )


def test_small_reply_is_one_embed_with_title_fields_footer_and_colour():
    reply = Reply(
        title="Meta (META) — capital expenditure",
        text="Meta (META) — capital expenditure\n\nLatest quarter:\n  Q3 2025: $19.37B",
        fields=(("Latest quarter", "Q3 2025: $19.37B, +111% YoY"),),
        figures=(figure(1),),
        footer="Figures from filings.",
    )
    [message] = R.render_reply(reply)
    [embed] = message.embeds
    assert embed.title == reply.title
    assert embed.description is None  # fields carry the content; text is their plain rendering
    assert [(f.name, f.value) for f in embed.fields] == [("Latest quarter", "Q3 2025: $19.37B, +111% YoY")]
    assert embed.footer.text == "Figures from filings. · Sources: Meta 10-Q 1 (2025-10-02)"
    assert embed.colour == discord.Colour(R.COLOURS["info"])
    assert_within_limits([message])


def test_text_only_reply_uses_text_without_repeating_the_title():
    reply = Reply(title="Capex: covered companies", text="Capex: covered companies\nMeta (META): $19.37B")
    [message] = R.render_reply(reply)
    assert message.embeds[0].description == "Meta (META): $19.37B"


def test_error_reply_is_red_and_ephemeral_with_suggestions():
    reply = Reply(
        title="Error",
        text="Unknown company “mircosoft”.",
        ok=False,
        severity="error",
        error="unknown",
        suggestions=("Microsoft",),
    )
    [message] = R.render_reply(reply)
    assert message.embeds[0].colour == discord.Colour(R.COLOURS["error"])
    assert ("Did you mean", "Microsoft") in [(f.name, f.value) for f in message.embeds[0].fields]
    assert R.is_ephemeral(reply)
    assert R.is_ephemeral(Reply(title="t", text="x", private=True))
    assert not R.is_ephemeral(Reply(title="t", text="x"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_huge_reply_is_split_into_messages_within_limits_and_trimmed_past_the_cap(lang):
    huge_line = "x" * 5000  # one line longer than any limit
    reply = Reply(
        title="T" * 1000,
        text="\n".join(["T" * 1000, *(f"line {i} " + "y" * 150 for i in range(400)), huge_line]),
        lang=lang,
        fields=tuple((f"field {i} " + "n" * 300, "\n".join(["v" * 200] * 12)) for i in range(60)),
        links=tuple((f"doc {i} [x]", f"https://example.com/{i}") for i in range(200)),
        suggestions=("Meta", "Microsoft"),
        figures=tuple(figure(i, "S" * 120) for i in range(50)),
        footer="F" * 5000,
    )
    messages = R.render_reply(reply, max_messages=3)
    assert_within_limits(messages)
    assert len(messages) == 3
    last_fields = [f.value for f in messages[-1].embeds[-1].fields]
    assert any("capexbot ask" in v for v in last_fields)  # says it was trimmed
    assert messages[0].embeds[0].title.endswith("…")
    assert all(m.embeds[-1].footer.text for m in messages)


def test_long_text_without_fields_is_split_not_rejected():
    reply = Reply(title="Help", text="\n".join(f"`cmd{i}` — " + "d" * 90 for i in range(300)))
    messages = R.render_reply(reply, max_messages=10)
    assert_within_limits(messages)
    shown = "\n".join(e.description or "" for m in messages for e in m.embeds)
    assert shown.count("`cmd") == 300  # nothing lost when the cap is not reached


def test_astral_characters_count_double():
    reply = Reply(title="📈" * 200, text="📈" * 5000)
    messages = R.render_reply(reply)
    assert_within_limits(messages)
    assert R.ulen(messages[0].embeds[0].title) <= 256


def test_image_is_referenced_as_an_attachment():
    reply = Reply(title="Chart", text="chart", image_png=b"\x89PNG...", image_name="meta chart.png")
    [message] = R.render_reply(reply)
    assert message.embeds[0].image.url == "attachment://metachart.png"
    file = R.reply_file(reply)
    assert file is not None and file.filename == "metachart.png"
    assert R.reply_file(Reply(title="t", text="x")) is None


def test_every_field_value_and_name_is_non_empty():
    reply = Reply(title="", text="", fields=(("", ""), ("name", "")))
    assert_within_limits(R.render_reply(reply))


# ----------------------------------------------------------------------------- every real reply
async def _real_replies(services):
    """Replies of every registered command (its examples, bare, oversized and hostile input), and
    `capex` for every company and every period on file, in both languages."""
    from commands.door import Invocation, handle
    from commands.registry import REGISTRY, load_all

    load_all()
    lines: list[str] = []
    for spec in REGISTRY.commands.values():
        lines += [*spec.examples, spec.name, f"{spec.name} @everyone", f"{spec.name} " + "x" * 5000]
    snap = await services.storage.catalog.snapshot()
    for company in snap.companies.values():
        lines.append(f"capex {company.ticker}")
        for label in sorted({f.fiscal_label for f in snap.figures_of(company.id)}):
            lines.append(f"capex {company.ticker} {label}")
    replies = []
    for lang in ("en", "fr"):
        for line in lines:
            replies.append(await handle(Invocation(line=line, lang=lang), services))
    return replies


async def test_every_reply_of_every_registered_command_renders_within_limits(services):
    replies = await _real_replies(services)
    assert len(replies) > 100
    biggest = 0
    for reply in replies:
        messages = R.render_reply(reply)
        assert_within_limits(messages)
        biggest = max(biggest, sum(m.total() for m in messages))
        if reply.ok and reply.fields:
            # nothing of a normal answer is lost: every field value appears in the embeds
            shown = "\n".join(f.value for m in messages for e in m.embeds for f in e.fields)
            for _, value in reply.fields:
                assert value.splitlines()[0][:100] in shown
    assert biggest > 1000  # the test did see substantial replies


def test_footer_always_names_the_first_source_even_when_long():
    from bot.platforms.discord.render import footer_text
    from commands.types import FigureOut, Reply

    long_source = "A very long source title " * 30
    figs = tuple(
        FigureOut(
            "Meta",
            "META",
            "FY2025",
            "2025-01-01",
            "2025-12-31",
            "actual",
            1,
            None,
            None,
            "ppe_cash",
            f"{long_source}{i}",
            "2026-01-28",
        )
        for i in range(3)
    )
    text = footer_text(Reply(title="t", text="x", figures=figs))
    assert "Sources: A very long source" in text and "+2 more" in text and len(text) <= 600
