"""Earnings releases on EDGAR: new 8-Ks with Item 2.02 -> EX-99.1 -> figures and guidance.

One poll per company: the submissions index (`{SEC_BASE_URL}/submissions/CIK##########.json`),
then for each earnings 8-K not seen yet the filing's `index.json` and its EX-99.1 document (under
`{SEC_ARCHIVES_URL}/Archives/edgar/data/...`), all through the same polite `SecClient` as
companyfacts (User-Agent, 10 req/s, backoff). Every figure of one release goes in ONE
`figures.add` with the accession, so the outbox makes one alert per company per release.

The last accession seen per company is saved after its figures commit (a crash in between means
one harmless re-read: re-adding is a no-op). A company's first poll is a backfill: it reads only
the latest release (or those since `--since`) and stores them silently.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date

from storage.fiscal_calendar import period_bounds
from storage.models import Company, NewFigure
from storage.outlooks import OutlookNote
from storage.sources.guidance_extract import Guidance
from storage.sources.guidance_seed import seed_undated_outlooks
from storage.sources.release_extract import ReleaseDataError, ReleaseResult, extract_release
from storage.sources.sec_client import SecClient, SecHttpError
from storage.sources.sec_extract import series_for
from storage.sources.sec_ingest import load_validators
from storage.validate import STATED_REVISIONS

log = logging.getLogger("capexbot.releases")
ORIGIN = "release"
BACKFILL_ORIGIN = "release-backfill"
DEFAULT_ARCHIVES_URL = "https://www.sec.gov"
_EXHIBIT = re.compile(r"ex(?:hibit)?[-_]?99[-_.]?(\d{1,2})(?!\d)", re.I)


def exhibit_number(name: str) -> str | None:
    """'meta-20251029xexhibit991.htm' -> '99.1', 'orcl-ex992_120.htm' -> '99.2', other names -> None."""
    m = _EXHIBIT.search(name.rsplit("/", 1)[-1])
    return f"99.{int(m.group(1))}" if m else None


def pick_release_document(names: list[str]) -> str | None:
    """The EX-99.1 document of a filing (an HTML or text file), or None when there is none."""
    found = [
        n for n in names if exhibit_number(n) == "99.1" and n.lower().endswith((".htm", ".html", ".txt"))
    ]
    return min(found, key=lambda n: (not n.lower().endswith((".htm", ".html")), len(n), n)) if found else None


@dataclass(frozen=True)
class Filing:
    accession: str
    filed: str
    accepted: str
    primary: str


def earnings_filings(submissions: dict, since: str | None = None) -> list[Filing]:
    """8-Ks (and 8-K/A amendments, which re-file a corrected release) whose items include 2.02,
    oldest first, from a submissions JSON (`filings.recent`). An amendment repeating the release's
    values stores nothing; a corrected value is a restatement, kept and alerted as such."""
    recent = submissions.get("filings", {}).get("recent", {})
    keys = ("accessionNumber", "filingDate", "acceptanceDateTime", "form", "items", "primaryDocument")
    columns = [recent.get(k) or [] for k in keys]
    out = []
    for acc, filed, accepted, form, items, primary in zip(*columns, strict=False):
        if form not in ("8-K", "8-K/A") or "2.02" not in str(items).replace(" ", "").split(","):
            continue
        if not re.fullmatch(r"\d{10}-\d{2}-\d{6}", str(acc)) or not re.fullmatch(
            r"\d{4}-\d\d-\d\d", str(filed)
        ):
            continue
        if since and filed < since:
            continue
        out.append(Filing(acc, filed, str(accepted or ""), str(primary or "")))
    return sorted(out, key=lambda f: (f.filed, f.accepted, f.accession))


def last_seen_key(company_id: str) -> str:
    return f"release.last_seen.{company_id}"


@dataclass
class ReleaseReport:
    company_id: str
    accession: str | None = None
    added: int = 0
    status: str = "stored"  # stored | unchanged | rejected | nothing-new | error | skipped
    detail: str = ""
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.status == "nothing-new":
            return f"{self.company_id}: no new earnings release"
        what = f"{self.company_id} {self.accession or ''}".strip()
        if self.status in ("rejected", "error", "skipped"):
            return f"{what}: {self.status}: {self.detail}"
        return f"{what}: {self.added} new figure(s){' — ' + self.detail if self.detail else ''}"


def _guidance_definition(g: Guidance, company: Company, known: dict[str, str]) -> str:
    if g.includes == "principal payments on finance leases":
        return "ppe_incl_finance_lease_principal"
    if g.includes == "finance leases":
        return "incl_finance_leases"
    return known.get(company.id, company.headline_definition)


def release_figures(
    result: ReleaseResult,
    company: Company,
    *,
    url: str | None,
    accession: str | None,
    filed: str,
    guidance_defs: dict,
    document: str | None = None,
) -> list[NewFigure]:
    """The NewFigures a release adds: actuals first, then numeric guidance (direction-only is not
    stored) with what its sentence says it revised ("up from our prior outlook of $64-72 billion")."""
    title = _title(company, accession, filed, document)
    kind = "8-K" if accession else ("ir_release" if url else None)  # EX-99.1 of an 8-K, or the IR page
    out = [
        NewFigure(
            company_id=company.id, fiscal_label=a.fiscal_label, period_start=a.period_start, period_end=a.period_end,
            kind="actual", definition_code=a.definition, source_title=title, value_usd=a.value_usd,
            source_url=url, accession=accession, announced=filed, document_kind=kind, derivation=a.how,
        )
        for a in result.actuals
    ]  # fmt: skip
    for g in result.guidance:
        if not g.numeric or g.period is None or g.qualifier == "at most":
            continue
        start, end = period_bounds(g.period, company.fiscal_year_end)
        floor_only = g.qualifier in ("at least", "more than")
        out.append(
            NewFigure(
                company_id=company.id, fiscal_label=g.period, period_start=start, period_end=end,
                kind="guidance", definition_code=_guidance_definition(g, company, guidance_defs),
                source_title=title, value_usd=None if floor_only else g.value_usd,
                low_usd=g.value_usd if floor_only else g.low_usd, high_usd=g.high_usd,
                source_url=url, accession=accession, announced=filed, document_kind=kind,
                stated_revision=g.revision if g.revision in STATED_REVISIONS else "",
                stated_prior_low_usd=g.prev_low_usd, stated_prior_high_usd=g.prev_high_usd,
            )
        )  # fmt: skip
    return out


def _title(company: Company, accession: str | None, filed: str, document: str | None) -> str:
    where = f"EX-99.1 {accession}" if accession else f"EX-99.1 {document or ''}".strip()
    return f"{company.name} earnings release ({where}, filed {filed})"


def cash_definition(company: Company) -> str:
    """The code of the company's single-concept cash-flow series (what the table line is)."""
    return series_for(company.id)[0].definition


async def store_release(
    storage,
    company: Company,
    raw: bytes,
    *,
    filed: str,
    url: str | None,
    accession: str | None,
    origin: str = ORIGIN,
    document: str | None = None,
) -> ReleaseReport:
    """Extract one exhibit and store its figures in one batch. ReleaseDataError stores nothing."""
    result = extract_release(
        raw, date.fromisoformat(filed), company.fiscal_year_end, cash_definition(company),
        undated=seed_undated_outlooks().get(company.id, "year"), company=company.id,
    )
    snap = await storage.catalog.snapshot()
    known = {}
    for f in sorted(snap.figures_of(company.id), key=lambda f: (f.announced or "", f.id)):
        if f.kind == "guidance":
            known[company.id] = f.definition_code
    figures = release_figures(
        result, company, url=url, accession=accession, filed=filed, guidance_defs=known, document=document
    )
    notes = [
        OutlookNote(
            company_id=company.id, fiscal_label=period,
            period_start=period_bounds(period, company.fiscal_year_end)[0] if period else None,
            period_end=period_bounds(period, company.fiscal_year_end)[1] if period else None,
            text=sentence, source_title=figures[0].source_title if figures else _title(company, accession, filed, document),
            announced=filed, source_url=url, accession=accession,
        )
        for period, sentence in result.outlooks
    ]  # fmt: skip
    async with storage.db.transaction() as conn:  # figures, notes and their alert: all or nothing
        inserted = await storage.figures.add_in(conn, figures, origin)
        noted = await storage.outlooks.add_in(conn, notes)
        if noted and not inserted:  # with figures, their alert quotes the notes (same accession)
            await storage.outbox.on_notes_inserted(conn, noted, origin)
    detail = f"{len(noted)} direction-only outlook(s) noted" if noted else ""
    status = "stored" if inserted or noted else "unchanged"
    return ReleaseReport(company.id, accession, len(inserted), status, detail, warnings=result.warnings)


def _archive_dir(archives_url: str, cik: int, accession: str) -> str:
    return f"{archives_url.rstrip('/')}/Archives/edgar/data/{int(cik)}/{accession.replace('-', '')}"


async def _fetch_json(client: SecClient, url: str) -> dict:
    fetched = await client.get(url)
    return _json_object(fetched.body, url)


def _json_object(body: bytes | None, url: str) -> dict:
    try:
        data = json.loads(body or b"")
    except ValueError:
        raise ReleaseDataError(f"{url} is not JSON") from None
    if not isinstance(data, dict):
        raise ReleaseDataError(f"{url} is not a JSON object")
    return data


async def ingest_filing(
    storage, client: SecClient, company: Company, filing: Filing, archives_url: str, origin: str
):
    base = _archive_dir(archives_url, company.cik or 0, filing.accession)
    index = await _fetch_json(client, f"{base}/index.json")
    items = index.get("directory", {}).get("item", [])
    names = [str(i.get("name", "")) for i in items if isinstance(i, dict)]
    name = pick_release_document(names)
    if name is None:
        raise ReleaseDataError(f"no EX-99.1 document among {len(names)} files")
    url = f"{base}/{name}"
    fetched = await client.get(url)
    return await store_release(
        storage,
        company,
        fetched.body or b"",
        filed=filing.filed,
        url=url,
        accession=filing.accession,
        origin=origin,
    )


async def poll_company(
    storage, client: SecClient, company: Company, archives_url: str, since: str | None = None
) -> list[ReleaseReport]:
    """One company's new earnings releases, oldest first; a bad exhibit is logged and skipped for good."""
    if company.cik is None:
        return [ReleaseReport(company.id, status="skipped", detail="no CIK (not an SEC filer)")]
    key = f"release.validators.CIK{company.cik:010d}"
    fetched = await client.get(
        client.submissions_url(company.cik), await load_validators(storage, company.cik, key)
    )
    if fetched.not_modified:  # conditional request: an unchanged index costs one small answer
        return [ReleaseReport(company.id, status="nothing-new")]
    filings = earnings_filings(_json_object(fetched.body, fetched.url), since)
    raw = await storage.state.get(last_seen_key(company.id))
    last = json.loads(raw) if raw else None
    if last is None:
        origin, todo = BACKFILL_ORIGIN, (filings if since else filings[-1:])
    else:
        origin = ORIGIN
        todo = [f for f in filings if (f.filed, f.accession) > (last["filed"], last["accession"])]
    reports = []
    for filing in todo:
        try:
            report = await ingest_filing(storage, client, company, filing, archives_url, origin)
        except ReleaseDataError as exc:
            report = ReleaseReport(
                company.id, filing.accession, status="rejected", detail=f"{exc}; nothing stored"
            )
            log.warning("release %s %s rejected: %s; nothing stored", company.id, filing.accession, exc)
        else:
            log.info("release %s", report.line())
        await storage.state.set(
            last_seen_key(company.id), json.dumps({"accession": filing.accession, "filed": filing.filed})
        )
        reports.append(report)
    await storage.state.set(key, json.dumps(fetched.validators.to_dict()))  # after every filing is done
    return reports or [ReleaseReport(company.id, status="nothing-new")]


async def poll_releases(
    storage, client: SecClient, companies: list[Company], archives_url: str, since: str | None = None
) -> list[ReleaseReport]:
    """Every company in turn; one company's HTTP failure does not stop the others (it is retried next poll)."""
    reports: list[ReleaseReport] = []
    for company in companies:
        try:
            reports += await poll_company(storage, client, company, archives_url, since)
        except (SecHttpError, ReleaseDataError) as exc:
            log.warning("release poll %s failed: %s", company.id, exc)
            reports.append(ReleaseReport(company.id, status="error", detail=str(exc)))
    return reports
