"""SEC `companyfacts` JSON -> capex figure records. Pure: no I/O, no storage, no clock.

The rules (each one is where public trackers go wrong):

- The capex concept differs by company (`SERIES`): most report
  `PaymentsToAcquirePropertyPlantAndEquipment`; Amazon (gross) and Nvidia report
  `PaymentsToAcquireProductiveAssets`. Meta's headline adds `FinanceLeasePrincipalPayments`;
  Amazon's net figure subtracts its proceeds-and-incentives line. Every series keeps its own
  definition code.
- Cash-flow values in 10-Qs are year-to-date. Quarters come from differencing nested periods
  that share a start date (Q2 = H1 - Q1, Q3 = 9M - H1, Q4 = FY - 9M); a reported three-month
  value wins over a derived one. Labels follow the company's fiscal calendar (`fiscal_year_end`).
- `fy`/`fp` describe the filing, not the period: values are keyed on (start, end). For each
  period the most recent filing wins; `history=True` also yields the superseded values, oldest
  first, so the repository records a restatement as history.
- A derived quarter uses both legs as they stood when its minuend was filed, so a restated Q1
  is never subtracted from a not-yet-restated H1 (no mixing of bases).
- A gap stays a gap: nothing is interpolated, nothing is derived from non-adjacent periods, a
  combined series needs every one of its terms for the very same period.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from storage.fiscal_calendar import FISCAL_SLACK_DAYS, fiscal_quarter_of, fiscal_year_of
from storage.validate import usd

PERIODIC_FORMS = frozenset({"10-K", "10-K/A", "10-Q", "10-Q/A", "10-KT", "10-KT/A", "10-QT", "10-QT/A"})
QUARTER_DAYS = (80, 100)
YEAR_DAYS = (350, 380)

COMPANYFACTS_URL = "https://data.sec.gov/api/xbrl/companyfacts/CIK{cik:010d}.json"


class BadValue(ValueError):
    """One entry's value is unusable (not finite, negative, absurd): that entry is skipped."""


class SecDataError(ValueError):
    """The file is not a usable companyfacts document; nothing from it may be stored."""


@dataclass(frozen=True)
class Term:
    concept: str  # bare name (searched in every taxonomy, us-gaap first) or "prefix:Name"
    sign: int = 1


@dataclass(frozen=True)
class SeriesSpec:
    definition: str
    terms: tuple[Term, ...]


PPE = "PaymentsToAcquirePropertyPlantAndEquipment"
PRODUCTIVE = "PaymentsToAcquireProductiveAssets"
FINANCE_LEASE_PRINCIPAL = "FinanceLeasePrincipalPayments"
# Amazon files its "proceeds from property and equipment sales and incentives" under its own
# taxonomy (amzn:...). SEC's companyfacts API aggregates standard taxonomies only, so the live
# file usually lacks it and the net series stays empty (a gap, never a guess); a saved file
# that carries the concept (any taxonomy) yields the net series.
AMAZON_PROCEEDS = "ProceedsFromPropertyPlantAndEquipmentSalesAndIncentives"

PPE_CASH = SeriesSpec("ppe_cash", (Term(PPE),))
SERIES: dict[str, tuple[SeriesSpec, ...]] = {
    "meta": (
        PPE_CASH,
        SeriesSpec("ppe_incl_finance_lease_principal", (Term(PPE), Term(FINANCE_LEASE_PRINCIPAL))),
    ),
    "amazon": (
        SeriesSpec("productive_assets_gross", (Term(PRODUCTIVE),)),
        SeriesSpec("net_of_proceeds_incentives", (Term(PRODUCTIVE), Term(AMAZON_PROCEEDS, -1))),
    ),
    "nvidia": (SeriesSpec("ppe_and_intangibles", (Term(PRODUCTIVE),)),),
    # Tesla tags its "excluding finance leases, net of sales" line with the plain PP&E concept
    "tesla": (SeriesSpec("ppe_net_of_sales", (Term(PPE),)),),
}
DEFAULT_SERIES: tuple[SeriesSpec, ...] = (PPE_CASH,)


def series_for(company_id: str) -> tuple[SeriesSpec, ...]:
    return SERIES.get(company_id, DEFAULT_SERIES)


@dataclass(frozen=True)
class Fact:
    """One companyfacts entry (a value as one filing reported it)."""

    start: str
    end: str
    val: int
    accn: str
    form: str
    filed: str
    fy: int | None = None
    fp: str | None = None

    @property
    def order(self) -> tuple[str, str]:
        return (self.filed, self.accn)


@dataclass(frozen=True)
class SecFigure:
    company_id: str
    fiscal_label: str
    period_start: str
    period_end: str
    value_usd: int
    definition_code: str
    source_title: str
    source_url: str
    accession: str
    filed: str
    form: str
    derivation: str
    kind: str = "actual"
    # (form, accession, filed, url) of every filing a derived quarter was computed from
    derived_from: tuple[tuple[str, str, str, str], ...] = ()

    def to_new_figure(self):  # -> storage.models.NewFigure (imported lazily: keeps this module pure)
        from storage.models import NewFigure, SourceDoc

        docs = tuple(
            SourceDoc(kind=form, title=f"{form} filed {filed}", url=url, accession=accn, filed=filed)
            for form, accn, filed, url in self.derived_from
        )
        return NewFigure(
            company_id=self.company_id,
            fiscal_label=self.fiscal_label,
            period_start=self.period_start,
            period_end=self.period_end,
            kind="actual",
            definition_code=self.definition_code,
            source_title=self.source_title,
            value_usd=self.value_usd,
            source_url=self.source_url,
            accession=self.accession,
            announced=self.filed,
            document_kind=self.form,
            derivation="" if self.derivation == "reported" else self.derivation,
            derived_from=docs,
        )


@dataclass
class ExtractResult:
    cik: int
    entity_name: str
    figures: list[SecFigure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    latest_filed: str | None = None
    latest_accession: str | None = None


# ---------------------------------------------------------------- parsing and validation


def parse_companyfacts(raw: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    """Decode and check the top-level shape. Truncated or malformed input raises SecDataError."""
    if isinstance(raw, Mapping):
        doc = raw
    else:
        if not raw:
            raise SecDataError("empty companyfacts document")
        try:
            doc = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
            raise SecDataError(f"malformed or truncated companyfacts JSON: {str(exc)[:200]}") from None
        except RecursionError:
            raise SecDataError("malformed companyfacts JSON: nested too deeply") from None
    if not isinstance(doc, dict):
        raise SecDataError("companyfacts document is not a JSON object")
    facts = doc.get("facts")
    if not isinstance(facts, dict) or not all(isinstance(v, dict) for v in facts.values()):
        raise SecDataError("companyfacts document has no 'facts' object")
    cik = doc.get("cik")
    if isinstance(cik, str) and cik.isdigit():
        cik = int(cik)
    if not isinstance(cik, int) or isinstance(cik, bool) or cik <= 0:
        raise SecDataError("companyfacts document has no valid 'cik'")
    doc = dict(doc)
    doc["cik"] = cik
    return doc


def _is_iso_date(text: Any) -> bool:
    if not isinstance(text, str) or len(text) != 10:
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _concept_entries(facts: Mapping[str, Any], concept: str) -> tuple[str, list[Any]] | None:
    """The USD entries of a concept, from the first taxonomy that has it (us-gaap first)."""
    if ":" in concept:
        prefix, name = concept.split(":", 1)
        taxonomies = [prefix]
    else:
        name = concept
        taxonomies = ["us-gaap", *sorted(t for t in facts if t != "us-gaap")]
    for tax in taxonomies:
        node = facts.get(tax, {}).get(name)
        if node is None:
            continue
        if not isinstance(node, dict) or not isinstance(node.get("units"), dict):
            raise SecDataError(f"{tax}:{name} has no 'units' object")
        usd = node["units"].get("USD")
        if usd is None:
            continue
        if not isinstance(usd, list):
            raise SecDataError(f"{tax}:{name} USD entries are not a list")
        return f"{tax}:{name}", usd
    return None


def _to_fact(qualified: str, entry: Any) -> Fact | None:
    """Validate one entry; None for entries that are fine but irrelevant (instants, 8-Ks)."""
    if not isinstance(entry, dict):
        raise SecDataError(f"{qualified}: an entry is not an object")
    end, val, accn, form, filed = (entry.get(k) for k in ("end", "val", "accn", "form", "filed"))
    start = entry.get("start")
    if not _is_iso_date(end) or not _is_iso_date(filed) or not isinstance(accn, str) or not accn:
        raise SecDataError(f"{qualified}: entry with a bad end/filed date or accession: {entry!r:.200}")
    if not isinstance(val, int | float) or isinstance(val, bool):
        raise SecDataError(f"{qualified}: entry with a non-numeric value: {entry!r:.200}")
    try:
        usd(val, f"{qualified} {accn} value")  # NaN, Infinity, 1e400, > 2^63, negative: skipped
    except ValueError as exc:
        raise BadValue(str(exc)) from None
    if not isinstance(form, str):
        raise SecDataError(f"{qualified}: entry without a form: {entry!r:.200}")
    if start is None or form not in PERIODIC_FORMS:
        return None
    if not _is_iso_date(start) or start > end:
        raise SecDataError(f"{qualified}: entry with a bad start date: {entry!r:.200}")
    fy = entry.get("fy")
    fp = entry.get("fp")
    return Fact(
        start=start,
        end=end,
        val=round(val),
        accn=accn,
        form=form,
        filed=filed,
        fy=fy if isinstance(fy, int) and not isinstance(fy, bool) else None,
        fp=fp if isinstance(fp, str) else None,
    )


# ---------------------------------------------------------------- fiscal calendar


def infer_fiscal_year_end(facts_by_concept: Iterable[Iterable[Fact]]) -> str:
    """Most common nominal year end of the annual periods in the data; '12-31' if none."""
    counts: Counter[str] = Counter()
    for facts in facts_by_concept:
        for f in facts:
            if not f.form.startswith("10-K"):
                continue
            end = date.fromisoformat(f.end)
            if not YEAR_DAYS[0] <= (end - date.fromisoformat(f.start)).days <= YEAR_DAYS[1]:
                continue
            nominal = end if end.day > FISCAL_SLACK_DAYS else end - timedelta(days=end.day)
            last = calendar.monthrange(nominal.year, nominal.month)[1]
            counts[f"{nominal.month:02d}-{last if nominal.month != 2 else 28:02d}"] += 1
    return counts.most_common(1)[0][0] if counts else "12-31"


# ---------------------------------------------------------------- derivation


@dataclass(frozen=True)
class _Version:
    val: int
    src: Fact  # the filing this value is attributed to (latest leg)


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1


def _in(days: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= days <= bounds[1]


def _combined_versions(
    legs: list[tuple[int, dict[tuple[str, str], list[Fact]]]],
) -> dict[tuple[str, str], list[_Version]]:
    """Per period: the series value after each filing that changed it, oldest first."""
    keys = set(legs[0][1])
    for _, by_period in legs[1:]:
        keys &= set(by_period)
    out: dict[tuple[str, str], list[_Version]] = {}
    for key in keys:
        leg_versions = [(sign, by_period[key]) for sign, by_period in legs]
        events = sorted({f.order for _, vs in leg_versions for f in vs})
        versions: list[_Version] = []
        for cutoff in events:
            total = 0
            src: Fact | None = None
            complete = True
            for sign, vs in leg_versions:
                current = None
                for f in vs:  # sorted by order
                    if f.order <= cutoff:
                        current = f
                if current is None:
                    complete = False
                    break
                total += sign * current.val
                if src is None or current.order > src.order:
                    src = current
            if complete and src is not None and (not versions or versions[-1].val != total):
                versions.append(_Version(total, src))
        if versions:
            out[key] = versions
    return out


def _as_of(versions: list[_Version], cutoff: tuple[str, str] | None) -> _Version | None:
    if cutoff is None:
        return versions[-1]
    found = None
    for v in versions:
        if v.src.order <= cutoff:
            found = v
    return found


def _fmt_m(val: int) -> str:
    return f"{val / 1e6:,.0f}M"


class _Deriver:
    def __init__(self, company_id: str, company_name: str, cik: int, fiscal_year_end: str, definition: str):
        self.company_id = company_id
        self.company_name = company_name
        self.cik = cik
        self.fye = fiscal_year_end
        self.definition = definition

    def source_title(self, f: Fact) -> str:
        """Names the filing (the URL is the companyfacts data, which does not)."""
        when = f"filed {f.filed}"
        if f.fy is not None and f.fp:
            when = f"FY{f.fy}" if f.fp == "FY" else f"{f.fp} {f.fy}"
        return f"{self.company_name} {f.form} {when} (accession {f.accn}, SEC XBRL data)"

    def url(self, f: Fact) -> str:
        """The document the value was read in: SEC's companyfacts data, which names the filing by
        its accession (kept beside it). No filing URL is built from the accession (issue 14)."""
        return COMPANYFACTS_URL.format(cik=int(self.cik))

    def figure(
        self, label: str, start: str, end: str, val: int, src: Fact, how: str, legs: tuple[Fact, ...] = ()
    ) -> SecFigure:
        return SecFigure(
            company_id=self.company_id,
            fiscal_label=label,
            period_start=start,
            period_end=end,
            value_usd=val,
            definition_code=self.definition,
            source_title=self.source_title(src),
            source_url=self.url(src),
            accession=src.accn,
            filed=src.filed,
            form=src.form,
            derivation=how,
            derived_from=tuple((f.form, f.accn, f.filed, self.url(f)) for f in legs),
        )

    def derive(
        self, periods: dict[tuple[str, str], list[_Version]], cutoff: tuple[str, str] | None
    ) -> dict[tuple[str, str], SecFigure]:
        """Fiscal years and quarters as known after the filing `cutoff` (None: everything)."""
        current: dict[tuple[str, str], _Version] = {}
        for key, versions in periods.items():
            v = _as_of(versions, cutoff)
            if v is not None:
                current[key] = v
        out: dict[tuple[str, str], SecFigure] = {}
        by_start: dict[str, list[str]] = {}
        for start, end in current:
            by_start.setdefault(start, []).append(end)

        # Reported values first: fiscal years and three-month periods.
        for (start, end), v in current.items():
            days = _days(start, end)
            if _in(days, YEAR_DAYS) and v.src.form.startswith("10-K"):
                year = fiscal_year_of(date.fromisoformat(end), self.fye)
                out[(start, end)] = self.figure(f"FY{year}", start, end, v.val, v.src, "reported")
            elif _in(days, QUARTER_DAYS):
                year, q = fiscal_quarter_of(date.fromisoformat(end), self.fye)
                out[(start, end)] = self.figure(f"Q{q}-{year}", start, end, v.val, v.src, "reported")

        # Then quarters by differencing adjacent year-to-date values sharing a start.
        for start, ends in by_start.items():
            ends.sort()
            for prev_end, cur_end in zip(ends, ends[1:], strict=False):
                q_start = (date.fromisoformat(prev_end) + timedelta(days=1)).isoformat()
                if (q_start, cur_end) in out or not _in(_days(q_start, cur_end), QUARTER_DAYS):
                    continue
                minuend = current[(start, cur_end)]
                # The subtrahend as it stood when the minuend was filed: same basis for both legs.
                subtrahend = (
                    _as_of(periods[(start, prev_end)], minuend.src.order) or current[(start, prev_end)]
                )
                # The quarter cites the filing that states the year-to-date value ending with it
                # (a later 10-Q holding only the earlier leg as a comparative is listed, not cited).
                src = minuend.src
                year, q = fiscal_quarter_of(date.fromisoformat(cur_end), self.fye)
                how = (
                    f"derived: {_days(start, cur_end) // 30} months to {cur_end} ({_fmt_m(minuend.val)}, "
                    f"{minuend.src.accn}) minus {_days(start, prev_end) // 30} months to {prev_end} "
                    f"({_fmt_m(subtrahend.val)}, {subtrahend.src.accn})"
                )
                legs = (
                    (minuend.src,)
                    if subtrahend.src.accn == minuend.src.accn
                    else (minuend.src, subtrahend.src)
                )
                out[(q_start, cur_end)] = self.figure(
                    f"Q{q}-{year}", q_start, cur_end, minuend.val - subtrahend.val, src, how, legs
                )
        return out


def _report_periods(facts: Iterable[Fact]) -> dict[str, str]:
    """Accession -> the period it reports (its latest end date): other periods are comparatives."""
    out: dict[str, str] = {}
    for f in facts:
        out[f.accn] = max(out.get(f.accn, f.end), f.end)
    return out


def _as_reported(
    by_period: dict[tuple[str, str], list[Fact]], report_end: Mapping[str, str]
) -> dict[tuple[str, str], list[Fact]]:
    """Only the periods the company reported the term for: as a filing's own period, or with a
    non-zero value. A term Meta started to report in 2019 (finance-lease principal) appears for
    2017-2018 only as zero-valued comparatives in later filings; taking those would build the
    combined series for years the company never defined it so."""
    return {
        key: versions
        for key, versions in by_period.items()
        if any(report_end.get(f.accn) == f.end or f.val != 0 for f in versions)
    }


def extract(
    raw: bytes | str | Mapping[str, Any],
    company_id: str,
    *,
    company_name: str | None = None,
    fiscal_year_end: str | None = None,
    series: tuple[SeriesSpec, ...] | None = None,
    expected_cik: int | None = None,
    history: bool = False,
) -> ExtractResult:
    """companyfacts document -> capex figures for one company.

    `history=False`: the current value of every figure (most recent filing wins).
    `history=True`: every value a figure has had, oldest first (restatements included), so
    adding them in order leaves the latest as current and the older ones as history.
    """
    doc = parse_companyfacts(raw)
    cik = doc["cik"]
    if expected_cik is not None and cik != expected_cik:
        raise SecDataError(f"companyfacts is for CIK {cik}, expected {expected_cik}")
    entity = doc.get("entityName") if isinstance(doc.get("entityName"), str) else ""
    result = ExtractResult(cik=cik, entity_name=entity)
    name = company_name or entity or company_id
    specs = series if series is not None else series_for(company_id)
    indexed = _index_concepts(doc["facts"], {t.concept for s in specs for t in s.terms}, result.warnings)
    fye = fiscal_year_end or infer_fiscal_year_end(
        [f for vs in idx.values() for f in vs] for idx in indexed.values()
    )
    all_facts = [f for idx in indexed.values() for vs in idx.values() for f in vs]
    if all_facts:
        newest = max(all_facts, key=lambda f: f.order)
        result.latest_filed, result.latest_accession = newest.filed, newest.accn

    report_end = _report_periods(all_facts)
    for spec in specs:
        missing = [t.concept for t in spec.terms if t.concept not in indexed]
        if missing:
            result.warnings.append(
                f"{spec.definition}: no {', '.join(missing)} facts in this file; series left empty"
            )
            continue
        legs = [
            (t.sign, indexed[t.concept] if i == 0 else _as_reported(indexed[t.concept], report_end))
            for i, t in enumerate(spec.terms)
        ]
        deriver = _Deriver(company_id, name, cik, fye, spec.definition)
        _derive_series(deriver, _combined_versions(legs), history, result)
    return result


def _index_concepts(
    facts: Mapping[str, Any], concepts: set[str], warnings: list[str]
) -> dict[str, dict[tuple[str, str], list[Fact]]]:
    """Validate and index every concept the series use: concept -> (start, end) -> its versions,
    oldest filing first. A malformed entry rejects the whole file; a bad value is skipped with a note."""
    indexed: dict[str, dict[tuple[str, str], list[Fact]]] = {}
    for concept in concepts:
        found = _concept_entries(facts, concept)
        if found is None:
            continue
        qualified, entries = found
        by_period: dict[tuple[str, str], list[Fact]] = {}
        for entry in entries:
            try:
                f = _to_fact(qualified, entry)
            except BadValue as exc:
                warnings.append(f"skipped: {exc}")
                continue
            if f is not None:
                by_period.setdefault((f.start, f.end), []).append(f)
        for versions in by_period.values():
            versions.sort(key=lambda f: f.order)
        indexed[concept] = by_period
    return indexed


def _derive_series(
    deriver: _Deriver, periods: dict[tuple[str, str], list[_Version]], history: bool, result: ExtractResult
) -> None:
    """Keep one series' figures: the current value of each (`history=False`), or every value it
    has had, filing by filing, so that adding them in order leaves the latest as current."""
    if not history:
        final = deriver.derive(periods, None)
        for key in sorted(final, key=lambda k: (k[1], k[0])):
            _keep(final[key], result)
        return
    seen: dict[tuple[str, str], int] = {}
    for cutoff in sorted({v.src.order for vs in periods.values() for v in vs}):
        state = deriver.derive(periods, cutoff)
        for key in sorted(state, key=lambda k: (k[1], k[0])):
            fig = state[key]
            if seen.get(key) != fig.value_usd:
                seen[key] = fig.value_usd
                _keep(fig, result)


def _keep(fig: SecFigure, result: ExtractResult) -> None:
    """Add a derived figure unless the shared validator refuses it (a negative difference...)."""
    try:
        usd(fig.value_usd, f"{fig.fiscal_label} {fig.definition_code} ({fig.accession})")
    except ValueError as exc:
        result.warnings.append(f"skipped: {exc}")
        return
    result.figures.append(fig)
