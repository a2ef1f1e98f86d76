"""`capex [company] [period]`: a company's capital expenditure with definitions and sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from commands import figures_view as fv
from commands.capex_brief import brief, latest_quarter
from commands.capex_calendar import calendar_fields
from commands.companies import resolve, segment_named
from commands.formatting import (
    day,
    money,
    money_range,
    month_name,
    pct,
    period_name,
    rounded,
    rounded_range,
    span,
)
from commands.freshness import freshness_line
from commands.i18n import de, tr
from commands.periods import Period, parse_period
from commands.registry import Param, command
from commands.services import Services
from commands.types import Reply, Request, UserError
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure
from storage.outlooks import OutlookNote


@dataclass
class _Builder:
    """Accumulates the lines, table rows, figures and sources of one reply."""

    lang: str
    company: Company
    snap: Snapshot
    lines: list[str]
    rows: list[tuple[str, ...]]
    shown: list[StoredFigure]
    exact: bool = True  # False: amounts as prose writes them ($72.2B), the period views

    def amount(self, usd: float | None) -> str:
        return money(usd, self.lang) if self.exact else rounded(usd, self.lang)

    def series_name(self, code: str) -> str:
        definition = self.snap.definitions.get(code)
        return definition.label(self.lang) if definition else code

    def short_series(self, code: str) -> str:
        """A short, definition-specific name: never "headline", which means different series per company."""
        return fv.SHORT_NAMES.get(code, {}).get(self.lang, code)

    def add(self, fig: StoredFigure) -> None:
        if fig not in self.shown:
            self.shown.append(fig)

    def add_reported(self, fig: StoredFigure, figures: Sequence[StoredFigure]) -> float | None:
        """Show a reported figure with its year-ago comparison (both cited, one table row);
        returns the year-over-year change."""
        self.add(fig)
        yoy = fv.year_over_year(figures, fig)
        if yoy is not None:
            self.add(yoy[1])
        value, change = self.amount(fig.value_usd), pct(yoy[0], self.lang) if yoy else "—"
        self.rows.append((fig.fiscal_label, self.short_series(fig.definition_code), value, change))
        return yoy[0] if yoy else None


@command(
    "capex",
    summary_en="Capital expenditure of a company: latest quarter, last year, outlook; `details` for all.",
    summary_fr="Investissements d'une entreprise : dernier trimestre, exercice, prévision ; `détails` pour tout.",
    usage="capex <company> [period|details]",
    params=(
        Param(
            "company",
            "Company name, ticker or alias (meta, msft, googl, amzn…)",
            "Nom, symbole boursier ou alias (meta, msft, googl, amzn…)",
            autocomplete="company",
        ),
        Param(
            "period",
            "Optional: a period (2024, FY2024, Q3 2025, CY2026, Q3 CY2025) or `details`",
            "Facultatif : une période (2024, FY2024, T3 2025, CY2026, T3 CY2025) ou `détails`",
            rest=True,
        ),
    ),
    examples=("capex meta", "capex meta details", "capex msft FY2025", "capex msft cy2025", "capex"),
)
async def capex(req: Request, services: Services) -> Reply:
    snap = await services.storage.catalog.snapshot()
    lang = req.locale
    if not req.args:
        return overview(snap, lang)
    args, details = split_details(req.args)
    if not args:
        raise UserError(
            tr(
                lang,
                "Which company? e.g. `capex meta details`.",
                "Quelle entreprise ? Par ex. `capex meta détails`.",
            )
        )
    company = resolve(args[0], snap, lang)
    today = services.now().date().isoformat()
    if len(args) > 1:
        period = parse_period(" ".join(args[1:]), lang)
        view = for_period(company, period, snap, lang, today, exact=details)
        return with_segment_note(view, args[0], company, lang)
    key = ("capex details" if details else "capex brief", company.id, lang, today)
    if key not in snap.memo:
        if not snap.figures_of(company.id):
            raise UserError(
                tr(
                    lang,
                    f"No figures stored for {company.name} yet.",
                    f"Aucun chiffre enregistré pour {company.name}.",
                )
            )
        snap.memo[key] = summary(company, snap, lang, today) if details else brief(company, snap, lang, today)
    return with_segment_note(snap.memo[key], args[0], company, lang)


DETAIL_WORDS = {"details", "detail", "détails", "détail", "more", "full", "plus", "complet", "tout"}


def split_details(args: Sequence[str]) -> tuple[list[str], bool]:
    """`capex meta details` / `capex meta plus de détails`: (the other words, whether detail was asked)."""
    words = [w for arg in args for w in arg.split()]
    if not any(w.lower() in DETAIL_WORDS for w in words):
        return list(args), False
    return [w for w in words if w.lower() not in DETAIL_WORDS | {"de", "des", "in", "en"}], True


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
                f"{company.name} ({company.ticker})"
                + tr(lang, ": no figures yet", " : pas encore de chiffres")
            )
            continue
        shown.append(latest)
        value = money(latest.value_usd, lang)
        rows.append((company.name, company.ticker, latest.fiscal_label, value))
        lines.append(
            f"{company.name} ({company.ticker})"
            + tr(lang, ": ", " : ")
            + f"{period_name(latest.fiscal_label, lang)} {value}"
        )
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
        figures=tuple(fv.to_out(f, snap, lang) for f in shown),
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
    other_lines = _other_series(b, figures, codes)
    if other_lines:
        fields.append(
            (
                tr(lang, "Latest in other definitions", "Dernier chiffre, autres définitions"),
                "\n".join(other_lines),
            )
        )
    definitions = _definitions(b, codes)
    if definitions:
        fields.append((tr(lang, "Definitions", "Définitions"), "\n".join(definitions)))
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


def for_period(
    company: Company, period: Period, snap: Snapshot, lang: str, today: str, *, exact: bool = False
) -> Reply:
    """One period: amounts as an analyst writes them ($72.2B, $60–65B); `exact` (`capex meta 2025
    details`) shows them to the cent of a billion, as `ask --json` always has them."""
    amount, amounts = (money, money_range) if exact else (rounded, rounded_range)
    figures = snap.figures_of(company.id)
    label = period.label
    if period.kind == "CY" and company.calendar_fiscal_year:
        label = f"FY{period.year}"
    if period.kind == "CQ" and company.calendar_fiscal_year:
        label = f"Q{period.quarter}-{period.year}"
    matching = [f for f in figures if f.fiscal_label == label]
    if not matching and period.kind in ("CY", "CQ"):
        b = _Builder(lang, company, snap, [], [], [], exact=exact)
        fields = calendar_fields(
            b, company, period, figures, fv.series_codes(figures, company.headline_definition)
        )
        if fields is not None:
            return _reply(b, fields, f"{company.name} ({company.ticker}) — {period_name(label, lang)}", today)
    if not matching:
        raise _no_figures(company, period, label, figures, lang)
    b = _Builder(lang, company, snap, [], [], [], exact=exact)
    first = matching[0]
    meaning = _period_meaning(company, label, first, lang)
    fields: list[tuple[str, str]] = [(tr(lang, "Period", "Période"), meaning)]
    actual_lines = []
    codes = fv.series_codes(figures, company.headline_definition)
    for fig in fv.latest_per_series(f for f in matching if f.kind == "actual"):
        b.add_reported(fig, figures)
        change = fv.change_text(figures, fig, company.headline_definition, lang)
        actual_lines.append(f"{amount(fig.value_usd, lang)}{change} — {b.series_name(fig.definition_code)}")
    if actual_lines:
        fields.append((tr(lang, "Reported", "Publié"), "\n".join(actual_lines)))
    guidance = [f for f in matching if f.kind == "guidance"]
    if guidance:
        history = []
        for fig in sorted(guidance, key=lambda f: (f.announced or "", f.id)):
            b.add(fig)
            history.append(
                day(fig.announced, lang)
                + tr(lang, ": ", " : ")
                + amounts(fig.low_usd, fig.high_usd, fig.value_usd, lang)
                + f" — {b.series_name(fig.definition_code)}"
            )
            b.rows.append(
                (
                    fig.fiscal_label,
                    tr(lang, "guidance", "prévision"),
                    amounts(fig.low_usd, fig.high_usd, fig.value_usd, lang),
                    day(fig.announced, lang),
                )
            )
        fields.append((tr(lang, "Guidance history", "Historique des prévisions"), "\n".join(history)))
    definitions = _definitions(b, codes)
    if definitions:
        fields.append((tr(lang, "Definitions", "Définitions"), "\n".join(definitions)))
    return _reply(b, fields, f"{company.name} ({company.ticker}) — {period_name(label, lang)}", today)


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
    name = period_name(label, lang)
    if label.startswith("CY"):
        return tr(lang, f"calendar year {label[2:]} ({months})", f"année civile {label[2:]} ({months})")
    if company.calendar_fiscal_year and label.startswith("FY"):
        return tr(
            lang,
            f"{label}: fiscal year = calendar year ({months})",
            f"{name} : l'exercice est l'année civile ({months})",
        )
    if company.calendar_fiscal_year:
        return f"{name} ({months})"
    fy_month = int(company.fiscal_year_end.split("-")[0])
    return tr(
        lang,
        f"{label} is {company.name}'s fiscal period {months}, ended {day(fig.period_end, lang)} "
        f"(its fiscal year ends in {month_name(fy_month, lang)})",
        f"{name} est la période fiscale {months} {de(company.name)}, close le {day(fig.period_end, lang)} "
        f"(son exercice se termine en {month_name(fy_month, lang)})",
    )


def _latest_quarter(b: _Builder, figures: Sequence[StoredFigure], codes: Sequence[str]) -> list[str]:
    quarters = [f for f in figures if f.kind == "actual" and f.fiscal_label.startswith("Q")]
    if not quarters:
        return []
    # one quarter: the latest; every definition stored for that same quarter (Meta: headline and cash)
    first = latest_quarter(quarters, codes)
    latest = [f for f in fv.latest_per_series(quarters) if first and f.fiscal_label == first.fiscal_label]
    latest.sort(key=lambda f: codes.index(f.definition_code) if f.definition_code in codes else 99)
    lines = []
    for fig in latest:
        b.add(fig)
        yoy = fv.year_over_year(figures, fig)
        if yoy:
            b.add(yoy[1])
        change = f", {pct(yoy[0], b.lang)} {tr(b.lang, 'YoY', 'sur un an')}" if yoy else ""
        lines.append(
            tr(b.lang, "{} ({}): {}", "{} ({}) : {}").format(
                period_name(fig.fiscal_label, b.lang),
                span(fig.period_start, fig.period_end, b.lang),
                f"{money(fig.value_usd, b.lang)}{change} [{b.short_series(fig.definition_code)}]",
            )
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


def _other_series(b: _Builder, figures: Sequence[StoredFigure], codes: Sequence[str]) -> list[str]:
    """A definition whose latest quarter is older than the latest quarter (Microsoft's call figure
    incl. finance leases): its own latest quarter, on its own line, so it is never read as current."""
    shown_codes = {f.definition_code for f in b.shown if f.kind == "actual"}
    lines = []
    for code in codes:
        if code in shown_codes:
            continue
        series = fv.latest_per_series(
            f
            for f in figures
            if f.kind == "actual" and f.definition_code == code and f.fiscal_label.startswith("Q")
        )
        if not series:
            continue
        fig = series[-1]
        b.add(fig)
        lines.append(
            tr(b.lang, "{} ({}): {}", "{} ({}) : {}").format(
                period_name(fig.fiscal_label, b.lang),
                span(fig.period_start, fig.period_end, b.lang),
                f"{money(fig.value_usd, b.lang)} [{b.short_series(code)}]",
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
            lines.append(
                period_name(label, b.lang) + tr(b.lang, ": ", " : ") + tr(b.lang, "; ", " ; ").join(parts)
            )
    return lines


def _outlook_notes(b: _Builder, today: str) -> list[str]:
    """Direction-only outlooks (no number: shown as the company's sentence, never charted)."""
    latest: dict[str, OutlookNote] = {}
    for note in b.snap.outlooks_of(b.company.id):
        if note.fiscal_label and (note.period_end or "") >= today:
            latest[note.fiscal_label] = note  # oldest first: the last one per period wins
    lines = []
    for label, note in sorted(latest.items()):
        source = f"{note.source_title} {note.source_url}" if note.source_url else note.source_title
        lines.append(
            f"{label}: {tr(b.lang, 'outlook, no figure', 'perspective sans chiffre')} — “{note.text}” "
            f"({tr(b.lang, 'given', 'annoncée le')} {day(note.announced, b.lang)}; {source})"
        )
    return lines


def _guidance(b: _Builder, figures: Sequence[StoredFigure], today: str) -> list[str]:
    groups = fv.guidance_groups(f for f in figures if f.kind == "guidance" and f.period_end >= today)
    notes = _outlook_notes(b, today)
    if not groups:
        return notes or [tr(b.lang, "No current guidance on file.", "Aucune prévision en cours enregistrée.")]
    lines = []
    for versions in groups[:2]:
        current = versions[-1]
        b.add(current)
        text = (
            period_name(current.fiscal_label, b.lang)
            + tr(b.lang, ": ", " : ")
            + money_range(current.low_usd, current.high_usd, current.value_usd, b.lang)
            + f" ({tr(b.lang, 'given', 'annoncée le')} {day(current.announced, b.lang)})"
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
    return lines + notes


def _definitions(b: _Builder, codes: Iterable[str]) -> list[str]:
    used = {f.definition_code for f in b.shown}
    return [
        tr(b.lang, f"{b.short_series(c)}: {b.series_name(c)}", f"{b.short_series(c)} : {b.series_name(c)}")
        for c in codes
        if c in used
    ]


def _reply(b: _Builder, fields: list[tuple[str, str]], title: str, today: str) -> Reply:
    sources = fv.source_lines(b.shown, b.lang, b.snap)
    fields.append((tr(b.lang, "Sources", "Sources"), "\n".join(sources)))
    body: list[str] = []
    colon = tr(b.lang, ":", " :")
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
        figures=tuple(fv.to_out(f, b.snap, b.lang) for f in b.shown),
        fields=tuple(fields),
        table=(header, tuple(b.rows)),
        links=tuple(fv.source_links(b.shown, b.lang, b.snap)),
        footer=tr(
            b.lang,
            "Figures from company filings and calls; see Sources.",
            "Chiffres issus des publications et conférences des entreprises ; voir Sources.",
        ),
    )
