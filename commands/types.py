"""The platform-free contract of commands: a Request in, a Reply out.

Adapters never build a Request: they hand an Invocation to the door (commands/door.py), which
parses and checks it and calls the command. Commands never see Discord or Matrix objects; a Reply
says what to show (text, table, figures, image) and what to do (`effects`), never how.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["info", "warning", "error"]
Lang = Literal["en", "fr"]


@dataclass(frozen=True)
class Place:
    """Where a request came from; opaque to commands except as a key (subscriptions, watch mode)."""

    platform: str  # "discord" | "matrix" | "terminal" | "cli" | "webhook"
    id: str


@dataclass(frozen=True)
class CommandStyle:
    """How a network spells commands, for help text: its prefix (`!` or the configured one on
    Matrix, `/` on Discord, none on the terminal) and the names it renamed (Discord flattens
    `capex chart` to `capex-chart` because `capex` is a command too)."""

    prefix: str = ""
    names: Mapping[str, str] = field(default_factory=dict)  # registry name -> the network's name

    def spell(self, text: str, name: str) -> str:
        """`text` (a usage line or example starting with command `name`) as typed on the network."""
        if text.lower().startswith(name):
            text = self.names.get(name, name) + text[len(name) :]
        return self.prefix + text


@dataclass(frozen=True)
class Request:
    """One parsed command invocation.

    `locale` is the reply's language; `asked_lang` is the language the network or the user named
    (a slash command's locale, `--lang`), None when `locale` was judged from the words or is the
    default — a command that reads free text again (`ask`) then judges that text itself.
    `can_manage` is computed by the front end (Discord: Manage Channels in that channel; Matrix:
    power level >= MATRIX_ADMIN_POWER_LEVEL; terminal/CLI: always True, the operator owns the box).
    """

    command: str
    args: tuple[str, ...] = ()
    options: dict[str, str] = field(default_factory=dict)
    place: Place = Place("terminal", "local")
    user_id: str = "local"
    locale: Lang = "en"
    asked_lang: Lang | None = None
    can_manage: bool = True
    raw: str = ""
    style: CommandStyle = CommandStyle()


@dataclass(frozen=True)
class FigureOut:
    """A figure as shown to users and serialised by `ask --json` (values in whole US dollars)."""

    company: str
    ticker: str
    period: str
    period_start: str
    period_end: str
    kind: Literal["actual", "guidance"]
    value_usd: int | None
    low_usd: int | None
    high_usd: int | None
    definition: str
    source: str
    date: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "ticker": self.ticker,
            "period": self.period,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "kind": self.kind,
            "value_usd": self.value_usd,
            "low_usd": self.low_usd,
            "high_usd": self.high_usd,
            "definition": self.definition,
            "source": self.source,
            "date": self.date,
        }


@dataclass(frozen=True)
class React:
    """Side effect: add this emoji to the message being answered (a hoax flag's ⚠️).

    Each adapter renders it (Matrix m.reaction, Discord add_reaction) or knowingly skips it where
    there is no message to react to (a Discord slash command, the terminal, a webhook)."""

    emoji: str


Effect = React  # the union grows here when a new kind of side effect appears


@dataclass(frozen=True)
class Reply:
    """One rich answer, rendered per platform (embed, HTML notice, terminal text, JSON).

    `text` is always a complete plain-text rendering of everything but the title, so a front end
    that understands nothing else can post `title` and `text`. `table` is (header, rows) for compact figure tables.
    `more` is the canonical command of a fuller answer (`capex meta details` under `capex meta`):
    each adapter offers it its own way (a Discord button, a Matrix reply "more", a hint line to
    type: commands/more.py) — it is not in `text`.
    """

    title: str
    text: str
    command: str = ""
    lang: Lang = "en"
    figures: tuple[FigureOut, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    table: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]] | None = None
    links: tuple[tuple[str, str], ...] = ()
    footer: str = ""
    image_png: bytes | None = None
    image_name: str = "chart.png"
    suggestions: tuple[str, ...] = ()
    severity: Severity = "info"
    private: bool = False
    ok: bool = True
    error: str | None = None
    effects: tuple[Effect, ...] = ()
    more: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # extra `ask --json` keys only

    def to_json(self) -> dict[str, Any]:
        """The `ask --json` object; keys are a contract other tools depend on."""
        out: dict[str, Any] = {
            "ok": self.ok,
            "command": self.command,
            "lang": self.lang,
            "title": self.title,
            "text": self.text,
            "figures": [f.to_json() for f in self.figures],
            # the newest figure date the reply rests on (None when it shows no dated figure)
            "as_of": max((f.date for f in self.figures if f.date), default=None),
            "suggestions": list(self.suggestions),
            "error": self.error,
            "more": self.more,  # the command that shows the details, or null
        }
        out.update(self.extra)
        return out


class UserError(Exception):
    """A problem with what the user typed; becomes a short error Reply (exit code 1 on the CLI)."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions


class PermissionDenied(UserError):
    """The sender lacks the channel permission a settings-changing command needs."""
