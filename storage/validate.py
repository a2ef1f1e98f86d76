"""One validator for every figure that enters storage: import, `guidance add`, SEC ingestion, seed.

Why one place: each entry point used to check numbers its own way, so SEC values of `Infinity`,
`1e400` or -5e9 crashed a run or were stored while `import` refused them, and Unicode digits
(`FY٢٠١٤`, Arabic-Indic amounts) passed `\\d` and `float()`. The rules live on the pydantic model
below; `NewFigure.__post_init__` runs it, and the text parsers here are the only ones allowed to
turn user text into dollars or dates.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ValidationError

MAX_USD = 10**13  # $10 trillion: anything larger is a unit mistake
MAX_DATE = date(2099, 12, 31)
MIN_DATE = date(1950, 1, 1)
_NUMBER = re.compile(r"[0-9][0-9_,]{0,24}(?:\.[0-9]{1,12})?(?:[eE]\+?[0-9]{1,2})?", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
FISCAL_LABEL = re.compile(r"(?:FY|CY)[0-9]{4}|Q[1-4]-[0-9]{4}|H[12]-[0-9]{4}", re.ASCII)


def usd(value: object, what: str = "value") -> int | None:
    """Whole US dollars from an int, a float or ASCII text, 0 to 10 trillion; None for empty.

    Raises ValueError with one line naming `what`. Text is parsed exactly (Decimal), so
    "1.5" is not silently rounded to 2 and a 5,000-digit number is refused before any arithmetic.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a number, not {value!r}")
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER.fullmatch(text):
            raise ValueError(
                f"{what} {text[:30]!r} is not a number (ASCII digits, e.g. 32100000000 or 3.21e10)"
            )
        try:
            number = Decimal(text.replace("_", "").replace(",", ""))
        except InvalidOperation:
            raise ValueError(f"{what} {text[:30]!r} is not a number") from None
    elif isinstance(value, int):
        if not 0 <= value <= MAX_USD:  # compared as an int: str() of a 5,000-digit int raises
            raise ValueError(f"{what} is out of range (0 to 10 trillion US dollars)")
        return value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{what} {value!r} is not a finite number")
        number = Decimal(value)
    else:
        raise ValueError(f"{what} must be a number, not {type(value).__name__}")
    if number < 0 or number > MAX_USD:
        raise ValueError(f"{what} {_short(value)} is out of range (0 to 10 trillion US dollars)")
    if number != number.to_integral_value():
        raise ValueError(f"{what} {_short(value)} must be whole US dollars")
    return int(number)


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 30 else f"{text[:27]}..."


def iso_date(text: object, what: str = "date") -> str:
    """An ISO date in ASCII digits between 1950 and 2099, as 'YYYY-MM-DD'."""
    raw = str(text).strip() if text is not None else ""
    if not _DATE.fullmatch(raw):
        raise ValueError(f"{what} {raw[:30]!r} is not a date (YYYY-MM-DD)")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{what} {raw!r} is not a date (YYYY-MM-DD)") from None
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValueError(f"{what} {raw} is outside {MIN_DATE.year}-{MAX_DATE.year}")
    return raw


def _check(check, what: str):
    def run(value: Any) -> Any:
        return check(value, what)

    return run


def _label(value: object, what: str) -> str:
    if not isinstance(value, str) or not FISCAL_LABEL.fullmatch(value):
        raise ValueError(f"{what} {str(value)[:20]!r} must look like FY2024, Q3-2025, H1-2025 or CY2026")
    return value


def _optional_date(value: object, what: str) -> str | None:
    return None if value is None else iso_date(value, what)


def _usd_field(name: str):
    return Annotated[int | None, BeforeValidator(_check(usd, name))]


class FigureCheck(BaseModel):
    """The rules every figure obeys, whoever brings it (see the module docstring)."""

    fiscal_label: Annotated[str, AfterValidator(_check(_label, "fiscal_period"))]
    period_start: Annotated[str, AfterValidator(_check(iso_date, "period_start"))]
    period_end: Annotated[str, AfterValidator(_check(iso_date, "period_end"))]
    value_usd: _usd_field("value_usd") = None
    low_usd: _usd_field("low_usd") = None
    high_usd: _usd_field("high_usd") = None
    announced: Annotated[str | None, BeforeValidator(_check(_optional_date, "date"))] = None


def check_figure(fields: dict[str, Any]) -> None:
    """ValueError (one line naming the field) unless the figure's numbers and dates are sane."""
    try:
        FigureCheck.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        error = first.get("ctx", {}).get("error")
        field = ".".join(str(p) for p in first.get("loc", ()))
        raise ValueError(str(error) if error else f"{field}: {first['msg']}") from None
    if fields["period_start"] > fields["period_end"]:
        raise ValueError("period_start is after period_end")


STATED_REVISIONS = frozenset({"", "raised", "lowered", "narrowed", "widened", "reiterated"})


def check_stated_prior(kind: str, revision: str, low: int | None, high: int | None) -> None:
    """What a release sentence says it revised (guidance only): a known word, a sane prior range."""
    if revision not in STATED_REVISIONS:
        raise ValueError(
            f"stated_revision {str(revision)[:20]!r} is not one of raised/lowered/narrowed/widened/reiterated"
        )
    if low is None and high is None and not revision:
        return
    if kind != "guidance":
        raise ValueError("only guidance states a prior outlook")
    low, high = usd(low, "stated_prior_low_usd"), usd(high, "stated_prior_high_usd")
    if (low is None) != (high is None) or (low is not None and high is not None and low > high):
        raise ValueError("stated prior outlook needs a low and a high, low <= high")
