"""SEC companyfacts parse + extract speed, and event-loop stalls while ingesting.

Synthesises a companyfacts file of `--mb` megabytes (exact SEC shape: hundreds of concepts with
10-Q/10-K entries, plus Meta's two capex concepts from the real extract in tests/fixtures), then
measures in the same run:

- floor: plain `json.loads` of the same bytes (stdlib), per MB;
- parse+extract: `storage.sources.sec_extract.extract(bytes, history=True)` (what ingestion runs), per MB;
- loop stall: the longest gap seen by a 5 ms heartbeat task while `extract_off_loop` runs, for
  the process-pool path used by ingestion and for a plain worker thread (which still holds the
  GIL while decoding) for comparison.

Prints readable lines, then one JSON object on the last line. Target: parse+extract <= 2x floor.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.models import Company  # noqa: E402
from storage.sources import sec_ingest  # noqa: E402
from storage.sources.sec_extract import extract  # noqa: E402

META_FIXTURE = ROOT / "tests" / "fixtures" / "sec" / "CIK0001326801.capex-trimmed.json"


def synthesise(target_mb: float, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    doc = json.loads(META_FIXTURE.read_bytes())
    us_gaap = doc["facts"]["us-gaap"]
    filings = []
    for year in range(2009, 2027):
        for fp, month, form in (("Q1", 4, "10-Q"), ("Q2", 7, "10-Q"), ("Q3", 10, "10-Q"), ("FY", 1, "10-K")):
            filed_year = year + 1 if fp == "FY" else year
            filings.append((year, fp, form, f"{filed_year}-{month:02d}-{rng.randint(10, 28):02d}",
                            f"0001326801-{filed_year % 100:02d}-{rng.randint(1, 999999):06d}"))  # fmt: skip
    ends = {"Q1": "03-31", "Q2": "06-30", "Q3": "09-30", "FY": "12-31"}
    i = 0
    size = len(json.dumps(doc))
    while size < target_mb * 1_000_000:
        entries = []
        for year, fp, form, filed, accn in filings:
            for y in (year, year - 1):  # current period and its comparative
                entries.append({
                    "start": f"{y}-01-01", "end": f"{y}-{ends[fp]}", "val": rng.randint(-10**10, 10**11),
                    "accn": accn, "fy": year, "fp": fp, "form": form, "filed": filed,
                    **({"frame": f"CY{y}"} if y == year - 1 and fp == "FY" else {}),
                })  # fmt: skip
        concept = {
            "label": f"Synthetic concept {i}",
            "description": "A synthetic XBRL concept padding the file to a realistic size. " * 3,
            "units": {"USD": entries},
        }
        us_gaap[f"SyntheticConcept{i:05d}"] = concept
        size += len(json.dumps(concept)) + 30
        i += 1
    return json.dumps(doc, separators=(",", ":")).encode()


def best_of(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


async def max_stall(coro_factory) -> tuple[float, float]:
    """(longest heartbeat gap in s, wall time in s) while the coroutine runs."""
    gaps: list[float] = []
    done = asyncio.Event()

    async def heartbeat() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last - 0.005)
            last = now

    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.02)
    t0 = time.perf_counter()
    await coro_factory()
    wall = time.perf_counter() - t0
    done.set()
    await hb
    return max(gaps), wall


async def stalls(raw: bytes, company: Company, repeat: int) -> dict[str, float]:
    await sec_ingest.extract_off_loop(raw, company)  # warm the worker process
    proc = [await max_stall(lambda: sec_ingest.extract_off_loop(raw, company)) for _ in range(repeat)]

    async def in_thread():
        return await asyncio.to_thread(
            extract, raw, company.id, company_name=company.name, fiscal_year_end="12-31", history=True
        )

    thread = [await max_stall(in_thread) for _ in range(repeat)]
    sec_ingest.shutdown_pool()
    return {
        "process_max_stall_ms": max(s for s, _ in proc) * 1000,
        "process_wall_ms": statistics.median(w for _, w in proc) * 1000,
        "thread_max_stall_ms": max(s for s, _ in thread) * 1000,
        "thread_wall_ms": statistics.median(w for _, w in thread) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=16.0, help="size of the synthetic file (10-20 MB)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    raw = synthesise(args.mb)
    mb = len(raw) / 1_000_000
    company = Company("meta", "Meta Platforms", "META", 1326801, "12-31", "ppe_incl_finance_lease_principal")

    floor = best_of(lambda: json.loads(raw), args.repeat)
    full = best_of(
        lambda: extract(raw, "meta", company_name="Meta", fiscal_year_end="12-31", history=True), args.repeat
    )
    result = extract(raw, "meta", company_name="Meta", fiscal_year_end="12-31", history=True)
    floor_per_mb = statistics.median(floor) / mb * 1000
    full_per_mb = statistics.median(full) / mb * 1000
    ratio = full_per_mb / floor_per_mb
    loop = asyncio.run(stalls(raw, company, max(2, args.repeat // 2)))

    print(f"synthetic companyfacts: {mb:.1f} MB, {len(result.figures)} figures extracted")
    print(f"json.loads floor:      {floor_per_mb:7.2f} ms/MB")
    print(f"parse + extract:       {full_per_mb:7.2f} ms/MB  ({ratio:.2f}x the floor; target <= 2x)")
    print(
        f"event-loop stall:      {loop['process_max_stall_ms']:.1f} ms with the process pool "
        f"(ingestion's path), {loop['thread_max_stall_ms']:.1f} ms with a plain thread"
    )
    print(json.dumps({
        "benchmark": "sec_ingest",
        "file_mb": round(mb, 2),
        "figures": len(result.figures),
        "decoder": "json (stdlib)",
        "json_loads_ms_per_mb": round(floor_per_mb, 3),
        "parse_extract_ms_per_mb": round(full_per_mb, 3),
        "ratio_to_floor": round(ratio, 3),
        "target_ratio": 2.0,
        "ok": ratio <= 2.0,
        **{k: round(v, 2) for k, v in loop.items()},
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
