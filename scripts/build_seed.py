"""Build ``storage/seed/figures.csv``: the capex figures that ship inside capexbot, each citing the
document that states it.

Developer-only: never run at run time or in tests. The output is committed; run this again only
when the inputs change, and review the diff.

Every row names a primary document (storage/provenance.py): the 10-Q / 10-K on sec.gov that states
the value (with accession and filing date), the 8-K earnings-release exhibit, or the company's own
call page. A quarter derived from year-to-date values (Q2 = H1 - Q1, Q4 = FY - 9M) cites the filing
of its quarter and lists every filing it was derived from. Data sets and news pages appear only as
secondary references. A figure with no primary document is left out (a visible gap, never a guess)
and the build says so.

Inputs (CLI arguments; defaults point at the team's shared data folder):

- ``rtt/D_quarterly_capex_clean.csv`` -- the filing-checked quarterly history (public repository
  marketmarathon/race-through-time, data/rtt-103): values, and how each derived quarter was derived.
- ``rtt/source/sec_filing_documents.csv`` -- every 10-Q/10-K behind that history: accession,
  filing date, URL on sec.gov. The only place filing URLs and accessions are taken from.
- ``rtt/source/sec_release_documents.csv`` -- the 8-K release exhibits (accession, URL, date).
- ``rtt/source/meta_release_capex.csv`` -- Meta's release figures with the quote that states them.
- ``rtt/source/guidance_2026.csv`` -- 2026 guidance with the exhibit or call page.
- ``capex_reference.csv`` -- guidance history and fiscal-year totals: used for guidance rows whose
  document is known, and to cross-check every total computed here (the build stops on a mismatch).
- ``tests/data/sources/primary_capex_aapl_nvda_tsla.csv`` -- Apple, Nvidia and Tesla values as the
  10-Q / 10-K / 8-K release states them (year-to-date or three-month column), each with accession,
  filing date, URL and where it was read; single quarters not printed are derived here by differencing.
- ``scripts/seed_primary_extra.csv`` -- other figures read by hand from primary documents (call pages).

Usage: python scripts/build_seed.py [--shared DIR] [--out storage/seed/figures.csv]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
from storage.importer import COLUMNS  # noqa: E402

SHARED = Path("/work/shared/data")
REPO = Path(__file__).resolve().parent.parent
EXTRA = REPO / "scripts" / "seed_primary_extra.csv"
PRIMARY = REPO / "tests" / "data" / "sources" / "primary_capex_aapl_nvda_tsla.csv"
PRIMARY_CODE = {"apple": "ppe_cash", "nvidia": "ppe_and_intangibles", "tesla": "ppe_net_of_sales"}
SPAN = {3: "three months", 6: "six months", 9: "nine months", 12: "fiscal year"}
APPLE_FACTS = {"title": "SEC companyfacts XBRL data for Apple (PaymentsToAcquirePropertyPlantAndEquipment)",
               "url": "https://data.sec.gov/api/xbrl/companyfacts/CIK0000320193.json"}
RTT_URL = (
    "https://github.com/marketmarathon/race-through-time/blob/"
    "32dfd97ec44cc1931a9e611ffa86f2cf77bf5b23/data/rtt-103/D_quarterly_capex_clean.csv"
)
RTT_REF = {"title": "race-through-time quarterly capex data set (derivation cross-checked)", "url": RTT_URL}
QUARTERS_FROM = "2015-01-01"
FY_FROM = {"meta": 2019, "alphabet": 2019, "amazon": 2019, "microsoft": 2019, "oracle": 2019, "coreweave": 2024}
NAMES = {"meta": "Meta", "alphabet": "Alphabet", "amazon": "Amazon", "microsoft": "Microsoft",
         "oracle": "Oracle", "coreweave": "CoreWeave", "apple": "Apple", "tesla": "Tesla", "nvidia": "Nvidia"}
# rtt series -> definition code (None = not taken: A and B are the same numbers, or A is empty).
#  meta A = release headline incl. finance-lease principal (cited to the 8-K, only where the release
#  says it includes that principal); amazon A = net of proceeds and incentives, B = gross.
RTT_SERIES: dict[str, dict[str, str | None]] = {
    "meta": {"A": "ppe_incl_finance_lease_principal", "B": "ppe_cash"},
    "amazon": {"A": "net_of_proceeds_incentives", "B": "productive_assets_gross"},
    "microsoft": {"A": None, "B": "ppe_cash"},
    "alphabet": {"A": None, "B": "ppe_cash"},
    "oracle": {"A": None, "B": "ppe_cash"},
    "coreweave": {"A": None, "B": "ppe_cash"},
}
# capex_reference definition text -> code (guidance rows; actual rows are only cross-checked).
REFERENCE_RULES: list[tuple[str, str, str]] = [
    ("meta", r"^Purchases of property and equipment", "ppe_cash"),
    ("meta", r"^Meta (headline|guidance)", "ppe_incl_finance_lease_principal"),
    ("alphabet", r"^(Purchases of property|Alphabet guidance)", "ppe_cash"),
    ("amazon", r"GROSS", "productive_assets_gross"),
    ("amazon", r"NET of proceeds", "net_of_proceeds_incentives"),
    ("amazon", r"^(Press|Amazon call|Amazon release|Amazon Q2)", "company_guidance"),
    ("microsoft", r"^Additions to property", "ppe_cash"),
    ("microsoft", r"(call/press|CALENDAR-year 2026)", "incl_finance_leases"),
    ("microsoft", r"^Brad Smith blog", "ai_datacenter_investment"),
    ("oracle", r"^(Capital expenditures|Oracle guidance)", "ppe_cash"),
    ("apple", r".", "ppe_cash"),
    ("tesla", r".", "ppe_net_of_sales"),
    ("nvidia", r".", "ppe_and_intangibles"),
]
NON_CALENDAR_FY = {"microsoft", "oracle", "apple", "nvidia"}
WORDS = {"three": 3, "six": 6, "nine": 9, "fiscal year": 12}


def die(msg: str) -> None:
    print(f"build_seed: {msg}", file=sys.stderr)
    raise SystemExit(1)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def long_date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%-d %b %Y")


def money(text: str) -> str:
    return f"${int(text):,}"


def pretty_quarter(company: str, q: str, fy: str) -> str:
    return f"{q} FY{fy}" if company in NON_CALENDAR_FY else f"{q} {fy}"


def doc(kind: str, title: str, url: str, accession: str, filed: str) -> dict[str, str]:
    return {"kind": kind, "title": title, "url": url, "accession": accession, "filed": filed}


class Filings:
    """The 10-Q/10-K documents of sec_filing_documents.csv, by company and period of report."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_period: dict[tuple[str, str], dict[str, str]] = {}
        for r in sorted(rows, key=lambda r: (r["form"].endswith("/A"), r["cf_found"] != "yes")):
            company = "alphabet" if r["company"] == "google" else r["company"]
            self.by_period.setdefault((company, r["period"]), r)  # originals with a cash-flow first

    def stating(self, company: str, period_end: str) -> dict[str, str] | None:
        """The filing that states a value for the period ending `period_end`: the filing for that
        period, else (a company's first public year) next year's filing, as its comparative."""
        own = self.by_period.get((company, period_end))
        if own is not None:
            return self._doc(company, own, "")
        end = dt.date.fromisoformat(period_end)
        for shift in (0, -1, 1, -2, 2, -3, 3):  # 52/53-week years: the same quarter a year on
            later = (end.replace(year=end.year + 1) + dt.timedelta(days=shift)).isoformat()
            nxt = self.by_period.get((company, later))
            if nxt is not None:
                return self._doc(company, nxt, f" (prior-year comparative for {long_date(period_end)})")
        return None

    @staticmethod
    def _doc(company: str, r: dict[str, str], suffix: str) -> dict[str, str]:
        span = "fiscal year" if r["form"].startswith("10-K") else "quarter"
        title = f"{NAMES[company]} {r['form']} for the {span} ended {long_date(r['period'])}{suffix}"
        return doc(r["form"], title, r["url"], r["accession"], r["filed"])


def row(company: str, label: str, start: str, end: str, kind: str, code: str, source: dict[str, str],
        **extra: object) -> dict[str, str]:
    out = {c: "" for c in COLUMNS}
    out.update(company=company, fiscal_period=label, period_start=start, period_end=end, kind=kind,
               currency="USD", definition=code, source_title=source["title"], source_url=source["url"],
               accession=source.get("accession", ""), date=source.get("filed", ""),
               document_kind=source["kind"])
    for key, value in extra.items():
        out[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)
    if out["derived_from"] == "":
        out["derived_from"] = "[]"
    if out["secondary_refs"] == "":
        out["secondary_refs"] = "[]"
    return out


def quarter_start(period_end: str) -> str:
    end = dt.date.fromisoformat(period_end)
    month, year = end.month - 2, end.year
    if month < 1:
        month, year = month + 12, year - 1
    return dt.date(year, month, 1).isoformat()


def derivation_text(note: str) -> str:
    """rtt's derivation note, without its trailing remark, with readable dollar amounts."""
    text = note.split(" Company-reported capex", 1)[0].strip()
    text = re.sub(r"^Derived: ", "", text)
    return re.sub(r"\((\d{6,})", lambda m: "(" + money(m.group(1)), text)


def rtt_quarter(r: dict[str, str], code: str, value: str, filings: Filings) -> dict[str, str] | None:
    """One quarter of one series, cited to the filing that states it (and those it came from)."""
    company, end = r["company_id"], r["period_end"]
    label = f"{r['fiscal_quarter']}-{r['fiscal_year'][2:]}"
    source = filings.stating(company, end)
    if source is None:
        return None
    extra: dict[str, object] = {"value_usd": value, "secondary_refs": [RTT_REF]}
    if r["reported_or_derived"].startswith("DERIVED"):
        ends = list(dict.fromkeys([end, *re.findall(r"\d{4}-\d{2}-\d{2}", r["notes"])]))
        used = [filings.stating(company, e) for e in ends]
        if any(u is None for u in used):
            return None
        extra["derivation"] = derivation_text(r["notes"])
        extra["derived_from"] = list({u["accession"]: u for u in used}.values())
        source = dict(source, filed=max(u["filed"] for u in used))
    return row(company, label, quarter_start(end), end, "actual", code, source, **extra)


def meta_release_quarter(r: dict[str, str], rel: dict[str, str]) -> dict[str, str]:
    year = r["fiscal_year"][2:]
    source = doc("8-K", f"Meta {r['fiscal_quarter']} {year} earnings release (8-K exhibit 99.1)",
                 rel["url"], rel["accession"], rel["release_filed"])
    return row("meta", f"{r['fiscal_quarter']}-{year}", quarter_start(r["period_end"]), r["period_end"],
               "actual", "ppe_incl_finance_lease_principal", source, value_usd=rel["value_usd"],
               secondary_refs=[RTT_REF])


def build_quarters(rtt: list[dict[str, str]], filings: Filings, releases: dict[str, dict[str, str]],
                   log) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    gaps: dict[str, list[str]] = defaultdict(list)
    for r in rtt:
        company = r["company_id"]
        if company not in RTT_SERIES or r["coverage_status"] == "NOT_FOUND" or r["period_end"] < QUARTERS_FROM:
            continue
        series = {"A": r["company_reported_capex_usd"].strip(), "B": r["cash_capex_usd"].strip()}
        for name, code in RTT_SERIES[company].items():
            value = series[name]
            if code is None:
                other = series["B" if name == "A" else "A"]
                if value and other and value != other:
                    die(f"rtt {company} {r['period_end']}: unmapped series {name} differs")
                continue
            if not value:
                continue
            if company == "meta" and name == "A":
                rel = releases.get(r["period_end"])
                if rel is None or rel["includes_finance_lease_principal"] != "yes":
                    continue  # the release figure did not include finance-lease principal then
                if rel["value_usd"] != value:
                    die(f"meta {r['period_end']}: rtt {value} vs release {rel['value_usd']}")
                out.append(meta_release_quarter(r, rel))
                continue
            fig = rtt_quarter(r, code, value, filings)
            if fig is None:
                gaps[company].append(f"{r['period_end']} {code}")
            else:
                out.append(fig)
    for company, missing in gaps.items():
        log(f"gap: {company}: no filing document for {', '.join(missing)}")
    return out


def build_years(quarters: list[dict[str, str]], rtt: list[dict[str, str]], filings: Filings,
                releases: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """Fiscal-year totals: the 10-K's own figure where it states it, else the four quarters' sum
    (citing the 10-K and listing every filing used); Meta's headline from its Q4 release text."""
    notes = {(r["company_id"], r["period_end"]): r["notes"] for r in rtt}
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for q in quarters:
        groups[(q["company"], q["definition"], q["fiscal_period"][3:])].append(q)
    out = []
    for (company, code, year), qs in sorted(groups.items()):
        if int(year) < FY_FROM[company] or len(qs) != 4:
            continue
        qs.sort(key=lambda q: q["period_end"])
        total = sum(int(q["value_usd"]) for q in qs)
        end, start = qs[-1]["period_end"], qs[0]["period_start"]
        if code == "ppe_incl_finance_lease_principal":
            fig = meta_release_year(year, start, end, releases.get(end))
            if fig is not None:
                out.append(fig)
            continue
        tenk = filings.stating(company, end)
        if tenk is None or tenk["kind"] != "10-K":
            continue
        extra: dict[str, object] = {"secondary_refs": [RTT_REF]}
        stated = [int(v) for v in re.findall(rf"fiscal year to {end} \((\d+)\)", notes.get((company, end), ""))]
        if code == "net_of_proceeds_incentives" and len(stated) == 2:
            total = stated[0] - stated[1]
            extra["derivation"] = (f"purchases of property and equipment ({money(str(stated[0]))}) minus proceeds "
                                   f"from property and equipment sales and incentives ({money(str(stated[1]))}), "
                                   "both for the fiscal year in the 10-K")
            extra["derived_from"] = [tenk]
        elif stated and code != "net_of_proceeds_incentives":
            total = stated[0]  # the 10-K's own fiscal-year figure
        else:
            used = [tenk] + [d for q in qs for d in (json.loads(q["derived_from"]) or [_cited(q)])]
            extra["derivation"] = "sum of the four quarters"
            extra["derived_from"] = list({u["accession"]: u for u in used}.values())
        extra["value_usd"] = str(total)
        out.append(row(company, f"FY{year}", start, end, "actual", code, tenk, **extra))
    return out


def _cited(q: dict[str, str]) -> dict[str, str]:
    return doc(q["document_kind"], q["source_title"], q["source_url"], q["accession"], q["date"])


def meta_release_year(year: str, start: str, end: str, rel: dict[str, str] | None) -> dict[str, str] | None:
    """Meta's full-year headline, as its fourth-quarter release states it."""
    if rel is None or rel["includes_finance_lease_principal"] != "yes":
        return None
    m = re.search(rf"and \$\s?(\d+\.\d\d) billion for the fourth quarter and full year (of )?{year}", rel["quote"])
    if m is None:
        return None
    value = int(round(float(m.group(1)) * 100)) * 10_000_000
    source = doc("8-K", f"Meta Q4 {year} earnings release (8-K exhibit 99.1), full-year figure",
                 rel["url"], rel["accession"], rel["release_filed"])
    return row("meta", f"FY{year}", start, end, "actual", "ppe_incl_finance_lease_principal", source,
               value_usd=str(value))


def _primary_doc(e: dict[str, str]) -> dict[str, str]:
    return doc(e["form"], e["title"], e["url"], e["accession"], e["filed"])


def primary_quarter(q: int, got: dict[tuple[int, int], dict[str, str]]) -> tuple[dict[str, str], dict] | None:
    """Quarter q of one fiscal year: its printed three-month value, else its year-to-date value
    minus the previous one (citing the quarter's own filing and listing both)."""
    if (q, 3) in got:
        return got[(q, 3)], {}
    own, prev = got.get((q, 3 * q)), got.get((q - 1, 3 * (q - 1)))
    if own is None or prev is None:
        return None
    derivation = (f"{SPAN[3 * q]} to {own['period_end']} ({money(own['value_usd'])}) minus "
                  f"{SPAN[3 * (q - 1)]} to {prev['period_end']} ({money(prev['value_usd'])})")
    start = (dt.date.fromisoformat(prev["period_end"]) + dt.timedelta(days=1)).isoformat()
    quarter = dict(own, period_start=start, value_usd=str(int(own["value_usd"]) - int(prev["value_usd"])),
                   filed=max(own["filed"], prev["filed"]))
    used = [_primary_doc(own)] + ([_primary_doc(prev)] if prev["url"] != own["url"] else [])
    return quarter, {"derivation": derivation, "derived_from": used}


def build_primary(table: list[dict[str, str]], log) -> list[dict[str, str]]:
    """Apple, Nvidia and Tesla: fiscal years and quarters from the filed values in PRIMARY."""
    years: dict[tuple[str, str], dict[tuple[int, int], dict[str, str]]] = defaultdict(dict)
    for e in table:
        years[(e["company"], e["fiscal_year"])][(int(e["quarter"]), int(e["months"]))] = e
    out = []
    for (company, year), got in sorted(years.items()):
        refs = [APPLE_FACTS] if company == "apple" else []
        code = PRIMARY_CODE[company]
        picks = [(f"Q{q}-{year}", primary_quarter(q, got)) for q in range(1, 5)]
        picks.append((f"FY{year}", (got[(4, 12)], {}) if (4, 12) in got else None))
        for label, pick in picks:
            if pick is None:
                log(f"gap: {company} {label}: no filed value read")
                continue
            e, extra = pick
            out.append(row(company, label, e["period_start"], e["period_end"], "actual", code,
                           dict(_primary_doc(e), filed=e["filed"]), value_usd=e["value_usd"],
                           secondary_refs=refs, **extra))
    return out


def one_title_per_exhibit(rows: list[dict[str, str]]) -> None:
    """An 8-K exhibit cited by a quarter and by an outlook or a full year gets one title (its
    shortest: "Meta Q2 2026 earnings release (8-K exhibit 99.1)"), wherever it is cited."""
    titles: dict[str, str] = {}
    for r in rows:
        docs = [(r["document_kind"], r["source_url"], r["source_title"])]
        docs += [(d["kind"], d["url"], d["title"]) for d in json.loads(r["derived_from"])]
        for kind, url, title in docs:
            if kind == "8-K" and len(title) < len(titles.get(url, title + "_")):
                titles[url] = title
    for r in rows:
        r["source_title"] = titles.get(r["source_url"], r["source_title"])
        used = json.loads(r["derived_from"])
        if used:
            r["derived_from"] = json.dumps([dict(d, title=titles.get(d["url"], d["title"])) for d in used],
                                           ensure_ascii=False)


def reference_code(company: str, text: str) -> str:
    for c, pattern, code in REFERENCE_RULES:
        if c == company and re.search(pattern, text):
            return code
    die(f"{company}: no rule for definition {text!r}")
    raise AssertionError


class ReleaseExhibits:
    """8-K exhibits by URL and by (company, filing date): accession and date are read, not made."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_url = {r["url"]: r for r in rows}
        self.by_day: dict[tuple[str, str], dict[str, str]] = {}
        for r in rows:
            if re.search(r"ex-?99[._-]?1|exhibit991|ex991|dex991", r["document"].lower()):
                company = "alphabet" if r["company"] == "google" else r["company"]
                self.by_day.setdefault((company, r["filed"]), r)


def guidance_source(company: str, r: dict[str, str], exhibits: ReleaseExhibits,
                    guidance: dict[tuple[str, str], str]) -> dict[str, str] | None:
    """The primary document of a guidance row, or None (left out: only news or data sets say it)."""
    date = r["announced_or_filed_date"]
    src = r["source"]
    url = guidance.get((company, date)) if "guidance_2026.csv" in src else None
    if url is None and company == "meta" and ("shacknews" in src or "newsbytesapp" in src):
        ex = exhibits.by_day.get((company, date))
        url = ex["url"] if ex else None  # Meta states its outlook in the release itself
    if url is None:
        return None
    name = NAMES[company]
    if url in exhibits.by_url:
        ex = exhibits.by_url[url]
        return doc("8-K", f"{name} earnings release of {long_date(ex['filed'])} (8-K exhibit 99.1)", url,
                   ex["accession"], ex["filed"])
    if url.startswith(("https://www.microsoft.com/en-us/investor/events/", "https://abc.xyz/investor/")):
        title = f"{name} earnings call of {long_date(date)} (investor relations)"
        if "leases reclassified" in r["definition"]:  # a revision that is not a spending cut
            title += " (lower only because leases were reclassified from finance to operating)"
        return doc("call", title, url, "", date)
    return None


def build_guidance(ref: list[dict[str, str]], exhibits: ReleaseExhibits,
                   guidance: dict[tuple[str, str], str], log) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    ranges: dict[tuple[str, ...], dict[str, str]] = {}
    for r in ref:
        company = r["company"].lower()
        if not r["kind"].startswith("guidance"):
            continue
        source = guidance_source(company, r, exhibits, guidance)
        if source is None:
            log(f"left out (no primary document): {company} {r['fiscal_period']} {r['kind']} "
                f"{r['value_usd_millions']}M given {r['announced_or_filed_date']}")
            continue
        code = reference_code(company, r["definition"])
        value = str(int(r["value_usd_millions"]) * 1_000_000)
        urls = [u.rstrip(").,;'") for u in re.findall(r"https?://[^\s|]+", r["source"])]
        refs = [{"title": f"{u.split('/')[2].removeprefix('www.')} report", "url": u}
                for u in urls if u != source["url"] and "sec.gov" not in u]
        fig = row(company, r["fiscal_period"], r["period_start"], r["period_end"], "guidance", code, source,
                  secondary_refs=refs)
        fig["date"] = r["announced_or_filed_date"]
        if r["kind"] == "guidance_point":
            fig["value_usd"] = value
            out.append(fig)
            continue
        key = (company, r["fiscal_period"], code, fig["date"])
        merged = ranges.setdefault(key, fig)
        if merged is fig:
            out.append(fig)
        merged["low_usd" if r["kind"] == "guidance_low" else "high_usd"] = value
    return out


def cross_check(ref: list[dict[str, str]], rows: list[dict[str, str]], log) -> None:
    """Every reference actual we also hold must agree to the dollar."""
    ours = {(r["company"], r["fiscal_period"], r["definition"]): r["value_usd"] for r in rows if r["kind"] == "actual"}
    for r in ref:
        company = r["company"].lower()
        if r["kind"] != "actual":
            continue
        key = (company, r["fiscal_period"], reference_code(company, r["definition"]))
        theirs = str(int(r["value_usd_millions"]) * 1_000_000)
        if key not in ours:
            log(f"not in seed (no primary document here): {key} {theirs}")
        elif ours[key] != theirs and not (
            key[2] == "ppe_incl_finance_lease_principal" and abs(int(ours[key]) - int(theirs)) <= 5_000_000
        ):  # Meta's release prints its headline to $10m; the reference may hold the exact sum
            die(f"{key}: seed {ours[key]} vs reference {theirs}")


def build(shared: Path, log=print) -> list[dict[str, str]]:
    rtt = read_csv(shared / "rtt" / "D_quarterly_capex_clean.csv")
    filings = Filings(read_csv(shared / "rtt" / "source" / "sec_filing_documents.csv"))
    exhibits = ReleaseExhibits(read_csv(shared / "rtt" / "source" / "sec_release_documents.csv"))
    releases = {r["quarter_end"]: r for r in read_csv(shared / "rtt" / "source" / "meta_release_capex.csv")}
    guidance = {}
    for g in read_csv(shared / "rtt" / "source" / "guidance_2026.csv"):
        if g["forecast_type"] == "GUIDANCE" and g["url"]:
            guidance.setdefault((g["company"].lower(), g["revision_date"]), g["url"])
    ref = read_csv(shared / "capex_reference.csv")
    quarters = build_quarters(rtt, filings, releases, log)
    rows = quarters + build_years(quarters, rtt, filings, releases)
    rows += build_guidance(ref, exhibits, guidance, log)
    rows += build_primary(read_csv(PRIMARY), log)
    if EXTRA.exists():
        rows += [dict({c: "" for c in COLUMNS}, **r) for r in read_csv(EXTRA)]
    cross_check(ref, rows, log)
    one_title_per_exhibit(rows)
    rows.sort(key=lambda r: (r["company"], r["definition"], r["period_end"], r["kind"], r["date"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=REPO / "storage" / "seed" / "figures.csv")
    args = parser.parse_args(argv)
    rows = build(args.shared)
    with args.out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["company"], r["definition"], r["kind"])] += 1
    for key, n in sorted(counts.items()):
        print(f"{key[0]:10s} {key[1]:34s} {key[2]:8s} {n:4d}")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
