"""`capex` end to end through the door (commands.door.handle), against the seeded SQLite file."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.both_backends


def values(reply, **match):
    return [f for f in reply.figures if all(getattr(f, k) == v for k, v in match.items())]


@pytest.mark.parametrize("name", ["meta", "Meta Platforms", "facebook", "fb", "META", "MÉTA", "  meta  "])
async def test_company_aliases_resolve_to_meta(ask, name):
    reply = await ask(f"capex {name}" if " " not in name.strip() else f'capex "{name}"')
    assert reply.ok, reply.text
    assert reply.title.startswith("Meta Platforms (META)")


@pytest.mark.parametrize(
    ("alias", "ticker"),
    [
        ("msft", "MSFT"),
        ("microsoft", "MSFT"),
        ("google", "GOOGL"),
        ("googl", "GOOGL"),
        ("goog", "GOOGL"),
        ("alphabet", "GOOGL"),
        ("amzn", "AMZN"),
        ("amazon", "AMZN"),
        ("aws", "AMZN"),
        ("orcl", "ORCL"),
        ("oracle", "ORCL"),
        ("nvda", "NVDA"),
        ("crwv", "CRWV"),
    ],
)
async def test_other_aliases(ask, alias, ticker):
    reply = await ask(f"!capex {alias}")
    assert reply.ok, reply.text
    assert f"({ticker})" in reply.title


async def test_meta_details_has_quarter_years_guidance_definitions_sources(ask):
    reply = await ask("capex meta details")
    headline = values(reply, period="Q2-2026", definition="ppe_incl_finance_lease_principal", kind="actual")
    assert [f.value_usd for f in headline] == [31_080_000_000]
    cash = values(reply, period="Q2-2026", definition="ppe_cash")
    assert [f.value_usd for f in cash] == [30_116_000_000]
    # year-over-year: Q2-2025 headline 17.01B -> +83%
    assert "+83% YoY" in reply.text
    years = {f.period for f in reply.figures if f.period.startswith("FY") and f.kind == "actual"}
    assert {"FY2025", "FY2024", "FY2023"} <= years
    guidance = values(reply, period="FY2026", kind="guidance")
    latest = max(guidance, key=lambda f: f.date)
    assert (latest.low_usd, latest.high_usd, latest.date) == (130_000_000_000, 145_000_000_000, "2026-07-29")
    assert "narrowed from $125.00B–$145.00B" in reply.text  # Meta's own word (low end up only)
    assert "principal payments on finance leases" in reply.text
    assert all(f.source for f in reply.figures)
    assert "Sources" in dict(reply.fields)


async def test_amazon_shows_both_series_labelled(ask):
    reply = await ask("capex amazon details")
    fy2024 = {f.definition: f.value_usd for f in values(reply, period="FY2024", kind="actual")}
    assert fy2024 == {"net_of_proceeds_incentives": 77_658_000_000, "productive_assets_gross": 82_999_000_000}
    assert "net of proceeds" in reply.text and "gross" in reply.text


async def test_microsoft_fiscal_period_is_explained(ask):
    reply = await ask("capex msft Q2 2026")
    assert reply.ok, reply.text
    by_def = {f.definition: f.value_usd for f in reply.figures if f.period == "Q2-2026"}
    assert by_def["ppe_cash"] == 29_876_000_000
    assert by_def["incl_finance_leases"] == 37_500_000_000
    assert "Oct 2025–Dec 2025" in reply.text
    assert "its fiscal year ends in June" in reply.text and "ended Dec 31, 2025" in reply.text


@pytest.mark.parametrize("period", ["2024", "FY2024", "fy24", "FY 2024", "fy-2024"])
async def test_fiscal_year_forms(ask, period):
    reply = await ask(f"capex meta {period}")
    assert reply.ok, reply.text
    assert {f.period for f in reply.figures} >= {"FY2024"}
    assert (
        values(reply, period="FY2024", definition="ppe_incl_finance_lease_principal")[0].value_usd
        == 39_230_000_000
    )


@pytest.mark.parametrize("period", ["Q3 2025", "Q3-2025", "2025Q3", "T3 2025", "q3 fy25", "2025-Q3"])
async def test_quarter_forms(ask, period):
    reply = await ask(f"capex googl {period}")
    assert reply.ok, reply.text
    assert values(reply, period="Q3-2025", kind="actual")[0].value_usd == 23_953_000_000


async def test_calendar_guidance_for_microsoft(ask):
    reply = await ask("capex msft CY2026")
    assert reply.ok, reply.text
    points = sorted((f.date, f.value_usd) for f in reply.figures if f.kind == "guidance")
    assert points == [("2026-04-29", 190_000_000_000), ("2026-07-29", 175_000_000_000)]
    assert "calendar year 2026" in reply.text


async def test_overview_lists_every_company_with_latest_figure(ask, storage):
    reply = await ask("capex")
    snap = await storage.catalog.snapshot()
    assert len(reply.table[1]) == len(snap.companies)
    meta = next(r for r in reply.table[1] if r[1] == "META")
    assert meta[2] == "Q2-2026" and meta[3] == "$31.08B"


async def test_french_reply_uses_french_number_format(ask):
    reply = await ask("capex meta 2024 détails", lang="fr")
    assert reply.lang == "fr"
    assert "39,23\u202fMd$" in reply.text  # exact in the detail view
    assert "39,2\u202fMd$" in (await ask("capex meta 2024", lang="fr")).text  # rounded in prose
    assert "Définitions" in dict(reply.fields)


async def test_unambiguous_typo_is_answered_with_a_note(ask):
    reply = await ask("capex mircosoft")
    assert reply.ok and reply.title == (await ask("capex microsoft")).title
    assert "read “mircosoft” as Microsoft" in reply.text
    assert reply.extra["understood"] == "capex microsoft"
    reply = await ask("capex amazn")
    assert reply.ok and reply.extra["understood"] == "capex amazon"
    assert "understood" not in (await ask("capex meta")).extra  # exact: `ask --json` reports the line


async def test_ambiguous_typo_still_asks(ask):
    reply = await ask("capex msta")
    assert not reply.ok
    assert set(reply.suggestions) == {"Microsoft", "Meta Platforms"}
    assert "Did you mean" in reply.error


async def test_unknown_company_lists_covered(ask):
    reply = await ask("capex zzzzqqq")
    assert not reply.ok
    assert "Covered:" in reply.error and "Meta Platforms" in reply.error


async def test_bad_period_is_a_user_error(ask):
    reply = await ask("capex meta Q5 2025")
    assert not reply.ok and "period" in reply.error
    reply = await ask("capex meta 1850")
    assert not reply.ok


async def test_period_without_data_says_what_exists(ask):
    reply = await ask("capex meta FY2003")
    assert not reply.ok
    assert "No figures for Meta Platforms FY2003" in reply.error
    assert "Available:" in reply.error


async def test_nvidia_fiscal_year_shows_its_real_end(ask):
    reply = await ask("capex nvda FY2026")
    assert reply.ok, reply.text
    [fig] = values(reply, period="FY2026", kind="actual")
    assert fig.value_usd == 6_042_000_000 and fig.date == "2026-02-25"
    assert "ended Jan 25, 2026" in reply.text and "ends in January" in reply.text


@pytest.mark.parametrize(
    ("line", "period", "value"),
    [("capex crwv 2025", "FY2025", 10_309_000_000), ("capex crwv FY2024", "FY2024", 8_702_000_000)],
)
async def test_coreweave_years_are_stored_totals(ask, line, period, value):
    reply = await ask(line)
    assert reply.ok, reply.text
    assert [f.value_usd for f in values(reply, period=period, kind="actual")] == [value]


@pytest.mark.parametrize("company", ["meta", "googl", "amzn", "msft", "orcl", "nvda", "crwv", "aapl", "tsla"])
async def test_every_figure_shown_names_a_primary_document_and_a_date(ask, company):
    for line in (f"capex {company}", f"capex {company} 2025", f"capex {company} Q1 2025"):
        reply = await ask(line)
        for fig in reply.figures:
            assert fig.date, (line, fig)
            url = fig.source.rsplit(" — ", 1)[-1]
            assert url.startswith(("https://www.sec.gov/", "https://www.microsoft.com/", "https://abc.xyz/")), (
                line,
                fig,
            )


async def test_apple_quarter_and_year_answer_from_its_filings(ask):
    q1 = await ask("capex aapl Q1-2025")
    assert q1.ok, q1.error
    [fig] = values(q1, period="Q1-2025", kind="actual")
    assert (fig.value_usd, fig.date) == (2_940_000_000, "2025-01-31")  # the Q1 FY2025 10-Q
    assert "aapl-20241228.htm" in fig.source and "ended Dec 28, 2024" in q1.text
    year = await ask("capex aapl 2024")
    assert [f.value_usd for f in values(year, period="FY2024", kind="actual")] == [9_447_000_000]


async def test_nvidia_quarter_cites_the_release_that_prints_it(ask):
    reply = await ask("capex nvda Q2-2025")
    assert reply.ok, reply.error
    [fig] = values(reply, period="Q2-2025", kind="actual")
    assert (fig.value_usd, fig.date) == (977_000_000, "2025-08-27")
    assert "q2fy26pr.htm" in fig.source and "Q2 FY2026 earnings release" in fig.source  # next year's, as comparative


async def test_a_company_without_primary_figures_says_so(ask):
    reply = await ask("capex baidu 2025")
    assert not reply.ok and "Baidu" in reply.error


async def test_microsoft_summary_labels_series_by_definition(ask):
    reply = await ask("capex msft details")
    assert "headline" not in reply.text.split("Definitions")[0]
    leases = values(reply, period="Q2-2026", definition="incl_finance_leases")
    assert [f.value_usd for f in leases] == [37_500_000_000]
    assert "[incl. finance leases]" in reply.text and "[cash PP&E]" in reply.text
    # "Latest quarter" is one quarter (it listed Q4-2026 cash and Q2-2026 incl. leases together)
    latest = dict(reply.fields)["Latest quarter"]
    assert latest.count("\n") == 0 and latest.startswith("Q4-2026") and "Q2-2026" not in latest
    assert dict(reply.fields)["Latest in other definitions"].startswith("Q2-2026 (Oct 2025–Dec 2025)")


async def test_microsoft_lease_reclassification_is_lowered_with_reason_not_cut(ask):
    reply = await ask("capex msft details")
    assert "lowered from ~$190.00B" in reply.text and " cut " not in reply.text
    assert "leases were reclassified from finance to operating" in reply.text


async def test_segment_alias_says_figures_are_company_wide(ask):
    reply = await ask("capex aws")
    assert reply.title.startswith("Amazon")
    assert "AWS" in reply.text and "whole company" in reply.text


async def test_year_without_total_points_to_its_quarters(ask):
    reply = await ask("capex meta 2017")
    assert not reply.ok and "Q1-2017" in reply.error and "Q4-2017" in reply.error


async def test_every_figure_reply_says_how_recent_the_data_is(ask, services):
    # The services clock is real (late 2026): Meta's newest stored quarter is Q2 2026, Q3 is due.
    reply = await ask("capex meta")
    newest = max(f.date for f in reply.figures if f.date)
    assert reply.to_json()["as_of"] == newest
    assert "Data as of" in reply.text and "Q3 2026 results not yet loaded" in reply.text
    fr = await ask("capex meta Q2 2026", lang="fr")
    assert "Données au " in fr.text and "résultats du T3 2026 pas encore chargés" in fr.text
    nvda = await ask("capex nvda FY2026")
    assert nvda.to_json()["as_of"] == "2026-02-25" and "Data as of 25 Feb 2026" in nvda.text


def test_freshness_waits_until_the_next_quarter_is_due():
    from datetime import date

    from commands.freshness import freshness_line
    from storage.models import Company, StoredFigure

    meta = Company("meta", "Meta", "META", 1, "12-31", "ppe_cash")
    q2 = StoredFigure(
        company_id="meta", fiscal_label="Q2-2026", period_start="2026-04-01", period_end="2026-06-30",
        kind="actual", definition_code="ppe_cash", source_title="x", value_usd=1, announced="2026-07-29",
    )  # fmt: skip
    assert freshness_line(meta, [q2], [q2], "en", date(2026, 10, 1)) == "Data as of 29 Jul 2026"
    assert freshness_line(meta, [q2], [q2], "en", date(2026, 11, 20)) == (
        "Data as of 29 Jul 2026 — Q3 2026 results not yet loaded"
    )
    assert freshness_line(meta, [q2], [q2], "fr", date(2026, 11, 20)) == (
        "Données au 29 juil. 2026 — résultats du T3 2026 pas encore chargés"
    )


async def test_no_year_over_year_across_a_definition_break(ask):
    # Meta's headline includes finance-lease principal from 2019; its 2018 figures are the cash line only
    q1 = await ask("capex meta Q1-2019 details")  # exact amounts; the plain period view rounds
    assert "$3.96B, no year-over-year: definition changed in 2019" in q1.text
    assert "$3.84B, +36% YoY" in q1.text  # the cash line has its year-earlier quarter
    assert "$4B, no year-over-year: definition changed in 2019" in (await ask("capex meta Q1-2019")).text
    fr = await ask("capex meta 2019", lang="fr")
    assert "pas de variation sur un an\u202f: définition modifiée en 2019" in fr.text
    later = await ask("capex meta Q1-2020")
    assert "definition changed" not in later.text and "−7.6% YoY" in later.text
    first_year = await ask("capex crwv Q1-2024")  # a series with nothing before it: no break to state
    assert "definition changed" not in first_year.text
