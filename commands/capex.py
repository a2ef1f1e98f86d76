"""`capex [company] [period]`: a company's capital expenditure with definitions and sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from commands import figures_view as fv
from commands.companies import resolve, segment_named
from commands.formatting import day, money, money_range, month_name, pct, span
from commands.freshness import freshness_line
from commands.i18n import tr
from commands.periods import Period, parse_period
from commands.registry import Param, command
from commands.services import Services
from commands.types import Reply, Request, UserError
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure


@dataclass
class _Builder:
    """Accumulates the lines, table rows, figures and sources of one reply."""

    lang: str
    company: Company
    snap: Snapshot
    lines: list[str]
    rows: list[tuple[str, ...]]
    shown: list[StoredFigure]

    def series_name(self, code: str) -> str:
        definition = self.snap.definitions.get(code)
        return definition.label(self.lang) if definition else code

    def short_series(self, code: str) -> str:
        """A short, definition-specific name: never "headline", which means different series per company."""
        return fv.SHORT_NAMES.get(code, {}).get(self.lang, code)

    def add(self, fig: StoredFigure) -> None:
        if fig not in self.shown:
            self.shown.append(fig)


@command(
    "capex",
    summary_en="Capital expenditure of a company: latest quarter, fiscal years, guidance, sources.",
    summary_fr="Investissements d'une entreprise : dernier trimestre, exercices, prévisions, sources.",
    usage="capex <company> [period]",
    params=(
        Param(
            "company",
            "Company name, ticker or alias (meta, msft, googl, amzn…)",
            "Nom, symbole boursier ou alias (meta, msft, googl, amzn…)",
            autocomplete="company",
        ),
        Param(
            "period",
            "Optional period: 2024, FY2024, Q3 2025, 2025Q3, CY2026",
            "Période facultative : 2024, FY2024, T3 2025, 2025Q3, CY2026",
            rest=True,
        ),
    ),
    examples=("capex meta", "capex msft FY2025", "capex amazon Q2 2026", "capex"),
)
async def capex(req: Request, services: Services) -> Reply:
    snap = await services.storage.catalog.snapshot()
    lang = req.locale
    if not req.args:
        return overview(snap, lang)
    company = resolve(req.args[0], snap, lang)
    if len(req.args) > 1:
        period = parse_period(" ".join(req.args[1:]), lang)
        today = services.now().date().isoformat()
        return with_segment_note(for_period(company, period, snap, lang, today), req.args[0], company, lang)
    key = ("capex summary", company.id, lang, services.now().date().isoformat())
    if key not in snap.memo:
        snap.memo[key] = summary(company, snap, lang, key[3])
    return with_segment_note(snap.memo[key], req.args[0], company, lang)


def with_segment_note(reply: Reply, query: str, company: Company, lang: str) -> Reply:
    """`capex aws` answers for Amazon: say so, since segment capex is not reported separately."""
    segment = segment_named(query)
    if segment is None:
        return reply
    note = tr(
        lang,
        f"{segment} capex is not reported separately: these figures are for the whole company, {company.name}.",
        f"Les investissements de {segment} ne sont pas publiés à part : ces chiffres portent sur toute "
        f"l'entreprise, {company.name}.",
    )
    return replace(
        reply, text=f"{note}\n\n{reply.text}", fields=((tr(lang, "Scope", "Périmètre"), note), *reply.fields)
    )


def overview(snap: Snapshot, lang: str) -> Reply:
    """`capex` alone: every covered company with its latest headline figure."""
    rows, lines, shown = [], [], []
    for company in sorted(snap.companies.values(), key=lambda c: c.name):
        latest = fv.latest_actual(snap.figures_of(company.id), company.headline_definition)
        if latest is None:
            rows.append((company.name, company.ticker, "—", "—"))
            lines.append(
                f"{company.name} ({company.ticker}): " + tr(lang, "no figures yet", "pas encore de chiffres")
            )
            continue
        shown.append(latest)
        value = money(latest.value_usd, lang)
        rows.append((company.name, company.ticker, latest.fiscal_label, value))
        lines.append(f"{company.name} ({company.ticker}): {latest.fiscal_label} {value}")
    title = tr(lang, "Capex: covered companies", "Investissements : entreprises couvertes")
    hint = tr(lang, "Ask `capex <company>` for details.", "Demandez `capex <entreprise>` pour le détail.")
    header = (
        tr(lang, "Company", "Entreprise"),
        tr(lang, "Ticker", "Symbole"),
        tr(lang, "Latest", "Dernier"),
        tr(lang, "Capex", "Invest."),
    )
    return Reply(
        title=title,
        text="\n".join([*lines, "", hint]),
        command="capex",
        lang=lang,
        figures=tuple(fv.to_out(f, snap) for f in shown),
        table=(header, tuple(rows)),
        footer=hint,
    )


def summary(company: Company, snap: Snapshot, lang: str, today: str) -> Reply:
    figures = snap.figures_of(company.id)
    if not figures:
        raise UserError(
            tr(
                lang,
                f"No figures stored for {company.name} yet.",
                f"Aucun chiffre enregistré pour {company.name}.",
            )
        )
    b = _Builder(lang, company, snap, [], [], [])
    codes = fv.series_codes(figures, company.headline_definition)
    fields: list[tuple[str, str]] = []

    quarter_lines = _latest_quarter(b, figures, codes)
    if quarter_lines:
        fields.append((tr(lang, "Latest quarter", "Dernier trimestre"), "\n".join(quarter_lines)))
    year_lines = _fiscal_years(b, figures, codes)
    if year_lines:
        fields.append((tr(lang, "Fiscal years", "Exercices"), "\n".join(year_lines)))
    fields.append((tr(lang, "Guidance", "Prévisions"), "\n".join(_guidance(b, figures, today))))
    fields.append((tr(lang, "Definitions", "Définitions"), "\n".join(_definitions(b, codes))))
    if company.note(lang):
        fields.append((tr(lang, "Note", "Note"), company.note(lang)))
    return _reply(
        b,
        fields,
        tr(
            lang,
            f"{company.name} ({company.ticker}) — capital expenditure",
            f"{company.name} ({company.ticker}) — investissements",
        ),
        today,
    )


def for_period(company: Company, period: Period, snap: Snapshot, lang: str, today: str) -> Reply:
    figures = snap.figures_of(company.id)
    label = period.label
    if period.kind == "CY" and company.calendar_fiscal_year:
        label = f"FY{period.year}"
    matching = [f for f in figures if f.fiscal_label == label]
    if not matching:
        raise _no_figures(company, period, label, figures, lang)
    b = _Builder(lang, company, snap, [], [], [])
    first = matching[0]
    meaning = _period_meaning(company, label, first, lang)
    fields: list[tuple[str, str]] = [(tr(lang, "Period", "Période"), meaning)]
    actual_lines = []
    codes = fv.series_codes(figures, company.headline_definition)
    for fig in fv.latest_per_series(f for f in matching if f.kind == "actual"):
        b.add(fig)
        yoy = fv.year_over_year(figures, fig)
        if yoy is not None:
            b.add(yoy[1])
        change = f", {pct(yoy[0], lang)} {tr(lang, 'YoY', 'sur un an')}" if yoy else ""
        actual_lines.append(f"{money(fig.value_usd, lang)}{change} — {b.series_name(fig.definition_code)}")
        b.rows.append(
            (
                fig.fiscal_label,
                b.short_series(fig.definition_code),
                money(fig.value_usd, lang),
                pct(yoy[0], lang) if yoy else "—",
            )
        )
    if actual_lines:
        fields.append((tr(lang, "Reported", "Publié"), "\n".join(actual_lines)))
    guidance = [f for f in matching if f.kind == "guidance"]
    if guidance:
        history = []
        for fig in sorted(guidance, key=lambda f: (f.announced or "", f.id)):
            b.add(fig)
            history.append(
                f"{day(fig.announced, lang)}: {money_range(fig.low_usd, fig.high_usd, fig.value_usd, lang)}"
                f" — {b.series_name(fig.definition_code)}"
            )
            b.rows.append(
                (
                    fig.fiscal_label,
                    tr(lang, "guidance", "prévision"),
                    money_range(fig.low_usd, fig.high_usd, fig.value_usd, lang),
                    day(fig.announced, lang),
                )
            )
        fields.append((tr(lang, "Guidance history", "Historique des prévisions"), "\n".join(history)))
    fields.append(
        (
            tr(lang, "Definitions", "Définitions"),
            "\n".join(_definitions(b, [c for c in codes if any(f.definition_code == c for f in b.shown)])),
        )
    )
    return _reply(b, fields, f"{company.name} ({company.ticker}) — {label}", today)


def _no_figures(
    company: Company, period: Period, label: str, figures: Sequence[StoredFigure], lang: str
) -> UserError:
    """What to say when a period has no figure: the range on file, and a fiscal year's quarters."""
    available = sorted(
        {f.fiscal_label for f in figures if f.fiscal_label[:1] == label[:1]}, key=fv.label_sort_key
    )
    hint = ""
    if available:
        hint = tr(
            lang,
            f" Available: {available[0]} to {available[-1]}.",
            f" Disponibles : de {available[0]} à {available[-1]}.",
        )
    quarters = sorted(
        {f.fiscal_label for f in figures if f.fiscal_label.endswith(f"-{period.year}")},
        key=fv.label_sort_key,
    )
    if period.kind == "FY" and quarters:
        hint += tr(
            lang,
            f" Quarters of fiscal {period.year} on file: {', '.join(quarters)}.",
            f" Trimestres de l'exercice {period.year} enregistrés : {', '.join(quarters)}.",
        )
    return UserError(
        tr(
            lang,
            f"No figures for {company.name} {label}.{hint}",
            f"Aucun chiffre pour {company.name} {label}.{hint}",
        )
    )


def _period_meaning(company: Company, label: str, fig: StoredFigure, lang: str) -> str:
    months = span(fig.period_start, fig.period_end, lang)
    if label.startswith("CY"):
        return tr(lang, f"calendar year {label[2:]} ({months})", f"année civile {label[2:]} ({months})")
    if company.calendar_fiscal_year:
        return tr(
            lang, f"{label}: fiscal = calendar ({months})", f"{label} : exercice = année civile ({months})"
        )
    fy_month = int(company.fiscal_year_end.split("-")[0])
    return tr(
        lang,
        f"{label} is {company.name}'s fiscal period {months}, ended {day(fig.period_end, lang)} "
        f"(its fiscal year ends in {month_name(fy_month, lang)})",
        f"{label} est la période fiscale {months} de {company.name}, close le {day(fig.period_end, lang)} "
        f"(son exercice se termine en {month_name(fy_month, lang)})",
    )


def _latest_quarter(b: _Builder, figures: Sequence[StoredFigure], codes: Sequence[str]) -> list[str]:
    quarters = [f for f in figures if f.kind == "actual" and f.fiscal_label.startswith("Q")]
    if not quarters:
        return []
    # the latest quarter of each series, so a second series that reports later or less often
    # (Microsoft's call figure incl. finance leases) still shows, labelled with its own quarter
    last_end = max(f.period_end for f in quarters)
    year_before = f"{int(last_end[:4]) - 1}{last_end[4:]}"
    latest_by_code: dict[str, StoredFigure] = {}
    for fig in fv.latest_per_series(quarters):
        if fig.period_end > year_before:
            latest_by_code[fig.definition_code] = fig
    latest = list(latest_by_code.values())
    latest.sort(key=lambda f: codes.index(f.definition_code) if f.definition_code in codes else 99)
    lines = []
    for fig in latest:
        b.add(fig)
        yoy = fv.year_over_year(figures, fig)
        if yoy:
            b.add(yoy[1])
        change = f", {pct(yoy[0], b.lang)} {tr(b.lang, 'YoY', 'sur un an')}" if yoy else ""
        lines.append(
            f"{fig.fiscal_label} ({span(fig.period_start, fig.period_end, b.lang)}): "
            f"{money(fig.value_usd, b.lang)}{change} [{b.short_series(fig.definition_code)}]"
        )
        b.rows.append(
            (
                fig.fiscal_label,
                b.short_series(fig.definition_code),
                money(fig.value_usd, b.lang),
                pct(yoy[0], b.lang) if yoy else "—",
            )
        )
    return lines


def _fiscal_years(b: _Builder, figures: Sequence[StoredFigure], codes: Sequence[str]) -> list[str]:
    years = fv.latest_per_series(f for f in figures if f.kind == "actual" and f.fiscal_label.startswith("FY"))
    labels = sorted({f.fiscal_label for f in years}, key=fv.label_sort_key)[-3:]
    lines = []
    for label in reversed(labels):
        parts = []
        for code in codes:
            fig = next((f for f in years if f.fiscal_label == label and f.definition_code == code), None)
            if fig is None:
                continue
            b.add(fig)
            prior = fv.year_over_year(figures, fig)
            change = f" ({pct(prior[0], b.lang)})" if prior else ""
            parts.append(f"{money(fig.value_usd, b.lang)}{change} [{b.short_series(code)}]")
            b.rows.append(
                (
                    label,
                    b.short_series(code),
                    money(fig.value_usd, b.lang),
                    pct(prior[0], b.lang) if prior else "—",
                )
            )
        if parts:
            lines.append(f"{label}: " + "; ".join(parts))
    return lines


def _guidance(b: _Builder, figures: Sequence[StoredFigure], today: str) -> list[str]:
    groups = fv.guidance_groups(f for f in figures if f.kind == "guidance" and f.period_end >= today)
    if not groups:
        return [tr(b.lang, "No current guidance on file.", "Aucune prévision en cours enregistrée.")]
    lines = []
    for versions in groups[:2]:
        current = versions[-1]
        b.add(current)
        text = (
            f"{current.fiscal_label}: {money_range(current.low_usd, current.high_usd, current.value_usd, b.lang)}"
            f" ({tr(b.lang, 'given', 'annoncée le')} {day(current.announced, b.lang)})"
        )
        if len(versions) > 1:
            previous = versions[-2]
            b.add(previous)
            verb = fv.guidance_change(previous, current)
            text += (
                f", {fv.CHANGE_WORDS[verb][b.lang]} "
                f"{tr(b.lang, 'from', 'par rapport à')} "
                f"{money_range(previous.low_usd, previous.high_usd, previous.value_usd, b.lang)}"
                f" ({day(previous.announced, b.lang)})"
            )
        text += f" [{b.short_series(current.definition_code)}]"
        lines.append(text)
        b.rows.append(
            (
                current.fiscal_label,
                tr(b.lang, "guidance", "prévision"),
                money_range(current.low_usd, current.high_usd, current.value_usd, b.lang),
                day(current.announced, b.lang),
            )
        )
    return lines


def _definitions(b: _Builder, codes: Iterable[str]) -> list[str]:
    used = {f.definition_code for f in b.shown}
    return [f"{b.short_series(code)}: {b.series_name(code)}" for code in codes if code in used] or ["—"]


def _reply(b: _Builder, fields: list[tuple[str, str]], title: str, today: str) -> Reply:
    sources = fv.source_lines(b.shown, b.lang)
    fields.append((tr(b.lang, "Sources", "Sources"), "\n".join(sources)))
    body: list[str] = []
    colon = tr(b.lang, ":", "\u00a0:")
    for name, value in fields:
        body.append(name + colon)
        body.extend(f"  {line}" for line in value.splitlines())
    stored = b.snap.figures_of(b.company.id)
    fresh = freshness_line(b.company, stored, b.shown, b.lang, date.fromisoformat(today))
    if fresh:
        body.append(fresh)
    header = (
        tr(b.lang, "Period", "Période"),
        tr(b.lang, "Series", "Série"),
        tr(b.lang, "Capex", "Invest."),
        tr(b.lang, "YoY / date", "Sur un an / date"),
    )
    return Reply(
        title=title,
        text="\n".join(body),
        command="capex",
        lang=b.lang,  # type: ignore[arg-type]
        figures=tuple(fv.to_out(f, b.snap) for f in b.shown),
        fields=tuple(fields),
        table=(header, tuple(b.rows)),
        links=tuple(fv.source_links(b.shown)),
        footer=tr(
            b.lang,
            "Figures from company filings and calls; see Sources.",
            "Chiffres issus des publications et conférences des entreprises ; voir Sources.",
        ),
    )
