"""`hoax <text>` (the explicit check: always answers, see replies.py) and `hoax watch on|off|status`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commands.hoax.replies import answer_reply, flag_reply
from commands.hoax.watch import checker_for, default_threshold
from commands.i18n import tr
from commands.registry import Param, command
from commands.types import Reply, Request, UserError

if TYPE_CHECKING:
    from commands.services import Services

@command(
    "hoax",
    summary_en="Check a message against known tech hoaxes (WhatsApp becomes paid, copyright notices…)",
    summary_fr="Vérifier un message parmi les canulars tech connus (WhatsApp payant, mentions légales…)",
    usage="hoax <message text>",
    params=(
        Param(
            "text",
            "The message to check (paste it whole)",
            "Le message à vérifier (collez-le en entier)",
            required=True,
            rest=True,
        ),
    ),
    examples=("hoax WhatsApp va devenir payant, transférez à 10 contacts", "hoax watch on"),
    max_input_chars=20_000,
)
async def hoax_check(req: Request, services: Services) -> Reply:
    lang = req.locale
    text = req.args[0] if req.args else ""
    if text.lower().startswith("check "):
        text = text[6:]
    if not text.strip():
        raise UserError(
            tr(
                lang, "Paste the message to check after `hoax`.", "Collez le message à vérifier après `hoax`."
            ),
            ("hoax WhatsApp va devenir payant",),
        )
    checker = await checker_for(services)
    answer = checker.check(text, default_threshold(services))
    if answer.flagged:
        return flag_reply(answer, lang, short=False)
    return answer_reply(answer, lang)


@command(
    "hoax watch",
    summary_en="Turn hoax watch mode on or off in this channel (⚠️ on known hoaxes, once per 10 min per claim)",
    summary_fr="Activer ou couper la veille anti-canulars dans ce salon (⚠️, une fois par 10 min par canular)",
    usage="hoax watch on|off|status [threshold 0-1]",
    params=(
        Param(
            "mode", "on, off or status", "on, off ou status", required=True, choices=("on", "off", "status")
        ),
        Param(
            "threshold", "Score needed to flag (default 0.5)", "Score requis pour signaler (0,5 par défaut)"
        ),
    ),
    needs_manage=True,
)
async def hoax_watch(req: Request, services: Services) -> Reply:
    lang = req.locale
    mode = (req.args[0] if req.args else "status").lower()
    if mode not in ("on", "off", "status"):
        raise UserError(
            tr(
                lang,
                "Use `hoax watch on`, `off` or `status`.",
                "Utilisez `hoax watch on`, `off` ou `status`.",
            )
        )
    place = req.place
    if mode == "on" and place.platform in ("terminal", "cli"):
        # every terminal line is read as a command or a question: there is no overheard chat to watch
        raise UserError(
            tr(
                lang,
                "Hoax watch is for chat rooms: in the terminal every line is read as a command. "
                "Check a message with `hoax <text>`.",
                "La veille anti-canulars est faite pour les salons : dans le terminal chaque ligne est "
                "lue comme une commande. Vérifiez un message avec `hoax <texte>`.",
            )
        )
    if mode == "status":
        return await _watch_status(req, services)
    threshold = _threshold(req) if len(req.args) > 1 else None
    on = mode == "on"
    await services.storage.hoax.set_watch(
        place.platform, place.id, on, by=req.user_id, now=services.now(), threshold=threshold
    )
    if not on:
        return _watch_reply(lang, on, tr(lang, "Hoax watch is off.", "Veille anti-canulars coupée."))
    thr = threshold or default_threshold(services)
    text = tr(
        lang,
        f"Hoax watch is on. On a likely hoax (score ≥ {thr:.2f}) I react ⚠️ and reply once with the "
        "fact-check, at most once per claim every 10 minutes. I never delete or edit messages.",
        f"Veille anti-canulars activée. Sur un canular probable (score ≥ {thr:.2f}), je réagis ⚠️ et "
        "réponds une fois avec la vérification, au plus une fois par canular toutes les 10 minutes. "
        "Je ne supprime ni ne modifie jamais de message.",
    )
    return _watch_reply(lang, on, text)


async def _watch_status(req: Request, services: Services) -> Reply:
    lang = req.locale
    state = await services.storage.hoax.watch_state(req.place.platform, req.place.id)
    if not (state and state.enabled):
        off = tr(lang, "Hoax watch is off here.", "La veille anti-canulars est coupée ici.")
        return _watch_reply(lang, False, off)
    thr = state.threshold or default_threshold(services)
    text = tr(
        lang,
        f"Hoax watch is on here (threshold {thr:.2f}).",
        f"La veille anti-canulars est active ici (seuil {thr:.2f}).",
    )
    return _watch_reply(lang, True, text)


def _threshold(req: Request) -> float:
    """The optional second word: a score in (0, 1], a French decimal comma accepted."""
    try:
        threshold = float(req.args[1].replace(",", "."))
    except ValueError:
        threshold = -1.0
    if not 0 < threshold <= 1:
        raise UserError(
            tr(
                req.locale,
                "The threshold is a number between 0 and 1, e.g. 0.6.",
                "Le seuil est un nombre entre 0 et 1, par ex. 0,6.",
            )
        )
    return threshold


def _watch_reply(lang: str, on: bool, text: str) -> Reply:
    return Reply(
        title=tr(lang, "Hoax watch", "Veille anti-canulars"),
        text=text,
        command="hoax watch",
        lang=lang,
        extra={"watch": on},
    )
