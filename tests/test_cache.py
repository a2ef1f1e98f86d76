"""The one cache mechanism (commands/cache.py): per storage, keyed by the data version. A chart
reply is rebuilt when a figure is added, the hoax checker when claims are imported, and nothing
cached outlives its storage."""

from __future__ import annotations

import gc
import weakref
from datetime import UTC, datetime
from pathlib import Path

from commands import cache
from commands.charts import CHARTS
from commands.door import Invocation, handle
from commands.hoax import watch
from commands.services import Services
from storage.models import NewFigure
from storage.store import Storage

CLAIM = {
    "@type": "ClaimReview",
    "identifier": "imported-zorblat",
    "claimReviewed": "Zorblat messenger will delete every account that does not forward this",
    "url": "https://factcheck.example/zorblat",
    "reviewRating": {"alternateName": "False"},
}


async def test_a_chart_reply_is_rebuilt_when_a_figure_is_added(services: Services):
    first = await handle(Invocation(line="capex chart meta"), services)
    assert first is not None and first.ok
    again = await handle(Invocation(line="capex chart meta"), services)
    assert again is first  # served from the cache
    charts = cache.cache_for(services.storage, CHARTS)
    await services.storage.figures.add(
        [
            NewFigure(
                company_id="meta", fiscal_label="FY2026", period_start="2026-01-01", period_end="2026-12-31",
                kind="actual", definition_code="ppe_incl_finance_lease_principal", source_title="test",
                value_usd=140_000_000_000, announced="2027-01-28",
            )
        ],
        origin="test",
    )  # fmt: skip
    fresh = await handle(Invocation(line="capex chart meta"), services)
    assert fresh is not first and fresh.image_png != first.image_png
    assert len(charts) == 1  # the old version's entry is gone, not merely unreachable


async def test_the_hoax_checker_is_rebuilt_when_claims_are_imported(services: Services, monkeypatch):
    monkeypatch.setattr(watch, "VERSION_CHECK_SECONDS", 0.0)  # read the claims' version every time
    before = await watch.checker_for(services)
    assert await watch.checker_for(services) is before
    assert "imported-zorblat" not in {e.id for e in before.matcher.entries}
    await services.storage.hoax.add_claims([(CLAIM["identifier"], CLAIM)], origin="t.json", now=datetime.now(UTC))
    after = await watch.checker_for(services)
    assert after is not before and "imported-zorblat" in {e.id for e in after.matcher.entries}


async def test_no_cache_entry_survives_its_storage(tmp_path: Path):
    storage = await Storage.open(tmp_path / "gone.sqlite3")
    services = Services(storage=storage)
    assert (await handle(Invocation(line="capex chart meta"), services)).ok
    await watch.checker_for(services)
    assert len(cache.cache_for(storage, CHARTS)) == 1
    live = cache.storages_cached()
    gone = weakref.ref(storage)
    await storage.close()
    del storage, services
    gc.collect()
    assert gone() is None
    assert cache.storages_cached() == live - 1
