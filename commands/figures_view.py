"""Pure helpers over stored figures: latest versions, year-over-year, guidance revisions, sources."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from commands.formatting import day, pct, period_name
from commands.i18n import tr
from commands.source_titles import doc_title, names_date
from commands.text import inert
from commands.types import FigureOut
from storage.catalog import Snapshot
from storage.models import StoredFigure

SHORT_NAMES = {
    "ppe_cash": {"en": "cash PP&E", "fr": "achats d'immobilisations"},
    "ppe_net_of_sales": {"en": "cash PP&E net of sales", "fr": "achats d'immobilisations nets des cessions"},
    "ppe_incl_finance_lease_principal": {
        "en": "incl. finance-lease principal",
        "fr": "y c. location-financement",
    },
    "productive_assets_gross": {"en": "gross", "fr": "brut"},
    "net_of_proceeds_incentives": {"en": "net of proceeds", "fr": "net des cessions"},
    "ppe_and_intangibles": {"en": "PP&E + intangibles", "fr": "corporel + incorporel"},
    "incl_finance_leases": {"en": "incl. finance leases", "fr": "y c. locations-financements"},
    "ai_datacenter_investment": {"en": "AI data-centre plan", "fr": "plan centres de données IA"},
    "company_guidance": {"en": "company-defined", "fr": "définition de l'entreprise"},
    "company_reported": {"en": "reported", "fr": "publié"},
}
CHANGE_WORDS = {
    "raised": {"en": "raised", "fr": "relevée"},
    "lowered": {"en": "lowered", "fr": "abaissée"},
    "narrowed": {"en": "narrowed", "fr": "resserrée"},
    "widened": {"en": "widened", "fr": "élargie"},
    "reiterated": {"en": "reiterated", "fr": "confirmée"},
}
_LABEL = re.compile(r"^(FY|CY|Q([1-4])-|H([12])-)(\d{4})$")


def label_sort_key(label: str) -> tuple[int, int]:
    match = _LABEL.match(label)
    if not match:
        return (0, 0)
    part = int(match.group(2) or match.group(3) or 9)
    return (int(match.group(4)), part)


def latest_per_series(figures: Iterable[StoredFigure]) -> list[StoredFigure]:
    """The latest version of each (company, period, kind, definition); input order = age order."""
    latest: dict[tuple, StoredFigure] = {}
    for fig in sorted(figures, key=lambda f: (f.announced or "", f.id)):
        latest[fig.series_key] = fig
    return sorted(latest.values(), key=lambda f: (f.period_end, f.definition_code))


def latest_actual(figures: Sequence[StoredFigure], definition: str) -> StoredFigure | None:
    """The most recent period's latest reported value in `definition` (any period length)."""
    candidates = [f for f in figures if f.kind == "actual" and f.definition_code == definition]
    if not candidates:
        candidates = [f for f in figures if f.kind == "actual"]
    if not candidates:
        return None
    last_end = max(f.period_end for f in candidates)
    ending = latest_per_series(f for f in candidates if f.period_end == last_end)
    # a fiscal year and its Q4 end on the same day: show the quarter, the newest information
    ending.sort(key=lambda f: (not f.fiscal_label.startswith("Q"), f.definition_code != definition))
    return ending[0]


def series_codes(figures: Sequence[StoredFigure], headline: str) -> list[str]:
    """Definitions a company has actuals in: the headline first, then by number of figures."""
    counts: dict[str, int] = {}
    for fig in figures:
        if fig.kind == "actual":
            counts[fig.definition_code] = counts.get(fig.definition_code, 0) + 1
    ordered = sorted(counts, key=lambda c: (c != headline, -counts[c], c))
    return ordered if headline in ordered else [headline, *ordered]


def prior_label(label: str) -> str | None:
    match = _LABEL.match(label)
    if not match:
        return None
    return f"{match.group(1)}{int(match.group(4)) - 1}"


def year_over_year(figures: Sequence[StoredFigure], fig: StoredFigure) -> tuple[float, StoredFigure] | None:
    """(change ratio, prior figure) against the same period a year earlier, same definition."""
    label = prior_label(fig.fiscal_label)
    if label is None or fig.value_usd is None:
        return None
    prior = latest_per_series(
        f
        for f in figures
        if f.kind == "actual" and f.fiscal_label == label and f.definition_code == fig.definition_code
    )
    if not prior or not prior[-1].value_usd:
        return None
    return fig.value_usd / prior[-1].value_usd - 1, prior[-1]


def definition_break(figures: Sequence[StoredFigure], fig: StoredFigure, headline: str) -> str | None:
    """The year the company's headline series began, when the same period a year earlier is stored
    only under another definition: a change would compare two definitions (Meta's headline includes
    finance-lease principal from 2019; its 2018 figures do not). None when there is no such break."""
    if prior_label(fig.fiscal_label) is None or fig.definition_code != headline:
        return None
    actual = [f for f in figures if f.kind == "actual" and f.company_id == fig.company_id]
    first = min(f.period_start for f in actual if f.definition_code == headline)
    year_ago = f"{int(fig.period_start[:4]) - 1}{fig.period_start[4:]}"
    if year_ago >= first or not any(f.period_end < first for f in actual if f.definition_code != headline):
        return None  # the year before is inside the series (a gap, not a break), or nothing came before
    return first[:4]


def change_text(figures: Sequence[StoredFigure], fig: StoredFigure, headline: str, lang: str) -> str:
    """", +23% YoY", or why there is no change (a definition break), or "" (no prior period)."""
    yoy = year_over_year(figures, fig)
    if yoy is not None:
        return f", {pct(yoy[0], lang)} {tr(lang, 'YoY', 'sur un an')}"
    year = definition_break(figures, fig, headline)
    if year is None:
        return ""
    return tr(lang, f", no year-over-year: definition changed in {year}",
              f", pas de variation sur un an : définition modifiée en {year}")


def guidance_groups(figures: Iterable[StoredFigure]) -> list[list[StoredFigure]]:
    """Guidance versions per (period, definition), oldest first; groups ordered by period end."""
    groups: dict[tuple, list[StoredFigure]] = {}
    for fig in sorted(figures, key=lambda f: (f.announced or "", f.id)):
        groups.setdefault(fig.series_key, []).append(fig)
    return sorted(groups.values(), key=lambda g: (g[-1].period_end, g[-1].announced or ""))


def _ends(fig: StoredFigure) -> tuple[float, float]:
    """(low, high) of a guidance; a point is both ends, a lone low ("more than") is its own high."""
    if fig.value_usd is not None:
        return float(fig.value_usd), float(fig.value_usd)
    low = float(fig.low_usd or 0)
    return low, float(fig.high_usd) if fig.high_usd is not None else low


def guidance_change(previous: StoredFigure, current: StoredFigure) -> str:
    """raised / lowered / narrowed / widened / reiterated, judged on both ends of the range.

    Companies' own words are the test: Meta's $125–145B -> $130–145B is "narrowed" (only the low
    end moved), Alphabet's $175–185B -> $180–190B is "raised" (both ends moved up).
    """
    (pl, ph), (cl, ch) = _ends(previous), _ends(current)
    low_move, high_move = (cl > pl) - (cl < pl), (ch > ph) - (ch < ph)
    is_range = pl != ph or cl != ch
    if low_move == high_move == 0:
        return "reiterated"
    if low_move > 0 and high_move > 0:
        return "raised"
    if low_move < 0 and high_move < 0:
        return "lowered"
    if is_range and (low_move >= 0 >= high_move):
        return "narrowed"
    if is_range and (low_move <= 0 <= high_move):
        return "widened"
    return "raised" if low_move + high_move > 0 else "lowered"


def title_of(fig: StoredFigure, lang: str = "en", snap: Snapshot | None = None) -> str:
    """The figure's document, named in `lang` (commands/source_titles.py), made inert: titles are
    operator-supplied (no `<!channel>`, masked links or pings)."""
    company = snap.companies.get(fig.company_id) if snap is not None else None
    return inert(doc_title(fig, lang, company.name if company else None))


def source_text(fig: StoredFigure, lang: str = "en", snap: Snapshot | None = None) -> str:
    title = title_of(fig, lang, snap)
    return f"{title} — {fig.source_url}" if fig.source_url else title


def to_out(fig: StoredFigure, snap: Snapshot, lang: str = "en") -> FigureOut:
    """A figure as shown and serialised; its `source` names the document in the reply's language."""
    company = snap.companies.get(fig.company_id)
    return FigureOut(
        company=company.name if company else fig.company_id,
        ticker=company.ticker if company else "",
        period=fig.fiscal_label,
        period_start=fig.period_start,
        period_end=fig.period_end,
        kind=fig.kind,
        value_usd=fig.value_usd,
        low_usd=fig.low_usd,
        high_usd=fig.high_usd,
        definition=fig.definition_code,
        source=source_text(fig, lang, snap),
        date=fig.announced,
    )


def source_lines(figures: Sequence[StoredFigure], lang: str, snap: Snapshot | None = None) -> list[str]:
    """One line per distinct source document, naming the periods it backs and its date."""
    by_source: dict[tuple[str, str | None], list[StoredFigure]] = {}
    for fig in figures:
        by_source.setdefault((title_of(fig, lang, snap), fig.announced), []).append(fig)
    lines = []
    for (title, announced), figs in sorted(by_source.items(), key=lambda kv: kv[0][1] or "", reverse=True):
        periods = ", ".join(
            period_name(p, lang) for p in sorted({f.fiscal_label for f in figs}, key=label_sort_key)
        )
        when = day(announced, lang) if announced else tr(lang, "date not recorded", "date non enregistrée")
        dated = title if names_date(title, announced, lang) else f"{title} ({when})"
        lines.append(tr(lang, f"{periods}: {dated}", f"{periods} : {dated}"))
    return lines


def source_links(
    figures: Sequence[StoredFigure], lang: str = "en", snap: Snapshot | None = None
) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for fig in figures:
        if (
            fig.source_url
            and fig.source_url.startswith(("http://", "https://"))
            and fig.source_url not in seen
        ):
            seen[fig.source_url] = title_of(fig, lang, snap)
    return [(title, url) for url, title in seen.items()]
