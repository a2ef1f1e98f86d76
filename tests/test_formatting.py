from __future__ import annotations

import pytest

from commands.formatting import money, money_range, pct
from commands.periods import Period, parse_period
from commands.types import UserError


@pytest.mark.parametrize(
    ("usd", "lang", "text"),
    [
        (39_230_000_000, "en", "$39.23B"),
        (39_230_000_000, "fr", "39,23\u202fMd$"),
        (850_000_000, "en", "$850M"),
        (850_000_000, "fr", "850\u202fM$"),
        (1_234_500_000_000, "en", "$1.23T"),
        (None, "en", "—"),
    ],
)
def test_money(usd, lang, text):
    assert money(usd, lang) == text


def test_ranges_and_percentages():
    assert money_range(130e9, 145e9, None, "en") == "$130.00B–$145.00B"
    assert money_range(100e9, None, None, "en") == ">$100.00B"
    assert money_range(None, None, 75e9, "fr") == "~75,00\u202fMd$"
    assert pct(0.66, "en") == "+66%" and pct(-0.123, "fr") == "−12\u202f%" and pct(0.055, "en") == "+5.5%"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2024", Period("FY", 2024)),
        ("FY2024", Period("FY", 2024)),
        ("fy24", Period("FY", 2024)),
        ("Q3 2025", Period("Q", 2025, 3)),
        ("Q3-2025", Period("Q", 2025, 3)),
        ("2025Q3", Period("Q", 2025, 3)),
        ("T3 2025", Period("Q", 2025, 3)),
        ("t3-25", Period("Q", 2025, 3)),
        ("CY2026", Period("CY", 2026)),
        ("cy 26", Period("CY", 2026)),
    ],
)
def test_period_forms(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["Q5 2025", "20245", "yesterday", "FY", "Q3", "3000", "; DROP"])
def test_bad_periods(text):
    with pytest.raises(UserError):
        parse_period(text)


def _g(low=None, high=None, value=None):
    from storage.models import StoredFigure

    return StoredFigure(
        company_id="x",
        fiscal_label="FY2026",
        period_start="2026-01-01",
        period_end="2026-12-31",
        kind="guidance",
        definition_code="ppe_cash",
        source_title="s",
        value_usd=value,
        low_usd=low,
        high_usd=high,
    )


@pytest.mark.parametrize(
    ("before", "after", "word"),
    [
        (_g(125, 145), _g(130, 145), "narrowed"),
        (_g(175, 185), _g(180, 190), "raised"),
        (_g(value=190), _g(value=175), "lowered"),
        (_g(60, 65), _g(64, 72), "raised"),
        (_g(64, 72), _g(66, 72), "narrowed"),
        (_g(100), _g(value=125), "raised"),
        (_g(10, 20), _g(5, 25), "widened"),
        (_g(10, 20), _g(10, 20), "reiterated"),
        (_g(10, 20), _g(8, 20), "widened"),
    ],
)
def test_guidance_change_words(before, after, word):
    from commands.figures_view import guidance_change

    assert guidance_change(before, after) == word
