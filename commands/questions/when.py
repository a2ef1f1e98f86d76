"""Period phrases in questions: "Q3 2025", "3e trimestre", "T3", "l'an dernier", "next year",
"so far in 2026", "année civile 2025", "fiscal 2025", "since 2020".

Works on the padded folded token string (tokens.joined). Relative phrases are resolved against
`today`; a quarter without a year is the most recent one of that number that has ended in the
company's fiscal calendar; "last quarter" is the latest quarter the company has reported (left to
the caller, which knows the stored figures).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_YEAR = r"(\d{4}|\d{2})"
_ORDINALS = {
    "first": 1, "1st": 1, "premier": 1, "1er": 1, "1e": 1, "1re": 1, "1ere": 1,
    "second": 2, "2nd": 2, "deuxieme": 2, "2e": 2, "2eme": 2, "2d": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3,
    "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4, "4eme": 4,
}
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_FISCAL = r"(?:(?:its |their |son |leur )?(?:fiscal |exercice |de l exercice |fy ?)?)"
# (pattern, kind); kinds: CY, Q, QY (year first), QO (ordinal), LQ (latest quarter), FY, REL
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), k)
    for p, k in (
        (r" (?:cy ?|calend[ae]r (?:year )?|l annee civile |annee civile |civil )" + _YEAR + " ", "CY"),
        (r" [qt]([1-4]) (?:of )?(?:fy ?|fiscal )?" + _YEAR + " ", "Q"),
        (r" [qt]([1-4]) ?fy ?" + _YEAR + " ", "Q"),
        (r" (\d{4}) ?[qt]([1-4]) ", "QY"),
        (r" (?:the |le |au |du )?(" + _ORD + r") (?:fiscal )?(?:quarter|trimestre)"
         r"(?: (?:of|de|du|in|en|for|pour))?(?: " + _FISCAL + _YEAR + ")? ", "QO"),
        (r" (?:the )?(?:last|latest|most recent|previous|past|recent) (?:reported )?quarter"
         r"| (?:au |le |du )?(?:dernier trimestre|trimestre dernier|trimestre passe) ", "LQ"),
        (r" (?:fy ?|fiscal (?:year )?|l exercice (?:fiscal )?|exercice (?:fiscal )?)" + _YEAR + " ", "FY"),
        (r" [qt]([1-4]) ", "Q1"),
    )
)
_SINCE = re.compile(r" (?:since|from|depuis|des|starting) (\d{4}) ")
_RELATIVE = (
    (-1, ("last year", "past year", "previous year", "l an dernier", "l an passe", "l annee derniere",
          "l annee passee", "an dernier", "annee derniere")),
    (0, ("this year", "so far this year", "year to date", "ytd", "cette annee", "l annee en cours",
         "depuis le debut de l annee", "current year", "en ce moment")),
    (1, ("next year", "coming year", "l an prochain", "l annee prochaine", "annee prochaine",
         "an prochain")),
)
_BARE_YEAR = re.compile(r" ((?:19[89]|20[0-4])\d) ")


@dataclass(frozen=True)
class When:
    """A period as asked: kind FY | CY | Q, or LQ (latest reported quarter, resolved by the caller)."""

    kind: str
    year: int | None = None
    quarter: int | None = None
    phrase: str = ""


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if value < 100 else value


def find_since(text: str) -> tuple[int | None, str]:
    """("since 2020" year, text without it)."""
    match = _SINCE.search(text)
    if not match:
        return None, text
    return int(match.group(1)), text[: match.start()] + " " + text[match.end() :]


def find_when(text: str) -> tuple[When | None, str]:
    """The first period phrase in the padded token string, and the string without it."""
    for pattern, kind in _PATTERNS:
        match = pattern.search(text)
        if match:
            return _when(kind, match), text[: match.start()] + " " + text[match.end() :]
    for offset, phrases in _RELATIVE:
        for phrase in phrases:
            at = text.find(f" {phrase} ")
            if at >= 0:
                rest = text[:at] + " " + text[at + len(phrase) + 2 :]
                return When("REL", offset, None, phrase), rest
    match = _BARE_YEAR.search(text)
    if match:
        return When("FY", int(match.group(1)), None, match.group(1)), text[: match.start()] + " " + text[
            match.end() :
        ]
    return None, text


def _when(kind: str, match: re.Match[str]) -> When:
    phrase = match.group(0).strip()
    if kind == "CY":
        return When("CY", _year(match.group(1)), None, phrase)
    if kind == "Q":
        return When("Q", _year(match.group(2)), int(match.group(1)), phrase)
    if kind == "QY":
        return When("Q", int(match.group(1)), int(match.group(2)), phrase)
    if kind == "QO":
        year = _year(match.group(2)) if match.group(2) else None
        return When("Q", year, _ORDINALS[match.group(1)], phrase)
    if kind == "Q1":
        return When("Q", None, int(match.group(1)), phrase)
    if kind == "LQ":
        return When("LQ", None, None, phrase)
    return When("FY", _year(match.group(1)), None, phrase)


def resolve(when: When, today: date, fiscal_year_end: str) -> When:
    """Relative years and year-less quarters made concrete (LQ is left to the caller)."""
    if when.kind == "REL":
        return When("FY", today.year + (when.year or 0), None, when.phrase)
    if when.kind == "Q" and when.year is None and when.quarter is not None:
        return When("Q", last_ended_quarter_year(when.quarter, today, fiscal_year_end), when.quarter, when.phrase)
    return when


def quarter_end(quarter: int, fiscal_year: int, fiscal_year_end: str) -> date:
    """Last day of fiscal quarter `quarter` of fiscal year `fiscal_year` (labels as companies use them)."""
    end_month = int(fiscal_year_end[:2])
    month, year = end_month - 3 * (4 - quarter), fiscal_year
    if month <= 0:
        month, year = month + 12, year - 1
    return date(year, month, calendar.monthrange(year, month)[1])


def last_ended_quarter_year(quarter: int, today: date, fiscal_year_end: str) -> int:
    """The fiscal year whose quarter `quarter` ended most recently (not after today)."""
    year = today.year + 1
    while quarter_end(quarter, year, fiscal_year_end) > today:
        year -= 1
    return year


def canonical(when: When) -> str:
    """The period as the `capex` command reads it: 2025, Q3 2025, CY2025."""
    if when.kind == "Q":
        return f"Q{when.quarter} {when.year}"
    if when.kind == "CY":
        return f"CY{when.year}"
    return str(when.year)
