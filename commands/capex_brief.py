"""The short answer to `capex <company>`: what a careful analyst would say in a chat, in ~8 lines.

The latest quarter with its year-over-year change, the last fiscal year, the current outlook, one
"Sources" line naming the one to three documents behind those numbers and the data date;
`Reply.more` names the detail view, which each network offers its own way. Amounts are rounded as people write them ($19.4B, $130–145B); the exact values
are in the detail view (`capex <company> details`) and in `ask --json` (`figures`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from commands import figures_view as fv
from commands.formatting import day, month_year, pct, period_name, rounded, rounded_range
from commands.freshness import freshness_line
from commands.i18n import tr
from commands.source_titles import names_date
from commands.types import Reply
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure

MAX_SOURCES = 3


def brief(company: Company, snap: Snapshot, lang: str, today: str) -> Reply:
    """The short default answer (lines in the reply's language; figures exact in `figures`)."""
    figures = snap.figures_of(company.id)
    codes = fv.series_codes(figures, company.headline_definition)
    shown: list[StoredFigure] = []  # the figures the lines state (cited in Sources)
    compared: list[StoredFigure] = []  # the figures they are compared with (listed in `figures`)
    lines: list[str] = []
    quarter = latest_quarter(figures, codes)
    if quarter is not None:
        lines.append(_quarter_line(quarter, figures, lang, compared))
        shown.append(quarter)
    year = _latest(figures, codes, "FY")
    if year is not None:
        lines.append(_year_line(year, company, figures, lang, compared))
        shown.append(year)
    basis = quarter or year
    guide = _outlook(figures, codes, today)
    if guide is not None:
        lines.append(_outlook_line(guide[-1], guide[-2] if len(guide) > 1 else None, company, lang))
        shown.append(guide[-1])
    else:
        lines.append(tr(lang, "Outlook: no current guidance on file.", "Prévision : aucune en cours."))
    lines.append(_definition_line(basis, guide[-1] if guide else None, snap, lang))
    lines.append(_sources_line(shown, lang, snap))
    as_of = max((f.announced for f in shown if f.announced), default=None)
    fresh = freshness_line(company, figures, shown, lang, date.fromisoformat(today))
    if fresh:
        lines.append(fresh)
    cited = [*shown, *(f for f in compared if f not in shown)]
    return Reply(
        title=tr(
            lang,
            f"{company.name} ({company.ticker}) — capex",
            f"{company.name} ({company.ticker}) — investissements",
        ),
        text="\n".join(lines),
        command="capex",
        lang=lang,  # type: ignore[arg-type]
        figures=tuple(fv.to_out(f, snap, lang) for f in cited),
        links=tuple(fv.source_links(shown, lang, snap))[:MAX_SOURCES],
        more=f"capex {company.ticker.lower()} details",  # each network offers it its own way
        extra={"view": "brief", "as_of": as_of},
    )


def latest_quarter(figures: Sequence[StoredFigure], codes: Sequence[str]) -> StoredFigure | None:
    """The one latest reported quarter, in the first definition (headline first) that has it."""
    return _latest(figures, codes, "Q")


def _latest(figures: Sequence[StoredFigure], codes: Sequence[str], prefix: str) -> StoredFigure | None:
    """The latest reported period whose label starts with `prefix` ("Q" quarters, "FY" years), in
    the first definition (headline first) that has it."""
    latest = fv.latest_per_series(
        f
        for f in figures
        if f.kind == "actual" and f.fiscal_label.startswith(prefix) and f.value_usd is not None
    )
    if not latest:
        return None
    last_end = max(f.period_end for f in latest)
    ending = [f for f in latest if f.period_end == last_end]
    return min(ending, key=lambda f: codes.index(f.definition_code) if f.definition_code in codes else 99)


def _change(
    fig: StoredFigure, figures: Sequence[StoredFigure], lang: str, compared: list[StoredFigure]
) -> str:
    yoy = fv.year_over_year(figures, fig)
    if yoy is None:
        return ""
    compared.append(yoy[1])
    return tr(lang, f", {pct(yoy[0], lang)} YoY", f", {pct(yoy[0], lang)} sur un an")


def _months(fig: StoredFigure, lang: str) -> str:
    """`Apr–Jun 2026`, `oct. 2025–déc. 2025` when the period spans two years."""
    start, end = month_year(fig.period_start, lang), month_year(fig.period_end, lang)
    if start.split()[-1] == end.split()[-1]:
        start = start.rsplit(" ", 1)[0]
    return f"{start}–{end}"


def _quarter_line(fig: StoredFigure, figures: Sequence[StoredFigure], lang: str, compared: list) -> str:
    when = f"{period_name(fig.fiscal_label, lang)} ({_months(fig, lang)})"
    amount = rounded(fig.value_usd, lang) + _change(fig, figures, lang, compared)
    return tr(lang, f"Latest quarter, {when}: {amount}", f"Dernier trimestre, {when} : {amount}")


def _year_line(
    fig: StoredFigure, company: Company, figures: Sequence[StoredFigure], lang: str, compared: list
) -> str:
    amount = rounded(fig.value_usd, lang) + _change(fig, figures, lang, compared)
    months = "" if company.calendar_fiscal_year else f" ({_months(fig, lang)})"
    return tr(
        lang,
        f"{fig.fiscal_label}{months}: {amount}",
        f"Exercice {fig.fiscal_label[2:]}{months} : {amount}",
    )


def _outlook(figures: Sequence[StoredFigure], codes: Sequence[str], today: str) -> list[StoredFigure] | None:
    """Versions (oldest first) of the nearest current full-period guidance, headline definition first."""
    groups = fv.guidance_groups(f for f in figures if f.kind == "guidance" and f.period_end >= today)
    if not groups:
        return None
    nearest = min(g[-1].period_end for g in groups)
    candidates = [g for g in groups if g[-1].period_end == nearest]
    return min(
        candidates,
        key=lambda g: codes.index(g[-1].definition_code) if g[-1].definition_code in codes else 99,
    )


def _outlook_line(current: StoredFigure, previous: StoredFigure | None, company: Company, lang: str) -> str:
    label = current.fiscal_label
    if label.startswith("FY") and company.calendar_fiscal_year:
        period = label[2:]
    elif label.startswith("FY"):
        period = tr(lang, f"fiscal {label[2:]}", f"de l'exercice {label[2:]}")
    elif label.startswith("CY"):
        period = tr(lang, f"calendar {label[2:]}", f"de l'année civile {label[2:]}")
    else:
        period = period_name(label, lang)
    now = rounded_range(current.low_usd, current.high_usd, current.value_usd, lang)
    when = day(current.announced, lang)
    if previous is None:
        return tr(
            lang,
            f"Outlook {period}: {now} (given {when})",
            f"Prévision {period} : {now} (annoncée le {when})",
        )
    verb = fv.guidance_change(previous, current)
    was = rounded_range(previous.low_usd, previous.high_usd, previous.value_usd, lang)
    if verb == "reiterated":
        return tr(
            lang,
            f"Outlook {period}: {now}, reiterated {when}",
            f"Prévision {period} : {now}, confirmée le {when}",
        )
    return tr(
        lang,
        f"Outlook {period}: {now}, {verb} {when} (was {was})",
        f"Prévision {period} : {now}, {fv.CHANGE_WORDS[verb]['fr']} le {when} (contre {was})",
    )


def _definition_line(
    basis: StoredFigure | None, guide: StoredFigure | None, snap: Snapshot, lang: str
) -> str:
    """What the figures measure; when the outlook is another definition, say so (Microsoft)."""

    def name(code: str) -> str:
        definition = snap.definitions.get(code)
        return definition.label(lang) if definition else fv.SHORT_NAMES.get(code, {}).get(lang, code)

    code = basis.definition_code if basis else (guide.definition_code if guide else "")
    line = tr(lang, f"Definition: {name(code)}", f"Définition : {name(code)}")
    if guide is not None and basis is not None and guide.definition_code != code:
        line += tr(
            lang,
            f"; the outlook is {fv.SHORT_NAMES.get(guide.definition_code, {}).get(lang, guide.definition_code)}",
            f" ; la prévision est {fv.SHORT_NAMES.get(guide.definition_code, {}).get(lang, guide.definition_code)}",
        )
    return line


def short_title(title: str) -> str:
    """A source's name without its parenthesised detail: "Meta Q2 2026 earnings release"."""
    short = re.split(r" \(|;", title, maxsplit=1)[0].strip()
    return short if len(short) <= 80 else short[:79].rstrip() + "…"


def _sources_line(shown: Sequence[StoredFigure], lang: str, snap: Snapshot) -> str:
    """One mention per document: figures from the same exhibit may carry differently worded
    titles (a quarter and the outlook of one release), so the document is known by its URL."""
    docs: list[str] = []
    seen: set[str] = set()
    for fig in sorted(shown, key=lambda f: (f.announced or "", f.id), reverse=True):
        text = short_title(fv.title_of(fig, lang, snap))
        if fig.announced and not names_date(text, fig.announced, lang):
            text += f", {day(fig.announced, lang)}"
        key = fig.source_url or text
        if key not in seen and text not in docs:
            seen.add(key)
            docs.append(text)
    shown_docs = tr(lang, "; ", " ; ").join(docs[:MAX_SOURCES])
    return tr(lang, f"Sources: {shown_docs}", f"Sources : {shown_docs}")
