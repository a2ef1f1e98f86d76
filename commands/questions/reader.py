"""Reading a plain question as the command a user would have typed.

A keyword/slot grammar over folded tokens: find the dollar amount, the period phrase and the
companies (each removed from the line as it is found), then decide the intent from what is left
with a fixed order of rules, each one line below. Every decision can be explained from the
lexicon, which is the point: a wrong reading is shown to the user ("Read as: …") and fixable by
editing a word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from commands.questions import lexicon as lx
from commands.questions.amounts import Amount, find_amount, strip_amount
from commands.questions.companies import CompanyIndex, find_companies
from commands.questions.tokens import fold, has_phrase, joined, words
from commands.questions.when import When, canonical, find_since, find_when, resolve

_STRONG_TRUTH = tuple(p for p in lx.TRUTH if p not in ("really", "vraiment", "right", "il parait", "exact"))
_DOMAIN_GROUP = ("big tech", "bigtech", "tech giants", "hyperscalers", "hyperscaler", "gafam", "gafa",
                 "magnificent seven", "mag 7", "geants de la tech", "geants", "les geants")
_SPAN = re.compile(r"\w+")

LatestQuarter = Callable[[str], str | None]


@dataclass(frozen=True)
class Reading:
    """What a line asks. `intent` is a command family or "not_capex" / "offtopic" / "ambiguous"."""

    intent: str
    lang: str
    companies: tuple[str, ...] = ()
    period: When | None = None
    since: int | None = None
    quarterly: bool = False
    claim: Amount | None = None
    hoax_text: str = ""
    typos: tuple[tuple[str, str], ...] = ()
    suggestions: tuple[str, ...] = ()
    unsure: tuple[str, ...] = field(default_factory=tuple)
    leftover: tuple[str, ...] = ()  # words the reader did not know (a re-read command must have none)

    @property
    def understood(self) -> str | None:
        """The canonical command line, or None when the line asks nothing we answer."""
        since = f" since {self.since}" if self.since else ""
        if self.intent == "capex":
            parts = ["capex", *self.companies[:1]]
            if self.companies and self.period is not None:
                parts.append(canonical(self.period))
            return " ".join(parts)
        if self.intent == "top":
            year = f" {self.period.year}" if self.period is not None and self.period.kind != "Q" else ""
            return f"capex top{year}"
        if self.intent == "compare":
            return "capex compare " + " ".join(self.companies) + since
        if self.intent == "chart":
            granularity = " quarterly" if self.quarterly else ""
            return f"capex chart {' '.join(self.companies[:1])}{granularity}{since}".replace("  ", " ").strip()
        if self.intent == "hoax":
            return f"hoax {self.hoax_text}".strip()
        if self.intent == "help":
            return "help"
        return None


def detect_lang(tokens: list[str], line: str) -> str:
    """'fr' or 'en' from function and domain words; a tie goes to French on accents or " ?"."""
    fr = sum(1 for t in tokens if t in lx.FRENCH)
    en = sum(1 for t in tokens if t in lx.ENGLISH)
    if fr != en:
        return "fr" if fr > en else "en"
    accents = any(ch in line for ch in "éèêàùçôîœÉÈ") or re.search(r"\s[?!:;]", line) is not None
    return "fr" if accents else "en"


def read(line: str, index: CompanyIndex, today: date, latest_quarter: LatestQuarter) -> Reading:
    """The Reading of one chat line (pure; no I/O beyond the `latest_quarter` lookup)."""
    folded = fold(line)
    amount = find_amount(folded)
    if amount is not None and len(folded) == len(line):  # quote it back as typed: "37,5 Md$"
        amount = replace(amount, text=line[amount.start : amount.end].strip())
    tokens = words(strip_amount(folded))
    lang = detect_lang(words(folded), line)
    since, text = find_since(joined(tokens))
    when, text = find_when(text)
    found = find_companies(text.split(), index)
    rest = joined(found.rest)
    ctx = _Context(rest, lang, found.companies, when, since, amount, found.typos)
    if found.unsure and not found.companies and (ctx.capexish or ctx.has(lx.RANK)):
        return Reading("ambiguous", lang, suggestions=found.suggestions, unsure=found.unsure)
    leftover = tuple(w for w in found.rest if w not in index.vocabulary)
    reading = replace(_decide(ctx, line), leftover=leftover)
    return _with_period(reading, index, today, latest_quarter)


@dataclass(frozen=True)
class _Context:
    rest: str
    lang: str
    companies: tuple[str, ...]
    when: When | None
    since: int | None
    amount: Amount | None
    typos: tuple[tuple[str, str], ...]

    def has(self, phrases: tuple[str, ...]) -> bool:
        return has_phrase(self.rest, phrases)

    @property
    def capexish(self) -> bool:
        return self.has(lx.CAPEX) or self.has(lx.SPEND) or self.has(lx.GUIDANCE)

    def reading(self, intent: str, **kw: object) -> Reading:
        base: dict = {"lang": self.lang, "companies": self.companies, "period": self.when,
                      "since": self.since, "typos": self.typos}
        base.update(kw)
        return Reading(intent, **base)


def _decide(c: _Context, line: str) -> Reading:
    """The intent rules, in order; the first that applies wins."""
    n = len(c.companies)
    words_left = len(c.rest.split())
    if c.has(lx.HELP) and n == 0 and not c.capexish and not c.has(_STRONG_TRUTH):
        return c.reading("help", companies=())
    if c.amount is not None and n >= 1 and (c.capexish or c.has(lx.TRUTH)) and not c.has(lx.OTHER_METRIC):
        return c.reading("capex", companies=c.companies[:1], claim=c.amount)
    if c.has(_STRONG_TRUTH) and not c.capexish:
        return c.reading("hoax", companies=(), hoax_text=hoax_claim(line))
    if c.has(lx.OTHER_METRIC) and not (c.has(lx.CAPEX) or c.has(lx.SPEND)):  # "revenue guidance"
        return c.reading("not_capex")
    if c.has(lx.CHART):
        return c.reading("compare" if n >= 2 else "chart", quarterly=c.has(lx.QUARTERLY))
    if n >= 2:
        return c.reading("compare")
    domain = c.has(_DOMAIN_GROUP)
    if c.has(lx.RANK) and (c.capexish or domain):
        return c.reading("top", companies=())
    if n == 1 and (c.capexish or c.has(lx.HOW_MUCH) or words_left <= 1 or (c.when and words_left <= 2)):
        return c.reading("capex")
    if n == 0 and (c.has(lx.CAPEX) or (domain and (c.capexish or c.has(lx.HOW_MUCH)))):
        return c.reading("capex", period=None)
    return c.reading("offtopic", companies=())


def _with_period(reading: Reading, index: CompanyIndex, today: date, latest_quarter: LatestQuarter) -> Reading:
    """Relative periods made concrete for the company asked about (or the calendar)."""
    when = reading.period
    if when is None:
        return reading
    company = reading.companies[0] if reading.companies else None
    if when.kind == "LQ":
        label = latest_quarter(company) if company else None
        if label is None:
            return replace(reading, period=None)
        quarter, year = label[1], label.split("-")[1]
        return replace(reading, period=When("Q", int(year), int(quarter), when.phrase))
    fiscal_end = index.fiscal_year_end.get(company or "", "12-31")
    return replace(reading, period=resolve(when, today, fiscal_end))


_FRAME_WORDS = frozenset(w for phrase in (*lx.TRUTH, *lx.TRUTH_LEAD, *lx.TRUTH_TAIL) for w in phrase.split()) | {
    "c", "est", "une", "un", "ca", "ce", "cela", "that", "this", "it", "a", "the", "so", "ou", "pas", "or", "not",
}


def with_quoted(line: str, quoted: str) -> str:
    """A bare truth question ("C'est une fake news ?") sent as a reply is about the message it
    replies to: the claim is that message. Anything else is left as typed."""
    tokens = words(fold(line))
    if quoted.strip() and tokens and set(tokens) <= _FRAME_WORDS and has_phrase(joined(tokens), _STRONG_TRUTH):
        return f"{quoted.strip()} — {line.strip()}"
    return line


def hoax_claim(line: str) -> str:
    """The claim inside a truth question: framing ("c'est vrai que", ", fake news ?") cut off, one
    question mark kept when the line asked: the hoax check answers a question ("what is known about
    this claim"), where the bare claim would read as someone spreading it."""
    spans = [(m.start(), m.end(), w) for m in _SPAN.finditer(line) for w in words(fold(m.group()))[:1]]
    start, end = 0, len(spans)
    for _ in range(3):
        lead = _frame_len([s[2] for s in spans[start:end]], lx.TRUTH_LEAD)
        tail = _frame_len([s[2] for s in reversed(spans[start:end])], lx.TRUTH_TAIL, reverse=True)
        if not lead and not tail:
            break
        start, end = start + lead, end - tail
    if start >= end:
        return line.strip()
    text = line[spans[start][0] : spans[end - 1][1]].strip(" \t\"'“”«»:;,.!?-—")
    asked = "?" in line or start > 0  # a question mark, or a lead cut off ("is it true that …")
    return f"{text} ?" if asked and text else text


def _frame_len(ws: list[str], phrases: tuple[str, ...], reverse: bool = False) -> int:
    """How many words at the start of `ws` form the longest framing phrase (0 if none)."""
    best = 0
    for phrase in phrases:
        parts = phrase.split()
        if reverse:
            parts = parts[::-1]
        if len(parts) < len(ws) and ws[: len(parts)] == parts:
            best = max(best, len(parts))
    return best
