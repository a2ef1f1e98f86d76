"""A company's fiscal calendar: which fiscal year and quarter a date falls in, and the nominal
bounds of a fiscal label (FY2026, Q2-2026, CY2026). Shared by SEC and release ingestion, guidance
and coverage, so every part names a period the same way.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# How far a 52/53-week fiscal period may end from its nominal date ("last Saturday of September").
FISCAL_SLACK_DAYS = 10


def _parse_fye(fiscal_year_end: str) -> tuple[int, int]:
    month, day = (int(p) for p in fiscal_year_end.split("-"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise ValueError(f"bad fiscal year end {fiscal_year_end!r}")
    return month, day


def _nominal_fye(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def fiscal_year_of(end: date, fiscal_year_end: str) -> int:
    """The fiscal year (named after the calendar year it ends in) that contains `end`."""
    month, day = _parse_fye(fiscal_year_end)
    probe = end - timedelta(days=FISCAL_SLACK_DAYS)
    year = probe.year
    if probe > _nominal_fye(year, month, day):
        year += 1
    return year


def fiscal_quarter_of(end: date, fiscal_year_end: str) -> tuple[int, int]:
    """(fiscal year, quarter 1-4) of a quarter ending on `end`."""
    month, day = _parse_fye(fiscal_year_end)
    year = fiscal_year_of(end, fiscal_year_end)
    days_left = (_nominal_fye(year, month, day) - end).days
    quarter = 4 - round(days_left / 91.31)
    return year, min(4, max(1, quarter))


def period_bounds(label: str, fiscal_year_end: str) -> tuple[str, str]:
    """Nominal (start, end) of a fiscal label on the company's calendar: FY2026, Q2-2026, CY2026."""
    month, day = _parse_fye(fiscal_year_end)
    kind, year = label[:-4].rstrip("-"), int(label[-4:])
    if kind == "CY":
        return f"{year}-01-01", f"{year}-12-31"
    fy_end = _nominal_fye(year, month, day)
    prev_end = _nominal_fye(year - 1, month, day)
    if kind == "FY":
        return (prev_end + timedelta(days=1)).isoformat(), fy_end.isoformat()
    if len(kind) == 2 and kind[0] == "Q" and kind[1] in "1234":

        def month_end(months_back: int) -> date:
            m = month - months_back
            y = year
            while m < 1:
                m += 12
                y -= 1
            return _nominal_fye(y, m, 31 if day >= 28 else day)

        q = int(kind[1])
        end = month_end(3 * (4 - q))
        start = month_end(3 * (5 - q)) + timedelta(days=1)
        if q == 1:
            start = prev_end + timedelta(days=1)
        if q == 4:
            end = fy_end
        return start.isoformat(), end.isoformat()
    raise ValueError(f"unknown fiscal label {label!r}")
