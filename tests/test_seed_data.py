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
from storage.importer import parse_row
from storage.provenance import problems

SEED = Path(__file__).resolve().parent.parent / "storage" / "seed"
COLUMNS = list(IMPORT_COLUMNS)
DEFINITIONS = {
    "ppe_cash",
    "ppe_net_of_sales",
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
    assert len(data) > 350
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
        assert r["source_url"].startswith("https://"), where
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


def test_every_row_cites_a_primary_document_with_a_date(rows, companies):
    """What `capexbot db audit` checks, on the file itself: a 10-Q/10-K/8-K on sec.gov with its
    accession, or the company's call page; a date; derived figures list their documents."""
    snapshot = {alias: c["id"] for c in companies.values() for alias in c.get("aliases", [])}
    snapshot.update({c: c for c in companies})
    for line, r in enumerate(rows, start=2):
        fig = parse_row(r, snapshot, DEFINITIONS)
        assert problems(fig) == [], (line, r["company"], r["fiscal_period"], problems(fig))
        assert "github" not in r["source_title"].lower() and "file id" not in r["source_title"].lower()


def test_one_title_per_release_exhibit(rows):
    """The same 8-K exhibit (a quarter's figures and its outlook, or the full year) is one document."""
    titles = defaultdict(set)
    for r in rows:
        docs = [{"kind": r["document_kind"], "url": r["source_url"], "title": r["source_title"]}]
        for d in docs + json.loads(r["derived_from"]):
            if d["kind"] == "8-K":
                titles[d["url"]].add(d["title"])
    assert len(titles) > 40
    assert {u: t for u, t in titles.items() if len(t) > 1} == {}
    meta = "https://www.sec.gov/Archives/edgar/data/1326801/000162828026050596/meta-06302026xexhibit991.htm"
    assert titles[meta] == {"Meta Q2 2026 earnings release (8-K exhibit 99.1)"}


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
        ("nvidia", "FY2026", "ppe_and_intangibles", 6_042 * M),
        ("coreweave", "Q1-2026", "ppe_cash", 7_695 * M),
        ("coreweave", "FY2024", "ppe_cash", 8_702 * M),
        ("coreweave", "FY2025", "ppe_cash", 10_309 * M),
        ("meta", "FY2019", "ppe_incl_finance_lease_principal", 15_650 * M),
        ("meta", "FY2019", "ppe_cash", 15_102 * M),
        ("amazon", "FY2020", "net_of_proceeds_incentives", 35_044 * M),
        # Apple, Nvidia, Tesla as their filings print them (research report of 29 Nov 2026)
        ("apple", "Q1-2025", "ppe_cash", 2_940 * M),
        ("apple", "FY2024", "ppe_cash", 9_447 * M),
        ("apple", "Q4-2025", "ppe_cash", 12_715 * M - 9_473 * M),  # 10-K year minus 9M (10-Q)
        ("nvidia", "Q2-2025", "ppe_and_intangibles", 977 * M),
        ("nvidia", "FY2022", "ppe_and_intangibles", 976 * M),
        ("nvidia", "Q4-2026", "ppe_and_intangibles", 6_042 * M - 4_758 * M),  # 10-K year minus 9M (release)
        ("tesla", "FY2023", "ppe_net_of_sales", 8_898 * M),  # the FY2023 10-K (re-presented as 8,899 later)
        ("tesla", "FY2024", "ppe_net_of_sales", 11_339 * M),  # the FY2024 10-K (11,342 in the FY2025 10-K)
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
    assert cy["document_kind"] == "call" and cy["source_url"].startswith("https://www.microsoft.com/")
    # Meta states its outlook in the release: the 8-K exhibit is cited, the news page only a reference
    first = find(rows, "meta", "FY2025", "ppe_incl_finance_lease_principal", "guidance", "2025-01-29")
    assert (int(first["low_usd"]), int(first["high_usd"])) == (60 * B, 65 * B)
    assert first["document_kind"] == "8-K" and first["accession"] == "0001326801-25-000014"
    assert "shacknews.com" in first["secondary_refs"]


def test_what_no_primary_document_states_is_left_out(rows):
    """News-only figures (Amazon's '>$100B', Microsoft's Q1 FY2025 call quarter, the $80B blog quoted by a
    news site) and data-set-only ones (China-listed, Tesla's quarters, Nvidia's Q1 FY2027) are gaps."""
    held = {(r["company"], r["fiscal_period"], r["definition"]) for r in rows}
    assert ("amazon", "FY2025", "company_guidance") not in held
    assert ("microsoft", "Q1-2025", "incl_finance_leases") not in held  # no call page read for it
    assert not {r["company"] for r in rows} & {"alibaba", "tencent", "baidu"}
    assert ("nvidia", "Q1-2027", "ppe_and_intangibles") not in held  # only a data set states it
    tesla = {r["fiscal_period"] for r in rows if r["company"] == "tesla"}
    assert tesla == {"FY2023", "Q4-2023", "FY2024", "FY2025"}  # no 10-Q value read for other quarters


def test_apple_and_nvidia_history_from_their_filings(rows):
    held = {(r["company"], r["fiscal_period"]) for r in rows if r["kind"] == "actual"}
    for year in range(2021, 2026):
        assert {("apple", f"Q{q}-{year}") for q in range(1, 5)} | {("apple", f"FY{year}")} <= held, year
    for year in range(2022, 2027):
        assert {("nvidia", f"Q{q}-{year}") for q in range(1, 5)} | {("nvidia", f"FY{year}")} <= held, year
    # Apple's fiscal quarters end on its 52/53-week calendar; a derived quarter cites its 10-Q and the one before
    q2 = find(rows, "apple", "Q2-2025", "ppe_cash")
    assert (q2["period_start"], q2["period_end"], q2["date"]) == ("2024-12-29", "2025-03-29", "2025-05-02")
    assert [d["accession"] for d in json.loads(q2["derived_from"])] == [
        "0000320193-25-000057", "0000320193-25-000008"]
    # Nvidia's quarters are printed by its releases: cited as stated, not derived
    q = find(rows, "nvidia", "Q2-2025", "ppe_and_intangibles")
    assert q["document_kind"] == "8-K" and q["derivation"] == "" and q["accession"] == "0001045810-25-000207"


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


def test_derived_quarters_cite_their_quarter_and_list_every_filing(rows):
    q4 = find(rows, "alphabet", "Q4-2023", "ppe_cash")
    assert q4["document_kind"] == "10-Q" or q4["document_kind"] == "10-K"
    assert "2023" in q4["source_title"] and q4["derivation"].startswith("fiscal year to 2023-12-31")
    used = json.loads(q4["derived_from"])
    assert [u["kind"] for u in used] == ["10-K", "10-Q"] and q4["date"] == used[0]["filed"]
    # CoreWeave's first public year: stated as comparatives in the next year's filings
    q1 = find(rows, "coreweave", "Q1-2024", "ppe_cash")
    assert "prior-year comparative" in q1["source_title"] and q1["date"] == "2025-05-15"


def test_fiscal_years_from_2019(rows):
    held = {(r["company"], r["fiscal_period"]) for r in rows if r["kind"] == "actual"}
    for company in ("meta", "alphabet", "amazon", "microsoft", "oracle"):
        for year in range(2019, 2026):
            assert (company, f"FY{year}") in held, (company, year)
    assert {("coreweave", "FY2024"), ("coreweave", "FY2025"), ("nvidia", "FY2026")} <= held


def test_history_and_coverage(rows):
    by_company = defaultdict(list)
    for r in rows:
        by_company[r["company"]].append(r)
    quarters = [r for r in rows if r["fiscal_period"].startswith("Q")]
    assert min(r["period_end"] for r in quarters) >= "2015-01-01"
    for company in ("meta", "alphabet", "amazon", "microsoft", "oracle"):
        assert min(r["period_end"] for r in by_company[company]) < "2015-07-01", company


@pytest.mark.both_backends
async def test_the_seed_is_stored_as_shipped(rows, storage):
    """Seeding (a first start) stores every row of figures.csv with its values and citation, on
    SQLite and on PostgreSQL alike (BIGINT dollars, no float rounding, text kept verbatim)."""

    def shipped(r: dict[str, str]) -> tuple:
        return (
            r["company"], r["fiscal_period"], r["period_start"], r["period_end"], r["kind"],
            _int(r["value_usd"]), _int(r["low_usd"]), _int(r["high_usd"]), r["definition"],
            r["source_title"], r["source_url"] or None, r["accession"] or None, r["date"] or None,
            r["document_kind"] or None, r["derivation"],
        )  # fmt: skip

    stored = [
        (
            f.company_id, f.fiscal_label, f.period_start, f.period_end, f.kind, f.value_usd, f.low_usd,
            f.high_usd, f.definition_code, f.source_title, f.source_url, f.accession, f.announced,
            f.document_kind, f.derivation,
        )  # fmt: skip
        for f in await storage.figures.all()
        if f.origin == "seed"
    ]
    assert Counter(stored) == Counter(shipped(r) for r in rows)
    assert all(isinstance(v, int) for s in stored for v in s[5:8] if v is not None)
