"""Earnings releases end to end: a local EDGAR stand-in (submissions, index.json, EX-99.1 HTML) ->
figures and guidance -> one webhook alert per company per release; re-polls and the later 10-Q add
nothing; a cut-off exhibit stores nothing. All documents and accessions served here are synthetic.
"""

from __future__ import annotations

import asyncio
import csv
import json
import logging
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from cli_process import capexbot_async as capexbot
from sec_fake_server import FakeSec
from test_alerts_delivery import run_once

from bot.workers import sec_poller
from storage.sources.release_extract import extract_release
from storage.sources.release_ingest import (
    earnings_filings,
    exhibit_number,
    pick_release_document,
    poll_releases,
)
from storage.sources.sec_client import SecClient
from storage.sources.sec_ingest import last_ingest_key, store_document

pytestmark = pytest.mark.both_backends

FIX = Path(__file__).parent / "fixtures" / "releases"
DATA = Path(__file__).parent / "data"
UA = "Capexbot tests ops@example.org"
CIK = 1326801
M = 10**6
Q2_ACC, Q3_ACC = "9999999999-26-000072", "9999999999-26-000103"  # synthetic
Q2_DOC, Q3_DOC = "example-20260630xexhibit991.htm", "example-20260930xexhibit991.htm"


def submissions(*filings: tuple[str, str, str], form: str = "8-K") -> bytes:
    """A submissions JSON shaped like SEC's, newest first (an unrelated 8-K and a 10-Q mixed in)."""
    rows = [(acc, filed, form, "2.02,9.01") for acc, filed, _ in filings]
    rows += [
        ("9999999999-26-000050", "2026-06-02", "8-K", "5.07"),
        ("9999999999-26-000080", "2026-07-30", "10-Q", ""),
    ]
    rows.sort(key=lambda r: r[1], reverse=True)
    recent = {
        "accessionNumber": [r[0] for r in rows],
        "filingDate": [r[1] for r in rows],
        "acceptanceDateTime": [f"{r[1]}T16:05:00.000Z" for r in rows],
        "form": [r[2] for r in rows],
        "items": [r[3] for r in rows],
        "primaryDocument": ["doc.htm" for _ in rows],
    }
    return json.dumps(
        {"cik": str(CIK), "name": "Meta Platforms, Inc.", "filings": {"recent": recent}}
    ).encode()


def serve_filing(sec: FakeSec, accession: str, document: str, body: bytes) -> None:
    base = f"/Archives/edgar/data/{CIK}/{accession.replace('-', '')}"
    names = [f"{accession}-index.htm", "example-20260930.htm", document, "example-ex992.htm", "R1.htm"]
    sec.documents[f"{base}/index.json"] = json.dumps(
        {"directory": {"name": base, "item": [{"name": n, "type": "text.gif", "size": ""} for n in names]}}
    ).encode()
    sec.documents[f"{base}/{document}"] = body


@pytest.fixture
async def sec():
    server = await FakeSec().start()
    server.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC))
    serve_filing(server, Q2_ACC, Q2_DOC, (FIX / "example-q2-2026-ex991.htm").read_bytes())
    yield server
    await server.stop()


def client_for(sec: FakeSec) -> SecClient:
    return SecClient(UA, base_url=sec.base_url, backoff_base=0.001, max_attempts=1)


async def poll(storage, sec: FakeSec):
    async with client_for(sec) as client:
        meta = (await storage.catalog.snapshot()).companies["meta"]
        return await poll_releases(storage, client, [meta], sec.base_url)


def companyfacts_10q() -> bytes:
    """Meta's 2026 10-Q values (synthetic, consistent with the seed's Q1/Q2 and the Q3 release)."""

    def entries(values: list[tuple[str, str, int]]) -> list[dict]:
        return [
            {"start": s, "end": e, "val": v, "accn": "9999999999-26-000111", "fy": 2026, "fp": "Q3",
             "form": "10-Q", "filed": "2026-10-30"}
            for s, e, v in values
        ]  # fmt: skip

    ppe = [("2026-01-01", "2026-03-31", 18_997 * M), ("2026-01-01", "2026-06-30", 49_113 * M),
           ("2026-01-01", "2026-09-30", 82_023 * M)]  # fmt: skip
    flp = [("2026-01-01", "2026-03-31", 843 * M), ("2026-01-01", "2026-06-30", 1_807 * M),
           ("2026-01-01", "2026-09-30", 2_097 * M)]  # fmt: skip
    facts = {
        "PaymentsToAcquirePropertyPlantAndEquipment": {"units": {"USD": entries(ppe)}},
        "FinanceLeasePrincipalPayments": {"units": {"USD": entries(flp)}},
    }
    return json.dumps(
        {"cik": CIK, "entityName": "Meta Platforms, Inc.", "facts": {"us-gaap": facts}}
    ).encode()


async def test_new_release_makes_figures_guidance_and_one_alert_then_nothing_more(storage, sec, receiver):
    await storage.subscriptions.subscribe("webhook", receiver.url("en"), "meta", lang="en")
    await storage.subscriptions.subscribe("webhook", receiver.url("fr"), None, lang="fr")
    first = await poll(storage, sec)  # first poll: the latest release, stored silently (history)
    assert [r.status for r in first] == ["unchanged"]  # Q2 2026 matches the seed exactly
    assert await storage.outbox.events() == []

    # The Q3 release is filed: one poll -> figures, guidance, one alert per subscriber.
    sec.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC), (Q3_ACC, "2026-10-28", Q3_DOC))
    serve_filing(sec, Q3_ACC, Q3_DOC, (FIX / "example-q3-2026-ex991.htm").read_bytes())
    reports = await poll(storage, sec)
    assert [(r.accession, r.status, r.added) for r in reports] == [(Q3_ACC, "stored", 3)]
    new = [f for f in await storage.figures.all() if f.accession == Q3_ACC]
    assert {(f.fiscal_label, f.kind, f.definition_code, f.value_usd, f.low_usd, f.high_usd) for f in new} == {
        ("Q3-2026", "actual", "ppe_cash", 32_910 * M, None, None),
        ("Q3-2026", "actual", "ppe_incl_finance_lease_principal", 33_200 * M, None, None),  # table sum
        ("FY2026", "guidance", "ppe_incl_finance_lease_principal", None, 140_000 * M, 150_000 * M),
    }
    assert all(f.origin == "release" and f.announced == "2026-10-28" for f in new)
    assert {f.document_kind for f in new} == {"8-K"}
    headline = [
        f for f in new if f.definition_code == "ppe_incl_finance_lease_principal" and f.kind == "actual"
    ]
    assert "principal payments on finance leases" in headline[0].derivation
    exhibit = f"{sec.base_url}/Archives/edgar/data/{CIK}/{Q3_ACC.replace('-', '')}/{Q3_DOC}"
    assert {f.source_url for f in new} == {exhibit}
    events = await storage.outbox.events()
    assert len(events) == 1 and events[0]["group_key"] == f"accession:{Q3_ACC}"

    worker = await run_once(storage)
    assert worker.stats == {"sent": 2}
    by_name = {r.name: r.body for r in receiver.requests}
    en, fr = by_name["en"]["text"], by_name["fr"]["text"]
    assert en.splitlines()[0] == "Meta Platforms Q3 2026 capex $33.2B, +71% YoY"
    assert "raised 2026 guidance to $140–150B (was $130–145B)" in en
    # the release's direction-only outlook is news too, quoted with no number
    assert "Outlook FY2027, no figure given: “We currently expect capital expenditures dollar growth" in en
    assert "Perspective exercice 2027, sans chiffre" in fr
    assert fr.startswith("Meta Platforms T3 2026\u202f: investissements 33,2\u202fMd$") and "relevée" in fr

    # The same poll again: nothing fetched beyond the index, nothing stored or sent.
    before = len(sec.requests)
    assert [r.status for r in await poll(storage, sec)] == ["nothing-new"]
    assert [r["path"] for r in sec.requests[before:]] == [f"/submissions/CIK{CIK:010d}.json"]
    assert sec.statuses[-1] == 304 and sec.requests[-1]["If-None-Match"]  # a conditional request
    # The 10-Q reports the same values weeks later: nothing new stored, no alert.
    await storage.state.set(last_ingest_key("meta"), "{}")  # not a first ingest: it would alert
    meta = (await storage.catalog.snapshot()).companies["meta"]
    report = await store_document(storage, meta, companyfacts_10q())
    assert report.found >= 6 and report.added == 0
    assert len(await storage.outbox.events()) == 1


async def test_cut_off_exhibit_stores_nothing_and_logs_one_line(storage, sec, caplog):
    await poll(storage, sec)
    count = await storage.figures.count()
    body = (FIX / "example-q3-2026-ex991.htm").read_bytes()
    sec.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC), (Q3_ACC, "2026-10-28", Q3_DOC))
    serve_filing(sec, Q3_ACC, Q3_DOC, body[: len(body) * 2 // 3])
    with caplog.at_level(logging.INFO, logger="capexbot.releases"):
        reports = await poll(storage, sec)
    assert [r.status for r in reports] == ["rejected"]
    assert await storage.figures.count() == count
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1 and Q3_ACC in lines[0] and "cut off" in lines[0] and "nothing stored" in lines[0]
    assert [r.status for r in await poll(storage, sec)] == ["nothing-new"]  # never re-processed


async def test_run_poller_polls_releases_with_companyfacts_on_one_client(storage, services, sec):
    from bot.settings import load_settings

    settings = load_settings(
        sec_poll_minutes=5, sec_user_agent=UA, sec_base_url=sec.base_url, sec_archives_url=sec.base_url
    )
    poller = sec_poller.build(settings, services)
    assert poller is not None and poller.archives_url == sec.base_url
    await asyncio.wait_for(poller.poll_once(), timeout=60)
    meta = [r for r in poller.release_reports if r.company_id == "meta"]
    assert [r.accession for r in meta] == [Q2_ACC]
    paths = [r["path"] for r in sec.requests]
    assert f"/Archives/edgar/data/{CIK}/{Q2_ACC.replace('-', '')}/{Q2_DOC}" in paths
    assert any(p.startswith("/api/xbrl/companyfacts/") for p in paths)
    assert all(r["User-Agent"] == UA for r in sec.requests)


def test_every_real_exhibit_name_is_recognised():
    """The 446 EX-99.x names of the real releases (tests/data): each gets its exhibit number, and
    each filing has exactly one EX-99.1, the document whose name says 99.1."""
    by_filing: dict[str, list[str]] = defaultdict(list)
    with open(DATA / "sec_release_documents.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            by_filing[row["accession"]].append(row["document"])
    names = [n for docs in by_filing.values() for n in docs]
    assert len(names) == 446 and all(exhibit_number(n) and exhibit_number(n).startswith("99.") for n in names)
    for docs in by_filing.values():
        picked = pick_release_document([*docs, "R1.htm", "Financial_Report.xlsx", "0001-index.htm"])
        says_991 = [d for d in docs if "991" in d.replace("_", "").replace("-", "")]
        assert picked is not None and [picked] == says_991
    assert exhibit_number("orcl-ex992_120.htm") == "99.2" and exhibit_number("d10k.htm") is None


async def test_a_10q_with_a_different_value_is_a_restatement_kept_and_alerted(storage, sec, receiver):
    await poll(storage, sec)
    await storage.subscriptions.subscribe("webhook", receiver.url("en"), "meta", lang="en")
    sec.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC), (Q3_ACC, "2026-10-28", Q3_DOC))
    serve_filing(sec, Q3_ACC, Q3_DOC, (FIX / "example-q3-2026-ex991.htm").read_bytes())
    await poll(storage, sec)
    await storage.state.set(last_ingest_key("meta"), "{}")
    meta = (await storage.catalog.snapshot()).companies["meta"]
    changed = companyfacts_10q().replace(b"82023000000", b"82123000000")  # 9M PP&E 100M higher
    report = await store_document(storage, meta, changed)
    assert report.added == 2  # the cash line and the headline for Q3, each a new version
    history = await storage.figures.history("meta", "actual", "ppe_cash", "2026-09-30")
    assert [(f.value_usd // M, f.origin) for f in history] == [(32_910, "release"), (33_010, "sec")]
    worker = await run_once(storage)
    assert worker.stats == {"sent": 2}  # the release, then the restatement
    text = receiver.requests[-1].body["text"]
    assert "restated Q3 2026 capex to $33.3B (was $33.2B)" in text


async def test_direction_only_outlook_is_kept_as_text_and_shown_never_as_a_figure(storage, sec, ask):
    await poll(storage, sec)
    sec.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC), (Q3_ACC, "2026-10-28", Q3_DOC))
    serve_filing(sec, Q3_ACC, Q3_DOC, (FIX / "example-q3-2026-ex991.htm").read_bytes())
    (report,) = await poll(storage, sec)
    assert "1 direction-only outlook(s) noted" in report.line()
    notes = await storage.outlooks.all()
    assert [(n.fiscal_label, n.accession) for n in notes] == [("FY2027", Q3_ACC)]
    assert notes[0].text.startswith("We currently expect capital expenditures dollar growth")
    assert not [f for f in await storage.figures.all() if f.fiscal_label == "FY2027"]  # no number, no figure
    reply = await ask("capex meta details")
    assert (
        "FY2027: outlook, no figure — “We currently expect capital expenditures dollar growth" in reply.text
    )
    assert [(n.fiscal_label, n.accession) for n in await storage.outlooks.all()] == [("FY2027", Q3_ACC)]


async def test_cli_ingest_releases_one_poll_and_bad_input(tmp_path, sec):
    env = {"SEC_USER_AGENT": UA, "SEC_BASE_URL": sec.base_url, "SEC_ARCHIVES_URL": sec.base_url}
    code, out, err = await capexbot("ingest", "releases", "--company", "meta", cwd=tmp_path, env=env)
    assert code == 0, err
    assert out.strip() == f"meta {Q2_ACC}: 0 new figure(s)"  # the seed already has Q2 2026 and its guidance
    code, out, err = await capexbot("ingest", "releases", "--company", "meta", cwd=tmp_path, env=env)
    assert code == 0 and out.strip() == "meta: no new earnings release"
    code, out, err = await capexbot("ingest", "releases", "--since", "last week", cwd=tmp_path, env=env)
    assert code == 1 and err.strip() == "capexbot: --since 'last week' is not a date (YYYY-MM-DD)"
    code, out, err = await capexbot("ingest", "releases", "--company", "nosuchco", cwd=tmp_path, env=env)
    assert code == 1 and "unknown company: nosuchco" in err
    bad = tmp_path / "cut.htm"
    bad.write_bytes((FIX / "example-q3-2026-ex991.htm").read_bytes()[:900])
    args = ("ingest", "release", "--file", str(bad), "--company", "meta", "--filed", "2026-10-28")
    code, out, err = await capexbot(*args, cwd=tmp_path, env=env)
    assert code == 1 and "rejected, nothing stored" in err and "Traceback" not in err
    good = FIX / "example-q3-2026-ex991.htm"
    url = "https://example.org/synthetic-ex991.htm"
    args = (
        "ingest",
        "release",
        "--file",
        str(good),
        "--company",
        "meta",
        "--filed",
        "2026-10-28",
        "--url",
        url,
    )
    code, out, err = await capexbot(*args, cwd=tmp_path, env=env)
    assert code == 0 and "3 new figure(s)" in out, err
    code, out, _ = await capexbot("ask", "--json", "capex meta Q3-2026", cwd=tmp_path)
    figures = [f for f in json.loads(out)["figures"] if f["period"] == "Q3-2026"]
    assert {f["value_usd"] for f in figures} == {32_910 * M, 33_200 * M}
    assert all(url in f["source"] and f["date"] == "2026-10-28" for f in figures)


@pytest.mark.both_backends
async def test_a_saved_release_stores_figures_and_notes_once_on_either_backend(storage):
    from storage.sources.release_ingest import store_release

    meta = (await storage.catalog.snapshot()).companies["meta"]
    raw = (FIX / "example-q3-2026-ex991.htm").read_bytes()
    url = "https://example.org/synthetic-ex991.htm"
    first = await store_release(storage, meta, raw, filed="2026-10-28", url=url, accession=None)
    assert (first.status, first.added, first.detail) == ("stored", 3, "1 direction-only outlook(s) noted")
    again = await store_release(storage, meta, raw, filed="2026-10-28", url=url, accession=None)
    assert (again.status, again.added) == ("unchanged", 0)
    snap = await storage.catalog.snapshot()
    assert [n.fiscal_label for n in snap.outlooks_of("meta")] == ["FY2027"]
    assert {f.document_kind for f in snap.figures_of("meta") if f.source_url == url} == {"ir_release"}


def test_amended_8k_with_item_202_is_read_and_other_amendments_are_not():
    recent = json.loads(submissions((Q3_ACC, "2026-10-30", Q3_DOC), form="8-K/A"))
    recent["filings"]["recent"]["accessionNumber"].append("9999999999-26-000120")
    recent["filings"]["recent"]["filingDate"].append("2026-11-02")
    recent["filings"]["recent"]["acceptanceDateTime"].append("2026-11-02T16:05:00.000Z")
    recent["filings"]["recent"]["form"].append("8-K/A")
    recent["filings"]["recent"]["items"].append("5.02")  # an amended officer change: not earnings
    recent["filings"]["recent"]["primaryDocument"].append("doc.htm")
    found = earnings_filings(recent)
    assert [(f.accession, f.filed) for f in found] == [(Q3_ACC, "2026-10-30")]


async def test_a_release_filed_as_an_amendment_makes_figures_and_one_alert(storage, sec, receiver):
    await storage.subscriptions.subscribe("webhook", receiver.url("en"), "meta", lang="en")
    await poll(storage, sec)  # history
    sec.submissions[CIK] = submissions((Q3_ACC, "2026-10-29", Q3_DOC), form="8-K/A")
    serve_filing(sec, Q3_ACC, Q3_DOC, (FIX / "example-q3-2026-ex991.htm").read_bytes())
    [report] = await poll(storage, sec)
    assert (report.accession, report.status, report.added) == (Q3_ACC, "stored", 3)
    assert len(await storage.outbox.events()) == 1
    assert [r.status for r in await poll(storage, sec)] == ["nothing-new"]


@pytest.mark.parametrize(
    ("line", "definition", "read"),
    [
        ("Payments for acquisition of property, plant and equipment", "ppe_cash", True),  # Apple
        ("Purchases related to property and equipment and intangible assets", "ppe_and_intangibles", True),  # Nvidia
        # the Nvidia line counts intangibles: never read as another company's plain PP&E series
        ("Purchases related to property and equipment and intangible assets", "ppe_cash", False),
    ],
)
def test_cash_flow_line_names_of_other_companies(line, definition, read):
    raw = (FIX / "example-q3-2026-ex991.htm").read_bytes()
    gross = extract_release(raw, date(2026, 10, 28), "12-31", "ppe_cash")
    [expected] = [a.value_usd for a in gross.actuals if a.definition == "ppe_cash"]
    renamed = raw.replace(b"Purchases of property and equipment, net", line.encode())
    result = extract_release(renamed, date(2026, 10, 28), "12-31", definition)
    assert [a.value_usd for a in result.actuals if a.definition == definition] == ([expected] if read else [])


def _release_with_sections(*blocks: str) -> str:
    body = "".join(blocks)
    return f"<html><body>{body}</body></html>"


def test_bullets_under_an_outlook_heading_are_outlooks_and_elsewhere_are_not():
    html = _release_with_sections(
        "<p>Fourth Quarter Highlights</p>",
        "<table><tr><td>•</td><td>Capital expenditures of $3.9 billion.</td></tr></table>",
        "<p>2026 Outlook</p>",
        "<table><tr><td>•</td><td>Capital expenditures of approximately $4.5 billion.</td></tr></table>",
        "<p>Conference Call Information</p>",
        "<p>Capital expenditures of $9.9 billion.</p>",
    )
    result = extract_release(html, date(2026, 2, 5), "12-31", "ppe_cash")
    assert [(g.period, g.value_usd, g.qualifier) for g in result.guidance] == [("FY2026", 4_500_000_000, "approximately")]


def test_a_table_row_of_years_does_not_end_the_outlook_section():
    html = _release_with_sections(
        "<p>Business Outlook</p>",
        "<table><tr><td></td><td>2026</td><td>2025</td></tr>"
        "<tr><td>Capital spending: about $2.0 billion</td></tr></table>",
    )
    [g] = extract_release(html, date(2026, 2, 5), "12-31", "ppe_cash").guidance
    assert (g.period, g.value_usd) == ("FY2026", 2_000_000_000)
