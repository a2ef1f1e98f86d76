"""CSV/JSON figure import: validate every row first (spooled, not in memory), then insert all in\none short transaction or none.

The CSV columns are the seed file's (storage/seed/figures.csv):
company,fiscal_period,period_start,period_end,kind,value_usd,low_usd,high_usd,currency,definition,
source_title,source_url,accession,date[,document_kind,derivation,derived_from,secondary_refs]
The last four are optional (storage/provenance.py): the kind of document cited (10-Q, 10-K, 8-K,
ir_release, call, hkex), how a derived figure was computed, the documents it was derived from
(a JSON list of {kind, title, url, accession, filed}) and secondary references (a JSON list of
{title, url}: data sets or news pages, never the cited source).
JSON is a list of objects with the same keys (or {"figures": [...]}).
"""

from __future__ import annotations

import csv
import json
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from storage.companies import normalise_alias
from storage.models import NewFigure
from storage.provenance import DOCUMENT_KINDS, docs_from_json, refs_from_json
from storage.validate import FISCAL_LABEL, iso_date, usd

COLUMNS = (
    "company",
    "fiscal_period",
    "period_start",
    "period_end",
    "kind",
    "value_usd",
    "low_usd",
    "high_usd",
    "currency",
    "definition",
    "source_title",
    "source_url",
    "accession",
    "date",
    "document_kind",
    "derivation",
    "derived_from",
    "secondary_refs",
)
REQUIRED = ("company", "fiscal_period", "period_start", "period_end", "kind", "definition", "source_title")
MAX_FILE_BYTES = 64 * 1024 * 1024  # a file of every figure ever filed is far smaller
MAX_JSON_BYTES = 16 * 1024 * 1024  # JSON is decoded whole: keep its memory bounded
MAX_ROW_ERRORS = 1000  # keep reading to count, but stop collecting reasons
SPOOL_BATCH = 1000  # validated figures per pickled chunk of an import's spool


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class ImportRejected(Exception):
    """Nothing was stored: the whole file is rejected when any row is bad."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:10]))
        self.errors = errors


def parse_row(
    row: Mapping[str, object], company_ids: Mapping[str, str], definitions: Iterable[str]
) -> NewFigure:
    """One validated figure, or ValueError with a reason a user can act on."""
    # interned: a large file repeats the same company, dates, title and URL on every row, and each
    # figure would otherwise keep its own copies in memory until the whole file is stored
    get = {k: sys.intern("" if row.get(k) is None else str(row.get(k)).strip()) for k in COLUMNS}
    for k in ("derived_from", "secondary_refs"):  # a JSON import may give the lists as lists
        if isinstance(row.get(k), list):
            get[k] = json.dumps(row.get(k))
    missing = [k for k in REQUIRED if not get[k]]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    company = company_ids.get(normalise_alias(get["company"]))
    if company is None:
        raise ValueError(f"unknown company {get['company'][:40]!r}")
    if get["definition"] not in set(definitions):
        raise ValueError(f"unknown definition {get['definition'][:40]!r}")
    if not FISCAL_LABEL.fullmatch(get["fiscal_period"]):
        raise ValueError(
            f"fiscal_period {get['fiscal_period'][:20]!r} must look like FY2024, Q3-2025 or CY2026"
        )
    start = iso_date(get["period_start"], "period_start")
    end = iso_date(get["period_end"], "period_end")
    if start > end:
        raise ValueError("period_start is after period_end")
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    expected = {"Q": (84, 98), "H": (175, 190), "F": (357, 378), "C": (365, 366)}[get["fiscal_period"][0]]
    if not expected[0] <= days <= expected[1]:
        raise ValueError(
            f"{get['fiscal_period']} covers {days} days ({start} to {end}); a quarter is about 91, a year about 365"
        )
    if get["source_url"] and not get["source_url"].startswith(("https://", "http://")):
        raise ValueError("source_url must be an http(s) URL")
    kind = get["kind"]
    if kind not in ("actual", "guidance"):
        raise ValueError(f"kind must be actual or guidance, not {kind[:20]!r}")
    value, low, high = (usd(get[k], k) for k in ("value_usd", "low_usd", "high_usd"))
    if value is None and low is None:
        raise ValueError(
            "needs value_usd, or low_usd (and high_usd for a range; low alone means 'more than')"
        )
    if high is not None and low is None:
        raise ValueError("high_usd needs low_usd")
    if value is not None and (low is not None or high is not None):
        raise ValueError("give value_usd or a low/high range, not both")
    if low is not None and high is not None and low > high:
        raise ValueError("low_usd is greater than high_usd")
    if kind == "actual" and value is None:
        raise ValueError("an actual figure needs value_usd")
    currency = get["currency"] or "USD"
    if currency != "USD":
        raise ValueError("only USD figures are stored; convert first and say so in source_title")
    announced = iso_date(get["date"], "date") if get["date"] else None
    if announced and date.fromisoformat(announced) > datetime.now(UTC).date() + timedelta(days=1):
        # a future date would stay "the latest guidance" until that day
        raise ValueError(f"date {announced} is in the future")
    document_kind = get["document_kind"] or None
    if document_kind is not None and document_kind not in DOCUMENT_KINDS:
        raise ValueError(f"document_kind must be one of {', '.join(sorted(DOCUMENT_KINDS))}")
    return NewFigure(
        company_id=company,
        fiscal_label=get["fiscal_period"],
        period_start=start,
        period_end=end,
        kind=kind,  # type: ignore[arg-type]
        definition_code=get["definition"],
        source_title=get["source_title"],
        value_usd=value,
        low_usd=low,
        high_usd=high,
        currency=currency,
        source_url=get["source_url"] or None,
        accession=get["accession"] or None,
        announced=announced,
        document_kind=document_kind,
        derivation=get["derivation"],
        derived_from=docs_from_json(get["derived_from"]),
        secondary_refs=refs_from_json(get["secondary_refs"]),
    )


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    limit = MAX_JSON_BYTES if path.suffix.lower() == ".json" else MAX_FILE_BYTES
    if size > limit:
        raise ImportRejected([RowError(1, f"file is {size:,} bytes; the limit is {limit:,}")])


def read_rows(path: Path) -> Iterator[tuple[int, Mapping[str, object]]]:
    """(line number, row) pairs from a CSV or JSON file; line numbers are what a user sees.

    CSV is streamed row by row (a large file never sits in memory as text and rows at once).
    """
    _check_size(path)
    if path.suffix.lower() == ".json":
        data = json.loads(path.read_text("utf-8-sig"))
        if isinstance(data, dict):
            data = data.get("figures")
        if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
            raise ImportRejected([RowError(1, 'JSON must be a list of figure objects or {"figures": [...]}')])
        yield from ((i + 1, row) for i, row in enumerate(data))
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        unknown = [h for h in header if h not in COLUMNS]
        if unknown or not set(REQUIRED) <= set(header):
            raise ImportRejected(
                [
                    RowError(
                        1,
                        f"header must be {','.join(COLUMNS)} (unknown: {[u[:40] for u in unknown[:5]]}, "
                        f"missing: {[c for c in REQUIRED if c not in header]})",
                    )
                ]
            )
        for row in reader:
            yield reader.line_num, row


def _validate(
    path: Path, company_ids: Mapping[str, str], definitions: Iterable[str], keep: Callable[[NewFigure], None]
) -> None:
    """Every row of the file checked, each good figure handed to `keep` as it is read; then
    ImportRejected listing every bad row (`keep` may have seen some figures: callers discard them).

    Malformed, truncated, deeply nested or non-UTF-8 files are rejected in one line, never with
    a traceback (tests/test_hostile_files.py).
    """
    definitions = set(definitions)
    errors: list[RowError] = []
    count = 0
    try:
        for line, row in read_rows(path):
            try:
                keep(parse_row(row, company_ids, definitions))
                count += 1
            except ValueError as exc:
                if len(errors) < MAX_ROW_ERRORS:
                    errors.append(RowError(line, str(exc)))
    except (ValueError, csv.Error) as exc:  # bad UTF-8, bad JSON, a 5,000-digit JSON integer
        raise ImportRejected([RowError(1, f"unreadable file: {str(exc)[:200]}")]) from None
    except RecursionError:
        raise ImportRejected([RowError(1, "unreadable file: JSON nested too deeply")]) from None
    if errors:
        raise ImportRejected(errors)
    if not count:
        raise ImportRejected([RowError(1, "no figures in file")])


def parse_file(path: Path, company_ids: Mapping[str, str], definitions: Iterable[str]) -> list[NewFigure]:
    """All figures of the file (small files: the seed), or ImportRejected listing every bad row."""
    figures: list[NewFigure] = []
    _validate(path, company_ids, definitions, figures.append)
    return figures


class Spool:
    """Validated figures pickled in chunks to a private temporary file (see `spool_file`)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close(); 0600 and unlinked
        self._batch: list[NewFigure] = []
        self._chunks = 0

    def keep(self, fig: NewFigure) -> None:
        self._batch.append(fig)
        if len(self._batch) == SPOOL_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            pickle.dump(self._batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._batch, self._chunks = [], self._chunks + 1

    def figures(self) -> Iterator[NewFigure]:
        self._flush()
        self._file.seek(0)
        for _ in range(self._chunks):
            yield from pickle.load(self._file)  # noqa: S301 - our own private temporary file

    def close(self) -> None:
        self._file.close()


def spool_file(path: Path, company_ids: Mapping[str, str], definitions: Iterable[str]) -> Spool:
    """Validate the whole file into a Spool (the caller closes it), or ImportRejected.

    A large import is checked end to end before the database is touched, without holding its
    figures in memory (a 100,000-row CSV peaked at 232 MB when they were a list), and the write
    transaction that follows only inserts: no parsing while other writers wait.
    """
    spool = Spool()
    try:
        _validate(path, company_ids, definitions, spool.keep)
    except BaseException:
        spool.close()
        raise
    return spool
