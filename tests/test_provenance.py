"""Source documents: the provenance columns (migration 0005), their import format, re-citing
seed figures, and the one rule for "properly cited" (storage/provenance.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from old_schema import database_at

from storage.importer import ImportRejected
from storage.models import NewFigure, SecondaryRef, SourceDoc
from storage.provenance import problems
from storage.store import Storage

pytestmark = pytest.mark.both_backends

Q10 = "https://www.sec.gov/Archives/edgar/data/1326801/000132680119000069/fb-06302019x10q.htm"
Q10_Q1 = "https://www.sec.gov/Archives/edgar/data/1326801/000132680119000037/fb-03312019x10q.htm"
DERIVED = NewFigure(
    company_id="meta",
    fiscal_label="Q2-2030",
    period_start="2030-04-01",
    period_end="2030-06-30",
    kind="actual",
    definition_code="ppe_cash",
    source_title="Meta 10-Q for the quarter ended 30 Jun 2030",
    value_usd=3_633_000_000,
    source_url=Q10,
    accession="0001326801-19-000069",
    announced="2030-07-25",
    document_kind="10-Q",
    derivation="Q2 = six months to 30 Jun minus three months to 31 Mar",
    derived_from=(
        SourceDoc("10-Q", "Meta 10-Q Q2", Q10, "0001326801-19-000069", "2030-07-25"),
        SourceDoc("10-Q", "Meta 10-Q Q1", Q10_Q1, "0001326801-19-000037", "2030-04-25"),
    ),
    secondary_refs=(SecondaryRef("race-through-time data set", "https://github.com/x/y"),),
)


def test_a_cited_derived_figure_has_no_problems():
    assert problems(DERIVED) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"document_kind": None}, "no document kind"),
        ({"announced": None}, "no date"),
        ({"source_url": "https://github.com/a/b/blob/x/data.csv"}, "secondary source"),
        ({"source_url": "https://stocktwits.com/x"}, "secondary source"),
        ({"accession": None}, "needs its accession"),
        ({"accession": "0001326801-19-000070"}, "does not match the URL"),
        ({"source_url": "https://investor.fb.com/x"}, "must be cited on sec.gov"),
        ({"derived_from": ()}, "does not list the documents"),
        ({"document_kind": "news"}, "not a primary document"),
    ],
)
def test_each_citation_fault_is_named(change, expected):
    found = problems(replace(DERIVED, **change))
    assert any(expected in p for p in found), found


def test_sec_companyfacts_data_is_cited_with_the_filing_accession():
    """`ingest sec` cites the companyfacts data it read and the filing's accession; it builds no URL."""
    facts = "https://data.sec.gov/api/xbrl/companyfacts/CIK0001326801.json"
    fig = replace(DERIVED, source_url=facts, derivation="", derived_from=())
    assert problems(fig) == []
    assert any("needs its accession" in p for p in problems(replace(fig, accession=None)))
    assert any("does not match" in p for p in problems(replace(fig, source_url=facts + "?x=1")))


async def test_provenance_round_trips_through_sqlite(storage: Storage):
    [stored] = await storage.figures.add([DERIVED], origin="test")
    again = [f for f in await storage.figures.all() if f.id == stored.id][0]
    assert again.derived_from == DERIVED.derived_from
    assert again.secondary_refs == DERIVED.secondary_refs
    assert (again.document_kind, again.derivation) == ("10-Q", DERIVED.derivation)


async def test_recite_replaces_only_the_citation_of_the_same_fact(storage: Storage):
    old = replace(DERIVED, source_title="some data set", source_url="https://github.com/x", accession=None,
                  announced=None, document_kind=None, derived_from=(), derivation="")
    await storage.figures.add([old], origin="seed")
    other = replace(DERIVED, value_usd=1)  # a different fact: never touched
    assert await storage.figures.recite([DERIVED, other], origin="seed") == 1
    assert await storage.figures.recite([DERIVED], origin="seed") == 0  # already current
    rows = [f for f in await storage.figures.all() if f.fiscal_label == "Q2-2030"]
    assert len(rows) == 1 and problems(rows[0]) == [] and rows[0].value_usd == DERIVED.value_usd


HEADER = (
    "company,fiscal_period,period_start,period_end,kind,value_usd,low_usd,high_usd,currency,definition,"
    "source_title,source_url,accession,date,document_kind,derivation,derived_from,secondary_refs\n"
)


async def test_import_reads_provenance_and_rejects_bad_json(storage: Storage, tmp_path: Path):
    good = tmp_path / "good.csv"
    derived = '"[{""kind"": ""10-Q"", ""title"": ""Q2"", ""url"": ""' + Q10 + '"", ""accession"": ""0001326801-19-000069""}]"'
    good.write_text(
        HEADER + f"meta,Q2-2031,2031-04-01,2031-06-30,actual,5,,,USD,ppe_cash,Meta 10-Q,{Q10},"
        f"0001326801-19-000069,2025-07-25,10-Q,Q2 = H1 - Q1,{derived},[]\n"
    )
    [fig] = await storage.import_file(good)
    assert fig.derived_from[0].accession == "0001326801-19-000069" and fig.document_kind == "10-Q"
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "meta,Q2-2031,2031-04-01,2031-06-30,actual,6,,,USD,ppe_cash,t,,,,blog,,,\n"
                   + "meta,Q2-2031,2031-04-01,2031-06-30,actual,7,,,USD,ppe_cash,t,,,,,,{not json,\n")
    with pytest.raises(ImportRejected) as err:
        await storage.import_file(bad)
    assert [e.line for e in err.value.errors] == [2, 3]
    assert "document_kind" in str(err.value) and "derived_from" in str(err.value)


async def test_migration_marks_earlier_sec_figures_with_their_form(database_url: str):
    database_at(database_url, 4, [
        "INSERT INTO definitions VALUES ('ppe_cash', 'x', 'x', NULL)",
        "INSERT INTO companies (id, name, ticker, fiscal_year_end, headline_definition) "
        "VALUES ('meta', 'Meta', 'META', '12-31', 'ppe_cash')",
        "INSERT INTO figures (company_id, fiscal_label, period_start, period_end, kind, value_usd, "
        "definition_code, source_title, source_url, accession, announced, recorded_at, origin, identity) "
        "VALUES ('meta', 'FY1999', '1999-01-01', '1999-12-31', 'actual', 1, 'ppe_cash', 'Meta 10-K FY1999', "
        "'https://www.sec.gov/Archives/edgar/data/1326801/000132680121000014/0001326801-21-000014-index.htm', "
        "'0001326801-21-000014', '2000-01-28', '2020', 'sec', 'old-1')",
    ])  # fmt: skip
    store = await Storage.open(database_url, seed=False)
    [fig] = [f for f in await store.figures.all() if f.fiscal_label == "FY1999"]
    await store.close()
    assert fig.document_kind == "10-K" and fig.derived_from == () and problems(fig) == []
