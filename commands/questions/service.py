"""What the reader needs from the stored figures: the latest reported quarter per company."""

from __future__ import annotations

from collections.abc import Callable

from storage.catalog import Snapshot


def latest_quarter_of(snap: Snapshot) -> Callable[[str], str | None]:
    """company id -> label of its latest reported quarter ("Q2-2026"), memoised per snapshot."""

    def latest(company_id: str) -> str | None:
        key = ("questions latest quarter", company_id)
        if key not in snap.memo:
            quarters = [f for f in snap.figures_of(company_id) if f.kind == "actual" and f.fiscal_label[:1] == "Q"]
            snap.memo[key] = max(quarters, key=lambda f: f.period_end).fiscal_label if quarters else None
        return snap.memo[key]

    return latest
