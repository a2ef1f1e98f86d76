"""Which fiscal periods a company should have figures for by a given day (pure calendar rules).

Used by `capexbot db audit` (coverage: present / expected) and by replies that say how recent the
data is ("Q3 2026 results not yet loaded"). A period is due once its results are usually out:
quarters about six weeks after they end, fiscal years about ten weeks after (10-Q and 10-K filing
deadlines for large filers are 40 and 60 days; releases come earlier).
"""

from __future__ import annotations

from datetime import date, timedelta

from storage.fiscal_calendar import period_bounds

QUARTER_DUE_DAYS = 45
YEAR_DUE_DAYS = 75
# First fiscal year whose figures the project promises (issue 14): FY2019 for the big five,
# CoreWeave from its first public year, Nvidia/Apple/Tesla from FY2021.
COVERAGE_FROM = {
    "meta": 2019,
    "alphabet": 2019,
    "amazon": 2019,
    "microsoft": 2019,
    "oracle": 2019,
    "coreweave": 2024,
    "nvidia": 2021,
    "apple": 2021,
    "tesla": 2021,
}
DEFAULT_FROM = 2021


def due_on(label: str, fiscal_year_end: str) -> date:
    """The day a period's results are normally public."""
    end = date.fromisoformat(period_bounds(label, fiscal_year_end)[1])
    return end + timedelta(days=YEAR_DUE_DAYS if label.startswith("FY") else QUARTER_DUE_DAYS)


def expected_periods(company_id: str, fiscal_year_end: str, today: date) -> list[str]:
    """Fiscal labels (Q1-2021 … FY2025) due by `today`, oldest first."""
    out = []
    for year in range(COVERAGE_FROM.get(company_id, DEFAULT_FROM), today.year + 2):
        for label in (*(f"Q{q}-{year}" for q in range(1, 5)), f"FY{year}"):
            if due_on(label, fiscal_year_end) <= today:
                out.append(label)
    return out


def next_quarter(label: str) -> str:
    """Q4-2025 -> Q1-2026."""
    q, year = int(label[1]), int(label[3:])
    return f"Q{q + 1}-{year}" if q < 4 else f"Q1-{year + 1}"
