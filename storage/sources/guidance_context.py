"""What stands next to a capex outlook in a release sentence without being it: a breakdown of the
total, last year's actual, commentary, a part of the company, another company's or analysts' figure,
the quarter a call or an old forecast is named by. The outlook reader (`guidance_extract.py`) cuts or
refuses these before it reads an amount and a period, because each one, read as the outlook, has put
a wrong number in an alert."""

from __future__ import annotations

import re

from storage.sources.guidance_seed import company_names
from storage.sources.guidance_text import NUM, UNIT, amounts

# ", including approximately $10.5 billion for product tooling": a breakdown of the total before it
BREAKDOWN = re.compile(
    r",?\s+(?:including|which\s+includes?|of\s+which)\b(?!\s+(?:principal\s+payments\s+on\s+)?finance\s+leases)"
    r"[^$;]{0,80}?\$|"
    # "approximately $75 billion in capex in 2025, approximately $16 to $18 billion of that in the first quarter"
    r",\s+(?:approximately\s+|about\s+|roughly\s+)?\$[^,;]{0,40}?\s+of\s+(?:that|which|this)\b|"
    # "$75 billion this year, with approximately $16 to $18 billion in the first quarter"
    r",\s+with\s+(?:approximately\s+|about\s+|roughly\s+)?\$[^,;]{0,40}?\s+(?:in|for|during)\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|Q[1-4])\b",
    re.I,
)


# "compared to $59 billion in 2022": last year's actual beside the outlook, not a second outlook
PAST_COMPARISON = re.compile(
    # ", far above the $115 billion analysts had expected", ", nearly double the $91.45 billion it spent
    # in 2025": someone else's estimate, or last year's actual, beside the outlook
    rf",?\s+(?:and\s+)?(?:far\s+|well\s+|nearly\s+|roughly\s+|almost\s+|possibly\s+|potentially\s+|more\s+than\s+)?"
    rf"(?:above|below|ahead\s+of|short\s+of|double|triple|doubling|tripling)\s+"
    rf"(?:the\s+)?(?:approximately\s+|about\s+)?\$\s?{NUM}\s*{UNIT}\s+(?:(?:that\s+)?(?:analysts|wall\s+street|the\s+street|it|we|the\s+company)\s+)?"
    r"(?:had\s+)?(?:expected|forecast|estimated|spent|invested)\b(?:(?!\s+and\s)[^,.;$])*|"
    # "(projected $14.3 billion this year)": a journalist's or analysts' projection in brackets
    r"\s*\((?:projected|estimated|est\.|expected|forecast)\s[^)]*\)|"
    # ", more than double the previous year's level"
    r",?\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:double|triple|doubling|tripling)\s+(?:the\s+)?(?:previous|prior|last)\s+year['’]s\s+(?:level|total|spending)\b|"
    # ", exceeding market expectations of around $110 billion"
    rf"(?:,|—|–)?\s+(?:far\s+|well\s+)?(?:exceeding|topping|beating|surpassing|above|below|missing|short\s+of|ahead\s+of)\s+(?:the\s+)?"
    rf"(?:(?:market|analysts['’]?|wall\s+street|the\s+street|consensus)\s+)?(?:expectations|estimates?|forecasts?)\s+"
    rf"(?:of|for)\s+(?:around\s+|about\s+|roughly\s+|approximately\s+)?\$\s?{NUM}\s*{UNIT}[^,.;$]*|"
    rf",?\s+(?:compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from)\s+"
    rf"(?:approximately\s+|about\s+|under\s+|over\s+|nearly\s+|more\s+than\s+|less\s+than\s+)?\$\s?{NUM}\s*{UNIT}"
    rf"\s+(?:in|for)\s+(?:fiscal\s+(?:year\s+)?)?20\d\d\b|"
    r",?\s+(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:fiscal\s+(?:year\s+)?)?20\d\d\b(?!\s*(?:of|at)?\s*\$)|"
    # ", a 17% decline from fiscal 2020 levels"
    r",?\s+an?\s+[\d.]+\s*(?:%|percent)\s+(?:decline|decrease|increase|reduction|rise|growth)\s+(?:from|over|compared\s+(?:to|with))\s+"
    r"(?:fiscal\s+(?:year\s+)?)?20\d\d(?:\s+levels?)?|"
    # ", a 35% rise from the $78 billion spent in 2024"
    rf",?\s+an?\s+[\d.]+\s*(?:%|percent)\s+(?:rise|increase|jump|decline|decrease|drop)\s+from\s+(?:the\s+)?\$\s?{NUM}\s*{UNIT}"
    r"\s+(?:spent|invested)\b[^,.;$]*|"
    # ", a reduction compared to the $5.15 billion spent in the year ending September"
    r",?\s+(?:an?\s+[\w-]+\s+)?(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?\$\s?\d[\d,.]*\s*(?:[a-z]+\s+)?"
    r"(?:spent|invested|last\s+year|a\s+year\s+ago)[^,.;$]*",
    re.I,
)


# ", with a significant ramp in the fourth quarter", ", driven by strong demand, … similar to Q4":
# commentary after the outlook, with no amount, names no period of the outlook
TRAILING_COMMENT = re.compile(
    r",\s+(?:with|driven\s+by|reflecting|as|primarily|mainly|largely|due\s+to)\b[^$]*$|"
    # ", while Microsoft dropped $34.9 billion …": a contrast, usually someone else's figure
    r",\s+(?:while|whereas)\s.*$|"
    # " - which would nearly double last year's $72.2 billion": commentary on the outlook
    r"\s+[-–—]\s+which\s+(?:would|will|is|was|represents?|marks?)\b.*$|"
    # ", but expects a decline in the following two years": the next years' direction, no amount
    r",\s+but\s+(?:expects?|anticipates?|sees|said|says|warned|noted)\b[^$]*$|"
    # ", and management has already signaled that spending will increase in 2026": commentary
    r",\s+and\s+(?:management|executives|the\s+company|it|we|they|analysts|investors|the\s+ceo|the\s+cfo)\b.*$|"
    # "$75 billion in 2024 and even more in 2025": the next year's direction, no second amount
    r",?\s+and\s+(?:even\s+|significantly\s+|much\s+)?(?:more|higher|less|lower)\s+in\s+(?:20\d\d|next\s+year)\b[^$]*$",
    re.I,
)
# capex of a part of the company: a segment, a subsidiary line of business, a kind of asset
PARTIAL = re.compile(
    r"\b(?:non-[a-z]+|maintenance|growth|sustaining|upstream|downstream|midstream|affiliate|segment|"
    r"aircraft|fleet)\s+(?:adjusted\s+)?(?:capital\s+(?:expenditures?|spending)|capex)\b",
    re.I,
)


# "In comparison, competitor AT&T is expected to spend …": another company's figure; "Analysts
# expect Apple's capex to increase to $14.3 billion, according to FactSet": not the company's outlook
OTHER_COMPANY = re.compile(r"\b(?:competitors?|rivals?|peers?|collectively|combined|altogether)\b", re.I)
# ... and "Morgan Stanley analysts said in a note that they expect", "Wall Street had been nearer
# $146bn", "Phillip Securities kept a Buy rating and lifted its 2026 capex outlook to $50 billion"
_ANALYSTS = re.compile(
    # (not "management told analysts it now expects": the company speaking to them)
    r"(?<!told\s)(?<!\bto\s)(?<!with\s)\b(?:analysts?|consensus|wall\s+street|the\s+street|factset|visible\s+alpha|securities|brokers?|"
    r"(?:buy|sell|hold|neutral|overweight|underweight)\s+rating)\b[^$]{0,80}?"
    r"\b(?:expect|forecast|estimat|see|project|anticipat|predict|model|outlook|near)\w*|"
    r"according\s+to\s+(?:analysts|factset|consensus)|\bestimates\s+(?:suggest|show|point|indicate)",
    re.I,
)


# "… above the approximately $58 billion in capex for the year that analysts had been expecting"
_ANALYSTS_AFTER = re.compile(
    # (not "$200bn …, roughly a third more than Wall Street had forecast": the company's, compared)
    r"\$(?:(?!\b(?:more|less|higher|lower|greater|bigger)\s+than\b)[^$]){0,80}?\b(?:that\s+)?(?:analysts|wall\s+street|the\s+street|consensus)\s+(?:had\s+|have\s+)?(?:been\s+)?"
    r"(?:expect|forecast|estimat|predict|project)\w*",
    re.I,
)


def analysts_figure(sentence: str) -> bool:
    """The first amount is the analysts' ("Analysts expect Apple's capex to reach $14.3 billion"), or
    the only one is what analysts had been expecting; "… $175-185 billion, far above the $115 billion
    analysts had expected" is the company's."""
    said = _ANALYSTS.search(sentence)
    found = amounts(sentence)
    if len(found) == 1 and _ANALYSTS_AFTER.search(sentence):
        return True
    return bool(said and found and (said.start() < found[0][0] or "according to" in said.group(0).lower()))


# "about $15 billion higher than we forecasted after Q1, or roughly $50 billion": the quarter the
# earlier forecast was made in, not the outlook's period
WHEN_FORECAST = re.compile(
    r"\s+(?:after|in|at|on|with)\s+(?:our\s+|the\s+)?(?:Q[1-4]|(?:first|second|third|fourth)\s+quarter)"
    r"(?:\s+(?:call|results|earnings))?(?=\s*,?\s+or\s)",
    re.I,
)


# "On its fourth-quarter earnings call on Wednesday, Tesla said …": when it was said, not the period
# "during its Wednesday fourth quarter earnings call", "in the recently concluded Q4 2025 earnings call"
CALL = re.compile(
    r"\b(?:on|in|during|at)\s+(?:(?:the\s+)?\w+['’]s|its|the|our)\s+(?:[a-z]+\s+){0,2}?(?:(?:first|second|third|fourth)[-\s]quarter|Q[1-4])"
    r"(?:\s+(?:fiscal\s+)?20\d\d)?\s+(?:earnings|results)\s+(?:conference\s+)?(?:call|report|release)\b",
    re.I,
)


def another_company_first(clause: str, company: str) -> bool:
    """Whether the clause names a known company before, or instead of, `company` (an id or alias):
    "Alphabet projected $175-185 billion" in an article about Amazon is Alphabet's outlook, and so is
    "With Alphabet targeting $75 billion, Meta aiming for $65 billion…" in one about Nvidia;
    "CoreWeave, the Nvidia-backed provider, plans…" is CoreWeave's."""
    ids, pattern = company_names()
    own = ids.get(company.lower(), company.lower())
    named = [ids[m.group(0).lower()] for m in pattern.finditer(clause)]
    return bool(named) and named[0] != own
