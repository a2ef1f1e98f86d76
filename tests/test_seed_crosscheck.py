"""The shipped seed against the filing data it was built from (copied into tests/data/sources from
the public race-through-time repository; see storage/seed and scripts/build_seed.py).

Independent of the build script: every value must equal, to the dollar, what the filing-checked
history, the 10-K year totals its derivation notes quote, or Meta's release text states; and every
document the seed cites (URL and accession) must be one listed in the filing indexes, never made up.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "sources"
SERIES = {  # rtt column per (company, definition)
    ("meta", "ppe_cash"): "cash_capex_usd",
    ("meta", "ppe_incl_finance_lease_principal"): "company_reported_capex_usd",
    ("amazon", "net_of_proceeds_incentives"): "company_reported_capex_usd",
    ("amazon", "productive_assets_gross"): "cash_capex_usd",
    ("microsoft", "ppe_cash"): "cash_capex_usd",
    ("alphabet", "ppe_cash"): "cash_capex_usd",
    ("oracle", "ppe_cash"): "cash_capex_usd",
    ("coreweave", "ppe_cash"): "cash_capex_usd",
}
# Apple, Nvidia and Tesla: the values as their 10-Q / 10-K / 8-K releases state them, each with the
# place it was read (tests/data/sources/primary_capex_aapl_nvda_tsla.csv).
PRIMARY = "primary_capex_aapl_nvda_tsla.csv"
# Read by hand in a primary document the data sets lack (scripts/seed_primary_extra.csv).
HAND_READ = {
    "https://www.microsoft.com/en-us/investor/events/fy-2026/earnings-fy-2026-q1",
    "https://www.microsoft.com/en-us/investor/events/fy-2026/earnings-fy-2026-q2",
}


PRIMARY_COMPANIES = {"apple", "nvidia", "tesla"}


def read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def seed() -> list[dict[str, str]]:
    with (ROOT / "storage" / "seed" / "figures.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def rtt() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["company_id"], r["period_end"]): r for r in read("D_quarterly_capex_clean.csv")}


def test_every_quarter_equals_the_filing_checked_history(seed, rtt):
    checked = 0
    for r in seed:
        if r["kind"] != "actual" or not r["fiscal_period"].startswith("Q") or r["source_url"] in HAND_READ:
            continue
        if r["company"] in PRIMARY_COMPANIES:
            continue  # test_primary_companies_equal_their_filings
        column = SERIES[(r["company"], r["definition"])]
        assert rtt[(r["company"], r["period_end"])][column] == r["value_usd"], r
        checked += 1
    assert checked > 280


def test_every_fiscal_year_is_what_the_10k_or_the_release_states(seed, rtt):
    releases = {x["quarter_end"]: x for x in read("meta_release_capex.csv")}
    checked = 0
    for r in seed:
        if r["kind"] != "actual" or not r["fiscal_period"].startswith("FY") or r["company"] in PRIMARY_COMPANIES:
            continue
        year, value = r["fiscal_period"][2:], int(r["value_usd"])
        if r["definition"] == "ppe_incl_finance_lease_principal":
            quote = releases[r["period_end"]]["quote"]
            m = re.search(rf"\$\s?(\d+\.\d\d) billion for the fourth quarter and full year (of )?{year}", quote)
            assert m and value == round(float(m.group(1)) * 100) * 10_000_000, r
        else:
            stated = [int(v) for v in re.findall(rf"fiscal year to {r['period_end']} \((\d+)\)",
                                                  rtt[(r["company"], r["period_end"])]["notes"])]
            expected = stated[0] - stated[1] if r["definition"] == "net_of_proceeds_incentives" else stated[0]
            assert value == expected, r
        checked += 1
    assert checked >= 45


def test_meta_release_quarters_equal_the_release_and_cite_it(seed):
    releases = {x["quarter_end"]: x for x in read("meta_release_capex.csv")}
    rows = [r for r in seed if r["definition"] == "ppe_incl_finance_lease_principal" and r["fiscal_period"][0] == "Q"]
    assert len(rows) >= 29
    for r in rows:
        rel = releases[r["period_end"]]
        assert rel["includes_finance_lease_principal"] == "yes"
        assert (r["value_usd"], r["source_url"], r["accession"], r["date"]) == (
            rel["value_usd"], rel["url"], rel["accession"], rel["release_filed"])


def test_every_cited_document_is_one_the_indexes_list(seed):
    """No URL or accession in the seed that was not read in a filing index (or the call pages of
    the guidance table): a made-up citation fails here."""
    indexes = read("sec_filing_documents.csv") + read("sec_release_documents.csv") + read(PRIMARY)
    known = {(x["url"], x["accession"]) for x in indexes}
    calls = {x["url"] for x in read("guidance_2026.csv")}
    cited = 0
    for r in seed:
        docs = [{"kind": r["document_kind"], "url": r["source_url"], "accession": r["accession"]}]
        docs += json.loads(r["derived_from"])
        for d in docs:
            if d["url"] in HAND_READ:
                continue
            if d["kind"] == "call":
                assert d["url"] in calls, r
            else:
                assert (d["url"], d["accession"]) in known, (r["company"], r["fiscal_period"], d)
            cited += 1
    assert cited > 600


def test_primary_companies_equal_their_filings(seed):
    """Apple, Nvidia and Tesla: a figure is a value its document states (same period, document,
    accession and date), or a quarter derived as one filed year-to-date value minus the previous
    one, citing the quarter's own document and listing both."""
    table = read(PRIMARY)
    stated = {(x["company"], x["period_start"], x["period_end"]): x for x in table}
    ytd = {(x["company"], x["period_end"]): x for x in table}
    rows = [r for r in seed if r["company"] in PRIMARY_COMPANIES]
    for r in rows:
        used = json.loads(r["derived_from"])
        if not r["derivation"]:
            x = stated[(r["company"], r["period_start"], r["period_end"])]
            assert used == [], r
        else:
            x = ytd[(r["company"], r["period_end"])]
            before = (dt.date.fromisoformat(r["period_start"]) - dt.timedelta(days=1)).isoformat()
            prev = ytd[(r["company"], before)]
            assert x["period_start"] == prev["period_start"] and int(x["months"]) == int(prev["months"]) + 3, r
            assert int(r["value_usd"]) == int(x["value_usd"]) - int(prev["value_usd"]), r
            assert {d["url"] for d in used} == {x["url"], prev["url"]}, r
            assert r["date"] == max(x["filed"], prev["filed"]), r
            x = dict(x, value_usd=r["value_usd"], filed=r["date"])
        assert (r["value_usd"], r["source_url"], r["accession"], r["date"], r["document_kind"]) == (
            x["value_usd"], x["url"], x["accession"], x["filed"], x["form"]), r
    assert len(rows) >= 55
    assert all(x["evidence"].strip() for x in table)
