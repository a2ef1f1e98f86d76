"""The series model every chart is built from, and the one renderer that turns it into a Reply.

A chart used to be five parallel lists (bars, table rows, text lines, figures shown, raw data) filled
in step by each command, which made it easy for the picture, the table and the text to disagree. A
`Point` now carries all five for one value, so a builder only decides *what* the points are; `render`
derives the drawing spec, the table, the text, the footnote, the cited figures and `extra["chart"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from commands import chart_render as cr
from commands import figures_view as fv
from commands.formatting import day, plural, rounded, rounded_range
from commands.i18n import tr
from commands.types import Reply
from storage.catalog import Snapshot
from storage.models import StoredFigure

MAX_SOURCE_LINES = 12


@dataclass(frozen=True)
class Point:
    """One value on a chart and everything said about it.

    `figures` are the stored rows behind the value (including the prior year a YoY is computed
    from), `row`/`line` its table row and text line when it has its own, `data` its raw entry in
    `extra["chart"]`. A point with no value and not guidance is a gap ("n/a" on the chart).
    """

    label: str
    text: str = ""
    value: float | None = None
    low: float | None = None
    high: float | None = None
    guidance: bool = False
    group: int = 0
    series: int = 0
    figures: tuple[StoredFigure, ...] = ()
    row: tuple[str, ...] | None = None
    line: str | None = None
    data: dict | None = None

    def bar(self) -> cr.Bar:
        return cr.Bar(
            label=self.label,
            text=self.text,
            value=self.value,
            low=self.low,
            high=self.high,
            guidance=self.guidance,
            group=self.group,
            series=self.series,
        )


@dataclass
class ChartModel:
    """A whole chart: its points plus the words around them (already in the reply's language)."""

    kind: Literal["columns", "ranking", "grouped"]
    command: str
    lang: str
    title: str
    subtitle: str
    header: tuple[str, ...]
    points: list[Point]
    image_name: str
    chart: dict  # the chart's identity in extra["chart"]; the points' data go under `data_key`
    data_key: str = "bars"
    groups: tuple[str, ...] = ()
    series: tuple[str, ...] = ()
    lead: list[str] = field(default_factory=list)  # text lines before the points' lines
    notes: list[str] = field(default_factory=list)  # text lines after them
    foot_notes: list[str] = field(default_factory=list)  # extra footnote sentences on the PNG
    rows: list[tuple[str, ...]] | None = None  # table rows when not one per point (compare)
    lines: list[str] | None = None  # text lines when not one per point (compare)
    legend_reported: str = ""
    legend_guidance: str = ""


def shown_figures(points: Iterable[Point]) -> list[StoredFigure]:
    """The stored figures behind the points, each once, in order of appearance."""
    return dedupe(f for p in points for f in p.figures)


def dedupe(figures: Iterable[StoredFigure]) -> list[StoredFigure]:
    out: list[StoredFigure] = []
    for fig in figures:
        if fig not in out:
            out.append(fig)
    return out


async def render(model: ChartModel, snap: Snapshot) -> Reply:
    """Draw the model and wrap it in the one reply shape every chart has."""
    lang = model.lang
    shown = shown_figures(model.points)
    spec = cr.ChartSpec(
        kind=model.kind,
        title=model.title,
        subtitle=model.subtitle,
        footnote=footnote(shown, lang, " ".join(model.foot_notes), snap=snap),
        bars=tuple(p.bar() for p in model.points),
        groups=model.groups,
        series=model.series,
        legend_reported=model.legend_reported or tr(lang, "reported", "publié"),
        legend_guidance=model.legend_guidance or tr(lang, "guidance", "prévision"),
        missing_text=tr(lang, "n/a", "n.d."),
    )
    png = await cr.render_async(spec)
    rows = model.rows if model.rows is not None else [p.row for p in model.points if p.row is not None]
    lines = model.lines if model.lines is not None else [p.line for p in model.points if p.line is not None]
    chart = {**model.chart, model.data_key: [p.data for p in model.points if p.data is not None]}
    return Reply(
        title=model.title,
        text=_body([*model.lead, *lines, *model.notes], fv.source_lines(shown, lang, snap), lang),
        command=model.command,
        lang=lang,  # type: ignore[arg-type]
        figures=tuple(fv.to_out(f, snap, lang) for f in shown),
        table=(model.header, tuple(rows)),
        links=tuple(fv.source_links(shown, lang, snap)),
        footer=footnote(shown, lang, sources=False, snap=snap),
        image_png=png,
        image_name=model.image_name,
        extra={"chart": chart},
    )


def _short_source(title: str) -> str:
    """A source's family name for the footnote (the full titles are in the reply text)."""
    short = re.split(r" \(|;|, SEC companyfacts", title, maxsplit=1)[0].strip()
    return short[:60]


def footnote(
    figures: Sequence[StoredFigure],
    lang: str,
    extra: str = "",
    sources: bool = True,
    snap: Snapshot | None = None,
) -> str:
    """The chart's footnote: source names (in `lang`), "as of" date, notes. `sources=False` for the
    reply footer (front ends list each figure's source themselves)."""
    names: list[str] = []
    for fig in sorted(figures, key=lambda f: (f.announced or "", f.id), reverse=True):
        name = _short_source(fv.title_of(fig, lang, snap))
        if name not in names:
            names.append(name)
    shown = tr(lang, "; ", " ; ").join(names[:3])
    if len(names) > 3:
        more = len(names) - 3
        shown += tr(lang, f"; and {more} more", f" et {plural(more, 'autre', 'autres')}")
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


def _body(lines: list[str], sources: list[str], lang: str) -> str:
    shown = sources[:MAX_SOURCE_LINES]
    if len(sources) > MAX_SOURCE_LINES:
        more = len(sources) - MAX_SOURCE_LINES
        shown.append(
            tr(
                lang,
                f"… and {plural(more, 'more document', 'more documents')}.",
                f"… et {plural(more, 'autre document', 'autres documents')}.",
            )
        )
    return "\n".join([*lines, "", tr(lang, "Sources:", "Sources :"), *(f"  {s}" for s in shown)])


def definition_name(code: str, snap: Snapshot, lang: str) -> str:
    """A definition's full label (e.g. "Purchases of property and equipment")."""
    definition = snap.definitions.get(code)
    return definition.label(lang) if definition else fv.SHORT_NAMES.get(code, {}).get(lang, code)


def brief_name(code: str, lang: str) -> str:
    """A definition's short name for footnotes (e.g. "cash PP&E")."""
    return fv.SHORT_NAMES.get(code, {}).get(lang, code)


def guidance_text(fig: StoredFigure, lang: str) -> str:
    """A guidance as drawn on its bar: `~$X`, `≥$X` or a two-line range."""
    return range_label(fig.low_usd, fig.high_usd, fig.value_usd, lang)


def range_label(low: float | None, high: float | None, value: float | None, lang: str) -> str:
    """A guidance drawn on its bar as an analyst writes it (`$130–145B`, `~$175B`, `≥$60B`); the
    reply's table keeps the exact amounts."""
    if value is not None:
        return "~" + rounded(value, lang)
    if high is None:
        return "≥" + rounded(low, lang)
    return rounded_range(low, high, None, lang)
