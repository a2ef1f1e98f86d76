"""Property-based hostile input (hypothesis) through the one door, every command and every renderer.

For any line — random Unicode, control and bidi characters, NUL bytes, mentions, Markdown and
HTML injection, very long lines — and for any command with any arguments (typed, or as Discord
slash options): a Reply comes back (never an exception), it pings nobody, Matrix HTML carries no
injected tag, Discord embeds stay within limits, and each line is answered within a generous bound.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.platforms.discord.render import render_reply
from bot.platforms.matrix.render import render_html
from bot.render_text import render_text
from commands.door import Invocation, handle
from commands.registry import REGISTRY, load_all
from commands.services import Services
from commands.types import Place, Reply
from storage.store import Storage

load_all()
COMMANDS = sorted(REGISTRY.commands)
PLACES = [Place("terminal", "local"), Place("discord", "123456789"), Place("matrix", "!room:hs.example")]
HOSTILE = [
    "@everyone", "@here", "@room", "<@123>", "<@&456>", "<!channel>", "<!here>", "[x](https://evil.example)",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold**", "`code`", "```block```",
    "\u202e", "\u2066", "\u200b", "\x00", "\x1b[31m", "\r\n", "'; DROP TABLE figures; --", "meta", "FY2025",
    "Q3-2025", "1e400", "NaN", "٢٠٢٥", "https://example.org/x?a=<b>", "%s%n", "{0}", "\\", '"',
]  # fmt: skip
INJECTED_TAGS = re.compile(r"<(?:script|img|iframe|svg|style)|href=\"(?!https?:)", re.I)  # own links only
MENTIONS = re.compile(r"@(?:everyone|here|room)\b|<@&?\d+>|<!(?:channel|here|everyone)>")
PER_LINE_BOUND_S = 10.0  # generous: catches pathological (exponential) work, not a benchmark

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30)), min_size=0, max_size=8
).map(" ".join)
PROPERTY = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every CI run: a failure is reproducible
)


@contextmanager
def _storage(tmp_path: Path) -> Iterator[tuple[asyncio.AbstractEventLoop, Services]]:
    loop = asyncio.new_event_loop()
    storage = loop.run_until_complete(Storage.open(tmp_path / "hostile.sqlite3"))
    try:
        yield loop, Services(storage=storage)
    finally:
        loop.run_until_complete(storage.close())
        loop.close()


def _check(reply: Reply | None, addressed: bool = True) -> None:
    if addressed:
        assert isinstance(reply, Reply)
    if reply is None:
        return
    visible = " ".join([reply.title, reply.text, *(v for _, v in reply.fields), reply.footer])
    assert not MENTIONS.search(visible), visible[:300]
    assert "Traceback" not in visible
    html = render_html(reply)
    assert not INJECTED_TAGS.search(html), html[:300]
    for message in render_reply(reply):
        assert len(message.embeds) <= 10
    render_text(reply)


def _answer(loop, services: Services, inv: Invocation) -> Reply | None:
    started = time.perf_counter()
    reply = loop.run_until_complete(handle(inv, services))
    assert time.perf_counter() - started < PER_LINE_BOUND_S
    return reply


def test_any_line_through_the_door_gets_a_safe_reply(tmp_path: Path):
    with _storage(tmp_path) as (loop, services):

        @PROPERTY
        @given(line=hostile_text, place=st.sampled_from(PLACES), prefix=st.sampled_from(["", "/", "!"]))
        def run(line: str, place: Place, prefix: str) -> None:
            _check(_answer(loop, services, Invocation(place=place, line=prefix + line, user_id="u1")))

        run()
        assert loop.run_until_complete(services.storage.db.integrity_check()) == []


def test_every_command_with_any_arguments_gets_a_safe_reply(tmp_path: Path):
    with _storage(tmp_path) as (loop, services):

        @PROPERTY
        @given(name=st.sampled_from(COMMANDS), args=hostile_text, place=st.sampled_from(PLACES))
        def run(name: str, args: str, place: Place) -> None:
            if name.startswith(("capex chart", "capex top", "capex compare")) and args.strip():
                args = args[:40]  # charts render in a worker process: keep the inputs short
            inv = Invocation(place=place, line=f"{name} {args}", user_id="u2", can_manage=True)
            _check(_answer(loop, services, inv))

        run()


def test_every_command_as_slash_options_gets_a_safe_reply(tmp_path: Path):
    with _storage(tmp_path) as (loop, services):

        @PROPERTY
        @given(name=st.sampled_from(COMMANDS), values=st.lists(hostile_text, max_size=4))
        def run(name: str, values: list[str]) -> None:
            spec = REGISTRY.commands[name]
            options = {p.name: v for p, v in zip(spec.params, values, strict=False)}
            inv = Invocation(place=PLACES[1], command=name, options=options, user_id="u3")
            _check(_answer(loop, services, inv))

        run()


@pytest.mark.parametrize(
    "line",
    [
        "capex " + "x" * 1_000_000,
        "@everyone " * 100_000,
        "\x00" * 1_000_000,
        "capex " + "\u202e" * 500_000,
        "[" * 500_000,
        "hoax " + "(xy|xyxy)*z " * 50_000,
    ],
    ids=["1MB-word", "mentions", "nul", "bidi", "brackets", "hoax-regex"],
)
def test_one_megabyte_lines_are_answered_quickly_and_safely(tmp_path: Path, line: str):
    with _storage(tmp_path) as (loop, services):
        for place in PLACES:
            _check(_answer(loop, services, Invocation(place=place, line=line)))


def test_overheard_hostile_chat_never_raises(tmp_path: Path):
    with _storage(tmp_path) as (loop, services):
        loop.run_until_complete(
            handle(Invocation(place=PLACES[2], line="hoax watch on", can_manage=True), services)
        )

        @PROPERTY
        @given(line=hostile_text)
        def run(line: str) -> None:
            _check(
                _answer(loop, services, Invocation(place=PLACES[2], line=line, addressed=False)),
                addressed=False,
            )

        run()


@pytest.mark.parametrize(
    "line",
    ["hoax everyone @everyone", "ask hoax everyone @everyone", "is it true @everyone must pay for facebook now?"],
)
def test_what_the_bot_read_never_pings(tmp_path: Path, line: str):
    # "Read as: …" quotes the user's words (found by the property test above on a CI run)
    with _storage(tmp_path) as (loop, services):
        _check(_answer(loop, services, Invocation(place=PLACES[0], line=line, user_id="u4")))
