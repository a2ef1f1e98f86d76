"""`capex top` and `capex compare`: companies side by side on calendar years.

Both build on `chart_calendar.calendar_year`, so a company whose fiscal year is not the calendar year
is aligned the same way in both, and the alignment is said in the text and on the chart.
"""

from __future__ import annotations

from commands.chart_calendar import YearValue, calendar_year, latest_data_year, year_guidance
from commands.chart_model import ChartModel, Point, brief_name, definition_name, guidance_text
from commands.chart_model import render as render_chart
from commands.figures_view import series_codes
from commands.formatting import money, money_range, pct, rounded
from commands.i18n import de, tr
from commands.types import Reply, UserError
from storage.catalog import Snapshot
from storage.models import Company

COMPARE_YEARS = 5
MAX_YEARS = 12
_CNY_REPORTERS = ("alibaba", "tencent", "baidu")


# --------------------------------------------------------------------------------------------------
# capex top


def default_year(snap: Snapshot, companies: list[Company], today_year: int) -> int | None:
    for year in range(today_year, 2009, -1):
        found = sum(1 for c in companies if calendar_year(c, snap.figures_of(c.id), year))
        if found >= min(3, len(companies)):
            return year
    return None


async def top(snap: Snapshot, year: int | None, lang: str) -> Reply:
    companies = sorted(snap.companies.values(), key=lambda c: c.name)
    if year is None:
        year = default_year(snap, companies, latest_data_year(snap))
        if year is None:
            raise UserError(tr(lang, "No full-year figures stored yet.", "Aucun chiffre annuel enregistré."))
    values: list[tuple[YearValue, YearValue | None]] = []
    missing: list[str] = []
    for company in companies:
        figures = snap.figures_of(company.id)
        value = calendar_year(company, figures, year)
        if value is None:
            missing.append(company.name)
            continue
        values.append((value, calendar_year(company, figures, year - 1, [value.definition])))
    if not values:
        raise UserError(
            tr(lang, f"No full-year {year} figures stored.", f"Aucun chiffre pour l'année {year}.")
        )
    values.sort(key=lambda pair: -pair[0].value)
    total = sum(v.value for v, _ in values)
    points = [_rank_point(rank, v, prior, total, lang) for rank, (v, prior) in enumerate(values)]
    notes = [tr(lang, f"Total: {money(total, lang)}", f"Total : {money(total, lang)}")]
    if missing:
        notes.append(
            tr(
                lang,
                f"No {year} figures: {', '.join(missing)}.",
                f"Pas de chiffres {year} : {', '.join(missing)}.",
            )
        )
    aligned = [
        v.company.name + tr(lang, ": ", " : ") + v.basis(lang) for v, _ in values if v.method != "reported"
    ]
    if aligned:
        notes.extend(["", tr(lang, "Calendar alignment:", "Alignement sur l'année civile :")])
        notes.extend(f"  {n}" for n in aligned)
    cny = any(v.company.id in _CNY_REPORTERS for v, _ in values)
    defs = definitions_note([(v.company, v.definition) for v, _ in values], lang)
    notes.append(defs)
    model = ChartModel(
        kind="ranking",
        command="capex top",
        lang=lang,
        title=tr(lang, f"Capex ranking, {year}", f"Classement des investissements, {year}"),
        subtitle=_top_subtitle([v for v, _ in values], year, total, lang),
        header=(
            "#",
            tr(lang, "Company", "Entreprise"),
            tr(lang, "Capex", "Invest."),
            tr(lang, "YoY", "Sur un an"),
            tr(lang, "Share", "Part"),
            tr(lang, "Basis", "Base"),
        ),
        points=points,
        image_name=f"capex-top-{year}.png",
        chart={"type": "top", "year": year, "total_usd": total},
        data_key="rows",
        notes=notes,
        foot_notes=[defs]
        + (
            [
                tr(
                    lang,
                    "Values converted to USD where reported in CNY.",
                    "Montants convertis en USD quand publiés en CNY.",
                )
            ]
            if cny
            else []
        ),
    )
    return await render_chart(model, snap)


def _rank_point(rank: int, v: YearValue, prior: YearValue | None, total: int, lang: str) -> Point:
    growth = v.value / prior.value - 1 if prior and prior.value else None
    share = v.value / total
    basis = v.basis(lang)
    label_text = f"{rounded(v.value, lang)}  ·  {_share(share, lang)}"
    if growth is not None:
        label_text += f"  ·  {pct(growth, lang)}"
    return Point(
        label=f"{v.company.name}{'*' if v.method == 'fiscal' else ''}",
        text=label_text,
        value=v.value,
        group=rank,
        figures=(*v.figures, *(prior.figures if prior else ())),
        row=(
            str(rank + 1),
            v.company.name,
            money(v.value, lang),
            pct(growth, lang),
            _share(share, lang),
            basis,
        ),
        line=f"{rank + 1}. {v.company.name}{tr(lang, ':', ' :')} {money(v.value, lang)} "
        + tr(
            lang,
            f"(YoY {pct(growth, lang)}, {_share(share, lang)} of total) — {basis}",
            f"(sur un an {pct(growth, lang)}, {_share(share, lang)} du total) — {basis}",
        ),
        data={
            "rank": rank + 1,
            "company": v.company.id,
            "value_usd": v.value,
            "method": v.method,
            "definition": v.definition,
            "periods": [f.fiscal_label for f in v.figures],
            "prior_usd": prior.value if prior else None,
            "yoy": growth,
            "share": share,
        },
    )


def _top_subtitle(values: list[YearValue], year: int, total: int, lang: str) -> str:
    subtitle = tr(
        lang,
        f"Calendar {year}, headline definitions · labels: capex · share of {rounded(total, lang)} · YoY",
        f"Année civile {year}, définitions phares · montant · part de {rounded(total, lang)} · sur un an",
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
    return subtitle


def _share(ratio: float, lang: str) -> str:
    text = f"{ratio * 100:.1f}"
    return f"{text.replace('.', ',')}\u00a0%" if lang == "fr" else f"{text}%"


# --------------------------------------------------------------------------------------------------
# capex compare


async def compare(companies: list[Company], snap: Snapshot, since: int | None, lang: str) -> Reply:
    table = {c.id: _calendar_years(c, snap, since) for c in companies}
    years = _year_span(table, since, lang)
    last_year = years[-1]
    guides = {c.id: year_guidance(snap.figures_of(c.id), last_year + 1) for c in companies}
    has_guidance = any(guides.values())
    points: list[Point] = []
    rows: list[tuple[str, ...]] = []
    lines: list[str] = []
    notes: list[str] = []
    foot_notes: list[str] = []
    for s, company in enumerate(companies):
        series = [
            _year_point(company, table[company.id].get(year), g, s, lang) for g, year in enumerate(years)
        ]
        for year in years:
            _alignment_note(company, table[company.id].get(year), year == years[-1], lang, notes, foot_notes)
        guide = guides[company.id]
        last = table[company.id].get(years[-1])
        if guide is not None:
            other = guide.definition_code != (last.definition if last else "")
            series.append(_guide_point(company, guide, last_year + 1, len(years), s, other, lang))
            if other:
                notes.append(
                    tr(
                        lang,
                        f"* {company.name} guidance: {definition_name(guide.definition_code, snap, lang)}",
                        f"* prévision {company.name} : {definition_name(guide.definition_code, snap, lang)}",
                    )
                )
                foot_notes.append(
                    tr(
                        lang,
                        f"* {company.name} guidance is {brief_name(guide.definition_code, lang)}, not comparable "
                        f"with its {brief_name(last.definition if last else '', lang)} bars.",
                        f"* La prévision {de(company.name)} est {brief_name(guide.definition_code, lang)}, non "
                        f"comparable à ses barres ({brief_name(last.definition if last else '', lang)}).",
                    )
                )
        rows.append(_compare_row(company, series, len(years) + has_guidance))
        lines.append(
            company.name + tr(lang, ": ", " : ") + ", ".join([p.line for p in series if p.line] or ["—"])
        )
        points.extend(p for p in series if p.value is not None or p.guidance)
    groups = [str(y) for y in years]
    header_years = list(groups)
    if has_guidance:
        groups.append(tr(lang, f"{last_year + 1}\nguidance", f"{last_year + 1}\nprévision"))
        header_years.append(tr(lang, f"{last_year + 1} guid.", f"{last_year + 1} prév."))
    names = ", ".join(c.ticker for c in companies)
    defs = definitions_note(
        [(c, next(iter(table[c.id].values())).definition) for c in companies if table[c.id]], lang
    )
    model = ChartModel(
        kind="grouped",
        command="capex compare",
        lang=lang,
        title=tr(lang, f"Capex compared: {names}", f"Investissements comparés : {names}"),
        subtitle=tr(
            lang,
            "Calendar years, each company's headline definition; non-calendar fiscal years = sum of the fiscal "
            "quarters inside the calendar year.",
            "Années civiles, définition phare de chaque entreprise ; exercices décalés = somme des trimestres "
            "fiscaux de l'année civile.",
        ),
        header=(tr(lang, "Company", "Entreprise"), *header_years),
        points=points,
        image_name="capex-compare-" + "-".join(c.id for c in companies) + ".png",
        chart={"type": "compare", "companies": [c.id for c in companies], "years": years},
        groups=tuple(groups),
        series=tuple(c.name for c in companies),
        notes=["", *notes, defs],
        foot_notes=[defs, *foot_notes],
        rows=rows,
        lines=lines,
    )
    return await render_chart(model, snap)


def _year_span(table: dict[str, dict[int, YearValue]], since: int | None, lang: str) -> list[int]:
    """The calendar years compared: the last five with data (or since `since`, at most twelve)."""
    last_year = max((y for years in table.values() for y in years), default=None)
    if last_year is None:
        raise UserError(
            tr(
                lang,
                "No full-year figures stored for these companies.",
                "Aucun chiffre annuel enregistré pour ces entreprises.",
            )
        )
    first_year = since if since is not None else last_year - COMPARE_YEARS + 1
    years = list(range(max(first_year, last_year - MAX_YEARS + 1), last_year + 1))
    if not years:
        raise UserError(tr(lang, f"No figures since {since}.", f"Aucun chiffre depuis {since}."))
    return years


def _alignment_note(
    company: Company, v: YearValue | None, last: bool, lang: str, notes: list[str], foot_notes: list[str]
) -> None:
    """Say how a year was aligned to the calendar: for the latest year, and any fiscal year used as is."""
    if v is not None and v.method != "reported" and (last or v.method == "fiscal"):
        colon = tr(lang, ":", " :")
        notes.append(f"{company.name} {v.year}{colon} {v.basis(lang)}")
        foot_notes.append(f"{company.name} {v.year}{colon} {v.basis(lang)}.")


def _calendar_years(company: Company, snap: Snapshot, since: int | None) -> dict[int, YearValue]:
    """Calendar years in ONE definition for the company (the one covering the most of the years
    compared, headline first), so a company's bars never switch definition from year to year."""
    figures = snap.figures_of(company.id)
    horizon = latest_data_year(snap)
    first = since if since is not None else horizon - COMPARE_YEARS
    best: dict[int, YearValue] = {}
    for code in series_codes(figures, company.headline_definition):
        out = {}
        for year in range(horizon, 2009, -1):
            value = calendar_year(company, figures, year, [code])
            if value is not None:
                out[year] = value
        if sum(y >= first for y in out) > sum(y >= first for y in best):
            best = out
    return best


def definitions_note(pairs: list[tuple[Company, str]], lang: str) -> str:
    """Which definition each company is measured in (they differ: Meta's headline includes
    finance-lease principal, Microsoft's filed figure is cash only)."""
    parts = ", ".join(f"{c.name} {brief_name(code, lang)}" for c, code in pairs)
    return tr(lang, f"Definitions: {parts}.", f"Définitions : {parts}.")


def _compare_row(company: Company, series: list[Point], width: int) -> tuple[str, ...]:
    """The company's table row: one cell per year (and guidance column), "—" where nothing is stored."""
    cells = {p.group: p.row[0] for p in series if p.row}
    return (company.name, *(cells.get(g, "—") for g in range(width)))


def _year_point(company: Company, v: YearValue | None, group: int, series: int, lang: str) -> Point:
    if v is None:
        return Point(label="", group=group, series=series)
    return Point(
        label=str(v.year),
        text=rounded(v.value, lang),
        value=v.value,
        group=group,
        series=series,
        figures=v.figures,
        row=(money(v.value, lang),),
        line=f"{v.year} {money(v.value, lang)}",
        data={
            "company": company.id,
            "year": v.year,
            "kind": "actual",
            "value_usd": v.value,
            "method": v.method,
            "periods": [f.fiscal_label for f in v.figures],
        },
    )


def _guide_point(
    company: Company, guide, year: int, group: int, series: int, other: bool, lang: str
) -> Point:
    star = "*" if other else ""
    range_text = money_range(guide.low_usd, guide.high_usd, guide.value_usd, lang)
    return Point(
        label=str(year),
        text=guidance_text(guide, lang) + star,
        value=guide.value_usd,
        low=guide.low_usd,
        high=guide.high_usd,
        guidance=True,
        group=group,
        series=series,
        figures=(guide,),
        row=(range_text + star,),
        line=tr(lang, f"{year} guidance ", f"prévision {year} ") + range_text,
        data={
            "company": company.id,
            "year": year,
            "kind": "guidance",
            "value_usd": guide.value_usd,
            "low_usd": guide.low_usd,
            "high_usd": guide.high_usd,
        },
    )
