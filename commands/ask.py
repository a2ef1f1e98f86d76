"""`ask <question>`: a plain question as a command, for networks where a free line cannot reach the
bot otherwise (Discord's `/ask question:`). It is answered exactly as the same line typed to the
bot: read as its canonical command (commands/questions) and answered by it."""

from __future__ import annotations

from commands.i18n import tr
from commands.registry import Param, command
from commands.services import Services
from commands.types import Reply, Request, UserError


@command(
    "ask",
    summary_en="Ask in plain French or English: “how much did Meta spend in 2025?”",
    summary_fr="Posez votre question en français ou en anglais : « combien Meta a investi en 2025 ? »",
    usage="ask <question>",
    params=(
        Param(
            "question",
            "Your question, e.g. how much did Amazon spend on capex in 2025?",
            "Votre question, ex. combien Meta a investi en 2025 ?",
            required=True,
            rest=True,
        ),
    ),
    examples=("ask combien Meta a investi en 2025 ?", "ask compare Meta and Microsoft"),
)
async def ask(req: Request, services: Services) -> Reply:
    from commands.door import Invocation, read_plain_line  # the door imports every command module

    question = req.args[0].strip() if req.args else ""
    if not question:
        raise UserError(tr(req.locale, "Ask me a question after `ask`.", "Posez une question après `ask`."))
    # the question's own language unless one was named: `ask combien Meta` typed in a terminal set
    # to English is French, as the same words without `ask` are
    inv = Invocation(
        place=req.place, line=question, user_id=req.user_id, lang=req.asked_lang, can_manage=req.can_manage
    )
    reply = await read_plain_line(inv, req.locale, services)
    assert reply is not None  # addressed and not quiet: the reader always answers
    return reply
