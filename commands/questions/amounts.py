"""Dollar amounts as people write them: "$72 billion", "200 milliards", "$19.4B", "37,5 Md$".

Also how precisely they were written, which sets the claim-check tolerance: "72 milliards" is a
figure rounded to the billion, "$19.4B" to the hundred million.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "t": 1e12, "bn$": 1e12, "mille milliards": 1e12,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "milliard": 1e9,
    "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "md$": 1e9,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "m$": 1e6,
}
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_AMOUNT = re.compile(
    r"(?<![\w.,])(?P<cur>(?:us ?)?\$|usd ?)?\s?(?P<num>\d{1,4}(?:[.,]\d{1,3})?)\s?"
    r"(?P<unit>" + _UNIT + r")(?![a-z])(?:\s?(?:de |d )?(?:dollars?|usd|\$))?"
)
_HEDGES = ("about", "around", "roughly", "approximately", "nearly", "almost", "some", "environ",
           "pres de", "quasiment", "presque", "autour de", "~", "plus de", "more than", "over")


@dataclass(frozen=True)
class Amount:
    usd: float
    text: str  # as written, for quoting back
    step: float  # the rounding unit the writer used ("72 milliards": 1e9, "19.4B": 1e8)
    hedged: bool  # "about", "environ": a looser tolerance
    start: int = 0  # where it was found in the folded line
    end: int = 0


def find_amount(folded: str) -> Amount | None:
    """The first dollar amount with a scale word in a folded line, or None.

    A bare number ("2025", "72") is never an amount: a scale word (billion, Md, B…) is required.
    A comma followed by exactly three digits is a thousands separator, otherwise a decimal comma.
    """
    for match in _AMOUNT.finditer(folded):
        num = match.group("num")
        unit = match.group("unit")
        if unit in ("t", "m") and not match.group("cur"):
            continue  # "3 m", "4 t" without a currency sign are not amounts
        int_part, _, frac = num.replace(",", ".").partition(".")
        if "," in num and len(frac) == 3:
            int_part, frac = int_part + frac, ""
        scale = _UNITS[unit]
        value = float(f"{int_part}.{frac}" if frac else int_part) * scale
        step = scale / (10 ** len(frac))
        before = folded[max(0, match.start() - 16) : match.start()]
        hedged = any(h in before for h in _HEDGES)
        return Amount(value, match.group(0).strip(), step, hedged, match.start(), match.end())
    return None


def strip_amount(folded: str) -> str:
    """The line without its dollar amounts (so "200 milliards" is not read as a year or a word)."""
    return _AMOUNT.sub(" ", folded)
