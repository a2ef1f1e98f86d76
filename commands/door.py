"""The one inbound door: every network's adapter turns an event into an `Invocation` and calls
`handle(invocation, services)`; nothing else parses what users typed.

`handle` owns, in this order: the unaddressed-chat policy (watch mode), sanitising, the length
ceiling, parsing (exact commands first; a line that is not one goes to `read_plain_line`),
cooldowns, per-command length limits, permission checks, and turning errors into short replies.
Adapters own only their network: who is speaking, where, in which language, whether they may
manage the place, and how to deliver the Reply (or None: say nothing).
"""

from __future__ import annotations

import difflib
import logging
import math
import shlex
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from commands.cooldowns import seconds_left
from commands.hoax.lang import detect_lang
from commands.hoax.normalise import fold
from commands.i18n import tr, typeset
from commands.questions.answer import RunLine, answer_question, reread_failed_command
from commands.registry import REGISTRY, CommandSpec, load_all
from commands.services import Services, Watcher
from commands.text import echo, sanitise
from commands.types import CommandStyle, Lang, PermissionDenied, Place, Reply, Request, UserError

log = logging.getLogger(__name__)

MAX_LINE_CHARS = 100_000  # hard ceiling before any parsing work
PREFIXES = ("/", "!")
# Commands whose failed typed lines get a second reading as a question (`capex Meta 2025 ?`).
QUESTION_READABLE = frozenset({"capex", "capex top", "capex compare", "capex chart"})


@dataclass(frozen=True)
class Invocation:
    """One event an adapter hands to the door.

    Either `line` (what was typed for the bot, a leading `/` or `!` allowed) or `command` (a
    registry name, for networks that parse themselves, e.g. Discord slash commands) with
    `options` by parameter name. `addressed` says whether the message was meant for the bot at
    all (False: ordinary chat it overheard, which only watch mode looks at). `quiet_unknown`: an
    unknown first word gets no answer unless it is a near miss (other bots share `!`).
    `cooldown_s` is the network's per-user per-command cooldown. `rank` is (have, need) where the
    network ranks users (Matrix power levels), to explain a refusal. `on_slow` is awaited just
    before a slow command starts (Discord defers the interaction there). `style` is how the
    network spells commands (help text shows `/capex-chart` on Discord, `!capex chart` on Matrix).
    `place` defaults to the local terminal, as `Request.place` does (tests, benchmarks, `ask`).
    """

    place: Place = Place("terminal", "local")
    line: str = ""
    command: str | None = None
    options: Mapping[str, str | None] = field(default_factory=dict)
    user_id: str = "local"
    lang: Lang | None = None
    can_manage: bool = True
    addressed: bool = True
    quiet_unknown: bool = False
    cooldown_s: float = 0.0
    rank: tuple[int, int] | None = None
    on_slow: Callable[[], Awaitable[None]] | None = None
    style: CommandStyle = CommandStyle()


def error_reply(message: str, lang: str, command: str = "", suggestions: tuple[str, ...] = ()) -> Reply:
    """A short, private error answer (ephemeral on Discord, exit code 1 on the CLI)."""
    return Reply(
        title=tr(lang, "Sorry", "Désolé"),
        text=message,
        command=command,
        lang=lang,  # type: ignore[arg-type]
        severity="error",
        private=True,
        ok=False,
        error=message,
        suggestions=suggestions,
    )


def cooldown_reply(wait: float, lang: str, command: str) -> Reply:
    """The short private refusal of a use inside the cooldown (the door's, and Discord's
    `CommandOnCooldown` from `tree.error`)."""
    n = max(1, math.ceil(wait))
    text = tr(lang, f"Slow down a little: try again in {n} s.", f"Doucement : réessayez dans {n} s.")
    return error_reply(text, lang, command)


def tokenize(text: str) -> list[str]:
    """Shell-like words (quotes group words); unbalanced quotes fall back to plain splitting."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def parse_line(line: str) -> tuple[CommandSpec | None, list[str], str]:
    """(spec, words, remainder after the command words) for a line with or without a prefix."""
    load_all()
    stripped = line.strip()
    if stripped[:1] in PREFIXES:
        stripped = stripped[1:].lstrip()
    words = stripped.split()
    spec, used = REGISTRY.match(words)
    remainder = stripped
    for word in words[:used]:
        remainder = remainder[remainder.index(word) + len(word) :]
    return spec, words, remainder.strip()


def message_lang(line: str) -> Lang | None:
    """The language a message is written in, judged as the hoax matcher judges it (function words,
    accents as a tie-break); None when the words do not say, as in a bare `capex meta`."""
    tokens = fold(line).lower().replace("'", " ").split()
    plain, accented = detect_lang(tokens, False), detect_lang(tokens, True)
    return plain if plain == accented else None  # type: ignore[return-value]


async def handle(inv: Invocation, services: Services) -> Reply | None:
    """The answer to one invocation, or None when the bot should say nothing (French replies get
    French spacing before : ; ? ! whatever their text came from)."""
    started = time.perf_counter()
    reply = await _answer(inv, services)
    reply = typeset(reply) if reply is not None else None
    if services.observer is not None:
        if not inv.addressed:
            services.observer.command("overheard", "quiet" if reply is None else "flagged", 0.0)
        elif reply is not None:
            outcome = "ok" if reply.ok else "error"
            services.observer.command(reply.command or "unknown", outcome, time.perf_counter() - started)
    return reply


async def _answer(inv: Invocation, services: Services) -> Reply | None:
    lang: Lang = inv.lang or message_lang(inv.line or "") or services.default_lang  # type: ignore[assignment]
    if not inv.addressed:
        return await overheard(inv, services)
    parsed = _parse_options(inv, lang) if inv.command is not None else _parse_text(inv, lang)
    if isinstance(parsed, Reply):
        return parsed
    if parsed is None:
        return await read_plain_line(inv, lang, services)
    spec, args, options, raw = parsed
    refusal = await _gatekeep(inv, spec, lang, services)
    if refusal is not None:
        return refusal
    request = Request(
        command=spec.name,
        args=tuple(args),
        options=options,
        place=inv.place,
        user_id=inv.user_id,
        locale=lang,
        asked_lang=inv.lang,
        can_manage=inv.can_manage,
        raw=raw,
        style=inv.style,
    )
    if spec.slow and inv.on_slow is not None:
        await inv.on_slow()
    reply = await run_request(spec, request, services)
    if not reply.ok and inv.command is None and spec.name in QUESTION_READABLE:
        run = _canonical_runner(inv, services, cooldown=False)  # this line already counted once
        return await reread_failed_command(inv, spec, raw, services, run, error_reply) or reply
    return reply


Parsed = tuple[CommandSpec, list[str], dict[str, str], str]  # spec, args, options, raw text


def _parse_text(inv: Invocation, lang: Lang) -> Parsed | Reply | None:
    """A typed line -> (spec, args, {}); None when it is not an exact command; an error Reply."""
    if len(inv.line) > MAX_LINE_CHARS:
        return error_reply(
            tr(lang, "That message is too long for me.", "Ce message est trop long pour moi."), lang
        )
    line = sanitise(inv.line)
    if not line.strip().lstrip("/!").strip():
        return error_reply(tr(lang, "Empty command. Try `help`.", "Commande vide. Essayez `help`."), lang)
    spec, _words, remainder = parse_line(line)
    if spec is None:
        return None
    if len(remainder) > spec.max_input_chars:
        return _too_long(spec, lang)
    if spec.params and spec.params[0].rest:
        return spec, ([remainder] if remainder else []), {}, remainder
    return spec, tokenize(remainder), {}, remainder


def _parse_options(inv: Invocation, lang: Lang) -> Parsed | Reply:
    """Named options (Discord) -> positional args in the registry's order."""
    load_all()
    spec = REGISTRY.commands.get(inv.command or "")
    if spec is None:
        return _unknown_command(inv.command or "", lang)
    clean = {name: sanitise(v).strip() for name, v in inv.options.items() if v is not None}
    options = {name: v for name, v in clean.items() if v}
    args: list[str] = []
    missing = None
    for i, param in enumerate(spec.params):
        if param.name not in options:
            missing = missing or param.name
        elif missing is not None:  # `/capex period:2024` without `company`: cannot be passed on
            return error_reply(
                tr(
                    lang,
                    f"`{param.name}` needs `{missing}` too.",
                    f"`{param.name}` a aussi besoin de `{missing}`.",
                ),
                lang,
                spec.name,
            )
        elif param.rest and i > 0:
            args.extend(tokenize(options[param.name]))  # as the text parser splits "the rest"
        else:
            args.append(options[param.name])  # one option = one argument, spaces included
    if sum(len(v) for v in options.values()) > spec.max_input_chars:
        return _too_long(spec, lang)
    return spec, args, options, " ".join(args)


def _too_long(spec: CommandSpec, lang: Lang) -> Reply:
    return error_reply(
        tr(
            lang,
            f"That is too long for `{spec.name}` (max {spec.max_input_chars} characters).",
            f"C'est trop long pour `{spec.name}` (maximum {spec.max_input_chars} caractères).",
        ),
        lang,
        spec.name,
    )


async def _gatekeep(inv: Invocation, spec: CommandSpec, lang: Lang, services: Services) -> Reply | None:
    """Cooldown, then permission: an error Reply when the command must not run."""
    wait = await seconds_left(services.storage, inv.place.platform, inv.user_id, spec.name, inv.cooldown_s)
    if wait > 0:
        return cooldown_reply(wait, lang, spec.name)
    if spec.needs_manage and not inv.can_manage:
        return error_reply(_refusal_text(spec, inv.rank, lang), lang, spec.name)
    return None


def _refusal_text(spec: CommandSpec, rank: tuple[int, int] | None, lang: Lang) -> str:
    text = tr(
        lang,
        f"`{spec.name}` changes this channel's settings: you need the Manage Channels "
        "permission (Discord) or a moderator power level (Matrix).",
        f"`{spec.name}` modifie les réglages du salon : il faut la permission Gérer les salons "
        "(Discord) ou un niveau de pouvoir de modérateur (Matrix).",
    )
    if rank is not None:
        have, need = rank
        text += "\n" + tr(
            lang,
            f"In this room your power level is {have}; this command needs {need} or more.",
            f"Dans ce salon votre niveau de pouvoir est {have} ; cette commande demande {need} ou plus.",
        )
    return text


async def run_request(spec: CommandSpec, request: Request, services: Services) -> Reply:
    """Run one checked request: user errors become short replies, crashes are logged."""
    lang = request.locale
    try:
        if spec.needs_manage and not request.can_manage:  # defence in depth for direct callers
            raise PermissionDenied(_refusal_text(spec, None, lang))
        return await spec.handler(request, services)
    except UserError as exc:
        return error_reply(exc.message, lang, spec.name, exc.suggestions)
    except Exception:
        log.exception("command %s failed", spec.name)
        return error_reply(
            tr(
                lang,
                "Something went wrong on my side; the error was logged.",
                "Une erreur s'est produite de mon côté ; elle a été journalisée.",
            ),
            lang,
            spec.name,
        )


async def read_plain_line(inv: Invocation, lang: Lang, services: Services) -> Reply | None:
    """A line addressed to the bot that is not an exact command: read as a plain question
    (commands/questions) and answered as its canonical command. A line it cannot read keeps the
    unknown-command policy when its first word is close to a command (`capx`), else gets the
    reader's short "I answer questions about capex…" reply."""
    reply = await answer_question(
        sanitise(inv.line).strip().lstrip("/!"),
        services,
        inv.lang,
        _canonical_runner(inv, services),
        error_reply,
    )
    if reply.extra.get("understood") is None:
        words = sanitise(inv.line).strip().lstrip("/!").split()
        near = unknown_word(words[0] if words else "", lang, quiet=True)
        if near is not None or inv.quiet_unknown:
            return near
    return reply


def _canonical_runner(inv: Invocation, services: Services, cooldown: bool = True) -> RunLine:
    """Runs a canonical command line the reader produced, with the invocation's place and rights."""

    async def run(line: str, lang: str) -> Reply:
        reading = Invocation(
            place=inv.place,
            line=line,
            user_id=inv.user_id,
            lang=lang,
            can_manage=inv.can_manage,  # type: ignore[arg-type]
            cooldown_s=inv.cooldown_s if cooldown else 0.0,
            rank=inv.rank,
            on_slow=inv.on_slow,
        )
        reply = await handle(reading, services)
        assert reply is not None  # addressed, typed: the door always answers
        return reply

    return run


def understood_line(line: str) -> str | None:
    """An exact command line in canonical form (prefix dropped, spaces collapsed), else None."""
    spec, _words, remainder = parse_line(sanitise(line))
    return None if spec is None else " ".join([*spec.words, *remainder.split()])


def unknown_word(word: str, lang: Lang, *, quiet: bool) -> Reply | None:
    """The unknown-command reply with near misses; None when `quiet` and there is no near miss."""
    reply = _unknown_command(word, lang)
    if quiet and not reply.suggestions:
        return None
    return reply


def _unknown_command(word: str, lang: str) -> Reply:
    load_all()
    close = difflib.get_close_matches(word.lower(), REGISTRY.top_level_names(), n=3, cutoff=0.6)
    hint = (
        tr(lang, f" Did you mean {', '.join(close)}?", f" Vouliez-vous dire {', '.join(close)} ?")
        if close
        else ""
    )
    return error_reply(
        tr(
            lang,
            f"Unknown command “{echo(word, 30)}”.{hint} Try `help`.",
            f"Commande inconnue « {echo(word, 30)} ».{hint} Essayez `help`.",
        ),
        lang,
        suggestions=tuple(close),
    )


async def overheard(inv: Invocation, services: Services) -> Reply | None:
    """Ordinary chat not meant for the bot: only watch mode (hoax flags) may answer it.

    Errors are logged, never raised: chat must go on whatever the watcher does."""
    watcher = services.watcher or _default_watcher()
    if watcher is None or not inv.line.strip():
        return None
    try:
        return await watcher(inv.line, inv.place, services)
    except Exception as exc:  # e.g. the hoax tables not migrated yet
        log.warning("watch mode failed in %s: %s: %s", inv.place.id, type(exc).__name__, exc)
        return None


_UNSET: object = object()
_watcher: object = _UNSET


def _default_watcher() -> Watcher | None:
    """`commands.hoax.watch.check_message`, imported on first use; None (logged once) if that
    feature is missing or broken: chat commands must keep working either way."""
    global _watcher
    if _watcher is _UNSET:
        try:
            from commands.hoax.watch import check_message

            _watcher = check_message
        except Exception as exc:
            log.warning("hoax watch mode unavailable (%s: %s)", type(exc).__name__, exc)
            _watcher = None
    return _watcher  # type: ignore[return-value]
