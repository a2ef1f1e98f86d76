"""One registry of commands drives everything: the `!`/terminal parser, `help`, Discord slash
command definitions and `ask`. A command module registers itself with `@command(...)`; modules in
this package are discovered automatically (see `load_all`), so a new command is a new file.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from commands.i18n import french_spacing
from commands.types import Reply, Request

if TYPE_CHECKING:
    from commands.services import Services

Handler = Callable[[Request, "Services"], Awaitable[Reply]]


_FR_USAGE = {
    "company": "entreprise",
    "period": "période",
    "details": "détails",
    "year": "année",
    "YEAR": "ANNÉE",
    "command": "commande",
    "message text": "texte du message",
    "threshold": "seuil",
    "more…": "autres…",
    "quarterly": "trimestriel",
    "annual": "annuel",
    "since": "depuis",
}


@dataclass(frozen=True)
class Param:
    """A positional parameter; also a Discord slash-command option.

    `autocomplete` names an in-memory index the front end may offer ("company").
    `rest=True` swallows the remainder of the line (free text, e.g. a message to check).
    """

    name: str
    description_en: str
    description_fr: str
    required: bool = False
    autocomplete: Literal["company"] | None = None
    choices: tuple[str, ...] = ()
    rest: bool = False


@dataclass(frozen=True)
class CommandSpec:
    name: str  # "capex" or a group path such as "alerts subscribe"
    handler: Handler
    summary_en: str
    summary_fr: str
    usage: str
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    needs_manage: bool = False  # changes a channel's/room's settings
    slow: bool = False  # may take > ~1 s: front ends defer first
    max_input_chars: int = 500

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.name.split())

    def usage_in(self, lang: str) -> str:
        """The syntax line with its placeholders in the reader's language (the keywords typed stay
        those the parser reads: French ones where it reads them, e.g. `détails`, `depuis`)."""
        if lang != "fr":
            return self.usage

        def words(match: re.Match[str]) -> str:
            return re.sub(
                r"message text|[A-Za-z…]+", lambda w: _FR_USAGE.get(w.group(0), w.group(0)), match.group(0)
            )

        return re.sub(r"[<\[][^>\]]+[>\]]", words, self.usage)

    def summary(self, lang: str) -> str:
        return french_spacing(self.summary_fr) if lang == "fr" else self.summary_en


@dataclass
class Registry:
    commands: dict[str, CommandSpec] = field(default_factory=dict)

    def add(self, spec: CommandSpec) -> None:
        if spec.name in self.commands:
            raise ValueError(f"command {spec.name!r} registered twice")
        self.commands[spec.name] = spec

    def match(self, words: list[str]) -> tuple[CommandSpec | None, int]:
        """Longest registered command path that prefixes `words` (case-insensitive)."""
        lowered = [w.lower() for w in words[:3]]
        for n in range(min(3, len(lowered)), 0, -1):
            spec = self.commands.get(" ".join(lowered[:n]))
            if spec is not None:
                return spec, n
        return None, 0

    def top_level_names(self) -> list[str]:
        return sorted({spec.words[0] for spec in self.commands.values()})


REGISTRY = Registry()


def command(
    name: str,
    *,
    summary_en: str,
    summary_fr: str,
    usage: str,
    params: tuple[Param, ...] = (),
    examples: tuple[str, ...] = (),
    needs_manage: bool = False,
    slow: bool = False,
    max_input_chars: int = 500,
) -> Callable[[Handler], Handler]:
    """Register a command handler in the global registry."""

    def register(handler: Handler) -> Handler:
        REGISTRY.add(
            CommandSpec(
                name=name,
                handler=handler,
                summary_en=summary_en,
                summary_fr=summary_fr,
                usage=usage,
                params=params,
                examples=examples,
                needs_manage=needs_manage,
                slow=slow,
                max_input_chars=max_input_chars,
            )
        )
        return handler

    return register


_loaded = False


def load_all() -> Registry:
    """Import every module and subpackage of `commands` once so their `@command`s register."""
    global _loaded
    if not _loaded:
        import commands

        for info in pkgutil.iter_modules(commands.__path__):
            if not info.name.startswith("_"):
                importlib.import_module(f"commands.{info.name}")
        _loaded = True
    return REGISTRY
