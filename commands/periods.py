"""Period labels as people type them: 2024, FY2024, fy24, Q3 2025, Q3-2025, 2025Q3, T3 2025, CY2026."""

from __future__ import annotations

import re
from dataclasses import dataclass

from commands.i18n import tr
from commands.text import echo
from commands.types import UserError

# re.ASCII: `\d` would also match Arabic-Indic and other digits (FY٢٠١٤), which int() then reads.
_PATTERNS = (
    (re.compile(r"^(?:fy|ex|exercice)?\s*'?(\d{4}|\d{2})$", re.ASCII), "FY"),
    (re.compile(r"^(?:cy|calendar|civil|annee civile|année civile)\s*'?(\d{4}|\d{2})$", re.ASCII), "CY"),
    (re.compile(r"^(?:cy)?[qt]([1-4])\s*(?:cy|calendar|civil)\s*'?(\d{4}|\d{2})$", re.ASCII), "CQ"),
    (re.compile(r"^cy[qt]([1-4])\s*'?(\d{4}|\d{2})$", re.ASCII), "CQ"),
    (re.compile(r"^(?:cy|calendar|civil)\s*'?(\d{4})\s*[qt]([1-4])$", re.ASCII), "CQ-yearfirst"),
    (re.compile(r"^[qt]([1-4])\s*(?:fy)?\s*'?(\d{4}|\d{2})$", re.ASCII), "Q"),
    (re.compile(r"^(\d{4})\s*[qt]([1-4])$", re.ASCII), "Q-yearfirst"),
)


@dataclass(frozen=True)
class Period:
    kind: str  # "FY" | "CY" | "Q" (fiscal quarter) | "CQ" (calendar quarter)
    year: int
    quarter: int | None = None

    @property
    def label(self) -> str:
        """The stored fiscal label this period matches (FY2024, CY2026, Q3-2025)."""
        if self.kind == "Q":
            return f"Q{self.quarter}-{self.year}"
        if self.kind == "CQ":
            return f"CY{self.year}-Q{self.quarter}"
        return f"{self.kind}{self.year}"


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def parse_period(text: str, lang: str = "en") -> Period:
    """Parse a period or raise a UserError saying which forms work."""
    cleaned = re.sub(r"[\s\-_/]+", " ", text.strip().lower()).strip()
    compact = cleaned.replace(" ", "")
    for pattern, kind in _PATTERNS:
        match = pattern.match(compact)
        if not match:
            continue
        if kind in ("Q", "CQ"):
            period = Period(kind, _year(match.group(2)), int(match.group(1)))
        elif kind in ("Q-yearfirst", "CQ-yearfirst"):
            period = Period(kind[:-10], _year(match.group(1)), int(match.group(2)))
        else:
            period = Period(kind, _year(match.group(1)))
        if not 1990 <= period.year <= 2100:
            break
        return period
    shown = echo(text, 30)
    raise UserError(
        tr(
            lang,
            f"I can't read the period “{shown}”. Try 2024, FY2024, fy24, Q3 2025, 2025Q3, CY2026 or Q3 CY2025.",
            f"Je ne comprends pas la période « {shown} ». Essayez 2024, FY2024, fy24, T3 2025, 2025T3, "
            "CY2026 ou T3 CY2025.",
        )
    )
