"""One validator for every figure (storage/validate.py): import, guidance add, SEC ingestion.

Regression tests for issue 17: Unicode digits, Infinity, 1e400, > 2^63, 5,000-digit integers,
negative and absurd values, `--value 1.5` stored as $2, guidance dated 2099, deep JSON, huge files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.importer import COLUMNS, ImportRejected
from storage.models import NewFigure
from storage.sources.sec_extract import SecDataError, extract
from storage.store import Storage
from storage.validate import usd

SEC = Path(__file__).parent / "fixtures" / "sec" / "CIK0001326801.capex-trimmed.json"
GOOD = {
    "company": "meta",
    "fiscal_period": "FY2019",
    "period_start": "2019-01-01",
    "period_end": "2019-12-31",
    "kind": "actual",
    "value_usd": "15102000000",
    "definition": "ppe_incl_finance_lease_principal",
    "source_title": "Meta 10-K 2019",
    "date": "2020-01-30",
}


@pytest.mark.parametrize(
    "value",
    [
        "Infinity",
        "inf",
        "NaN",
        "1e400",
        "-5e9",
        "-1",
        "١٢٣",
        "１２３",
        "9" * 5000,
        str(2**63),
        "1.5",
        "12e",
        "0x10",
    ],
)
def test_text_amounts_that_are_not_sane_dollars_are_refused(value):
    with pytest.raises(ValueError) as exc:
        usd(value, "value_usd")
    assert "value_usd" in str(exc.value) and "\n" not in str(exc.value) and len(str(exc.value)) < 200


@pytest.mark.parametrize(
    "value",
    [float("inf"), float("nan"), 1e400, 2**63, 10**5000, -1, True, 1.5],
    ids=lambda v: type(v).__name__,
)
def test_numbers_that_are_not_sane_dollars_are_refused(value):
    with pytest.raises(ValueError):
        usd(value, "value")


@pytest.mark.parametrize(
    ("text", "dollars"), [("32100000000", 32_100_000_000), ("3.21e10", 32_100_000_000), ("1_000", 1000)]
)
def test_plain_amounts_are_exact(text, dollars):
    assert usd(text) == dollars


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fiscal_label", "FY٢٠١٤"),
        ("period_start", "٢٠١٩-01-01"),
        ("value_usd", float("inf")),
        ("announced", "2150-01-01"),
        ("stated_revision", "doubled"),
        ("stated_prior_low_usd", 5),  # an actual states no prior outlook
    ],
)
def test_the_model_itself_refuses_bad_figures(field, value):
    fields = dict(
        company_id="meta", fiscal_label="FY2019", period_start="2019-01-01", period_end="2019-12-31",
        kind="actual", definition_code="ppe_incl_finance_lease_principal", source_title="x", value_usd=1,
    )  # fmt: skip
    fields[field] = value
    with pytest.raises(ValueError):
        NewFigure(**fields)


def test_a_stated_prior_outlook_needs_both_ends_in_order():
    fields = dict(
        company_id="meta", fiscal_label="FY2025", period_start="2025-01-01", period_end="2025-12-31",
        kind="guidance", definition_code="ppe_incl_finance_lease_principal", source_title="x",
        low_usd=66 * 10**9, high_usd=72 * 10**9, stated_revision="raised",
    )  # fmt: skip
    assert NewFigure(**fields, stated_prior_low_usd=64 * 10**9, stated_prior_high_usd=72 * 10**9)
    for low, high in ((72 * 10**9, 64 * 10**9), (64 * 10**9, None), (-1, 5)):
        with pytest.raises(ValueError):
            NewFigure(**fields, stated_prior_low_usd=low, stated_prior_high_usd=high)


def _csv(path: Path, rows: list[dict]) -> Path:
    lines = [",".join(COLUMNS)] + [",".join(str(r.get(c, "")) for c in COLUMNS) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


BAD_FILES = {
    "unicode-digits.csv": lambda p: _csv(p, [{**GOOD, "fiscal_period": "FY٢٠١٩"}]),
    "unicode-value.csv": lambda p: _csv(p, [{**GOOD, "value_usd": "١٥١٠٢٠٠٠٠٠٠"}]),
    "infinity.csv": lambda p: _csv(p, [{**GOOD, "value_usd": "Infinity"}]),
    "future-guidance.csv": lambda p: _csv(p, [{**GOOD, "kind": "guidance", "date": "2099-01-01"}]),
    "huge-int.json": lambda p: p.write_text('[{"company": "meta", "value_usd": ' + "9" * 5000 + "}]"),
    "1e400.json": lambda p: p.write_text(
        json.dumps([{**GOOD, "value_usd": 1}]).replace('"value_usd": 1', '"value_usd": 1e400')
    ),
    "deep.json": lambda p: p.write_text(_deep(100_000)),
    "deep-in-row.json": lambda p: p.write_text('[{"company": ' + _deep(100_000) + "}]"),
    "truncated.json": lambda p: p.write_text(json.dumps([GOOD])[:40]),
    "latin1.csv": lambda p: p.write_bytes(",".join(COLUMNS).encode() + b"\nm\xe9ta,FY2019\n"),
    "nul.csv": lambda p: p.write_bytes(",".join(COLUMNS).encode() + b"\nmeta\x00,FY2019\n"),
    "huge.json": lambda p: p.write_bytes(b"[" + b" " * (17 * 1024 * 1024) + b"]"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
async def test_bad_import_files_are_rejected_in_one_line_nothing_stored(
    storage: Storage, tmp_path: Path, name: str
):
    path = tmp_path / name
    BAD_FILES[name](path)
    before = await storage.figures.count()
    with pytest.raises(ImportRejected) as exc:
        await storage.import_file(path)
    assert exc.value.errors and all("\n" not in str(e) and len(str(e)) < 400 for e in exc.value.errors)
    assert await storage.figures.count() == before
    assert await storage.db.integrity_check() == []


async def test_a_good_row_still_imports(storage: Storage, tmp_path: Path):
    inserted = await storage.import_file(_csv(tmp_path / "ok.csv", [{**GOOD, "fiscal_period": "FY2019"}]))
    assert [f.value_usd for f in inserted] in ([15_102_000_000], [])


def _sec_doc(*bad_values: object) -> bytes:
    doc = json.loads(SEC.read_bytes())
    entries = doc["facts"]["us-gaap"]["PaymentsToAcquirePropertyPlantAndEquipment"]["units"]["USD"]
    for i, value in enumerate(bad_values):
        entries.append(
            {**entries[-1], "val": value, "accn": f"0001326801-99-00000{i}", "filed": "2099-01-01"}
        )
    return (
        json.dumps(doc)
        .replace('"val": "INF"', '"val": Infinity')
        .replace('"val": "BIG"', '"val": 1e400')
        .encode()
    )


def test_sec_values_that_are_not_sane_are_skipped_with_a_note_and_the_rest_extracted():
    clean = extract(_sec_doc(), "meta", fiscal_year_end="12-31")
    result = extract(
        _sec_doc("INF", "BIG", 2**64, -5_000_000_000, 9 * 10**18), "meta", fiscal_year_end="12-31"
    )
    skipped = [w for w in result.warnings if w.startswith("skipped:")]
    assert len(skipped) >= 5
    assert all(0 <= f.value_usd <= 10**13 for f in result.figures)
    assert len(result.figures) == len(clean.figures)


def test_sec_deeply_nested_document_is_a_data_error_not_a_recursion_error():
    with pytest.raises(SecDataError, match="nested too deeply"):
        extract(_deep(100_000).encode(), "meta")


async def test_chat_periods_take_ascii_digits_only(ask):
    assert (await ask("capex meta FY2024")).ok
    reply = await ask("capex meta FY٢٠٢٤")
    assert not reply.ok
