"""What an alert says: "Meta Q3 2026 capex $32.1B, +66% YoY", "Alphabet raised 2026 guidance to
$195–205B (was $180–190B)", in English or French, as a Reply (for chat renderers) and as the webhook
JSON payload (with `figures` in the `ask --json` shape).

Composition is deterministic for a given event: comparisons (year-over-year, the previous guidance)
only look at figures recorded up to the event's own, so a retry after a crash, or a delivery made
an hour late, says exactly what the first attempt said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from commands import figures_view as fv
from commands.formatting import NBSP, day, pct, period_name
from commands.formatting import rounded as short_money
from commands.formatting import rounded_range as short_range
from commands.i18n import tr
from commands.source_titles import doc_title, names_date
from commands.text import inert
from commands.types import Reply
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure
from storage.outlooks import OutlookNote

MAX_LINES = 8  # a filing that restates many periods still makes a readable alert


def period_words(fig: StoredFigure, company: Company | None, lang: str) -> str:
    """Q3-2026 -> "Q3 2026" (FR "T3 2026"); FY2026 -> "2026" for calendar-year companies."""
    label = fig.fiscal_label
    if label.startswith("Q") and "-" in label:
        quarter, year = label.split("-", 1)
        return f"{tr(lang, 'Q', 'T')}{quarter[1:]} {year}"
    if label.startswith("H") and "-" in label:
        half, year = label.split("-", 1)
        return f"{tr(lang, 'H', 'S')}{half[1:]} {year}"
    if label.startswith("FY") and company is not None and company.calendar_fiscal_year:
        return label[2:]
    return period_name(label, lang)


def _series_note(fig: StoredFigure, company: Company | None, lang: str) -> str:
    if company is not None and fig.definition_code == company.headline_definition:
        return ""
    name = fv.SHORT_NAMES.get(fig.definition_code, {}).get(lang, fig.definition_code)
    return f" ({name})"


def _previous_guidance(
    fig: StoredFigure, history: Sequence[StoredFigure], new_ids: set[int]
) -> StoredFigure | None:
    earlier = [
        f
        for f in history
        if f.series_key == fig.series_key
        and f.kind == "guidance"
        and f.id not in new_ids
        and (f.announced or "", f.id) < (fig.announced or "", fig.id)
    ]
    return max(earlier, key=lambda f: (f.announced or "", f.id)) if earlier else None


def _millions(usd: int | None, lang: str) -> str:
    """$7,899M (FR 7 899 M$): exact enough to show a change the rounded form hides."""
    text = f"{(usd or 0) / 1e6:,.0f}"
    return f"{text.replace(',', NBSP)}{NBSP}M$" if lang == "fr" else f"${text}M"


def actual_line(
    fig: StoredFigure, company: Company | None, history: Sequence[StoredFigure], lang: str
) -> str:
    name = company.name if company else fig.company_id
    yoy = fv.year_over_year(history, fig)
    change = f", {pct(yoy[0], lang)} {tr(lang, 'YoY', 'sur un an')}" if yoy else ""
    when = period_words(fig, company, lang)
    note = _series_note(fig, company, lang)
    earlier = [f for f in history if f.series_key == fig.series_key and f.kind == "actual" and f.id < fig.id]
    previous = max(earlier, key=lambda f: f.id) if earlier else None
    if previous is not None and previous.value_usd != fig.value_usd:  # a later filing changed it
        was, now = short_money(previous.value_usd, lang), short_money(fig.value_usd, lang)
        if was == now:  # a change below the rounding ($7,900M stated, $7,899M exact): show it
            was, now = _millions(previous.value_usd, lang), _millions(fig.value_usd, lang)
        return tr(
            lang,
            f"{name} restated {when} capex to {now} (was {was}){note}",
            f"{name} : investissements {when} révisés à {now} (contre {was}){note}",
        )
    return tr(
        lang,
        f"{name} {when} capex {short_money(fig.value_usd, lang)}{change}{note}",
        f"{name} {when} : investissements {short_money(fig.value_usd, lang)}{change}{note}",
    )


def _stated_prior(fig: StoredFigure) -> tuple[int | None, int | None, int | None] | None:
    """(low, high, value) of the prior outlook the release sentence quotes, if it quotes one."""
    low, high = fig.stated_prior_low_usd, fig.stated_prior_high_usd
    if low is None or high is None:
        return None
    return (None, None, low) if low == high else (low, high, None)


def _revision(
    fig: StoredFigure, previous: StoredFigure | None
) -> tuple[str, tuple[int | None, int | None, int | None] | None]:
    """The verb and the "(was …)" of a guidance alert. The company's own words come first: the
    revision and the prior outlook its sentence states ("up from our prior outlook of $64-72
    billion" -> raised, was $64–72B); else the guidance stored before, compared end to end."""
    stored = (previous.low_usd, previous.high_usd, previous.value_usd) if previous is not None else None
    prior = _stated_prior(fig) or stored
    verb = fig.stated_revision
    if not verb and prior is not None:
        low, high, value = prior
        verb = fv.guidance_change(replace(fig, low_usd=low, high_usd=high, value_usd=value), fig)
    return verb, prior


def guidance_line(
    fig: StoredFigure, company: Company | None, previous: StoredFigure | None, lang: str
) -> str:
    name = company.name if company else fig.company_id
    when = period_words(fig, company, lang)
    now = short_range(fig.low_usd, fig.high_usd, fig.value_usd, lang)
    note = _series_note(fig, company, lang)
    verb, prior = _revision(fig, previous)
    if not verb:
        return tr(
            lang,
            f"{name} gave {when} capex guidance: {now}{note}",
            f"{name} : prévision d'investissements {when} de {now}{note}",
        )
    if verb == "reiterated":
        return tr(
            lang,
            f"{name} reiterated {when} guidance at {now}{note}",
            f"{name} : prévision {when} confirmée à {now}{note}",
        )
    was = short_range(*prior, lang) if prior is not None else now
    was_en, was_fr = (f" (was {was})", f" (contre {was})") if was != now else ("", "")
    return tr(
        lang,
        f"{name} {verb} {when} guidance to {now}{was_en}{note}",
        f"{name} : prévision {when} {fv.CHANGE_WORDS[verb]['fr']} à {now}{was_fr}{note}",
    )


NOTE_CHARS = 220  # a quoted outlook sentence, cut at a word


def _event_notes(
    company_id: str, new: Sequence[StoredFigure], note_ids: Sequence[int], snap: Snapshot
) -> list[OutlookNote]:
    """The direction-only outlooks an event reports: those it names (a release whose only news
    they are) and those the same release as its figures gave (same accession, else same document)."""
    releases = {f.accession or (f.source_title, f.announced) for f in new}
    return [
        n
        for n in snap.outlooks_of(company_id)
        if n.id in note_ids or (n.accession or (n.source_title, n.announced)) in releases
    ]


def _note_lines(notes: Sequence[OutlookNote], lang: str) -> list[str]:
    """Direction-only outlooks ("capex dollar growth notably larger in 2027"): no number to chart,
    but news for a subscriber. Quoted as the company wrote them."""
    out = []
    for note in notes:
        text = " ".join(note.text.split())
        if len(text) > NOTE_CHARS:
            text = text[:NOTE_CHARS].rsplit(" ", 1)[0] + "…"
        when = period_name(note.fiscal_label, lang) if note.fiscal_label else tr(lang, "ahead", "à venir")
        out.append(
            tr(
                lang,
                f"Outlook {when}, no figure given: “{inert(text)}”",
                f"Perspective {when}, sans chiffre : « {inert(text)} »",
            )
        )
    return out


def _note_title(note: OutlookNote, company: Company | None, lang: str) -> str:
    """A note's release named like a figure's (commands/source_titles.py): notes come only from
    releases, an 8-K exhibit when they have an accession, else a release page."""
    kind = "8-K" if note.accession else ("ir_release" if note.source_url else None)
    as_figure = StoredFigure(
        company_id=note.company_id, fiscal_label=note.fiscal_label or "", period_start=note.period_start or "",
        period_end=note.period_end or "", kind="guidance", definition_code="", source_title=note.source_title,
        announced=note.announced, document_kind=kind,
    )  # fmt: skip
    return inert(doc_title(as_figure, lang, company.name if company else None))


def _note_sources(
    notes: Sequence[OutlookNote], company: Company | None, lang: str
) -> tuple[list[str], list[tuple[str, str]]]:
    """Source lines and links of an alert that reports notes only (no figure to cite)."""
    lines: dict[str, None] = {}
    links: dict[str, str] = {}
    for note in notes:
        title = _note_title(note, company, lang)
        periods = (
            period_name(note.fiscal_label, lang) if note.fiscal_label else tr(lang, "Outlook", "Perspective")
        )
        dated = title if names_date(title, note.announced, lang) else f"{title} ({day(note.announced, lang)})"
        lines[tr(lang, f"{periods}: {dated}", f"{periods} : {dated}")] = None
        if note.source_url and note.source_url.startswith(("http://", "https://")):
            links.setdefault(note.source_url, title)
    return list(lines), [(title, url) for url, title in links.items()]


def _order(figs: Sequence[StoredFigure], company: Company | None) -> list[StoredFigure]:
    headline = company.headline_definition if company else ""

    def key(f: StoredFigure) -> tuple:
        return (
            f.kind != "actual",
            not f.fiscal_label.startswith("Q"),
            f.definition_code != headline,
            f.period_end,
            f.definition_code,
            f.id,
        )

    return sorted(figs, key=key)


def compose(
    company_id: str, figure_ids: Sequence[int], snap: Snapshot, lang: str, note_ids: Sequence[int] = ()
) -> Reply:
    """The alert for one event (the figures one filing or announcement added, or the direction-only
    outlooks that were a release's only news) as a Reply."""
    company = snap.companies.get(company_id)
    ids = set(figure_ids)
    last = max(ids) if ids else 0
    everything = snap.figures_of(company_id)
    history = [f for f in everything if f.id <= last]
    new = _order([f for f in everything if f.id in ids], company)
    name = company.name if company else company_id
    lines = []
    shown, hidden = new[:MAX_LINES], new[MAX_LINES:]
    for fig in shown:
        if fig.kind == "actual":
            lines.append(actual_line(fig, company, history, lang))
        else:
            lines.append(guidance_line(fig, company, _previous_guidance(fig, history, ids), lang))
    if hidden:
        lines.append(tr(lang, f"… and {len(hidden)} more figures", f"… et {len(hidden)} autres chiffres"))
    notes = _event_notes(company_id, new, note_ids, snap)
    lines += _note_lines(notes, lang)
    if not lines:
        lines.append(tr(lang, f"New figures for {name}.", f"Nouveaux chiffres pour {name}."))
    sources, links = fv.source_lines(new, lang, snap), fv.source_links(new, lang, snap)
    if not new:
        sources, links = _note_sources(notes, company, lang)
    text = "\n".join([*lines, "", *(tr(lang, f"Source: {s}", f"Source : {s}") for s in sources)]).strip()
    ticker = f" ({company.ticker})" if company and company.ticker else ""
    return Reply(
        title=tr(lang, f"Capex alert: {name}{ticker}", f"Alerte investissements : {name}{ticker}"),
        text=text,
        command="alerts",
        lang=lang,  # type: ignore[arg-type]
        figures=tuple(fv.to_out(f, snap, lang) for f in new),
        fields=(
            (tr(lang, "New", "Nouveau"), "\n".join(lines)),
            (tr(lang, "Sources", "Sources"), "\n".join(sources)),
        ),
        links=tuple(links),
        footer=tr(
            lang,
            "capexbot alert · figures from company filings and calls",
            "alerte capexbot · chiffres issus des publications des entreprises",
        ),
    )


def headline(reply: Reply) -> str:
    """The first line of an alert: what a one-line target (chat preview, webhook `content`) shows."""
    return reply.text.split("\n", 1)[0]


def webhook_payload(
    reply: Reply,
    *,
    event_id: int,
    subscription_id: int,
    company_id: str,
    snap: Snapshot,
    idempotency_key: str,
) -> dict[str, Any]:
    """The JSON a webhook receives. `figures` has the `ask --json` shape; `content` (plain text,
    mentions disabled) lets a Discord or Slack-style incoming webhook show it as is."""
    company = snap.companies.get(company_id)
    content = f"**{inert(reply.title)}**\n{reply.text}"  # the text's source titles are inert already
    if len(content) > 1900:
        content = content[:1899] + "…"
    return {
        "type": "capex_alert",
        "event_id": event_id,
        "subscription_id": subscription_id,
        "idempotency_key": idempotency_key,
        "company": company.name if company else company_id,
        "company_id": company_id,
        "ticker": company.ticker if company else "",
        "lang": reply.lang,
        "title": reply.title,
        "text": reply.text,
        "figures": [f.to_json() for f in reply.figures],
        "links": [{"title": t, "url": u} for t, u in reply.links],
        "content": content,
        "allowed_mentions": {"parse": []},
    }
