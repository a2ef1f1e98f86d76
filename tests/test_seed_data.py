"""Checks on the seed figures that ship with capexbot (storage/seed/figures.csv).

Reads only the committed seed files; `scripts/build_seed.py` (developer-only) generates figures.csv.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from storage.importer import COLUMNS as IMPORT_COLUMNS

SEED = Path(__file__).resolve().parent.parent / "storage" / "seed"
COLUMNS = list(IMPORT_COLUMNS)
DEFINITIONS = {
    "ppe_cash",
    "ppe_incl_finance_lease_principal",
    "productive_assets_gross",
    "net_of_proceeds_incentives",
    "ppe_and_intangibles",
    "incl_finance_leases",
    "ai_datacenter_investment",
    "company_guidance",
    "company_reported",
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
B = 1_000_000_000
M = 1_000_000


def _int(text: str) -> int | None:
    return int(text) if text else None


@pytest.fixture(scope="module")
def header() -> list[str]:
    with (SEED / "figures.csv").open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with (SEED / "figures.csv").open(newline="", encoding="utf-8") as f:
        data = list(csv.DictReader(f))
    assert len(data) > 400
    return data


@pytest.fixture(scope="module")
def companies() -> dict[str, dict]:
    data = json.loads((SEED / "companies.json").read_text(encoding="utf-8"))
    return {c["id"]: c for c in data}


def find(rows, company, fiscal_period, definition, kind="actual", date=None):
    hits = [
        r
        for r in rows
        if r["company"] == company
        and r["fiscal_period"] == fiscal_period
        and r["definition"] == definition
        and r["kind"] == kind
        and (date is None or r["date"] == date)
    ]
    assert len(hits) == 1, (company, fiscal_period, definition, kind, date, hits)
    return hits[0]


def test_header_is_the_import_format(header):
    assert header == COLUMNS


def test_every_row_is_well_formed(rows, companies):
    for r in rows:
        where = f"{r['company']} {r['fiscal_period']} {r['definition']} {r['date']}"
        assert r["company"] in companies, where
        assert r["definition"] in DEFINITIONS, where
        assert r["kind"] in ("actual", "guidance"), where
        assert r["currency"] == "USD", where
        assert r["source_title"].strip(), where
        assert r["source_url"] == "" or r["source_url"].startswith("https://"), where
        assert r["accession"] == "" or re.fullmatch(r"\d{10}-\d{2}-\d{6}", r["accession"]), where
        assert re.fullmatch(r"(FY|CY)\d{4}|Q[1-4]-\d{4}", r["fiscal_period"]), where
        assert ISO_DATE.match(r["period_start"]) and ISO_DATE.match(r["period_end"]), where
        assert r["period_start"] < r["period_end"], where
        assert r["date"] == "" or ISO_DATE.match(r["date"]), where
        value, low, high = _int(r["value_usd"]), _int(r["low_usd"]), _int(r["high_usd"])
        if r["kind"] == "actual":
            assert value is not None and value > 0 and low is None and high is None, where
        else:
            assert (value is not None) != (low is not None or high is not None), where
            assert value is None or value > 0, where
            assert value is not None or low is not None, where  # a range has at least a floor


def test_every_row_has_a_source_link_or_filing_except_known(rows):
    unlinked = [r for r in rows if not r["source_url"] and not r["accession"]]
    # The only input figure without a URL or accession: Nvidia's Q1 FY2027 line from a manual seed.
    assert [(r["company"], r["fiscal_period"]) for r in unlinked] == [("nvidia", "Q1-2027")]


def test_ranges_have_low_below_high(rows):
    ranges = [r for r in rows if r["low_usd"] and r["high_usd"]]
    assert len(ranges) >= 8
    for r in ranges:
        assert int(r["low_usd"]) <= int(r["high_usd"]), r


def test_no_duplicate_identity(rows):
    identity = Counter(
        (r["company"], r["period_start"], r["period_end"], r["kind"], r["definition"], r["date"])
        for r in rows
    )
    assert [k for k, n in identity.items() if n > 1] == []
    # One actual value per company, period and definition (no conflicting actuals).
    actual = Counter(
        (r["company"], r["period_start"], r["period_end"], r["definition"])
        for r in rows
        if r["kind"] == "actual"
    )
    assert [k for k, n in actual.items() if n > 1] == []


def test_rows_are_sorted(rows):
    keys = [(r["company"], r["definition"], r["period_end"], r["kind"], r["date"]) for r in rows]
    assert keys == sorted(keys)


def test_quarters_add_up_to_fiscal_years(rows):
    actual = {(r["company"], r["definition"], r["fiscal_period"]): r for r in rows if r["kind"] == "actual"}
    checked = 0
    for (company, definition, period), fy in actual.items():
        if not period.startswith("FY"):
            continue
        year = period[2:]
        quarters = [actual.get((company, definition, f"Q{n}-{year}")) for n in range(1, 5)]
        if None in quarters:
            continue
        assert all(
            fy["period_start"] <= q["period_start"] and q["period_end"] <= fy["period_end"] for q in quarters
        )
        # Meta prints its headline to $10m per quarter: up to 4 x $5m of rounding; others are exact to $1m.
        tolerance = 20 * M if definition == "ppe_incl_finance_lease_principal" else 3 * M
        total = sum(int(q["value_usd"]) for q in quarters)
        assert abs(total - int(fy["value_usd"])) <= tolerance, (
            company,
            definition,
            period,
            total,
            fy["value_usd"],
        )
        checked += 1
    assert checked >= 25


@pytest.mark.parametrize(
    ("company", "period", "definition", "value"),
    [
        ("meta", "FY2024", "ppe_incl_finance_lease_principal", 39_230 * M),
        ("meta", "FY2024", "ppe_cash", 37_256 * M),
        ("meta", "FY2025", "ppe_incl_finance_lease_principal", 72_220 * M),
        ("meta", "Q1-2019", "ppe_incl_finance_lease_principal", 3_960 * M),
        ("amazon", "FY2024", "net_of_proceeds_incentives", 77_658 * M),
        ("amazon", "FY2024", "productive_assets_gross", 82_999 * M),
        ("microsoft", "Q2-2026", "ppe_cash", 29_876 * M),
        ("microsoft", "Q2-2026", "incl_finance_leases", 37_500 * M),
        ("microsoft", "FY2026", "ppe_cash", 115_948 * M),
        ("alphabet", "FY2025", "ppe_cash", 91_447 * M),
        ("oracle", "FY2026", "ppe_cash", 55_663 * M),
        ("nvidia", "Q1-2027", "ppe_and_intangibles", 1_757 * M),
        ("coreweave", "Q1-2026", "ppe_cash", 7_695 * M),
        ("tencent", "Q2-2026", "company_reported", 7_756_892_317),
    ],
)
def test_known_actuals(rows, company, period, definition, value):
    assert int(find(rows, company, period, definition)["value_usd"]) == value


def test_alphabet_2026_guidance_history(rows):
    history = sorted(
        (r["date"], int(r["low_usd"]), int(r["high_usd"]))
        for r in rows
        if r["company"] == "alphabet" and r["fiscal_period"] == "FY2026" and r["kind"] == "guidance"
    )
    assert history == [
        ("2026-02-04", 175 * B, 185 * B),
        ("2026-04-29", 180 * B, 190 * B),
        ("2026-07-22", 195 * B, 205 * B),
    ]
    first = find(rows, "alphabet", "FY2026", "ppe_cash", "guidance", "2026-02-04")
    assert first["accession"] == "0001652044-26-000012"
    assert first["source_url"].startswith("https://www.sec.gov/Archives/")


def test_meta_and_microsoft_guidance(rows):
    meta = find(rows, "meta", "FY2026", "ppe_incl_finance_lease_principal", "guidance", "2026-07-29")
    assert (int(meta["low_usd"]), int(meta["high_usd"]), meta["value_usd"]) == (130 * B, 145 * B, "")
    cy = find(rows, "microsoft", "CY2026", "incl_finance_leases", "guidance", "2026-07-29")
    assert int(cy["value_usd"]) == 175 * B and cy["period_start"] == "2026-01-01"
    blog = find(rows, "microsoft", "FY2025", "ai_datacenter_investment", "guidance")
    assert int(blog["value_usd"]) == 80 * B and blog["period_end"] == "2025-06-30"
    floor = find(rows, "amazon", "FY2025", "company_guidance", "guidance", "2025-02-06")
    assert (int(floor["low_usd"]), floor["high_usd"], floor["value_usd"]) == (100 * B, "", "")


def test_meta_headline_series_starts_when_it_includes_finance_leases(rows):
    # Before 2019 Meta's release "capital expenditures" excluded finance-lease principal.
    quarters = [
        r["period_end"]
        for r in rows
        if r["company"] == "meta"
        and r["definition"] == "ppe_incl_finance_lease_principal"
        and r["fiscal_period"][0] == "Q"
    ]
    assert min(quarters) == "2019-03-31"
    q = find(rows, "meta", "Q3-2021", "ppe_incl_finance_lease_principal")
    assert (q["accession"], q["date"]) == ("0001326801-21-000062", "2021-10-25")


def test_converted_figures_say_so(rows):
    for r in rows:
        if r["company"] in ("alibaba", "tencent", "baidu"):
            assert r["definition"] == "company_reported"
            assert "converted at" in r["source_title"] and "CNY/USD" in r["source_title"], r


def test_history_and_coverage(rows, companies):
    by_company = defaultdict(list)
    for r in rows:
        by_company[r["company"]].append(r)
    assert set(by_company) == set(companies)
    quarters = [r for r in rows if r["fiscal_period"].startswith("Q")]
    assert min(r["period_end"] for r in quarters) >= "2015-01-01"
    for company in ("meta", "alphabet", "amazon", "microsoft", "oracle", "tencent", "baidu"):
        assert min(r["period_end"] for r in by_company[company]) < "2015-07-01", company
