"""`capex chart`, `capex top`, `capex compare`: the commands, their arguments and their cache.

Every chart's numbers are stored figures (or, for calendar-year totals, sums of stored quarters,
said so): the Reply carries them in `table` (as shown), `figures` (the stored rows behind them) and
`extra["chart"]` (raw dollars), so tests and `ask --json` can check the picture against the data.
The charts are built as a series model (`chart_model`) by `chart_company` and `chart_rank`; drawing
happens in `chart_render` (matplotlib, imported lazily, off the event loop) and is cached per
(query, language, catalogue version).
"""

from __future__ import annotations

import re

from commands.cache import cache_for
from commands.chart_company import company_chart
from commands.chart_rank import compare, top
from commands.companies import resolve
from commands.i18n import tr
from commands.periods import parse_period
from commands.registry import Param, command
from commands.services import Services
from commands.text import echo
from commands.types import Reply, Request, UserError
from storage.catalog import Snapshot
from storage.models import Company

MAX_COMPARE = 6
CHARTS = "charts"  # this storage's cache of chart replies (~150 kB of PNG each, 32 at most)

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

# --------------------------------------------------------------------------------------------------
# Arguments


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
    cache = cache_for(services.storage, CHARTS)
    return await cache.get_or_build(
        snap.version, key, lambda: company_chart(company, snap, granularity, since, lang)
    )


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
    cache = cache_for(services.storage, CHARTS)
    return await cache.get_or_build(snap.version, key, lambda: top(snap, year, lang))


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
    cache = cache_for(services.storage, CHARTS)
    return await cache.get_or_build(snap.version, key, lambda: compare(companies, snap, since, lang))


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
