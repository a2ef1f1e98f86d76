"""Calendar-year capex per company, for rankings and comparisons across fiscal calendars.

Microsoft's year ends in June, Apple's in September, Nvidia's in January: a calendar year is built
from the fiscal quarters inside it (said so), else the fiscal year overlapping it most (named).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from commands import figures_view as fv
from commands.formatting import month_year, period_name
from commands.i18n import tr
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure


@dataclass(frozen=True)
class YearValue:
    company: Company
    year: int
    value: int
    figures: tuple[StoredFigure, ...]
    method: str  # "reported" | "quarters" | "fiscal"
    definition: str

    def basis(self, lang: str) -> str:
        if self.method == "reported":
            return tr(lang, f"FY{self.year} (= calendar)", f"exercice {self.year} (= année civile)")
        if self.method == "quarters":
            first, last = self.figures[0], self.figures[-1]
            if self.company.calendar_fiscal_year:
                return tr(lang, "sum of 4 quarters", "somme de 4 trimestres")
            text = tr(
                lang,
                f"sum of fiscal quarters {first.fiscal_label}…{last.fiscal_label}",
                f"somme des trimestres fiscaux {period_name(first.fiscal_label, lang)}…"
                f"{period_name(last.fiscal_label, lang)}",
            )
            if not (first.period_start.endswith("-01-01") and last.period_end.endswith("-12-31")):
                text += f" ({month_year(first.period_start, lang)}–{month_year(last.period_end, lang)})"
            return text
        fig = self.figures[0]
        months = f"{month_year(fig.period_start, lang)}–{month_year(fig.period_end, lang)}"
        return tr(
            lang,
            f"{fig.fiscal_label} used ({months})",
            f"{period_name(fig.fiscal_label, lang)} retenu ({months})",
        )


def calendar_year(
    company: Company, figures: Sequence[StoredFigure], year: int, codes: Sequence[str] | None = None
) -> YearValue | None:
    """A company's capex for calendar `year`, in its headline definition when possible.

    Order: a fiscal year that is the calendar year; else the sum of the four (fiscal) quarters that
    fall inside the calendar year; else the fiscal year overlapping the calendar year most (at least
    six months), reported as such.
    """
    actual = [f for f in figures if f.kind == "actual"]
    start = f"{year}-01-01"
    for code in codes or fv.series_codes(figures, company.headline_definition):
        series = fv.latest_per_series(f for f in actual if f.definition_code == code)
        if company.calendar_fiscal_year:
            fy = next((f for f in series if f.fiscal_label == f"FY{year}" and f.value_usd is not None), None)
            if fy is not None and fy.period_start == start:
                return YearValue(company, year, fy.value_usd, (fy,), "reported", code)  # type: ignore[arg-type]
        quarters = [
            f
            for f in series
            if f.fiscal_label.startswith("Q") and f.value_usd is not None and midpoint(f).year == year
        ]
        if len(quarters) == 4 and len({f.period_end[:7] for f in quarters}) == 4:
            quarters.sort(key=lambda f: f.period_end)
            total = sum(f.value_usd or 0 for f in quarters)
            return YearValue(company, year, total, tuple(quarters), "quarters", code)
        best, best_days = None, 0
        for fig in series:
            if not fig.fiscal_label.startswith("FY") or fig.value_usd is None:
                continue
            overlap = (
                min(date.fromisoformat(fig.period_end), date(year, 12, 31))
                - max(date.fromisoformat(fig.period_start), date(year, 1, 1))
            ).days
            if overlap > best_days:
                best, best_days = fig, overlap
        if best is not None and best_days >= 183:
            return YearValue(company, year, best.value_usd, (best,), "fiscal", code)  # type: ignore[arg-type]
    return None


def midpoint(fig: StoredFigure) -> date:
    start, end = date.fromisoformat(fig.period_start), date.fromisoformat(fig.period_end)
    return start + (end - start) / 2


def year_guidance(figures: Sequence[StoredFigure], year: int) -> StoredFigure | None:
    """Latest guidance for exactly calendar `year` (any definition; the headline one preferred)."""
    groups = fv.guidance_groups(
        f
        for f in figures
        if f.kind == "guidance" and f.period_start == f"{year}-01-01" and f.period_end == f"{year}-12-31"
    )
    latest = [g[-1] for g in groups]
    return max(latest, key=lambda f: (f.announced or "", f.id)) if latest else None


def latest_data_year(snap: Snapshot) -> int:
    ends = [f.period_end for figs in snap.figures.values() for f in figs if f.kind == "actual"]
    return int(max(ends)[:4]) if ends else date.today().year
