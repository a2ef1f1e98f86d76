"""Finding companies in a question: names, tickers, aliases, brands, and typos via rapidfuzz.

The index is built once per catalogue snapshot from the stored aliases (so a company added with
`capexbot companies add` is found too) plus the brands in lexicon.BRANDS.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from commands.questions import lexicon
from commands.questions.tokens import fold, words
from storage.catalog import Snapshot

DIRECT = 80.0  # a typo this close to one company (none other within MARGIN) is read as it, with a note
ASK = 70.0  # closer than this to some company, but not clearly one: ask which
MARGIN = 10.0
MAX_NGRAM = 3


@dataclass
class CompanyIndex:
    exact: dict[str, str]  # folded alias phrase -> company id
    fuzzy_keys: list[str]  # single-word aliases worth fuzzy matching
    fiscal_year_end: dict[str, str]
    names: dict[str, str]
    vocabulary: frozenset[str] = field(default_factory=frozenset)  # words never read as typos


def build_index(companies: dict, aliases: dict[str, str]) -> CompanyIndex:
    """From a catalogue snapshot's companies (id -> Company) and aliases (alias -> id)."""
    exact: dict[str, str] = {}
    for alias, company_id in aliases.items():
        exact[" ".join(words(fold(alias)))] = company_id
    for company in companies.values():
        exact.setdefault(" ".join(words(fold(company.name))), company.id)
        exact.setdefault(company.ticker.lower(), company.id)
    for brand, company_id in lexicon.BRANDS.items():
        if company_id in companies:
            exact.setdefault(brand, company_id)
    exact.pop("", None)
    fuzzy_keys = [k for k in exact if " " not in k and len(k) >= 4 and not k.isdigit()]
    vocab = set(lexicon.FRENCH) | set(lexicon.ENGLISH)
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if isinstance(value, tuple):
            for phrase in value:
                vocab.update(phrase.split())
    return CompanyIndex(
        exact=exact,
        fuzzy_keys=fuzzy_keys,
        fiscal_year_end={c.id: c.fiscal_year_end for c in companies.values()},
        names={c.id: c.name for c in companies.values()},
        vocabulary=frozenset(vocab - set(exact)),
    )


@dataclass(frozen=True)
class Found:
    companies: tuple[str, ...]  # in order of mention, without repeats
    typos: tuple[tuple[str, str], ...]  # (word as typed, company id) read directly
    unsure: tuple[str, ...]  # a word close to several companies, or not close enough
    suggestions: tuple[str, ...]  # company names to offer for `unsure`
    rest: list[str]  # the tokens that named no company


def find_companies(tokens: list[str], index: CompanyIndex) -> Found:
    """Longest alias n-grams first, then single-word typos; the tokens left over."""
    found: list[str] = []
    typos: list[tuple[str, str]] = []
    unsure: list[str] = []
    suggestions: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(tokens):
        hit = _exact_at(tokens, i, index)
        if hit is not None:
            company_id, used = hit
            if company_id not in found:
                found.append(company_id)
            i += used
            continue
        word = tokens[i]
        i += 1
        if len(word) < 4 or word in index.vocabulary or word.isdigit():
            rest.append(word)
            continue
        direct, close = _typo(word, index)
        if direct is not None:
            typos.append((word, direct))
            if direct not in found:
                found.append(direct)
        elif close:
            unsure.append(word)
            suggestions.extend(n for n in close if n not in suggestions)
        else:
            rest.append(word)
    return Found(tuple(found), tuple(typos), tuple(unsure), tuple(suggestions), rest)


def _exact_at(tokens: list[str], i: int, index: CompanyIndex) -> tuple[str, int] | None:
    for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
        phrase = " ".join(tokens[i : i + n])
        company_id = index.exact.get(phrase)
        if company_id is None and n == 1 and phrase.endswith("s"):
            company_id = index.exact.get(phrase[:-1])  # "teslas", "googles"
        if company_id is not None:
            return company_id, n
    return None


def _typo(word: str, index: CompanyIndex) -> tuple[str | None, list[str]]:
    """(company read directly, []) for a clear typo; (None, names) when it could be several."""
    matches = process.extract(word, index.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=ASK, limit=6)
    if not matches:
        return None, []
    best = matches[0][1]
    near = {index.exact[key] for key, score, _ in matches if score >= best - MARGIN}
    if best >= DIRECT and len(near) == 1:
        return next(iter(near)), []
    ranked: list[str] = []
    for key, _score, _ in matches:
        name = index.names[index.exact[key]]
        if name not in ranked:
            ranked.append(name)
    return None, ranked[:3]


def index_for(snap: Snapshot) -> CompanyIndex:
    """The company index of a catalogue snapshot, built once and kept in the snapshot's memo."""
    key = ("questions index",)
    if key not in snap.memo:
        snap.memo[key] = build_index(snap.companies, snap.aliases)
    return snap.memo[key]
