"""The hoax matcher: a cheap pre-filter, then cue scoring that explains itself.

Pipeline for one message:

1. Pre-filter (`Matcher.candidates`): `quick_tokens` (fold, lower, leet, split) and a set lookup of
   the catalogue's anchor words (platform names and the few names that identify a family, e.g.
   "martinelli"). Ordinary chat stops here: no regex runs. If no anchor is present but a
   chain-letter word is ("forward", "transférez", "copier"…), the message is fully normalised and
   the squeezed tokens are checked again (catches "Whaaatsapp", "F.a.c.e.b.o.o.k").
2. Full normalisation (once) and message-wide cues, computed lazily: chain-letter markers (forward
   to N contacts, copy-paste, deadlines, "it was on TF1", capitals, "!!!", "just in case") and
   counter-cues (debunking words, truth questions, real paid products such as Meta Verified, the EU
   ad-free subscription, WhatsApp Business pricing, X/YouTube Premium, "optional", business context,
   news register).
3. Per candidate entry: platform named, core claim cues (a core preceded by a negation counts as a
   debunk), the family's hallmarks (its false specifics) and counters, a claim phrased as a question.

Points add up; `score = raw / 6` clipped to [0, 1]; a message is flagged when a core cue fired, the
platform is named (unless the family is identified by a name), score >= threshold (default 0.5) and,
for families whose claim alone can be true news (account clean-ups…), at least one chain marker or
hallmark fired. Every flag carries its list of cues with their points.

All regexes are linear-time shapes (bounded gaps, no nested quantifiers) and only the first
`normalise.MAX_CHARS` characters are looked at, so the work per message is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import NamedTuple

from commands.hoax.catalogue import Cue, Entry, load_builtin
from commands.hoax.cue_rules import (
    BUSINESS,
    CHAIN_CUES,
    DEBUNK_STRONG,
    DEBUNK_WEAK,
    DOUBT,
    INSISTS,
    NEGATION,
    NEVER,
    NEWS,
    OPTIONAL,
    OTHER_QUESTION,
    PLATFORM_RX,
    PLATFORMS,
    QUESTION,
    REAL_PRODUCT,
    REPORTED,
    RHETORICAL,
    VRAI_QUE,
    YEAR,
)
from commands.hoax.lang import detect_lang
from commands.hoax.normalise import Normalised, normalise, quick_tokens
from commands.hoax.prefilter import Prefilter

SCORE_SCALE = 6.0
DEFAULT_THRESHOLD = 0.5
CHAIN_CAP = 3.5
HALLMARK_CAP = 3.0


class FiredCue(NamedTuple):
    """One cue that fired, with its points (a NamedTuple: cheap to create, immutable)."""

    kind: str  # platform | core | hallmark | chain | counter
    label: str
    points: float

    def __str__(self) -> str:
        return f"{self.kind}: {self.label} ({self.points:+.1f})"


@dataclass(frozen=True)
class MatchResult:
    flagged: bool
    score: float
    lang: str
    entry: Entry | None = None
    cues: tuple[FiredCue, ...] = ()
    near: Entry | None = None  # best candidate when not flagged (for "no known hoax" explanations)

    @property
    def hoax_id(self) -> str | None:
        return self.entry.id if self.entry else None

    def scan_json(self, msg_id: object) -> dict[str, object]:
        return {
            "id": msg_id,
            "flagged": self.flagged,
            "score": self.score,
            "hoax_id": self.hoax_id,
            "lang": self.lang,
        }


@dataclass
class _Features:
    norm: Normalised
    ready: bool = False
    memo: dict[object, tuple[re.Match[str] | None, bool]] = field(default_factory=dict)
    chain: list[FiredCue] = field(default_factory=list)
    chain_points: float = 0.0
    counters: list[FiredCue] = field(default_factory=list)
    counter_points: float = 0.0
    platforms: dict[str, bool] = field(default_factory=dict)


class Matcher:
    """Compiled catalogue. Thread-safe for reads; build a new one to change the catalogue."""

    def __init__(
        self,
        entries: Iterable[Entry] | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        today: date | None = None,
    ) -> None:
        day = today or datetime.now(UTC).date()
        self.entries: list[Entry] = [
            e for e in (load_builtin() if entries is None else entries) if e.valid_on(day)
        ]
        self.threshold = threshold
        self.prefilter = Prefilter(self.entries)

    def candidates(self, text: str) -> tuple[list[int], Normalised | None]:
        """Stage 1 (`prefilter.py`): indices of the entries worth scoring, usually none, and the
        normalised text if it had to be computed."""
        return self.prefilter.candidates(text)

    def is_candidate(self, text: str) -> bool:
        """The watch-mode pre-filter: could this message match any entry?"""
        return bool(self.prefilter.candidates(text)[0])

    # -- stage 2 ---------------------------------------------------------------------------------
    @staticmethod
    def _features(f: _Features) -> None:
        if f.ready:
            return
        f.ready = True
        norm = f.norm
        t = norm.padded
        pts = 0.0
        for label, rx, w in CHAIN_CUES:
            if rx.search(t):
                f.chain.append(FiredCue("chain", label, w))
                pts += w
        if norm.caps_ratio >= 0.5:
            f.chain.append(FiredCue("chain", "ALL CAPS", 0.7))
            pts += 0.7
        if norm.bangs:
            f.chain.append(FiredCue("chain", "'!!!'", 0.3))
            pts += 0.3
        if norm.alarm_emoji:
            f.chain.append(FiredCue("chain", "alarm emoji", 0.3))
            pts += 0.3
        f.chain_points = min(pts, CHAIN_CAP)

        c: list[FiredCue] = []
        insist = INSISTS.search(t)
        t_deb = INSISTS.sub(" ", t) if insist else t
        m = DEBUNK_STRONG.search(t_deb)
        if m:
            c.append(FiredCue("counter", f"debunking word '{m.group(0).strip()}'", -4.0))
        else:
            m = DEBUNK_WEAK.search(t_deb)
            if m:
                c.append(FiredCue("counter", f"doubt word '{m.group(0).strip()}'", -1.5))
        if insist:
            c.append(FiredCue("chain", f"insists it is true ('{insist.group(0).strip()}')", 0.5))
        m = QUESTION.search(t)
        if m or (VRAI_QUE.search(t) and "?" in t):
            c.append(
                FiredCue(
                    "counter",
                    f"asks whether it is true ('{(m or VRAI_QUE.search(t)).group(0).strip()}')",
                    -5.0,
                )
            )
        elif DOUBT.search(t):
            c.append(FiredCue("counter", "expresses doubt", -1.0))
        products = REAL_PRODUCT.findall(t)
        if products:
            m = REAL_PRODUCT.search(t)
            c.append(
                FiredCue(
                    "counter",
                    f"names a real paid product ('{m.group(0).strip()}')",
                    -3.0 if len(products) == 1 else -5.0,
                )
            )
        m = OPTIONAL.search(t)
        if m:
            c.append(FiredCue("counter", f"says it is optional / stays free ('{m.group(0).strip()}')", -2.5))
        m = BUSINESS.search(t)
        if m:
            c.append(FiredCue("counter", f"business context ('{m.group(0).strip()}')", -2.0))
        if NEWS.search(t) and YEAR.search(t):
            c.append(FiredCue("counter", "news register (dated, reported)", -1.0))
        else:
            m = REPORTED.search(t)
            if m:
                c.append(FiredCue("counter", f"cites a report ('{m.group(0).strip()}')", -1.0))
        f.counters = c
        f.counter_points = sum(x.points for x in c)

    @staticmethod
    def _negated(text: str, start: int) -> bool:
        before = text[max(0, start - 40) : start].split()[-3:]
        neg = [w for w in before if w in NEGATION]
        if not neg:
            return False
        # French restrictive "ne ... que" ("ne montre qu'à 26 amis") is not a negation
        return not (
            set(neg) <= {"ne", "n"} and re.search(r"(?<![a-z])qu(e)?(?![a-z])", text[start : start + 60])
        )

    @staticmethod
    def _asked(t: str, core_hits: list[tuple[Cue, re.Match[str] | None]]) -> bool:
        """A claim immediately followed by a question mark is a question, unless the question is
        "anyone else?" (rhetorical)."""
        for _, m in core_hits:
            if m is None:
                continue
            tail = t[m.end() : m.end() + 60]
            q = tail.find("?")
            if q >= 0 and RHETORICAL.search(t, max(0, m.start() - 50), m.start()):
                return False
            if q >= 0 and "!" not in tail[:q] and " . " not in tail[:q]:
                return not OTHER_QUESTION.search(tail[:q])
        return False

    def _score_entry(self, e: Entry, f: _Features, *, unnamed_ok: bool = False) -> tuple[float, list[FiredCue], bool]:
        t = f.norm.padded
        cues: list[FiredCue] = []
        raw = 0.0
        named = unnamed_ok
        for p in e.platforms:
            if p not in f.platforms:
                rx = PLATFORM_RX.get(p)
                f.platforms[p] = bool(rx and rx.search(t))
            if f.platforms[p]:
                named = True
                cues.append(FiredCue("platform", PLATFORMS[p][0], 1.0))
                raw += 1.0
                break
        if e.platform_required and not named:
            return 0.0, cues, False
        core_hits: list[tuple[Cue, re.Match[str] | None]] = []
        negated: list[Cue] = []
        memo = f.memo
        for cue in e.core:
            found = memo.get(cue.regex)
            if found is None:
                # (first non-negated match among the first three, was the first match negated?)
                hit, neg = None, False
                for n, m in enumerate(cue.regex.finditer(t)):
                    if not self._negated(t, m.start()):
                        hit = m
                        break
                    if n == 0:
                        neg = True
                    if n >= 2:
                        break
                found = memo[cue.regex] = (hit, neg)
            if found[0] is not None:
                core_hits.append((cue, found[0]))
            elif found[1]:
                negated.append(cue)
        if e.keywords:
            overlap = e.keywords.intersection(f.norm.tokens)
            if len(overlap) >= max(2, int(0.6 * len(e.keywords) + 0.5)):
                core_hits.append(
                    (Cue("claim words: " + ", ".join(sorted(overlap)[:6]), NEVER, 2.0, ""), None)
                )
        if not core_hits:
            if negated:
                cues.append(FiredCue("counter", f"negated claim ({negated[0].label})", -4.0))
            return raw, cues, False
        self._features(f)
        best = max(core_hits, key=lambda h: h[0].weight)
        raw += best[0].weight
        cues.append(FiredCue("core", best[0].label, best[0].weight))
        extra = [h for h in core_hits if h is not best][:2]
        for cue, _ in extra:
            cues.append(FiredCue("core", cue.label, 0.5))
            raw += 0.5
        if self._asked(t, core_hits):
            cues.append(FiredCue("counter", "claim phrased as a question", -2.5))
            raw -= 2.5
        hall = 0.0
        for cue in e.hallmarks:
            if cue.regex.search(t):
                cues.append(FiredCue("hallmark", cue.label, cue.weight))
                hall += cue.weight
        raw += min(hall, HALLMARK_CAP)
        for cue in e.counters:
            if cue.regex.search(t):
                cues.append(FiredCue("counter", cue.label, cue.weight))
                raw += cue.weight
        cues.extend(f.chain)
        raw += f.chain_points
        cues.extend(f.counters)
        raw += f.counter_points
        ok = True
        if e.requires_chain and f.chain_points + min(hall, HALLMARK_CAP) < 1.5:
            ok = False
        return raw, cues, ok

    def match(self, text: str, threshold: float | None = None) -> MatchResult:
        thr = self.threshold if threshold is None else threshold
        idx, norm = self.candidates(text)
        if not idx:
            if norm is None:
                toks = quick_tokens(text)
                return MatchResult(False, 0.0, detect_lang(toks, not text.isascii()))
            return MatchResult(False, 0.0, detect_lang(norm.tokens, norm.accents))
        return self.score(text, idx, norm, thr)

    def score(
        self, text: str, idx: list[int], norm: Normalised | None = None, threshold: float | None = None
    ) -> MatchResult:
        """Stage 2 for a message `candidates` kept: (idx, norm) as it returned them."""
        thr = self.threshold if threshold is None else threshold
        norm = norm or normalise(text)
        lang = detect_lang(norm.tokens, norm.accents)
        f = _Features(norm=norm)
        best: tuple[float, Entry, list[FiredCue]] | None = None
        near: tuple[float, Entry] | None = None
        for i in idx:
            e = self.entries[i]
            raw, cues, ok = self._score_entry(e, f)
            has_core = any(c[0] == "core" for c in cues)
            if has_core and ok and raw / SCORE_SCALE >= thr:
                if best is None or raw > best[0]:
                    best = (raw, e, cues)
            elif has_core and (near is None or raw > near[0]):
                near = (raw, e)
        if best is not None:
            score = round(min(1.0, best[0] / SCORE_SCALE), 3)
            return MatchResult(True, score, lang, best[1], tuple(best[2]))
        score = round(max(0.0, min(thr - 0.001, near[0] / SCORE_SCALE)), 3) if near else 0.0
        return MatchResult(False, score, lang, None, (), near[1] if near else None)

    def unnamed_platform_claim(self, text: str, norm: Normalised | None = None) -> Entry | None:
        """The family whose own chain-letter cues a text uses although it names no platform ("je
        dois partager le msg pour que mon logo devienne bleu ?"): chains are forwarded on WhatsApp
        and Facebook without naming them. Only a question is answered this way; nothing is flagged."""
        norm = norm or normalise(text)
        f = _Features(norm=norm)
        best: tuple[float, Entry] | None = None
        for e in self.entries:
            if not e.platform_required or not e.core:
                continue
            raw, cues, ok = self._score_entry(e, f, unnamed_ok=True)
            if any(c.kind == "core" for c in cues) and ok and (best is None or raw > best[0]):
                best = (raw, e)
        return best[1] if best is not None else None

    def scan_line(self, msg_id: object, text: str) -> dict[str, object]:
        return self.match(text).scan_json(msg_id)
