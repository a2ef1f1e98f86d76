"""`capex chart <company>`: one company's reported capex by fiscal year or quarter, then its guidance.

The bars are one definition (the headline one when it has enough history); a fiscal year missing in
that definition but with its four quarters stored is drawn as their sum, marked. Annual charts end
with the current guidance; quarterly charts with the quarters the annual guidance implies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands import figures_view as fv
from commands.chart_model import ChartModel, Point, brief_name, definition_name, guidance_text, range_label
from commands.chart_model import render as render_chart
from commands.formatting import day, money, money_range, month_year, pct, period_name, plural, rounded
from commands.i18n import tr
from commands.types import Reply, UserError
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure

DEFAULT_QUARTERS = 12
MAX_QUARTERS = 40
MAX_YEARS = 12
_Q_LABEL = re.compile(r"^Q([1-4])-(\d{4})$")


async def company_chart(
    company: Company, snap: Snapshot, granularity: str | None, since: int | None, lang: str
) -> Reply:
    figures = snap.figures_of(company.id)
    granularity, code, note = _choose_series(figures, company, granularity, lang)
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
    backing, summed = _backing(figures, by_label, labels, code, granularity)
    points = _actual_points(labels, backing, summed, lang)
    if granularity == "FY":
        guides, guidance_note = _annual_guidance(figures, last_actual, code, snap, lang, len(labels))
    else:
        guides, guidance_note = _implied_quarters(figures, actual, last_actual, code, lang, len(labels))
    points.extend(guides)
    return await render_chart(
        _model(company, snap, code, granularity, points, summed, note, guidance_note, lang), snap
    )


def _model(
    company: Company,
    snap: Snapshot,
    code: str,
    granularity: str,
    points: list[Point],
    summed: set[str],
    note: str,
    guidance_note: str,
    lang: str,
) -> ChartModel:
    """The words around the bars: title, subtitle, definition, notes, legends, table header."""
    definition = definition_name(code, snap, lang)
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
    headline_note = company.note(lang) if code == company.headline_definition else ""
    # a fallback granularity (`note`) is said on the picture, first, not only in the text
    subtitle = "\n".join(p for p in (note, f"{definition} · USD{'' if headline_note else fy_note}", headline_note) if p)
    notes: list[str] = []
    if summed:
        notes.append(
            tr(
                lang,
                f"* {', '.join(sorted(summed))}: sum of the four reported quarters (no annual figure stored "
                "in this definition).",
                f"* {', '.join(period_name(x, lang) for x in sorted(summed))} : somme des quatre trimestres "
                "publiés (aucun chiffre annuel enregistré dans cette définition).",
            )
        )
    notes.append(tr(lang, f"Definition: {definition}", f"Définition : {definition}"))
    if headline_note:
        notes.append(headline_note)
    elif fy_note:
        notes.append(fy_note.removeprefix(" · ").capitalize() + ".")
    if guidance_note:
        notes.append(guidance_note)
    sum_note = (
        tr(lang, "* sum of the four reported quarters.", "* somme des quatre trimestres publiés.")
        if summed
        else ""
    )
    guided = [p for p in points if p.guidance]
    dense = len(points) > 16
    return ChartModel(
        kind="columns",
        command="capex chart",
        lang=lang,
        title=title,
        subtitle=subtitle,
        header=(
            tr(lang, "Period", "Période"),
            tr(lang, "Capex", "Invest."),
            tr(lang, "YoY / note", "Sur un an / note"),
        ),
        points=points,
        image_name=f"capex-{company.id}-{'annual' if granularity == 'FY' else 'quarterly'}.png",
        chart={"type": "company", "company": company.id, "definition": code},
        groups=tuple(
            _guidance_tick(p.label, company, lang) if p.guidance else _tick(p.label, company, lang, dense)
            for p in points
        ),
        lead=[note] if note else [],
        notes=notes,
        foot_notes=[p for p in (sum_note, guidance_note) if p],
        legend_guidance=_legend(granularity, guided, lang),
    )


def _legend(granularity: str, guided: list[Point], lang: str) -> str:
    if granularity != "FY":
        return tr(lang, "implied by annual guidance", "déduit de la prévision annuelle")
    if any(p.high is not None for p in guided):
        return tr(lang, "guidance (range)", "prévision (fourchette)")
    return tr(lang, "guidance", "prévision")


def _choose_series(
    figures: Sequence[StoredFigure], company: Company, granularity: str | None, lang: str
) -> tuple[str, str, str]:
    """(granularity, definition, note): the asked granularity when stored, else the other, said so."""
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
    return granularity, code, note


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


def _backing(
    figures: Sequence[StoredFigure],
    by_label: dict[str, StoredFigure],
    labels: list[str],
    code: str,
    granularity: str,
) -> tuple[dict[str, list[StoredFigure]], set[str]]:
    """The stored figures behind each label; a fiscal year missing in this definition but with all
    four quarters stored is their sum (its label is returned in the second set, to be said so)."""
    backing: dict[str, list[StoredFigure]] = {label: [fig] for label, fig in by_label.items()}
    summed: set[str] = set()
    if granularity != "FY":
        return backing, summed
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
    return backing, summed


def _actual_points(
    labels: list[str], backing: dict[str, list[StoredFigure]], summed: set[str], lang: str
) -> list[Point]:
    values = {label: sum(f.value_usd or 0 for f in figs) for label, figs in backing.items()}
    points = []
    for i, label in enumerate(labels):
        if label not in backing:
            points.append(
                Point(
                    label=label,
                    group=i,
                    row=(period_name(label, lang), "—", "—"),
                    line=tr(
                        lang,
                        f"{label}: no figure stored",
                        f"{period_name(label, lang)} : aucun chiffre enregistré",
                    ),
                    data={"period": label, "kind": "actual", "value_usd": None},
                )
            )
            continue
        value = values[label]
        prior_label = fv.prior_label(label) or ""
        yoy = value / values[prior_label] - 1 if values.get(prior_label) else None
        change = pct(yoy, lang) if yoy is not None else "—"
        mark = "*" if label in summed else ""
        points.append(
            Point(
                label=label,
                text=rounded(value, lang) + mark,  # drawn as prose writes it; the table is exact
                value=value,
                group=i,
                figures=(*backing[label], *(backing[prior_label] if yoy is not None else ())),
                row=(period_name(label, lang) + mark, money(value, lang), change),
                line=period_name(label, lang)
                + mark
                + tr(lang, ": ", " : ")
                + money(value, lang)
                + (f" ({change} {tr(lang, 'YoY', 'sur un an')})" if yoy is not None else ""),
                data={
                    "period": label,
                    "kind": "actual",
                    "value_usd": value,
                    "yoy": yoy,
                    "from": [f.fiscal_label for f in backing[label]],
                },
            )
        )
    return points


def _guidance_data(label: str, value: float | None, low: float | None, high: float | None) -> dict:
    return {"period": label, "kind": "guidance", "value_usd": value, "low_usd": low, "high_usd": high}


def _annual_guidance(
    figures: Sequence[StoredFigure], last: StoredFigure, code: str, snap: Snapshot, lang: str, start: int
) -> tuple[list[Point], str]:
    """Bars for the next one or two guided fiscal years, and a footnote when one is another definition."""
    current = _current_guidance(figures, last.period_end)
    # one bar per future period: the chart's own definition first, else the newest other one
    by_period: dict[str, StoredFigure] = {}
    for fig in current:
        held = by_period.get(fig.fiscal_label)
        if held is None or (fig.definition_code == code) > (held.definition_code == code):
            by_period[fig.fiscal_label] = fig
    points = []
    for j, fig in enumerate(sorted(by_period.values(), key=lambda f: f.period_end)[:2]):
        other = fig.definition_code != code
        label = fig.fiscal_label + ("*" if other else "")
        when = day(fig.announced, lang)
        range_text = money_range(fig.low_usd, fig.high_usd, fig.value_usd, lang)
        line = tr(
            lang,
            f"{fig.fiscal_label} guidance: {range_text} (given {when})",
            f"Prévision {period_name(fig.fiscal_label, lang)} : {range_text} (annoncée le {when})",
        )
        if other:
            line += tr(
                lang,
                f" — * different definition: {definition_name(fig.definition_code, snap, lang)}",
                f" — * autre définition : {definition_name(fig.definition_code, snap, lang)}",
            )
        points.append(
            Point(
                label=label,
                text=guidance_text(fig, lang),
                value=fig.value_usd,
                low=fig.low_usd,
                high=fig.high_usd,
                guidance=True,
                group=start + j,
                figures=(fig,),
                row=(
                    tr(lang, label, period_name(label.rstrip("*"), lang) + label[len(label.rstrip("*")) :]),
                    range_text,
                    tr(lang, f"guidance ({when})", f"prévision ({when})"),
                ),
                line=line,
                data=_guidance_data(label, fig.value_usd, fig.low_usd, fig.high_usd),
            )
        )
    note = " ".join(
        tr(
            lang,
            f"* {p.figures[0].fiscal_label} guidance is in another definition: "
            f"{brief_name(p.figures[0].definition_code, lang)}.",
            f"* La prévision {period_name(p.figures[0].fiscal_label, lang)} suit une autre définition : "
            f"{brief_name(p.figures[0].definition_code, lang)}.",
        )
        for p in points
        if p.figures[0].definition_code != code
    )
    return points, note


def _implied_quarters(
    figures: Sequence[StoredFigure],
    actual: Sequence[StoredFigure],
    last: StoredFigure,
    code: str,
    lang: str,
    start: int,
) -> tuple[list[Point], str]:
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
        low, high, value = (
            None if total is None else max(0, round((total - so_far) / left))
            for total in (guide.low_usd, guide.high_usd, guide.value_usd)
        )
        points = []
        year, q = _quarter_key(last.fiscal_label)
        for j in range(left):
            year, q = _next_quarter(year, q)
            label = f"Q{q}-{year}"
            points.append(
                Point(
                    label=label,
                    text=range_label(low, high, value, lang),
                    value=value,
                    low=low,
                    high=high,
                    guidance=True,
                    group=start + j,
                    figures=(guide, *done) if j == 0 else (),
                    row=(
                        period_name(label, lang),
                        money_range(low, high, value, lang),
                        tr(
                            lang,
                            f"implied by {guide.fiscal_label} guidance",
                            f"déduit de la prévision {period_name(guide.fiscal_label, lang)}",
                        ),
                    ),
                    data=_guidance_data(label, value, low, high),
                )
            )
        guide_text = money_range(guide.low_usd, guide.high_usd, guide.value_usd, lang)
        when = day(guide.announced, lang)
        note = tr(
            lang,
            f"Hatched: {guide.fiscal_label} guidance {guide_text} ({when}) minus {money(so_far, lang)} reported "
            f"in {plural(len(done), 'quarter', 'quarters')}, spread over the {left} left.",
            f"Hachuré : prévision {period_name(guide.fiscal_label, lang)} {guide_text} ({when}) moins "
            f"{money(so_far, lang)} publiés sur {plural(len(done), 'trimestre', 'trimestres')}, "
            + (f"répartis sur les {left} restants." if left > 1 else "sur le trimestre restant."),
        )
        return points, note
    return [], ""


def _current_guidance(figures: Sequence[StoredFigure], after: str) -> list[StoredFigure]:
    """Latest version of each full-year guidance whose period ends after `after`."""
    groups = fv.guidance_groups(
        f
        for f in figures
        if f.kind == "guidance" and f.period_end > after and f.fiscal_label.startswith(("FY", "CY"))
    )
    return [versions[-1] for versions in groups]


def _quarter_key(label: str) -> tuple[int, int]:
    match = _Q_LABEL.match(label)
    return (int(match.group(2)), int(match.group(1))) if match else (0, 0)


def _next_quarter(year: int, q: int) -> tuple[int, int]:
    return (year + 1, 1) if q == 4 else (year, q + 1)


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
    last_key = _quarter_key(labels[-1])
    while (year, q) <= last_key:
        seq.append(f"Q{q}-{year}")
        year, q = _next_quarter(year, q)
    if since is not None:
        return [label for label in seq if _quarter_key(label)[0] >= since][-MAX_QUARTERS:]
    return seq[-DEFAULT_QUARTERS:]


def _tick(label: str, company: Company, lang: str, dense: bool = False) -> str:
    """Axis label: `2025` / `FY2025` (FR `exercice 2025`), `Q3\\n2025` (FR `T3`) / `Q1\\nFY26`;
    when dense, only each Q1."""
    if label.startswith(("FY", "CY")):
        if company.calendar_fiscal_year:
            return label[2:]
        return tr(lang, label, f"exercice\n{label[2:].rstrip('*')}{'*' if label.endswith('*') else ''}")
    year, q = _quarter_key(label)
    if dense and q != 1:
        return ""
    quarter = tr(lang, f"Q{q}", f"T{q}")
    return (
        f"{quarter}\n{year}"
        if company.calendar_fiscal_year
        else f"{quarter}\n{tr(lang, 'FY', 'ex. ')}{year % 100:02d}"
    )


def _guidance_tick(label: str, company: Company, lang: str) -> str:
    if label.startswith("Q"):
        return _tick(label, company, lang)
    return f"{_tick(label, company, lang)}\n{tr(lang, 'guid.', 'prév.')}"


def _fy_end(company: Company, lang: str) -> str:
    month = int(company.fiscal_year_end[:2])
    return month_year(f"2000-{month:02d}-01", lang).split()[0]
