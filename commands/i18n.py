"""Two languages, picked per request. Strings live next to the code that uses them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

SUPPORTED = ("en", "fr")
NNBSP = "\u202f"
# a space (ordinary, no-break or missing after a closing mark) before : ; ? ! that ends a clause
_BEFORE_MARK = re.compile(r"[ \u00a0]([:;?!])(?=[\s»)\]`*\"'.,]|$)")


_GLUED_MARK = re.compile(r"(?<=[^\s\u202f:;?!/])([:;?!])(?=\s|$)")


def french_spacing(text: str) -> str:
    """French typography in our own strings: the space written before `:` `;` `?` `!` becomes a
    narrow no-break space, so the mark never starts a line. Source strings keep a visible space."""
    return _BEFORE_MARK.sub(NNBSP + r"\1", text)


def french(text: str) -> str:
    """`french_spacing`, and a narrow no-break space added where a mark ending a clause was glued
    to its word ("- Snopes: https://…" built from data) — the last pass over a French reply."""
    return _GLUED_MARK.sub(NNBSP + r"\1", french_spacing(text))


def typeset(reply: Any) -> Any:
    """A French reply with French spacing everywhere, including text that came from data (company
    notes, definitions) rather than from `tr`; English replies are returned as they are."""
    if getattr(reply, "lang", "en") != "fr":
        return reply
    return replace(
        reply,
        title=french(reply.title),
        text=french(reply.text),
        fields=tuple((french(name), french(value)) for name, value in reply.fields),
        footer=french(reply.footer),
        error=french(reply.error) if reply.error else reply.error,
    )


def tr(lang: str, en: str, fr: str) -> str:
    return french_spacing(fr) if lang == "fr" else en


def de(name: str) -> str:
    """French "of" before a name, elided before a vowel: de Meta, d'Apple, d'Oracle."""
    return f"d'{name}" if name[:1].lower() in "aeiouyéèê" else f"de {name}"


def pick_lang(*candidates: str | None) -> str:
    """First supported language among candidates ("fr-FR" counts as "fr"); English otherwise."""
    for cand in candidates:
        if cand:
            base = cand.lower().replace("_", "-").split("-")[0]
            if base in SUPPORTED:
                return base
    return "en"
