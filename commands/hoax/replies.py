"""Replies for the two modes: a short flag in watch mode, and the explicit check's answer.

The explicit check always answers the question that was asked: the claim, its verdict, since when
it circulates, the fact-check articles (never a fact-checker's home page) and what is true nearby,
each with its source and date — or, for an unknown claim, "I don't know this one" and where to
check. `extra["hoax"]` is the `"hoax"` object of `ask --json` (see `check.Answer.to_json`).
"""

from __future__ import annotations

from typing import Any

from commands.hoax.answer import Answer
from commands.hoax.chain_letter import CHAIN_LETTER_ID
from commands.hoax.matcher import FiredCue
from commands.i18n import tr
from commands.types import React, Reply

FLAG_EMOJI = "\u26a0\ufe0f"
# where to check a claim we do not know (search pages, not articles: nothing to link yet)
WHERE_TO_CHECK = (
    ("AFP Factuel", "https://factuel.afp.com/"),
    ("Les Décodeurs", "https://www.lemonde.fr/les-decodeurs/"),
    ("Snopes", "https://www.snopes.com/"),
    ("Google Fact Check Explorer", "https://toolbox.google.com/factcheck/explorer"),
)
_KIND_FR = {"platform": "plateforme", "core": "affirmation", "hallmark": "détail typique",
            "chain": "chaîne", "counter": "contre-indice", "statement": "énoncé proche"}
_VERDICT = {
    "false": ("False", "Faux"), "misleading": ("Misleading", "Trompeur"), "true": ("True", "Vrai"),
    "mixed": ("Partly true", "En partie vrai"), "unproven": ("Unproven", "Non prouvé"),
}


def cue_texts(answer: Answer, lang: str) -> list[str]:
    cues = list(answer.cue_result.cues)
    if answer.chain_letter:  # what it saw; the family cues of a claim it did not match say nothing
        cues = [c for c in cues if c.kind == "chain"] or [
            FiredCue("chain", tr(lang, "asks to be passed on", "demande à être transféré"), 0.0)]
    elif answer.flagged and not cues:
        label = tr(lang, "close to a known claim statement", "proche d'un énoncé connu de l'affirmation")
        cues = [FiredCue("statement", label, answer.score)]
    return [
        f"{_KIND_FR.get(c.kind, c.kind) if lang == 'fr' else c.kind}: {c.label} ({c.points:+.1f})" for c in cues
    ]


def _extra(answer: Answer, lang: str) -> dict[str, Any]:
    return {"hoax": answer.to_json(lang, cue_texts(answer, lang))}


def flag_reply(answer: Answer, lang: str, *, short: bool) -> Reply:
    """The Reply for a flagged message (short = watch mode) or a flagged `hoax` check."""
    e = answer.entry
    if e is None:
        return _chain_letter_reply(answer, lang, short=short)
    claim = e.claim.get(lang) or e.claim["en"]
    explanation = e.explanation.get(lang) or e.explanation["en"]
    verdict = e.verdict.get(lang) or e.verdict["en"]
    links = tuple(e.links[: 2 if short else 5])
    cues = cue_texts(answer, lang)
    # No emoji in the title: front ends add the severity icon (Matrix printed "⚠️ ⚠️" before).
    title = tr(lang, "Likely hoax", "Probablement un canular")
    if short:
        first = explanation.split(". ")[0].rstrip(".") + "."
        off = tr(lang, "(hoax watch: `hoax watch off` stops these notes)", "(veille hoax : `hoax watch off` pour arrêter)")
        text = f"{FLAG_EMOJI} {title}: {claim}\n{verdict}. {first}\n" + "\n".join(f"{n}: {u}" for n, u in links) + f"\n{off}"
    else:
        text = (
            f"{FLAG_EMOJI} Score: {answer.score:.2f}\n"
            f"{tr(lang, 'Claim', 'Affirmation')}: {claim}\n{tr(lang, 'Verdict', 'Verdict')}: {verdict}\n\n"
            f"{explanation}\n\n{tr(lang, 'Fact-checks', 'Vérifications')}:\n"
            + "\n".join(f"- {n}: {u}" for n, u in links)
            + _related_text(answer, lang)
            + f"\n\n{tr(lang, 'Cues', 'Indices')}: "
            + "; ".join(cues)
        )
    fields: tuple[tuple[str, str], ...] = (
        (tr(lang, "Claim", "Affirmation"), claim),
        (tr(lang, "Verdict", "Verdict"), verdict),
        (tr(lang, "Cues", "Indices"), "\n".join(cues[:12])),
    )
    return Reply(
        title=title,
        text=text,
        command="hoax",
        lang=lang,  # type: ignore[arg-type]
        fields=fields if not short else fields[:2],
        links=links,
        footer=tr(lang, f"Catalogue entry {e.id}", f"Fiche du catalogue {e.id}"),
        severity="warning",
        effects=(React(FLAG_EMOJI),),
        extra=_extra(answer, lang),
    )


def _chain_letter_reply(answer: Answer, lang: str, *, short: bool) -> Reply:
    """A flag without a family (`chain_letter.py`): no debunk to link, so it says what it saw and
    where to check, and names the nearest known claim when there is one."""
    title = tr(lang, "Likely hoax: a chain letter", "Probablement un canular : une chaîne")
    why = tr(
        lang,
        "This message asks to be passed on to everyone, as chain letters do. I don't know its claim: "
        "check it before forwarding it.",
        "Ce message demande à être transféré à tout le monde, comme les chaînes. Je ne connais pas son "
        "affirmation : vérifiez-la avant de la transférer.",
    )
    links = WHERE_TO_CHECK[: 2 if short else 4]
    cues = cue_texts(answer, lang)
    where = "\n".join(f"{n}: {u}" for n, u in links) if short else "\n".join(f"- {n}: {u}" for n, u in links)
    if short:
        off = tr(lang, "(hoax watch: `hoax watch off` stops these notes)", "(veille hoax : `hoax watch off` pour arrêter)")
        text = f"{FLAG_EMOJI} {title}\n{why}\n{where}\n{off}"
    else:
        text = (f"{FLAG_EMOJI} {why}\n{where}" + _related_text(answer, lang)
                + f"\n\n{tr(lang, 'Cues', 'Indices')}: " + "; ".join(cues))
    return Reply(
        title=title, text=text, command="hoax", lang=lang,  # type: ignore[arg-type]
        fields=((tr(lang, "Verdict", "Verdict"), tr(lang, "Unknown claim, chain-letter form", "Affirmation inconnue, forme de chaîne")),),
        links=links, footer=CHAIN_LETTER_ID, severity="warning", effects=(React(FLAG_EMOJI),),
        extra=_extra(answer, lang),
    )


def _related_text(answer: Answer, lang: str) -> str:
    lines = []
    shown = answer.truth.id if answer.truth is not None and answer.entry is None else None  # the answer's own claim
    for r in answer.related:
        if r["id"] == shown:
            continue
        v = _VERDICT.get(r["verdict"], (r["verdict"], r["verdict"]))[lang == "fr"]
        date = r.get("date")
        if not r.get("url"):
            src = ""
        elif date and r["verdict"] != "true":  # a hoax's date is when it began circulating, not its source's
            src = f" ({r['source']}: {r['url']}; {tr(lang, 'circulating since', 'circule depuis')} {date})"
        else:
            src = f" ({r['source']}{', ' + date if date else ''}: {r['url']})"
        lines.append(f"- {v}: {r['claim']}{src}")
    head = ""
    close = sum(1 for r in answer.related if r.get("close") and r["id"] != shown)  # `_related` puts them first
    if close:
        head = "\n\n" + tr(lang, "If you meant another one", "Si vous parliez d'une autre") + ":\n" + "\n".join(lines[:close])
        lines = lines[close:]
    if not lines:
        return head
    return head + "\n\n" + tr(lang, "Nearby, with sources", "À côté, avec les sources") + ":\n" + "\n".join(lines)


def answer_reply(answer: Answer, lang: str) -> Reply:
    """The explicit check's answer for a text that is not flagged: a question, a debunk, true
    news, or something we do not know."""
    if answer.entry is None and answer.truth is None:
        title = tr(lang, "I don't know this one", "Je ne connais pas celle-ci")
        text = tr(
            lang,
            "I don't know this one: it matches no claim in my catalogue. That says nothing about whether it is "
            "true. Where to check:",
            "Je ne connais pas celle-ci : elle ne correspond à aucune affirmation de mon catalogue, ce qui ne dit "
            "pas si elle est vraie. Où vérifier :",
        ) + "\n" + "\n".join(f"- {n}: {u}" for n, u in WHERE_TO_CHECK)
        return Reply(title=title, text=text, command="hoax", lang=lang,  # type: ignore[arg-type]
                     links=WHERE_TO_CHECK, extra=_extra(answer, lang))
    claim = answer.matched_claim(lang) or ""
    verdict = _VERDICT.get(answer.verdict or "", ("Unknown", "Inconnu"))[lang == "fr"]
    lines = [f"{tr(lang, 'Claim', 'Affirmation')}: {claim}", f"{tr(lang, 'Verdict', 'Verdict')}: {verdict}"]
    links: tuple[tuple[str, str], ...] = ()
    e = answer.entry
    if e is not None:
        if e.became_true:
            lines.append(tr(lang, f"True news since {e.became_true['date']}", f"Vrai depuis le {e.became_true['date']}"))
        elif e.first_seen:
            lines.append(tr(lang, f"Circulating since {e.first_seen}", f"Circule depuis {e.first_seen}"))
        lines.append(e.explanation.get(lang) or e.explanation["en"])
        links = tuple(e.links[:4])
        lines.append(tr(lang, "Fact-checks", "Vérifications") + ":\n" + "\n".join(f"- {n}: {u}" for n, u in links))
    elif answer.truth is not None:
        t = answer.truth
        lines.append(f"{tr(lang, 'Source', 'Source')}: {t.source}, {t.date}: {t.url}")
        links = ((t.source, t.url),)
    title = {
        "asks": tr(lang, "What is known about this claim", "Ce que l'on sait de cette affirmation"),
        "denies": tr(lang, "Right: this is a known hoax", "En effet : c'est un canular connu"),
        "reports": tr(lang, "This is real news", "C'est une vraie information"),
        "advises": tr(lang, "Good advice: this is a known scam", "Bon conseil : c'est une arnaque connue"),
    }.get(answer.stance, tr(lang, "What is known about this claim", "Ce que l'on sait de cette affirmation"))
    if answer.stance == "denies" and answer.verdict not in ("false", "misleading"):
        title = tr(lang, "What is known about this claim", "Ce que l'on sait de cette affirmation")
    text = "\n".join(lines) + _related_text(answer, lang)  # the title is not repeated (Reply.text)
    return Reply(title=title, text=text, command="hoax", lang=lang,  # type: ignore[arg-type]
                 fields=((tr(lang, "Claim", "Affirmation"), claim), (tr(lang, "Verdict", "Verdict"), verdict)),
                 links=links, footer=tr(lang, f"Catalogue entry {e.id}", f"Fiche du catalogue {e.id}") if e else "",
                 extra=_extra(answer, lang))
