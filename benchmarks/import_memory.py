"""Memory and write-lock time of a large `capexbot import` (issue 17: a 13 MB, 100,000-row CSV
peaked at 232 MB; a 50,000-row import held the write lock 11.6 s).

Figures, all measured in this run:
- peak RSS of `capexbot import BIG.csv` in a subprocess, against the same command importing a
  one-row file (the baseline: interpreter, libraries, database open), and their difference;
- the largest Python allocation peak during `Storage.import_file` in-process (tracemalloc);
- the longest wait of a writer in another process committing small transactions during the
  import (how long the import holds the SQLite write lock at a time).
Targets: the import's extra memory well under 100 MB; the longest wait a fraction of the import.
Measured (shared 2-core machine, under load): extra 64 -> 37 MB, longest wait 11.2 -> 4.7 s.

    python benchmarks/import_memory.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.importer import COLUMNS  # noqa: E402
from storage.store import Storage  # noqa: E402

COMPANIES = ("meta", "alphabet", "amazon", "microsoft", "oracle", "apple")
TITLE = "Synthetic benchmark row (not a real filing)"


def write_csv(path: Path, rows: int) -> None:
    """`rows` distinct, valid actual quarters (distinct values, so each one is new)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(COLUMNS)
        for i in range(rows):
            year = 2000 + (i // 4) % 25
            q = i % 4
            start = f"{year}-{3 * q + 1:02d}-01"
            end = f"{year}-{3 * q + 3:02d}-{(31, 30, 30, 31)[q]}"
            out.writerow([
                COMPANIES[i % len(COMPANIES)], f"Q{q + 1}-{year}", start, end, "actual",
                1_000_000 + i, "", "", "USD", "ppe_cash", TITLE,
                f"https://example.com/filings/{i // 1000}.htm", "", f"{year + 1}-01-15", "", "", "", "",
            ])  # fmt: skip


def child_peak_rss_mb(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(peak RSS MB, seconds, output) of one `capexbot` subprocess (ru_maxrss of that child)."""
    code = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "dt = time.perf_counter() - t\n"
        "kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps([kb / 1024, dt, p.returncode, (p.stdout + p.stderr)[-400:]]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "bot", *args],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    mb, seconds, rc, text = json.loads(out.stdout)
    if rc != 0:
        raise SystemExit(f"capexbot {' '.join(args)} failed: {text}")
    return mb, seconds, text


class LockProbe:
    """Another process's writer: a tiny transaction in a loop; records the longest wait."""

    def __init__(self, db: Path) -> None:
        self.db, self.longest, self.count = db, 0.0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        conn = sqlite3.connect(self.db, timeout=60, isolation_level=None)
        while not self._stop.is_set():
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE kv_state SET value = value WHERE key = 'catalog_version'")
            conn.execute("COMMIT")
            self.longest = max(self.longest, time.perf_counter() - t)
            self.count += 1
            time.sleep(0.005)
        conn.close()

    def __enter__(self) -> LockProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


async def traced_peak_mb(db: Path, csv_path: Path) -> float:
    storage = await Storage.open(db)
    try:
        tracemalloc.start()
        await storage.import_file(csv_path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        await storage.close()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        big, one = work / "big.csv", work / "one.csv"
        write_csv(big, args.rows)
        write_csv(one, 1)
        size_mb = big.stat().st_size / 1e6
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env["CAPEXBOT_DB"] = str(work / "base.sqlite3")
        base_mb, _, _ = child_peak_rss_mb(["import", str(one)], env)
        env["CAPEXBOT_DB"] = str(work / "big.sqlite3")
        child_peak_rss_mb(["import", str(one)], env)  # migrate and seed first: the probe needs the schema
        with LockProbe(work / "big.sqlite3") as probe:
            big_mb, seconds, _ = child_peak_rss_mb(["import", str(big)], env)
        traced = asyncio.run(traced_peak_mb(work / "traced.sqlite3", big))
    extra = big_mb - base_mb
    print(f"CSV: {args.rows:,} rows, {size_mb:.1f} MB; import took {seconds:.1f} s")
    print(f"peak RSS: import {big_mb:.0f} MB, one-row import (baseline) {base_mb:.0f} MB, extra {extra:.0f} MB")
    print(f"tracemalloc peak during import_file: {traced:.1f} MB")
    print(f"parallel writer: {probe.count} commits during the import, longest wait {probe.longest * 1000:.0f} ms "
          f"({probe.longest / seconds:.1%} of the import)")  # fmt: skip
    print(json.dumps({
        "rows": args.rows, "csv_mb": round(size_mb, 1), "import_s": round(seconds, 2),
        "peak_rss_mb": round(big_mb, 1), "baseline_rss_mb": round(base_mb, 1), "extra_rss_mb": round(extra, 1),
        "ratio_vs_baseline": round(big_mb / base_mb, 2), "tracemalloc_peak_mb": round(traced, 1),
        "writer_longest_wait_ms": round(probe.longest * 1000, 1), "writer_commits": probe.count,
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
