"""`help` and `help <command>`, generated from the registry so they never drift from the code."""

from __future__ import annotations

from commands.i18n import tr
from commands.registry import REGISTRY, Param, command
from commands.services import Services
from commands.text import echo
from commands.types import Reply, Request, UserError


@command(
    "help",
    summary_en="List the commands, or explain one: help capex.",
    summary_fr="Liste les commandes, ou en explique une : help capex.",
    usage="help [command]",
    params=(Param("command", "A command to explain", "Une commande à expliquer"),),
    examples=("help", "help capex"),
)
async def help_command(req: Request, services: Services) -> Reply:
    lang = req.locale
    if req.args:
        return _explain(" ".join(req.args).lower().lstrip("/!"), lang)
    rows = tuple(
        (spec.usage, spec.summary(lang)) for spec in sorted(REGISTRY.commands.values(), key=lambda s: s.name)
    )
    title = tr(lang, "capexbot commands", "Commandes de capexbot")
    lines = [f"{usage} — {summary}" for usage, summary in rows]
    lines += [
        "",
        tr(
            lang,
            "Prefix with ! on Matrix, / on Discord. `help <command>` for details.",
            "Préfixe ! sur Matrix, / sur Discord. `help <commande>` pour le détail.",
        ),
    ]
    header = (tr(lang, "Usage", "Syntaxe"), tr(lang, "What it does", "Rôle"))
    return Reply(
        title=title,
        text="\n".join(lines),
        command="help",
        lang=lang,
        table=(header, rows),
        fields=tuple(rows),
    )


def _explain(name: str, lang: str) -> Reply:
    spec = REGISTRY.commands.get(name)
    if spec is None:
        matches = [s for s in REGISTRY.commands.values() if s.words[0] == name]
        if not matches:
            raise UserError(
                tr(
                    lang,
                    f"No command “{echo(name, 30)}”. Try `help`.",
                    f"Pas de commande « {echo(name, 30)} ». Essayez `help`.",
                )
            )
        spec = matches[0] if len(matches) == 1 else None
        if spec is None:
            lines = [f"{s.usage} — {s.summary(lang)}" for s in matches]
            return Reply(title=name, text="\n".join(lines), command="help", lang=lang)
    lines = [spec.summary(lang)]
    for param in spec.params:
        desc = param.description_fr if lang == "fr" else param.description_en
        optional = "" if param.required else tr(lang, " (optional)", " (facultatif)")
        lines.append(f"  {param.name}{optional}: {desc}")
    if spec.examples:
        lines += ["", tr(lang, "Examples:", "Exemples :"), *[f"  {e}" for e in spec.examples]]
    if spec.needs_manage:
        lines += [
            "",
            tr(
                lang,
                "Needs the channel permission (Manage Channels / moderator power level).",
                "Nécessite la permission du salon (Gérer les salons / niveau modérateur).",
            ),
        ]
    return Reply(title=spec.usage, text="\n".join(lines), command="help", lang=lang)
