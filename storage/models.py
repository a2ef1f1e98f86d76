"""Plain records that cross the storage boundary (no SQL, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from storage.validate import check_figure, check_stated_prior

FigureKind = Literal["actual", "guidance"]


@dataclass(frozen=True)
class SourceDoc:
    """A document a figure was read or derived from: a 10-Q/10-K/8-K exhibit, a release, a call.

    `kind` is one of storage.provenance.DOCUMENT_KINDS; `filed` is the date it became public.
    """

    kind: str
    title: str
    url: str
    accession: str | None = None
    filed: str | None = None


@dataclass(frozen=True)
class SecondaryRef:
    """A data set or news page consulted for a figure; shown as "see also", never as the source."""

    title: str
    url: str


@dataclass(frozen=True)
class Definition:
    code: str
    label_en: str
    label_fr: str
    xbrl: str | None = None

    def label(self, lang: str) -> str:
        return self.label_fr if lang == "fr" else self.label_en


@dataclass(frozen=True)
class Company:
    id: str
    name: str
    ticker: str
    cik: int | None
    fiscal_year_end: str  # nominal "MM-DD"
    headline_definition: str
    note_en: str = ""
    note_fr: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def calendar_fiscal_year(self) -> bool:
        return self.fiscal_year_end == "12-31"

    def note(self, lang: str) -> str:
        return self.note_fr if lang == "fr" else self.note_en


@dataclass(frozen=True)
class NewFigure:
    """A figure as it arrives from the seed, an import, SEC ingestion or an admin.

    Values are whole US dollars; guidance carries either `value_usd` (a point) or `low_usd` and
    `high_usd` (a range). `announced` is the date the figure was published, filed or given.
    """

    company_id: str
    fiscal_label: str
    period_start: str
    period_end: str
    kind: FigureKind
    definition_code: str
    source_title: str
    value_usd: int | None = None
    low_usd: int | None = None
    high_usd: int | None = None
    currency: str = "USD"
    source_url: str | None = None
    accession: str | None = None
    announced: str | None = None
    # Provenance (storage/provenance.py): what kind of document the source is, how a derived
    # figure was computed and from which documents, and secondary references. Not part of the
    # identity: a better citation for the same fact is the same fact.
    document_kind: str | None = None
    derivation: str = ""
    derived_from: tuple[SourceDoc, ...] = ()
    secondary_refs: tuple[SecondaryRef, ...] = ()
    # Guidance from a release sentence: what the sentence itself says about the outlook it replaces
    # ("up from our prior outlook of $64-72 billion"): its revision word and the prior it quotes.
    # An alert prefers these to the guidance stored before. Not part of the identity either.
    stated_revision: str = ""  # "" | raised | lowered | narrowed | widened | reiterated
    stated_prior_low_usd: int | None = None
    stated_prior_high_usd: int | None = None

    def __post_init__(self) -> None:
        """Every new figure passes the one validator (storage/validate.py), whoever made it."""
        if self.kind not in ("actual", "guidance"):
            raise ValueError(f"kind must be actual or guidance, not {str(self.kind)[:20]!r}")
        check_stated_prior(
            self.kind, self.stated_revision, self.stated_prior_low_usd, self.stated_prior_high_usd
        )
        check_figure(
            {
                "fiscal_label": self.fiscal_label,
                "period_start": self.period_start,
                "period_end": self.period_end,
                "value_usd": self.value_usd,
                "low_usd": self.low_usd,
                "high_usd": self.high_usd,
                "announced": self.announced,
            }
        )

    @property
    def identity(self) -> str:
        """Two rows with the same identity are the same fact: re-adding one is a no-op.

        Guidance repeated on a new date is a new fact (it was reiterated); an actual that a later
        filing repeats as a comparative is not.
        """
        when = self.announced or "" if self.kind == "guidance" else ""
        return "|".join(
            str(part)
            for part in (
                self.company_id,
                self.period_start,
                self.period_end,
                self.kind,
                self.definition_code,
                self.value_usd,
                self.low_usd,
                self.high_usd,
                when,
            )
        )

    @property
    def series_key(self) -> tuple[str, str, str, str, str]:
        """Rows sharing this key are versions of one figure; the latest announced wins."""
        return (self.company_id, self.period_start, self.period_end, self.kind, self.definition_code)


@dataclass(frozen=True)
class StoredFigure(NewFigure):
    id: int = 0
    recorded_at: str = ""
    origin: str = ""

    def __post_init__(self) -> None:
        """Stored rows passed the validator on their way in; reading them back stays cheap."""

    @property
    def midpoint(self) -> float | None:
        if self.value_usd is not None:
            return float(self.value_usd)
        if self.low_usd is not None and self.high_usd is not None:
            return (self.low_usd + self.high_usd) / 2
        return None if self.low_usd is None else float(self.low_usd)
