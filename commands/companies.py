"""Company resolution from names, tickers and aliases, with "did you mean" for near misses."""

from __future__ import annotations

import difflib

from commands.i18n import tr
from commands.text import echo
from commands.types import UserError
from storage.catalog import Snapshot
from storage.companies import normalise_alias
from storage.models import Company

# Aliases that name a business segment, not the company: the answer is still company-wide.
SEGMENTS = {"aws": "AWS", "amazon web services": "AWS", "azure": "Azure", "alicloud": "Alibaba Cloud"}


def segment_named(query: str) -> str | None:
    return SEGMENTS.get(normalise_alias(query))


def resolve(query: str, snap: Snapshot, lang: str) -> Company:
    """The company a user meant, or a UserError with up to three suggestions."""
    key = normalise_alias(query)
    company_id = snap.aliases.get(key) or snap.aliases.get(key.replace(" ", ""))
    if company_id and company_id in snap.companies:
        return snap.companies[company_id]
    suggestions = suggest(key, snap)
    shown = echo(query)
    if suggestions:
        names = tr(lang, " or ", " ou ").join(suggestions)
        raise UserError(
            tr(
                lang,
                f"Unknown company “{shown}”. Did you mean {names}?",
                f"Entreprise inconnue « {shown} ». Vouliez-vous dire {names} ?",
            ),
            suggestions=tuple(suggestions),
        )
    covered = ", ".join(sorted(c.name for c in snap.companies.values()))
    raise UserError(
        tr(
            lang,
            f"Unknown company “{shown}”. Covered: {covered}.",
            f"Entreprise inconnue « {shown} ». Couvertes : {covered}.",
        ),
    )


def suggest(key: str, snap: Snapshot, limit: int = 3) -> list[str]:
    """Company names whose aliases are close to `key` (typos such as `mircosoft`, `amazn`)."""
    if not key or len(key) > 60:
        return []
    matches = difflib.get_close_matches(key, list(snap.aliases), n=10, cutoff=0.7)
    names: list[str] = []
    for alias in matches:
        name = snap.companies[snap.aliases[alias]].name
        if name not in names:
            names.append(name)
    return names[:limit]


def completions(prefix: str, snap: Snapshot, limit: int = 25) -> list[Company]:
    """Companies whose name, ticker or alias starts with (then contains) `prefix`; for autocomplete."""
    key = normalise_alias(prefix)
    starts, contains = [], []
    for company in sorted(snap.companies.values(), key=lambda c: c.name):
        keys = [normalise_alias(company.name), company.ticker.lower(), *company.aliases]
        if any(k.startswith(key) for k in keys):
            starts.append(company)
        elif any(key in k for k in keys):
            contains.append(company)
    return (starts + contains)[:limit]
