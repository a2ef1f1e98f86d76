"""The "more" affordance of a short reply, in words every network can use.

A short answer (`capex meta`) sets `Reply.more` to the canonical command of its detail view
(`capex meta details`). Each adapter renders that its own way: a button on Discord, "reply “more”"
on Matrix, a hint line to type on the terminal and in `ask`. This module holds what they share: the
hint line, and which words a reply asking for more may be.
"""

from __future__ import annotations

import re
import unicodedata

from commands.i18n import tr
from commands.types import CommandStyle

# "more", "plus", "détails", "plus de détails", "more details", "la suite", "+" …
MORE_WORDS = frozenset({"more", "details", "detail", "plus", "suite", "la suite", "+", "en savoir plus"})
_FILLER = re.compile(r"\b(?:please|pls|stp|svp|s'il te plait|s'il vous plait|de|des|the|in|en)\b")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def asks_for_more(text: str) -> bool:
    """Whether a short message is a request for the details ("more", "plus de détails !", "Details?")."""
    words = _FILLER.sub(" ", re.sub(r"[^\w+' ]", " ", _fold(text)))
    words = " ".join(words.split())
    if not words or len(words) > 40:
        return False
    return words in MORE_WORDS or all(w in MORE_WORDS for w in words.split())


def spelled(more: str, lang: str) -> str:
    """The detail command as the user would type it: `capex meta details` / `capex meta détails`."""
    return re.sub(r"\bdetails$", "détails", more) if lang == "fr" else more


def hint(more: str, lang: str, style: CommandStyle | None = None) -> str:
    """The line a network without buttons adds under a short answer: "More: `capex meta details`"."""
    line = (style or CommandStyle()).spell(spelled(more, lang), "capex")
    return tr(lang, f"More: `{line}`", f"Plus : `{line}`")
