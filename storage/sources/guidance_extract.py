"""Capex guidance from earnings-release sentences: pure text in, structured outlooks out.

Precision comes first: a wrong guidance number in an alert is the worst thing the bot can do, so
every rule below *refuses* when in doubt (two metrics in one clause, several candidate years, a
delta such as "$2 billion higher", boilerplate). Missing an outlook costs a manual
`guidance add`; inventing one costs trust.

A sentence yields at most one numeric outlook per capex mention and, separately, direction-only
outlooks ("notably larger in 2026") that carry no number and are never charted.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from storage.fiscal_calendar import fiscal_quarter_of, fiscal_year_of, period_bounds
from storage.sources.guidance_context import (
    BREAKDOWN,
    CALL,
    OTHER_COMPANY,
    PARTIAL,
    PAST_COMPARISON,
    TRAILING_COMMENT,
    WHEN_FORECAST,
    analysts_figure,
    another_company_first,
)
from storage.sources.guidance_quarters import quarter_share, rest_of_year_quarters
from storage.sources.guidance_text import (
    CAPEX,
    NUM,
    SPEND,
    SPEND_ELSEWHERE,
    UNIT,
    amounts,
    clauses,
    sentences,
    usd,
)

_FORWARD = re.compile(
    # not "the $30 billion … that she had projected in July": an old outlook, now compared with
    r"(?<!\bhad )(?<!\bhave )\b(?:expect\w*|anticipat\w*|plan(?:s|ning)?\s+to|planned|forecast|outlook|on\s+track|guidance|"
    r"project(?:s|ed|ing)?|(?:are|is|now|['’]re)\s+(?:increasing|raising|lowering|reducing)|"
    r"estimated?\s+(?:to\s+be|at)|(?<!-)budget(?:s|ed)?|sees|target(?:s|ing)\b|committed\s+to\s+(?=\$)|"
    # "a capex plan of approximately $35B", "will double to $16 billion"
    r"\bplan(?:\s+of|:)\s+(?:approximately\s+|about\s+|roughly\s+)?(?=\$)|"
    # a headline bullet: "Cuts FY23 Capex $30-33B (prior $34-37B)"
    r"\b(?:rais|cut|lower|trimm?|boost|lift)\w*\s+(?:FY\s?'?\d\d\s+|20\d\d\s+)?(?:capex|capital\s+expenditures?)"
    r"(?:\s+(?:guidance|outlook|forecast|plan))?\s+(?:to\s+)?(?=\$)|"
    r"will\s+(?:double|triple|grow|rise|increase|climb|jump)\s+to\s+(?:approximately\s+|about\s+|roughly\s+)?(?=\$)|"
    # "will invest over $100 billion in capital expenditures", "intends to spend"; reported speech:
    # "said capital expenditure would be between $20bn and $23bn"
    r"(?:will|intends?\s+to)\s+(?:spend|invest)\b|guided\s+(?:for|to)\b|\bblueprint\b|"
    r"\bset\s+(?:its\s+)?(?:20\d\d\s+|FY\s?\d\d\s+)?(?:capital\s+expenditures?|capex|capital\s+spending)(?:\s+(?:budget|guidance|outlook))?\s+at\s+(?=\$)|"
    # "could reach between $175 billion and $185 billion", "may exceed $20 billion in 2026"
    r"(?:could|may|might)\s+(?:reach|exceed|total|top|surpass)\s+(?:approximately\s+|about\s+|between\s+)?(?=\$)|"
    r"(?:will|would)\s+(?:be|total|reach|exceed|range)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|between\s+|"
    r"in\s+the\s+range\s+of\s+)?(?=\$)|"
    # "Reduced 2025 capital expenditures by $200 million to $6.0 billion": a revised plan (a period
    # already over is refused later)
    r"(?:rais|increas|lower|reduc|cut|lift|boost|hik|trimm)\w*\s+[^.]{0,80}?\bto\s+(?:a\s+range\s+of\s+|between\s+|approximately\s+|about\s+|an\s+estimated\s+)?(?=\$)|"
    r"\b(?:is|are)\s+set\s+to\s+(?:rise|increase|grow|reach|climb|fall|decline)\b)",
    re.I,
)
# Boilerplate that names capex without giving an outlook: safe harbour, caveats, process notes.
_BOILERPLATE = re.compile(
    r"statements?\s+(?:include|regarding)|forward-looking|please\s+note|preliminary\s+estimates?|"
    r"expect\s+to\s+provide|sharing\s+a\s+preliminary|will\s+depend\s+on|risks?\s+and\s+uncertaint",
    re.I,
)
# Other metrics: an amount closer to one of these than to "capital expenditures" is not capex.
_OTHER_METRIC = re.compile(
    r"\b(?:expenses?|revenues?|income|tax\s+rate|margin|ebitda|earnings|cash\s+flow|depreciation|"
    r"backlog|obligations|sales|dividends?|repurchases?|buybacks?|costs?|production)\b",
    re.I,
)
_QUALIFIERS = (
    (re.compile(r"(?:approximately|about|around|roughly|nearly|close\s+to|~|an\s+estimated)\s*$", re.I), "approximately"),
    (re.compile(r"(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of|upwards\s+of)\s*$", re.I), "at least"),
    (
        re.compile(
            r"(?:more\s+than|over|in\s+excess\s+of|above|greater\s+than|north\s+of|exceed(?:ing)?|surpass(?:ing)?)\s*$",
            re.I,
        ),
        "more than",
    ),
    (re.compile(r"(?:up\s+to|at\s+most|no\s+more\s+than|below|under|less\s+than)\s*$", re.I), "at most"),
)
# An amount followed by a comparative is a change, not a level ("a $2 billion increase").
_DELTA_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:year[-\s]over[-\s]year\s+|annual\s+)?"
    r"(?:increase|decrease|higher|lower|more|less|above|below|up|down|reduction|cut|rise|decline)\b",
    re.I,
)
_PRIOR = re.compile(
    r"\b(?:(?:increased|raised|up|down|lowered|reduced|decreased|narrowed|updated|revised|changed|"
    r"unchanged|an?\s+(?:increase|decrease|reduction|rise))\s+from|(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:our\s+)?(?:prior|previous)|"
    r"(?:of|than|against|at\s+the\s+\w+\s+end\s+of)\s+(?:our\s+|its\s+|the\s+(?:company|firm)['’]s\s+|the\s+|[a-z-]+['’]s?\s+)?"
    r"(?:prior|previous|earlier)|(?:low|high)[-\s]end\s+of\b|"
    # "to $30-33 billion for 2023 from its prior estimate of $34-37 billion"
    r"from\s+(?:its|our|the|their)\s+(?:[\w-]+\s+){0,2}?(?:previous(?:ly)?|prior|original|earlier)\b|"
    r"instead\s+of\s+(?:the\s+|its\s+|our\s+)?(?:original|previous|prior|earlier)\b)|"
    # "(from $3.4 - $3.8 billion)", ", from $3.8 - $4.2 billion previously", "to $12.3 to $12.6 billion
    # from approximately $12.9 billion"
    r"\(\s*(?:from|prior|previously|was)\b|,\s*from\s+(?=\$[^.]*\bpreviously\b)|"
    r"(?:(?<=illion)|(?<=\d[bB])|(?<=\dbn))\s+from\s+(?=(?:approximately\s+|about\s+)?\$)|"
    # "… compared with $20 billion to $23 billion projected earlier"
    r"(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?=\$[^.;]*\b(?:projected|forecast|expected|guided|estimated)\s+(?:earlier|previously|before)\b)|"
    # "to $3.5 billion to $3.7 billion from its previously guided range of …", "… from its original guidance of"
    r"(?<=illion)\s+from\s+(?=(?:its|our|the|their)\s+(?:[\w-]+\s+){0,3}?(?:previous(?:ly)?|prior|original|earlier)\b)",
    re.I,
)
_REVISION_WORDS = (
    (
        re.compile(
            r"\b(?:increased|raised|up|an?\s+(?:increase|rise))\s+from\b|\bincrease\s+(?:of|in|at)\s+the\s+high\s+end|"
            r"\b(?:higher|more)\s+than\s+(?:our\s+)?(?:prior|previous)",
            re.I,
        ),
        "raised",
    ),
    (
        re.compile(
            r"\b(?:down|lowered|reduced|decreased|an?\s+(?:decrease|reduction))\s+from\b|\b(?:lower|less)\s+than\s+(?:our\s+)?(?:prior|previous)",
            re.I,
        ),
        "lowered",
    ),
    (re.compile(r"\bnarrowed\s+from\b", re.I), "narrowed"),
    (
        re.compile(
            r"\bunchanged\b|\bcontinue\s+to\s+expect|\b(?:still|remain)\s+(?:plan|expect)|reiterat|reaffirm",
            re.I,
        ),
        "reiterated",
    ),
)
_HIGH_END_DELTA = re.compile(
    rf"(?:raised|increased)\s+by\s+\$\s?{NUM}\s*{UNIT}\s+at\s+the\s+high\s+end\s+of\s+(?:our\s+)?prior\s+range|"
    rf"\$\s?{NUM}\s*{UNIT}\s+increase\s+(?:of|in|at|on)\s+the\s+high\s+end\s+of\s+(?:our\s+)?prior\s+range|"
    rf"increase\s+of\s+\$\s?{NUM}\s*{UNIT}\s+(?:of|in|at|on)\s+the\s+high\s+end\s+of\s+(?:our\s+)?prior\s+range",
    re.I,
)
# An amount after "raised by" is the change, not the level ("$30-37 billion, raised by $2 billion").
_DELTA_BEFORE = re.compile(
    r"\b(?:(?:raised|increased|lowered|reduced|cut|up|down)\s+by|an?\s+(?:increase|decrease|reduction|cut)\s+of"
    r"(?:\s+(?:nearly|about|approximately|roughly|almost|around))?|"
    r"(?:below|above)\s+the\s+(?:low|high)[-\s]end\s+of\s+.*|"
    r"\bby\s+(?:approximately\s+|about\s+|roughly\s+|around\s+|~\s*)?|\b(?:up|down)\s+)\s*$",
    re.I,
)
_REVISED_BY = re.compile(r"\b(raised|increased|lowered|reduced|cut)\s+by\s+\$", re.I)
# "we are raising our fiscal year 2026 capital expenditure expectation to approximately $35 billion"
_REVISED_TO = re.compile(
    # "raised our outlook … to $X", "a capex program lifted again to $X"
    r"\b(rais|increas|lower|reduc|cut)(?:e|es|ed|ing)?\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,6}?to\s+(?:[a-z]+\s+){0,2}\$|"
    r"\b(rais|lift|boost|hik|trimm)ed\s+(?:again\s+|further\s+)?to\s+(?:[a-z]+\s+){0,2}\$",
    re.I,
)
_INCLUDES = re.compile(r"\bincluding\s+((?:principal\s+payments\s+on\s+)?finance\s+leases)", re.I)
_DIRECTION = re.compile(
    r"\b(?:grow\w*|increas\w*|higher|larger|lower|decreas\w*|declin\w*|significant\w*|accelerat\w*|"
    r"double|moderat\w*)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:(fiscal|calendar)\s+(?:year\s+)?)?(20\d\d)\b|\b(FY|CY)\s?'?(\d{2}|20\d\d)\b", re.I)
_QUARTER = re.compile(
    r"\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+of\s+(?:fiscal\s+(?:year\s+)?)?(20\d\d)\b", re.I
)
_QUARTER_NO = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "first-quarter capital expenditures", "in the third quarter": a quarter named without its year
_BARE_QUARTER = re.compile(
    r"\b(?:(first|second|third|fourth)(?:-|\s+)(?:fiscal\s+)?quarter\b(?!\s+of\s+(?:fiscal\s+(?:year\s+)?)?20\d\d)|"
    r"Q([1-4])\b(?![\s-]*(?:FY|fiscal)?\s*'?\d\d))",
    re.I,
)
# "Q1 2026", "Q1-FY2026", "Q1 FY26": a quarter with its (fiscal) year
_Q_LABEL = re.compile(r"\bQ([1-4])[\s-]*(?:FY|fiscal\s+)?\s*'?(20\d\d|\d\d)\b", re.I)
_NEXT_YEAR = re.compile(r"\bnext\s+(?:fiscal\s+)?year\b", re.I)
# "in the upcoming quarter" (not "this quarter": a news report can mean the one just reported)
_NEXT_QUARTER = re.compile(r"\b(?:next|upcoming|coming|following)\s+(?:fiscal\s+)?quarter\b", re.I)
_YEAR_WORDS = re.compile(r"\b(?:year|annual|annually)\b", re.I)
_MAX_USD = 10**13


@dataclass(frozen=True)
class Guidance:
    """One outlook as `capexbot guidance parse` prints it (field names are a contract)."""

    period: str | None
    low_usd: int | None = None
    high_usd: int | None = None
    value_usd: int | None = None
    qualifier: str = (
        "point"  # range | point | approximately | at least | more than | at most | direction-only
    )
    includes: str = ""
    revision: str = ""  # "" | raised | lowered | narrowed | reiterated
    prev_low_usd: int | None = None
    prev_high_usd: int | None = None

    @property
    def numeric(self) -> bool:
        return self.qualifier != "direction-only"

    def to_dict(self) -> dict:
        return asdict(self)


def _qualifier(before: str, is_range: bool) -> str:
    if is_range:
        return "range"
    for pattern, name in _QUALIFIERS:
        if pattern.search(before):
            return name
    return "point"


def _main_and_prior(sentence: str) -> tuple[str, str]:
    """Split at the first 'from our prior ...' style phrase: amounts after it are the old outlook."""
    m = _PRIOR.search(sentence)
    if not m:
        return sentence, ""
    return sentence[: m.start()], sentence[m.start() :]


def _fiscal_label(kind: str | None, year: int, fye: str) -> str:
    if kind and kind.lower() == "calendar" and fye != "12-31":
        return f"CY{year}"
    # A bare year is the company's own (fiscal) year: Apple's "during 2015" and Micron's "in 2026"
    # are fiscal years; a calendar year is said so ("for calendar year 2026").
    return f"FY{year}"


def _years(text: str, fye: str) -> list[tuple[int, str]]:
    """(position, label) of each year named in the text, quarters first-class ("Q1-2026")."""
    out: list[tuple[int, str]] = []
    quarter_spans = []
    for m in _QUARTER.finditer(text):
        out.append((m.start(), f"Q{_QUARTER_NO[m.group(1).lower()]}-{m.group(2)}"))
        quarter_spans.append((m.start(), m.end()))
    for m in _Q_LABEL.finditer(text):
        year = m.group(2) if len(m.group(2)) == 4 else f"20{m.group(2)}"
        out.append((m.start(), f"Q{m.group(1)}-{year}"))
        quarter_spans.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in quarter_spans):
            continue
        if m.group(3):  # FY26 / CY2026
            year = int(m.group(4)) if len(m.group(4)) == 4 else 2000 + int(m.group(4))
            kind = "fiscal" if m.group(3).upper() == "FY" else "calendar"
        else:
            year, kind = int(m.group(2)), m.group(1)
        out.append((m.start(), _fiscal_label(kind, year, fye)))
    return sorted(out)


def _bare_quarters(text: str, filed: date, fye: str) -> set[str]:
    """A quarter named without a year, when it is the quarter after the reported one: Alphabet's
    February release (reporting Q4 2024) says "first-quarter" for Q1-2025. Any other bare quarter
    ("the fourth quarter" in a January release) could be the one just reported: both readings are
    returned, so the clause names two periods and is refused."""
    year, reported = fiscal_quarter_of(filed - timedelta(days=40), fye)  # inside the reported quarter
    following = reported % 4 + 1
    out = {f"Q{following}-{year if following > reported else year + 1}"} if _NEXT_QUARTER.search(text) else set()
    for m in _BARE_QUARTER.finditer(text):
        n = _QUARTER_NO[m.group(1).lower()] if m.group(1) else int(m.group(2))
        if n == reported % 4 + 1:
            out.add(f"Q{n}-{year if n > reported else year + 1}")
        else:
            out |= {f"Q{n}-{year}", f"Q{n}-{year + 1}"}
    return out


def _period(main: str, filed: date, fye: str, undated: str = "year") -> str | None:
    """The one period the clause is about, or None when it names several or a period already over
    (precision first). `undated` is what a clause naming no period is about, by the company's habit:
    its fiscal year, or ("next-quarter") the quarter after the one reported (Nvidia's outlook)."""
    labels = {label for _, label in _years(main, fye)} | _bare_quarters(main, filed, fye)
    if len(labels) == 1:
        return _still_ahead(labels.pop(), filed, fye)
    if labels:
        return None
    if _NEXT_YEAR.search(main):
        return f"FY{_reported_year(filed, fye) + 1}"
    if undated == "next-quarter" and not _YEAR_WORDS.search(main):
        year, reported = fiscal_quarter_of(filed - timedelta(days=40), fye)
        following = reported % 4 + 1
        return f"Q{following}-{year if following > reported else year + 1}"
    year = fiscal_year_of(filed, fye)
    if date.fromisoformat(period_bounds(f"FY{year}", fye)[1]) - filed < timedelta(days=31):
        return None  # a December budget names no year: this one, or (more likely) the next?
    return f"FY{year}"


def _still_ahead(label: str, filed: date, fye: str) -> str | None:
    """An outlook is about a period not over yet. Retailers whose year ends in January name it by
    the year it starts in (Target's "2025" ends in January 2026, our FY2026); Walmart and Nvidia by
    the year it ends in. A January year named by its end that is already over is the other kind."""
    if label.startswith("CY"):
        return label
    if date.fromisoformat(period_bounds(label, fye)[1]) >= filed:
        return label
    if label.startswith("FY") and int(fye[:2]) <= 2:
        later = f"FY{int(label[2:]) + 1}"
        return later if date.fromisoformat(period_bounds(later, fye)[1]) >= filed else None
    return None


def _reported_year(filed: date, fye: str) -> int:
    """The fiscal year of the quarter the release reports, which "next year" counts from: Oracle's
    June release reports the year just ended (FY2025), so its "next fiscal year" is FY2026, though
    on the filing date FY2026 has begun. Releases come 10-60 days after the quarter ends, so 75 days
    before the filing date always falls inside the reported quarter."""
    return fiscal_year_of(filed - timedelta(days=75), fye)


def _revision(main: str, prior: str, new: tuple[int, int], prev: tuple[int, int] | None) -> str:
    stated = _REVISED_BY.search(main) or _REVISED_TO.search(main)
    if stated:
        verb = (stated.group(1) or stated.group(2)).lower()
        return "raised" if verb.startswith(("rais", "increas", "lift", "boost", "hik")) else "lowered"
    for pattern, name in _REVISION_WORDS:
        if pattern.search(prior) or (name == "reiterated" and pattern.search(main)):
            return name
    if prev is None:
        return ""
    (lo, hi), (plo, phi) = new, prev
    if (lo, hi) == (plo, phi):
        return "reiterated"
    if plo <= lo and hi <= phi:
        return "narrowed"
    if lo >= plo and hi >= phi:
        return "raised"
    if lo <= plo and hi <= phi:
        return "lowered"
    return ""


_CHANGE_NOUN = re.compile(r"\s*(?:increase|decrease|cut|reduction|raise|savings?|growth|step-up|decline)\b", re.I)


# "the $4 trillion tech giant will spend …": what the company is worth, not what it spends
_WORTH = re.compile(r"^\s*(?:-dollar\s+)?(?:market\s+(?:cap\w*|value)|valuation|(?:tech\w*\s+)?(?:giant|behemoth|titan|company|firm))\b", re.I)


def _capex_amount(main: str, mention: re.Pattern[str] = CAPEX) -> tuple[int, int, int, int | None] | None:
    """The amount that belongs to the capex mention, or None when that is not certain."""
    mentions = list(mention.finditer(main))
    if not mentions:
        return None
    candidates = []
    for amt in amounts(main):
        start, end = amt[0], amt[1]
        if _DELTA_AFTER.match(main[end:]) or _DELTA_BEFORE.search(main[:start]) or _WORTH.match(main[end:]):
            continue
        after = next((m for m in mentions if m.start() >= end), None)
        before = next((m for m in reversed(mentions) if m.end() <= start), None)
        if before is not None and not _OTHER_METRIC.search(main[before.end() : start]):
            candidates.append(amt)
        elif (
            after is not None
            and re.match(r"^\s*(?:(?:in|of|on|for)\s+(?:[\w-]+\s+)?)?$", main[end : after.start()])
            and not _CHANGE_NOUN.match(main[after.end() :])
        ):
            candidates.append(amt)  # "$75 billion in capital expenditures", "a $25 billion capex bill"
    return candidates[0] if len(candidates) == 1 else None


_DELTA_FROM_PRIOR = re.compile(
    rf"\$\s?{NUM}\s*{UNIT}\s+(higher|more|lower|less)\s+than\s+(?:our\s+)?(?:prior|previous)\s+"
    rf"(?:outlook|forecast|estimate|guidance|range)\s+of\s+\$\s?{NUM}\s*{UNIT}",
    re.I,
)


def _delta_from_prior(main: str, sentence: str) -> tuple[int, int, int, int | None] | None:
    """ "$15 billion higher than our previous forecast of $35 billion" -> the $50 billion it states."""
    m = _DELTA_FROM_PRIOR.search(sentence)
    if not m or not CAPEX.search(sentence[: m.start()]) or _OTHER_METRIC.search(sentence[: m.start()]):
        return None
    delta, prev = usd(m.group(1), m.group(2)), usd(m.group(4), m.group(5))
    value = prev + delta if m.group(3).lower() in ("higher", "more") else prev - delta
    return (m.start(), m.end(), value, None) if value > 0 else None


# Shapes that are not a one-period outlook, whatever amount they hold: past spending ("were $X"),
# a part of a year without its label ("in the fourth quarter", "quarterly capex at the Q1 level of
# $12 billion": a per-quarter level, not the year's total), several years at once.
# ("capex was $X", "were up 20% to $X"; not "it was disclosed that capex will exceed $20 billion",
# nor the revision "the outlook was raised to $X")
_PAST = re.compile(
    r"\b(?:(?:were|was)(?!\s+(?:raised|lifted|boosted|hiked|lowered|reduced|cut|trimmed|revised)\b)"
    r"(?=\s+(?:[\w%,-]+\s+){0,5}?(?:approximately\s+|about\s+)?\$)|totall?ed|amounted\s+to|came\s+in\s+at|"
    r"reported)\b",
    re.I,
)
_PART_OF_YEAR = re.compile(
    r"\b(?:quarters?|quarterly|(?:first|second|back|front)[-\s]half|half[-\s]year|halves|months?|monthly|[QH][1-4])\b", re.I
)
_MULTI_YEAR = re.compile(
    r"\b(?:next|coming|following)\s+(?:\w+\s+)?years\b|\bover\s+the\s+next\b|\bcumulative\w*\b|"
    r"\bover\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\b|"
    r"\b(?:through|by|until)\s+(?:fiscal\s+)?20\d\d\b|\bover\s+the\s+long[-\s]term\b|"
    r"\blong[-\s]term\s+(?:plan|outlook|target|framework|guidance|capex|capital\s+expenditures?)\b|\bmulti-?year\b",
    re.I,
)
_ABOUT_PRIOR_OUTLOOK = re.compile(r"\b(?:prior|previous(?:ly)?|outlook|estimate|range|guidance|forecast|plan|projection)\b", re.I)


_SAID_WHEN = re.compile(r"\b(?:last|earlier\s+this)\s+month\b", re.I)  # when it was said ("Last month Meta said…")


def _not_one_period(main: str) -> bool:
    main = _SAID_WHEN.sub("", main)
    labelled_quarter = _QUARTER.search(main) or _BARE_QUARTER.search(main) or _Q_LABEL.search(main) or _NEXT_QUARTER.search(main)
    return bool(
        _PAST.search(main)
        or _MULTI_YEAR.search(main)
        or (_PART_OF_YEAR.search(main) and not labelled_quarter)
    )


def _numeric(sentence: str, filed: date, fye: str, undated: str = "year", mention: re.Pattern[str] = CAPEX) -> Guidance | None:
    sentence = CALL.sub("", WHEN_FORECAST.sub("", sentence))
    main, prior = _main_and_prior(TRAILING_COMMENT.sub("", PAST_COMPARISON.sub("", sentence)))
    breakdown = BREAKDOWN.search(main)
    if breakdown and amounts(main[: breakdown.start()]):
        main = main[: breakdown.start()]
    if PARTIAL.search(main) or OTHER_COMPANY.search(sentence) or analysts_figure(sentence):
        return None
    if _FORWARD.search(sentence) and not _FORWARD.search(f"{main} {prior}"):
        return None  # the only look ahead was the comparison cut off ("hit $34.9 billion, far above expectations")
    if _not_one_period(main):
        return None
    if prior and not _ABOUT_PRIOR_OUTLOOK.search(prior):
        prior = ""  # "up from $15 billion in 2019": last year's spending, not a previous outlook
    amt = _capex_amount(main, mention) or (_delta_from_prior(main, sentence) if mention is CAPEX else None)
    if amt is None:
        return None
    start, _, low, high = amt
    if not 0 < low <= _MAX_USD or (high is not None and high > _MAX_USD):
        return None
    period = _period(main, filed, fye, undated)
    if period is None:
        return None
    qualifier = _qualifier(main[:start], high is not None)
    new = (low, high if high is not None else low)
    prev = _prior_range(prior, new, sentence)
    inc = _INCLUDES.search(main)
    return Guidance(
        period=period,
        low_usd=low if high is not None else None,
        high_usd=high,
        value_usd=None if high is not None else low,
        qualifier=qualifier,
        includes=inc.group(1).lower() if inc else "",
        revision=_revision(main, prior, new, prev),
        prev_low_usd=prev[0] if prev else None,
        prev_high_usd=prev[1] if prev else None,
    )


def _prior_range(prior: str, new: tuple[int, int], sentence: str) -> tuple[int, int] | None:
    stated = _DELTA_FROM_PRIOR.search(sentence)
    if stated:
        prev = usd(stated.group(4), stated.group(5))
        return prev, prev
    delta = _HIGH_END_DELTA.search(sentence)
    if delta:
        number, unit = next((delta.group(i), delta.group(i + 1)) for i in (1, 3, 5) if delta.group(i))
        return new[0], new[1] - usd(number, unit)
    found = [a for a in amounts(prior) if not _DELTA_AFTER.match(prior[a[1] :])]
    if not found:
        return None
    _, _, low, high = found[0]
    return low, high if high is not None else low


def _direction(sentence: str, filed: date, fye: str) -> Guidance | None:
    if not _DIRECTION.search(sentence) or amounts(sentence):
        return None
    labels = [label for _, label in _years(sentence, fye)]
    if labels:
        period: str | None = labels[0]
    elif _NEXT_YEAR.search(sentence):
        period = f"FY{_reported_year(filed, fye) + 1}"
    else:
        period = None
    revision = "reiterated" if re.search(r"\bcontinue\s+to\s+expect\b", sentence, re.I) else ""
    return Guidance(period=period, qualifier="direction-only", revision=revision)


# An outlook table's bullet has no verb: "Capital expenditures between $17.0 billion and $17.5
# billion.", "Full-year capital spending: $13.0 billion, plus or minus $500 million.", "Capital
# spending in the $21-$22 billion range.", "Approximately $2.8 billion to $3.2 billion in total
# capital expenditures." Read alone only when it gives a range (a past figure is a single amount),
# with no past-tense verb. Not "capital investment": telecoms define it as capex plus
# vendor-financing payments.
_BULLET_HEAD = re.compile(
    r"^\s*(?:[•·▪\-–*]\s*)?(?:(?:full[-\s]year|annual|\d{4})\s+)?(?:capital\s+(?:expenditures?|spending)|capex)"
    r"(?:\s*\(\d\))?(?:,?\s+(?:gross|net),?)?(?:\s*\|)*\s*(?::|between|of|in\s+the|at|\$|"
    r"[-–—]\s*(?:approximately|about|around|roughly)?\s*\$)",
    re.I,
)
_AMOUNT_HEAD = re.compile(
    r"^\s*(?:[•·▪\-–*]\s*)?(?:approximately|about|around|roughly|between)?\s*\$[^;]{0,60}?\s+(?:in|of)\s+"
    r"(?:total\s+|gross\s+)?(?:capital\s+(?:expenditures?|spending)|capex)\b",
    re.I,
)
_QUOTES = re.compile(r"[“”\"]")
_USD = re.compile(r"\bUS\s?\$\s?|\bUSD\s?(?=\d)")
_YEAR_IN_HEADING = re.compile(r"\b(?:(fiscal|FY)\s*)?(20\d\d)\b", re.I)


def _outlook_bullet(clause: str, in_outlook: bool = False) -> bool:
    """A verbless outlook bullet. Under an "Outlook" heading a single amount is an outlook too."""
    if not (_BULLET_HEAD.match(clause) or _AMOUNT_HEAD.match(clause)) or _PAST.search(clause):
        return False
    return in_outlook or any(high is not None for _, _, _, high in amounts(clause))


def _with_heading_year(clause: str, heading: str, fye: str) -> str:
    """A bullet under "2025 Outlook" names no year: it is about the heading's year, or its quarter
    ("Outlook for the second quarter of fiscal 2017", "Q4 FY2021 Outlook")."""
    years = {m.group(2) for m in _YEAR_IN_HEADING.finditer(heading)}
    if len(years) != 1 or _years(clause, fye) or _bare_quarters(clause, date(2000, 1, 1), fye):
        return clause
    # "full-year capital expenditures" under a quarter's heading are the year's
    quarter = None if _YEAR_WORDS.search(clause) else _QUARTER.search(heading) or _Q_LABEL.search(heading)
    if quarter is not None:
        return f"{clause.rstrip(' .;')} in {quarter.group(0)}"
    fiscal = "fiscal " if re.search(r"\b(?:fiscal|FY)", heading, re.I) else ""
    return f"{clause.rstrip(' .;')} in {fiscal}{years.pop()}"


def extract_guidance(
    text: str, filed: date, fiscal_year_end: str = "12-31", *, outlook_heading: str = "", undated: str = "year",
    company: str | None = None,
) -> list[Guidance]:
    """Every capex outlook stated in `text` (a sentence or a short paragraph of a release).

    `filed` is the filing date of the release and `fiscal_year_end` the company's "MM-DD": they
    resolve "full year", "next year" and bare years into the company's period labels.
    `outlook_heading` is the heading of the release section the text sits in, when that section is
    the company's outlook ("2026 Outlook", "Guidance"): its bullets need no verb, and name its year.
    `company` (an id or alias): a clause naming another known company and not this one is that
    company's outlook ("Alphabet projected $175-185 billion, while Meta…" read for Meta).
    """
    out: list[Guidance] = []
    text = _QUOTES.sub("", _USD.sub("$", text))  # "USD 35 billion", "US$15.5 billion", "“approximately $75 billion”"
    for sentence in sentences(text):
        if _BOILERPLATE.search(sentence):
            continue
        for clause in clauses(sentence, _reported_year(filed, fiscal_year_end) + 1):
            if company is not None and another_company_first(clause, company):
                continue
            rest = _rest_of_year(clause, sentence, filed, fiscal_year_end)
            bullet = _outlook_bullet(clause, bool(outlook_heading))
            spend = not CAPEX.search(clause) and SPEND.search(clause) and not SPEND_ELSEWHERE.search(clause)
            if not (_FORWARD.search(clause) or bullet or spend) or not (CAPEX.search(clause) or spend):
                out.extend(g for g in rest if g not in out)
                continue
            if outlook_heading:
                clause = _with_heading_year(clause, outlook_heading, fiscal_year_end)
            if spend:  # a number or nothing: "we will invest more" is no capex outlook
                found = _numeric(clause, filed, fiscal_year_end, undated, SPEND)
            else:
                found = _numeric(clause, filed, fiscal_year_end, undated) or _direction(clause, filed, fiscal_year_end)
            share = quarter_share(clause, found, filed, fiscal_year_end, _numeric)
            for g in (found, share, *([] if found is not None else rest)):
                if g is not None and g not in out:
                    out.append(g)
    return out


def _rest_of_year(clause: str, sentence: str, filed: date, fye: str) -> list[Guidance]:
    if not _FORWARD.search(clause):
        return []
    return [Guidance(period=p, value_usd=v, qualifier=q) for p, v, q in rest_of_year_quarters(clause, sentence, filed, fye)]
