"""Money, percentages and periods as people read them: `$39.23B` in English, `39,23 Md$` in French."""

from __future__ import annotations

from datetime import date

NBSP = "\u00a0"


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
