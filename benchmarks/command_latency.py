"""Latency of `capex meta` in-process (parse -> query -> reply model -> text) on the seed data plus
100,000 synthetic figures, against a bare single aiosqlite indexed lookup in the same run.

Prints human-readable figures, then one JSON object on the last line.
Targets: p99 <= 1 ms and <= 3x the bare lookup's p99.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from bot.render_text import render_text
from commands.door import Invocation, handle
from commands.services import Services
from storage.models import Company, NewFigure
from storage.store import Storage


async def add_synthetic(storage: Storage, count: int) -> None:
    # figures are validated (periods from 1950, none in the future): at most 240 quarters (1950-2009)
    # per company, so 100,000 figures need ~417 synthetic companies
    per_company = 240
    companies = [
        Company(f"synth{i:03d}", f"Synthetic {i}", f"SY{i:03d}", None, "12-31", "ppe_cash")
        for i in range(-(-count // per_company))
    ]
    await storage.companies.upsert(companies)
    figures = []
    for c in companies:
        for q in range(min(per_company, count - len(figures))):
            year, quarter = 1950 + q // 4, q % 4 + 1
            start_month = 3 * (quarter - 1) + 1
            figures.append(
                NewFigure(
                    company_id=c.id, fiscal_label=f"Q{quarter}-{year}",
                    period_start=f"{year:04d}-{start_month:02d}-01", period_end=f"{year:04d}-{start_month + 2:02d}-28",
                    kind="actual", definition_code="ppe_cash", source_title="synthetic", value_usd=1_000_000 * (q + 1),
                )
            )
    await storage.figures.add(figures, origin="benchmark")


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def main(iterations: int, synthetic: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        storage = await Storage.open(Path(tmp) / "bench.sqlite3")
        await add_synthetic(storage, synthetic)
        services = Services(storage=storage)
        total = await storage.figures.count()

        async def command() -> None:
            render_text(await handle(Invocation(line="capex meta"), services))

        async def bare() -> None:
            async with storage.db.conn.execute(
                "SELECT * FROM figures WHERE company_id = ? AND kind = ? AND period_end = ?",
                ("meta", "actual", "2026-06-30"),
            ) as cur:
                await cur.fetchall()

        results = {}
        for name, fn in (("bare_lookup", bare), ("capex_meta", command)):
            for _ in range(50):
                await fn()  # warm-up (first call loads the catalogue)
            samples = []
            for _ in range(iterations):
                t0 = time.perf_counter()
                await fn()
                samples.append((time.perf_counter() - t0) * 1e6)
            results[name] = {
                "p50_us": round(statistics.median(samples), 1),
                "p99_us": round(percentile(samples, 99), 1),
            }
        await storage.close()
    ratio = results["capex_meta"]["p99_us"] / results["bare_lookup"]["p99_us"]
    return {
        "benchmark": "command_latency",
        "figures_in_db": total,
        "iterations": iterations,
        **{f"{k}_{m}": v for k, d in results.items() for m, v in d.items()},
        "p99_ratio_vs_bare": round(ratio, 2),
        "target_p99_us": 1000,
        "target_ratio": 3.0,
        "meets_targets": results["capex_meta"]["p99_us"] <= 1000 and ratio <= 3.0,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--synthetic", type=int, default=100_000)
    args = parser.parse_args()
    out = asyncio.run(main(args.iterations, args.synthetic))
    for key, value in out.items():
        print(f"{key}: {value}")
    print(json.dumps(out))
