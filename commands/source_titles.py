"""A source document's name in the reply's language, built from the figure's structured fields.

Stored titles are English ("Meta 10-Q for the quarter ended 31 Mar 2025"): a French reply names the
same document from what is known about it — the company, the document kind, the period it closes
and the date it became public — as "10-Q de Meta Platforms, trimestre clos le 31 mars 2025" or
"communiqué de résultats de Meta Platforms du 29 juil. 2026". When a field is missing (no document
kind, no date, a kind we have no words for) the stored title is shown as it is: an English name is
better than a wrong French one. English replies keep the stored title, which is the document's own
name with any detail the importer wrote (exhibit number, "prior-year comparative for …").
"""

from __future__ import annotations

from datetime import date

from commands.formatting import day
from commands.i18n import de
from storage.models import StoredFigure

PERIODIC = {"10-Q": "trimestre", "10-Q/A": "trimestre", "10-K": "exercice", "10-K/A": "exercice", "20-F": "exercice"}
DATED = {"call": "conférence de résultats", "ir_release": "communiqué", "6-K": "6-K", "hkex": "publication HKEX"}
# a periodic report is filed within ~90 days of the period it closes; a figure filed much later is
# a prior-year comparative, whose own period is not the report's
FILING_LAG_DAYS = 120


def doc_title(fig: StoredFigure, lang: str, company: str | None) -> str:
    """The name of the document behind `fig`, in `lang` (the stored title when it cannot be built)."""
    if lang != "fr" or not company or not fig.document_kind or not fig.announced:
        return fig.source_title
    kind, filed, who = fig.document_kind, day(fig.announced, "fr"), de(company)
    if kind in PERIODIC:
        lag = (date.fromisoformat(fig.announced) - date.fromisoformat(fig.period_end)).days
        if fig.kind == "actual" and 0 <= lag <= FILING_LAG_DAYS:
            return f"{kind} {who}, {PERIODIC[kind]} clos le {day(fig.period_end, 'fr')}"
        return f"{kind} {who} du {filed}"
    if kind == "8-K":
        release = "earnings release" in fig.source_title.lower()  # the exhibit's kind, not its wording
        return f"{'communiqué de résultats' if release else '8-K'} {who} du {filed}"
    if kind in DATED:
        return f"{DATED[kind]} {who} du {filed}"
    return fig.source_title


def names_date(title: str, announced: str | None, lang: str) -> bool:
    """Whether `title` already says the day the document was published (no "(29 juil. 2026)" after
    "… du 29 juil. 2026")."""
    return bool(announced) and title.endswith(day(announced, lang))
