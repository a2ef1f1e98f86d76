"""The shipped company catalogue as the guidance reader needs it: fiscal year ends, what an undated
outlook means, and every alias of every company."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path


@cache
def company_names() -> tuple[dict[str, str], re.Pattern[str]]:
    """alias -> company id for every company in the shipped catalogue, and one pattern that finds
    any of those aliases as a word."""
    ids = _by_alias("id")
    names = "|".join(sorted((re.escape(a) for a in ids), key=len, reverse=True))
    return ids, re.compile(rf"(?<![\w.])(?:{names})(?![\w])", re.I)


@cache
def _seed_companies() -> tuple[dict, ...]:
    seed = Path(__file__).resolve().parents[1] / "seed" / "companies.json"
    return tuple(json.loads(seed.read_text("utf-8")))


def _by_alias(field: str, default: str | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for company in _seed_companies():
        value = company.get(field, default)
        if value is not None:
            for alias in (company["id"], *company.get("aliases", ())):
                out[alias.lower()] = value
    return out


@cache
def seed_fiscal_year_ends() -> dict[str, str]:
    """alias -> fiscal year end ("MM-DD") of every company in the shipped catalogue."""
    return _by_alias("fiscal_year_end")


@cache
def seed_undated_outlooks() -> dict[str, str]:
    """alias -> what an outlook naming no period is about, for companies whose habit is not their
    fiscal year (Nvidia's outlook section is for the next quarter)."""
    return _by_alias("undated_outlook")
