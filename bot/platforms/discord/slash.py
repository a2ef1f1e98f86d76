"""Slash commands generated from the command registry (never written by hand), with French
localisations, choices and company autocomplete.

Mapping rules (Discord allows a command, a group of sub-commands, or a group of sub-groups):

- ``"capex"`` -> ``/capex``; ``"alerts subscribe"`` -> ``/alerts subscribe``; ``"a b c"`` -> ``/a b c``.
- A name that is both a command and the prefix of others (``"capex"`` and ``"capex chart"``) cannot
  be both on Discord, so its children are flattened with a hyphen: ``/capex`` and ``/capex-chart``.
- Each ``Param`` becomes a string option with the same name (lower-cased, invalid characters
  replaced), its English description and the French one as the ``fr`` localisation; ``choices``
  become fixed choices; ``autocomplete="company"`` answers from the in-memory company index.
- ``needs_manage`` top-level commands carry ``default_member_permissions = Manage Channels`` as a
  hint for server admins; the real check happens at run time on every invocation.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

import discord
from discord import app_commands
from discord.app_commands import Choice, locale_str

from commands.companies import completions
from commands.i18n import tr
from commands.registry import REGISTRY, CommandSpec, Registry, load_all

if TYPE_CHECKING:
    from commands.services import Services

log = logging.getLogger(__name__)

NAME_MAX = 32
DESCRIPTION_MAX = 100
CHOICES_MAX = 25
AUTOCOMPLETE_BUDGET_S = 0.5  # how long autocomplete may wait for fresh data before using the cache

# Called with (interaction, spec, {param name: value or None}) for every slash-command invocation.
Runner = Callable[[discord.Interaction, CommandSpec, dict[str, str | None]], Awaitable[None]]
CooldownPolicy = Callable[[discord.Interaction], Awaitable[app_commands.Cooldown | None]]


def slash_name(word: str) -> str:
    """A valid Discord command/option name: lower case, 1-32 of letters, digits, '-' and '_'."""
    name = re.sub(r"[^\w-]", "-", word.lower()).strip("-")[:NAME_MAX]
    return name or "x"


def short(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def localised(en: str, fr: str) -> locale_str:
    """A description in English with its French localisation (read by `FrenchTranslator`)."""
    return locale_str(short(en), fr=short(fr))


class FrenchTranslator(app_commands.Translator):
    """Supplies the French localisation carried in `locale_str.extras["fr"]`; names stay English."""

    async def translate(
        self, string: locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        if locale is discord.Locale.french:
            return string.extras.get("fr")
        return None


@dataclass
class SlashNode:
    """One level of the slash layout: a command (spec) or a group (children)."""

    name: str
    spec: CommandSpec | None = None
    children: dict[str, SlashNode] = field(default_factory=dict)


def slash_layout(registry: Registry) -> dict[str, SlashNode]:
    """The registry as Discord's tree of top-level commands and groups (see module docstring)."""
    root: dict[str, SlashNode] = {}
    for spec in sorted(registry.commands.values(), key=lambda s: s.name):
        level = root
        words = [slash_name(w) for w in spec.words]
        for i, word in enumerate(words):
            node = level.setdefault(word, SlashNode(word))
            if i == len(words) - 1:
                node.spec = spec
            level = node.children
    return {name: node for name, node in _flatten(root, depth=1).items()}


def slash_names(registry: Registry) -> dict[str, str]:
    """Registry name -> what users type after `/` (`capex chart` -> `capex-chart`), for help text."""
    names: dict[str, str] = {}

    def walk(level: dict[str, SlashNode], path: tuple[str, ...]) -> None:
        for name, node in level.items():
            if node.spec is not None:
                names[node.spec.name] = " ".join((*path, name))
            walk(node.children, (*path, name))

    walk(slash_layout(registry), ())
    return names


def _flatten(level: dict[str, SlashNode], depth: int) -> dict[str, SlashNode]:
    out: dict[str, SlashNode] = {}
    for name, node in level.items():
        if node.spec is not None and node.children:
            # both a command and a prefix: the command keeps the name, children become siblings
            out[name] = SlashNode(name, node.spec)
            for child_name, child in node.children.items():
                joined = slash_name(f"{name}-{child_name}")
                out.update(_flatten({joined: SlashNode(joined, child.spec, child.children)}, depth))
        elif node.children and depth >= 3:
            # deeper than Discord allows: join the rest into one name
            for child_name, child in node.children.items():
                joined = slash_name(f"{name}-{child_name}")
                out.update(_flatten({joined: SlashNode(joined, child.spec, child.children)}, depth))
        else:
            out[name] = SlashNode(
                name, node.spec, _flatten(node.children, depth + 1) if node.children else {}
            )
    return out


class CompanyIndex:
    """Names, tickers and aliases for autocomplete, answered from memory.

    Reads the storage catalog snapshot (itself in memory, refreshed only when the data changed); if
    that takes longer than `AUTOCOMPLETE_BUDGET_S` (a busy database), the last snapshot is used so
    the answer always arrives inside Discord's 3-second window.
    """

    def __init__(self, services: Services, on_error: Callable[[BaseException], None] | None = None) -> None:
        self.services = services
        self.on_error = on_error
        self._snapshot: Any = None
        self._refresh: asyncio.Task[Any] | None = None

    async def _current(self) -> Any:
        if self._refresh is None or self._refresh.done():
            self._refresh = asyncio.ensure_future(self.services.storage.catalog.snapshot())
        try:
            self._snapshot = await asyncio.wait_for(asyncio.shield(self._refresh), AUTOCOMPLETE_BUDGET_S)
        except TimeoutError:
            if self._snapshot is None:
                self._snapshot = await self._refresh
        return self._snapshot

    async def choices(self, current: str, lang: str = "en") -> list[Choice[str]]:
        snap = await self._current()
        out = []
        for company in completions(current[:60], snap, CHOICES_MAX):
            out.append(Choice(name=short(f"{company.name} ({company.ticker})"), value=company.ticker))
        return out


def _group_description(node: SlashNode) -> locale_str:
    subs = ", ".join(sorted(node.children))
    return localised(f"{node.name}: {subs}", f"{node.name} : {subs}")


def _make_command(
    node: SlashNode, runner: Runner | None, index: CompanyIndex | None, parent: app_commands.Group | None,
    cooldown: CooldownPolicy | None = None,
) -> app_commands.Command[Any, ..., None]:
    spec = node.spec
    assert spec is not None
    py_names = [f"p{i}" for i in range(len(spec.params))]

    async def callback(interaction: discord.Interaction, **values: str | None) -> None:
        if runner is None:  # a tree built only for `discord sync`
            raise RuntimeError("this command tree was built for syncing, not for answering")
        by_name = {p.name: values.get(py) for p, py in zip(spec.params, py_names, strict=True)}
        await runner(interaction, spec, by_name)

    parameters = [
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        )
    ]
    for param, py in zip(spec.params, py_names, strict=True):
        parameters.append(
            inspect.Parameter(
                py,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=str if param.required else Optional[str],  # noqa: UP045 (discord.py reads it)
                default=inspect.Parameter.empty if param.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    pairs = list(zip(spec.params, py_names, strict=True))
    app_commands.rename(**{py: slash_name(p.name) for p, py in pairs})(callback)
    app_commands.describe(**{py: localised(p.description_en, p.description_fr) for p, py in pairs})(callback)
    choices = {
        py: [Choice(name=short(c), value=c) for c in p.choices[:CHOICES_MAX]] for p, py in pairs if p.choices
    }
    if choices:
        app_commands.choices(**choices)(callback)
    completers = {
        py: _company_autocomplete(index) for p, py in pairs if p.autocomplete == "company" and not p.choices
    }
    if completers:
        app_commands.autocomplete(**completers)(callback)
    if cooldown is not None:
        # the key is the interaction itself: discord.py keeps no bucket memory of its own, every
        # use asks the door's policy (commands/cooldowns.py), the same rule as on other networks
        app_commands.checks.dynamic_cooldown(cooldown, key=lambda interaction: interaction.id)(callback)

    command = app_commands.Command(
        name=node.name,
        description=localised(spec.summary_en, spec.summary_fr),
        callback=callback,
        parent=parent,
    )
    command.extras["spec"] = spec.name
    if spec.needs_manage and parent is None:
        command.default_permissions = discord.Permissions(manage_channels=True)
    return command


def _company_autocomplete(index: CompanyIndex | None) -> Callable[..., Awaitable[list[Choice[str]]]]:
    async def company(interaction: discord.Interaction, current: str) -> list[Choice[str]]:
        if index is None:
            return []
        try:
            return await index.choices(current, str(interaction.locale))
        except Exception as exc:  # discord.py would only log it; make it visible
            log.exception("company autocomplete failed")
            if index.on_error is not None:
                index.on_error(exc)
            return []

    return company


def _make_group(
    node: SlashNode, runner: Runner | None, index: CompanyIndex | None, parent: app_commands.Group | None,
    cooldown: CooldownPolicy | None = None,
) -> app_commands.Group:
    group = app_commands.Group(name=node.name, description=_group_description(node), parent=parent)
    if node.children and all(_all_manage(c) for c in node.children.values()) and parent is None:
        group.default_permissions = discord.Permissions(manage_channels=True)
    for child in node.children.values():
        if child.children:
            group.add_command(_make_group(child, runner, index, group, cooldown))
        else:
            group.add_command(_make_command(child, runner, index, group, cooldown))
    return group


def _all_manage(node: SlashNode) -> bool:
    if node.children:
        return all(_all_manage(c) for c in node.children.values())
    return bool(node.spec and node.spec.needs_manage)


def build_tree(
    client: discord.Client,
    runner: Runner | None = None,
    *,
    index: CompanyIndex | None = None,
    registry: Registry | None = None,
    cooldown: CooldownPolicy | None = None,
) -> app_commands.CommandTree:
    """A CommandTree holding one slash command per registry entry (see module docstring)."""
    if registry is None:
        load_all()
        registry = REGISTRY
    tree = app_commands.CommandTree(client, fallback_to_global=True)
    for node in slash_layout(registry).values():
        if node.children:
            tree.add_command(_make_group(node, runner, index, None, cooldown))
        else:
            tree.add_command(_make_command(node, runner, index, None, cooldown))
    return tree


async def command_payloads(tree: app_commands.CommandTree) -> list[dict[str, Any]]:
    """The JSON definitions `sync` sends, with French localisations (for tests and `--dry-run`)."""
    translator = FrenchTranslator()
    return [await cmd.get_translated_payload(tree, translator) for cmd in tree.get_commands()]


def describe_sync(count: int, guild_id: int | None, lang: str = "en") -> str:
    where = (
        tr(lang, f"guild {guild_id}", f"serveur {guild_id}")
        if guild_id
        else tr(lang, "globally", "globalement")
    )
    return tr(lang, f"Synced {count} slash commands {where}.", f"{count} commandes synchronisées {where}.")
