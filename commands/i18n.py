"""Two languages, picked per request. Strings live next to the code that uses them."""

from __future__ import annotations

SUPPORTED = ("en", "fr")


def tr(lang: str, en: str, fr: str) -> str:
    return fr if lang == "fr" else en


def pick_lang(*candidates: str | None) -> str:
    """First supported language among candidates ("fr-FR" counts as "fr"); English otherwise."""
    for cand in candidates:
        if cand:
            base = cand.lower().replace("_", "-").split("-")[0]
            if base in SUPPORTED:
                return base
    return "en"
