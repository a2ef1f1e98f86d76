"""`capexbot db audit`: is every stored figure cited to a primary document with a date, and which
periods are missing? Citation faults fail the audit; coverage gaps are reported, never failed
(a gap is honest; a figure without its document is not)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from storage.coverage import expected_periods
from storage.models import Company, StoredFigure
from storage.provenance import problems


@dataclass
class CompanyAudit:
    company: Company
    figures: int = 0
    expected: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    uncited: list[tuple[StoredFigure, list[str]]] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        have = set(self.present)
        return [p for p in self.expected if p not in have]


@dataclass
class AuditReport:
    companies: list[CompanyAudit]

    @property
    def uncited(self) -> int:
        return sum(len(c.uncited) for c in self.companies)

    @property
    def ok(self) -> bool:
        return self.uncited == 0


def audit(companies: list[Company], figures: list[StoredFigure], today: date) -> AuditReport:
    """Pure: the stored companies and figures -> per-company coverage and citation faults."""
    by_id = {
        c.id: CompanyAudit(c, expected=expected_periods(c.id, c.fiscal_year_end, today)) for c in companies
    }
    for fig in figures:
        entry = by_id.get(fig.company_id)
        if entry is None:
            continue
        entry.figures += 1
        if fig.kind == "actual" and fig.fiscal_label not in entry.present:
            entry.present.append(fig.fiscal_label)
        faults = problems(fig)
        if faults:
            entry.uncited.append((fig, faults))
    return AuditReport(sorted(by_id.values(), key=lambda c: c.company.id))


def render(report: AuditReport) -> list[str]:
    """Plain lines for the terminal: one per company, then every uncited figure."""
    lines = []
    for c in report.companies:
        expected = set(c.expected)
        have = len([p for p in c.present if p in expected])
        line = (
            f"{c.company.id:10} {c.company.ticker:6} coverage {have}/{len(c.expected)} periods, "
            f"{c.figures} figures, {len(c.uncited)} without a primary document or date"
        )
        missing = c.missing
        if missing:
            shown = ", ".join(missing[:8]) + (f" … (+{len(missing) - 8})" if len(missing) > 8 else "")
            line += f"; missing: {shown}"
        lines.append(line)
    for c in report.companies:
        for fig, faults in c.uncited:
            lines.append(
                f"uncited: {fig.company_id} {fig.fiscal_label} {fig.kind} {fig.definition_code} "
                f"(id {fig.id}, origin {fig.origin}): {'; '.join(faults)}"
            )
    total = sum(c.figures for c in report.companies)
    lines.append(
        f"{total} figures, {report.uncited} without a primary document or date"
        + ("" if report.ok else " -- audit FAILED")
    )
    return lines
