"""Pure extraction: companyfacts JSON -> figures (real Meta extract + synthetic tricky cases)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storage.fiscal_calendar import fiscal_quarter_of, fiscal_year_of
from storage.sources.sec_extract import SecDataError, extract, infer_fiscal_year_end, parse_companyfacts

FIX = Path(__file__).parent / "fixtures" / "sec"
META = FIX / "CIK0001326801.capex-trimmed.json"
M = 1_000_000


def by_label(figures, definition):
    out = {}
    for f in figures:
        if f.definition_code == definition:
            assert f.fiscal_label not in out, f"duplicate {f.fiscal_label}"
            out[f.fiscal_label] = f
    return out


# ----------------------------------------------------------------------------- the real extract


@pytest.fixture(scope="module")
def meta():
    return extract(META.read_bytes(), "meta", company_name="Meta", fiscal_year_end="12-31")


def test_meta_fiscal_years_and_headline(meta):
    ppe = by_label(meta.figures, "ppe_cash")
    head = by_label(meta.figures, "ppe_incl_finance_lease_principal")
    # capex_reference.csv: FY2020 ppe 15,115M; headline 15,115 + 604 = 15,719M (release: $15.72B)
    assert ppe["FY2020"].value_usd == 15_115 * M
    assert head["FY2020"].value_usd == 15_719 * M
    assert ppe["FY2019"].value_usd == 15_102 * M
    assert head["FY2019"].value_usd == (15_102 + 552) * M
    fy = ppe["FY2020"]
    assert (fy.period_start, fy.period_end) == ("2020-01-01", "2020-12-31")
    assert fy.accession == "0001326801-21-000014" and fy.filed == "2021-01-28"
    assert fy.source_title == "Meta 10-K FY2020 (accession 0001326801-21-000014, SEC XBRL data)"
    # cited: the companyfacts data it was read in, with the filing's accession (no URL built from it)
    assert fy.source_url == "https://data.sec.gov/api/xbrl/companyfacts/CIK0001326801.json"


def test_meta_quarters_by_differencing_match_rtt_history(meta):
    ppe = by_label(meta.figures, "ppe_cash")
    # rtt D_quarterly_capex_clean.csv cash_capex_usd for Meta 2020 (derived there the same way)
    expected = {"Q1-2020": 3558, "Q2-2020": 3255, "Q3-2020": 3689, "Q4-2020": 4613, "Q1-2021": 4272}
    assert {k: ppe[k].value_usd // M for k in expected} == expected
    q2 = ppe["Q2-2020"]
    assert (q2.period_start, q2.period_end) == ("2020-04-01", "2020-06-30")
    assert q2.accession == "0001326801-20-000076"  # the 10-Q that reported the six months
    assert "6 months to 2020-06-30" in q2.derivation and "3 months to 2020-03-31" in q2.derivation
    q4 = ppe["Q4-2020"]
    assert q4.source_title.startswith("Meta 10-K FY2020 (") and q4.filed == "2021-01-28"
    q1 = ppe["Q1-2021"]
    assert q1.source_title.startswith("Meta 10-Q Q1 2021 (") and q1.derivation == "reported"
    # the four quarters add up to the fiscal year the 10-K reports
    assert sum(ppe[f"Q{i}-2020"].value_usd for i in range(1, 5)) == ppe["FY2020"].value_usd


def test_meta_headline_quarters_match_release_figures(meta):
    head = by_label(meta.figures, "ppe_incl_finance_lease_principal")
    # rtt company_reported_capex_usd (release figures printed to $10M)
    release = {"Q1-2020": 3660, "Q2-2020": 3360, "Q3-2020": 3880, "Q4-2020": 4820, "Q1-2021": 4420}
    for label, printed in release.items():
        assert abs(head[label].value_usd / M - printed) <= 5, label


def test_meta_comparatives_do_not_move_the_source(meta):
    # Q1-2020 reappears as a comparative in the Q1 2021 10-Q with the same value: the figure keeps
    # the filing that first reported it, and appears once.
    ppe = by_label(meta.figures, "ppe_cash")
    assert ppe["Q1-2020"].accession == "0001326801-20-000048"


def test_meta_gap_stays_a_gap(meta):
    ppe = by_label(meta.figures, "ppe_cash")
    # 2011: no Q1 value in the file (only H1, 9M, FY) -> Q1 and Q2 unknown, Q3 and Q4 derivable
    assert "Q1-2011" not in ppe and "Q2-2011" not in ppe
    assert ppe["Q3-2011"].value_usd == 136 * M and ppe["Q4-2011"].value_usd == 185 * M
    # FY2010 reported, none of its quarters
    assert "FY2010" in ppe and not any(k.endswith("-2010") and k.startswith("Q") for k in ppe)
    head = by_label(meta.figures, "ppe_incl_finance_lease_principal")
    # finance-lease principal is reported from Q1 2019: no headline figure before (never ppe alone)
    assert min(f.period_end for f in head.values()) == "2019-03-31"


def test_combined_series_never_starts_from_zero_valued_comparatives(meta):
    """Regression (issue 14): the 2019-2020 filings carry 2017-2018 finance-lease principal as
    zero comparatives; the headline must not exist for those years (Q4-2018 would be $4.301B, the
    cash line alone, against the release's $4.37B), so no year-over-year crosses the break."""
    head = by_label(meta.figures, "ppe_incl_finance_lease_principal")
    assert not any(label.endswith(("-2017", "-2018")) or label in ("FY2017", "FY2018") for label in head)
    assert by_label(meta.figures, "ppe_cash")["Q4-2018"].value_usd == 4_301 * M  # the cash line stays
    assert head["Q1-2019"].value_usd == (3_837 + 125) * M and head["FY2019"].value_usd == (15_102 + 552) * M


def test_a_derived_quarter_cites_its_own_filing_and_lists_both(meta):
    """Regression (issue 14): Q2-2012 = H1 2012 (Q2 2012 10-Q) - Q1 2012, which appears only as a
    comparative in the Q1 2013 10-Q. It cites the Q2 2012 10-Q, never the Q1 2013 one."""
    q2 = by_label(meta.figures, "ppe_cash")["Q2-2012"]
    assert (q2.accession, q2.filed, q2.source_title) == (
        "0001193125-12-325997",
        "2012-07-31",
        "Meta 10-Q Q2 2012 (accession 0001193125-12-325997, SEC XBRL data)",
    )
    assert [d[1] for d in q2.derived_from] == ["0001193125-12-325997", "0001326801-13-000011"]
    fig = q2.to_new_figure()
    assert fig.document_kind == "10-Q" and fig.derivation.startswith("derived: 6 months")
    assert [d.accession for d in fig.derived_from] == ["0001193125-12-325997", "0001326801-13-000011"]


def test_history_mode_equals_current_when_nothing_restated(meta):
    hist = extract(META.read_bytes(), "meta", company_name="Meta", fiscal_year_end="12-31", history=True)
    assert sorted((f.definition_code, f.fiscal_label, f.value_usd) for f in hist.figures) == sorted(
        (f.definition_code, f.fiscal_label, f.value_usd) for f in meta.figures
    )


# ----------------------------------------------------------------------------- fiscal calendars


def test_microsoft_june_fiscal_year():
    r = extract((FIX / "msft-june-fy.synthetic.json").read_bytes(), "microsoft", fiscal_year_end="06-30")
    ppe = by_label(r.figures, "ppe_cash")
    q2 = ppe["Q2-2026"]  # Oct-Dec 2025 is Microsoft's fiscal Q2 2026
    assert (q2.period_start, q2.period_end, q2.value_usd) == ("2025-10-01", "2025-12-31", 29_876 * M)
    assert ppe["FY2026"].period_start == "2025-07-01" and ppe["FY2026"].value_usd == 115_948 * M
    assert ppe["Q4-2026"].value_usd == 35_802 * M and ppe["Q4-2026"].period_start == "2026-04-01"
    assert [ppe[f"Q{i}-2025"].value_usd // M for i in range(1, 5)] == [14_923, 15_804, 16_745, 17_079]
    assert ppe["FY2025"].value_usd == 64_551 * M
    # the prior-year comparative (Jul-Sep 2023) is a reported quarter of FY2024
    assert ppe["Q1-2024"].period_end == "2023-09-30"
    assert "FY2024" not in ppe  # never reported in this file: not invented


def test_oracle_may_fiscal_year():
    r = extract((FIX / "orcl-may-fy.synthetic.json").read_bytes(), "oracle", fiscal_year_end="05-31")
    ppe = by_label(r.figures, "ppe_cash")
    q3 = ppe["Q3-2026"]
    assert (q3.period_start, q3.period_end, q3.value_usd) == ("2025-12-01", "2026-02-28", 18_635 * M)
    assert ppe["Q4-2026"].value_usd == 16_493 * M and ppe["Q4-2026"].period_start == "2026-03-01"
    assert ppe["Q4-2025"].value_usd == 9_080 * M  # FY2025 minus its nine months
    assert ppe["Q1-2027"].value_usd == 28_499 * M and ppe["Q1-2027"].period_end == "2026-08-31"
    assert ppe["FY2026"].period_start == "2025-06-01" and ppe["FY2026"].value_usd == 55_663 * M
    assert sum(ppe[f"Q{i}-2026"].value_usd for i in range(1, 5)) == ppe["FY2026"].value_usd
    # FY2025's Q1/Q2 were not in the file: not invented
    assert "Q1-2025" not in ppe and "Q2-2025" not in ppe and "Q3-2025" not in ppe


@pytest.mark.parametrize(
    ("end", "fye", "label"),
    [
        ("2025-12-31", "06-30", (2026, 2)),  # Microsoft
        ("2026-06-30", "06-30", (2026, 4)),
        ("2026-02-28", "05-31", (2026, 3)),  # Oracle
        ("2025-12-27", "09-30", (2026, 1)),  # Apple, 52/53-week year
        ("2025-09-27", "09-30", (2025, 4)),
        ("2026-04-26", "01-31", (2027, 1)),  # Nvidia (capex_reference: Q1-2027 ends 2026-04-26)
        ("2026-01-25", "01-31", (2026, 4)),
        ("2021-01-02", "12-31", (2020, 4)),  # a 53-week December year ending in early January
        ("2024-03-31", "12-31", (2024, 1)),
    ],
)
def test_fiscal_labels(end, fye, label):
    d = date.fromisoformat(end)
    assert fiscal_quarter_of(d, fye) == label
    assert fiscal_year_of(d, fye) == label[0]


def test_fiscal_year_end_inferred_when_unknown():
    r = extract((FIX / "msft-june-fy.synthetic.json").read_bytes(), "microsoft")  # no fiscal_year_end
    assert "Q2-2026" in by_label(r.figures, "ppe_cash")
    assert infer_fiscal_year_end([]) == "12-31"


# ----------------------------------------------------------------------------- restatements, gaps


def test_restatement_latest_filing_wins_and_history_kept():
    raw = (FIX / "restatement.synthetic.json").read_bytes()
    current = by_label(extract(raw, "alphabet", fiscal_year_end="12-31").figures, "ppe_cash")
    assert current["Q1-2024"].value_usd == 12_100 * M  # re-presented in the Q1 2025 10-Q
    assert current["Q1-2024"].accession == "0001652044-25-000043"
    assert current["FY2024"].value_usd == 52_600 * M and current["FY2024"].source_title.startswith(
        "Alphabet Inc. 10-K/A"
    )
    # Q2 = H1 - Q1 with both legs as they stood when H1 was filed (no mixing of bases)
    assert current["Q2-2024"].value_usd == 13_186 * M
    assert current["Q4-2024"].value_usd == (52_600 - 38_259) * M
    assert current["Q1-2025"].value_usd == 17_197 * M  # the 8-K's 99,999 is ignored

    hist = extract(raw, "alphabet", fiscal_year_end="12-31", history=True).figures
    versions = [(f.value_usd // M, f.filed) for f in hist if f.fiscal_label == "Q1-2024"]
    assert versions == [(12_012, "2024-04-25"), (12_100, "2025-04-25")]
    fy = [(f.value_usd // M, f.form) for f in hist if f.fiscal_label == "FY2024"]
    assert fy == [(52_535, "10-K"), (52_600, "10-K/A")]
    q4 = [f.value_usd // M for f in hist if f.fiscal_label == "Q4-2024"]
    assert q4 == [52_535 - 38_259, 52_600 - 38_259]
    # history is ordered by filing date, so adding it in order leaves the latest as current
    assert [f.filed for f in hist] == sorted(f.filed for f in hist)


def test_missing_quarters_are_not_invented():
    r = extract((FIX / "gaps.synthetic.json").read_bytes(), "tesla", fiscal_year_end="12-31")
    ppe = by_label(r.figures, "ppe_net_of_sales")
    assert set(ppe) == {"Q1-2023", "Q4-2023", "FY2023", "Q1-2024", "Q2-2024", "Q3-2024"}
    assert ppe["Q4-2023"].value_usd == (8_898 - 6_592) * M
    assert ppe["Q3-2024"].value_usd == (8_319 - 5_045) * M


# ----------------------------------------------------------------------------- two series


def test_amazon_gross_and_net_series():
    raw = (FIX / "amazon-two-series.synthetic.json").read_bytes()
    r = extract(raw, "amazon", company_name="Amazon", fiscal_year_end="12-31")
    gross = by_label(r.figures, "productive_assets_gross")
    net = by_label(r.figures, "net_of_proceeds_incentives")
    # capex_reference.csv: FY2024 gross 82,999M, net 77,658M; rtt quarters net 13,935 / 16,393 / 21,278 / 26,052
    assert gross["FY2024"].value_usd == 82_999 * M and net["FY2024"].value_usd == 77_658 * M
    assert [net[f"Q{i}-2024"].value_usd // M for i in range(1, 5)] == [13_935, 16_393, 21_278, 26_052]
    assert [gross[f"Q{i}-2024"].value_usd // M for i in range(1, 5)] == [14_925, 17_620, 22_620, 27_834]
    # the trap: Amazon's old PaymentsToAcquirePropertyPlantAndEquipment (FY2016) is not Amazon capex
    assert not any(f.definition_code == "ppe_cash" for f in r.figures)
    assert "FY2016" not in gross


def test_amazon_net_is_a_gap_without_the_proceeds_concept():
    doc = json.loads((FIX / "amazon-two-series.synthetic.json").read_bytes())
    del doc["facts"]["amzn"]  # what the live companyfacts API (standard taxonomies only) carries
    r = extract(doc, "amazon", fiscal_year_end="12-31")
    assert not by_label(r.figures, "net_of_proceeds_incentives")
    assert by_label(r.figures, "productive_assets_gross")["FY2024"].value_usd == 82_999 * M
    assert any("net_of_proceeds_incentives" in w for w in r.warnings)


# ----------------------------------------------------------------------------- rejection


def test_truncated_json_is_rejected_whole():
    raw = META.read_bytes()
    with pytest.raises(SecDataError, match="truncated"):
        extract(raw[: len(raw) // 2], "meta")
    with pytest.raises(SecDataError):
        extract(b"", "meta")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("facts"),
        lambda d: d.update(cik="abc"),
        lambda d: d["facts"]["us-gaap"]["PaymentsToAcquirePropertyPlantAndEquipment"]["units"]["USD"][
            3
        ].update(val="1,000"),
        lambda d: d["facts"]["us-gaap"]["PaymentsToAcquirePropertyPlantAndEquipment"]["units"]["USD"][5].pop(
            "filed"
        ),
        lambda d: d["facts"]["us-gaap"]["FinanceLeasePrincipalPayments"].update(units=[]),
    ],
)
def test_malformed_entries_reject_the_whole_file(mutate):
    doc = json.loads(META.read_bytes())
    mutate(doc)
    with pytest.raises(SecDataError):
        extract(json.dumps(doc).encode(), "meta")


def test_wrong_company_file_is_rejected():
    with pytest.raises(SecDataError, match="expected 789019"):
        extract(META.read_bytes(), "microsoft", expected_cik=789019)


def test_parse_accepts_string_cik():
    doc = parse_companyfacts(b'{"cik": "0000320193", "entityName": "Apple Inc.", "facts": {}}')
    assert doc["cik"] == 320193
