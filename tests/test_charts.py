"""`capex chart`, `capex top`, `capex compare`: the PNG is real, and every number in it is a stored one.

Expected values are recomputed here from the rows in SQLite (`storage.figures.all()`), not from the
snapshot or the chart code, so a wrong series, a stale version or a bad sum fails.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_process import capexbot
from PIL import Image

from commands import chart_render as cr
from commands.cache import cache_for
from commands.charts import CHARTS
from commands.formatting import money
from commands.registry import REGISTRY, load_all
from storage.models import NewFigure

pytestmark = pytest.mark.both_backends

ROOT = Path(__file__).resolve().parents[1]


async def stored(storage, company: str, definition: str | None = None, kind: str = "actual") -> dict:
    """Latest version of each stored figure of `company`, by fiscal label (and definition)."""
    latest: dict = {}
    rows = [f for f in await storage.figures.all() if f.company_id == company and f.kind == kind]
    for fig in sorted(rows, key=lambda f: (f.announced or "", f.id)):
        if definition is None or fig.definition_code == definition:
            latest[(fig.fiscal_label, fig.definition_code)] = fig
    return {label: fig for (label, _code), fig in latest.items()} if definition else latest


def decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()  # full decode: a truncated or corrupt PNG raises here
    return image


# --------------------------------------------------------------------------------------------------
# capex chart


async def test_annual_chart_png_and_figures_match_storage(ask, storage):
    reply = await ask("capex chart meta")
    assert reply.ok, reply.text
    image = decode(reply.image_png)
    assert image.format == "PNG" and image.size == (cr.WIDTH, cr.HEIGHT)
    assert reply.image_name == "capex-meta-annual.png"

    headline = await stored(storage, "meta", "ppe_incl_finance_lease_principal")
    chart = reply.extra["chart"]
    assert chart["definition"] == "ppe_incl_finance_lease_principal"
    actual_bars = [b for b in chart["bars"] if b["kind"] == "actual"]
    assert [b["period"] for b in actual_bars] == [f"FY{y}" for y in range(2019, 2026)]
    rows = dict((row[0].rstrip("*"), row[1]) for row in reply.table[1])
    for bar in actual_bars:
        if f"{bar['period']}" in headline:
            assert bar["value_usd"] == headline[bar["period"]].value_usd
        else:  # a year not stored in this definition: the sum of its four stored quarters
            quarters = [headline[f"Q{q}-{bar['period'][2:]}"].value_usd for q in range(1, 5)]
            assert bar["value_usd"] == sum(quarters)
            assert bar["from"] == [f"Q{q}-{bar['period'][2:]}" for q in range(1, 5)]
        assert rows[bar["period"]] == money(bar["value_usd"], "en")
    assert headline["FY2025"].value_usd == 72_220_000_000  # the seed this test reasons about
    # every year's headline is stated in Meta's fourth-quarter release: no year is a sum
    assert not any(row[0].endswith("*") for row in reply.table[1])

    # the current guidance is drawn as the next bar, as its latest stored range
    guidance = [b for b in chart["bars"] if b["kind"] == "guidance"]
    versions = sorted(
        (await stored(storage, "meta", kind="guidance")).values(), key=lambda f: f.announced or ""
    )
    latest_2026 = [f for f in versions if f.fiscal_label == "FY2026"][-1]
    assert guidance == [
        {
            "period": "FY2026",
            "kind": "guidance",
            "value_usd": None,
            "low_usd": latest_2026.low_usd,
            "high_usd": latest_2026.high_usd,
        }
    ]
    assert (latest_2026.low_usd, latest_2026.high_usd) == (130_000_000_000, 145_000_000_000)
    # YoY in the table is against the stored prior year
    fy24, fy25 = headline["FY2024"].value_usd, headline["FY2025"].value_usd
    assert [row for row in reply.table[1] if row[0] == "FY2025"][0][2] == f"+{(fy25 / fy24 - 1) * 100:.0f}%"
    # every drawn stored figure is in Reply.figures with its value
    out = {(f.period, f.definition, f.kind): f for f in reply.figures}
    assert out[("FY2025", "ppe_incl_finance_lease_principal", "actual")].value_usd == fy25
    assert out[("FY2026", "ppe_incl_finance_lease_principal", "guidance")].low_usd == 130_000_000_000
    assert "Sources:" in reply.text and reply.links


async def test_quarterly_chart_draws_the_rest_of_the_year_implied_by_guidance(ask, storage):
    reply = await ask("capex chart meta quarterly")
    assert reply.ok, reply.text
    assert decode(reply.image_png).size == (cr.WIDTH, cr.HEIGHT)
    headline = await stored(storage, "meta", "ppe_incl_finance_lease_principal")
    bars = reply.extra["chart"]["bars"]
    actual = [b for b in bars if b["kind"] == "actual"]
    assert len(actual) == 12 and actual[-1]["period"] == "Q2-2026"
    for bar in actual:
        assert bar["value_usd"] == headline[bar["period"]].value_usd
    so_far = headline["Q1-2026"].value_usd + headline["Q2-2026"].value_usd
    implied = [b for b in bars if b["kind"] == "guidance"]
    assert [b["period"] for b in implied] == ["Q3-2026", "Q4-2026"]
    for bar in implied:
        assert bar["low_usd"] == round((130_000_000_000 - so_far) / 2)
        assert bar["high_usd"] == round((145_000_000_000 - so_far) / 2)
    assert "implied by FY2026 guidance" in reply.table[1][-1][2]


async def test_quarterly_since_and_non_calendar_fiscal_year(ask, storage):
    reply = await ask("capex chart msft quarterly since 2019")
    assert reply.ok, reply.text
    bars = reply.extra["chart"]["bars"]
    assert bars[0]["period"] == "Q1-2019" and bars[-1]["period"] == "Q4-2026"
    msft = await stored(storage, "microsoft", "ppe_cash")
    assert all(b["value_usd"] == msft[b["period"]].value_usd for b in bars)
    # Microsoft's annual chart: fiscal years, and its calendar-2026 guidance flagged as another definition
    annual = await ask("capex chart microsoft annual")
    assert "fiscal year ends 30 June" in annual.text or "fiscal year ends Jun" in annual.footer + annual.text
    guidance_rows = [row for row in annual.table[1] if "guidance" in row[2]]
    assert guidance_rows and guidance_rows[0][0] == "CY2026*"
    assert "different definition" in annual.text


async def test_french_chart_uses_french_number_format(ask):
    reply = await ask("capex chart googl", lang="fr")
    assert reply.ok and reply.lang == "fr"
    assert reply.title.startswith("Alphabet (GOOGL) — investissements")
    values = [row[1] for row in reply.table[1]]
    assert all("Md$" in v for v in values) and any("," in v for v in values)
    assert "Sources\u202f:" in reply.text


def _fixture_figure(company: str, label: str, start: str, end: str) -> NewFigure:
    return NewFigure(company_id=company, fiscal_label=label, period_start=start, period_end=end,
                     kind="actual", definition_code="company_reported", source_title="test fixture",
                     value_usd=1_000_000_000, announced=end)


async def test_chart_without_annual_figures_falls_back_to_quarters(ask, storage):
    # The shipped seed holds no Tencent figure (no primary document yet): give it quarters only.
    await storage.figures.add([_fixture_figure("tencent", "Q1-2025", "2025-01-01", "2025-03-31")], origin="test")
    reply = await ask("capex chart tencent annual")
    assert reply.ok
    assert reply.extra["chart"]["bars"][0]["period"].startswith("Q")
    assert "showing quarters" in reply.text
    # Baidu: fiscal years only (none shipped; given two here)
    await storage.figures.add([_fixture_figure("baidu", f"FY{y}", f"{y}-01-01", f"{y}-12-31") for y in (2024, 2025)],
                              origin="test")
    baidu = await ask("capex chart baidu quarterly")
    assert baidu.ok and baidu.extra["chart"]["bars"][0]["period"].startswith("FY")
    assert "showing fiscal years" in baidu.text


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("capex chart", "Which company?"),
        ("capex chart zzzzzz", "Unknown company"),
        ("capex chart meta since 2035", "No Meta Platforms figures since 2035"),
        ("capex chart meta since Q3 2025", "Give a year"),
        ("capex top 1999", "No full-year 1999 figures"),
        ("capex top 2024 2025", "Usage"),
        ("capex compare meta", "at least two companies"),
        ("capex compare meta msft googl amzn orcl aapl tsla", "At most 6"),
    ],
)
async def test_bad_input_is_a_user_error(ask, line, fragment):
    reply = await ask(line)
    assert not reply.ok and reply.image_png is None
    assert fragment in reply.text


# --------------------------------------------------------------------------------------------------
# capex top


async def test_top_aligns_fiscal_years_to_calendar_and_says_so(ask, storage):
    # Alibaba (fiscal year ends 31 March): fiscal years only (none shipped; given here)
    await storage.figures.add([_fixture_figure("alibaba", "FY2026", "2025-04-01", "2026-03-31")], origin="test")
    reply = await ask("capex top")
    assert reply.ok, reply.text
    assert decode(reply.image_png).size == (cr.WIDTH, cr.HEIGHT)
    chart = reply.extra["chart"]
    assert chart["year"] == 2025
    rows = {row["company"]: row for row in chart["rows"]}

    # calendar fiscal year: the stored FY figure in the headline definition
    meta = await stored(storage, "meta", "ppe_incl_finance_lease_principal")
    assert rows["meta"]["value_usd"] == meta["FY2025"].value_usd and rows["meta"]["method"] == "reported"
    assert rows["meta"]["yoy"] == pytest.approx(meta["FY2025"].value_usd / meta["FY2024"].value_usd - 1)

    # Microsoft (FY ends June): the four fiscal quarters that make calendar 2025
    msft = await stored(storage, "microsoft", "ppe_cash")
    quarters = ["Q3-2025", "Q4-2025", "Q1-2026", "Q2-2026"]
    assert [msft[q].period_start[:7] for q in quarters] == ["2025-01", "2025-04", "2025-07", "2025-10"]
    assert rows["microsoft"]["value_usd"] == sum(msft[q].value_usd for q in quarters)
    assert rows["microsoft"]["method"] == "quarters" and rows["microsoft"]["periods"] == quarters
    prior = sum(msft[q].value_usd for q in ["Q3-2024", "Q4-2024", "Q1-2025", "Q2-2025"])
    assert rows["microsoft"]["prior_usd"] == prior

    # Nvidia (FY ends late January): its four quarters of FY2026, Jan 2025 to Jan 2026
    nvda = await stored(storage, "nvidia", "ppe_and_intangibles")
    nvda_quarters = ["Q1-2026", "Q2-2026", "Q3-2026", "Q4-2026"]
    assert rows["nvidia"]["method"] == "quarters" and rows["nvidia"]["periods"] == nvda_quarters
    assert rows["nvidia"]["value_usd"] == sum(nvda[q].value_usd for q in nvda_quarters) == nvda["FY2026"].value_usd
    # A company with only a fiscal year (ending March 2026, mostly calendar 2025): it is named
    assert rows["alibaba"]["method"] == "fiscal" and rows["alibaba"]["periods"] == ["FY2026"]
    alibaba_row = next(r for r in reply.table[1] if r[1] == "Alibaba")
    assert "FY2026 used" in alibaba_row[5]

    # ranking, shares and total
    values = [row["value_usd"] for row in chart["rows"]]
    assert values == sorted(values, reverse=True) and chart["total_usd"] == sum(values)
    assert sum(row["share"] for row in chart["rows"]) == pytest.approx(1.0)
    assert [row[0] for row in reply.table[1]] == [str(i) for i in range(1, len(values) + 1)]
    assert "No 2025 figures: Baidu, Tencent" in reply.text  # said, not silently dropped
    assert "sum of fiscal quarters Q3-2025…Q2-2026" in reply.text
    # the stored quarters behind the sum are listed as figures
    listed = {(f.ticker, f.period) for f in reply.figures}
    assert {("MSFT", q) for q in quarters} <= listed


async def test_top_for_a_given_year(ask):
    reply = await ask("capex top 2023")
    assert reply.ok and reply.extra["chart"]["year"] == 2023 and reply.title == "Capex ranking, 2023"


# --------------------------------------------------------------------------------------------------
# capex compare


async def test_compare_side_by_side_table_and_chart(ask, storage):
    reply = await ask("capex compare meta msft googl amzn")
    assert reply.ok, reply.text
    assert decode(reply.image_png).size == (cr.WIDTH, cr.HEIGHT)
    header, rows = reply.table
    assert header == ("Company", "2021", "2022", "2023", "2024", "2025", "2026 guid.")
    assert [r[0] for r in rows] == ["Meta Platforms", "Microsoft", "Alphabet", "Amazon"]
    googl = await stored(storage, "alphabet", "ppe_cash")
    alphabet_row = rows[2]
    assert list(alphabet_row[1:6]) == [money(googl[f"FY{y}"].value_usd, "en") for y in range(2021, 2026)]
    bars = reply.extra["chart"]["bars"]
    msft_2024 = next(b for b in bars if b["company"] == "microsoft" and b["year"] == 2024)
    msft = await stored(storage, "microsoft", "ppe_cash")
    assert msft_2024["value_usd"] == sum(
        msft[q].value_usd for q in ["Q3-2024", "Q4-2024", "Q1-2025", "Q2-2025"]
    )
    guidance = {b["company"]: b for b in bars if b["kind"] == "guidance"}
    assert set(guidance) == {"meta", "microsoft", "alphabet", "amazon"}
    assert (guidance["alphabet"]["low_usd"], guidance["alphabet"]["high_usd"]) == (195e9, 205e9)
    assert "Microsoft guidance" in reply.text  # guidance in another definition is flagged


async def test_compare_accepts_commas_vs_and_since(ask):
    reply = await ask("capex compare meta, microsoft vs google since 2019")
    assert reply.ok, reply.text
    assert reply.extra["chart"]["companies"] == ["meta", "microsoft", "alphabet"]
    assert reply.extra["chart"]["years"][0] == 2019


# --------------------------------------------------------------------------------------------------
# Registry, cache, threads, delivery


def test_chart_commands_are_registered_slow():
    load_all()
    for name in ("capex chart", "capex top", "capex compare"):
        assert REGISTRY.commands[name].slow is True
    spec, used = REGISTRY.match(["capex", "chart", "meta"])
    assert spec is not None and spec.name == "capex chart" and used == 2


async def test_cache_hit_then_invalidated_when_data_changes(ask, storage):
    first = await ask("capex chart meta")
    again = await ask("capex chart facebook")  # same company, same language: the cached reply
    assert again is first
    french = await ask("capex chart meta", lang="fr")
    assert french is not first

    await storage.figures.add(
        [
            NewFigure(
                company_id="meta",
                fiscal_label="FY2026",
                period_start="2026-01-01",
                period_end="2026-12-31",
                kind="actual",
                definition_code="ppe_incl_finance_lease_principal",
                source_title="test fixture",
                value_usd=140_000_000_000,
                announced="2027-01-28",
            )
        ],
        origin="test",
    )
    fresh = await ask("capex chart meta")
    assert fresh is not first and fresh.image_png != first.image_png
    last = [b for b in fresh.extra["chart"]["bars"] if b["kind"] == "actual"][-1]
    assert last == {
        "period": "FY2026",
        "kind": "actual",
        "value_usd": 140_000_000_000,
        "yoy": pytest.approx(140 / 72.22 - 1),
        "from": ["FY2026"],
    }
    assert not [b for b in fresh.extra["chart"]["bars"] if b["kind"] == "guidance"]  # FY2026 now reported
    assert len(cache_for(storage, CHARTS)) == 1  # entries of the old version were dropped


async def test_concurrent_identical_queries_render_once(ask, storage):
    import asyncio

    cache = cache_for(storage, CHARTS)
    replies = await asyncio.gather(*(ask("capex chart googl quarterly") for _ in range(5)))
    assert all(r is replies[0] for r in replies) and replies[0].ok
    assert cache.misses == 1


async def test_charts_are_drawn_in_a_worker_process():
    assert cr.RENDERER == "process"
    assert await cr.run_in_renderer(os.getpid) != os.getpid()
    assert cr.renderer_pids()


async def test_thread_renderer_and_fallback_when_processes_are_unavailable(ask, monkeypatch):
    import threading

    calls: list[int] = []
    real = cr.render_png

    def spy(spec):
        calls.append(threading.get_ident())
        return real(spec)

    def no_processes():
        raise OSError("no processes here")

    monkeypatch.setattr(cr, "render_png", spy)
    monkeypatch.setattr(cr, "_executor", no_processes)  # the process path fails: a thread draws
    reply = await ask("capex chart oracle")
    assert reply.ok and decode(reply.image_png).size == (cr.WIDTH, cr.HEIGHT)
    monkeypatch.setattr(cr, "RENDERER", "thread")
    assert (await ask("capex chart oracle quarterly")).ok
    assert len(calls) == 2 and threading.get_ident() not in calls


def test_importing_commands_does_not_import_matplotlib():
    code = (
        "import sys; from commands.registry import load_all; r = load_all(); "
        "assert 'capex chart' in r.commands; print('matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_ask_json_writes_the_png_and_names_it(tmp_path: Path):
    result = capexbot("ask", "--json", "capex chart amzn", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    path = Path(out["image"])
    assert path.parent == (tmp_path / "img").resolve() and path.name.startswith("capex-amazon-annual")
    assert decode(path.read_bytes()).size == (cr.WIDTH, cr.HEIGHT)
    assert out["chart"]["company"] == "amazon" and out["figures"]


def test_summaries_fit_discord_descriptions():
    load_all()
    for name in ("capex chart", "capex top", "capex compare"):
        spec = REGISTRY.commands[name]
        texts = [spec.summary_en, spec.summary_fr]
        texts += [t for p in spec.params for t in (p.description_en, p.description_fr)]
        assert all(len(t) <= 100 for t in texts), name


def test_discord_lists_the_chart_commands_as_top_level_slash_commands():
    pytest.importorskip("discord")
    from bot.platforms.discord.slash import slash_layout

    layout = slash_layout(load_all())
    assert layout["capex"].spec.name == "capex"  # `/capex` stays the plain command
    for slash, name in (
        ("capex-chart", "capex chart"),
        ("capex-top", "capex top"),
        ("capex-compare", "capex compare"),
    ):
        assert layout[slash].spec is REGISTRY.commands[name] and not layout[slash].children
    assert [p.name for p in REGISTRY.commands["capex chart"].params] == ["company", "options"]
    assert REGISTRY.commands["capex chart"].params[0].autocomplete == "company"


@pytest.fixture
def drawn(monkeypatch):
    """The ChartSpecs handed to the renderer: what is on the picture, words included."""
    from commands import chart_model

    specs: list = []
    real = chart_model.cr.render_async

    async def spy(spec):
        specs.append(spec)
        return await real(spec)

    monkeypatch.setattr(chart_model.cr, "render_async", spy)
    return specs


@pytest.mark.parametrize(
    ("line", "lang", "note"),
    [
        ("capex chart tencent annual", "en", "No fiscal-year figures stored for Tencent; showing quarters."),
        ("capex chart tencent annuel", "fr", "Aucun exercice enregistré pour Tencent\u202f; affichage par trimestre."),
        ("capex chart baidu quarterly", "en", "No quarterly figures stored for Baidu; showing fiscal years."),
    ],
)
async def test_a_chart_drawn_at_another_granularity_says_so_on_the_picture(ask, storage, drawn, line, lang, note):
    # none shipped: Tencent gets a quarter only, Baidu two fiscal years only
    await storage.figures.add([_fixture_figure("tencent", "Q1-2025", "2025-01-01", "2025-03-31")], origin="test")
    await storage.figures.add(
        [_fixture_figure("baidu", f"FY{y}", f"{y}-01-01", f"{y}-12-31") for y in (2024, 2025)], origin="test"
    )
    reply = await ask(line, lang=lang)
    assert reply.ok and note in reply.text
    [spec] = drawn
    assert spec.subtitle.splitlines()[0] == note  # the first line under the title
    assert note in cr._wrap(spec.subtitle, 92, 5).replace("\n", " ")  # drawn whole, not cut


async def test_a_long_french_footnote_is_wrapped_whole_above_the_bottom_edge(ask, drawn):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    reply = await ask("capex compare meta msft googl amzn", lang="fr")
    assert reply.ok
    [spec] = drawn
    assert len(spec.footnote) > 4 * 118  # longer than the four lines it used to be cut to
    wrapped = cr._wrap(spec.footnote, 118, cr.FOOTNOTE_MAX_LINES)
    assert " ".join(wrapped.split()) == " ".join(spec.footnote.split())  # every word, none cut
    # the space the footer reserves holds every line: the text's top is below the plot's bottom
    fig = Figure(figsize=(cr.DESIGN_WIDTH_IN, cr.HEIGHT / (cr.WIDTH / cr.DESIGN_WIDTH_IN)), dpi=cr.WIDTH / cr.DESIGN_WIDTH_IN)
    canvas = FigureCanvasAgg(fig)
    bottom = cr._footer(fig, spec)
    [text] = fig.texts
    box = text.get_window_extent(canvas.get_renderer()).transformed(fig.transFigure.inverted())
    assert box.y0 >= 0 and box.y1 <= bottom and box.x1 <= 1.0
