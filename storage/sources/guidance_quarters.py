"""Per-quarter capex outlooks for the rest of the fiscal year, as CFOs state them on the call or in
the release: "we expect quarterly CapEx for the remainder of the year to be roughly at or above the
Q1 CapEx of $12 billion", "we expect that amount [$31.4 billion] to be reasonably representative of
our quarterly investment rate for the remainder of the year". One level, said once, is the outlook
of each quarter still ahead; the quarters are counted from the quarter the release reports."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from storage.fiscal_calendar import fiscal_quarter_of
from storage.sources.guidance_context import OTHER_COMPANY, PARTIAL, analysts_figure
from storage.sources.guidance_text import CAPEX, NUM, UNIT, amounts

_PER_QUARTER = re.compile(r"\b(?:quarterly|per\s+quarter|each\s+quarter|a\s+quarter)\b", re.I)
_REST_OF_YEAR = re.compile(
    r"\b(?:(?:rest|remainder|balance)\s+of\s+(?:the\s+|this\s+)?(?:fiscal\s+)?(?:year|20\d\d)|"
    r"second\s+half\s+of\s+(?:the\s+|this\s+)?year|throughout\s+the\s+year)\b",
    re.I,
)
_SPENDING = re.compile(r"\b(?:capex|capital\s+expenditures?|spending|investment|amount|level)\b", re.I)
_THAT_AMOUNT = re.compile(r"\b(?:that|this)\s+(?:amount|level|rate|pace)\b", re.I)
_AT_LEAST = re.compile(r"\b(?:at\s+or\s+above|at\s+least|or\s+(?:more|higher))\b", re.I)


def rest_of_year_quarters(clause: str, sentence: str, filed: date, fye: str) -> list[tuple[str, int, str]]:
    """(period, amount, qualifier) for each fiscal quarter after the reported one, when the clause
    states one quarterly capex level for the rest of the year; [] otherwise (the caller checks the
    clause looks ahead). The level is the one amount said with the rest of the year ("the tech
    giant's capex totaled $13 billion, and its spending for the rest of 2024 is expected to reach
    about $12 billion quarterly"), or the sentence's one amount the clause points back to ("Cash
    CapEx was $31.4 billion in Q2, and we expect that amount to be … representative")."""
    rest = _REST_OF_YEAR.search(clause)
    if rest is None or not (_PER_QUARTER.search(clause) and CAPEX.search(sentence) and _SPENDING.search(clause)):
        return []
    if PARTIAL.search(sentence) or OTHER_COMPANY.search(sentence) or analysts_figure(sentence):
        return []
    found = amounts(clause)
    if len(found) > 1:
        found = [a for a in found if a[0] > rest.start()]
    if not found and _THAT_AMOUNT.search(clause):
        found = amounts(sentence)
    if len(found) != 1 or found[0][3] is not None:  # one level, not a range or a second figure
        return []
    year, reported = fiscal_quarter_of(filed - timedelta(days=40), fye)  # inside the reported quarter
    qualifier = "at least" if _AT_LEAST.search(clause) else "approximately"
    return [(f"Q{q}-{year}", found[0][2], qualifier) for q in range(reported + 1, 5)]


# "$75 billion in capex in 2025, approximately $16 to $18 billion of that in the first quarter": the
# quarter's own outlook inside the year's
_QUARTER_SHARE = re.compile(
    rf",\s+(?:with\s+)?(?P<qual>(?:approximately|about|roughly)\s+)?(?P<amount>\$\s?{NUM}\s*(?:{UNIT})?(?:\s*(?:-|–|to)\s*\$?\s?{NUM})?\s*{UNIT})"
    r"\s+(?:of\s+(?:that|which|this)\s+)?(?:in|for|during)\s+the\s+(?P<nth>first|second|third|fourth)\s+quarter\b(?!\s+of)",
    re.I,
)


def quarter_share(clause: str, year: Any, filed: date, fye: str, read: Callable[[str, date, str], Any]) -> Any:
    """The quarter's outlook stated inside `year` (a numeric FY Guidance), read by `read` (the
    outlook reader) from the sentence the company would have said for it alone."""
    m = _QUARTER_SHARE.search(clause)
    if m is None or year is None or not year.numeric or not (year.period or "").startswith("FY"):
        return None
    said = f"We expect capital expenditures of {m['qual'] or ''}{m['amount']} in the {m['nth']} quarter of fiscal {year.period[2:]}."
    return read(said, filed, fye)
