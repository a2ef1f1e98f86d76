"""Money, percentages and periods as people read them: `$39.23B` in English, `39,23 Md$` in French.

Two precisions: `money` is exact to the cent of a billion (tables, the detail view, `ask --json`
keeps raw dollars anyway); `rounded` is how an analyst writes a figure in prose ($19.4B, $130–145B).
French amounts use a narrow no-break space (U+202F) as thousands separator and before the unit or %.
"""

from __future__ import annotations

import re
from datetime import date

NNBSP = "\u202f"  # French: thousands separator, before Md$ / %, before : ; ? !
NBSP = NNBSP  # the space inside a French amount (kept under its old name for callers)


def _decimal(value: float, digits: int, lang: str) -> str:
    text = f"{value:,.{digits}f}"
    if lang == "fr":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def money(usd: float | None, lang: str = "en") -> str:
    """Compact US-dollar amount: billions with two decimals, millions with none."""
    if usd is None:
        return "—"
    sign = "-" if usd < 0 else ""
    usd = abs(usd)
    if usd >= 1e12:
        amount, en_unit, fr_unit, digits = usd / 1e12, "T", "Bn$", 2
    elif usd >= 1e9:
        amount, en_unit, fr_unit, digits = usd / 1e9, "B", "Md$", 2
    elif usd >= 1e6:
        amount, en_unit, fr_unit, digits = usd / 1e6, "M", "M$", 0
    else:
        amount, en_unit, fr_unit, digits = usd, "", "$", 0
    if lang == "fr":
        return f"{sign}{_decimal(amount, digits, lang)}{NBSP}{fr_unit}"
    return f"{sign}${_decimal(amount, digits, lang)}{en_unit}"


def rounded(usd: float | None, lang: str = "en") -> str:
    """An amount as written in prose: $19.4B, $130B, $850M (FR 19,4 Md$); no trailing zeros."""
    if usd is None:
        return "—"
    scale = 1e12 if abs(usd) >= 1e12 else 1e9 if abs(usd) >= 1e9 else 1e6
    digits = 0 if abs(usd) / scale >= 100 or scale == 1e6 else 1
    text = money(round(usd / scale, digits) * scale, lang)
    sep = "," if lang == "fr" else "."
    return re.sub(
        re.escape(sep) + r"(\d*?)0+(?=\D*$)", lambda m: sep + m.group(1) if m.group(1) else "", text
    )


def rounded_range(low: float | None, high: float | None, value: float | None, lang: str = "en") -> str:
    """A guidance in prose: `$130–145B`, `130–145 Md$`, `~$40B`, `>$60B` (the unit said once)."""
    if value is not None:
        return "~" + rounded(value, lang)
    if high is None:
        return ">" + rounded(low, lang)
    lo, hi = rounded(low, lang), rounded(high, lang)
    if lang == "fr":
        unit_lo, unit_hi = lo.rsplit(NNBSP, 1)[-1], hi.rsplit(NNBSP, 1)[-1]
        if unit_lo == unit_hi and NNBSP in lo:
            return f"{lo.rsplit(NNBSP, 1)[0]}–{hi}"
        return f"{lo}–{hi}"
    if lo[-1:].isalpha() and lo[-1:] == hi[-1:]:
        return f"{lo[:-1]}–{hi[1:]}"
    return f"{lo}–{hi}"


def period_name(label: str, lang: str) -> str:
    """A stored period code as words: FR `T3 2025`, `exercice 2025`, `année civile 2026`, `S1 2025`.

    English keeps the codes people write (Q3-2025, FY2025, CY2026); `ask --json` always keeps them.
    """
    if lang != "fr":
        return re.sub(r"^CY(\d{4})-Q([1-4])$", r"Q\2 CY\1", label)
    match = re.fullmatch(r"(Q|H)([1-4])-(\d{4})|(FY|CY)(\d{4})", label)
    calendar_quarter = re.fullmatch(r"CY(\d{4})-Q([1-4])", label)
    if calendar_quarter:
        return f"T{calendar_quarter.group(2)} {calendar_quarter.group(1)} (année civile)"
    if not match:
        return label
    if match.group(1):
        return f"{'T' if match.group(1) == 'Q' else 'S'}{match.group(2)} {match.group(3)}"
    return f"{'exercice' if match.group(4) == 'FY' else 'année civile'} {match.group(5)}"


def plural(n: int, one: str, many: str) -> str:
    """`1 trimestre`, `2 trimestres` — never `trimestre(s)`."""
    return f"{n} {one if n == 1 else many}"


def money_range(low: float | None, high: float | None, value: float | None, lang: str = "en") -> str:
    """A guidance as people say it: `$130.00B–$145.00B` or a point."""
    if value is not None:
        return "~" + money(value, lang)
    if high is None:
        return ">" + money(low, lang)
    return f"{money(low, lang)}–{money(high, lang)}"


def pct(ratio: float | None, lang: str = "en") -> str:
    """Signed percentage change from a ratio (0.66 -> +66%)."""
    if ratio is None:
        return "—"
    value = ratio * 100
    text = _decimal(abs(value), 0 if abs(value) >= 10 else 1, lang)
    sign = "+" if value >= 0 else "−"
    return f"{sign}{text}{NBSP}%" if lang == "fr" else f"{sign}{text}%"


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


_FULL_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FULL_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def month_name(month: int, lang: str) -> str:
    return (_FULL_MONTHS_FR if lang == "fr" else _FULL_MONTHS_EN)[month - 1]


def month_year(iso: str, lang: str) -> str:
    d = date.fromisoformat(iso)
    names = _MONTHS_FR if lang == "fr" else _MONTHS_EN
    return f"{names[d.month - 1]} {d.year}"


def span(start: str, end: str, lang: str) -> str:
    """Calendar months a period covers, e.g. `Oct 2025–Dec 2025`."""
    return f"{month_year(start, lang)}–{month_year(end, lang)}"


def day(iso: str | None, lang: str) -> str:
    if not iso:
        return "—"
    d = date.fromisoformat(iso)
    if lang == "fr":
        return f"{d.day} {_MONTHS_FR[d.month - 1]} {d.year}"
    return f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
