"""How recent the data behind a reply is: "Data as of 29 Jul 2026 — Q3 2026 results not yet loaded".

Self-contained on purpose: the reply layout places the line; this module only decides what it
says. "Not yet loaded" is claimed only when the company's next quarter is due by its usual
calendar (storage/coverage.py), so a reply the day after a quarter ends does not cry wolf.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from commands.formatting import _MONTHS_EN, _MONTHS_FR
from storage.coverage import due_on, next_quarter
from storage.models import Company, StoredFigure


def as_of(dates: Iterable[str | None]) -> str | None:
    """The newest figure date a reply rests on (ISO), or None when it shows no dated figure."""
    known = [d for d in dates if d]
    return max(known) if known else None


def _short_day(iso: str, lang: str) -> str:
    d = date.fromisoformat(iso)
    months = _MONTHS_FR if lang == "fr" else _MONTHS_EN
    return f"{d.day} {months[d.month - 1]} {d.year}"


def _quarter_name(company: Company, label: str, lang: str) -> str:
    q, year = label[1], label[3:]
    prefix = "T" if lang == "fr" else "Q"
    return f"{prefix}{q} {year}" if company.calendar_fiscal_year else f"{prefix}{q} FY{year}"


def freshness_line(
    company: Company, stored: Sequence[StoredFigure], shown: Sequence[StoredFigure], lang: str, today: date
) -> str | None:
    """One line for the reply text, or None when the reply shows no dated figure."""
    newest = as_of(f.announced for f in shown)
    if newest is None:
        return None
    line = (
        f"Données au {_short_day(newest, lang)}" if lang == "fr" else f"Data as of {_short_day(newest, lang)}"
    )
    actuals = [f for f in stored if f.kind == "actual" and f.fiscal_label[0] in "QF"]
    if actuals:
        latest = max(actuals, key=lambda f: (f.period_end, f.fiscal_label[0] == "Q")).fiscal_label
        upcoming = next_quarter(latest if latest[0] == "Q" else f"Q4-{latest[2:]}")
        if due_on(upcoming, company.fiscal_year_end) <= today:
            name = _quarter_name(company, upcoming, lang)
            line += (
                f" — résultats du {name} pas encore chargés"
                if lang == "fr"
                else f" — {name} results not yet loaded"
            )
    return line
