"""Storage on a real SQLite file and a real PostgreSQL server: migrations, idempotent imports, history, checks, backups."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from old_schema import database_at, recorded_version, set_version
from pg_server import PgServer

from storage.importer import ImportRejected
from storage.migrate import DatabaseTooNew, available_migrations
from storage.models import NewFigure
from storage.pg import find_binary
from storage.store import Storage

FIG = NewFigure(
    company_id="meta",
    fiscal_label="Q3-2026",
    period_start="2026-07-01",
    period_end="2026-09-30",
    kind="actual",
    definition_code="ppe_incl_finance_lease_principal",
    source_title="Meta Q3 2026 release",
    value_usd=32_100_000_000,
    announced="2026-10-29",
)


@pytest.mark.both_backends
async def test_first_start_seeds_and_second_start_is_a_noop(database_url: str):
    path = database_url
    first = await Storage.open(path)
    count = await first.figures.count()
    await first.close()
    assert count > 350
    second = await Storage.open(path)
    assert await second.figures.count() == count
    await second.close()


@pytest.mark.both_backends
async def test_readding_a_figure_is_a_noop_and_restatement_keeps_history(storage: Storage):
    assert len(await storage.figures.add([FIG], origin="test")) == 1
    assert await storage.figures.add([FIG], origin="test") == []
    restated = replace(FIG, value_usd=32_200_000_000, announced="2027-01-28", source_title="Meta 10-K")
    assert len(await storage.figures.add([restated], origin="test")) == 1
    history = await storage.figures.history("meta", "actual", FIG.definition_code, FIG.period_end)
    assert [h.value_usd for h in history] == [32_100_000_000, 32_200_000_000]


@pytest.mark.both_backends
async def test_catalog_sees_writes_from_another_process(database_url: str):
    path = database_url
    reader = await Storage.open(path)
    writer = await Storage.open(path)
    snap = await reader.catalog.snapshot()
    assert not any(f.fiscal_label == "Q3-2026" for f in snap.figures_of("meta"))
    await writer.figures.add([FIG], origin="test")
    snap = await reader.catalog.snapshot()
    assert any(f.value_usd == 32_100_000_000 for f in snap.figures_of("meta"))
    await writer.close()
    await reader.close()


@pytest.mark.both_backends
async def test_snapshot_is_cached_until_data_changes(storage: Storage):
    first = await storage.catalog.snapshot()
    assert await storage.catalog.snapshot() is first
    await storage.state.set("unrelated", "1")
    assert await storage.catalog.snapshot() is first  # non-catalogue writes don't force a reload
    await storage.figures.add([FIG], origin="test")
    assert await storage.catalog.snapshot() is not first


@pytest.mark.both_backends
async def test_database_newer_than_code_is_refused(database_url: str):
    await (await Storage.open(database_url, seed=False)).close()
    set_version(database_url, len(available_migrations()) + 5)
    with pytest.raises(DatabaseTooNew):
        await Storage.open(database_url)
    assert recorded_version(database_url) == len(available_migrations()) + 5  # nothing touched


@pytest.mark.both_backends
async def test_migrating_an_old_database_keeps_its_data(database_url: str):
    """A database at schema 1 (the first release) with a user's figure is upgraded in place."""
    database_at(database_url, 1, [
        "INSERT INTO definitions VALUES ('ppe_cash', 'x', 'x', NULL)",
        "INSERT INTO companies (id, name, ticker, fiscal_year_end, headline_definition) "
        "VALUES ('meta', 'Meta', 'META', '12-31', 'ppe_cash')",
        "INSERT INTO figures (company_id, fiscal_label, period_start, period_end, kind, value_usd, "
        "definition_code, source_title, recorded_at, origin, identity) VALUES ('meta', 'FY1999', "
        "'1999-01-01', '1999-12-31', 'actual', 1, 'ppe_cash', 'old', '2020', 'user', 'old-1')",
    ])  # fmt: skip
    store = await Storage.open(database_url)
    try:
        snap = await store.catalog.snapshot()
        [old] = [f for f in snap.figures_of("meta") if f.fiscal_label == "FY1999"]
        assert old.value_usd == 1 and (old.stated_revision, old.stated_prior_low_usd) == ("", None)
        assert await store.figures.count() > 350  # the seed went in beside it
        assert await store.db.integrity_check() == []
    finally:
        await store.close()
    assert recorded_version(database_url) == len(available_migrations())


HEADER = "company,fiscal_period,period_start,period_end,kind,value_usd,low_usd,high_usd,currency,definition,source_title,source_url,accession,date\n"


@pytest.mark.both_backends
async def test_import_is_all_or_nothing_with_line_numbers(storage: Storage, tmp_path: Path):
    before = await storage.figures.count()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "meta,Q3-2026,2026-07-01,2026-09-30,actual,32100000000,,,USD,ppe_incl_finance_lease_principal,Release,,,2026-10-29\n"
        + "nosuch,FY2026,2026-01-01,2026-12-31,actual,1,,,USD,ppe_cash,x,,,\n"
        + "meta,FY2026,2026-12-31,2026-01-01,actual,1,,,USD,ppe_cash,x,,,\n"
        + "meta,FY2026,2026-01-01,2026-12-31,guidance,,9,5,USD,ppe_cash,x,,,\n"
        + "meta,FY2026,2026-01-01,2026-12-31,actual,abc,,,USD,ppe_cash,x,,,\n"
    )
    with pytest.raises(ImportRejected) as info:
        await storage.import_file(bad)
    reasons = {e.line: e.reason for e in info.value.errors}
    assert set(reasons) == {3, 4, 5, 6}
    assert "unknown company" in reasons[3]
    assert "after period_end" in reasons[4]
    assert "low_usd is greater" in reasons[5]
    assert "not a number" in reasons[6]
    assert await storage.figures.count() == before


@pytest.mark.both_backends
async def test_import_json_then_reimport_is_noop(storage: Storage, tmp_path: Path):
    good = tmp_path / "good.json"
    good.write_text(
        '[{"company": "FB", "fiscal_period": "FY2027", "period_start": "2027-01-01", "period_end": '
        '"2027-12-31", "kind": "guidance", "low_usd": 150e9, "high_usd": 170e9, "definition": '
        '"ppe_incl_finance_lease_principal", "source_title": "Test outlook", "date": "2026-10-29"}]'
    )
    assert len(await storage.import_file(good)) == 1
    assert await storage.import_file(good) == []


@pytest.mark.both_backends
async def test_integrity_check_and_backup_restores(storage: Storage, tmp_path: Path, request: pytest.FixtureRequest):
    """`db backup`: SQLite's online copy opens as a database; PostgreSQL's pg_dump file restores
    with pg_restore into an empty database. Either way the copy holds what the original did."""
    assert await storage.db.integrity_check() == []
    await storage.subscriptions.subscribe("webhook", "https://hooks.example.org/a", "meta")
    if storage.db.dialect == "sqlite":
        target = tmp_path / "backup" / "copy.sqlite3"
        await storage.db.backup_to(target)
        restored = str(target)
    else:
        target = tmp_path / "backup" / "copy.dump"
        assert await storage.db.backup_to(target) == "pg_dump"
        server: PgServer = request.getfixturevalue("pg_server")
        restored = server.create_database()
        subprocess.run(
            [find_binary("pg_restore") or "pg_restore", "--no-owner", f"--dbname={restored}", str(target)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    copy = await Storage.open(restored, seed=False)
    try:
        assert await copy.db.integrity_check() == []
        assert await copy.figures.count() == await storage.figures.count()
        assert [s.target for s in await copy.subscriptions.all()] == ["https://hooks.example.org/a"]
        assert await copy.state.get("seed_digest") == await storage.state.get("seed_digest")
    finally:
        await copy.close()


@pytest.mark.both_backends
async def test_import_rejects_a_label_that_contradicts_its_dates_and_bad_urls(storage: Storage, tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "meta,Q3-2026,2026-01-01,2026-12-31,actual,1,,,USD,ppe_cash,x,,,\n"
        + "meta,FY2026,2026-01-01,2026-03-31,actual,1,,,USD,ppe_cash,x,,,\n"
        + "meta,Q3-2026,2026-07-01,2026-09-30,actual,1,,,USD,ppe_cash,x,notaurl,,\n"
    )
    with pytest.raises(ImportRejected) as info:
        await storage.import_file(bad)
    reasons = {e.line: e.reason for e in info.value.errors}
    assert "covers 365 days" in reasons[2] and "covers 90 days" in reasons[3] and "http" in reasons[4]
