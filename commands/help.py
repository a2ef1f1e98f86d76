"""`help` and `help <command>`, generated from the registry so they never drift from the code, and
spelled the way the asking network types commands (`Request.style`, set by its adapter)."""

from __future__ import annotations

from commands.i18n import french_spacing, tr
from commands.registry import REGISTRY, Param, command
from commands.services import Services
from commands.text import echo
from commands.types import CommandStyle, Reply, Request, UserError


@command(
    "help",
    summary_en="List the commands, or explain one: help capex.",
    summary_fr="Liste les commandes, ou en explique une : help capex.",
    usage="help [command]",
    params=(Param("command", "A command to explain", "Une commande à expliquer"),),
    examples=("help", "help capex"),
)
async def help_command(req: Request, services: Services) -> Reply:
    lang, style = req.locale, req.style
    if req.args:
        return _explain(" ".join(req.args).lower().lstrip(style.prefix + "/!"), lang, style)
    rows = tuple(
        (style.spell(spec.usage_in(lang), spec.name), spec.summary(lang))
        for spec in sorted(REGISTRY.commands.values(), key=lambda s: s.name)
    )
    title = tr(lang, "capexbot commands", "Commandes de capexbot")
    lines = [f"{usage} — {summary}" for usage, summary in rows]
    more = style.spell("help", "help")
    if style.prefix:
        hint = tr(
            lang,
            f"Start a command with `{style.prefix}`. `{more} <command>` for details.",
            f"Commencez une commande par `{style.prefix}`. `{more} <commande>` pour le détail.",
        )
    else:
        hint = tr(lang, f"`{more} <command>` for details.", f"`{more} <commande>` pour le détail.")
    lines += ["", hint]
    header = (tr(lang, "Usage", "Syntaxe"), tr(lang, "What it does", "Rôle"))
    return Reply(
        title=title,
        text="\n".join(lines),
        command="help",
        lang=lang,
        table=(header, rows),
        fields=tuple(rows),
    )


def _explain(name: str, lang: str, style: CommandStyle) -> Reply:
    by_network_name = {v: k for k, v in style.names.items()}
    spec = REGISTRY.commands.get(by_network_name.get(name, name))
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
            lines = [f"{style.spell(s.usage_in(lang), s.name)} — {s.summary(lang)}" for s in matches]
            return Reply(title=name, text="\n".join(lines), command="help", lang=lang)
    lines = [spec.summary(lang)]
    for param in spec.params:
        desc = french_spacing(param.description_fr) if lang == "fr" else param.description_en
        optional = "" if param.required else tr(lang, " (optional)", " (facultatif)")
        lines.append(f"  {param.name}{optional}" + tr(lang, f": {desc}", f" : {desc}"))
    if spec.examples:
        examples = [f"  {style.spell(e, spec.name)}" for e in spec.examples]
        lines += ["", tr(lang, "Examples:", "Exemples :"), *examples]
    if spec.needs_manage:
        lines += [
            "",
            tr(
                lang,
                "Needs the channel permission (Manage Channels / moderator power level).",
                "Nécessite la permission du salon (Gérer les salons / niveau modérateur).",
            ),
        ]
    return Reply(
        title=style.spell(spec.usage_in(lang), spec.name), text="\n".join(lines), command="help", lang=lang
    )
