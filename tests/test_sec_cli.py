"""`capexbot ingest sec`, `companies add|list`, `guidance add|list` as users run them (subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_process import capexbot_async as capexbot
from sec_fake_server import FakeSec

FIX = Path(__file__).parent / "fixtures" / "sec"
META = FIX / "CIK0001326801.capex-trimmed.json"
UA = "Capexbot tests ops@example.org"


@pytest.fixture
async def sec():
    server = await FakeSec(files={1326801: META.read_bytes()}).start()
    server.submissions[2488] = json.dumps(
        {"cik": "0000002488", "name": "ADVANCED MICRO DEVICES INC", "tickers": ["AMD"], "fiscalYearEnd": "1227"}
    ).encode()
    yield server
    await server.stop()


async def test_fetch_without_user_agent_is_a_configuration_error(tmp_path):
    code, out, err = await capexbot("ingest", "sec", "--company", "meta", cwd=tmp_path)
    assert code == 2
    assert err.count("\n") == 1 and "SEC_USER_AGENT" in err and "Traceback" not in err


async def test_ingest_file_then_figures_answer_with_filing_source(tmp_path):
    code, out, err = await capexbot("ingest", "sec", "--file", str(META), cwd=tmp_path)
    assert code == 0, err
    assert out.startswith("meta: ") and "0001326801-21-000033" in out
    code, out, _ = await capexbot("ask", "--json", "capex meta Q3-2020", cwd=tmp_path)
    reply = json.loads(out)
    headline = [f for f in reply["figures"] if f["definition"] == "ppe_incl_finance_lease_principal"]
    q3 = [f for f in headline if f["period"] == "Q3-2020"]
    assert q3[0]["value_usd"] == 3_878_000_000  # 9M - H1 of PP&E plus finance lease principal
    assert "Meta Platforms 10-Q Q3 2020" in q3[0]["source"] and "0001326801-20-000084" in q3[0]["source"]
    assert q3[0]["date"] == "2020-10-30"
    code, out, _ = await capexbot("ingest", "sec", "--file", str(META), cwd=tmp_path)
    assert code == 0 and out.startswith("meta: 0 new figure(s)")


async def test_ingest_truncated_file_is_rejected(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_bytes(META.read_bytes()[:4000])
    code, out, err = await capexbot("ingest", "sec", "--file", str(broken), cwd=tmp_path)
    assert code == 1 and "rejected, nothing stored" in err and "truncated" in err
    code, out, err = await capexbot("ingest", "sec", "--file", str(tmp_path / "missing.json"), cwd=tmp_path)
    assert code == 1 and "no such file" in err


async def test_ingest_file_of_untracked_company(tmp_path):
    doc = json.loads(META.read_bytes())
    doc["cik"] = 2488
    other = tmp_path / "amd.json"
    other.write_text(json.dumps(doc))
    code, out, err = await capexbot("ingest", "sec", "--file", str(other), cwd=tmp_path)
    assert code == 1 and "companies add --cik 2488" in err


async def test_ingest_over_http_then_not_modified(tmp_path, sec):
    env = {"SEC_USER_AGENT": UA, "SEC_BASE_URL": sec.base_url}
    code, out, err = await capexbot("ingest", "sec", "--company", "facebook", cwd=tmp_path, env=env)
    assert code == 0, err
    assert out.startswith("meta: ") and "new figure(s) of 61 extracted" in out
    assert sec.requests[0]["User-Agent"] == UA
    code, out, err = await capexbot("ingest", "sec", "--company", "meta", cwd=tmp_path, env=env)
    assert code == 0 and out.strip() == "meta: not modified since the last fetch"
    assert sec.statuses == [200, 304]
    code, out, err = await capexbot("ingest", "sec", "--company", "nosuchco", cwd=tmp_path, env=env)
    assert code == 1 and "unknown company" in err


async def test_ingest_reports_server_errors_per_company(tmp_path, sec):
    sec.script = ["503"] * 10  # Meta keeps failing; the run says so and exits non-zero
    env = {"SEC_USER_AGENT": UA, "SEC_BASE_URL": sec.base_url}
    code, out, err = await capexbot("ingest", "sec", "--company", "meta", cwd=tmp_path, env=env)
    assert code == 1 and "meta: error:" in out and "503" in out


async def test_companies_add_with_sec_lookup_and_list(tmp_path, sec):
    env = {"SEC_USER_AGENT": UA, "SEC_BASE_URL": sec.base_url}
    code, out, err = await capexbot("companies", "add", "--cik", "2488", cwd=tmp_path, env=env)
    assert code == 0, err
    assert out.startswith("tracking advanced-micro-devices: Advanced Micro Devices Inc (AMD), CIK 2488")
    assert "fiscal year ends 12-27" in out
    code, out, err = await capexbot("companies", "add", "--cik", "2488", cwd=tmp_path, env=env)
    assert code == 0 and "already tracked as advanced-micro-devices" in out
    code, out, _ = await capexbot("companies", "list", cwd=tmp_path)
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "2488" in lines["advanced-micro-devices"] and "1326801" in lines["meta"]
    code, out, err = await capexbot("ask", "capex amd", cwd=tmp_path)  # resolves; no figures until ingested
    assert "No figures stored for Advanced Micro Devices Inc" in out + err


async def test_companies_add_offline(tmp_path):
    code, out, err = await capexbot("companies", "add", "--cik", "2488", cwd=tmp_path)
    assert code == 1 and "--name" in err
    code, out, err = await capexbot(
        "companies", "add", "--cik", "2488", "--name", "AMD", "--ticker", "amd", "--fiscal-year-end", "12-31",
        cwd=tmp_path,
    )  # fmt: skip
    assert code == 0 and out.startswith("tracking amd: AMD (AMD), CIK 2488")
    code, out, err = await capexbot("companies", "add", "--cik", "99", "--name", "Meta", cwd=tmp_path)
    assert code == 1 and "taken by CIK 1326801" in err


async def test_guidance_add_range_point_and_list(tmp_path):
    src = "https://investor.example.org/q3-2026"
    code, out, err = await capexbot(
        "guidance", "add", "meta", "FY2027", "--low", "150e9", "--high", "170e9", "--source", src,
        "--date", "2026-10-29", cwd=tmp_path,
    )  # fmt: skip
    assert code == 0, err
    assert "recorded: Meta Platforms FY2027 (2027-01-01 to 2027-12-31)" in out and "$150.00B–$170.00B" in out
    code, out, err = await capexbot(
        "guidance", "add", "meta", "FY2027", "--low", "160B", "--high", "180B", "--source", src,
        "--date", "2026-11-20", cwd=tmp_path,
    )  # fmt: skip
    assert code == 0 and "raised from $150.00B–$170.00B (2026-10-29)" in out
    code, out, err = await capexbot(
        "guidance", "add", "meta", "FY2027", "--low", "160B", "--high", "180B", "--source", src,
        "--date", "2026-11-20", cwd=tmp_path,
    )  # fmt: skip
    assert code == 0 and out.startswith("already recorded")
    code, out, err = await capexbot(
        "guidance", "add", "msft", "FY2027", "--value", "140e9", "--source", src, "--date", "2026-10-29",
        cwd=tmp_path,
    )  # fmt: skip
    assert code == 0 and "Microsoft FY2027 (2026-07-01 to 2027-06-30)" in out  # June fiscal year
    code, out, _ = await capexbot("ask", "--json", "capex meta details", cwd=tmp_path)
    guidance = [f for f in json.loads(out)["figures"] if f["kind"] == "guidance" and f["period"] == "FY2027"]
    assert guidance and guidance[0]["low_usd"] == 160_000_000_000 and guidance[0]["high_usd"] == 180_000_000_000
    assert guidance[0]["date"] == "2026-11-20"
    code, out, _ = await capexbot("guidance", "list", "meta", cwd=tmp_path)
    assert code == 0 and out.count("FY2027") == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nosuchco", "FY2026", "--value", "1e9"], "unknown company"),
        (["meta", "2026Q9", "--value", "1e9"], "not a period"),
        (["meta", "FY2026", "--value", "lots"], "not an amount"),
        (["meta", "FY2026", "--low", "9e9", "--high", "1e9"], "greater than"),
        (["meta", "FY2026", "--value", "1e9", "--low", "1e9"], "not both"),
        (["meta", "FY2026"], "give --low"),
        (["meta", "FY2026", "--value", "1e20"], "out of range"),
    ],
)
async def test_guidance_add_rejects_bad_input(tmp_path, args, message):
    code, out, err = await capexbot(
        "guidance", "add", *args, "--source", "https://example.org/x", "--date", "2026-10-29", cwd=tmp_path
    )
    assert code == 1 and message in err, err


async def test_guidance_source_and_date_checked(tmp_path):
    base = ["guidance", "add", "meta", "FY2027", "--value", "1e11"]
    code, _, err = await capexbot(*base, "--source", "javascript:alert(1)", "--date", "2026-10-29", cwd=tmp_path)
    assert code == 1 and "http(s) URL" in err
    code, _, err = await capexbot(*base, "--source", "https://u:p@example.org/", "--date", "2026-10-29", cwd=tmp_path)
    assert code == 1 and "without credentials" in err
    code, _, err = await capexbot(*base, "--source", "https://example.org/", "--date", "29/10/2026", cwd=tmp_path)
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = await capexbot(*base, "--source", "https://example.org/", "--date", "2099-01-01", cwd=tmp_path)
    assert code == 1 and "future" in err
