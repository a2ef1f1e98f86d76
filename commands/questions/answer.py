"""A plain question answered as its canonical command, plus how it was read and a claim check.

The reply is the canonical command's own reply (so a question never gets a different answer
than the command would), with "Read as: capex meta 2025" ("Compris : …") in front, a note for a
typo read as a company, and — when the line states a figure — the check against stored figures.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from commands import figures_view as fv
from commands.i18n import tr
from commands.questions import lexicon as lx
from commands.questions.claims import ClaimCheck, check_claim, claim_text
from commands.questions.companies import index_for
from commands.questions.reader import Reading, hoax_claim, read
from commands.questions.service import latest_quarter_of
from commands.questions.tokens import fold, has_phrase, joined, words
from commands.services import Services
from commands.text import inert
from commands.types import Reply
from storage.catalog import Snapshot

if TYPE_CHECKING:
    from commands.door import Invocation
    from commands.registry import CommandSpec

RunLine = Callable[[str, str], Awaitable[Reply]]  # (canonical command line, lang) -> its reply
ErrorReply = Callable[..., Reply]


async def read_line(line: str, services: Services) -> tuple[Reading, Snapshot]:
    snap = await services.storage.catalog.snapshot()
    reading = read(line, index_for(snap), services.now().date(), latest_quarter_of(snap))
    return reading, snap


async def answer_question(
    line: str, services: Services, lang: str | None, run: RunLine, error: ErrorReply
) -> Reply:
    """Read `line` and answer it; `lang` is a language the user asked for (else the detected one)."""
    reading, snap = await read_line(line, services)
    if await _is_hoax_question(reading, line, services):
        # the claim with its question mark (`hoax_claim`): the checker reads it as the question it is
        reading = replace(reading, intent="hoax", hoax_text=inert(hoax_claim(line)), companies=())  # never echo a mention
    return await answer_reading(reading, snap, lang or reading.lang, run, error)


async def _is_hoax_question(reading: Reading, line: str, services: Services) -> bool:
    """An off-topic reading, or a company read without any capex word, figure or period ("c vrai le
    truc Goodbye Meta AI ?", "WhatsApp Gold c'est une vraie appli ?"), that asks about a known claim."""
    if reading.intent == "offtopic":
        return await _about_a_known_claim(line, services)
    if reading.intent not in ("capex", "compare") or reading.claim is not None or reading.period is not None:
        return False
    text = joined(words(fold(line)))
    if has_phrase(text, lx.CAPEX) or has_phrase(text, lx.SPEND) or has_phrase(text, lx.GUIDANCE):
        return False
    return await _about_a_known_claim(line, services, hoax_only=True)


async def _about_a_known_claim(line: str, services: Services, *, hoax_only: bool = False) -> bool:
    """A question the reader's words do not mark as a fact check ("my nan says send it to 10 groups
    and the logo turns blue, is that a thing?", "Zuckerberg donne de l'argent à ceux qui partagent
    son post ?") is still about a claim the hoax checker knows: it is answered as `hoax …` rather than
    refused. Only a question, and only when the checker names a claim or a true story — or a known
    hoax pasted to the bot itself (a chain letter sent to it, not overheard): whoever forwards one to
    the bot wants to know what it is, and "try `help`" would be no answer."""
    from commands.hoax.stance import ASKS  # the hoax package is loaded on first use
    from commands.hoax.watch import checker_for

    if len({w for w in words(fold(line)) if len(w) > 2 and w.isalpha()}) < 4:  # "@everyone ?": too little for a claim
        return False
    answer = (await checker_for(services)).check(line)
    known = answer.entry is not None if hoax_only else (answer.entry is not None or answer.truth is not None)
    if answer.flagged and answer.entry is not None:
        return True
    return answer.stance == ASKS and not answer.flagged and known


async def answer_reading(reading: Reading, snap: Snapshot, lang: str, run: RunLine, error: ErrorReply) -> Reply:
    understood = reading.understood
    if reading.intent == "ambiguous":
        names = tr(lang, " or ", " ou ").join(reading.suggestions)
        word = reading.unsure[0]
        return error(
            tr(lang, f"Which company is “{word}”: {names}?", f"Quelle entreprise est « {word} » : {names} ?"),
            lang,
            suggestions=reading.suggestions,
        )
    if understood is None:
        return _refusal(reading, snap, lang, error)
    reply = await run(understood, lang)
    claim = None
    if reading.claim is not None and reading.intent == "capex" and reading.companies:
        company = snap.companies[reading.companies[0]]
        claim = check_claim(snap, company, reading.period, reading.claim)
    return decorate(reply, reading, understood, lang, claim, snap)


async def reread_failed_command(
    inv: Invocation, spec: CommandSpec, remainder: str, services: Services, run: RunLine, error: ErrorReply
) -> Reply | None:
    """`capex Meta 2025 ?`, `capex meta guidance`, `capex mircosoft`: a typed command that failed but
    reads cleanly as a question for the same command (every word known, a company when one was
    typed) is answered that way; otherwise (`capex zzz`, `capex meta Q7 2020`) None."""
    reading, snap = await read_line(inv.line.strip().lstrip("/!"), services)
    family = {"capex": "capex", "capex top": "top", "capex compare": "compare", "capex chart": "chart"}
    if reading.intent != family.get(spec.name) or reading.leftover or reading.understood is None:
        return None
    if remainder and spec.name != "capex top" and not reading.companies:
        return None
    if reading.understood.lower() == " ".join(inv.line.lower().lstrip("/!").split()):
        return None
    return await answer_reading(reading, snap, inv.lang or services.default_lang, run, error)


def _refusal(reading: Reading, snap: Snapshot, lang: str, error: ErrorReply) -> Reply:
    if reading.intent == "not_capex":
        company = snap.companies.get(reading.companies[0]) if reading.companies else None
        example = f"capex {company.id}" if company else "capex meta"
        return error(
            tr(
                lang,
                f"I only know capex (capital expenditure), not revenue, profits or share prices. "
                f"Try `{example}` or `help`.",
                f"Je ne connais que les investissements (capex), pas le chiffre d'affaires, les bénéfices "
                f"ni le cours de bourse. Essayez `{example}` ou `help`.",
            ),
            lang,
            suggestions=(example,),
        )
    return error(
        tr(
            lang,
            "I answer questions about Big Tech capex and known hoaxes — try `help`.",
            "Je réponds aux questions sur les investissements des géants de la tech et sur les canulars "
            "connus — essayez `help`.",
        ),
        lang,
        suggestions=("help",),
    )


def read_as(understood: str, reading: Reading, snap: Snapshot, lang: str) -> tuple[str, str]:
    """("Read as", "capex microsoft (read “mircosoft” as Microsoft)") in the reply's language; what
    was understood quotes the user's words, so their "@everyone" stays text, never a mention."""
    notes = [
        tr(lang, f"read “{typed}” as {snap.companies[cid].name}", f"« {typed} » lu comme {snap.companies[cid].name}")
        for typed, cid in reading.typos
        if cid in snap.companies
    ]
    return tr(lang, "Read as", "Compris"), inert(understood) + (f" ({'; '.join(notes)})" if notes else "")


def decorate(
    reply: Reply, reading: Reading, understood: str, lang: str, claim: ClaimCheck | None, snap: Snapshot
) -> Reply:
    """The canonical reply with the reading on top and the claim check below, in every rendering."""
    label, value = read_as(understood, reading, snap, lang)
    head = f"{label}{tr(lang, ':', ' :')} {value}"
    text = f"{head}\n\n{reply.text}"
    fields = reply.fields
    extra = {**reply.extra, "understood": understood}
    figures = reply.figures
    if claim is not None:
        check = claim_text(claim, lang)
        text += f"\n\n{check}"
        extra["claim_check"] = claim.to_json()
        figures += tuple(out for out in (fv.to_out(f, snap, lang) for f in claim.figures) if out not in figures)
        if fields:
            fields = (*fields, (tr(lang, "Claim check", "Vérification"), check))
    if fields:
        fields = ((label, value), *fields)
        footer = reply.footer
    else:
        footer = f"{head} · {reply.footer}" if reply.footer else head
    error = f"{head}. {reply.error}" if reply.error else None
    return replace(reply, text=text, fields=fields, figures=figures, footer=footer, extra=extra, error=error)
