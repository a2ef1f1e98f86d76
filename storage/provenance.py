"""What counts as a figure's source, and how provenance is stored (plain rules, no I/O).

A figure cites the document that states it: a periodic SEC filing (10-Q, 10-K), an 8-K earnings
release exhibit, the company's own investor-relations release or call, or an HKEXnews filing for a
Hong Kong-listed company; with its accession number where there is one and the date it became
public. Data sets and news pages are secondary references at most. `problems()` is the one
definition of "properly cited" used by `capexbot db audit` and the seed tests.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from storage.models import NewFigure, SecondaryRef, SourceDoc

SEC_KINDS = frozenset({"10-K", "10-K/A", "10-Q", "10-Q/A", "8-K", "20-F", "6-K", "S-1"})
COMPANY_KINDS = frozenset({"ir_release", "call"})  # the company's own site (investor relations)
HKEX_KINDS = frozenset({"hkex"})
DOCUMENT_KINDS = SEC_KINDS | COMPANY_KINDS | HKEX_KINDS

ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")
# SEC's XBRL data of every filing of a company (`ingest sec` reads it): names each fact's filing by
# accession, so the accession cannot be in its URL.
COMPANYFACTS = re.compile(r"^https://data\.sec\.gov/api/xbrl/companyfacts/CIK\d{10}\.json$")
# Hosts that publish other people's figures: never a primary source, whatever the kind says.
SECONDARY_HOSTS = ("github.com", "githubusercontent.com", "stocktwits.com", "reportify.ai", "tradevae.com")


def host(url: str | None) -> str:
    return (urlsplit(url).hostname or "").lower() if url else ""


def _on(url: str | None, domain: str) -> bool:
    h = host(url)
    return h == domain or h.endswith("." + domain)


def document_problems(kind: str | None, url: str | None, accession: str | None) -> list[str]:
    """Why a document is not a primary source ([] when it is one)."""
    if not kind:
        return ["no document kind (not a primary document)"]
    if kind not in DOCUMENT_KINDS:
        return [f"document kind {kind!r} is not a primary document"]
    if not url or not url.startswith("https://"):
        return ["no https URL for the document"]
    if any(_on(url, h) for h in SECONDARY_HOSTS):
        return [f"URL on {host(url)} is a secondary source"]
    if kind in SEC_KINDS:
        if not _on(url, "sec.gov"):
            return [f"a {kind} must be cited on sec.gov, not {host(url)}"]
        if not accession or not ACCESSION.match(accession):
            return [f"a {kind} needs its accession number"]
        if accession.replace("-", "") not in url and accession not in url and not COMPANYFACTS.match(url):
            return [f"accession {accession} does not match the URL"]
    if kind in HKEX_KINDS and not _on(url, "hkexnews.hk"):
        return [f"an HKEX filing must be cited on hkexnews.hk, not {host(url)}"]
    return []


def problems(fig: NewFigure) -> list[str]:
    """Everything wrong with a figure's citation; [] when it names a primary document and a date."""
    out = document_problems(fig.document_kind, fig.source_url, fig.accession)
    if not fig.announced:
        out.append("no date (when the figure became public)")
    if fig.derivation and not fig.derived_from:
        out.append("derived figure does not list the documents it was derived from")
    for doc in fig.derived_from:
        out += [f"derived from {doc.title}: {p}" for p in document_problems(doc.kind, doc.url, doc.accession)]
    return out


# ----------------------------------------------------------------------------- JSON columns


def docs_to_json(docs: tuple[SourceDoc, ...]) -> str:
    return json.dumps([{k: v for k, v in d.__dict__.items() if v is not None} for d in docs], ensure_ascii=False)


def docs_from_json(text: str | None) -> tuple[SourceDoc, ...]:
    """Parse a derived_from column; ValueError with a readable reason when malformed."""
    items = _json_list(text, "derived_from")
    try:
        return tuple(SourceDoc(**{k: (None if v == "" else v) for k, v in item.items()}) for item in items)
    except TypeError:
        raise ValueError("derived_from entries need kind, title, url (and accession, filed)") from None


def refs_to_json(refs: tuple[SecondaryRef, ...]) -> str:
    return json.dumps([r.__dict__ for r in refs], ensure_ascii=False)


def refs_from_json(text: str | None) -> tuple[SecondaryRef, ...]:
    items = _json_list(text, "secondary_refs")
    try:
        return tuple(SecondaryRef(**item) for item in items)
    except TypeError:
        raise ValueError("secondary_refs entries need title and url") from None


def _json_list(text: str | None, what: str) -> list[dict]:
    if not text or not text.strip():
        return []
    try:
        data = json.loads(text)
    except ValueError:
        raise ValueError(f"{what} is not valid JSON") from None
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise ValueError(f"{what} must be a JSON list of objects")
    return data
