"""Property-based hostile files (hypothesis): `import` and SEC companyfacts extraction (`ingest sec
--file`, the poller) on truncated, corrupted, deeply nested, huge-number and non-UTF-8 input either
succeed or refuse the whole file with a one-line reason: never another exception, nothing stored
on refusal, `db check` clean after."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.importer import COLUMNS, ImportRejected
from storage.sources.sec_extract import SecDataError, extract
from storage.store import Storage

SEC = Path(__file__).parent / "fixtures" / "sec" / "CIK0001326801.capex-trimmed.json"
ROW = "meta,FY2019,2019-01-01,2019-12-31,actual,15102000000,,,USD,ppe_incl_finance_lease_principal,Meta 10-K,https://www.sec.gov/x,,2020-01-30"
GOOD_CSV = (",".join(COLUMNS[:14]) + "\n" + ROW + "\n").encode()
GOOD_JSON = json.dumps([dict(zip(COLUMNS[:14], ROW.split(","), strict=True))]).encode()
NASTY = [b"\xff\xfe", b"\x00", b"[" * 5000, b"9" * 5000, b"1e400", b"Infinity", b"NaN", b"-1", b'"', b",,,,",
         b"\n" * 100, "٢٠١٩".encode(), b"\r", b"{", b"}", b"\xe2\x80\xae"]  # fmt: skip
PROPERTY = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def mutated(draw, base: bytes) -> bytes:
    data = base
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["truncate", "insert", "replace", "nest"]))
        if kind == "truncate":
            data = data[:at]
        elif kind == "insert":
            data = data[:at] + draw(st.one_of(st.sampled_from(NASTY), st.binary(max_size=20))) + data[at:]
        elif kind == "replace":
            data = data[:at] + draw(st.sampled_from(NASTY)) + data[at + draw(st.integers(0, 12)) :]
        else:
            data = b"[" * 100_000 + data + b"]" * 100_000
    return data


def test_hostile_import_files_are_all_or_nothing(tmp_path: Path):
    loop = asyncio.new_event_loop()
    storage = loop.run_until_complete(Storage.open(tmp_path / "files.sqlite3"))
    try:

        @PROPERTY
        @given(data=st.one_of(mutated(GOOD_CSV), mutated(GOOD_JSON)), suffix=st.sampled_from([".csv", ".json"]))
        def run(data: bytes, suffix: str) -> None:
            path = tmp_path / f"hostile{suffix}"
            path.write_bytes(data)
            before = loop.run_until_complete(storage.figures.count())
            try:
                loop.run_until_complete(storage.import_file(path))
            except ImportRejected as exc:
                assert exc.errors and all("\n" not in str(e) for e in exc.errors)
                assert loop.run_until_complete(storage.figures.count()) == before

        run()
        assert loop.run_until_complete(storage.db.integrity_check()) == []
    finally:
        loop.run_until_complete(storage.close())
        loop.close()


@PROPERTY
@given(data=mutated(SEC.read_bytes()))
def test_hostile_companyfacts_are_extracted_or_refused(data: bytes):
    try:
        result = extract(data, "meta", fiscal_year_end="12-31")
    except SecDataError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 600
        return
    assert all(0 <= f.value_usd <= 10**13 for f in result.figures)
