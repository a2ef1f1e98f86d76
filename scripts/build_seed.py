"""Build ``storage/seed/figures.csv``, the capex figures that ship inside capexbot.

Developer-only: never run at run time or in tests. The output is committed; run this again only
when the inputs change, and review the diff.

Inputs (paths are CLI arguments; the defaults point at the team's shared data folder):

- ``capex_reference.csv`` -- 151 hand-checked capex figures 2020-2026 (Meta, Alphabet, Amazon,
  Microsoft, Oracle, Apple, Tesla, Nvidia): annual and quarterly actuals and the guidance history,
  in US$ millions, each with its definition text, announcement/filing date and source (SEC XBRL
  extracts, SEC exhibits, public GitHub data sets, news pages).
- ``rtt/D_quarterly_capex_clean.csv`` -- the quarterly capex history of the public GitHub repository
  marketmarathon/race-through-time (folder data/rtt-103, commit 32dfd97e...), checked against
  10-Q/10-K filings (HKEX filings for Tencent), in US dollars; China-listed companies converted from
  CNY at the quarter's average Federal Reserve H.10 rate. Series A = company_reported_capex_usd,
  series B = cash_capex_usd.
- optional, from the same repository (``rtt/source/``): ``meta_release_capex.csv`` (Meta's
  quarterly release figures with accession numbers, URLs, filing dates and whether they include
  finance-lease principal) and ``guidance_2026.csv`` (2026 guidance with the call/exhibit URL).
  They only add provenance (URL, accession, date) and decide which Meta series-A quarters really
  include finance-lease principal; no figure is taken from them that is not also in the inputs above.

Rules: figures are copied, never computed (no quarter sums, no new FY totals). Reference rows win;
rtt quarters (2015 onward) are added only where the reference has no row for the same company,
period end and definition. Guidance low/high rows with the same company, period, definition and
date are merged into one range row.

Usage: python scripts/build_seed.py [--reference PATH] [--rtt PATH] [--meta-releases PATH]
       [--guidance PATH] [--out storage/seed/figures.csv]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
from storage.importer import COLUMNS as IMPORT_COLUMNS  # noqa: E402

SHARED = Path("/work/shared/data")
REPO = Path(__file__).resolve().parent.parent

COLUMNS = list(IMPORT_COLUMNS)

RTT_COMMIT = "32dfd97ec44cc1931a9e611ffa86f2cf77bf5b23"
RTT_REPO_URL = f"https://github.com/marketmarathon/race-through-time/blob/{RTT_COMMIT}/data/rtt-103"
RTT_D_URL = f"{RTT_REPO_URL}/D_quarterly_capex_clean.csv"
RTT_FROM = "2015-01-01"  # keep the seed small: quarters ending on or after this date

NAMES = {
    "meta": "Meta",
    "alphabet": "Alphabet",
    "amazon": "Amazon",
    "microsoft": "Microsoft",
    "oracle": "Oracle",
    "apple": "Apple",
    "tesla": "Tesla",
    "nvidia": "Nvidia",
    "coreweave": "CoreWeave",
    "alibaba": "Alibaba",
    "tencent": "Tencent",
    "baidu": "Baidu",
}
# Companies whose fiscal year is not the calendar year: titles say "Q3 FY2026", not "Q3 2026".
NON_CALENDAR_FY = {"microsoft", "oracle", "apple", "nvidia", "alibaba"}

# (company, pattern on the reference CSV's definition text, code). First match wins; every
# reference row must match exactly one rule for its company, or the build stops.
REFERENCE_RULES: list[tuple[str, str, str]] = [
    ("meta", r"^Purchases of property and equipment", "ppe_cash"),
    (
        "meta",
        r"^Meta headline 'capital expenditures, including principal payments on finance leases'",
        "ppe_incl_finance_lease_principal",
    ),
    (
        "meta",
        r"^Meta guidance: capital expenditures including principal payments on finance leases",
        "ppe_incl_finance_lease_principal",
    ),
    ("alphabet", r"^Purchases of property and equipment", "ppe_cash"),
    # Alphabet guides on its capex = purchases of property and equipment.
    (
        "alphabet",
        r"^Alphabet guidance: capital expenditures \(= purchases of property and equipment\)",
        "ppe_cash",
    ),
    ("amazon", r"^Purchases of property and equipment - GROSS", "productive_assets_gross"),
    ("amazon", r"^Purchases of property and equipment NET of proceeds", "net_of_proceeds_incentives"),
    ("amazon", r"^Press characterisation '>\$100B'", "company_guidance"),
    ("amazon", r"^Amazon call: ~\$125B cash capex", "company_guidance"),
    ("amazon", r"^Amazon release: .*definition not stated", "company_guidance"),
    ("amazon", r"company-defined cash capex", "company_guidance"),
    ("microsoft", r"^Additions to property and equipment - cash-flow line", "ppe_cash"),
    (
        "microsoft",
        r"^Microsoft call/press 'capital expenditures including finance leases'",
        "incl_finance_leases",
    ),
    ("microsoft", r"^Brad Smith blog: .*AI-enabled datacenters", "ai_datacenter_investment"),
    ("microsoft", r"^Microsoft call: CALENDAR-year 2026 capex incl\. finance leases", "incl_finance_leases"),
    ("oracle", r"^Capital expenditures \(purchases of property and equipment\)", "ppe_cash"),
    # Oracle's guided "capital expenditures" is its purchases of property and equipment line.
    ("oracle", r"^Oracle guidance: fiscal-year capital expenditures", "ppe_cash"),
    ("apple", r"^Payments for acquisition of property, plant and equipment", "ppe_cash"),
    ("tesla", r"^Purchases of property and equipment excluding finance leases", "ppe_cash"),
    ("nvidia", r"^Purchases related to property and equipment and intangible assets", "ppe_and_intangibles"),
]

# rtt series -> definition code, per company. None = not taken (see the notes).
#  - meta: A is the release headline; it includes finance-lease principal only from Q1 2019 (before,
#    the release printed the cash line rounded to $10m, which B already gives exactly) -> A kept
#    from 2019 only (checked against meta_release_capex.csv when given).
#  - amazon: A = purchases net of proceeds and incentives (the pre-2017 cash-flow line was already
#    net), B = gross purchases (from 2017).
#  - microsoft: A is empty; B = additions to property and equipment (cash, excl. finance leases).
#  - alphabet, oracle, baidu, alibaba: A and B are the same numbers -> one row.
#  - tencent: only A.
#  - coreweave: A is empty; B is the cash-flow purchases of property and equipment, so it is
#    ppe_cash, not the company's own "capex" headline.
RTT_SERIES: dict[str, dict[str, str | None]] = {
    "meta": {"A": "ppe_incl_finance_lease_principal", "B": "ppe_cash"},
    "amazon": {"A": "net_of_proceeds_incentives", "B": "productive_assets_gross"},
    "microsoft": {"A": None, "B": "ppe_cash"},
    "alphabet": {"A": None, "B": "ppe_cash"},
    "oracle": {"A": None, "B": "ppe_cash"},
    "alibaba": {"A": "company_reported", "B": None},
    "tencent": {"A": "company_reported", "B": None},
    "baidu": {"A": "company_reported", "B": None},
    "coreweave": {"A": None, "B": "ppe_cash"},
}
META_LEASE_PRINCIPAL_FROM = "2019-03-31"


def die(msg: str) -> None:
    print(f"build_seed: {msg}", file=sys.stderr)
    raise SystemExit(1)


def millions(text: str) -> int:
    value = Decimal(text) * 1_000_000
    if value != value.to_integral_value():
        die(f"non-integral dollar value from {text!r}")
    return int(value)


def dollars(text: str) -> int:
    value = Decimal(text)
    if value != value.to_integral_value():
        die(f"non-integral dollar value {text!r}")
    return int(value)


def quarter_start(period_end: str) -> str:
    end = dt.date.fromisoformat(period_end)
    month = end.month - 2
    year = end.year
    if month < 1:
        month += 12
        year -= 1
    return dt.date(year, month, 1).isoformat()


def sec_accession(url: str) -> str:
    m = re.search(r"sec\.gov/Archives/edgar/data/\d+/(\d{10})(\d{2})(\d{6})/", url)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def github_url(ref: str) -> str:
    """'owner/repo:path@sha' -> a GitHub blob URL (HEAD when no commit is named)."""
    m = re.fullmatch(r"([\w.-]+/[\w.-]+):([^@\s]+)(?:@([0-9a-f]{40}))?", ref)
    if not m:
        die(f"cannot read repository reference {ref!r}")
    return f"https://github.com/{m.group(1)}/blob/{m.group(3) or 'HEAD'}/{m.group(2)}"


class QuarterBook:
    """Fiscal quarter labels by company and period end, to name the report a date belongs to."""

    def __init__(self) -> None:
        self.ends: dict[str, dict[str, str]] = defaultdict(dict)

    def add(self, company: str, period_end: str, label: str) -> None:
        self.ends[company][period_end] = label

    def reported_on(self, company: str, date: str) -> str:
        """Label of the last quarter that ended before `date` ('' when unknown)."""
        ends = sorted(e for e in self.ends[company] if e < date)
        if not ends:
            return ""
        # Results come out within ~10 weeks of the quarter's end.
        if (dt.date.fromisoformat(date) - dt.date.fromisoformat(ends[-1])).days > 75:
            return ""
        return self.pretty(company, self.ends[company][ends[-1]])

    @staticmethod
    def pretty(company: str, label: str) -> str:
        q, year = label.split("-")
        return f"{q} FY{year}" if company in NON_CALENDAR_FY else f"{q} {year}"


def describe_reference_source(
    company: str, row: dict[str, str], book: QuarterBook, guidance_urls: dict[tuple[str, str], str]
) -> tuple[str, str, str]:
    """(source_title, source_url, accession) for a reference row's `source` text."""
    src = row["source"].strip()
    name = NAMES[company]
    date = row["announced_or_filed_date"]
    urls = [u.rstrip(").,;'") for u in re.findall(r"https?://[^\s|]+", src)]
    m_accn = re.search(r"accn (\d{10}-\d{2}-\d{6})", src)
    accession = m_accn.group(1) if m_accn else ""

    # Remarks the input makes about the source (quotes, approximate dates): kept, shortened.
    remarks = [r for r in source_remarks(src) if not r.startswith("10-K accn") and r != "abc.xyz"]

    if src.startswith("Jacob-Lisner/edgar_data:"):
        ref = src.split(" ", 1)[0]
        title = f"{name} 10-K {row['fiscal_period']} (accn {accession}), SEC companyfacts XBRL"
        return title, github_url(ref), accession

    if src.startswith("marketmarathon/race-through-time:"):
        ref = src.split(" ", 1)[0]
        rest = src.split("|", 1)[1].strip() if "|" in src else ""
        if "guidance_2026.csv" in ref:
            if urls and "sec.gov/Archives" in urls[0]:
                quarter = book.reported_on(company, date)
                title = f"{name} {quarter} earnings release (8-K ex. 99.1)".replace("  ", " ")
                return title, urls[0], sec_accession(urls[0])
            if urls and "microsoft.com/en-us/investor/events" in urls[0]:
                m = re.search(r"fy-(\d{4})-q(\d)", urls[0])
                title = f"{name} Q{m.group(2)} FY{m.group(1)} earnings call" if m else f"{name} earnings call"
                if "leases reclassified" in row["definition"]:  # a revision that is not a spending cut
                    title += " (lower only because leases were reclassified from finance to operating)"
                return title, urls[0], ""
            m_call = re.match(r"(Q\d)-(\d{4}) earnings call", rest)
            if m_call:
                title = f"{name} {m_call.group(1)} {m_call.group(2)} earnings call"
                if remarks:
                    title += f" ({'; '.join(remarks)})"
                url = guidance_urls.get((company, date)) or f"{RTT_REPO_URL}/source/guidance_2026.csv"
                return title, url, ""
            die(f"unexpected guidance source {src!r}")
        title = "race-through-time quarterly capex dataset (derived from 10-Q/10-K"
        title += f"; {'; '.join(remarks)})" if remarks else ")"
        return title, github_url(ref), accession

    if src.startswith("GitHub file id"):
        m = re.match(r"GitHub file id (\d+) \(([^)]*)\)", src)
        if not m:
            die(f"unexpected source {src!r}")
        if urls:
            host = urls[0].split("/")[2].removeprefix("www.")
            title = f"{host} news report, cited by {m.group(2)} (GitHub file id {m.group(1)})"
            return title, urls[0], ""
        title = f"GitHub file id {m.group(1)}: {m.group(2)}"
        return title, "", accession

    if urls and src.startswith("http"):
        host = urls[0].split("/")[2].removeprefix("www.").removeprefix("preview.")
        title = f"{host} news report"
        if remarks:
            title += f" ({'; '.join(remarks)})"
        return title, urls[0], accession

    # 'owner/repo:path@sha[ and owner/repo:path@sha] (remark)'
    refs = re.findall(r"[\w.-]+/[\w.-]+:[^\s@()]+(?:@[0-9a-f]{40})?", src)
    if refs:
        title = "GitHub " + " and ".join(r.split("@", 1)[0].replace(":", " ", 1) for r in refs)
        if remarks:
            title += f" ({'; '.join(remarks)})"
        return title, github_url(refs[0]), accession

    die(f"cannot describe source {src!r}")
    raise AssertionError  # unreachable


def source_remarks(src: str) -> list[str]:
    """Top-level parenthesised remarks, and a '; ...' remark after the last one, of a source text."""
    remarks: list[str] = []
    depth, start, last_close = 0, 0, -1
    for i, ch in enumerate(src):
        if ch == "(":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                remarks.append(src[start:i].strip())
                last_close = i
    tail = src[last_close + 1 :].strip() if last_close >= 0 else ""
    if tail.startswith(";"):
        remarks.append(tail[1:].strip())
    # "...; date approximate (±1 day)": the parenthesis alone would lose its meaning.
    if "date approximate (±1 day)" in src and not any("date approximate" in r for r in remarks):
        remarks = [r for r in remarks if r != "±1 day"] + ["date approximate (±1 day)"]
    return remarks


def reference_code(company: str, text: str) -> str:
    hits = [code for c, pattern, code in REFERENCE_RULES if c == company and re.search(pattern, text)]
    if len(hits) != 1:
        die(f"{company}: definition {text!r} matched {len(hits)} rules")
    return hits[0]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_guidance_urls(path: Path | None) -> dict[tuple[str, str], str]:
    """(company id, revision date) -> call/exhibit URL, from rtt's guidance_2026.csv."""
    if path is None or not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for row in read_csv(path):
        company = row["company"].strip().lower()
        if company in NAMES and row["forecast_type"] == "GUIDANCE" and row["url"]:
            out.setdefault((company, row["revision_date"]), row["url"])
    return out


def load_meta_releases(path: Path | None) -> dict[str, dict[str, str]]:
    if path is None or not path.exists():
        return {}
    return {row["quarter_end"]: row for row in read_csv(path) if row["company_id"] == "meta"}


def build(
    reference: Path, rtt: Path, meta_releases: Path | None, guidance: Path | None, log=print
) -> list[dict[str, str]]:
    ref_rows = read_csv(reference)
    rtt_rows = read_csv(rtt)
    guidance_urls = load_guidance_urls(guidance)
    releases = load_meta_releases(meta_releases)

    book = QuarterBook()
    for r in rtt_rows:
        book.add(r["company_id"], r["period_end"], f"{r['fiscal_quarter']}-{r['fiscal_year'][2:]}")
    for r in ref_rows:
        if r["fiscal_period"].startswith("Q"):
            book.add(r["company"].lower(), r["period_end"], r["fiscal_period"])

    out: list[dict[str, str]] = []
    ranges: dict[tuple[str, ...], dict[str, str]] = {}
    for r in ref_rows:
        company = r["company"].strip().lower()
        if company not in NAMES:
            die(f"unknown company {r['company']!r}")
        code = reference_code(company, r["definition"])
        title, url, accession = describe_reference_source(company, r, book, guidance_urls)
        row = {
            "company": company,
            "fiscal_period": r["fiscal_period"],
            "period_start": r["period_start"],
            "period_end": r["period_end"],
            "kind": "actual",
            "value_usd": "",
            "low_usd": "",
            "high_usd": "",
            "currency": "USD",
            "definition": code,
            "source_title": title,
            "source_url": url,
            "accession": accession,
            "date": r["announced_or_filed_date"],
        }
        value = str(millions(r["value_usd_millions"]))
        kind = r["kind"]
        if kind == "actual":
            row["value_usd"] = value
            out.append(row)
        elif kind == "guidance_point":
            row["kind"] = "guidance"
            row["value_usd"] = value
            out.append(row)
        elif kind in ("guidance_low", "guidance_high"):
            key = (company, r["fiscal_period"], r["period_start"], r["period_end"], code, row["date"])
            merged = ranges.get(key)
            if merged is None:
                row["kind"] = "guidance"
                merged = ranges[key] = row
                out.append(row)
            elif merged["source_url"] != url:
                die(f"range {key} has two sources")
            side = "low_usd" if kind == "guidance_low" else "high_usd"
            if merged[side]:
                die(f"range {key} has two {side} rows")
            merged[side] = value
        else:
            die(f"unknown kind {kind!r}")

    for key, row in ranges.items():
        if not row["high_usd"]:
            log(f"note: guidance {key} has a low bound only (a floor, e.g. '>$100B')")

    known = {
        (r["company"], r["period_start"], r["period_end"], r["definition"]): r
        for r in out
        if r["kind"] == "actual"
    }

    added: dict[tuple[str, str], int] = defaultdict(int)
    for r in rtt_rows:
        company = r["company_id"]
        if r["coverage_status"] == "NOT_FOUND" or r["period_end"] < RTT_FROM:
            continue
        if company not in RTT_SERIES:
            die(f"rtt company {company!r} has no series mapping")
        series = {"A": r["company_reported_capex_usd"], "B": r["cash_capex_usd"]}
        fiscal_period = f"{r['fiscal_quarter']}-{r['fiscal_year'][2:]}"
        for name, code in RTT_SERIES[company].items():
            text = series[name].strip()
            if not code:
                # Only skip a series that duplicates the one we take, or is empty.
                other = series["B" if name == "A" else "A"].strip()
                if text and other and text != other:
                    die(
                        f"rtt {company} {r['period_end']}: unmapped series {name} differs ({text} vs {other})"
                    )
                continue
            if not text:
                continue
            value = dollars(text)
            date, url, accession = "", RTT_D_URL, ""
            title = "race-through-time quarterly capex dataset (derived from 10-Q/10-K)"
            if company in ("alibaba", "tencent", "baidu"):
                how = "derived from" if r["reported_or_derived"].startswith("DERIVED") else "from"
                title = f"race-through-time quarterly capex dataset ({how} the company's results filings"
                if "capex scope from Sep 2018" in r["notes"]:
                    title += "; put on Alibaba's capex scope from Sep 2018"
                title += ")"
            if company == "meta" and name == "A":
                if r["period_end"] < META_LEASE_PRINCIPAL_FROM:
                    continue  # release figure did not include finance-lease principal then
                rel = releases.get(r["period_end"])
                if releases and rel is None:
                    die(f"meta {r['period_end']}: no release row")
                if rel is not None:
                    if rel["includes_finance_lease_principal"] != "yes":
                        die(f"meta {r['period_end']}: release excludes finance-lease principal")
                    if int(rel["value_usd"]) != value:
                        die(f"meta {r['period_end']}: rtt {value} vs release {rel['value_usd']}")
                    year = r["fiscal_year"][2:]
                    title = f"Meta {r['fiscal_quarter']} {year} earnings release (8-K ex. 99.1)"
                    url, accession, date = rel["url"], rel["accession"], rel["release_filed"]
            if r["currency"] != "USD":
                local = Decimal(r["capex_local_currency"]) / 1_000_000
                title += (
                    f"; {r['currency']} {local:,.0f}M converted at {r['fx_average']} {r['currency']}/USD,"
                    " the quarter's average Federal Reserve H.10 rate"
                )
            key = (company, quarter_start(r["period_end"]), r["period_end"], code)
            if key in known:
                if int(known[key]["value_usd"]) != value:
                    log(f"conflict kept reference: {key} reference {known[key]['value_usd']} vs rtt {value}")
                continue
            row = {
                "company": company,
                "fiscal_period": fiscal_period,
                "period_start": quarter_start(r["period_end"]),
                "period_end": r["period_end"],
                "kind": "actual",
                "value_usd": str(value),
                "low_usd": "",
                "high_usd": "",
                "currency": "USD",
                "definition": code,
                "source_title": title,
                "source_url": url,
                "accession": accession,
                "date": date,
            }
            known[key] = row
            out.append(row)
            added[(company, code)] += 1

    for (company, code), n in sorted(added.items()):
        log(f"rtt added {n:3d} quarters: {company} {code}")
    out.sort(key=lambda r: (r["company"], r["definition"], r["period_end"], r["kind"], r["date"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=SHARED / "capex_reference.csv")
    parser.add_argument("--rtt", type=Path, default=SHARED / "rtt" / "D_quarterly_capex_clean.csv")
    parser.add_argument(
        "--meta-releases", type=Path, default=SHARED / "rtt" / "source" / "meta_release_capex.csv"
    )
    parser.add_argument("--guidance", type=Path, default=SHARED / "rtt" / "source" / "guidance_2026.csv")
    parser.add_argument("--out", type=Path, default=REPO / "storage" / "seed" / "figures.csv")
    args = parser.parse_args(argv)
    rows = build(args.reference, args.rtt, args.meta_releases, args.guidance)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["company"], r["definition"])] += 1
    for (company, code), n in sorted(counts.items()):
        print(f"{company:10s} {code:34s} {n:4d}")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
