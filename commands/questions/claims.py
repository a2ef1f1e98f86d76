"""Checking a figure someone states ("Amazon a dépensé 200 milliards en 2025") against the
stored figures, with the tolerance people's rounding implies.

Tolerance: half the rounding unit the figure was written with ("72 milliards" ±0.5 Md, "$19.4B"
±0.05 B), at least 1 % of it (people truncate: "131 billion" for 131.8), 5 % when hedged
("about", "environ"). Every definition the company reports counts (Amazon's net and gross), so a
figure quoted under another definition is not called wrong; when the figure matches none, the
other periods are searched so the reply can say what it does match ("$200B is the FY2026 outlook").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from commands import figures_view as fv
from commands.formatting import day, money, money_range, period_name
from commands.i18n import tr
from commands.questions.amounts import Amount
from commands.questions.when import When
from storage.catalog import Snapshot
from storage.models import Company, StoredFigure


@dataclass(frozen=True)
class ClaimCheck:
    company: Company
    period: str  # stored label, e.g. FY2025
    stated: Amount
    verdict: str  # consistent | inconsistent | unknown
    tolerance: float
    stored: StoredFigure | None  # the figure the verdict rests on
    others: tuple[StoredFigure, ...]  # the same period under other definitions
    elsewhere: StoredFigure | None  # another period the stated figure matches
    elsewhere_now: StoredFigure | None = None  # the latest version of that figure, when it moved since
    assumed: bool = False  # no period in the claim: checked against the latest fiscal year

    def to_json(self) -> dict[str, Any]:
        return {
            "company": self.company.name,
            "period": self.period,
            "stated_usd": round(self.stated.usd),
            "stored_usd": _value(self.stored),
            "definition": self.stored.definition_code if self.stored else None,
            "verdict": self.verdict,
            "tolerance": round(self.tolerance),
        }

    @property
    def figures(self) -> tuple[StoredFigure, ...]:
        shown = (self.stored, *self.others, self.elsewhere, self.elsewhere_now)
        return tuple(f for f in shown if f is not None)


def _value(fig: StoredFigure | None) -> int | None:
    if fig is None:
        return None
    mid = fig.midpoint
    return None if mid is None else round(mid)


def tolerance(amount: Amount) -> float:
    floor = 0.05 if amount.hedged else 0.01
    return max(amount.step / 2, amount.usd * floor)


def _label(company: Company, period: When | None, snap: Snapshot) -> str | None:
    if period is None:
        years = [f for f in snap.figures_of(company.id) if f.kind == "actual" and f.fiscal_label[:2] == "FY"]
        return max(years, key=lambda f: f.period_end).fiscal_label if years else None
    if period.kind == "Q":
        return f"Q{period.quarter}-{period.year}"
    if period.kind == "CY" and not company.calendar_fiscal_year:
        return f"CY{period.year}"
    return f"FY{period.year}"


def _matches(fig: StoredFigure, usd: float, tol: float) -> bool:
    if fig.value_usd is not None:
        return abs(fig.value_usd - usd) <= tol
    low, high = fig.low_usd, fig.high_usd if fig.high_usd is not None else fig.low_usd
    return low is not None and high is not None and low - tol <= usd <= high + tol


def check_claim(snap: Snapshot, company: Company, period: When | None, amount: Amount) -> ClaimCheck:
    tol = tolerance(amount)
    label = _label(company, period, snap)
    figures = fv.latest_per_series(snap.figures_of(company.id))
    same = [f for f in figures if f.fiscal_label == label]
    actuals = [f for f in same if f.kind == "actual"] or [f for f in same if f.kind == "guidance"]
    actuals.sort(key=lambda f: f.definition_code != company.headline_definition)
    assumed = period is None and label is not None
    if not actuals:
        return ClaimCheck(company, label or "?", amount, "unknown", tol, None, (), None, assumed=assumed)
    hit = next((f for f in actuals if _matches(f, amount.usd, tol)), None)
    stored = hit or actuals[0]
    others = tuple(f for f in actuals if f is not stored and f.kind == stored.kind)
    elsewhere = now = None
    if hit is None:
        versions = sorted(snap.figures_of(company.id), key=lambda f: (f.period_end, f.announced or "", f.id))
        elsewhere = next(
            (f for f in reversed(versions) if f.fiscal_label != label and _matches(f, amount.usd, tol)), None
        )
        if elsewhere is not None:
            now = next(f for f in figures if f.series_key == elsewhere.series_key)
            now = None if now is elsewhere or now.midpoint == elsewhere.midpoint else now
    verdict = "consistent" if hit else "inconsistent"
    return ClaimCheck(company, label or "?", amount, verdict, tol, stored, others, elsewhere, now, assumed)


def _shown(fig: StoredFigure, lang: str) -> str:
    value = money(fig.value_usd, lang) if fig.value_usd is not None else money_range(
        fig.low_usd, fig.high_usd, None, lang
    )
    series = fv.SHORT_NAMES.get(fig.definition_code, {}).get(lang, fig.definition_code)
    return f"{value} ({series})"


def claim_text(check: ClaimCheck, lang: str) -> str:
    """One paragraph: verdict, the stored figure(s), the tolerance, and what else it matches."""
    name, stated = check.company.name, f"“{check.stated.text}”" if lang == "en" else f"« {check.stated.text} »"
    text = _check_text(check, name, stated, lang)
    if check.assumed:
        period = period_name(check.period, lang)
        text += tr(
            lang,
            f" (No period in the claim: checked against {period}, the latest full fiscal year.)",
            f" (Aucune période dans l'affirmation : comparée à l'{period}, le dernier exercice complet.)",
        )
    return text


def _check_text(check: ClaimCheck, name: str, stated: str, lang: str) -> str:
    tol = money(check.tolerance, lang)
    label = period_name(check.period, lang)
    if check.verdict == "unknown" or check.stored is None:
        return tr(
            lang,
            f"Claim check — can't tell: no stored figure for {name} {label} to compare {stated} with.",
            f"Vérification — impossible : aucun chiffre enregistré pour {name} {label} à comparer "
            f"avec {stated}.",
        )
    kind_en = "outlook" if check.stored.kind == "guidance" else "capex"
    kind_fr = "prévision" if check.stored.kind == "guidance" else "investissements"
    stored = _shown(check.stored, lang) + "".join(", " + _shown(f, lang) for f in check.others)
    if check.verdict == "consistent":
        text = tr(
            lang,
            f"Claim check — yes: {name} {label} {kind_en} is {stored}; {stated} is within ±{tol} "
            "(the rounding of the figure as written, at least 1%).",
            f"Vérification — oui : {kind_fr} {name} {label} : {stored} ; {stated} est dans la "
            f"tolérance de ±{tol} (l'arrondi du chiffre tel qu'écrit, au moins 1 %).",
        )
    else:
        text = tr(
            lang,
            f"Claim check — no: {name} {label} {kind_en} is {stored}; {stated} is not within ±{tol}.",
            f"Vérification — non : {kind_fr} {name} {label} : {stored} ; {stated} n'est pas dans la "
            f"tolérance de ±{tol}.",
        )
    other = check.elsewhere
    if other is not None:
        what_en = "outlook" if other.kind == "guidance" else "reported capex"
        what_fr = "la prévision" if other.kind == "guidance" else "les investissements publiés"
        given = day(other.announced, lang) if other.announced else "—"
        text += tr(
            lang,
            f" {stated} matches the {period_name(other.fiscal_label, lang)} {what_en} of {given}: {_shown(other, lang)}",
            f" {stated} correspond à {what_fr} {period_name(other.fiscal_label, lang)} du {given} : {_shown(other, lang)}",
        )
        now = check.elsewhere_now
        if now is not None:
            when = day(now.announced, lang) if now.announced else "—"
            text += tr(lang, f"; the latest is {_shown(now, lang)}, {when}", f" ; la dernière : {_shown(now, lang)}, {when}")
        text += "."
    return text
