"""How release text is cut up for the guidance reader: sentences, clauses (one outlook each), the
capex words, and dollar amounts. No judgement here about what is an outlook: that is
`guidance_extract`'s job.
"""

from __future__ import annotations

import re

CAPEX = re.compile(
    r"\b(?:(?:cash\s+)?capital\s+(?:expenditures?|expenditure\s+dollar|spending)|capex|"
    # Amazon's and Intel's names for capex; telecoms' singular "capital investment" adds vendor financing
    r"gross\s+capital\s+investments?|capital\s+investments|"
    # Verizon's "full-year capital (guidance) of", Union Pacific's "capital plan of $3.4 billion"
    r"(?:full[-\s]year|annual)\s+capital(?:\s+guidance)?(?=\s+(?:of|to|in|at|between|approximately|about)\b)|"
    r"capital\s+plan(?=\s+of\s+(?:approximately\s+|about\s+)?\$)|"
    r"(?:cash\s+)?(?:purchases|investments?)\s+(?:of|in)\s+property(?:,\s+plant)?,?\s+and\s+equipment)\b",  # the cash-flow line
    re.I,
)

# "plans to spend approximately $80 billion in fiscal 2025", "raised its 2025 spending forecast to
# $125 billion": the company's spending plan with no capex word, as calls and reports say it. Read
# only for a number, and only when nothing else is being spent on (see SPEND_ELSEWHERE).
SPEND = re.compile(
    r"\b(?:(?:expects?|expected|expecting|plans?|planned|planning|intends?|aims?|going|on\s+track|set)\s+to|"
    r"will|would|['’]ll)\s+(?:spend|invest)\b|\bspending\s+(?:forecast|outlook|plan|guidance|budget)\b",
    re.I,
)
# ... not R&D, buybacks, people or suppliers, nor a place or programme ("invest $3.2 billion in
# Sweden"), the usual pledges that are not the year's capex; nor what others spend ("cloud
# providers will spend $600 billion on data centres")
SPEND_ELSEWHERE = re.compile(
    r"\b(?:research|R&D|marketing|content|acquisitions?|acquire|stake|startups?|shares?|stock|jobs|workforce|"
    r"training|skills|education|people|employees|wages|programs?|programmes?|fund|venture|partnership|savings|"
    r"suppliers|vendors)\b|"
    r"\b(?:providers|customers|enterprises|companies|industry|hyperscalers|clients|firms|businesses|governments|"
    r"countries)\b[^.;]{0,60}?\b(?:will|would|to|['’]ll)\s+(?:spend|invest)\b|"
    r"\b(?:spend|invest)\w*\b[^.;]{0,80}?\b(?:in|into|across)\s+(?:the\s+)?(?!AI\b|FY|Q[1-4]\b)[A-Z]",
)


NUM = r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
UNIT = r"(trillion|billion|million|bn|b|m)\b"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_RANGE = re.compile(rf"(?:between\s+)?\$\s?{NUM}\s*(?:{UNIT})?{_DASH}\$?\s?{NUM}\s*{UNIT}", re.I)
_POINT = re.compile(rf"\$\s?{NUM}\s*{UNIT}", re.I)
# "$11.0 billion, plus or minus $500 million" (Intel): the range it spans
_PLUS_MINUS = re.compile(rf"\$\s?{NUM}\s*{UNIT},?\s+plus\s+or\s+minus\s+\$\s?{NUM}\s*{UNIT}", re.I)
SCALE = {"trillion": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9, "million": 10**6, "m": 10**6}


def usd(number: str, unit: str) -> int:
    return round(float(number.replace(",", "")) * SCALE[unit.lower()])


def amounts(text: str) -> list[tuple[int, int, int, int | None]]:
    """(start, end, low, high) of every dollar amount; high is None for a single amount."""
    found: list[tuple[int, int, int, int | None]] = []
    taken: list[tuple[int, int]] = []
    for m in _PLUS_MINUS.finditer(text):
        mid, spread = usd(m.group(1), m.group(2)), usd(m.group(3), m.group(4))
        if 0 < spread < mid:
            found.append((m.start(), m.end(), mid - spread, mid + spread))
            taken.append((m.start(), m.end()))
    for m in _RANGE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        unit_low = m.group(2) or m.group(4)
        low, high = usd(m.group(1), unit_low), usd(m.group(3), m.group(4))
        if low > high or high > 3 * low:  # ordered and close: "by $200 million to $6.0 billion" is two amounts
            continue
        found.append((m.start(), m.end(), low, high))
        taken.append((m.start(), m.end()))
    for m in _POINT.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = usd(m.group(1), m.group(2))
        found.append((m.start(), m.end(), value, None))
    return sorted(found)


# "the Company expects the following for 2025: a tax rate of …; net interest expense of …, down from
# our previous range of …; capital expenditures in the range of $1.5 to $1.7 billion; and …"
_LIST_LEAD = re.compile(
    r"^(?P<lead>[^:;$]{0,200}?\b(?:expect\w*|anticipat\w*|outlook|guidance|forecast\w*)\b[^:;$]{0,80}):\s*"
    r"(?P<items>[^:]+;[^:]+)$",
    re.I,
)


def _list_items(sentence: str) -> list[str]:
    """A lead and its semicolon list, as one clause per item: one item's "down from our previous
    range" must not swallow the next item."""
    m = _LIST_LEAD.match(sentence)
    if not m:
        return [sentence]
    items = re.split(r";\s*(?:and\s+)?", m["items"])
    return [f"{m['lead']}: {item}" for item in items if item.strip()]


# Nvidia's outlook is one run of "Label - value" items: "Tax Rate - … excluding discrete items
# Capital Expenditure - Approximately $300 to $325 million". The capex item starts a clause of its own.
_DASH_ITEM = re.compile(r"\s+(?=(?:Capital\s+Expenditures?|Capex)\s+[-–—]\s)")


def clauses(sentence: str, next_year: int | None = None) -> list[str]:
    """Independent outlooks joined by ', and we expect ...' are read one by one, and so are the
    years of one outlook that names several ("$7-9 billion in 2023 and $8-10 billion in 2024").
    `next_year`: the first of "the next three fiscal years" when the text names none."""
    items = [part for item in _list_items(sentence) for part in _DASH_ITEM.split(item)]
    # after the list split, a semicolon joins independent statements: "… to exceed $20 billion, …;
    # prior-year CapEx was slightly below guidance" (the second must not veto the first)
    items = [part for item in items for part in (item.split("; ") if ": " not in item else [item])]
    return [c for item in items for c in _sentence_clauses(item, next_year)]


def _sentence_clauses(sentence: str, next_year: int | None = None) -> list[str]:
    parts = re.split(
        r",?\s+and\s+(?=(?:we\s+(?:now\s+|currently\s+)?(?:expect|anticipate)|I\s+\w+|we\s*['’]ll|"
        r"(?:for|in)\s+the\s+[\w\s-]{0,30}?,?\s*we\s+(?:now\s+)?(?:expect|anticipate)))|"
        r",?\s+while\s+(?=[a-z]+ing\b)",  # "… to $6.0 billion while maintaining first quarter output"
        sentence,
        flags=re.I,
    )
    return [c for p in parts if p.strip() for c in (_per_year_clauses(p, next_year) or [p])]


# "... to be $A in 2023 and $B in 2024" or "... and be between $8 to $10 billion in each of the
# following two fiscal years" (Tesla's 10-K wording): one clause per year, each with the lead.
_PER_YEAR = re.compile(
    r"^(?P<lead>[^$]*\b(?:to|will)\s+)(?P<first>[^$]*\$.*?)\s+(?:in|for)\s+(?P<y1>(?:fiscal\s+(?:year\s+)?)?20\d\d)"
    r",?\s+and\s+(?:(?:to\s+)?be\s+)?(?P<second>[^$.]*\$.*?)\s+(?:in|for)\s+(?:(?P<y2>(?:fiscal\s+(?:year\s+)?)?20\d\d)|"
    r"each\s+of\s+the\s+(?:following|next|subsequent)\s+(?P<n>two|three|2|3)\s+(?:fiscal\s+)?years)"
    r"(?:\s*,[^$]*)?\s*[.;]?\s*$",
    re.I,
)
_COUNT = {"two": 2, "three": 3, "2": 2, "3": 3}


# "to exceed $11.00 billion in each of 2025, 2026 and 2027", "for each of fiscal years 2018 and 2019"
_EACH_OF_YEARS = re.compile(
    r"^(?P<head>.*?\$.*?)\s+(?:in|for)\s+each\s+of\s+(?P<fiscal>fiscal\s+(?:years\s+)?)?"
    r"(?P<years>20\d\d(?:\s*,\s*20\d\d)*,?\s+and\s+20\d\d)(?P<tail>(?:\s*,[^$]*)?\s*[.;]?\s*)$",
    re.I,
)


# "between $6.00 to $8.00 billion in 2022 and each of the next two fiscal years": the same amount
_AND_EACH_NEXT = re.compile(
    r"^(?P<head>.*?\$.*?)\s+in\s+(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<y1>20\d\d),?\s+and\s+(?:in\s+)?each\s+of\s+"
    r"the\s+(?:next|following|subsequent)\s+(?P<n>two|three|2|3)\s+(?:fiscal\s+)?years(?:\s*,[^$]*)?\s*[.;]?\s*$",
    re.I,
)


# "to exceed $11.00 billion in each of the next three fiscal years" (no year named: from the next)
_EACH_NEXT = re.compile(
    r"^(?P<head>.*?\$.*?)\s+(?:in|for)\s+each\s+of\s+the\s+(?:next|following|coming)\s+(?P<n>two|three|2|3)\s+"
    r"(?P<fiscal>fiscal\s+)?years(?:\s*,[^$]*)?\s*[.;]?\s*$",
    re.I,
)


def _each_of_years(clause: str, next_year: int | None = None) -> list[str] | None:
    m = _EACH_OF_YEARS.match(clause)
    if m:
        years = [int(y) for y in re.findall(r"20\d\d", m["years"])]
    elif (m := _AND_EACH_NEXT.match(clause)) is not None:
        first = int(m["y1"])
        years = [first + i for i in range(_COUNT[m["n"].lower()] + 1)]
    elif next_year is not None and (m := _EACH_NEXT.match(clause)) is not None:
        years = [next_year + i for i in range(_COUNT[m["n"].lower()])]
    else:
        return None
    if not CAPEX.search(m["head"]) or len(amounts(m["head"])) != 1:
        return None
    fiscal = "fiscal " if m["fiscal"] else ""
    return [f"{m['head']} in {fiscal}{year}" for year in years]


def _per_year_clauses(clause: str, next_year: int | None = None) -> list[str] | None:
    each = _each_of_years(clause, next_year)
    if each:
        return each
    m = _PER_YEAR.match(clause)
    if not m or not CAPEX.search(m["lead"]) or CAPEX.search(m["first"] + m["second"]):
        return None
    first_year = m["y1"]
    if m["y2"]:
        later = [m["y2"]]
    else:
        start = int(first_year[-4:])
        later = [f"{first_year[:-4]}{start + i}" for i in range(1, _COUNT[m["n"].lower()] + 1)]
    lead = m["lead"]
    return [f"{lead}{m['first']} in {first_year}"] + [f"{lead}be {m['second']} in {y}" for y in later]


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (a period or semicolon followed by a capital, perhaps after
    an opening quote: "… $14 billion,” CFO X said. “Given …"; or a semicolon before "the company" /
    "we", which opens a new statement)."""
    return [s for s in re.split(r"(?<=[.;])\s+(?=[“\"‘]?[A-Z])|(?<=;)\s+(?=(?:the\s+company|we)\s)", text.strip()) if s]
