"""`capex chart`, `capex top`, `capex compare`: pictures of the capex race, with their data as a table.

Every chart's numbers are stored figures (or, for calendar-year totals, sums of stored quarters,
said so): the Reply carries them in `table` (as shown), `figures` (the stored rows behind them) and
`extra["chart"]` (raw dollars), so tests and `ask --json` can check the picture against the data.
Drawing happens in `commands.chart_render` (matplotlib, imported lazily, in a worker thread) and is
cached per (query, language, catalogue version).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from commands import chart_render as cr
from commands import figures_view as fv
from commands.companies import resolve
from commands.formatting import day, money, money_range, month_year, pct
from commands.i18n import tr
from commands.periods import parse_period
from commands.registry import Param, command
from commands.services import Services
from commands.text import echo
from commands.types import Reply, Request, UserError
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure

DEFAULT_QUARTERS = 12
MAX_QUARTERS = 40
MAX_YEARS = 12
COMPARE_YEARS = 5
MAX_COMPARE = 6

_QUARTERLY = {
    "quarterly",
    "quarter",
    "quarters",
    "q",
    "trimestriel",
    "trimestriels",
    "trimestres",
    "trimestre",
}
_ANNUAL = {"annual", "annually", "yearly", "years", "year", "a", "fy", "annuel", "annuels", "annuelle", "ans"}
_SINCE = {"since", "from", "depuis", "dès", "des"}
_Q_LABEL = re.compile(r"^Q([1-4])-(\d{4})$")


# --------------------------------------------------------------------------------------------------
# Shared helpers


def _short_def(code: str, company: Company | None, snap: Snapshot, lang: str) -> str:
    definition = snap.definitions.get(code)
    return definition.label(lang) if definition else fv.SHORT_NAMES.get(code, {}).get(lang, code)


def _brief_def(code: str, lang: str) -> str:
    return fv.SHORT_NAMES.get(code, {}).get(lang, code)


def _short_source(title: str) -> str:
    """A source's family name for the footnote (the full titles are in the reply text)."""
    short = re.split(r" \(|;|, SEC companyfacts", title, maxsplit=1)[0].strip()
    return short[:60]


def _footnote(figures: Sequence[StoredFigure], lang: str, extra: str = "", sources: bool = True) -> str:
    """The chart's footnote: source names, "as of" date, notes. `sources=False` for the reply footer
    (front ends list each figure's source themselves)."""
    names: list[str] = []
    for fig in sorted(figures, key=lambda f: (f.announced or "", f.id), reverse=True):
        name = _short_source(fig.source_title)
        if name not in names:
            names.append(name)
    shown = "; ".join(names[:3])
    if len(names) > 3:
        shown += tr(lang, f"; and {len(names) - 3} more", f" ; et {len(names) - 3} autres")
    as_of = _as_of(figures)
    parts = [
        tr(lang, f"Sources: {shown}.", f"Sources : {shown}.") if sources else "",
        tr(lang, f"Data as of {day(as_of, lang)}.", f"Données au {day(as_of, lang)}.") if as_of else "",
        extra,
    ]
    return " ".join(p for p in parts if p)


def _as_of(figures: Sequence[StoredFigure]) -> str | None:
    """The newest date behind the chart: latest announcement, else the latest period end."""
    dates = [f.announced for f in figures if f.announced]
    if dates:
        return max(dates)
    return max((f.period_end for f in figures), default=None)


def _parse_since(words: list[str], lang: str) -> tuple[list[str], int | None]:
    """Remove `since YEAR` (or a trailing bare year) from words; return (rest, year)."""
    since = None
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i].lower()
        if word in _SINCE and i + 1 < len(words):
            since = _year_of(words[i + 1], lang)
            i += 2
            continue
        if re.fullmatch(r"(fy|cy)?'?\d{4}", word) and out:
            since = _year_of(word, lang)
            i += 1
            continue
        out.append(words[i])
        i += 1
    return out, since


def _year_of(text: str, lang: str) -> int:
    """A year as typed (2022, FY2022, CY22); anything else is a UserError saying so."""
    if re.fullmatch(r"(?i)(fy|cy)?'?(\d{4}|\d{2})", text.strip()):
        period = parse_period(text, lang)
        return period.year
    raise UserError(
        tr(
            lang,
            f"Give a year here, e.g. 2022 (not “{echo(text, 20)}”).",
            f"Indiquez une année ici, par exemple 2022 (pas « {echo(text, 20)} »).",
        )
    )


def _figures_out(figures: Iterable[StoredFigure], snap: Snapshot) -> tuple:
    seen: list[StoredFigure] = []
    for fig in figures:
        if fig not in seen:
            seen.append(fig)
    return tuple(fv.to_out(f, snap) for f in seen)


MAX_SOURCE_LINES = 12


def _body(lines: list[str], sources: list[str], lang: str) -> str:
    shown = sources[:MAX_SOURCE_LINES]
    if len(sources) > MAX_SOURCE_LINES:
        more = len(sources) - MAX_SOURCE_LINES
        shown.append(
            tr(
                lang,
                f"… and {more} more (each figure's source is in `ask --json`).",
                f"… et {more} autres (la source de chaque chiffre est dans `ask --json`).",
            )
        )
    return "\n".join([*lines, "", tr(lang, "Sources:", "Sources :"), *(f"  {s}" for s in shown)])


# --------------------------------------------------------------------------------------------------
# capex chart <company> [quarterly|annual] [since YEAR]


@command(
    "capex chart",
    summary_en="Chart of a company's capex: annual or quarterly bars, guidance as a range.",
    summary_fr="Graphique des investissements : barres annuelles ou trimestrielles, prévision en fourchette.",
    usage="capex chart <company> [quarterly|annual] [since YEAR]",
    params=(
        Param(
            "company",
            "Company name, ticker or alias (meta, msft, googl, amzn…)",
            "Nom, symbole boursier ou alias (meta, msft, googl, amzn…)",
            required=True,
            autocomplete="company",
        ),
        Param(
            "options",
            "Optional: quarterly or annual, since YEAR (e.g. quarterly since 2023)",
            "Facultatif : quarterly ou annual, since ANNÉE (ex. quarterly since 2023)",
            rest=True,
        ),
    ),
    examples=("capex chart meta", "capex chart msft quarterly", "capex chart googl annual since 2021"),
    slow=True,
)
async def chart_command(req: Request, services: Services) -> Reply:
    lang = req.locale
    words, since = _parse_since(list(req.args), lang)
    granularity = None
    rest = []
    for word in words:
        low = word.lower()
        if low in _QUARTERLY and rest:
            granularity = "Q"
        elif low in _ANNUAL and rest:
            granularity = "FY"
        else:
            rest.append(word)
    if not rest:
        raise UserError(
            tr(
                lang,
                "Which company? e.g. `capex chart meta` or `capex chart msft quarterly since 2023`.",
                "Quelle entreprise ? Par ex. `capex chart meta` ou `capex chart msft quarterly since 2023`.",
            ),
            suggestions=("capex chart meta",),
        )
    snap = await services.storage.catalog.snapshot()
    company = resolve(" ".join(rest), snap, lang)
    key = ("chart", company.id, granularity, since, lang)
    cache = cr.cache_for(services.storage.catalog)
    return await cache.get_or_build(
        snap.version, key, lambda: _company_chart(company, snap, granularity, since, lang)
    )


def _pick_definition(figures: Sequence[StoredFigure], company: Company, prefix: str) -> str | None:
    counts: dict[str, int] = {}
    for fig in figures:
        if fig.kind == "actual" and fig.fiscal_label.startswith(prefix):
            counts[fig.definition_code] = counts.get(fig.definition_code, 0) + 1
    if not counts:
        return None
    if counts.get(company.headline_definition, 0) >= 2:
        return company.headline_definition
    return max(sorted(counts), key=lambda c: counts[c])


def _quarter_key(label: str) -> tuple[int, int]:
    match = _Q_LABEL.match(label)
    return (int(match.group(2)), int(match.group(1))) if match else (0, 0)


def _next_quarter(year: int, q: int) -> tuple[int, int]:
    return (year + 1, 1) if q == 4 else (year, q + 1)


def _tick(label: str, company: Company, dense: bool = False) -> str:
    """Axis label: `2025` / `FY2025`, `Q3\\n2025` / `Q1\\nFY26`; when dense, only each Q1, as its year."""
    if label.startswith(("FY", "CY")):
        return label[2:] if company.calendar_fiscal_year else label
    year, q = _quarter_key(label)
    if dense:
        if q != 1:
            return ""
        return f"Q1\n{year}" if company.calendar_fiscal_year else f"Q1\nFY{year % 100:02d}"
    return f"Q{q}\n{year}" if company.calendar_fiscal_year else f"Q{q}\nFY{year % 100:02d}"


async def _company_chart(
    company: Company, snap: Snapshot, granularity: str | None, since: int | None, lang: str
) -> Reply:
    figures = snap.figures_of(company.id)
    note = ""
    if granularity is None:
        granularity = "FY" if _pick_definition(figures, company, "FY") else "Q"
    code = _pick_definition(figures, company, granularity)
    if code is None and granularity == "FY" and _pick_definition(figures, company, "Q"):
        granularity, code = "Q", _pick_definition(figures, company, "Q")
        note = tr(
            lang,
            f"No fiscal-year figures stored for {company.name}; showing quarters.",
            f"Aucun exercice enregistré pour {company.name} ; affichage par trimestre.",
        )
    elif code is None and granularity == "Q" and _pick_definition(figures, company, "FY"):
        granularity, code = "FY", _pick_definition(figures, company, "FY")
        note = tr(
            lang,
            f"No quarterly figures stored for {company.name}; showing fiscal years.",
            f"Aucun chiffre trimestriel enregistré pour {company.name} ; affichage par exercice.",
        )
    if code is None:
        raise UserError(
            tr(
                lang,
                f"No reported figures stored for {company.name} yet.",
                f"Aucun chiffre publié enregistré pour {company.name}.",
            )
        )
    actual = fv.latest_per_series(
        f
        for f in figures
        if f.kind == "actual" and f.definition_code == code and f.fiscal_label.startswith(granularity)
    )
    by_label = {f.fiscal_label: f for f in actual}
    labels = _label_range(sorted(by_label, key=fv.label_sort_key), granularity, since)
    if not labels:
        first = min(by_label, key=fv.label_sort_key)
        raise UserError(
            tr(
                lang,
                f"No {company.name} figures since {since}; they start with {first}.",
                f"Aucun chiffre de {company.name} depuis {since} ; ils commencent en {first}.",
            )
        )
    last_actual = max(by_label.values(), key=lambda f: f.period_end)

    bars: list[cr.Bar] = []
    rows: list[tuple[str, ...]] = []
    lines: list[str] = []
    shown: list[StoredFigure] = []
    data: list[dict] = []
    # a fiscal year missing in this definition but with all four quarters stored: their sum, said so
    backing: dict[str, list[StoredFigure]] = {label: [fig] for label, fig in by_label.items()}
    summed: set[str] = set()
    if granularity == "FY":
        quarters = fv.latest_per_series(
            f
            for f in figures
            if f.kind == "actual" and f.definition_code == code and f.fiscal_label.startswith("Q")
        )
        for label in labels:
            if label in backing:
                continue
            four = [f for f in quarters if f.fiscal_label in {f"Q{q}-{label[2:]}" for q in range(1, 5)}]
            if len(four) == 4 and all(f.value_usd is not None for f in four):
                backing[label] = sorted(four, key=lambda f: f.period_end)
                summed.add(label)
    values = {label: sum(f.value_usd or 0 for f in figs) for label, figs in backing.items()}
    for i, label in enumerate(labels):
        if label not in backing:
            bars.append(cr.Bar(label=label, text="", group=i))
            rows.append((label, "—", "—"))
            lines.append(f"{label}: " + tr(lang, "no figure stored", "aucun chiffre enregistré"))
            data.append({"period": label, "kind": "actual", "value_usd": None})
            continue
        value = values[label]
        shown.extend(backing[label])
        prior_label = fv.prior_label(label) or ""
        yoy = value / values[prior_label] - 1 if values.get(prior_label) else None
        if yoy is not None:
            shown.extend(backing[prior_label])
        change = pct(yoy, lang) if yoy is not None else "—"
        mark = "*" if label in summed else ""
        bars.append(cr.Bar(label=label, text=money(value, lang) + mark, value=value, group=i))
        rows.append((label + mark, money(value, lang), change))
        lines.append(
            f"{label}{mark}: {money(value, lang)}"
            + (f" ({change} {tr(lang, 'YoY', 'sur un an')})" if yoy is not None else "")
        )
        data.append(
            {
                "period": label,
                "kind": "actual",
                "value_usd": value,
                "yoy": yoy,
                "from": [f.fiscal_label for f in backing[label]],
            }
        )
    if summed:
        lines.append(
            tr(
                lang,
                f"* {', '.join(sorted(summed))}: sum of the four reported quarters (no annual figure stored "
                "in this definition).",
                f"* {', '.join(sorted(summed))} : somme des quatre trimestres publiés (aucun chiffre annuel "
                "enregistré dans cette définition).",
            )
        )

    guidance_note = ""
    if granularity == "FY":
        extra_bars, extra_rows, extra_lines, used = _annual_guidance(figures, last_actual, code, snap, lang)
        other_defs = [f for f in used if f.definition_code != code]
        guidance_note = " ".join(
            tr(
                lang,
                f"* {f.fiscal_label} guidance is in another definition: {_brief_def(f.definition_code, lang)}.",
                f"* La prévision {f.fiscal_label} suit une autre définition : {_brief_def(f.definition_code, lang)}.",
            )
            for f in other_defs
        )
    else:
        extra_bars, extra_rows, extra_lines, used, guidance_note = _implied_quarters(
            figures, actual, last_actual, code, lang
        )
    start = len(labels)
    for j, bar in enumerate(extra_bars):
        bars.append(cr.Bar(**{**bar.__dict__, "group": start + j}))
        data.append(
            {
                "period": bar.label,
                "kind": "guidance",
                "value_usd": bar.value,
                "low_usd": bar.low,
                "high_usd": bar.high,
            }
        )
    rows.extend(extra_rows)
    lines.extend(extra_lines)
    shown.extend(used)

    definition = _short_def(code, company, snap, lang)
    fy_note = (
        ""
        if company.calendar_fiscal_year
        else tr(
            lang,
            f" · fiscal year ends {_fy_end(company, lang)}",
            f" · exercice clos fin {_fy_end(company, lang)}",
        )
    )
    gran_word = tr(lang, "annual", "annuel") if granularity == "FY" else tr(lang, "quarterly", "trimestriel")
    title = tr(
        lang,
        f"{company.name} ({company.ticker}) — capex, {gran_word}",
        f"{company.name} ({company.ticker}) — investissements, {gran_word}",
    )
    if company.note(lang) and code == company.headline_definition:
        subtitle = f"{definition} · USD\n{company.note(lang)}"
    else:
        subtitle = f"{definition} · USD{fy_note}"
    sum_note = (
        tr(lang, "* sum of the four reported quarters.", "* somme des quatre trimestres publiés.")
        if summed
        else ""
    )
    footnote = _footnote(shown, lang, " ".join(p for p in (sum_note, guidance_note) if p))
    spec = cr.ChartSpec(
        kind="columns",
        title=title,
        subtitle=subtitle,
        footnote=footnote,
        bars=tuple(bars),
        groups=tuple(
            _tick(b.label, company, dense=len(bars) > 16)
            if not b.guidance
            else _guidance_tick(b.label, company, lang)
            for b in bars
        ),
        legend_reported=tr(lang, "reported", "publié"),
        legend_guidance=(
            tr(lang, "guidance (range)", "prévision (fourchette)")
            if any(b.high is not None for b in extra_bars)
            else tr(lang, "guidance", "prévision")
        )
        if granularity == "FY"
        else tr(lang, "implied by annual guidance", "déduit de la prévision annuelle"),
        missing_text=tr(lang, "n/a", "n.d."),
    )
    png = await cr.render_async(spec)
    if note:
        lines.insert(0, note)
    lines.append(tr(lang, f"Definition: {definition}", f"Définition : {definition}"))
    if company.note(lang) and code == company.headline_definition:
        lines.append(company.note(lang))
    elif fy_note:
        lines.append(fy_note.removeprefix(" · ").capitalize() + ".")
    if guidance_note:
        lines.append(guidance_note)
    header = (
        tr(lang, "Period", "Période"),
        tr(lang, "Capex", "Invest."),
        tr(lang, "YoY / note", "Sur un an / note"),
    )
    return _chart_reply(
        title=title,
        lines=lines,
        command="capex chart",
        lang=lang,
        shown=shown,
        snap=snap,
        header=header,
        rows=rows,
        png=png,
        image_name=f"capex-{company.id}-{'annual' if granularity == 'FY' else 'quarterly'}.png",
        chart={"type": "company", "company": company.id, "definition": code, "bars": data},
    )


def _chart_reply(
    *,
    title: str,
    lines: list[str],
    command: str,
    lang: str,
    shown: Iterable[StoredFigure],
    snap: Snapshot,
    header: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    png: bytes,
    image_name: str,
    chart: dict,
) -> Reply:
    """One shape for every chart reply: text with sources, the figures behind it, table and PNG."""
    shown = _dedupe(shown)
    return Reply(
        title=title,
        text=_body(lines, fv.source_lines(shown, lang), lang),
        command=command,
        lang=lang,  # type: ignore[arg-type]
        figures=_figures_out(shown, snap),
        table=(header, tuple(rows)),
        links=tuple(fv.source_links(shown)),
        footer=_footnote(shown, lang, sources=False),
        image_png=png,
        image_name=image_name,
        extra={"chart": chart},
    )


def _dedupe(figures: Iterable[StoredFigure]) -> list[StoredFigure]:
    out: list[StoredFigure] = []
    for fig in figures:
        if fig not in out:
            out.append(fig)
    return out


def _fy_end(company: Company, lang: str) -> str:
    month = int(company.fiscal_year_end[:2])
    return month_year(f"2000-{month:02d}-01", lang).split()[0]


def _guidance_tick(label: str, company: Company, lang: str) -> str:
    word = tr(lang, "guid.", "prév.")
    if label.startswith("Q"):
        return _tick(label, company)
    return f"{_tick(label, company)}\n{word}"


def _label_range(labels: list[str], granularity: str, since: int | None) -> list[str]:
    """Consecutive labels from the first to the last stored one (gaps kept), trimmed by `since`."""
    if not labels:
        return []
    if granularity == "FY":
        first, last = fv.label_sort_key(labels[0])[0], fv.label_sort_key(labels[-1])[0]
        first = max(first, since) if since is not None else max(first, last - MAX_YEARS + 1)
        return [f"FY{y}" for y in range(first, last + 1)]
    seq: list[str] = []
    year, q = _quarter_key(labels[0])
    last = _quarter_key(labels[-1])
    while (year, q) <= last:
        seq.append(f"Q{q}-{year}")
        year, q = _next_quarter(year, q)
    if since is not None:
        seq = [label for label in seq if _quarter_key(label)[0] >= since][-MAX_QUARTERS:]
    else:
        seq = seq[-DEFAULT_QUARTERS:]
    return seq


def _current_guidance(figures: Sequence[StoredFigure], after: str) -> list[StoredFigure]:
    """Latest version of each full-year guidance whose period ends after `after`."""
    groups = fv.guidance_groups(
        f
        for f in figures
        if f.kind == "guidance" and f.period_end > after and f.fiscal_label.startswith(("FY", "CY"))
    )
    return [versions[-1] for versions in groups]


def _guidance_text(fig: StoredFigure, lang: str) -> str:
    if fig.value_usd is not None:
        return "~" + money(fig.value_usd, lang)
    if fig.high_usd is None:
        return "≥" + money(fig.low_usd, lang)
    return f"{money(fig.low_usd, lang)}–\n{money(fig.high_usd, lang)}"


def _annual_guidance(
    figures: Sequence[StoredFigure], last: StoredFigure, code: str, snap: Snapshot, lang: str
) -> tuple[list[cr.Bar], list[tuple[str, ...]], list[str], list[StoredFigure]]:
    bars, rows, lines, used = [], [], [], []
    current = _current_guidance(figures, last.period_end)
    # one bar per future period: the chart's own definition first, else the newest other one
    by_period: dict[str, StoredFigure] = {}
    for fig in current:
        held = by_period.get(fig.fiscal_label)
        if held is None or (fig.definition_code == code) > (held.definition_code == code):
            by_period[fig.fiscal_label] = fig
    for fig in sorted(by_period.values(), key=lambda f: f.period_end)[:2]:
        used.append(fig)
        other = fig.definition_code != code
        label = fig.fiscal_label + ("*" if other else "")
        text = _guidance_text(fig, lang)
        bars.append(
            cr.Bar(
                label=label, text=text, value=fig.value_usd, low=fig.low_usd, high=fig.high_usd, guidance=True
            )
        )
        when = day(fig.announced, lang)
        range_text = money_range(fig.low_usd, fig.high_usd, fig.value_usd, lang)
        rows.append((label, range_text, tr(lang, f"guidance ({when})", f"prévision ({when})")))
        line = tr(
            lang,
            f"{fig.fiscal_label} guidance: {range_text} (given {when})",
            f"Prévision {fig.fiscal_label} : {range_text} (annoncée le {when})",
        )
        if other:
            line += tr(
                lang,
                f" — * different definition: {_short_def(fig.definition_code, None, snap, lang)}",
                f" — * autre définition : {_short_def(fig.definition_code, None, snap, lang)}",
            )
        lines.append(line)
    return bars, rows, lines, used


def _implied_quarters(
    figures: Sequence[StoredFigure],
    actual: Sequence[StoredFigure],
    last: StoredFigure,
    code: str,
    lang: str,
) -> tuple[list[cr.Bar], list[tuple[str, ...]], list[str], list[StoredFigure], str]:
    """Quarters left in a guided year, drawn at the average the guidance implies per quarter.

    Only when the guidance is in the chart's definition and every elapsed quarter of the guided
    year is stored: implied = (guidance − reported so far) / quarters left.
    """
    for guide in _current_guidance(figures, last.period_end):
        if guide.definition_code != code:
            continue
        done = [
            f for f in actual if f.period_start >= guide.period_start and f.period_end <= guide.period_end
        ]
        left = 4 - len(done)
        if not done or left <= 0 or max(f.period_end for f in done) != last.period_end:
            continue
        so_far = sum(f.value_usd or 0 for f in done)

        def per_quarter(total: int | None, so_far: int = so_far, left: int = left) -> int | None:
            return None if total is None else max(0, round((total - so_far) / left))

        low, high, value = (
            per_quarter(guide.low_usd),
            per_quarter(guide.high_usd),
            per_quarter(guide.value_usd),
        )
        bars, rows = [], []
        year, q = _quarter_key(last.fiscal_label)
        for _ in range(left):
            year, q = _next_quarter(year, q)
            label = f"Q{q}-{year}"
            text = (
                "~" + money(value, lang)
                if value is not None
                else ("≥" + money(low, lang) if high is None else f"{money(low, lang)}–\n{money(high, lang)}")
            )
            bars.append(cr.Bar(label=label, text=text, value=value, low=low, high=high, guidance=True))
            rows.append(
                (
                    label,
                    money_range(low, high, value, lang),
                    tr(
                        lang,
                        f"implied by {guide.fiscal_label} guidance",
                        f"déduit de la prévision {guide.fiscal_label}",
                    ),
                )
            )
        guide_text = money_range(guide.low_usd, guide.high_usd, guide.value_usd, lang)
        when = day(guide.announced, lang)
        note = tr(
            lang,
            f"Hatched: {guide.fiscal_label} guidance {guide_text} ({when}) minus {money(so_far, lang)} reported "
            f"in {len(done)} quarter(s), spread over the {left} left.",
            f"Hachuré : prévision {guide.fiscal_label} {guide_text} ({when}) moins {money(so_far, lang)} publiés "
            f"sur {len(done)} trimestre(s), répartis sur les {left} restants.",
        )
        return bars, rows, [], [guide, *done], note
    return [], [], [], [], ""


# --------------------------------------------------------------------------------------------------
# Calendar-year alignment (top, compare)


@dataclass(frozen=True)
class YearValue:
    company: Company
    year: int
    value: int
    figures: tuple[StoredFigure, ...]
    method: str  # "reported" | "quarters" | "fiscal"
    definition: str

    def basis(self, lang: str) -> str:
        if self.method == "reported":
            return tr(lang, f"FY{self.year} (= calendar)", f"FY{self.year} (= année civile)")
        if self.method == "quarters":
            first, last = self.figures[0], self.figures[-1]
            if self.company.calendar_fiscal_year:
                return tr(lang, "sum of 4 quarters", "somme de 4 trimestres")
            text = tr(
                lang,
                f"sum of fiscal quarters {first.fiscal_label}…{last.fiscal_label}",
                f"somme des trimestres fiscaux {first.fiscal_label}…{last.fiscal_label}",
            )
            if not (first.period_start.endswith("-01-01") and last.period_end.endswith("-12-31")):
                text += f" ({month_year(first.period_start, lang)}–{month_year(last.period_end, lang)})"
            return text
        fig = self.figures[0]
        months = f"{month_year(fig.period_start, lang)}–{month_year(fig.period_end, lang)}"
        return tr(lang, f"{fig.fiscal_label} used ({months})", f"{fig.fiscal_label} retenu ({months})")


def calendar_year(
    company: Company, figures: Sequence[StoredFigure], year: int, codes: Sequence[str] | None = None
) -> YearValue | None:
    """A company's capex for calendar `year`, in its headline definition when possible.

    Order: a fiscal year that is the calendar year; else the sum of the four (fiscal) quarters that
    fall inside the calendar year; else the fiscal year overlapping the calendar year most (at least
    six months), reported as such.
    """
    actual = [f for f in figures if f.kind == "actual"]
    start = f"{year}-01-01"
    for code in codes or fv.series_codes(figures, company.headline_definition):
        series = fv.latest_per_series(f for f in actual if f.definition_code == code)
        if company.calendar_fiscal_year:
            fy = next((f for f in series if f.fiscal_label == f"FY{year}" and f.value_usd is not None), None)
            if fy is not None and fy.period_start == start:
                return YearValue(company, year, fy.value_usd, (fy,), "reported", code)  # type: ignore[arg-type]
        quarters = [
            f
            for f in series
            if f.fiscal_label.startswith("Q") and f.value_usd is not None and _midpoint(f).year == year
        ]
        if len(quarters) == 4 and len({f.period_end[:7] for f in quarters}) == 4:
            quarters.sort(key=lambda f: f.period_end)
            total = sum(f.value_usd or 0 for f in quarters)
            return YearValue(company, year, total, tuple(quarters), "quarters", code)
        best, best_days = None, 0
        for fig in series:
            if not fig.fiscal_label.startswith("FY") or fig.value_usd is None:
                continue
            overlap = (
                min(date.fromisoformat(fig.period_end), date(year, 12, 31))
                - max(date.fromisoformat(fig.period_start), date(year, 1, 1))
            ).days
            if overlap > best_days:
                best, best_days = fig, overlap
        if best is not None and best_days >= 183:
            return YearValue(company, year, best.value_usd, (best,), "fiscal", code)  # type: ignore[arg-type]
    return None


def _midpoint(fig: StoredFigure) -> date:
    start, end = date.fromisoformat(fig.period_start), date.fromisoformat(fig.period_end)
    return start + (end - start) / 2


def _year_guidance(figures: Sequence[StoredFigure], year: int) -> StoredFigure | None:
    """Latest guidance for exactly calendar `year` (any definition; the headline one preferred)."""
    groups = fv.guidance_groups(
        f
        for f in figures
        if f.kind == "guidance" and f.period_start == f"{year}-01-01" and f.period_end == f"{year}-12-31"
    )
    latest = [g[-1] for g in groups]
    return max(latest, key=lambda f: (f.announced or "", f.id)) if latest else None


# --------------------------------------------------------------------------------------------------
# capex top [year]


@command(
    "capex top",
    summary_en="Companies ranked by capex for a calendar year, with YoY growth and share of the total.",
    summary_fr="Entreprises classées par investissements sur une année civile, croissance et part du total.",
    usage="capex top [year]",
    params=(
        Param(
            "year",
            "Calendar year, e.g. 2025 (default: latest complete)",
            "Année civile, ex. 2025 (défaut : dernière complète)",
        ),
    ),
    examples=("capex top", "capex top 2024"),
    slow=True,
)
async def top_command(req: Request, services: Services) -> Reply:
    lang = req.locale
    if len(req.args) > 1:
        raise UserError(
            tr(
                lang,
                "Usage: `capex top [year]`, e.g. `capex top 2024`.",
                "Syntaxe : `capex top [année]`, par ex. `capex top 2024`.",
            )
        )
    year = _year_of(req.args[0], lang) if req.args else None
    snap = await services.storage.catalog.snapshot()
    key = ("top", year, lang)
    cache = cr.cache_for(services.storage.catalog)
    return await cache.get_or_build(snap.version, key, lambda: _top(snap, year, lang))


def _default_year(snap: Snapshot, companies: Sequence[Company], today_year: int) -> int | None:
    for year in range(today_year, 2009, -1):
        found = sum(1 for c in companies if calendar_year(c, snap.figures_of(c.id), year))
        if found >= min(3, len(companies)):
            return year
    return None


def _latest_data_year(snap: Snapshot) -> int:
    ends = [f.period_end for figs in snap.figures.values() for f in figs if f.kind == "actual"]
    return int(max(ends)[:4]) if ends else date.today().year


async def _top(snap: Snapshot, year: int | None, lang: str) -> Reply:
    companies = sorted(snap.companies.values(), key=lambda c: c.name)
    if year is None:
        year = _default_year(snap, companies, _latest_data_year(snap))
        if year is None:
            raise UserError(tr(lang, "No full-year figures stored yet.", "Aucun chiffre annuel enregistré."))
    values: list[YearValue] = []
    missing: list[str] = []
    priors: dict[str, YearValue | None] = {}
    for company in companies:
        figures = snap.figures_of(company.id)
        value = calendar_year(company, figures, year)
        if value is None:
            missing.append(company.name)
            continue
        values.append(value)
        priors[company.id] = calendar_year(company, figures, year - 1, [value.definition])
    if not values:
        raise UserError(
            tr(lang, f"No full-year {year} figures stored.", f"Aucun chiffre pour l'année {year}.")
        )
    values.sort(key=lambda v: -v.value)
    total = sum(v.value for v in values)
    rows, lines, bars, shown, data = [], [], [], [], []
    notes: list[str] = []
    for rank, v in enumerate(values):
        prior = priors.get(v.company.id)
        growth = v.value / prior.value - 1 if prior and prior.value else None
        share = v.value / total
        shown.extend(v.figures)
        if prior:
            shown.extend(prior.figures)
        basis = v.basis(lang)
        if v.method != "reported":
            notes.append(f"{v.company.name}: {basis}")
        rows.append(
            (
                str(rank + 1),
                v.company.name,
                money(v.value, lang),
                pct(growth, lang),
                _share(share, lang),
                basis,
            )
        )
        lines.append(
            f"{rank + 1}. {v.company.name}: {money(v.value, lang)} "
            + tr(
                lang,
                f"(YoY {pct(growth, lang)}, {_share(share, lang)} of total) — {basis}",
                f"(sur un an {pct(growth, lang)}, {_share(share, lang)} du total) — {basis}",
            )
        )
        label_text = f"{money(v.value, lang)}  ·  {_share(share, lang)}"
        if growth is not None:
            label_text += f"  ·  {pct(growth, lang)}"
        bars.append(
            cr.Bar(
                label=f"{v.company.name}{'*' if v.method == 'fiscal' else ''}",
                text=label_text,
                value=v.value,
                group=rank,
            )
        )
        data.append(
            {
                "rank": rank + 1,
                "company": v.company.id,
                "value_usd": v.value,
                "method": v.method,
                "definition": v.definition,
                "periods": [f.fiscal_label for f in v.figures],
                "prior_usd": prior.value if prior else None,
                "yoy": growth,
                "share": share,
            }
        )
    lines.append(tr(lang, f"Total: {money(total, lang)}", f"Total : {money(total, lang)}"))
    if missing:
        lines.append(
            tr(
                lang,
                f"No {year} figures: {', '.join(missing)}.",
                f"Pas de chiffres {year} : {', '.join(missing)}.",
            )
        )
    subtitle = tr(
        lang,
        f"Calendar {year}, headline definitions · labels: capex · share of {money(total, lang)} · YoY",
        f"Année civile {year}, définitions phares · montant · part de {money(total, lang)} · sur un an",
    )
    by_quarters = [
        v.company.name for v in values if v.method == "quarters" and not v.company.calendar_fiscal_year
    ]
    by_fiscal = [f"{v.company.name} {v.figures[0].fiscal_label}" for v in values if v.method == "fiscal"]
    if by_quarters:
        subtitle += tr(
            lang,
            f"\nAligned to calendar {year}: {', '.join(by_quarters)} (sum of fiscal quarters).",
            f"\nAlignés sur l'année civile {year} : {', '.join(by_quarters)} (somme de trimestres fiscaux).",
        )
    if by_fiscal:
        subtitle += tr(
            lang,
            f"\n* Fiscal year used as is: {', '.join(by_fiscal)}.",
            f"\n* Exercice utilisé tel quel : {', '.join(by_fiscal)}.",
        )
    title = tr(lang, f"Capex ranking, {year}", f"Classement des investissements, {year}")
    footnote = _footnote(
        shown,
        lang,
        tr(
            lang,
            "Values converted to USD where reported in CNY.",
            "Montants convertis en USD quand publiés en CNY.",
        )
        if any(v.company.id in ("alibaba", "tencent", "baidu") for v in values)
        else "",
    )
    spec = cr.ChartSpec(
        kind="ranking",
        title=title,
        subtitle=subtitle,
        footnote=footnote,
        bars=tuple(bars),
        missing_text=tr(lang, "n/a", "n.d."),
    )
    png = await cr.render_async(spec)
    if notes:
        lines.append("")
        lines.append(tr(lang, "Calendar alignment:", "Alignement sur l'année civile :"))
        lines.extend(f"  {n}" for n in notes)
    header = (
        "#",
        tr(lang, "Company", "Entreprise"),
        tr(lang, "Capex", "Invest."),
        tr(lang, "YoY", "Sur un an"),
        tr(lang, "Share", "Part"),
        tr(lang, "Basis", "Base"),
    )
    return _chart_reply(
        title=title,
        lines=lines,
        command="capex top",
        lang=lang,
        shown=shown,
        snap=snap,
        header=header,
        rows=rows,
        png=png,
        image_name=f"capex-top-{year}.png",
        chart={"type": "top", "year": year, "total_usd": total, "rows": data},
    )


def _share(ratio: float, lang: str) -> str:
    text = f"{ratio * 100:.1f}"
    return f"{text.replace('.', ',')}\u00a0%" if lang == "fr" else f"{text}%"


# --------------------------------------------------------------------------------------------------
# capex compare a b c …


@command(
    "capex compare",
    summary_en="Compare companies' capex side by side by calendar year, with next year's guidance.",
    summary_fr="Compare les investissements de plusieurs entreprises par année civile, avec la prévision.",
    usage="capex compare <company> <company> [more…] [since YEAR]",
    params=(
        Param(
            "companies",
            "Two to six companies, e.g. meta msft googl amzn",
            "Deux à six entreprises, ex. meta msft googl amzn",
            required=True,
            rest=True,
        ),
    ),
    examples=("capex compare meta msft googl amzn", "capex compare meta msft since 2020"),
    slow=True,
)
async def compare_command(req: Request, services: Services) -> Reply:
    lang = req.locale
    words = [w for arg in req.args for w in arg.replace(",", " ").split()]
    words = [w for w in words if w.lower() not in {"vs", "and", "et", "&"}]
    words, since = _parse_since(words, lang)
    snap = await services.storage.catalog.snapshot()
    companies = _resolve_many(words, snap, lang)
    if len(companies) < 2:
        raise UserError(
            tr(
                lang,
                "Name at least two companies, e.g. `capex compare meta msft googl amzn`.",
                "Nommez au moins deux entreprises, par ex. `capex compare meta msft googl amzn`.",
            ),
            suggestions=("capex compare meta msft googl amzn",),
        )
    if len(companies) > MAX_COMPARE:
        raise UserError(
            tr(
                lang,
                f"At most {MAX_COMPARE} companies at once.",
                f"Au plus {MAX_COMPARE} entreprises à la fois.",
            )
        )
    key = ("compare", tuple(c.id for c in companies), since, lang)
    cache = cr.cache_for(services.storage.catalog)
    return await cache.get_or_build(snap.version, key, lambda: _compare(companies, snap, since, lang))


def _resolve_many(words: list[str], snap: Snapshot, lang: str) -> list[Company]:
    """Resolve each word; a word that is not a company may join the next one ("meta platforms")."""
    out: list[Company] = []
    i = 0
    while i < len(words):
        try:
            company = resolve(words[i], snap, lang)
            i += 1
        except UserError as first_error:
            if i + 1 < len(words):
                try:
                    company = resolve(f"{words[i]} {words[i + 1]}", snap, lang)
                    i += 2
                except UserError:
                    raise first_error from None
            else:
                raise
        if company not in out:
            out.append(company)
    return out


async def _compare(companies: list[Company], snap: Snapshot, since: int | None, lang: str) -> Reply:
    table: dict[str, dict[int, YearValue]] = {c.id: {} for c in companies}
    last_year = None
    horizon = _latest_data_year(snap)
    for company in companies:
        figures = snap.figures_of(company.id)
        for year in range(horizon, 2009, -1):
            value = calendar_year(company, figures, year)
            if value is not None:
                table[company.id][year] = value
                last_year = max(last_year or year, year)
    if last_year is None:
        raise UserError(
            tr(
                lang,
                "No full-year figures stored for these companies.",
                "Aucun chiffre annuel enregistré pour ces entreprises.",
            )
        )
    first_year = since if since is not None else last_year - COMPARE_YEARS + 1
    first_year = max(first_year, last_year - MAX_YEARS + 1)
    years = list(range(first_year, last_year + 1))
    if not years:
        raise UserError(tr(lang, f"No figures since {since}.", f"Aucun chiffre depuis {since}."))
    guides = {c.id: _year_guidance(snap.figures_of(c.id), last_year + 1) for c in companies}
    has_guidance = any(guides.values())

    bars, shown, data, lines = [], [], [], []
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    foot_notes: list[str] = []
    for s, company in enumerate(companies):
        row = [company.name]
        line = []
        for g, year in enumerate(years):
            v = table[company.id].get(year)
            if v is None:
                row.append("—")
                continue
            shown.extend(v.figures)
            row.append(money(v.value, lang))
            line.append(f"{year} {money(v.value, lang)}")
            bars.append(cr.Bar(label=str(year), text=money(v.value, lang), value=v.value, group=g, series=s))
            data.append(
                {
                    "company": company.id,
                    "year": year,
                    "kind": "actual",
                    "value_usd": v.value,
                    "method": v.method,
                    "periods": [f.fiscal_label for f in v.figures],
                }
            )
            if v.method != "reported" and (year == years[-1] or v.method == "fiscal"):
                colon = tr(lang, ":", " :")
                notes.append(f"{company.name} {year}{colon} {v.basis(lang)}")
                foot_notes.append(f"{company.name} {year}{colon} {v.basis(lang)}.")
        guide = guides[company.id]
        if has_guidance:
            if guide is None:
                row.append("—")
            else:
                shown.append(guide)
                other = guide.definition_code != (table[company.id].get(years[-1]) or _NoDef).definition
                text = _guidance_text(guide, lang) + ("*" if other else "")
                row.append(
                    money_range(guide.low_usd, guide.high_usd, guide.value_usd, lang) + ("*" if other else "")
                )
                line.append(
                    tr(lang, f"{last_year + 1} guidance ", f"prévision {last_year + 1} ")
                    + money_range(guide.low_usd, guide.high_usd, guide.value_usd, lang)
                )
                bars.append(
                    cr.Bar(
                        label=str(last_year + 1),
                        text=text,
                        value=guide.value_usd,
                        low=guide.low_usd,
                        high=guide.high_usd,
                        guidance=True,
                        group=len(years),
                        series=s,
                    )
                )
                data.append(
                    {
                        "company": company.id,
                        "year": last_year + 1,
                        "kind": "guidance",
                        "value_usd": guide.value_usd,
                        "low_usd": guide.low_usd,
                        "high_usd": guide.high_usd,
                    }
                )
                if other:
                    notes.append(
                        tr(
                            lang,
                            f"* {company.name} guidance: {_short_def(guide.definition_code, None, snap, lang)}",
                            f"* prévision {company.name} : {_short_def(guide.definition_code, None, snap, lang)}",
                        )
                    )
                    foot_notes.append(
                        tr(
                            lang,
                            f"* {company.name} guidance: {_brief_def(guide.definition_code, lang)}.",
                            f"* Prévision {company.name} : {_brief_def(guide.definition_code, lang)}.",
                        )
                    )
        rows.append(tuple(row))
        lines.append(f"{company.name}: " + ", ".join(line or ["—"]))
    groups = [str(y) for y in years]
    header_years = list(groups)
    if has_guidance:
        groups.append(tr(lang, f"{last_year + 1}\nguidance", f"{last_year + 1}\nprévision"))
        header_years.append(tr(lang, f"{last_year + 1} guid.", f"{last_year + 1} prév."))
    names = ", ".join(c.ticker for c in companies)
    title = tr(lang, f"Capex compared: {names}", f"Investissements comparés : {names}")
    subtitle = tr(
        lang,
        "Calendar years, each company's headline definition; non-calendar fiscal years = sum of the fiscal "
        "quarters inside the calendar year.",
        "Années civiles, définition phare de chaque entreprise ; exercices décalés = somme des trimestres "
        "fiscaux de l'année civile.",
    )
    footnote = _footnote(shown, lang, " ".join(foot_notes))
    spec = cr.ChartSpec(
        kind="grouped",
        title=title,
        subtitle=subtitle,
        footnote=footnote,
        bars=tuple(bars),
        groups=tuple(groups),
        series=tuple(c.name for c in companies),
        legend_guidance=tr(lang, "guidance", "prévision"),
        missing_text=tr(lang, "n/a", "n.d."),
    )
    png = await cr.render_async(spec)
    if notes:
        lines.append("")
        lines.extend(notes)
    header = (tr(lang, "Company", "Entreprise"), *header_years)
    return _chart_reply(
        title=title,
        lines=lines,
        command="capex compare",
        lang=lang,
        shown=shown,
        snap=snap,
        header=header,
        rows=rows,
        png=png,
        image_name="capex-compare-" + "-".join(c.id for c in companies) + ".png",
        chart={"type": "compare", "companies": [c.id for c in companies], "years": years, "bars": data},
    )


class _NoDef:
    definition = ""
