"""`alerts subscribe|unsubscribe|list`: earnings alerts for the channel or room the command came
from (keyed by `req.place`). Webhooks are added on the command line (`capexbot alerts add-webhook`).
"""

from __future__ import annotations

from commands.companies import resolve
from commands.i18n import tr
from commands.registry import Param, command
from commands.services import Services
from commands.types import Reply, Request, UserError
from storage.catalog import Snapshot
from storage.subscriptions import Subscription

CHAT_PLATFORMS = ("discord", "matrix")
EVERY_WORDS = frozenset({"all", "*", "every", "everything", "tout", "toutes", "tous"})

_COMPANY_PARAM = Param(
    "company",
    "One company (name, ticker or alias); leave empty for every company",
    "Une entreprise (nom, symbole ou alias) ; vide pour toutes les entreprises",
    autocomplete="company",
)


def _here(req: Request) -> str:
    if req.place.platform == "matrix":
        return tr(req.locale, "this room", "ce salon")
    return tr(req.locale, "this channel", "ce salon")


def _require_chat(req: Request) -> None:
    if req.place.platform not in CHAT_PLATFORMS:
        raise UserError(
            tr(
                req.locale,
                "Alerts go to a Discord channel or a Matrix room: run this command there. "
                "For any other endpoint use `capexbot alerts add-webhook URL` on the server.",
                "Les alertes vont dans un salon Discord ou Matrix : lancez cette commande là-bas. "
                "Pour un autre point d'accès, utilisez `capexbot alerts add-webhook URL` sur le serveur.",
            )
        )


async def _company(req: Request, services: Services) -> tuple[str | None, str, Snapshot]:
    """(company id or None for every company, display name, snapshot)."""
    snap = await services.storage.catalog.snapshot()
    query = " ".join(req.args).strip()
    if not query or query.lower() in EVERY_WORDS:
        return None, tr(req.locale, "every company", "toutes les entreprises"), snap
    company = resolve(query, snap, req.locale)
    return company.id, company.name, snap


def subscription_name(sub: Subscription, snap: Snapshot, lang: str) -> str:
    if sub.company_id is None:
        return tr(lang, "every company", "toutes les entreprises")
    company = snap.companies.get(sub.company_id)
    return company.name if company else sub.company_id


def status_text(sub: Subscription, lang: str) -> str:
    if sub.status == "active":
        return tr(lang, "active", "active")
    reason = sub.disabled_reason or tr(lang, "no reason recorded", "raison non enregistrée")
    return tr(lang, f"disabled: {reason}", f"désactivée : {reason}")


@command(
    "alerts subscribe",
    summary_en="Post an alert here when new capex figures come out (one company or all).",
    summary_fr="Publier ici une alerte quand de nouveaux chiffres sortent (une entreprise ou toutes).",
    usage="alerts subscribe [company]",
    params=(_COMPANY_PARAM,),
    examples=("alerts subscribe", "alerts subscribe meta"),
    needs_manage=True,
)
async def subscribe(req: Request, services: Services) -> Reply:
    _require_chat(req)
    lang = req.locale
    company_id, name, _ = await _company(req, services)
    result = await services.storage.subscriptions.subscribe(
        req.place.platform, req.place.id, company_id, lang=lang, created_by=req.user_id
    )
    here = _here(req)
    if result.outcome == "exists":
        text = tr(
            lang,
            f"{here.capitalize()} already gets alerts for {name}.",
            f"{here.capitalize()} reçoit déjà les alertes pour {name}.",
        )
    elif result.outcome == "reactivated":
        text = tr(
            lang,
            f"Alerts for {name} in {here} were disabled; they are back on.",
            f"Les alertes pour {name} dans {here} étaient désactivées ; elles sont réactivées.",
        )
    else:
        text = tr(
            lang,
            f"Done: {here} will get an alert when new capex figures for {name} are recorded. "
            "Past figures are not sent.",
            f"C'est fait : {here} recevra une alerte quand de nouveaux chiffres d'investissements pour "
            f"{name} seront enregistrés. Les chiffres passés ne sont pas envoyés.",
        )
    return Reply(
        title=tr(lang, "Alerts", "Alertes"),
        text=text,
        command=req.command,
        lang=lang,
        extra={"subscription_id": result.subscription.id, "outcome": result.outcome},
    )


@command(
    "alerts unsubscribe",
    summary_en="Stop alerts here (one company, or all of them without a name).",
    summary_fr="Arrêter les alertes ici (une entreprise, ou toutes sans nom).",
    usage="alerts unsubscribe [company]",
    params=(_COMPANY_PARAM,),
    examples=("alerts unsubscribe", "alerts unsubscribe meta"),
    needs_manage=True,
)
async def unsubscribe(req: Request, services: Services) -> Reply:
    _require_chat(req)
    lang = req.locale
    here = _here(req)
    company_id, name, _ = await _company(req, services)
    every = not req.args
    removed = await services.storage.subscriptions.unsubscribe(
        req.place.platform, req.place.id, company_id, every=every
    )
    if removed and every:
        text = tr(lang, f"No more alerts in {here}.", f"Plus d'alertes dans {here}.")
    elif removed:
        text = tr(lang, f"No more alerts for {name} in {here}.", f"Plus d'alertes pour {name} dans {here}.")
    else:
        text = tr(
            lang,
            f"{here.capitalize()} had no alerts for {name}; nothing changed.",
            f"{here.capitalize()} n'avait pas d'alertes pour {name} ; rien n'a changé.",
        )
        if company_id is not None and await _has_every(services, req):
            text += tr(
                lang,
                " It gets alerts for every company: `alerts unsubscribe` stops them all.",
                " Il reçoit les alertes de toutes les entreprises : `alerts unsubscribe` les arrête toutes.",
            )
    return Reply(
        title=tr(lang, "Alerts", "Alertes"),
        text=text,
        command=req.command,
        lang=lang,
        extra={"removed": [s.id for s in removed]},
    )


async def _has_every(services: Services, req: Request) -> bool:
    subs = await services.storage.subscriptions.for_target(req.place.platform, req.place.id)
    return any(s.company_id is None and s.status == "active" for s in subs)


@command(
    "alerts list",
    summary_en="Which alerts this channel or room gets, and any that were disabled (with why).",
    summary_fr="Les alertes que reçoit ce salon, et celles qui ont été désactivées (avec la raison).",
    usage="alerts list",
    examples=("alerts list",),
)
async def list_alerts(req: Request, services: Services) -> Reply:
    if req.place.platform not in CHAT_PLATFORMS:
        raise UserError(
            tr(
                req.locale,
                "`alerts list` shows a channel's or room's alerts. For every subscription (webhooks "
                "included) run `capexbot alerts list` on the server.",
                "`alerts list` montre les alertes d'un salon. Pour tous les abonnements (webhooks "
                "compris), lancez `capexbot alerts list` sur le serveur.",
            )
        )
    lang = req.locale
    snap = await services.storage.catalog.snapshot()
    subs = await services.storage.subscriptions.for_target(req.place.platform, req.place.id)
    here = _here(req)
    title = tr(lang, "Alerts", "Alertes")
    if not subs:
        return Reply(
            title=title,
            text=tr(
                lang,
                f"{here.capitalize()} gets no alerts. `alerts subscribe [company]` turns them on.",
                f"{here.capitalize()} ne reçoit pas d'alertes. `alerts subscribe [entreprise]` les active.",
            ),
            command=req.command,
            lang=lang,
            extra={"subscriptions": []},
        )
    rows = []
    lines = []
    for sub in subs:
        name = subscription_name(sub, snap, lang)
        status = status_text(sub, lang)
        since = sub.created_at[:10]
        rows.append((name, status, since))
        lines.append(f"{name} — {status} ({tr(lang, 'since', 'depuis le')} {since})")
    if any(s.status == "disabled" for s in subs):
        lines += [
            "",
            tr(
                lang,
                "A disabled subscription comes back with `alerts subscribe` once the bot can post here again.",
                "Une alerte désactivée revient avec `alerts subscribe` quand le bot peut de nouveau publier ici.",
            ),
        ]
    header = (tr(lang, "Company", "Entreprise"), tr(lang, "Status", "État"), tr(lang, "Since", "Depuis"))
    return Reply(
        title=title,
        text="\n".join(lines),
        command=req.command,
        lang=lang,
        table=(header, tuple(rows)),
        extra={
            "subscriptions": [
                {
                    "id": s.id,
                    "company_id": s.company_id,
                    "status": s.status,
                    "disabled_reason": s.disabled_reason,
                }
                for s in subs
            ]
        },
    )
