"""From a line of chat to a Reply: the one pipeline every front end and `ask` go through."""

from __future__ import annotations

import difflib
import logging
import shlex

from commands.i18n import tr
from commands.registry import REGISTRY, CommandSpec, load_all
from commands.services import Services
from commands.text import echo, sanitise
from commands.types import Lang, PermissionDenied, Place, Reply, Request, UserError

log = logging.getLogger(__name__)

MAX_LINE_CHARS = 100_000  # hard ceiling before any parsing work
PREFIXES = ("/", "!")
TERMINAL = Place("terminal", "local")


def error_reply(message: str, lang: str, command: str = "", suggestions: tuple[str, ...] = ()) -> Reply:
    title = tr(lang, "Sorry", "Désolé")
    return Reply(
        title=title,
        text=message,
        command=command,
        lang=lang,  # type: ignore[arg-type]
        severity="error",
        private=True,
        ok=False,
        error=message,
        suggestions=suggestions,
    )


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


async def dispatch(
    line: str,
    *,
    services: Services,
    place: Place = TERMINAL,
    user_id: str = "local",
    locale: Lang | None = None,
    can_manage: bool = True,
) -> Reply:
    lang: Lang = locale or services.default_lang  # type: ignore[assignment]
    if len(line) > MAX_LINE_CHARS:
        return error_reply(
            tr(lang, "That message is too long for me.", "Ce message est trop long pour moi."), lang
        )
    line = sanitise(line)
    if not line.strip().lstrip("/!").strip():
        return error_reply(tr(lang, "Empty command. Try `help`.", "Commande vide. Essayez `help`."), lang)
    spec, words, remainder = parse_line(line)
    if spec is None:
        return _unknown_command(words[0] if words else "", lang)
    if len(remainder) > spec.max_input_chars:
        return error_reply(
            tr(
                lang,
                f"That is too long for `{spec.name}` (max {spec.max_input_chars} characters).",
                f"C'est trop long pour `{spec.name}` (maximum {spec.max_input_chars} caractères).",
            ),
            lang,
            spec.name,
        )
    args = _args_for(spec, remainder)
    request = Request(
        command=spec.name,
        args=tuple(args),
        place=place,
        user_id=user_id,
        locale=lang,
        can_manage=can_manage,
        raw=remainder,
    )
    return await run_request(spec, request, services)


def _args_for(spec: CommandSpec, remainder: str) -> list[str]:
    if spec.params and spec.params[0].rest:
        return [remainder] if remainder else []
    return tokenize(remainder)


async def run_request(spec: CommandSpec, request: Request, services: Services) -> Reply:
    """Run one parsed request: permission check, user errors to replies, crashes logged."""
    lang = request.locale
    try:
        if spec.needs_manage and not request.can_manage:
            raise PermissionDenied(
                tr(
                    lang,
                    f"`{spec.name}` changes this channel's settings: you need the Manage Channels "
                    "permission (Discord) or a moderator power level (Matrix).",
                    f"`{spec.name}` modifie les réglages du salon : il faut la permission Gérer les salons "
                    "(Discord) ou un niveau de pouvoir de modérateur (Matrix).",
                )
            )
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


def _unknown_command(word: str, lang: str) -> Reply:
    names = REGISTRY.top_level_names()
    close = difflib.get_close_matches(word.lower(), names, n=3, cutoff=0.6)
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
