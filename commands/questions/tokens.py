"""Folding a chat line into comparable words: case, accents, apostrophes, possessives.

Everything the reader matches (keywords, company names, period phrases) is written in this
folded form, so "Dépensé", "depense" and "DÉPENSÉ" are one word and "qu'Amazon" yields "amazon".
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u00b4`]")
_POSSESSIVE = re.compile(r"(?<=[a-z0-9])'s\b")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, accents stripped, typographic apostrophes made plain; punctuation kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _POSSESSIVE.sub("", _APOSTROPHES.sub("'", plain))


def words(folded: str) -> list[str]:
    """Alphanumeric runs of a folded line: "qu'amazon a-t-il" -> ["qu", "amazon", "a", "t", "il"]."""
    return _WORD.findall(folded)


def joined(tokens: list[str]) -> str:
    """Tokens as one space-padded string, so phrases match on word boundaries with `in`."""
    return " " + " ".join(tokens) + " "


def has_phrase(text: str, phrases: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether the padded token string contains any of the (folded, space-separated) phrases."""
    return any(f" {p} " in text for p in phrases)
