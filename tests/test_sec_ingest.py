"""SEC ingestion end to end on a real SQLite file: store, restatement history, rejection,
conditional fetch through the local server, and the poller turning a new filing into one alert."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from sec_fake_server import FakeSec

from bot.settings import ConfigError, load_settings
from bot.workers import sec_poller
from storage.sources.sec_client import SecClient
from storage.sources.sec_extract import SecDataError
from storage.sources.sec_ingest import (
    BACKFILL_ORIGIN,
    ORIGIN,
    default_sec_companies,
    ingest_company,
    store_document,
    validators_key,
)

pytestmark = pytest.mark.both_backends

FIX = Path(__file__).parent / "fixtures" / "sec"
META_RAW = (FIX / "CIK0001326801.capex-trimmed.json").read_bytes()
UA = "Capexbot tests ops@example.org"
M = 1_000_000
Q1_2021_10Q = "0001326801-21-000033"


def meta_without_last_filing() -> bytes:
    """The Meta file as it stood before the Q1 2021 10-Q was filed."""
    doc = json.loads(META_RAW)
    for concept in doc["facts"]["us-gaap"].values():
        concept["units"]["USD"] = [e for e in concept["units"]["USD"] if e["accn"] != Q1_2021_10Q]
    return json.dumps(doc).encode()


async def company(storage, cid):
    return (await storage.catalog.snapshot()).companies[cid]


async def sec_rows(storage, cid):
    return [f for f in await storage.figures.all() if f.company_id == cid and f.origin.startswith("sec")]


async def test_store_meta_document(storage):
    meta = await company(storage, "meta")
    report = await store_document(storage, meta, META_RAW)
    assert report.status == "stored" and report.found == 61 and report.added > 0
    assert report.latest_accession == Q1_2021_10Q
    rows = await sec_rows(storage, "meta")
    assert all(r.origin == BACKFILL_ORIGIN for r in rows)  # first ingest = history, not news
    q3 = [r for r in rows if r.fiscal_label == "Q3-2020" and r.definition_code == "ppe_incl_finance_lease_principal"]
    assert len(q3) == 1
    fig = q3[0]
    assert fig.value_usd == (10_502 + 398 - 6_813 - 209) * M
    assert (fig.period_start, fig.period_end, fig.kind) == ("2020-07-01", "2020-09-30", "actual")
    assert fig.accession == "0001326801-20-000084" and fig.announced == "2020-10-30"
    assert fig.source_title == "Meta Platforms 10-Q Q3 2020 (accession 0001326801-20-000084, SEC XBRL data)"
    assert fig.source_url == "https://data.sec.gov/api/xbrl/companyfacts/CIK0001326801.json"
    # the seed already had FY2020 from the same 10-K with the same value: not duplicated
    fy = await storage.figures.history("meta", "actual", "ppe_cash", "2020-12-31")
    assert [f.value_usd for f in fy if f.period_start == "2020-01-01"] == [15_115 * M]

    again = await store_document(storage, meta, META_RAW)
    assert again.status == "unchanged" and again.added == 0


async def test_restatement_kept_as_history_latest_wins(storage):
    alphabet = await company(storage, "alphabet")
    await store_document(storage, alphabet, (FIX / "restatement.synthetic.json").read_bytes())
    versions = await storage.figures.history("alphabet", "actual", "ppe_cash", "2024-03-31")
    q1 = [(f.value_usd // M, f.announced) for f in versions if f.period_start == "2024-01-01"]
    # the seed already holds 12,012 from the 10-Q filed 2024-04-26 (same fact: kept, not duplicated)
    assert q1 == [(12_012, "2024-04-26"), (12_100, "2025-04-25")]
    fy = await storage.figures.history("alphabet", "actual", "ppe_cash", "2024-12-31")
    assert [f.value_usd // M for f in fy if f.period_start == "2024-01-01"][-1] == 52_600


async def test_truncated_document_stores_nothing(storage):
    meta = await company(storage, "meta")
    before = await storage.figures.count()
    with pytest.raises(SecDataError):
        await store_document(storage, meta, META_RAW[:-100])
    assert await storage.figures.count() == before
    assert await storage.state.get("sec.last_ingest.meta") is None


async def test_document_for_another_company_is_rejected(storage):
    msft = await company(storage, "microsoft")
    with pytest.raises(SecDataError, match="expected 789019"):
        await store_document(storage, msft, META_RAW)


async def test_amazon_two_series_stored_under_their_codes(storage):
    amazon = await company(storage, "amazon")
    report = await store_document(storage, amazon, (FIX / "amazon-two-series.synthetic.json").read_bytes())
    assert report.found == 10  # FY2024 + four quarters, for each of the two series
    for code, fy_value, q4_value in (
        ("productive_assets_gross", 82_999, 27_834),
        ("net_of_proceeds_incentives", 77_658, 26_052),
    ):
        fy = await storage.figures.history("amazon", "actual", code, "2024-12-31")
        # the seed holds the same values (from the rtt history): the SEC rows are no-ops there
        assert {f.value_usd // M for f in fy if f.period_start == "2024-01-01"} == {fy_value}
        assert {f.value_usd // M for f in fy if f.period_start == "2024-10-01"} == {q4_value}


# ----------------------------------------------------------------------------- over HTTP


@pytest.fixture
async def sec():
    server = await FakeSec(files={1326801: META_RAW}).start()
    yield server
    await server.stop()


async def test_conditional_fetch_keeps_validators_in_state(storage, sec):
    meta = await company(storage, "meta")
    async with SecClient(UA, base_url=sec.base_url) as client:
        first = await ingest_company(storage, client, meta)
        assert first.status == "stored"
        saved = json.loads(await storage.state.get(validators_key(1326801)))
        assert saved["etag"] == sec.etag(META_RAW) and saved["last_modified"] == sec.last_modified
        second = await ingest_company(storage, client, meta)
    assert second.status == "not_modified"
    assert sec.statuses == [200, 304]
    assert sec.requests[1]["If-None-Match"] == saved["etag"]


async def test_truncated_json_over_http_is_rejected_and_not_remembered(storage, sec):
    sec.files[1326801] = META_RAW[: len(META_RAW) // 3]  # complete transfer of a broken file
    meta = await company(storage, "meta")
    before = await storage.figures.count()
    async with SecClient(UA, base_url=sec.base_url) as client:
        with pytest.raises(SecDataError, match="truncated"):
            await ingest_company(storage, client, meta)
    assert await storage.figures.count() == before
    assert await storage.state.get(validators_key(1326801)) is None  # next poll fetches again


async def test_poller_turns_a_new_filing_into_one_alert_event(storage, services, sec):
    sec.files[1326801] = meta_without_last_filing()
    factory = lambda: SecClient(UA, base_url=sec.base_url, backoff_base=0.001, max_attempts=1)  # noqa: E731
    poller = sec_poller.SecPoller(services, factory, interval_s=3600)

    reports = {r.company_id: r for r in await poller.poll_once()}  # first poll: backfill
    assert reports["meta"].status == "stored"
    assert reports["alphabet"].status == "error"  # the fake serves only Meta; others fail alone
    await storage.subscriptions.subscribe("webhook", "http://127.0.0.1:9/hook", "meta")
    assert await storage.outbox.events() == []

    reports = {r.company_id: r for r in await poller.poll_once()}  # nothing new: 304
    assert reports["meta"].status == "not_modified"
    assert await storage.outbox.events() == []

    sec.files[1326801] = META_RAW  # the Q1 2021 10-Q is filed
    reports = {r.company_id: r for r in await poller.poll_once()}
    # two figures come from that 10-Q; the seed already had the cash line (4,272M, same value:
    # a no-op), the headline differs from the seed's release print (4,420M) so it is new
    assert reports["meta"].status == "stored" and reports["meta"].added == 1
    events = await storage.outbox.events()
    assert len(events) == 1 and events[0]["company_id"] == "meta"
    assert events[0]["group_key"] == f"accession:{Q1_2021_10Q}"
    new = [f for f in await storage.figures.all() if f.id in events[0]["figure_ids"]]
    assert [(f.fiscal_label, f.definition_code, f.value_usd // M, f.origin) for f in new] == [
        ("Q1-2021", "ppe_incl_finance_lease_principal", 4_423, ORIGIN),
    ]
    cash = await storage.figures.history("meta", "actual", "ppe_cash", "2021-03-31")
    assert [f.value_usd // M for f in cash if f.period_start == "2021-01-01"] == [4_272]
    meta_requests = [r for r in sec.requests if r["path"].endswith("CIK0001326801.json")]
    assert len(meta_requests) == 3


async def test_poller_run_loops_and_stops_cleanly(services, sec):
    factory = lambda: SecClient(UA, base_url=sec.base_url, max_attempts=1)  # noqa: E731
    poller = sec_poller.SecPoller(services, factory, interval_s=0.05)
    task = asyncio.create_task(poller.run())
    for _ in range(200):
        await asyncio.sleep(0.02)
        if poller.polls >= 2:
            break
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert poller.polls >= 2


def test_poller_build(services):
    assert sec_poller.build(load_settings(sec_poll_minutes=None), services) is None
    with pytest.raises(ConfigError, match="SEC_USER_AGENT"):
        sec_poller.build(load_settings(sec_poll_minutes=5, sec_user_agent=None), services)
    poller = sec_poller.build(load_settings(sec_poll_minutes=5, sec_user_agent=UA), services)
    assert poller is not None and poller.name == "sec-poller" and poller.interval_s == 300


async def test_default_companies_are_sec_filers_with_sec_headlines(storage):
    snap = await storage.catalog.snapshot()
    ids = {c.id for c in default_sec_companies(snap.companies.values())}
    assert {"meta", "alphabet", "amazon", "microsoft", "oracle", "apple", "tesla", "nvidia"} <= ids
    assert not ids & {"tencent", "alibaba", "baidu"}  # converted from CNY / no CIK


async def test_extraction_runs_in_a_worker_process_and_errors_come_back(storage):
    from storage.sources import sec_ingest
    from storage.sources.sec_extract import extract

    meta = await company(storage, "meta")
    result = await sec_ingest.extract_off_loop(META_RAW, meta)
    assert result.figures == extract(
        META_RAW, "meta", company_name=meta.name, fiscal_year_end="12-31", expected_cik=1326801, history=True
    ).figures
    assert sec_ingest._POOL is not None  # the process pool path was taken, not the thread fallback
    with pytest.raises(SecDataError, match="truncated"):
        await sec_ingest.extract_off_loop(META_RAW[:999], meta)
