"""What the hoax checker found about one text, and its JSON form (the `"hoax"` object of `ask --json`).

Kept apart from `check.py` so the replies and the front ends depend on the answer's shape, not on
how the checker reaches it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from commands.hoax.catalogue import Entry, Truth
from commands.hoax.matcher import MatchResult


@dataclass(frozen=True)
class Answer:
    """What the checker found; `to_json` is the `"hoax"` object of `ask --json`."""

    flagged: bool
    stance: str
    verdict: str | None
    score: float
    lang: str
    entry: Entry | None  # the family the text is about (None: unknown, or only true news)
    truth: Truth | None  # the true story the text is about, when that is what it is
    related: tuple[dict[str, Any], ...]
    cue_result: MatchResult
    # flagged as a chain letter whose claim the catalogue does not know (`chain_letter.py`)
    chain_letter: bool = False

    @property
    def family_id(self) -> str | None:
        return self.entry.id if self.entry else None

    def matched_claim(self, lang: str) -> str | None:
        if self.truth is not None and (self.entry is None or self.verdict == "true"):
            return self.truth.text.get(lang) or self.truth.text["en"]
        if self.entry is not None:
            return self.entry.claim.get(lang) or self.entry.claim["en"]
        return None

    def to_json(self, lang: str, cues: list[str]) -> dict[str, Any]:
        return {
            "flagged": self.flagged,
            "hoax_id": self.family_id,
            "score": self.score,
            "lang": self.lang,
            "cues": cues,
            "verdict": self.verdict,
            "stance": self.stance,
            "matched_claim": self.matched_claim(lang),
            "related": list(self.related),
            "chain_letter": self.chain_letter,
        }


def truth_json(t: Truth, lang: str) -> dict[str, Any]:
    return {"id": t.id, "claim": t.text.get(lang) or t.text["en"], "verdict": "true",
            "source": t.source, "url": t.url, "date": t.date, "close": False}


def entry_json(e: Entry, lang: str) -> dict[str, Any]:
    name, url = e.links[0] if e.links else (None, None)
    since = e.became_true["date"] if e.became_true else (str(e.first_seen) if e.first_seen else None)
    return {"id": e.id, "claim": e.claim.get(lang) or e.claim["en"], "verdict": e.verdict_code,
            "source": name, "url": url, "date": since, "close": False}
