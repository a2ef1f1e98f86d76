"""`capexbot db audit`: clean on the shipped seed; a figure without its document or date fails it;
coverage gaps are reported, not failed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_process import capexbot

from storage.audit import audit, render
from storage.coverage import expected_periods
from storage.models import Company, StoredFigure

META = Company("meta", "Meta", "META", 1326801, "12-31", "ppe_cash")
NVDA = Company("nvidia", "Nvidia", "NVDA", 1045810, "01-31", "ppe_and_intangibles")


def test_shipped_seed_audits_clean_and_lists_coverage(tmp_path: Path):
    assert capexbot("db", "migrate", cwd=tmp_path).returncode == 0
    result = capexbot("db", "audit", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].endswith("0 without a primary document or date")
    meta = next(line for line in lines if line.startswith("meta "))
    assert "coverage" in meta and "0 without a primary document or date" in meta
    apple = next(line for line in lines if line.startswith("apple "))
    assert "missing: Q1-2021" not in apple and "FY2025" not in apple  # Apple from its FY2021 filings
    tesla = next(line for line in lines if line.startswith("tesla "))
    assert "coverage 4/" in tesla and "missing: Q1-2021" in tesla  # a gap, reported not failed


def test_an_uncited_figure_fails_the_audit(tmp_path: Path):
    csv_file = tmp_path / "news.csv"
    csv_file.write_text(
        "company,fiscal_period,period_start,period_end,kind,value_usd,low_usd,high_usd,currency,definition,"
        "source_title,source_url,accession,date\n"
        "meta,Q3-2031,2031-07-01,2031-09-30,actual,5,,,USD,ppe_cash,a news page,https://news.example/x,,\n"
    )
    assert capexbot("import", str(csv_file), cwd=tmp_path).returncode == 0
    result = capexbot("db", "audit", cwd=tmp_path)
    assert result.returncode == 1
    assert "uncited: meta Q3-2031 actual ppe_cash" in result.stdout
    assert "no document kind" in result.stdout and "no date" in result.stdout
    assert result.stdout.splitlines()[-1].endswith("1 without a primary document or date -- audit FAILED")


def test_coverage_counts_due_periods_on_the_fiscal_calendar():
    # On 1 Aug 2026 Meta's Q2 2026 (ended 30 Jun) is not due yet; Q1 is.
    periods = expected_periods("meta", "12-31", date(2026, 8, 1))
    assert periods[0] == "Q1-2019" and periods[-1] == "Q1-2026" and "FY2025" in periods
    # Nvidia's FY2026 ends in January 2026: due by mid-April 2026
    assert "FY2026" in expected_periods("nvidia", "01-31", date(2026, 4, 20))
    fig = StoredFigure(
        company_id="meta", fiscal_label="FY2025", period_start="2025-01-01", period_end="2025-12-31",
        kind="actual", definition_code="ppe_cash", source_title="x", value_usd=1,
    )  # fmt: skip
    report = audit([META, NVDA], [fig], date(2026, 8, 1))
    meta = report.companies[0]
    assert "FY2025" in meta.present and "FY2025" not in meta.missing and "Q1-2026" in meta.missing
    assert not report.ok and "uncited: meta FY2025" in "\n".join(render(report))
