from __future__ import annotations

import pytest

from commands.formatting import money, money_range, pct
from commands.periods import Period, parse_period
from commands.types import UserError


@pytest.mark.parametrize(
    ("usd", "lang", "text"),
    [
        (39_230_000_000, "en", "$39.23B"),
        (39_230_000_000, "fr", "39,23\u00a0Md$"),
        (850_000_000, "en", "$850M"),
        (850_000_000, "fr", "850\u00a0M$"),
        (1_234_500_000_000, "en", "$1.23T"),
        (None, "en", "—"),
    ],
)
def test_money(usd, lang, text):
    assert money(usd, lang) == text


def test_ranges_and_percentages():
    assert money_range(130e9, 145e9, None, "en") == "$130.00B–$145.00B"
    assert money_range(100e9, None, None, "en") == ">$100.00B"
    assert money_range(None, None, 75e9, "fr") == "~75,00\u00a0Md$"
    assert pct(0.66, "en") == "+66%" and pct(-0.123, "fr") == "−12\u00a0%" and pct(0.055, "en") == "+5.5%"


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
