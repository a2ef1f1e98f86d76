"""Calendar periods for companies whose fiscal year is not the calendar year.

`capex msft cy2025` and `capex msft Q3 CY2025` are built from Microsoft's fiscal quarters, the same
way `capex top` aligns companies (`chart_calendar.calendar_year`), and the answer says so: which
fiscal quarters were summed, or which fiscal quarter covers the calendar quarter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from commands import figures_view as fv
from commands.chart_calendar import calendar_year, midpoint
from commands.formatting import pct, period_name, span
from commands.i18n import de, tr
from commands.periods import Period
from storage.models import Company, StoredFigure


class Builder(Protocol):
    lang: str
    rows: list[tuple[str, ...]]

    def add(self, fig: StoredFigure) -> None: ...
    def add_reported(self, fig: StoredFigure, figures: Sequence[StoredFigure]) -> float | None: ...
    def amount(self, usd: float | None) -> str: ...
    def short_series(self, code: str) -> str: ...


def calendar_fields(
    b: Builder, company: Company, period: Period, figures: Sequence[StoredFigure], codes: Sequence[str]
) -> list[tuple[str, str]] | None:
    """The fields answering a calendar year or quarter from fiscal figures; None if nothing covers it."""
    if period.kind == "CQ":
        return _quarter_fields(b, company, period, figures, codes)
    lang = b.lang
    lines = []
    for code in codes:
        value = calendar_year(company, figures, period.year, [code])
        if value is None or value.definition != code:
            continue
        prior = calendar_year(company, figures, period.year - 1, [code])
        for fig in (*value.figures, *(prior.figures if prior and prior.method == value.method else ())):
            b.add(fig)
        yoy = (
            value.value / prior.value - 1 if prior and prior.method == value.method and prior.value else None
        )
        change = (
            tr(lang, f", {pct(yoy, lang)} YoY", f", {pct(yoy, lang)} sur un an") if yoy is not None else ""
        )
        lines.append(f"{b.amount(value.value)}{change} [{b.short_series(code)}] — {value.basis(lang)}")
        b.rows.append((f"CY{period.year}", b.short_series(code), b.amount(value.value), pct(yoy, lang)))
    if not lines:
        return None
    meaning = tr(
        lang,
        f"calendar year {period.year} (Jan–Dec), built from {company.name}'s fiscal figures",
        f"année civile {period.year} (janv.–déc.), calculée à partir des chiffres fiscaux {de(company.name)}",
    )
    return [
        (tr(lang, "Period", "Période"), meaning),
        (tr(lang, "Calendar-year capex", "Investissements de l'année civile"), "\n".join(lines)),
    ]


def _quarter_fields(
    b: Builder, company: Company, period: Period, figures: Sequence[StoredFigure], codes: Sequence[str]
) -> list[tuple[str, str]] | None:
    lang = b.lang
    quarter = period.quarter or 1
    first, last = date(period.year, 3 * quarter - 2, 1), date(period.year, 3 * quarter, 28)
    found = [
        f
        for f in fv.latest_per_series(
            f for f in figures if f.kind == "actual" and f.fiscal_label.startswith("Q")
        )
        if first <= midpoint(f) <= last and f.value_usd is not None
    ]
    found.sort(key=lambda f: codes.index(f.definition_code) if f.definition_code in codes else 99)
    if not found:
        return None
    lines = []
    for fig in found:
        yoy = b.add_reported(fig, figures)
        change = tr(lang, f", {pct(yoy, lang)} YoY", f", {pct(yoy, lang)} sur un an") if yoy is not None else ""
        lines.append(f"{b.amount(fig.value_usd)}{change} [{b.short_series(fig.definition_code)}]")
    fiscal = period_name(found[0].fiscal_label, lang)
    months = span(found[0].period_start, found[0].period_end, lang)
    meaning = tr(
        lang,
        f"calendar Q{quarter} {period.year} = {company.name}'s fiscal {fiscal} ({months})",
        f"T{quarter} {period.year} (année civile) = trimestre fiscal {fiscal} {de(company.name)} ({months})",
    )
    return [(tr(lang, "Period", "Période"), meaning), (tr(lang, "Reported", "Publié"), "\n".join(lines))]
