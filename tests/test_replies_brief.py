"""Issue 16: the short default answer, the detail view, calendar periods, the reply language.

Expected figures are read from SQLite (`storage.figures.all()`), not from the reply code.
"""

from __future__ import annotations

import pytest

from commands.door import message_lang
from commands.formatting import money_range, rounded, rounded_range


async def latest(storage, company: str, label: str, definition: str, kind: str = "actual"):
    rows = [
        f
        for f in await storage.figures.all()
        if f.company_id == company
        and f.fiscal_label == label
        and f.definition_code == definition
        and f.kind == kind
    ]
    return max(rows, key=lambda f: (f.announced or "", f.id))


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        (
            "capex meta",
            "en",
            [
                "Latest quarter, Q2-2026 (Apr–Jun 2026): $31.1B, +83% YoY",
                "FY2025: $72.2B, +84% YoY",
                "Outlook 2026: $130–145B, narrowed Jul 29, 2026 (was $125–145B)",
                "Definition: ",
                "Sources: Meta ",
                "Data as of 29 Jul 2026 — Q3 2026 results not yet loaded",
            ],
        ),
        (
            "capex meta",
            "fr",
            [
                "Dernier trimestre, T2 2026 (avr.–juin 2026)\u202f: 31,1\u202fMd$, +83\u202f% sur un an",
                "Exercice 2025\u202f: 72,2\u202fMd$, +84\u202f% sur un an",
                "Prévision 2026\u202f: 130–145\u202fMd$, resserrée le 29 juil. 2026 (contre 125–145\u202fMd$)",
                "Définition\u202f: ",
                "Sources\u202f: communiqué de résultats de Meta Platforms du 29 juil. 2026\u202f; ",
                "Données au 29 juil. 2026 — résultats du T3 2026 pas encore chargés",
            ],
        ),
        (
            "capex msft",
            "en",
            [
                "Latest quarter, Q4-2026 (Apr–Jun 2026): $35.8B, +110% YoY",
                "FY2026 (Jul 2025–Jun 2026): $116B, +80% YoY",
                "Outlook calendar 2026: ~$175B, lowered Jul 29, 2026 (was ~$190B)",
                "Definition: purchases of property and equipment (cash-flow line); the outlook is incl. finance leases",
                "Sources: ",
                "Data as of 29 Jul 2026 — Q1 FY2027 results not yet loaded",
            ],
        ),
        (
            "capex oracle",
            "fr",
            [
                "Dernier trimestre, T1 2027 (juin–août 2026)\u202f: ",
                "Exercice 2026 (juin 2025–mai 2026)\u202f: ",
                "Prévision\u202f: aucune en cours.",
                "Définition\u202f: ",
                "Sources\u202f: ",
                "Données au ",
            ],
        ),
    ],
)
async def test_short_reply_is_eight_lines_at_most_with_rounded_figures(ask, line, lang, expected):
    reply = await ask(line, lang=lang)
    assert reply.ok, reply.text
    lines = reply.text.splitlines()
    assert len(lines) == len(expected) <= 8
    for got, want in zip(lines, expected, strict=True):
        assert got.startswith(want), (got, want)
    assert reply.fields == () and reply.table is None  # chat clients show the text, not a long table
    assert 1 <= len(reply.links) <= 3
    # the way to the details is not a line of text but an affordance each network renders
    assert reply.more is not None and "details`" not in reply.text
    details = await ask(reply.more, lang=lang)
    assert details.ok and details.title.startswith(reply.title.split(" — ")[0]) and details.fields
    assert details.more is None  # nothing further to offer


async def test_short_reply_keeps_exact_values_in_figures(ask, storage):
    reply = await ask("capex meta")
    q2 = await latest(storage, "meta", "Q2-2026", "ppe_incl_finance_lease_principal")
    shown = [f for f in reply.figures if f.period == "Q2-2026" and f.definition == q2.definition_code]
    assert [f.value_usd for f in shown] == [q2.value_usd] and rounded(q2.value_usd) in reply.text
    guide = await latest(storage, "meta", "FY2026", "ppe_incl_finance_lease_principal", "guidance")
    assert rounded_range(guide.low_usd, guide.high_usd, guide.value_usd) in reply.text
    # the sources line names at most three documents, all of them among the figures' sources
    sources = reply.text.splitlines()[4].removeprefix("Sources: ").split("; ")
    assert 1 <= len(sources) <= 3
    assert all(any(s.split(",")[0] in f.source for f in reply.figures) for s in sources)
    # one mention per document: Meta's Q2 2026 quarter and its outlook come from the same exhibit,
    # whose two stored titles differ; the line names the documents, not the titles
    urls = [
        next(f.source.rsplit(" — ", 1)[-1] for f in reply.figures if f.source.startswith(s.split(",")[0]))
        for s in sources
    ]
    assert len(urls) == len(set(urls)), sources


@pytest.mark.parametrize("line", ["capex meta details", "capex meta plus de détails", "capex meta détails"])
async def test_details_on_request_with_exact_values(ask, line):
    reply = await ask(line)
    assert reply.ok, reply.text
    fields = dict(reply.fields)
    assert "$31.08B" in fields["Latest quarter"] and "$130.00B–$145.00B" in fields["Guidance"]


def test_rounding_as_an_analyst_writes():
    assert rounded(19_390_000_000) == "$19.4B" and rounded(19_390_000_000, "fr") == "19,4\u202fMd$"
    assert rounded_range(130e9, 145e9, None) == "$130–145B"
    assert rounded_range(130e9, 145e9, None, "fr") == "130–145\u202fMd$"
    assert rounded(35e9) == "$35B" and rounded(850e6, "fr") == "850\u202fM$"


async def test_amazon_period_without_definitions_prints_no_dash(ask):
    reply = await ask("capex amzn 2026")
    assert reply.ok, reply.text
    assert "Definitions:\n  —" not in reply.text and "—\n" not in reply.text + "\n"


async def test_calendar_quarter_of_a_calendar_company_is_not_called_fiscal_equals_calendar(ask):
    reply = await ask("capex meta Q2 2026", lang="fr")
    assert "exercice = année civile" not in reply.text and "T2 2026" in reply.text


@pytest.mark.parametrize(
    ("company", "quarters"),
    [
        ("microsoft", ["Q3-2025", "Q4-2025", "Q1-2026", "Q2-2026"]),
        ("oracle", ["Q3-2025", "Q4-2025", "Q1-2026", "Q2-2026"]),
    ],
)
async def test_calendar_year_of_a_fiscal_company_is_built_from_its_quarters(ask, storage, company, quarters):
    reply = await ask(f"capex {company} cy2025 details")
    assert reply.ok, reply.text
    values = [await latest(storage, company, q, "ppe_cash") for q in quarters]
    assert {(f.period, f.value_usd) for f in reply.figures} >= {(f.fiscal_label, f.value_usd) for f in values}
    total = sum(f.value_usd for f in values)
    assert f"${total / 1e9:.2f}B" in reply.text and "sum of fiscal quarters Q3-2025…Q2-2026" in reply.text
    short = await ask(f"capex {company} cy2025")  # the same sum, written as an analyst would
    assert f"  {rounded(total)}, " in short.text and f"${total / 1e9:.2f}B" not in short.text


async def test_period_view_rounds_its_guidance_history_and_details_keep_exact_values(ask, storage):
    guides = [
        f for f in await storage.figures.all()
        if f.company_id == "meta" and f.fiscal_label == "FY2025" and f.kind == "guidance"
    ]
    first = min(guides, key=lambda f: (f.announced, f.id))
    for lang in ("en", "fr"):
        reply = await ask("capex meta 2025", lang=lang)
        history = dict(reply.fields)["Guidance history" if lang == "en" else "Historique des prévisions"]
        assert rounded_range(first.low_usd, first.high_usd, None, lang) in history
        assert money_range(first.low_usd, first.high_usd, None, lang) not in history  # no "$60.00B–$65.00B"
        assert all(money_range(f.low_usd, f.high_usd, f.value_usd, lang) not in reply.text for f in guides)
        exact = await ask("capex meta 2025 details", lang=lang)
        assert money_range(first.low_usd, first.high_usd, None, lang) in exact.text
        assert {(f.low_usd, f.high_usd) for f in exact.figures if f.kind == "guidance"} >= {
            (f.low_usd, f.high_usd) for f in guides
        }


async def test_calendar_year_for_nvidia_says_which_fiscal_quarters_are_used(ask):
    reply = await ask("capex nvda cy2025")
    assert reply.ok, reply.text
    assert "sum of fiscal quarters Q1-2026…Q4-2026 (Jan 2025–Jan 2026)" in reply.text


async def test_calendar_quarter_for_microsoft_names_the_fiscal_quarter(ask, storage):
    reply = await ask("capex msft Q3 CY2025")
    assert reply.ok, reply.text
    fig = await latest(storage, "microsoft", "Q1-2026", "ppe_cash")
    assert fig.period_start == "2025-07-01"
    assert "calendar Q3 2025 = Microsoft's fiscal Q1-2026" in reply.text
    assert any(f.period == "Q1-2026" and f.value_usd == fig.value_usd for f in reply.figures)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("capex meta", None),
        ("hoax Le gratuit devient payant à partir du mois prochain pour tout le monde", "fr"),
        ("hoax ChatGPT becomes paid next month for everyone", "en"),
        ("capex meta plus de détails", "fr"),
    ],
)
def test_message_language_is_detected_as_the_hoax_matcher_does(text, lang):
    assert message_lang(text) == lang


async def test_french_message_without_lang_is_answered_in_french(ask):
    reply = await ask(
        "hoax Le gratuit devient payant à partir du mois prochain pour tout le monde", lang=None
    )
    assert reply.lang == "fr"
    reply = await ask("capex meta", lang=None)
    assert reply.lang == "en"  # no words to judge by: the default


async def test_import_example_file_is_valid_and_help_lists_every_column(storage):
    from bot.cli_import import IMPORT_HELP
    from storage.importer import COLUMNS

    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    await storage.import_file(root / "docs" / "import-example.csv")  # raises ImportRejected if invalid
    assert all(column in IMPORT_HELP for column in COLUMNS) and "docs/import-example.csv" in IMPORT_HELP


async def test_french_source_titles_are_built_from_the_documents_fields(storage):
    from dataclasses import replace

    from commands.source_titles import doc_title

    figures = await storage.figures.all()
    q1 = next(
        f for f in figures
        if f.company_id == "meta" and f.document_kind == "10-Q" and f.fiscal_label == "Q1-2025" and f.kind == "actual"
    )
    assert doc_title(q1, "fr", "Meta") == "10-Q de Meta, trimestre clos le 31 mars 2025"
    assert doc_title(q1, "en", "Meta") == q1.source_title  # English keeps the document's own name
    release = next(
        f for f in figures if f.company_id == "meta" and f.document_kind == "8-K" and f.announced == "2026-07-29"
    )
    assert doc_title(release, "fr", "Meta") == "communiqué de résultats de Meta du 29 juil. 2026"
    call = next(f for f in figures if f.company_id == "alphabet" and f.document_kind == "call")
    assert doc_title(call, "fr", "Alphabet").startswith("conférence de résultats d'Alphabet du ")
    annual = next(f for f in figures if f.company_id == "oracle" and f.document_kind == "10-K" and f.kind == "actual")
    assert doc_title(annual, "fr", "Oracle").startswith("10-K d'Oracle, exercice clos le 31 mai ")
    # a prior-year comparative: the report closes another period than the figure's, so say its date
    comparative = replace(q1, announced="2026-04-30")
    assert doc_title(comparative, "fr", "Meta") == "10-Q de Meta du 30 avr. 2026"
    # fields missing: the stored title rather than a guess
    assert doc_title(replace(q1, document_kind=None), "fr", "Meta") == q1.source_title
    assert doc_title(replace(release, announced=None), "fr", "Meta") == release.source_title
    assert doc_title(q1, "fr", None) == q1.source_title


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("more", True),
        ("More details please", True),
        ("plus de détails !", True),
        ("Détails ?", True),
        ("la suite", True),
        ("plus", True),
        ("Meta plus Google", False),
        ("more capex for Meta?", False),
        ("", False),
    ],
)
def test_a_reply_asking_for_more_is_recognised(text, wanted):
    from commands.more import asks_for_more

    assert asks_for_more(text) is wanted


def test_more_hint_is_spelled_per_language_and_network():
    from commands.more import hint
    from commands.types import CommandStyle

    assert hint("capex meta details", "en") == "More: `capex meta details`"
    assert hint("capex meta details", "fr") == "Plus\u202f: `capex meta détails`"
    assert hint("capex meta details", "en", CommandStyle("!")) == "More: `!capex meta details`"
