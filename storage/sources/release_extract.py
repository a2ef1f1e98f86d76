"""Capex figures and guidance from an 8-K earnings-release exhibit (EX-99.1 HTML); pure.

Two readings of the quarter's capex, each kept under its own definition code:
- the headline sentence ("Capital expenditures, including principal payments on finance leases,
  were $19.37 billion"), only when it says what it includes;
- the cash-flow table line ("Purchases of property and equipment", "Additions to property and
  equipment", Apple's "Payments for acquisition of property, plant and equipment", and for Nvidia
  only "Purchases related to property and equipment and intangible assets"), three-month column,
  and the year-to-date column when it covers the full year.
When the table also has the finance-lease principal line, the headline is stored as the exact
sum of the two table values (purchases net of proceeds when a table gives that line): the
sentence is rounded, a 10-Q later repeats the exact value and must match it, and the sum is kept
only if it agrees with the sentence.

Guidance comes from `guidance_extract`, sentence by sentence, each with the heading of the section
it sits in when that is the outlook ("2026 Outlook": its verbless bullets are outlooks for 2026).
Anything uncertain is left out; a document that is cut off (no closing tag) or holds no capex at
all is rejected whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from storage.fiscal_calendar import fiscal_quarter_of, period_bounds
from storage.sources.guidance_extract import Guidance, extract_guidance
from storage.sources.guidance_text import sentences

_BLOCK = {"p", "div", "br", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"}


class ReleaseDataError(ValueError):
    """The exhibit cannot be read as an earnings release (cut off, or no capex in it)."""


class _Text(HTMLParser):
    """Paragraph text and table rows (cells) of an HTML document, whitespace normalised."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.rows: list[list[str]] = []
        self.blocks: list[tuple[bool, str]] = []  # (is a table row, text), in document order
        self._buf: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "tr":
            self._flush()
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag in _BLOCK and self._row is None:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self._row is not None and self._cell is not None:
            text = _norm("".join(self._cell))
            if text:
                self._row.append(text)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:
                self.rows.append(self._row)
                self.blocks.append((True, " ".join(self._row)))
            self._row = None
        elif tag in _BLOCK and self._row is None:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._row is None:
            self._buf.append(data)

    def _flush(self) -> None:
        text = _norm("".join(self._buf))
        if text:
            self.paragraphs.append(text)
            self.blocks.append((False, text))
        self._buf = []


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


@dataclass(frozen=True)
class ReleaseFigure:
    fiscal_label: str
    period_start: str
    period_end: str
    definition: str
    value_usd: int
    how: str  # how it was read: "" when a sentence states it, else the table lines it comes from


@dataclass
class ReleaseResult:
    quarter_end: date
    actuals: list[ReleaseFigure] = field(default_factory=list)
    guidance: list[Guidance] = field(default_factory=list)
    outlooks: list[tuple[str | None, str]] = field(default_factory=list)  # direction-only: (period, sentence)
    warnings: list[str] = field(default_factory=list)


_HEADLINE = re.compile(
    r"capital expenditures, including (principal payments on finance leases|finance leases), were "
    r"\$\s?(\d+(?:\.\d+)?) (billion|million)",
    re.I,
)
_HEADLINE_DEF = {"principal payments on finance leases": "ppe_incl_finance_lease_principal",
                 "finance leases": "incl_finance_leases"}  # fmt: skip
_CASH_LINE = re.compile(
    r"^(?:purchases of|additions to|payments for (?:the )?acquisition of) property(?:,)? (?:plant,? )?and equipment\b"
    r"(?!.*\bsales\b)(?! and intangible)",  # Apple: "Payments for acquisition of property, plant and equipment"
    re.I,
)
# Nvidia's line counts intangibles too: its own series (ppe_and_intangibles), never another company's.
_CASH_LINE_WITH_INTANGIBLES = re.compile(
    r"^purchases related to property and equipment and intangible assets\b", re.I
)
_LEASE_LINE = re.compile(r"^principal payments on finance leases\b", re.I)
# Net of proceeds: what Meta's headline adds to the lease line (its free-cash-flow reconciliation
# shows it when the cash-flow statement's own line is gross, as in its Q4 2023 release).
_NET_CASH_LINE = re.compile(r"^purchases of property and equipment, net\b", re.I)
_PERIOD_HEAD = re.compile(r"\b(three|six|nine|twelve) months ended\b|\byears? ended\b", re.I)
_NUMBER = re.compile(r"^\(?\$?\s?\(?(\d{1,3}(?:,\d{3})*|\d+)\)?$")
_SCALE_NOTE = re.compile(r"\bin (millions|thousands)\b", re.I)


def _last_quarter_end(filed: date, fye: str) -> date:
    """The latest fiscal quarter end before the filing date (a release reports the quarter just ended)."""
    month = int(fye.split("-")[0])
    best = None
    for year in (filed.year - 1, filed.year):
        for k in range(4):
            m = (month + 3 * k - 1) % 12 + 1
            end = period_bounds(f"FY{year}", f"{m:02d}-{fye.split('-')[1]}")[1]
            when = date.fromisoformat(end)
            if when < filed and (best is None or when > best):
                best = when
    assert best is not None
    return best


def _columns(rows: list[list[str]], upto: int) -> list[tuple[int, int]] | None:
    """(months, year) of each numeric column, from the header rows above row `upto`."""
    heads: list[int] = []
    years: list[int] = []
    for row in rows[max(0, upto - 40) : upto]:
        found = [m for cell in row for m in _PERIOD_HEAD.finditer(cell)]
        if found:
            heads = [
                {"three": 3, "six": 6, "nine": 9, "twelve": 12}.get((m.group(1) or "").lower(), 12)
                for m in found
            ]
            years = []
        cells = [c for c in row if re.fullmatch(r"20\d\d", c)]
        if heads and cells and len(cells) == len(row):
            years = [int(c) for c in cells]
    if not heads or not years or len(years) % len(heads):
        return None
    per = len(years) // len(heads)
    return [(heads[i // per], y) for i, y in enumerate(years)]


def _numbers(row: list[str]) -> list[int]:
    out = []
    for cell in row[1:]:
        m = _NUMBER.match(cell.replace(" ", ""))
        if m:
            out.append(int(m.group(1).replace(",", "")))
    return out


def _table_line(rows: list[list[str]], pattern: re.Pattern, scale: int) -> dict[tuple[int, int], int]:
    """(months, year) -> whole dollars for the first row whose label matches, if its columns are clear."""
    for i, row in enumerate(rows):
        if row and pattern.search(row[0]):
            cols = _columns(rows, i)
            values = _numbers(row)
            if cols is None or len(values) != len(cols):
                return {}
            return {col: v * scale for col, v in zip(cols, values, strict=True)}
    return {}


def _scale(text: str) -> int:
    m = _SCALE_NOTE.search(text)
    return 1000 if m and m.group(1).lower() == "thousands" else 1_000_000


def extract_release(
    html: bytes | str, filed: date, fiscal_year_end: str, cash_definition: str, *, undated: str = "year",
    company: str | None = None,
) -> ReleaseResult:
    """Figures and guidance of one release. Raises ReleaseDataError for a cut-off or capex-free document.
    `undated`, `company`: what an outlook naming no period is about for this company, and whose
    release it is (see `extract_guidance`)."""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    if not re.search(r"</(?:html|body)\s*>", text[-4000:], re.I):
        raise ReleaseDataError("not a complete HTML document: cut off (no closing </html>)")
    parser = _Text()
    parser.feed(text)
    parser.close()
    parser._flush()
    q_end = _last_quarter_end(filed, fiscal_year_end)
    fy, q = fiscal_quarter_of(q_end, fiscal_year_end)
    q_label = f"Q{q}-{fy}"
    q_start, q_end_s = period_bounds(q_label, fiscal_year_end)
    result = ReleaseResult(quarter_end=q_end)
    scale = _scale(" ".join(parser.paragraphs) + " " + " ".join(" ".join(r) for r in parser.rows[:400]))
    line = _CASH_LINE_WITH_INTANGIBLES if cash_definition == "ppe_and_intangibles" else _CASH_LINE
    cash = _table_line(parser.rows, line, scale)
    lease = _table_line(parser.rows, _LEASE_LINE, scale)
    cal_year = q_end.year
    q_cash = cash.get((3, cal_year))
    if q_cash:
        result.actuals.append(
            ReleaseFigure(
                q_label, q_start, q_end_s, cash_definition, q_cash, "release cash-flow table, three months"
            )
        )
    if q == 4 and cash.get((12, cal_year)):
        fy_start, fy_end = period_bounds(f"FY{fy}", fiscal_year_end)
        result.actuals.append(
            ReleaseFigure(
                f"FY{fy}", fy_start, fy_end, cash_definition, cash[(12, cal_year)], "cash-flow table"
            )
        )
    # Releases put highlights in bullet tables too: read each table row as a line of text as well.
    texts = parser.paragraphs + [" ".join(row) for row in parser.rows]
    net = _table_line(parser.rows, _NET_CASH_LINE, scale).get((3, cal_year))
    line = "purchases of property and equipment" + (", net" if net else "")
    _headline(texts, q_label, (q_start, q_end_s), (net or q_cash, line), lease.get((3, cal_year)), result)
    for heading, block in _sections(parser.blocks):
        for sentence in sentences(block):
            found = extract_guidance(
                sentence, filed, fiscal_year_end, outlook_heading=heading, undated=undated, company=company
            )
            _add_guidance(found, sentence, result)
    if not result.actuals and not any(g.numeric for g in result.guidance):
        raise ReleaseDataError("no capex figure or capex outlook found")
    return result


# A section heading: a short line with no amount and no sentence end ("2026 Outlook", "Business
# Outlook", "Fiscal Year 2025 Guidance", "Conference Call Information").
_HEADING = re.compile(r"^[^$.;:!?]{3,70}:?$")
_OUTLOOK_HEADING = re.compile(r"\b(?:outlook|guidance)\b", re.I)


def _sections(blocks: list[tuple[bool, str]]) -> list[tuple[str, str]]:
    """(outlook heading or "", block) for each block: an outlook section runs from its heading (a
    paragraph, never a table row such as "2025 2024") to the next heading."""
    out, current = [], ""
    for is_row, block in blocks:
        if not is_row and _HEADING.match(block) and not re.search(r"\d{1,3}(?:,\d{3})+|\d+\.\d", block):
            current = block if _OUTLOOK_HEADING.search(block) else ""
            continue
        out.append((current, block))
    return out


def _add_guidance(found: list[Guidance], sentence: str, result: ReleaseResult) -> None:
    for g in found:
        if g.numeric and g not in result.guidance:
            result.guidance.append(g)
        elif not g.numeric and (g.period, sentence) not in result.outlooks:
            result.outlooks.append((g.period, sentence[:500]))


def _headline(paragraphs, label, bounds, purchases, q_lease, result: ReleaseResult) -> None:
    """The headline sentence's quarter capex; with both table lines, their exact sum if it agrees.
    `purchases` is (three-month value, the name of the table line it comes from)."""
    q_cash, line = purchases
    for paragraph in paragraphs:
        m = _HEADLINE.search(paragraph)
        if not m:
            continue
        definition = _HEADLINE_DEF[m.group(1).lower()]
        stated = round(float(m.group(2)) * (10**9 if m.group(3).lower() == "billion" else 10**6))
        precision = (
            10 ** (9 - len(m.group(2).partition(".")[2])) if m.group(3).lower() == "billion" else 10**6
        )
        value, how = stated, ""
        if definition == "ppe_incl_finance_lease_principal" and q_cash and q_lease:
            exact = q_cash + q_lease
            if abs(exact - stated) > precision / 2:
                result.warnings.append(
                    f"headline ${stated:,} disagrees with the table (${exact:,}); headline not stored"
                )
                return
            value = exact
            how = (
                f"{line} + principal payments on finance leases, three months "
                f"(release cash-flow tables), matching the headline ${m.group(2)} {m.group(3)}"
            )
        result.actuals.append(ReleaseFigure(label, *bounds, definition, value, how))
        return
